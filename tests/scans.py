#!/usr/bin/env python3
"""Scans of typeset minutes as real signed minutes come back from an office scanner.

`renderings.scan` makes a cheap but tidy scan (one slight skew, soft focus, noise, JPEG). Real signed
minutes are worse: every page is skewed its own way (0.3–3°), a page may lie upside down or sideways,
the paper is grey and unevenly lit, the signatures are pen scribbles over the printed names, a round
stamp sits by the signature block, the binder's punch holes and a fax/scanner header line show, and the
whole is 150–300 dpi JPEG. ``scan_real`` makes such a scan of a PDF (image-only, no text layer),
deterministically from a seed, with one named kind of damage (``DAMAGES``) or all of them:

    python tests/scans.py --out build/scans [--jobs 2]

writes ``<stem>.<damage>.pdf`` for every (fixture, damage) pair of ``SCAN_SET`` and ``<stem>.clean.pdf``
(the same pages as a clean 300 dpi image, the control), with ``manifest.txt`` (the damaged scans) and
``manifest-clean.txt`` for ``score.py --manifest``. Pillow only (no numpy), as the parser's own reader.
"""
from __future__ import annotations

import argparse
import html
import io
import math
import os
import random
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
RENDERED = ROOT / "tests/fixtures/renderings/genre"
GOLD = ROOT / "tests/fixtures/genre/gold"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
SELF = Path(__file__).resolve()
RENDER_DPI = 300  # pages are drawn on at this resolution, then scanned down to the damage's dpi


@dataclass(frozen=True)
class Damage:
    """What a scan does to the paper and to the picture of it."""

    dpi: int = 300
    skew: float = 0.0  # largest |angle| in degrees; each page draws its own in [0.3, skew]
    grey: bool = False  # grey, unevenly lit paper
    noise: int = 4  # +- grey levels of sensor noise
    blur: float = 0.0
    jpeg: int = 85  # JPEG quality
    marks: bool = False  # signature scribbles, initials in the page-foot boxes, a stamp, punch holes, fax line
    flip: bool = False  # one page upside down
    turn: bool = False  # one page fed sideways (a landscape image of a portrait page)


DAMAGES = {
    "clean": Damage(),
    "skew": Damage(dpi=200, skew=3.0, grey=True, noise=8, jpeg=50),
    "marks": Damage(dpi=200, skew=0.6, grey=True, noise=8, jpeg=50, marks=True),
    "flip": Damage(dpi=200, skew=0.6, grey=True, noise=8, jpeg=50, flip=True),
    "turn": Damage(dpi=200, skew=0.6, grey=True, noise=8, jpeg=50, turn=True),
    "lowres": Damage(dpi=150, skew=1.0, grey=True, noise=14, blur=0.7, jpeg=30),
    "all": Damage(dpi=200, skew=2.5, grey=True, noise=10, blur=0.4, jpeg=40, marks=True, flip=True),
}

# (rendered fixture, damage): a mix of municipal, association, table and one-page minutes, each damage
# on fixtures of different shapes. The renderings are tests/fixtures/renderings/genre/<stem>.pdf.
SCAN_SET = (
    ("11_ksau", "skew"), ("14_brf_stamma", "skew"), ("50_byalag_punkter_atgarder", "skew"),
    ("97_vagforening_narvaro_kryss", "skew"),
    ("13_socialnamnd", "marks"), ("16_samfallighet", "marks"), ("41_kor_styrelse_nummerrader", "marks"),
    ("65_kar_styrelse_rollforst", "marks"),
    ("12_kommunfullmaktige", "flip"), ("19_forening_protokoll_nr", "flip"), ("24_brf_styrelse_initialer", "flip"),
    ("18_kyrkorad", "turn"), ("70_kommunalforbund_direktion", "turn"), ("17_konstituerande", "turn"),
    ("15_idrott_arsmote", "lowres"), ("21_region_au_narvarolista", "lowres"), ("92_elevrad_atgardstabell", "lowres"),
    ("20_internat_tvadagars", "all"), ("30_ofn_gemensam_namnd", "all"), ("42_kfn_layout_numrerade_beslut", "all"),
    ("90_kyrkorad_layout_nummer_fore", "all"), ("63_pensionarsrad_kommun", "all"),
)

# The labels a signature is written by (the scribble goes over the line under them) ...
SIGNATURE_LABEL = re.compile(r"^(?:ordförande|mötesordförande|stämmoordförande|justerare|justerande|justeras"
                             r"|sekreterare|protokollförare|vid protokollet)\b", re.I)
# ... and the page-foot boxes of municipal minutes, where each page gets initials.
FOOT_BOX = re.compile(r"^(?:justerandes signatur|utdragsbestyrkande)$", re.I)


def _words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(x0, y0, x1, y1 in points from the top left, text) of each line of one page, by `pdftotext
    -bbox-layout` (a signature is written by a label that begins its line, never by one in a sentence)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    lines = []
    for box, body in re.findall(r"<line ([^>]*)>(.*?)</line>", out, re.S):
        x0, y0, x1, y1 = (float(v) for v in re.findall(r'"([\d.]+)"', box))
        lines.append((x0, y0, x1, y1, " ".join(html.unescape(w) for w in re.findall(r">([^<]*)</word>", body))))
    return lines


def _scribble(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, y: float, width: float, height: float,
              ink: int, pen: int) -> None:
    """A pen signature: loops travelling right, with a flourish under them."""
    points, n = [], rng.randint(5, 9)
    phase = rng.uniform(0, math.pi)
    for k in range(n * 12 + 1):
        t = k / 12
        px = x + width * t / n + 0.35 * width / n * math.cos(2 * math.pi * t + phase)
        py = y - height * 0.5 * math.sin(2 * math.pi * t + phase) * rng.uniform(0.8, 1.1) - height * 0.15 * (t / n)
        points.append((px, py))
    draw.line(points, fill=ink, width=pen, joint="curve")
    tail_y = y + height * rng.uniform(0.3, 0.6)
    draw.line([(x - width * 0.05, tail_y), (x + width * 0.5, tail_y + height * 0.2), (x + width * 1.05, tail_y - height * 0.1)],
              fill=ink, width=pen, joint="curve")


def _stamp(rng: random.Random, radius: int, ink: int) -> Image.Image:
    """A round office stamp (ring, received date, registration number), as a mask to darken with."""
    size = 2 * radius + 8
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c = size // 2
    for r, w in ((radius, max(3, radius // 18)), (int(radius * 0.82), max(2, radius // 30))):
        draw.ellipse((c - r, c - r, c + r, c + r), outline=255 - ink, width=w)
    font = ImageFont.truetype(str(FONT), max(10, radius // 4))
    small = ImageFont.truetype(str(FONT), max(8, radius // 6))
    date = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    for text, f, dy in (("INKOM", small, -0.38), (date, font, 0.0), (f"Dnr {rng.randint(10, 399)}", small, 0.36)):
        draw.text((c, c + dy * radius), text, fill=255 - ink, font=f, anchor="mm")
    return mask.rotate(rng.uniform(-40, 40), resample=Image.BICUBIC)


def _marks(img: Image.Image, words: list, scale: float, rng: random.Random, number: int, pages: int) -> None:
    """Draw on the paper: signatures, initials, a stamp, punch holes and the fax line of this page."""
    draw = ImageDraw.Draw(img)
    mm = RENDER_DPI / 25.4
    ink = rng.randint(40, 120)
    anchors = [w for w in words if SIGNATURE_LABEL.match(w[4]) and len(w[4].split()) <= 4]
    if number == pages or anchors:
        for x0, y0, x1, y1, _ in anchors[:4]:
            line = (y1 - y0) * scale
            # beside the label and over the gap to the next line, touching the printed name under it
            _scribble(draw, rng, x1 * scale + rng.uniform(2, 8) * mm, y1 * scale + rng.uniform(0, 0.3) * line,
                      rng.uniform(30, 45) * mm, rng.uniform(1.2, 2.0) * line, ink, rng.randint(3, 5))
    for x0, y0, x1, y1, _ in (w for w in words if FOOT_BOX.match(w[4])):
        _scribble(draw, rng, x0 * scale + 8 * mm, y1 * scale + 3 * mm, 14 * mm, 4 * mm, ink, 3)
    if anchors and (number == pages or rng.random() < 0.3):
        x0, y0, x1, y1, _ = anchors[-1]
        radius = int(rng.uniform(14, 19) * mm)
        stamp = _stamp(rng, radius, rng.randint(90, 150))
        cx = int(min(img.width - radius, x0 * scale + rng.uniform(60, 110) * mm))
        cy = int(y0 * scale + rng.uniform(-10, 10) * mm)
        img.paste(ImageChops.subtract(img.crop((cx - stamp.width // 2, cy - stamp.height // 2,
                                                cx - stamp.width // 2 + stamp.width, cy - stamp.height // 2 + stamp.height)),
                                      stamp), (cx - stamp.width // 2, cy - stamp.height // 2))
    for y in (img.height / 2 - 40 * mm, img.height / 2 + 40 * mm):  # two punch holes, the lid shows dark
        r, x = 3 * mm, rng.uniform(9, 13) * mm
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(20, 60))
    fax = ImageFont.truetype(str(MONO), int(2.6 * mm))
    stamp_time = f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-20{rng.randint(20, 25)} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    draw.text((14 * mm, 4 * mm), f"{stamp_time}  FRÅN: +46 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
              f"      KANSLIET KOPIATOR {rng.randint(1, 9)}      S. {number:02d}/{pages:02d}", fill=30, font=fax)


def damage_page(img: Image.Image, damage: Damage, rng: random.Random, words: list | None = None,
                number: int = 1, pages: int = 1, turn: int = 0) -> Image.Image:
    """One page image at RENDER_DPI (L) as the scanner gives it back at ``damage.dpi``; ``turn`` is 0, 90,
    180 or 270 (degrees counter-clockwise the page lay on the glass)."""
    img = img.convert("L").copy()
    if damage.marks:
        _marks(img, words or [], RENDER_DPI / 72, rng, number, pages)
    paper = 255
    if damage.grey:  # black to 25-45, white to 200-235, with a light falloff across the page
        lo, paper = rng.randint(25, 45), rng.randint(200, 235)
        img = img.point(lambda v: lo + v * (paper - lo) // 255)
        fall = rng.randint(10, 30)
        light = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270)))  # square: turns without a gap
        img = ImageChops.multiply(img, light.resize(img.size, Image.BILINEAR).point(lambda v: 255 - v * fall // 255))
    if damage.skew:
        angle = rng.choice((-1, 1)) * rng.uniform(0.3, damage.skew)
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=min(255, paper + 10))
    if turn:
        img = img.rotate(turn, expand=True)
    if damage.blur:
        img = img.filter(ImageFilter.GaussianBlur(damage.blur * RENDER_DPI / damage.dpi))
    if damage.dpi != RENDER_DPI:
        img = img.resize((round(img.width * damage.dpi / RENDER_DPI), round(img.height * damage.dpi / RENDER_DPI)),
                         Image.BILINEAR)
    if damage.noise:  # randbytes rather than Image.effect_noise, which uses the C rand() and is not seedable
        spread = 2 * damage.noise + 1
        noise = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height)).point(lambda v: v * spread // 256)
        img = ImageChops.add(img, noise, offset=-damage.noise)
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=damage.jpeg)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def scan_real(pdf: Path, dest: Path, damage: str, seed: str | None = None) -> Path:
    """An image-only PDF of ``pdf`` with the named damage (``DAMAGES``), the same bytes for the same seed."""
    if dest.exists() and dest.stat().st_mtime >= max(pdf.stat().st_mtime, SELF.stat().st_mtime):
        return dest
    kind = DAMAGES[damage]
    rng = random.Random(seed or f"{pdf.stem}:{damage}")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(RENDER_DPI), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pngs = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        count = len(pngs)
        odd = rng.randrange(count) if (kind.flip or kind.turn) else -1  # the page that lies wrong
        pages = []
        for n, png in enumerate(pngs, 1):
            words = _words(pdf, n) if kind.marks else []
            turn = (180 if kind.flip else rng.choice((90, 270))) if n - 1 == odd else 0
            pages.append(damage_page(Image.open(png), kind, rng, words, n, count, turn))
    dest.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(dest, save_all=True, append_images=pages[1:], resolution=kind.dpi, quality=92)
    return dest


def _one(stem: str, damage: str, out: str) -> str:
    return str(scan_real(RENDERED / f"{stem}.pdf", Path(out) / f"{stem}.{damage}.pdf", damage))


def build(out: Path, jobs: int = 2, pairs=SCAN_SET) -> tuple[Path, Path]:
    """Every scan of ``pairs`` and its clean control; returns (manifest, clean manifest)."""
    out.mkdir(parents=True, exist_ok=True)
    tasks = list(pairs) + [(stem, "clean") for stem, _ in pairs]
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        list(pool.map(_one, *zip(*[(s, d, str(out)) for s, d in tasks])))
    manifests = []
    for name, rows in (("manifest.txt", pairs), ("manifest-clean.txt", [(s, "clean") for s, _ in pairs])):
        lines = [f"{stem}.{damage}.pdf {os.path.relpath(GOLD / f'{stem}.json', out.resolve())}" for stem, damage in rows]
        (out / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        manifests.append(out / name)
    return manifests[0], manifests[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "build/scans")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    for manifest in build(a.out.resolve(), a.jobs):
        print(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
