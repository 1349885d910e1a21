"""The meetings as the lists show them, and search hits with their snippets: the reads behind
``protokoll meetings`` and ``protokoll search``, and the entries the web app's lists are made of.

They read the SQL text of ``store.reads`` through a Reader (``common.rows``): on an SQLite archive named
by a URL, the ``sqlite3`` module alone, so these commands start without SQLAlchemy, the ORM and the
record's model (issue 12); on an open ``Database`` or PostgreSQL, SQLAlchemy. The same rows either way,
and corrections are in them (``corrections`` writes them into the rows; ``rows`` leaves an archive with
corrections still to write to ``open_archive``). This module imports neither SQLAlchemy nor the parser.
"""
from __future__ import annotations

from collections import defaultdict

from protokoll.archive.common import iso, rows
from protokoll.archive.paging import check_limit
from protokoll.archive.search import Query, hits, parse_query, snippet
from protokoll.store import reads

ATTENDANCE = ("present", "excused", "absent")  # the statuses a meeting's entry counts


def meetings(db=None, limit: int | None = None) -> list[dict]:
    """Every meeting (or the first ``limit``), oldest first, undated last, with its sources and counts."""
    if limit is not None:
        check_limit(limit)
    with rows(db) as reader:
        found = reader.all(reads.FIRST_MEETINGS, {"limit": limit}) if limit is not None else reader.all(reads.MEETINGS)
        return meeting_entries(reader, [dict(zip(reads.MEETING_FIELDS, row)) for row in found])


def meeting_entries(reader, meetings_: list[dict]) -> list[dict]:
    """Meetings (their ``reads.MEETING_FIELDS``) as the lists show them: with their sources and counts,
    read for these meetings only."""
    ids = [m["id"] for m in meetings_]
    if not ids:
        return []
    sources = sources_of(reader, ids)
    items = dict(reader.all(reads.ITEMS_OF_MEETINGS, {"ids": ids}))
    counts: dict[int, dict] = defaultdict(dict)
    for meeting_id, status, n in reader.all(reads.ATTENDANCE_OF_MEETINGS, {"ids": ids}):
        counts[meeting_id][status] = n
    return [{
        "id": m["id"], "date": iso(m["date"]), "organisation": m["organisation"], "body": m["body"],
        "number": m["number"], "start_time": m["start_time"], "end_time": m["end_time"],
        "location": m["location"], "room": m["room"], "items": items.get(m["id"], 0),
        "attendance": {s: counts[m["id"]].get(s, 0) for s in ATTENDANCE},
        "sources": sources.get(m["id"], []),
    } for m in meetings_]


def sources_of(reader, meeting_ids: list[int]) -> dict[int, list[dict]]:
    """The sources of these meetings, best first (quality, then the first ingested)."""
    out: dict[int, list[dict]] = defaultdict(list)
    for meeting_id, path, sha256, methods, quality, ingested_at in reader.all(reads.SOURCES_OF_MEETINGS,
                                                                               {"ids": meeting_ids}):
        out[meeting_id].append({"path": path, "sha256": sha256, "methods": methods.split(",") if methods else [],
                                "quality": quality, "ingested_at": iso(ingested_at)})
    return out


def search(query: str, db=None, limit: int = 20) -> list[dict]:
    """Items matching ``query``, best first, each with a snippet (HTML-escaped, matches in <mark>)."""
    parsed = parse_query(query)
    with rows(db) as reader:
        return search_results(reader, parsed, hits(reader, parsed, limit))


def search_results(reader, parsed: Query, found: list[tuple[int, float]]) -> list[dict]:
    """The hits ``found`` (item id, score) as search shows them: meeting, item, score and snippet, read and
    marked for these items only."""
    if not found:
        return []
    ids = [item_id for item_id, _ in found]
    items = {row[0]: row for row in reader.all(reads.HIT_ITEMS, {"ids": ids})}
    meetings_ = {row[0]: row for row in reader.all(reads.HIT_MEETINGS,
                                                   {"ids": sorted({row[1] for row in items.values()})})}
    parent_ids = sorted({row[2] for row in items.values() if row[2]})
    parents = {row[0]: row for row in reader.all(reads.HIT_PARENTS, {"ids": parent_ids})} if parent_ids else {}
    decisions: dict[int, list[str]] = defaultdict(list)
    for item_id, text_ in reader.all(reads.HIT_DECISIONS, {"ids": ids}):
        decisions[item_id].append(text_)
    presenters: dict[int, list[str]] = defaultdict(list)
    for item_id, *who in reader.all(reads.HIT_PRESENTERS, {"ids": ids}):
        presenters[item_id].append(", ".join(x for x in who if x))
    out = []
    for item_id, score in found:
        _, meeting_id, parent_id, number, label, case_number, title, summary = items[item_id]
        meeting_row_id, date, meeting_number, body = meetings_[meeting_id]
        texts = [title, f"Dnr {case_number}" if case_number else "", summary or "",
                 *decisions[item_id], *presenters[item_id]]
        shown, matched = snippet(parsed, texts)
        parent = parents.get(parent_id)
        out.append({
            "meeting": {"id": meeting_row_id, "date": iso(date), "number": meeting_number, "body": body},
            "item": {"id": item_id, "number": number, "label": label, "case_number": case_number, "title": title,
                     "parent": {"number": parent[1], "title": parent[2]} if parent else None},
            "score": round(score, 4), "snippet": shown, "matches": matched,
        })
    return out
