"""Presence tables that plain ``pdftotext`` (no ``-layout``) gives one cell a paragraph.

A Word table "Namn | Roll | Närvarande" comes out of default-mode text in one of two orders:

- row by row, every cell on a line of its own ("Namn" / "Roll" / "Närvarande" / "Signe Åkerlund" /
  "Ordförande" / "Ja" / ...), an empty cell giving no line at all;
- column by column, each column's title over its values ("Lgh nr" / "1001" / "1002" / ... then "Namn" /
  "Sara Öhman" / ...).

``unfold`` rewrites either into the lines a ``-layout`` rendering gives (a header row, then one row a
person with the cells apart by runs of spaces), so the attendance reader needs to know nothing of it.
The name column is put first, so a row's span starts at the person's name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from protokoll import regexes
from protokoll.clean.lines import Line
from protokoll.vocab import conventions as cv
from protokoll.parse.attendance import heading_of
from protokoll.vocab.lists import is_name
from protokoll.parse.roll import ROLL_TITLE
from protokoll.parse.tables import _piece

# Column kinds by their title, as the attendance reader's layout tables name them.
_KINDS = (("name", cv.TABLE_NAME), ("role", cv.TABLE_ROLE), ("presence", cv.TABLE_PRESENCE),
          ("party", cv.TABLE_PARTY), ("affiliation", cv.TABLE_AFFILIATION), ("note", cv.TABLE_NOTE),
          ("surname", cv.TABLE_SURNAME), ("given", cv.TABLE_GIVEN))
_NAME_PARTS = frozenset({"surname", "given"})  # a name in two columns, "Efternamn | Förnamn"
MAX_CELL_WORDS = 8  # a longer line is text after the table, not a cell
MIN_ROWS = 2  # fewer people is no table worth the guess
CELL_GAP = "    "  # between the cells of a rewritten row
_LABEL = regexes.compile(r":(?:\s|$)")  # "Adjungerad: ...", not the colon of "Ekbacken 1:3"
_ITEM_START = regexes.compile(r"^(?:§\s*\d|\d{1,3}\s*[.):]|punkt\s+\d)", re.IGNORECASE)


# Each column title's kind, the first in _KINDS that names it; and the longest title: lower() never
# shortens a text, so a longer one is no title (the test runs on every line of every document).
_KIND_OF = {word: kind for kind, words in reversed(_KINDS) for word in words}
_TITLE_MAX_CHARS = max(map(len, _KIND_OF))
_TITLES = tuple(_KIND_OF)


def _kind(text: str) -> str | None:
    word = text.strip().rstrip(":")
    return _KIND_OF.get(word.lower()) if len(word) <= _TITLE_MAX_CHARS else None


def _is_cell(line: Line) -> bool:
    """A line that may be a table cell: short, no label with a colon, no item heading, no sentence."""
    text = line.text.strip()
    words = text.split()
    return 0 < len(words) <= MAX_CELL_WORDS and not _LABEL.search(text) and not _ITEM_START.match(text) and \
        not (text.endswith(".") and len(words) > 3 and not _person(text))  # "Karl Vinge, 1:e vice ordf."


def _presence(cell: str) -> bool:
    return cell.partition(",")[0].strip().lower() in cv.PRESENCE_VALUES


def _person(cell: str) -> bool:
    """A name cell: a person's name of two words or more, no role, no mark, no column title; or such a name
    with the role or whom the person serves for after a comma ("Berit Öhman, ordförande", "Lena Borg,
    ersätter Ove Strand")."""
    name, comma, beside = cell.partition(",")
    if comma and not (cv.role_base(beside.strip()) or cv.SUBSTITUTE_FOR.match(f"{name.strip()} {beside.strip()}")
                      or _noted(beside.strip())):
        return False
    return len(name.split()) >= 2 and is_name(name) and not cv.is_role(name) and not _presence(name) \
        and _kind(name) is None


def _noted(beside: str) -> bool:
    """What follows a name's comma is a note on the paragraphs the person attended, after a role or alone
    ("§§ 176–180", "tjänstgörande ersättare §§ 181–183")."""
    role, sign, _ = beside.partition("§")
    return bool(sign) and (not role.strip() or cv.role_base(role.strip()) is not None) \
        and cv.NOTE.match(beside[len(role):]) is not None


def _fits(kind: str, cell: str) -> bool:
    if kind == "presence":
        return _presence(cell)
    if kind == "vote":
        return cell.lower() in cv.VOTE_VALUES
    if kind == "party":
        return cv.is_party(cell) or cell in cv.LOWER_CASE_PARTIES  # "c", "s": older minutes write parties small
    if kind in ("absent", "excused"):
        return cell.lower() in cv.TABLE_MARKS
    if kind == SUBSTITUTE:
        return _person(cell)
    return not _presence(cell) and not _person(cell)


_PARTY_CELL = regexes.compile(r"^\((?P<party>[^()]{1,12})\)$")


def _beside_cell(name: str, text: str) -> bool:
    """ "ordförande", "1:e vice ordförande", "tjänstgörande ersättare för Lotta Berg (V)": the role cell of a
    roll's row (a lower-case or numbered word: a capitalised line is the next person's name)."""
    return not text[:1].isupper() and bool(cv.role_base(text) or cv.SUBSTITUTE_FOR.match(f"{name} {text}"))


def _party_cells_joined(lines: list[Line]) -> list[Line]:
    """A roll table of name, party and role columns that plain text gives one cell a line ("Nils Ågren" / "(S)" /
    "ordförande" / "Karin Moberg" / "(C)" / ...): each row on one line, "Nils Ågren (S), ordförande", as a roll
    written in one column reads. Only where at least MIN_ROWS people stand so; ``lines`` itself otherwise."""
    rows: dict[int, int] = {}  # the name's index → the lines its row takes
    i = 0
    while i + 1 < len(lines):
        m = _PARTY_CELL.match(lines[i + 1].text.strip()) if lines[i + 1].text.lstrip()[:1] == "(" else None
        name = lines[i].text.strip()
        if m and cv.is_party(m.group("party")) and "," not in name and _person(name):
            span = 3 if i + 2 < len(lines) and _beside_cell(name, lines[i + 2].text.strip()) else 2
            rows[i] = span
            i += span
            continue
        i += 1
    if len(rows) < MIN_ROWS:
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        span = rows.get(i)
        if span is None:
            out.append(lines[i])
            i += 1
            continue
        text = f"{lines[i].text.strip()} {lines[i + 1].text.strip()}"
        if span == 3:
            text += f", {lines[i + 2].text.strip()}"
        out.append(replace(lines[i], text=text))
        i += span
    return out


def unfold(lines: list[Line]) -> list[Line]:
    """``lines`` with every cell-a-paragraph presence table rewritten as layout rows; ``lines`` itself
    where there is none."""
    return _unfold_tables(_party_cells_joined(lines))


def _unfold_tables(lines: list[Line]) -> list[Line]:
    """``unfold`` past the rows of name, party and role cells."""
    out: list[Line] = []
    i = 0
    changed = False
    while i < len(lines):
        text = lines[i].text
        capital = text[:1].isupper()
        found = (_row_table(lines, i) or _column_table(lines, i)) if _kind(text) else None
        if found is None and capital and _kind(text.split(" ", 1)[0]) in ("name", "role", "affiliation"):
            found = _across_table(lines, i) or _doubled_table(lines, i)
        # (a roll heading above first: _name_role_pairs wants one, and it is a memo's look-up where _person is
        # a name's and a role's tests on every capitalised line)
        if found is None and i and capital and _bare_roll_heading(lines[i - 1].text) and _person(text):
            found = _name_role_pairs(lines, i)
        if found is None and capital and len(text) <= MAX_GROUP_CHARS:
            found = _marked_roll(lines, i)
        split = None if found else _heading_over_title(lines[i])
        if split:  # "Röstlängd: Fastighet": the list's heading and the first column's title on one line
            tried = lines[:i] + list(split) + lines[i + 1:]
            found = _column_table(tried, i + 1) or _row_table(tried, i + 1)
            if found:
                out.append(split[0])
                lines, i = tried, i + 1
        if found:
            end, rows = found
            out.extend(rows)
            i = end
            changed = True
            continue
        out.append(lines[i])
        i += 1
    return out if changed else lines


MIN_ROLE_SHARE = 0.5  # of the lines paired with names, at least this share are roles ("Kassör", "Ledamot, hallar")


def _bare_roll_heading(text: str) -> bool:
    """``text`` is an attendance heading with nothing after it ("Närvarande:"), as a roll of name and role cells has."""
    heading = heading_of(text)
    return heading is not None and not heading.rest.strip()


def _name_role_pairs(lines: list[Line], i: int):
    """A roll kept as a two-column table without column titles ("Närvarande:" / "Sören Malmgren    Ordförande"
    / ...), which default-mode text gives a cell a line: "Sören Malmgren" / "Ordförande" / "Birgit Holmér" /
    "Sekreterare" / .... Under a roll heading (line ``i - 1``), the lines pair up as a name and the cell beside it
    (a role, or what the person stands for: "Ungdom", "Säkerhet"), most of those cells roles. (end, layout rows)
    or None."""
    if not _bare_roll_heading(lines[i - 1].text):
        return None
    pairs, k = [], i
    while k + 1 < len(lines):
        name, beside = lines[k].text.strip(), lines[k + 1].text.strip()
        if not (_person(name) and "," not in name and _is_cell(lines[k + 1]) and not _person(beside)
                and (beside[:1].isupper() or _role_beside(lines[k], lines[k + 1])) and heading_of(beside) is None):
            break
        pairs.append((lines[k], name, beside))
        k += 2
    roles = sum(bool(cv.is_role(beside.partition(",")[0])) for _, _, beside in pairs)
    # one pair is a row too where its cell is a role: Word's roll table with one person excused
    if len(pairs) < MIN_ROWS and roles < len(pairs) or not pairs or roles < MIN_ROLE_SHARE * len(pairs):
        return None
    width = max(len(name) for _, name, _ in pairs) + len(CELL_GAP)  # the second column aligned, as -layout gives it
    return k, [replace(line, text=name.ljust(width) + beside, indent=0, blank_before=False) for line, name, beside in pairs]


MAX_GROUP_CHARS = 40  # a roll group's title ("Ordinarie ledamöter", "Ersättare"), no longer
_MARK_TITLES = cv.TABLE_SERVING | cv.TABLE_NOT_SERVING | cv.VOTE_COLUMNS | {"§"}
_PARTY_AFTER = regexes.compile(r"^(?P<name>[^()]+?)\s*\((?P<party>[^()]{1,12})\)$")
_ROW_MARKS = cv.TABLE_MARKS | cv.NO_SECTIONS | cv.VOTE_VALUES  # a vote's cell may say "NEJ" where others mark "X"


def _party_person(text: str) -> bool:
    """ "Gert Lind (KD)": a person's name and their party in parentheses."""
    m = _PARTY_AFTER.match(text)
    return bool(m and cv.is_party(m.group("party")) and _person(m.group("name")))


def _party_person_role(text: str) -> tuple[str, str] | None:
    """ "Gert Lind (KD)" and "Gert Lind (KD), ordförande" (the role in the name's cell, as a region's roll
    writes it): the person with their party, and the role after the comma ("" where none); None otherwise."""
    person, comma, role = text.partition("),")
    person += ")" if comma else ""
    return (person, role.strip()) if _party_person(person) and (not comma or cv.is_role(role.strip())) else None


def _marked_group(lines: list[Line], i: int, titled: bool = True):
    """(end, rows) of one group of a roll given one cell a line (see ``_marked_roll``) from its title at ``i``, or None.
    A later group (``titled`` False) may stand under the first one's column titles without its own ("Ersättare" /
    "Aino Virtanen (V)" / "X"), each of its rows marked."""
    group = lines[i].text.strip().rstrip(":")
    if not cv.is_group_heading(group.lower()):
        return None
    j, presence = i + 1, False
    while j < len(lines) and (_kind(lines[j].text) == "presence" or _vote_title(lines[j].text)
                              or lines[j].text.strip().lower() in _MARK_TITLES):
        presence = presence or _kind(lines[j].text) == "presence"
        j += 1
    if not presence and titled:
        return None
    group_role = group.lower() if _kind(group) != "name" and cv.is_role(group.lower()) else None
    rows: list[tuple[Line, dict[str, str]]] = []
    while j < len(lines) and (cells := _party_person_role(lines[j].text.strip())):
        anchor, row = lines[j], {"name": cells[0]}
        j += 1
        role = cells[1] or (lines[j].text.strip() if j < len(lines) else "")
        if role[:1].islower() and cv.is_role(role):
            row["role"] = role
            j += not cells[1]
        marks = []
        while j < len(lines) and lines[j].text.strip().lower() in _ROW_MARKS:
            marks.append(lines[j].text.strip())
            j += 1
        if not (marks or presence):
            return None  # a plain list after the table ("Ersättare" / "Aino Virtanen (V)"): no group of it
        row["presence"] = "X" if marks and marks[0] not in cv.NO_SECTIONS else cv.NONE_ATTENDED
        if group_role and "role" not in row:
            row["role"] = group_role
        rows.append((anchor, row))
    return (j, rows) if rows else None


def _marked_roll(lines: list[Line], i: int):
    """A council's roll given one cell a line: a group's title ("Ordinarie ledamöter", "Ersättare") over the titles
    of its presence, serving and vote columns ("Närvaro" / "§ 7" / "Tjg" / "Ej tjg" / "JA" / "NEJ"), then each
    person as "Name (Party)", a role in lower case where the row has one, and the row's marks, its empty cells
    left out; the next group under its own titles. Which column a mark stood in the text no longer says: a row's
    first mark is read as its presence ("X" present, "-" absent; a vote's "NEJ" one who was there), a row with none
    absent. A substitutes' group gives its rows their role. (end, layout rows: one table, each later group's title a
    row of it) or None."""
    groups = []
    j = i
    while j < len(lines) and (found := _marked_group(lines, j, not groups)):
        groups.append((lines[j], found[1]))
        j = found[0]
    if sum(len(rows) for _, rows in groups) < MIN_ROWS:
        return None
    group = lines[i].text.strip().rstrip(":")
    title = group if _kind(group.rpartition(" ")[2]) == "name" else "Namn"  # "Ordinarie ledamöter": the names' title
    table = _layout(lines[i], [title, "Roll", "Närvaro"], ["name", "role", "presence"],
                    [row for _, rows in groups for row in rows])
    out = [table[0]] if title == group else [lines[i], replace(table[0], blank_before=False)]
    at = 1
    for k, (head, rows) in enumerate(groups):
        out.extend(([head] if k else []) + table[at:at + len(rows)])
        at += len(rows)
    return j, out


def _titles_across(text: str) -> list[tuple[str, str | None]] | None:
    """(title, kind) of each column of a header read across in single spaces ("Namn Roll Närvarande
    Frånvarande"); a column of absence marks has kind None. None where some word is no column title."""
    words, out, k = text.split(), [], 0
    while k < len(words):
        for n in (3, 2, 1):
            title = " ".join(words[k:k + n])
            key = title.rstrip(":").lower()
            if n <= len(words) - k and (_kind(title) or key in _AFTER):
                out.append((title, _kind(title)))
                k += n
                break
        else:
            return None
    return out


_MARK = regexes.compile(r"^[|(\[]?([xX]{1,2}|[✓✔•*])[|)\]]?$")  # OCR doubles an "X" or reads a border beside it


def _across_table(lines: list[Line], i: int):
    """A presence table whose rows Tesseract reads across in single spaces ("Namn Roll Närvarande" /
    "Gunnar Holt ordförande X"): each row's name first (two or three capitalised words), a mark at its end
    in the presence column, a party where the table has one, and what is left in the next column of text.
    Which of two mark columns a mark stood in, the text no longer says: it is read as the first one's."""
    if "  " in lines[i].text:
        return None  # laid out in columns: the attendance reader's own
    columns = _titles_across(lines[i].text)
    kinds = [kind for _, kind in columns or () if kind]
    # a column before the names: the seat ("Befattning Namn Närvarande"), the property ("Fastighet Företrädd av")
    lead = kinds[0] if kinds[:1] in (["role"], ["affiliation"]) and kinds[1:2] == ["name"] else None
    if not columns or len(columns) < 2 or (kinds[:1] != ["name"] and lead is None) or len(set(kinds)) != len(kinds):
        return None
    rest_kinds = [k for k in kinds if k not in ("name", "presence", "party", lead)]
    rows = []
    j = i + 1
    while j < len(lines) and "  " not in lines[j].text:
        words = lines[j].text.split()
        found = None if _LABEL.search(lines[j].text) else _name_across(words, lead is not None)  # "Adjungerade: ..."
        if found is None:
            break
        at, n = found
        row, rest = {"name": " ".join(words[at:at + n])}, words[at + n:]
        if lead:
            row[lead] = " ".join(words[:at])
        if rest and _MARK.match(rest[-1]) and "presence" in kinds:
            row["presence"] = "X"
            rest = rest[:-1]
        elif rest and "presence" in kinds and rest[0].rstrip(",").lower() in cv.PRESENCE_VALUES and \
                (len(rest) == 1 or rest[0].endswith(",") and (lead or _MARK.match(rest[0].rstrip(",")) is None)):
            # "Ja", "Nej"; "Ja, från punkt 2.2", "Ja, lämnade vid 5.2": the answer and a note on it (a name-first
            # row's "X, mötesordförande" is read by the attendance reader, which knows a role there)
            row["presence"] = " ".join(rest)
            rest = []
        if rest and "party" in kinds and cv.is_party(rest[0]):
            row["party"] = rest.pop(0)
        elif rest and "party" in kinds and rest[0][:1] == "(" and rest[0][-1:] == ")" and cv.is_party(rest[0][1:-1]):
            row["party"] = rest.pop(0)[1:-1]  # "Gun Wallin (C) Östhammar": the party in parentheses, as after a name
        if rest and "role" not in kinds and (at := _role_tail(rest)) is not None:
            row["role"], rest = " ".join(rest[at:]), rest[:at]  # a role column without a title at the row's end
        if rest and rest_kinds:
            row[rest_kinds[0]] = " ".join(rest)
        elif rest:
            break
        rows.append((lines[j], row))
        j += 1
    if len(rows) < MIN_ROWS:
        return None
    titles = [title for title, kind in columns if kind]
    if "role" not in kinds and any("role" in row for _, row in rows):
        titles, kinds = titles + ["Roll"], kinds + ["role"]
    return j, _layout(lines[i], titles, kinds, rows)


def _role_tail(words: list[str]) -> int | None:
    """Where the role ends a row read across after its other cells ("Tierp vice ordförande", "Tierp tjg ersättare
    för Ulla Sten (S)"): the first word from which the rest is a role or whom the person serves for; None where
    no such tail follows a first cell."""
    for at in range(1, len(words)):
        tail = words[at:]
        if cv.role_base(" ".join(tail)):
            return at
        serves = tail.index("för") if "för" in tail[1:-1] else 0  # "tjg ersättare för Ulla Sten (S)"
        if serves and tail[serves + 1][:1].isupper() and cv.role_base(" ".join(tail[:serves])):
            return at
    return None


_CELLS = regexes.compile(r"\S+(?: \S+)*")  # a layout row's cells: runs of words one space apart
DOUBLED_CELL_SLACK = 4  # characters a row's cell may stand off its column's title in a table of two records a row


def _doubled_table(lines: list[Line], i: int):
    """A presence table of two records a row, its header's titles twice ("Namn   Närv.   Namn   Närv.", a
    ruled roll on paper, as the scan's and the text layer's layout print it): the right half's records are read
    after the left half's, under one header, each row cut where the right half's first title stands."""
    cells = [(m.start(), m.group()) for m in _CELLS.finditer(lines[i].text)]
    kinds = [_kind(cell) for _, cell in cells]
    half = len(cells) // 2
    if len(cells) < 4 or len(cells) % 2 or None in kinds or kinds[:half] != kinds[half:] or "name" not in kinds:
        return None
    cut = cells[half][0]
    left, right = [_piece(lines[i], 0, lines[i].text[:cut].rstrip())], []
    j = i + 1
    while j < len(lines) and lines[j].text.strip():
        text = lines[j].text
        first = text.split("  ", 1)[0].strip()
        if _LABEL.search(first) or not first[:1].isupper() or len(first.split()) > MAX_CELL_WORDS:
            break  # "Anmält förhinder:  Agneta Borg (S)": the table's end
        at = next((m.start() for m in _CELLS.finditer(text) if m.start() and text[m.start() - 2:m.start()] == "  "
                   and abs(m.start() - cut) <= DOUBLED_CELL_SLACK), None)
        left.append(_piece(lines[j], 0, text[:at].rstrip() if at else text.rstrip()))
        if at:
            right.append(_piece(lines[j], at, text[at:].rstrip(), blank_before=False, indent=lines[j].indent))
        j += 1
    if len(left) + len(right) - 1 < 2 * MIN_ROWS or not right:
        return None
    return j, left + right


def _name_across(words: list[str], after_lead: bool) -> tuple[int, int] | None:
    """(first word, words) of the person's name in a row read across: at its start, or after the cell of a
    column before it ("Vice ordförande Hugo Lindahl Ja", "Ekbacken 1:3 Bengt Rosén"); a presence mark after
    the name is none of it."""
    for at in range(1, len(words) - 1) if after_lead else (0,):
        for n in (3, 2):
            name = words[at:at + n]
            if len(name) == n and name[-1].rstrip(",").lower() not in cv.PRESENCE_VALUES and _person(" ".join(name)):
                return at, n
    return None


def _heading_over_title(line: Line) -> tuple[Line, Line] | None:
    """ "Röstlängd: Fastighet" → ("Röstlängd:", "Fastighet"), where what follows a list heading is a column title;
    "Bilaga 1 Närvaro- och omröstningslista Ledamot" → (the roll's title, "Ledamot") the same way (a Word table's
    first header cell run onto the title above it)."""
    if ":" not in line.text:
        head, _, last = line.text.rstrip().rpartition(" ")
        if not head or not _kind(last) or not ROLL_TITLE.match(head.strip()):
            return None
        cut = len(head) + 1
        return (replace(line, text=head.rstrip(), end=line.start + len(head)),
                replace(line, text=last, start=line.start + cut, blank_before=False))
    # The cheap test first: what follows the heading runs to the end of the line, so the line must end in a
    # column title (whose letters lower-case one to one: the line's last characters, lower-cased, end in it).
    if not line.text.strip().rstrip(":")[-_TITLE_MAX_CHARS:].lower().endswith(_TITLES):
        return None
    h = heading_of(line.text)
    if not h or not h.colon or not _kind(h.rest):
        return None
    cut = len(line.text) - len(h.rest)
    return (replace(line, text=line.text[:cut].rstrip(), end=line.start + cut),
            replace(line, text=h.rest.strip(), start=line.start + cut, blank_before=False))


# A mark column that stands for one status, by its title ("Frånvarande", "Förhinder"): a column of the header after
# the name's (alone, such a title is a list's heading), its "X" the status, an empty cell none.
_STATUS_COLUMNS = {**{title: "absent" for title in cv.TABLE_ABSENT}, **{title: "excused" for title in cv.TABLE_EXCUSED}}


def _status_column(kinds: list[str], text: str) -> str | None:
    return _STATUS_COLUMNS.get(text.strip().rstrip(":").lower()) if "name" in kinds else None


def _header_run(lines: list[Line], i: int) -> list[str]:
    kinds: list[str] = []
    j = i
    while j < len(lines) and (_kind(lines[j].text) or kinds and _vote_title(lines[j].text)
                              or _status_column(kinds, lines[j].text) or _substitute_title(kinds, lines[j].text)):
        kind = _kind(lines[j].text) or _status_column(kinds, lines[j].text) or "vote"
        if kind == "vote" and _substitute_title(kinds, lines[j].text):
            kind = SUBSTITUTE
        if kind in kinds:
            break
        kinds.append(kind)
        j += 1
    return kinds


SUBSTITUTE = "substitute"  # "Ledamot | Ersättare | Parti": the column of who serves for the member beside them


def _substitute_title(kinds: list[str], text: str) -> bool:
    """A substitutes' column title right of the name column's ("Ledamot" / "Ersättare" / "Parti")."""
    return kinds[-1:] == ["name"] and text.strip().rstrip(":").lower() in cv.TABLE_SUBSTITUTE


_VOTE_TITLE = regexes.compile(r"^((?:[A-ZÅÄÖ]{1,6}\s*)?§\s*\d+[a-z]?)(?:\s+(?:ja|nej|avstår))?$", re.IGNORECASE)


def _role_beside(name: Line, line: Line) -> bool:
    """``line`` is the role cell beside a name cell, written small as Word's cells often are ("Birgitta Lind" /
    "ordförande"), not the name cell's wrapped end."""
    return _person(name.text.strip()) and cv.is_role(line.text.strip())


def _own_header(lines: list[Line], i: int) -> bool:
    """A row-by-row table's header starts at line ``i``: two column titles or more, a name column among them."""
    kinds = _header_run(lines, i)
    return len(kinds) >= 2 and "name" in kinds


def _status_over_header(lines: list[Line], i: int, kinds: list[str]) -> bool:
    """Line ``i`` is a status heading over a table of its own ("Närvarande" / "Namn" / "Uppdrag" / "Birgitta Lind" /
    "ordförande" / ..., as Word's plain text gives a roll table a cell a line), not a presence column's title: the
    titles below it make a header, and the first cell under them is no presence mark."""
    first = i + len(kinds)
    return kinds[0] == "presence" and _bare_roll_heading(lines[i].text) and _own_header(lines, i + 1) and \
        not (first < len(lines) and _presence(lines[first].text))


def _table_starts(lines: list[Line], j: int, kinds: list[str]) -> bool:
    """Line ``j`` ends the cells above it: a table of its own starts there, under its header, or a status heading
    stands there ("Anmält förhinder" / "Rut Sandell" / ... after the present), where the table has no presence
    column whose cell it could be, nor a role column right after the name's ("Tilda Ek" / "Ersättare": her role)."""
    ni = kinds.index("name")
    role_cell = "role" in kinds[ni + 1:ni + 2] and j > 0 and _person(lines[j - 1].text.strip())
    return _own_header(lines, j) or "presence" not in kinds and not role_cell and _bare_roll_heading(lines[j].text)


def _vote_title(text: str) -> str | None:
    """The title of a roll's vote column ("§ 94", "§ 94 Ja" over its first mark column) as the layout reader
    names it ("§ 94"); None for other lines."""
    m = _VOTE_TITLE.match(text.strip())
    return m.group(1) if m else None


def _more_vote_titles(lines: list[Line], j: int) -> int:
    """How many item columns' titles ("§ 46" / "§ 47", a bare "§" where the numbers stand on a line below) follow
    a header's at line ``j``."""
    n = 0
    while j + n < len(lines) and (_vote_title(lines[j + n].text) or lines[j + n].text.strip() == "§"):
        n += 1
    return n


def _row_table(lines: list[Line], i: int):
    """A table given row by row: its column titles one a line from ``i``, then its cells."""
    kinds = _header_run(lines, i)
    if "name" not in kinds and _NAME_PARTS <= set(kinds) and len(kinds) >= 3:
        return _split_name_rows(lines, i, kinds)
    # a roll's further item columns ("§ 45" / "§ 46" / "§ 47", or "§" over each): their marks follow the row's
    # own cells and are dropped
    extra = _more_vote_titles(lines, i + len(kinds))
    head = len(kinds) + extra  # the header's lines
    if len(kinds) < 2 or "name" not in kinds or i + head < len(lines) and _kind(lines[i + head].text):
        return None  # a title repeated: the first is the list's heading ("Närvarande" / "Befattning" / ...)
    if _status_over_header(lines, i, kinds):
        return None  # the table is read from its own header, the line below
    titles = [_vote_title(lines[i + k].text) if kind == "vote" else lines[i + k].text.strip()
              for k, kind in enumerate(kinds)]
    cells: list[Line] = []
    stops: list[int] = []  # the line after each cell (a cell wrapped over two lines is one)
    j = i + head
    while j < len(lines) and _is_cell(lines[j]) and not _table_starts(lines, j, kinds):
        if cells and not lines[j].blank_before and lines[j].text[:1].islower() and not _role_beside(cells[-1], lines[j]):
            cells[-1] = replace(cells[-1], text=f"{cells[-1].text.strip()} {lines[j].text.strip()}")
            stops[-1] = j + 1
        else:
            cells.append(lines[j])
            stops.append(j + 1)
        j += 1
    anchors: list[int] = []
    beside = kinds[kinds.index("name") + 1:kinds.index("name") + 2] == [SUBSTITUTE]
    for k, c in enumerate(cells):
        if _person(c.text.strip()):
            if beside and anchors and anchors[-1] == k - 1:
                continue  # "Jan Sälg" / "Nora Wik": the substitute's cell beside the member's, no row of its own
            anchors.append(k)
    if len(anchors) < MIN_ROWS:
        return None
    ni = kinds.index("name")
    before, after = kinds[:ni], kinds[ni + 1:]
    rows: list[tuple[Line, dict[str, str]]] = []
    start = 0  # the first cell not yet given to a row
    for n, a in enumerate(anchors):
        row = {"name": cells[a].text.strip()}
        # cells before the name, nearest last: the columns before the name column that they fit
        left = [c.text.strip() for c in cells[start:a]]
        cols = list(before)
        for text in reversed(left):
            while cols and not _fits(cols[-1], text):
                cols.pop()
            if not cols:
                # a line that fits no column is no cell of this table: "Närvarande" / "Ledamöter" / "Maud Hjelm (S),
                # ordförande, kommunstyrelsen" / ... is a list under a status heading and a group heading
                return None
            row[cols.pop()] = text
        # cells after the name: the columns after it, in order, while they fit
        nxt = anchors[n + 1] if n + 1 < len(anchors) else len(cells)
        k = a + 1
        cols = list(after)
        while k < nxt and cols:
            text = cells[k].text.strip()
            if text in cv.NO_SECTIONS:  # an empty cell the web view writes as a dash: in a presence column, absent
                row[cols.pop(0)] = text if cols[0] == "presence" else ""
                k += 1
                continue
            while cols and not _fits(cols[0], text):
                cols.pop(0)
            if not cols:
                break
            row[cols.pop(0)] = text
            k += 1
        marks = 0
        while marks < extra and k < nxt and cells[k].text.strip().lower() in _ROW_MARKS:
            marks, k = marks + 1, k + 1  # the further item columns' marks
        start = k
        rows.append((cells[a], row))
    end = stops[start - 1]
    if "presence" in kinds:
        end = _column_after(lines, end, rows)
    return end, _layout(lines[i], titles, kinds, rows)


# A column of marks that pdftotext reads after the rows, its title and then its marks ("Frånvarande" / "X"):
# the word its mark stands for in a presence cell.
_AFTER_COLUMNS = tuple((title, "frånvarande") for title in cv.TABLE_ABSENT) + \
    tuple((title, "förhinder") for title in cv.TABLE_EXCUSED)
_AFTER = dict(_AFTER_COLUMNS)


def _column_after(lines: list[Line], end: int, rows) -> int:
    """Where the table ends when its last column ("Frånvarande") follows its rows, title then marks: each
    mark goes to a row that has none in the presence column, in order, when the counts agree (a row marks
    one column of the two); ``end`` itself where no such column follows."""
    word = _AFTER.get(lines[end].text.strip().rstrip(":").lower()) if end < len(lines) else None
    if word is None:
        return end
    marks = 0
    while end + 1 + marks < len(lines) and lines[end + 1 + marks].text.strip().lower() in cv.TABLE_MARKS:
        marks += 1
    unmarked = [row for _, row in rows if not row.get("presence")]
    if not marks or marks != len(unmarked):
        return end
    for row in unmarked:
        row["presence"] = word
    return end + 1 + marks


def _split_name_rows(lines: list[Line], i: int, kinds: list[str]):
    """A row-by-row table whose name is in two columns ("Efternamn" / "Förnamn" / "Närvarande" / "Westergren" /
    "Maria" / "Ja" / ...): no cell may be empty (no name cell marks where a row starts), so rows are counted
    off, each checked to fit its columns; the name is read "First Last"."""
    rows: list[tuple[Line, dict[str, str]]] = []
    j = i + len(kinds)
    while j + len(kinds) <= len(lines) and all(_is_cell(line) for line in lines[j:j + len(kinds)]):
        cells = {kind: line.text.strip() for kind, line in zip(kinds, lines[j:j + len(kinds)])}
        if not (is_name(cells["surname"]) and is_name(cells["given"]) and _kind(cells["surname"]) is None
                and all(_fits(kind, text) for kind, text in cells.items() if kind not in _NAME_PARTS)):
            break
        row = {k: v for k, v in cells.items() if k not in _NAME_PARTS}
        row["name"] = f"{cells['given']} {cells['surname']}"
        rows.append((lines[j + kinds.index("surname")], row))
        j += len(kinds)
    if len(rows) < MIN_ROWS:
        return None
    merged = ["name"] + [k for k in kinds if k not in _NAME_PARTS]
    titles = ["Namn"] + [lines[i + kinds.index(k)].text.strip() for k in merged[1:]]
    return j, _layout(lines[i], titles, merged, rows)


def _column_table(lines: list[Line], i: int):
    """A table given column by column: each column's title over its values, the columns one after another."""
    columns: list[tuple[str, Line, list[Line]]] = []
    j = i
    while j < len(lines) and _kind(lines[j].text) and _kind(lines[j].text) not in [c[0] for c in columns]:
        title = lines[j]
        values: list[Line] = []
        j += 1
        while j < len(lines) and not _kind(lines[j].text) and (not values or not lines[j].blank_before) and \
                not _LABEL.search(lines[j].text) and not _ITEM_START.match(lines[j].text.strip()):
            values.append(lines[j])
            j += 1
        if not values:
            return None
        columns.append((_kind(title.text), title, values))
    kinds = [c[0] for c in columns]
    if len(columns) < 2 or "name" not in kinds:
        return None
    names = columns[kinds.index("name")][2]
    count = 0
    while count < len(names) and _person(names[count].text.strip()):
        count += 1
    if count < MIN_ROWS or count != len(names) or any(len(c[2]) < count for c in columns):
        return None
    rows = []
    for r in range(count):
        row = {kind: values[r].text.strip() for kind, _, values in columns}
        rows.append((names[r], row))
    return j, _layout(lines[i], [c[1].text.strip() for c in columns], kinds, rows)


def _layout(first: Line, titles: list[str], kinds: list[str], rows) -> list[Line]:
    """The header row and the rows as ``-layout`` text would give them, the name column first."""
    order = ["name"] + [k for k in kinds if k != "name"]
    width = {k: max([len(titles[kinds.index(k)])] + [len(r.get(k, "")) for _, r in rows]) + len(CELL_GAP)
             for k in order}

    def text(values: dict[str, str]) -> str:
        return "".join(values.get(k, "").ljust(width[k]) for k in order).rstrip()

    out = [replace(first, text=text({k: titles[kinds.index(k)] for k in order}), indent=0)]
    for cell, row in rows:
        out.append(replace(cell, text=text(row), indent=0, blank_before=False))
    return out
