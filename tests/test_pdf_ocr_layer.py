"""A scanner's OCR layer (OCRmyPDF and other scanners that run Tesseract): the page image with the recognised words
laid over it as invisible text, each word where the image has it and its glyphs stretched to the word. The gap
between two words is then the scan's, often wider than a typeset word space: it must not part a name into two
cells. The set tests/fixtures/renderings/ocrlayer holds such PDFs that Tesseract itself wrote (``make.sh`` there)."""
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from conftest import FIXTURES
from protokoll.pipeline import parse_file
from protokoll.read import Options, pdf
from scoring import score_report

OCR_LAYER = FIXTURES / "renderings" / "ocrlayer"
# Before the OCR layer's own cell gap (main at b7ee1cc): 0.917, names parted into cells ("Lena  Öhrn"), the organisation
# taken from a title whose words stood apart; after it 0.988 (the rest is Tesseract's misreadings of the scan).
OCR_LAYER_FLOOR = 0.97

_SIZE = 10.0
_WORD_GAP = 1.0 * _SIZE  # a scan's gap between two words: over the typeset cell gap (7 pt, 0.9 em)
_ROLL = [("Lena Öhrn, Helsingborg", "Göran Ekdahl, Höganäs"), ("Sofia Bergkvist, Klippan", "Åke Strömberg, Båstad")]
_LINES = ["Styrelsemöte i Nordvästra samverkansrådet", "Datum: 2025-03-14", "Närvarande:", *_ROLL,
          "1. Mötets öppnande", "Ordföranden öppnade mötet.", "Mötet beslutar att godkänna dagordningen."]


def _write(path: Path, invisible: bool) -> Path:
    """One page: the lines word by word at a scan's gaps, the roll in two columns; invisible over an image (a
    scanner's OCR layer) or drawn to be seen (typeset)."""
    image = path.with_suffix(".png")
    Image.new("L", (200, 280), 250).save(image)
    page = canvas.Canvas(str(path), pagesize=A4)
    if invisible:
        page.drawImage(str(image), 0, 0, *A4)
    y = 780.0
    for line in _LINES:
        cells = line if isinstance(line, tuple) else (line,)
        for x, cell in zip((60.0, 320.0), cells):
            text = page.beginText(x, y)
            text.setFont("Helvetica", _SIZE)
            if invisible:
                text.setTextRenderMode(3)
            for word in cell.split():
                text.setTextOrigin(x, y)
                text.textOut(word)
                x += page.stringWidth(word, "Helvetica", _SIZE) + _WORD_GAP
            page.drawText(text)
        y -= 2 * _SIZE
    page.save()
    return path


def test_an_ocr_layers_word_gaps_keep_names_whole(tmp_path):
    scanned = _write(tmp_path / "scanned.pdf", invisible=True)
    typeset = _write(tmp_path / "typeset.pdf", invisible=False)
    doc, own = pdf._open(scanned), pdf._open(typeset)
    try:
        assert pdf.ocr_layer(doc[0]) and not pdf.ocr_layer(own[0])
    finally:
        doc.close()
        own.close()
    text = next(iter(pdf.read_pdf(scanned, Options(ocr="never")))).text
    assert "Lena Öhrn, Helsingborg" in text and "Göran Ekdahl, Höganäs" in text
    protocol = parse_file(scanned, Options(ocr="never"))
    assert [a.name for a in protocol.attendees] == ["Lena Öhrn", "Göran Ekdahl", "Sofia Bergkvist", "Åke Strömberg"]
    # The same gaps in type drawn to be seen are a layout's cells still: only the OCR layer is measured so.
    assert "Lena Öhrn," not in next(iter(pdf.read_pdf(typeset, Options(ocr="never")))).text


def test_ocr_layer_pdfs_that_tesseract_wrote(score_script):
    report = score_report(score_script, "--manifest", OCR_LAYER / "manifest.txt")
    assert report["errors"] == [] and report["overall"] >= OCR_LAYER_FLOOR, report["misses"]
