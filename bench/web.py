"""Web pages over a large archive: p50/p95 per page through the ASGI app, the archive's size, and peak memory.

Builds an archive of N meetings (the bundled examples parsed once, then stored again and again through
the archive's own ``ingest.save`` with a new date, number and source hash each, so every meeting, its
people, items, decisions, actions and page texts are rows of their own), then, in a fresh process on
the built archive, requests each page R times with FastAPI's TestClient (no network): the start page,
the meetings list (first page, a deep page by ``?page=`` as the web's pager links it, and a deep keyset
cursor of /api/meetings as a chain of next links reaches it), one meeting, the actions board filtered by
assignee and due date, a person, a municipality, and search.

Memory is each process's peak RSS: the builder's, and the server's (a fresh process that only opened
the archive and served the pages), so runs at two sizes show whether serving grows with the archive.

Issue 9 asks p95 ≤ 100 ms at 100,000 meetings on SQLite (30,000 on PostgreSQL):
    nice -n 10 .venv/bin/python bench/web.py --meetings 100000 --keep /work/bench-data/web-100k.db
    nice -n 10 .venv/bin/python bench/web.py --meetings 30000 --db "postgresql://postgres@127.0.0.1/test?options=-csearch_path%3Dbench"
A --keep file (or a --db) that holds fewer meetings than asked is built on to N; one that holds N is reused.
Run: .venv/bin/python bench/web.py [--meetings 2000] [--requests 30] [--db URL | --keep FILE] [--only NAME]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 200  # meetings stored per write transaction while building
START = dt.date(1990, 1, 5)  # the first meeting's date; one a week after it


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _meeting_count(url: str) -> int:
    from protokoll import archive

    return archive.meeting_list(url, limit=1)["total"]


def shifted(protocol, date: dt.date, n: int):
    """The template ``protocol`` held on ``date`` instead, as the ``n``-th document: its actions' due
    dates and the meetings it schedules move with it, and its source file is new. Copied only where it
    changes (save() reads the record, never changes it), which keeps building cheap."""
    delta = date - protocol.date

    def items(nodes):
        return [item.model_copy(update={
            "subitems": items(item.subitems),
            "decisions": [d.model_copy(update={"actions": [a.model_copy(update={"due": a.due + delta}) if a.due else a
                                                           for a in d.actions]}) for d in item.decisions]})
            for item in nodes]

    return protocol.model_copy(update={
        "date": date, "number": n % 12 + 1, "items": items(protocol.items),
        "scheduled_meetings": [s.model_copy(update={"date": s.date + delta}) for s in protocol.scheduled_meetings],
        "source_file": protocol.source_file.model_copy(update={"sha256": f"{n:064x}", "path": f"bench-{n}.txt"})})


def build(db_url: str, meetings: int) -> int:
    """Store meetings until the archive holds ``meetings`` of them (a kept archive is built on);
    returns how many were stored now."""
    from protokoll import archive
    from protokoll.archive.ingest import save
    from protokoll.archive.search import TIDY_EVERY, tidy
    from protokoll.pipeline import parse_file_pages

    templates = [parse_file_pages(p) for p in sorted((ROOT / "examples").glob("*.txt"))]
    database = archive.open_database(db_url, create=True)
    try:
        done = first = _meeting_count(database)
        t0 = time.perf_counter()
        while done < meetings:
            with database.write() as session:
                for _ in range(min(BATCH, meetings - done)):
                    protocol, pages = templates[done % len(templates)]
                    p = shifted(protocol, START + dt.timedelta(days=7 * done), done)
                    save(session, p, path=p.source_file.path, pages=pages)
                    done += 1
            if (done - first) % TIDY_EVERY < BATCH:
                tidy(database.engine)  # as ingest does (PostgreSQL's recent-items index)
            if (done - first) % (BATCH * 10) == 0 or done == meetings:
                rate = (done - first) / (time.perf_counter() - t0)
                print(f"  {done} meetings stored ({rate:.0f}/s)", flush=True)
        tidy(database.engine)
        return done - first
    finally:
        database.close()


def archive_size(url: str) -> str:
    """The archive's size on disk and its biggest tables' row counts."""
    from sqlalchemy import text

    from protokoll.store.db import open_database

    database = open_database(url, create=False)
    try:
        with database.engine.connect() as c:
            counts = {name: c.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                      for name in ("meetings", "items", "decisions", "actions", "attendance", "people")}
            if database.dialect == "sqlite":
                path = Path(database.url.database)
                size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
            else:
                size = c.execute(text("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                                      "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE n.nspname = current_schema() AND c.relkind = 'r'")).scalar()
    finally:
        database.close()
    return f"{size / 2**20:.0f} MB; " + ", ".join(f"{n} {k}" for k, n in counts.items())


def pages_to_time(url: str) -> dict[str, str]:
    """The pages, picked with paged queries (never the whole archive)."""
    from protokoll import archive

    first = archive.meeting_list(url, sort="-date", limit=50, page=1)
    total = first["total"]
    deep = max(1, (total + 49) // 50 - 1)  # the last page but one, as the pager's links reach it
    middle = archive.meeting_list(url, sort="-date", limit=1, page=max(1, total // 2))["meetings"][0]
    # The cursor /api/meetings hands out after page `deep`: what following its next links comes to.
    cursor = archive.meeting_list(url, sort="-date", limit=50, page=deep)["next_cursor"] or ""
    person = archive.people_list(url, limit=1, page=max(1, archive.people_list(url, limit=1)["total"] // 2))
    action = archive.actions(open_only=True, due_before=dt.date(2100, 1, 1), limit=1, db=url)
    assignee = action[0]["assignee"] if action else "sekretariatschef"
    return {
        "start page": "/",
        "meetings": "/meetings",
        f"meetings, page {deep}": f"/meetings?page={deep}",
        f"api meetings, cursor after page {deep}": f"/api/meetings?sort=-date&cursor={cursor}",
        "one meeting": f"/meetings/{middle['id']}",
        "actions by assignee and due date": f"/actions?assignee={assignee}&due_before=2100-01-01",
        "person": f"/people/{person['people'][0]['id']}",
        "municipality": "/municipalities/Helsingborg",
        "search": "/search?q=budget",
        "api search": "/api/search?q=budget",  # issue 12: a page of 20 with snippets
    }


def timings(client, url: str, n: int) -> tuple[float, float, float, int]:
    """p50 and p95 of the wall time of ``n`` requests, the median CPU time of this process per request
    (the app runs in a thread of it: on a loaded machine the wall time waits for a core, the CPU
    time does not; PostgreSQL's own work is not in it), and the last status."""
    times, cpu = [], []
    status = 0
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        status = response.status_code
    times.sort()
    return statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)], statistics.median(cpu), status


def serve(url: str, requests: int, only: str | None) -> None:
    """Time the pages (this process only opens the archive and serves)."""
    from fastapi.testclient import TestClient

    from protokoll.web.app import create_app

    pages = pages_to_time(url)
    if only:
        pages = {k: v for k, v in pages.items() if only in k}
    print(f"{requests} requests a page (ms); load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'page':40} {'p50':>8} {'p95':>8} {'cpu p50':>8}  status")
    with TestClient(create_app(url)) as client:
        for name, page in pages.items():
            client.get(page)  # once before timing: the first request of a page compiles its statements
            p50, p95, cpu, status = timings(client, page, requests)
            print(f"{name:40} {p50:8.1f} {p95:8.1f} {cpu:8.1f}  {status}" + ("   OVER 100 ms" if p95 > 100 else ""),
                  flush=True)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"peak memory serving {peak_mb():.0f} MB (this process: opened the archive, served the pages)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--meetings", type=int, default=2000)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--db", help="an archive URL to build in and serve (default: a temporary SQLite file)")
    ap.add_argument("--keep", help="an SQLite file: built once (up to --meetings), reused by later runs")
    ap.add_argument("--only", help="time only the pages whose name contains this")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the fresh serving process
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{Path(args.keep).resolve() if args.keep else Path(tmp.name) / 'bench.db'}"
    if args.serve:
        serve(url, args.requests, args.only)
        return
    t = time.perf_counter()
    stored = build(url, args.meetings)
    if stored:
        print(f"stored {stored} meetings in {time.perf_counter() - t:.0f} s; "
              f"peak memory building {peak_mb():.0f} MB")
    print(f"archive: {_meeting_count(url)} meetings, {archive_size(url)}")
    command = [sys.executable, __file__, "--serve", "--db", url, "--requests", str(args.requests)]
    subprocess.run(command + (["--only", args.only] if args.only else []), check=True,
                   env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                                                 os.environ.get("PYTHONPATH")]))})


if __name__ == "__main__":
    main()
