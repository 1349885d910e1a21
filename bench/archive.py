"""Archive benchmark: ingest rate, database size and search latency on a synthetic archive.

The archive is built by recombining the items of parsed minutes (../shared/seeds when present, plus
the bundled examples) into new meetings on consecutive days: each synthetic meeting takes one real
header and attendance list, 6–10 items drawn at random, and due dates and scheduled dates shifted by
as many days as the meeting was. Documents go through the same ``archive.ingest.save`` as ``protokoll
ingest`` (one transaction each, reconciliation included); parsing is left out (bench/parse.py
measures it).

Reported per backend: ingest rate (meetings/s), resident memory at 10 %, 50 % and 100 % of the
ingest (flat is the target), database size, and search latency p50/p95 over a fixed set of queries
through ``archive.search`` (ranking and snippets included). Targets: p95 ≤ 50 ms.

    .venv/bin/python bench/archive.py                      # 3,000 meetings, SQLite and PostgreSQL
    .venv/bin/python bench/archive.py --meetings 100000    # the full size (13 min SQLite, ~30 min PostgreSQL)
    .venv/bin/python bench/archive.py --backend sqlite

With fewer than 100,000 meetings the ingest time is extrapolated linearly (measured rates are flat,
see the 10/50/100 % columns); search latency is what was measured at the size built, not a guess.
PostgreSQL: --pg-url (default postgresql+psycopg://postgres@127.0.0.1:5432/test); the benchmark
works in a schema of its own and drops it afterwards. Skipped with a message when no server answers.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from protokoll import archive
from protokoll.archive.ingest import save
from protokoll.archive.search import TIDY_EVERY, tidy
from protokoll.model import Protocol, SourceFile
from protokoll.pipeline import parse_file
from protokoll.store.db import open_database

ROOT = Path(__file__).resolve().parent.parent
FULL = 100_000
QUERIES = [
    "krisberedskap", "krisberedskapsradet", "samverkan", "informationen", "regionplanen", "traineeprojekt",
    "kvinnojourer", "IT-säkerhet", "studieresa", "yttrande transportinfrastrukturplan",
    "sekretariatschef dialog", "budget", "och", "Dahlmann", "årsredovisning", "potentialutredningen",
    "civilt försvar", "kollektivtrafik", "handlingsplan", "Helsingborg", "näringsliv destination",
    "ledarskapsutbildningar", "idrottsgala", "attraktiva boendemiljöer", "specialistkompetenser",
]


def inputs() -> list[Path]:
    seeds = ROOT.parent / "shared" / "seeds"
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    return files + sorted((ROOT / "examples").glob("*.txt"))


def _shift(value: dt.date | None, days: int) -> dt.date | None:
    return value + dt.timedelta(days=days) if value else None


def synthetic(protocols: list[Protocol], n: int, seed: int = 7):
    """``n`` meetings on consecutive days from 1990-01-01, recombined from ``protocols``."""
    rng = random.Random(seed)
    pool = [(p.date, item) for p in protocols for item in p.items]
    start = dt.date(1990, 1, 1)
    for i in range(n):
        base = protocols[i % len(protocols)]
        date = start + dt.timedelta(days=i)
        items = []
        for origin, item in rng.sample(pool, rng.randint(6, min(10, len(pool)))):
            days = (date - origin).days
            copy = item.model_copy(deep=True)
            for node in [copy, *copy.subitems]:
                for decision in node.decisions:
                    for action in decision.actions:
                        action.due = _shift(action.due, days)
            items.append(copy)
        days = (date - base.date).days
        scheduled = [s.model_copy(update={"date": _shift(s.date, days)}) for s in base.scheduled_meetings]
        yield base.model_copy(update={
            "date": date, "number": i % 12 + 1, "items": items, "scheduled_meetings": scheduled,
            "source_file": SourceFile(path=f"synthetic/{i:06d}.txt",
                                      sha256=hashlib.sha256(f"synthetic {i}".encode()).hexdigest()),
        })


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def size_mb(db, sqlite_path: Path | None) -> float:
    if sqlite_path is not None:
        with db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(p.stat().st_size for p in sqlite_path.parent.glob(sqlite_path.name + "*")) / 2**20
    with db.engine.connect() as c:
        return c.execute(text(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind = 'r'")).scalar() / 2**20


def run(label: str, url: str, protocols: list[Protocol], n: int, rounds: int,
        sqlite_path: Path | None = None) -> None:
    db = open_database(url)
    memory = {}
    marks = {max(1, n // 10): "10%", max(1, n // 2): "50%", n: "100%"}
    start = time.perf_counter()
    for i, protocol in enumerate(synthetic(protocols, n), 1):
        with db.write() as session:
            save(session, protocol)
        if i % TIDY_EVERY == 0:  # as `protokoll ingest` does
            tidy(db.engine)
        if i in marks:
            memory[marks[i]] = (rss_mb(), i / (time.perf_counter() - start))
            print(f"  ... {label}: {i:,} meetings, {memory[marks[i]][1]:,.0f}/s, "
                  f"RSS {memory[marks[i]][0]:,.0f} MB", flush=True)
    elapsed = time.perf_counter() - start
    if db.dialect == "postgresql":
        with db.engine.begin() as c:
            c.exec_driver_sql("ANALYZE")
    size = size_mb(db, sqlite_path)

    for q in QUERIES:  # warm-up: caches and the first compile of each statement
        archive.search(q, db=db)
    timings = []
    for _ in range(rounds):
        for q in QUERIES:
            t0 = time.perf_counter()
            archive.search(q, db=db)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(0.95 * (len(timings) - 1))]
    slowest = max(QUERIES, key=lambda q: _time(db, q))
    db.close()

    rate = n / elapsed
    print(f"\n{label}: {n:,} meetings")
    print(f"  ingest        {rate:,.0f} meetings/s ({elapsed:,.1f} s)"
          + ("" if n >= FULL else f"; {FULL:,} meetings would take about {FULL / rate / 60:,.1f} min at this rate"))
    print("  memory (RSS)  " + ", ".join(f"{k}: {v[0]:,.0f} MB" for k, v in memory.items()))
    print("  rate by then  " + ", ".join(f"{k}: {v[1]:,.0f}/s" for k, v in memory.items()))
    print(f"  database      {size:,.1f} MB ({size * 1024 / n:,.1f} KB per meeting"
          + ("" if n >= FULL else f"; about {size * FULL / n / 1024:,.1f} GB at {FULL:,}") + ")")
    print(f"  search        p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(timings)} queries "
          f"({len(QUERIES)} distinct × {rounds}); slowest query: {slowest!r}")
    print(f"  target        p95 ≤ 50 ms: {'met' if p95 <= 50 else 'NOT met'}"
          + ("" if n >= FULL else f" (at {n:,} meetings)"))


def _time(db, q: str) -> float:
    t0 = time.perf_counter()
    archive.search(q, db=db)
    return time.perf_counter() - t0


def postgres_schema(base: str):
    """A fresh schema on the server, or None when none answers."""
    try:
        engine = create_engine(base)
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with engine.begin() as c:
            c.exec_driver_sql(f"CREATE SCHEMA {schema}")
        return engine, schema
    except Exception as err:  # noqa: BLE001 - any failure to connect means: skip
        print(f"\nPostgreSQL: skipped, no server at {base} ({str(err).splitlines()[0]})")
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--meetings", type=int, default=3000, help="meetings to build (100000 for the full run)")
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    ap.add_argument("--rounds", type=int, default=5, help="times each query is timed")
    args = ap.parse_args()

    protocols = [p for p in (parse_file(path) for path in inputs()) if p.date and p.items]
    print(f"inputs        {len(protocols)} parsed minutes, {sum(len(p.items) for p in protocols)} items "
          f"to recombine; {os.cpu_count()} cores; Python {sys.version.split()[0]}")
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            run("SQLite (WAL)", f"sqlite:///{path}", protocols, args.meetings, args.rounds, sqlite_path=path)
    if args.backend in ("postgresql", "both"):
        found = postgres_schema(args.pg_url)
        if found:
            engine, schema = found
            try:
                run("PostgreSQL", f"{args.pg_url}?options=-csearch_path%3D{schema}", protocols, args.meetings,
                    args.rounds)
            finally:
                with engine.begin() as c:
                    c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
                engine.dispose()


if __name__ == "__main__":
    main()
