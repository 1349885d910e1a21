"""Exports over plain data (``archive.export`` gathers it): the whole archive as JSON, decisions and
actions as CSV, held and scheduled meetings as iCalendar."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Iterable, TextIO
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

if TYPE_CHECKING:  # imported where a calendar is made: the other archive commands do not load it
    from icalendar import Calendar, Event

from protokoll.vocab.dates import MONTHS

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


def _title(entry: dict) -> str:
    return " ".join(x for x in (entry.get("body"), "i" if entry.get("body") and entry.get("organisation") else None,
                                entry.get("organisation")) if x) or "Möte"


def _uid_part(text: str | None) -> str:
    """A body key as a UID part: letters and digits only (body keys are folded already)."""
    return re.sub(r"[^a-z0-9]", "", (text or "").lower()) or "mote"


def meeting_uid(date: str, body_key: str | None) -> str:
    """One UID per date and body, whether the meeting is scheduled or held: when scheduled minutes
    are held (and ingested), the calendar's event changes status but stays the same event."""
    return f"mote-{date}-{_uid_part(body_key)}@protokoll"


def _link(base_url: str | None, path: str) -> str | None:
    return base_url.rstrip("/") + path if base_url else None


def _file(cal: Calendar, event: Event, category: str, status: str, url: str | None, stamp: dt.datetime) -> None:
    """The tail every event shares: its category, our status mark, its page, the stamp; then filed."""
    event.add("categories", [category])
    event.add("x-protokoll-status", status)
    if url:
        event.add("url", url)
    event.add("dtstamp", stamp)
    cal.add_component(event)


def calendar(held: Iterable[dict], scheduled: Iterable[dict], stamp: dt.datetime | None = None,
             deadlines: Iterable[dict] = (), today: dt.date | None = None, base_url: str | None = None) -> Calendar:
    """Held meetings (``CATEGORIES:held``, ``X-PROTOKOLL-STATUS:held``), scheduled dates that no held
    meeting matches yet (``scheduled``; one in the past is ``STATUS:TENTATIVE``: decided, but no minutes
    of it are in the archive) and action deadlines (``deadline``, all-day events on the due date). A
    held meeting that earlier minutes scheduled is one event, marked held, naming the minutes that
    scheduled it, with the UID the scheduled date had. ``base_url`` (the web app's) gives each event
    a URL: its meeting's page, the page of the minutes that decided the date, the action's row."""
    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    today = today or dt.date.today()
    held, scheduled, deadlines = list(held), list(scheduled), list(deadlines)
    dates = [dt.date.fromisoformat(x["date"]) for x in held + scheduled]
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Protokoll//protokoll archive//SV")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Protokoll: möten och åtgärder")
    cal.add("x-wr-timezone", "Europe/Stockholm")
    uids: set[str] = set()

    def unique(uid: str, extra) -> str:
        if uid in uids:  # two meetings of one body on one day: the second is told apart by its id
            uid = uid.replace("@", f"-{extra}@", 1)
        uids.add(uid)
        return uid

    for m in held:
        title = _title(m)
        if m.get("number"):
            title += f" (protokoll nr {m['number']})"
        event = _event(unique(meeting_uid(m["date"], m.get("body_key")), m["id"]), title,
                       dt.date.fromisoformat(m["date"]), m.get("start_time"), m.get("end_time"))
        where = ", ".join(x for x in (m.get("location"), m.get("room")) if x)
        if where:
            event.add("location", where)
        lines = ["Hållet möte; protokollet finns i arkivet."]
        if m.get("scheduled_in"):
            lines.append("Beslutat i protokollet från " + ", ".join(m["scheduled_in"]) + ".")
        event.add("description", "\n".join(lines))
        event.add("status", "CONFIRMED")
        _file(cal, event, "held", "held", _link(base_url, f"/meetings/{m['id']}"), stamp)
    for s in scheduled:
        day = dt.date.fromisoformat(s["date"])
        event = _event(unique(meeting_uid(s["date"], s.get("body_key")), "planerat"), _title(s), day,
                       s.get("start_time"), s.get("end_time"))
        decided = ", ".join(s.get("decided_in") or ["?"])
        if day < today:  # the date has passed and no minutes of it are in the archive: not confirmed
            event.add("description", f"Planerat möte, beslutat i protokollet från {decided}. "
                      "Inget protokoll från mötet finns i arkivet: om det hölls är inte känt.")
            event.add("status", "TENTATIVE")
        else:
            event.add("description", f"Planerat möte, beslutat i protokollet från {decided}.")
            event.add("status", "CONFIRMED")
        _file(cal, event, "scheduled", "scheduled",
              _link(base_url, f"/meetings/{s['decided_in_id']}") if s.get("decided_in_id") else None, stamp)
    for a in deadlines:
        if not a.get("due"):
            continue
        due = dt.date.fromisoformat(a["due"])
        state = a.get("status") or "open"
        prefix = {"done": "Klar: ", "cancelled": "Struken: "}.get(state, "")
        event = Event()
        event.add("uid", unique(f"atgard-{a['id']}@protokoll", "igen"))  # action ids are kept over re-reads
        event.add("summary", f"{prefix}Förfaller: {a.get('task') or 'åtgärd'}"
                  + (f" ({a['assignee']})" if a.get("assignee") else ""))
        event.add("dtstart", due)  # all day: DTSTART;VALUE=DATE, ends the next day
        event.add("dtend", due + dt.timedelta(days=1))
        meeting = a.get("meeting") or {}
        lines = [f"Åtgärd {a['id']}" + (f", ansvarig: {a['assignee']}" if a.get("assignee") else "") + "."]
        if (a.get("decision") or {}).get("text"):
            lines.append("Beslut: " + a["decision"]["text"])
        if meeting.get("date"):
            lines.append(f"Från mötet {meeting['date']}" + (f", punkt {a['item']['number']}"
                                                           if (a.get("item") or {}).get("number") else "") + ".")
        lines.append({"open": "Status: öppen.", "done": "Status: klar.", "cancelled": "Status: struken."}
                     .get(state, f"Status: {state}."))
        event.add("description", "\n".join(lines))
        event.add("status", "CANCELLED" if state == "cancelled" else "CONFIRMED")
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        _file(cal, event, "deadline", f"deadline-{state}",
              _link(base_url, f"/meetings/{meeting['id']}#action-{a['id']}") if meeting.get("id") else None, stamp)
    if dates:  # the VTIMEZONE must cover every event, however old the minutes
        cal.add_missing_timezones(first_date=min(dates) - dt.timedelta(days=366),
                                  last_date=max(dates) + dt.timedelta(days=366))
    return cal


# --- Atom feeds (feedgen, of the web extra: imported when a feed is written) ------------------------------

FEED_AUTHOR = "Protokoll"
FEED_TAG_YEAR = 2026  # the date part of the tag: URIs that identify feeds and entries (RFC 4151)


def _tag(base_url: str, path: str) -> str:
    host = urlsplit(base_url).hostname or "localhost"
    return f"tag:{host},{FEED_TAG_YEAR}:{path}"


def _moment(value: str | None) -> dt.datetime:
    when = dt.datetime.fromisoformat(value) if value else dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


# The months as the minutes spell them in full ("mars", not "mar"), from the parser's table.
MONTHS_SV = tuple(max((name for name in MONTHS if MONTHS[name] == n), key=len) for n in range(1, 13))


def _meeting_name(m: dict) -> str:
    title = _title(m)
    if m.get("number") is not None:
        title += f" nr {m['number']}"
    if m.get("date"):
        day = dt.date.fromisoformat(m["date"])
        title += f", {day.day} {MONTHS_SV[day.month - 1]} {day.year}"
    return title



def _feed(base_url: str, path: str, title: str, subtitle: str, entries: list):
    from feedgen.feed import FeedGenerator

    base = base_url.rstrip("/")
    feed = FeedGenerator()
    feed.id(_tag(base_url, path.lstrip("/")))
    feed.title(title)
    feed.subtitle(subtitle)
    feed.author({"name": FEED_AUTHOR})
    feed.language("sv")
    feed.link(href=base + path, rel="self", type="application/atom+xml")
    feed.link(href=base + "/", rel="alternate", type="text/html")
    feed.updated(max((_moment(e["arrived"]) for e in entries), default=_moment(None)))
    return feed, base


def _meeting_key(m: dict) -> str:
    return f"mote/{m.get('date') or 'utan-datum-' + str(m['id'])}/{_uid_part(m.get('body_key'))}"


def meetings_atom(meetings: Iterable[dict], base_url: str) -> str:
    """Atom of meetings (newest first as given), each with its agenda; ids stable per date and body."""
    meetings = list(meetings)
    feed, base = _feed(base_url, "/flode/moten.atom", "Protokoll: nya möten",
                       "Möten vars protokoll har kommit in i arkivet, nyast först.", meetings)
    for m in meetings:
        entry = feed.add_entry(order="append")
        entry.id(_tag(base_url, _meeting_key(m)))
        entry.title(_meeting_name(m))
        entry.link(href=f"{base}/meetings/{m['id']}", rel="alternate", type="text/html")
        entry.updated(_moment(m["arrived"]))
        entry.published(_moment(m["arrived"]))
        where = ", ".join(x for x in (m.get("location"), f"kl. {m['start_time']}" if m.get("start_time") else None) if x)
        lines = ([where] if where else []) + (["Ärenden:", *m.get("items", [])] if m.get("items") else [])
        entry.content("\n".join(lines) or "Protokoll utan ärenden.", type="text")
    return feed.atom_str(pretty=True).decode("utf-8")


KIND_SV = {"noted": "noterat", "assignment": "uppdrag", "approval": "godkänt", "other": "övrigt"}


def decisions_atom(decisions: Iterable[dict], base_url: str) -> str:
    """Atom of decisions (newest first as given), each linking to its item on its meeting's page."""
    decisions = list(decisions)
    feed, base = _feed(base_url, "/flode/beslut.atom", "Protokoll: nya beslut",
                       "Beslut ur protokoll som har kommit in i arkivet, nyast först.", decisions)
    for d in decisions:
        m = d["meeting"]
        entry = feed.add_entry(order="append")
        entry.id(_tag(base_url, f"{_meeting_key(m)}/beslut-{d['ordinal']}"))
        item = (f"{d['item_label'] or ('§ ' + str(d['item_number']) if d['item_number'] is not None else 'Punkt')}"
                f" {d['item_title']}")
        entry.title(f"{item}: {d['text']}"[:300])
        entry.link(href=f"{base}/meetings/{m['id']}#item-{d['item_id']}", rel="alternate", type="text/html")
        entry.updated(_moment(d["arrived"]))
        entry.published(_moment(d["arrived"]))
        entry.category(term=d["kind"], label=KIND_SV.get(d["kind"], d["kind"]))
        entry.content(f"{d['text']}\n\nBeslutat på {_meeting_name(m)}, {item}.", type="text")
    return feed.atom_str(pretty=True).decode("utf-8")


STATUS_SV = {"open": "öppen", "done": "klar", "cancelled": "struken"}


def actions_atom(actions: Iterable[dict], base_url: str, assignee: str | None = None) -> str:
    """Atom of actions as ``archive.actions`` lists them (with ``arrived``: when last changed), each
    linking to its row on its meeting's page; the entry's id is the action's (kept over re-reads)."""
    actions = list(actions)
    path = "/flode/atgarder.atom" + (f"?assignee={quote(assignee)}" if assignee else "")
    feed, base = _feed(base_url, path, "Protokoll: åtgärder" + (f" för {assignee}" if assignee else ""),
                       "Åtgärder ur protokollen, senast ändrade först.", actions)
    for a in actions:
        entry = feed.add_entry(order="append")
        entry.id(_tag(base_url, f"atgard/{a['id']}"))
        state = STATUS_SV.get(a.get("status"), a.get("status"))
        entry.title(f"{a['id']} ({state}): {a.get('task') or 'åtgärd'}"[:300])
        meeting = a.get("meeting") or {}
        if meeting.get("id"):
            entry.link(href=f"{base}/meetings/{meeting['id']}#action-{a['id']}", rel="alternate", type="text/html")
        entry.updated(_moment(a["arrived"]))
        if a.get("assignee"):
            entry.author({"name": a["assignee"]})
        lines = [f"Ansvarig: {a.get('assignee') or '–'}", f"Senast: {a.get('due') or '–'}", f"Status: {state}"]
        if (a.get("decision") or {}).get("text"):
            lines.append(f"Beslut: {a['decision']['text']}")
        if meeting.get("date"):
            lines.append(f"Möte: {meeting['date']}")
        lines += [f"{e['at']}: {STATUS_SV.get(e['status'], e['status'])}" + (f" – {e['note']}" if e.get("note") else "")
                  for e in a.get("history", [])]
        entry.content("\n".join(lines), type="text")
    return feed.atom_str(pretty=True).decode("utf-8")
