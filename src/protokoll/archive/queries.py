"""Every read of the archive the CLI and the web app show: plain JSON-ready dicts and lists, read in
one read-only transaction (never the write lock), with the editors' corrections in them (they are
written into the rows: ``corrections``), so views, filters, sorts and exports agree.

Each public function takes ``db``: an open ``Database``, a URL, or None for ``$PROTOKOLL_DB`` / the
default ``sqlite:///protokoll.db``.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator, TextIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from protokoll.archive import corrections as fixes
from protokoll.archive import provenance, review
from protokoll.archive import signatures as signing
from protokoll.archive.actions import list_actions
from protokoll.archive import assignees
from protokoll.archive.actions import count_actions_capped, page_of_actions
from protokoll.archive.common import STATUSES, iso, reading
from protokoll.archive import counting
from protokoll.archive.counting import Count, capped, capped_count_of, loose_scan, values_of
from protokoll.archive.paging import (LAST_DATE, BadPage, Key, Sort, after, check_limit, date_or_last, decode,
                                      encode, fetch, pick)
from protokoll.archive.export import write_csv, write_json
from protokoll.archive.lists import meeting_entries, meetings, search, search_results, sources_of  # noqa: F401
from protokoll.archive.search import hits, parse_query
from protokoll.errors import NotInArchive
from protokoll.model import AGENDA, walk
from protokoll.municipalities import MUNICIPALITIES, SECRETARIAT, fold
from protokoll.resolve import people as resolve_people
from protokoll.resolve.meetings import body_key, merge, same_body
from protokoll.store import mapping
from protokoll.store import reads
from protokoll.store import tables as t
from protokoll.store.db import Database, SessionReader

DB = Database | str | None


# --- meetings ----------------------------------------------------------------------------------------

_DATE = Key(date_or_last(t.Meeting.date), kind="date")
_ID = Key(t.Meeting.id, kind="int")
MEETING_SORTS = {s.name: s for s in (
    Sort("date", (_DATE, _ID), "Datum, äldst först"),
    Sort("-date", (Key(_DATE.expr, True, "date"), Key(_ID.expr, True, "int")), "Datum, nyast först"),
    Sort("body", (Key(func.coalesce(t.Meeting.body, "")), _DATE, _ID), "Organ"),
)}


def _order_by(order: Sort) -> list:
    return [k.expr.desc() if k.descending else k.expr.asc() for k in order.keys]


def _sorts(sorts: dict[str, Sort]) -> list[dict]:
    return [{"value": s.name, "label": s.label} for s in sorts.values()]


def _meetings_on(session: Session, date: dt.date, body: str | None) -> list[t.Meeting]:
    found = session.scalars(select(t.Meeting).where(t.Meeting.date == date).order_by(t.Meeting.id)).all()
    if body:
        found = [m for m in found if same_body(m.body_key, body_key(body))]
    return list(found)


def meeting(date: dt.date | str, db: DB = None, body: str | None = None) -> dict:
    """One meeting in full: the merged protokoll/1 record, plus ids, sources, statuses and links."""
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    with reading(db) as session:
        found = _meetings_on(session, day, body)
        if not found:
            raise NotInArchive(day.isoformat(), "inget möte det datumet i arkivet"
                               + (f" för organet {body!r}" if body else ""))
        if len(found) > 1:
            raise NotInArchive(day.isoformat(), "flera möten det datumet ("
                               + ", ".join(m.body or "?" for m in found) + "); välj ett med --body")
        return meeting_json(session, found[0].id)


_ITEMS_AND_ACTIONS = AGENDA | {"decisions", "actions"}


def _kind(path: str) -> str:
    """The list a node of the record is in: "items[2].decisions[0]" → "decisions"."""
    return path.rsplit(".", 1)[-1].split("[", 1)[0]


def meeting_json(session: Session, meeting_id: int) -> dict:
    """One meeting's record as its rows hold it (corrections included), with row ids, action ids and
    statuses, people and municipalities, links both ways; inside the caller's transaction."""
    protocol, rows = mapping.load_meeting(session, meeting_id)
    data = protocol.to_json()
    data["id"] = meeting_id
    data["sources"] = sources_of(SessionReader(session), [meeting_id]).get(meeting_id, [])
    statuses = dict(session.execute(select(t.ActionState.action_id, t.ActionState.status)
                                    .join(t.Action, t.Action.id == t.ActionState.action_id)
                                    .where(t.Action.meeting_id == meeting_id)).all())
    targets = _link_targets(session, [r for r in rows["items"] if r.refers_kind])
    item_rows, action_rows = iter(rows["items"]), iter(rows["actions"])
    for path, node in walk(data, lists=_ITEMS_AND_ACTIONS):
        kind = _kind(path)
        if kind == "actions":
            action_row = next(action_rows)
            node["id"] = action_row.id
            node["status"] = statuses.get(action_row.id, "open")
        elif kind in AGENDA:
            row = next(item_rows)
            node["id"] = row.id
            if row.refers_kind:
                node["refers_to"] = {"kind": row.refers_kind, "text": row.refers_text,
                                     "date": iso(row.refers_date), **targets.get(row.id, {})}
    names = {id_: name for id_, name in session.execute(select(t.Municipality.id, t.Municipality.name))}
    for attendee, row in zip(data["attendees"], rows["attendance"]):
        attendee["person_id"] = row.person_id
        attendee["municipality"] = names.get(row.municipality_id)
    for entry, row in zip(data["scheduled_meetings"], rows["scheduled"]):
        entry["held"] = row.held_meeting_id is not None
        entry["held_meeting_id"] = row.held_meeting_id
    data["scheduled_by"] = [
        {"meeting_id": mid, "date": iso(date)} for mid, date in session.execute(
            select(t.Meeting.id, t.Meeting.date).join(t.ScheduledMeeting, t.ScheduledMeeting.meeting_id == t.Meeting.id)
            .where(t.ScheduledMeeting.held_meeting_id == meeting_id).distinct().order_by(t.Meeting.date))]
    data["referred_to_by"] = [
        {"meeting_id": r.meeting_id, "date": iso(r.meeting_date), "item_id": r.id, "title": r.title,
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
            entry["date"] = iso(dates.get(r.refers_meeting_id))
        if r.refers_item_id in titles:
            number, title = titles[r.refers_item_id]
            entry["item"] = {"id": r.refers_item_id, "number": number, "title": title}
        out[r.id] = entry
    return out


# --- people and attendance ---------------------------------------------------------------------------

def people(db: DB = None) -> list[dict]:
    """Everyone who attended or presented, with the spellings used and the municipalities they
    represented from when to when (runs of consecutive meetings)."""
    with reading(db) as session:
        return people_in(session)


def people_in(session: Session, ids: list[int] | None = None) -> list[dict]:
    """``people`` (those of ``ids`` only, in that order, when given), inside the caller's transaction."""
    def only(column):
        return column.is_not(None) if ids is None else column.in_(ids)

    names: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    statuses: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # Spellings and statuses in one pass over the person's index entries (0008), not their rows.
    for pid, name, status, n in session.execute(
            select(t.Attendance.person_id, t.Attendance.name, t.Attendance.status, func.count())
            .where(only(t.Attendance.person_id))
            .group_by(t.Attendance.person_id, t.Attendance.name, t.Attendance.status)):
        names[pid][name] += n
        statuses[pid][status] += n
    presented: dict[int, int] = defaultdict(int)
    for pid, name, n in session.execute(select(t.Presenter.person_id, t.Presenter.name, func.count())
                                        .where(only(t.Presenter.person_id))
                                        .group_by(t.Presenter.person_id, t.Presenter.name)):
        names[pid][name] += n
        presented[pid] += n
    periods = _memberships(session, only)
    out = []
    for pid in (session.scalars(select(t.Person.id)) if ids is None else ids):
        if not names.get(pid):
            continue
        out.append({
            "id": pid, "name": resolve_people.display_name(names[pid]),
            "names": sorted(names[pid]),
            "memberships": [{"municipality": m.municipality, "from": iso(m.first), "to": iso(m.last),
                             "meetings": m.meetings} for m in periods.get(pid, [])],
            "attendance": {s: statuses[pid].get(s, 0) for s in ("present", "excused", "absent")},
            "presented": presented.get(pid, 0),
        })
    if ids is None:
        out.sort(key=lambda p: (resolve_people.sort_key(p["name"]), p["id"]))  # Å, Ä, Ö after Z
    return out


def _memberships(session: Session, only) -> dict[int, list[resolve_people.Membership]]:
    """``resolve.people.memberships`` of each person ``only`` selects, read as each one's span per
    municipality (first and last date, meetings: a pass over the index of their attendance). Spans
    that do not meet are the periods as they are; only a person whose spans meet (who went back and
    forth) has their rows read and walked."""
    a = t.Attendance
    spans: dict[int, list[resolve_people.Membership]] = defaultdict(list)
    for pid, municipality, first, last, n in session.execute(
            select(a.person_id, t.Municipality.name, func.min(a.meeting_date), func.max(a.meeting_date),
                   func.count())
            .join(t.Municipality, t.Municipality.id == a.municipality_id)
            .where(only(a.person_id), a.meeting_date.is_not(None))
            .group_by(a.person_id, t.Municipality.name)):
        if municipality:
            spans[pid].append(resolve_people.Membership(municipality, first, last, n))
    out: dict[int, list[resolve_people.Membership]] = {}
    interleaved = []
    for pid, found in spans.items():
        found.sort(key=lambda m: (m.first, m.municipality))
        if all(earlier.last < later.first for earlier, later in zip(found, found[1:])):
            out[pid] = found
        else:
            interleaved.append(pid)
    for pid in interleaved:
        out[pid] = resolve_people.memberships(session.execute(
            select(a.meeting_date, t.Municipality.name).join(t.Municipality, t.Municipality.id == a.municipality_id)
            .where(a.person_id == pid)).all())
    return out


PEOPLE_SORTS = {s.name: s for s in (
    Sort("name", (Key(func.lower(t.Person.name)), Key(t.Person.id, kind="int")), "Namn"),
    Sort("-name", (Key(func.lower(t.Person.name), True), Key(t.Person.id, True, "int")), "Namn, omvänt"),
)}


def people_list(db: DB = None, sort: str | None = None, limit: int | None = None, cursor: str | None = None,
                page: int | None = None) -> dict:
    """A page of ``people``, by the name first written (in SQL; the page shows the most used spelling):
    ``people``, ``next_cursor``, ``page``, ``has_more``, ``total``."""
    order = pick(PEOPLE_SORTS, sort, "name")
    listed = or_(t.Person.id.in_(select(t.Attendance.person_id).where(t.Attendance.person_id.is_not(None))),
                 t.Person.id.in_(select(t.Presenter.person_id).where(t.Presenter.person_id.is_not(None))))
    with reading(db) as session:
        found = fetch(session, select(t.Person.id).where(listed), order, limit, cursor, page)
        entries = people_in(session, list(found.rows))
        total = session.scalar(select(func.count()).select_from(t.Person).where(listed))
    return {"people": entries, "sort": order.name, "sorts": _sorts(PEOPLE_SORTS), "limit": check_limit(limit),
            "page": found.page, "next_cursor": found.next_cursor, "has_more": found.has_more, "total": total}


def attendance(year: int | None = None, db: DB = None) -> dict:
    """Municipality × meeting: who attended for each municipality (and the secretariat) at each
    meeting of ``year`` (all years when None). ``rows[i]["cells"][j]`` belongs to ``meetings[j]``."""
    with reading(db) as session:
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
            "meetings": [{"id": m.id, "date": iso(m.date), "number": m.number} for m in held],
            "rows": [{"municipality": name, "cells": cells} for name, cells in rows.items()],
        }


# --- actions, search, export -------------------------------------------------------------------------

def actions(open_only: bool = False, assignee: str | None = None, due_before: dt.date | None = None,
            status: str | None = None, db: DB = None, sort: str | None = None,
            limit: int | None = None) -> list[dict]:
    """The action tracker, by (corrected) due date, then id (``sort``: one of ``actions.SORTS``); the
    first ``limit``. ``assignee`` matches by who must act (``archive.assignees``)."""
    with reading(db) as session:
        return list_actions(session, open_only=open_only, assignee=assignee, due_before=due_before, status=status,
                            sort=sort, limit=limit)


def action(action_id: str, db: DB = None) -> dict:
    """One action: its task, who must act (resolved), its decision, item and meeting, its status history."""
    with reading(db) as session:
        found = list_actions(session, ids=[action_id], marked=True)
        if not found:
            raise NotInArchive(action_id, "ingen åtgärd med det id:t i arkivet")
        entry = found[0]
        entry["who"] = _who(session, entry["assignee_key"])
        return entry


def _who(session: Session, key: str | None) -> dict | None:
    """A key as pages show it: kind, name (a person's most used spelling) and its page."""
    who = assignees.label(key)
    if who is None:
        return None
    if who["kind"] == "person":
        shown = people_in(session, [int(who["name"])]) if who["name"].isdigit() else []
        who["name"] = shown[0]["name"] if shown else who["name"]
        who["url"] = f"/people/{key.partition(':')[2]}"
    elif who["kind"] == "municipality":
        who["url"] = f"/municipalities/{who['name']}"
    else:
        who["url"] = f"/assignees/{key}"
    return who


TASKS_SHOWN = 50  # a page of who must act shows this many of their open and of their done tasks


def tasks_of(session: Session, key: str) -> dict:
    """The open and the done tasks of who must act ``key`` (cancelled ones left out), by due date: the
    first ``TASKS_SHOWN`` of each, and how many there are (``open_count``, ``done_count``: counted up to
    ``counting.COUNT_CAP``; ``open_over``, ``done_over``: there are more)."""
    out: dict = {"key": key}
    for status in ("open", "done"):  # a key as ``assignee``: that key alone
        out[status] = list_actions(session, assignee=key, status=status, limit=TASKS_SHOWN)
        counted = count_actions_capped(session, assignee=key, status=status)
        out[f"{status}_count"], out[f"{status}_over"] = counted.n, counted.over
    return out


def assignee(key: str, db: DB = None) -> dict:
    """A role's, a network's (any key's) page: who it is and its open and done tasks."""
    if assignees.parse_key(key) is None:
        raise NotInArchive(key, "ingen sådan nyckel (t.ex. role:sekretariatschef)")
    with reading(db) as session:
        return {"who": _who(session, key), "tasks": tasks_of(session, key)}


def export(fmt: str, out: TextIO, db: DB = None, base_url: str | None = None) -> None:
    """Write the archive as ``json`` (everything), ``csv`` (decisions and actions) or ``ics``
    (the web app's calendar: held meetings, scheduled dates, action deadlines, each event linking to
    its page under ``base_url`` when given), from one consistent snapshot."""
    if fmt not in ("json", "csv", "ics"):
        raise ValueError(f"okänt exportformat {fmt!r}: välj json, csv eller ics")
    if fmt == "ics":  # the one calendar builder the web app's /kalender.ics uses too
        from protokoll.archive.subscriptions import calendar_ics

        out.write(calendar_ics(db, base_url))
        return
    with reading(db) as session:
        if fmt == "json":
            ids = list(session.scalars(select(t.Meeting.id).order_by(t.Meeting.date.is_(None), t.Meeting.date,
                                                                     t.Meeting.id)))
            write_json(out, (meeting_json(session, i) for i in ids), people_in(session))
        else:
            write_csv(out, _decision_rows(session))


def _decision_rows(session: Session) -> Iterator[dict]:
    m, i, d, a, s = t.Meeting, t.Item, t.Decision, t.Action, t.ActionState
    query = (select(m.date, m.number, m.body, i.number.label("item_number"), i.title, d.text, d.kind,
                    a.id.label("action_id"), a.assignee, a.task, a.due, s.status)
             .join(i, i.meeting_id == m.id).join(d, d.item_id == i.id)
             .outerjoin(a, a.decision_id == d.id).outerjoin(s, s.action_id == a.id)
             .order_by(m.date, m.id, i.id, d.position, a.position))
    for r in session.execute(query.execution_options(yield_per=1000)):
        yield {"meeting_date": iso(r.date), "meeting_number": r.number, "body": r.body,
               "item_number": r.item_number, "item_title": r.title, "decision": r.text, "kind": r.kind,
               "action_id": r.action_id, "assignee": r.assignee, "task": r.task, "due": iso(r.due),
               "status": r.status}


def _calendar_data(session: Session) -> tuple[list[dict], list[dict]]:
    """Held meetings (with the dates of the minutes that scheduled them) and scheduled dates not
    (yet) held, one per date and body."""
    decided: dict[int, list[str]] = defaultdict(list)
    pending: dict[tuple, dict] = {}
    for sched, decided_in in session.execute(
            select(t.ScheduledMeeting, t.Meeting).join(t.Meeting, t.Meeting.id == t.ScheduledMeeting.meeting_id)
            .order_by(t.ScheduledMeeting.date, t.Meeting.date)):
        when = iso(decided_in.date) or "?"
        if sched.held_meeting_id:
            if when not in decided[sched.held_meeting_id]:
                decided[sched.held_meeting_id].append(when)
            continue
        entry = pending.setdefault((sched.date, decided_in.body_key), {
            "date": iso(sched.date), "start_time": sched.start_time, "end_time": sched.end_time,
            "body": decided_in.body, "organisation": decided_in.organisation,
            "body_key": decided_in.body_key, "decided_in": [], "decided_in_id": decided_in.id})
        if when not in entry["decided_in"]:
            entry["decided_in"].append(when)
    held = [{"id": m.id, "date": iso(m.date), "start_time": m.start_time, "end_time": m.end_time,
             "body": m.body, "organisation": m.organisation, "number": m.number, "location": m.location,
             "room": m.room, "scheduled_in": decided.get(m.id, []), "body_key": m.body_key}
            for m in session.scalars(select(t.Meeting).where(t.Meeting.date.is_not(None))
                                     .order_by(t.Meeting.date, t.Meeting.id))]
    return held, list(pending.values())


# --- what the web app's pages show (the routes shape it; every read here is read-only) ------------------

def meeting_row(session: Session, meeting_id: int) -> t.Meeting:
    row = session.get(t.Meeting, meeting_id)
    if row is None:
        raise NotInArchive(str(meeting_id), "inget möte med det numret i arkivet")
    return row


def _meeting_ref(m: t.Meeting) -> dict:
    return {"id": m.id, "date": iso(m.date), "number": m.number, "body": m.body}


def meeting_list(db: DB = None, sort: str | None = None, limit: int | None = None, cursor: str | None = None,
                 page: int | None = None, default_sort: str = "date") -> dict:
    """A page of the meetings (``meetings``), each with the header fields an editor corrected
    (``corrected``): ``meetings``, ``next_cursor`` (keyset, for /api), ``page``, ``has_more``, ``total``."""
    order = pick(MEETING_SORTS, sort, default_sort)
    with reading(db) as session:
        found = fetch(session, select(t.Meeting), order, limit, cursor, page)
        rows = list(found.rows)
        entries = meeting_entries(SessionReader(session), [{f: getattr(m, f) for f in reads.MEETING_FIELDS}
                                                           for m in rows])
        header = fixes.header_corrections(session)
        for m, row in zip(entries, rows):
            m["corrected"] = fixes.apply_header(header, m, row.body_key, row.date)
        total = session.scalar(select(func.count()).select_from(t.Meeting))
    return {"meetings": entries, "sort": order.name, "sorts": _sorts(MEETING_SORTS), "limit": check_limit(limit),
            "page": found.page, "next_cursor": found.next_cursor, "has_more": found.has_more, "total": total}


def meetings_on(date: dt.date | str, body: str | None = None, db: DB = None) -> list[dict]:
    """The meetings held on ``date`` (of ``body``, matched as ingesting matches bodies): refs with
    id, date, number, body; none, one, or several to choose from."""
    try:
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    except ValueError:
        raise NotInArchive(str(date), "inget giltigt datum (ÅÅÅÅ-MM-DD)") from None
    with reading(db) as session:
        found = _meetings_on(session, day, body)
        if not found:
            raise NotInArchive(day.isoformat(), "inget möte det datumet i arkivet"
                               + (f" för organet {body!r}" if body else ""))
        return [_meeting_ref(m) for m in found]


def _presenter_people(session: Session, meeting_id: int) -> dict[tuple[int, int], int | None]:
    rows = session.execute(select(t.Presenter.item_id, t.Presenter.position, t.Presenter.person_id)
                           .join(t.Item, t.Item.id == t.Presenter.item_id)
                           .where(t.Item.meeting_id == meeting_id)).all()
    return {(r.item_id, r.position): r.person_id for r in rows}


def meeting_page(meeting_id: int, db: DB = None) -> dict:
    """One meeting by id: its record (corrected, presenters with their person ids, each source with the
    electronic signatures found in it at ingest), its corrections (path → what was corrected), their
    history, the values flagged for review and who signed (``signatures.summary``; None: unsigned)."""
    with reading(db) as session:
        row = meeting_row(session, meeting_id)
        data = meeting_json(session, meeting_id)
        corrected = fixes.apply(session, row, data)
        flags = review.meeting_flags(session, row, data, corrected)
        history = fixes.history(session, row)
        people_of = _presenter_people(session, meeting_id)
        signed = signing.of_sources(session, [s["sha256"] for s in data["sources"]])
    for _, item in walk(data, lists=AGENDA):
        for n, presenter in enumerate(item["presenters"]):
            presenter["person_id"] = people_of.get((item["id"], n))
    for source in data["sources"]:
        source["signatures"] = signed.get(source["sha256"], [])
    return {"meeting": data, "corrections": corrected, "correction_history": history, "flags": flags,
            "signed": signing.summary(data["sources"])}


def _parsed_record(session: Session, meeting_id: int):
    """The meeting's record as parsed: its sources merged again (the rows hold the corrections)."""
    records = [record for _, record in provenance.sources_of(session, meeting_id)]
    if not records:
        return mapping.load_protocol(session, meeting_id)
    return merge(records) if len(records) > 1 else records[0]


def value_source(meeting_id: int, path: str, db: DB = None) -> dict:
    """The value at ``path`` as parsed, and its evidence in each source of the meeting (the page texts
    stored at ingest; the file is not read)."""
    with reading(db) as session:
        row = meeting_row(session, meeting_id)
        data = meeting_json(session, meeting_id)
        corrected = fixes.apply(session, row, data)
        merged = _parsed_record(session, meeting_id)
        value = None
        if path:
            try:
                value = fixes.get_at(merged.to_json(), path)
            except (KeyError, fixes.CorrectionError):
                value = None  # a node path ("items[2]"), or no such value (found below)
        found = provenance.locate_value(session, meeting_id, merged, path, value)
        if not found and path:
            raise NotInArchive(path, "mötet har inget sådant värde")
        ref = _meeting_ref(row)
    return {"meeting": ref, "path": path, "value": value, "correction": corrected.get(path), "sources": found}


def source(sha256: str, db: DB = None) -> dict:
    """One source: how it was read, its meeting, and its cleaned page texts (stored at ingest)."""
    with reading(db) as session:
        row = session.scalar(select(t.Source).where(t.Source.sha256 == sha256))
        if row is None:
            raise NotInArchive(sha256, "ingen källa med den kontrollsumman i arkivet")
        pages, reason = provenance.page_texts(session, row)
        m = session.get(t.Meeting, row.meeting_id)
        return {"sha256": row.sha256, "path": row.path, "pages": row.pages,
                "methods": row.methods.split(",") if row.methods else [], "quality": row.quality,
                "ingested_at": iso(row.ingested_at), "meeting": _meeting_ref(m), "texts": pages,
                "unavailable_reason": reason}


def source_path(sha256: str, db: DB = None) -> Path:
    """Where the file of a source was when it was ingested."""
    with reading(db) as session:
        stored = session.scalar(select(t.Source.path).where(t.Source.sha256 == sha256))
    if stored is None:
        raise NotInArchive(sha256, "ingen källa med den kontrollsumman i arkivet")
    return Path(stored)


def meeting_of_source(sha256: str, db: DB = None) -> dict | None:
    """The meeting a source (by the hash of its bytes) was stored as, if it is in the archive."""
    with reading(db) as session:
        row = session.execute(select(t.Meeting.id, t.Meeting.date, t.Meeting.number)
                              .join(t.Source, t.Source.meeting_id == t.Meeting.id)
                              .where(t.Source.sha256 == sha256)).first()
    return {"id": row.id, "date": iso(row.date), "number": row.number} if row else None


def action_board(assignee: str | None = None, status: str | None = None, due_before: dt.date | None = None,
                 meeting_id: int | None = None, db: DB = None, sort: str | None = None, limit: int | None = None,
                 cursor: str | None = None, page: int | None = None) -> dict:
    """A page of the actions as filtered (each with its meeting's id, corrected fields marked), and what
    the filters offer: who must act by use, the meetings that gave actions, counts by status."""
    with reading(db) as session:
        found = page_of_actions(session, sort, limit, cursor, page, marked=True, assignee=assignee or None,
                                status=status or None, due_before=due_before, meeting_id=meeting_id)
        for a in found["actions"]:
            a["who"] = assignees.label(a["assignee_key"])
        keys = _keys_by_use(session)
        counts = _status_counts(session)
        refs = [_meeting_ref(m) for m in _meetings_giving_actions(session, meeting_id)]
    return {"filters": {"assignee": assignee, "status": status, "due_before": iso(due_before), "meeting": meeting_id},
            **found, "assignees": [{**assignees.label(k), "count": n.n, "over": n.over}
                                   for k, n in keys if assignees.label(k)],
            "meetings": refs, "status_counts": {s: counts[s].n for s in STATUSES},
            "status_over": {s: counts[s].over for s in STATUSES}}


def _keys_by_use(session: Session) -> list[tuple[str, Count]]:
    """Who must act, by how many actions each has (counted up to ``counting.COUNT_CAP``), then by key:
    the keys one index step each, each count at most that many steps of the same index."""
    keys = loose_scan(t.Action.assignee_key)
    found = session.execute(select(keys.c.v, capped_count_of(t.Action.assignee_key, keys.c.v,
                                                                along=date_or_last(t.Action.due)))
                            .where(keys.c.v.is_not(None))).all()
    counted = [(key, counting.of(n)) for key, n in found]
    return sorted(counted, key=lambda kc: (-kc[1].n, kc[0]))


def _status_counts(session: Session) -> dict[str, Count]:
    """How many actions have each status, counted up to ``counting.COUNT_CAP``: states outlive the actions
    that vanish from a meeting, so each state is joined to its action."""
    out = {}
    for status in STATUSES:
        query = (select(t.ActionState.action_id).join(t.Action, t.Action.id == t.ActionState.action_id)
                 .where(t.ActionState.status == status))
        out[status] = capped(session, query)
    return out


BOARD_MEETINGS = 100  # the board's meeting filter offers the latest this many meetings that gave actions


def _meetings_giving_actions(session: Session, chosen: int | None) -> list[t.Meeting]:
    """The latest ``BOARD_MEETINGS`` meetings that gave actions (and the one ``chosen``), by date (undated
    last): walked newest first in the date index, never every meeting of the archive."""
    gave = select(t.Action.id).where(t.Action.meeting_id == t.Meeting.id).exists()
    order = MEETING_SORTS["-date"]
    latest = list(session.scalars(select(t.Meeting).where(gave).order_by(*_order_by(order)).limit(BOARD_MEETINGS)))
    if chosen is not None and chosen not in {m.id for m in latest}:
        latest += session.scalars(select(t.Meeting).where(t.Meeting.id == chosen, gave)).all()
    return sorted(latest, key=lambda m: (m.date is None, m.date or LAST_DATE, m.id))


def person(person_id: int, db: DB = None) -> dict:
    """One person: as ``people`` gives them, the meetings they attended and the items they presented.
    Read in index steps like a municipality's people (``_members``): their periods' meetings and their
    attendance by status counted up to ``counting.COUNT_CAP`` (``meetings_over``, ``attendance_over``,
    ``attended_over``: more)."""
    with reading(db) as session:
        found = _one_person(session, person_id)
        if found is None:
            raise NotInArchive(str(person_id), "ingen person med det numret i arkivet")
        tasks = tasks_of(session, f"person:{person_id}")
        latest = session.execute(
            select(t.Attendance.meeting_id, t.Attendance.meeting_date, t.Attendance.name,
                   t.Attendance.status, t.Attendance.affiliation, t.Municipality.name.label("municipality"))
            .outerjoin(t.Municipality, t.Municipality.id == t.Attendance.municipality_id)
            .where(t.Attendance.person_id == person_id)
            .order_by(t.Attendance.meeting_date.desc(), t.Attendance.meeting_id.desc())
            .limit(PERSON_MEETINGS)).all()
        attended = [{"meeting": {"id": r.meeting_id, "date": iso(r.meeting_date)}, "name": r.name,
                     "status": r.status, "municipality": r.municipality, "affiliation": r.affiliation}
                    for r in reversed(latest)]
        presented = _presented(session, [person_id])
    return {**found, "attended": attended, "items_presented": presented, "tasks": tasks}


def _one_person(session: Session, pid: int) -> dict | None:
    """``people_in`` of one person, read in index steps with capped counts (see ``person``)."""
    a = t.Attendance
    spellings = _spellings(session, pid)
    if not spellings:
        return None
    written = [name for name in values_of(session, a.name, a.person_id == pid)]
    statuses = {}
    for status in ("present", "excused", "absent"):
        counted = [counting.of(n) for n in session.execute(select(*(
            capped_count_of(a.person_id, pid, a.name == name, a.status == status) for name in written))).one()] \
            if written else []
        n = sum(c.n for c in counted)
        statuses[status] = Count(min(n, counting.COUNT_CAP), n > counting.COUNT_CAP or any(c.over for c in counted))
    attended = counting.of(sum(c.n for c in statuses.values()) + any(c.over for c in statuses.values()))
    return {"id": pid, "name": resolve_people.display_name(spellings), "names": sorted(spellings),
            "memberships": _periods(session, pid),
            "attendance": {s: c.n for s, c in statuses.items()},
            "attendance_over": {s: c.over for s, c in statuses.items()},
            "attended_count": attended.n, "attended_over": attended.over,
            "presented": session.scalar(select(func.count()).select_from(t.Presenter)
                                        .where(t.Presenter.person_id == pid))}


PERSON_MEETINGS = 50  # a person's page lists their attendance at this many latest meetings
PRESENTED_SHOWN = 50  # a person's or a municipality's page lists this many latest items presented


def _presented(session: Session, person_ids: list[int], municipality_id: int | None = None) -> list[dict]:
    """The latest ``PRESENTED_SHOWN`` items presented by ``person_ids`` or by someone whose organisation
    or role names the municipality ``municipality_id`` (resolved where presenters are written:
    ``municipalities.named_in``), oldest first: the latest of each person and of the municipality in
    their indexes (0011), a step per item shown, then the latest of these."""
    query = (select(t.Presenter.name, t.Presenter.role, t.Presenter.organisation, t.Presenter.person_id,
                    t.Item.id, t.Item.number, t.Item.title, t.Item.meeting_id, t.Meeting.date,
                    date_or_last(t.Meeting.date).label("held"))
             .join(t.Item, t.Item.id == t.Presenter.item_id).join(t.Meeting, t.Meeting.id == t.Item.meeting_id))
    # Each in its index's own order (the presenter's copy of the meeting's date, then the item): the
    # latest are the first steps, however many items one person or organisation presented (0011).
    latest_first = (date_or_last(t.Presenter.meeting_date).desc(), t.Presenter.item_id.desc())
    found = {}
    for where in [t.Presenter.person_id == pid for pid in person_ids] + \
            ([t.Presenter.municipality_id == municipality_id] if municipality_id is not None else []):
        for r in session.execute(query.where(where).order_by(*latest_first).limit(PRESENTED_SHOWN)):
            found[(r.held, r.id, r.name)] = r
    latest = sorted(found.values(), key=lambda r: (r.held, r.id))[-PRESENTED_SHOWN:]
    return [{"meeting": {"id": r.meeting_id, "date": iso(r.date)},
             "item": {"id": r.id, "number": r.number, "title": r.title},
             "presenter": {"name": r.name, "role": r.role, "organisation": r.organisation, "person_id": r.person_id}}
            for r in latest]


def municipalities(db: DB = None) -> list[dict]:
    """The municipalities (and the secretariat): people who represented them, meetings attended."""
    everyone = people(db)
    grid = attendance(None, db)
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


MUNICIPALITY_MEETINGS = 50  # a municipality's page shows its attendance at this many latest meetings


def _members(session: Session, mid: int, canonical: str) -> list[dict]:
    """Who represented municipality ``mid`` from when to when, by first meeting: its people (one step each
    in the index of its attendance by person), each one's periods there and the name most used. Read in
    index steps, not a pass over all their attendance: each period's first and last date are the ends of
    a range of the index, its meetings and each spelling's uses are counted up to ``counting.COUNT_CAP``
    (``meetings_over``: more). A person whose periods in different places interleave (went back and
    forth) has their rows walked, as ``people_in`` does."""
    a = t.Attendance
    out = []
    for pid in values_of(session, a.person_id, a.municipality_id == mid):
        periods = [m for m in _periods(session, pid) if m["municipality"] == canonical]
        if periods:
            name = resolve_people.display_name(_spellings(session, pid))
            out += [{"person": {"id": pid, "name": name}, **m} for m in periods]
    out.sort(key=lambda m: (m["from"] or "", m["person"]["name"]))
    return out


def _spellings(session: Session, pid: int) -> dict[str, int]:
    """How often each spelling names person ``pid`` in attendance (counted up to ``counting.COUNT_CAP``)
    and as a presenter."""
    a = t.Attendance
    names = loose_scan(a.name, a.person_id == pid)
    counts = {name: counting.of(n).n for name, n in session.execute(
        select(names.c.v, capped_count_of(a.name, names.c.v, a.person_id == pid, along=a.status)).where(names.c.v.is_not(None)))}
    for name, n in session.execute(select(t.Presenter.name, func.count()).where(t.Presenter.person_id == pid)
                                   .group_by(t.Presenter.name)):
        counts[name] = counts.get(name, 0) + n
    return counts


def _periods(session: Session, pid: int) -> list[dict]:
    """Person ``pid``'s periods of representation (``resolve.people.memberships``), from the ends of their
    span in each place and its meetings counted up to ``counting.COUNT_CAP``; walked row by row only when
    spans in different places interleave."""
    a = t.Attendance
    places = loose_scan(a.municipality_id, a.person_id == pid)

    def here(*more):
        return (a.person_id == pid, a.municipality_id == places.c.v, a.meeting_date.is_not(None), *more)

    spans = []
    for name, first, last, n in session.execute(
            select(t.Municipality.name, select(func.min(a.meeting_date)).where(*here()).scalar_subquery(),
                   select(func.max(a.meeting_date)).where(*here()).scalar_subquery(),
                   capped_count_of(a.person_id, pid, *here()[1:], along=a.meeting_date))
            .select_from(places).join(t.Municipality, t.Municipality.id == places.c.v)):
        if first is not None:
            first, last = (dt.date.fromisoformat(d) if isinstance(d, str) else d for d in (first, last))
            spans.append((first, name, last, counting.of(n)))
    spans.sort(key=lambda s: (s[0], s[1]))
    if all(earlier[2] < later[0] for earlier, later in zip(spans, spans[1:])):
        return [{"municipality": name, "from": iso(first), "to": iso(last), "meetings": n.n, "meetings_over": n.over}
                for first, name, last, n in spans]
    walked = resolve_people.memberships(session.execute(
        select(a.meeting_date, t.Municipality.name).join(t.Municipality, t.Municipality.id == a.municipality_id)
        .where(a.person_id == pid)).all())
    return [{"municipality": m.municipality, "from": iso(m.first), "to": iso(m.last), "meetings": m.meetings,
             "meetings_over": False} for m in walked]


def municipality(name: str, db: DB = None) -> dict:
    """One municipality: who represented it from when to when, its attendance at the latest
    ``MUNICIPALITY_MEETINGS`` meetings, the items its people (or its organisation) presented, its tasks.
    Read for this municipality only: its people and its rows, never the whole archive."""
    canonical = next((m for m in (*MUNICIPALITIES, SECRETARIAT) if fold(m) == fold(name)), None)
    if canonical is None:
        raise NotInArchive(name, "ingen sådan kommun")
    with reading(db) as session:
        mid = session.scalar(select(t.Municipality.id).where(t.Municipality.name == canonical))
        members = [] if mid is None else _members(session, mid, canonical)
        latest = session.execute(select(t.Meeting.id, t.Meeting.date, t.Meeting.number)
                                 .where(t.Meeting.date.is_not(None))
                                 .order_by(t.Meeting.date.desc(), t.Meeting.id.desc())
                                 .limit(MUNICIPALITY_MEETINGS)).all()
        cells: dict[int, list[dict]] = {m.id: [] for m in latest}
        if mid is not None and cells:
            for a in session.execute(select(t.Attendance.meeting_id, t.Attendance.name, t.Attendance.status,
                                            t.Attendance.person_id)
                                     .where(t.Attendance.municipality_id == mid,
                                            t.Attendance.meeting_id.in_(list(cells)))
                                     .order_by(t.Attendance.position)):
                cells[a.meeting_id].append({"name": a.name, "status": a.status, "person_id": a.person_id})
        presented = _presented(session, [m["person"]["id"] for m in members],
                               municipality_id=mid if canonical != SECRETARIAT else None)
        tasks = tasks_of(session, f"municipality:{canonical}")
    return {"name": canonical, "memberships": members,
            "attendance": [{"meeting": {"id": m.id, "date": iso(m.date), "number": m.number}, "people": cells[m.id]}
                           for m in reversed(latest)],
            "items_presented": presented, "tasks": tasks}


_RANKED = Sort("rank", (Key(None, kind="int"),))  # a search page's cursor: the offset into the ranking
SEARCH_RANKED = 200  # search pages through this many best matches, and counts its facets over them
SEARCH_PAGE = 20  # results on a page of search when no limit is given (each read in full, with its snippet)


def search_faceted(q: str, year: int | None = None, kind: str | None = None, assignee: str | None = None,
                   limit: int | None = None, db: DB = None, cursor: str | None = None,
                   page: int | None = None) -> dict:
    """``search`` among the best ``SEARCH_RANKED`` matches, each with its year, decision kinds and
    assignees, filtered by them, with the counts of each (facets); a page of them (``page``, or after
    ``cursor``; ``SEARCH_PAGE`` a page unless ``limit`` says) in rank order, only these read in full and
    given their snippets. The ranking is the index's (not a column), so the cursor is the offset into it."""
    limit = check_limit(limit if limit is not None else SEARCH_PAGE)
    if page is not None and page < 1:
        raise BadPage("sidan ska vara 1 eller mer")
    offset = decode(_RANKED, cursor)[0] if cursor else (page - 1) * limit if page else 0
    if offset < 0:
        raise BadPage("ogiltig cursor")
    q = (q or "").strip()
    parsed = parse_query(q)
    kinds: dict[int, set[str]] = defaultdict(set)
    assignees: dict[int, set[str]] = defaultdict(set)
    with reading(db) as session:
        reader = SessionReader(session)
        found = hits(reader, parsed, SEARCH_RANKED) if q else []
        ids = [item_id for item_id, _ in found]
        # What the facets count, for every ranked match: years, decision kinds, assignees (three small reads).
        years = {item_id: date.year if date else None for item_id, date in session.execute(
            select(t.Item.id, t.Meeting.date).join(t.Meeting, t.Meeting.id == t.Item.meeting_id)
            .where(t.Item.id.in_(ids)))} if ids else {}
        if ids:
            for item_id, k in session.execute(select(t.Decision.item_id, t.Decision.kind)
                                              .where(t.Decision.item_id.in_(ids))):
                kinds[item_id].add(k)
            for item_id, a in session.execute(select(t.Action.item_id, t.Action.assignee)
                                              .where(t.Action.item_id.in_(ids))):
                assignees[item_id].add(a)
        facets = {"year": Counter(), "kind": Counter(), "assignee": Counter()}
        kept = []
        for item_id, score in found:
            h_year, h_kinds, h_assignees = years.get(item_id), sorted(kinds[item_id]), sorted(assignees[item_id])
            if h_year:
                facets["year"][h_year] += 1
            for k in h_kinds:
                facets["kind"][k] += 1
            for a in h_assignees:
                facets["assignee"][a] += 1
            if year and h_year != year:
                continue
            if kind and kind not in h_kinds:
                continue
            if assignee and assignee not in h_assignees:
                continue
            kept.append((item_id, score))
        # Only the page shown is read in full and given its snippet.
        shown = search_results(reader, parsed, kept[offset:offset + limit])
    for h in shown:
        item_id = h["item"]["id"]
        h["year"], h["kinds"], h["assignees"] = years.get(item_id), sorted(kinds[item_id]), sorted(assignees[item_id])
    more = offset + limit < len(kept)
    return {"q": q, "filters": {"year": year, "kind": kind, "assignee": assignee},
            "total": len(kept), "results": shown, "limit": limit, "page": None if cursor else (page or 1),
            "has_more": more, "next_cursor": encode(_RANKED, [offset + limit]) if more else None,
            "facets": {"year": [{"value": y, "count": n} for y, n in sorted(facets["year"].items(), reverse=True)],
                       "kind": [{"value": k, "count": n} for k, n in facets["kind"].most_common()],
                       "assignee": [{"value": a, "count": n} for a, n in facets["assignee"].most_common(15)]}}


def meeting_years(db: DB = None) -> list[int]:
    """The years the archive has meetings of, newest first."""
    with reading(db) as session:
        return sorted({d.year for d in session.scalars(select(t.Meeting.date).where(t.Meeting.date.is_not(None)))},
                      reverse=True)


def correction_form(meeting_id: int, path: str, db: DB = None) -> dict:
    """What the form to correct the value at ``path`` shows: the parsed value, the value now, the
    correction if there is one."""
    fixes.parse_path(path)
    with reading(db) as session:
        row = meeting_row(session, meeting_id)
        data = meeting_json(session, meeting_id)
        try:
            now_ = fixes.get_at(data, path)
        except KeyError:
            raise NotInArchive(path, "mötet har inget sådant värde") from None
        corrected = fixes.apply(session, row, data)
        ref = _meeting_ref(row)
    correction = corrected.get(path)
    parsed = correction["parsed"] if correction else now_
    return {"meeting": ref, "path": path, "parsed": parsed,
            "value": correction["value"] if correction else now_, "correction": correction}


REVIEW_BATCH = 50  # meetings read at a time while filling a page of review flags
_REVIEW = Sort("review", (*MEETING_SORTS["-date"].keys, Key(None, kind="int")))  # meeting, then flags to skip


def review_queue(db: DB = None, limit: int | None = None, cursor: str | None = None) -> dict:
    """A page of the open review flags, newest meetings first: the meetings are walked in SQL from the
    cursor's meeting (keyset) and their flags worked out until the page is full, so a page costs the
    meetings it shows, not the archive. ``count`` and ``reasons`` count this page's flags."""
    limit = check_limit(limit)
    order = MEETING_SORTS["-date"]
    query = select(t.Meeting).order_by(*_order_by(order))
    skip = 0
    if cursor:
        date, meeting_id, skip = decode(_REVIEW, cursor)
        if skip < 0:
            raise BadPage("ogiltig cursor")
        query = query.where(or_(after(order, [date, meeting_id]), t.Meeting.id == meeting_id))
    flags: list[tuple[dict, tuple]] = []  # each with where it is: (meeting date, id, its index there)
    with reading(db) as session:
        batch_query = query
        while len(flags) <= limit:  # one more than the page: then there is a next page
            batch = session.scalars(batch_query.limit(REVIEW_BATCH)).all()
            for m in batch:
                data = meeting_json(session, m.id)
                corrected = fixes.apply(session, m, data)
                found = review.meeting_flags(session, m, data, corrected)
                flags += [({"meeting": _meeting_ref(m), **flag}, (m.date or LAST_DATE, m.id, n))
                          for n, flag in enumerate(found) if n >= skip]
                skip = 0
                if len(flags) > limit:
                    break
            if len(batch) < REVIEW_BATCH:
                break
            last = batch[-1]
            batch_query = select(t.Meeting).where(after(order, [last.date or LAST_DATE, last.id])) \
                .order_by(*_order_by(order))
    next_cursor = None
    if len(flags) > limit:
        date, meeting_id, n = flags[limit - 1][1]
        next_cursor = encode(_REVIEW, [date, meeting_id, n + 1])
    flags = [flag for flag, _ in flags[:limit]]
    return {"flags": flags, "count": len(flags), "reasons": dict(Counter(f["reason"] for f in flags)),
            "limit": limit, "next_cursor": next_cursor, "has_more": next_cursor is not None}
