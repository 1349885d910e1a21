"""A cover page's title block beside its roll, as ``pdftotext -layout`` prints it: read block after block.

A cover or first page may set the meeting's title, date and place in a block at the left and the roll under its
own heading in a block at the right ("Styrelsemöte                 Närvarande:" / "Protokoll nr 2/2025
Lindqvist, Per, ordförande" / "Datum: 2025-03-18            Uggla, Eddie, sekreterare"). -layout prints both on
the same lines, so that read line by line the roll's entries run into the title's lines. The PDF reader reads the
two blocks apart from the characters' boxes; for the text the blocks are found by their gutter and printed the
left block first, then the right one.

Only a right block that holds a roll's own heading ("Närvarande:", "Närvarande röstberättigade:") alone on its
line at its left edge is such a block, with a line of the block's own beside no left text, beside a left block
that names the meeting's year (a title block dates its meeting): a label column beside
its values ("Beslutande    Elin Rask (S)") has the roll's heading at the left, a table ("Namn    Närvarande") its
presence column's title among its other titles, and both are left as they are, and so is running text
(``twocolumns`` reads a page in two columns of it).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from protokoll import regexes
from protokoll.clean.columns import label_kind
from protokoll.clean.twocolumns import GUTTER_SPACES, _free, _right_start


@dataclass(frozen=True)
class CoverSettings:
    min_lines: int = 4  # lines of the right block that start at its edge
    min_edge: int = 20  # the right block starts at least this far right
    max_left_words: int = 8  # a longer line at the left is running text, no title block's


COVER = CoverSettings()
_RIGHT_TEXT = regexes.compile(r" {%d,}(\S)" % GUTTER_SPACES)  # text after a gap
_DATED = regexes.compile(r"\b(?:19|20)\d\d\b")  # a year, of a date or alone ("Årsmöte 2025", "15/3 2025")
_CELL_GAP = regexes.compile(r"\s{2,}")
# A roll's heading starts so ("Närvarande", "Närvarande röstberättigade", "Deltagare"); the roll's groups
# ("Ledamöter", "Ersättare") head parts of a roll beside a label column ("Beslutande    Ledamöter").
ROLL_HEADINGS = ("närvarande", "deltagare", "närvarolista")


def _roll_heading(text: str) -> bool:
    """A roll's heading alone on its line ("Närvarande:", "Närvarande röstberättigade:"); not a table's column
    title ("Namn     Närvarande": a presence column)."""
    cell = text.strip().lower().rstrip(":")
    return not _CELL_GAP.search(cell) and cell.startswith(ROLL_HEADINGS)


def split(page: str, settings: CoverSettings = COVER) -> str:
    """``page`` with a title block beside a roll block printed block after block; ``page`` itself where none."""
    lines = page.split("\n")
    starts: Counter[int] = Counter()
    for line in lines:
        m = _RIGHT_TEXT.search(line, settings.min_edge - GUTTER_SPACES)
        if m is not None:
            starts[m.start(1)] += 1
    for edge, count in starts.most_common(3):
        if count < settings.min_lines:
            break
        found = _block(lines, edge, settings)
        if found is not None:
            start, end = found
            run = lines[start:end]
            left = [x[:edge].rstrip() for x in run if x[:edge].strip()]
            right = [x[edge:].rstrip() for x in run if x[edge:].strip()]
            return "\n".join(lines[:start] + left + [""] + right + [""] + lines[end:])
    return page


def _block(lines: list[str], edge: int, settings: CoverSettings) -> tuple[int, int] | None:
    """(start, end) of the run of lines with a gutter left of ``edge`` whose right block starts with a roll's
    heading, or None."""
    g = edge - GUTTER_SPACES
    at = [k for k, x in enumerate(lines) if len(x) > edge and x[edge - 1] == " " and x[edge] != " "
          and all(_free(x, c) for c in range(g, edge))]
    if len(at) < settings.min_lines:
        return None
    # the run: the lines around the right block's, each with its gutter blank
    start, end = at[0], at[-1] + 1
    while start > 0 and lines[start - 1].strip() and all(_free(lines[start - 1], c) for c in range(g, edge)):
        start -= 1
    while end < len(lines) and lines[end].strip() and all(_free(lines[end], c) for c in range(g, edge)):
        end += 1
    if any(not all(_free(x, c) for c in range(g, edge)) for x in lines[start:end]):
        return None
    if not any(_roll_heading(lines[k][edge:]) for k in at) or \
            not any(lines[k][:g].strip() for k in range(start, end)) or all(lines[k][:g].strip() for k in at):
        return None
    if not any(_DATED.search(x[:g]) for x in lines[start:end]):
        return None  # a title block dates its meeting ("2025-01-21", "Årsmöte 15/3 2025"); a label column does not
    if any(label_kind(x[:g].strip()) for x in lines[start:end] if x[:g].strip()):
        return None  # a bare label at the left ("Beslutande", "Utses att justera"): a label column beside its values
    if any(len(x[:g].split()) > settings.max_left_words for x in lines[start:end]) \
            or any(_right_start(x, g) != edge for x in lines[start:end] if x[edge:].strip() and x[:g].strip()):
        return None
    return start, end
