"""The one wrapper around PDFium (pypdfium2): the text layer of each page, page images for OCR, boxes."""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median
from typing import Iterator

from protokoll.errors import TooLarge, UnreadableInput
from protokoll.read import PAGE_LIMITS, Options, Page, lost_swedish, ocr, render_scale
from protokoll.tableheads import HEADER_WORDS, NUMBER, is_header

MIN_TEXT_CHARS = 25  # a page with fewer characters in its text layer is a scan


@dataclass(frozen=True)
class LayoutSettings:
    """When a page is a table, and how its text is laid out again (lengths in PDF points)."""

    line_tolerance: float = 3.0  # text whose vertical centres differ less stands on one line
    cell_gap: float = 7.0  # a wider gap between two characters of a line separates two cells ...
    cell_gap_em: float = 0.9  # ... when it is also this many times the type size
    # A scanner's OCR layer: a cell's gap is this many times the line's type size (three of the scan's character
    # widths, as this reader's own OCR tells cells: ``ocr.CELL_GAPS``), over ``cell_gap`` points still.
    ocr_layer_cell_gap_em: float = 1.5
    # A page scanned askew (its OCR layer's lines rising or falling across it) is read in the lines' own direction:
    # turned back when they slope by at least ``min_skew`` degrees and at most ``max_skew`` (more is a page turned
    # on purpose, or a watermark's text). The slope is the median over ``skew_sample`` of the page's lines, from
    # lines of ``skew_min_chars`` characters or more that span ``skew_min_ems`` of their type size.
    # Measured on OCR layers only (``layout_settings``): type set on a page runs level, or turned a whole quarter.
    measure_skew: bool = False
    min_skew: float = 0.1
    max_skew: float = 10.0
    skew_sample: int = 64
    skew_min_chars: int = 12
    skew_min_ems: float = 10.0
    column_tolerance: float = 4.0  # left edges this close stand in one column
    min_columns: int = 3  # a table: this many aligned columns ...
    min_rows: int = 3  # ... on this many lines, or a line of item-table header words
    blank_line: float = 1.6  # a gap of this many line pitches prints a blank line
    paragraph_gap: float = 1.25  # outside tables, a blank line where lines stand this many pitches apart
    leading: float = 1.3  # a line pitch is at most this many times the type size
    # A page is laid out by position (``layout``) rather than read in PDFium's order when two runs of a
    # line stand further apart than this (cells side by side: a label/value header, signature columns,
    # a two-column roll; PDFium joins them with one space) ...
    side_by_side_gap: float = 24.0
    # ... or when PDFium's order goes back up the page by more than this (a table whose cells hold several
    # lines is read cell after cell: a whole column, then the next one from the top).
    back_up: float = 3.0
    # A page set in two columns (a newsletter's minutes): the left column's prose fills its measure on at least
    # ``column_prose_share`` of its ``min_column_lines`` lines or more (ending within ``column_wrap_slack`` of the
    # measure), a gutter of ``column_gutter`` points clear of text beside it, the right column no wider than the
    # left (``column_measure_slack`` of the measure) and written after it. Read column after column
    # (``page_columns``).
    min_column_lines: int = 8
    column_prose_share: float = 0.25
    column_wrap_slack: float = 0.15
    column_gutter: tuple[float, float] = (10.0, 60.0)
    column_measure_slack: float = 0.2
    column_middle: tuple[float, float] = (0.3, 0.7)  # where on the text's width a gutter may stand
    # Two columns of their own, not prose (a title page's details beside its roll, each column flowed in a frame of
    # its own): at least ``free_column_lines`` lines in each, written one after the other, on baselines of their own
    # (at most ``free_column_shared`` of the right column's lines level with a line of the left one: a table's
    # rows, a label beside its value share them). Read column after column as well.
    free_column_lines: int = 3
    free_column_shared: float = 0.34
    free_column_apart: float = 4.0  # a first or last line this many line pitches off the column is no part of it
    # A watermark ("UTKAST", "JUSTERAT", "KOPIA" across the page): a text object turned at least this many
    # degrees off the page's axes (text set upright or turned a quarter is the page's own). Left out of the
    # text layer before it is read.
    watermark_angle: float = 10.0
    margin_share: float = 0.12  # text turned a quarter within this share of the page's width from a side edge
    note_size: float = 0.8  # a footnote's mark: type at most this share of the size beside it ...
    note_rise: float = 1.0  # ... raised at least this many points over the baseline beside it (footnote_chars)


LAYOUT = LayoutSettings()
# Two cells of a laid-out line stand at least CELL_SPACES apart, however narrow the gap on the page: the parser
# reads three spaces as the border of a cell ("Kristina Boman, vice ordförande" filling its cell up to the
# party's). A gap no wider than JUSTIFIED_GAP times the widest word space of its line is a justified line's
# stretched word space, not a cell's border: RUN_SPACES.
CELL_SPACES = 3
RUN_SPACES = 2
JUSTIFIED_GAP = 1.5
# A justified line whose every word stands apart by more than the cell gap (a short line stretched to the
# measure: "Uppdra   åt   socialchefen   att ..."): at least JUSTIFIED_MIN_GAPS gaps, the widest at most
# JUSTIFIED_UNIFORM times the narrowest. A table's row has cells of uneven widths.
JUSTIFIED_MIN_GAPS = 3
JUSTIFIED_UNIFORM = 1.2
# A list's number or bullet standing before its text at a tab: "1.", "2)", "a)", "3.1", "§ 4", "–".
LIST_MARKER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)]|§\s*\d{1,3}|[–\-•·*▪◦])$")
BULLETS = frozenset("–-•·*▪◦")  # a list's bullet before its text (a tab's gap after it) heads no cell


@functools.cache
def _bare_call(name: str):
    """PDFium's function ``name`` (one returning an int) without ctypes' argument conversion, which costs
    twice the call itself: the layout asks for the box and pen position of every character of a page
    (issue 12). Called with the text page's handle (``textpage.raw``), ints and ``ctypes.byref`` pointers."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    return ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value)


def _doubles(n: int) -> tuple[list, list]:
    """``n`` C doubles for PDFium to write into, and pointers to them for ``_bare_call``."""
    import ctypes

    values = [ctypes.c_double() for _ in range(n)]
    return values, [ctypes.byref(v) for v in values]


def text_rects(textpage) -> list[tuple[float, float, float, float]]:
    """PDFium's text rectangles of the page (its runs of text: left, bottom, right, top), as
    ``textpage.get_rect`` gives them, each asked for once."""
    import pypdfium2 as pdfium

    count = textpage.count_rects()
    get_rect, handle = _bare_call("FPDFText_GetRect"), textpage.raw
    (left, top, right, bottom), pointers = _doubles(4)
    rects = []
    for i in range(count):
        if not get_rect(handle, i, *pointers):
            raise pdfium.PdfiumError("Failed to get rectangle.")
        rects.append((left.value, bottom.value, right.value, top.value))
    return rects


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        message = str(e)
        if "password" in message.lower() and _declares_encryption(path):
            raise UnreadableInput(str(path), "krypterad PDF (lösenord krävs)") from None
        raise UnreadableInput(str(path), f"skadad eller oläslig PDF ({message})") from None
    if len(doc) == 0:
        doc.close()
        raise UnreadableInput(str(path), "PDF-filen har inga sidor")
    return doc


def _declares_encryption(path: Path) -> bool:
    """PDFium's last error can be stale, so check the file itself for an /Encrypt entry."""
    with path.open("rb") as f:
        head = f.read(1 << 16)
        f.seek(max(0, path.stat().st_size - (1 << 16)))
        tail = f.read()
    return b"/Encrypt" in head or b"/Encrypt" in tail


def drop_watermarks(page, settings: LayoutSettings = LAYOUT) -> int:
    """Remove the page's watermarks from it (in memory): text objects turned diagonally across the page
    (``watermark_angle``), whose letters would otherwise land one by one among the lines they cross, and text
    turned a quarter in the page's side margins (``margin_share``: a signing service's document key, an archive's
    file path, read a letter a line). How many were removed. Every reader of a page's text layer calls this first,
    so character indices agree."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    handle, turned, upright, sideways = page.raw, [], 0, []
    matrix = pdfium_c.FS_MATRIX()
    width = pdfium_c.FPDF_GetPageWidthF(handle)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for k in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = pdfium_c.FPDFPage_GetObject(handle, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT or \
                not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        angle = math.degrees(math.atan2(matrix.b, matrix.a)) % 360
        if settings.watermark_angle <= angle % 90 <= 90 - settings.watermark_angle:
            turned.append(obj)
        elif min(abs(angle - 90), abs(angle - 270)) < settings.watermark_angle:
            if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top) and \
                    (right.value <= settings.margin_share * width or left.value >= (1 - settings.margin_share) * width):
                sideways.append(obj)
        else:
            upright += 1
    # Text turned a quarter along a side edge of a page whose text stands upright: a document key, a file's path (on
    # a page whose content is all turned, a landscape table set on a portrait page, it is the content's first line).
    if len(sideways) < upright:
        turned.extend(sideways)
    for obj in turned:
        if pdfium_c.FPDFPage_RemoveObject(handle, obj):
            pdfium_c.FPDFPageObj_Destroy(obj)
    return len(turned)


# Line numbers a word processor prints in the margin ("1", "2", … beside each line of the text, restarting on
# each page or running on): at least LINE_NUMBERS_MIN bare numbers of at most LINE_NUMBER_DIGITS digits, each a
# text object of its own, right-aligned in one column (their right edges within ``column_tolerance``) left of all
# the page's other text, counting up by one from the top down, and beside at least LINE_NUMBERS_SHARE of the
# page's text lines between the first and the last of them. A table's column of row numbers stands beside fewer
# of the lines (its header row, its rows' wrapped cells) or is left-aligned.
LINE_NUMBERS_MIN = 5
LINE_NUMBER_DIGITS = 4
LINE_NUMBERS_SHARE = 0.8


def _object_text(obj, textpage) -> str:
    import ctypes

    import pypdfium2.raw as pdfium_c

    size = pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return buffer.raw[:size - 2].decode("utf-16-le", errors="replace")


def drop_line_numbers(page, settings: LayoutSettings = LAYOUT) -> int:
    """Remove the page's line numbers (``LINE_NUMBERS_MIN``) from it (in memory): read among the lines they
    would stand at each line's head as its first word, and number the text's every line. How many were removed."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    handle = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    boxes = []  # (object, left, bottom, right, top) of the page's upright text
    for k in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = pdfium_c.FPDFPage_GetObject(handle, k)
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_TEXT and \
                pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            boxes.append((obj, left.value, bottom.value, right.value, top.value))
    # narrow boxes only: a number of a few digits is at most about as wide as its height times its digits
    narrow = [b for b in boxes if 0 < b[3] - b[1] <= LINE_NUMBER_DIGITS * (b[4] - b[2])]
    if len(narrow) < LINE_NUMBERS_MIN:
        return 0
    textpage = page.get_textpage()
    try:
        numbers = [(b, int(t)) for b in narrow for t in [_object_text(b[0], textpage).strip()]
                   if t.isdigit() and len(t) <= LINE_NUMBER_DIGITS]
    finally:
        textpage.close()
    tol = settings.column_tolerance
    column = max(([n for n in numbers if abs(n[0][3] - edge[0][3]) <= tol] for edge in numbers), key=len, default=[])
    if len(column) < LINE_NUMBERS_MIN:
        return 0
    column.sort(key=lambda n: -n[0][2])
    if any(b[1] != a[1] + 1 for a, b in zip(column, column[1:])):
        return 0
    ids = {id(n[0]) for n in column}
    others = [b for b in boxes if id(b) not in ids]
    edge = max(n[0][3] for n in column)
    if not others or min(b[1] for b in others) <= edge:
        return 0
    high, low = column[0][0][4], column[-1][0][2]
    lines: list[float] = []  # the other text's baselines (bottoms) between the first number and the last
    for b in sorted((b for b in others if low - tol <= b[2] <= high + tol), key=lambda b: -b[2]):
        if not lines or lines[-1] - b[2] > settings.line_tolerance:
            lines.append(b[2])
    beside = sum(any(abs(n[0][2] - y) <= settings.line_tolerance for n in column) for y in lines)
    if not lines or beside < LINE_NUMBERS_SHARE * len(lines):
        return 0
    for (obj, *_), _ in column:
        if pdfium_c.FPDFPage_RemoveObject(handle, obj):
            pdfium_c.FPDFPageObj_Destroy(obj)
    return len(column)


def _textpage(page):
    """The page's text layer, its watermarks and line numbers left out (``drop_watermarks``,
    ``drop_line_numbers``)."""
    drop_watermarks(page)
    drop_line_numbers(page)
    return page.get_textpage()


def page_text(page) -> str:
    """PDFium's text of the page; for a page that holds a table or text side by side, the text laid out
    again (``layout``)."""
    textpage = _textpage(page)
    try:
        raw = textpage.get_text_range()
        if needs_layout(textpage, raw=raw):
            return layout(textpage, layout_settings(page), raw=raw)[0]
        return paragraph_breaks(textpage, raw)
    finally:
        textpage.close()


def layout_settings(page, settings: LayoutSettings = LAYOUT) -> LayoutSettings:
    """The settings ``layout`` reads the page with. A scanner's OCR layer (``ocr_layer``) sets each word where
    the image has it, its glyphs stretched to the word and its type size the line's height: the gap between two
    words is the scan's, often wider than ``cell_gap`` points ("Lena  Öhrn" read as two cells, a title's words
    further apart still). There a cell's gap is measured in the line's type size (``ocr_layer_cell_gap_em``), and
    the lines are read in their own direction where the page lay askew under the scanner (``page_skew``)."""
    if not ocr_layer(page):
        return settings
    return replace(settings, cell_gap_em=settings.ocr_layer_cell_gap_em, measure_skew=True)


_LINE_BREAK = re.compile("\r\n")  # PDFium's end of a line


def paragraph_breaks(textpage, raw: str, settings: LayoutSettings = LAYOUT) -> str:
    """PDFium's text with a blank line where the page leaves vertical space between two lines (between
    paragraphs, before a heading), as a text source has one: PDFium's own text runs them together.
    Offsets stay PDFium's character indices (for boxes): each "\r\n" becomes "\n\n" or " \n"."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    breaks = [m.start() for m in _LINE_BREAK.finditer(raw, 1, len(raw) - 1)]  # not at either end
    x, y = ctypes.c_double(), ctypes.c_double()

    def baseline(i: int, step: int) -> float | None:
        while 0 <= i < len(raw) and raw[i].isspace():
            i += step
        if not 0 <= i < len(raw):
            return None
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
        return y.value

    def _next_char(text: str, i: int) -> int:
        while i < len(text) - 1 and text[i].isspace():
            i += 1
        return i

    def _before_char(text: str, i: int) -> int:
        while i > 0 and text[i].isspace():
            i -= 1
        return i

    def bold(i: int, step: int) -> bool:
        while 0 <= i < len(raw) and raw[i].isspace():
            i += step
        return 0 <= i < len(raw) and is_bold(textpage, i)

    deltas = {}
    for i in breaks:
        above, below = baseline(i - 1, -1), baseline(i + 2, 1)
        if above is not None and below is not None and above - below > settings.line_tolerance:
            deltas[i] = above - below  # the next line stands lower on the page: the usual reading order
    # A bold line over a regular one is a heading over its text, however much space the style leaves.
    stuck = {i for i in deltas if bold(i - 1, -1) and not bold(i + 2, 1)}
    sizes = {i: (pdfium_c.FPDFText_GetFontSize(textpage, _before_char(raw, i - 1)),
                 pdfium_c.FPDFText_GetFontSize(textpage, _next_char(raw, i + 2))) for i in deltas}
    body = _body_size(size for _, size in sizes.values())
    pitch = _line_pitch({i: d for i, d in deltas.items() if i not in stuck}, sizes, body)
    chars = list(raw)
    for i, delta in deltas.items():
        if i not in stuck and delta > _paragraph_gap(pitch, *sizes[i], body, settings):
            chars[i] = "\n"
    for i in footnote_chars(textpage, raw, settings):
        chars[i] = " "
    raw = "".join(chars)
    # Keep offsets equal to PDFium's character indices (for boxes): "\r\n" becomes " \n".
    return raw.replace("\r\n", " \n").replace("\r", "\n")


# Type this many times the body's size is display type (a title): its lines stand further apart.
DISPLAY_TYPE = 1.2
SAME_SIZE = 0.5  # type sizes (points) this close are one size


def _line_pitch(deltas: dict, sizes: dict | None = None, body: float | None = None) -> float:
    """A paragraph's line pitch: the smallest distance between two lines (``deltas``, by break) that recurs:
    its lines stand exactly that far apart (on a page of short paragraphs most breaks are between paragraphs,
    so neither median nor mode). Given ``sizes`` (the type above and below each break) and the ``body`` size,
    counted between lines of the body's size where two such recur: footnotes or a foot's small print under
    running text stand closer at their own pitch. A page of one-line paragraphs has no recurring pitch of its
    own: infinite then (the type size bounds it)."""
    def recurring(keys) -> list[float]:
        counts = Counter(round(deltas[k] * 2) / 2 for k in keys)
        return [d for d, n in counts.items() if n >= 2]
    in_body = [k for k in deltas if body and sizes and all(abs(s - body) <= SAME_SIZE for s in sizes[k])]
    found = recurring(in_body) or recurring(deltas)
    return min(found) if found else float("inf")


# A footnote's mark: a number of at most NOTE_DIGITS digits set in type at most ``note_size`` times the size of
# the letter beside it and raised ``note_rise`` points or more over that letter's baseline ("handlingarna.²").
NOTE_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:!?)”\"])\d{1,2}(?!\d)|(?:^|(?<=\n))[ \t]*\d{1,2}(?=[ \t]*\S)", re.M)


def footnote_chars(textpage, raw: str, settings: LayoutSettings = LAYOUT) -> set[int]:
    """The indices of the page's footnote matter, which is no part of its running text: each note's mark in
    the text (a small raised number right after a word), and each note at the foot (a line that starts with
    such a mark, to its end). Cheap: PDFium is asked only about numbers glued to a word or opening a line."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()

    def baseline(i: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
        return y.value

    out: set[int] = set()
    for m in NOTE_MARK.finditer(raw):
        start, end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        opens_line = start == 0 or raw[start - 1] in "\r\n \t"
        k = end if opens_line else start - 1
        while opens_line and k < len(raw) and raw[k] in " \t":
            k += 1
        if k >= len(raw) or raw[k].isspace():
            continue
        mark, beside = pdfium_c.FPDFText_GetFontSize(textpage, start), pdfium_c.FPDFText_GetFontSize(textpage, k)
        if not (0 < mark <= settings.note_size * beside and baseline(start) - baseline(k) >= settings.note_rise):
            continue
        if opens_line:  # a note at the foot: the whole line
            stop = raw.find("\r", end)
            end = len(raw) if stop < 0 else stop
        out.update(range(start, end))
    return out


def _body_size(sizes) -> float | None:
    """The page's body type size: the size most of its lines are set in."""
    counts = Counter(round(s * 2) / 2 for s in sizes if s)
    return counts.most_common(1)[0][0] if counts else None


def _paragraph_gap(pitch: float, above: float, below: float, body: float | None,
                   settings: LayoutSettings = LAYOUT) -> float:
    """How far apart two lines (type sizes ``above``, ``below``) stand at least to have space between them:
    ``paragraph_gap`` line pitches. The pitch is the page's recurring one (its body text's), at most
    ``leading`` times the type size; two lines of display type (a title wrapped over two lines) have the
    pitch grown with their size, since their leading is."""
    line = min(pitch, settings.leading * below or pitch)
    if body and below > DISPLAY_TYPE * body and abs(above - below) <= SAME_SIZE:
        line = max(line, min(pitch * below / body, settings.leading * below))
    return settings.paragraph_gap * line


def _lines_of(boxes: list[tuple[float, float, float, float]], settings: LayoutSettings) -> list[list]:
    """Boxes grouped into lines by their vertical centre, top line first, each line left to right."""
    lines: list[list] = []
    for box in sorted(boxes, key=lambda b: -(b[1] + b[3])):
        centre = (box[1] + box[3]) / 2
        if lines and abs(lines[-1][0] - centre) <= settings.line_tolerance:
            lines[-1][1].append(box)
        else:
            lines.append([centre, [box]])
    return [sorted(line, key=lambda b: b[0]) for _, line in lines]


def needs_layout(textpage, settings: LayoutSettings = LAYOUT, raw: str | None = None) -> bool:
    """Whether the page is read by position (``layout``) rather than in PDFium's order: it holds a table
    (``is_table_page``), or text side by side (``side_by_side``). ``raw``: the page's text, if read."""
    rects = text_rects(textpage)
    return side_by_side(textpage, settings, rects) or is_table_page(textpage, settings, rects, raw)


def side_by_side(textpage, settings: LayoutSettings = LAYOUT, rects: list | None = None) -> bool:
    """Whether some text of the page stands beside other text: PDFium's order of text runs goes back up
    the page (the cells of a table row read one after the other, each to its end: "Fastighet" and its
    column, then "Företrädd av" and its column), or two runs of one line stand a column apart (PDFium
    prints "Datum: 2025-02-26" and three signatures "Elsa Norberg Hugo Lindahl Oscar Bergkvist" as
    one line each, with one space where the page has a column). Word processors export tables, header
    blocks and signature rows so; ordinary paragraphs are read top to bottom and keep PDFium's order.
    ``rects``: the page's ``text_rects``, if asked for already."""
    rects = text_rects(textpage) if rects is None else rects
    for before, after in zip(rects, rects[1:]):
        if after[1] > before[3] + settings.back_up:  # the next run stands wholly above the last one
            return True
    for line in _lines_of(rects, settings):
        if any(b[0] - a[2] > settings.side_by_side_gap for a, b in zip(line, line[1:])):
            return True
    return False


@functools.cache
def _header_start():
    words = "|".join(re.escape(w) for w in HEADER_WORDS[NUMBER])
    return re.compile(r"^[ \t]*(?:%s)(?!\w)" % words, re.IGNORECASE | re.MULTILINE)


def is_table_page(textpage, settings: LayoutSettings = LAYOUT, rects: list | None = None,
                  raw: str | None = None) -> bool:
    """Whether the page holds a table: a line of item-table header words ("Punkt  Vad  Ansvar"), or
    text runs that start in ``min_columns`` shared columns on ``min_rows`` lines. Cheap: PDFium's text
    rectangles, and the text of their cells only on a page where some line starts like a header.
    ``rects`` and ``raw``: the page's ``text_rects`` and text, if asked for already."""
    rows = []
    for line in _lines_of(text_rects(textpage) if rects is None else rects, settings):
        cells = [list(line[0])]
        for box in line[1:]:  # runs split by a font change are one cell
            if box[0] - cells[-1][2] > settings.cell_gap:
                cells.append(list(box))
            else:
                cells[-1][1:] = [min(cells[-1][1], box[1]), max(cells[-1][2], box[2]), max(cells[-1][3], box[3])]
        if len(cells) >= 2:
            rows.append(cells)
    # Cell texts cost a call each: only asked for where some line of the page starts like a header.
    if _header_start().search(textpage.get_text_range() if raw is None else raw):
        for cells in rows:
            texts = [textpage.get_text_bounded(*c).strip() for c in cells]
            if is_header(texts):
                return True
    wide = [[c[0] for c in cells] for cells in rows if len(cells) >= settings.min_columns]
    if len(wide) < settings.min_rows:
        return False
    lefts = sorted(x for row in wide for x in row)
    columns, run = [], [lefts[0]]
    for x in lefts[1:]:
        if x - run[-1] > settings.column_tolerance:
            columns.append(run)
            run = []
        run.append(x)
    columns.append(run)
    shared = [(c[0], c[-1]) for c in columns if len(c) >= settings.min_rows]
    aligned = [row for row in wide
               if sum(any(a - settings.column_tolerance <= x <= b + settings.column_tolerance for a, b in shared)
                      for x in row) >= settings.min_columns]
    return len(aligned) >= settings.min_rows


_LETTER_PAIR = re.compile(r"[^\W\d_]{2}")
TURN_SAMPLE = 16  # pairs of adjacent letters whose direction tells which way the page's text is turned


def page_skew(textpage, raw: str, settings: LayoutSettings = LAYOUT) -> float:
    """The angle (radians, counter-clockwise) the page's lines run at: 0 for type set upright on the page; a quarter
    turn or more for a page whose text is all set turned (a landscape table printed on a portrait page); on an OCR
    layer (``measure_skew``) also the small angle of a scan laid askew under the scanner. The turn is told by the
    direction from letter to letter within words; the skew by the pen positions of the first and the last letter of
    PDFium's lines (an OCR layer may set each word level, a step above the one before), over lines at least
    ``skew_min_ems`` of their type size long."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    (x0, y0, x1, y1) = [ctypes.c_double() for _ in range(4)]

    def direction(first: int, last: int) -> tuple[float, float]:
        pdfium_c.FPDFText_GetCharOrigin(textpage, first, x0, y0)
        pdfium_c.FPDFText_GetCharOrigin(textpage, last, x1, y1)
        return x1.value - x0.value, y1.value - y0.value

    turns = []
    for k in range(TURN_SAMPLE):
        m = _LETTER_PAIR.search(raw, k * len(raw) // TURN_SAMPLE)
        if m:
            dx, dy = direction(m.start(), m.start() + 1)
            if dx or dy:
                turns.append(round(math.degrees(math.atan2(dy, dx)) / 90) % 4 * 90)
    quarter = max(set(turns), key=turns.count) if turns else 0
    if not settings.measure_skew:
        return math.radians(quarter)
    lines, at = [], 0
    for line in raw.split("\r\n"):
        first, last = len(line) - len(line.lstrip()), len(line.rstrip()) - 1
        if last - first >= settings.skew_min_chars:
            lines.append((at + first, at + last))
        at += len(line) + 2
    step = max(1, len(lines) // settings.skew_sample)
    rests = []
    for first, last in lines[::step]:
        dx, dy = direction(first, last)
        if math.hypot(dx, dy) >= settings.skew_min_ems * pdfium_c.FPDFText_GetFontSize(textpage, first):
            rest = (math.degrees(math.atan2(dy, dx)) - quarter + 180) % 360 - 180
            if abs(rest) <= settings.max_skew:
                rests.append(rest)
    rest = median(rests) if rests else 0.0
    return math.radians(quarter + (rest if abs(rest) >= settings.min_skew else 0.0))


def layout(textpage, settings: LayoutSettings = LAYOUT,
           raw: str | None = None) -> tuple[str, list[tuple[int, int, int]]]:
    """The page text in reading layout, as ``pdftotext -layout`` prints it: lines by baseline, cells
    placed by x with runs of spaces between. Also (offset in it, PDFium char index, length) per cell,
    since the offsets of this text are no longer PDFium's character indices. ``raw``: the page's text,
    if read."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    raw = textpage.get_text_range() if raw is None else raw
    # Every character's box and pen position: the cost of this function, so PDFium is called bare.
    handle, get_box, get_origin = textpage.raw, _bare_call("FPDFText_GetCharBox"), _bare_call("FPDFText_GetCharOrigin")
    (left, right, bottom, top, x, y), (p_left, p_right, p_bottom, p_top, p_x, p_y) = _doubles(6)
    cell_gap, cell_gap_em, line_tolerance = settings.cell_gap, settings.cell_gap_em, settings.line_tolerance
    runs: list[list] = []  # [first char, end char, x0, x1, baseline]
    word_spaces: dict[int, list[float]] = {}  # id of a run -> the widths of the word spaces inside it
    run = None
    last_x0 = None
    spaced = False  # a space stands before this character
    notes = footnote_chars(textpage, raw, settings)
    skew = page_skew(textpage, raw, settings)
    cos, sin = math.cos(skew), math.sin(skew)
    for i, ch in enumerate(raw):
        if ch in "\r\n":
            run = None
            continue
        if ch.isspace() or i in notes:
            spaced = True
            continue
        after_space, spaced = spaced, False
        if not get_box(handle, i, p_left, p_right, p_bottom, p_top):  # yes, lrbt
            raise pdfium.PdfiumError("Failed to get charbox.")
        get_origin(handle, i, p_x, p_y)
        x0, x1, baseline, pen = left.value, right.value, y.value, x.value
        if skew:  # turned back by the page's turn or skew: the pen position, and the box around the turned glyph
            pen, baseline = pen * cos + baseline * sin, baseline * cos - pen * sin
            xs = [px * cos + py * sin for px in (x0, x1) for py in (bottom.value, top.value)]
            x0, x1 = min(xs), max(xs)
        if run is not None:
            gap = x0 - run[3]
            # A word space of large type is wider than the cell gap; measure it against the type size then.
            wide = gap > cell_gap and gap > cell_gap_em * pdfium_c.FPDFText_GetFontSize(textpage, i)
            # A ligature ("ff", "fi") gives each of its letters the whole glyph's box: the second one starts
            # where the first did, a glyph's width back from the run's end, and goes on the same run.
            if abs(baseline - run[4]) <= line_tolerance and not wide and (gap >= -cell_gap or x0 == last_x0):
                if after_space:
                    word_spaces.setdefault(id(run), []).append(gap)
                run[1] = i + 1
                if x1 > run[3]:
                    run[3] = x1
                last_x0 = x0
                continue
        last_x0 = x0
        # A new run, placed by the pen position, which unlike the glyph's box does not vary with its shape.
        run = [i, i + 1, pen, x1, baseline]
        runs.append(run)
    if not runs:
        return raw.replace("\r\n", " \n").replace("\r", "\n"), []
    runs = _join_justified(raw, runs, word_spaces, settings)
    widths = [(r[3] - r[2]) / (r[1] - r[0]) for r in runs if r[1] - r[0] >= 8]
    char_width = median(widths) if widths else 5.0
    left = min(r[2] for r in runs)
    blocks = []  # text boxes beside the page's text: each read as a block of its own, after the text beside it
    columns = page_columns(runs, settings)
    if columns is None:
        for _ in range(SIDE_BLOCKS_PER_PAGE):
            block = side_block(runs, settings)
            if not block:
                break
            blocks.append([r for r in runs if id(r) in block])
            runs = [r for r in runs if id(r) not in block]
        lines, origins, starts = _runs_to_lines(raw, runs, settings), None, set()
    else:
        lines, origins, starts = _column_lines(raw, columns, left, settings)
    gaps = _blank_lines(textpage, [(baseline, min(line, key=lambda r: r[2])[0]) for baseline, line in lines],
                        settings)
    order = [(line, k in gaps or k in starts, origins[k] if origins else left) for k, line in enumerate(lines)]
    for block in blocks:
        bottom = min(r[4] for r in block)
        # after the paragraph of the text beside the block's last line
        at = next((k for k, (line, blank, _) in enumerate(order)
                   if line[0] < bottom - settings.line_tolerance and blank), len(order))
        block_lines = _runs_to_lines(raw, block, settings)
        beside = [r[2] for line, _, _ in order for r in line[1] if bottom <= line[0] <= block_lines[0][0]]
        # the block's lines start where the text beside it does
        origin = min(r[2] for r in block) - (min(beside) - left if beside else 0)
        order[at:at] = [(line, k == 0, origin) for k, line in enumerate(block_lines)]
        if at + len(block_lines) < len(order):
            order[at + len(block_lines)] = (order[at + len(block_lines)][0], True, order[at + len(block_lines)][2])
    out, segments, offset = [], [], 0
    for (baseline, line), blank, origin in order:
        if blank and out:
            out.append("")
            offset += 1
        text = ""
        spaces = [gap for run in line for gap in word_spaces.get(id(run), ())]
        widest = max(spaces) if spaces else 0.0
        before = None  # the right edge of the run before on the line
        for first, end, x0, *rest in sorted(line, key=lambda r: r[2]):
            column = round((x0 - origin) / char_width)
            word_space = before is not None and x0 - before <= JUSTIFIED_GAP * widest or text.strip() in BULLETS
            text += " " * max(column - len(text), (RUN_SPACES if word_space else CELL_SPACES) if text else 0)
            before = rest[0]
            for first, end, *broken_at in [(first, end), *rest[2:]]:  # a title's piece broken onto the next line
                text += "".join(broken_at)
                segments.append((offset + len(text), first, end - first))
                text += raw[first:end]
        out.append(text)
        offset += len(text) + 1
    return "\n".join(out), segments


def _join_justified(raw: str, runs: list[list], word_spaces: dict[int, list[float]],
                    settings: LayoutSettings = LAYOUT) -> list[list]:
    """``runs`` with the runs of a justified line joined into one: a line set justified stretches its word
    spaces, so that they may exceed the cell gap and cut the line into runs; they are spaces still when the
    gaps between the runs are no wider than JUSTIFIED_GAP times the widest word space inside the runs, or,
    with none inside, when JUSTIFIED_MIN_GAPS or more gaps are all alike (JUSTIFIED_UNIFORM). Only runs that
    follow each other in PDFium's text with nothing but spaces between are joined. A label column's cell
    before a justified text ("Propositionsordning | Ordföranden   ställer   proposition") stays a cell of its
    own and the text after it is joined."""
    joined: list[list] = []
    for line in _runs_to_lines(raw, runs, settings, glue=False):
        row = sorted(line[1], key=lambda r: r[2])
        if len(row) > 1 and LIST_MARKER.match(raw[row[0][0]:row[0][1]]):
            joined.append(row.pop(0))  # a list's number or bullet before the tab: no word of the line
        if not _justified_runs(raw, row, word_spaces) and len(row) > 2 and \
                _justified_runs(raw, row[1:], word_spaces):
            joined.append(row.pop(0))  # a label column's cell beside a justified text ("Yrkanden | Anna ...")
        if _justified_runs(raw, row, word_spaces):
            joined.append([row[0][0], row[-1][1], row[0][2], max(r[3] for r in row), row[0][4]])
        else:
            joined += row
    joined.sort(key=lambda r: r[0])  # PDFium's order, as the runs came
    return joined


def _justified_runs(raw: str, row: list[list], word_spaces: dict[int, list[float]]) -> bool:
    """The runs of ``row`` (left to right) are one justified line's words (see ``_join_justified``)."""
    gaps = [b[2] - a[3] for a, b in zip(row, row[1:])]
    inside = [gap for run in row for gap in word_spaces.get(id(run), ())]
    consecutive = all(a[1] <= b[0] and not raw[a[1]:b[0]].strip() and "\n" not in raw[a[1]:b[0]]
                      for a, b in zip(row, row[1:]))
    return bool(gaps) and consecutive and (
        max(gaps) <= JUSTIFIED_GAP * max(inside) if inside else
        len(gaps) >= JUSTIFIED_MIN_GAPS and max(gaps) <= JUSTIFIED_UNIFORM * min(gaps))


def _runs_to_lines(raw: str, runs: list[list], settings: LayoutSettings = LAYOUT, glue: bool = True) -> list[list]:
    """Runs grouped into lines by baseline, top line first ([baseline, runs]); titles broken in their cells
    glued back (``glue``)."""
    lines: list[list] = []
    for run in sorted(runs, key=lambda r: -r[4]):
        if lines and lines[-1][0] - run[4] <= settings.line_tolerance:
            lines[-1][1].append(run)
        else:
            lines.append([run[4], [run]])
    if glue:
        _glue_broken_titles(raw, lines, settings)
    return lines


def page_columns(runs: list[list], settings: LayoutSettings = LAYOUT) -> tuple[list, list, list, list] | None:
    """The runs ([first, end, x0, x1, baseline, ...], in PDFium's order) of a page set in two columns, as (above
    the columns, the left column, the right column, below them); None where the page is not so set. The columns
    stand apart by a gutter that no run within them crosses (a title or the page number across it stands above
    or below them); the left one is prose set to its measure, the right one no wider and written after the left
    (a table is written row by row, its label column is no prose: both are read line by line, as before)."""
    low, high = min(r[2] for r in runs), max(r[3] for r in runs)
    middle = (low + settings.column_middle[0] * (high - low), low + settings.column_middle[1] * (high - low))
    ids = {id(r): n for n, r in enumerate(runs)}
    candidates = []
    for gutter in sorted({r[3] for r in runs if middle[0] <= r[3] <= middle[1]}):
        beyond = gutter + settings.column_gutter[0]  # text starting in the gutter crosses it (a centred page number)
        head = _page_head(runs, gutter, beyond, ids, settings)
        right = [r for r in runs if r[2] >= beyond and id(r) not in head]
        if not right:
            continue
        top, bottom = max(r[4] for r in right), min(r[4] for r in right)
        across = [r[4] for r in runs if r[2] < beyond and r[3] > gutter or id(r) in head]
        if any(bottom - settings.line_tolerance <= y <= top + settings.line_tolerance for y in across):
            continue
        ceiling = min((y for y in across if y > top), default=float("inf"))
        floor = max((y for y in across if y < bottom), default=float("-inf"))
        column = [r for r in runs if r[3] <= gutter and floor < r[4] < ceiling]
        candidates.append((gutter, column, right, ceiling, floor))
    # The gutter that parts the most text first; where its columns are none (a gutter between a table's columns
    # inside the left one, the table's last column and the page number taken for the right one), the next.
    candidates.sort(key=lambda c: len(c[1]) + len(c[2]), reverse=True)
    return next((found for candidate in candidates
                 if (found := _columns_at(runs, candidate, ids, settings)) is not None), None)


def _columns_at(runs: list[list], candidate: tuple, ids: dict[int, int],
                settings: LayoutSettings) -> tuple[list, list, list, list] | None:
    """``page_columns`` at one gutter (gutter, left column, right column, ceiling, floor), or None where the
    runs either side of it are no two columns."""
    gutter, column, right, ceiling, floor = candidate
    if not column:
        return None
    lines = _lines_by_baseline(column, settings)
    start, measure_end = min(r[2] for r in column), max(r[3] for r in column)
    measure = measure_end - start
    gap = min(r[2] for r in right) - measure_end
    if not settings.column_gutter[0] <= gap <= settings.column_gutter[1]:
        return None
    last_left = max(ids[id(r)] for r in column)
    right_measure = max(r[3] for r in right) - min(r[2] for r in right)
    # the left column's prose, or the right one's where the left holds a list (a roll of names, one a line) in
    # a measure as wide
    prose = right_measure <= (1 + settings.column_measure_slack) * measure and (
        _prose(lines, measure_end, measure, settings) or _prose(_lines_by_baseline(right, settings),
                                                                 max(r[3] for r in right), right_measure, settings))
    if prose and last_left > min(ids[id(r)] for r in right):
        return None
    if not prose:
        apart = _free_columns(lines, right, settings, lambda r: ids[id(r)] > last_left)
        if apart is None:
            return None
        apart |= _apart(lines, settings)
        # (read after the columns, with what stands below them)
        column, right = [r for r in column if id(r) not in apart], [r for r in right if id(r) not in apart]
    inside = {id(r) for r in column} | {id(r) for r in right}
    above = [r for r in runs if id(r) not in inside and r[4] >= ceiling]
    below = [r for r in runs if id(r) not in inside and r[4] < ceiling]
    return above, column, right, below


def _prose(lines: list[list], measure_end: float, measure: float, settings: LayoutSettings) -> bool:
    """Whether a column's lines (top first) are prose set to its measure: ``min_column_lines`` lines or more,
    ``column_prose_share`` of them ending within ``column_wrap_slack`` of the measure's end."""
    full = sum(max(r[3] for r in line) >= measure_end - settings.column_wrap_slack * measure for line in lines)
    return len(lines) >= settings.min_column_lines and full >= settings.column_prose_share * len(lines)


def _page_head(runs: list[list], gutter: float, beyond: float, ids: dict[int, int],
               settings: LayoutSettings) -> set[int]:
    """The ids of the runs of the page's top line where it is a running head across both columns (the body's name
    at the left, "PROTOKOLL", the date and "Sida 1 av 2" at the right, none of them crossing the gutter): text on
    either side of the gutter, its right part written before text of the left column under it (a page's head is
    written with the page's furniture, before or after the body; the first lines of two columns, level at the
    top, are written column after column). Empty where the top line is no such head."""
    top = max(r[4] for r in runs)
    line = [r for r in runs if top - r[4] <= settings.line_tolerance]
    left, right = [r for r in line if r[3] <= gutter], [r for r in line if r[2] >= beyond]
    if not left or not right:
        return set()
    first_right = min(ids[id(r)] for r in right)
    if not any(ids[id(r)] > first_right for r in runs if r[3] <= gutter and top - r[4] > settings.line_tolerance):
        return set()
    return {id(r) for r in line}


def _free_columns(left: list[list], right: list[list], settings: LayoutSettings, after_left) -> set[int] | None:
    """Whether two columns (the left one's lines, the right one's runs) are columns of their own: enough lines
    in each, the right one's lines on baselines of their own, not level with the left one's, and written after
    the left one (``after_left`` of a run), but for a line standing apart at the page's top or foot (a page
    number written with the page's furniture) (see ``LayoutSettings.free_column_lines``). The ids of the runs
    of such a line apart (no part of the column), or None where the columns are not columns of their own."""
    right_lines = _lines_by_baseline(right, settings)
    if min(len(left), len(right_lines)) < settings.free_column_lines:
        return None
    apart = _apart(right_lines, settings)
    if not all(after_left(r) for line in right_lines for r in line if id(r) not in apart):
        return None
    level = [b for b in (line[0][4] for line in right_lines)
             if any(abs(b - other[0][4]) <= settings.line_tolerance for other in left)]
    if len(level) > settings.free_column_shared * len(right_lines):
        return None
    return apart


def _apart(lines: list[list], settings: LayoutSettings) -> set[int]:
    """The ids of the runs of a column's first or last line (its lines top first) that stands more than
    ``free_column_apart`` of the column's line pitches off the line next to it: the page's furniture."""
    if len(lines) < 3:
        return set()
    # (two lines and a page number far under them: the median of two gaps is their mean, no pitch; the smaller
    # gap is the column's)
    gaps = [a[0][4] - b[0][4] for a, b in zip(lines, lines[1:])]
    pitch = median(gaps) if len(gaps) > 2 else min(gaps)
    return {id(r) for k, other in ((0, 1), (len(lines) - 1, len(lines) - 2))
            if abs(lines[k][0][4] - lines[other][0][4]) > settings.free_column_apart * pitch for r in lines[k]}


def _lines_by_baseline(runs: list[list], settings: LayoutSettings) -> list[list]:
    """The runs' lines (runs whose baselines stand within ``line_tolerance``), top line first."""
    lines: list[list] = []
    for run in sorted(runs, key=lambda r: -r[4]):
        if lines and lines[-1][0][4] - run[4] <= settings.line_tolerance:
            lines[-1].append(run)
        else:
            lines.append([run])
    return lines


def _column_lines(raw: str, columns: tuple, left: float, settings: LayoutSettings) -> tuple[list, list, set[int]]:
    """The lines of a two-column page in reading order (above the columns, the left column, the right one, below
    them), the left edge each is laid out from (the right column's lines from its own edge), and the indexes of
    lines that start a paragraph where the page shows no space above them: the right column's first line when
    the left column's last one stops short of the measure (its paragraph ended there)."""
    above, column, right, below = columns
    lines, origins, starts = [], [], set()
    shift = min(r[2] for r in right) - min(r[2] for r in column)
    measure_end = max(r[3] for r in column)
    measure = measure_end - min(r[2] for r in column)
    for group, origin in ((above, left), (column, left), (right, left + shift), (below, left)):
        group_lines = _runs_to_lines(raw, group, settings) if group else []
        if group is right and lines and group_lines \
                and max(r[3] for r in lines[-1][1]) < measure_end - settings.column_wrap_slack * measure:
            starts.add(len(lines))
        lines += group_lines
        origins += [origin] * len(group_lines)
    return lines, origins, starts


# A text box beside the page's text (a framed roll at the right of the title lines, a Word text box): at least
# this many lines that start at one left edge ...
SIDE_BLOCK_MIN_LINES = 3
# ... beside at least this many lines of other text, no line crossing the edge ...
SIDE_BLOCK_MIN_BESIDE = 2
# ... set on a line grid of their own: some line beside the block stands further than this from every
# baseline of the block (a table's cells share their rows' baselines, up to a difference of type size) ...
SIDE_BLOCK_OFF_GRID = 1.0
SIDE_BLOCKS_PER_PAGE = 3
# ... and written in one stretch, not interleaved with the text beside it (a table is written cell after cell,
# row after row: label, value, label, value). Its lines are narrower than the widest beside it: a box beside
# the page's text, not the text beside a column of labels.


def side_block(runs: list[list], settings: LayoutSettings = LAYOUT) -> set[int] | None:
    """The ids of the runs ([first, end, x0, x1, baseline, ...], in PDFium's order) of a block of text that
    stands beside the page's other text without sharing its lines: a text box. Its lines start at one left
    edge (within ``column_tolerance``), there is text beside them and none across the edge, PDFium reads the
    block in one stretch, the lines beside it stand off the block's baselines, and the widest of them is wider than
    the block. None where there is none.
    Rows of a table, a label column beside its values, signatures side by side share their baselines or
    are written interleaved: they are no such block."""
    tol = settings.column_tolerance
    index = {id(r): k for k, r in enumerate(runs)}
    starts = sorted(runs, key=lambda r: r[2])
    clusters, cluster = [], [starts[0]] if starts else []
    for run in starts[1:]:
        if run[2] - cluster[0][2] > tol:
            clusters.append(cluster)
            cluster = []
        cluster.append(run)
    if cluster:
        clusters.append(cluster)
    for cluster in clusters:
        edge = min(r[2] for r in cluster) - tol
        for stretch in _stretches(cluster, runs, edge):
            if len({round(r[4]) for r in stretch}) < SIDE_BLOCK_MIN_LINES:
                continue
            top, bottom = max(r[4] for r in stretch) + settings.line_tolerance, \
                min(r[4] for r in stretch) - settings.line_tolerance
            inside = [r for r in runs if bottom <= r[4] <= top]
            block = [r for r in inside if r[2] >= edge]
            beside = [r for r in inside if r[3] < edge]
            if len(beside) < SIDE_BLOCK_MIN_BESIDE or len(beside) + len(block) < len(inside):
                continue  # nothing beside it, or text across the edge
            if max(r[3] - r[2] for r in block) >= max(r[3] - r[2] for r in beside):
                continue  # a column of text beside its labels (item text right of "Beslut"), no box beside text
            order = sorted(index[id(r)] for r in block)
            if any(order[0] < index[id(r)] < order[-1] for r in beside):
                continue  # interleaved with the text beside it: a table's cells
            baselines = [r[4] for r in block]
            if not any(min(abs(r[4] - b) for b in baselines) > SIDE_BLOCK_OFF_GRID for r in beside):
                continue  # on the block's baselines: rows
            return {id(r) for r in block}
    return None


def _stretches(cluster: list[list], runs: list[list], edge: float) -> list[list[list]]:
    """The runs of ``cluster`` (lines starting at one edge) cut into vertical stretches where a run of the
    page crosses the edge between them."""
    crossing = sorted(r[4] for r in runs if r[2] < edge < r[3])
    stretches: list[list[list]] = []
    for run in sorted(cluster, key=lambda r: -r[4]):
        if stretches and not any(run[4] < y < stretches[-1][-1][4] for y in crossing):
            stretches[-1].append(run)
        else:
            stretches.append([run])
    return stretches


def _glue_broken_titles(raw: str, lines: list[list], settings: LayoutSettings = LAYOUT) -> None:
    """A column title longer than its narrow cell is broken by a word processor, inside the word ("Punk" over
    "t", "Närva" over "ro") or at a space ("Närvarande" over "§", "Tjänstgörande" over "ersättare"): the
    piece on the next line, right under the title's start, is put back after it (a sixth element of the
    run: the piece, with the space it was broken at), and the line left empty dropped. Only where the two
    make a known column title, so a cell's text wrapped at a space ("Ordföranden" / "öppnade") is never
    glued."""
    from protokoll.vocab.conventions import wrapped_title

    k = 0
    while k + 1 < len(lines):
        (_, above), (_, below) = lines[k], lines[k + 1]
        glued = False
        for piece in list(below):
            tail = raw[piece[0]:piece[1]]
            for run in above:
                head = raw[run[0]:run[1]]
                if abs(run[2] - piece[2]) > settings.column_tolerance or " " in head or len(run) != 5:
                    continue
                title = wrapped_title(head, tail)
                if title is not None:
                    run.append((piece[0], piece[1], title[len(head):len(title) - len(tail)]))
                    below.remove(piece)
                    glued = True
                    break
        if glued and not below:
            del lines[k + 1]
        k += 1


def is_bold(textpage, i: int) -> bool:
    """Whether character ``i`` is set in a bold face: by the font's weight, else (a standard font such
    as Helvetica-Bold declares none) by its name."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    weight = pdfium_c.FPDFText_GetFontWeight(textpage, i)
    if weight > 0:
        return weight >= 600
    name = ctypes.create_string_buffer(128)
    pdfium_c.FPDFText_GetFontInfo(textpage, i, name, 128, None)
    return any(w in name.value.lower() for w in (b"bold", b"black", b"heavy", b"semibold"))


def _blank_lines(textpage, lines: list[tuple[float, int]], settings: LayoutSettings = LAYOUT) -> set[int]:
    """Which of the page's lines (baseline, index of a character on it; top line first) stand after
    vertical space, between paragraphs or before a heading: a blank line is printed before them.

    Space means more than ``paragraph_gap`` line pitches; the pitch is the smallest baseline distance
    that recurs on the page (a paragraph's lines stand exactly that far apart), at most ``leading``
    times the type size (a page of one-line paragraphs has no recurring pitch). A bold line over a
    regular one is a heading over its text, however much space the style leaves after it."""
    import pypdfium2.raw as pdfium_c

    bold = functools.partial(is_bold, textpage)
    deltas = {k: lines[k - 1][0] - lines[k][0] for k in range(1, len(lines))
              if lines[k - 1][0] - lines[k][0] > settings.line_tolerance}
    stuck = {k for k in deltas if bold(lines[k - 1][1]) and not bold(lines[k][1])}
    sizes = [pdfium_c.FPDFText_GetFontSize(textpage, index) for _, index in lines]
    body = _body_size(sizes)
    # (a laid-out page's cells set smaller, a label column's, keep their closer pitch: it is the page's own)
    pitch = _line_pitch({k: d for k, d in deltas.items() if k not in stuck})
    return {k for k, delta in deltas.items()
            if k not in stuck and delta > _paragraph_gap(pitch, sizes[k - 1], sizes[k], body, settings)}


def read_pdf(path: Path, options: Options) -> Iterator[Page]:
    """Pages in order; pages without a usable text layer are OCR'd (``options.ocr``). Every failure of
    PDFium or Tesseract on the way is a ``ProtokollError`` naming the file."""
    import pypdfium2 as pdfium

    try:
        yield from _read_pdf(path, options)
    except pdfium.PdfiumError as e:
        raise UnreadableInput(str(path), f"skadad PDF ({e})") from None
    except ocr.OcrFailed as e:
        raise (TooLarge if e.exit_code == TooLarge.exit_code else UnreadableInput)(str(path), e.reason) from None


# A scanned page that a signing service or an archive stamped ("Transaktion 0922… Signerat AB, CD" at its foot): a
# few words of text over an image that fills the page. What the page says is in the image: it is OCR'd.
STAMP_MAX_CHARS = 160  # a stamp's text holds at most this many characters (spaces aside); a page of minutes, more
PAGE_IMAGE_SHARE = 0.5  # an image over this share of the page is the page itself


# A text layer whose fonts lost their map to Unicode (an old converter's subset fonts): letters come out as control
# characters or U+FFFD ("Protokoll f\x01rt vid", "f\ufffdreningen") and others not at all ("Nrvarande"), and their
# boxes stand anywhere. What such a page says is read from its image where this reader has Swedish OCR.
_UNMAPPED = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
UNMAPPED_MIN = 3  # this many such characters on a page make its text layer unreliable


def unmapped(text: str) -> bool:
    """Whether the page's text holds characters its fonts could not map to Unicode (``UNMAPPED_MIN`` or more)."""
    return len(_UNMAPPED.findall(text)) >= UNMAPPED_MIN


def stamped_scan(page, text: str) -> bool:
    """Whether the page is a scan with no more text than a stamp on it (``STAMP_MAX_CHARS``)."""
    import pypdfium2.raw as pdfium_c

    if len("".join(text.split())) > STAMP_MAX_CHARS:
        return False
    width, height = page.get_size()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= PAGE_IMAGE_SHARE * width * height:
            return True
    return False


def ocr_layer(page) -> bool:
    """Whether a page's text is a scanner's OCR: every text object invisible (render mode 3), over an image."""
    import pypdfium2.raw as pdfium_c

    texts = images = 0
    for k in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                return False
            texts += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
    return texts > 0 and images > 0


def _can_read_swedish(options: Options) -> bool:
    """Whether this reader's own OCR reads Swedish: Tesseract is here, asked for Swedish and has it."""
    return options.ocr == "auto" and "swe" in options.lang.split("+") and ocr.available() and \
        "swe" in ocr.languages()


def _read_pdf(path: Path, options: Options) -> Iterator[Page]:
    doc = _open(path)
    try:
        if len(doc) > PAGE_LIMITS.max_pages:
            raise TooLarge(str(path), f"{len(doc)} sidor, över gränsen på {PAGE_LIMITS.max_pages} sidor")
        texts = {}
        to_ocr = []
        scanned_layer = []  # pages whose text layer a scanner's OCR wrote (invisible text over the page image)
        for i in range(len(doc)):
            page = doc[i]
            text = page_text(page) if options.ocr != "always" else ""
            if options.ocr == "never" or len("".join(text.split())) >= MIN_TEXT_CHARS and not stamped_scan(page, text) \
                    and not (unmapped(text) and _can_read_swedish(options)):
                texts[i + 1] = Page(number=i + 1, text=text, method="text-layer")
                if lost_swedish(text, min_letters=0) and ocr_layer(page):  # a page too short to tell is counted below
                    scanned_layer.append(i + 1)
            else:
                to_ocr.append(i + 1)
            page.close()
        # A scanner's OCR run without the Swedish model ("Motet", "Féredragande"): its pages are read again by
        # this reader's OCR, which has it, rather than repaired word by word.
        if scanned_layer and lost_swedish("\n".join(texts[n].text for n in scanned_layer)) and \
                _can_read_swedish(options):
            for n in scanned_layer:
                del texts[n]
            to_ocr = sorted(to_ocr + scanned_layer)
        if to_ocr and not ocr.available():
            raise UnreadableInput(str(path), "skannade sidor kräver Tesseract, som inte är installerat")

        def images():
            for number in to_ocr:
                page = doc[number - 1]
                width, height = page.get_size()
                scale = render_scale(width, height, options.dpi)
                if scale is None:
                    raise UnreadableInput(str(path), f"sidan {number} är {width:.0f} × {height:.0f} punkter, "
                                                     f"ingen sidstorlek (högst {PAGE_LIMITS.max_side_points:.0f})")
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil()
                image.info["dpi"] = (scale * 72, scale * 72)  # for Tesseract (``ocr.resolution``)
                yield number, image
                page.close()

        ocr_map = options.ocr_map or ocr.ocr_pages
        done = {p.number: p for p in ocr_map(images(), options.lang, options.workers)} if to_ocr else {}
        for number in range(1, len(doc) + 1):
            yield texts.get(number) or done[number]
    finally:
        doc.close()


def char_boxes(path: Path, page_number: int, start: int, end: int) -> tuple[float, float, float, float] | None:
    """The box (x0, y0, x1, y1 in PDF points, origin bottom left) around characters start..end of a page."""
    doc = _open(path)
    try:
        textpage = _textpage(doc[page_number - 1])
        if needs_layout(textpage):
            stat = path.stat()
            indices = [i for out, first, n in _segments(str(path), stat.st_mtime_ns, stat.st_size, page_number)
                       for i in range(first + max(0, start - out), first + min(n, end - out))]
        else:
            indices = range(start, min(end, textpage.count_chars()))
        boxes = [textpage.get_charbox(i) for i in indices]
        boxes = [b for b in boxes if b[2] > b[0]]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    finally:
        doc.close()


@functools.lru_cache(maxsize=32)
def _segments(path: str, mtime_ns: int, size: int, page_number: int) -> list[tuple[int, int, int]]:
    """The cell map of a rebuilt page, kept: a record asks for the boxes of many spans on one page."""
    doc = _open(Path(path))
    try:
        page = doc[page_number - 1]
        textpage = _textpage(page)
        return layout(textpage, layout_settings(page))[1]
    finally:
        doc.close()
