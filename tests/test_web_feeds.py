"""What calendars and feed readers subscribe to: /kalender.ics (held meetings, scheduled dates, action
deadlines, filtered as the actions board) and the Atom feeds /flode/moten.atom and /flode/beslut.atom."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from icalendar import Calendar

from archive_support import EXAMPLE_FILES, later_meeting
from protokoll import archive
from protokoll.archive.export import TIMEZONE
from web_support import client, examples_template, login, meeting_id  # noqa: F401

ATOM = "{http://www.w3.org/2005/Atom}"


def events(ics: str) -> list:
    return list(Calendar.from_ical(ics).walk("VEVENT"))


def kind(event) -> str:
    return str(event["x-protokoll-status"])


def start(event):
    return event.decoded("dtstart")


def test_the_calendar_holds_meetings_scheduled_dates_and_deadlines(client):
    r = client.get("/kalender.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    found = events(r.text)
    held = [e for e in found if kind(e) == "held"]
    scheduled = [e for e in found if kind(e) == "scheduled"]
    deadlines = [e for e in found if kind(e).startswith("deadline")]
    meetings = client.get("/api/meetings").json()
    assert sorted(start(e).date().isoformat() for e in held) == sorted(m["date"] for m in meetings)
    assert len(scheduled) == 10  # the 2027 dates the 20 November 2026 minutes decided
    dated = [a for a in client.get("/api/actions").json()["actions"] if a["due"]]
    assert dated and sorted(str(e["uid"]) for e in deadlines) == sorted(f"atgard-{a['id']}@protokoll" for a in dated)
    for e in deadlines:  # all day: a date, not a moment, ending the next day
        day = start(e)
        assert isinstance(day, dt.date) and not isinstance(day, dt.datetime)
        assert e.decoded("dtend") == day + dt.timedelta(days=1)
        assert str(e["transp"]) == "TRANSPARENT"
    # Each event links to its meeting (a deadline to its action's row on the meeting's page).
    by_date = {m["date"]: m["id"] for m in meetings}
    for e in held:
        assert str(e["url"]) == f"http://testserver/meetings/{by_date[start(e).date().isoformat()]}"
    assert all(str(e["url"]) == f"http://testserver/meetings/{by_date['2026-11-20']}" for e in scheduled)
    assert all(re.fullmatch(r"http://testserver/meetings/\d+#action-[\w-]+", str(e["url"])) for e in deadlines)
    # UIDs are unique and the same on every fetch.
    uids = [str(e["uid"]) for e in found]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["uid"]) for e in events(client.get("/kalender.ics").text)]


def test_the_calendar_is_filtered_as_the_actions_board(client):
    board = client.get("/api/actions?assignee=sekretariat&status=open").json()["actions"]
    expected = {a["id"] for a in board if a["due"]}
    assert expected
    found = events(client.get("/kalender.ics?assignee=sekretariat&status=open&only=actions").text)
    assert all(kind(e) == "deadline-open" for e in found)
    assert {str(e["uid"]).removeprefix("atgard-").removesuffix("@protokoll") for e in found} == expected
    everyone = events(client.get("/kalender.ics?only=actions").text)
    assert len(everyone) > len(found)
    only_meetings = events(client.get("/kalender.ics?only=meetings").text)
    assert only_meetings and not any(kind(e).startswith("deadline") for e in only_meetings)
    assert client.get("/kalender.ics?only=allt").status_code == 422


def test_a_done_action_is_marked_in_its_deadline(client):
    token = login(client)
    action = next(a for a in client.get("/api/actions?status=open").json()["actions"] if a["due"])
    client.post(f"/actions/{action['id']}/status", data={"status": "done", "csrf_token": token})
    event = next(e for e in events(client.get("/kalender.ics").text) if str(e["uid"]) == f"atgard-{action['id']}@protokoll")
    assert kind(event) == "deadline-done" and str(event["summary"]).startswith("Klar: ")
    assert not any(str(e["uid"]) == f"atgard-{action['id']}@protokoll"
                   for e in events(client.get("/kalender.ics?status=open").text))


def test_corrected_values_are_in_the_calendar(client):
    token = login(client)
    m = meeting_id(client, "2026-11-20")
    record = client.get(f"/api/meetings/{m}").json()["meeting"]
    path, action = next((f"items[{i}].decisions[{d}].actions[{k}]", a)
                        for i, item in enumerate(record["items"]) for d, dec in enumerate(item["decisions"])
                        for k, a in enumerate(dec["actions"]) if a.get("due"))
    for p, value in ((f"{path}.due", "2027-06-30"), ("start_time", "13:15"), ("scheduled_meetings[0].start_time", "10:00")):
        r = client.post(f"/meetings/{m}/corrections", data={"path": p, "value": value, "csrf_token": token})
        assert r.status_code == 303, r.text
    found = {str(e["uid"]): e for e in events(client.get("/kalender.ics").text)}
    assert start(found[f"atgard-{action['id']}@protokoll"]) == dt.date(2027, 6, 30)
    assert start(found["mote-2026-11-20-kommundirektorsmote@protokoll"]) == dt.datetime(2026, 11, 20, 13, 15,
                                                                                          tzinfo=TIMEZONE)
    first = record["scheduled_meetings"][0]["date"]
    assert start(found[f"mote-{first}-kommundirektorsmote@protokoll"]).time() == dt.time(10, 0)


def test_past_scheduled_dates_without_minutes_are_not_confirmed(db_url):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    before = events(archive.calendar_ics(db_url, today=dt.date(2026, 12, 1)))
    after = events(archive.calendar_ics(db_url, today=dt.date(2028, 1, 1)))
    assert {str(e["status"]) for e in before if kind(e) == "scheduled"} == {"CONFIRMED"}
    assert {str(e["status"]) for e in after if kind(e) == "scheduled"} == {"TENTATIVE"}
    assert {str(e["status"]) for e in after if kind(e) == "held"} == {"CONFIRMED"}
    assert all("Inget protokoll" in str(e["description"]) for e in after if kind(e) == "scheduled")


def test_a_scheduled_date_keeps_its_uid_when_the_meeting_is_held(db_url, tmp_path):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    uid = "mote-2027-01-22-kommundirektorsmote@protokoll"
    (before,) = [e for e in events(archive.calendar_ics(db_url)) if str(e["uid"]) == uid]
    archive.ingest([later_meeting(tmp_path / "2027-01-22.txt")], db=db_url)
    (after,) = [e for e in events(archive.calendar_ics(db_url)) if str(e["uid"]) == uid]
    assert (kind(before), kind(after)) == ("scheduled", "held")


def _feed(client, path: str) -> ET.Element:
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(r.content)


def test_the_meetings_feed_lists_every_meeting_newest_first(client):
    feed = _feed(client, "/flode/moten.atom")
    assert feed.find(f"{ATOM}title").text == "Protokoll: nya möten"
    entries = feed.findall(f"{ATOM}entry")
    meetings = client.get("/api/meetings").json()
    # Ingested together: the newest meeting first.
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        f"http://testserver/meetings/{m['id']}" for m in sorted(meetings, key=lambda m: m["date"], reverse=True)]
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids) and ids == [e.find(f"{ATOM}id").text
                                                for e in _feed(client, "/flode/moten.atom").findall(f"{ATOM}entry")]
    assert "20 november 2026" in entries[0].find(f"{ATOM}title").text
    assert "Kommundirektörsgruppens sammanträden 2027" in entries[0].find(f"{ATOM}content").text


def test_the_decisions_feed_links_each_decision_to_its_item(client):
    entries = _feed(client, "/flode/beslut.atom").findall(f"{ATOM}entry")
    newest = client.get(f"/api/meetings/{meeting_id(client, '2026-11-20')}").json()["meeting"]
    texts = [d["text"] for item in newest["items"] for d in item["decisions"]]
    first = [e for e in entries if "/meetings/" + str(newest["id"]) + "#" in e.find(f"{ATOM}link").get("href")]
    assert texts and [e.find(f"{ATOM}content").text.split("\n\n")[0] for e in first[:len(texts)]] == texts
    assert all(re.fullmatch(rf"http://testserver/meetings/{newest['id']}#item-\d+", e.find(f"{ATOM}link").get("href"))
               for e in first)
    assert entries[:len(first)] == first  # the newest meeting's decisions come first
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids)
    assert client.get("/flode/annat.atom").status_code == 422


def test_pages_link_the_feeds_and_the_calendar(client):
    page = client.get("/meetings").text
    assert '<link rel="alternate" type="application/atom+xml" title="Protokoll: nya möten" href="/flode/moten.atom">' in page
    assert 'href="/flode/beslut.atom"' in page and '<link rel="alternate" type="text/calendar"' in page
    assert re.search(r'<a class="calendar" href="webcal://testserver/kalender.ics">Prenumerera på kalendern</a>', page)
    board = client.get("/actions?assignee=sekretariat&status=open").text
    assert 'href="webcal://testserver/kalender.ics?only=actions&amp;assignee=sekretariat&amp;status=open"' in board


def test_the_actions_feed_of_one_assignee_puts_the_latest_change_first(client):
    token = login(client)
    board = client.get("/api/actions?assignee=sekretariat").json()["actions"]
    feed = _feed(client, "/flode/atgarder.atom?assignee=sekretariat")
    assert feed.find(f"{ATOM}title").text == "Protokoll: åtgärder för sekretariat"
    entries = feed.findall(f"{ATOM}entry")
    assert sorted(e.find(f"{ATOM}id").text.rsplit("/", 1)[1] for e in entries) == sorted(a["id"] for a in board)
    changed = min(a["id"] for a in board)  # the oldest: first only for its change, not by its id
    r = client.post(f"/actions/{changed}/status", data={"status": "done", "note": "levererat", "csrf_token": token})
    assert r.status_code == 303, (changed, r.text[:300])
    first = _feed(client, "/flode/atgarder.atom?assignee=sekretariat").find(f"{ATOM}entry")
    assert first.find(f"{ATOM}id").text.endswith(f":atgard/{changed}")
    assert first.find(f"{ATOM}title").text.startswith(f"{changed} (klar)")
    assert "levererat" in first.find(f"{ATOM}content").text
    assert first.find(f"{ATOM}link").get("href").endswith(f"#action-{changed}")
    opened = _feed(client, "/flode/atgarder.atom?assignee=sekretariat&status=open").findall(f"{ATOM}entry")
    assert len(opened) == len(entries) - 1
    page = client.get("/actions?assignee=sekretariat").text
    assert ('<link rel="alternate" type="application/atom+xml" title="Protokoll: åtgärder för sekretariat" '
            'href="/flode/atgarder.atom?assignee=sekretariat">') in page


def _comparable(ics: str) -> list[tuple]:
    """Each event as what a calendar shows of it (DTSTAMP, the moment it was written, left out)."""
    return sorted((str(e["uid"]), str(e["summary"]), str(e.get("status")), kind(e), str(e.get("url")),
                   str(e.get("description")), e.decoded("dtstart").isoformat()) for e in events(ics))


def test_the_cli_export_holds_the_same_events_as_the_web_calendar(client):
    """`protokoll export --format ics --base-url URL` is the web app's calendar: held meetings, scheduled
    dates (past ones not confirmed), the deadlines, each linking to its meeting."""
    from typer.testing import CliRunner

    from protokoll.cli import app

    db_url = str(client.app.state.db.url)
    result = CliRunner().invoke(app, ["export", "--format", "ics", "--base-url", "http://testserver/", "--db", db_url])
    assert result.exit_code == 0, result.output
    exported = _comparable(result.stdout)
    assert exported == _comparable(client.get("/kalender.ics").text)
    assert {e[3] for e in exported} >= {"held", "scheduled", "deadline-open"}
    assert all(e[4].startswith("http://testserver/meetings/") for e in exported)
    # Without a base URL the events are the same, without their links.
    bare = CliRunner().invoke(app, ["export", "--format", "ics", "--db", db_url]).stdout
    assert [e[:4] for e in _comparable(bare)] == [e[:4] for e in exported]
    assert all(e[4] == "None" for e in _comparable(bare))
