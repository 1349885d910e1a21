"""A stamp over scanned minutes, and a copier's specks (scan7: dev scans ``tests/fixtures/renderings/genre/
manifest-scan6.txt`` and ``manifest-scan7.txt``, made by ``tests/fixtures/renderings/heldout6/render.py``).

The TSV is canned in the geometry of those scans (words 40 px high, 20 px a letter), so the tests need no Tesseract.
"""
from __future__ import annotations

from test_scan_marks import _joined_rows, _read, _row

from protokoll.read import ocr

# Dev 387 scanned: a "JUSTERAT" box stamp with its date in the right margin, over the ends of the lines; Tesseract
# read its word after the sentence's last word, its date as a line of its own and its frame's lower edge as "LL"
# after the next line (dev 21: "Kerstin Olofsson (M)   LL"; dev 181: the frame's corner "Ke" in the roll).
STAMPED = [
    _row(3, 1, 700, [(300, "Göran Lidberg öppnade sammanträdet och föreslog dagordning, som"), (1900, "JUSTERAT")]),
    _row(3, 2, 770, [(1930, "2025-09-16")]),
    _row(3, 3, 840, [(300, "godkändes av mötet och lades till"), (1880, "LL")]),
    _row(3, 4, 1100, [(300, "Plats: Skolan Myrbäcken"), (1900, "Ke")]),  # far under the stamp: no stamp's
]


def test_a_stamps_word_its_date_and_its_frame_are_no_text(monkeypatch):
    lines = _read(monkeypatch, _joined_rows(STAMPED)).split("\n")
    assert lines[:2] == ["Göran Lidberg öppnade sammanträdet och föreslog dagordning, som",
                         "godkändes av mötet och lades till"]
    assert lines[2].split() == ["Plats:", "Skolan", "Myrbäcken", "Ke"]  # out of the stamp's reach


def test_text_under_a_stamp_that_runs_on_by_a_space_stays(monkeypatch):
    # the stamp pressed over the text's edge: a line's last words run on under it, a word's space apart
    rows = [_row(3, 1, 700, [(300, "Protokollet justerades digitalt den"), (1900, "JUSTERAT")]),
            [(3, 1, 2, 1500, 780, "Styrelsen beslutade att anta förslaget")]]
    lines = _read(monkeypatch, _joined_rows(rows)).split("\n")
    assert lines == ["Protokollet justerades digitalt den", "Styrelsen beslutade att anta förslaget"]


def test_a_stamp_word_inside_a_sentence_is_no_stamp():
    words = ocr._words(_joined_rows([_row(3, 1, 700, [(300, "Protokollet märktes INKOM av kansliet")])]))
    assert ocr._stamped(words) == set()


def test_a_speck_read_as_a_line_of_its_own_is_no_text(monkeypatch):
    # dev 641 scanned: a speck read as "-" between two rows of a ruled roll broke the roll apart
    rows = [_row(3, n, 300 + 75 * n, [(300, club), (1000, name), (1700, votes)]) for n, (club, name, votes) in
            enumerate([("Förening", "Ombud", "Röster"), ("OK Tallen", "Mira Sand", "2")], 1)]
    rows.append(_row(3, 3, 470, [(1200, "-")]))
    rows += [_row(3, n, 300 + 75 * (n - 1), [(300, club), (1000, name), (1700, votes)]) for n, (club, name, votes) in
             enumerate([("Ängsby SOK", "Roland Flink", "1"), ("IK Bergfast", "Greta Holm", "1")], 4)]
    rows += [_row(4, n, 800 + 75 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 9)]
    data = _joined_rows(rows)
    speck = data["text"].index("-")
    data["width"][speck], data["height"][speck] = 7, 5
    lines = _read(monkeypatch, data).split("\n")
    assert "-" not in [ln.strip() for ln in lines]
    assert [ln.split()[0] for ln in lines[:4]] == ["Förening", "OK", "Ängsby", "IK"]


def test_a_dash_in_a_rolls_row_stays(monkeypatch):
    rows = [_row(3, 1, 300, [(300, "Omar Jibril"), (1000, "S"), (1300, "-")])]
    rows += [_row(4, n, 400 + 75 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 13)]
    data = _joined_rows(rows)
    dash = data["text"].index("-")
    data["width"][dash], data["height"][dash] = 24, 7
    assert _read(monkeypatch, data).split("\n")[0].split()[-1] == "-"


def test_a_speck_a_cells_gap_after_a_lines_text_is_none(monkeypatch):
    # dev 438 scanned: "Mira" / "Sandgren, sekreterare        ." — the roll's wrapped name lost to the speck
    rows = [_row(5, 1, 740, [(300, "Närvarande: Åsa Lindbom, ordförande, Kjell Ohlin, kassör, Mira")]),
            _row(5, 2, 800, [(300, "Sandgren, sekreterare"), (1185, ".")])]
    rows += [_row(6, n, 900 + 60 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 12)]
    data = _joined_rows(rows)
    speck = data["text"].index(".")
    data["width"][speck], data["height"][speck] = 2, 2
    assert _read(monkeypatch, data).split("\n")[1] == "Sandgren, sekreterare"


def test_a_point_split_off_its_word_stays(monkeypatch):
    rows = [_row(5, 1, 740, [(300, "Ordförande Justerare"), (300 + 20 * 20 + 50, ":")])]
    rows += [_row(6, n, 900 + 60 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 12)]
    data = _joined_rows(rows)
    colon = data["text"].index(":")
    data["left"][colon], data["width"][colon], data["height"][colon] = 300 + 20 * 20 + 40, 2, 2
    assert _read(monkeypatch, data).split("\n")[0] == "Ordförande Justerare :"


# Dev 327 scanned (typewriter): "§3." read "83.", "§4." read "84." ... after "$1." and "§2.": the items' numbers.
GLUED_POINTS = """Protokoll fört vid styrelsemöte 2025-03-19

Närvarande: Göran Jarl, Viktoria Strand, Kicki Berg

$1. Mötesordförande Göran Jarl hälsade alla välkomna.
§2. Malin Alm valdes till justerare.
83. Dagordningen godkändes.
84. Föregående mötesprotokoll gicks igenom och godkändes.
85. Skoldiscot den 25 april planeras.
"""


def test_a_glued_section_sign_before_a_numbers_point_is_read_as_one():
    from protokoll.pipeline import parse_text

    assert [i.number for i in parse_text(GLUED_POINTS).items] == [1, 2, 3, 4, 5]


# Dev 141 scanned: the roll's line and its wrapped surname read as two blocks ("..., sekreterare, Robin" /
# "Karlsson"), a paragraph's blank line between them: the roll lost all but its first person.
def _two_blocks(first_line: str) -> dict:
    rows = [_row(1, n, 100 + 60 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 9)]
    rows += [_row(4, 1, 700, [(300, first_line)]), _row(5, 1, 760, [(300, "Karlsson")]),
             _row(5, 2, 820, [(300, "Ej närvarande: Anton Vretblad")])]
    return _joined_rows(rows)


def test_a_blocks_line_right_under_a_line_that_runs_on_goes_on_with_its_paragraph(monkeypatch):
    text = _read(monkeypatch, _two_blocks("Närvarande: Jenny Sandin, ordförande, Pia Öberg, sekreterare, Robin"))
    assert "sekreterare, Robin\nKarlsson\nEj närvarande" in text


def test_a_block_under_a_finished_sentence_is_a_paragraph_of_its_own(monkeypatch):
    text = _read(monkeypatch, _two_blocks("Styrelsen beviljades ansvarsfrihet."))
    assert "ansvarsfrihet.\n\nKarlsson" in text


def test_a_stamps_word_cut_apart_by_ocr_still_tells_the_stamp(monkeypatch):
    # dev 327 scanned: the stamp's word read "J" / "USTERAT", its date under it, beside a roll's last names
    rows = [_row(11, 1, 780, [(300, "Göran Jarl"), (1000, "Kicki Berg")]),
            _row(17, 1, 1055, [(1900, "J")]), _row(17, 2, 1057, [(1930, "USTERAT")]),
            _row(17, 3, 1151, [(300, "Carina Henrik, klass 6A"), (1940, "2025-03-26")])]
    text = _read(monkeypatch, _joined_rows(rows))
    assert "USTERAT" not in text and "2025-03-26" not in text and text.split("\n")[-1] == "Carina Henrik, klass 6A"


def test_a_flat_mark_read_as_a_letter_alone_in_its_line_is_no_text(monkeypatch):
    # dev 610 scanned: a list's dash read "I" (26 x 6 px) in a block of its own, after "Frånvarande": an attendee "I"
    rows = [_row(7, n, 800 + 62 * n, [(400, name)]) for n, name in
            enumerate(["Maja Hedlund, ordförande", "Sven Olsson, kassör", "Lina Berg, sekreterare"], 1)]
    rows += [_row(7, 4, 1065, [(320, "Frånvarande")]), _row(8, 1, 1019, [(340, "I")]),
             _row(9, 1, 1141, [(400, "Tove Ring, ledamot")])]
    rows += [_row(10, n, 1200 + 60 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 9)]
    data = _joined_rows(rows)
    mark = data["text"].index("I")
    data["width"][mark], data["height"][mark] = 26, 6
    assert "I" not in _read(monkeypatch, data).split()
    data["width"][mark], data["height"][mark] = 12, 40  # a letter's shape: kept
    assert "I" in _read(monkeypatch, data).split()


def test_a_frames_edge_read_just_before_the_stamps_word_leaves_it_the_stamps(monkeypatch):
    # dev 221 scanned: "PN: JUSTERAT" / "2025-10-14" (the box's left edge read "PN:") between an item's title and text
    rows = [_row(15, 1, 1555, [(300, "3. Höstmarknaden")]), _row(18, 1, 1600, [(1977, "PN: JUSTERAT")]),
            _row(19, 1, 1700, [(2000, "2025-10-14")]),
            _row(21, 1, 1800, [(300, "Styrelsen beslutade att delta i höstmarknaden.")])]
    data = _joined_rows(rows)
    assert _read(monkeypatch, data).split() == "3. Höstmarknaden Styrelsen beslutade att delta i höstmarknaden.".split()


def test_a_hands_initials_at_the_types_height_read_unsure_are_no_text(monkeypatch):
    # dev 170 scanned: the initials in the foot's box read "FÅ" (27 px high, at 13) under the signatures, which then
    # lost the justerare
    rows = [_row(1, n, 100 + 60 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 12)]
    rows += [_row(30, 1, 900, [(300, "Justerare Jalal Amiri")]), _row(40, 1, 1100, [(1700, "FÅ")]),
             _row(41, 1, 1160, [(1700, "Ja")])]
    data = _joined_rows(rows)
    for word, conf in (("FÅ", 13), ("Ja", 91)):
        data["conf"][data["text"].index(word)] = conf
    words = _read(monkeypatch, data).split()
    assert "FÅ" not in words and "Ja" in words  # a word read surely stays


def test_a_line_over_a_stamp_in_the_margin_that_runs_on_past_its_box_stays(monkeypatch):
    """Dev 167 scanned: an "INKOM" box stamp pressed in the left margin under "§ 7 Val av revisor": the heading's
    first words stand in the reach of the stamp's box, its last ones beyond it, a word's space on. The line is
    text; the stamp's word and its date, a line each in its box, are not."""
    rows = [_row(3, 1, 560, [(300, "Stämman beslutade att disponera resultatet enligt förslaget.")]),
            _row(3, 2, 660, [(230, "8 7 Val av revisor")]),
            _row(4, 1, 710, [(240, "INKOM")]),
            _row(4, 2, 770, [(240, "2025-06-02")])]
    rows += [_row(5, n, 900 + 60 * n, [(300, f"Styrelsen beslutade att godkänna punkt {n}")]) for n in range(1, 9)]
    lines = _read(monkeypatch, _joined_rows(rows)).split("\n")
    assert "8 7 Val av revisor" in lines
    assert not any("INKOM" in line or "2025-06-02" in line for line in lines)
