"""The project's scorer (../shared/eval/score.py) run in this process: its own case discovery, tallies
and report, with `protokoll parse --json FILE` replaced by the same parse in the test process.

Starting a Python per document costs about a second of interpreter and import time each; over the
136 own genre fixtures that was minutes of the suite. The record is the CLI's: `commands.parse` calls
``pipeline.parse_file(path, options, max_bytes)`` with default options and prints ``to_json()``, which
is what ``parse_json`` does (through a JSON round trip, as the scorer reads it from stdout).
tests/test_seeds.py keeps the whole real path: score.py starting `protokoll parse --json` per seed.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path


def load_scorer(score_script: Path):
    """score.py as a module (a fresh one each call, so that patching it stays local)."""
    spec = importlib.util.spec_from_file_location("protokoll_test_score", score_script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_json(path) -> dict:
    """What `protokoll parse --json PATH` prints, parsed back; raises as the CLI would exit non-zero."""
    from protokoll.pipeline import parse_file

    return json.loads(json.dumps(parse_file(Path(path)).to_json(), ensure_ascii=False))


def _in_process(cmd, path):
    return parse_json(path)


def score_report(score_script: Path, *args: str) -> dict:
    """The report of `score.py --run 'protokoll parse --json {}' ARGS --json`, parsing in this process.

    ``args`` are score.py's own (``--inputs DIR --gold DIR`` or ``--manifest FILE``)."""
    scorer = load_scorer(score_script)
    scorer.run_cmd = _in_process  # the one seam: every document's record comes from parse_json
    out = io.StringIO()
    argv = [str(score_script), "--run", "protokoll parse --json {}", *map(str, args), "--json"]
    saved = sys.argv
    try:
        sys.argv = argv
        with contextlib.redirect_stdout(out):
            scorer.main()
    finally:
        sys.argv = saved
    return json.loads(out.getvalue())


def assert_floors(score_script: Path, texts: Path, gold: Path, overall_floor: float, document_floor: float) -> None:
    """A text set scored by the project's scorer keeps its floors: no error, the overall score at least
    ``overall_floor`` and every document at least ``document_floor`` (a failure names the misses)."""
    report = score_report(score_script, "--inputs", texts, "--gold", gold)
    assert report["errors"] == []
    assert report["overall"] >= overall_floor, report["misses"]
    for name, score in report["documents"].items():
        assert score >= document_floor, (name, [m for m in report["misses"] if m.startswith(name)])
