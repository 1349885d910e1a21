"""Values to check by hand: read from low-confidence OCR words, or names the archive could not place.

Flags, each at a value path of a meeting:

* ``low_confidence`` — the value's span in the source it was taken from was read from words Tesseract
  was unsure of (``Span.low_confidence``);
* ``unknown_municipality`` — an attendee's affiliation matched none of the municipalities;
* ``name_variant`` — an attendee's name was joined to a person known under another spelling (the
  fuzzy match of ``resolve.people``), which is right for OCR damage and wrong for two people.

A flag goes away when a reviewer confirms the value as it is (``web_review_decisions``, keyed like
corrections, remembered with the value confirmed) or corrects it.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from protokoll.archive import corrections, provenance
from protokoll.errors import NotInArchive
from protokoll.model import Action, Attendee, Ballot, Decision, Document, Item, Presenter, ScheduledMeeting, Vote
from protokoll.resolve.meetings import merge, same_body
from protokoll.resolve.people import name_key
from protokoll.store import tables as t
from protokoll.store.tables import ReviewDecision

KEY_FIELD = {Attendee: "name", Item: "title", Presenter: "name", Document: "label", Decision: "text",
             Action: "assignee", Vote: "yes", Ballot: "name", ScheduledMeeting: "date"}
REASONS = {
    "low_confidence": "Osäker OCR-läsning",
    "unknown_municipality": "Okänd kommun",
    "name_variant": "Namnet kopplat till en person med annan stavning",
}


def _raw_flags(session: Session, meeting_id: int, data: dict) -> list[dict]:
    out = []
    sources = [record for _, record in provenance.sources_of(session, meeting_id)]
    if sources:
        merged = merge(sources) if len(sources) > 1 else sources[0]
        for path, node in provenance.flagged_nodes(merged):
            field = KEY_FIELD.get(type(node))
            if field:
                out.append({"path": f"{path}.{field}", "reason": "low_confidence"})
    rows = session.scalars(select(t.Attendance).where(t.Attendance.meeting_id == meeting_id)
                           .order_by(t.Attendance.position)).all()
    person_ids = {r.person_id for r in rows if r.person_id}
    spellings: dict[int, set[str]] = {}
    for pid, key in session.execute(select(t.PersonName.person_id, t.PersonName.key)
                                    .where(t.PersonName.person_id.in_(person_ids))):
        spellings.setdefault(pid, set()).add(key)
    for i, row in enumerate(rows):
        # A party and no affiliation is a council's member list, where no municipality is expected.
        if row.municipality_id is None and not (row.party and row.affiliation is None):
            out.append({"path": f"attendees[{i}].affiliation", "reason": "unknown_municipality"})
        if row.person_id and len(spellings.get(row.person_id, ())) > 1:
            others = sorted(k for k in spellings[row.person_id] if k != name_key(row.name))
            if others:
                out.append({"path": f"attendees[{i}].name", "reason": "name_variant",
                            "detail": "även skrivet " + ", ".join(others)})
    seen, unique = set(), []
    for flag in out:
        key = (flag["path"], flag["reason"])
        if key not in seen:
            seen.add(key)
            unique.append(flag)
    return unique


def _confirmed(session: Session, meeting: t.Meeting) -> dict[str, list[str]]:
    query = select(ReviewDecision)
    if meeting.date is None:
        query = query.where(ReviewDecision.meeting_date.is_(None), ReviewDecision.meeting_id == meeting.id)
    else:
        query = query.where(ReviewDecision.meeting_date == meeting.date)
    out: dict[str, list[str]] = {}
    for row in session.scalars(query):
        if meeting.date is None or same_body(row.body_key, meeting.body_key):
            out.setdefault(row.path, []).append(row.value)
    return out


def meeting_flags(session: Session, meeting: t.Meeting, data: dict, corrected: dict[str, dict]) -> list[dict]:
    """Open flags of one meeting; ``data`` is its JSON record with corrections applied."""
    confirmed = _confirmed(session, meeting)
    out = []
    for flag in _raw_flags(session, meeting.id, data):
        if flag["path"] in corrected:
            continue
        try:
            value = corrections.get_at(data, flag["path"])
        except (KeyError, corrections.CorrectionError):
            continue
        if json.dumps(value, ensure_ascii=False) in confirmed.get(flag["path"], []):
            continue
        out.append({**flag, "value": value, "reason_text": REASONS[flag["reason"]]})
    return out


def confirm(session: Session, meeting: t.Meeting, data: dict, path: str, user: str) -> dict:
    """Confirm the value now at ``path`` (``data`` has corrections applied)."""
    try:
        value = corrections.get_at(data, path)
    except KeyError:
        raise NotInArchive(path, "this meeting has no such value") from None
    session.add(ReviewDecision(meeting_date=meeting.date, body_key=meeting.body_key or "", meeting_id=meeting.id,
                               path=path, value=json.dumps(value, ensure_ascii=False), user_name=user,
                               created_at=dt.datetime.now(dt.timezone.utc)))
    session.flush()
    return {"path": path, "value": value, "confirmed_by": user}
