"""Fingerprint the parser's output on every text we have, so a speed change can be shown to change nothing.

Writes one line per input: sha1 of the ``protokoll parse --json --provenance`` object (through
``pipeline.parse_file``, the CLI's path), sha1 of ``parse_text`` on the decoded text, or of the error
either raised, and sha1 of the ``protokoll parse --json`` object (the plain record's JSON,
``pipeline.parse_file_record``: the CLI's path without --provenance); and of ``parse_text`` on prefixes of
each text. Compare two runs with ``diff``. Run from the repository root:
    PYTHONPATH=$PWD/src .venv/bin/python bench/identical.py > before.txt
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from protokoll import record
from protokoll.pipeline import parse_file, parse_file_record, parse_text
from protokoll.read.text import decode

ROOT = Path(__file__).resolve().parent.parent
DIRS = [ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "genre" / "texts", ROOT / "tests" / "fixtures",
        ROOT / "examples"]
PREFIXES = (0.25, 0.5, 0.75)


def inputs() -> list[Path]:
    found: list[Path] = []
    for d in DIRS:
        if d.is_dir():
            found.extend(sorted(d.rglob("*.txt")))
            found.extend(sorted(d.rglob("*.pdf")))  # their text layers are parser input too
    return found


def digest(fn, write=lambda protocol: protocol.to_json(provenance=True)) -> str:
    try:
        data = write(fn())
    except Exception as err:  # the error is output too: it must not change either
        data = {"error": type(err).__name__, "message": str(err)}
    return hashlib.sha1(json.dumps(data, ensure_ascii=False, indent=2).encode()).hexdigest()


def main() -> None:
    for path in inputs():
        via_file = digest(lambda: parse_file(path))
        via_text = "-" if path.suffix == ".pdf" else \
            digest(lambda: parse_text(decode(path.read_bytes(), str(path)), str(path)))
        plain = digest(lambda: parse_file_record(path)[0], record.plain_json)
        print(f"{via_file} {via_text} {plain} {path}")
        if path.suffix == ".txt":  # prefixes cut at a line: more shapes (a table or roll cut short) for free
            text = decode(path.read_bytes(), str(path))
            lines = text.splitlines(keepends=True)
            for share in PREFIXES:
                prefix = "".join(lines[:max(1, int(len(lines) * share))])
                print(f"{digest(lambda: parse_text(prefix, str(path)))} {share} {path}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
