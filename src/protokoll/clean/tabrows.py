"""A word processor's table copied as text (one row a line, its cells apart by tabs) laid out in columns,
as ``pdftotext -layout`` prints a table: every column at one position.

Copied out of Word or a web page, "3<TAB>Ekonomi<TAB>Mats redovisade ... Styrelsen beslutade att ...<TAB>Mats
Ekdahl<TAB>2025-11-01" keeps each cell whole on one line, so the cells of two rows stand at different
positions and no column reader can line them up: the row's notes, its "Ansvarig" and its deadline ran
together. Padded to their column's width, the same rows are the table the column readers already know
(clean.columns, parse.tables). A row stays one line, a cell is not wrapped: where a sentence starts a line
decides whether it starts a new decision (spec, "a table cell is read the same way"), and in the copied
text each cell is one line. Tabs that only part a label from its value, or the columns of an already
laid-out row, come out as before: a column gap.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TabTableSettings:
    min_rows: int = 3  # a table: a heading row and two rows under it, each with as many cells
    min_columns: int = 3  # two cells a line are a label and its value, read as they are
    gap: int = 4  # spaces between two columns, as a tab has become everywhere else


TAB_TABLE = TabTableSettings()


def lay_out_tab_tables(text: str, settings: TabTableSettings = TAB_TABLE) -> str:
    """``text`` with every run of tab-parted rows of one shape laid out in columns; the rest as it is."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        cells = _cell_count(lines[k])
        end = k + 1
        while end < len(lines) and cells >= settings.min_columns and _cell_count(lines[end]) == cells:
            end += 1
        if cells >= settings.min_columns and end - k >= settings.min_rows:
            out.extend(_laid_out([_cells(line) for line in lines[k:end]], settings.gap))
        elif (ragged := _ragged_end(lines, k, cells, settings)) is not None:
            rows = [_cells(line) for line in lines[k:ragged]]
            out.extend(_laid_out([row + [""] * (cells - len(row)) for row in rows], settings.gap))
            end = ragged
        else:
            out.extend(lines[k:end])
        k = end
    return "\n".join(out)


def _ragged_end(lines: list[str], k: int, cells: int, settings: TabTableSettings) -> int | None:
    """Where a table under the heading row ``lines[k]`` ends whose rows leave their last cells out (a web page's
    table saved as text drops a row's empty cells after its last mark: "Siv Hallin (S)<TAB>Hedby" under
    "Ordinarie ledamöter<TAB>Kommun<TAB>Tjg<TAB>Ej tjg"); None where the rows under it are too few or too short."""
    if cells < settings.min_columns:
        return None
    end, full = k + 1, 0
    while end < len(lines) and 2 <= _cell_count(lines[end]) <= cells:
        full += _cell_count(lines[end]) >= settings.min_columns
        end += 1
    return end if end - k >= settings.min_rows and full >= settings.min_rows - 1 else None


def _cell_count(line: str) -> int:
    return line.count("\t") + 1 if "\t" in line else 0


def _cells(line: str) -> list[str]:
    return [" ".join(cell.split()) for cell in line.split("\t")]


def _laid_out(rows: list[list[str]], gap: int) -> list[str]:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    return [(" " * gap).join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
