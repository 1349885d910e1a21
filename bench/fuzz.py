"""A longer fuzz campaign against `protokoll parse`: counts of how each generated input ended.

Inputs are those of tests/test_fuzz.py (random bytes, damaged PDFs and DOCX, entity bombs, mutated
minutes, broken UTF-16, 1 MB lines) at ``--scale`` times the count, from ``--seed``. Every input must
end in exit 0, 3, 4 or 5 with at most a one-line error; anything else is printed.

    .venv/bin/python bench/fuzz.py --seed 1 --scale 5            # about 2,000 inputs
    .venv/bin/python bench/fuzz.py --real-ocr                    # let Tesseract OCR damaged PDFs (slow)
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import fuzz_support  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=int, default=3, help="multiply the count of every family of inputs")
    ap.add_argument("--seconds", type=float, default=20.0, help="time limit per input (a hang beyond it)")
    ap.add_argument("--real-ocr", action="store_true", help="run Tesseract instead of the instant fake")
    ap.add_argument("--ocr", default=None, help="pass --ocr auto|always|never to protokoll parse")
    args = ap.parse_args()

    from protokoll.read import ocr

    if not args.real_ocr and hasattr(ocr, "run_tesseract"):
        ocr.run_tesseract = fuzz_support.fake_tesseract
    cli_args = ("--dpi", "72") + (("--ocr", args.ocr) if args.ocr else ())
    items = fuzz_support.cases(args.seed, args.scale, tuple(fuzz_support.LONG_LINES))
    bad = []
    started = time.perf_counter()

    def report(name, outcome, output):
        if outcome not in {f"exit {c}" for c in fuzz_support.OK_EXITS}:
            bad.append((name, outcome, output.strip().splitlines()[-1:] if output.strip() else []))
            print(f"  {name}: {outcome} {bad[-1][2]}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        counts = fuzz_support.Counter()
        for outcome, n in fuzz_support.campaign(Path(tmp), items, args.seconds, report).items():
            counts[outcome] += n
    print(f"{len(items)} inputs in {time.perf_counter() - started:.0f} s (seed {args.seed}, scale {args.scale})")
    for outcome, n in sorted(counts.items()):
        print(f"  {outcome:10} {n}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
