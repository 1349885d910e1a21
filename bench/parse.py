"""Parse throughput on one core: documents/s and µs per KB, against a baseline measured in the same run.

Baseline: reading and decoding the same files (what any consumer of the text must pay). Inputs are
../shared/seeds when present, else the bundled examples. Run: .venv/bin/python bench/parse.py [--seconds S]
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from protokoll.pipeline import parse_text
from protokoll.read.text import decode

ROOT = Path(__file__).resolve().parent.parent


def inputs() -> list[Path]:
    seeds = ROOT.parent / "shared" / "seeds"
    return sorted((seeds if seeds.is_dir() else ROOT / "examples").glob("*.txt"))


def rate(fn, items, seconds: float) -> tuple[int, float, float]:
    """(documents processed, elapsed seconds, CPU seconds of this process) running fn over items repeatedly for
    about ``seconds``. The CPU time stays steady where other processes share the core and the wall clock does not."""
    n, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for item in items:
            fn(item)
        n += len(items)
    return n, time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    files = inputs()
    blobs = [(str(p), p.read_bytes()) for p in files]
    kb = sum(len(b) for _, b in blobs) / 1024

    start = time.perf_counter()
    for name, data in blobs:
        parse_text(decode(data, name), name)
    cold = time.perf_counter() - start  # includes loading the Swedish lexicon once

    base_n, base_t, _ = rate(lambda nb: decode(nb[1], nb[0]), blobs, args.seconds / 3)
    n, t, cpu = rate(lambda nb: parse_text(decode(nb[1], nb[0]), nb[0]), blobs, args.seconds)
    per_doc = t / n
    base_per_doc = base_t / base_n
    print(f"inputs           {len(files)} files, {kb:.1f} KB ({files[0].parent})")
    print(f"first pass       {cold * 1000:.0f} ms for all files (lexicon load, cold caches)")
    print(f"baseline decode  {base_n / base_t:,.0f} documents/s")
    print(f"parse            {n / t:,.0f} documents/s, {per_doc / (kb / len(files)) * 1e6:,.0f} µs per KB")
    print(f"parse (CPU time) {n / cpu:,.0f} documents/s of this process's CPU time (steady under load)")
    print(f"ratio            parse / decode = {per_doc / base_per_doc:,.0f}x")
    print(f"target           500 documents/s: {'met' if n / t >= 500 else 'NOT met'}")


if __name__ == "__main__":
    main()
