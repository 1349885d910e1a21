"""Shapes of Tesseract's plain text of scanned minutes, each on a small fictional snippet.

Found on the committed Tesseract renderings of the genre fixtures (tests/fixtures/renderings/genre/*.ocr-*.txt),
which score far below the same minutes as text: a municipal front page read label column first with the
first item's number in that column, "§" read as "$", "&", "£&" or "8", a table of contents whose dot
leaders come out as runs of letters ("ssssrrrrr").
"""
import re

from protokoll.clean.columns import pair
from protokoll.pipeline import parse_text
from shape_support import NUMBERED_ITEMS, parsed

# The label column ends with the signature's labels and the first item's number ("SBN 845": "§ 45" read
# as "845"); the item's title stands in the value column after the signatures' names. An entry of
# the list of people wrapped onto a line of its own ("(S)").
LATE_ITEM = """Sörby kommun
Tekniska nämnden

PROTOKOLL 1 (2)

Plats och tid:

Beslutande:

Ersättare:

Utses att justera:

Justeringens plats och
tid:

Paragrafer:
Underskrifter:
Sekreterare
Ordförande

Justerande

TN 845

Rådhuset, sal B, kl. 09.00-11.30

Ulla Berg (C), ordförande

Jan Ek (S), vice ordförande

Mira Holm (M)

Sten Lax (S), tjänstgörande ersättare för Karl Sund
(S)

Olof Tall (C)

Karin Vik, nämndsekreterare

Jan Ek (S)
Rådhuset, 2025-02-14 kl. 10.00

TN 8 45-46

Karin Vik
Ulla Berg

Jan Ek

Godkännande av föredragningslista

Beslut

Föredragningslistan godkänns.

TN § 46

Val av ombud

Beslut

Nämnden utser Ulla Berg till ombud.
"""


def test_late_item_number_in_the_label_column_goes_to_its_title():
    paired = pair(LATE_ITEM)
    assert "Utses att justera: Jan Ek (S)" in paired
    assert "Paragrafer: TN 8 45-46" in paired
    assert "TN § 45 Godkännande av föredragningslista" in paired
    p = parse_text(LATE_ITEM, "late.txt")
    assert [(i.number, i.title) for i in p.items] == [(45, "Godkännande av föredragningslista"),
                                                        (46, "Val av ombud")]
    assert p.adjusters == ["Jan Ek"]
    names = [a.name for a in p.attendees]
    assert names[:6] == ["Ulla Berg", "Jan Ek", "Mira Holm", "Sten Lax", "Olof Tall", "Karin Vik"]
    assert p.attendees[3].party == "S"


# The first item's number, title and section label read in the label column, before every value; the
# item's text goes on on the next page. "§" read as "£&".
HEADING_IN_LABELS = """Sörby kommun
Socialnämnden

SAMMANTRÄDESPROTOKOLL 1 (2)

Plats och tid

Beslutande

Utses att justera

Justeringens plats och
tid

Underskrifter

Sekreterare

SN £& 12

Godkännande av dagordning

Beslut

Socialkontoret, kl. 13.00-15.00

Anna Lund (S), ordförande

Per Ros (M)

Lisa Eng (V)

Per Ros (M)
Socialkontoret, 2025-02-20 kl. 10.00

Nora Sten
\f
Sörby kommun
Socialnämnden
SAMMANTRÄDESPROTOKOLL 2 (2)

Socialnämnden beslutar att godkänna dagordningen.

SN § 13

Val av ombud

Beslut

Socialnämnden utser Anna Lund till ombud.
"""


def test_item_heading_read_in_the_label_column_goes_after_the_values():
    p = parse_text(HEADING_IN_LABELS, "heading.txt")
    assert [(i.number, i.title) for i in p.items] == [(12, "Godkännande av dagordning"), (13, "Val av ombud")]
    assert [a.name for a in p.attendees][:3] == ["Anna Lund", "Per Ros", "Lisa Eng"]
    assert p.adjusters == ["Per Ros"]
    assert "godkänna dagordningen" in p.items[0].decisions[0].text


# A contents list whose dot leaders OCR read as letters, some entries without their page number, one
# with its leaders shortened ("... 2"), a page's foot and head between its entries.
CONTENTS = """Sörby kommun
Kommunstyrelsens arbetsutskott
SAMMANTRÄDESPROTOKOLL 1 (3)

Ärendelista
& 21 Godkännande av föredragningslista ssssrrsrrrrrerrrrrrerrrrrrrnt 2
22 Ekonomisk uppföljning... 2
& 23 Markanvisning för bostäder smsssnssresrrrsrrsrrsrrrsrrnna rea 3

Justerandes signatur
2025-03-12

& 24 Information om budget sesssrersersresrersrrerrerrrern
& 25 Revidering av riktlinjer ............nnn.

KSAU § 21
Godkännande av föredragningslista

Arbetsutskottets beslut
Föredragningslistan godkänns.

KSAU § 22
Ekonomisk uppföljning

Arbetsutskottets beslut
Arbetsutskottet godkänner uppföljningen.

KSAU § 23
Markanvisning för bostäder

Arbetsutskottets beslut
Arbetsutskottet godkänner markanvisningen.

KSAU § 24
Information om budget

Arbetsutskottets beslut
Arbetsutskottet tackar för informationen.

KSAU § 25
Revidering av riktlinjer

Arbetsutskottets beslut
Arbetsutskottet återremitterar ärendet.
"""


def test_contents_with_leaders_read_as_letters_is_no_item():
    from protokoll.clean.furniture import mend_ocr_leaders

    assert mend_ocr_leaders("& 23 Markanvisning för bostäder smsssnssresrrrsrrsrrsrrrsrrnna rea 3") == \
        "& 23 Markanvisning för bostäder ........ 3"
    assert mend_ocr_leaders("Sekreterare ooo errrssrrsssrrsssrrsrsr rss rar Paragrafer 30-38") == \
        "Sekreterare ........ Paragrafer 30-38"
    for words in ("Per Ek (M) reserverar sig mot beslutet.", "Sekreterare Anna Lund", "Sekreterare ........"):
        assert mend_ocr_leaders(words) == words
    p = parse_text(CONTENTS, "contents.txt")
    assert [(i.number, i.title) for i in p.items] == [
        (21, "Godkännande av föredragningslista"), (22, "Ekonomisk uppföljning"), (23, "Markanvisning för bostäder"),
        (24, "Information om budget"), (25, "Revidering av riktlinjer")]
    assert all(len(i.decisions) == 1 for i in p.items)


# "§" read as an "8" glued to the item's number: "85 Ekonomi" between "$4" and "$6"; "318" for "31 §" where
# the numbers are written before the sign; "KSAU 8181"; a plain numbered list is left as it is.
def test_section_sign_read_as_a_glued_eight_where_the_numbers_run():
    from protokoll.clean.lines import clean

    def headings(text):
        return [line.text for line in clean(text).lines if line.text[:1].isdigit() or line.text[:1] in "§K"]

    assert headings("$4 Föregående protokoll\nText.\n85 Ekonomi\nText.\n$6 Valborg\nText.\n87 Taket\nText.\n"
                    "88 Övriga frågor\nText.\n") == ["§4 Föregående protokoll", "§ 5 Ekonomi", "§6 Valborg",
                                                      "§ 7 Taket", "§ 8 Övriga frågor"]
    assert headings("318 Val av justerare\nText.\n328 Ekonomisk rapport\nText.\n338 Klockstapeln\nText.\n"
                    "34 8 Sammanträdesdagar\nText.\n") == \
        ["31 § Val av justerare", "32 § Ekonomisk rapport", "33 § Klockstapeln", "34 § Sammanträdesdagar"]
    assert headings("KSAU § 180\nText.\nKSAU 8181 Dnr KS 2024/0033\nText.\nKSAU 8& 182\nText.\n") == \
        ["KSAU § 180", "KSAU § 181 Dnr KS 2024/0033", "KSAU § 182"]
    assert headings("83 Val av justerare\nText.\n84 Ekonomi\nText.\n85 Övriga frågor\nText.\n") == \
        ["83 Val av justerare", "84 Ekonomi", "85 Övriga frågor"]
    assert headings("17 Val\nText.\n18 Ekonomi\nText.\n19 Övrigt\nText.\n28 Avslutning\n") == \
        ["17 Val", "18 Ekonomi", "19 Övrigt", "28 Avslutning"]


# Item numbers in a label column of which OCR lost two ("2." and "2.1" between "1.1" and "2.2"): the lost
# numbers are put back where the run shows them missing, so the titles after them keep their numbers.
LOST_NUMBERS = """Styrelsemöte i Sörby studentkår

Datum: 2025-02-26

Tid: 17.15-19.40

1.
1.1

2.2

Formalia

Mötets öppnande
Ordföranden öppnade mötet.

Rapporter

Kassörens rapport
Rapporten lades till handlingarna.

Sekreterarens rapport
Rapporten lades till handlingarna.
"""


def test_item_numbers_lost_from_a_label_column_are_put_back():
    paired = pair(LOST_NUMBERS)
    for line in ("1. Formalia", "1.1 Mötets öppnande", "2. Rapporter", "2.1 Kassörens rapport",
                 "2.2 Sekreterarens rapport"):
        assert line in paired.split("\n")


# A presence table read across in single spaces whose first column is the seat or the property, not the
# name ("Befattning Namn Närvarande" / "Vice ordförande Hugo Lind Ja"; "Fastighet Företrädd av" /
# "Ekby 1:3 Bo Ek").
SEATS_FIRST = """Styrelsemöte i Sörby studentkår
Datum: 2025-02-26

Närvarande

Befattning Namn Närvarande
Ordförande Elsa Norén Ja

Vice ordförande Hugo Lind Ja
Kassör Amira Hadi Nej
Kommunikationsansvarig Fanny Lax Ja, från punkt 2

Adjungerade: Ingrid Palm, verksamhetschef
""" + NUMBERED_ITEMS

PROPERTIES_FIRST = """Ekby samfällighetsförening
PROTOKOLL FRÅN FÖRENINGSSTÄMMA
Datum: 2024-03-16

Röstlängd:
Fastighet Företrädd av
Ekby 1:3 Bo Ek
Ekby 1:4 Anna Holm
Ekby 1:7 Leila Kaya
""" + NUMBERED_ITEMS


def test_presence_table_read_across_with_the_seat_or_property_first():
    _, rows = parsed(SEATS_FIRST)
    assert [(name, status, role) for name, _, status, role, _ in rows] == [
        ("Elsa Norén", "present", "ordförande"), ("Hugo Lind", "present", "vice ordförande"),
        ("Amira Hadi", "absent", "kassör"), ("Fanny Lax", "present", "kommunikationsansvarig"),
        ("Ingrid Palm", "present", "verksamhetschef")]
    _, rows = parsed(PROPERTIES_FIRST)
    assert [(name, status) for name, _, status, _, _ in rows] == [
        ("Bo Ek", "present"), ("Anna Holm", "present"), ("Leila Kaya", "present")]
    # (a name-first table's mark with a role after it keeps the role)
    _, rows = parsed("Styrelsemöte\nDatum: 2025-03-22\n\nLedamöter Närvarande\nHedda Ros X, mötesordförande\n"
                     "Kristian Vall X\nMaria Ek X\n" + NUMBERED_ITEMS)
    assert rows[0][3] == "mötesordförande"
    _, rows = parsed("Stämma\nDatum: 2025-04-26\n\nRöstlängd\nNamn Närvarande\nElvira Sand Ja\nTobias Grå Ja\n"
                     "Hedda Lund Nej\n" + NUMBERED_ITEMS)
    assert [(name, status) for name, _, status, _, _ in rows] == [
        ("Elvira Sand", "present"), ("Tobias Grå", "present"), ("Hedda Lund", "absent")]


def test_rarer_readings_of_the_section_sign_at_a_heading():
    from protokoll.clean.lines import clean

    text = "KFN 58 32\nEkonomi\nText.\nKFN 5 34 Dnr KFN 2025/0050\nTider\nText.\n£48\nBudget\nText.\n"
    assert [line.text for line in clean(text).lines if line.text[:1] in "K§"] == \
        ["KFN § 32", "KFN § 34 Dnr KFN 2025/0050", "§48"]
    # an amount is no heading
    assert clean("Kostnaden blev 58 32 kronor.\n").lines[0].text == "Kostnaden blev 58 32 kronor."


# A label column's value wrapped over a blank line ("..., onsdagen den 18" / "" / "september 2024").
WRAPPED_VALUE = """Sörby församling
Kyrkorådet

Plats och tid:

Beslutande:

Justerare:

Församlingshemmet, Sörby, onsdagen den 18

september 2024
kl. 18.00-20.40

Anna Ahl (POSK), ordförande
Lars Sved (S)
Björn Ek (C)

Björn Ek
"""


def test_label_value_wrapped_over_a_blank_line():
    paired = pair(WRAPPED_VALUE)
    assert "Plats och tid: Församlingshemmet, Sörby, onsdagen den 18\nseptember 2024\nkl. 18.00-20.40" in paired
    assert "Justerare: Björn Ek" in paired


def test_page_number_with_its_parenthesis_read_as_a_one():
    text = ("EKBY FÖRSAMLING SAMMANTRÄDESPROTOKOLL 112)\n\nKyrkorådet Sammanträdesdatum\n2025-09-16\n"
            "Plats och tid Församlingshemmet, Ekby, kl. 18.00-20.10\n\nBeslutande Anna Rask (POSK), ordförande\n"
            "Tore Lind (S)\n\n1 § Val av justerare\nTill justerare utses Tore Lind.\n\n2 § Ekonomi\n"
            "Rapporten läggs till handlingarna.\n\n3 § Avslutning\nOrdföranden avslutar mötet.\n")
    p = parse_text(text, "page.txt")
    assert p.organisation == "EKBY FÖRSAMLING"
    from protokoll.clean.furniture import PAGE_NUMBER

    assert PAGE_NUMBER.match("113)") and not PAGE_NUMBER.match("1134)")


# One-line labels beside as many lines of values, a date then a time (no time goes on with a date), and a
# presence table's heading in the label column under them.
DATE_TIME_PLACE = """Norrby vägförening

Protokoll fört vid styrelsemöte

Datum:
Tid:
Plats:

Närvarolista

2025-08-26
19.00-20.30
Bygdegården i Norrby

Namn Roll Närvarande
Gunnar Holm ordförande X
Lisa Berg kassör X
Mats Ek sekreterare X
""" + NUMBERED_ITEMS


def test_date_time_place_labels_take_a_line_each():
    paired = pair(DATE_TIME_PLACE)
    assert "Datum: 2025-08-26\n\nTid: 19.00-20.30\n\nPlats: Bygdegården i Norrby" in paired
    p, rows = parsed(DATE_TIME_PLACE)
    assert (p.start_time, p.end_time, p.location) == ("19:00", "20:30", "Bygdegården i Norrby")
    assert [name for name, *_ in rows] == ["Gunnar Holm", "Lisa Berg", "Mats Ek"]


def test_name_cut_in_two_by_ocr_keeps_the_list_going():
    from shape_support import entries

    rows = entries("Beslutande\nMaria Sund (S), ordförande\nBertil Ån man (M)\nCamilla Frost (M)\n")
    assert [(name, party) for name, _, _, _, party in rows] == [
        ("Maria Sund", "S"), ("Bertil Ånman", "M"), ("Camilla Frost", "M")]
    p, rows = parsed("PROTOKOLL\nStyrelsemöte 2025-03-12\n\nBeslutande\nMaria Sund (S), ordförande\n"
                     "Bertil Ån man (M)\nCamilla Frost (M)\nJonas Wik (V)\n" + NUMBERED_ITEMS)
    assert [name for name, *_ in rows] == ["Maria Sund", "Bertil Ånman", "Camilla Frost", "Jonas Wik"]
    # a particle is no piece of a name
    assert entries("Närvarande\nMärta af Klint (M)\n")[0][0] == "Märta af Klint"


# Dev 237 scanned (a fax copy): "§1" ... "§6" of an association's minutes read "81" ... "86", a copier's edge glued
# to a title as a pipe ("85 |Nästa möte") and a signature's scrawl under the last item read as "30".
GLUED_RUN = """Myrbacka hembygdsförening
Protokoll från styrelsemöte 2025-03-23

81 Mötets öppnande
Ordföranden öppnade mötet.

82 Dagordningen
Dagordningen godkändes.

83 Ekonomi
Kassan är god.

84 Övriga frågor
Inga övriga frågor.

85 |Nästa möte
Lördag 12 april kl. 10.00 i bygdegården.

86 Mötets avslutande
Ordföranden avslutade mötet.

vid protokollet                 Justeras
30
Doris Sundin                    Arne Lindqvist
"""


def test_a_copiers_edge_read_as_a_pipe_before_a_title_is_no_text():
    from protokoll.clean.lines import clean

    texts = [line.text for line in clean(GLUED_RUN).lines]
    assert "85 Nästa möte" in texts
    # a pipe table's row keeps its pipes
    assert "|Namn|Parti|" in [line.text for line in clean("Närvarande\n|Namn|Parti|\n").lines]


def test_a_scanned_run_of_eights_from_the_first_item_is_a_run_of_sections():
    """Read from a scan, "81 Mötets öppnande" ... "86 Mötets avslutande" are "§1" ... "§6" though the numbers run on
    as written too; a typed text's "81" ... "86" stay (a year's running numbers, test_pdf_heldout2)."""
    from protokoll.clean.lines import clean

    scanned = [line.text for line in clean(pages=[GLUED_RUN], typed=[False], scanned=[True]).lines]
    assert [t for t in scanned if t.startswith("§")] == [
        "§ 1 Mötets öppnande", "§ 2 Dagordningen", "§ 3 Ekonomi", "§ 4 Övriga frågor", "§ 5 Nästa möte",
        "§ 6 Mötets avslutande"]
    typed = [line.text for line in clean(pages=[GLUED_RUN], typed=[False]).lines]
    assert "81 Mötets öppnande" in typed
    # a scanned run that starts later than the first item stays as written
    later = re.sub(r"^8([1-6]) ", lambda m: f"8{int(m.group(1)) + 3} ", GLUED_RUN, flags=re.M)
    assert "86 Ekonomi" in [line.text for line in clean(pages=[later], typed=[False], scanned=[True]).lines]


def test_a_party_code_misread_after_a_name_is_given_back():
    """Dev 558 scanned: "utom Hanna Rehn (5)" (an "S" read as a "5") and "Bo Lagerqvist SD)" (its bracket lost under
    a stamp's edge). After a full name, a party's code; a number after other words stays."""
    from protokoll.clean.lines import clean

    text = ("Närvarande: ordföranden Karin Ståhl (S), andre vice ordföranden Bo Lagerqvist SD)\n"
            "samt samtliga ledamöter utom Hanna Rehn (5) och Mirja Ek (V).\n"
            "Se bilaga Nr 5) och punkt (5) och Anna Berg XYZ)\n")
    assert [line.text for line in clean(text).lines] == [
        "Närvarande: ordföranden Karin Ståhl (S), andre vice ordföranden Bo Lagerqvist (SD)",
        "samt samtliga ledamöter utom Hanna Rehn (S) och Mirja Ek (V).",
        "Se bilaga Nr 5) och punkt (5) och Anna Berg XYZ)"]


def test_a_pages_foot_boxes_with_a_letter_misread_are_no_text():
    """Dev 13 and 21 scanned: the foot's "Justerandes signatur" read "signatun", "stgnatur": a last decision took the
    line for its own."""
    from protokoll.clean.lines import clean

    for foot in ("Justerandes signatun Utdragsbestyrkande", "Justerandes stgnatur   Utdragsbestyrkande"):
        text = f"§ 4 Meddelanden\nNämnden beslutar\natt tacka för informationen.\n\n{foot}\n"
        assert [line.text for line in clean(text).lines][-1] == "att tacka för informationen."
