#!/usr/bin/env python3
"""Render minutes text the way the hidden test inputs look, so the parser can be tested on them.

The scored inputs are not plain text: they are `pdftotext -layout` / `pdftotext -raw` output of minutes
typeset as A4 PDFs (running header, "Sidan N av M" footers, two-column attendance tables) and Tesseract
output of page images (Swedish at 300 dpi, English at 150 dpi from a degraded scan). This module
rebuilds those four renderings from any minutes text:

    python tests/renderings.py --inputs DIR --gold DIR --out DIR [--kinds layout,raw,...] [--jobs 2]

With --genre, sources are typeset by `typeset_genre` in the layout of their kind of body (municipal
header tables and signature boxes, Word tables for column-laid-out text; see the section "genre
minutes") and the default kinds are layout, text (plain pdftotext), ocr-swe-300 and ocr-swe-200d (a
degraded 200 dpi scan).

For each `<stem>.txt` it writes `<stem>.pdf` and `<stem>.<kind>.txt`, plus `manifest.txt` with lines
"<stem>.<kind>.txt <gold json relative to out>" for `score.py --manifest`. A pytest fixture can call
`build()` directly. Outputs newer than their inputs (and than this file) are reused.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

KINDS = ("layout", "raw", "ocr-swe-300", "ocr-eng-150", "ocr-swe-200d", "text")
OCR = {"ocr-swe-300": ("swe", 300, False), "ocr-eng-150": ("eng", 150, True),  # lang, dpi, degraded
       "ocr-swe-200d": ("swe", 200, True)}
GENRE_KINDS = ("layout", "text", "ocr-swe-300", "ocr-swe-200d")  # and the PDF itself, read by the parser
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SELF = Path(__file__).resolve()  # a change to the renderer invalidates every cached output

# --- text -> blocks -----------------------------------------------------------------------------
# Labels are tolerant of OCR'd sources that lost their diacritics ("Narvarande", "Anmalt forhinder").
ATTENDANCE = re.compile(r"^((?:N[äa]rvarande|Anm[äa]lt f[öo]rhinder|Fr[åa]nvarande|Ers[äa]ttare)\s*:)\s*(.*)$", re.I)
# One or two digits and a capital: "3 Title", "3. Title" -- but not "2037. Familjen" or "16 maj".
HEADING = re.compile(r"^\d{1,2}\.?\s+[A-ZÅÄÖÉ]")
# "Föredragande: ...", "Plats och tid: ...", "Mötet beslutar": always start a new paragraph.
LABEL = re.compile(r"^[A-ZÅÄÖ][\w/ -]{0,30}?:(\s|$)|^M[öo]tet beslutar\b")
PAGE_NUMBER = re.compile(r"^Sidan \d+ ?av \d+$", re.I)
LIST_ITEM = re.compile(r"^[-–•]\s+")
PARTICLES = {"von", "af", "de", "van", "der", "den", "la"}


def _is_name(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() or w in PARTICLES for w in words)


def _is_affiliation(s: str) -> bool:
    words = s.split()
    if len(words) == 2:
        return words[0][0].isupper() and words[1] in ("stad", "kommun")
    return len(words) == 1 and (s == "sekretariatet" or s[0].isupper())


def split_entries(line: str) -> list[str] | None:
    """'Anna Berg, Bjuv Lars Holm, Perstorp' -> ['Anna Berg, Bjuv', 'Lars Holm, Perstorp'], else None.

    Sources extracted from two-column PDFs have both columns flattened onto one line. Each comma
    separates a name from its affiliation; the segment between two commas is "affiliation next-name",
    where the affiliation is one word, a word + stad/kommun, or "sekretariatet".
    """
    parts = [" ".join(p.split()) for p in line.split(",")]
    if len(parts) < 2:
        return None
    names, affiliations = [parts[0]], []
    for middle in parts[1:-1]:
        words = middle.split()
        n = 2 if len(words) > 2 and words[1] in ("stad", "kommun") else 1
        affiliations.append(" ".join(words[:n]))
        names.append(" ".join(words[n:]))
    affiliations.append(parts[-1])
    if all(map(_is_name, names)) and all(map(_is_affiliation, affiliations)):
        return [f"{n}, {a}" for n, a in zip(names, affiliations)]
    return None


def _title_line(lines: list[str]) -> str:
    """The meeting's name ("Kommundirektörsmöte i Familjen Helsingborg"), used as running header."""
    found = [s for s in (" ".join(x.split()) for x in lines[:15]) if s]
    return next((s for s in found if re.search(r"m[öo]te\b", s, re.I)), found[0] if found else "")


def to_blocks(text: str) -> tuple[str, list[tuple[str, object]]]:
    """Split minutes text into (kind, content) blocks: title, heading, para, item, label, table, pagebreak."""
    lines = text.splitlines()
    title = _title_line(lines)
    blocks: list[tuple[str, object]] = []
    in_attendance = gap = False
    for raw in lines:
        s = " ".join(raw.split())
        if not s:
            gap = True
            continue
        label = ATTENDANCE.match(s)
        if label:  # a new attendance group; entries may follow on the same line ("Frånvarande: A, B")
            blocks += [("label", label.group(1)), ("table", [])]
            in_attendance, gap, s = True, False, label.group(2)
            if not s:
                continue
        if in_attendance:
            entries = split_entries(s)
            if entries:
                blocks[-1][1].extend(entries)
                continue
            in_attendance = False  # the first line that is not "Name, Affiliation" ends the lists
        if (s == title and any(k == "title" for k, _ in blocks)) or PAGE_NUMBER.match(s):
            continue  # the source's own page furniture; our typesetting adds fresh header and footer
        if s.startswith("Underskriftssida"):  # the e-signature page stays, on a page of its own
            blocks += [("pagebreak", None), ("heading", s)]
        elif s == title:
            blocks.append(("title", s))
        elif HEADING.match(s):
            blocks.append(("heading", s))
        elif LIST_ITEM.match(s):
            blocks.append(("item", LIST_ITEM.sub("", s)))
        elif (blocks and blocks[-1][0] == "para" and not LABEL.match(s) and not s.startswith("att ")
              and not re.match(r"^M[öo]tet beslutar$", blocks[-1][1])
              # across a blank line only a sentence cut in the middle continues (PDF-extracted
              # sources put blank lines between the lines of one paragraph)
              and (not gap or (blocks[-1][1][-1] not in ".:;!?" and s[0].islower()))):
            blocks[-1] = ("para", blocks[-1][1] + " " + s)
        else:
            blocks.append(("para", s))
        gap = False
    return title, [b for b in blocks if b != ("table", [])]


# --- blocks -> PDF ------------------------------------------------------------------------------
def _register_fonts() -> None:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=5)
STYLES = {
    "para": BODY,
    "title": ParagraphStyle("title", BODY, fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=10),
    "heading": ParagraphStyle("heading", BODY, fontName="DejaVu-Bold", fontSize=11, spaceBefore=8),
    "label": ParagraphStyle("label", BODY, fontName="DejaVu-Bold", spaceBefore=4, spaceAfter=2),
    "item": ParagraphStyle("item", BODY, leftIndent=8 * mm, bulletIndent=3 * mm, spaceAfter=1),
}


def _story(blocks: list[tuple[str, object]], width: float) -> list:
    story = []
    for kind, content in blocks:
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":  # borderless, row-major in source order, as the flattened sources read
            cells = list(content) + [""] * (len(content) % 2)
            table = Table([cells[i:i + 2] for i in range(0, len(cells), 2)], colWidths=[width / 2] * 2, hAlign="LEFT")
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 10),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story += [table, Spacer(1, 6)]
        elif kind == "item":
            story.append(Paragraph(escape(content), STYLES["item"], bulletText="-"))
        else:
            story.append(Paragraph(escape(content), STYLES[kind]))
    return story


def typeset(text: str, pdf: Path) -> None:
    """A4, running header above the body and "Sidan N av M" below it, in that content-stream order
    (header drawn at page start, footer at page end) so `pdftotext -raw` reads header, body, footer."""
    _register_fonts()
    title, blocks = to_blocks(text)
    width, height = A4
    pages = 0

    def header(c, doc):
        c.saveState()
        c.setFont("DejaVu", 8)
        c.drawString(25 * mm, height - 15 * mm, title)
        c.setLineWidth(0.4)
        c.line(25 * mm, height - 16.5 * mm, width - 25 * mm, height - 16.5 * mm)
        c.restoreState()

    def footer(c, doc):
        c.saveState()
        c.setFont("DejaVu", 8)
        c.drawRightString(width - 25 * mm, 12 * mm, f"Sidan {doc.page} av {pages or '?'}")
        c.restoreState()

    for _ in range(2):  # the first pass only counts pages, so that the second can print "av M"
        doc = BaseDocTemplate(str(pdf), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                              bottomMargin=22 * mm, title=title, author="Protokoll tests")
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=header, onPageEnd=footer)])
        doc.build(_story(blocks, doc.width))
        pages = doc.page


# --- genre minutes: layouts of the bodies that write them ---------------------------------------
# Municipal minutes (a header block with "Sammanträdesdatum" / "Sida 1 (5)") are typeset as their
# authorities print them: a running header table, a two-column label/value table for "Plats och tid",
# "Beslutande", "Justerare" ..., bold §-headings, and signature boxes ("Justerandes signatur",
# "Utdragsbestyrkande") at every page foot. Other minutes are plain documents; where the source is
# laid out in columns (runs of two or more spaces: "Punkt  Vad  Ansvar", "Datum:    2025-02-26",
# hanging item numbers) the columns become a real table. Everything is recognised from the text.
SEGMENT = re.compile(r"\S+(?: \S+)*")
GENRE_PAGE = re.compile(r"^(?:sid(?:an|a)?\s*)?\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)$|^sida$", re.I)
GENRE_PAGE_TAIL = re.compile(r"(?:\s{2,}|\s[·•|–-]\s)(?:sid(?:an|a)?\s*)?\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)$", re.I)
GENRE_FOOT = re.compile(r"^(?:justerandes?\s+sign(?:atur)?|utdragsbestyrkande|_{4,})(?:\s{2,}.*)?$", re.I)
MUNICIPAL = re.compile(r"sammanträdesdatum|^\s*(?:sida\s+)?\d+\s*\(\s*\d+\s*\)\s*$", re.I | re.M)
_LABEL_WORDS = (
    "plats och tid|tid och plats|plats|tid|datum|beslutande ledamöter|beslutande|närvarande ej tjänstgörande ersättare"
    "|närvarande ersättare|närvarande|övriga närvarande|övriga deltagare|övriga deltagande|ej tjänstgörande ersättare"
    "|tjänstgörande ersättare|ersättare|anmält förhinder|frånvarande|förhinder|tjänstepersoner|tjänstemän"
    "|utses att justera|justerare|justerande|justeringens plats och tid|justeringens tid och plats|justering"
    "|underskrifter|underskrift|sekreterare|ordförande|paragrafer|organ|sammanträdesdatum|datum då anslaget sätts upp"
    "|datum då anslaget tas ned|anslaget sätts upp|anslaget tas ned|förvaringsplats för protokollet|förvaringsplats"
    "|ajournering").split("|")
HEADER_LABELS = re.compile(r"^(?:%s)(?=\s*:|\s*$|\s+\S)" % "|".join(sorted(_LABEL_WORDS, key=len, reverse=True)),
                           re.I)
KIND_WORD = re.compile(r"^(?:sammanträdes)?protokoll$|^minnesanteckningar$|^sammanträdesdatum", re.I)
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
GENRE_HEADING = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?§§?\s*\d|^\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-ZÅÄÖ]|^Punkt\s+\d+\b")


def _segs(line: str) -> list[tuple[int, str]]:
    """A laid-out line's cells: (column, text) for each run separated by two or more spaces."""
    return [(m.start(), m.group()) for m in SEGMENT.finditer(line.replace("\t", "    "))]


def _strip_source_furniture(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the first page's header block if it is a municipal one, the body without the source's own page
    furniture: page numbers, running footers, signature boxes and the header block repeated per page)."""
    start = next((i for i, s in enumerate(lines) if s.strip()), 0)
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    block = lines[start:end]
    is_header = len(block) <= 9 and MUNICIPAL.search("\n".join(block)) is not None
    keys = {re.sub(r"\d+", "#", " ".join(s.split()).lower()) for s in block} if is_header else set()
    body, skipping = [], False
    rest = lines[end:] if is_header else lines
    counts = Counter(re.sub(r"\d+", "#", " ".join(s.split()).lower()) for s in rest if s.strip())
    marked = [bool(keys) and re.sub(r"\d+", "#", " ".join(s.split()).lower()) in keys | {"#", "# (#)"} for s in rest]
    for n, raw in enumerate(rest):
        s = " ".join(raw.split())
        k = re.sub(r"\d+", "#", s.lower())
        if marked[n] and ((n and marked[n - 1]) or (n + 1 < len(rest) and marked[n + 1])):
            if not skipping:
                body.append("\f")
            skipping = True  # the header block repeated at a page top
            continue
        if GENRE_PAGE.match(s) or GENRE_PAGE_TAIL.search(raw.rstrip()) or GENRE_FOOT.match(raw.strip()):
            while body and body[-1].strip() and counts[re.sub(r"\d+", "#", " ".join(body[-1].split()).lower())] > 1:
                body.pop()  # a running footer over the page number ("Lindmo Båtklubb – protokoll nr 3/2024")
            if not skipping:
                body.append("\f")  # a page foot of the source (the municipal header table ends there)
            skipping = True  # what follows a page foot is the next page's header block
            continue
        if skipping and s and (k in keys or GENRE_PAGE.match(s)):
            continue
        if s:
            skipping = False
        body.append(raw.rstrip())
    return (block if is_header else []), body


PERSON_ENTRY = re.compile(r"^[A-ZÅÄÖ][\w-]+ (?:[a-z]{2,3} )?[A-ZÅÄÖ][\w-]+(?:,| \()")


def _cell_paragraphs(texts: list[str], width: int | None = None, titled: bool = False) -> list[str]:
    """Lines of one cell or paragraph run joined where the source wrapped them: a line continues the
    previous one when that one was long (a soft wrap), and does not open an att-clause, list or label."""
    width = width or max((len(t) for t in texts), default=0)
    out: list[str] = []
    for n, t in enumerate(texts):
        if titled and n == 1 and t[:1].isupper() and texts[0][-1:] not in ".,;:-" and len(out) == 1:
            out.append(t)  # a cell's first line over a sentence: the item's title ("Punkt 12 | Styrelsens ...")
            prev = t
            continue
        # a new entry of a list of people ("Stig Hallin, revisor") is its own line however long the last
        # (a number alone on its line, an item's number over its title, is never a wrapped word)
        if out and len(prev) >= 0.72 * width and width >= 40 and not re.match(r"^(att |[-–•] |\S+:|\d{1,3}$)", t) \
                and not PERSON_ENTRY.match(t):
            out[-1] += " " + t
        else:
            out.append(t)
        prev = t
    return out


def _grid_regions(lines: list[str], base: int) -> list[tuple[str, object]]:
    """Body lines -> ("line", text) / ("blank", None) / ("grid", (cols, rows)) where lines share columns."""
    out: list[tuple[str, object]] = []
    i = 0
    while i < len(lines):
        segs = _segs(lines[i])
        if not segs:
            out.append(("blank", None))
            i += 1
            continue
        if len(segs) < 2:
            out.append(("line", lines[i]))
            i += 1
            continue
        cols = [c for c, _ in segs]
        rows = [[[t] for t in [x for _, x in segs]]]

        def column(c):
            return next((k for k in range(len(cols) - 1, -1, -1) if cols[k] - 2 <= c), None)

        j = i + 1
        while j < len(lines):
            k = j
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k == len(lines) or k - j > 5:
                break
            nxt = _segs(lines[k])
            first = nxt[0][0]
            # columns may still be added on the first rows ("Röstlängd:  Fastighet  Företrädd av")
            if abs(first - cols[0]) <= 1 and len(nxt) >= 2 and all(
                    any(abs(c - x) <= 2 for x in cols) or (c > cols[-1] + 2 and len(rows) <= 2) for c, _ in nxt[1:]):
                for c, _ in nxt:
                    if c > cols[-1] + 2:
                        cols.append(c)
                        for row in rows:
                            row.append([])
                row = [[] for _ in cols]
                for c, t in nxt:
                    row[column(c)].append(t)
                rows.append(row)
            elif first > cols[0] + 2 and any(abs(first - x) <= 2 for x in cols[1:]) and (
                    len(rows) <= 2 or all(any(abs(c - x) <= 2 for x in cols) for c, _ in nxt)):
                for c, t in nxt:
                    if c > cols[-1] + 2:
                        cols.append(c)
                        for row in rows:
                            row.append([])
                    rows[-1][column(c)].append(t)
            else:
                break
            j = k + 1
        out.append(("grid", (cols, rows)))
        i = j
    return out


def _header_rows(lines: list[str], base: int) -> tuple[list[list], int]:
    """The municipal header region (up to the first §-heading or page foot) as [label, [values]] rows;
    a row with label None spans the table. Returns (rows, number of lines used)."""
    rows: list[list] = []
    gap = True
    value_col = None
    # A page foot ends the header table when the §-headings come after it; else its first non-label line.
    foot = lines.index("\f") if "\f" in lines else None
    by_foot = foot is not None and any(GENRE_HEADING.match(ln.strip()) for ln in lines[foot:]) and \
        not any(GENRE_HEADING.match(ln.strip()) for ln in lines[:foot])
    for n, raw in enumerate(lines):
        s = " ".join(raw.split())
        if not s:
            gap = True
            continue
        if raw == "\f" or GENRE_HEADING.match(s) or s.lower().startswith("ärendelista"):
            return rows, n
        if gap and rows and not by_foot and not (HEADER_LABELS.match(s) or ":" in s[:40]):
            return rows, n  # no page foot to end the header: it ends at the first line after it
        segs = _segs(raw)
        colon = re.match(r"^([A-ZÅÄÖ][^:(),]{1,45}):(?:\s+(.*)|$)", s)
        vocab = HEADER_LABELS.match(s)
        if len(segs) >= 2 and segs[0][0] <= base + 1 and not colon:
            label, value = segs[0][1], " ".join(t for _, t in segs[1:])
            value_col = segs[1][0]
            rows.append([label, [value]])
        elif len(segs) == 1 and rows and value_col is not None and segs[0][0] >= value_col - 1:
            rows[-1][1].append(s)
        elif len(segs) == 1 and rows and value_col is not None and s[0].islower() and rows[-1][0]:
            rows[-1][0] += " " + s
        elif colon and len(colon.group(1).split()) <= 6:
            rows.append([colon.group(1) + ":", [colon.group(2).strip()] if colon.group(2) else []])
        elif vocab:
            rest = s[vocab.end():].strip()
            rows.append([vocab.group(0), [rest] if rest else []])
        elif gap and len(s.split()) <= 3 and not re.search(r"[\d.,()]", s) and n + 1 < len(lines) \
                and lines[n + 1].strip():
            rows.append([s, []])
        elif rows and not gap:
            rows[-1][1].append(s)
        else:
            rows.append([None, [s]])
        gap = False
    return rows, len(lines)


def genre_blocks(text: str) -> tuple[list[str], list[tuple[str, object]]]:
    """(municipal header block lines or [], blocks) for a genre document; see ``typeset_genre``."""
    head, body = _strip_source_furniture(text.splitlines())
    nonblank = [ln for ln in body if ln.strip()]
    base = min((len(ln) - len(ln.lstrip()) for ln in nonblank), default=0)
    widths = sorted(len(ln.strip()) for ln in nonblank if len(_segs(ln)) == 1)
    full = widths[int(len(widths) * 0.9)] if widths else 80
    blocks: list[tuple[str, object]] = []
    if head:
        rows, used = _header_rows(body, base)
        blocks.append(("kv", rows))
        body = body[used:]
    para: list[str] = []

    def flush():  # one source paragraph: soft wraps joined, its other line breaks kept
        pieces = [p for p in _cell_paragraphs(para, full) if p]
        if len(pieces) > 1 and len(pieces[0].split()) <= 5 and not re.search(r"[.,;:!?]$|^\d", pieces[0]):
            blocks.append(("subheading", pieces.pop(0)))  # "Beslut" over "Kommunstyrelsen beslutar ..."
        if pieces:
            blocks.append(("para", "\n".join(pieces)))
        para.clear()

    body = [ln for ln in body if ln != "\f"]
    for kind, content in _grid_regions(body, base):
        if kind == "blank":
            flush()
            continue
        if kind == "grid":
            flush()
            blocks.append(("grid", content))
            continue
        raw = content
        s = " ".join(raw.split())
        indent = len(raw) - len(raw.lstrip())
        if indent > base + 12 and len(s) < 70:  # a centred line: title
            flush()
            blocks.append(("title", s))
        elif GENRE_HEADING.match(s):
            flush()
            blocks.append(("heading", s))
        elif LIST_ITEM.match(s):
            flush()
            blocks.append(("item", LIST_ITEM.sub("", s)))
        else:
            para.append(s)
    flush()
    # First lines of a plain document are its title; a short line alone before text is a subheading.
    if not head:
        for k, (kind, content) in enumerate(blocks[:2]):
            if kind in ("para", "subheading") and len(content) < 110 and "\n" not in content:
                blocks[k] = ("title", content)
    for k, (kind, content) in enumerate(blocks):  # a short line alone over a paragraph is its heading
        if kind == "para" and len(content.split()) <= 5 and not re.search(r"[.,;:!?]$|^\d|\n", content) \
                and k + 1 < len(blocks) and blocks[k + 1][0] == "para" and len(blocks[k + 1][1]) > 40:
            blocks[k] = ("subheading", content)
    return head, blocks


GSTYLES = {
    "para": ParagraphStyle("gpara", BODY, fontName="DejaVu", fontSize=10, leading=13),
    "title": ParagraphStyle("gtitle", BODY, fontName="DejaVu-Bold", fontSize=13, leading=17, spaceAfter=6),
    "heading": ParagraphStyle("gheading", BODY, fontName="DejaVu-Bold", fontSize=11, spaceBefore=9, spaceAfter=3),
    "subheading": ParagraphStyle("gsub", BODY, fontName="DejaVu-Bold", fontSize=10, spaceBefore=4, spaceAfter=1),
    "cell": ParagraphStyle("gcell", BODY, fontName="DejaVu", fontSize=9.5, leading=12, spaceAfter=2),
    "cellbold": ParagraphStyle("gcellb", BODY, fontName="DejaVu-Bold", fontSize=9.5, leading=12, spaceAfter=2),
    "small": ParagraphStyle("gsmall", BODY, fontName="DejaVu", fontSize=8, leading=10, spaceAfter=0),
}


def _cell(texts: list[str], style: str = "cell", reflow: bool = True) -> list:
    texts = _cell_paragraphs(texts, titled=True) if reflow else texts
    return [Paragraph(escape(p), GSTYLES[style]) for p in texts] or [Paragraph("", GSTYLES[style])]


def _genre_story(blocks: list[tuple[str, object]], width: float) -> list:
    story = []
    for kind, content in blocks:
        if kind == "kv":  # label | value, the municipal header table
            data, spans = [], []
            for r, (label, values) in enumerate(content):
                if label is None:
                    data.append([_cell(values, reflow=False), ""])
                    spans.append(("SPAN", (0, r), (1, r)))
                else:
                    data.append([_cell([label], "cellbold"), _cell(values, reflow=False)])
            if data:
                table = Table(data, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5), *spans]))
                story += [table, Spacer(1, 8)]
        elif kind == "grid":
            cols, rows = content
            ends = cols[1:] + [max(cols[-1] + 12, max(len(t) + cols[-1] for row in rows for t in row[-1]) if any(
                row[-1] for row in rows) else cols[-1] + 12)]
            spans = [max(4, e - c) + 3 for c, e in zip(cols, ends)]  # a cell's text fits on as many lines
            widths = [width * w / sum(spans) for w in spans]
            header = all(len(cell) == 1 and len(cell[0].split()) <= 2 for cell in rows[0]) and len(rows) > 2 \
                and not any(ch.isdigit() for cell in rows[0] for ch in cell[0]) and len(cols) >= 3
            if header:  # a repeated header row (one per source page) is the table's own repeat
                rows = [rows[0]] + [r for r in rows[1:] if r != rows[0]]
            data = [[_cell(cell, "cellbold" if (header and r == 0) or (c == 0 and GENRE_HEADING.match(
                " ".join(cell))) else "cell") for c, cell in enumerate(row)] for r, row in enumerate(rows)]
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            if header:
                style += [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BACKGROUND", (0, 0), (-1, 0), "#dddddd")]
            table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
            table.setStyle(TableStyle(style))
            story += [table, Spacer(1, 6)]
        elif kind == "item":
            story.append(Paragraph(escape(content), STYLES["item"], bulletText="–"))
        else:
            story.append(Paragraph(escape(content).replace("\n", "<br/>"), GSTYLES[kind]))
    return story


def typeset_genre(text: str, pdf: Path) -> None:
    """A genre document as its kind of body prints it (see the section comment above)."""
    _register_fonts()
    head, blocks = genre_blocks(text)
    width, height = A4
    pages = 0
    cells = [t for line in head for _, t in _segs(line)]
    right = [t for t in cells if KIND_WORD.match(t) or DATE.match(t)]
    left = [t for t in cells if t not in right and not GENRE_PAGE.match(t)]
    title = next((b[1] for b in blocks if b[0] == "title"), left[-1] if left else "")

    def header(c, doc):
        c.saveState()
        if head:  # organisation and body on the left; kind, date and page on the right
            c.setFont("DejaVu-Bold", 10)
            y = height - 14 * mm
            for t in left:
                c.drawString(20 * mm, y, t)
                c.setFont("DejaVu", 9)
                y -= 4.5 * mm
            y = height - 14 * mm
            for t in right:
                c.setFont("DejaVu-Bold" if t.isupper() else "DejaVu", 9)
                c.drawString(118 * mm, y, t)
                y -= 4.5 * mm
            c.setFont("DejaVu", 9)
            c.drawRightString(width - 20 * mm, height - 14 * mm, f"{doc.page} ({pages or '?'})")
            c.setLineWidth(0.4)
            c.line(20 * mm, height - 30 * mm, width - 20 * mm, height - 30 * mm)
        c.restoreState()

    def footer(c, doc):
        c.saveState()
        c.setFont("DejaVu", 7)
        if head:  # the signature boxes of every municipal page
            c.setLineWidth(0.5)
            for x, label in ((20 * mm, "Justerandes signatur"), (width - 80 * mm, "Utdragsbestyrkande")):
                c.rect(x, 10 * mm, 60 * mm, 12 * mm)
                c.drawString(x + 1.5 * mm, 19 * mm, label)
        else:
            c.drawString(20 * mm, 12 * mm, title[:80])
            c.drawRightString(width - 20 * mm, 12 * mm, f"Sida {doc.page} av {pages or '?'}")
        c.restoreState()

    for _ in range(2):  # the first pass only counts pages
        doc = BaseDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                              topMargin=(36 if head else 22) * mm, bottomMargin=(28 if head else 22) * mm,
                              title=title, author="Protokoll tests")
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=header, onPageEnd=footer)])
        doc.build(_genre_story(blocks, doc.width))
        pages = doc.page


# --- PDF -> text ----------------------------------------------------------------------------------
def degrade(png: Path, seed: str) -> Path:
    """A cheap office scan: slight skew, soft focus, sensor noise, heavy JPEG. Deterministic per seed."""
    rng = random.Random(seed)
    img = Image.open(png).convert("L")
    img = img.rotate(rng.choice((-1, 1)) * rng.uniform(0.5, 1.0), resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # randbytes rather than Image.effect_noise, which uses the C rand() and is not seedable
    noise = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height)).point(lambda v: v * 25 // 255)
    img = ImageChops.add(img, noise, offset=-12)  # zero-mean, +-12 grey levels
    jpg = png.with_suffix(".jpg")
    img.save(jpg, quality=35, dpi=(150, 150))
    return jpg


def ocr(pdf: Path, kind: str, dest: Path) -> None:
    lang, dpi, degraded = OCR[kind]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # the process pool is the parallelism
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        texts = []
        for number, png in enumerate(pages, 1):
            image = degrade(png, f"{pdf.stem}:{number}") if degraded else png
            result = subprocess.run(["tesseract", str(image), "stdout", "-l", lang], env=env,
                                    capture_output=True, text=True, check=True)
            texts.append(result.stdout.rstrip("\f"))
    dest.write_text("\f".join(texts), encoding="utf-8")


def scan(pdf: Path, dest: Path, dpi: int = 150) -> Path:
    """An image-only PDF of ``pdf`` as a cheap office scan makes it (see ``degrade``): no text layer."""
    if _fresh(dest, pdf):
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pngs = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        pages = [Image.open(degrade(png, f"{pdf.stem}:scan:{n}")).convert("L") for n, png in enumerate(pngs, 1)]
        pages[0].save(dest, save_all=True, append_images=pages[1:], resolution=dpi)
    return dest


def _fresh(output: Path, *deps: Path) -> bool:
    return output.exists() and output.stat().st_mtime >= max(d.stat().st_mtime for d in (*deps, SELF))


def _render_pdf(source: Path, out: Path, kinds: tuple[str, ...], genre: bool = False) -> list[tuple[str, float, bool]]:
    """Typeset one source and run pdftotext; returns (kind, seconds, cached) per step."""
    pdf, timings = out / f"{source.stem}.pdf", []
    start, cached = time.perf_counter(), _fresh(pdf, source)
    if not cached:
        (typeset_genre if genre else typeset)(source.read_text(encoding="utf-8", errors="replace"), pdf)
    timings.append(("pdf", time.perf_counter() - start, cached))
    for kind in ("layout", "raw", "text"):  # "text": plain pdftotext, which gives a table's cells one by one
        dest = out / f"{source.stem}.{kind}.txt"
        if kind in kinds:
            start, cached = time.perf_counter(), _fresh(dest, pdf)
            if not cached:
                mode = [] if kind == "text" else [f"-{kind}"]
                subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(pdf), str(dest)], check=True)
            timings.append((kind, time.perf_counter() - start, cached))
    return timings


def _render_ocr(pdf: Path, kind: str) -> list[tuple[str, float, bool]]:
    dest = pdf.with_name(f"{pdf.stem}.{kind}.txt")
    start, cached = time.perf_counter(), _fresh(dest, pdf)
    if not cached:
        ocr(pdf, kind, dest)
    return [(kind, time.perf_counter() - start, cached)]


def build(inputs: list[Path], gold_dir: Path | None, out: Path, kinds=KINDS, jobs: int = 2,
          timings: dict | None = None, genre: bool = False, manifest_name: str = "manifest.txt") -> Path:
    """Render every input; returns the manifest path. `timings`, if given, gets kind -> [seconds, files, cached].
    With `genre`, sources are typeset by `typeset_genre` and the manifest also lists each PDF itself."""
    kinds = tuple(kinds)
    if set(kinds) - set(KINDS):
        raise ValueError(f"unknown kinds {sorted(set(kinds) - set(KINDS))}; choose from {KINDS}")
    out.mkdir(parents=True, exist_ok=True)
    inputs = sorted(Path(p) for p in inputs)
    results = []
    # Two phases: PDFs first (cheap), then one task per (file, OCR kind) so slow OCR spreads evenly.
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        results += pool.map(_render_pdf, inputs, [out] * len(inputs), [kinds] * len(inputs), [genre] * len(inputs))
        ocr_tasks = [(out / f"{p.stem}.pdf", k) for p in inputs for k in kinds if k in OCR]
        results += pool.map(_render_ocr, *zip(*ocr_tasks)) if ocr_tasks else []
    for kind, seconds, cached in (t for r in results for t in r) if timings is not None else ():
        entry = timings.setdefault(kind, [0.0, 0, 0])
        entry[:] = [entry[0] + seconds, entry[1] + 1, entry[2] + cached]
    lines = []
    for source in inputs:
        gold = Path(gold_dir) / f"{source.stem}.json" if gold_dir else None
        if gold and gold.exists():
            rel = os.path.relpath(gold.resolve(), out.resolve())
            lines += [f"{source.stem}.pdf {rel}"] if genre else []
            lines += [f"{source.stem}.{kind}.txt {rel}" for kind in kinds]
    manifest = out / manifest_name
    manifest.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=Path, required=True, help="directory of minutes *.txt")
    ap.add_argument("--gold", type=Path, help="directory of gold <stem>.json (for the manifest)")
    ap.add_argument("--out", type=Path, required=True, help="output directory (keep it under build/)")
    ap.add_argument("--kinds", default=None, help=f"comma-separated subset of {','.join(KINDS)}")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--manifest", default="manifest.txt", help="manifest file name in --out")
    ap.add_argument("--genre", action="store_true", help=f"genre layouts (typeset_genre); default kinds {','.join(GENRE_KINDS)}")
    a = ap.parse_args(argv)
    a.kinds = a.kinds or ",".join(GENRE_KINDS if a.genre else KINDS[:4])
    sources, kinds = sorted(a.inputs.glob("*.txt")), [k.strip() for k in a.kinds.split(",") if k.strip()]
    if not sources or set(kinds) - set(KINDS):
        ap.error(f"need *.txt in {a.inputs} and --kinds from {','.join(KINDS)}")
    timings: dict = {}
    start = time.perf_counter()
    manifest = build(sources, a.gold, a.out, kinds, a.jobs, timings, a.genre, a.manifest)
    for kind, (seconds, files, cached) in timings.items():
        print(f"{kind:12} {seconds:7.1f} s over {files} files ({cached} cached)")
    print(f"wall {time.perf_counter() - start:.1f} s with {a.jobs} jobs; manifest {manifest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
