"""Paper minutes printed, signed, stamped and scanned (scan6: ``tests/fixtures/renderings/heldout6/render.py``,
dev scans ``tests/fixtures/renderings/genre/manifest-scan6.txt``).

The TSV here is canned, in the geometry of those scans (200 dpi pages read at 300 dpi, lines 32-48 px high), so
the tests run without Tesseract.
"""
from __future__ import annotations

from protokoll.read import ocr

HEADER = ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
          "conf", "text"]


def _tsv(lines: list[tuple[int, int, int, int, int, str]]) -> dict:
    """(block, par, line, left, top, text) rows → Tesseract's TSV read by ``ocr._tsv``, words 40 px high."""
    return _joined_rows([[line] for line in lines])


def _read(monkeypatch, data: dict) -> str:
    monkeypatch.setattr(ocr, "_upright_words", lambda *a, **k: data)
    return ocr.ocr_image(object()).text


# Dev 236 scanned (typed in a monospaced bold): Tesseract cut the numbers of items 2, 3, 5 and 7 into a block of
# their own, their points read apart (". Kallelsen", ": Mötesordförande", "« Ekonomi") at the start of other
# blocks; the page then read "2" / "3" after the text, and the side-by-side reading took it for a table.
NUMBER_COLUMN = [
    (7, 1, 1, 322, 833, "1. Ingvar hälsar alla välkomna och öppnar mötet."),
    (7, 1, 2, 356, 924, ". Kallelsen till mötet; Godkänd."),
    (8, 1, 1, 357, 1016, ": Mötesordförande; Ingvar Sandell"),
    (9, 1, 1, 357, 1200, ".« Protokolljusterare; Tore Blom och Göran Frisk"),
    (10, 1, 1, 322, 928, "2"),
    (10, 1, 2, 321, 1020, "3"),
    (10, 1, 3, 321, 1109, "4. Sekreterare; Elin Wass"),
    (10, 1, 4, 323, 1204, "5"),
    (10, 1, 5, 322, 1292, "6. Dagordningen godkänns."),
    (10, 1, 6, 323, 1387, "7"),
    (11, 1, 1, 357, 1383, "« Ekonomi; Kassan är 41 200 kr. Hyran för februari har kommit"),
    (11, 1, 2, 322, 1445, "in."),
    (12, 1, 1, 322, 1532, "8. Taket på stora salen; Läckan är lagad."),
]


def test_a_list_number_read_apart_starts_the_line_it_numbers(monkeypatch):
    lines = [ln for ln in _read(monkeypatch, _tsv(NUMBER_COLUMN)).split("\n") if ln]
    assert lines == [
        "1. Ingvar hälsar alla välkomna och öppnar mötet.",
        "2. Kallelsen till mötet; Godkänd.",
        "3. Mötesordförande; Ingvar Sandell",
        "4. Sekreterare; Elin Wass",
        "5. Protokolljusterare; Tore Blom och Göran Frisk",
        "6. Dagordningen godkänns.",
        "7. Ekonomi; Kassan är 41 200 kr. Hyran för februari har kommit",
        "in.",
        "8. Taket på stora salen; Läckan är lagad.",
    ]


def test_a_number_in_a_tables_first_column_stays_apart():
    # a roll's or a vote's number a column's width before its cell is a table's, not a list's
    table = [(1, 1, 1, 300, 500, "12"), (2, 1, 1, 700, 500, "Anna Berg (S)"),
             (1, 1, 2, 300, 560, "13"), (2, 1, 2, 700, 560, "Per Ek (M)")]
    data = _tsv(table)
    assert ocr._numbers_to_their_lines(data) is data


# Dev 247 scanned with a fax line over each page (the minutes sent a week after the meeting): its date and time
# were read as the meeting's. The line is the sending's, no part of the minutes.
FAXED = """2025-02-18 14:23   FRÅN: HEM OCH SKOLA VIKBY   +46 611 123 00   S. 01/02

Hem och Skola Vikby
Styrelsemöte 11 februari 2025

Närvarande: Lena Vik, Omar Said, Pia Holm

1. Mötets öppnande
Lena öppnade mötet.

2. Skolgården
Styrelsen beslutade att köpa två bänkar.
"""


def test_a_fax_line_over_the_page_is_no_part_of_the_minutes():
    from protokoll.clean.lines import clean
    from protokoll.pipeline import parse_text

    assert not any("FRÅN" in line.text for line in clean(FAXED).lines)
    record = parse_text(FAXED)
    assert (str(record.date), record.start_time) == ("2025-02-11", None)


def test_a_sentence_with_a_time_and_from_is_text():
    from protokoll.clean.lines import clean

    line = "Mötet öppnades kl. 18.30 med en hälsning FRÅN styrelsen i Vikby, tel 070-123 45 67."
    assert any(x.text == line for x in clean(f"Styrelsemöte 11 februari 2025\n\n{line}\n").lines)


def _row(block: int, line: int, top: int, cells: list[tuple[int, str]]) -> list[tuple]:
    """A ruled table's row as Tesseract reads it: one line, its cells at the given lefts."""
    return [(block, 1, line, left, top, text) for left, text in cells]


def _joined_rows(rows: list[list[tuple]]) -> dict:
    """Rows of cells merged into Tesseract's TSV, each cell's words in the row's line."""
    header = "\t".join(HEADER)
    body = []
    for row in rows:
        for n, (block, par, line, left, top, text) in enumerate(row):
            for k, word in enumerate(text.split(), 1):
                body.append("\t".join(map(str, [5, 1, block, par, line, 10 * n + k, left, top, 20 * len(word), 40,
                                                95, word])))
                left += 20 * len(word) + 25
    return ocr._tsv(header + "\n" + "\n".join(body) + "\n")


# Dev 84 scanned: the roll a ruled table of two records a row ("Namn | Närv. | Namn | Närv."), which Tesseract
# reads one line a row; its cells ran together in single spaces ("... ordförande Xx Kjell Ström ..."), so that
# the right half's members were lost (the text layer's layout keeps cells apart by runs of spaces).
ROLL = [
    _row(3, 1, 700, [(300, "Namn"), (1100, "Närv."), (1400, "Namn"), (2200, "Närv.")]),
    _row(3, 2, 760, [(300, "Ingela Brink (POSK), ordförande"), (1100, "X"), (1400, "Kjell Ström (S), vice ordförande"),
                     (2200, "X")]),
    _row(3, 3, 820, [(300, "Annelie Wahl (S)"), (1100, "X"), (1400, "Rune Dahlgren (C)"), (2200, "X")]),
]


def test_a_ruled_rows_cells_stand_apart_in_their_columns(monkeypatch):
    rows = _read(monkeypatch, _joined_rows(ROLL)).split("\n")
    assert [r.split("   ")[0] for r in rows] == ["Namn", "Ingela Brink (POSK), ordförande", "Annelie Wahl (S)"]
    assert len({r.index(r.split()[-2] if r.startswith("Namn") else "X   ") for r in rows[1:]}) == 1
    assert len({r.rindex(name) for r, name in zip(rows, ("Namn", "Kjell", "Rune"))}) == 1  # the right half's column


def test_words_a_space_apart_stay_a_space_apart(monkeypatch):
    line = [(3, 1, 1, 300, 700, "Styrelsen beslutade att godkänna dagordningen.")]
    assert _read(monkeypatch, _tsv(line)) == "Styrelsen beslutade att godkänna dagordningen."


DOUBLED_ROLL = """Sjövalla församling
Kyrkorådet 2025-05-14

Beslutande ledamöter:
Namn                                Närv.      Namn                                 Närv.
Ingela Brink (POSK), ordförande     X          Kjell Ström (S), vice ordförande     X
Annelie Wahl (S)                    X          Rune Dahlgren (C)                    X
Mona Lövgren (POSK)                 X          Sven Ahl (SD)                        X
Johan Kihlberg, kyrkoherde          X
Anmält förhinder:         Agneta Borg (S)

§ 21 Val av justerare
Kyrkorådet utser Rune Dahlgren att justera protokollet.
"""


def test_a_roll_of_two_records_a_row_reads_both_halves():
    from protokoll.pipeline import parse_text

    record = parse_text(DOUBLED_ROLL)
    present = [(a.name, a.role) for a in record.attendees if a.status == "present"]
    assert present == [("Ingela Brink", "ordförande"), ("Annelie Wahl", None), ("Mona Lövgren", None),
                       ("Johan Kihlberg", "kyrkoherde"), ("Kjell Ström", "vice ordförande"), ("Rune Dahlgren", None),
                       ("Sven Ahl", None)]


# Dev 641 scanned: a roll of delegates ("Förening | Ombud | Röster"), each cell a block of its own, with the page's
# text close over and under it. The whole page was taken for the table and laid out by columns, the items' text
# indented under their headings; only the run of rows that share their row with another block is the table.
def _table_page() -> dict:
    rows = [_row(0, 1, 40, [(150, "Ängsby IF 2025-03-10")]),  # a line further left: the page's left edge
            _row(1, 1, 100, [(300, "Västermarkens orienteringsförbund")]), _row(9, 1, 100, [(1800, "Sida 1 (1)")])]
    rows += [_row(2, n, 160 + 60 * n, [(300, text)]) for n, text in enumerate(
        ["Protokoll fört vid förbundets årsmöte", "den 8 mars 2025 i Sporthallen", "Närvarande ombud"], 1)]
    for n, cells in enumerate([("Förening", "Ombud", "Röster"), ("OK Tallen", "Mira Sand", "2"),
                               ("Ängsby SOK", "Roland Flink", "1"), ("IK Bergfast", "Greta Holm", "1")], 1):
        # each column a block of its own, its lines numbered down the column
        rows.append([row for block, left, cell in zip((3, 4, 5), (300, 1000, 1700), cells)
                     for row in _row(block, n, 360 + 60 * n, [(left, cell)])])
    rows += [_row(6, n, 660 + 60 * n, [(300, text)]) for n, text in enumerate(
        ["Övriga närvarande", "Sune Lax, förbundsordförande", "1. Årsmötets öppnande",
         "Förbundsordförande Sune Lax öppnade årsmötet.", "2. Fastställande av röstlängd",
         "Röstlängden fastställdes till 3 ombud med 4 röster."], 1)]
    return _joined_rows(rows)


def test_only_the_rows_of_a_table_are_laid_out_by_columns(monkeypatch):
    lines = _read(monkeypatch, _table_page()).split("\n")
    assert "Förbundsordförande Sune Lax öppnade årsmötet." in lines  # not indented, not placed
    assert "Protokoll fört vid förbundets årsmöte" in lines
    table = [ln for ln in lines if ln.lstrip().startswith(("Förening", "OK Tallen", "IK Bergfast"))]
    assert len(table) == 3 and len({ln.index(ln.split()[-1]) for ln in table}) == 1  # the votes in one column


def test_a_ruled_line_read_as_a_word_is_no_text(monkeypatch):
    # dev 387 scanned: a stamp's frame over a line's end, read "|", went into the meeting's place ("Skolan
    # Myrbäcken   |")
    line = [(3, 1, 1, 300, 700, "Plats: Skolan Myrbäcken"), (3, 1, 1, 1500, 700, "|")]
    assert _read(monkeypatch, _joined_rows([line])) == "Plats: Skolan Myrbäcken"


def test_a_fax_line_cut_apart_by_ocr_is_still_the_faxs():
    from protokoll.vocab import conventions as cv

    # dev 641 scanned: the sender's number and the page read as lines of their own
    assert cv.FAX_LINE.search("14:23 FRÅN: VÄSTERMARKENS ORIENTERINGSFÖ")
    assert not cv.FAX_LINE.search("Kl. 14.23 FRÅN: Styrelsen kom ett förslag om bidrag")


def _with_heights(rows: list[tuple], tall: dict[str, tuple[int, int]]) -> dict:
    """``_tsv(rows)`` with the words of ``tall`` given their (height, confidence)."""
    data = _tsv(rows)
    for i, word in enumerate(data["text"]):
        if word in tall:
            data["height"][i], data["conf"][i] = tall[word]
    return data


# Dev 170 and 181 scanned: the signatures over their lines and the initials in each page's foot box read as words
# ("JM", "UNUA", "JUUL TUM", 100-130 px high and read at 0-45), which ended up as items, names or a decision's end.
SIGNED = [(1, 1, n, 300, 200 + 60 * n, "Styrelsen beslutade att godkänna dagordningen för mötet") for n in range(1, 4)]
SIGNED += [(2, 1, 1, 300, 500, "Vid protokollet"), (3, 1, 1, 300, 560, "UNUA"), (4, 1, 1, 300, 700, "Malin Grape")]


def test_a_hands_scrawl_read_as_a_word_is_no_text(monkeypatch):
    text = _read(monkeypatch, _with_heights(SIGNED, {"UNUA": (110, 0)}))
    assert "UNUA" not in text and "Malin Grape" in text and "Vid protokollet" in text


def test_a_title_in_large_type_read_surely_stays(monkeypatch):
    text = _read(monkeypatch, _with_heights(SIGNED, {"UNUA": (110, 91)}))
    assert "UNUA" in text
