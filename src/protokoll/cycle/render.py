"""Publish a record (``protokoll.model.Protocol``) as DOCX and PDF in the house layout of the minutes.

One walker (``blocks``) turns the record into a list of typed blocks -- title, header lines,
attendance groups, numbered item headings, "Sammanfattning:", "Föredragande:", "Underlag:",
"Mötet beslutar" followed by its att-clauses -- and two writers set those blocks: ``to_docx``
(python-docx, "Sidan N av M" in the footer as Word fields) and ``to_pdf`` (ReportLab platypus on A4,
DejaVu Sans so that å, ä, ö and dashes survive, the title as running header, "Sidan N av M" below).

Both are pure: no database, no clock. ``protokoll parse`` reads either output back into the record it
was made from (the round trip in tests/test_cycle_render.py).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from protokoll.model import Attendee, Decision, Item, Protocol
from protokoll.vocab.dates import MONTHS

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # fonts-dejavu-core
FONTS = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
MONTH_NAMES = tuple(max((name for name in MONTHS if MONTHS[name] == n), key=len) for n in range(1, 13))  # "mars", not "mar"

# The headings of the attendance groups, by status, in the order they are printed.
ATTENDANCE_LABELS = {"present": "Närvarande:", "excused": "Anmält förhinder:", "absent": "Frånvarande:"}
DECIDES = "Mötet beslutar"
# A decision text whose list was flattened on parsing ("... följande medskick: - A. - B.") is printed
# as its lead-in and one bullet line per entry again.
_FLAT_LIST = re.compile(r"\s+-\s+(?=\S)")


@dataclass(frozen=True)
class Block:
    """One paragraph of the layout. ``kind``: title, subtitle, line, label, entry, heading, subheading,
    para, decides, clause, bullet, pagebreak."""

    kind: str
    text: str = ""


def swedish_date(day: dt.date) -> str:
    """2026-03-27 -> "27 mars 2026"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def title(protocol: Protocol) -> str:
    """ "Kommundirektörsmöte i Familjen Helsingborg": body and organisation, whichever are known."""
    body, org = protocol.body, protocol.organisation
    if body and org:
        return f"{body} i {org}"
    return body or org or "Protokoll"


def _city(protocol: Protocol) -> str | None:
    return protocol.location.split(",")[-1].strip() if protocol.location else None


def _header(protocol: Protocol) -> list[Block]:
    out = []
    if protocol.number is not None:
        year = f" {protocol.date.year}" if protocol.date else ""
        out.append(Block("subtitle", f"Protokoll nr {protocol.number}{year}"))
    out.append(Block("title", title(protocol)))
    place_date = " ".join(x for x in (_city(protocol), protocol.date and protocol.date.isoformat()) if x)
    if place_date:
        out.append(Block("line", place_date))
    if protocol.contact:
        out.append(Block("line", protocol.contact))
    when = []
    if protocol.date:
        when.append(f"Den {swedish_date(protocol.date)}")
    if protocol.start_time:
        when.append(protocol.start_time + (f"–{protocol.end_time}" if protocol.end_time else ""))
    if protocol.location:
        when.append(f"på {protocol.location}")
    if when:
        out.append(Block("para", f"Tid och plats: {' '.join(when)}."))
    if protocol.room:
        out.append(Block("para", f"{protocol.room}."))
    for label, value in (("Ordförande", protocol.chair), ("Sekreterare", protocol.secretary),
                         ("Justerare", ", ".join(protocol.adjusters))):
        if value:
            out.append(Block("para", f"{label}: {value}"))
    return out


def attendee_line(a: Attendee) -> str:
    """ "Elin Ask, Ängelholm" with role, party and note where the record has them."""
    text = a.name + (f" ({a.party})" if a.party else "")
    for extra in (a.role, a.affiliation):
        if extra:
            text += f", {extra}"
    return text + (f", {a.note}" if a.note else "")


def _attendance(attendees: list[Attendee]) -> list[Block]:
    out = []
    for status, label in ATTENDANCE_LABELS.items():
        group = [a for a in attendees if a.status == status]
        if group:
            out.append(Block("label", label))
            out += [Block("entry", attendee_line(a)) for a in group]
    return out


def _decision(decision: Decision) -> list[Block]:
    lead, *entries = _FLAT_LIST.split(decision.text.strip())
    return [Block("clause", lead)] + [Block("bullet", e) for e in entries]


def _presenters(item: Item) -> list[Block]:
    """One "Föredragande:" line: "A och B, role." when they share role and organisation, else
    "A, role, organisation; B, organisation." """
    if not item.presenters:
        return []
    tails = {", ".join(x for x in (p.role, p.organisation) if x) for p in item.presenters}
    if len(tails) == 1:
        names = [p.name for p in item.presenters]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]
        tail = tails.pop()
        return [Block("para", f"Föredragande: {joined}{', ' + tail if tail else ''}.")]
    entries = [", ".join(x for x in (p.name, p.role, p.organisation) if x) for p in item.presenters]
    return [Block("para", f"Föredragande: {'; '.join(entries)}.")]


def _item(item: Item, number: str | None, sub: bool) -> list[Block]:
    label = item.label or number
    head = f"{label}. {item.title}" if label and not sub else (f"{label} {item.title}" if label else item.title)
    out = [Block("subheading" if sub else "heading", head)]
    if item.case_number:
        out.append(Block("para", f"Dnr {item.case_number}"))
    if item.summary:
        out.append(Block("para", f"Sammanfattning: {item.summary}"))
    out += _presenters(item)
    for d in item.documents:
        out.append(Block("para", f"Underlag: {d.label}" + (f" – {d.title}" if d.title else "") + "."))
    if item.decisions:
        out.append(Block("decides", DECIDES))
        for d in item.decisions:
            out += _decision(d)
    for sub_item in item.subitems:
        out += _item(sub_item, None, True)
    return out


def blocks(protocol: Protocol) -> list[Block]:
    """The layout of the minutes: header, attendance, then each item (subitems under their item)."""
    out = _header(protocol) + _attendance(protocol.attendees)
    for n, item in enumerate(protocol.items, 1):
        number = str(item.number) if item.number is not None else None
        out += _item(item, number, False)
    return out


# --- DOCX ----------------------------------------------------------------------------------------------

def _docx_field(run, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in ``run``: Word and LibreOffice fill it in when the page is laid out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instruction} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def to_docx(protocol: Protocol, path: Path | str) -> Path:
    """Write ``protocol`` as a Word document; returns the path."""
    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Docx()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(25)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "DejaVu Sans", Pt(10)
    head = section.header.paragraphs[0]
    head.text = title(protocol)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Sidan ")
    _docx_field(foot.add_run(), "PAGE")
    foot.add_run(" av ")
    _docx_field(foot.add_run(), "NUMPAGES")
    sizes = {"title": 15, "subtitle": 11, "heading": 11, "subheading": 10}
    for block in blocks(protocol):
        if block.kind == "pagebreak":
            doc.add_page_break()
            continue
        para = doc.add_paragraph()
        run = para.add_run(block.text)
        run.bold = block.kind in ("title", "subtitle", "heading", "subheading", "label", "decides")
        if block.kind in sizes:
            run.font.size = Pt(sizes[block.kind])
        fmt = para.paragraph_format
        fmt.space_after = Pt(2 if block.kind in ("entry", "bullet", "line") else 6)
        if block.kind in ("heading",):
            fmt.space_before = Pt(10)
        if block.kind in ("clause", "bullet"):
            fmt.left_indent = Mm(8 if block.kind == "clause" else 14)
            if block.kind == "bullet":
                para.runs[0].text = f"- {block.text}"
    path = Path(path)
    doc.save(str(path))
    return path


# --- PDF -----------------------------------------------------------------------------------------------

def register_fonts() -> str:
    """Register DejaVu Sans with ReportLab (once); returns the family name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR / FONTS["regular"]))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR / FONTS["bold"]))
        pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")
    return "DejaVu"


def _pdf_styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    body = ParagraphStyle("body", fontName=register_fonts(), fontSize=10, leading=13.5, spaceAfter=5)
    bold = dict(fontName="DejaVu-Bold")
    return {
        "para": body, "line": ParagraphStyle("line", body, spaceAfter=1),
        "title": ParagraphStyle("title", body, fontSize=15, leading=19, spaceAfter=10, **bold),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=11, spaceAfter=6, **bold),
        "heading": ParagraphStyle("heading", body, fontSize=11, spaceBefore=8, keepWithNext=1, **bold),
        "subheading": ParagraphStyle("subheading", body, spaceBefore=4, keepWithNext=1, **bold),
        "label": ParagraphStyle("label", body, spaceBefore=6, spaceAfter=2, keepWithNext=1, **bold),
        "entry": ParagraphStyle("entry", body, spaceAfter=1),
        "decides": ParagraphStyle("decides", body, spaceBefore=2, keepWithNext=1, **bold),
        "clause": ParagraphStyle("clause", body, leftIndent=8 * mm),
        "bullet": ParagraphStyle("bullet", body, leftIndent=14 * mm, bulletIndent=9 * mm, spaceAfter=1),
    }


def _heading_markup(text: str, style, width: float) -> str:
    """A heading too long for one line, broken where the next line starts with a small letter: read
    back from the text layer, a line that starts with a capital after a heading looks like a heading of
    its own ("... i Familjen" / "Helsingborg"). Lines are filled greedily otherwise."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(words: list[str]) -> bool:
        return stringWidth(" ".join(words), style.fontName, style.fontSize) <= width

    words, lines = text.split(), []
    while words:
        n = len(words)
        while n > 1 and not fits(words[:n]):
            n -= 1
        if n < len(words):
            soft = [i for i in range(1, n + 1) if not words[i][0].isupper()]
            n = soft[-1] if soft else n
        lines.append(" ".join(words[:n]))
        words = words[n:]
    return "<br/>".join(escape(line) for line in lines)


def to_pdf(protocol: Protocol, path: Path | str, extra: list[Block] | None = None) -> Path:
    """Write ``protocol`` as an A4 PDF (``extra`` blocks appended, e.g. a signature page); returns the path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph

    styles = _pdf_styles()
    running = title(protocol)
    width, height = A4
    pages = 0

    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawString(25 * mm, height - 15 * mm, running)
        canvas.setLineWidth(0.4)
        canvas.line(25 * mm, height - 16.5 * mm, width - 25 * mm, height - 16.5 * mm)
        canvas.restoreState()

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.drawRightString(width - 25 * mm, 12 * mm, f"Sidan {doc.page} av {pages or doc.page}")
        canvas.restoreState()

    def story():
        out = []
        for block in blocks(protocol) + list(extra or []):
            if block.kind == "pagebreak":
                out.append(PageBreak())
            elif block.kind == "bullet":
                out.append(Paragraph(escape(block.text), styles["bullet"], bulletText="-"))
            elif block.kind in ("heading", "subheading"):
                style = styles[block.kind]
                out.append(Paragraph(_heading_markup(block.text, style, frame_width), style))
            else:
                out.append(Paragraph(escape(block.text), styles[block.kind]))
        return out

    frame_width = width - 50 * mm  # the frame has no padding
    path = Path(path)
    for _ in range(2):  # the first pass counts the pages, so that the second can print "av M"
        doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                              bottomMargin=22 * mm, title=running, author="Protokoll", invariant=1)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=header, onPageEnd=footer)])
        doc.build(story())
        pages = doc.page
    return path


def render(protocol: Protocol, out: Path | str, fmt: str | None = None) -> Path:
    """Write ``protocol`` to ``out`` as DOCX or PDF, chosen by ``fmt`` or the file's suffix."""
    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt == "pdf":
        return to_pdf(protocol, out)
    if fmt == "docx":
        return to_docx(protocol, out)
    raise ValueError(f"unknown format {fmt!r} (pdf or docx)")
