#!/usr/bin/env python3
"""Genre minutes as secretaries write them in Word or LibreOffice Writer, exported to PDF.

tests/word_pdfs.py turns a text's columns into tables one for one. This generator goes further and
writes the document the way the minutes of municipal boards and associations are typed (the shapes of
a survey of public minutes' text layers, see tests/fixtures/genre/README.md, "Word-made PDFs"):

- the attendance lists as tables: one row a person, the name, the party "(S)" in a column of its own
  and the role or organisation in the next ("Beslutande | Parti | Funktion"); the list's heading either
  as the table's head row or as a bold line over a table without one (``variant``);
- a municipal front page as a label/value table ("Plats och tid", "Beslutande", "Justerare", ...) whose
  attendance values are a table inside the cell (or tab-separated columns);
- §-headings, item titles and "Beslut"-like subheadings in bold, decisions as paragraphs under them;
- a running page header (municipal: organisation and body | SAMMANTRÄDESPROTOKOLL, date | "Sida N (M)"
  as Word fields; otherwise the title and "Sida N av M"), and on municipal pages a footer table of
  signature boxes "Justerandes signatur | Utdragsbestyrkande";
- the signatures at the end as a borderless table with a dotted line to sign over each name.

    python tests/word_minutes.py OUT_DIR TEXT ...         # writes OUT_DIR/<stem>.word2.pdf (LibreOffice's export)

The text is read with tests/renderings.genre_blocks (the genre renderer's reading of a text's layout). Which
layout a document gets (roll heading as head row or above, font and paragraph spacing) follows from its stem,
so a rebuild gives the same documents. The committed set, tests/fixtures/renderings/genre/*.word2.pdf with
manifest-word2.txt, is the 8 texts of ../shared/genre and every third fixture; the whole set (168) is scored so:

    python tests/word_minutes.py /tmp/w2 ../shared/genre/texts/*.txt tests/fixtures/genre/texts/*.txt \
        --gold ../shared/genre/gold --gold tests/fixtures/genre/gold       # and /tmp/w2/manifest.txt
    python3 ../shared/eval/score.py --run "protokoll parse --json {}" --manifest /tmp/w2/manifest.txt
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renderings  # noqa: E402

SUFFIX = ".word2"
FONTS = (("Calibri", 11), ("Times New Roman", 12), ("Arial", 10))
# Paragraph spacing by font: Word 2013's default (8 pt after every paragraph, lists typed a line a paragraph
# look double-spaced), an older template's none (blank paragraphs typed between), 6 pt after blocks.
SPACINGS = ("word2013", "compact", "tight")
CHAR_CM, CELL_PAD_CM = 0.23, 0.45
ROLL_LABEL = re.compile(
    r"^(?P<label>(?:närvarande|beslutande)(?: ledamöter| styrelseledamöter| ersättare)?|ledamöter|styrelseledamöter"
    r"|(?:ej |icke )?tjänstgörande ersättare|närvarande ej tjänstgörande ersättare|ersättare|övriga närvarande"
    r"|övriga deltagare|övriga deltagande|deltagare|adjungerade?|tjänstepersoner|tjänstemän|anmält förhinder"
    r"|förhinder|frånvarande|ej närvarande|närvarande med rösträtt|röstlängd)\s*:?\s*(?P<rest>.*)$", re.I)
ENTRY = re.compile(r"^(?P<name>[A-ZÅÄÖÉ][^,()]{2,40}?)\s*(?:\((?P<party>[^)]{1,12})\))?\s*(?:,\s*(?P<rest>.+)|\s+(?P<tail>"
                   r"(?:§|ersätter |för |\d|t\.?o\.?m|fr\.?o\.?m|från |ej |1:e|2:e|vice |ordf|ledamot|ersättare|sekr)"
                   r".*))?$")
NAME_WORD = re.compile(r"^(?:[A-ZÅÄÖÉ][\w.'-]*|von|af|de|van|der)$")
SIGN_LABEL = re.compile(r"^(?:vid protokollet|justeras|justerare|justerande|ordförande|sekreterare|mötesordförande"
                        r"|mötessekreterare|protokollförare|underskrifter|ordförande och justerare)\b", re.I)
ROLE_START = re.compile(r"^(?:[a-zåäö§1-9]|Ordf|Sekr|Kass|Ledam|Ersätt|Vice)")


_JOIN = renderings._cell_paragraphs
SENTENCE_END = re.compile(r"[.!?]$")
NAME_ALONE = re.compile(r"^[A-ZÅÄÖ][\wåäöé-]+(?: [A-ZÅÄÖ][\wåäöé-]+){1,2}$")
LABEL_START = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,3}:(?:\s|$)")


def _faithful_paragraphs(texts: list[str], width: int | None = None, titled: bool = False) -> list[str]:
    """renderings' joining of a source's wrapped lines, but never across a line that ends a sentence: the
    gold reads a sentence that starts a new line as the start of the next decision, so the document keeps
    that line break as a new paragraph."""
    chunks, chunk = [], []
    for t in texts:
        # "Ej närvarande: Anton Vretblad" under the list of those present; a sentence under a label's line; a
        # name alone on its line (one person a line)
        if chunk and (LABEL_START.match(t) or NAME_ALONE.match(t) or LABEL_START.match(chunk[-1]) and t[:1].isupper()
                      and not chunk[-1].rstrip().endswith((",", " och", " samt", "-", "–", "(")) and len(chunk) == 1):
            chunks.append(chunk)
            chunk = []
        chunk.append(t)
        if SENTENCE_END.search(t):
            chunks.append(chunk)
            chunk = []
    if chunk:
        chunks.append(chunk)
    width = width or max((len(t) for t in texts), default=0)
    return [p for k, c in enumerate(chunks) for p in _JOIN(c, width, titled and k == 0)]


renderings._cell_paragraphs = _faithful_paragraphs  # genre_blocks joins a paragraph's lines through it


def variant(stem: str) -> int:
    """0: the roll's heading is the table's head row; 1: a bold heading over a table without one."""
    return int(hashlib.md5(stem.encode()).hexdigest(), 16) % 2


def font_of(stem: str) -> tuple[str, int]:
    return FONTS[int(hashlib.md5(stem.encode()).hexdigest(), 16) // 2 % len(FONTS)]


# --- reading the roll ------------------------------------------------------------------------------
def entry_cells(line: str) -> tuple[str, str, str] | None:
    """'Anna Berg (S), ordförande' -> ('Anna Berg', 'S', 'ordförande'); None for what is no person's row."""
    m = ENTRY.match(line.strip())
    if not m:
        return None
    name = m.group("name").strip()
    words = name.split()
    rest = m.group("rest") or ""
    if re.search(r"(?:,|\boch|\bsamt)\s+[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ]", rest) or re.search(r"[.;]$", rest):
        return None  # "Bo Hedlund, Karin Ström, Lars Vik och Maria Ekman.": a list in a sentence, no roll
    if not 2 <= len(words) <= 5 or not all(NAME_WORD.match(w) for w in words):
        return None
    return name, (m.group("party") or "").strip(), (m.group("rest") or m.group("tail") or "").strip()


def roll_of(label: str, values: list[str]) -> list[tuple[str, str, str]] | None:
    """The rows of a roll given one person a line, or None (a comma list, a sentence, a reference)."""
    values = [v for v in values if v.strip()]
    if len(values) < 2 and not (values and label):
        return None
    rows = [entry_cells(v) for v in values]
    if not rows or any(r is None for r in rows):
        return None
    return rows


def _set_cell_border(cell, **edges):
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge, value in edges.items():
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), value)
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tc_pr.append(borders)


def _field(paragraph, code: str):
    """A Word field (PAGE, NUMPAGES) in ``paragraph``."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def _bold(paragraph, text: str):
    run = paragraph.add_run(text)
    run.bold = True
    return paragraph


def _no_space(paragraph, after: float = 0):
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.space_before = Pt(0)
    return paragraph


def _cell_text(cell, lines: list[str], bold: bool = False):
    cell.text = ""
    first = True
    for line in lines or [""]:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _no_space(p)
        run = p.add_run(line)
        run.bold = bold


class Writer:
    def __init__(self, stem: str, head: list[str], blocks: list, bullets: bool = False, source: str = ""):
        self.stem, self.head, self.blocks, self.bullets = stem, head, blocks, bullets
        self.source = [line for line in source.splitlines() if "   " in line.strip()]
        self.variant = variant(stem)
        self.spacing = SPACINGS[FONTS.index(font_of(stem))]
        self.doc = Document()
        name, size = font_of(stem)
        style = self.doc.styles["Normal"]
        style.font.name, style.font.size = name, Pt(size)
        style.element.rPr.rFonts.set(qn("w:eastAsia"), name)
        _no_space(style, 0)
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.3)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
        self.width = 21.0 - 4.6

    # page furniture
    def furniture(self, title: str):
        section = self.doc.sections[0]
        header, footer = section.header, section.footer
        if self.head:
            cells = [t for line in self.head for _, t in renderings._segs(line)]
            right = [t for t in cells if renderings.KIND_WORD.match(t) or renderings.DATE.match(t)]
            left = [t for t in cells if t not in right and not renderings.GENRE_PAGE.match(t)]
            table = header.add_table(rows=1, cols=3, width=Cm(self.width))
            for k, w in enumerate((6.8, 6.9, 2.7)):
                table.columns[k].width = Cm(w)
                table.rows[0].cells[k].width = Cm(w)
            a, b, c = table.rows[0].cells
            _cell_text(a, left[:1], bold=True)
            for t in left[1:]:
                _no_space(a.add_paragraph(t))
            _cell_text(b, right[:1], bold=True)
            for t in right[1:]:
                _no_space(b.add_paragraph(t))
            p = c.paragraphs[0]
            p.add_run("Sida ")
            _field(p, "PAGE")
            p.add_run(" (")
            _field(p, "NUMPAGES")
            p.add_run(")")
            header.paragraphs[0].text = ""
            boxes = footer.add_table(rows=1, cols=2, width=Cm(self.width))
            for cell, label in zip(boxes.rows[0].cells, ("Justerandes signatur", "Utdragsbestyrkande")):
                cell.width = Cm(self.width / 2)
                _cell_text(cell, [label, "", ""])
                for p in cell.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(8)
                _set_cell_border(cell, top="single", left="single", bottom="single", right="single")
        else:
            p = header.paragraphs[0]
            p.text = title[:70]
            for r in p.runs:
                r.font.size = Pt(9)
            p = footer.paragraphs[0]
            p.paragraph_format.tab_stops.add_tab_stop(Cm(self.width), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\tSida ")
            _field(p, "PAGE")
            p.add_run(" av ")
            _field(p, "NUMPAGES")

    # blocks
    def roll_table(self, container, label: str, rows: list[tuple[str, str, str]], width: float, headed: bool):
        has_party = any(r[1] for r in rows)
        has_rest = any(r[2] for r in rows)
        columns = [0] + ([1] if has_party else []) + ([2] if has_rest else [])
        role_like = all(not r[2] or ROLE_START.match(r[2]) for r in rows)
        titles = {0: label.rstrip(":") if headed else "Namn", 1: "Parti", 2: "Funktion" if role_like else "Organisation"}
        # columns as wide as their longest cell, as a secretary drags them
        spans = {c: max([len(titles[c]) if headed else 3] + [len(r[c]) for r in rows]) + 2 for c in (0, 1, 2)}
        table = container.add_table(rows=0, cols=len(columns))
        if hasattr(table, "alignment"):
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
        # (in centimetres: a character of 10-12 pt type is about CHAR_CM wide, a cell pads CELL_PAD_CM; the last
        # column takes what is left and wraps)
        need = [spans[c] * CHAR_CM + CELL_PAD_CM for c in columns]
        if sum(need) > width:
            need[-1] = max(width - sum(need[:-1]), 2.0)
        widths = [Cm(w) for w in need]
        for column, w in zip(table.columns, widths):
            column.width = w
        if headed:
            cells = table.add_row().cells
            for k, c in enumerate(columns):
                cells[k].width = widths[k]
                _cell_text(cells[k], [titles[c]], bold=True)
        for row in rows:
            cells = table.add_row().cells
            for k, c in enumerate(columns):
                cells[k].width = widths[k]
                _cell_text(cells[k], [row[c]])
        return table

    def kv(self, rows: list):
        table = self.doc.add_table(rows=0, cols=2)
        widths = (Cm(4.6), Cm(self.width - 4.6))
        for column, w in zip(table.columns, widths):
            column.width = w
        for label, values in rows:
            cells = table.add_row().cells
            for cell, w in zip(cells, widths):
                cell.width = w
            if label is None:
                merged = cells[0].merge(cells[1])
                _cell_text(merged, values)
                continue
            _cell_text(cells[0], [label], bold=True)
            laid = self.laid_out(values)
            roll = roll_of(label, values) if ROLL_LABEL.match(label) and not laid else None
            if laid:  # the source's own columns in the value: a table inside the cell
                cells[1].text = ""
                self.inner_table(cells[1], laid)
            elif roll and self.variant == 0:
                cells[1].text = ""
                inner = self.roll_table(cells[1], label, roll, self.width - 5.0, headed=False)
                del inner  # a table inside the value cell, as municipal templates hold the roll
            elif roll:  # tab-separated columns in the value cell
                cells[1].text = ""
                for k, (name, party, rest) in enumerate(roll):
                    p = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(5.2))
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(6.6))
                    p.add_run(name + ("\t" + party if party else "\t") + ("\t" + rest if rest else ""))
            else:
                lines = []
                for v in values:
                    if re.match(r"^\.{5,}", v):  # a signature line: dots to sign on
                        lines.append("." * 40 + v.lstrip(".").rstrip())
                    else:
                        lines.append(v)
                _cell_text(cells[1], lines)
        self.doc.add_paragraph()

    def laid_out(self, values: list[str]) -> list[list[tuple[int, str]]] | None:
        """The value lines as the source laid them out in columns ("Anders Kvist, ordförande   C   X"), each
        (column, text) cells, where two or more lines have two or more cells and none is a line to sign on; the
        genre reader gives them with the gaps closed."""
        found = []
        for v in values:
            cells = None
            for raw in self.source:
                segs = renderings._segs(raw)
                for k in range(len(segs)):
                    if " ".join(t for _, t in segs[k:]) == v:
                        cells = segs[k:]
                        break
                if cells:
                    break
            found.append(cells or [(0, v)])
        if sum(len(c) >= 2 for c in found) < 2 or any(re.match(r"^\.{5,}", v) for v in values):
            return None
        return found

    def inner_table(self, cell, rows: list[list[tuple[int, str]]]):
        starts = sorted({at for row in rows for at, _ in row})
        cols: list[int] = []
        for at in starts:
            if not cols or at - cols[-1] > 3:
                cols.append(at)
        table = cell.add_table(rows=0, cols=len(cols))
        longest = max(len(text) for row in rows for at, text in row if at >= cols[-1] - 3)
        span = [(cols[k + 1] if k + 1 < len(cols) else cols[k] + max(12, longest + 2)) - cols[k] for k in range(len(cols))]
        widths = [Cm((self.width - 5.0) * w / sum(span)) for w in span]
        for column, w in zip(table.columns, widths):
            column.width = w
        for row in rows:
            out = table.add_row().cells
            for k, c in enumerate(out):
                c.width = widths[k]
            for at, text in row:
                k = max(i for i, c in enumerate(cols) if c <= at + 3)
                _cell_text(out[k], [text])

    def grid(self, cols, rows):
        signature = rows and any(SIGN_LABEL.match(" ".join(cell)) for cell in rows[0] if cell)
        if signature and len(rows) >= 2:
            rows = [rows[0], [["……………………………"] if any(c) else [] for c in rows[1]], *rows[1:]]
        ends = cols[1:] + [cols[-1] + max([12] + [len(t) + 4 for row in rows for t in row[-1]])]
        spans = [max(4, e - c) + 3 for c, e in zip(cols, ends)]
        table = self.doc.add_table(rows=0, cols=len(cols))
        header = not signature and len(rows) > 2 and len(cols) >= 3 and all(
            len(cell) == 1 and len(cell[0].split()) <= 2 for cell in rows[0])
        if header:
            table.style = "Table Grid"
            rows = [rows[0]] + [r for r in rows[1:] if r != rows[0]]
        widths = [Cm(self.width * s / sum(spans)) for s in spans]
        for column, w in zip(table.columns, widths):
            column.width = w
        for r, row in enumerate(rows):
            cells = table.add_row().cells
            for k, cell in enumerate(row):
                cells[k].width = widths[k]
                _cell_text(cells[k], renderings._cell_paragraphs(cell, titled=True) if cell else [],
                           bold=header and r == 0)
        self.doc.add_paragraph()

    def end_block(self, p):
        """Space after a block's last paragraph: Word's default style leaves 8 pt, a compact document an empty
        paragraph typed by hand, a tight one 6 pt."""
        if self.spacing == "compact":
            _no_space(p, 0)
            _no_space(self.doc.add_paragraph(), 0)
        else:
            _no_space(p, 8 if self.spacing == "word2013" else 6)

    def inner(self, p):
        """Space after a paragraph inside a block (a list typed one line a paragraph)."""
        _no_space(p, 8 if self.spacing == "word2013" else 0)

    def para(self, text: str, bold: bool = False):
        lines = text.split("\n")
        m = ROLL_LABEL.match(lines[0])
        if m and (m.group("rest") == "" or len(lines) > 1):
            values = ([m.group("rest")] if m.group("rest") else []) + lines[1:]
            roll = roll_of(m.group("label"), values)
            if roll:
                label = lines[0][:m.start("rest")].strip()
                if self.variant == 1:
                    _no_space(_bold(self.doc.add_paragraph(), label), 2)
                self.roll_table(self.doc, label, roll, self.width * 0.85, headed=self.variant == 0)
                _no_space(self.doc.add_paragraph(), 0)
                return
        for k, line in enumerate(lines):
            p = self.doc.add_paragraph()
            if bold:
                _bold(p, line)
            else:
                p.add_run(line)
            if k == len(lines) - 1 and bold and len(lines) == 1:
                self.inner(p)  # a heading: no empty paragraph between it and its text
                p.paragraph_format.keep_with_next = True
            elif k == len(lines) - 1:
                self.end_block(p)
            else:
                self.inner(p)

    @staticmethod
    def _merge_heads(blocks: list) -> list:
        """A one-row grid of column titles over a grid whose columns it shares but for a first, untitled one
        ("Rubrik  Anteckningar  Ansvarig" over "1.  Inledning  ...") is that table's head row."""
        out = []
        for kind, content in blocks:
            if kind == "grid" and out and out[-1][0] == "grid" and len(out[-1][1][1]) == 1:
                hcols, hrows = out[-1][1]
                cols, rows = content
                if len(cols) == len(hcols) + 1 and all(abs(a - b) <= 3 for a, b in zip(hcols, cols[1:])):
                    out[-1] = ("grid", (cols, [[[]] + hrows[0], *rows]))
                    continue
            out.append((kind, content))
        return out

    @staticmethod
    def _merge_grids(blocks: list) -> list:
        """Grids the source's blank lines cut apart whose columns are the first one's: one table. A grid that
        starts right of the first column goes on in the last row's cells (the row's text and its task beside
        it, "Alla gårdar ...  Ivar sammanställer  3/10" under "2  Sommarens öppettider"); one that starts in
        the first column adds rows."""
        out = []
        for kind, content in blocks:
            if kind == "grid" and out and out[-1][0] == "grid":
                acols, arows = out[-1][1]
                cols, rows = content
                where = [next((k for k, a in enumerate(acols) if abs(a - c) <= 5), None) for c in cols]
                if len(arows) >= 2 and None not in where and where == sorted(where):
                    for row in rows:
                        cells = [[] for _ in acols]
                        for k, cell in zip(where, row):
                            cells[k] = list(cell)
                        if where[0] == 0:
                            arows.append(cells)
                        else:
                            for k, cell in enumerate(cells):
                                arows[-1][k] = arows[-1][k] + cell
                    continue
            out.append((kind, content))
        return out

    def build(self) -> Document:
        self.blocks = self._merge_grids(self._merge_heads(self.blocks))
        first = self.blocks[0][1] if self.blocks and isinstance(self.blocks[0][1], str) else ""
        title = self.head[0] if self.head else self.blocks[0][1] if self.blocks and self.blocks[0][0] == "title" \
            else first.split("\n")[0]
        self.furniture(title)
        after_heading = False
        for k, (kind, content) in enumerate(self.blocks):
            last_item = kind == "item" and (k + 1 == len(self.blocks) or self.blocks[k + 1][0] != "item")
            if kind == "kv":
                self.kv(content)
            elif kind == "grid":
                self.grid(*content)
            elif kind == "title":
                p = _bold(self.doc.add_paragraph(), content)
                p.runs[0].font.size = Pt(14)
                _no_space(p, 8)
            elif kind == "heading":
                p = _bold(self.doc.add_paragraph(), content)
                p.paragraph_format.space_before = Pt(12)
                p.paragraph_format.space_after = Pt(3)
                p.paragraph_format.keep_with_next = True
            elif kind == "subheading":
                p = _bold(self.doc.add_paragraph(), content)
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(8 if self.spacing == "word2013" else 0)
                p.paragraph_format.keep_with_next = True
            elif kind == "item" and self.bullets:
                p = self.doc.add_paragraph(content, style="List Bullet")
                self.end_block(p) if last_item else self.inner(p)
            elif kind == "item":  # a dash list as Word sets it: the dash, a tab, the text hanging after it
                p = self.doc.add_paragraph("–\t" + content)
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.8)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
                self.end_block(p) if last_item else self.inner(p)
            else:  # a paragraph; a short one right under a heading is the item's title, in bold
                short = after_heading and "\n" not in content and not content.startswith("Dnr") and len(content) < 90 \
                    and not content.endswith(".")
                # a short line over a list is the topic's heading, in bold as a secretary sets it
                topic = k + 1 < len(self.blocks) and self.blocks[k + 1][0] in ("item", "para") and "\n" not in content \
                    and len(content.split()) <= 5 and not re.search(r"[.,;:!?]$|^\d", content) \
                    and not ROLL_LABEL.match(content)
                self.para(content, bold=short or topic)
            after_heading = kind == "heading"
        return self.doc


TITLE_AREA_LINES = 4


def _title_lines_apart(text: str) -> str:
    """A blank line between the lines of a plain document's title block ("Datasektionen vid ..." / "Protokoll
    styrelsemöte 2/2025"): each is a paragraph of its own in a word processor, where the genre reader would
    join a long one with the next. Not in a municipal header block, which the genre reader reads whole."""
    lines = text.split("\n")
    start = next((i for i, s in enumerate(lines) if s.strip()), 0)
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    if renderings.MUNICIPAL.search("\n".join(lines[start:end])) or end - start > TITLE_AREA_LINES:
        return text
    out = lines[:start]
    for i in range(start, end):
        out.append(lines[i])
        nxt = lines[i + 1].strip() if i + 1 < end else ""
        if nxt and nxt[:1].isupper() and not lines[i].rstrip().endswith((",", " och")) and ":" not in nxt[:30]:
            out.append("")
    return "\n".join(out + lines[end:])


def build_docx(src: Path, out_dir: Path) -> Path:
    text = _title_lines_apart(src.read_text(encoding="utf-8"))
    head, blocks = renderings.genre_blocks(text)
    out = out_dir / f"{src.stem}.docx"
    bullets = bool(re.search(r"^\s*•", text, re.M))  # the source's lists are bulleted, not dashed
    Writer(src.stem, head, blocks, bullets, text).build().save(out)
    return out


def convert(docs: list[Path], out_dir: Path) -> None:
    """LibreOffice's PDF export of ``docs`` (one soffice run, a private profile) as <stem>.word2.pdf."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice is needed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, *map(str, docs)], check=True, capture_output=True, timeout=1800)
        for doc in docs:
            pdf = Path(tmp) / f"{doc.stem}.pdf"
            os.replace(pdf, out_dir / f"{doc.stem}{SUFFIX}.pdf")


def main(argv: list[str]) -> int:
    golds = [Path(argv[k + 1]).resolve() for k, a in enumerate(argv) if a == "--gold"]
    args = [a for k, a in enumerate(argv) if a != "--gold" and (k == 0 or argv[k - 1] != "--gold")]
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        docs = [build_docx(Path(f), Path(tmp)) for f in args[1:]]
        convert(docs, out)
    if golds:  # "<stem>.word2.pdf <gold>" for score.py --manifest
        lines = [f"{doc.stem}{SUFFIX}.pdf {gold}" for doc in docs
                 for gold in [next((g / f"{doc.stem}.json" for g in golds if (g / f"{doc.stem}.json").exists()), None)]
                 if gold is not None]
        (out / "manifest.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
