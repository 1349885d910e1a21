"""Item tables (Punkt | Vad | Ansvar) → the lines of ordinary minutes.

Boards that keep their minutes as a Word table give one agenda item per row: the number in the first
column, the title and text in the second, who is responsible in the last. ``unfold`` rewrites each row
into "N Title", the text lines, "Ansvar: X" (and "Klart till: D" from a date column), so the item parser
needs to know nothing of tables. Everything else is left as it is, the same ``Line`` objects.

Layout text (``pdftotext -layout``, and what ``read.pdf`` rebuilds for table pages) keeps the columns
apart by runs of spaces; they are measured per page from the header row and the rows. In -raw text the
cells come one after another, so only the header is dropped and trailing responsible cells found.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from protokoll import regexes
from protokoll.clean.cells import DUE, mend_dates
from protokoll.clean.lines import Line, join
# The header words are the reader's and the cleaner's too (protokoll.tableheads); parse.tables names them still.
from protokoll.tableheads import (ACTION, ANY_WORD, DUE_TITLES, DUE_WORDS, HEADER_CELL, HEADER_CELL_WORDS,  # noqa: F401
                                  HEADER_WORDS, NUMBER, PARAGRAPH_SIGN, RESPONSIBLE, ROLE_OF, TEXT, header_roles,
                                  is_header)

DUE_WORD = "senast"
# What a table writes in a cell left empty on purpose ("–" under Åtgärd and Klart): no text of the row.
EMPTY_CELLS = frozenset({"-", "–", "—", "--", "./."})
_SENTENCE_ENDS = ".!?"  # a line ending in one of these ends its sentence
ACTION_LABEL = "Beslut"  # the label an action cell's decision is given ("Beslut: godkänna dagordningen")


@dataclass(frozen=True)
class TableSettings:
    column_gap: int = 2  # spaces that separate two cells of a layout line
    column_slack: int = 2  # characters a cell may start left of where its column was measured
    header_cell_words: int = HEADER_CELL_WORDS  # a longer cell is text, not a column header
    responsible_words: int = 4  # -raw tables: a longer trailing line is text, not the responsible cell
    # Rows read across in single spaces (-raw, Tesseract): the title cell before the action cell is no longer,
    # and a name is someone's where its first word stands this often in the minutes (attendance, tasks).
    title_words: int = 6
    name_mentions: int = 2
    header_lines: int = 1  # lines a header row's titles may run over below its first line ("Klart" / "till")
    misread_lookahead: int = 4  # lines a row may run over: where a misread row number's next row is looked for


DEFAULTS = TableSettings()

# The cheap first pass: only lines that start with a number-column header word are looked at further.
_FIRST = regexes.compile(r"(?:%s)(?![\w])" % "|".join(re.escape(w) for w in HEADER_WORDS[NUMBER]), re.IGNORECASE)
# The characters _FIRST's words start with, in either case: tested before the pattern on every line. (None of
# them has another case partner under IGNORECASE, as "s", "k" and "i" would have.)
_FIRST_INITIALS = frozenset(c for w in HEADER_WORDS[NUMBER] for c in (w[0].lower(), w[0].upper()))
assert not _FIRST_INITIALS & set("sSkKiI"), "add the letters IGNORECASE also matches to _FIRST_INITIALS"
# A header as -raw text gives it, every cell one header word, single spaces: "Punkt Vad Ansvar".
# A header with the number column's title left empty opens with a text column's title: the same cheap test.
_BARE_FIRST = regexes.compile(r"(?:%s)(?![\w])" % "|".join(re.escape(w) for w in HEADER_WORDS[TEXT]), re.IGNORECASE)
_BARE_INITIALS = frozenset(c for w in HEADER_WORDS[TEXT] for c in (w[0].lower(), w[0].upper()))
_BARE_NUMBER = HEADER_WORDS[NUMBER][0]  # the title the empty cell stands for
_RAW_HEADER = regexes.compile(r"(?:(?:%s)(?:/\w+)?[.:]?(?:\s+|$))+" % ANY_WORD, re.IGNORECASE)
_BORDERS = regexes.compile(r"\s*\|\s*")
# "3", "§ 3", "1.2", and a meeting's own item number "7/1" (meeting 7, item 1), as the "§" column of an
# association's "§ | Ärende och beslut" table holds it
_NUMBER_CELL = regexes.compile(r"(?:§\s*)?(\d{1,3})(?:\.\d{1,2})*(?:/\d{1,3})?[.)]?")
_RAW_ROW = regexes.compile(r"(?:§\s*)?(\d{1,3})[.)]?\s+\S")


def unfold(lines: list[Line], settings: TableSettings = DEFAULTS) -> list[Line]:
    """``lines`` with every item table rewritten as numbered headings, text lines and "Ansvar:" lines, and
    every action table as "Åtgärd:" and "Ansvar:" lines; ``lines`` itself where there is no table."""
    return unfold_marked(lines, settings)[0]


def unfold_marked(lines: list[Line], settings: TableSettings = DEFAULTS) -> tuple[list[Line], list[Line]]:
    """unfold's lines, and the line right after each item table (the same Line object in the lines returned): where
    a document that lists its items as a table goes on with its own text ("Information från distriktet" over a
    paragraph, unnumbered, after the rows)."""
    ends: list[Line] = []
    lines = unfold_actions(lines, settings)
    first = next((i for i, line in enumerate(lines)
                  if line.text[:1] in _FIRST_INITIALS and _FIRST.match(line.text) and _kind(line, settings)
                  or _bare_header(lines, i, settings) is not None
                  or _decision_column_header(lines, i, settings) is not None), None)
    if first is None:
        return lines, ends
    out = lines[:first]
    i = first
    while i < len(lines):
        kind = _kind(lines[i], settings) if _FIRST.match(lines[i].text) else None
        if kind is None and _bare_header(lines, i, settings) is not None:
            kind = "layout"
        columns = _decision_column_header(lines, i, settings) if kind is None else None
        if columns is not None:
            i = _read_decision_column(lines, i, columns, out, settings)
        elif kind in ("layout", "raw"):
            i = _Table(lines, settings).read(i, out) if kind == "layout" else _read_raw(lines, i, out, settings)
            if i < len(lines):
                ends.append(lines[i])
        else:
            out.append(lines[i])
            i += 1
    return out, ends


def _kind(line: Line, settings: TableSettings) -> str | None:
    """Whether ``line`` is a table header in layout text (cells apart) or in -raw text (single spaces)."""
    if _header(line, settings) is not None:
        return "layout"
    return "raw" if _raw_header(line.text) else None


def _cells(line: Line, settings: TableSettings) -> list[tuple[int, int, str]]:
    """(column position, offset in the text, text) of each run of text between wide gaps."""
    gap = " " * settings.column_gap
    cells, offset = [], 0
    for part in line.text.split(gap):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            cells.append((line.indent + offset + lead, offset + lead, part.strip()))
        offset += len(part) + len(gap)
    return cells


def _roles(texts: list[str], settings: TableSettings = DEFAULTS) -> list[int] | None:
    return header_roles(texts, settings.header_cell_words)


def _header(line: Line, settings: TableSettings) -> list[tuple[int, int, int, str]] | None:
    """(role, start, end column, label) of each header cell, or None when the line is no header."""
    cells = _cells(line, settings)
    roles = _roles([text for _, _, text in cells], settings)
    return None if roles is None else _columns(roles, cells)


def _columns(roles: list[int], cells) -> list[tuple[int, int, int, str]]:
    return [(r, x, x + len(text), "Klart till" if HEADER_CELL.match(text).group(1).lower() in DUE_TITLES else "Ansvar")
            for r, (x, _, text) in zip(roles, cells)]


def _bare_header(lines: list[Line], i: int, settings: TableSettings) -> list[tuple[int, int, int, str]] | None:
    """The header of a table whose number column has no title ("   | Ärende | Diskussion | Ansvarig"): the
    other titles, and the next row's number standing left of the first of them gives the number column."""
    line = lines[i]
    if line.text[:1] not in _BARE_INITIALS or not _BARE_FIRST.match(line.text):
        return None
    cells = _cells(line, settings)
    roles = _roles([_BARE_NUMBER] + [text for _, _, text in cells], settings)
    if roles is None:
        return None
    k = i + 1
    while k < min(len(lines), i + 1 + settings.header_lines) and _tail_of(lines[k], cells, settings):
        k += 1
    first = _cells(lines[k], settings)[:1] if k < len(lines) else []
    if not first or not _NUMBER_CELL.fullmatch(first[0][2]) or first[0][0] + len(first[0][2]) > cells[0][0]:
        return None
    x, text = first[0][0], first[0][2]
    return [(roles[0], x, x + len(text), "Ansvar")] + _columns(roles[1:], cells)


# --- the decision column ("Ärende/Notering | Beslut") ------------------------------------------------------
# Minutes kept as a two-column table: the first column holds each item's number, title and notes ("1.1 Val av
# protokolljusterare", "Mats redogjorde för …"), the second the decision beside it ("Att utse Eva Ek som" /
# "protokolljusterare"). There is no number column: the numbers start the text cells.
_INLINE_NUMBER = regexes.compile(r"\d{1,3}(?:\.\d{1,2})*\.?\s+(?=[A-ZÅÄÖ])")
DECISION_COLUMN_LOOKAHEAD = 3  # lines after the header where the first numbered row is looked for


def _decision_column_header(lines: list[Line], i: int, settings: TableSettings) -> tuple[int, int] | None:
    """(text column, decision column) where ``lines[i]`` heads a two-column table of a text title and an
    action title ("Ärende/Notering   Beslut") whose first row starts under the text title with an item number."""
    line = lines[i]
    if line.text[:1] not in _BARE_INITIALS or not _BARE_FIRST.match(line.text):
        return None
    cells = _cells(line, settings)
    if len(cells) != 2 or _roles([_BARE_NUMBER] + [text for _, _, text in cells], settings) != [NUMBER, TEXT, ACTION]:
        return None
    row = next((lines[k] for k in range(i + 1, min(len(lines), i + 1 + DECISION_COLUMN_LOOKAHEAD))
                if lines[k].text.strip()), None)
    first = _cells(row, settings)[:1] if row is not None else []
    if not first or abs(first[0][0] - cells[0][0]) > settings.column_slack or not _INLINE_NUMBER.match(first[0][2]):
        return None
    return cells[0][0], cells[1][0]


def _read_decision_column(lines: list[Line], i: int, columns: tuple[int, int], out: list[Line],
                          settings: TableSettings) -> int:
    """Rewrite the decision-column table headed by ``lines[i]`` into ``out`` as ordinary minutes: "N Title", the
    notes, then the decision cell as one paragraph ("Beslut: Att utse …" where it is an att-clause, as written
    otherwise: "Inga motioner har inkommit.", a next meeting's date). The table ends at a line left of the text
    column or with more than one cell left of the decision column (the signatures side by side); the index
    after the table."""
    text_x, decision_x = columns
    slack = settings.column_slack
    rows: list[tuple[Line, list[Line], list[Line]]] = []  # (heading, notes, decision pieces)
    k = i + 1
    while k < len(lines):
        line = lines[k]
        cells = _cells(line, settings)
        if not cells:
            k += 1
            continue
        left = [c for c in cells if c[0] < decision_x - slack]
        right = [c for c in cells if c[0] >= decision_x - slack]
        if cells[0][0] < text_x - slack or len(left) > 1:
            break
        if _decision_column_header(lines, k, settings) is not None:  # the header repeated on a new page
            k += 1
            continue
        if left:
            x, offset, text = left[0]
            piece = _piece(line, offset, text, blank_before=True)
            if _INLINE_NUMBER.match(text):
                rows.append((piece, [], []))
            elif rows:
                rows[-1][1].append(replace(piece, blank_before=line.blank_before))
            else:
                out.append(piece)
        if right and rows:
            rows[-1][2].extend(_piece(line, offset, text) for _, offset, text in right)
        k += 1
    for heading, notes, decision in rows:
        out.append(heading)
        out.extend(notes)
        if decision:
            text = join([p.text for p in decision])
            if text[:4].lower() == "att " or text[:1].islower():
                text = f"{ACTION_LABEL}: {text}"
            a, b = decision[0], decision[-1]
            out.append(Line(text, a.page, a.start, b.end if b.page == a.page else a.end, blank_before=True,
                            indent=a.indent, low_confidence=any(p.low_confidence for p in decision)))
    return k


def _tail_of(line: Line, cells, settings: TableSettings) -> bool:
    """Whether ``line`` is the rest of a header whose titles ran over two lines ("Klart" / "till"): a few
    short words straight under the titles, on the line right after them."""
    below = _cells(line, settings)
    slack = settings.column_slack
    return bool(below) and not line.blank_before and all(
        len(text.split()) <= 2 and not any(c.isdigit() for c in text)
        and any(x - slack <= bx <= x + len(title) + slack for x, _, title in cells) for bx, _, text in below)


def _raw_header(text: str) -> bool:
    text = _BORDERS.sub(" ", text).strip()  # Tesseract reads a cell's border as "|": "Punkt |Ärende"
    m = _RAW_HEADER.fullmatch(text)
    if not m:
        return False
    roles = [ROLE_OF[w.lower()] for w in re.findall(ANY_WORD, text, re.IGNORECASE)]
    return roles[0] == NUMBER and (TEXT in roles or roles[1:2] == [ACTION])


def _piece(line: Line, offset: int, text: str, **changes) -> Line:
    """A new Line for ``text`` found at ``offset`` of ``line.text``, its span narrowed to those characters."""
    start = min(line.start + offset, line.end)
    fields = dict(page=line.page, start=start, end=min(start + len(text), line.end),
                  blank_before=line.blank_before, indent=line.indent + offset, low_confidence=line.low_confidence)
    fields.update(changes)
    return Line(text, **fields)


class _Row:
    def __init__(self, number: Line, header):
        self.number = number
        self.text: list[list[Line]] = [[] for role, *_ in header if role == TEXT]
        self.action: list[list[Line]] = [[] for role, *_ in header if role == ACTION]
        self.responsible: list[list[Line]] = [[] for role, *_ in header if role == RESPONSIBLE]
        self.labels = [label for role, _, _, label in header if role == RESPONSIBLE]
        # id of each action or responsible piece → (page, start) of the line it stood on
        self.row_line: dict[int, tuple[int, int]] = {}
        # (page, start) of the row's lines that a blank line stands over: a ruled table's rows of their own under
        # one number ("4  Åtgärdslista" over three task rows, each with its responsible and date cells)
        self.blank_lines: set[tuple[int, int]] = set()

    def _placed(self, cell: list[Line]) -> bool:
        """Whether the lines each piece of ``cell`` and of the responsible cells stood on are known (rows read
        from layout text; not rows cut apart otherwise)."""
        return all(id(p) in self.row_line for p in cell) and \
            all(id(p) in self.row_line for column in self.responsible for p in column)

    def _task_starts(self, cell: list[Line]) -> list[int]:
        """Where in an action cell a task line starts a part of its own: a line with a responsible cell
        beside it, after report lines without one that end a sentence ("Två hästar pensioneras. Ersättare
        söks." / "Ta fram kravprofil      Kim      31/10"), or a task line with a responsible cell beside it that
        a blank line parts from the line above (rows of their own under one number). The cell's first line never
        splits it, nor a line beside a responsible cell that goes on from the line above ("Per" / "Lisa")."""
        if not self._placed(cell):
            return []
        beside = {self.row_line[id(p)] for column in self.responsible for p in column}
        return [k for k in range(1, len(cell))
                if self.row_line[id(cell[k])] in beside and cell[k].text[:1].isupper()
                and (self.row_line[id(cell[k])] in self.blank_lines
                     or self.row_line[id(cell[k - 1])] not in beside
                     and cell[k - 1].text.rstrip()[-1:] in _SENTENCE_ENDS)]

    def _responsible_lines(self, parts: list[list[Line]]) -> list[list[Line]]:
        """The "Ansvar:"/"Klart till:" lines of each part of the action cells: a responsible cell belongs to
        the part whose lines it stands beside, or below (a date on a task's second line); the first part
        takes those above every task line."""
        if not all(self._placed(part) for part in parts):
            return [[] for _ in parts[1:]] + [self._responsible_of(self.responsible)]  # all after the last part
        starts = [min(self.row_line[id(p)] for p in part) for part in parts]
        owned: list[list[list[Line]]] = [[[] for _ in self.responsible] for _ in parts]
        for c, column in enumerate(self.responsible):
            for piece in column:
                at = self.row_line[id(piece)]
                k = max([n for n, s in enumerate(starts) if s <= at] or [0])
                owned[k][c].append(piece)
        return [self._responsible_of(cells) for cells in owned]

    def emit(self, out: list[Line]) -> None:
        text = [line for column in self.text for line in column]  # a second text column ("Beslut") after the first
        first, rest = (text[0], text[1:]) if text else (None, [])
        head = self.number
        if first is not None:
            end = first.end if first.page == head.page and first.start >= head.start else head.end
            head = Line(f"{head.text} {first.text}", head.page, head.start, end, indent=head.indent,
                        low_confidence=head.low_confidence or first.low_confidence)
        head.blank_before = True
        out.append(head)
        out.extend(rest)
        parts: list[list[Line]] = []
        for cell in self.action:
            cuts = [0] + self._task_starts(cell) + [len(cell)]
            parts.extend(cell[a:b] for a, b in zip(cuts, cuts[1:]) if b > a)
        responsible = self._responsible_lines(parts) if parts else [self._responsible_of(self.responsible)]
        for n, part in enumerate(parts):
            # "godkänna dagordningen", "att boka aulan": a decision without its formula is labelled as one;
            # a sentence ("Frågan bordlades.", "Lina bokar lokalen.") is read as running text is. A task line
            # after the cell's report ("Ta fram kravprofil" with "Kim" beside it) is the row's task.
            # So is the first of several task rows under one number, a bare task ("Beställa tryck") beside its own
            # responsible cell.
            first = part[0]
            if first.text[:1].islower() or n and responsible[n] or (
                    len(parts) > 1 and responsible[0] and first.text.rstrip()[-1:] not in _SENTENCE_ENDS):
                first = Line(f"{ACTION_LABEL}: {first.text}", first.page, first.start, first.end,
                             indent=first.indent, low_confidence=first.low_confidence)
            # A cell is a paragraph of its own: its first line, wrapped in the cell ("Ordföranden öppnade"
            # / "mötet."), never continues the row's title.
            first.blank_before = True
            out.append(first)
            out.extend(part[1:])
            if n < len(parts) - 1:
                out.extend(responsible[n])
        out.extend(responsible[-1])

    def _responsible_of(self, columns: list[list[Line]]) -> list[Line]:
        """ "Ansvar: X" and "Klart till: D" (or "Ansvar: X, senast D") from the responsible cells given."""
        found = {}
        for label in ("Ansvar", "Klart till"):
            cells = [c for c, name in zip(columns, self.labels) if c and name == label]
            if cells:
                a, b = cells[0][0], cells[-1][-1]
                text = ", ".join(mend_dates(join([p.text for p in c])) for c in cells)
                found[label] = Line(f"{label}: {text}", a.page, a.start, b.end if b.page == a.page else a.end,
                                    indent=a.indent, low_confidence=any(p.low_confidence for c in cells for p in c))
        due = found.get("Klart till")
        if "Ansvar" in found and due is not None and any(c.isdigit() for c in due.text):
            # "Ansvar: Elsa Ek, senast 2025-11-07": the deadline goes with the people, as a written line has it
            who = found["Ansvar"]
            who.text += f", {DUE_WORD} {due.text.split(': ', 1)[1]}"
            if due.page == who.page and due.end > who.end:
                who.end = due.end  # the line's span covers both cells
            del found["Klart till"]
        return list(found.values())


class _Table:
    """One item table in layout text, over any number of pages, each with its own (repeated) header."""

    def __init__(self, lines: list[Line], settings: TableSettings):
        self.lines, self.settings = lines, settings
        self.row: _Row | None = None
        self.held: list[Line] = []  # lines between two pages of the table, put after the row they cut
        self.paragraphs = False  # the number column is headed "§": its numbers are the items' paragraphs

    def _emit(self, out: list[Line]) -> None:
        if self.row is not None:
            self.row.emit(out)
        out.extend(self.held)
        self.row, self.held = None, []

    def read(self, i: int, out: list[Line]) -> int:
        """Rewrite the table whose header is ``lines[i]`` into ``out``; the index after the table."""
        lines, settings = self.lines, self.settings
        while True:
            header = _header(lines[i], settings) or _bare_header(lines, i, settings)
            end = i + 1
            titles = _cells(lines[i], settings)
            self.paragraphs = self.paragraphs or bool(titles) and titles[0][2] == PARAGRAPH_SIGN
            while end < min(len(lines), i + 1 + settings.header_lines) and _tail_of(lines[end], titles, settings):
                end += 1
            body = end
            while end < len(lines) and self._fits(lines[end], header) and not self._heads(lines, end):
                end += 1
            self._rows(lines[body:end], header, out)
            # A footer the furniture pass kept may stand between a page's rows and the repeated header.
            nxt = next((j for j in range(end, min(end + 3, len(lines))) if self._heads(lines, j)), None)
            if nxt is None or lines[nxt].page == lines[end - 1].page and nxt > end:
                break
            self.held += lines[end:nxt]
            i = nxt
        self._emit(out)
        return end

    def _heads(self, lines: list[Line], j: int) -> bool:
        return _header(lines[j], self.settings) is not None or _bare_header(lines, j, self.settings) is not None

    def _fits(self, line: Line, header) -> bool:
        """A row line: a number, or text right of the number column's header (which may be centred, so
        the text column's own header word does not bound it). Text under the number column ends the table."""
        cells = _cells(line, self.settings)
        return bool(cells) and (cells[0][0] > header[0][2] or _NUMBER_CELL.fullmatch(cells[0][2]) is not None)

    def _bounds(self, body: list[Line], header) -> list[int]:
        """Where each column starts, measured on this page's rows: the nearest start of cells at or left
        of its header word (a centred header stands right of its cells). A lone cell start counts only
        in the right half of the gap between two header words, so that a wide gap inside a text line
        is no column. Cells that start left of the header word before it are that column's, indented under
        its header ("Åtgärd / ansvar" over "   Björn sammanställer"), not the next one's."""
        slack = self.settings.column_slack
        xs = sorted(c[0] for line in body for k, c in enumerate(_cells(line, self.settings))
                    if k or not _NUMBER_CELL.fullmatch(c[2]))
        groups: list[list[int]] = []
        for x in xs:
            if groups and x - groups[-1][-1] <= slack:
                groups[-1].append(x)
            else:
                groups.append([x])
        bounds = [-1]
        for k in range(1, len(header)):
            x, middle = header[k][1], (header[k - 1][2] + header[k][1]) // 2 if k > 1 else header[0][2]
            floor = max(bounds[-1], header[k - 1][2] - 1 if k > 1 else -1)
            starts = [g[0] for g in groups if floor < g[0] <= x + slack and (len(g) > 1 or g[0] > middle)]
            bounds.append(max(starts) if starts else x - slack)
        return bounds

    def _rows(self, body: list[Line], header, out: list[Line]) -> None:
        bounds = self._bounds(body, header)
        roles = [role for role, *_ in header]
        for line in body:
            cells = _cells(line, self.settings)
            for k, (x, offset, text) in enumerate(cells):
                column = max(c for c, b in enumerate(bounds) if b <= x)
                role = roles[column]
                if role == NUMBER and k == 0 and _NUMBER_CELL.fullmatch(text):
                    self._emit(out)
                    number = _piece(line, offset, text)
                    if self.paragraphs and not text.startswith(PARAGRAPH_SIGN) and not text.endswith((".", ")")):
                        number.text = f"{PARAGRAPH_SIGN} {text}"  # "56" under "§" is "§ 56", as the text writes it
                    self.row = _Row(number, header)
                    continue
                if text in EMPTY_CELLS and self.row is not None:
                    continue
                piece = _piece(line, offset, text, blank_before=line.blank_before and k == 0)
                if self.row is None:  # a cell above the first row (a row the page break cut): kept as text
                    out.extend(self.held + [piece])
                    self.held = []
                    continue
                columns = {RESPONSIBLE: self.row.responsible, ACTION: self.row.action}.get(role, self.row.text)
                columns[column - roles.index(role)].append(piece)
                self.row.row_line[id(piece)] = (line.page, line.start)
                if line.blank_before:
                    self.row.blank_lines.add((line.page, line.start))


def _read_raw(lines: list[Line], i: int, out: list[Line], settings: TableSettings) -> int:
    """A table as -raw text gives it, cell after cell: the rows already read "N Title" and text, so the
    header is dropped, and a row's short lines after its last sentence (the responsible cells) become
    "Ansvar:". The row numbers must run on (a cell line may start with a number too). A table with an
    action column reads each line of a row across all its cells ("4 Städning begära in offerter Ali Demir
    2025-06-10"): its rows are cut into cells again (``_across``)."""
    header = lines[i]
    # A responsible cell names someone the minutes name elsewhere (attendance, a task sentence).
    names = Counter(w for line in lines for w in (w.strip(".,;:!?()|") for w in line.text.split()) if w[:1].isupper())
    expected, row = None, []
    across = _raw_columns(header.text)
    columns = _raw_columns(header.text, need_action=False)
    who = across is None and columns is not None and any(label == "Ansvar" and role == RESPONSIBLE
                                                          for role, label in columns)

    def flush() -> None:
        if across is not None:
            if row:
                _Across(across, names, settings).emit(row, out)
            row.clear()
            return
        first_who = None
        if who and row:
            row[0], first_who = _title_then_names(row[0], names, settings)
        # A row the page break cut has its responsible cell at the end of its first page's part.
        cuts = [0] + [j for j in range(1, len(row)) if row[j].page != row[j - 1].page] + [len(row)]
        responsible = []
        for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
            k = b
            while k > a + (2 if n == 0 else 1) and _short_cell(row[k - 1].text, settings):
                k -= 1
            tail = row[k:b]
            if tail and (row[k - 1].text[-1] in ".!?" or b < len(row)) \
                    and names[tail[0].text.split()[0].strip(",")] >= 2:
                first, last = tail[0], tail[-1]
                out.extend(row[a:k])
                responsible.append(Line("Ansvar: " + join([x.text for x in tail]), first.page, first.start,
                                        last.end if last.page == first.page else first.end, indent=first.indent))
            else:
                out.extend(row[a:b])
        out.extend(responsible + [first_who] * (first_who is not None))  # after the row's text, which a
        row.clear()  # page break may have cut mid-sentence

    for i in range(i + 1, len(lines)):
        line = lines[i]
        if _FIRST.match(line.text) and _raw_header(line.text):
            continue
        if across is not None and not _RAW_ROW.match(line.text):
            if expected is None and not _WORDLIKE.search(line.text):
                continue  # the header's rule read as text ("=S -” -” -”- NR |"): no row, no end of the table
            line = _misread_number(lines, i, expected, settings) or line
        m = _RAW_ROW.match(line.text)
        if m and (expected is None or int(m.group(1)) == expected):
            flush()
            expected = int(m.group(1)) + 1
        elif expected is None:  # no row follows: not a table after all
            out.append(header)
            return i
        row.append(line)
    # The last row runs on into what follows the table and nothing tells where: it is left as it is, but for
    # its first line, cut into cells where the rows read across.
    if expected is not None and across is not None and row:
        _Across(across, names, settings).emit(row[:1], out)
        row = row[1:]
    out.extend(row if expected is not None else [header])
    return len(lines)


# --- rows read across in single spaces ------------------------------------------------------------------
# Tesseract and pdftotext -raw read a Word table's row line by line across every cell, one space between
# cells. With an action column beside the title ("Nr | Ärende | Beslut | Vem | När") the row's first line
# holds the title and the first words of the action; the cells are found again by what they hold: a date
# at the line's end for a date column, names the minutes use elsewhere before it for a responsible column,
# and the action's start after the title: a capital (a sentence: "Ordföranden öppnade mötet."), a full
# date, or an infinitive ("godkänna dagordningen", "boka aulan").
_RAW_DUE = regexes.compile(r"(?:^|\s)\|?(%s)$" % DUE, re.IGNORECASE)
_FULL_DATE = regexes.compile(r"^\d{4}-\d{2}-\d{2}\b")
# A word after one of these is the object of a title's preposition ("Resa till Stockholm", "Byte av
# skola"), not the start of the action cell.
PREPOSITIONS = frozenset({"i", "av", "för", "till", "från", "med", "på", "om", "vid", "hos", "och", "inför",
                          "under", "efter", "mot", "över", "utan", "samt", "eller"})
# Lower-case words ending in -a that are no infinitive: adjectives, numerals, pronouns before a noun.
NOT_VERBS = frozenset({"nya", "andra", "alla", "hela", "egna", "gamla", "stora", "lilla", "nästa", "första",
                       "sista", "övriga", "samma", "olika", "enda", "bästa", "flera", "extra", "sina", "våra",
                       "era", "dina", "mina", "några", "vissa", "båda", "bägge", "fria", "goda", "rena", "tredje",
                       "fjärde", "femte", "mera", "sakta", "fina", "långa", "korta", "höga", "låga", "unga"})
# Endings of those words besides: adjectives (-iga, -liga, -ska, -ala, -ella) and nouns in the definite
# plural (-rna: "stadgarna", "frågorna").
# A date the cell's width wrapped: "2025-09-1" ending a line, its last digit ending a later line of the row.
_CUT_DATE = regexes.compile(r"(?:^|\s)\|?(\d{4}-\d{2}-\d?|\d{4}-\d{1,2})$")
_DATE_TAIL = regexes.compile(r"(?:^|\s)[\[(|]?(\d{1,2})[\])|]?$")  # OCR may add the cell's border
_NOT_VERB_END = regexes.compile(r"(?:iga|ska|ala|ella|rna)$")
_NAME_WORD = regexes.compile(r"^[A-ZÅÄÖÉ][\wåäöé-]*[,]?$")
_JOINERS = ("och", "/", "&")


def _raw_columns(text: str, need_action: bool = True) -> list[tuple[int, str]] | None:
    """(role, label) of each column of a -raw header whose rows read across: one with an action column
    beside its text column (any item-table header where not ``need_action``); None for any other header."""
    words = re.findall(ANY_WORD, _BORDERS.sub(" ", text), re.IGNORECASE)
    roles = [ROLE_OF[w.lower()] for w in words]
    if roles[:1] != [NUMBER] or TEXT not in roles or (need_action and ACTION not in roles):
        return None
    return [(r, "Klart till" if w.lower() in DUE_TITLES else "Ansvar") for r, w in zip(roles, words)]


def _infinitive(word: str) -> bool:
    return word[:1].islower() and len(word) >= 4 and word.endswith(("a", "ä")) and word not in NOT_VERBS \
        and not _NOT_VERB_END.search(word)


class _Across:
    """One table's rows read across: each row cut into its number, title, action, responsible and date cells
    and emitted as a layout table's row is (``_Row.emit``)."""

    def __init__(self, columns: list[tuple[int, str]], names: Counter, settings: TableSettings):
        self.header = [(role, 0, 0, label) for role, label in columns]
        self.due = any(role == RESPONSIBLE and label == "Klart till" for role, label in columns)
        self.who = any(role == RESPONSIBLE and label == "Ansvar" for role, label in columns)
        self.names, self.settings = names, settings

    def emit(self, row: list[Line], out: list[Line]) -> None:
        first = row[0]
        m = _NUMBER_CELL.match(first.text)
        record = _Row(_piece(first, 0, m.group(0)), self.header)
        responsible = {label: cells for label, cells in zip(record.labels, record.responsible)}
        ends = self._wrapped_date(row, responsible) if self.due else {}
        action_started = False
        for n, line in enumerate(row):
            start = m.end() if n == 0 else 0
            text = line.text[:ends.get(n, len(line.text))].rstrip()
            end = len(text)
            due = _RAW_DUE.search(text, start) if self.due else None
            if due and any(c.isdigit() for c in due.group(1)) and text[start:due.start()].strip():
                responsible["Klart till"].append(_piece(line, due.start(1), due.group(1)))
                end = due.start()
            if self.who:
                cut = self._names_from(text, start, end, whole=n > 0)
                if cut is not None:
                    responsible["Ansvar"].append(_piece(line, cut, text[cut:end].strip(" |")))
                    end = cut
            rest = text[start:end]
            lead = len(rest) - len(rest.lstrip(" |"))
            rest = rest.strip(" |")
            if not rest:
                continue
            at = start + lead
            if n == 0:
                split = self._action_start(rest)
                if split is None:
                    record.text[0].append(_piece(line, at, rest))
                    continue
                title, action = rest[:split].rstrip(), rest[split:]
                record.text[0].append(_piece(line, at, title))
                record.action[0].append(_piece(line, at + split, action))
                action_started = True
            else:
                (record.action[0] if action_started else record.text[0]).append(_piece(line, at, rest))
        record.emit(out)

    def _wrapped_date(self, row: list[Line], responsible: dict) -> dict[int, int]:
        """A date the column's width wrapped over two lines of the row ("2025-09-1" / "5"), put together as
        the row's due cell; the length each of the two lines keeps without it. A cut date whose end is lost
        (a lone digit reads as a page number) is left out of the row's text all the same."""
        for n, line in enumerate(row):
            cut = _CUT_DATE.search(line.text.rstrip())
            if cut is None or (n == 0 and cut.start() <= len(_NUMBER_CELL.match(line.text).group(0))):
                continue
            for k in range(n + 1, len(row)):
                tail = _DATE_TAIL.search(row[k].text.rstrip())
                if tail and _FULL_DATE.match(cut.group(1) + tail.group(1)) and \
                        re.fullmatch(r"\d{4}-\d{2}-\d{2}", cut.group(1) + tail.group(1)):
                    responsible["Klart till"].append(_piece(line, cut.start(1), cut.group(1) + tail.group(1)))
                    return {n: cut.start(), k: tail.start()}
            return {n: cut.start()}
        return {}

    def _names_from(self, text: str, start: int, end: int, whole: bool) -> int | None:
        """Where the names at the end of ``text[start:end]`` start ("... Ali Demir och", "Leo Vik"), when
        their first words are names the minutes use elsewhere; None for no names. On the row's first line
        the title must stay before them; a later line may be names alone (``whole``)."""
        words = list(re.finditer(r"\S+", text[:end]))
        words = [w for w in words if w.start() >= start]
        k = len(words)
        found = None
        while k > 0:
            word = words[k - 1].group().strip("|")
            if word.lower() in _JOINERS or word == ",":
                k -= 1
                continue
            # a name of two words (first name, surname); the first word one the minutes name elsewhere
            if k >= 2 and _NAME_WORD.match(word) and _NAME_WORD.match(words[k - 2].group().strip("|")) and \
                    self.names[words[k - 2].group().strip("|,")] >= self.settings.name_mentions and \
                    not words[k - 2].group().endswith(","):
                k -= 2
                found = k
                continue
            break
        if found is None or (found == 0 and not whole):
            return None
        return words[found].start()

    def _action_start(self, rest: str) -> int | None:
        """Where the action cell starts in the first line's text after the number, or None."""
        words = list(re.finditer(r"\S+", rest))
        for k in range(1, min(len(words), self.settings.title_words + 1)):
            word, before = words[k].group(), words[k - 1].group().lower()
            if before in PREPOSITIONS:
                continue
            if word[:1].isupper() or _FULL_DATE.match(word) or _infinitive(word):
                return words[k].start()
        return None


def _title_then_names(line: Line, names: Counter, settings: TableSettings) -> tuple[Line, Line | None]:
    """A row's first line read across its title and responsible cells ("3 Vägunderhåll Olle", "4 Ekonomi
    Mehmet Kaya"): the title line and an "Ansvar:" line; ``line`` and None where no name the minutes use
    elsewhere ends it (after a preposition a name is the title's own: "Avtackning av Anna")."""
    from protokoll.vocab import conventions as cv

    words = list(re.finditer(r"\S+", line.text))
    for n in (2, 1):
        if len(words) < n + 2:  # the number, a title word, the name
            continue
        name = [w.group().strip("|") for w in words[-n:]]
        if all(_NAME_WORD.match(w) and not w.endswith(",") for w in name) and \
                names[name[0]] >= settings.name_mentions and not cv.is_role(" ".join(name)) and \
                words[-n - 1].group().lower() not in PREPOSITIONS and not _NUMBER_CELL.fullmatch(words[-n - 1].group()):
            cut = words[-n].start()
            who = _piece(line, cut, line.text[cut:].strip(" |"), blank_before=False)
            who.text = f"Ansvar: {who.text}"
            return _piece(line, 0, line.text[:cut].rstrip(" |")), who
    return line, None


_WORDLIKE = regexes.compile(r"[^\W\d_]{3}")  # a line with no three letters in a row holds no word
_GARBLED = regexes.compile(r"^(\S{1,3})\s+[A-ZÅÄÖ]")  # a token the length of a row number, then a title


def _misread_number(lines: list[Line], i: int, expected: int | None, settings: TableSettings) -> Line | None:
    """``lines[i]`` with its row number given back where Tesseract misread it ("Å Mötets öppnande" for "1",
    "hej Dagordning" for "212"): a short first token before a capital, and the next numbered row within
    ``settings.misread_lookahead`` lines is the one after (the table's first row: any one after)."""
    m = _GARBLED.match(lines[i].text)
    if m is None or m.group(1).isdigit():
        return None
    for line in lines[i + 1:i + 1 + settings.misread_lookahead]:
        nxt = _RAW_ROW.match(line.text)
        if nxt:
            number = int(nxt.group(1)) - 1
            if number < 1 or (expected is not None and number != expected):
                return None
            text = f"{number}{lines[i].text[m.end(1):]}"
            return replace(lines[i], text=text)
    return None


def _short_cell(text: str, settings: TableSettings) -> bool:
    return (len(text.split()) <= settings.responsible_words and ":" not in text
            and text[-1] not in ".!?;" and (text[0].isupper() or text[0].isdigit()))


# --- action tables inside an item: "Åtgärd | Ansvarig | Klart till", one task a row ----------------------
# The first column's header words (what is to be done); the others are HEADER_WORDS[RESPONSIBLE].
ACTION_WORDS = ("Åtgärder", "Åtgärd", "Vad", "Uppgift", "Uppgifter", "Aktivitet", "Aktiviteter", "Att göra",
                "Beslut / åtgärd", "Beslut/åtgärd", "Beslut / åtgärder", "Beslut/åtgärder")
# A topic column before the task column ("Fråga | Beslut / åtgärd | Ansvarig | Klart", a workplace meeting's
# notes): what the row is about, no part of its task.
TOPIC_WORDS = ("Fråga", "Frågor", "Ämne", "Ärende")
ACTION_TASK_LABEL = "Åtgärd"  # the label each row's task is given ("Åtgärd: Byta nät på bana 3")
# A due cell that already says what kind of date it is ("senast 30 april", "före 1 maj") keeps its own word.
_DUE_LED = regexes.compile(r"^(?:senast|före|innan|till|klart?)\b", re.IGNORECASE)
_ACTION_CELL = regexes.compile(r"(%s)$" % "|".join(re.escape(w) for w in ACTION_WORDS), re.IGNORECASE)
_TOPIC_CELL = regexes.compile(r"(%s)$" % "|".join(re.escape(w) for w in TOPIC_WORDS), re.IGNORECASE)
_ACTION_INITIALS = frozenset(c for w in ACTION_WORDS + TOPIC_WORDS for c in (w[0], w[0].lower()))
_RESPONSIBLE_CELL = regexes.compile(r"(%s)$" % "|".join(re.escape(w) for w in
                                                   sorted(HEADER_WORDS[RESPONSIBLE], key=len, reverse=True)),
                               re.IGNORECASE)
_NUMBERED_LINE = regexes.compile(r"^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[.):]?\s+\S")


def _action_header(texts: list[str]) -> list[str] | None:
    """The label of each responsible column ("Ansvar" or "Klart till") where ``texts`` are the header cells
    of an action table: a task column first, then one to three responsible or date columns."""
    if not 2 <= len(texts) <= 4 or not _ACTION_CELL.match(texts[0].strip(" :")):
        return None
    out = []
    for text in texts[1:]:
        m = _RESPONSIBLE_CELL.match(text.strip(" :"))
        if not m:
            return None
        out.append("Klart till" if m.group(1).lower() in DUE_TITLES else "Ansvar")
    return out if "Ansvar" in out else None


# A row-number column before the task column ("Nr   Aktivitet   Ansvarig   Klart" / "1    Säkra testmiljö ...",
# a steering group's action list): the numbers count the rows, and the table is read without them.
# ("Punkt   Vad   Ansvar" over "1   Mötets öppnande" is a table of the items themselves, not of tasks: neither
# "Punkt" nor a bare "Vad" after the number's title opens an action list.)
_ROW_NUMBER_TITLE = regexes.compile(r"^(?:nr\.?|#)$", re.IGNORECASE)
# The characters _ROW_NUMBER_TITLE starts with ("n" has no other case partner under IGNORECASE): a line that
# _numbered_head finds starts with one, or with the whitespace its first word stands after.
_ROW_NUMBER_LEADS = frozenset("nN#")
_ITEM_TABLE_TASK_WORD = "vad"
_ROW_NUMBER = regexes.compile(r"^\d{1,3}[.)]?(?=\s)")


def _without_row_numbers(lines: list[Line], i: int, settings: TableSettings) -> list[Line] | None:
    """``lines`` with the row-number column of the action table whose header is ``lines[i]`` cut off (the header's
    title and each row's number; the cells keep their columns), or None where ``lines[i]`` is no such header."""
    cells = _cells(lines[i], settings)
    if len(cells) < 3 or not _ROW_NUMBER_TITLE.match(cells[0][2]) or cells[1][2].lower() == _ITEM_TABLE_TASK_WORD \
            or _action_header([c[2] for c in cells[1:]]) is None:
        return None
    cut = cells[1][1]  # where the task column starts in the header's text

    def trimmed(line: Line, at: int) -> Line:
        return replace(line, text=line.text[at:], start=line.start + at, indent=line.indent + at)

    out = lines[:i] + [trimmed(lines[i], cut)]
    expected = None
    rows_marked = False  # the rows' numbers written "1." or "1)", not bare
    for j in range(i + 1, len(lines)):
        line = lines[j]
        number = _ROW_NUMBER.match(line.text)
        if number is None or (j > i + 1 and line.blank_before):
            return out + lines[j:]
        rest = len(line.text) - len(line.text[number.end():].lstrip())
        in_column = abs(rest - cut) <= settings.column_slack
        row = int(number.group(0).rstrip(".)"))
        marked = number.group(0)[-1:] in ".)"
        if j > i + 1 and (not in_column and row != expected
                          or marked != rows_marked and "   " not in line.text[number.end():].strip()):
            # "2   Boka möte ..." / "4. Nästa möte" (or "3. Nästa möte", one cell, its number written otherwise than
            # the rows'): the minutes' next item, right under the table
            return out + lines[j:]
        rows_marked = marked
        expected = row + 1
        out.append(trimmed(line, rest) if in_column else line)
    return out


def unfold_actions(lines: list[Line], settings: TableSettings = DEFAULTS) -> list[Line]:
    """``lines`` with each action table rewritten as one "Åtgärd: task" line and one "Ansvar: who, senast
    date" line a row, which the item parser reads as a task and who carries it out; a table as layout text
    (cells apart on a line) or as cells one a line (the header's words on lines of their own)."""
    if not any(line.text[:1] in _ACTION_INITIALS and _could_head(line.text)
               or (line.text[:1] in _ROW_NUMBER_LEADS or line.text[:1].isspace()) and _numbered_head(line.text)
               for line in lines):
        return lines  # no table: the same list, as unfold promises
    changed = False
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _numbered_head(line.text):
            unnumbered = _without_row_numbers(lines, i, settings)
            if unnumbered is not None:
                lines, line = unnumbered, unnumbered[i]
        if line.text[:1] in _ACTION_INITIALS:
            cells = _cells(line, settings)
            labels = _action_header([c[2] for c in cells]) if len(cells) >= 2 else None
            topic = None
            if labels is None and len(cells) >= 3 and _TOPIC_CELL.match(cells[0][2].strip(" :")):
                labels = _action_header([c[2] for c in cells[1:]])
                topic = cells[1][0] if labels is not None else None
            if labels is not None:
                header = cells[1:] if topic is not None else cells
                i, changed = _layout_actions(lines, i, header, labels, out, settings, topic), True
                continue
            width = _stacked_header(lines, i)
            if width:
                i, changed = _stacked_actions(lines, i, width, out, settings), True
                continue
        out.append(line)
        i += 1
    return out if changed else lines


def _numbered_head(text: str) -> bool:
    """A cheap first look: a line whose first word may title a row-number column, a task column's word after it."""
    if text[:1] not in _ROW_NUMBER_LEADS and not text[:1].isspace():
        return False
    words = text.split(None, 2)
    return len(words) > 2 and _ROW_NUMBER_TITLE.match(words[0]) is not None and _could_head(words[1] + " " + words[2])


def _could_head(text: str) -> bool:
    """A cheap first look: a line whose first word (or two) is an action column's header word."""
    words = text.split(None, 2)  # the first two words (and the rest): no need to split a long line whole
    return bool(words) and (_ACTION_CELL.match(words[0]) is not None or _TOPIC_CELL.match(words[0]) is not None
                            or len(words) > 1 and _ACTION_CELL.match(" ".join(words[:2])) is not None)


def _row_lines(task: list[Line], cells: list[list[Line]], labels: list[str]) -> list[Line]:
    """ "Åtgärd: task" and "Ansvar: who, senast date" for one row."""
    first = task[0]
    out = [Line(f"{ACTION_TASK_LABEL}: " + join([x.text for x in task]), first.page, first.start,
                task[-1].end if task[-1].page == first.page else first.end, blank_before=first.blank_before,
                indent=first.indent, low_confidence=any(x.low_confidence for x in task))]
    who = [join([x.text for x in c]) for c, label in zip(cells, labels) if c and label == "Ansvar"]
    due = [join([x.text for x in c]) for c, label in zip(cells, labels) if c and label == "Klart till"]
    if who:
        text = "Ansvar: " + ", ".join(who)
        if due and (any(ch.isdigit() for ch in due[0]) or _DUE_LED.match(due[0])):  # "2025-05-31", "till nästa möte"
            text += ", " + (due[0] if _DUE_LED.match(due[0]) else f"{DUE_WORD} {due[0]}")
        spans = [x for c in cells for x in c]
        out.append(Line(text, spans[0].page, spans[0].start, spans[-1].end if spans[-1].page == spans[0].page
                        else spans[0].end, indent=spans[0].indent))
    return out


def _layout_actions(lines: list[Line], i: int, header, labels: list[str], out: list[Line],
                    settings: TableSettings, topic_end: int | None = None) -> int:
    """Rows of an action table in layout text; the index after the table. A row starts where the task column
    holds a capitalised cell; a lower-case one, or a line with cells only to its right, continues the row.
    Cells left of ``topic_end`` (a topic column before the task's) are left out."""
    starts = [x for x, _, _ in header]
    row: tuple[list[Line], list[list[Line]]] | None = None
    j = i + 1
    while j < len(lines):
        line = lines[j]
        cells = _cells(line, settings)
        if not cells or _NUMBERED_LINE.match(line.text):
            break
        if topic_end is not None:
            cells = [c for c in cells if c[0] >= topic_end - settings.column_slack]
            if not cells:  # the topic cell alone, wrapped onto a line of its own
                j += 1
                continue
        columns = [max([k for k, x in enumerate(starts) if x - settings.column_slack <= c[0]], default=0)
                   for c in cells]
        task_cell = cells[0] if columns[0] == 0 else None
        opens = task_cell is not None and (task_cell[2][:1].isupper() or task_cell[2][:1].isdigit())
        if opens and len(cells) == 1 and line.blank_before and row is not None:
            break  # a paragraph after the table
        if opens or row is None:
            if row is not None:
                out.extend(_row_lines(row[0], row[1], labels))
            if task_cell is None:
                break
            row = ([], [[] for _ in labels])
        for (x, offset, text), column in zip(cells, columns):
            piece = _piece(line, offset, text)
            if column == 0:
                row[0].append(piece)
            else:
                row[1][column - 1].append(piece)
        j += 1
    if row is not None and row[0]:
        out.extend(_row_lines(row[0], row[1], labels))
    return j


def _stacked_header(lines: list[Line], i: int) -> int:
    """The number of columns where ``lines[i:]`` open with an action table's header one cell a line
    ("Åtgärd" / "Ansvarig" / "Klart till"), else 0."""
    texts = []
    for line in lines[i: i + 4]:
        if len(line.text.split()) > 2:
            break  # (blank lines may stand between the cells: a word processor's table, a paragraph a cell)
        texts.append(line.text.strip())
        if len(texts) >= 2 and _action_header(texts) is not None:
            nxt = lines[i + len(texts)] if i + len(texts) < len(lines) else None
            if nxt is None or not _RESPONSIBLE_CELL.match(nxt.text.strip(" :")):
                return len(texts)
    return 0


def _stacked_actions(lines: list[Line], i: int, width: int, out: list[Line], settings: TableSettings) -> int:
    """Rows of an action table whose cells stand one a line, ``width`` lines a row; the table ends at the
    first group whose responsible cell is no short name (a paragraph, a heading)."""
    labels = _action_header([line.text for line in lines[i: i + width]])
    j = i + width
    while j + width <= len(lines):
        group = lines[j: j + width]
        cells = list(zip(group[1:], labels))
        # (a date cell "10 oktober" starts with a number as a numbered line does: it is no heading)
        if any(_NUMBERED_LINE.match(x.text) for x in [group[0]] + [x for x, label in cells if label != "Klart till"]) \
                or not all(_short_cell(x.text, settings) for x, label in cells if label == "Ansvar") \
                or any(len(x.text.split()) > settings.responsible_words for x, label in cells if label != "Ansvar"):
            break
        row = _row_lines([group[0]], [[x] for x in group[1:]], labels)
        if j == i + width:  # the table's first row stands where its header stood (right under a heading)
            row[0] = replace(row[0], blank_before=lines[i].blank_before)
        out.extend(row)
        j += width
    if j == i + width:  # no row: the header words were text after all
        out.extend(lines[i: j])
    return j
