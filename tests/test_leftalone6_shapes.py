"""Shapes earlier sessions noticed and left alone in text minutes (dev fixtures 969–975, survey 62)."""
from protokoll.pipeline import parse_text

HEAD = "Protokoll från styrelsemöte i Föreningen Exempel\nDatum: 2025-03-18\n\n"
ROLL = "Närvarande: Anna Ek, Bo Lund, Per Berg\n\n"


def _decisions(record):
    return [[d.text for d in item.decisions] for item in record.items]


def test_a_roll_after_the_last_item_is_the_attendance():
    text = HEAD + ("1. Mötet öppnades\nOrdföranden öppnade mötet.\n\n2. Vägen\nKarin ringer kommunen.\n\n"
                   "3. Mötet avslutades\nOrdföranden avslutade mötet.\n\n"
                   "Närvarande:\nBerit Holm, ordförande\nNils Ahl, kassör\nLars Öhman\n\nVid protokollet\nNils Ahl\n")
    got = parse_text(text, "t.txt")
    assert [(a.name, a.status) for a in got.attendees] == [
        ("Berit Holm", "present"), ("Nils Ahl", "present"), ("Lars Öhman", "present")]
    assert got.items[-1].summary == "Ordföranden avslutade mötet."  # the roll is no part of the last item
    # after the signatures: the signatures before it are read as such
    after = text.split("Närvarande:")[0] + "Vid protokollet\nNils Ahl\n\nJusteras\nBerit Holm\n\n" + \
        "Närvarande: Berit Holm, Nils Ahl, Lars Öhman\n"
    got = parse_text(after, "t.txt")
    assert [a.name for a in got.attendees] == ["Berit Holm", "Nils Ahl", "Lars Öhman"]
    assert (got.secretary, got.adjusters) == ("Nils Ahl", ["Berit Holm"])


def test_a_formula_wrapped_before_its_proposal_gives_the_att_clause():
    text = HEAD + ROLL + ("1. Budget\nKassören redovisade förslaget. Efter diskussion beslutar styrelsen på kassörens förslag\n"
                          "att anta budgeten för 2026.\n\n"
                          "2. Program\nEfter diskussion beslutar styrelsen på ordförandens\nförslag\natt resan ställs in,\n"
                          "att avgifterna betalas tillbaka.\n\n3. Avslutning\nMötet avslutades.\n")
    assert _decisions(parse_text(text, "t.txt"))[:2] == [
        ["att anta budgeten för 2026."], ["att resan ställs in,", "att avgifterna betalas tillbaka."]]


def test_two_numbered_headings_whose_titles_end_in_a_stop():
    text = HEAD + ROLL + ("1. Val av kontaktperson.\nStyrelsen beslutade att Gun Strand är kontaktperson.\n\n"
                          "2. Utsättning av öring.\nStyrelsen beslutade att köpa 1 500 öringar.\n")
    got = parse_text(text, "t.txt")
    assert [(i.number, i.title) for i in got.items] == [(1, "Val av kontaktperson."), (2, "Utsättning av öring.")]
    # a topic before a colon, its paragraph on its line
    topics = HEAD + ROLL + ("1. Val av firmatecknare: Styrelsen beslutade att firman tecknas av två ledamöter.\n\n"
                            "2. Nytt bankkonto: Styrelsen beslutade att öppna ett sparkonto.\n")
    assert [(i.number, i.title) for i in parse_text(topics, "t.txt").items] == [
        (1, "Val av firmatecknare"), (2, "Nytt bankkonto")]
    # a list in the text, its points one under the other, stays text
    listed = HEAD + ROLL + ("Mötet beslutade följande:\n1. Per kontaktar kommunen.\n2. Lisa bokar lokalen.\n")
    assert [i.number for i in parse_text(listed, "t.txt").items] in ([], [None])


def test_a_paragraph_titled_by_one_label_word():
    text = HEAD + ROLL + ("§ 1 Öppnande\nMötet öppnades.\n\n§ 2 Ärendet\nKommunen vill ha ett yttrande om cykelvägen.\n\n"
                          "§ 3 Förslag\nInga förslag har kommit in.\n\n§ 4 Avslutning\nMötet avslutades.\n")
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [
        (1, "Öppnande"), (2, "Ärendet"), (3, "Förslag"), (4, "Avslutning")]
