"""Minutes PDFs in four more layouts of published minutes (survey 22 in tests/fixtures/genre/SURVEY.md): a municipal
protocol with the "§ N" in a margin column and the case at the right, its running header written after the body; a
Google Docs / Pages export (hyphenated line ends, ligatures); a landscape action table (Punkt | Ärende | Beslut /
notering | Ansvarig | Klart) whose rows break across pages; a scan whose scanner OCR'd it without the Swedish model
(an image with an invisible text layer). The blind set tests/fixtures/renderings/heldout3 renders held-out texts so;
tests/fixtures/renderings/genre/manifest-pdf3.txt renders the dev fixtures written for the causes found there.
"""
import shutil

import pytest
from PIL import Image

from conftest import FIXTURES
from protokoll.read import Options, lost_swedish, ocr, pdf
from protokoll.pipeline import parse_text
from scoring import score_report

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
HELDOUT3 = FIXTURES / "renderings" / "heldout3"
GENRE = FIXTURES / "renderings" / "genre"
# Blind (main's reader at f58a55d): 0.901 (ks 0.979, pages 0.989, landscape 0.829, sandwich 0.812; the sandwich's
# 476 at 0.470); 0.944 after these fixes (lowest 476, 0.585: its signers and title as our OCR reads them, then 472,
# 0.871). See the README there.
HELDOUT3_FLOOR, HELDOUT3_DOC_FLOOR = 0.93, 0.55
DEV_FLOOR = 0.99


def test_task_rows_under_one_number_are_a_task_each():
    """A landscape action table: under "4  Åtgärdslista" three rows of their own (a ruled table's rows, parted by
    blank lines in the text), each a bare task with its responsible and its date beside it. Each is a task."""
    head = (" Punkt     Ärende                   Beslut / notering                          Ansvarig          Klart\n"
            " 1         Föregående protokoll     Protokollet lades till handlingarna.\n\n"
            " 2         Åtgärdslista\n\n")
    rows = [("Beställa nya bord", "Lina Berg", "2025-05-30"), ("Boka lokal för festen", "Olle Sand", "2025-06-10"),
            ("Skriva till kommunen", "Eva Holm", "2025-08-15")]
    table = head + "\n".join(f"                                    {task:<43}{who:<18}{due}\n" for task, who, due in rows)
    record = parse_text("Styrelsemöte\n\nDatum: 2025-05-14\n\n" + table).to_json()
    decisions = record["items"][1]["decisions"]
    assert [d["text"] for d in decisions] == [task for task, _, _ in rows]
    assert [(d["actions"][0]["assignee"], d["actions"][0]["due"]) for d in decisions] == [(who, due) for _, who, due
                                                                                          in rows]


def test_lost_swedish_needs_enough_letters():
    text = "Motet oppnades och foredragningslistan godkandes. " * 5
    assert lost_swedish(text) and not lost_swedish(text[:60]) and lost_swedish(text[:60], min_letters=0)
    assert not lost_swedish("Mötet öppnades och föredragningslistan godkändes. " * 5)


SANDWICH = GENRE / "545_hembygd_styrelse_ocr_utan_svenska.sandwich.pdf"
TYPESET = GENRE / "542_bygdegardar_samverkan_liggande_atgardstabell.landscape.pdf"


def test_a_scanners_ocr_layer_is_told_from_typeset_text():
    """Invisible text over the page's image is a scanner's OCR; text drawn to be seen is the document's own."""
    doc = pdf._open(SANDWICH)
    typeset = pdf._open(TYPESET)
    try:
        assert pdf.ocr_layer(doc[0]) and not pdf.ocr_layer(typeset[0])
    finally:
        doc.close()
        typeset.close()


@needs_tesseract
def test_an_ocr_layer_that_lost_swedish_is_read_again():
    """The scanner's OCR ran without the Swedish model ("Narvarande: Gosta Hakansson, ordférande"): the page is
    OCR'd again with it, and the roll under "Närvarande" is read whole."""
    pages = list(pdf.read_pdf(SANDWICH, Options()))
    assert [p.method for p in pages] == ["ocr"]
    assert "Närvarande" in pages[0].text and "Sören Älvström" in pages[0].text
    kept = list(pdf.read_pdf(SANDWICH, Options(ocr="never")))  # asked not to OCR: the layer as it is
    assert [p.method for p in kept] == ["text-layer"]


def test_tesseract_is_told_the_page_images_resolution(monkeypatch):
    """A BMP states no resolution Tesseract reads; guessed too low, a column of item numbers beside the text comes
    out as a block of its own after it. The page's own resolution is passed before the output config."""
    calls = []

    def fake(args, env, timeout):
        calls.append(args)

        class Done:
            returncode, stdout, stderr = 0, b"level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop" \
                                            b"\twidth\theight\tconf\ttext\n", b""
        return Done()

    monkeypatch.setattr(ocr, "run_tesseract", fake)
    image = Image.new("L", (200, 300), 255)
    image.info["dpi"] = (300.0, 300.0)
    ocr.ocr_image(image, "swe")
    args = calls[0]
    assert args[args.index("--dpi") + 1] == "300" and args.index("--dpi") < args.index("tsv")
    calls.clear()
    ocr.ocr_image(Image.new("L", (200, 300), 255), "swe")  # unknown: Tesseract's own guess
    assert "--dpi" not in calls[0]


def test_pdf_page_images_carry_their_rendering_resolution(monkeypatch):
    seen = []

    def fake_map(images, lang, workers):
        for number, image in images:
            seen.append(ocr.resolution(image))
            yield pdf.Page(number=number, text="x", method="ocr")

    monkeypatch.setattr(pdf.ocr, "available", lambda: True)
    list(pdf.read_pdf(SANDWICH, Options(ocr="always", dpi=200, ocr_map=fake_map)))
    assert seen == [200]


@needs_tesseract
def test_heldout3_renderings_score_at_least_their_floor(score_script):
    report = score_report(score_script, "--manifest", HELDOUT3 / "manifest.txt")
    assert report["errors"] == []
    assert report["overall"] >= HELDOUT3_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= HELDOUT3_DOC_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])


@needs_tesseract
def test_dev_pdf3_renderings_score(score_script):
    report = score_report(score_script, "--manifest", GENRE / "manifest-pdf3.txt")
    assert report["errors"] == []
    assert report["overall"] >= DEV_FLOOR, report["misses"]


def test_a_run_of_glued_section_signs_takes_one_read_as_a_three():
    """A scanned "§1" ... "§7" read "81" ... "85", then "36", "87": Tesseract read that one "§" as a "3" (as it does
    a serif "§" set apart). Between "85" and "87" of a glued run, "36" is § 6; a "36" that does not continue such a
    run stays as written."""
    from protokoll.clean.lines import clean
    titles = ["Öppnande", "Dagordning", "Konstituering", "Firmatecknare", "Ansvar", "Ekonomi", "Protokollet"]
    glued = ["81", "82", "83", "84", "85", "36", "87"]
    text = "\n".join(f"{g} {title}\n{title} behandlades." for g, title in zip(glued, titles))
    assert [x.text for x in clean(text).lines][::2] == [f"§ {n} {title}" for n, title in enumerate(titles, 1)]
    plain = "\n".join(f"{n} {title}\nText." for n, title in zip((34, 35, 36, 37), titles))
    assert [x.text for x in clean(plain).lines][::2] == [f"{n} {title}" for n, title in zip((34, 35, 36, 37), titles)]
