"""Editors' corrections of a meeting's values: the truth of the read model.

A correction is keyed by the meeting's identity (date and folded body, matched as ``resolve.meetings``
matches meetings; the row id only for meetings without a date) and a value path such as ``number``,
``attendees[3].affiliation`` or ``items[2].decisions[0].actions[0].due``.

It is written into the archive's rows (the action's ``due``, the meeting's ``start_time``), so every
view, filter, sort, export and calendar reads the corrected value with plain SQL. The parsed value
stays in the sources' records and in the correction (``original``: the parsed value it replaced;
``parsed``: the parsed value under it now). When a meeting is rebuilt from its sources (a new source
arrived), the rows are parsed values again and ``reapply`` writes the corrections over them once
more, noting the parsed value each one now covers: when that differs from ``original`` (a better
source arrived), the correction is still applied but marked ``stale`` so an editor can look again.
The meeting's ``date`` is its identity, not a row value: a correction of it shows on the meeting but
does not move the meeting.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from protokoll.archive import assignees
from protokoll.archive.common import iso
from protokoll.archive.search import add as index_add
from protokoll.archive.search import remove as index_remove
from protokoll.errors import NotInArchive
from protokoll.model import (AGENDA, Action, Attendee, Ballot, Decision, Document, Item, Presenter, Protocol,
                             ScheduledMeeting, Vote, walk)
from protokoll.municipalities import named_in
from protokoll.resolve.meetings import same_body
from protokoll.store import mapping
from protokoll.store import tables as t
from protokoll.store.tables import Correction

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
        raise CorrectionError("inte en värdesökväg")
    steps, pos, cls = [], 0, Protocol
    while True:
        m = _STEP.match(path, pos)
        if not m:
            break
        child = CHILDREN.get((cls, m.group(1)))
        if child is None:
            raise CorrectionError(f"{path!r}: {m.group(1)!r} är ingen lista här")
        steps.append((m.group(1), int(m.group(2))))
        cls, pos = child, m.end()
    field = path[pos:]
    if not _FIELD.fullmatch(field) or field not in FIELDS[cls]:
        raise CorrectionError(f"{path!r}: inget värde som kan rättas")
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
            raise CorrectionError("värdet är för långt")
        if raw == "":
            raw = None
    if raw is None and info.is_required():
        raise CorrectionError("värdet får inte vara tomt")
    adapter = TypeAdapter(info.annotation)
    try:
        value = adapter.validate_python(raw)
    except ValidationError as err:
        raise CorrectionError(f"inte ett giltigt värde: {err.errors()[0]['msg']}") from None
    if field in CLOCK_FIELDS and value is not None and not CLOCK.fullmatch(value):
        raise CorrectionError("inte ett giltigt värde: en tid skrivs TT:MM (00:00–23:59)")
    if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= MAX_NUMBER:
        raise CorrectionError(f"inte ett giltigt värde: ett tal från 0 till {MAX_NUMBER}")
    return adapter.dump_python(value, mode="json")


# Where each kind of node is stored: its table, and how its row is found under its parent's row.
_TABLES: dict[type, type] = {Protocol: t.Meeting, Attendee: t.Attendance, Item: t.Item, Presenter: t.Presenter,
                             Document: t.Attachment, Decision: t.Decision, Action: t.Action, Vote: t.Vote,
                             Ballot: t.Ballot, ScheduledMeeting: t.ScheduledMeeting}
_UNDER: dict[str, tuple[type, str]] = {  # list name → (table, its column naming the parent row)
    "attendees": (t.Attendance, "meeting_id"), "items": (t.Item, "meeting_id"),
    "scheduled_meetings": (t.ScheduledMeeting, "meeting_id"), "subitems": (t.Item, "parent_id"),
    "presenters": (t.Presenter, "item_id"), "documents": (t.Attachment, "item_id"),
    "decisions": (t.Decision, "item_id"), "actions": (t.Action, "decision_id"), "votes": (t.Vote, "decision_id"),
    "ballots": (t.Ballot, "vote_id"),
}
IDENTITY = frozenset({"date"})  # header fields that identify the meeting: shown corrected, never written


def _for_meeting(meeting: t.Meeting):
    query = select(Correction).where(Correction.active.is_(True))
    if meeting.date is None:
        return query.where(Correction.meeting_date.is_(None), Correction.meeting_id == meeting.id)
    return query.where(Correction.meeting_date == meeting.date)


def active(session: Session, meeting: t.Meeting) -> list[Correction]:
    rows = session.scalars(_for_meeting(meeting).order_by(Correction.id)).all()
    return [r for r in rows if meeting.date is None or same_body(r.body_key, meeting.body_key)]


def _target(session: Session, meeting_id: int, path: str) -> tuple[type, object, str] | None:
    """(table, row id, column) where the value at ``path`` of the meeting is stored; None when the
    meeting has no such value (any more)."""
    steps, field, cls = parse_path(path)
    table, row_id = t.Meeting, meeting_id
    for name, index in steps:
        table, parent = _UNDER[name]
        query = select(table.id).where(getattr(table, parent) == row_id, table.position == index)
        if name == "items":
            query = query.where(t.Item.parent_id.is_(None))
        row_id = session.scalar(query)
        if row_id is None:
            return None
    return table, row_id, field


def _column_value(path: str, value: Any) -> Any:
    """A correction's JSON value as its column holds it (a date as a date)."""
    _, field, cls = parse_path(path)
    return TypeAdapter(cls.model_fields[field].annotation).validate_python(value)


def _json_value(path: str, value: Any) -> Any:
    _, field, cls = parse_path(path)
    return TypeAdapter(cls.model_fields[field].annotation).dump_python(value, mode="json")


def _read(session: Session, target) -> Any:
    table, row_id, column = target
    return session.scalar(select(getattr(table, column)).where(table.id == row_id))


def _write(session: Session, target, value: Any) -> None:
    table, row_id, column = target
    values = {column: value}
    if table is t.Action and column == "assignee":  # who must act follows the corrected assignee
        values["assignee_key"] = assignees.resolve(session, value or "")
    if table is t.Presenter and column in ("organisation", "role"):  # so does the municipality it names
        row = session.execute(select(t.Presenter.organisation, t.Presenter.role).where(t.Presenter.id == row_id)).one()
        texts = {"organisation": row.organisation, "role": row.role, column: value}
        named = named_in(texts["organisation"], texts["role"])
        values["municipality_id"] = named and session.scalar(select(t.Municipality.id)
                                                             .where(t.Municipality.name == named))
    session.execute(update(table.__table__).where(table.__table__.c.id == row_id).values(values))


def _target_key(target) -> str | None:
    return f"{target[0].__tablename__}:{target[1]}" if target else None


def _item_of(session: Session, target) -> int | None:
    """The item whose search entry holds the value at ``target`` (its title, a decision, a presenter)."""
    table, row_id, _ = target
    if table is t.Item:
        return row_id
    if table in (t.Decision, t.Presenter):
        return session.scalar(select(table.item_id).where(table.id == row_id))
    return None


def _reindex(session: Session, meeting_id: int, item_ids: set[int]) -> None:
    """Index the items again as their rows now read: a corrected title is what search finds."""
    item_ids.discard(None)
    if not item_ids:
        return
    session.flush()
    session.expire_all()  # the rows were written with Core statements: read them afresh
    protocol, rows = mapping.load_meeting(session, meeting_id)
    pairs = [(row.id, item) for row, (_, item) in zip(rows["items"], walk(protocol, lists=AGENDA))
             if row.id in item_ids]
    index_remove(session, [item_id for item_id, _ in pairs])
    index_add(session, pairs)


def _put(session: Session, meeting_id: int, row: Correction) -> int | None:
    """Write the correction over the parsed value now in the rows, noting that value; the item whose
    search entry it changes, if any."""
    if row.path in IDENTITY:
        row.parsed, row.state, row.target = row.original if row.parsed is None else row.parsed, "applied", None
        return None
    target = _target(session, meeting_id, row.path)
    if target is None:
        row.parsed, row.state, row.target = None, "missing", None
        return None
    row.parsed = json.dumps(_json_value(row.path, _read(session, target)), ensure_ascii=False)
    _write(session, target, _column_value(row.path, json.loads(row.value)))
    row.state, row.target = "applied", _target_key(target)
    return _item_of(session, target)


def reapply(session: Session, meeting_id: int, pending_only: bool = False) -> None:
    """Write the meeting's active corrections over its rows: after the rows were rebuilt from the
    sources (ingest), or, ``pending_only``, the corrections made before corrections were written to
    the rows (0005)."""
    table = Correction.__table__
    if session.scalar(select(table.c.id).where(table.c.active.is_(True), or_(
            table.c.meeting_date == select(t.Meeting.__table__.c.date).where(t.Meeting.__table__.c.id == meeting_id)
            .scalar_subquery(), table.c.meeting_id == meeting_id)).limit(1)) is None:
        return  # the common case, answered by one look at an index: nothing corrected in this meeting
    meeting = session.get(t.Meeting, meeting_id)
    if meeting is None:
        return
    touched = {_put(session, meeting_id, row) for row in active(session, meeting)
               if not pending_only or row.state == "pending"}
    _reindex(session, meeting_id, touched)
    session.flush()


def corrected_meetings(session: Session) -> tuple[set, set]:
    """(dates, meeting ids) of the active corrections: what ``reapply`` looks for, read at once for a
    batch of documents (corrections are made one at a time by editors, never during an ingest's
    transaction, which holds the write lock)."""
    table = Correction.__table__
    rows = session.execute(select(table.c.meeting_date, table.c.meeting_id).where(table.c.active.is_(True))).all()
    return {r.meeting_date for r in rows if r.meeting_date is not None}, \
        {r.meeting_id for r in rows if r.meeting_id is not None}


def apply_pending(session: Session) -> int:
    """Write every correction still pending into the rows; how many meetings it touched."""
    found = session.execute(select(Correction.meeting_date, Correction.meeting_id, Correction.body_key)
                            .where(Correction.active.is_(True), Correction.state == "pending")).all()
    done: set[int] = set()
    for date, meeting_id, key in found:
        if date is None:
            candidates = [meeting_id] if meeting_id is not None else []
        else:
            candidates = [m.id for m in session.scalars(select(t.Meeting).where(t.Meeting.date == date))
                          if same_body(m.body_key, key)]
        for mid in candidates:
            if mid not in done:
                reapply(session, mid, pending_only=True)
                done.add(mid)
    # Corrections of meetings no longer in the archive wait for them: not pending any more.
    session.execute(update(Correction.__table__).where(Correction.__table__.c.active.is_(True),
                                                       Correction.__table__.c.state == "pending")
                    .values(state="missing"))
    return len(done)


def info(row: Correction) -> dict:
    """A correction as the views show it: ``original`` is the parsed value the editor replaced,
    ``parsed`` the parsed value under it now (they differ when a better source arrived: ``stale``)."""
    original = json.loads(row.original)
    found = row.state != "missing"
    parsed = json.loads(row.parsed) if row.parsed is not None else original
    return {"id": row.id, "path": row.path, "value": json.loads(row.value), "original": original,
            "parsed": parsed, "note": row.note, "by": row.user_name, "at": iso(row.created_at),
            "applied": found, "stale": found and parsed != original}


def apply(session: Session, meeting: t.Meeting, data: dict) -> dict[str, dict]:
    """The meeting's corrections (path → what was corrected), with the values that are not row values
    (``IDENTITY``) set in its JSON record ``data``; the others are in the rows it was read from."""
    out = {}
    for row in active(session, meeting):
        out[row.path] = info(row)
        if row.path in IDENTITY:
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
    """The header paths corrected in a meeting of the list (identity values set in ``meeting``)."""
    key = (meeting_date, meeting["id"] if meeting_date is None else None)
    changed = []
    for row in rows_by_key.get(key, []):
        if meeting_date is not None and not same_body(row.body_key, body_key):
            continue
        if row.path in meeting:
            if row.path in IDENTITY:
                meeting[row.path] = json.loads(row.value)
            changed.append(row.path)
    return changed


def corrected_fields(session: Session, table: type, ids: list) -> dict[object, list[str]]:
    """Row id → the fields of it an active correction holds (the action board marks them)."""
    if not ids:
        return {}
    keys = {f"{table.__tablename__}:{i}": i for i in ids}
    wanted = list(keys)
    out: dict[object, list[str]] = {}
    for chunk in range(0, len(wanted), 500):
        for target, path in session.execute(select(Correction.target, Correction.path)
                                            .where(Correction.active.is_(True),
                                                   Correction.target.in_(wanted[chunk:chunk + 500]))
                                            .order_by(Correction.id)):
            out.setdefault(keys[target], []).append(path.rsplit(".", 1)[-1])
    return out


def add(session: Session, meeting: t.Meeting, data: dict, path: str, raw: Any, note: str | None,
        user: str) -> dict:
    """Store a correction of ``path`` in the meeting whose JSON record (as read) is ``data``, and write
    it into the rows."""
    try:
        current = get_at(data, path)
    except KeyError:
        raise NotInArchive(path, "mötet har inget sådant värde") from None
    value = coerce(path, raw)
    parsed = current
    for old in active(session, meeting):
        if old.path == path:
            old.active = False
            if old.state == "applied" and old.parsed is not None:
                parsed = json.loads(old.parsed)  # the rows hold the old correction: the parse was under it
    row = Correction(meeting_date=meeting.date, body_key=meeting.body_key or "", meeting_id=meeting.id,
                     path=path, value=json.dumps(value, ensure_ascii=False),
                     original=json.dumps(parsed, ensure_ascii=False), note=(note or "").strip()[:2000] or None,
                     user_name=user, created_at=dt.datetime.now(dt.timezone.utc), active=True,
                     parsed=json.dumps(parsed, ensure_ascii=False), state="pending")
    session.add(row)
    session.flush()
    if path not in IDENTITY:
        target = _target(session, meeting.id, path)
        if target is not None:
            _write(session, target, _column_value(path, parsed))  # the parse under it, then the correction
    _reindex(session, meeting.id, {_put(session, meeting.id, row)})
    session.flush()
    return info(row)


def revert(session: Session, meeting: t.Meeting, correction_id: int) -> None:
    """Withdraw a correction: the parsed value it covered is the row's value again."""
    for row in active(session, meeting):
        if row.id == correction_id:
            row.active = False
            if row.state == "applied" and row.path not in IDENTITY and row.parsed is not None:
                target = _target(session, meeting.id, row.path)
                if target is not None:
                    _write(session, target, _column_value(row.path, json.loads(row.parsed)))
                    _reindex(session, meeting.id, {_item_of(session, target)})
            return
    raise NotInArchive(str(correction_id), "mötet har ingen sådan rättelse")


def history(session: Session, meeting: t.Meeting) -> list[dict]:
    query = select(Correction)
    if meeting.date is None:
        query = query.where(Correction.meeting_date.is_(None), Correction.meeting_id == meeting.id)
    else:
        query = query.where(Correction.meeting_date == meeting.date)
    rows = [r for r in session.scalars(query.order_by(Correction.id))
            if meeting.date is None or same_body(r.body_key, meeting.body_key)]
    return [{**info(r), "stale": False, "applied": True, "active": r.active} for r in rows]
