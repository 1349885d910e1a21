"""Cheap gates put before whole passes answer "nothing to do here" only where the pass would indeed do
nothing: the shapes at their edges still take the general path."""
from __future__ import annotations

from protokoll.clean.lines import Line


def test_broken_titles_gate_keeps_lines_and_origins():
    from protokoll.parse.frontmatter import join_broken_titles

    lines = [Line("Närvarande"), Line("Anna Ek   ordförande"), Line("e"), Line("Per Holm")]
    gapless = [Line("Närvarande"), Line("Anna Ek, ordförande"), Line("e")]
    out, origin = join_broken_titles(gapless)
    assert out == gapless and out is not gapless and origin == [0, 1, 2]
    # a gap only on the last line: no line after it to join, so the lines are kept too
    assert join_broken_titles(gapless + [Line("Ledamöter   Närvarand")])[1] == [0, 1, 2, 3]
    assert join_broken_titles(lines)[1] == [0, 1, 2, 3]  # a gap and no broken title: the general path


def test_cell_gap_finds_exactly_the_lines_of_two_cells_or_more():
    """glue_wrapped_titles reads a line's cells only where _gapped_lines finds a gap: it must find one in every
    line that has two cells (a tab or a no-break space parts cells as two spaces do) and in no other, and
    count the lines of a page as split("\\n") does."""
    from protokoll.clean.cells import _OTHER_SPACES, _gapped_lines, _LAID_OUT_CELL, glue_wrapped_titles

    assert {c for c in map(chr, range(0x110000)) if c.isspace()} - set(_OTHER_SPACES) == {" ", "\n"}

    for line in ["Ledamöter  Närvarand", "Ledamöter\tTjänstgörande", "Namn\u00a0Roll", "  Anna Ek  ", "Anna Ek",
                 "", "   ", "a b  c", "x\u2003y", " a\tb ", "Per Holm \t ordf"]:
        assert (_gapped_lines(line) == {0}) == (len(list(_LAID_OUT_CELL.finditer(line))) >= 2), line
    assert _gapped_lines("Anna Ek\nA  B\nC \nD\tE  F\nG  \n\n  H\nI\u00a0J") == {1, 3, 7}
    page = "Ledamöter   Tjänstgörande   Närvarand\n            ersättare       e§\nAnna Ek\tX"
    assert glue_wrapped_titles(page) == "Ledamöter   Tjänstgörande ersättare   Närvarande§\nAnna Ek\tX"
    # a tab alone parts the header's cells (no two spaces anywhere on the page)
    glued = glue_wrapped_titles("Närvarand\tLedamöter\ne\nAnna Ek")
    assert glued.split("\n")[0].split() == ["Närvarande", "Ledamöter"] and glued.endswith("\nAnna Ek")


def test_page_mark_gate_lets_every_page_mark_through():
    """_may_end_in_page_mark spares lines RUNNING_PAGE_MARK: it must pass every line the pattern finds a mark in
    (every shape of the mark, any case, digits as \\d reads them), over the dev fixtures' lines too."""
    from pathlib import Path

    from protokoll.clean.furniture import RUNNING_PAGE_MARK, _may_end_in_page_mark

    shapes = ["Styrelsen Sida 2 av 3", "STYRELSEN SIDAN 2 AV 3", "Nämnden sid. 2(3)", "Nämnden 2 ( 3 )", "Möte 2/3",
              "Möte 2 / 3", "Kommunstyrelsen 2025-03-04 Sida 3 (9)", "Protokoll sida \u0662 av \u0663",
              "Nämnd Sida 2 av 3)"]
    lines = [line.strip() for path in sorted((Path(__file__).parent / "fixtures" / "genre" / "texts").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    for text in shapes + [t for t in lines if t[-1:].isdecimal() or t[-1:] == ")"]:
        assert RUNNING_PAGE_MARK.search(text) is None or _may_end_in_page_mark(text), text
    assert all(RUNNING_PAGE_MARK.search(text) for text in shapes)
    assert not any(map(_may_end_in_page_mark, ["Protokoll 2025-03-04", "§ 12", "kl. 18.00", "Anna Ek (S)"]))
