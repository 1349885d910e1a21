"""The action tracker: every task a decision gives, with a stable id, a status and its history.

Ids are "<meeting date>-<n>" ("2024-04-19-3"): short enough to type, numbered in document order
when a meeting first enters the archive. They are never reused. When a meeting is merged again
because another source of it arrived, each new action takes over the id of the old action it is
(same assignee, nearly the same decision in nearly the same item), so statuses and their history —
kept under the id, apart from the rebuilt rows — survive re-ingesting and new sources alike.

Statuses: ``open`` (every action starts so), ``done``, ``cancelled``; any change back to ``open`` is
allowed too. Every change is an event with a time and an optional note.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from protokoll.archive import assignees
from protokoll.archive.common import STATUSES, iso, writing
from protokoll.archive.paging import Key, Sort, check_limit, date_or_last, fetch, pick
from protokoll.archive.corrections import corrected_fields
from protokoll.archive.counting import Count, capped
from protokoll.errors import NotInArchive
from protokoll.lazy import on_first_use
from protokoll.municipalities import fold
from protokoll.store import bulk
from protokoll.store import tables as t
from protokoll.store.db import Database

# Loaded by the first likeness measured (ingest): the archive's reading commands never need it.
Levenshtein = on_first_use("rapidfuzz.distance.Levenshtein")

CARRY_SIMILARITY = 0.75


@dataclass(frozen=True)
class ActionRef:
    """What identifies an action within its meeting, for carrying ids over a re-merge."""

    item: str
    decision: str
    assignee: str
    task: str | None = None


def series_of(meeting_date: dt.date | None, meeting_id: int) -> str:
    return meeting_date.isoformat() if meeting_date else f"m{meeting_id}"


def _key(text: str | None) -> str:
    return " ".join(fold(text or "").split())


def carry_score(old: ActionRef, new: ActionRef) -> float:
    """How surely ``new`` is ``old`` again; 0 for a different assignee."""
    if _key(old.assignee) != _key(new.assignee):
        return 0.0
    item = Levenshtein.normalized_similarity(_key(old.item), _key(new.item))
    decision = Levenshtein.normalized_similarity(_key(old.decision), _key(new.decision))
    task = Levenshtein.normalized_similarity(_key(old.task), _key(new.task))
    return (item + 2 * decision + task) / 4


def assign_ids(series: str, new: Sequence[ActionRef], old: Sequence[tuple[str, ActionRef]],
               next_seq: int) -> list[tuple[str, int]]:
    """(id, seq) for each of ``new``: an old action's id where one matches (best pairs first), else
    the next unused number of the series."""
    pairs = sorted(((carry_score(o, n), i, j) for j, (_, o) in enumerate(old) for i, n in enumerate(new)),
                   key=lambda p: (-p[0], p[1], p[2]))
    taken_new: dict[int, int] = {}
    taken_old: set[int] = set()
    for score, i, j in pairs:
        if score < CARRY_SIMILARITY:
            break
        if i not in taken_new and j not in taken_old:
            taken_new[i] = j
            taken_old.add(j)
    out = []
    for i in range(len(new)):
        if i in taken_new:
            old_id = old[taken_new[i]][0]
            out.append((old_id, int(old_id.rsplit("-", 1)[1]) if old_id.rsplit("-", 1)[-1].isdigit() else 0))
        else:
            out.append((f"{series}-{next_seq}", next_seq))
            next_seq += 1
    return out


_HIGHEST_SEQ = select(func.max(t.ActionState.seq)).where(t.ActionState.series == bindparam("series"))  # built once


def next_seq(session: Session, series: str) -> int:
    highest = session.scalar(_HIGHEST_SEQ, {"series": series})
    return (highest or 0) + 1


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValueError(f"status ska vara en av {', '.join(STATUSES)}")
    return status


def matches_assignee(assignee: str, wanted: str) -> bool:
    """Folded substring: "sekretariatschef" finds "tf sekretariatschefen" and "Sekretariatschef"."""
    return _key(wanted) in _key(assignee)


_A, _S, _M = t.Action, t.ActionState, t.Meeting
_DUE = Key(date_or_last(_A.due), kind="date")
_HELD = Key(date_or_last(_M.date), kind="date")
_SERIES, _SEQ = Key(_S.series), Key(_S.seq, kind="int")


def _desc(key: Key) -> Key:
    return Key(key.expr, True, key.kind)


SORTS = {s.name: s for s in (
    Sort("due", (_DUE, _HELD, _SERIES, _SEQ), "Senast, tidigast först"),
    Sort("-due", tuple(map(_desc, (_DUE, _HELD, _SERIES, _SEQ))), "Senast, senast först"),
    Sort("date", (_HELD, _SERIES, _SEQ), "Möte, äldst först"),
    Sort("-date", tuple(map(_desc, (_HELD, _SERIES, _SEQ))), "Möte, nyast först"),
    Sort("assignee", (Key(func.coalesce(_A.assignee_key, "")), _DUE, _SERIES, _SEQ), "Vem"),
)}
DEFAULT_SORT = "due"


def action_query(session: Session, open_only: bool = False, assignee: str | None = None,
                 due_before: dt.date | None = None, status: str | None = None, meeting_id: int | None = None,
                 ids: Sequence[str] | None = None, assignee_key: str | None = None):
    """The select of actions with their state, meeting, item and decision, filtered (no order). The
    rows hold the editors' corrections, so the filters see corrected values; ``assignee`` matches by
    who must act (``archive.assignees.matching``: "tf sekretariatschefen" finds every spelling of the
    role), ``assignee_key`` by that key alone."""
    a, s, m, i, d = t.Action, t.ActionState, t.Meeting, t.Item, t.Decision
    query = (select(a, s.status, s.changed_at, m.date, m.number, m.body, i.number.label("item_number"),
                    i.title, d.text, d.kind)
             .join(s, s.action_id == a.id).join(m, m.id == a.meeting_id).join(i, i.id == a.item_id)
             .join(d, d.id == a.decision_id))
    return _filtered(session, query, open_only, assignee, due_before, status, meeting_id, ids, assignee_key)


def count_actions_capped(session: Session, **filters) -> Count:
    """How many actions ``action_query`` gives with these filters, up to ``counting.COUNT_CAP`` (what a
    page shows without walking every action): counted over the actions and their states only (every
    action has its meeting, item and decision: foreign keys), not the joined rows."""
    query = select(t.Action.id).join(t.ActionState, t.ActionState.action_id == t.Action.id)
    return capped(session, _filtered(session, query, **filters))


def _filtered(session: Session, query, open_only: bool = False, assignee: str | None = None,
              due_before: dt.date | None = None, status: str | None = None, meeting_id: int | None = None,
              ids: Sequence[str] | None = None, assignee_key: str | None = None):
    """``query`` (over actions joined to their states) with the filters of ``action_query``."""
    a, s = t.Action, t.ActionState
    if open_only:
        query = query.where(s.status == "open")
    if status:
        query = query.where(s.status == check_status(status))
    if due_before:  # on the sort key (an undated action sorts after every date): its indexes serve it
        query = query.where(date_or_last(a.due) < due_before)
    if meeting_id is not None:
        query = query.where(a.meeting_id == meeting_id)
    if ids is not None:
        query = query.where(a.id.in_(list(ids)))
    if assignee_key:
        query = query.where(a.assignee_key == assignee_key)
    elif assignee:
        query = query.where(assignees.matching(session, a.assignee_key, assignee))
    return query


def action_dicts(session: Session, rows, marked: bool = False) -> list[dict]:
    """The rows of ``action_query`` as the tracker shows them, with their history; ``marked`` adds the
    meeting's id and, to corrected actions, the fields corrected (``corrected``)."""
    events = _history(session, [r.Action.id for r in rows])
    out = [{
        "id": r.Action.id, "status": r.status, "assignee": r.Action.assignee,
        "assignee_key": r.Action.assignee_key, "task": r.Action.task,
        "due": r.Action.due.isoformat() if r.Action.due else None,
        "meeting": {"id": r.Action.meeting_id, "date": r.date.isoformat() if r.date else None,
                    "number": r.number, "body": r.body},
        "item": {"id": r.Action.item_id, "number": r.item_number, "title": r.title},
        "decision": {"text": r.text, "kind": r.kind},
        "history": events.get(r.Action.id, []),
    } for r in rows]
    if marked:
        fixed = corrected_fields(session, t.Action, [r.Action.id for r in rows])
        for row, entry in zip(rows, out):
            if row.Action.id in fixed:
                entry["corrected"] = fixed[row.Action.id]
    return out


def list_actions(session: Session, open_only: bool = False, assignee: str | None = None,
                 due_before: dt.date | None = None, status: str | None = None,
                 meeting_id: int | None = None, ids: Sequence[str] | None = None,
                 marked: bool = False, sort: str | None = None, limit: int | None = None) -> list[dict]:
    """Actions with their meeting, item, decision, status and history; by (corrected) due date, then
    meeting date and id (``sort``: one of ``SORTS``), ordered and limited in SQL."""
    query = action_query(session, open_only, assignee, due_before, status, meeting_id, ids)
    order = pick(SORTS, sort, DEFAULT_SORT)
    if limit is not None:
        rows = fetch(session, query, order, limit).rows
    else:
        rows = session.execute(query.order_by(*(k.expr.desc() if k.descending else k.expr.asc()
                                                for k in order.keys))).all()
    return action_dicts(session, rows, marked)


def page_of_actions(session: Session, sort: str | None = None, limit: int | None = None, cursor: str | None = None,
                    page: int | None = None, marked: bool = False, **filters) -> dict:
    """One page of the filtered actions: ``actions``, ``next_cursor`` (keyset), ``has_more``, ``total``
    (counted up to ``counting.COUNT_CAP``; ``total_over``: there are more)."""
    query = action_query(session, **filters)
    order = pick(SORTS, sort, DEFAULT_SORT)
    found = fetch(session, query, order, limit, cursor, page)
    total = count_actions_capped(session, **filters)
    return {"actions": action_dicts(session, found.rows, marked), "sort": order.name,
            "sorts": [{"value": s.name, "label": s.label} for s in SORTS.values()],
            "limit": check_limit(limit), "page": found.page, "next_cursor": found.next_cursor,
            "has_more": found.has_more, "total": total.n, "total_over": total.over}


def _history(session: Session, ids: list[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for e in session.scalars(select(t.ActionEvent).where(t.ActionEvent.action_id.in_(part))
                                 .order_by(t.ActionEvent.id)):
            out.setdefault(e.action_id, []).append(
                {"at": iso(e.at), "status": e.status, "note": e.note})
    return out


def open_new(session: Session, fresh: Sequence[tuple[str, int]], series: str, note: str,
             now: dt.datetime) -> None:
    """Give newly numbered ids (never seen before) the state ``open`` and their first history event."""
    if not fresh:
        return
    bulk.insert(session, t.ActionState.__table__,
                [{"action_id": i, "series": series, "seq": seq, "status": "open", "changed_at": now}
                 for i, seq in fresh])
    bulk.insert(session, t.ActionEvent.__table__,
                [{"action_id": i, "at": now, "status": "open", "note": note} for i, _ in fresh])


def set_status(session: Session, action_id: str, status: str, note: str | None = None,
               now: dt.datetime | None = None) -> dict:
    """Change an action's status and record the change; setting the status it has changes nothing
    but still records a note if one is given."""
    check_status(status)
    state = session.get(t.ActionState, action_id)
    if state is None or session.get(t.Action, action_id) is None:
        raise NotInArchive(action_id, "ingen åtgärd med det id:t i arkivet")
    now = now or dt.datetime.now(dt.timezone.utc)
    if state.status != status or note:
        state.status = status
        state.changed_at = now
        session.add(t.ActionEvent(action_id=action_id, at=now, status=status, note=note))
        session.flush()
    return list_actions(session, ids=[action_id])[0]


def set_action_status(action_id: str, status: str, note: str | None = None,
                      db: Database | str | None = None) -> dict:
    """Mark an action done, cancelled or open again, with an optional note kept in its history."""
    with writing(db) as session:
        return set_status(session, action_id, status, note)
