"""What a calendar or a feed reader subscribes to: the calendar of meetings and deadlines (iCalendar)
and Atom feeds of new meetings and new decisions, read from the rows (the editors' corrections are
written into them, so the corrected values are what subscribers see). The writers are in ``export``.

    calendar_ics(db, base_url, assignee=..., status=..., meeting_id=..., only=...)   text/calendar
    meetings_feed(db, base_url)      Atom: the meetings newest in the archive first
    decisions_feed(db, base_url)     Atom: the decisions of those meetings
    actions_feed(db, base_url, assignee=..., status=...)   Atom: actions, latest changed first

Entries are dated by when their meeting came into the archive (its first source's ingest time), so a
feed reader sees minutes read today as new even when the meeting was held long ago.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from protokoll.archive.export import actions_atom, calendar, decisions_atom, meetings_atom
from protokoll.archive.actions import list_actions
from protokoll.archive.common import iso, reading
from protokoll.archive.queries import _calendar_data
from protokoll.store import tables as t
from protokoll.store.db import Database

DB = Database | str | None
FEED_ENTRIES = 50  # entries in a feed: the newest, as feed readers keep what they have seen
CALENDAR_PARTS = ("meetings", "actions")  # what ``only`` may name


def calendar_ics(db: DB = None, base_url: str | None = None, assignee: str | None = None,
                 status: str | None = None, meeting_id: int | None = None, due_before: dt.date | None = None,
                 only: str | None = None, today: dt.date | None = None) -> str:
    """The calendar as iCalendar text: held meetings, scheduled dates and the actions' deadlines.
    ``assignee``, ``status``, ``meeting_id`` and ``due_before`` filter the deadlines as they filter the actions board;
    ``only`` ("meetings" or "actions") leaves out the other part."""
    if only is not None and only not in CALENDAR_PARTS:
        raise ValueError(f"only ska vara meetings eller actions, inte {only!r}")
    with reading(db) as session:
        held, scheduled = _calendar_data(session) if only != "actions" else ([], [])
        deadlines = [] if only == "meetings" else [
            a for a in list_actions(session, assignee=assignee or None, status=status or None,
                                    due_before=due_before, meeting_id=meeting_id, marked=True) if a["due"]]
    cal = calendar(held, scheduled, deadlines=deadlines, today=today, base_url=base_url)
    return cal.to_ical().decode("utf-8")


def _arrived(session: Session) -> dict[int, dt.datetime]:
    """Meeting id → when its first source was ingested."""
    return {mid: at for mid, at in session.execute(select(t.Source.meeting_id, func.min(t.Source.ingested_at))
                                                    .group_by(t.Source.meeting_id))}


def _newest(session: Session, limit: int) -> list[tuple[t.Meeting, dt.datetime]]:
    arrived = _arrived(session)
    rows = session.scalars(select(t.Meeting).where(t.Meeting.id.in_(list(arrived)))).all()
    rows = sorted(rows, key=lambda m: (arrived[m.id], m.date or dt.date.min, m.id), reverse=True)
    return [(m, arrived[m.id]) for m in rows[:limit]]


def _meeting_entry(m: t.Meeting) -> dict:
    return {"id": m.id, "date": iso(m.date), "number": m.number, "body": m.body, "organisation": m.organisation,
            "body_key": m.body_key, "location": m.location, "start_time": m.start_time}


def meetings_feed(db: DB = None, base_url: str = "http://localhost", limit: int = FEED_ENTRIES) -> str:
    """Atom: the meetings most recently come into the archive, with their agenda."""
    with reading(db) as session:
        newest = _newest(session, limit)
        titles: dict[int, list[str]] = {}
        for meeting_id, number, title in session.execute(
                select(t.Item.meeting_id, t.Item.number, t.Item.title)
                .where(t.Item.meeting_id.in_([m.id for m, _ in newest]), t.Item.parent_id.is_(None))
                .order_by(t.Item.meeting_id, t.Item.position)):
            titles.setdefault(meeting_id, []).append(f"{number}. {title}" if number is not None else title)
        entries = [{**_meeting_entry(m), "arrived": iso(at), "items": titles.get(m.id, [])} for m, at in newest]
    return meetings_atom(entries, base_url)


def decisions_feed(db: DB = None, base_url: str = "http://localhost", limit: int = FEED_ENTRIES * 4) -> str:
    """Atom: the decisions of the meetings most recently come into the archive, newest first."""
    with reading(db) as session:
        newest = _newest(session, limit)
        meetings = {m.id: (m, at) for m, at in newest}
        i, d = t.Item, t.Decision
        entries, counted = [], {}
        for row in session.execute(
                select(d.text, d.kind, d.position, i.id.label("item_id"), i.number, i.label, i.title, i.position
                       .label("item_position"), i.meeting_id)
                .join(i, i.id == d.item_id).where(i.meeting_id.in_(list(meetings)))
                .order_by(i.meeting_id, i.id, d.position)):  # items are written in the record's order
            m, at = meetings[row.meeting_id]
            counted[m.id] = counted.get(m.id, 0) + 1
            entries.append({"meeting": _meeting_entry(m), "arrived": iso(at), "text": row.text, "kind": row.kind,
                            "position": row.position, "item_id": row.item_id, "item_number": row.number,
                            "item_position": row.item_position, "item_label": row.label,
                            "item_title": row.title, "ordinal": counted[m.id]})
    entries.sort(key=lambda e: (e["arrived"], e["meeting"]["date"] or "", e["meeting"]["id"]), reverse=True)
    return decisions_atom(entries[:limit], base_url)


def actions_feed(db: DB = None, base_url: str = "http://localhost", assignee: str | None = None,
                 status: str | None = None, meeting_id: int | None = None, limit: int = FEED_ENTRIES * 4) -> str:
    """Atom: the actions (filtered as the actions board is, e.g. one assignee's), the latest changed
    first: an entry is updated when the action was opened or its status changed."""
    with reading(db) as session:
        found = list_actions(session, assignee=assignee or None, status=status or None, meeting_id=meeting_id,
                             marked=True)
        # Events are numbered as they happen: the latest event's number orders within a second too.
        latest = dict(session.execute(select(t.ActionEvent.action_id, func.max(t.ActionEvent.id))
                                      .group_by(t.ActionEvent.action_id)).all())
    for a in found:
        a["arrived"] = a["history"][-1]["at"] if a["history"] else None
    found.sort(key=lambda a: (latest.get(a["id"], 0), a["id"]), reverse=True)
    return actions_atom(found[:limit], base_url, assignee=assignee or None)
