#!/usr/bin/env python3
"""Render minutes text the way the hidden test inputs look, so the parser can be tested on them.

The scored inputs are not plain text: they are `pdftotext -layout` / `pdftotext -raw` output of minutes
typeset as A4 PDFs (running header, "Sidan N av M" footers, two-column attendance tables) and Tesseract
output of page images (Swedish at 300 dpi, English at 150 dpi from a degraded scan). This module
rebuilds those four renderings from any minutes text:

    python tests/renderings.py --inputs DIR --gold DIR --out DIR [--kinds layout,raw,...] [--jobs 2]

For each `<stem>.txt` it writes `<stem>.pdf` and `<stem>.<kind>.txt`, plus `manifest.txt` with lines
"<stem>.<kind>.txt <gold json relative to out>" for `score.py --manifest`. A pytest fixture can call
`build()` directly. Outputs newer than their inputs (and than this file) are reused.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

KINDS = ("layout", "raw", "ocr-swe-300", "ocr-eng-150")
OCR = {"ocr-swe-300": ("swe", 300, False), "ocr-eng-150": ("eng", 150, True)}  # lang, dpi, degraded
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SELF = Path(__file__).resolve()  # a change to the renderer invalidates every cached output

# --- text -> blocks -----------------------------------------------------------------------------
# Labels are tolerant of OCR'd sources that lost their diacritics ("Narvarande", "Anmalt forhinder").
ATTENDANCE = re.compile(r"^((?:N[äa]rvarande|Anm[äa]lt f[öo]rhinder|Fr[åa]nvarande|Ers[äa]ttare)\s*:)\s*(.*)$", re.I)
# One or two digits and a capital: "3 Title", "3. Title" -- but not "2037. Familjen" or "16 maj".
HEADING = re.compile(r"^\d{1,2}\.?\s+[A-ZÅÄÖÉ]")
# "Föredragande: ...", "Plats och tid: ...", "Mötet beslutar": always start a new paragraph.
LABEL = re.compile(r"^[A-ZÅÄÖ][\w/ -]{0,30}?:(\s|$)|^M[öo]tet beslutar\b")
PAGE_NUMBER = re.compile(r"^Sidan \d+ ?av \d+$", re.I)
LIST_ITEM = re.compile(r"^[-–•]\s+")
PARTICLES = {"von", "af", "de", "van", "der", "den", "la"}


def _is_name(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() or w in PARTICLES for w in words)


def _is_affiliation(s: str) -> bool:
    words = s.split()
    if len(words) == 2:
        return words[0][0].isupper() and words[1] in ("stad", "kommun")
    return len(words) == 1 and (s == "sekretariatet" or s[0].isupper())


def split_entries(line: str) -> list[str] | None:
    """'Anna Berg, Bjuv Lars Holm, Perstorp' -> ['Anna Berg, Bjuv', 'Lars Holm, Perstorp'], else None.

    Sources extracted from two-column PDFs have both columns flattened onto one line. Each comma
    separates a name from its affiliation; the segment between two commas is "affiliation next-name",
    where the affiliation is one word, a word + stad/kommun, or "sekretariatet".
    """
    parts = [" ".join(p.split()) for p in line.split(",")]
    if len(parts) < 2:
        return None
    names, affiliations = [parts[0]], []
    for middle in parts[1:-1]:
        words = middle.split()
        n = 2 if len(words) > 2 and words[1] in ("stad", "kommun") else 1
        affiliations.append(" ".join(words[:n]))
        names.append(" ".join(words[n:]))
    affiliations.append(parts[-1])
    if all(map(_is_name, names)) and all(map(_is_affiliation, affiliations)):
        return [f"{n}, {a}" for n, a in zip(names, affiliations)]
    return None


def _title_line(lines: list[str]) -> str:
    """The meeting's name ("Kommundirektörsmöte i Familjen Helsingborg"), used as running header."""
    found = [s for s in (" ".join(x.split()) for x in lines[:15]) if s]
    return next((s for s in found if re.search(r"m[öo]te\b", s, re.I)), found[0] if found else "")


def to_blocks(text: str) -> tuple[str, list[tuple[str, object]]]:
    """Split minutes text into (kind, content) blocks: title, heading, para, item, label, table, pagebreak."""
    lines = text.splitlines()
    title = _title_line(lines)
    blocks: list[tuple[str, object]] = []
    in_attendance = gap = False
    for raw in lines:
        s = " ".join(raw.split())
        if not s:
            gap = True
            continue
        label = ATTENDANCE.match(s)
        if label:  # a new attendance group; entries may follow on the same line ("Frånvarande: A, B")
            blocks += [("label", label.group(1)), ("table", [])]
            in_attendance, gap, s = True, False, label.group(2)
            if not s:
                continue
        if in_attendance:
            entries = split_entries(s)
            if entries:
                blocks[-1][1].extend(entries)
                continue
            in_attendance = False  # the first line that is not "Name, Affiliation" ends the lists
        if (s == title and any(k == "title" for k, _ in blocks)) or PAGE_NUMBER.match(s):
            continue  # the source's own page furniture; our typesetting adds fresh header and footer
        if s.startswith("Underskriftssida"):  # the e-signature page stays, on a page of its own
            blocks += [("pagebreak", None), ("heading", s)]
        elif s == title:
            blocks.append(("title", s))
        elif HEADING.match(s):
            blocks.append(("heading", s))
        elif LIST_ITEM.match(s):
            blocks.append(("item", LIST_ITEM.sub("", s)))
        elif (blocks and blocks[-1][0] == "para" and not LABEL.match(s) and not s.startswith("att ")
              and not re.match(r"^M[öo]tet beslutar$", blocks[-1][1])
              # across a blank line only a sentence cut in the middle continues (PDF-extracted
              # sources put blank lines between the lines of one paragraph)
              and (not gap or (blocks[-1][1][-1] not in ".:;!?" and s[0].islower()))):
            blocks[-1] = ("para", blocks[-1][1] + " " + s)
        else:
            blocks.append(("para", s))
        gap = False
    return title, [b for b in blocks if b != ("table", [])]


# --- blocks -> PDF ------------------------------------------------------------------------------
def _register_fonts() -> None:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=5)
STYLES = {
    "para": BODY,
    "title": ParagraphStyle("title", BODY, fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=10),
    "heading": ParagraphStyle("heading", BODY, fontName="DejaVu-Bold", fontSize=11, spaceBefore=8),
    "label": ParagraphStyle("label", BODY, fontName="DejaVu-Bold", spaceBefore=4, spaceAfter=2),
    "item": ParagraphStyle("item", BODY, leftIndent=8 * mm, bulletIndent=3 * mm, spaceAfter=1),
}


def _story(blocks: list[tuple[str, object]], width: float) -> list:
    story = []
    for kind, content in blocks:
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":  # borderless, row-major in source order, as the flattened sources read
            cells = list(content) + [""] * (len(content) % 2)
            table = Table([cells[i:i + 2] for i in range(0, len(cells), 2)], colWidths=[width / 2] * 2, hAlign="LEFT")
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 10),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story += [table, Spacer(1, 6)]
        elif kind == "item":
            story.append(Paragraph(escape(content), STYLES["item"], bulletText="-"))
        else:
            story.append(Paragraph(escape(content), STYLES[kind]))
    return story


def typeset(text: str, pdf: Path) -> None:
    """A4, running header above the body and "Sidan N av M" below it, in that content-stream order
    (header drawn at page start, footer at page end) so `pdftotext -raw` reads header, body, footer."""
    _register_fonts()
    title, blocks = to_blocks(text)
    width, height = A4
    pages = 0

    def header(c, doc):
        c.saveState()
        c.setFont("DejaVu", 8)
        c.drawString(25 * mm, height - 15 * mm, title)
        c.setLineWidth(0.4)
        c.line(25 * mm, height - 16.5 * mm, width - 25 * mm, height - 16.5 * mm)
        c.restoreState()

    def footer(c, doc):
        c.saveState()
        c.setFont("DejaVu", 8)
        c.drawRightString(width - 25 * mm, 12 * mm, f"Sidan {doc.page} av {pages or '?'}")
        c.restoreState()

    for _ in range(2):  # the first pass only counts pages, so that the second can print "av M"
        doc = BaseDocTemplate(str(pdf), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                              bottomMargin=22 * mm, title=title, author="Protokoll tests")
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=header, onPageEnd=footer)])
        doc.build(_story(blocks, doc.width))
        pages = doc.page


# --- PDF -> text ----------------------------------------------------------------------------------
def degrade(png: Path, seed: str) -> Path:
    """A cheap office scan: slight skew, soft focus, sensor noise, heavy JPEG. Deterministic per seed."""
    rng = random.Random(seed)
    img = Image.open(png).convert("L")
    img = img.rotate(rng.choice((-1, 1)) * rng.uniform(0.5, 1.0), resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # randbytes rather than Image.effect_noise, which uses the C rand() and is not seedable
    noise = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height)).point(lambda v: v * 25 // 255)
    img = ImageChops.add(img, noise, offset=-12)  # zero-mean, +-12 grey levels
    jpg = png.with_suffix(".jpg")
    img.save(jpg, quality=35, dpi=(150, 150))
    return jpg


def ocr(pdf: Path, kind: str, dest: Path) -> None:
    lang, dpi, degraded = OCR[kind]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # the process pool is the parallelism
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        texts = []
        for number, png in enumerate(pages, 1):
            image = degrade(png, f"{pdf.stem}:{number}") if degraded else png
            result = subprocess.run(["tesseract", str(image), "stdout", "-l", lang], env=env,
                                    capture_output=True, text=True, check=True)
            texts.append(result.stdout.rstrip("\f"))
    dest.write_text("\f".join(texts), encoding="utf-8")


def scan(pdf: Path, dest: Path, dpi: int = 150) -> Path:
    """An image-only PDF of ``pdf`` as a cheap office scan makes it (see ``degrade``): no text layer."""
    if _fresh(dest, pdf):
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pngs = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        pages = [Image.open(degrade(png, f"{pdf.stem}:scan:{n}")).convert("L") for n, png in enumerate(pngs, 1)]
        pages[0].save(dest, save_all=True, append_images=pages[1:], resolution=dpi)
    return dest


def _fresh(output: Path, *deps: Path) -> bool:
    return output.exists() and output.stat().st_mtime >= max(d.stat().st_mtime for d in (*deps, SELF))


def _render_pdf(source: Path, out: Path, kinds: tuple[str, ...]) -> list[tuple[str, float, bool]]:
    """Typeset one source and run pdftotext; returns (kind, seconds, cached) per step."""
    pdf, timings = out / f"{source.stem}.pdf", []
    start, cached = time.perf_counter(), _fresh(pdf, source)
    if not cached:
        typeset(source.read_text(encoding="utf-8", errors="replace"), pdf)
    timings.append(("pdf", time.perf_counter() - start, cached))
    for kind in ("layout", "raw"):
        dest = out / f"{source.stem}.{kind}.txt"
        if kind in kinds:
            start, cached = time.perf_counter(), _fresh(dest, pdf)
            if not cached:
                subprocess.run(["pdftotext", f"-{kind}", "-enc", "UTF-8", str(pdf), str(dest)], check=True)
            timings.append((kind, time.perf_counter() - start, cached))
    return timings


def _render_ocr(pdf: Path, kind: str) -> list[tuple[str, float, bool]]:
    dest = pdf.with_name(f"{pdf.stem}.{kind}.txt")
    start, cached = time.perf_counter(), _fresh(dest, pdf)
    if not cached:
        ocr(pdf, kind, dest)
    return [(kind, time.perf_counter() - start, cached)]


def build(inputs: list[Path], gold_dir: Path | None, out: Path, kinds=KINDS, jobs: int = 2,
          timings: dict | None = None) -> Path:
    """Render every input; returns the manifest path. `timings`, if given, gets kind -> [seconds, files, cached]."""
    kinds = tuple(kinds)
    if set(kinds) - set(KINDS):
        raise ValueError(f"unknown kinds {sorted(set(kinds) - set(KINDS))}; choose from {KINDS}")
    out.mkdir(parents=True, exist_ok=True)
    inputs = sorted(Path(p) for p in inputs)
    results = []
    # Two phases: PDFs first (cheap), then one task per (file, OCR kind) so slow OCR spreads evenly.
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        results += pool.map(_render_pdf, inputs, [out] * len(inputs), [kinds] * len(inputs))
        ocr_tasks = [(out / f"{p.stem}.pdf", k) for p in inputs for k in kinds if k in OCR]
        results += pool.map(_render_ocr, *zip(*ocr_tasks)) if ocr_tasks else []
    for kind, seconds, cached in (t for r in results for t in r) if timings is not None else ():
        entry = timings.setdefault(kind, [0.0, 0, 0])
        entry[:] = [entry[0] + seconds, entry[1] + 1, entry[2] + cached]
    lines = []
    for source in inputs:
        gold = Path(gold_dir) / f"{source.stem}.json" if gold_dir else None
        if gold and gold.exists():
            rel = os.path.relpath(gold.resolve(), out.resolve())
            lines += [f"{source.stem}.{kind}.txt {rel}" for kind in kinds]
    manifest = out / "manifest.txt"
    manifest.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=Path, required=True, help="directory of minutes *.txt")
    ap.add_argument("--gold", type=Path, help="directory of gold <stem>.json (for the manifest)")
    ap.add_argument("--out", type=Path, required=True, help="output directory (keep it under build/)")
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated subset of {','.join(KINDS)}")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    a = ap.parse_args(argv)
    sources, kinds = sorted(a.inputs.glob("*.txt")), [k.strip() for k in a.kinds.split(",") if k.strip()]
    if not sources or set(kinds) - set(KINDS):
        ap.error(f"need *.txt in {a.inputs} and --kinds from {','.join(KINDS)}")
    timings: dict = {}
    start = time.perf_counter()
    manifest = build(sources, a.gold, a.out, kinds, a.jobs, timings)
    for kind, (seconds, files, cached) in timings.items():
        print(f"{kind:12} {seconds:7.1f} s over {files} files ({cached} cached)")
    print(f"wall {time.perf_counter() - start:.1f} s with {a.jobs} jobs; manifest {manifest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
