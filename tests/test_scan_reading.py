"""Scanned pages set upright and straight before they are read (read.deskew, read.ocr). Tesseract is
replaced through its seam: no OCR runs here.
`tests/scans.py` makes the real-looking scans these steps were measured on (see the README)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from protokoll.read import deskew, ocr

ROOT = Path(__file__).resolve().parents[1]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def text_page(width: int = 1240, height: int = 1754) -> Image.Image:
    """A page of ordinary lines of text (150 dpi A4), white paper."""
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 22)
    for row in range(40):
        words = " ".join(("Styrelsen", "beslutade", "att", "godkänna", "dagordningen", "för", "mötet")[:3 + row % 5])
        draw.text((120, 120 + row * 38), f"{row + 1}. {words} och lägga protokollet till handlingarna", fill=0, font=font)
    return page


def tsv(*lines: list[tuple[str, float]], on_end: bool = False) -> bytes:
    """Tesseract's TSV of ``lines`` of (word, confidence), one block and paragraph; ``on_end``: the word
    boxes taller than wide, as Tesseract gives them for a page lying sideways."""
    rows = [HEADER]
    size = "30\t90" if on_end else "90\t30"
    for n, words in enumerate(lines, 1):
        for k, (word, conf) in enumerate(words, 1):
            rows.append(f"5\t1\t1\t1\t{n}\t{k}\t{100 * k}\t{40 * n}\t{size}\t{conf}\t{word}\n")
    return "".join(rows).encode()


# --- skew --------------------------------------------------------------------------------------

@pytest.mark.parametrize("angle", [0.6, -1.3, 2.7])
def test_a_page_laid_askew_is_measured_within_a_fifth_of_a_degree(angle):
    page = text_page().rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    assert deskew.skew_angle(page) == pytest.approx(-angle, abs=0.2)


def test_a_level_blank_or_sideways_page_is_left_as_it_is():
    page = text_page()
    assert deskew.skew_angle(page) == 0.0
    assert deskew.straighten(page) is page
    assert deskew.skew_angle(Image.new("L", (800, 1100), 230)) == 0.0
    # a page lying sideways has no lines along its rows: its best angle is noise, and is not taken
    assert deskew.skew_angle(text_page().rotate(90, expand=True)) == 0.0


def test_grey_unevenly_lit_paper_counts_as_paper():
    page = text_page().point(lambda v: 40 + v * 170 // 255).rotate(1.5, resample=Image.BICUBIC, fillcolor=210)
    light = Image.linear_gradient("L").resize(page.size).point(lambda v: 255 - v * 30 // 255)
    from PIL import ImageChops

    assert deskew.skew_angle(ImageChops.multiply(page, light)) == pytest.approx(-1.5, abs=0.2)


def test_straighten_turns_the_page_level_and_fills_the_corners_with_paper():
    page = text_page().point(lambda v: 30 + v * 190 // 255).rotate(2.0, resample=Image.BICUBIC, fillcolor=220)
    straight = deskew.straighten(page)
    assert straight.size == page.size and deskew.skew_angle(straight) == 0.0
    assert straight.getpixel((2, 2)) > 200  # paper, not black


# --- orientation (Tesseract's OSD) and the second reading ---------------------------------------

@pytest.fixture
def tesseract(monkeypatch):
    """Tesseract through the seam: ``calls`` records (mode, image) of each run; ``reads`` answers a
    reading by the image's top-left pixel (the marker of how it lies), ``osd`` answers OSD."""
    class Fake:
        calls: list = []
        osd = subprocess.CompletedProcess([], 0, b"Page number: 0\nOrientation in degrees: 180\nRotate: 180\n"
                                                   b"Orientation confidence: 16.47\nScript: Latin\n", b"")
        reads: dict = {}

    def run(args, env, timeout):
        if "--list-langs" in args:
            return subprocess.CompletedProcess(args, 0, b"List of available languages (2):\neng\nswe\n", b"")
        image = Image.open(args[1]).convert("L")
        marker = image.getpixel((0, 0))
        if "--psm" in args:
            Fake.calls.append(("osd", marker))
            return Fake.osd
        Fake.calls.append(("read", marker))
        return subprocess.CompletedProcess(args, 0, Fake.reads[marker], b"")

    monkeypatch.setattr(ocr, "run_tesseract", run)
    Fake.calls = []
    yield Fake


GARBLED = tsv(*[[("sSUIPWU", 31), ("0p", 25), ("6l1", 40)] for _ in range(6)])
UPRIGHT = tsv(*[[("Styrelsen", 95), ("beslutade", 93), ("att", 96)] for _ in range(6)])


def marked(top_left: int, bottom_right: int) -> Image.Image:
    """A blank page whose corners tell how it lies: turned 180°, its top-left is its bottom-right."""
    page = Image.new("L", (60, 80), 255)
    page.putpixel((0, 0), top_left)
    page.putpixel((59, 79), bottom_right)
    return page


def test_an_upside_down_page_is_read_again_turned(tesseract):
    """Regression: a page that lay upside down on the glass was read as garbage (fixture 19's first page
    as a scan: 0.01); OSD now turns it and the upright reading is kept."""
    tesseract.reads = {10: GARBLED, 20: UPRIGHT}
    page = ocr.ocr_image(marked(10, 20), "swe", 1)
    assert tesseract.calls == [("read", 10), ("osd", 10), ("read", 20)]
    assert page.text.startswith("Styrelsen beslutade att")


def test_a_well_read_page_is_not_asked_for_its_orientation(tesseract):
    tesseract.reads = {10: UPRIGHT}
    ocr.ocr_image(marked(10, 20), "swe", 1)
    assert tesseract.calls == [("read", 10)]


def test_a_sideways_page_read_well_on_end_is_read_again_upright(tesseract):
    """Regression: a page fed sideways was read at confidence 93 (Tesseract turns its lines) but with the
    boxes of the sideways image, so that the label | value table of fixture 18's first page lost its rows
    (0.24); its words on end now ask OSD, and the upright reading is kept though no more confident."""
    tesseract.osd = subprocess.CompletedProcess([], 0, b"Rotate: 90\n", b"")
    tesseract.reads = {10: tsv(*[[("Styrelsen", 95), ("beslutade", 93)] for _ in range(8)], on_end=True),
                       20: tsv(*[[("Styrelsen", 94), ("beslutade", 92)] for _ in range(8)])}
    turned_marker = marked(10, 20).rotate(-90, expand=True).getpixel((0, 0))
    tesseract.reads[turned_marker] = tesseract.reads[20]
    ocr.ocr_image(marked(10, 20), "swe", 1)
    assert [c[0] for c in tesseract.calls] == ["read", "osd", "read"] and tesseract.calls[-1][1] != 10


def test_the_first_reading_stays_when_the_turned_one_is_no_better(tesseract):
    tesseract.reads = {10: GARBLED, 20: tsv([("x", 10)])}
    page = ocr.ocr_image(marked(10, 20), "swe", 1)
    assert [c[0] for c in tesseract.calls] == ["read", "osd", "read"]
    assert "sSUIPWU" in page.text


@pytest.mark.parametrize("answer, turn", [
    (subprocess.CompletedProcess([], 0, b"Orientation in degrees: 270\nRotate: 90\n", b""), 90),
    (subprocess.CompletedProcess([], 0, b"Rotate: 0\n", b""), 0),
    (subprocess.CompletedProcess([], 1, b"", b"Too few characters. Skipping this page\nError during processing.\n"), 0),
    (subprocess.CompletedProcess([], 0, b"nothing to say\n", b""), 0),
])
def test_orientation_reads_osd_and_is_zero_when_osd_cannot_tell(tesseract, answer, turn):
    tesseract.osd = answer
    assert ocr.orientation(marked(10, 20)) == turn


# --- the scans the steps were measured on (tests/scans.py) ------------------------------------------

def test_damaged_pages_are_the_same_for_the_same_seed_and_lie_as_asked():
    import random

    sys.path.insert(0, str(ROOT / "tests"))
    import scans

    page = text_page(620, 877).resize((1240, 1754))  # at the renderer's 300 dpi scale of a small page
    one = scans.damage_page(page, scans.DAMAGES["all"], random.Random("x"), turn=180)
    two = scans.damage_page(page, scans.DAMAGES["all"], random.Random("x"), turn=180)
    assert one.tobytes() == two.tobytes()
    turned = scans.damage_page(page, scans.DAMAGES["turn"], random.Random("x"), turn=90)
    assert turned.width > turned.height  # sideways: a landscape image of a portrait page


@pytest.mark.skipif(not os.environ.get("PROTOKOLL_SCAN_TESTS"), reason="slow: OCR of 22 scans; set PROTOKOLL_SCAN_TESTS=1")
def test_real_looking_scans_score(score_script):
    sys.path.insert(0, str(ROOT / "tests"))
    import scans

    manifest, _ = scans.build(ROOT / "build" / "scans")
    done = subprocess.run([sys.executable, str(score_script), "--run", f"{sys.executable} -m protokoll parse --json {{}}",
                           "--manifest", str(manifest)], capture_output=True, text=True)
    overall = float(next(line.split()[-1] for line in done.stdout.splitlines() if line.startswith("overall")))
    assert overall >= 0.85, done.stdout[-2000:]
