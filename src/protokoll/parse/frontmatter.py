"""The front matter before the first item: attendance lists, who chairs, keeps and checks the minutes,
and the labels municipal minutes put there (justering, paragrafer, anslag); and the signature block
at the end ("Vid protokollet ... Justeras ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from protokoll.clean.lines import Line
from protokoll.model import Attendee
from protokoll.parse import conventions as cv
from protokoll.parse.attendance import (continues_list, table_columns, heading_of, is_name, is_role_entry, looks_like_entries,
                                       parse_attendance)

_PARTY_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_NAME_ROLE = re.compile(r"^(?P<name>[^,]+?)\s*,\s*(?P<role>[^,]+)$")
_COLUMN_GAP = re.compile(r"\s{3,}")  # between the columns of a layout put side by side


@dataclass
class FrontMatter:
    attendees: list[Attendee] = field(default_factory=list)
    offices: dict[str, list[str]] = field(default_factory=dict)  # chair/secretary/adjusters → names
    first_list: int | None = None  # index of the first attendance heading
    lists_end: int = 0  # index after the last line the lists and their labels use
    used: set[int] = field(default_factory=set)  # indices of lines read as lists or offices


def person(text: str) -> str | None:
    """The name in "Johan Ekström (M)", "Johan Ekström, justerare", or None."""
    text = _PARTY_TAIL.sub("", text.strip().rstrip(".,"))
    m = _NAME_ROLE.match(text)
    if m and cv.is_role(m.group("role")):
        text = m.group("name")
    return text if is_name(text) and len(text.split()) >= 2 else None


def names_in(text: str) -> list[str]:
    """ "Kalle Persson och Anneli Öberg", "A (S), B (M)" → the names."""
    parts = re.split(r",(?![^()]*\))|\s+(?:och|samt|&)\s+", text)
    found = [person(p) for p in parts if p.strip()]
    return [n for n in found if n]


def _add(offices: dict, office: str, names: list[str]) -> None:
    have = offices.setdefault(office, [])
    for n in names:
        if n not in have:
            have.append(n)


def read_front(lines: list[Line], stop_after_lists: bool) -> FrontMatter:
    """Read lists and offices from ``lines``; with ``stop_after_lists`` (minutes without item numbers)
    the front matter ends at the first line after the lists that is neither label nor entry."""
    fm = FrontMatter()
    sections: list[list[Line]] = []
    mode: str | None = None  # "list", "office:<office>", "label"
    for i, line in enumerate(lines):
        text = line.text
        h = heading_of(text)
        if h and mode == "list" and is_role_entry(h):
            h = None
        office = cv.OFFICE.match(text)
        if mode == "list" and office and not text[office.end() - 1:office.end()] == ":" and \
                is_name(text[office.end():].strip() or "x y"):
            office = None  # "Ordförande Anna Ek" in a list is an entry with its role
        in_table = mode == "list" and "   " in text and _is_table(sections[-1])
        if in_table:
            sections[-1].append(line)
        elif h:
            sections.append([line])
            fm.first_list = i if fm.first_list is None else fm.first_list
            mode = "list"
        elif office:
            kind = cv.office_of(office.group("word")) or ""
            rest = text[office.end():].strip()
            if rest:
                _add(fm.offices, kind, names_in(rest))
            mode = f"office:{kind}"
        elif mode == "list" and (looks_like_entries(text) or continues_list(sections[-1][-1].text, text)):
            sections[-1].append(line)
        elif cv.FRONT_LABEL.match(text):
            mode = "label"
        elif mode and mode.startswith("office:") and names_in(text):
            _add(fm.offices, mode.split(":", 1)[1], names_in(text))
        elif mode == "label":
            mode = None  # the label's value
        else:
            if stop_after_lists and fm.first_list is not None:
                break
            mode = None
            continue
        fm.used.add(i)
        if fm.first_list is not None:
            fm.lists_end = i + 1
    for section in sections:
        fm.attendees.extend(parse_attendance(section))
    return fm


def _is_table(section: list[Line]) -> bool:
    header = section[1] if len(section) >= 2 else None
    return header is not None and table_columns(header.text, header.indent) is not None


# --- the signature block ----------------------------------------------------------------------------

MAX_SIGNATURE_LINES = 30  # a signature block is short; a "Justeras" further up is in the text


def signature_start(lines: list[Line]) -> int | None:
    """Index of the line that opens the closing signature block, if the minutes end with one."""
    lo = max(0, len(lines) - MAX_SIGNATURE_LINES)
    # Each line's columns, split once: a line is read as names and again as the roles under the names.
    columns = [_COLUMN_GAP.split(line.text) for line in lines[lo:]]
    cells = [[c for c in row if c.strip()] for row in columns]
    for k, i in enumerate(range(lo, len(lines))):
        opens = cv.SIGNATURE_START.match(columns[k][0]) or \
            (k + 1 < len(cells) and _names_over_roles(cells[k], cells[k + 1]))
        if opens and all(_signature_line(x.text) for x in lines[i + 1:]):
            return i
    return None


def _names_over_roles(names: list[str], roles: list[str]) -> bool:
    """Signatures without a heading: a line of names (its cells) with their offices on the line below."""
    # The office words first: cheap, and they rule out almost every line before person() runs.
    return bool(names) and len(roles) == len(names) and all(cv.office_of(c.strip().lower()) for c in roles) \
        and all(person(c) for c in names)


def _signature_line(text: str) -> bool:
    for cell in _COLUMN_GAP.split(text):
        cell = cell.strip()
        if not cell:
            continue
        if cv.SIGNATURE_START.match(cell) or cv.OFFICE.fullmatch(cell) or person(cell) or cv.is_role(cell):
            continue
        if re.fullmatch(r"[\d\s./:-]+|.{0,40}\d{4}-\d{2}-\d{2}.{0,10}|[_.\s-]+", cell):
            continue  # dates and signature lines
        return False
    return True


def read_signatures(lines: list[Line]) -> dict[str, list[str]]:
    """Offices from a signature block: names with the role under, over or beside them, read column by
    column where a layout put signatures side by side."""
    tokens: list[tuple[str, str]] = []  # (kind, value): ("name", n) | ("role", office) | ("intro", office)
    for column in _columns(lines):
        for cell in column:
            m = _NAME_ROLE.match(cell)
            if m and cv.office_of(m.group("role").strip()) and person(m.group("name")):
                tokens.append(("pair", f"{cv.office_of(m.group('role').strip())}:{person(m.group('name'))}"))
                continue
            word = cell.strip().rstrip(":").lower()
            office = cv.office_of(word)
            if office:
                tokens.append(("intro" if word in cv.SIGNATURE_INTRO else "role", office))
            elif person(cell):
                tokens.append(("name", person(cell)))
    offices: dict[str, list[str]] = {}
    names = [k for k, (kind, _) in enumerate(tokens) if kind == "name"]
    after = sum(1 for k in names if k + 1 < len(tokens) and tokens[k + 1][0] == "role")
    before = sum(1 for k in names if k > 0 and tokens[k - 1][0] == "role")
    for k, (kind, value) in enumerate(tokens):
        if kind == "pair":
            office, name = value.split(":", 1)
            _add(offices, office, [name])
        elif kind == "name":
            near = (k + 1, k - 1) if after >= before else (k - 1, k + 1)
            for j in near:
                if 0 <= j < len(tokens) and tokens[j][0] == "role":
                    _add(offices, tokens[j][1], [value])
                    break
            else:
                intro = next((tokens[j][1] for j in range(k - 1, -1, -1) if tokens[j][0] == "intro"), None)
                if intro == cv.SECRETARY:
                    _add(offices, intro, [value])
    return offices


def _columns(lines: list[Line]) -> list[list[str]]:
    """Cells grouped into columns by where they start (layouts put signatures side by side)."""
    starts: list[int] = []
    columns: dict[int, list[str]] = {}
    for line in lines:
        pos = 0
        for part in re.split(r"(\s{3,})", line.text):
            if part.strip():
                x = line.indent + pos
                col = next((s for s in starts if abs(s - x) <= 4), None)
                if col is None:
                    starts.append(x)
                    col = x
                columns.setdefault(col, []).append(part.strip())
            pos += len(part)
    return [columns[s] for s in sorted(starts)]
