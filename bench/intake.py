"""Intake cost against the bare tools, measured side by side in one run.

- text-layer PDFs: full `parse` (read + clean + parse) / bare pypdfium2 text extraction, target ≤ 1.5;
- scans: full `parse` of image-only PDFs / bare `tesseract` on the same page images, target ≤ 1.15;
- OCR pages per second with 1 and 2 workers.
Inputs: the example renderings (tests/fixtures/renderings/*.pdf) plus build/renderings/*.pdf if built.
Run: .venv/bin/python bench/intake.py [--repeat N] [--scan-pages N]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from protokoll.pipeline import parse_file
from protokoll.read import Options

ROOT = Path(__file__).resolve().parent.parent


def pdfs() -> list[Path]:
    """Typeset minutes with a text layer (the degraded *.scan.pdf copies the tests make are left out)."""
    found = sorted((ROOT / "tests" / "fixtures" / "renderings").glob("*.pdf")) + \
        sorted((ROOT / "build" / "renderings").glob("*.pdf"))
    return [p for p in found if not p.name.endswith(".scan.pdf")]


def bare_extract(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    text = []
    for page in doc:
        textpage = page.get_textpage()
        text.append(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return "\f".join(text)


def timed(fn, items, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            fn(item)
    return (time.perf_counter() - start) / repeat


def make_scans(files: list[Path], folder: Path, max_pages: int, dpi: int = 300) -> tuple[list[Path], list[Path]]:
    """Image-only PDFs of the first pages, and the same pages as PNG for bare tesseract."""
    from PIL import Image

    scans, pngs = [], []
    for path in files:
        doc = pdfium.PdfDocument(str(path))
        images = []
        for i in range(len(doc)):
            if len(pngs) >= max_pages:
                break
            image = doc[i].render(scale=dpi / 72, grayscale=True).to_pil()
            png = folder / f"{path.stem}-{i}.png"
            image.save(png)
            pngs.append(png)
            images.append(image)
        if images:
            scan = folder / f"{path.stem}.scan.pdf"
            images[0].save(scan, save_all=True, append_images=images[1:], resolution=dpi)
            scans.append(scan)
    return scans, pngs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20, help="repetitions of the text-layer measurement")
    ap.add_argument("--scan-pages", type=int, default=6, help="pages to OCR in the scan measurement")
    args = ap.parse_args()
    files = pdfs()
    if not files:
        raise SystemExit("no PDFs: run tests/renderings.py first")
    pages = sum(len(pdfium.PdfDocument(str(p))) for p in files)
    parse_file(files[0])  # load the lexicon and warm caches outside the measurement

    bare = timed(bare_extract, files, args.repeat)
    full = timed(parse_file, files, args.repeat)
    print(f"text-layer PDFs  {len(files)} files, {pages} pages")
    print(f"  bare pypdfium2 {bare / len(files) * 1000:7.2f} ms/file")
    print(f"  full parse     {full / len(files) * 1000:7.2f} ms/file   ratio {full / bare:.2f} (target ≤ 1.5)")

    with tempfile.TemporaryDirectory() as tmp:
        scans, pngs = make_scans(files, Path(tmp), args.scan_pages)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        start = time.perf_counter()
        for png in pngs:
            subprocess.run(["tesseract", str(png), "stdout", "-l", "swe"], env=env, capture_output=True, check=True)
        bare_ocr = time.perf_counter() - start
        results = {}
        for workers in (1, 2):
            start = time.perf_counter()
            for scan in scans:
                parse_file(scan, Options(ocr="always", dpi=300, workers=workers))
            results[workers] = time.perf_counter() - start
    n = len(pngs)
    print(f"scans            {len(scans)} image-only PDFs, {n} pages at 300 dpi")
    if not n:  # --scan-pages 0: the text-layer measurement alone
        return
    print(f"  bare tesseract {bare_ocr / n:7.2f} s/page (1 process, OMP_THREAD_LIMIT=1)")
    print(f"  full parse     {results[1] / n:7.2f} s/page with 1 worker   ratio {results[1] / bare_ocr:.2f} (target ≤ 1.15)")
    for workers, seconds in results.items():
        print(f"  pages/s        {n / seconds:7.2f} with {workers} worker{'s' if workers > 1 else ''}")


if __name__ == "__main__":
    main()
