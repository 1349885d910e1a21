"""Reading minutes from PDFs (text layer), scans and images (Tesseract) and DOCX, with provenance."""
import json
import shutil
import zipfile

import pytest
from conftest import EXAMPLES
from golden import differences, score
from typer.testing import CliRunner

from protokoll.cli import app
from protokoll.errors import NotMinutes, UnreadableInput
from protokoll.pipeline import parse_file, read_clean
from protokoll.read import Options

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
runner = CliRunner()
EXAMPLE = EXAMPLES / "2024-10-18_kommundirektorsmote.txt"  # three pages, running headers, wrapped title


def gold(path=EXAMPLE):
    return json.loads((EXAMPLES / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text_pdf(tmp_path_factory):
    import renderings

    pdf = tmp_path_factory.mktemp("pdf") / "minutes.pdf"
    renderings.typeset(EXAMPLE.read_text(encoding="utf-8"), pdf)
    return pdf


@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory, text_pdf):
    """The same minutes as a degraded 150 dpi scan: image-only pages, slight skew, blur, JPEG noise."""
    import pypdfium2 as pdfium
    import renderings
    from PIL import Image

    folder = tmp_path_factory.mktemp("scan")
    doc = pdfium.PdfDocument(str(text_pdf))
    pages = []
    for i in range(len(doc)):
        png = folder / f"p{i}.png"
        doc[i].render(scale=150 / 72, grayscale=True).to_pil().save(png)
        pages.append(Image.open(renderings.degrade(png, f"scan:{i}")).convert("L"))
    scan = folder / "scan.pdf"
    pages[0].save(scan, save_all=True, append_images=pages[1:], resolution=150)
    return scan


def test_text_layer_pdf_parses_like_the_text(text_pdf):
    p = parse_file(text_pdf)
    assert p.source_file.methods == ["text-layer"] * p.source_file.pages and p.source_file.pages >= 2
    assert differences(gold(), p.to_json()) == []


def test_provenance_spans_and_boxes_point_at_the_value(text_pdf):
    result = runner.invoke(app, ["parse", "--json", "--provenance", str(text_pdf)])
    data = json.loads(result.stdout)
    cleaned, _ = read_clean(text_pdf)
    for item in data["items"]:
        for decision in item["decisions"]:
            span = decision["source"]
            page_text = cleaned.pages[span["page"] - 1]
            assert page_text[span["start"]:span["end"]].split()[:2] == decision["text"].split()[:2]
            assert span["bbox"] and span["bbox"][2] > span["bbox"][0]


@needs_tesseract
def test_scanned_pdf_is_ocrd(scanned_pdf):
    p = parse_file(scanned_pdf, Options(dpi=200))
    assert set(p.source_file.methods) == {"ocr"}
    assert all(c is not None and c > 50 for c in p.source_file.ocr_confidence)
    assert score(gold(), p.to_json(), similar=0.85) >= 0.85


@needs_tesseract
def test_trace_shows_the_page_and_text_of_a_decision_in_a_scan(scanned_pdf):
    expected = gold()["items"][2]["decisions"][0]["text"]
    result = runner.invoke(app, ["trace", str(scanned_pdf), "items[2].decisions[0]", "--dpi", "200"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "sida 1" in out and "(ocr" in out
    assert " ".join(expected.split()[:3]) in out


@needs_tesseract
def test_ocr_never_on_a_scan_reports_no_text(scanned_pdf):
    with pytest.raises(NotMinutes, match="ingen text"):
        parse_file(scanned_pdf, Options(ocr="never"))


@needs_tesseract
def test_png_image(tmp_path, text_pdf):
    import pypdfium2 as pdfium

    png = tmp_path / "page1.png"
    pdfium.PdfDocument(str(text_pdf))[0].render(scale=200 / 72, grayscale=True).to_pil().save(png)
    p = parse_file(png)
    want = {(a["name"], a["affiliation"]) for a in gold()["attendees"]}
    got = {(a.name, a.affiliation) for a in p.attendees}
    assert len(want & got) >= len(want) - 1


def _docx(path, paragraphs, table):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    para = lambda t: f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>"
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in table)
    body = "".join(para(t) for t in paragraphs[:4]) + f"<w:tbl>{rows}</w:tbl>" + "".join(map(para, paragraphs[4:]))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")


def test_docx_with_attendance_table(tmp_path):
    path = tmp_path / "minutes.docx"
    _docx(path, ["Kommundirektörsmöte i Familjen Helsingborg", "Helsingborg 2025-01-24 a.b@familjenhelsingborg.se",
                 "Plats och tid: Den 24 januari 2025 08.30-11.30 på Stadshuset, Bjuv.", "Närvarande:",
                 "1. Mötets öppnande", "2. Budget", "Mötet beslutar", "att tacka för informationen",
                 "3. Mötet avslutas"],
          [["Anna Berg, Bjuv", "Lars Holm, Perstorp"], ["Eva Ek, Klippan", "Per Åberg, sekretariatet"]])
    p = parse_file(path)
    assert [(a.name, a.affiliation) for a in p.attendees] == [
        ("Anna Berg", "Bjuv"), ("Lars Holm", "Perstorp"), ("Eva Ek", "Klippan"), ("Per Åberg", "sekretariatet")]
    assert [i.title for i in p.items] == ["Mötets öppnande", "Budget", "Mötet avslutas"]


def _cli_error(path, *args):
    result = runner.invoke(app, ["parse", "--json", *args, str(path)])
    assert result.stdout == "" and "Traceback" not in result.output
    line, = result.stderr.strip().splitlines()
    assert str(path) in line
    return result.exit_code, line


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ngarbage")
    code, line = _cli_error(path)
    assert code == UnreadableInput.exit_code and "skadad" in line


def test_encrypted_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "secret.pdf"
    c = canvas.Canvas(str(path), encrypt="hemligt")
    c.drawString(100, 700, "Kommundirektörsmöte i Familjen Helsingborg")
    c.save()
    code, line = _cli_error(path)
    assert code == UnreadableInput.exit_code and "krypterad" in line


def test_pdf_without_pages(tmp_path):
    path = tmp_path / "empty.pdf"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer << /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    code, line = _cli_error(path)
    assert code == UnreadableInput.exit_code and ("inga sidor" in line or "skadad" in line)


@needs_tesseract
def test_image_without_text(tmp_path):
    from PIL import Image

    path = tmp_path / "blank.png"
    Image.new("L", (800, 1000), 255).save(path)
    code, line = _cli_error(path)
    assert code == NotMinutes.exit_code and "ingen text" in line


def test_corrupt_image(tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    code, line = _cli_error(path)
    assert code == UnreadableInput.exit_code
