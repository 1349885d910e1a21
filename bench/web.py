"""Web pages over a large archive: p50/p95 per page through the ASGI app in this process, and peak memory.

Builds an archive of N meetings (the bundled examples parsed once, then stored again and again with a
new date, number and source hash each, so every meeting, its people, items, decisions and actions
are rows of their own), then requests each page R times with FastAPI's TestClient (no network):
the start page, the meetings list (first page and a deep page), one meeting, the actions board
filtered by assignee and due date, a person, a municipality, and search.

Issue 9 asks p95 ≤ 100 ms at 100,000 meetings on SQLite (30,000 on PostgreSQL):
    .venv/bin/python bench/web.py --meetings 100000            # hours to build; --keep reuses it
    .venv/bin/python bench/web.py --meetings 2000 --db postgresql://127.0.0.1/test
Run: .venv/bin/python bench/web.py [--meetings 2000] [--requests 30] [--db URL] [--keep FILE]
"""
from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 100  # meetings stored per transaction while building


def build(db_url: str, meetings: int) -> None:
    from protokoll import archive
    from protokoll.archive.ingest import save
    from protokoll.pipeline import parse_file

    templates = [parse_file(p) for p in sorted((ROOT / "examples").glob("*.txt"))]
    start = dt.date(1990, 1, 5)
    database = archive.open_database(db_url, create=True)
    try:
        done = 0
        t0 = time.perf_counter()
        while done < meetings:
            with database.write() as session:
                for _ in range(min(BATCH, meetings - done)):
                    p = templates[done % len(templates)].model_copy(deep=True)
                    p.date = start + dt.timedelta(days=7 * done)
                    p.number = done % 12 + 1
                    p.source_file.sha256 = f"{done:064x}"
                    p.source_file.path = f"bench-{done}.txt"
                    save(session, p, path=p.source_file.path)
                    done += 1
            if done % (BATCH * 10) == 0:
                print(f"  {done} meetings stored ({done / (time.perf_counter() - t0):.0f}/s)", flush=True)
    finally:
        database.close()


def timings(client, url: str, n: int) -> tuple[float, float, int]:
    times = []
    status = 0
    for _ in range(n):
        t = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        status = response.status_code
    times.sort()
    return statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)], status


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--meetings", type=int, default=2000)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--db", help="an archive URL to build in (default: a temporary SQLite file)")
    ap.add_argument("--keep", help="an SQLite file: built once, reused by later runs")
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from protokoll import archive
    from protokoll.web.app import create_app

    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{args.keep or Path(tmp.name) / 'bench.db'}"
    if not (args.keep and Path(args.keep).exists()):
        t = time.perf_counter()
        build(url, args.meetings)
        print(f"built {args.meetings} meetings in {time.perf_counter() - t:.0f} s")
    meetings = archive.meetings(db=url)
    person = archive.people(db=url)[0]
    action = archive.actions(open_only=True, db=url)[0]
    middle = meetings[len(meetings) // 2]
    pages = {
        "start page": "/",
        "meetings": "/meetings",
        "meetings, deep page": f"/meetings?page={max(1, len(meetings) // 50)}",
        "one meeting": f"/meetings/{middle['id']}",
        "actions by assignee and due date": f"/actions?assignee={action['assignee']}&due_before=2100-01-01",
        "person": f"/people/{person['id']}",
        "municipality": "/municipalities/Helsingborg",
        "search": "/search?q=budget",
    }
    with TestClient(create_app(url)) as client:
        print(f"{len(meetings)} meetings; {args.requests} requests a page (ms)")
        print(f"{'page':36} {'p50':>8} {'p95':>8}  status")
        for name, page in pages.items():
            p50, p95, status = timings(client, page, args.requests)
            print(f"{name:36} {p50:8.1f} {p95:8.1f}  {status}")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
