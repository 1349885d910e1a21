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
