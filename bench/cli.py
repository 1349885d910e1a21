"""CLI benchmark: whole-process time of the commands people wait for, against a bare interpreter.

Each command runs as its own process, N times (default 9), in rounds: every round runs the baseline
``python -c pass`` (this interpreter), ``protokoll parse --json ONE.txt``, ``protokoll search QUERY --db X``,
``protokoll meetings --db X`` and the raw FTS5 query (the same MATCH, ranking and limit as the archive's
search, with snippets) in a ``python -c`` that imports only ``sqlite3``. Rounds pair the runs, so load from
other processes falls on all of them alike. X is an archive of the bundled examples that the benchmark
builds first (``protokoll ingest``) in a temporary folder.

Reported: the median wall time and the median CPU time (user + system of the child, steadier than wall
time on a loaded machine) of each, and the ratios. Targets (issue 12): parse ≤ 10× ``python -c pass``;
search ≤ 5× the raw FTS5 query.

    .venv/bin/python bench/cli.py
    .venv/bin/python bench/cli.py --runs 15 --query "budget" --file examples/2024-10-18_kommundirektorsmote.txt

Bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX) and each command runs once before it is
measured, as after an install: with PYTHONDONTWRITEBYTECODE every run would compile our sources again.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSE_TARGET = 10.0  # × python -c pass
SEARCH_TARGET = 5.0  # × the raw FTS5 query

# The archive's SQLite search (protokoll.store.reads.fts5_ranked, which archive.search.hits runs) with
# snippets, and nothing else.
RAW_FTS5 = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    "SELECT id, title, snip FROM ("
    " SELECT rowid AS id, title, bm25(item_search, {weight}, 1.0) AS score,"
    " snippet(item_search, 1, '<mark>', '</mark>', '…', 24) AS snip FROM item_search"
    " WHERE item_search MATCH ? ORDER BY rowid DESC LIMIT {candidates}"
    ") ORDER BY score, id DESC LIMIT {limit}", (sys.argv[2],)).fetchall()
for row in rows:
    print(*row)
"""


def run_once(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one run; a failed run stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {done.returncode}\n{done.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=9, help="runs of each command (the median is reported)")
    ap.add_argument("--query", default="budget", help="the search query")
    ap.add_argument("--file", type=Path, default=sorted((ROOT / "examples").glob("*.txt"))[0],
                    help="the minutes parsed")
    args = ap.parse_args()

    from protokoll.archive.search import CANDIDATES, TITLE_WEIGHT, parse_query

    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="protokoll-bench-cli-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        db_file = Path(tmp) / "examples.db"
        db = f"sqlite:///{db_file}"
        run_once([py, "-m", "protokoll", "ingest", str(ROOT / "examples"), "--db", db], env)
        fts5 = parse_query(args.query).fts5()
        commands = {
            "python -c pass": [py, "-c", "pass"],
            "parse --json": [py, "-m", "protokoll", "parse", "--json", str(args.file)],
            "search": [py, "-m", "protokoll", "search", args.query, "--db", db],
            "meetings": [py, "-m", "protokoll", "meetings", "--db", db],
            "raw FTS5 (sqlite3)": [py, "-c", RAW_FTS5.format(weight=TITLE_WEIGHT, candidates=CANDIDATES, limit=20),
                                   str(db_file), fts5],
        }
        for cmd in commands.values():  # warm: bytecode written, files in the page cache
            run_once(cmd, env)
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                wall, cpu = run_once(cmd, env)
                walls[name].append(wall)
                cpus[name].append(cpu)

    wall = {name: statistics.median(v) for name, v in walls.items()}
    cpu = {name: statistics.median(v) for name, v in cpus.items()}
    print(f"{py}  runs={args.runs}  file={args.file.name}  query={args.query!r} (FTS5 {fts5})")
    print(f"{'command':22} {'wall ms':>9} {'cpu ms':>9}")
    for name in commands:
        print(f"{name:22} {wall[name] * 1000:9.1f} {cpu[name] * 1000:9.1f}")
    base, raw = "python -c pass", "raw FTS5 (sqlite3)"
    print("ratios (wall / cpu):")
    for name, against, target in (("parse --json", base, PARSE_TARGET), ("search", base, None),
                                  ("meetings", base, None), ("search", raw, SEARCH_TARGET)):
        goal = f"  target ≤ {target:g}×" if target else ""
        print(f"  {name} / {against}: {wall[name] / wall[against]:.1f}× / {cpu[name] / max(cpu[against], 1e-9):.1f}×"
              + goal)


if __name__ == "__main__":
    main()
