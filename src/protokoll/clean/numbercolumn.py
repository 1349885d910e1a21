"""An item table's number column given before its titles, paired again.

Plain ``pdftotext`` (no ``-layout``) may print a word processor's item table ("Punkt | Vad") column by column:
the numbers one under the other ("1." / "1.1" / "1.2" / ... / "3.1"), then the text column, where each item's
title opens its cell and its text follows ("Formalia" / "Mötets öppnande" / "Ordförande Elsa Norberg
förklarade mötet öppnat." / "Val av mötesordförande" / ...). Nothing says which line was beside which number
but the order, so only where the text column holds exactly as many title lines as the column holds numbers
is each title given its number; a page with fewer or more is left as it is.
"""
from __future__ import annotations

from dataclasses import dataclass

from protokoll import regexes
from protokoll.vocab import labels

from protokoll.clean.cells import BARE_NUMBER, LONE_NUMBER, spaced_lines
from protokoll.clean.furniture import FOOT_LINE, PAGE_NUMBER
from protokoll.clean.columns import COLUMNS, title_like
from protokoll.tableheads import NUMBER_TITLES, RESPONSIBLE, ROLE_OF, TEXT


@dataclass(frozen=True)
class NumberColumnSettings:
    min_numbers: int = 3  # a shorter run of lone numbers is no table's column
    max_title_words: int = 8  # a longer line of the text column is a sentence of an item's text, not its title


NUMBER_COLUMN = NumberColumnSettings()


def item_number(text: str) -> tuple[int, ...] | None:
    """The parts of a lone item number ("1.", "1.1", "3"); None for any other text."""
    if not (LONE_NUMBER.match(text) or BARE_NUMBER.match(text)) or text.startswith(("§", "Punkt", "Ärende")):
        return None
    return tuple(int(part) for part in text.rstrip(".)").split("."))


def _furniture(text: str) -> bool:
    """The page's number or foot ("Sida 1 av 2", "Justerandes signatur"): no line of the table."""
    return bool(PAGE_NUMBER.match(text) or FOOT_LINE.match(text))


def _counting(numbers: list[tuple[int, ...]]) -> bool:
    """Whether the numbers count up as an agenda's do ("1." "1.1" "1.2" "2." "2.1"; "3" "4" "5")."""
    return all(b > a for a, b in zip(numbers, numbers[1:]))


def pair_titles(page: str, settings: NumberColumnSettings = NUMBER_COLUMN) -> str:
    """``page`` with an item table's number column put before its titles; ``page`` itself where none is."""
    lines = page.split("\n")
    texts = spaced_lines(page)
    k = 0
    while k < len(texts):
        if not texts[k] or item_number(texts[k]) is None:
            k += 1
            continue
        run, end = [], k  # the number lines of the run, blank lines between them allowed
        while end < len(texts) and (not texts[end] or item_number(texts[end]) is not None):
            if texts[end]:
                run.append(end)
            end += 1
        numbers = [item_number(texts[r]) for r in run]
        if len(run) < settings.min_numbers or not _counting(numbers):
            k = end
            continue
        # the text column: from the run's end (past its column title, "Vad", "Ärende") to the next number run
        start = end
        if start < len(texts) and (ROLE_OF.get(texts[start].lower()) == TEXT or texts[start].lower() in NUMBER_TITLES):
            start += 1
        stop = start
        while stop < len(texts) and (not texts[stop] or item_number(texts[stop]) is None) \
                and ROLE_OF.get(texts[stop].lower()) != RESPONSIBLE:  # the next column ("Ansvar") starts there
            stop += 1
        column = [n for n in range(start, stop) if texts[n] and not _furniture(texts[n])]
        filled = [texts[n] for n in column]
        titles = [column[m] for m in range(len(column))
                  if len(filled[m].split()) <= settings.max_title_words and title_like(filled, m, COLUMNS)]
        if len(titles) != len(run):
            k = end
            continue
        for r, t in zip(run, titles):
            lines[t] = f"{texts[r]} {texts[t]}"
        for r in run:
            lines[r] = ""
        above = k - 1  # the number column's title ("Punkt") titles no more
        while above >= 0 and not texts[above]:
            above -= 1
        if above >= 0 and texts[above].lower() in NUMBER_TITLES:
            lines[above] = ""
        k = stop
    return "\n".join(lines)


# --- a case number right-aligned on its item's number line ------------------------------------------------------
# A heading row "213                                   Dnr TU 2025/0311" over the title ("Vinterväghållning 2025/26"):
# plain pdftotext prints the right-aligned case number first, under the item before ("... utses att justera
# protokollet." / "Dnr TU 2025/0311" / "213" / "Vinterväghållning 2025/26"), where it reads as that item's last
# line. It is put back under the title it belongs to, where a text writes an item's case number.
CASE_LINE = labels.CASE_NUMBER
# (a bare number: where the heading row writes "§ 23", plain pdftotext prints the case number after the item's text,
# before the next "§", and it stays)
_NUMBER_LINE = regexes.compile(r"^\d{1,3}$")
MAX_BLANKS = 2  # blank lines between the case number, the item's number and its title
TITLE_TAIL_WORDS = 4  # a wrapped title's last line is short


def _title_goes_on(title: str, line: str) -> bool:
    """Whether ``line``, right under ``title``, is the title's own last words: short, unfinished, no section label
    ("Beslut") and no case number."""
    return bool(line) and not title.endswith(".") and len(line.split()) <= TITLE_TAIL_WORDS \
        and (line[:1].isupper() or line[:1].isdigit()) and not line.endswith((".", ":")) \
        and labels.section_of(line) is None and not CASE_LINE.match(line)


def lower_case_numbers(page: str) -> str:
    """``page`` with each case number printed before a lone item number (its heading row's right cell) moved under
    the item's title; ``page`` itself where none is. A case number that stands under a title of its own (the item
    before had no text), or before an item whose title has one under it, stays."""
    if "nr" not in page and "ummer" not in page:
        return page
    lines = page.split("\n")
    texts = [" ".join(line.split()) for line in lines]

    def nxt(k):
        return next((j for j in range(k + 1, min(k + 2 + MAX_BLANKS, len(texts))) if texts[j]), None)

    def prev(k):
        return next((j for j in range(k - 1, max(k - 2 - MAX_BLANKS, -1), -1) if texts[j]), None)

    moves = []
    for k, text in enumerate(texts):
        if not text or not CASE_LINE.match(text):
            continue
        number = nxt(k)
        title = nxt(number) if number is not None and _NUMBER_LINE.match(texts[number]) else None
        if title is None or not title_like(texts, title, COLUMNS):
            continue
        after = nxt(title)
        before = prev(k)
        above = prev(before) if before is not None else None
        if after is not None and CASE_LINE.match(texts[after]) or \
                above is not None and _NUMBER_LINE.match(texts[above]):
            continue  # the item has its own case number; or this one is the item's above, under its title
        while title + 1 < len(texts) and _title_goes_on(texts[title], texts[title + 1]):
            title += 1  # a title wrapped ("... på fastigheten Hagmark" / "Svalan 3"): under its last line
        moves.append((k, title))
    if not moves:
        return page
    out, moved = [], {k for k, _ in moves}
    under = {title: lines[k].strip() for k, title in moves}
    for k, line in enumerate(lines):
        if k in moved:
            continue
        out.append(line)
        if k in under:
            out.append(under[k])
    return "\n".join(out)
