"""Exports over plain data (``archive.export`` gathers it): the whole archive as JSON, decisions and
actions as CSV, held and scheduled meetings as iCalendar."""
from __future__ import annotations

import csv
import datetime as dt
import json
from typing import TYPE_CHECKING, Iterable, TextIO
from zoneinfo import ZoneInfo

if TYPE_CHECKING:  # imported where a calendar is made: the other archive commands do not load it
    from icalendar import Calendar, Event

TIMEZONE = ZoneInfo("Europe/Stockholm")  # the minutes give local times
ARCHIVE_SCHEMA = "protokoll-archive/1"
CSV_COLUMNS = ("meeting_date", "meeting_number", "body", "item_number", "item_title", "decision", "kind",
               "action_id", "assignee", "task", "due", "status")


def write_json(out: TextIO, meetings: Iterable[dict], people: list[dict]) -> None:
    """One JSON object, meetings written one at a time (an archive need not fit in memory twice)."""
    out.write('{\n"schema": ' + json.dumps(ARCHIVE_SCHEMA) + ',\n"meetings": [\n')
    for n, meeting in enumerate(meetings):
        out.write((",\n" if n else "") + json.dumps(meeting, ensure_ascii=False))
    out.write('\n],\n"people": ' + json.dumps(people, ensure_ascii=False) + "\n}\n")


# The lists of the web app as they are shown (filtered): one row per action, one per meeting.
ACTION_COLUMNS = ("action_id", "due", "assignee", "task", "decision", "status", "meeting_date", "meeting_number",
                  "item_number", "item_title")
MEETING_COLUMNS = ("meeting_id", "meeting_date", "meeting_number", "body", "organisation", "location", "items",
                   "present", "excused", "absent", "sources")


def write_table(out: TextIO, columns: Iterable[str], rows: Iterable[dict]) -> None:
    """CSV with a header of ``columns``; a value missing or None is an empty cell."""
    columns = tuple(columns)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in columns})


def write_csv(out: TextIO, rows: Iterable[dict]) -> None:
    """One row per action; a decision without actions gets one row with the action columns empty."""
    write_table(out, CSV_COLUMNS, rows)


def action_rows(actions: Iterable[dict]) -> Iterable[dict]:
    """Rows of ``ACTION_COLUMNS`` from actions as ``archive.actions`` lists them."""
    for a in actions:
        meeting, item = a.get("meeting") or {}, a.get("item") or {}
        yield {"action_id": a["id"], "due": a.get("due"), "assignee": a.get("assignee"), "task": a.get("task"),
               "decision": (a.get("decision") or {}).get("text"), "status": a.get("status"),
               "meeting_date": meeting.get("date"), "meeting_number": meeting.get("number"),
               "item_number": item.get("number"), "item_title": item.get("title")}


def meeting_rows(meetings: Iterable[dict]) -> Iterable[dict]:
    """Rows of ``MEETING_COLUMNS`` from meetings as ``archive.meetings`` lists them."""
    for m in meetings:
        attendance = m.get("attendance") or {}
        yield {"meeting_id": m.get("id"), "meeting_date": m.get("date"), "meeting_number": m.get("number"),
               "body": m.get("body"), "organisation": m.get("organisation"), "location": m.get("location"),
               "items": m.get("items"), "present": attendance.get("present"), "excused": attendance.get("excused"),
               "absent": attendance.get("absent"), "sources": len(m.get("sources") or [])}


def _when(date: dt.date, hhmm: str | None) -> dt.datetime | None:
    if not hhmm:
        return None
    hours, minutes = hhmm.split(":")
    return dt.datetime(date.year, date.month, date.day, int(hours), int(minutes), tzinfo=TIMEZONE)


def _event(uid: str, summary: str, date: dt.date, start: str | None, end: str | None) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    begins, ends = _when(date, start), _when(date, end)
    if begins:
        event.add("dtstart", begins)
        if ends and ends > begins:
            event.add("dtend", ends)
    else:  # no time known: an all-day event
        event.add("dtstart", date)
        event.add("dtend", date + dt.timedelta(days=1))
    return event


def calendar(held: Iterable[dict], scheduled: Iterable[dict], stamp: dt.datetime | None = None) -> Calendar:
    """Held meetings (``CATEGORIES:held``, ``X-PROTOKOLL-STATUS:held``) and scheduled dates that no held
    meeting matches yet (``scheduled``). A held meeting that earlier minutes scheduled is one event,
    marked held, naming the minutes that scheduled it."""
    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    held, scheduled = list(held), list(scheduled)
    dates = [dt.date.fromisoformat(x["date"]) for x in held + scheduled]
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//Protokoll//protokoll archive//SV")
    cal.add("version", "2.0")
    cal.add("x-wr-timezone", "Europe/Stockholm")
    for m in held:
        title = " ".join(x for x in (m.get("body"), "i" if m.get("body") and m.get("organisation") else None,
                                      m.get("organisation")) if x) or "Möte"
        if m.get("number"):
            title += f" (protokoll nr {m['number']})"
        event = _event(f"meeting-{m['id']}-{m['date']}@protokoll", title, dt.date.fromisoformat(m["date"]),
                       m.get("start_time"), m.get("end_time"))
        where = ", ".join(x for x in (m.get("location"), m.get("room")) if x)
        if where:
            event.add("location", where)
        lines = ["Hållet möte (held); protokoll i arkivet."]
        if m.get("scheduled_in"):
            lines.append("Beslutat i protokollet från " + ", ".join(m["scheduled_in"]) + ".")
        event.add("description", "\n".join(lines))
        event.add("status", "CONFIRMED")
        event.add("categories", ["held"])
        event.add("x-protokoll-status", "held")
        event.add("dtstamp", stamp)
        cal.add_component(event)
    for s in scheduled:
        title = " ".join(x for x in (s.get("body"), "i" if s.get("body") and s.get("organisation") else None,
                                      s.get("organisation")) if x) or "Möte"
        event = _event(f"scheduled-{s['date']}-{s.get('body_key') or 'meeting'}@protokoll", title,
                       dt.date.fromisoformat(s["date"]), s.get("start_time"), s.get("end_time"))
        event.add("description", "Planerat möte (scheduled), beslutat i protokollet från "
                  + ", ".join(s.get("decided_in") or ["?"]) + ".")
        event.add("status", "CONFIRMED")
        event.add("categories", ["scheduled"])
        event.add("x-protokoll-status", "scheduled")
        event.add("dtstamp", stamp)
        cal.add_component(event)
    if dates:  # the VTIMEZONE must cover every event, however old the minutes
        cal.add_missing_timezones(first_date=min(dates) - dt.timedelta(days=366),
                                  last_date=max(dates) + dt.timedelta(days=366))
    return cal


def write_ics(out: TextIO, held: Iterable[dict], scheduled: Iterable[dict]) -> None:
    out.write(calendar(held, scheduled).to_ical().decode("utf-8"))
