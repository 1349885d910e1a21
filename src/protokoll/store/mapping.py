"""The mapping between the parsed record (``protokoll.model``) and the archive's rows.

``*_values`` functions turn model nodes into the column values of their tables (plain dicts, so the
writer can insert many rows in one statement); ``load_protocol`` reads a meeting's rows back into a
``Protocol``. A meeting stored from one source reads back equal to that source's record without its
provenance spans; the spans stay in the source's compressed ``record`` (``pack``/``unpack``).
"""
from __future__ import annotations

import json
import zlib
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from protokoll.model import (Action, Attendee, Ballot, Decision, Document, Item, Presenter, Protocol,
                             ScheduledMeeting, Vote)
from protokoll.store import tables as t

MEETING_FIELDS = ("organisation", "body", "number", "date", "start_time", "end_time", "location", "room",
                  "contact", "chair", "secretary", "adjusters")
VOTE_FIELDS = ("yes", "no", "abstain", "yes_means", "no_means")


def pack(protocol: Protocol) -> bytes:
    """The full record, spans and source file included, compressed (it is read back only to re-merge)."""
    data = json.dumps(protocol.to_json(provenance=True), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(data.encode("utf-8"), 6)


def unpack(blob: bytes) -> Protocol:
    return Protocol.model_validate(json.loads(zlib.decompress(blob).decode("utf-8")))


def meeting_values(p: Protocol) -> dict:
    return {name: getattr(p, name) for name in MEETING_FIELDS}


def item_values(item: Item, position: int) -> dict:
    return {"position": position, "number": item.number, "label": item.label, "case_number": item.case_number,
            "title": item.title, "summary": item.summary}


def presenter_values(presenter: Presenter, position: int) -> dict:
    return {"position": position, "name": presenter.name, "role": presenter.role,
            "organisation": presenter.organisation}


def attachment_values(document: Document, position: int) -> dict:
    return {"position": position, "label": document.label, "title": document.title}


def decision_values(decision: Decision, position: int) -> dict:
    return {"position": position, "text": decision.text, "kind": decision.kind,
            "reservations": list(decision.reservations), "recipients": list(decision.recipients)}


def vote_values(vote: Vote, position: int) -> dict:
    return {"position": position, **{name: getattr(vote, name) for name in VOTE_FIELDS}}


def ballot_values(ballot: Ballot, position: int) -> dict:
    return {"position": position, "name": ballot.name, "party": ballot.party, "vote": ballot.vote}


def action_values(action: Action, position: int) -> dict:
    return {"position": position, "assignee": action.assignee, "task": action.task, "due": action.due}


def attendee_values(attendee: Attendee, position: int) -> dict:
    return {"position": position, "name": attendee.name, "affiliation": attendee.affiliation,
            "status": attendee.status, "role": attendee.role, "party": attendee.party, "note": attendee.note}


def scheduled_values(meeting: ScheduledMeeting, position: int) -> dict:
    return {"position": position, "date": meeting.date, "start_time": meeting.start_time,
            "end_time": meeting.end_time}


def _by(rows, key: str) -> dict:
    grouped = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    for children in grouped.values():
        children.sort(key=lambda r: r.position)
    return grouped


def load_protocol(session: Session, meeting_id: int) -> Protocol:
    """A meeting's rows as a ``Protocol`` (the merged record of all its sources, without spans)."""
    return load_meeting(session, meeting_id)[0]


def load_meeting(session: Session, meeting_id: int) -> tuple[Protocol, dict[str, list]]:
    """``load_protocol`` plus the rows behind the record's nodes, in the record's order: "items"
    (depth first, as ``Item`` rows), "actions" (depth first), "attendance", "scheduled"."""
    meeting = session.get(t.Meeting, meeting_id)
    items = session.scalars(select(t.Item).where(t.Item.meeting_id == meeting_id)).all()
    item_ids = [i.id for i in items]

    def children(model):
        if not item_ids:
            return {}
        return _by(session.scalars(select(model).where(model.item_id.in_(item_ids))).all(), "item_id")

    presenters = children(t.Presenter)
    attachments = children(t.Attachment)
    decisions = children(t.Decision)
    actions = _by(session.scalars(select(t.Action).where(t.Action.meeting_id == meeting_id)).all(),
                  "decision_id")
    votes, ballots = _votes(session, [d.id for ds in decisions.values() for d in ds])
    by_parent = _by(items, "parent_id")

    rows: dict[str, list] = {"items": [], "actions": []}

    def build(row) -> Item:
        rows["items"].append(row)
        for d in decisions.get(row.id, []):
            rows["actions"].extend(actions.get(d.id, []))
        return Item(
            number=row.number, title=row.title, summary=row.summary,
            presenters=[Presenter(name=p.name, role=p.role, organisation=p.organisation)
                        for p in presenters.get(row.id, [])],
            documents=[Document(label=d.label, title=d.title) for d in attachments.get(row.id, [])],
            label=row.label, case_number=row.case_number,
            decisions=[Decision(text=d.text, kind=d.kind,
                                actions=[Action(assignee=a.assignee, task=a.task, due=a.due)
                                         for a in actions.get(d.id, [])],
                                votes=[Vote(**{name: getattr(v, name) for name in VOTE_FIELDS},
                                            ballots=[Ballot(name=b.name, party=b.party, vote=b.vote)
                                                     for b in ballots.get(v.id, [])])
                                       for v in votes.get(d.id, [])],
                                reservations=d.reservations or [], recipients=d.recipients or [])
                       for d in decisions.get(row.id, [])],
            subitems=[build(child) for child in by_parent.get(row.id, [])],
        )

    attendance = session.scalars(select(t.Attendance).where(t.Attendance.meeting_id == meeting_id)
                                 .order_by(t.Attendance.position)).all()
    scheduled = session.scalars(select(t.ScheduledMeeting).where(t.ScheduledMeeting.meeting_id == meeting_id)
                                .order_by(t.ScheduledMeeting.position)).all()
    rows["attendance"] = list(attendance)
    rows["scheduled"] = list(scheduled)
    header = {name: getattr(meeting, name) for name in MEETING_FIELDS}
    header["adjusters"] = header["adjusters"] or []
    return Protocol(
        **header,
        attendees=[Attendee(name=a.name, affiliation=a.affiliation, status=a.status, role=a.role, party=a.party,
                            note=a.note) for a in attendance],
        items=[build(row) for row in by_parent.get(None, [])],
        scheduled_meetings=[ScheduledMeeting(date=s.date, start_time=s.start_time, end_time=s.end_time)
                            for s in scheduled],
    ), rows


def _votes(session: Session, decision_ids: list[int]) -> tuple[dict, dict]:
    """Votes by decision id and ballots by vote id (two queries, whatever the number of decisions)."""
    if not decision_ids:
        return {}, {}
    votes = session.scalars(select(t.Vote).where(t.Vote.decision_id.in_(decision_ids))).all()
    if not votes:
        return {}, {}
    ballots = session.scalars(select(t.Ballot).where(t.Ballot.vote_id.in_([v.id for v in votes]))).all()
    return _by(votes, "decision_id"), _by(ballots, "vote_id")
