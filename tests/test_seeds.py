"""The real seed minutes in ../shared, scored by the project's scorer (skipped where ../shared is absent).

This is the suite's end-to-end run of the scoring path as ../shared/eval/score.py is used: a
`protokoll parse --json` program per document. Other corpora are scored in-process (tests/scoring.py)."""
import json
import subprocess
import sys

from conftest import SHARED


def test_seed_scores(seeds_dir, score_script):
    cmd = f"{sys.executable} -m protokoll parse --json {{}}"
    proc = subprocess.run([sys.executable, str(score_script), "--run", cmd, "--inputs", str(seeds_dir),
                           "--gold", str(SHARED / "gold"), "--json"], capture_output=True, text=True, timeout=600)
    report = json.loads(proc.stdout)
    assert report["errors"] == []
    assert report["overall"] >= 0.97, report["misses"]
    for name, score in report["documents"].items():
        assert score >= 0.95, (name, [m for m in report["misses"] if m.startswith(name)])
