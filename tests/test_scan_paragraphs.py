"""A scanned page's paragraphs follow its vertical gaps, not Tesseract's own paragraph segmentation (scan5).

Tesseract read a typed page's topic line a paragraph's space under the paragraph above as that paragraph's last
line ("… inte klart." / "Program", heldout4 514) and a topic line set right over its text as a paragraph of its
own ("Hantverkarna" / "" / "Vi bestämde …", dev 516 scanned): the topics ran into the paragraphs. Within a block,
the lines' pitch decides (``ocr.GapSettings``). The TSV here is canned, in the geometry of those scans (300 dpi,
lines 60 px apart, 75-79 px across a paragraph space), so the test runs without Tesseract.
"""
from __future__ import annotations

from protokoll.read import ocr

HEADER = ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
          "conf", "text"]


def _tsv(lines: list[tuple[int, int, int, int, str]]) -> str:
    """(block, par, line, top, text) rows → Tesseract's TSV, one row a word, words 40 px high."""
    rows = ["\t".join(HEADER)]
    for block, par, line, top, text in lines:
        left = 300
        for n, word in enumerate(text.split(), 1):
            rows.append("\t".join(map(str, [5, 1, block, par, line, n, left, top, 20 * len(word), 40, 95, word])))
            left += 20 * len(word) + 25
    return "\n".join(rows) + "\n"


PAGE = [
    (2, 5, 1, 717, "Läget sedan förra mötet"),
    (2, 6, 1, 778, "Scenen är bokad."),
    (2, 6, 2, 857, "Program"),  # a paragraph's space above, but Tesseract's same paragraph
    (2, 7, 1, 916, "Vi bestämde att festen börjar kl 14 med"),
    (2, 7, 2, 975, "dans på kvällen."),
    (2, 8, 1, 1050, "Hantverkarna"),
    (2, 9, 1, 1112, "Vi bestämde att ta 150 kr per bord"),  # right under its topic, but Tesseract's next paragraph
    (2, 9, 2, 1172, "i år."),
    (2, 10, 1, 1248, "Att göra"),
    (3, 1, 1, 1540, "Nästa möte"),
    (3, 1, 2, 1601, "Tisdag 6 maj kl 19 hos Lotta."),
]


def _read(monkeypatch, lines) -> str:
    data = ocr._tsv(_tsv(lines))
    monkeypatch.setattr(ocr, "_upright_words", lambda *a, **k: data)
    return ocr.ocr_image(object()).text


def test_paragraphs_break_at_the_pages_gaps(monkeypatch):
    assert _read(monkeypatch, PAGE).split("\n\n") == [
        "Läget sedan förra mötet\nScenen är bokad.",
        "Program\nVi bestämde att festen börjar kl 14 med\ndans på kvällen.",
        "Hantverkarna\nVi bestämde att ta 150 kr per bord\ni år.",
        "Att göra",
        "Nästa möte\nTisdag 6 maj kl 19 hos Lotta.",
    ]


def test_a_page_of_few_lines_keeps_tesseracts_paragraphs(monkeypatch):
    # too few pitches to tell the page's usual one: Tesseract's segmentation stands
    assert _read(monkeypatch, PAGE[:4]).split("\n\n") == [
        "Läget sedan förra mötet", "Scenen är bokad.\nProgram", "Vi bestämde att festen börjar kl 14 med"]


def test_a_line_of_even_pitch_joins_across_tesseracts_paragraphs():
    data = ocr._tsv(_tsv(PAGE))
    paragraphs = ocr._gap_paragraphs(data)
    assert paragraphs[(2, 8, 1)] == paragraphs[(2, 9, 1)] == paragraphs[(2, 9, 2)]
    assert paragraphs[(2, 6, 1)] != paragraphs[(2, 6, 2)]
    assert paragraphs[(2, 10, 1)][0] != paragraphs[(3, 1, 1)][0]


def test_a_title_in_larger_type_stays_one_paragraph():
    # a title over three lines, 60 px high and 88-92 px apart (heldout4 494): its pitch is its type's, no space
    title = [(1, 1, 1, 334, "Protokoll fört vid möte med"), (1, 1, 2, 422, "Lönnbacka Fiber ekonomisk förening"),
             (1, 1, 3, 514, "2026")]
    data = ocr._tsv(_tsv(PAGE))
    big = ocr._tsv(_tsv(title).replace("\t40\t95\t", "\t60\t95\t"))
    for column in data:
        data[column] = big[column] + data[column]
    paragraphs = ocr._gap_paragraphs(data)
    assert paragraphs[(1, 1, 1)] == paragraphs[(1, 1, 2)] == paragraphs[(1, 1, 3)]
