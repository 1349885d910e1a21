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
from dataclasses import dataclass

from protokoll.clean.lines import Line, join

NUMBER, TEXT, ACTION, RESPONSIBLE = 0, 1, 2, 3
# Header words per column role; a header cell starts with one of them ("Diskussion/beslut", "Klart till").
# An action column ("Åtgärd", "Beslut") after the text column holds the row's decisions and tasks; standing
# first after the number, it is the text column itself ("Punkt | Beslut | Ansvar").
HEADER_WORDS: tuple[tuple[str, ...], ...] = (
    ("Punkt", "Nr", "§", "#"),
    ("Vad", "Ärende", "Beskrivning", "Diskussionspunkt", "Diskussion", "Noteringar", "Innehåll", "Fråga"),
    ("Åtgärder", "Åtgärd", "Beslut"),
    ("Ansvarig", "Ansvar", "Vem", "Klart till", "Klart", "När", "Datum"),
)
# Responsible columns that hold a date: their cells become "Klart till: X", as "Ansvar:" gives people; beside
# an "Ansvar:" cell the date joins it as "Ansvar: X, senast D".
DUE_WORDS = ("Klart till", "Klart", "När", "Datum")
DUE_WORD = "senast"
ACTION_LABEL = "Beslut"  # the label an action cell's decision is given ("Beslut: godkänna dagordningen")


@dataclass(frozen=True)
class TableSettings:
    column_gap: int = 2  # spaces that separate two cells of a layout line
    column_slack: int = 2  # characters a cell may start left of where its column was measured
    header_cell_words: int = 3  # a longer cell is text, not a column header
    responsible_words: int = 4  # -raw tables: a longer trailing line is text, not the responsible cell


DEFAULTS = TableSettings()

_WORD = {w.lower(): role for role, words in enumerate(HEADER_WORDS) for w in words}
_DUE = {w.lower() for w in DUE_WORDS}
_ANY = "|".join(re.escape(w) for w in sorted(_WORD, key=len, reverse=True))
# The cheap first pass: only lines that start with a number-column header word are looked at further.
_FIRST = re.compile(r"(?:%s)(?![\w])" % "|".join(re.escape(w) for w in HEADER_WORDS[NUMBER]), re.IGNORECASE)
# The characters _FIRST's words start with, in either case: tested before the pattern on every line. (None of
# them has another case partner under IGNORECASE, as "s", "k" and "i" would have.)
_FIRST_INITIALS = frozenset(c for w in HEADER_WORDS[NUMBER] for c in (w[0].lower(), w[0].upper()))
assert not _FIRST_INITIALS & set("sSkKiI"), "add the letters IGNORECASE also matches to _FIRST_INITIALS"
_CELL = re.compile(r"(%s)(?:$|[\s/.:,])" % _ANY, re.IGNORECASE)
# A header as -raw text gives it, every cell one header word, single spaces: "Punkt Vad Ansvar".
_RAW_HEADER = re.compile(r"(?:(?:%s)(?:/\w+)?[.:]?(?:\s+|$))+" % _ANY, re.IGNORECASE)
_NUMBER_CELL = re.compile(r"(?:§\s*)?(\d{1,3})(?:\.\d{1,2})*[.)]?")
_RAW_ROW = re.compile(r"(?:§\s*)?(\d{1,3})[.)]?\s+\S")


def unfold(lines: list[Line], settings: TableSettings = DEFAULTS) -> list[Line]:
    """``lines`` with every item table rewritten as numbered headings, text lines and "Ansvar:" lines, and
    every action table as "Åtgärd:" and "Ansvar:" lines; ``lines`` itself where there is no table."""
    lines = unfold_actions(lines, settings)
    first = next((i for i, line in enumerate(lines)
                  if line.text[:1] in _FIRST_INITIALS and _FIRST.match(line.text) and _kind(line, settings)), None)
    if first is None:
        return lines
    out = lines[:first]
    i = first
    while i < len(lines):
        kind = _kind(lines[i], settings) if _FIRST.match(lines[i].text) else None
        if kind == "layout":
            i = _Table(lines, settings).read(i, out)
        elif kind == "raw":
            i = _read_raw(lines, i, out, settings)
        else:
            out.append(lines[i])
            i += 1
    return out


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
    """The column role of each cell, when the cells are an item-table header: number, text, then
    any responsible columns."""
    if len(texts) < 2:
        return None
    roles = []
    for text in texts:
        m = _CELL.match(text)
        if not m or len(text.split()) > settings.header_cell_words:
            return None
        roles.append(_WORD[m.group(1).lower()])
    if roles[1] == ACTION and roles.count(ACTION) == 1:
        roles[1] = TEXT  # "Punkt | Beslut | Ansvar": the decisions are the rows' text
    if roles[0] != NUMBER or roles[1] != TEXT or roles.count(NUMBER) > 1 or roles != sorted(roles):
        return None
    return roles


def is_header(cells: list[str]) -> bool:
    """Whether these cell texts, left to right, are the header row of an item table."""
    return _roles(cells) is not None


def _header(line: Line, settings: TableSettings) -> list[tuple[int, int, int, str]] | None:
    """(role, start, end column, label) of each header cell, or None when the line is no header."""
    cells = _cells(line, settings)
    roles = _roles([text for _, _, text in cells], settings)
    if roles is None:
        return None
    return [(r, x, x + len(text), "Klart till" if _CELL.match(text).group(1).lower() in _DUE else "Ansvar")
            for r, (x, _, text) in zip(roles, cells)]


def _raw_header(text: str) -> bool:
    m = _RAW_HEADER.fullmatch(text)
    if not m:
        return False
    roles = [_WORD[w.lower()] for w in re.findall(_ANY, text, re.IGNORECASE)]
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
        for cell in self.action:
            # "godkänna dagordningen", "att boka aulan": a decision without its formula is labelled as one;
            # a sentence ("Frågan bordlades.", "Lina bokar lokalen.") is read as running text is.
            if cell:
                first = cell[0]
                if first.text[:1].islower():
                    first = Line(f"{ACTION_LABEL}: {first.text}", first.page, first.start, first.end,
                                 indent=first.indent, low_confidence=first.low_confidence)
                out.append(first)
                out.extend(cell[1:])
        found = {}
        for label in ("Ansvar", "Klart till"):
            cells = [c for c, name in zip(self.responsible, self.labels) if c and name == label]
            if cells:
                a, b = cells[0][0], cells[-1][-1]
                text = ", ".join(join([p.text for p in c]) for c in cells)
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
        out.extend(found.values())


class _Table:
    """One item table in layout text, over any number of pages, each with its own (repeated) header."""

    def __init__(self, lines: list[Line], settings: TableSettings):
        self.lines, self.settings = lines, settings
        self.row: _Row | None = None
        self.held: list[Line] = []  # lines between two pages of the table, put after the row they cut

    def _emit(self, out: list[Line]) -> None:
        if self.row is not None:
            self.row.emit(out)
        out.extend(self.held)
        self.row, self.held = None, []

    def read(self, i: int, out: list[Line]) -> int:
        """Rewrite the table whose header is ``lines[i]`` into ``out``; the index after the table."""
        lines, settings = self.lines, self.settings
        while True:
            header = _header(lines[i], settings)
            end = i + 1
            while end < len(lines) and self._fits(lines[end], header) and _header(lines[end], settings) is None:
                end += 1
            self._rows(lines[i + 1:end], header, out)
            # A footer the furniture pass kept may stand between a page's rows and the repeated header.
            nxt = next((j for j in range(end, min(end + 3, len(lines)))
                        if _header(lines[j], settings) is not None), None)
            if nxt is None or lines[nxt].page == lines[end - 1].page and nxt > end:
                break
            self.held += lines[end:nxt]
            i = nxt
        self._emit(out)
        return end

    def _fits(self, line: Line, header) -> bool:
        """A row line: a number, or text right of the number column's header (which may be centred, so
        the text column's own header word does not bound it). Text under the number column ends the table."""
        cells = _cells(line, self.settings)
        return bool(cells) and (cells[0][0] > header[0][2] or _NUMBER_CELL.fullmatch(cells[0][2]) is not None)

    def _bounds(self, body: list[Line], header) -> list[int]:
        """Where each column starts, measured on this page's rows: the nearest start of cells at or left
        of its header word (a centred header stands right of its cells). A lone cell start counts only
        in the right half of the gap between two header words, so that a wide gap inside a text line
        is no column."""
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
            starts = [g[0] for g in groups if bounds[-1] < g[0] <= x + slack and (len(g) > 1 or g[0] > middle)]
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
                    self.row = _Row(_piece(line, offset, text), header)
                    continue
                piece = _piece(line, offset, text, blank_before=line.blank_before and k == 0)
                if self.row is None:  # a cell above the first row (a row the page break cut): kept as text
                    out.extend(self.held + [piece])
                    self.held = []
                    continue
                columns = {RESPONSIBLE: self.row.responsible, ACTION: self.row.action}.get(role, self.row.text)
                columns[column - roles.index(role)].append(piece)


def _read_raw(lines: list[Line], i: int, out: list[Line], settings: TableSettings) -> int:
    """A table as -raw text gives it, cell after cell: the rows already read "N Title" and text, so the
    header is dropped, and a row's short lines after its last sentence (the responsible cells) become
    "Ansvar:". The row numbers must run on (a cell line may start with a number too)."""
    header = lines[i]
    # A responsible cell names someone the minutes name elsewhere (attendance, a task sentence).
    names = Counter(w.strip(".,;:!?()") for line in lines for w in line.text.split() if w[:1].isupper())
    expected, row = None, []

    def flush() -> None:
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
        out.extend(responsible)  # after the row's text, which a page break may have cut mid-sentence
        row.clear()

    for i in range(i + 1, len(lines)):
        line = lines[i]
        if _FIRST.match(line.text) and _raw_header(line.text):
            continue
        m = _RAW_ROW.match(line.text)
        if m and (expected is None or int(m.group(1)) == expected):
            flush()
            expected = int(m.group(1)) + 1
        elif expected is None:  # no row follows: not a table after all
            out.append(header)
            return i
        row.append(line)
    # The last row runs on into what follows the table and nothing tells where: it is left as it is.
    out.extend(row if expected is not None else [header])
    return len(lines)


def _short_cell(text: str, settings: TableSettings) -> bool:
    return (len(text.split()) <= settings.responsible_words and ":" not in text
            and text[-1] not in ".!?;" and (text[0].isupper() or text[0].isdigit()))


# --- action tables inside an item: "Åtgärd | Ansvarig | Klart till", one task a row ----------------------
# The first column's header words (what is to be done); the others are HEADER_WORDS[RESPONSIBLE].
ACTION_WORDS = ("Åtgärder", "Åtgärd", "Vad", "Uppgift", "Uppgifter", "Aktivitet", "Aktiviteter", "Att göra")
ACTION_TASK_LABEL = "Åtgärd"  # the label each row's task is given ("Åtgärd: Byta nät på bana 3")
# A due cell that already says what kind of date it is ("senast 30 april", "före 1 maj") keeps its own word.
_DUE_LED = re.compile(r"^(?:senast|före|innan|till|klart?)\b", re.IGNORECASE)
_ACTION_CELL = re.compile(r"(%s)$" % "|".join(re.escape(w) for w in ACTION_WORDS), re.IGNORECASE)
_ACTION_INITIALS = frozenset(c for w in ACTION_WORDS for c in (w[0], w[0].lower()))
_RESPONSIBLE_CELL = re.compile(r"(%s)$" % "|".join(re.escape(w) for w in
                                                   sorted(HEADER_WORDS[RESPONSIBLE], key=len, reverse=True)),
                               re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[.):]?\s+\S")


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
        out.append("Klart till" if m.group(1).lower() in _DUE else "Ansvar")
    return out if "Ansvar" in out else None


def unfold_actions(lines: list[Line], settings: TableSettings = DEFAULTS) -> list[Line]:
    """``lines`` with each action table rewritten as one "Åtgärd: task" line and one "Ansvar: who, senast
    date" line a row, which the item parser reads as a task and who carries it out; a table as layout text
    (cells apart on a line) or as cells one a line (the header's words on lines of their own)."""
    if not any(line.text[:1] in _ACTION_INITIALS and _could_head(line.text) for line in lines):
        return lines  # no table: the same list, as unfold promises
    changed = False
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.text[:1] in _ACTION_INITIALS:
            cells = _cells(line, settings)
            labels = _action_header([c[2] for c in cells]) if len(cells) >= 2 else None
            if labels is not None:
                i, changed = _layout_actions(lines, i, cells, labels, out, settings), True
                continue
            width = _stacked_header(lines, i)
            if width:
                i, changed = _stacked_actions(lines, i, width, out, settings), True
                continue
        out.append(line)
        i += 1
    return out if changed else lines


def _could_head(text: str) -> bool:
    """A cheap first look: a line whose first word (or two) is an action column's header word."""
    words = text.split(None, 2)  # the first two words (and the rest): no need to split a long line whole
    return bool(words) and (_ACTION_CELL.match(words[0]) is not None
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
                    settings: TableSettings) -> int:
    """Rows of an action table in layout text; the index after the table. A row starts where the task column
    holds a capitalised cell; a lower-case one, or a line with cells only to its right, continues the row."""
    starts = [x for x, _, _ in header]
    row: tuple[list[Line], list[list[Line]]] | None = None
    j = i + 1
    while j < len(lines):
        line = lines[j]
        cells = _cells(line, settings)
        if not cells or _NUMBERED_LINE.match(line.text):
            break
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
        if any(_NUMBERED_LINE.match(x.text) for x in group) \
                or not all(_short_cell(x.text, settings) for x, label in cells if label == "Ansvar") \
                or any(len(x.text.split()) > settings.responsible_words for x, label in cells if label != "Ansvar"):
            break
        out.extend(_row_lines([group[0]], [[x] for x in group[1:]], labels))
        j += width
    if j == i + width:  # no row: the header words were text after all
        out.extend(lines[i: j])
    return j
