"""The archive's library API: what the CLI (and a future web app) call.

Every function takes ``db``: an open ``Database``, a URL, or None for ``$PROTOKOLL_DB`` / the default
``sqlite:///protokoll.db``. Results are plain JSON-ready dicts and lists.

    ingest(paths, db)            files and folders → IngestReport (ingested, skipped, failed)
    meetings(db)                 every meeting with its sources
    meeting(date, db)            one meeting in full: the merged record, ids, links, statuses
    people(db)                   people with their spellings and memberships over time
    attendance(year, db)         municipality × meeting
    actions(..., db)             the action tracker; set_action_status(id, status, note, db)
    search(query, db)            ranked items with highlighted snippets
    export(fmt, out, db)         json | csv | ics
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from protokoll import actions as tracker
from protokoll import export as exporter
from protokoll import pipeline
from protokoll import search as searching
from protokoll.errors import INTERNAL_ERROR, ArchiveUnavailable, NotInArchive, ProtokollError
from protokoll.municipalities import MUNICIPALITIES, SECRETARIAT
from protokoll.resolve import people as resolve_people
from protokoll.resolve.meetings import body_key, same_body
from protokoll.store import mapping, writer
from protokoll.store import tables as t
from protokoll.store.db import Database, open_database

# What a folder walk picks up; files named explicitly are always tried.
SUFFIXES = {".txt", ".text", ".pdf", ".docx", ".docm"} | pipeline.IMAGE_SUFFIXES


@contextmanager
def _opened(db: Database | str | None, create: bool = False) -> Iterator[Database]:
    """The archive ``db`` names; only ``ingest`` creates one where none is (``create``)."""
    if isinstance(db, Database):
        yield db
        return
    database = open_database(db, create=create)
    try:
        yield database
    finally:
        database.close()


@contextmanager
def _reading(db: Database | str | None) -> Iterator[Session]:
    with _opened(db) as database:
        try:
            with database.read() as session:
                yield session
        except OperationalError as err:
            raise ArchiveUnavailable(database.shown, f"databasfel: {_first_line(err)}") from None


def _first_line(err: Exception) -> str:
    lines = str(getattr(err, "orig", None) or err).strip().splitlines()
    return lines[0] if lines else type(err).__name__


# --- ingest -----------------------------------------------------------------------------------------

@dataclass
class Failure:
    path: str
    error: str
    exit_code: int = 1


@dataclass
class IngestReport:
    ingested: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"ingested": self.ingested, "skipped": self.skipped,
                "failed": [{"path": f.path, "error": f.error} for f in self.failed]}


def expand(paths: Iterable[Path | str]) -> tuple[list[Path], list[Failure]]:
    """Files to ingest: named files as they are, folders walked recursively (hidden entries and
    unsupported suffixes skipped), in a stable order; names that do not exist are failures."""
    files, missing = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            files.append(path)
        else:
            missing.append(Failure(str(path), "filen eller mappen finns inte", 3))
    return files, missing


def ingest(paths: Iterable[Path | str], db: Database | str | None = None,
           progress: Callable[[Path, str], None] | None = None, options=None,
           files: list[Path] | None = None) -> IngestReport:
    """Parse and store each file in its own transaction. A file already in the archive (same bytes)
    is skipped without being parsed; a file that fails is reported and leaves the archive as it was.
    ``progress(path, outcome)`` is called after each file ("ingested", "skipped" or "failed")."""
    report = IngestReport()
    if files is None:
        files, report.failed = expand(paths)
    with _opened(db, create=True) as database:
        for path in files:
            outcome = _ingest_one(database, path, report, options)
            if outcome == "ingested" and report.ingested % searching.TIDY_EVERY == 0:
                searching.tidy(database.engine)
            if progress:
                progress(path, outcome)
        if report.ingested % searching.TIDY_EVERY:
            searching.tidy(database.engine)
    return report


def _ingest_one(database: Database, path: Path, report: IngestReport, options) -> str:
    try:
        sha = pipeline.sha256_of(path)
        with database.read() as session:
            if writer.has_source(session, sha):
                report.skipped += 1
                return "skipped"
        protocol = pipeline.parse_file(path, options)
        with database.write() as session:
            saved = writer.save(session, protocol, path=str(path))
    except ProtokollError as err:
        report.failed.append(Failure(err.path, err.reason, err.exit_code))
        return "failed"
    except OSError as err:
        report.failed.append(Failure(str(path), err.strerror or str(err), 3))
        return "failed"
    except OperationalError as err:
        raise ArchiveUnavailable(database.shown, f"databasfel: {_first_line(err)}") from None
    except DBAPIError as err:  # the database refused this document's data; nothing was written
        report.failed.append(Failure(str(path), f"kan inte sparas: {_first_line(err)}", INTERNAL_ERROR))
        return "failed"
    except Exception as err:  # noqa: BLE001 - a bug must not stop a long ingest; the transaction rolled back
        report.failed.append(Failure(str(path), f"kan inte sparas: {type(err).__name__}: {err}", INTERNAL_ERROR))
        return "failed"
    if saved.skipped:
        report.skipped += 1
        return "skipped"
    report.ingested += 1
    return "ingested"


# --- meetings ----------------------------------------------------------------------------------------

def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _sources(session: Session, meeting_ids: list[int] | None = None) -> dict[int, list[dict]]:
    query = select(t.Source).order_by(t.Source.meeting_id, t.Source.quality.desc(), t.Source.id)
    if meeting_ids is not None:
        query = query.where(t.Source.meeting_id.in_(meeting_ids))
    out: dict[int, list[dict]] = defaultdict(list)
    for s in session.scalars(query):
        out[s.meeting_id].append({"path": s.path, "sha256": s.sha256,
                                  "methods": s.methods.split(",") if s.methods else [],
                                  "quality": s.quality, "ingested_at": tracker.timestamp(s.ingested_at)})
    return out


def meetings(db: Database | str | None = None) -> list[dict]:
    """Every meeting, oldest first, with its sources and counts."""
    with _reading(db) as session:
        sources = _sources(session)
        items = dict(session.execute(select(t.Item.meeting_id, func.count()).where(t.Item.parent_id.is_(None))
                                     .group_by(t.Item.meeting_id)).all())
        counts: dict[int, dict] = defaultdict(dict)
        for meeting_id, status, n in session.execute(
                select(t.Attendance.meeting_id, t.Attendance.status, func.count())
                .group_by(t.Attendance.meeting_id, t.Attendance.status)):
            counts[meeting_id][status] = n
        out = []
        for m in session.scalars(select(t.Meeting).order_by(t.Meeting.date.is_(None), t.Meeting.date, t.Meeting.id)):
            out.append({
                "id": m.id, "date": _iso(m.date), "organisation": m.organisation, "body": m.body,
                "number": m.number, "start_time": m.start_time, "end_time": m.end_time,
                "location": m.location, "room": m.room, "items": items.get(m.id, 0),
                "attendance": {s: counts[m.id].get(s, 0) for s in ("present", "excused", "absent")},
                "sources": sources.get(m.id, []),
            })
        return out


def _meetings_on(session: Session, date: dt.date, body: str | None) -> list[t.Meeting]:
    found = session.scalars(select(t.Meeting).where(t.Meeting.date == date).order_by(t.Meeting.id)).all()
    if body:
        found = [m for m in found if same_body(m.body_key, body_key(body))]
    return list(found)


def meeting(date: dt.date | str, db: Database | str | None = None, body: str | None = None) -> dict:
    """One meeting in full: the merged protokoll/1 record, plus ids, sources, statuses and links."""
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    with _reading(db) as session:
        found = _meetings_on(session, day, body)
        if not found:
            raise NotInArchive(day.isoformat(), "inget möte det datumet i arkivet"
                               + (f" för organet {body!r}" if body else ""))
        if len(found) > 1:
            raise NotInArchive(day.isoformat(), "flera möten det datumet ("
                               + ", ".join(m.body or "?" for m in found) + "); välj ett med --body")
        return meeting_json(session, found[0].id)


def meeting_json(session: Session, meeting_id: int) -> dict:
    protocol, rows = mapping.load_meeting(session, meeting_id)
    data = protocol.to_json()
    data["id"] = meeting_id
    data["sources"] = _sources(session, [meeting_id]).get(meeting_id, [])
    statuses = dict(session.execute(select(t.ActionState.action_id, t.ActionState.status)
                                    .join(t.Action, t.Action.id == t.ActionState.action_id)
                                    .where(t.Action.meeting_id == meeting_id)).all())
    targets = _link_targets(session, [r for r in rows["items"] if r.refers_kind])
    item_rows, action_rows = iter(rows["items"]), iter(rows["actions"])

    def walk(items: list[dict]) -> None:
        for item in items:
            row = next(item_rows)
            item["id"] = row.id
            if row.refers_kind:
                item["refers_to"] = {"kind": row.refers_kind, "text": row.refers_text,
                                     "date": _iso(row.refers_date), **targets.get(row.id, {})}
            for decision in item["decisions"]:
                for action in decision["actions"]:
                    action_row = next(action_rows)
                    action["id"] = action_row.id
                    action["status"] = statuses.get(action_row.id, "open")
            walk(item["subitems"])

    walk(data["items"])
    names = {id_: name for id_, name in session.execute(select(t.Municipality.id, t.Municipality.name))}
    for attendee, row in zip(data["attendees"], rows["attendance"]):
        attendee["person_id"] = row.person_id
        attendee["municipality"] = names.get(row.municipality_id)
    for entry, row in zip(data["scheduled_meetings"], rows["scheduled"]):
        entry["held"] = row.held_meeting_id is not None
        entry["held_meeting_id"] = row.held_meeting_id
    data["scheduled_by"] = [
        {"meeting_id": mid, "date": _iso(date)} for mid, date in session.execute(
            select(t.Meeting.id, t.Meeting.date).join(t.ScheduledMeeting, t.ScheduledMeeting.meeting_id == t.Meeting.id)
            .where(t.ScheduledMeeting.held_meeting_id == meeting_id).distinct().order_by(t.Meeting.date))]
    data["referred_to_by"] = [
        {"meeting_id": r.meeting_id, "date": _iso(r.meeting_date), "item_id": r.id, "title": r.title,
         "item_referred_to": r.refers_item_id}
        for r in session.execute(select(t.Item.id, t.Item.meeting_id, t.Item.meeting_date, t.Item.title,
                                        t.Item.refers_item_id)
                                 .where(t.Item.refers_meeting_id == meeting_id)
                                 .order_by(t.Item.meeting_date, t.Item.id))]
    return data


def _link_targets(session: Session, rows: list[t.Item]) -> dict[int, dict]:
    """For items that refer back: the meeting and item they resolved to, if in the archive."""
    meeting_ids = {r.refers_meeting_id for r in rows if r.refers_meeting_id}
    item_ids = {r.refers_item_id for r in rows if r.refers_item_id}
    dates = dict(session.execute(select(t.Meeting.id, t.Meeting.date).where(t.Meeting.id.in_(meeting_ids))).all()) \
        if meeting_ids else {}
    titles = {r.id: (r.number, r.title) for r in session.execute(
        select(t.Item.id, t.Item.number, t.Item.title).where(t.Item.id.in_(item_ids)))} if item_ids else {}
    out = {}
    for r in rows:
        entry = {"meeting_id": r.refers_meeting_id, "in_archive": r.refers_meeting_id is not None}
        if r.refers_meeting_id:
            entry["date"] = _iso(dates.get(r.refers_meeting_id))
        if r.refers_item_id in titles:
            number, title = titles[r.refers_item_id]
            entry["item"] = {"id": r.refers_item_id, "number": number, "title": title}
        out[r.id] = entry
    return out


# --- people and attendance ---------------------------------------------------------------------------

def people(db: Database | str | None = None) -> list[dict]:
    """Everyone who attended or presented, with the spellings used and the municipalities they
    represented from when to when (runs of consecutive meetings)."""
    with _reading(db) as session:
        return people_in(session)


def people_in(session: Session) -> list[dict]:
    names: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pid, name, n in session.execute(select(t.Attendance.person_id, t.Attendance.name, func.count())
                                        .where(t.Attendance.person_id.is_not(None))
                                        .group_by(t.Attendance.person_id, t.Attendance.name)):
        names[pid][name] += n
    presented: dict[int, int] = defaultdict(int)
    for pid, name, n in session.execute(select(t.Presenter.person_id, t.Presenter.name, func.count())
                                        .where(t.Presenter.person_id.is_not(None))
                                        .group_by(t.Presenter.person_id, t.Presenter.name)):
        names[pid][name] += n
        presented[pid] += n
    statuses: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pid, status, n in session.execute(select(t.Attendance.person_id, t.Attendance.status, func.count())
                                          .where(t.Attendance.person_id.is_not(None))
                                          .group_by(t.Attendance.person_id, t.Attendance.status)):
        statuses[pid][status] = n
    seen: dict[int, list] = defaultdict(list)
    for pid, date, municipality in session.execute(
            select(t.Attendance.person_id, t.Attendance.meeting_date, t.Municipality.name)
            .join(t.Municipality, t.Municipality.id == t.Attendance.municipality_id)
            .where(t.Attendance.person_id.is_not(None))):
        seen[pid].append((date, municipality))
    out = []
    for pid in session.scalars(select(t.Person.id)):
        if not names.get(pid):
            continue
        out.append({
            "id": pid, "name": resolve_people.display_name(names[pid]),
            "names": sorted(names[pid]),
            "memberships": [{"municipality": m.municipality, "from": _iso(m.first), "to": _iso(m.last),
                             "meetings": m.meetings} for m in resolve_people.memberships(seen[pid])],
            "attendance": {s: statuses[pid].get(s, 0) for s in ("present", "excused", "absent")},
            "presented": presented.get(pid, 0),
        })
    out.sort(key=lambda p: (resolve_people.sort_key(p["name"]), p["id"]))  # Å, Ä, Ö after Z
    return out


def attendance(year: int | None = None, db: Database | str | None = None) -> dict:
    """Municipality × meeting: who attended for each municipality (and the secretariat) at each
    meeting of ``year`` (all years when None). ``rows[i]["cells"][j]`` belongs to ``meetings[j]``."""
    with _reading(db) as session:
        query = select(t.Meeting).where(t.Meeting.date.is_not(None)).order_by(t.Meeting.date, t.Meeting.id)
        if year is not None:
            query = query.where(t.Meeting.date >= dt.date(year, 1, 1), t.Meeting.date <= dt.date(year, 12, 31))
        held = session.scalars(query).all()
        column = {m.id: j for j, m in enumerate(held)}
        order = list(MUNICIPALITIES) + [SECRETARIAT]
        rows: dict[str, list[list[dict]]] = {name: [[] for _ in held] for name in order}
        if held:
            for a, municipality in session.execute(
                    select(t.Attendance, t.Municipality.name)
                    .outerjoin(t.Municipality, t.Municipality.id == t.Attendance.municipality_id)
                    .where(t.Attendance.meeting_id.in_(list(column))).order_by(t.Attendance.position)):
                name = municipality or (a.affiliation or "(utan tillhörighet)")
                rows.setdefault(name, [[] for _ in held])
                rows[name][column[a.meeting_id]].append(
                    {"name": a.name, "status": a.status, "person_id": a.person_id})
        return {
            "year": year,
            "meetings": [{"id": m.id, "date": _iso(m.date), "number": m.number} for m in held],
            "rows": [{"municipality": name, "cells": cells} for name, cells in rows.items()],
        }


# --- actions, search, export -------------------------------------------------------------------------

def actions(open_only: bool = False, assignee: str | None = None, due_before: dt.date | None = None,
            status: str | None = None, db: Database | str | None = None) -> list[dict]:
    with _reading(db) as session:
        return tracker.list_actions(session, open_only=open_only, assignee=assignee, due_before=due_before,
                                    status=status)


def set_action_status(action_id: str, status: str, note: str | None = None,
                      db: Database | str | None = None) -> dict:
    with _opened(db) as database:
        try:
            with database.write() as session:
                return tracker.set_status(session, action_id, status, note)
        except OperationalError as err:
            raise ArchiveUnavailable(database.shown, f"databasfel: {_first_line(err)}") from None


def search(query: str, db: Database | str | None = None, limit: int = 20) -> list[dict]:
    """Items matching ``query``, best first, each with a snippet (HTML-escaped, matches in <mark>)."""
    parsed = searching.parse_query(query)
    with _reading(db) as session:
        found = searching.hits(session, parsed, limit)
        if not found:
            return []
        ids = [item_id for item_id, _ in found]
        items = {i.id: i for i in session.scalars(select(t.Item).where(t.Item.id.in_(ids)))}
        meetings_ = {m.id: m for m in session.scalars(
            select(t.Meeting).where(t.Meeting.id.in_({i.meeting_id for i in items.values()})))}
        parents = {i.id: i for i in session.scalars(
            select(t.Item).where(t.Item.id.in_({i.parent_id for i in items.values() if i.parent_id})))}
        decisions: dict[int, list[str]] = defaultdict(list)
        for item_id, text_ in session.execute(select(t.Decision.item_id, t.Decision.text)
                                              .where(t.Decision.item_id.in_(ids)).order_by(t.Decision.position)):
            decisions[item_id].append(text_)
        presenters: dict[int, list[str]] = defaultdict(list)
        for p in session.scalars(select(t.Presenter).where(t.Presenter.item_id.in_(ids))
                                 .order_by(t.Presenter.position)):
            presenters[p.item_id].append(", ".join(x for x in (p.name, p.role, p.organisation) if x))
        out = []
        for item_id, score in found:
            item = items[item_id]
            m = meetings_[item.meeting_id]
            texts = [item.title, f"Dnr {item.case_number}" if item.case_number else "", item.summary or "",
                     *decisions[item_id], *presenters[item_id]]
            snippet, matched = searching.snippet(parsed, texts)
            parent = parents.get(item.parent_id)
            out.append({
                "meeting": {"id": m.id, "date": _iso(m.date), "number": m.number, "body": m.body},
                "item": {"id": item.id, "number": item.number, "label": item.label,
                         "case_number": item.case_number, "title": item.title,
                         "parent": {"number": parent.number, "title": parent.title} if parent else None},
                "score": round(score, 4), "snippet": snippet, "matches": matched,
            })
        return out


def export(fmt: str, out: TextIO, db: Database | str | None = None) -> None:
    """Write the archive as ``json`` (everything), ``csv`` (decisions and actions) or ``ics``
    (held and scheduled meetings), from one consistent snapshot."""
    if fmt not in ("json", "csv", "ics"):
        raise ValueError(f"unknown export format {fmt!r}: use json, csv or ics")
    with _reading(db) as session:
        if fmt == "json":
            ids = list(session.scalars(select(t.Meeting.id).order_by(t.Meeting.date.is_(None), t.Meeting.date,
                                                                     t.Meeting.id)))
            exporter.write_json(out, (meeting_json(session, i) for i in ids), people_in(session))
        elif fmt == "csv":
            exporter.write_csv(out, _decision_rows(session))
        else:
            held, scheduled = _calendar_data(session)
            exporter.write_ics(out, held, scheduled)


def _decision_rows(session: Session) -> Iterator[dict]:
    m, i, d, a, s = t.Meeting, t.Item, t.Decision, t.Action, t.ActionState
    query = (select(m.date, m.number, m.body, i.number.label("item_number"), i.title, d.text, d.kind,
                    a.id.label("action_id"), a.assignee, a.task, a.due, s.status)
             .join(i, i.meeting_id == m.id).join(d, d.item_id == i.id)
             .outerjoin(a, a.decision_id == d.id).outerjoin(s, s.action_id == a.id)
             .order_by(m.date, m.id, i.id, d.position, a.position))
    for r in session.execute(query.execution_options(yield_per=1000)):
        yield {"meeting_date": _iso(r.date), "meeting_number": r.number, "body": r.body,
               "item_number": r.item_number, "item_title": r.title, "decision": r.text, "kind": r.kind,
               "action_id": r.action_id, "assignee": r.assignee, "task": r.task, "due": _iso(r.due),
               "status": r.status}


def _calendar_data(session: Session) -> tuple[list[dict], list[dict]]:
    """Held meetings (with the dates of the minutes that scheduled them) and scheduled dates not
    (yet) held, one per date and body."""
    decided: dict[int, list[str]] = defaultdict(list)
    pending: dict[tuple, dict] = {}
    for sched, decided_in in session.execute(
            select(t.ScheduledMeeting, t.Meeting).join(t.Meeting, t.Meeting.id == t.ScheduledMeeting.meeting_id)
            .order_by(t.ScheduledMeeting.date, t.Meeting.date)):
        when = _iso(decided_in.date) or "?"
        if sched.held_meeting_id:
            if when not in decided[sched.held_meeting_id]:
                decided[sched.held_meeting_id].append(when)
            continue
        entry = pending.setdefault((sched.date, decided_in.body_key), {
            "date": _iso(sched.date), "start_time": sched.start_time, "end_time": sched.end_time,
            "body": decided_in.body, "organisation": decided_in.organisation,
            "body_key": decided_in.body_key, "decided_in": []})
        if when not in entry["decided_in"]:
            entry["decided_in"].append(when)
    held = [{"id": m.id, "date": _iso(m.date), "start_time": m.start_time, "end_time": m.end_time,
             "body": m.body, "organisation": m.organisation, "number": m.number, "location": m.location,
             "room": m.room, "scheduled_in": decided.get(m.id, [])}
            for m in session.scalars(select(t.Meeting).where(t.Meeting.date.is_not(None))
                                     .order_by(t.Meeting.date, t.Meeting.id))]
    return held, list(pending.values())
