"""The parser on renderings of minutes: pdftotext -layout/-raw, Tesseract swe 300 dpi, eng 150 dpi degraded.

The example minutes' renderings are committed fixtures (tests/fixtures/renderings, made by
tests/renderings.py); the seeds' renderings are built at test time into build/ (never committed).
"""
import json
import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT, SHARED
from golden import score

from protokoll.pipeline import parse_file

RENDERINGS = FIXTURES / "renderings"
CASES = sorted(RENDERINGS.glob("*.*.txt"))  # <stem>.<kind>.txt
if not CASES:
    raise RuntimeError("tests/fixtures/renderings is empty: run tests/renderings.py on examples/")


def _gold(path):
    stem = path.name.split(".")[0]
    return json.loads((ROOT / "examples" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def _assert_scores(score_script, manifest, minimum):
    """Score `protokoll parse --json` over a manifest with the project's scorer."""
    cmd = f"{sys.executable} -m protokoll parse --json {{}}"
    proc = subprocess.run([sys.executable, str(score_script), "--run", cmd, "--manifest", str(manifest), "--json"],
                          capture_output=True, text=True, timeout=1800)
    report = json.loads(proc.stdout)
    assert report["errors"] == []
    assert report["overall"] >= minimum, report["misses"]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_example_rendering_scores(path):
    ocr = ".ocr-" in path.name
    got = score(_gold(path), parse_file(path).to_json(), similar=0.85 if ocr else 1.0)
    assert got >= (0.85 if ocr else 0.95), path.name


def test_example_renderings_overall():
    scores = [score(_gold(p), parse_file(p).to_json(), similar=0.85 if ".ocr-" in p.name else 1.0) for p in CASES]
    assert sum(scores) / len(scores) >= 0.93


@pytest.mark.skipif(not (shutil.which("tesseract") and shutil.which("pdftotext")),
                    reason="Tesseract and poppler-utils are needed to render the seeds")
def test_seed_renderings_score(seeds_dir, score_script):
    sys.path.insert(0, str(ROOT / "tests"))
    import renderings

    manifest = renderings.build(sorted(seeds_dir.glob("*.txt")), SHARED / "gold", ROOT / "build" / "renderings")
    _assert_scores(score_script, manifest, 0.93)


@pytest.mark.skipif(not (shutil.which("tesseract") and shutil.which("pdftoppm")),
                    reason="Tesseract and poppler-utils are needed to scan and OCR the seeds")
def test_seed_pdfs_and_degraded_scans_score(seeds_dir, score_script):
    """`protokoll parse` on the PDFs themselves (text layer) and on 150 dpi degraded image-only scans."""
    sys.path.insert(0, str(ROOT / "tests"))
    import renderings

    out = ROOT / "build" / "renderings"
    renderings.build(sorted(seeds_dir.glob("*.txt")), SHARED / "gold", out, kinds=("layout",))
    lines = []
    for pdf in sorted(out.glob("*.pdf")):
        if pdf.name.endswith(".scan.pdf") or not (SHARED / "gold" / f"{pdf.stem}.json").exists():
            continue
        scan = renderings.scan(pdf, out / f"{pdf.stem}.scan.pdf")
        gold = SHARED / "gold" / f"{pdf.stem}.json"
        lines += [f"{pdf.name} {gold}", f"{scan.name} {gold}"]
    manifest = out / "pdf-manifest.txt"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _assert_scores(score_script, manifest, 0.93)
