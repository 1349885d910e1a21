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
    rows = ["\t".join(HEADER)]
    for block, par, line, left, top, text in lines:
        for n, word in enumerate(text.split(), 1):
            rows.append("\t".join(map(str, [5, 1, block, par, line, n, left, top, 20 * len(word), 40, 95, word])))
            left += 20 * len(word) + 25
    return ocr._tsv("\n".join(rows) + "\n")


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
