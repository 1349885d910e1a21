"""A word processor's line numbers in text as pdftotext gives it: blanked (length-preserving, so spans still hold).

Minutes printed with line numbering ("1", "2", … in the margin beside each line, restarting on each page or running
on) come out of ``pdftotext -layout`` as a column of numbers at each line's head ("   12   Nämnden beslutar …",
a numbered empty line as a bare "   13"), and out of plain ``pdftotext`` as lines of their own between the text's
blocks ("7", "10", "8" / "9" for empty lines, out of order). Read so, "12 Nämnden …" and "§ 31" after a bare "9"
head no item. The PDF reader drops them from the page (``read.pdf.drop_line_numbers``); this does it for text.

A table's column of row or item numbers is left alone: it counts its rows, not the page's every line, so it stands
beside fewer lines (the column form), runs without text between (the bare form) or numbers far fewer lines than
the text holds.
"""
from __future__ import annotations

import re

from protokoll import regexes

# --- the column form (pdftotext -layout) ---
# At least COLUMN_MIN numbers at one column, counting up (by one at COLUMN_STEP_SHARE of the steps at least),
# beside at least COLUMN_SHARE of the non-blank lines between the first and the last, nothing left of them.
COLUMN_MIN = 5
COLUMN_STEP_SHARE = 0.8
COLUMN_SHARE = 0.8
# At least COLUMN_TEXT_SHARE of the numbered lines hold text: a column of bare numbers is a table's row numbers
# pdftotext printed before their cells.
COLUMN_TEXT_SHARE = 0.5
# At most COLUMN_LEFT_MAX lines between them stand left of them (a page head or foot pdftotext put among them).
COLUMN_LEFT_MAX = 2
# The document is numbered by line only if some page's column is no item numbering: at least COLUMN_LONG numbers,
# or a numbered line that is no item's head: a bare number (a numbered empty line), a number before a line that
# runs on in lower case (a wrapped sentence's second line) or before a heading that has its own number ("3   §1",
# "6   1. Lärarförsörjning").
COLUMN_LONG = 20
# "gemensamt traineeprogram …" (not a sub-item's "a)"), "§1", "1. Lärarförsörjning"
_NO_HEAD = regexes.compile(r"[a-zåäöéü]{2,}\b(?![.)])|§|\d{1,3}[.)]\s")
_COLUMN_NUMBER = regexes.compile(r"^(?P<pad> *)(?P<num>\d{1,4})(?: +(?P<rest>\S)|\s*$)")

# --- the bare form (plain pdftotext) ---
# At least ALONE_MIN lines that hold only a number, the least 1 or the one after the page before's greatest
# (numbering that runs on); their numbers all different but for ALONE_REPEATS_SHARE of them (a table's cells
# "1" among them), and covering ALONE_COVER_SHARE of the range from the least to the greatest at least; text between at least
# ALONE_APART_SHARE of two numbers next to each other; and the range about as long as the text lines it numbers
# (from ALONE_LINES_LOW to ALONE_LINES_HIGH times their count: an item numbering counts items, not lines).
ALONE_MIN = 8
ALONE_REPEATS_SHARE = 0.15
ALONE_COVER_SHARE = 0.8
ALONE_APART_SHARE = 0.5
ALONE_LINES_LOW, ALONE_LINES_HIGH = 0.5, 2.0
# Line numbers come out of order or with jumps: a block of several lines has one number before it ("7" / "10" /
# four lines) and the others elsewhere (the numbers of empty lines at the page's end). Numbers one a block, each
# the one after the number before, are items numbered 1, 2, 3 … : left alone.
_ALONE = regexes.compile(r"^\s*(\d{1,4})\s*$")


def _blank(line: str, start: int, end: int) -> str:
    return line[:start] + " " * (end - start) + line[end:]


def _column(lines: list[str]) -> tuple[list[int], bool] | None:
    """The page's line-number column (the indexes of its lines) and whether it shows a line-numbering clue."""
    found = [(k, m) for k, line in enumerate(lines) if line[:1] in " 0123456789" and (m := _COLUMN_NUMBER.match(line))]
    if len(found) < COLUMN_MIN:
        return None
    by_start: dict[int, list] = {}
    by_end: dict[int, list] = {}
    for k, m in found:
        by_start.setdefault(m.start("num"), []).append((k, m))
        by_end.setdefault(m.end("num"), []).append((k, m))
    best = max(list(by_start.values()) + list(by_end.values()), key=len)
    values = [int(m.group("num")) for _, m in best]
    if len(best) < COLUMN_MIN or any(b <= a for a, b in zip(values, values[1:])):
        return None
    if sum(b == a + 1 for a, b in zip(values, values[1:])) < COLUMN_STEP_SHARE * (len(values) - 1):
        return None
    if sum(m.group("rest") is not None for _, m in best) < COLUMN_TEXT_SHARE * len(best):
        return None
    first, last = best[0][0], best[-1][0]
    numbered = {k for k, _ in best}
    left = max(m.end("num") for _, m in best)
    span = [k for k in range(first, last + 1) if lines[k].strip()]
    if len(numbered) < COLUMN_SHARE * len(span):
        return None
    if sum(len(lines[k]) - len(lines[k].lstrip()) < left for k in span if k not in numbered) > COLUMN_LEFT_MAX:
        return None
    clue = len(best) >= COLUMN_LONG or \
        any(m.group("rest") is None or _NO_HEAD.match(lines[k], m.start("rest")) for k, m in best)
    return sorted(numbered), clue


def _alone(lines: list[str], after: int) -> tuple[list[int], int] | None:
    """The page's lines that are line numbers of their own and the greatest of them, or None; ``after`` is the
    greatest line number of the page before (0 if it had none)."""
    # (a number alone ends in a digit or a space: \d is what isdecimal() answers, \s what isspace() does; the test
    # spares most lines the pattern)
    found = [(k, int(m.group(1))) for k, line in enumerate(lines)
             if (line[-1:].isdecimal() or line[-1:].isspace()) and (m := _ALONE.match(line))]
    if len(found) < ALONE_MIN:
        return None
    values = [v for _, v in found]
    low, high = min(values), max(values)
    if low not in (1, after + 1) or len(values) - len(set(values)) > ALONE_REPEATS_SHARE * len(values) or len(set(values)) < ALONE_COVER_SHARE * (high - low + 1):
        return None
    if all(b == a + 1 for a, b in zip(values, values[1:])):
        return None  # one number a block, in order: items numbered 1, 2, 3 … 
    index = {k for k, _ in found}
    apart = sum(any(lines[j].strip() for j in range(a + 1, b)) for (a, _), (b, _) in zip(found, found[1:]))
    if apart < ALONE_APART_SHARE * (len(found) - 1):
        return None
    text = sum(1 for k in range(found[0][0], found[-1][0] + 1) if k not in index and lines[k].strip())
    if not ALONE_LINES_LOW * text <= high - low + 1 <= ALONE_LINES_HIGH * text:
        return None
    return sorted(index), high


# The lines _COLUMN_NUMBER and _ALONE find, found in a whole page at once (whitespace but the line break where they
# read a line's \s): a page with fewer than COLUMN_MIN and ALONE_MIN of them has neither form of line numbers.
_COLUMN_LINE = regexes.compile(r"^ *\d{1,4}(?: +\S|[^\S\n]*$)", re.MULTILINE)
_ALONE_LINE = regexes.compile(r"^[^\S\n]*\d{1,4}[^\S\n]*$", re.MULTILINE)


def _may_be_numbered(page: str) -> bool:
    return len(_COLUMN_LINE.findall(page)) >= COLUMN_MIN or len(_ALONE_LINE.findall(page)) >= ALONE_MIN


def blank(pages: list[str]) -> list[str]:
    """The pages with their line numbers (either form) blanked out."""
    if not any(map(_may_be_numbered, pages)):
        return list(pages)  # (most documents: no page is read line by line)
    split = [p.split("\n") for p in pages]
    columns = [_column(lines) for lines in split]
    numbered_doc = any(c and c[1] for c in columns)
    out, after = [], 0
    for page, lines, column in zip(pages, split, columns):
        alone = None
        if numbered_doc and column:
            for k in column[0]:
                m = _COLUMN_NUMBER.match(lines[k])
                lines[k] = _blank(lines[k], m.start("num"), m.end("num"))
        elif (alone := _alone(lines, after)) is not None:
            for k in alone[0]:
                lines[k] = " " * len(lines[k])
        else:
            out.append(page)  # nothing blanked (most pages): the page as it came, not joined again
            after = 0
            continue
        after = alone[1] if alone else 0
        out.append("\n".join(lines))
    return out
