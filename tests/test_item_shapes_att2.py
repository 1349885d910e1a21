"""Item shapes from the att2 evaluation (fixture 250), fictional names."""
from protokoll.pipeline import parse_text

HEAD = "Protokoll från styrelsemöte i Rönnviks kanotklubb\nDatum: 2025-09-16\n\nNärvarande: Tilda Berg, Ulf Nor\n\n"


def test_numbered_line_that_is_a_wrapped_decision_is_its_own_item():
    p = parse_text(HEAD + "1. Mötets öppnande\nMötet öppnades.\n2. Kajakerna\nTilda redogjorde för läget.\n"
                   "3. Beslöts att klubben köper två nya kajaker för högst 18 000 kronor och att\n"
                   "kassören betalar när de har levererats.\n4. Mötets avslutande\nMötet avslutades.\n", "x.txt")
    assert [(i.number, i.title) for i in p.items] == [
        (1, "Mötets öppnande"), (2, "Kajakerna"),
        (3, "Beslöts att klubben köper två nya kajaker för högst 18 000 kronor och att kassören betalar när de har "
            "levererats."), (4, "Mötets avslutande")]
    assert [d.text for d in p.items[1].decisions] == []
    assert [d.text for d in p.items[2].decisions] == [
        "att klubben köper två nya kajaker för högst 18 000 kronor och att kassören betalar när de har levererats."]


def test_two_numbered_titles_are_the_items():
    p = parse_text(HEAD + "1. Kajakhyllan\nHyllan är trasig. Styrelsen beslutade att köpa en ny hylla.\n\n"
                   "2. Mötets avslutande\nMötet avslutades.\n", "x.txt")
    assert [(i.number, i.title) for i in p.items] == [(1, "Kajakhyllan"), (2, "Mötets avslutande")]


def test_two_numbered_sentences_stay_a_list_in_the_text():
    p = parse_text(HEAD + "Kajakhyllan\nStyrelsen beslutade följande:\n1. Att köpa en ny hylla.\n"
                   "2. Att Ulf monterar den.\n\nMötets avslutande\nMötet avslutades.\n", "x.txt")
    assert all(i.number is None for i in p.items)
