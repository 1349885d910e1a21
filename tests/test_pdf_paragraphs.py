"""PDF text layers read with their paragraph breaks, and page furniture as PDFs print it.

PDFium runs the lines of a page together; the parser finds unnumbered headings ("Regional kulturplan
2026–2029") and decisions by the blank lines a text source has between paragraphs, so the reader puts
a blank line where the page leaves vertical space -- but not under a bold heading, which belongs to its
text. Found on genre minutes typeset as PDFs (tests/renderings.py --genre): without it a network's
minutes (06_minnesanteckningar) lost four of six items read from the PDF.
"""
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from protokoll.clean.lines import clean
from protokoll.read import Options
from protokoll.read.pdf import read_pdf

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", BODY, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, spaceAfter=6)
WRAP = ("Jeanette Falk presenterade tidplanen för arbetet med en ny regional kulturplan. Ett förslag skickas på "
        "remiss till kommunerna i september och planen ska beslutas av regionfullmäktige i december.")


def _pdf(tmp_path: Path, story: list[tuple[str, str]]) -> Path:
    path = tmp_path / "p.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph(text.replace("\n", "<br/>"), HEAD if kind == "h" else BODY) for kind, text in story])
    return path


def _text(path: Path) -> str:
    return "\f".join(p.text for p in read_pdf(path, Options(ocr="never")))


def test_blank_lines_between_paragraphs_not_inside_them(tmp_path):
    path = _pdf(tmp_path, [("p", "Tid: kl. 09.30–12.00"), ("p", "Plats: Kulturhuset"),
                           ("h", "Regional kulturplan 2026–2029"), ("p", WRAP),
                           ("p", "Nätverket beslutade att lämna ett inspel."),
                           ("p", "Vid protokollet"), ("p", "Mia Kron\nsekreterare")])
    lines = _text(path).split("\n")
    text = "\n".join(x.rstrip() for x in lines)
    assert "Tid: kl. 09.30–12.00\n\nPlats: Kulturhuset\n\nRegional kulturplan 2026–2029\nJeanette Falk" in text
    first, second = next(x for x in lines if x.startswith("Jeanette")), lines[lines.index(
        next(x for x in lines if x.startswith("Jeanette"))) + 1]
    assert first.strip() and second.strip(), "a wrapped paragraph keeps its lines together"
    assert "december.\n\nNätverket beslutade" in text
    assert "Vid protokollet\n\nMia Kron\nsekreterare" in text  # one paragraph, two lines: no blank


def test_offsets_stay_pdfium_character_indices(tmp_path):
    """Only "\\r\\n" changes (to " \\n" or "\\n\\n"): spans still index PDFium's characters (boxes)."""
    path = _pdf(tmp_path, [("h", "Rubrik"), ("p", WRAP), ("p", "Kort stycke."), ("p", "Ett till.")])
    doc = pdfium.PdfDocument(str(path))
    raw = doc[0].get_textpage().get_text_range()
    doc.close()
    text = _text(path)
    assert len(text) == len(raw)
    assert text.replace("\n\n", " \n") == raw.replace("\r\n", " \n")


def test_side_by_side_signature_boxes_are_furniture():
    """A PDF's text layer reads the two boxes at a municipal page foot as one line."""
    pages = ["§ 1 Öppnande\nMötet öppnas.\nJusterandes signatur Utdragsbestyrkande",
             "§ 2 Avslutning\nMötet avslutas.\nJusterandes sign  Utdragsbestyrkande"]
    texts = [line.text for line in clean(pages=pages).lines]
    assert texts == ["§ 1 Öppnande", "Mötet öppnas.", "§ 2 Avslutning", "Mötet avslutas."]


def test_running_footer_with_page_number_after_one_space():
    """"Lindmo Båtklubb Sida 1 av 2": PDFium joins footer and page number with one space; the footer
    recurs on every page's edge, so it goes -- a sentence that mentions a page stays."""
    pages = ["Lindmo Båtklubb\nStyrelsemöte\n1) Mötets öppnande\nSe bilagan sida 2 av 2.\nMer text.\n"
             "Lindmo Båtklubb Sida 1 av 2",
             "2) Avslutning\nOrdföranden avslutade mötet.\nVid protokollet\nMia Kron\nLindmo Båtklubb Sida 2 av 2"]
    texts = [line.text for line in clean(pages=pages).lines]
    assert not any(t.endswith(("Sida 1 av 2", "Sida 2 av 2")) for t in texts)
    assert "Se bilagan sida 2 av 2." in texts and texts[-1] == "Mia Kron"


def test_section_signs_misread_by_ocr():
    """Tesseract (swe, a degraded 200 dpi scan of a typeset municipal protocol) read "§" as "&", "$", "8"."""
    page = "\n".join(["& 112 Val av justerare", "Tomas Vikström (S), $$ 112-116", "Henrik Malm, ekonomichef, $ 114",
                      "8 114 Årsredovisning 2024", "$& 1 Stämmans öppnande", "Bygg & Tak AB offererade 8 114 kronor.",
                      "Priset var $ 50 kr."])
    texts = [line.text for line in clean(page).lines]
    assert texts == ["§ 112 Val av justerare", "Tomas Vikström (S), §§ 112-116", "Henrik Malm, ekonomichef, § 114",
                     "§ 114 Årsredovisning 2024", "§ 1 Stämmans öppnande", "Bygg & Tak AB offererade 8 114 kronor.", "Priset var $ 50 kr."]


def _tesseract_data(lines):
    """image_to_data's dict for (block, line, left, top, words) lines; each word 10 px a character."""
    data = {k: [] for k in ("text", "block_num", "par_num", "line_num", "left", "top", "width", "height", "conf")}
    for block, line, left, top, words in lines:
        x = left
        for word in words.split():
            for key, value in (("text", word), ("block_num", block), ("par_num", 1), ("line_num", line),
                               ("left", x), ("top", top), ("width", 10 * len(word)), ("height", 20), ("conf", 95)):
                data[key].append(value)
            x += 10 * len(word) + 10
    return data


def test_ocr_label_column_read_as_a_block_is_put_back_by_its_values():
    """Tesseract reads a municipal header table column by column: all labels, then all values. The page
    is laid out again by rows, so "Beslutande" stands by "Karin Lövgren (S), ordförande" again."""
    from protokoll.read.ocr import _side_by_side_rows

    labels = [(1, n + 1, 100, top, text) for n, (top, text) in enumerate(
        [(100, "Plats och tid"), (150, "Beslutande"), (250, "Justerare"), (300, "Justeringens plats"), (330, "och tid")])]
    values = [(2, n + 1, 400, top, text) for n, (top, text) in enumerate(
        [(100, "Kommunhuset, kl. 09.00-12.10"), (150, "Karin Lövgren (S), ordförande"), (180, "Johan Ekström (M)"),
         (250, "Johan Ekström (M)"), (300, "Kommunkansliet, 2025-05-16")])]
    header = [(3, 1, 100, 0, "Lövsala kommun"), (3, 2, 100, 25, "Kommunstyrelsen"),
              (4, 1, 500, 0, "SAMMANTRÄDESPROTOKOLL"), (4, 2, 500, 25, "Sammanträdesdatum 2025-05-13")]
    text, low, confidence = _side_by_side_rows(_tesseract_data(labels + values + header))
    rows = [" ".join(line.split()) for line in text.split("\n")]
    # the page header, apart from the table, shares two rows only: not a table, Tesseract's order stays
    assert rows[-5:] == ["Lövsala kommun", "Kommunstyrelsen", "", "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2025-05-13"]
    rows = rows[:-6]
    assert rows == ["Plats och tid Kommunhuset, kl. 09.00-12.10", "", "Beslutande Karin Lövgren (S), ordförande",
                    "Johan Ekström (M)", "", "Justerare Johan Ekström (M)", "",
                    "Justeringens plats Kommunkansliet, 2025-05-16", "och tid"]
    assert text.split("\n")[3].startswith(" " * 20) and confidence == 95 and low == []
    # one column of text: Tesseract's own reading is kept
    assert _side_by_side_rows(_tesseract_data([(1, n, 100, 100 + 30 * n, "En rad text") for n in range(12)])) is None


def test_section_signs_after_a_prefix_and_doubled_as_88():
    """Tesseract swe on a 300 dpi municipal protocol: "KFN § 30" as "KFN 8 30", "§§ 32-33" as "88 32-33"."""
    page = "\n".join(["KFN 8 30", "KSAU 8 177 Dnr KS 2024/0051", "Jesper Krook, ekonom, 88 32-33",
                      "ABC 8 300 kronor betalades.", "Vi sålde 88 12-pack."])
    texts = [line.text for line in clean(page).lines]
    assert texts == ["KFN § 30", "KSAU § 177 Dnr KS 2024/0051", "Jesper Krook, ekonom, §§ 32-33",
                     "ABC 8 300 kronor betalades.", "Vi sålde 88 12-pack."]
