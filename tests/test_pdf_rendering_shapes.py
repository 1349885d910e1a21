"""Shapes that typesetting gives minutes in a PDF, one test per shape (fictional text; see issue 8).

A typeset paragraph is reflowed: its lines wrap at the column's width wherever a word ends, so that a
sentence that stood on a line of its own in the writer's text runs on after the full stop of the one
before it, and a wrap may fall right before "att". A page's own footer may stand mid-page once the text
is printed again, a roll's rows may go on over a page break, and a table's cells may come out one line
each or run together."""
import textwrap

from protokoll.clean.lines import clean
from protokoll.parse.roll import find_roll
from protokoll.pipeline import parse_text
from shape_support import NUMBERED_ITEMS

HEAD = "Protokoll styrelsemöte Brf Lönnen\nDatum: 2024-10-08\nPlats: Föreningslokalen\n\n"
WIDTH = 88  # the column a typeset paragraph wraps at


def typeset(*paragraphs: str) -> str:
    """The paragraphs as a PDF's text layer gives them: each wrapped at the column's width."""
    return "\n".join(textwrap.fill(p, WIDTH) for p in paragraphs)


def decisions(text: str, number: int):
    p = parse_text(HEAD + text, "shape.txt")
    item = next(i for i in p.items if i.number == number)
    return [(d.text, [(a.assignee, a.due and a.due.isoformat()) for a in d.actions],
             [(v.yes, v.no) for v in d.votes], d.reservations) for d in item.decisions]


def items(*bodies: tuple[str, str]) -> str:
    return "\n\n".join(f"§ {k} {title}\n{body}" for k, (title, body) in enumerate(bodies, 1)) + "\n"


def test_a_decisions_att_clause_wrapped_after_its_opening_words_mid_line():
    # "... 2024. Stämman ansåg" / "att kallelse skett ...": the wrap fell before "att"
    body = ("Kallelsen delades ut till samtliga medlemmar i föreningen den 24 februari 2024. Stämman ansåg\n"
            "att kallelse skett i behörig ordning och att stämman därmed var behörig att fatta beslut.")
    got = decisions(items(("Kallelse", body), ("Dagordning", "Dagordningen fastställdes.")), 1)
    assert [d[0] for d in got] == ["Stämman ansåg att kallelse skett i behörig ordning och att stämman därmed "
                                   "var behörig att fatta beslut."]


def test_a_reservation_mid_line_ends_the_decision_before_it():
    body = typeset("Tre offerter har kommit in för renovering av gårdsfasaden. Styrelsen diskuterade offerterna.",
                   "Beslöts att anta offerten från Lövsala Bygg AB om 1 240 000 kr inklusive moms. Mats Ek "
                   "reserverade sig mot beslutet och ville invänta ytterligare en offert. Karin Lund tecknar "
                   "avtalet med entreprenören senast den 25 oktober.")
    got = decisions(items(("Fasadrenovering", body), ("Övrigt", "Inga övriga frågor.")), 1)
    assert [d[0] for d in got] == ["att anta offerten från Lövsala Bygg AB om 1 240 000 kr inklusive moms.",
                                   "Karin Lund tecknar avtalet med entreprenören senast den 25 oktober."]
    assert got[0][3] == ["Mats Ek"]
    assert got[1][1] == [("Karin Lund", "2024-10-25")]


def test_a_proposal_ends_the_decision_before_it_at_its_full_stop_and_the_tally_goes_to_the_next():
    # the writer's paragraphs run together in the typeset text: the report of the next matter, its
    # proposal and its tally follow the first decision's full stop on the same lines
    body = typeset("Stämman beslöt att ge styrelsen i uppdrag att begära in anbud på asfaltering och redovisa "
                   "dem vid en extra stämma senast den 15 juni 2024. En motion har kommit in om farthinder på "
                   "vägen förbi lekplatsen. Styrelsen föreslår att motionen avslås. Omröstning begärdes och "
                   "genomfördes per fastighet. 5 fastigheter röstade ja till motionen och 9 röstade nej.",
                   "Stämman beslöt att avslå motionen.")
    got = decisions(items(("Motioner", body), ("Övrigt", "Inga övriga frågor.")), 1)
    assert [d[0] for d in got] == ["att ge styrelsen i uppdrag att begära in anbud på asfaltering och redovisa "
                                   "dem vid en extra stämma senast den 15 juni 2024.", "att avslå motionen."]
    assert got[0][2] == [] and got[1][2] == [(5, 9)]


def test_a_footer_over_its_own_page_number_is_furniture_where_the_page_ended_mid_page():
    # printed again, the writer's page 1 ends in the middle of the PDF's page 1: its footer and number there
    page1 = ("Protokoll Kören Vårton\n2025-10-07\n\n1\nMötets öppnande:\nMötet öppnades.\n2\nEkonomi:\n"
             "Beslut: Styrelsen godkänner rapporten.\nAmir ordnar affischer till biblioteket.\n"
             "Kören Vårton – styrelseprotokoll 2025-10-07\n1\n3\nMedlemmar:\nTvå nya sopraner börjar.\n"
             "4\nAvslutning:\nMötet avslutades.\n")
    page2 = "Vid protokollet\nSofie Lund\nKören Vårton – styrelseprotokoll 2025-10-07\n2\n"
    texts = [line.text for line in clean(pages=[page1, page2]).lines]
    assert "Kören Vårton – styrelseprotokoll 2025-10-07" not in texts
    assert "Amir ordnar affischer till biblioteket." in texts


ROLL_HEAD = "Närvarolista\nNamn   Parti   Närvaro   Anteckningar\nLedamöter (3)\n"


def _roll(text: str):
    found = find_roll(clean(text, repair=False).lines)
    return [(a.name, a.party, a.status, a.role) for a in found[2]] if found else None


def test_a_rolls_group_with_its_seats_goes_on_after_a_blank_line():
    got = _roll(ROLL_HEAD + "Anna Berg    S   1   Ordförande\nPer Holm     M   1\n\nErsättare (2)\n\n"
                "Lisa Ek      S   1\n\nOla Dahl     C   -\n\nÖvriga närvarande\nEva Nord, sekreterare\n")
    assert got == [("Anna Berg", "S", "present", "ordförande"), ("Per Holm", "M", "present", None),
                   ("Lisa Ek", "S", "present", "ersättare"), ("Ola Dahl", "C", "absent", "ersättare")]


def test_a_rolls_mark_run_into_the_party_column():
    got = _roll(ROLL_HEAD + "Anna Berg    S1   Ordförande\nPer Holm     M-\nLisa Ek      SD1\n")
    assert got == [("Anna Berg", "S", "present", "ordförande"), ("Per Holm", "M", "absent", None),
                   ("Lisa Ek", "SD", "present", None)]


def test_a_rolls_name_cell_on_a_line_of_its_own():
    got = _roll("Närvarolista\nNamn\n\nParti Närvaro Anteckningar\nLedamöter (2)\n\nAnna Berg\n\nS 1 Ordförande\n\n"
                "Per Holm\n\nM -\n\nErsättare\n\n(1)\n\nLisa Ek\n\nS 1\n")
    assert got == [("Anna Berg", "S", "present", "ordförande"), ("Per Holm", "M", "absent", None),
                   ("Lisa Ek", "S", "present", "ersättare")]


def test_a_heading_right_after_a_labelled_line_without_its_blank_line():
    # the blank line around the heading is lost; the labelled line before it ends without a full stop
    text = ("Minnesanteckningar från nätverksträff för kulturchefer\nDatum: 2025-04-08\n"
            "Närvarande: Anna Berg, Norrviks kommun, Per Holm, Lövsala kommun\n\nSommarlovet\n"
            "Nätverket beslutade att genomföra en gemensam sommarlovsaktivitet för unga under vecka 27.\n"
            "Ansvarig: Camilla Engdahl och Rasmus Nyberg\nLokaler för föreningslivet\n"
            "Flera kommuner ser ett ökat behov av lokaler för föreningslivet. Någon gemensam linje togs inte fram.\n"
            "\nÖvriga frågor\nInga övriga frågor togs upp.\n")
    p = parse_text(text, "shape.txt")
    assert [i.title for i in p.items] == ["Sommarlovet", "Lokaler för föreningslivet", "Övriga frågor"]
    assert [a.assignee for a in p.items[0].decisions[0].actions] == ["Camilla Engdahl", "Rasmus Nyberg"]


def test_a_title_sentences_venue_wrapped_before_the_street_number():
    text = ("Brf Lönnen\nPROTOKOLL nr 9\nfört vid styrelsesammanträde 2024-10-08 med början kl 18.30 i föreningslokalen, "
            "Granvägen\n4, Tallmo\n\nNärvarande: Karin Lund, ordförande, Mats Ek\n" + NUMBERED_ITEMS)
    assert parse_text(text, "shape.txt").location == "föreningslokalen, Granvägen 4, Tallmo"


def test_the_title_with_its_page_number_at_the_foot_of_a_single_page_is_furniture():
    text = ("Protokoll\nKårfullmäktige, Ekbacka studentkår\nDatum: 2025-11-18\nNärvarande: Alva Lind, Hugo Strand\n\n"
            "§ 1 Mötets öppnande\nTalpersonen öppnade mötet.\n\n§ 2 Val av justerare\n"
            "Beslut: Saga Holm och Viktor Ahl justerar protokollet.\n\n§ 3 Mötets avslutande\n"
            "Talpersonen avslutade mötet kl. 20.40.\nJusteras\n\n  Saga Holm                      Viktor Ahl\n\n\n"
            "Protokoll                                                   Sida 1 av 1\n")
    p = parse_text(text, "shape.txt")
    assert p.adjusters == ["Saga Holm", "Viktor Ahl"]


def test_a_task_given_wrapped_before_its_att_clause():
    body = ("Av 1 118 inkomna årsräkningar är 874 granskade.\nBeslut\n"
            "Nämnden beslutar att uppdra åt kanslichefen\n"
            "att redovisa läget i granskningen vid nämndens sammanträde\nden 10 september 2025.")
    got = decisions(items(("Granskning av årsräkningar", body), ("Övrigt", "Inga övriga frågor.")), 1)
    assert [d[0] for d in got] == ["att uppdra åt kanslichefen att redovisa läget i granskningen vid nämndens "
                                   "sammanträde den 10 september 2025."]
    assert got[0][1] == [("kanslichefen", "2025-09-10")]


def test_an_att_clause_of_a_comma_list_wrapped_before_an_inner_att():
    body = ("Beslut\nNämnden beslutar\natt anta riktlinjer för arvode till ställföreträdare enligt bilaga 2\n"
            "att gälla från den 1 juli 2025,\natt uppdra åt kanslichefen att informera samtliga ställföreträdare "
            "om de nya riktlinjerna.")
    got = decisions(items(("Riktlinjer för arvode", body), ("Övrigt", "Inga övriga frågor.")), 1)
    assert [d[0] for d in got] == ["att anta riktlinjer för arvode till ställföreträdare enligt bilaga 2 att gälla "
                                   "från den 1 juli 2025,", "att uppdra åt kanslichefen att informera samtliga "
                                   "ställföreträdare om de nya riktlinjerna."]


def test_a_task_after_a_decisions_full_stop_on_its_line_goes_on_with_it():
    # (the writer's convention, which a reflowed paragraph cannot tell from two lines: one decision)
    body = "Beslut: att beställa 40 ton grus. Olle beställer gruset senast den 15 september."
    got = decisions(items(("Vägunderhåll", body), ("Övrigt", "Inga övriga frågor.")), 1)
    assert [d[0] for d in got] == ["att beställa 40 ton grus. Olle beställer gruset senast den 15 september."]


def test_numbered_clauses_run_on_after_each_others_full_stop():
    body = typeset("Klockstapelns spån behöver läggas om före vintern. Två anbud har kommit in.",
                   "Kyrkorådets beslut") + "\nKyrkorådet beslutar att\n" + typeset(
        "1. anta anbudet från Ekvretens Byggtjänst AB om 184 000 kronor. 2. uppdra åt kyrkoherden "
        "att teckna avtal med entreprenören senast den 1 oktober 2025.")
    got = decisions(items(("Klockstapeln", body), ("Övrigt", "Inga övriga frågor.")), 1)
    assert [d[0] for d in got] == ["anta anbudet från Ekvretens Byggtjänst AB om 184 000 kronor.",
                                   "uppdra åt kyrkoherden att teckna avtal med entreprenören senast den 1 oktober 2025."]
    assert got[1][1] == [("kyrkoherden", "2025-10-01")]


def test_an_adopted_clause_with_the_counter_proposal_and_the_reservation_run_on():
    # the PDF lost the blank lines inside the item: the counter-proposal runs on after the proposal, the
    # reservation after the adoption
    body = ("Hugo Lind föredrog ärendet. Medlemsavgiften är 1 500 kronor per år.\n"
            "Förslag: att kåren ansluter sig till Nätverket för hållbara studentkårer från\n"
            "och med den 1 mars 2025.\nOscar Berg yrkade avslag med hänvisning till medlemsavgiften.\n"
            "Beslut:\nattsats 1 bifalles\nOscar Berg reserverade sig mot beslutet.")
    spaced = "\n\n".join(["Närvarande: Hugo Lind, Oscar Berg, Eva Ek", "Justerare: Eva Ek", "Sekreterare: Per Ahl"])
    got = decisions(spaced + "\n\n" + items(("Anslutning till nätverket", body), ("Dagordning", "Godkändes."),
                                            ("Rapporter", "Inga rapporter."), ("Övrigt", "Inga övriga frågor.")), 1)
    assert [(d[0], d[3]) for d in got] == [("att kåren ansluter sig till Nätverket för hållbara studentkårer från "
                                            "och med den 1 mars 2025.", ["Oscar Berg"])]


def test_a_label_cells_value_on_the_line_after_it_is_no_title():
    # a header table's cells one a line, as a PDF's plain text layer gives them
    text = ("Norrviks kommun\n\nPROTOKOLL\nSammanträdesdatum\n2025-04-23\n\nSamhällsbyggnadsnämnden\n\n"
            "Plats och tid:\n\nStora sammanträdesrummet, stadshuset i Norrvik, kl. 13.15–15.40\n\n"
            "Beslutande:\n\nLena Hed (C), ordförande\nGöran Sjö (S)\n" + NUMBERED_ITEMS)
    p = parse_text(text, "shape.txt")
    assert (p.organisation, p.body, p.location) == ("Norrviks kommun", "Samhällsbyggnadsnämnden",
                                                     "Stora sammanträdesrummet, stadshuset i Norrvik")


def test_a_signature_tables_offices_over_its_names_one_cell_a_line():
    # "Antecknat av | Justeras" over "Ingrid Lund | Karin Ek", given by a PDF's plain text one cell a line
    text = ("Minnesanteckningar nätverksmöte Kulturnätverket\nDatum: 2025-03-13\nNärvarande: Karin Ek, Per Wik\n"
            + NUMBERED_ITEMS + "\nAntecknat av\n\nJusteras\n\nIngrid Lund\n\nKarin Ek\n")
    p = parse_text(text, "shape.txt")
    assert (p.secretary, p.adjusters) == ("Ingrid Lund", ["Karin Ek"])
