"""The one wrapper around PDFium (pypdfium2): the text layer of each page, page images for OCR, boxes."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Iterator

from protokoll.errors import TooLarge, UnreadableInput
from protokoll.read import PAGE_LIMITS, Options, Page, ocr, render_scale

MIN_TEXT_CHARS = 25  # a page with fewer characters in its text layer is a scan


@dataclass(frozen=True)
class LayoutSettings:
    """When a page is a table, and how its text is laid out again (lengths in PDF points)."""

    line_tolerance: float = 3.0  # text whose vertical centres differ less stands on one line
    cell_gap: float = 7.0  # a wider gap between two characters of a line separates two cells ...
    cell_gap_em: float = 0.9  # ... when it is also this many times the type size
    column_tolerance: float = 4.0  # left edges this close stand in one column
    min_columns: int = 3  # a table: this many aligned columns ...
    min_rows: int = 3  # ... on this many lines, or a line of item-table header words
    blank_line: float = 1.6  # a gap of this many line pitches prints a blank line


LAYOUT = LayoutSettings()


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        message = str(e)
        if "password" in message.lower() and _declares_encryption(path):
            raise UnreadableInput(str(path), "encrypted PDF (a password is required)") from None
        raise UnreadableInput(str(path), f"corrupt or unreadable PDF ({message})") from None
    if len(doc) == 0:
        doc.close()
        raise UnreadableInput(str(path), "PDF has no pages")
    return doc


def _declares_encryption(path: Path) -> bool:
    """PDFium's last error can be stale, so check the file itself for an /Encrypt entry."""
    with path.open("rb") as f:
        head = f.read(1 << 16)
        f.seek(max(0, path.stat().st_size - (1 << 16)))
        tail = f.read()
    return b"/Encrypt" in head or b"/Encrypt" in tail


def page_text(page) -> str:
    """PDFium's text of the page; for a page that holds a table, the text laid out again (``layout``)."""
    textpage = page.get_textpage()
    try:
        if is_table_page(textpage):
            return layout(textpage)[0]
        # Keep offsets equal to PDFium's character indices (for boxes): "\r\n" becomes " \n".
        return textpage.get_text_range().replace("\r\n", " \n").replace("\r", "\n")
    finally:
        textpage.close()


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


@functools.cache
def _header_start():
    import re

    from protokoll.parse.tables import HEADER_WORDS, NUMBER

    words = "|".join(re.escape(w) for w in HEADER_WORDS[NUMBER])
    return re.compile(r"^[ \t]*(?:%s)(?!\w)" % words, re.IGNORECASE | re.MULTILINE)


def is_table_page(textpage, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether the page holds a table: a line of item-table header words ("Punkt  Vad  Ansvar"), or
    text runs that start in ``min_columns`` shared columns on ``min_rows`` lines. Cheap: PDFium's text
    rectangles, and the text of their cells only on a page where some line starts like a header."""
    from protokoll.parse.tables import is_header

    rows = []
    for line in _lines_of([textpage.get_rect(i) for i in range(textpage.count_rects())], settings):
        cells = [list(line[0])]
        for box in line[1:]:  # runs split by a font change are one cell
            if box[0] - cells[-1][2] > settings.cell_gap:
                cells.append(list(box))
            else:
                cells[-1][1:] = [min(cells[-1][1], box[1]), max(cells[-1][2], box[2]), max(cells[-1][3], box[3])]
        if len(cells) >= 2:
            rows.append(cells)
    # Cell texts cost a call each: only asked for where some line of the page starts like a header.
    if _header_start().search(textpage.get_text_range()):
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


def layout(textpage, settings: LayoutSettings = LAYOUT) -> tuple[str, list[tuple[int, int, int]]]:
    """The page text in reading layout, as ``pdftotext -layout`` prints it: lines by baseline, cells
    placed by x with runs of spaces between. Also (offset in it, PDFium char index, length) per cell,
    since the offsets of this text are no longer PDFium's character indices."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    raw = textpage.get_text_range()
    x, y = ctypes.c_double(), ctypes.c_double()
    runs: list[list] = []  # [first char, end char, x0, x1, baseline]
    run = None
    for i, ch in enumerate(raw):
        if ch in "\r\n":
            run = None
            continue
        if ch.isspace():
            continue
        x0, _, x1, _ = textpage.get_charbox(i)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
        gap = x0 - run[3] if run is not None else 0.0
        # A word space of large type is wider than the cell gap; measure it against the type size then.
        wide = gap > settings.cell_gap and gap > settings.cell_gap_em * pdfium_c.FPDFText_GetFontSize(textpage, i)
        same_line = abs(y.value - run[4]) <= settings.line_tolerance if run is not None else False
        if same_line and not wide and gap >= -settings.cell_gap:
            run[1], run[3] = i + 1, max(run[3], x1)
        else:  # placed by the pen position, which unlike the glyph's box does not vary with its shape
            run = [i, i + 1, x.value, x1, y.value]
            runs.append(run)
    if not runs:
        return raw.replace("\r\n", " \n").replace("\r", "\n"), []
    lines: list[list] = []
    for run in sorted(runs, key=lambda r: -r[4]):
        if lines and lines[-1][0] - run[4] <= settings.line_tolerance:
            lines[-1][1].append(run)
        else:
            lines.append([run[4], [run]])
    widths = [(r[3] - r[2]) / (r[1] - r[0]) for r in runs if r[1] - r[0] >= 8]
    char_width = median(widths) if widths else 5.0
    left = min(r[2] for r in runs)
    pitches = [a[0] - b[0] for a, b in zip(lines, lines[1:])]
    pitch = median(pitches) if pitches else 0.0
    out, segments, offset = [], [], 0
    for k, (baseline, line) in enumerate(lines):
        if k and lines[k - 1][0] - baseline > settings.blank_line * pitch:
            out.append("")
            offset += 1
        text = ""
        for first, end, x0, *_ in sorted(line, key=lambda r: r[2]):
            column = round((x0 - left) / char_width)
            text += " " * max(column - len(text), 2 if text else 0)
            segments.append((offset + len(text), first, end - first))
            text += raw[first:end]
        out.append(text)
        offset += len(text) + 1
    return "\n".join(out), segments


def read_pdf(path: Path, options: Options) -> Iterator[Page]:
    """Pages in order; pages without a usable text layer are OCR'd (``options.ocr``). Every failure of
    PDFium or Tesseract on the way is a ``ProtokollError`` naming the file."""
    import pypdfium2 as pdfium

    try:
        yield from _read_pdf(path, options)
    except pdfium.PdfiumError as e:
        raise UnreadableInput(str(path), f"damaged PDF ({e})") from None
    except ocr.OcrFailed as e:
        raise (TooLarge if e.exit_code == TooLarge.exit_code else UnreadableInput)(str(path), e.reason) from None


def _read_pdf(path: Path, options: Options) -> Iterator[Page]:
    doc = _open(path)
    try:
        if len(doc) > PAGE_LIMITS.max_pages:
            raise TooLarge(str(path), f"{len(doc)} pages is over the limit of {PAGE_LIMITS.max_pages} pages")
        texts = {}
        to_ocr = []
        for i in range(len(doc)):
            page = doc[i]
            text = page_text(page) if options.ocr != "always" else ""
            if options.ocr == "never" or len("".join(text.split())) >= MIN_TEXT_CHARS:
                texts[i + 1] = Page(number=i + 1, text=text, method="text-layer")
            else:
                to_ocr.append(i + 1)
            page.close()
        if to_ocr and not ocr.available():
            raise UnreadableInput(str(path), "scanned pages need Tesseract, which is not installed")

        def images():
            for number in to_ocr:
                page = doc[number - 1]
                width, height = page.get_size()
                scale = render_scale(width, height, options.dpi)
                if scale is None:
                    raise UnreadableInput(str(path), f"page {number} is {width:.0f} × {height:.0f} points, "
                                                     f"not a page size ({PAGE_LIMITS.max_side_points:.0f} at most)")
                bitmap = page.render(scale=scale, grayscale=True)
                yield number, bitmap.to_pil()
                page.close()

        done = {p.number: p for p in ocr.ocr_pages(images(), options.lang, options.workers)} if to_ocr else {}
        for number in range(1, len(doc) + 1):
            yield texts.get(number) or done[number]
    finally:
        doc.close()


def char_boxes(path: Path, page_number: int, start: int, end: int) -> tuple[float, float, float, float] | None:
    """The box (x0, y0, x1, y1 in PDF points, origin bottom left) around characters start..end of a page."""
    doc = _open(path)
    try:
        textpage = doc[page_number - 1].get_textpage()
        if is_table_page(textpage):
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
        textpage = doc[page_number - 1].get_textpage()
        return layout(textpage)[1]
    finally:
        doc.close()
