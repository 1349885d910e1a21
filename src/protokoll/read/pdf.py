"""The one wrapper around PDFium (pypdfium2): the text layer of each page, page images for OCR, boxes."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from protokoll.errors import UnreadableInput
from protokoll.read import Options, Page, ocr

MIN_TEXT_CHARS = 25  # a page with fewer characters in its text layer is a scan


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
    textpage = page.get_textpage()
    try:
        # Keep offsets equal to PDFium's character indices (for boxes): "\r\n" becomes " \n".
        return textpage.get_text_range().replace("\r\n", " \n").replace("\r", "\n")
    finally:
        textpage.close()


def read_pdf(path: Path, options: Options) -> Iterator[Page]:
    """Pages in order; pages without a usable text layer are OCR'd (``options.ocr``)."""
    doc = _open(path)
    try:
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
                bitmap = page.render(scale=options.dpi / 72, grayscale=True)
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
        boxes = [textpage.get_charbox(i) for i in range(start, min(end, textpage.count_chars()))]
        boxes = [b for b in boxes if b[2] > b[0]]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    finally:
        doc.close()
