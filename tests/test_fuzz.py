"""Fuzz: a few hundred generated hostile inputs (fixed seed) through `protokoll parse`, in-process.

Each must end in a documented exit code (0, 3, 4, 5) with no traceback, within a time limit. Tesseract
is replaced by an instant fake (the OCR wrapper's failure-injection seam), so damaged PDFs still go
through PDFium's rendering path. bench/fuzz.py runs longer campaigns.
"""
from __future__ import annotations

import pytest

import fuzz_support
from protokoll.read import ocr

SEED = 10
PER_INPUT_SECONDS = 20.0


@pytest.fixture(autouse=True)
def instant_tesseract(monkeypatch):
    monkeypatch.setattr(ocr, "run_tesseract", fuzz_support.fake_tesseract)
    ocr.languages.cache_clear()
    yield
    ocr.languages.cache_clear()


def test_fuzz_inputs_end_in_a_documented_exit_code(tmp_path):
    items = fuzz_support.cases(SEED)
    assert len(items) >= 400
    failures = []

    def report(name, outcome, output):
        code = outcome.removeprefix("exit ")
        errors = [line for line in output.splitlines() if line.startswith("protokoll:")
                  and ": warning:" not in line]
        if not code.isdigit() or int(code) not in fuzz_support.OK_EXITS or len(errors) > 1:
            failures.append(f"{name}: {outcome}: {output.strip()[-300:]}")

    counts = fuzz_support.campaign(tmp_path, items, PER_INPUT_SECONDS, report)
    assert not failures, f"{counts}\n" + "\n".join(failures)
