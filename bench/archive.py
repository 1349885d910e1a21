"""Archive benchmark: ingest rate, database size and search latency on a synthetic archive.

The archive is built by recombining the items of parsed minutes (../shared/seeds when present, plus
the bundled examples) into new meetings on consecutive days: each synthetic meeting takes one real
header and attendance list, 6–10 items drawn at random, and due dates and scheduled dates shifted by
as many days as the meeting was. Documents go through the same ``archive.ingest.store_batch`` as
``protokoll ingest`` of a folder (``BATCH_DOCUMENTS`` documents a transaction, a savepoint each,
reconciliation included); parsing is left out (bench/parse.py measures it).

Reported per backend: ingest rate (meetings/s), resident memory at 10 %, 50 % and 100 % of the
ingest (flat is the target), database size, and search latency p50/p95 over a fixed set of queries
through ``archive.search`` (ranking and snippets included). Targets: p95 ≤ 50 ms.

Baseline (issue 12): the same documents also go, in the same run and interleaved batch by batch
(so load from other processes falls on all alike), into a bare store through the database driver
alone (``sqlite3``, ``psycopg``): per document one transaction that keeps its record (packed as the
archive packs it) and indexes its items' text (title, and the rest the archive indexes) — FTS5 with its
own tokenizer on SQLite, a generated ``tsvector`` with a GIN index on PostgreSQL, as ``item_search``.
The issue's target is against that store. Since ``protokoll ingest`` now batches documents per
transaction, a second bare store does the same writes batched as it is (one transaction per batch of
``BATCH_DOCUMENTS``), like with like; its ratio is reported too. Reported: the stores' time (making
the synthetic documents is left out of all) and the ratios. Targets: ``protokoll`` ingest ≤ 2× the
bare store on SQLite, ≤ 3× on PostgreSQL.

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
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from protokoll import archive
from protokoll.archive.ingest import BATCH_DOCUMENTS, Parsed, content_hash, store_batch
from protokoll.archive.search import TIDY_EVERY, item_texts, tidy
from protokoll.model import AGENDA, Protocol, SourceFile, walk
from protokoll.pipeline import parse_file
from protokoll.store import mapping
from protokoll.store.db import open_database

ROOT = Path(__file__).resolve().parent.parent
FULL = 100_000
BARE_TARGET = {"sqlite": 2.0, "postgresql": 3.0}  # protokoll ingest ÷ the bare store (issue 12)
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
            " WHERE n.nspname = current_schema() AND c.relkind = 'r'"  # the bare stores' tables are not the archive
            " AND c.relname NOT LIKE 'bare\\_%' AND c.relname NOT LIKE 'batched\\_%'")).scalar() / 2**20


def _bare_rows(protocol: Protocol) -> tuple[str, bytes, list[tuple[str, str]]]:
    """What the bare store keeps of a document: its hash, its packed record, its items' (title, text)."""
    items = [item_texts(item) for _, item in walk(protocol, lists=AGENDA)]
    return content_hash(protocol), mapping.pack(protocol), items


class BareSQLite:
    """The baseline on SQLite: a table of records and an FTS5 index of items, settings as the archive's;
    ``batched``: one transaction for all the documents of ``store``, else one each."""

    def __init__(self, path: Path, batched: bool = False) -> None:
        self.batched = batched
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", "cache_size = -16384"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE,"
                        " date TEXT, record BLOB NOT NULL)")
        self.db.execute("CREATE VIRTUAL TABLE item_search USING fts5(title, body, document_id UNINDEXED,"
                        " tokenize = 'unicode61 remove_diacritics 2')")

    def store(self, protocols: list[Protocol]) -> None:
        if self.batched:
            self.db.execute("BEGIN")
        for protocol in protocols:
            sha, record, items = _bare_rows(protocol)
            if not self.batched:
                self.db.execute("BEGIN")
            doc = self.db.execute("INSERT INTO documents (sha256, date, record) VALUES (?, ?, ?)",
                                  (sha, protocol.date.isoformat() if protocol.date else None, record)).lastrowid
            self.db.executemany("INSERT INTO item_search (title, body, document_id) VALUES (?, ?, ?)",
                                [(title, body, doc) for title, body in items])
            if not self.batched:
                self.db.execute("COMMIT")
        if self.batched:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()


class BarePostgreSQL:
    """The baseline on PostgreSQL: a table of records and the items' text with a generated ``tsvector``
    under a GIN index (as the archive's ``item_search``), in the benchmark's schema (``prefix`` on its
    tables' names); ``batched``: one transaction for all the documents of ``store``, else one each."""

    def __init__(self, url: str, schema: str, batched: bool = False, prefix: str = "bare") -> None:
        import psycopg

        self.batched, self.prefix = batched, prefix
        conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self.db = psycopg.connect(conninfo, options=f"-csearch_path={schema}")
        with self.db.transaction():
            self.db.execute(f"CREATE TABLE {prefix}_documents (id bigserial PRIMARY KEY, sha256 text NOT NULL"
                            " UNIQUE, date date, record bytea NOT NULL)")
            self.db.execute(f"CREATE TABLE {prefix}_item_search (id bigserial PRIMARY KEY,"
                            f" document_id bigint NOT NULL REFERENCES {prefix}_documents (id),"
                            " title text NOT NULL, body text NOT NULL, tsv tsvector GENERATED ALWAYS AS ("
                            " setweight(to_tsvector('swedish', title), 'A') ||"
                            " setweight(to_tsvector('swedish', body), 'B')) STORED)")
            self.db.execute(f"CREATE INDEX ix_{prefix}_item_search_tsv ON {prefix}_item_search USING gin (tsv)")

    def store(self, protocols: list[Protocol]) -> None:
        if self.batched:
            with self.db.transaction():
                for protocol in protocols:
                    self._store(protocol)
            return
        for protocol in protocols:
            with self.db.transaction():
                self._store(protocol)

    def _store(self, protocol: Protocol) -> None:
        sha, record, items = _bare_rows(protocol)
        with self.db.cursor() as cur:
            cur.execute(f"INSERT INTO {self.prefix}_documents (sha256, date, record) VALUES (%s, %s, %s)"
                        " RETURNING id", (sha, protocol.date, record))
            doc = cur.fetchone()[0]
            cur.executemany(f"INSERT INTO {self.prefix}_item_search (document_id, title, body) VALUES (%s, %s, %s)",
                            [(doc, title, body) for title, body in items])

    def close(self) -> None:
        self.db.close()


def _batches(documents, size: int):
    batch = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(label: str, url: str, protocols: list[Protocol], n: int, rounds: int, bare, bare_batched,
        sqlite_path: Path | None = None) -> None:
    db = open_database(url)
    memory = {}
    marks = {max(1, n // 10): "10%", max(1, n // 2): "50%", n: "100%"}
    start = time.perf_counter()
    # seconds spent storing, each store, without making the documents
    in_archive = in_bare = in_batched = 0.0
    done = 0
    for batch in _batches(synthetic(protocols, n), BATCH_DOCUMENTS):
        t0 = time.perf_counter()
        outcomes = store_batch(db, [Parsed(protocol) for protocol in batch])
        if (done + len(batch)) // TIDY_EVERY > done // TIDY_EVERY:  # as `protokoll ingest` does
            tidy(db.engine)
        t1 = time.perf_counter()
        bare.store(batch)
        t2 = time.perf_counter()
        bare_batched.store(batch)
        in_archive += t1 - t0
        in_bare += t2 - t1
        in_batched += time.perf_counter() - t2
        assert outcomes == ["ingested"] * len(batch), outcomes
        for i in range(done + 1, done + len(batch) + 1):
            if i in marks:
                memory[marks[i]] = (rss_mb(), i / (time.perf_counter() - start - in_bare - in_batched))
                print(f"  ... {label}: {i:,} meetings, {memory[marks[i]][1]:,.0f}/s, "
                      f"RSS {memory[marks[i]][0]:,.0f} MB", flush=True)
        done += len(batch)
    elapsed = time.perf_counter() - start - in_bare - in_batched
    bare.close()
    bare_batched.close()
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
    dialect = db.dialect
    db.close()

    rate = n / elapsed
    print(f"\n{label}: {n:,} meetings")
    print(f"  ingest        {rate:,.0f} meetings/s ({elapsed:,.1f} s)"
          + ("" if n >= FULL else f"; {FULL:,} meetings would take about {FULL / rate / 60:,.1f} min at this rate"))
    target = BARE_TARGET[dialect]
    print(f"  vs bare store protokoll {in_archive:,.1f} s ({n / in_archive:,.0f}/s), bare store {in_bare:,.1f} s "
          f"({n / in_bare:,.0f}/s): {in_archive / in_bare:.1f}× (target ≤ {target:g}×: "
          f"{'met' if in_archive / in_bare <= target else 'NOT met'})")
    print(f"  like with like bare store batched as protokoll ({BATCH_DOCUMENTS} a transaction) {in_batched:,.1f} s "
          f"({n / in_batched:,.0f}/s): {in_archive / in_batched:.1f}×")
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
            run("SQLite (WAL)", f"sqlite:///{path}", protocols, args.meetings, args.rounds,
                BareSQLite(Path(tmp) / "bare.db"), BareSQLite(Path(tmp) / "batched.db", batched=True),
                sqlite_path=path)
    if args.backend in ("postgresql", "both"):
        found = postgres_schema(args.pg_url)
        if found:
            engine, schema = found
            try:
                run("PostgreSQL", f"{args.pg_url}?options=-csearch_path%3D{schema}", protocols, args.meetings,
                    args.rounds, BarePostgreSQL(args.pg_url, schema),
                    BarePostgreSQL(args.pg_url, schema, batched=True, prefix="batched"))
            finally:
                with engine.begin() as c:
                    c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
                engine.dispose()


if __name__ == "__main__":
    main()
