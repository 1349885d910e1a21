"""Hostile and careless inputs: each ends in one line and a documented exit code, in bounded time."""
from __future__ import annotations

import logging
import os
import subprocess
import zipfile

import pytest
from typer.testing import CliRunner

import fuzz_support
from protokoll import pipeline
from protokoll.cli import app
from protokoll.clean import lines as clean_lines
from protokoll.errors import NotMinutes, TooLarge, UnreadableInput
from protokoll.read import PAGE_LIMITS, Options, docx, ocr, render_scale
from protokoll.read.text import decode
from time_limits import time_limit

RENDERING = fuzz_support.FIXTURES / "renderings" / "2023-11-17_kommundirektorsmote.pdf"
MINUTES = (fuzz_support.ROOT / "examples" / "2023-11-17_kommundirektorsmote.txt").read_text(encoding="utf-8")




def parse(*args: str):
    result = CliRunner().invoke(app, ["parse", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def one_error_line(result) -> str:
    errors = [line for line in result.output.splitlines() if line.startswith("protokoll:") and ": warning:" not in line]
    assert len(errors) == 1, result.output
    return errors[0]


# --- linear time: 1 MB lines through every stage ------------------------------------------------

@pytest.mark.parametrize("shape", sorted(fuzz_support.LONG_LINES))
def test_a_megabyte_line_alone_is_parsed_in_bounded_time(shape):
    with time_limit(30):
        try:
            pipeline.parse_text("Protokoll\nKommunstyrelsen\n" + fuzz_support.long_line(shape) + "\n")
        except NotMinutes:
            pass


@pytest.mark.parametrize("shape,where", [("a", 26), ("paragraphs", 26), ("names", 9), ("att", 36),
                                         ("email-like", 1), ("commas", 36)])
def test_a_megabyte_line_inside_minutes_is_parsed_in_bounded_time(shape, where):
    lines = MINUTES.split("\n")
    lines.insert(where, fuzz_support.long_line(shape))
    with time_limit(30):
        protocol = pipeline.parse_text("\n".join(lines))
    assert protocol.date is not None


def test_long_lines_are_cut_into_pieces_that_keep_their_spans():
    text = "Protokoll " + "Anna Ek, " * 500 + "slut"
    lines = clean_lines.to_lines([text])
    assert len(lines) > 1 and all(len(x.text) <= clean_lines.MAX_LINE_CHARS for x in lines)
    assert all(text[x.start:x.end] == x.text for x in lines)
    assert " ".join(x.text for x in lines) == text


def test_ocr_email_pattern_is_linear_on_dotted_runs():
    from protokoll.parse import header

    with time_limit(10):
        assert header.EMAIL_OCR.search("a.b" * 300) is None
    m = header.EMAIL_OCR.search("kontakt: christian.dahlmannQfamiljenhelsingborg.se")
    assert m and m.group(1) == "christian.dahlmann" and m.group(2) == "familjenhelsingborg.se"


# --- text decoding --------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"\xff\xfe" + "Protokoll".encode("utf-16-le") + b"x",  # odd length
    b"\xfe\xff" + "Protokoll".encode("utf-16-be") + b"\xdc\x00" + "mer".encode("utf-16-be"),  # lone surrogate
    b"\xff\xfe" + b"\x00\xd8",
])
def test_damaged_utf16_decodes_with_a_warning(data, caplog):
    with caplog.at_level(logging.WARNING, logger="protokoll"):
        text = decode(data, "x.txt")
    assert "\ufffd" in text
    assert "undecodable" in caplog.text


def test_damaged_utf16_file_ends_in_one_line(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(MINUTES.encode("utf-16") + b"\x00")
    result = parse(str(path))
    assert result.exit_code == 0


def test_text_mentioning_pdf_header_is_text(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Bilaga: fil som börjar med %PDF-1.7 skickades.\n" + MINUTES, encoding="utf-8")
    assert pipeline.kind_of(path, path.read_bytes()[:2048]) == "text"
    assert parse(str(path)).exit_code == 0
    # a PDF with junk before its header is still a PDF
    assert pipeline.kind_of(tmp_path / "x", b"\x00\x01junk%PDF-1.4\n") == "pdf"


# --- DOCX -----------------------------------------------------------------------------------------

def _docx(tmp_path, data: bytes, name="m.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_docx_reads(tmp_path):
    path = _docx(tmp_path, fuzz_support.make_docx(fuzz_support.document_xml(MINUTES.splitlines())))
    assert parse(str(path)).exit_code == 0


@pytest.mark.parametrize("name", ["entity-bomb", "external-entity", "dtd"])
def test_docx_entity_tricks_are_refused(tmp_path, name):
    items = {n: d for n, _, d in fuzz_support.cases(1, scale=0, long_lines=())}
    path = _docx(tmp_path, items[f"docx-{name}"])
    with pytest.raises(UnreadableInput, match="vägras"):
        docx.read_docx(path)
    assert "vägras" in one_error_line(parse(str(path)))


def test_docx_bombs_are_refused(tmp_path, monkeypatch):
    xml = fuzz_support.document_xml(["Protokoll", " " * 3_000_000])
    path = _docx(tmp_path, fuzz_support.make_docx(xml))
    with pytest.raises(TooLarge, match="packas upp .* gånger"):
        docx.read_docx(path)
    monkeypatch.setattr(docx, "MAX_DOCX_XML_BYTES", 1_000_000)
    with pytest.raises(TooLarge, match="över gränsen"):
        docx.read_docx(path)
    assert parse(str(path)).exit_code == 5


@pytest.mark.parametrize("damage", ["truncated", "bad-xml", "flipped"])
def test_damaged_docx_is_unreadable(tmp_path, damage):
    good = fuzz_support.make_docx(fuzz_support.document_xml(MINUTES.splitlines()))
    if damage == "truncated":
        data = good[: len(good) // 2]
    elif damage == "bad-xml":
        data = fuzz_support.make_docx(b"<w:document><w:body><w:p>")
    else:  # a flipped byte inside the deflated stream: a zlib error or a bad CRC
        with zipfile.ZipFile(_docx(tmp_path, good, "g.docx")) as z:
            info = z.getinfo("word/document.xml")
        start = info.header_offset + 30 + len(info.filename) + 40
        data = good[:start] + bytes([good[start] ^ 0xFF]) + good[start + 1:]
    result = parse(str(_docx(tmp_path, data)))
    assert result.exit_code == 3
    assert "DOCX" in one_error_line(result)


# --- PDF: PDFium failures, page sizes, page counts --------------------------------------------------

def test_pdfium_failure_on_a_page_is_mapped(monkeypatch):
    import pypdfium2 as pdfium

    def broken(self, i):
        raise pdfium.PdfiumError("Failed to load page.")

    monkeypatch.setattr(pdfium.PdfDocument, "__getitem__", broken)
    result = parse("--ocr", "never", str(RENDERING))
    assert result.exit_code == 3
    assert "Failed to load page" in one_error_line(result)


def test_pages_larger_than_a3_are_scaled_down_and_absurd_ones_refused():
    a4 = render_scale(595, 842, 300)
    assert a4 == pytest.approx(300 / 72)
    huge = render_scale(14400, 14400, 300)
    assert 14400 * 14400 * huge ** 2 <= 842 * 1191 * (300 / 72) ** 2 * 1.0001
    assert render_scale(20000, 100, 300) is None and render_scale(0, 842, 300) is None
    assert 595 * 842 * render_scale(595, 842, 5000) ** 2 <= PAGE_LIMITS.max_pixels * 1.0001


def test_a_giant_page_is_rendered_small_for_ocr(tmp_path, monkeypatch):
    from reportlab.pdfgen import canvas

    path = tmp_path / "giant.pdf"
    c = canvas.Canvas(str(path), pagesize=(14400, 14400))
    c.showPage()
    c.save()
    sizes = []

    def fake(args, env, timeout):
        if "--list-langs" not in args:
            from PIL import Image
            sizes.append(Image.open(args[1]).size)
        return fuzz_support.fake_tesseract(args, env, timeout)

    monkeypatch.setattr(ocr, "run_tesseract", fake)
    monkeypatch.setattr(ocr, "available", lambda: True)
    ocr.languages.cache_clear()
    with time_limit(60):
        result = parse(str(path))
    ocr.languages.cache_clear()
    assert result.exit_code == 4  # read, blank
    assert sizes and sizes[0][0] * sizes[0][1] <= 842 * 1191 * (300 / 72) ** 2 * 1.01


def test_too_many_pages_are_refused(monkeypatch):
    from protokoll import read
    from protokoll.read import pdf

    monkeypatch.setattr(pdf, "PAGE_LIMITS", read.PageLimits(max_pages=1))
    result = parse("--ocr", "never", str(RENDERING))
    assert result.exit_code == 5
    assert "sidor, över gränsen" in one_error_line(result)


# --- the Tesseract wrapper -----------------------------------------------------------------------

@pytest.fixture
def fake_ocr(monkeypatch):
    """Tesseract replaced through the seam; each test sets ``fake_ocr.page`` to what a page does."""
    class Fake:
        page = staticmethod(fuzz_support.fake_tesseract)
        envs: list = []

    def run(args, env, timeout):
        Fake.envs.append(env)
        if "--list-langs" in args:
            return fuzz_support.fake_tesseract(args, env, timeout)
        return Fake.page(args, env, timeout)

    monkeypatch.setattr(ocr, "run_tesseract", run)
    monkeypatch.setattr(ocr, "available", lambda: True)
    ocr.languages.cache_clear()
    yield Fake
    ocr.languages.cache_clear()


def test_missing_language_is_named_in_one_line(fake_ocr):
    result = parse("--ocr", "always", "--lang", "zzz", str(RENDERING))
    assert result.exit_code == 3
    line = one_error_line(result)
    assert "språket zzz" in line and str(RENDERING) in line


@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")
def test_missing_language_with_the_real_tesseract():
    ocr.languages.cache_clear()
    result = parse("--ocr", "always", "--lang", "zzz", str(RENDERING))
    assert result.exit_code == 3
    assert "språket zzz" in one_error_line(result)


def test_tesseract_timeout_is_mapped(fake_ocr):
    def hang(args, env, timeout):
        assert 0 < timeout <= ocr.LIMITS.page_seconds
        raise subprocess.TimeoutExpired(args, timeout)

    fake_ocr.page = hang
    result = parse("--ocr", "always", str(RENDERING))
    assert result.exit_code == 5
    assert "tog mer än gränsen" in one_error_line(result)


def test_document_ocr_budget(fake_ocr, monkeypatch):
    monkeypatch.setattr(ocr, "LIMITS", ocr.OcrLimits(page_seconds=10, document_seconds=0))
    result = parse("--ocr", "always", str(RENDERING))
    assert result.exit_code == 5
    assert "OCR av dokumentet" in one_error_line(result)


@pytest.mark.parametrize("returncode,stderr", [(-11, b""), (1, b"Error in pixReadStream\nleptonica failed\n")])
def test_tesseract_crash_is_mapped(fake_ocr, returncode, stderr):
    fake_ocr.page = lambda args, env, timeout: subprocess.CompletedProcess(args, returncode, b"", stderr)
    result = parse("--ocr", "always", str(RENDERING))
    assert result.exit_code == 3
    assert "Tesseract misslyckades" in one_error_line(result)


def test_tesseract_gets_a_copied_environment(fake_ocr, monkeypatch):
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    words = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
             "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96.7\tProtokoll\n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t40\tnr\n")
    fake_ocr.page = lambda args, env, timeout: subprocess.CompletedProcess(args, 0, words.encode(), b"")
    page = ocr.ocr_image(__import__("PIL.Image").Image.new("L", (10, 10)), "swe")
    assert page.text == "Protokoll nr" and page.low_confidence == [(10, 12)] and page.confidence == 68
    assert "OMP_THREAD_LIMIT" not in os.environ
    assert all(env["OMP_THREAD_LIMIT"] == "1" for env in fake_ocr.envs)


def test_image_reader_maps_ocr_failures(fake_ocr, tmp_path):
    from PIL import Image

    path = tmp_path / "scan.png"
    Image.new("L", (50, 50), 255).save(path)
    fake_ocr.page = lambda args, env, timeout: subprocess.CompletedProcess(args, -9, b"", b"")
    result = parse(str(path))
    assert result.exit_code == 3
    assert "Tesseract misslyckades" in one_error_line(result)


def test_options_default_is_unchanged():
    assert Options().dpi == 300 and Options().lang == "swe"
