"""Cheap gates put before whole passes answer "nothing to do here" only where the pass would indeed do
nothing: on every line of the fixtures and on shapes chosen to sit at their edges, each gate is true
wherever the tests it stands for are."""
from __future__ import annotations

from pathlib import Path

import pytest

from protokoll.clean.lines import Line
from protokoll.parse import celltables

FIXTURES = Path(__file__).parent / "fixtures"


def _lines() -> list[str]:
    out: set[str] = set()
    for path in sorted(FIXTURES.rglob("*.txt")):
        out.update(line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines())
    return sorted(line for line in out if line)


LINES = _lines()
EDGES = ["Namn", "namn:", "NAMN ::", "Närvarande:", "Röstlängd: Fastighet", "Ledamöter Roll Närvarande",
         "Ledamot: Anna Ek", "Lgh nr", "Övriga närvarande", "İnternt namn", "Namn\u2003Roll", "Deltagare  ",
         "Perstorps kommun", "Namnbyte", "§ 4 Namn", "x namn:", "Ombud:"]


def _celltables_detectors_try(text: str) -> bool:
    """Where celltables.unfold's loop tries a detector at a line (as written before the gate)."""
    k = celltables._kind
    return bool(k(text)) or text[:1].isupper() and k(text.split(" ", 1)[0]) == "name" or \
        celltables._heading_over_title(Line(text)) is not None


@pytest.mark.parametrize("text", EDGES)
def test_celltables_gate_at_edges(text):
    assert celltables._may_open(text) or not _celltables_detectors_try(text)


def test_celltables_gate_on_fixture_lines():
    missed = [t for t in LINES if _celltables_detectors_try(t) and not celltables._may_open(t)]
    assert not missed
    assert any(_celltables_detectors_try(t) for t in LINES)  # the fixtures hold lines the detectors try


def test_celltables_unfold_without_candidates_is_identity():
    lines = [Line("Protokoll fört vid styrelsemöte"), Line("Anna Ek öppnade mötet.")]
    assert celltables.unfold(lines) is lines


def test_broken_titles_gate_keeps_lines_and_origins():
    from protokoll.parse.frontmatter import join_broken_titles

    lines = [Line("Närvarande"), Line("Anna Ek   ordförande"), Line("e"), Line("Per Holm")]
    gapless = [Line("Närvarande"), Line("Anna Ek, ordförande"), Line("e")]
    out, origin = join_broken_titles(gapless)
    assert out == gapless and out is not gapless and origin == [0, 1, 2]
    # a gap only on the last line: no line after it to join, so the lines are kept too
    assert join_broken_titles(gapless + [Line("Ledamöter   Närvarand")])[1] == [0, 1, 2, 3]
    assert join_broken_titles(lines)[1] == [0, 1, 2, 3]  # a gap and no broken title: the general path
