"""Editors' corrections of a meeting's values, stored apart from the parsed data and applied on read.

A correction is keyed by the meeting's identity (date and folded body, matched as ``resolve.meetings``
matches meetings; the row id only for meetings without a date) and a value path such as ``number``,
``attendees[3].affiliation`` or ``items[2].decisions[0].actions[0].due``. Nothing of the parsed
archive changes, so re-ingesting a source, or a new source of the meeting arriving, rebuilds the
meeting and the correction is applied again. A correction remembers the parsed value it replaced;
when the parsed value at its path has changed since (a better source arrived), it is still applied
but marked ``stale`` so an editor can look again.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from protokoll.errors import NotInArchive
from protokoll.model import (Action, Attendee, Ballot, Decision, Document, Item, Presenter, Protocol,
                             ScheduledMeeting, Vote)
from protokoll.resolve.meetings import same_body
from protokoll.store import tables as t
from protokoll.web.tables import Correction

# Single values only: a list of names (adjusters, reservations, recipients) has no one-line form to
# correct it in.
FIELDS: dict[type, tuple[str, ...]] = {
    Protocol: ("organisation", "body", "number", "date", "start_time", "end_time", "location", "room", "contact",
               "chair", "secretary"),
    Attendee: ("name", "affiliation", "status", "role", "party", "note"),
    Item: ("number", "label", "case_number", "title", "summary"),
    Presenter: ("name", "role", "organisation"),
    Document: ("label", "title"),
    Decision: ("text", "kind"),
    Action: ("assignee", "task", "due"),
    Vote: ("yes", "no", "abstain", "yes_means", "no_means"),
    Ballot: ("name", "party", "vote"),
    ScheduledMeeting: ("date", "start_time", "end_time"),
}
CHILDREN: dict[tuple[type, str], type] = {
    (Protocol, "attendees"): Attendee, (Protocol, "items"): Item, (Protocol, "scheduled_meetings"): ScheduledMeeting,
    (Item, "subitems"): Item, (Item, "presenters"): Presenter, (Item, "documents"): Document,
    (Item, "decisions"): Decision, (Decision, "actions"): Action, (Decision, "votes"): Vote,
    (Vote, "ballots"): Ballot,
}
_STEP = re.compile(r"([a-z_]+)\[(\d{1,4})\]\.")
_FIELD = re.compile(r"[a-z_]+")
MAX_VALUE = 20_000


class CorrectionError(ValueError):
    pass


def parse_path(path: str) -> tuple[list[tuple[str, int]], str, type]:
    """``items[2].decisions[0].text`` → ([("items", 2), ("decisions", 0)], "text", Decision)."""
    if not isinstance(path, str) or len(path) > 300:
        raise CorrectionError("not a value path")
    steps, pos, cls = [], 0, Protocol
    while True:
        m = _STEP.match(path, pos)
        if not m:
            break
        child = CHILDREN.get((cls, m.group(1)))
        if child is None:
            raise CorrectionError(f"{path!r}: {m.group(1)!r} is not a list here")
        steps.append((m.group(1), int(m.group(2))))
        cls, pos = child, m.end()
    field = path[pos:]
    if not _FIELD.fullmatch(field) or field not in FIELDS[cls]:
        raise CorrectionError(f"{path!r}: not a value that can be corrected")
    return steps, field, cls


def node_path(path: str) -> str:
    """The path of the object holding a value: ``items[2].title`` → ``items[2]``, ``number`` → ``""``."""
    steps, _, _ = parse_path(path)
    return ".".join(f"{name}[{i}]" for name, i in steps)


def _holder(data: dict, steps: list[tuple[str, int]]) -> dict:
    node = data
    for name, index in steps:
        children = node.get(name)
        if not isinstance(children, list) or index >= len(children):
            raise KeyError(index)
        node = children[index]
    return node


def get_at(data: dict, path: str) -> Any:
    steps, field, _ = parse_path(path)
    holder = _holder(data, steps)
    if field not in holder:
        raise KeyError(field)
    return holder[field]


def set_at(data: dict, path: str, value: Any) -> None:
    steps, field, _ = parse_path(path)
    _holder(data, steps)[field] = value


CLOCK_FIELDS = frozenset({"start_time", "end_time"})
CLOCK = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
MAX_NUMBER = 1_000_000  # protocol and item numbers, vote counts: never more


def coerce(path: str, raw: Any) -> Any:
    """The corrected value as JSON, validated against the record's type for that field."""
    _, field, cls = parse_path(path)
    info = cls.model_fields[field]
    if isinstance(raw, str):
        raw = raw.strip()
        if len(raw) > MAX_VALUE:
            raise CorrectionError("the value is too long")
        if raw == "":
            raw = None
    if raw is None and info.is_required():
        raise CorrectionError("this value cannot be empty")
    adapter = TypeAdapter(info.annotation)
    try:
        value = adapter.validate_python(raw)
    except ValidationError as err:
        raise CorrectionError(f"not a valid value: {err.errors()[0]['msg']}") from None
    if field in CLOCK_FIELDS and value is not None and not CLOCK.fullmatch(value):
        raise CorrectionError("not a valid value: a time is written HH:MM (00:00–23:59)")
    if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= MAX_NUMBER:
        raise CorrectionError(f"not a valid value: a number from 0 to {MAX_NUMBER}")
    return adapter.dump_python(value, mode="json")


def _for_meeting(meeting: t.Meeting):
    query = select(Correction).where(Correction.active.is_(True))
    if meeting.date is None:
        return query.where(Correction.meeting_date.is_(None), Correction.meeting_id == meeting.id)
    return query.where(Correction.meeting_date == meeting.date)


def active(session: Session, meeting: t.Meeting) -> list[Correction]:
    rows = session.scalars(_for_meeting(meeting).order_by(Correction.id)).all()
    return [r for r in rows if meeting.date is None or same_body(r.body_key, meeting.body_key)]


def info(row: Correction, current: Any = None, found: bool = True) -> dict:
    original = json.loads(row.original)
    return {"id": row.id, "path": row.path, "value": json.loads(row.value), "original": original,
            "note": row.note, "by": row.user_name, "at": _iso(row.created_at),
            "applied": found, "stale": found and current != original}


def apply(session: Session, meeting: t.Meeting, data: dict) -> dict[str, dict]:
    """Apply the meeting's corrections to its JSON record in place; path → what was corrected."""
    out = {}
    for row in active(session, meeting):
        try:
            current = get_at(data, row.path)
        except (KeyError, CorrectionError):
            out[row.path] = info(row, found=False)
            continue
        out[row.path] = info(row, current)
        set_at(data, row.path, json.loads(row.value))
    return out


def header_corrections(session: Session) -> dict[tuple, list[Correction]]:
    """Active corrections of header fields (no list in the path), by (date, body key) / meeting id."""
    out: dict[tuple, list[Correction]] = {}
    for row in session.scalars(select(Correction).where(Correction.active.is_(True),
                                                        Correction.path.not_like("%[%")).order_by(Correction.id)):
        out.setdefault((row.meeting_date, row.meeting_id if row.meeting_date is None else None), []).append(row)
    return out


def apply_header(rows_by_key: dict, meeting: dict, body_key: str, meeting_date: dt.date | None) -> list[str]:
    key = (meeting_date, meeting["id"] if meeting_date is None else None)
    changed = []
    for row in rows_by_key.get(key, []):
        if meeting_date is not None and not same_body(row.body_key, body_key):
            continue
        if row.path in meeting:
            meeting[row.path] = json.loads(row.value)
            changed.append(row.path)
    return changed


def add(session: Session, meeting: t.Meeting, parsed: dict, path: str, raw: Any, note: str | None,
        user: str) -> dict:
    """Store a correction of ``path`` in the meeting whose parsed JSON record is ``parsed``."""
    try:
        current = get_at(parsed, path)
    except KeyError:
        raise NotInArchive(path, "this meeting has no such value") from None
    value = coerce(path, raw)
    for old in active(session, meeting):
        if old.path == path:
            old.active = False
    row = Correction(meeting_date=meeting.date, body_key=meeting.body_key or "", meeting_id=meeting.id,
                     path=path, value=json.dumps(value, ensure_ascii=False),
                     original=json.dumps(current, ensure_ascii=False), note=(note or "").strip()[:2000] or None,
                     user_name=user, created_at=dt.datetime.now(dt.timezone.utc), active=True)
    session.add(row)
    session.flush()
    return info(row, current)


def revert(session: Session, meeting: t.Meeting, correction_id: int) -> None:
    for row in active(session, meeting):
        if row.id == correction_id:
            row.active = False
            return
    raise NotInArchive(str(correction_id), "no such correction of this meeting")


def history(session: Session, meeting: t.Meeting) -> list[dict]:
    query = select(Correction)
    if meeting.date is None:
        query = query.where(Correction.meeting_date.is_(None), Correction.meeting_id == meeting.id)
    else:
        query = query.where(Correction.meeting_date == meeting.date)
    rows = [r for r in session.scalars(query.order_by(Correction.id))
            if meeting.date is None or same_body(r.body_key, meeting.body_key)]
    return [{**info(r, json.loads(r.original)), "active": r.active} for r in rows]


def _iso(when: dt.datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
