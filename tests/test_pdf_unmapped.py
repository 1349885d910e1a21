"""A text layer whose fonts lost their map to Unicode (letters read as control characters or not at all) is no text
to parse: such a page is read from its image where this reader has Swedish OCR. The set
tests/fixtures/renderings/unmapped holds such PDFs (``make.py`` there)."""
import shutil

import pytest

from conftest import FIXTURES
from protokoll.read import Options, Page, pdf
from scoring import score_report

UNMAPPED = FIXTURES / "renderings" / "unmapped"
# Main at fb6d332: 0.014 (all refused as no minutes); 0.942 read by OCR.
UNMAPPED_FLOOR = 0.92
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def test_unmapped_characters_are_counted():
    assert pdf.unmapped("Protokoll f\x01rt vid ordinarie f\x01reningsst\x01mma")
    assert pdf.unmapped("F\ufffdreningen h\ufffdll \ufffdrsm\ufffdte")
    assert not pdf.unmapped("Protokoll fört vid ordinarie föreningsstämma\tSida 1\f")
    assert not pdf.unmapped("En \x01 enda")  # fewer than UNMAPPED_MIN: a stray glyph


def test_a_page_with_an_unmapped_text_layer_goes_to_ocr(monkeypatch):
    seen = []

    def fake_ocr(images, lang, workers):
        for number, _ in images:
            seen.append(number)
            yield Page(number=number, text="Protokoll fört vid styrelsemöte", method="ocr")

    monkeypatch.setattr(pdf, "_can_read_swedish", lambda options: True)
    pages = list(pdf.read_pdf(UNMAPPED / "14_brf_stamma.unmapped.pdf", Options(ocr_map=fake_ocr)))
    assert seen == [p.number for p in pages] and {p.method for p in pages} == {"ocr"}
    # Without Swedish OCR the text layer is kept as it is, for the lost-letters repair to read.
    monkeypatch.setattr(pdf, "_can_read_swedish", lambda options: False)
    assert {p.method for p in pdf.read_pdf(UNMAPPED / "14_brf_stamma.unmapped.pdf", Options(ocr_map=fake_ocr))} == \
        {"text-layer"}


@needs_tesseract
def test_unmapped_pdfs_read_by_ocr(score_script):
    report = score_report(score_script, "--manifest", UNMAPPED / "manifest.txt")
    assert report["errors"] == [] and report["overall"] >= UNMAPPED_FLOOR, report["misses"]
