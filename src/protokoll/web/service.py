"""What each page shows, as plain JSON-ready data: one function per page, called by the HTML route
and by its JSON twin alike. Reads go through ``protokoll.archive`` (and the store's tables for the few
things the library does not return yet: meeting ids of actions, presenters' person ids, items a
person presented); corrections are applied here, on every read."""
from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from protokoll import actions as tracker
from protokoll import archive
from protokoll.errors import NotInArchive
from protokoll.municipalities import MUNICIPALITIES, SECRETARIAT, fold
from protokoll.store import mapping
from protokoll.store import tables as t
from protokoll.store.db import Database
from protokoll.web import corrections, heatmap, meeting_view, provenance, review

DUE_SOON_DAYS = 30
KIND_SV = {"noted": "Noterat", "assignment": "Uppdrag", "approval": "Godkänt", "other": "Övrigt"}
STATUS_SV = {"open": "Öppen", "done": "Klar", "cancelled": "Struken"}
BALLOT_SV = {"yes": "Ja", "no": "Nej", "abstain": "Avstår", "absent": "Frånvarande"}


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _meeting_row(session: Session, meeting_id: int) -> t.Meeting:
    row = session.get(t.Meeting, meeting_id)
    if row is None:
        raise NotInArchive(str(meeting_id), "no meeting with this id in the archive")
    return row


def _meeting_ref(m: t.Meeting) -> dict:
    return {"id": m.id, "date": _iso(m.date), "number": m.number, "body": m.body}


# --- meetings ----------------------------------------------------------------------------------------

def _file_name(source: dict) -> dict:
    """A source as the web shows it: its file's name, never where the server keeps it."""
    source["path"] = Path(source["path"]).name
    return source


def meetings(db: Database) -> list[dict]:
    found = archive.meetings(db)
    with db.read() as session:
        fixes = corrections.header_corrections(session)
        keys = {m.id: (m.body_key, m.date) for m in session.scalars(select(t.Meeting))}
        for m in found:
            body_key, date = keys.get(m["id"], ("", None))
            m["corrected"] = corrections.apply_header(fixes, m, body_key, date)
            m["sources"] = [_file_name(s) for s in m.get("sources", [])]
    return found


def start(db: Database, today: dt.date | None = None) -> dict:
    today = today or dt.date.today()
    found = meetings(db)
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    due = [a for a in actions(db, status="open")["actions"] if a["due"] and a["due"] <= soon.isoformat()]
    return {"today": today.isoformat(), "latest_meetings": list(reversed(found))[:8],
            "meeting_count": len(found), "due_soon": due, "due_soon_days": DUE_SOON_DAYS}


def meeting(db: Database, meeting_id: int) -> dict:
    with db.read() as session:
        row = _meeting_row(session, meeting_id)
        data = archive.meeting_json(session, meeting_id)
        corrected = corrections.apply(session, row, data)
        flags = review.meeting_flags(session, row, data, corrected)
        history = corrections.history(session, row)
        people_of = _presenter_people(session, meeting_id)
    for item in _walk(data["items"]):
        for n, presenter in enumerate(item["presenters"]):
            presenter["person_id"] = people_of.get((item["id"], n))
    for source in data["sources"]:
        source["available"] = Path(source["path"]).is_file()
        _file_name(source)
    meeting_view.add_tallies(data["items"])
    return {"meeting": data, "corrections": corrected, "correction_history": history,
            "flags": flags, "flag_paths": {f["path"]: f["reason_text"] for f in flags},
            "attendance": meeting_view.attendance_lists(data["attendees"]),
            "municipality_names": [*MUNICIPALITIES, SECRETARIAT]}


def _walk(items):
    for item in items:
        yield item
        yield from _walk(item["subitems"])


def _presenter_people(session: Session, meeting_id: int) -> dict[tuple[int, int], int | None]:
    rows = session.execute(select(t.Presenter.item_id, t.Presenter.position, t.Presenter.person_id)
                           .join(t.Item, t.Item.id == t.Presenter.item_id)
                           .where(t.Item.meeting_id == meeting_id)).all()
    return {(r.item_id, r.position): r.person_id for r in rows}


def value_source(db: Database, meeting_id: int, path: str) -> dict:
    """The value at ``path`` and its evidence in each source of the meeting."""
    with db.write() as session:  # the page texts of a source are cached on first use
        row = _meeting_row(session, meeting_id)
        data = archive.meeting_json(session, meeting_id)
        value = None
        if path:
            try:
                value = corrections.get_at(data, path)
            except (KeyError, corrections.CorrectionError):
                value = None  # a node path ("items[2]"), or no such value (found below)
        corrected = corrections.apply(session, row, data)
        merged = mapping.load_protocol(session, meeting_id)
        found = provenance.locate_value(session, meeting_id, merged, path, value)
        if not found and path:
            raise NotInArchive(path, "this meeting has no such value")
        ref = _meeting_ref(row)
    return {"meeting": ref, "path": path, "value": value,
            "correction": corrected.get(path), "sources": found}


def source(db: Database, sha256: str) -> dict:
    with db.write() as session:
        row = session.scalar(select(t.Source).where(t.Source.sha256 == sha256))
        if row is None:
            raise NotInArchive(sha256, "no source with this hash in the archive")
        pages, reason = provenance.page_texts(session, row)
        m = session.get(t.Meeting, row.meeting_id)
        return {"sha256": row.sha256, "path": Path(row.path).name, "pages": row.pages,
                "methods": row.methods.split(",") if row.methods else [], "quality": row.quality,
                "ingested_at": tracker._iso(row.ingested_at), "meeting": _meeting_ref(m),
                "available": Path(row.path).is_file(), "texts": pages, "unavailable_reason": reason}


def source_file(db: Database, sha256: str) -> Path:
    with db.read() as session:
        stored = session.scalar(select(t.Source.path).where(t.Source.sha256 == sha256))
    # Only the path leaves the session: a row read after its session closed raised DetachedInstanceError.
    if stored is None:
        raise NotInArchive(sha256, "no source with this hash in the archive")
    path = Path(stored)
    if not path.is_file():
        raise NotInArchive(stored, "the source file is no longer there")
    return path


# --- actions -----------------------------------------------------------------------------------------

def actions(db: Database, assignee: str | None = None, status: str | None = None,
            due_before: dt.date | None = None, meeting_id: int | None = None) -> dict:
    with db.read() as session:
        found = tracker.list_actions(session, assignee=assignee or None, status=status or None,
                                     due_before=due_before, meeting_id=meeting_id)
        all_actions = tracker.list_actions(session)
        meeting_of = dict(session.execute(select(t.Action.id, t.Action.meeting_id)).all())
        meeting_rows = {m.id: m for m in session.scalars(select(t.Meeting))}
        _apply_action_corrections(session, found, meeting_of, meeting_rows)
        refs = {i: _meeting_ref(m) for i, m in meeting_rows.items()}
    for a in found:
        a["meeting"]["id"] = meeting_of.get(a["id"])
    meetings_ = sorted({meeting_of[a["id"]] for a in all_actions if a["id"] in meeting_of},
                       key=lambda i: (refs[i]["date"] is None, refs[i]["date"] or ""))
    counts = Counter(a["status"] for a in all_actions)
    return {"filters": {"assignee": assignee, "status": status, "due_before": _iso(due_before),
                        "meeting": meeting_id},
            "actions": found,
            "assignees": [name for name, _ in Counter(a["assignee"] for a in all_actions).most_common()],
            "meetings": [refs[i] for i in meetings_],
            "status_counts": {s: counts.get(s, 0) for s in tracker.STATUSES}}


def _apply_action_corrections(session: Session, found: list[dict], meeting_of: dict, rows: dict) -> None:
    """Corrections of an action's assignee, task or due date show on the board too."""
    wanted = {meeting_of.get(a["id"]) for a in found} - {None}
    for meeting_id in wanted:
        meeting_row = rows[meeting_id]
        fixes = [c for c in corrections.active(session, meeting_row) if ".actions[" in c.path]
        if not fixes:
            continue
        data = archive.meeting_json(session, meeting_id)
        corrections.apply(session, meeting_row, data)
        by_id = {}

        def walk(items, prefix):
            for n, item in enumerate(items):
                here = f"{prefix}[{n}]"
                for d, decision in enumerate(item["decisions"]):
                    for k, action in enumerate(decision["actions"]):
                        by_id[action["id"]] = (action, f"{here}.decisions[{d}].actions[{k}].")
                walk(item["subitems"], f"{here}.subitems")

        walk(data["items"], "items")
        for a in found:
            if a["id"] in by_id:
                action, prefix = by_id[a["id"]]
                for name in ("assignee", "task", "due"):
                    a[name] = action[name]
                a["corrected"] = [c.path[len(prefix):] for c in fixes if c.path.startswith(prefix)]


def set_action_status(db: Database, action_id: str, status: str, note: str | None, user: str) -> dict:
    note = (note or "").strip()[:2000]
    return archive.set_action_status(action_id, status, f"{note} ({user})" if note else f"({user})", db=db)


# --- people and municipalities ----------------------------------------------------------------------

def people(db: Database) -> list[dict]:
    return archive.people(db)


def person(db: Database, person_id: int) -> dict:
    with db.read() as session:
        found = next((p for p in archive.people_in(session) if p["id"] == person_id), None)
        if found is None:
            raise NotInArchive(str(person_id), "no person with this id in the archive")
        attended = [{"meeting": {"id": r.meeting_id, "date": _iso(r.meeting_date)}, "name": r.name,
                     "status": r.status, "municipality": r.municipality, "affiliation": r.affiliation}
                    for r in session.execute(
                        select(t.Attendance.meeting_id, t.Attendance.meeting_date, t.Attendance.name,
                               t.Attendance.status, t.Attendance.affiliation, t.Municipality.name.label("municipality"))
                        .outerjoin(t.Municipality, t.Municipality.id == t.Attendance.municipality_id)
                        .where(t.Attendance.person_id == person_id)
                        .order_by(t.Attendance.meeting_date, t.Attendance.meeting_id))]
        presented = _presented(session, [person_id])
    return {**found, "attended": attended, "items_presented": presented}


def _presented(session: Session, person_ids: list[int], organisation: str | None = None) -> list[dict]:
    query = (select(t.Presenter.name, t.Presenter.role, t.Presenter.organisation, t.Presenter.person_id,
                    t.Item.id, t.Item.number, t.Item.title, t.Item.meeting_id, t.Meeting.date)
             .join(t.Item, t.Item.id == t.Presenter.item_id).join(t.Meeting, t.Meeting.id == t.Item.meeting_id)
             .order_by(t.Meeting.date, t.Item.id))
    out = []
    for r in session.execute(query):
        by_person = r.person_id in person_ids
        by_org = organisation and fold(organisation) in fold(f"{r.organisation or ''} {r.role or ''}")
        if by_person or by_org:
            out.append({"meeting": {"id": r.meeting_id, "date": _iso(r.date)},
                        "item": {"id": r.id, "number": r.number, "title": r.title},
                        "presenter": {"name": r.name, "role": r.role, "organisation": r.organisation,
                                      "person_id": r.person_id}})
    return out


def municipalities(db: Database) -> list[dict]:
    everyone = archive.people(db)
    grid = archive.attendance(None, db)
    out = []
    for row in grid["rows"]:
        name = row["municipality"]
        if name not in MUNICIPALITIES and name != SECRETARIAT:
            continue
        members = [p for p in everyone if any(m["municipality"] == name for m in p["memberships"])]
        out.append({"name": name, "people": len(members),
                    "meetings_attended": sum(any(p["status"] == "present" for p in c) for c in row["cells"]),
                    "meetings": len(row["cells"])})
    return out


def municipality(db: Database, name: str) -> dict:
    canonical = next((m for m in (*MUNICIPALITIES, SECRETARIAT) if fold(m) == fold(name)), None)
    if canonical is None:
        raise NotInArchive(name, "no such municipality")
    everyone = archive.people(db)
    grid = archive.attendance(None, db)
    row = next((r for r in grid["rows"] if r["municipality"] == canonical), {"cells": [[] for _ in grid["meetings"]]})
    members = []
    for p in everyone:
        for m in p["memberships"]:
            if m["municipality"] == canonical:
                members.append({"person": {"id": p["id"], "name": p["name"]}, **m})
    members.sort(key=lambda m: (m["from"] or "", m["person"]["name"]))
    with db.read() as session:
        presented = _presented(session, [m["person"]["id"] for m in members],
                               organisation=canonical if canonical != SECRETARIAT else None)
    return {"name": canonical, "memberships": members,
            "attendance": [{"meeting": meeting, "people": cell} for meeting, cell in zip(grid["meetings"], row["cells"])],
            "items_presented": presented}


# --- search ------------------------------------------------------------------------------------------

_MARK = re.compile(r"&lt;(/?)mark&gt;")


def _safe_snippet(snippet: str) -> str:
    """The snippet with everything escaped but its <mark> tags (whatever the search module did)."""
    return _MARK.sub(r"<\1mark>", html.escape(html.unescape(snippet)))


def search(db: Database, q: str, year: int | None = None, kind: str | None = None,
           assignee: str | None = None, limit: int = 50) -> dict:
    q = (q or "").strip()
    hits = archive.search(q, db, limit=200) if q else []
    ids = [h["item"]["id"] for h in hits]
    kinds: dict[int, set[str]] = defaultdict(set)
    assignees: dict[int, set[str]] = defaultdict(set)
    if ids:
        with db.read() as session:
            for item_id, k in session.execute(select(t.Decision.item_id, t.Decision.kind)
                                              .where(t.Decision.item_id.in_(ids))):
                kinds[item_id].add(k)
            for item_id, a in session.execute(select(t.Action.item_id, t.Action.assignee)
                                              .where(t.Action.item_id.in_(ids))):
                assignees[item_id].add(a)
    facets = {"year": Counter(), "kind": Counter(), "assignee": Counter()}
    results = []
    for h in hits:
        item_id = h["item"]["id"]
        h_year = int(h["meeting"]["date"][:4]) if h["meeting"]["date"] else None
        h["year"], h["kinds"], h["assignees"] = h_year, sorted(kinds[item_id]), sorted(assignees[item_id])
        h["snippet"] = _safe_snippet(h["snippet"])
        if h_year:
            facets["year"][h_year] += 1
        for k in h["kinds"]:
            facets["kind"][k] += 1
        for a in h["assignees"]:
            facets["assignee"][a] += 1
        if year and h_year != year:
            continue
        if kind and kind not in h["kinds"]:
            continue
        if assignee and assignee not in h["assignees"]:
            continue
        results.append(h)
    return {"q": q, "filters": {"year": year, "kind": kind, "assignee": assignee},
            "total": len(results), "results": results[:limit],
            "facets": {"year": [{"value": y, "count": n} for y, n in sorted(facets["year"].items(), reverse=True)],
                       "kind": [{"value": k, "label": KIND_SV.get(k, k), "count": n}
                                for k, n in facets["kind"].most_common()],
                       "assignee": [{"value": a, "count": n} for a, n in facets["assignee"].most_common(15)]}}


# --- attendance --------------------------------------------------------------------------------------

def attendance(db: Database, year: int | None = None) -> dict:
    data = archive.attendance(year, db)
    with db.read() as session:
        years = sorted({d.year for d in session.scalars(select(t.Meeting.date).where(t.Meeting.date.is_not(None)))},
                       reverse=True)
    data["years"] = years
    return data


def attendance_svg(db: Database, year: int | None = None) -> str:
    return heatmap.svg(archive.attendance(year, db))


# --- corrections and review --------------------------------------------------------------------------

def correction_form(db: Database, meeting_id: int, path: str) -> dict:
    corrections.parse_path(path)
    with db.read() as session:
        row = _meeting_row(session, meeting_id)
        data = archive.meeting_json(session, meeting_id)
        try:
            parsed = corrections.get_at(data, path)
        except KeyError:
            raise NotInArchive(path, "this meeting has no such value") from None
        corrected = corrections.apply(session, row, data)
        ref = _meeting_ref(row)
    return {"meeting": ref, "path": path, "parsed": parsed,
            "value": corrected[path]["value"] if path in corrected else parsed, "correction": corrected.get(path)}


def correct(db: Database, meeting_id: int, path: str, value, note: str | None, user: str) -> dict:
    with db.write() as session:
        row = _meeting_row(session, meeting_id)
        parsed = archive.meeting_json(session, meeting_id)
        return corrections.add(session, row, parsed, path, value, note, user)


def revert_correction(db: Database, meeting_id: int, correction_id: int) -> None:
    with db.write() as session:
        corrections.revert(session, _meeting_row(session, meeting_id), correction_id)


def review_queue(db: Database) -> dict:
    with db.read() as session:
        flags = review.all_flags(session)
    return {"flags": flags, "count": len(flags),
            "reasons": dict(Counter(f["reason"] for f in flags))}


def confirm(db: Database, meeting_id: int, path: str, user: str) -> dict:
    corrections.parse_path(path)
    with db.write() as session:
        row = _meeting_row(session, meeting_id)
        data = archive.meeting_json(session, meeting_id)
        corrections.apply(session, row, data)
        return review.confirm(session, row, data, path, user)
