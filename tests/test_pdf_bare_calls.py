"""The layout reads every character's box and pen position from PDFium without ctypes' argument conversion
(``read.pdf._bare_call``, issue 12): the numbers must be those pypdfium2's own calls give."""
import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from protokoll.read.pdf import _bare_call, _doubles, text_rects

HERE = Path(__file__).resolve().parent
PDFS = sorted((HERE / "fixtures" / "tables").glob("*.pdf")) + \
    sorted((HERE / "fixtures" / "renderings").glob("*.pdf"))[:1]


def _textpages():
    for path in PDFS:
        doc = pdfium.PdfDocument(str(path))
        try:
            for page in doc:
                textpage = page.get_textpage()
                yield textpage
                textpage.close()
                page.close()
        finally:
            doc.close()


def test_bare_calls_give_pypdfium2s_boxes_and_pen_positions():
    get_box, get_origin = _bare_call("FPDFText_GetCharBox"), _bare_call("FPDFText_GetCharOrigin")
    (left, right, bottom, top, x, y), pointers = _doubles(6)
    checked = 0
    for textpage in _textpages():
        typed_x, typed_y = ctypes.c_double(), ctypes.c_double()
        for i in range(textpage.count_chars()):
            assert get_box(textpage.raw, i, *pointers[:4])
            assert (left.value, bottom.value, right.value, top.value) == textpage.get_charbox(i)
            assert get_origin(textpage.raw, i, *pointers[4:])
            pdfium_c.FPDFText_GetCharOrigin(textpage, i, typed_x, typed_y)
            assert (x.value, y.value) == (typed_x.value, typed_y.value)
            checked += 1
        assert not get_box(textpage.raw, textpage.count_chars(), *pointers[:4])  # past the end: PDFium says no
    assert checked > 1000


def test_text_rects_are_pypdfium2s_rectangles():
    for textpage in _textpages():
        assert text_rects(textpage) == [textpage.get_rect(i) for i in range(textpage.count_rects())]
