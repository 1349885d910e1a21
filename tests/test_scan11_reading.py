"""Scanned minutes, scan11: what the dev scans (``tests/fixtures/renderings/genre/manifest-scan7.txt``,
``manifest-scan8.txt``) showed — a punched hole and a speck read before a line's text, a page foot's box with its first
word lost, and a page's running header of two lines (the organisation over the rest of the title).

The TSV is canned in the geometry of those scans (words 40 px high, 20 px a letter), so the tests need no Tesseract.
"""
from __future__ import annotations

from test_scan_marks import _joined_rows, _read, _row

from protokoll.clean.furniture import FOOT_LINE
from protokoll.clean.lines import clean
from protokoll.pipeline import parse_text

# A header table's rows (label, value) and a body of text lines, so that the page's usual word height is told
BODY = [_row(6, n, 1500 + 60 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 12)]


def test_a_punched_hole_read_as_a_big_letter_in_the_margin_is_no_text(monkeypatch):
    # dev 21 scanned (grey8): the hole, 72 x 73 px, read "Ö" at 62 before the signature table's row; the row's
    # label "Ordförande" then started with it and the chair was lost
    rows = [_row(3, 1, 900, [(300, "Sekreterare"), (1100, "Malin Hedqvist")]),
            _row(3, 2, 960, [(60, "Ö"), (300, "Ordförande"), (1100, "Anders Lövgren (S)")])] + BODY
    data = _joined_rows(rows)
    hole = data["text"].index("Ö")
    data["width"][hole], data["height"][hole], data["conf"][hole] = 72, 73, 62
    assert _read(monkeypatch, data).split("\n")[1].split() == ["Ordförande", "Anders", "Lövgren", "(S)"]


def test_a_big_letter_that_is_no_square_stays(monkeypatch):
    # a title's letter set large is taller than wide: no hole
    rows = [_row(3, 1, 960, [(60, "I"), (300, "Ordförande"), (1100, "Anders Lövgren (S)")])] + BODY
    data = _joined_rows(rows)
    letter = data["text"].index("I")
    data["width"][letter], data["height"][letter], data["conf"][letter] = 20, 73, 62
    assert _read(monkeypatch, data).split("\n")[0].split()[0] == "I"


def test_a_speck_a_cells_gap_before_a_lines_first_word_is_none(monkeypatch):
    # dev 237 scanned: ".          Fanny Ölund:    Granliden", a 2 x 2 px speck before the roll's name column (not in
    # the page's margin: the roll's names stand right of its label column)
    rows = [_row(3, 1, 900, [(300, "Närvarande"), (580, "Arne Lindqvist"), (1300, "Myrbacka")]),
            _row(3, 2, 960, [(560, "."), (760, "Fanny Ölund"), (1300, "Granliden")])] + BODY
    data = _joined_rows(rows)
    speck = data["text"].index(".")
    data["width"][speck], data["height"][speck] = 2, 2
    assert _read(monkeypatch, data).split("\n")[1].split() == ["Fanny", "Ölund", "Granliden"]


def test_a_page_foots_box_with_its_first_word_lost_is_furniture():
    # dev 203 scanned: "Justerandes" lost under the scanner's edge; the foot line then ended the signature block
    assert FOOT_LINE.match("signatur) Utdragsbestyrkande")
    assert FOOT_LINE.match("Justerandes signatur Utdragsbestyrkande")
    assert not FOOT_LINE.match("Signatur")
    # dev 197 scanned (bw9): the box's word cut at its last letter by the scan's edge
    assert FOOT_LINE.match("Justerandes signatu")


SIGNED = """Ljungmarkens Brukshundklubb                                      Sida 1 (1)
fört vid årsmöte                                                 2026-02-22

Ljungmarkens Brukshundklubb

Protokoll fört vid årsmöte
Datum: 2026-02-22
Plats: Klubbstugan vid Ljungvallen

§ 1 Årsmötets öppnande. Ordförande Tilde Rosén hälsade medlemmarna välkomna.

§ 2 Årsmötets avslutande. Mötesordförande Birger Lindqvist förklarade årsmötet avslutat.

Birger Lindqvist                                         Signe Falkman

mötesordförande                                          sekreterare

Ola Brink                                                Maj Ström

justerare                                                justerare

signatur) Utdragsbestyrkande
"""


def test_a_two_line_running_header_gives_the_organisation_alone_and_the_signatures_are_read():
    record = parse_text(SIGNED).to_json()
    assert record["organisation"] == "Ljungmarkens Brukshundklubb"
    assert record["chair"] == "Birger Lindqvist"
    assert record["adjusters"] == ["Ola Brink", "Maj Ström"]


def test_a_running_header_with_the_titles_from_under_the_organisation():
    text = SIGNED.replace("fört vid årsmöte     ", "från årsmöte på Ljungvallen")
    assert parse_text(text).to_json()["organisation"] == "Ljungmarkens Brukshundklubb"


def test_a_body_wrapped_in_a_header_tables_cell_is_still_joined():
    text = ("Regionala utvecklingsnämndens    Sammanträdesdatum\narbetsutskott    2025-03-18\n\n"
            "Protokoll\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert parse_text(text).to_json()["body"] == "Regionala utvecklingsnämndens arbetsutskott"


# Dev 558 scanned: the council's roll told as one sentence, wrapped at the page's margin inside a role ("förste vice"
# / "ordföranden Karin Ståhl (S)") and before whom a substitute serves for, a comma after the name ("inträder Lars
# Wåhlin (S)" / "för Hanna Rehn, Siv Olofsson (C) för ..."); the text source writes each on one line.
WRAPPED_ROLL = """Protokoll
Kommunfullmäktige i Tallbacka kommun
Sammanträde onsdagen den 21 maj 2025 kl. 18.30-21.10 i Tallbacka rådhus.

Närvarande vid uppropet: ordföranden Ingemar Fröjd (M), förste vice
ordföranden Karin Ståhl (S), andre vice ordföranden Bo Lagerqvist (SD)
samt samtliga ledamöter utom Hanna Rehn (S) och Olle Nygård (C).
Som ersättare för de frånvarande ledamöterna inträder Lars Wåhlin (S)
för Hanna Rehn, Siv Olofsson (C) för Olle Nygård.

§ 51 Val av justerare
Till att jämte ordföranden justera protokollet utses Karin Ståhl (S).
"""


def test_a_roll_sentence_wrapped_inside_a_role_and_before_whom_a_substitute_serves_for():
    people = {a["name"]: a for a in parse_text(WRAPPED_ROLL).to_json()["attendees"]}
    assert (people["Ingemar Fröjd"]["party"], people["Ingemar Fröjd"]["role"]) == ("M", "ordförande")
    assert people["Karin Ståhl"]["role"] == "förste vice ordförande"
    assert people["Bo Lagerqvist"]["role"] == "andre vice ordförande"
    assert people["Lars Wåhlin"]["note"] == "för Hanna Rehn"
    assert people["Hanna Rehn"]["status"] == "absent"


def _cleaned(text: str) -> list[str]:
    return [line.text for line in clean(text).lines]


def test_a_section_sign_read_as_an_8_in_a_rolls_entry_after_its_role():
    # dev 21 scanned: "§ 34" of an official present for one item read "8 34"; the roll's entries after it were lost
    text = ("Övriga närvarande\nMalin Hedqvist, nämndsekreterare, Petter Rask, projekthandläggare, 8 34, Ida Frost, "
            "kollektivtrafikstrateg\n")
    assert "projekthandläggare, § 34, Ida Frost" in _cleaned(text)[1]
    # a list of amounts keeps its numbers
    assert "12 500, 8 340, 9 100" in _cleaned("Budget\nUtfallet per kvartal: 12 500, 8 340, 9 100\n")[1]


def test_a_party_code_read_doubled_in_a_roll_tables_cell():
    # dev 21 scanned (bw, grey8): "S" and "V" in the party column read "Ss" and "Vv"
    rows = _cleaned("Ledamöter\nAnders Lövgren        Ss      1       Ordförande\nVera Lindqvist        Vv      1\n")
    assert rows[1].split()[:3] == ["Anders", "Lövgren", "S"]
    assert rows[2].split() == ["Vera", "Lindqvist", "V", "1"]


# Dev 730 scanned (grey8): the label cell "Tjänstgörande ersättare" wrapped, OCR spacing its two lines a blank apart;
# the substitute beside its second half lost the role
SUBSTITUTE = """Socialnämnden
Sammanträdesprotokoll 2025-06-17

Plats och tid            Kommunhuset, Sjövik, tisdagen den 17 juni 2025 kl 14.00-16.30
Beslutande
Ledamöter                Astrid Mörk ordf. (s)
                         Per Hagel (s)

Tjänstgörande

ersättare                Bo Kvarn (s)

Justerare                Per Hagel (s)

§ 30. Val av justerare
Nämnden utser Per Hagel att justera protokollet.
"""


def test_a_wrapped_label_cell_spaced_a_blank_apart_still_gives_its_role():
    people = {a["name"]: a for a in parse_text(SUBSTITUTE).to_json()["attendees"]}
    assert people["Bo Kvarn"]["role"] == "tjänstgörande ersättare"


def test_a_hands_stroke_read_as_a_short_word_after_a_heading_is_no_text(monkeypatch):
    # dev 237 scanned: a signature's loop beside the last heading read "st" at 22, 156 px wide (two letters of the
    # type: 40 px); the item's title ended in it
    rows = [_row(3, 1, 900, [(300, "86 Mötets avslutande"), (1560, "st")]),
            _row(3, 2, 960, [(300, "Ordföranden tackade och avslutade mötet"), (1400, "5 st")])] + BODY
    data = _joined_rows(rows)
    stroke = data["text"].index("st")
    data["width"][stroke], data["height"][stroke], data["conf"][stroke] = 156, 29, 22
    lines = _read(monkeypatch, data).split("\n")
    assert lines[0] == "86 Mötets avslutande"
    assert lines[1].split()[-2:] == ["5", "st"]  # a word of the type stays


def test_a_meetings_number_wrapped_after_the_organisation():
    # dev 516 scanned: the scan's line wrapped after "Möte 3" (the text source: "Möte 3 onsdag 8 oktober ..." a line
    # of its own)
    text = ("Julmarknadsgruppen - anteckningar\n\nHembygdsföreningen Gammelgården i Tallsjö Möte 3\n"
            "onsdag 8 oktober 2025 kl 18-19.30 hos Gerd\n\nMed: Gerd, Anton, Runa, Kenneth\n\n1. Julmarknaden\n"
            "Gerd bokar hallen.\n")
    record = parse_text(text).to_json()
    assert (record["organisation"], record["number"]) == ("Hembygdsföreningen Gammelgården i Tallsjö", 3)


def test_a_compact_date_under_the_meetings_word_in_its_cell():
    # dev 376 scanned: "Styrelsemöte 25-03-11" of the text source read as two lines of the right column
    text = ("Björnmyrens Viltvårdsområde\n\nMinnesanteckningar                          Styrelsemöte\n"
            "                                            25-03-11\n                                            Jaktstugan\n\n"
            "Deltagare:\nRoger\nMona\n\nÄlgjakten: Roger skickar ansökan senast 31 mars.\n")
    assert parse_text(text).to_json()["date"] == "2025-03-11"


def test_a_heading_settled_by_the_one_after_it_settles_the_one_before():
    # dev 735 scanned (grey9): "8 40." over "8 41." over "$ 42.": "8 40." as written runs with "8 41." as written,
    # so it was left until "8 41." was read "§ 41." by "§ 42." after it; one pass left "8 40." as it was
    lines = _cleaned("Fritidsnämnden\n\n8 40. Val av justerare\nNämnden utser Karin Björk.\n\n8 41. Bidrag till Hedby IK\n"
                     "Hedby IK beviljas bidrag.\n\n$ 42. Isläggning i ishallen\nFritidschefen redovisar.\n")
    assert [line for line in lines if line[:1] in "§8$"] == ["§ 40. Val av justerare", "§ 41. Bidrag till Hedby IK",
                                                              "§ 42. Isläggning i ishallen"]


def test_a_section_sign_read_as_a_3_glued_to_a_bare_headings_number():
    # dev 123 scanned (grey9): "341" and "346" alone over their titles, "842", "$43", "8 44", "845" between
    text = ("Kommunstyrelsens arbetsutskott\n\n341\nVal av justerare\nUtskottet utser Cecilia Brandt.\n\n842\nLokalbehov\n"
            "Utskottet beslutar att godkänna.\n\n$43\nMedborgarförslag\nUtskottet föreslår avslag.\n\n8 44\nDelårsrapport\n"
            "Utskottet noterar.\n\n845\nRemiss\nUtskottet yttrar sig.\n\n346\nInformation\nUtskottet tackar.\n")
    heads = [line for line in _cleaned(text) if line[:1] in "§0123456789"]
    assert heads[0] == "§ 41" and heads[-1] == "§ 46"


def test_a_capital_v_opening_a_line_read_small_is_capital_again_where_a_sentence_begins():
    # dev 160, 182 scanned (bw9): "Valdes Olle Berg ..." and "Votering begärdes." under their items' headings read
    # with a small "v": the line went on with the heading and the item was lost
    page = ("Årsmöte i Lönnbackens hembygdsförening\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            "§ 2 Val av mötesfunktionärer\nvaldes Olle Berg till mötesordförande.\n\n6. Medlemsavgift\n"
            "votering begärdes. Mötet beslutade att höja avgiften.\n\n§ 3 Val av ordförande och\nvice ordförande\n"
            "Mötet valde Eva Ek till ordförande och Per Ek till\nvice ordförande.\n")
    lines = [line.text for line in clean(pages=[page], scanned=[True]).lines]
    assert "Valdes Olle Berg till mötesordförande." in lines
    assert "Votering begärdes. Mötet beslutade att höja avgiften." in lines
    assert lines.count("vice ordförande") == 1 and "vice ordförande." in lines  # a heading or a sentence going on
    typed = [line.text for line in clean(pages=[page]).lines]
    assert "valdes Olle Berg till mötesordförande." in typed  # only on a page OCR read
