"""The words item tables head their columns with (Punkt | Vad | Ansvar), as named data, and how a header
row is told by them.

The reader (``read.pdf``: is this page a table?), the cleaner (``clean.cells``: tables given one cell a
paragraph) and the parser (``parse.tables``: rows back into minutes) all know a header by these words, so
they live here, below all three, and import nothing of the package.
"""
from __future__ import annotations

import re

from protokoll import regexes

NUMBER, TEXT, ACTION, RESPONSIBLE = 0, 1, 2, 3
# Header words per column role; a header cell starts with one of them ("Diskussion/beslut", "Klart till").
# An action column ("Åtgärd", "Beslut") after the text column holds the row's decisions and tasks; standing
# first after the number, it is the text column itself ("Punkt | Beslut | Ansvar").
HEADER_WORDS: tuple[tuple[str, ...], ...] = (
    ("Punkt", "Nr", "§", "#"),
    ("Vad", "Ärende", "Ämne", "Beskrivning", "Diskussionspunkt", "Diskussion", "Noteringar", "Innehåll", "Fråga",
     "Rubrik", "Anteckningar", "Kommentarer", "Kommentar"),
    ("Åtgärder", "Åtgärd", "Beslut"),
    ("Ansvarig", "Ansvar", "Vem", "Klart till", "Klart", "Klar", "När", "Datum", "Deadline", "Tidplan", "Senast"),
)
# The number column's title whose numbers are the items' paragraphs ("§ | Ärende och beslut": "56" under it is
# "§ 56", as the text of the minutes writes it)
PARAGRAPH_SIGN = "§"
# Responsible columns that hold a date: their cells become "Klart till: X", as "Ansvar:" gives people; beside
# an "Ansvar:" cell the date joins it as "Ansvar: X, senast D".
DUE_WORDS = ("Klart till", "Klart", "Klar", "När", "Datum", "Deadline", "Tidplan", "Senast")
HEADER_CELL_WORDS = 3  # a longer cell is text, not a column header

ROLE_OF = {w.lower(): role for role, words in enumerate(HEADER_WORDS) for w in words}
NUMBER_TITLES = frozenset(w.lower() for w in HEADER_WORDS[NUMBER])
DUE_TITLES = frozenset(w.lower() for w in DUE_WORDS)
ANY_WORD = "|".join(re.escape(w) for w in sorted(ROLE_OF, key=len, reverse=True))
HEADER_CELL = regexes.compile(r"(%s)(?:$|[\s/.:,])" % ANY_WORD, re.IGNORECASE)
# A number after the number column's word ("§ 11", "Punkt 3", "Nr 4"): an item's own label, never a column title.
_NUMBERED_CELL = regexes.compile(r"\d")


def header_roles(texts: list[str], max_words: int = HEADER_CELL_WORDS) -> list[int] | None:
    """The column role of each cell, when the cells are an item-table header: number, text, then
    any action and responsible columns; None for any other row."""
    if len(texts) < 2:
        return None
    roles = []
    for text in texts:
        m = HEADER_CELL.match(text)
        if not m or len(text.split()) > max_words:
            return None
        role = ROLE_OF[m.group(1).lower()]
        if role == NUMBER and _NUMBERED_CELL.search(text):
            # "§ 11     Beslut om resultatdisposition", "§ 5     Fråga om ansvarsfrihet": a numbered paragraph and
            # its short title set apart in a layout's columns, not the number column's title over a table
            return None
        roles.append(role)
    if roles[1] == ACTION and roles.count(ACTION) == 1:
        roles[1] = TEXT  # "Punkt | Beslut | Ansvar": the decisions are the rows' text
    if roles[0] != NUMBER or roles[1] != TEXT or roles.count(NUMBER) > 1 or roles != sorted(roles):
        return None
    return roles


def column_titles(cells: list[str], max_words: int = HEADER_CELL_WORDS) -> bool:
    """Whether two or more cells are all column titles of an item table, in any order ("Ärende | Beslut / åtgärd",
    a two-column minutes layout without a number column): a row of titles, nobody's name."""
    return len(cells) >= 2 and all(HEADER_CELL.match(c) and len(c.split()) <= max_words
                                   and not _NUMBERED_CELL.search(c) for c in cells)


def is_header(cells: list[str]) -> bool:
    """Whether these cell texts, left to right, are the header row of an item table."""
    return header_roles(cells) is not None
