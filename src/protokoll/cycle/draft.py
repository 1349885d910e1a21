"""Draft the next minutes of a body from the archive, as a ``Protocol`` to fill in and render.

The draft holds:
- the header: body, organisation, the next number in the year, date and times from the schedule the
  body decided (``scheduled_meetings`` of its minutes), the venue of its last meeting;
- the attendance: everyone currently representing each member municipality, and the secretariat (the
  people listed for it at the latest meeting where it had anyone); each marked ``note=UNFILLED``, since
  who comes is not known yet;
- the standing items (``STANDING_ITEMS``), one "Återrapportering" item per open task due by the
  body's next decided meeting after this one (with the meeting, item and decision it came from), and
  the other open tasks under "Uppföljning".

The archive is read only through the public functions of ``protokoll.archive``, and only in the
``_archive_*`` functions below (the archive's internals are being reorganised).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from protokoll.errors import NotInArchive
from protokoll.model import Attendee, Item, Protocol
from protokoll.municipalities import MUNICIPALITIES, SECRETARIAT

UNFILLED = "närvaro ej ifylld"  # the note on every attendee of a draft until the editor sets the status


@dataclass(frozen=True)
class StandingItem:
    key: str
    title: str
    position: str  # "first": before the report-back items; "last": after them


STANDING_ITEMS = (
    StandingItem("opening", "Mötets öppnande och incheckning", "first"),
    StandingItem("secretariat_report", "Rapport från sekretariatet", "last"),
    StandingItem("other_business", "Övriga frågor", "last"),
    StandingItem("closing", "Mötet avslutas", "last"),
)
REPORT_BACK_TITLE = "Återrapportering från {assignee}"
FOLLOW_UP_TITLE = "Uppföljning av öppna uppdrag"
SCHEDULE_YEARS_BACK = 1  # a year's meeting dates are decided in that year or the one before


# --- the archive: every read goes through these functions ----------------------------------------------

def _same_body(a: str | None, b: str | None) -> bool:
    """Whether two spellings name one body ("Kommundirektörsmöte", "Kommundirektörmöte"), as the archive
    decides it when it merges meetings."""
    from protokoll.resolve.meetings import body_key, same_body

    return same_body(body_key(a), body_key(b))


def _archive_meetings(body: str, db) -> list[dict]:
    """The body's meetings, oldest first (``archive.meetings`` rows)."""
    from protokoll import archive

    return [m for m in archive.meetings(db=db) if m["body"] and _same_body(m["body"], body)]


def _archive_schedules(meetings: list[dict], since: dt.date | None, db) -> list[dict]:
    """The meeting dates decided in the minutes of ``meetings`` held on or after ``since``."""
    from protokoll import archive

    out = []
    for m in meetings:
        if m["date"] and (since is None or dt.date.fromisoformat(m["date"]) >= since):
            out += archive.meeting(m["date"], db=db, body=m["body"])["scheduled_meetings"]
    return out


def _archive_contact(meeting: dict, db) -> str | None:
    """The contact given in the minutes of ``meeting`` (an ``archive.meetings`` row)."""
    from protokoll import archive

    return archive.meeting(meeting["date"], db=db, body=meeting["body"]).get("contact")


def _archive_people(db) -> list[dict]:
    from protokoll import archive

    return archive.people(db=db)


def _archive_open_actions(db) -> list[dict]:
    from protokoll import archive

    return archive.actions(open_only=True, db=db)


# --- the draft -----------------------------------------------------------------------------------------

def _swedish_date(day: dt.date) -> str:
    from protokoll.cycle.render import swedish_date

    return swedish_date(day)


def _schedule(entries: list[dict]) -> dict[dt.date, dict]:
    """Decided dates → their entry (the latest decision wins where a date was decided twice)."""
    return {dt.date.fromisoformat(e["date"]): e for e in entries if e.get("date")}


def next_date(meetings: list[dict], schedule: dict[dt.date, dict]) -> dt.date:
    """The first decided date after the body's last meeting that is not held yet."""
    last = max(dt.date.fromisoformat(m["date"]) for m in meetings if m["date"])
    later = sorted(d for d, e in schedule.items() if d > last and not e.get("held"))
    if not later:
        raise NotInArchive("--date", f"inget beslutat mötesdatum efter {last.isoformat()} i arkivet; ange --date")
    return later[0]


def number_in_year(day: dt.date, meetings: list[dict], schedule: dict[dt.date, dict]) -> int:
    """The meeting's number in its year: its place among the year's decided dates when the decision
    covers the year up to ``day``; else one more than the last numbered meeting of the year before it
    (counting unnumbered meetings after it); else one more than the year's meetings before it."""
    held = sorted((dt.date.fromisoformat(m["date"]), m["number"]) for m in meetings
                  if m["date"] and dt.date.fromisoformat(m["date"]).year == day.year
                  and dt.date.fromisoformat(m["date"]) < day)
    decided = sorted(d for d in schedule if d.year == day.year and d <= day)
    if day in schedule and all(h in schedule for h, _ in held):
        return len(decided)
    numbered = [(i, n) for i, (_, n) in enumerate(held) if n is not None]
    if numbered:
        i, n = numbered[-1]
        return n + (len(held) - 1 - i) + 1
    return len(held) + 1


def current_representatives(people: list[dict]) -> list[Attendee]:
    """For each member municipality (in the usual order) and the secretariat: the people listed for it
    at the latest meeting where it had anyone, unless they represent another one since."""
    last_of_person = {}
    latest: dict[str, str] = {}
    for p in people:
        if p["memberships"]:
            last = max(p["memberships"], key=lambda m: m["to"] or "")
            last_of_person[p["id"]] = last["municipality"]
        for m in p["memberships"]:
            latest[m["municipality"]] = max(latest.get(m["municipality"], ""), m["to"] or "")
    order = list(MUNICIPALITIES) + [SECRETARIAT]
    order += sorted(set(latest) - set(order))
    out = []
    for municipality in order:
        for p in people:
            if last_of_person.get(p["id"]) != municipality:
                continue
            if any(m["municipality"] == municipality and (m["to"] or "") == latest[municipality]
                   for m in p["memberships"]):
                out.append(Attendee(name=p["name"], affiliation=municipality, note=UNFILLED))
    return out


def _definite(body: str) -> str:
    """ "Kommundirektörsmöte" → "kommundirektörsmötet": how the minutes name an earlier meeting."""
    word = body.lower()
    return word + "t" if word.endswith("möte") else f"sammanträdet med {word}"


def _origin(action: dict) -> str:
    meeting, item = action["meeting"], action.get("item") or {}
    day = dt.date.fromisoformat(meeting["date"])
    where = f"Enligt beslut fattat på {_definite(meeting['body'] or 'möte')} den {_swedish_date(day)}"
    if item.get("title"):
        where += f", punkt {item['number']} ({item['title']})" if item.get("number") else f" ({item['title']})"
    text = (action.get("decision") or {}).get("text") or action.get("task") or ""
    due = f" Senast {action['due']}." if action.get("due") else ""
    return f"{where}: {text.rstrip('.')}.{due} Uppdrag {action['id']}."


def report_back_items(actions: list[dict], day: dt.date) -> tuple[list[Item], list[Item]]:
    """(one "Återrapportering" item per open task due by ``day``, the other open tasks as follow-ups),
    each in order of due date and id."""
    due, other = [], []
    for a in sorted(actions, key=lambda a: (a.get("due") or "9999", a["id"])):
        if a.get("due") and dt.date.fromisoformat(a["due"]) <= day:
            due.append(Item(title=REPORT_BACK_TITLE.format(assignee=a["assignee"]), summary=_origin(a)))
        else:
            other.append(Item(title=f"{a['assignee']}: {(a.get('task') or '').strip(' -') or 'uppdrag'}",
                              summary=_origin(a)))
    return due, other


def draft(body: str, date: dt.date | None = None, db=None) -> Protocol:
    """The draft minutes of ``body``'s meeting on ``date`` (default: its next decided meeting date)."""
    meetings = _archive_meetings(body, db)
    if not meetings:
        raise NotInArchive(body, "inga möten med det organet i arkivet")
    held = [m for m in meetings if m["date"]]
    since = None
    if date is not None:
        since = dt.date(date.year - SCHEDULE_YEARS_BACK, 1, 1)
    schedule = _schedule(_archive_schedules(held, since, db))
    day = date or next_date(held, schedule)
    before = [m for m in held if dt.date.fromisoformat(m["date"]) < day] or held
    last = before[-1]
    decided = schedule.get(day, {})
    opening = [Item(title=s.title) for s in STANDING_ITEMS if s.position == "first"]
    closing = [Item(title=s.title) for s in STANDING_ITEMS if s.position == "last"]
    actions = [a for a in _archive_open_actions(db)
               if _same_body(a["meeting"]["body"], body)
               and dt.date.fromisoformat(a["meeting"]["date"]) < day]
    # A task due by the next decided meeting after this one is put on this agenda: this meeting is the
    # last one at which the body can still act on it before its deadline has passed or is being met.
    later = sorted(d for d in schedule if d > day)
    report_back, follow_up = report_back_items(actions, later[0] if later else day)
    items = opening + report_back
    if follow_up:
        items.append(Item(title=FOLLOW_UP_TITLE, subitems=follow_up))
    items += closing
    for n, item in enumerate(items, 1):
        item.number = n
    return Protocol(
        organisation=last["organisation"], body=body, number=number_in_year(day, held, schedule), date=day,
        start_time=decided.get("start_time") or last["start_time"], end_time=decided.get("end_time") or last["end_time"],
        location=last["location"], room=last["room"], contact=_archive_contact(last, db),
        attendees=current_representatives(_archive_people(db)), items=items,
    )
