"""Exports: the whole archive as JSON, decisions and actions as CSV, meetings as iCalendar."""
import csv
import datetime as dt
import io
import json

import pytest
from icalendar import Calendar

from archive_support import EXAMPLE_FILES, later_meeting
from protokoll import archive
from protokoll.archive.export import CSV_COLUMNS, TIMEZONE


def exported(fmt: str, url: str) -> str:
    out = io.StringIO()
    archive.export(fmt, out, db=url)
    return out.getvalue()


def events(ics: str, deadlines: bool = False) -> dict[str, list]:
    """DTSTART date → the meetings on it (held or scheduled; ``deadlines`` adds the actions' deadlines)."""
    out: dict[str, list] = {}
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        if not deadlines and str(event["x-protokoll-status"]).startswith("deadline"):
            continue
        start = event.decoded("dtstart")
        day = start.date() if isinstance(start, dt.datetime) else start
        out.setdefault(day.isoformat(), []).append(event)
    return out


def test_json_holds_every_meeting_in_full_and_the_people(db_url):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    data = json.loads(exported("json", db_url))
    assert data["schema"] == "protokoll-archive/1"
    assert [m["date"] for m in data["meetings"]] == ["2023-11-17", "2024-10-18", "2025-02-21", "2026-11-20"]
    assert data["meetings"][0] == archive.meeting("2023-11-17", db=db_url)
    assert {p["name"] for p in data["people"]} >= {"Johanna Västberg", "Karin Ödman"}


def test_csv_has_a_row_per_action_and_per_decision_without_one(db_url):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    rows = list(csv.DictReader(io.StringIO(exported("csv", db_url))))
    assert tuple(rows[0]) == CSV_COLUMNS
    with_action = [r for r in rows if r["action_id"]]
    assert len(with_action) == len(archive.actions(db=db_url)) == 15
    assert {r["status"] for r in with_action} == {"open"}
    noted = [r for r in rows if r["kind"] == "noted"]
    assert noted and all(not r["action_id"] for r in noted)
    row = next(r for r in rows if r["assignee"] == "Gymnasiechefsnätverket")
    assert (row["meeting_date"], row["due"]) == ("2025-02-21", "2025-05-23")


def test_ics_holds_held_meetings_and_scheduled_ones_once_each(db_url, tmp_path):
    archive.ingest([*EXAMPLE_FILES, later_meeting(tmp_path / "2027-01-22.txt")], db=db_url)
    ics = exported("ics", db_url)
    by_day = events(ics)
    scheduled_2027 = ["2027-01-22", "2027-02-26", "2027-03-19", "2027-04-23", "2027-05-21", "2027-08-20",
                      "2027-09-17", "2027-10-22", "2027-11-19", "2027-12-10"]
    assert all(len(by_day[d]) == 1 for d in scheduled_2027)  # decided twice, listed once
    held = by_day["2027-01-22"][0]
    assert str(held["x-protokoll-status"]) == "held" and "2026-11-20" in str(held["description"])
    assert held.decoded("dtstart") == dt.datetime(2027, 1, 22, 8, 30, tzinfo=TIMEZONE)
    assert all(str(by_day[d][0]["x-protokoll-status"]) == "scheduled" for d in scheduled_2027[1:])
    assert str(by_day["2023-11-17"][0]["x-protokoll-status"]) == "held"
    assert sum(map(len, by_day.values())) == 5 + 9
    # ... and the actions' deadlines, as in the web app's calendar (one builder for both).
    deadlines = [e for day in events(ics, deadlines=True).values() for e in day
                 if str(e["x-protokoll-status"]).startswith("deadline")]
    assert sorted(str(e["uid"]) for e in deadlines) == sorted(
        f"atgard-{a['id']}@protokoll" for a in archive.actions(db=db_url) if a["due"])
    assert "BEGIN:VTIMEZONE" in ics and "TZID:Europe/Stockholm" in ics


def test_unknown_format_is_refused(db_url):
    with pytest.raises(ValueError):
        archive.export("xml", io.StringIO(), db=db_url)
