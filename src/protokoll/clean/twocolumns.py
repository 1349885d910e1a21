"""A page set in two columns of running text, as ``pdftotext -layout`` prints it: read column after column.

-layout keeps the page's geometry, so a page in two columns (a landscape page, a newsletter-like association
minutes page) comes out with each line holding a line of the left column, a gap, and a line of the right column
("§ 1 Mötets öppnande          Nästa styrelsemöte hålls onsdag …"); read line by line the two columns' sentences and
items interleave. The PDF reader reads such a page column by column from the characters' boxes; for the text
this finds the gutter (GUTTER_SPACES columns blank on every line of a run of lines) and prints the run's left
column, then its right column.

A label column beside its values (a header table, a roll, "Sekreterare ….   Ordförande ….") has a gutter too: it is
left alone, as only running text fills both columns with long lines (PROSE_LINES lines of at least PROSE_WORDS
words on each side), and running text in one column crosses any gutter.
"""
from __future__ import annotations

from collections import Counter

from protokoll import regexes

GUTTER_SPACES = 2  # blank columns side by side on every line of the run
PROSE_WORDS = 6
PROSE_LINES = 3
EDGE_MIN = 20  # the gutter at least this many columns from the page's left and right text edges
WIDTH_RATIO_MAX = 1.25  # the wider column's measure at most this times the narrower's
PAGE_WIDTH_MAX = 400  # -layout prints a landscape A4 page in about 250 columns: a longer line is no page's
_GAPPED = regexes.compile(r"\S {2,}\S")


def _free(line: str, c: int) -> bool:
    return c >= len(line) or line[c] == " "


_CELL_GAP = regexes.compile(r"\s{2,}")


def _prose(parts: list[str]) -> int:
    """How many of ``parts`` hold running text: PROSE_WORDS words in a row with one space between (a table's
    row has its cells apart)."""
    return sum(any(len(cell.split()) >= PROSE_WORDS for cell in _CELL_GAP.split(p)) for p in parts)


def _even(run: list[str], g: int) -> bool:
    """Whether the two columns have about one measure (WIDTH_RATIO_MAX): a page set in two columns splits it in
    halves, while a label column beside its text, or a title block beside a roll, is narrower than the text."""
    lefts = [x[:g] for x in run if x[:g].strip()]
    rights = [x for x in run if x[g:].strip()]
    left = max(len(x.rstrip()) for x in lefts) - min(len(x) - len(x.lstrip()) for x in lefts)
    right = max(len(x.rstrip()) for x in rights) - min(_right_start(x, g) for x in rights)
    return max(left, right) <= WIDTH_RATIO_MAX * min(left, right)


def _runs(lines: list[str], g: int):
    """Runs (start, end) of lines whose columns g … g + GUTTER_SPACES - 1 are all blank."""
    start = None
    for k, line in enumerate(lines + ["x" * (g + GUTTER_SPACES)]):
        free = all(_free(line, c) for c in range(g, g + GUTTER_SPACES))
        if free and start is None:
            start = k
        elif not free and start is not None:
            yield start, k
            start = None


_PROSE_RUN = regexes.compile(r"\S+(?: \S+){%d,}" % (PROSE_WORDS - 1))


def _gutters(lines: list[str]) -> list[int]:
    """The columns a gutter may start at: just left of running text that starts right of the page's left part
    (GUTTER_SPACES before it), where at least PROSE_LINES lines have some. A page without is no page in two columns (and this
    keeps the search to a few columns)."""
    starts: dict[int, int] = {}
    gap = " " * GUTTER_SPACES
    for line in lines:
        # A start needs the gutter's spaces right before it, at EDGE_MIN or further right: a line without them
        # there (most lines of a page in one column) is spared the pattern's walk over its words.
        if line.find(gap, EDGE_MIN) < 0:
            continue
        for m in _PROSE_RUN.finditer(line, EDGE_MIN + GUTTER_SPACES):
            if line[m.start() - GUTTER_SPACES:m.start()] == " " * GUTTER_SPACES:
                starts[m.start()] = starts.get(m.start(), 0) + 1
    if sum(starts.values()) < PROSE_LINES:
        return []
    width = max((len(x.rstrip()) for x in lines), default=0)
    return sorted(s - GUTTER_SPACES for s in starts if EDGE_MIN <= s - GUTTER_SPACES < width - EDGE_MIN)


def _best_split(lines: list[str]) -> tuple[int, int, int] | None:
    """(start, end, gutter) of the longest run of lines in two columns of running text, or None."""
    best = None
    for g in _gutters(lines):
        for start, end in _runs(lines, g):
            if best is not None and end - start <= best[1] - best[0]:
                continue
            run = lines[start:end]
            left = [x[:g].strip() for x in run]
            right = [x[g:].strip() for x in run]
            if _prose(left) >= PROSE_LINES and _prose(right) >= PROSE_LINES and _even(run, g):
                best = (start, end, g)
    return best


def _right_start(line: str, g: int) -> int:
    return len(line) - len(line[g:].lstrip())


def split(page: str) -> str:
    """``page`` with its run of two columns of running text (if any) printed left column first."""
    lines = page.split("\n")
    if len(lines) < 2 * PROSE_LINES or not 2 * EDGE_MIN + GUTTER_SPACES <= max(map(len, lines)) <= PAGE_WIDTH_MAX:
        return page
    # no line holds two columns' text (the pattern asked only of lines with a gap at all: a C scan finds those)
    if sum(1 for x in lines if "  " in x and _GAPPED.search(x)) < PROSE_LINES:
        return page
    found = _best_split(lines)
    if found is None:
        return page
    start, end, g = found
    # the gutter's leftmost column: a line of the page's own (a centred "–1–") right of it is no left column's
    g = next(c for c in range(EDGE_MIN, g + 1)
             if all(_free(x, c + k) for x in lines[start:end] for k in range(GUTTER_SPACES)))
    # the right column's lines start at one column; a line under the run that starts elsewhere on the right with
    # nothing on the left (a centred page number "–1–") is the page's, not the column's
    starts = Counter(_right_start(x, g) for x in lines[start:end] if x[g:].strip())
    edge = starts.most_common(1)[0][0]
    while end > start and (not lines[end - 1].strip() or (not lines[end - 1][:g].strip() and
                                                          _right_start(lines[end - 1], g) != edge)):
        end -= 1
    run = lines[start:end]
    # a column's line is blank beside the other column's text: no gap in its own text (only a line blank on
    # both sides is one)
    left = [x[:g].rstrip() for x in run if x[:g].strip() or not x.strip()]
    right = [x[edge:].rstrip() for x in run if x[g:].strip() or not x.strip()]
    return "\n".join(lines[:start] + left + [""] + right + lines[end:])
