"""A table's cells given one by one, put back on rows.

Plain ``pdftotext`` (no ``-layout``) and other extractions that follow a PDF's content stream give a
word processor's table cell after cell: an item table's cells a paragraph each, a list of roles and
names without a header, an item's number apart from its title ("1.1" / "Mötets öppnande"), and a row of
signatures name after name, then role after role. The parser reads
rows the way ``pdftotext -layout`` prints them, so these are printed so again: the cells of one row on
one line, padded to their column's width with at least ``gap`` spaces between them.

Only runs that prove to be a table are touched: an item table's header over numbered rows, roles over
names, lone item numbers over titles, names over the signing roles. Presence tables given so are the
attendance reader's (``parse.celltables``): it knows their columns and the empty cells they leave out.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from protokoll import regexes
from protokoll.vocab import conventions as cv
from protokoll.vocab import labels, lists
from protokoll.vocab.names import is_first_name
from protokoll.vocab.conventions import wrapped_title
from protokoll.clean.columns import LISTS
from protokoll.clean.furniture import FOOT_LINE, LEADERS
from protokoll.tableheads import (ACTION, DUE_TITLES, HEADER_WORDS, NUMBER, NUMBER_TITLES, PARAGRAPH_SIGN,
                                  RESPONSIBLE, TEXT, header_roles, is_header)


@dataclass(frozen=True)
class CellSettings:
    max_cell_chars: int = 40  # a longer line is text, not a table cell
    max_columns: int = 6  # a table given cell by cell has at most this many columns
    gap: int = 3  # spaces between two cells of a rebuilt row (two or more are a column gap to the parser)
    min_bare_numbers: int = 3  # bare lone numbers ("3") over titles: a page has this many, counting up
    max_lead_chars: int = 60  # a number ending a paragraph after a longer line is that line's wrapped end
    heading_words: int = 8  # a heading apart from its text is no longer ...
    sentence_words: int = 6  # ... and the text under it starts with a line of at least this many words
    min_headings_apart: int = 2  # headings apart from their text: a page has this many


CELLS = CellSettings()

# An item number alone: "1.", "1.1", "2)", "Punkt 3", "§ 12", "Ärende 4"; a bare "3" only in a counting run.
LONE_NUMBER = regexes.compile(r"^(?:(?:Punkt|Ärende|§)\s*\d{1,3}|\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+)$")
BARE_NUMBER = regexes.compile(r"^\d{1,2}$")
# A heading without a number: capitalised, no final stop, colon or comma.
HEADING_LINE = regexes.compile(r"^[A-ZÅÄÖÉ][^.:;,!?]*[^\W_]$")
NUMBERED_LINE = regexes.compile(r"^\s*(?:(?:[A-ZÅÄÖ]{2,6}\s*)?§\s*\d|\d{1,3}(?:\.\d{1,2})*[.)]?\s+[A-ZÅÄÖ])")
ITEM_LABEL = regexes.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s*)?[§$&8]{0,2}\s*\d{1,3}\b(?!\s*[a-zåäö])|.*\bDnr\b", re.IGNORECASE)
CLOCK = regexes.compile(r"\b(?:kl|klockan)\.?$", re.IGNORECASE)  # a time follows
# The roles under a row of signatures, and the labels over it ("Vid protokollet", "Justeras").
SIGNING_ROLES = frozenset({"ordförande", "mötesordförande", "sekreterare", "mötessekreterare", "justerare",
                           "justerande", "protokollförare", "protokolljusterare", "vice ordförande",
                           "ordförande/justerare", "justerare/rösträknare", "rösträknare", "stämmoordförande",
                           "årsmötesordförande"})
SIGNING_LABELS = frozenset({"vid protokollet", "justeras", "justerat", "justeras av", "ordförande", "sekreterare",
                            "justerare", "underskrifter", "protokollförare"})
# The longest of these words: lower() never shortens a text, so a longer paragraph is none of them
# (the tests run on every paragraph of every page).
_NUMBER_TITLE_CHARS = max(map(len, NUMBER_TITLES))
_SIGNING_ROLE_CHARS = max(map(len, SIGNING_ROLES))
_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "la", "du"})


# A laid-out line's cells: runs of text two or more spaces apart.
_LAID_OUT_CELL = regexes.compile(r"\S+(?: \S+)*")
# What parts two of them on one line: a run of whitespace but line breaks between two characters, other than
# a single space. A line has two cells or more exactly where such a run stands in it. The pattern finds the runs
# (each whole: it starts at a run's first character, and runs to its end), led by a class so that re skips from
# one whitespace character to the next; _gapped_lines tests what stands on either side.
_CELL_GAP = regexes.compile(r"[^\S\n](?:[^\S\n]+|(?<! ))")
# Whitespace other than the space and the line break (tabs, no-break spaces, the typographic spaces): a page
# with none of these and no two spaces running has no line of two cells, told by `in` alone, without the
# pattern's look at every space between two words. (No whitespace character stands above U+3000.)
_OTHER_SPACES = tuple(regexes.compile(r"[^\S \n]").findall("".join(map(chr, range(0x3001)))))


def glue_wrapped_titles(page: str, settings: CellSettings = CELLS) -> str:
    """A table header whose titles a narrow cell wrapped, as ``pdftotext -layout`` prints it: "Ledamöter
    Tjänstgörande   Närvarand" over "ersättare   e§", each piece right under its title's start. The pieces
    are put back ("Tjänstgörande ersättare", "Närvarande§") and their line dropped, where every piece makes a
    column title with the title above it and the line above holds at least two cells."""
    # Only a line of two cells or more can hold the titles: those lines are found in one scan of the page, and
    # a page of running text (most are) is done with that.
    gapped = _gapped_lines(page) if "  " in page or any(c in page for c in _OTHER_SPACES) else None
    if not gapped:
        return page
    lines = page.split("\n")
    k = 0
    joined_lines = 0  # lines[k] is the page's line k + joined_lines
    while k + 1 < len(lines):
        if k + joined_lines not in gapped and not _under_cells(lines, k, gapped, joined_lines):
            k += 1
            continue
        above, below = _laid_out_cells(lines[k]), _laid_out_cells(lines[k + 1])
        glued = dict(above) if below else None
        for start, piece in below if glued is not None else ():
            head = glued.get(start)
            joined = None if head is None else wrapped_title(head, piece)
            if joined is None:
                glued = None
                break
            glued[start] = joined
        if glued is not None:
            text = ""
            for start, cell in sorted(glued.items()):
                text += " " * max(start - len(text), settings.gap if text else 0) + cell
            lines[k:k + 2] = [text]
            joined_lines += 1
        k += 1
    return "\n".join(lines)


def _under_cells(lines: list[str], k: int, gapped, joined_lines: int) -> bool:
    """Whether ``lines[k]`` is a title's wrapped piece under a header of two cells or more, at one of its cells'
    starts ("Anteckningar/" over "Tjänstgörande" over "ersättare", a title wrapped over three lines): the piece
    under it may glue to it."""
    if k == 0 or k - 1 + joined_lines not in gapped or not lines[k].startswith(" "):
        return False
    starts = {start for start, _ in _laid_out_cells(lines[k - 1])}
    return all(start in starts for start, _ in _laid_out_cells(lines[k]))


# A column title's first part hyphenated a line above its cell ("När-" over "varo", a presence column too
# narrow for the word): the line holds only such parts, each at the start of a cell of the title row under it.
_HYPHENATED_PART = regexes.compile(r"^[^\W\d_]{2,}-$")


def glue_hyphenated_titles(page: str) -> str:
    """``page`` with each column title hyphenated over two lines whole again: "            När-" over
    "Ordinarie ledamöter           varo" is "Ordinarie ledamöter           Närvaro", where every piece of the
    upper line ends in a hyphen and stands right over a cell of a line of two cells or more."""
    if "-\n" not in page:
        return page
    lines = page.split("\n")
    k = 0
    while k + 1 < len(lines):
        above = _laid_out_cells(lines[k]) if lines[k].endswith("-") else []
        below = dict(_laid_out_cells(lines[k + 1])) if above else {}
        if len(below) >= 2 and all(_HYPHENATED_PART.match(part) and below.get(start, "")[:1].islower()
                                   for start, part in above):
            for start, part in above:
                below[start] = part[:-1] + below[start]
            text = ""
            for start, cell in sorted(below.items()):
                text += " " * max(start - len(text), CELLS.gap if text else 0) + cell
            lines[k:k + 2] = [text]
        k += 1
    return "\n".join(lines)


def _gapped_lines(page: str) -> set[int]:
    """Indexes of the lines of ``page`` that hold two cells or more (see _CELL_GAP)."""
    out: set[int] = set()
    line = at = 0
    for m in _CELL_GAP.finditer(page):
        start, end = m.span()
        if start and end < len(page) and not page[start - 1].isspace() and not page[end].isspace():
            line += page.count("\n", at, start)
            at = start
            out.add(line)
    return out


@labels.per_document  # a table's row is read as the line under one and as the line over the next
def _laid_out_cells(line: str) -> tuple[tuple[int, str], ...]:
    """(start, text) of each of a laid-out line's cells (see _LAID_OUT_CELL)."""
    return tuple((m.start(), m.group()) for m in _LAID_OUT_CELL.finditer(line))


def rebuild(page: str, settings: CellSettings = CELLS) -> str:
    """``page`` with the tables it gives cell by cell printed row by row; ``page`` itself where none."""
    if "\n\n" not in page:
        return page  # cells one by one stand in paragraphs of their own
    lines = _Lines(page.split("\n"))
    paras = _paragraphs(lines)
    singles = lines.read_singles(paras)
    bare = _counting_numbers(singles)
    item_table = _item_table_header(singles)
    column = _paragraph_column(lines, paras, singles)
    head, rows = column if column is not None else (None, set())
    if column is not None:
        bare, item_table = bare | rows, False  # each row's number over its title, "§" before it
    headings = _headings_apart(lines, paras, singles, settings)
    out: list[str] = []
    done = 0  # lines[:done] are in ``out``
    opens = _openings(lines, paras, singles, bare, settings)
    k = 0
    while k < len(paras):
        found = None
        if k == head:  # the "§ | Ärende och beslut" header's two cells: each row now names its "§"
            found = paras[k][0], paras[k + 1][1], [], k + 2
        for detector in opens.get(k, ()) if found is None else ():
            if detector is _numbered_title:
                found = None if item_table else _numbered_title(lines, paras, k, bare, settings)
                if found is not None and k in rows:
                    found = found[0], found[1], [f"{PARAGRAPH_SIGN} {found[2][0]}"] + found[2][1:], found[3]
            else:
                found = detector(lines, paras, k, settings)
            if found is not None:
                break
        if found is None and k in headings:  # the heading over its text, as a text source has it
            start, end = paras[k]
            found = start, paras[k + 1][1], lines[start:end] + lines[paras[k + 1][0]:paras[k + 1][1]], k + 2
        if found is None:
            k += 1
            continue
        start, end, new, k = found
        out += lines[done:start] + new
        done = end
    return "\n".join(out + lines[done:]) if done else page


def _openings(lines, paras, singles, bare, settings) -> dict[int, tuple]:
    """The detectors worth trying at each paragraph, in ``rebuild``'s order: each one's first test (the
    paragraph's last or first line a column title, a number title, a role, a lone number; a signing role a
    few paragraphs on), made once a paragraph, so a page of plain text costs one look at each line."""
    roles_at = [k for k, text in enumerate(singles) if text and _signing_role(text)]
    opens: dict[int, tuple] = {}
    window = 0  # roles_at[window] is the first signing role at k + 2 or later (k only grows)
    for k, (start, end) in enumerate(paras):
        last = singles[k] if end - start == 1 else " ".join(lines[end - 1].split())
        found = []
        if len(last) <= _NUMBER_TITLE_CHARS and last.lower() in NUMBER_TITLES:
            found.append(_item_rows)
        if len(last) <= settings.max_cell_chars and cv.is_role(last):
            found.append(_role_rows)
        while window < len(roles_at) and roles_at[window] < k + 2:
            window += 1
        if window < len(roles_at) and roles_at[window] < k + 3 * settings.max_columns:
            found.append(_signatures)  # a signing role where the row's roles would stand
        if k in bare or _lone_number(last):
            found.append(_numbered_title)
        if last[-1:].isdecimal() and len(last) <= settings.max_cell_chars and TALLY_CELL.match(last):
            found.append(_tally_row)
        if found:
            opens[k] = tuple(found)
    return opens


def _lone_number(text: str) -> bool:
    """LONE_NUMBER.match, after the cheap test of its last character (a digit, "." or ")"): it runs on
    every paragraph of every page."""
    return (text[-1:] in ".)" or text[-1:].isdecimal()) and LONE_NUMBER.match(text) is not None


def _signing_role(text: str) -> bool:
    """Whether ``text`` is a signing role, a colon after it or not (lower() never shortens a text)."""
    key = text.rstrip(":")
    return len(key) <= _SIGNING_ROLE_CHARS and key.lower() in SIGNING_ROLES


def _paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, end line) of every run of non-blank lines."""
    paras, start = [], None
    for i, line in enumerate(lines):
        if line and not line.isspace():  # line.strip(), without making the stripped copy
            if start is None:
                start = i
        elif start is not None:
            paras.append((start, i))
            start = None
    if start is not None:
        paras.append((start, len(lines)))
    return paras


class _Lines(list):
    """A page's lines with the text of each one-line paragraph kept: every detector asks for the next
    few paragraphs' texts at every paragraph, and a page may hold thousands."""

    def __init__(self, lines):
        super().__init__(lines)
        self.single: dict[tuple[int, int], str | None] = {}

    def read_singles(self, paras: list[tuple[int, int]]) -> list[str | None]:
        """``_one_line`` of every paragraph, in order, kept for the detectors' later asks."""
        texts = [" ".join(self[start].split()) if end - start == 1 else None for start, end in paras]
        self.single.update(zip(paras, texts))
        return texts


def _one_line(lines, para) -> str | None:
    cache = getattr(lines, "single", None)
    if cache is not None and para in cache:
        return cache[para]
    start, end = para
    text = " ".join(lines[start].split()) if end - start == 1 else None
    if cache is not None:
        cache[para] = text
    return text



@functools.lru_cache(maxsize=4096)  # asked of the same few cells again at every paragraph of a page
def _looks_like_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() or w in _PARTICLES for w in words) and \
        not any(ch.isdigit() for ch in text)


def _in_cells(line: str) -> bool:
    """Whether a line holds two cells or more (a column gap between two of its words)."""
    return len(_laid_out_cells(line.strip())) > 1


def _rows(cells: list[list[str]], gap: int) -> list[str]:
    """Rows of cells printed as ``pdftotext -layout`` does: each column as wide as its widest cell."""
    widths = [max(len(row[c]) if c < len(row) else 0 for row in cells) for c in range(max(map(len, cells)))]
    return [(" " * gap).join(cell.ljust(widths[c]) for c, cell in enumerate(row)).rstrip() for row in cells]



ROW_NUMBER = regexes.compile(r"^(?:§\s*)?(\d{1,3})[.)]?$")
# A responsible column's date ("2025-06-10", "10/6", "10 juni", "vecka 24") and a cell of people ("Ali Demir och
# Leo Vik", "Ahmed Nilsson, Lina Berg").
DUE = (r"(?:senast\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:\s+\d{4})?|\d{1,2}\s+[a-zåäö]{3,9}\.?(?:\s+\d{4})?|"
       r"(?:v\.?|vecka)\s*\d{1,2}|löpande|klart|omgående|nästa möte)")
DUE_CELL = regexes.compile(r"^%s$" % DUE, re.IGNORECASE)
# A date a narrow column wrapped over two lines ("2025-09-1" / "5"): the cell's lines joined by a space
# give "2025-09-1 5", which is mended where the two parts make a whole date.
_WRAPPED_DATE = regexes.compile(r"\b(\d{4}-\d{1,2}-?\d?)\s+(\d{1,2})\b")
_WHOLE_DATE = regexes.compile(r"\d{4}-\d{2}-\d{2}")


def mend_dates(text: str) -> str:
    """``text`` with each date that a cell's width wrapped put together again."""
    if "-" not in text:
        return text
    return _WRAPPED_DATE.sub(lambda m: m.group(1) + m.group(2) if _WHOLE_DATE.fullmatch(m.group(1) + m.group(2))
                             else m.group(0), text)


def _people(text: str) -> bool:
    parts = [p for p in re.split(r",|\s+och\s+|\s*/\s*", text) if p.strip()]
    return bool(parts) and len(text.split()) <= 8 and all(_looks_like_name(p.strip()) for p in parts)


def _item_rows(lines, paras, k, settings):
    """An item table given cell by cell ("Nr" / "Ärende" / "Beslut" / "Vem" / "När", then "1" / "Mötets
    öppnande" / ...): each row from its number to the next; pdftotext leaves an empty cell out, so the cells
    go to their columns by what they hold: a date to a due column, people to a responsible column (from the
    row's end), the rest to the text columns in order."""
    first = " ".join(lines[paras[k][1] - 1].split())
    if first.lower() not in NUMBER_TITLES:
        return None  # an item table's header starts with its number column ("Nr", "Punkt", "§")
    header = [first]
    for p in paras[k + 1:k + settings.max_columns]:
        text = _one_line(lines, p)
        if text is None or len(text.split()) > 3:
            break
        header.append(text)
    while len(header) >= 2 and not is_header(header):
        header.pop()
    # a number and a text column alone are read as they stand (the item-table reader takes them so)
    if len(header) < 3 or not ROW_NUMBER.match(_one_line(lines, paras[k + len(header)]) or "" if
                                                 k + len(header) < len(paras) else ""):
        return None
    roles = header_roles(header)
    due = {c for c, h in enumerate(header) if roles[c] == RESPONSIBLE and h.lower().rstrip(":") in DUE_TITLES}
    who = [c for c, r in enumerate(roles) if r == RESPONSIBLE and c not in due]
    texts = [c for c, r in enumerate(roles) if r in (TEXT, ACTION)]
    rows = [[[h] for h in header]]
    at = k + len(header)
    while at < len(paras):
        number = _one_line(lines, paras[at])
        if number is None or not ROW_NUMBER.match(number):
            break
        cells = []
        at += 1
        while at < len(paras) and len(cells) < len(header) - 1:
            text = _one_line(lines, paras[at])
            if text is not None and ROW_NUMBER.match(text):
                break
            block = [" ".join(line.split()) for line in lines[paras[at][0]:paras[at][1]]]
            if block[0].lower().rstrip(":") in SIGNING_LABELS:
                break
            cells.append(block)
            at += 1
        row: list[list[str]] = [[] for _ in header]
        row[roles.index(NUMBER)] = [number]
        free_due, free_who = sorted(due), list(who)
        while len(cells) > 1:  # from the row's end: dates, then people; the first cell is the title
            joined = mend_dates(" ".join(cells[-1]))
            if free_due and DUE_CELL.match(joined):
                cells.pop()
                row[free_due.pop()] = [joined]
            elif free_who and _people(joined):
                row[free_who.pop()] = cells.pop()
            else:
                break
        for n, cell in enumerate(cells):
            column = texts[min(n, len(texts) - 1)]
            row[column] = row[column] + cell
        rows.append(row)
    if len(rows) < 2:
        return None
    widths = [max(len(line) for row in rows for line in row[c] or [""]) for c in range(len(header))]
    out = []
    for row in rows:
        for i in range(max(len(cell) for cell in row)):
            out.append((" " * settings.gap).join(
                (row[c][i] if i < len(row[c]) else "").ljust(widths[c]) for c in range(len(header))).rstrip())
        out.append("")
    return paras[k][1] - 1, paras[at - 1][1], out[:-1], at


# A vote's count in a cell of its own: "Ja: 31", "Nej 11", "Avstår: 2" (a row of them, one a paragraph).
TALLY_CELL = regexes.compile(r"^(?:ja|nej|avstår|avstod|avstående|blanka|för|emot|mot)(?:-?röster)?\s*:?\s*\d{1,3}$",
                             re.IGNORECASE)
MIN_TALLY_CELLS = 2  # a row of a vote's counts given cell by cell holds at least this many


def _tally_row(lines, paras, k, settings):
    """A vote's counts given one cell a paragraph ("Ja: 31" / "Nej: 11" / "Avstår: 2"), as plain pdftotext
    gives a row of them: on one line again, cells ``gap`` spaces apart, as the layout prints them."""
    cells, at = [" ".join(lines[paras[k][1] - 1].split())], k + 1
    while at < len(paras) and len(cells) < settings.max_columns:
        text = _one_line(lines, paras[at])
        if text is None or not TALLY_CELL.match(text):
            break
        cells.append(text)
        at += 1
    if len(cells) < MIN_TALLY_CELLS:
        return None
    return paras[k][1] - 1, paras[at - 1][1], _rows([cells], settings.gap), at


def _role_rows(lines, paras, k, settings):
    """A list of people in a table without a header, a role cell and a name cell a row ("Ordf." / "Elin
    Markusson" / "Kassör" / "Amir Haddad"), one cell a paragraph: role and name on one line again. The
    first role may end the paragraph before it, under the list's heading ("Närvarande" / "Ordf.")."""
    # (the name may end the paragraph of the list's heading: "Närvarande:" / "Gunilla Ek" / "Ordförande" / ...)
    if k and paras[k][1] - paras[k][0] == 1 and _looks_like_name(" ".join(lines[paras[k - 1][1] - 1].split())):
        return None  # a role after a name: a presence table's row given cell by cell (parse.celltables reads it)
    # Each paragraph is one cell: a line that holds a column gap already stands in its cells ("Fagersta
    # Malin Gyllby, kommunchef" is a row of a borderless roll table, its rows a paragraph apart), and two such rows
    # are no role and its name.
    rows, at = [], k
    while at + 1 < len(paras):
        role = " ".join(lines[paras[at][1] - 1].split()) if at == k else _one_line(lines, paras[at])
        name = _one_line(lines, paras[at + 1])
        if role is None or name is None or len(role) > settings.max_cell_chars or not cv.is_role(role) or \
                not _looks_like_name(name.split(",")[0]) or cv.is_role(name.split(",")[0]) or \
                _in_cells(lines[paras[at][1] - 1]) or _in_cells(lines[paras[at + 1][0]]):
            break
        rows.append([role, name])
        at += 2
    if len(rows) < 2:
        return None
    return paras[k][1] - 1, paras[at - 1][1], _rows(rows, settings.gap), at



def _signatures(lines, paras, k, settings):
    """A row of signatures given name after name, then role after role ("Elsa Norberg" / "Hugo Lindahl" /
    "Mötesordförande" / "Mötessekreterare"), with the labels over it where they stand the same way
    ("Vid protokollet" / "Justeras")."""
    texts = []
    for p in paras[k:k + 3 * settings.max_columns]:
        text = _one_line(lines, p)
        if text is None or len(text) > settings.max_cell_chars:
            break
        texts.append(text)
    keys = [t.lower().rstrip(":") for t in texts]
    roles = [key in SIGNING_ROLES for key in keys]
    if len(texts) < 4 or not any(roles[2:]):
        return None  # the cheap test first: no signing role where one would stand
    labels = [key in SIGNING_LABELS for key in keys]
    names = [not label and _looks_like_name(t) for t, label in zip(texts, labels)]
    for width in range(2, settings.max_columns + 1):
        if 2 * width <= len(texts) and all(names[:width]) and all(roles[width:2 * width]):
            rows = [texts[:width], texts[width:2 * width]]
            return paras[k][0], paras[k + 2 * width - 1][1], _rows(rows, settings.gap), k + 2 * width
        if 3 * width <= len(texts) and all(labels[:width]) and all(names[width:2 * width]) and \
                all(roles[2 * width:3 * width]):
            rows = [texts[:width], texts[width:2 * width], texts[2 * width:3 * width]]
            return paras[k][0], paras[k + 3 * width - 1][1], _rows(rows, settings.gap), k + 3 * width
    return None


def _headings_apart(lines, paras, singles, settings) -> set[int]:
    """Indexes of one-line headings that stand a paragraph apart from their text ("Regional kulturplan
    2026–2029" / blank / "Jeanette Falk presenterade ..."): Tesseract parts a heading from its text by the
    space the page leaves under it. A page without numbered items that does so ``min_headings_apart`` times."""
    if any(NUMBERED_LINE.match(line) for line in lines):
        return set()  # numbered items: an unnumbered line apart is a sub-topic, and stands apart as in the source
    found = []
    for k in range(len(paras) - 1):
        head = singles[k]
        # the cheap tests first (each is pure: their order changes nothing but the cost)
        if not head or not HEADING_LINE.match(head) or len(head.split()) > settings.heading_words:
            continue
        text = " ".join(lines[paras[k + 1][0]].split())
        if not text[:1].isupper() or len(text.split()) < settings.sentence_words:
            continue
        # under an item's label ("§ 24", "KF 855 Dnr ...", OCR's "§" misread) a line is that item's title
        under_label = k > 0 and ITEM_LABEL.match(" ".join(lines[paras[k - 1][1] - 1].split())) is not None
        if not under_label and not ITEM_LABEL.match(head) and \
                labels.section_of(head) is None and not head.lower().rstrip(":") in SIGNING_LABELS and \
                not _looks_like_name(head):
            found.append(k)
    return set(found) if len(found) >= settings.min_headings_apart else set()


def _counting_numbers(singles: list[str | None]) -> set[int]:
    """Indexes of paragraphs that are a bare number ("3") in a run that counts up on the page (``singles``:
    each paragraph's ``_one_line``)."""
    found = [(k, int(t)) for k, t in enumerate(singles) if t and len(t) <= 2 and BARE_NUMBER.match(t)]
    run: list[int] = []
    best: list[int] = []
    last = None
    for k, value in found:
        run = run + [k] if last is not None and value == last + 1 else [k]
        last = value
        if len(run) > len(best):
            best = run
    return set(best) if len(best) >= CELLS.min_bare_numbers else set()


# A row's number in a "§" column: "56", "1.", and a meeting's own item number "7/1"
PARAGRAPH_ROW = regexes.compile(r"^\d{1,3}(?:/\d{1,3})?\.?$")


def _paragraph_column(lines, paras, singles: list[str | None]) -> tuple[int, set[int]] | None:
    """A two-column item table "§ | Ärende och beslut" given cell by cell ("§" / "Ärende och beslut" / "56" /
    "Mötet öppnas" / ...): the index of its "§" cell and of the paragraphs after it that end in a row's number
    (the number may end the cell before it: pdftotext puts no blank line between them). None where the page has
    no such header, or a third column (the item-table rows' own reader takes those)."""
    for k in range(len(singles) - 2):
        if singles[k] != PARAGRAPH_SIGN or not singles[k + 1] or header_roles([PARAGRAPH_SIGN, singles[k + 1]]) != [
                NUMBER, TEXT] or not PARAGRAPH_ROW.match(singles[k + 2] or ""):
            continue
        return k, {j for j in range(k + 2, len(paras))
                   if PARAGRAPH_ROW.match(" ".join(lines[paras[j][1] - 1].split()))}
    return None


def _item_table_header(singles: list[str | None]) -> bool:
    """Whether the page holds an item table's header cell by cell ("Punkt" / "Vad"): its numbers are
    its rows' first cells, which the item-table reader (parse.tables) takes as they stand."""
    numbers, others, longest = _header_words()
    for a, b in zip(singles, singles[1:]):
        key = (a or "").rstrip(":")
        if len(key) <= longest and key.lower() in numbers and (b or "").lower().rstrip(":") in others:
            return True
    return False


@functools.cache
def _header_words() -> tuple[frozenset[str], frozenset[str], int]:
    """The item table's number-column titles and its other titles, lower case (tableheads.HEADER_WORDS,
    read once), and the longest number title (lower() never shortens a text: a longer cell is none)."""
    numbers = NUMBER_TITLES
    others = frozenset(w.lower() for words in HEADER_WORDS[NUMBER + 1:] for w in words)
    return numbers, others, max(map(len, numbers))


def _numbered_title(lines, paras, k, bare, settings):
    """An item's number alone ("1.1", "Punkt 3") over the paragraph its title starts: one line again."""
    # the number may end the paragraph before it ("Adjungerade: Ingrid Palm" / "1."), pdftotext puts no
    # blank line between the end of one table and the first cell of the next
    number = " ".join(lines[paras[k][1] - 1].split())
    if not (LONE_NUMBER.match(number) or k in bare) or k + 1 >= len(paras):
        return None
    if k and paras[k - 1][1] - paras[k - 1][0] == 1 and LONE_NUMBER.match(lines[paras[k - 1][0]].strip()):
        return None  # the last of a run of numbers ("§ 45" / "§ 46" / "§ 47"): a column of them, read before its cells
    if paras[k][1] - paras[k][0] > 1:
        lead = lines[paras[k][1] - 2].strip()
        if len(lead) > settings.max_lead_chars or CLOCK.search(lead):
            return None  # a line wrapped onto a number ("... förklarade årsmötet avslutat kl." / "20.40.")
    start, end = paras[k + 1]
    title = lines[start].strip()
    if not title[:1].isupper() or LONE_NUMBER.match(title) or BARE_NUMBER.match(title):
        return None
    # a contents entry ("Val av justerare ........"), a row of a laid-out text or page furniture under it
    if "   " in title or re.search(LEADERS, title) or FOOT_LINE.match(title):
        return None
    return paras[k][1] - 1, end, [f"{number} {title}"] + lines[start + 1:end], k + 2


# --- a roll's rows given cell by cell ---------------------------------------------------------------------
# Plain pdftotext prints a kommun's roll table ("Beslutande | name | party | role") beside its label column
# one cell a line, a row's cells in order: "Ulla Berggren" / "C" / "ordförande" / "Sten Moberg" / "M" /
# "vice ordförande" / "Fatima Rahimi" / "S". A row has a name and after it a party, a role or both; the party
# is what proves the run a roll (a name over a role is also a signature). The rows are written as a text roll
# writes them ("Ulla Berggren (C), ordförande"), so that the label column's pairing sees one entry a person.
@dataclass(frozen=True)
class RollCellSettings:
    min_rows: int = 2  # rows of a name and its cells in a run, so many of them with a party
    max_role_chars: int = 40  # a longer line after a party is text, not a role's cell


ROLL_CELLS = RollCellSettings()


def _party_cell(text: str) -> bool:
    return len(text) <= 4 and text.isupper() and cv.is_party_abbreviation(text)


def _mark_cell(text: str) -> bool:
    t = text.lower()
    return t in cv.TABLE_MARKS or t in cv.VOTE_VALUES or t in cv.PRESENCE_VALUES


def _role_cell(text: str, after_party: bool, settings: RollCellSettings) -> bool:
    """A role's cell: a role ("ordförande", "nämndsekreterare", "ekonomichef, § 114", "mark- och
    exploateringschef,"), or after a party any short line in lower case ("ersätter Anders Fors (S)",
    "1:e vice ordförande")."""
    if len(text) > settings.max_role_chars or not text or _mark_cell(text):
        return False  # ("ja", "x": a presence column's mark)
    role = text.split(",", 1)[0]
    return cv.is_role(role) and text[:1].islower() and (role == text or "§" in text or text.endswith(",")) \
        or after_party and (text[:1].islower() or text[:1].isdigit()) and not text.endswith(".")


# The items a row's note cell names ("§§ 112–116", "§ 115"): who attended part of the meeting.
_NOTE_CELL = regexes.compile(r"^§§?\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*$")


# A page's lines with their whitespace read as single spaces, kept for the last few pages: the roll steps and the
# number column's step each read every line of a page so, and each step that finds nothing hands the next the
# same page (the same string, whose hash Python keeps). A tuple: no asker can change another's.
SPACED_PAGES_KEPT = 16


@functools.lru_cache(maxsize=SPACED_PAGES_KEPT)
def spaced_lines(page: str) -> tuple[str, ...]:
    """``" ".join(line.split())`` of each line of ``page``."""
    return tuple(" ".join(line.split()) for line in page.split("\n"))


def join_roll_cells(page: str, settings: RollCellSettings = ROLL_CELLS) -> str:
    """``page`` with a roll given one cell a line printed a row a line; ``page`` itself where none."""
    lines = page.split("\n")
    texts = spaced_lines(page)
    out: list[str] = []
    k = 0
    changed = False
    while k < len(lines):
        rows, at = _roll_rows(texts, k, settings)
        if rows is None:
            out.append(lines[k])
            k += 1
            continue
        out += [row[0] + (f" ({row[1]})" if row[1] else "") + "".join(f", {cell.rstrip(',')}" for cell in row[2:])
                for row in rows]
        changed = True
        k = at
    return "\n".join(out) if changed else page


def _roll_rows(texts: list[str], k: int, settings: RollCellSettings):
    """(rows, end) of a roll given cell by cell from line ``k``; (None, k) where none starts there."""
    rows: list[list[str]] = []
    at = k
    while at < len(texts) and _roll_name(texts[at]):
        row, n = [texts[at]], at + 1
        if n < len(texts) and _party_cell(texts[n]):
            row.append(texts[n])
            n += 1
        if n < len(texts) and _role_cell(texts[n], len(row) > 1, settings):
            row.append(texts[n])
            n += 1
        if len(row) == 1:
            break
        if n < len(texts) and _NOTE_CELL.match(texts[n]):
            row.append(texts[n])
            n += 1
        if n < len(texts) and _mark_cell(texts[n]):
            return None, k  # a presence or vote column follows: a table of more columns (parse.celltables')
        if not _party_cell(row[1]):
            row.insert(1, "")  # a role without a party stands in the role column
        rows.append(row)
        at = n
    parties = sum(1 for row in rows if row[1])
    if len(rows) < settings.min_rows or parties < settings.min_rows:
        return None, k
    return rows, at


# --- a roll's columns given one after the other -----------------------------------------------------------
# Plain pdftotext may print a roll table without a header column by column instead: the names, then as many
# parties ("Lena Hedberg" / "Göran Sjöholm" / "C" / "S"), then the role column, whose empty cells give no
# line ("ordförande" / "vice ordförande" / "tjänstgörande ersättare för" / "Kjell Andersson (S)"). The names
# and parties are paired in order. Which row a role stood on is lost where fewer roles than rows came: the
# presidium's roles go to the first rows (a roll lists its chair first), the others to the last (a roll lists
# its substitutes last).
PRESIDIUM_ROLE = regexes.compile(r"^(?:\d:[ae]\s+|förste\s+|andre\s+)?(?:vice\s+)?ordförande$", re.IGNORECASE)
# A role's cell wrapped in its narrow column: "tjänstgörande ersättare för" / "Kjell Andersson (S)".
_ROLE_GOES_ON = regexes.compile(r"\b(?:för|efter|i|av)$")


def join_roll_columns(page: str, settings: RollCellSettings = ROLL_CELLS) -> str:
    """``page`` with a roll's name column and party column printed a row a line; ``page`` itself where none."""
    lines = page.split("\n")
    texts = spaced_lines(page)
    filled = [k for k, text in enumerate(texts) if text]  # the columns may stand a paragraph each
    out: list[str] = []
    done = 0  # lines[:done] are in ``out``
    f = 0
    while f < len(filled):
        names = f
        while names < len(filled) and _roll_name(texts[filled[names]]):
            names += 1
        n = names - f
        if n < settings.min_rows or names + n > len(filled) \
                or not all(_party_cell(texts[filled[p]]) for p in range(names, names + n)):
            f += 1
            continue
        rows = [[texts[filled[f + r]], texts[filled[names + r]]] for r in range(n)]
        at = names + n
        roles: list[str] = []
        while at < len(filled) and _role_cell(texts[filled[at]], True, settings) and not _party_cell(texts[filled[at]]):
            roles.append(texts[filled[at]])
            at += 1
            if _ROLE_GOES_ON.search(roles[-1]) and at < len(filled):
                roles[-1] += " " + texts[filled[at]]
                at += 1
        if len(roles) > n:
            roles, at = [], names + n
        first = len(roles) if len(roles) == n else sum(1 for _ in _leading(roles, PRESIDIUM_ROLE.match))
        for r, role in enumerate(roles):
            rows[r if r < first else n - len(roles) + r].append(role)
        out += lines[done:filled[f]]
        out += [row[0] + f" ({row[1]})" + "".join(f", {cell}" for cell in row[2:]) for row in rows]
        done = filled[at - 1] + 1
        f = at
    return "\n".join(out + lines[done:]) if done else page


def _roll_name(text: str) -> bool:
    """A roll's name: two words or more, a person's name."""
    return " " in text and _looks_like_name(text) and lists.is_name(text)


def _leading(items, test):
    """The first items that pass ``test``."""
    for item in items:
        if not test(item):
            return
        yield item


# --- a roll's role column and name column given one after the other ------------------------------------------
# A board's roll without parties, a table of a role and a name a row ("Ordf. | Elin Markusson", "Kassör | Amir
# Haddad"), comes out of plain pdftotext column by column: the roles, then as many names (or the names, then as
# many roles). The columns are zipped by order and written as a text roll writes them ("Elin Markusson, Ordf.").
# Roles that are all a signature's ("Ordförande" / "Justerare" over the names signed) are a signature block's.
@dataclass(frozen=True)
class RoleColumnSettings:
    min_rows: int = 3  # a shorter run of roles and names is no roll's columns ...
    min_rows_under_label: int = 1  # ... but right under a roll's label ("Frånvarande" / "Ledamot" / "Oscar Lind")
    max_role_chars: int = 30  # a role's cell is short


ROLE_COLUMNS = RoleColumnSettings()


def _role_column_cell(text: str, settings: RoleColumnSettings) -> bool:
    """A role's cell alone: "Ordf.", "Kassör", "Verkställande direktör"; no name with its role ("Kerstin Mård,
    ordförande"), no party, no presence mark."""
    return len(text) <= settings.max_role_chars and "," not in text and cv.is_role(text) \
        and not is_first_name(text.split()[0].rstrip(".")) and not _party_cell(text) and not _mark_cell(text) \
        and not cv.is_representation_group(text.lower())  # "Frånvarande:" / "Företrädare för lärarna" / "Siv Ås"


def _name_column_cell(text: str) -> bool:
    return _roll_name(text.split(",", 1)[0])


def join_role_columns(page: str, settings: RoleColumnSettings = ROLE_COLUMNS) -> str:
    """``page`` with a roll's role column and name column, printed one after the other, written a row a line
    ("Elin Markusson, Ordf."); ``page`` itself where none."""
    lines = page.split("\n")
    texts = spaced_lines(page)
    filled = [k for k, text in enumerate(texts) if text]
    out: list[str] = []
    done = 0  # lines[:done] are in ``out``
    f = 0
    while f < len(filled):
        found = _role_name_columns(texts, filled, f, settings)
        if found is None:
            f += 1
            continue
        rows, at = found
        out += lines[done:filled[f]]
        out += [f"{name}, {role}" + (f", {rest}" if rest else "") for name, role, rest in rows]
        done = filled[at - 1] + 1
        f = at
    return "\n".join(out + lines[done:]) if done else page


def _role_name_columns(texts: list[str], filled: list[int], f: int, settings: RoleColumnSettings):
    """([(name, role, rest of the name's cell)], end) of a role column and a name column as long, one after the
    other from ``filled[f]`` in either order; None where none starts there."""
    def run(at, test):
        end = at
        while end < len(filled) and test(texts[filled[end]]):
            end += 1
        return end - at

    above = texts[filled[f - 1]].rstrip(":").lower() if f else ""
    under_label = above in LABEL_OF_ROLL
    if f and (_role_column_cell(texts[filled[f - 1]], settings) or _name_column_cell(texts[filled[f - 1]])) \
            and not under_label:
        return None  # (the run starts at its first cell)
    roles = run(f, lambda t: _role_column_cell(t, settings))
    if roles:
        names = run(f + roles, _name_column_cell)
        role_texts = [texts[filled[f + r]] for r in range(roles)]
        name_texts = [texts[filled[f + roles + r]] for r in range(min(roles, names))]
    else:
        names = run(f, _name_column_cell)
        roles = run(f + names, lambda t: _role_column_cell(t, settings)) if names else 0
        name_texts = [texts[filled[f + r]] for r in range(names)]
        role_texts = [texts[filled[f + names + r]] for r in range(min(roles, names))]
    if roles != names or roles < (settings.min_rows_under_label if under_label else settings.min_rows) \
            or all(role.lower().rstrip(".") in SIGNING_ROLES for role in role_texts):
        return None
    after = texts[filled[f + 2 * roles]] if f + 2 * roles < len(filled) else ""
    if after and (_role_column_cell(after, settings) or _name_column_cell(after) or _party_cell(after)
                  or after.lower() in cv.TABLE_MARKS):
        return None  # a name, a role, a party ...: a row's cells a line each, no columns
    if roles < settings.min_rows and any(cv.is_role(name.partition(",")[2].strip()) for name in name_texts):
        return None  # "Företrädare för lärarna" / "Hugo Lennartsson, ledamot": a group's heading over its list
    rows = []
    for name, role in zip(name_texts, role_texts):
        person, _, rest = name.partition(",")
        rows.append((person.strip(), role, rest.strip()))
    return rows, f + 2 * roles


# --- a presence table given one cell a line -------------------------------------------------------------------
# A club's presence table "Namn | Närvarande | Frånvarande" with a mark a row ("Siv Åkerlund | X |"), as plain
# pdftotext prints it: the column titles a line each, then each name over its mark ("Siv Åkerlund" / "X"), group
# rows ("Närvarande ledamöter", "Frånvarande") between them. Which column a mark stood in is lost: a row is read by
# its group row, and a row before any as present (a presence table marks who came). The rows are written as lists
# under their headings, a name a line.
ABSENCE_TITLES = frozenset({"frånvarande", "frånvaro", "ej närvarande", "anmält förhinder", "förhinder"})
MIN_MARKED_ROWS = 2  # rows with a mark, at least


def join_presence_cells(page: str) -> str:
    """``page`` with a presence table given one cell a line written as lists under their headings; ``page`` itself
    where none."""
    lines = page.split("\n")
    texts = spaced_lines(page)
    filled = [k for k, text in enumerate(texts) if text]
    for f, k in enumerate(filled):
        if texts[k].lower().rstrip(":") not in cv.TABLE_NAME:
            continue
        g = f + 1
        titles = []
        while g < len(filled) and texts[filled[g]].lower().rstrip(":") in cv.TABLE_PRESENCE | ABSENCE_TITLES:
            titles.append(texts[filled[g]])
            g += 1
        if not any(t.lower().rstrip(":") in cv.TABLE_PRESENCE for t in titles):
            continue
        out, marked = ["Närvarande:"], 0
        while g < len(filled):
            text = texts[filled[g]]
            if _roll_name(text.split(",", 1)[0].split(" (", 1)[0]):
                out.append(text)
                g += 1
                if g < len(filled) and _mark_cell(texts[filled[g]]):
                    marked += 1
                    g += 1
            elif cv.ATTENDANCE_HEADING.fullmatch(text.rstrip(":")):  # a group row
                out[-1:] = [f"{text.rstrip(':')}:"] if out[-1] == "Närvarande:" else [out[-1], "", f"{text.rstrip(':')}:"]
                g += 1
            else:
                break
        if marked < MIN_MARKED_ROWS:
            continue
        return "\n".join(lines[:k] + out + [""] + lines[filled[g - 1] + 1:])
    return page


# --- a two-column table of people given one cell a line -------------------------------------------------------
# A stämma's table "Fastighet | Närvarande", "Lgh | Namn" as plain pdftotext prints
# it: the two column titles a line each, then each row's two cells ("Sjövik 1:3" / "Greger Holmqvist"). The rows
# are laid out again a row a line, the cells two spaces and more apart under their titles, as the table readers
# read a table.
_BESIDE_TITLES = cv.TABLE_AFFILIATION  # (a name's role or party cell beside it: parse.celltables reads those)
MIN_TABLE_ROWS = 2
MAX_CELL_CHARS = 40  # a longer line is text, no cell beside a name


def _names_title(text: str) -> bool:
    return text in cv.TABLE_NAME or text in cv.TABLE_PRESENCE


def lay_out_two_cell_rows(page: str) -> str:
    """``page`` with a two-column table of people given one cell a line laid out a row a line; ``page`` itself
    where none."""
    lines = page.split("\n")
    texts = spaced_lines(page)
    filled = [k for k, text in enumerate(texts) if text]
    for f in range(len(filled) - 1):
        first, second = (texts[filled[f + n]].lower().rstrip(":") for n in (0, 1))
        if _names_title(first) and second in _BESIDE_TITLES:
            name_at = 0
        elif first in _BESIDE_TITLES and _names_title(second):
            name_at = 1
        else:
            continue
        rows, g = [], f + 2
        while g + 1 < len(filled):
            pair = [texts[filled[g]], texts[filled[g + 1]]]
            name, beside = pair[name_at], pair[1 - name_at]
            if not _roll_name(name.split(",", 1)[0]) or _roll_name(beside) or len(beside) > MAX_CELL_CHARS \
                    or NUMBERED_LINE.match(beside):
                break
            rows.append(pair)
            g += 2
        if len(rows) < MIN_TABLE_ROWS:
            continue
        titles = [texts[filled[f]], texts[filled[f + 1]]]
        width = max(len(row[0]) for row in rows + [titles]) + 4
        out = [f"{a.ljust(width)}{b}" for a, b in [titles] + rows]
        return "\n".join(lines[:filled[f]] + out + lines[filled[g - 1] + 1:])
    return page


# --- a roll of names and organisations a cell a line ----------------------------------------------------------
# A network's or a region's list "Närvarande:" over a two-column table without titles, name | organisation, as plain
# pdftotext prints it: "Jeanette Falk" / "Region Västersjö" / "Helena Brandt" / "Norrviks kommun". Under a roll's
# label, lines that alternate a person's name (a known given name first) and what is no name, role, party or
# label are written a row a line ("Helena Brandt, Norrviks kommun").
MIN_ORGANISATION_ROWS = 2
MAX_ORGANISATION_CHARS = 40


def _organisation_cell(text: str) -> bool:
    return len(text) <= MAX_ORGANISATION_CHARS and text[:1].isupper() and not text.endswith((".", ":", ",")) \
        and not _roll_name(text) and not is_first_name(text.split()[0]) and not cv.is_role(text) \
        and not _party_cell(text) and not _mark_cell(text) and not cv.ATTENDANCE_HEADING.match(text) \
        and not NUMBERED_LINE.match(text) and text.lower().rstrip(":") not in LABEL_OF_ROLL | _COLUMN_TITLES


# A table's column titles ("Organisation", "Namn"): no cell of its rows.
_COLUMN_TITLES = cv.TABLE_NAME | cv.TABLE_AFFILIATION | cv.TABLE_ROLE | cv.TABLE_PARTY | cv.TABLE_PRESENCE | \
    cv.TABLE_NOTE | frozenset({"organisation", "kommun", "förening", "företag", "myndighet", "representerar"})


def _given_name_first(text: str) -> bool:
    return _roll_name(text) and is_first_name(text.split()[0])




def join_name_organisation_rows(page: str) -> str:
    """``page`` with each run of name / organisation lines under a roll's label written a row a line; ``page``
    itself where none."""
    lines = page.split("\n")
    texts = spaced_lines(page)
    filled = [k for k, text in enumerate(texts) if text]
    out: list[str] = []
    done, f = 0, 1
    while f < len(filled):
        if texts[filled[f - 1]].lower().rstrip(":") not in LABEL_OF_ROLL:
            f += 1
            continue
        g, rows = f, []
        while g + 1 < len(filled) and _given_name_first(texts[filled[g]]) and _organisation_cell(texts[filled[g + 1]]):
            rows.append(f"{texts[filled[g]]}, {texts[filled[g + 1]]}")
            g += 2
        if len(rows) < (1 if done else MIN_ORGANISATION_ROWS):  # (one row under a later label of the same roll)
            f += 1
            continue
        out += lines[done:filled[f]] + rows
        done = filled[g - 1] + 1
        f = g + 1
    return "\n".join(out + lines[done:]) if done else page


# --- a roll's group label over its wrapped list -----------------------------------------------------------------
# "Närvarande" over a table of groups, "Regionen: | Maja Sundqvist (S), ordförande; Olof Brännström (M); Tuva" /
# "Lindgren (C)": plain pdftotext prints each group's label cell on a line of its own and its list cell wrapped under
# it, a blank line after. The label and its list are one line again ("Regionen: Maja Sundqvist (S), ...; Tuva
# Lindgren (C)"), as a text writes a group of a roll; only a list that runs on with ";" or "," from line to line.
_GROUP_LABEL = regexes.compile(r"^[A-ZÅÄÖ][\wåäö-]+(?: [\wåäö-]+){0,2}:$")
GROUP_LOOKBACK = 8  # lines up from a group's label to the roll's heading


def join_group_lists(page: str) -> str:
    """``page`` with each roll group's label alone on its line joined with its list wrapped under it; ``page``
    itself where none."""
    if ":\n" not in page:
        return page
    lines = page.split("\n")
    texts = spaced_lines(page)
    out: list[str] = []
    k = 0
    while k < len(lines):
        block = []
        if _GROUP_LABEL.match(texts[k]) and any(cv.ATTENDANCE_HEADING.match(t) for t in texts[max(0, k - GROUP_LOOKBACK):k + 1]):
            j = next((n for n in range(k + 1, min(k + 3, len(texts))) if texts[n]), None)
            while j is not None and j < len(texts) and texts[j] and not _GROUP_LABEL.match(texts[j]):
                block.append(j)
                j += 1
        values = [texts[n] for n in block]
        if values and _given_name_first(" ".join(values[0].split()[:2]).rstrip(",;")) and (
                ";" in " ".join(values) or len(values) > 1 and all(v.endswith((",", ";")) for v in values[:-1])):
            out.append(f"{texts[k]} {' '.join(values)}")
            k = block[-1] + 1
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


# The labels a roll stands under (lower case, no colon): the label column's list labels, and a few more.
LABEL_OF_ROLL = frozenset(LISTS) | {"övriga", "deltagare", "deltagande", "ej närvarande", "styrelsen",
                                    "närvarande styrelseledamöter", "närvarolista"}
