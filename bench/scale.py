"""Scanned pages/s with 1 and 2 Dask workers, against reading the same scans in this process.

The same scanned pages (image-only PDFs of the genre renderings, made with tests/renderings.py's scan
and kept in build/bench-scale/) are parsed three ways in one run:
- in process: ``pipeline.parse_file`` one file after another, OCR on one process (the baseline);
- ``protokoll.scale`` on a LocalCluster of 1 worker process;
- ``protokoll.scale`` on a LocalCluster of 2 worker processes (one Tesseract each).
Issue 12 asks 2 workers ≥ 1.7 × the pages/s of 1 worker. Needs Tesseract and poppler-utils.

Run: .venv/bin/python bench/scale.py [--pages 40]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def scans(pages: int) -> list[Path]:
    """Image-only PDFs holding ``pages`` scanned pages in all (whole documents, the last one cut short)."""
    import pypdfium2 as pdfium

    import renderings

    out = ROOT / "build" / "bench-scale"
    out.mkdir(parents=True, exist_ok=True)
    found, total = [], 0
    for pdf in sorted((ROOT / "tests/fixtures/renderings/genre").glob("*.pdf")):
        scan = renderings.scan(pdf, out / f"{pdf.stem}.scan.pdf", dpi=200)
        n = len(pdfium.PdfDocument(scan))
        if total + n > pages:
            continue
        found.append(scan)
        total += n
        if total == pages:
            break
    return found


def page_count(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    return sum(len(pdfium.PdfDocument(f)) for f in files)


def in_process(files: list[Path]) -> float:
    from protokoll.pipeline import parse_file
    from protokoll.read import Options

    start = time.perf_counter()
    for f in files:
        parse_file(f, Options(workers=1))
    return time.perf_counter() - start


def on_cluster(files: list[Path], workers: int) -> float:
    from protokoll import scale

    with scale.Cluster(workers=workers) as cluster:
        start = time.perf_counter()  # the cluster's start-up is not the work
        results = list(scale.parse_files(files, cluster))
        elapsed = time.perf_counter() - start
    failed = [r for r in results if r.error]
    if failed:
        raise SystemExit(f"{len(failed)} files failed: {failed[0].error}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=40)
    args = ap.parse_args()
    files = scans(args.pages)
    pages = page_count(files)
    print(f"{pages} scanned pages in {len(files)} files")
    base = in_process(files)
    print(f"in process          {pages / base:6.2f} pages/s  (baseline)")
    one = on_cluster(files, 1)
    print(f"Dask, 1 worker      {pages / one:6.2f} pages/s  {base / one:5.2f} x baseline")
    two = on_cluster(files, 2)
    print(f"Dask, 2 workers     {pages / two:6.2f} pages/s  {base / two:5.2f} x baseline  {one / two:5.2f} x 1 worker")


if __name__ == "__main__":
    main()
