"""The tasks people come to the web app for, walked in a real browser (Debian's Chromium, headless,
driven by Playwright; skipped where /usr/bin/chromium is missing): find a decision by search, mark an
action done with a note and see it in its history, upload a PDF and open its meeting, correct a value,
and subscribe to the calendar and the feeds the pages link to (the ICS is fetched from the address the
page links to and read with icalendar; the Atom with ElementTree). Uploading and correcting a place are
walked in test_web_browser.py too; here each task ends in what a subscriber then sees."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar

from browser_support import CHROMIUM, upload_example, browser, log_in, page, server, shot  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing: apt-get install -y chromium")
ATOM = "{http://www.w3.org/2005/Atom}"


def subscribe(page) -> Calendar:
    """Follow the meetings page's "Prenumerera på kalendern": the webcal:// address, fetched as a
    calendar program does (over http), read with icalendar."""
    page.goto("/meetings")
    link = page.get_by_role("link", name="Prenumerera på kalendern")
    href = link.get_attribute("href")
    assert href.startswith("webcal://") and href.endswith("/kalender.ics")
    r = page.request.get("http://" + href.removeprefix("webcal://"))
    assert r.ok and r.headers["content-type"].startswith("text/calendar")
    return Calendar.from_ical(r.text())


def by_uid(cal: Calendar) -> dict:
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def feed_of(page, title: str) -> ET.Element:
    """The Atom feed a page announces with <link rel="alternate" title=...>."""
    href = page.locator(f'head link[rel=alternate][type="application/atom+xml"][title="{title}"]').get_attribute("href")
    r = page.request.get(href)
    assert r.ok and r.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(r.body())


def test_find_a_decision_by_search(page):
    from playwright.sync_api import expect

    page.goto("/")
    page.fill(".top-search input", "studieresa Köpenhamn")
    page.press(".top-search input", "Enter")
    result = page.locator(".result").first
    expect(result).to_contain_text("Studieresa till Köpenhamn")
    result.locator("h3 a").click()
    page.wait_for_url(re.compile(r"/meetings/\d+#item-\d+$"))
    item = page.locator("article.item#" + page.url.rsplit("#", 1)[1])
    expect(item.locator(".decision").first).to_contain_text("att uppdra till sekretariatschefen att ta fram")
    expect(page.locator("h1")).to_contain_text("20 november 2026")
    shot(page, "task-search-decision")


def test_mark_an_action_done_and_see_it_in_history_and_calendar(page):
    from playwright.sync_api import expect

    log_in(page)
    page.goto("/actions?assignee=sekretariat&status=open")
    row = page.locator("table.board tbody tr").first
    action_id = row.locator("td").first.inner_text().strip()
    row.locator("input[name=note]").fill("Klart enligt mejl 3 dec")
    row.locator("button[value=done]").click()
    expect(page.locator(".flash")).to_contain_text(f"Åtgärd {action_id} är nu klar.")
    page.goto("/actions?status=done")
    done = page.locator(f'[id="action-{action_id}"]')
    expect(done.locator(".badge.st-done")).to_have_text("Klar")
    done.locator("summary").click()
    expect(done.locator("ul.history")).to_contain_text("Klart enligt mejl 3 dec")
    shot(page, "task-action-done")
    # The board lists by due date: the first row has one, so a deadline in the calendar, now done.
    event = by_uid(subscribe(page))[f"atgard-{action_id}@protokoll"]
    assert str(event["summary"]).startswith("Klar: ") and str(event["x-protokoll-status"]) == "deadline-done"


def test_correct_a_due_date_and_see_it_in_the_subscribed_calendar(page):
    from playwright.sync_api import expect

    log_in(page)
    page.goto("/meetings")
    page.click("text=20 november 2026")
    meeting_url = page.url
    due = page.locator('span.val[id^="v-items"][id$=".due"]').first
    value_id = due.get_attribute("id")
    action_id = page.locator("tr[id^=action-]", has=page.locator(f'[id="{value_id}"]')).get_attribute("id")
    action_id = action_id.removeprefix("action-")
    page.locator(f'[id="{value_id}"] ~ .tools a.edit').click()
    page.fill("#value", "2027-06-30")
    page.fill("#note", "förlängd tidsfrist")
    page.click("form.panel button[type=submit]")
    page.wait_for_url(re.compile(re.escape(meeting_url) + r"#.*"))
    expect(page.locator(f'[id="{value_id}"]')).to_have_text("30 juni 2027")
    expect(page.locator(f'[id="{value_id}"] ~ .badge.corrected')).to_have_text("rättad")
    shot(page, "task-correct-due")
    event = by_uid(subscribe(page))[f"atgard-{action_id}@protokoll"]
    assert event.decoded("dtstart") == dt.date(2027, 6, 30)  # an all-day event on the corrected date
    # The actions board's own subscription holds the deadlines as the board is filtered.
    page.goto("/actions?assignee=sekretariatschef&status=")
    href = page.get_by_role("link", name="Prenumerera på tidsfristerna").get_attribute("href")
    assert href.startswith("webcal://") and "only=actions" in href and "assignee=sekretariatschef" in href
    board = by_uid(Calendar.from_ical(page.request.get("http://" + href.removeprefix("webcal://")).text()))
    assert board[f"atgard-{action_id}@protokoll"].decoded("dtstart") == dt.date(2027, 6, 30)
    assert all(str(e["categories"].cats[0]) == "deadline" and "sekretariatschef" in str(e["summary"]).lower()
               for e in board.values())


def test_subscribe_to_the_calendar_and_the_feeds(page):
    cal = subscribe(page)
    events = cal.walk("VEVENT")
    held = [e for e in events if str(e["x-protokoll-status"]) == "held"]
    scheduled = [e for e in events if str(e["x-protokoll-status"]) == "scheduled"]
    assert len(held) == len(page.request.get("/api/meetings").json())
    assert scheduled and all(str(e["status"]) in ("CONFIRMED", "TENTATIVE") for e in scheduled)
    # Each event links to a meeting page of the app that opens.
    page.goto(str(held[0]["url"]))
    assert page.locator("h1").inner_text().startswith("Kommundirektörsmöte")
    meetings = feed_of(page, "Protokoll: nya möten").findall(f"{ATOM}entry")
    assert len(meetings) == len(held)
    decisions = feed_of(page, "Protokoll: nya beslut").findall(f"{ATOM}entry")
    assert decisions
    page.goto(decisions[0].find(f"{ATOM}link").get("href"))
    assert page.locator("article.item#" + page.url.rsplit("#", 1)[1]).count() == 1
    shot(page, "task-subscribe")


def test_upload_a_pdf_open_its_meeting_and_see_it_in_the_feed(page, tmp_path):
    from playwright.sync_api import expect

    upload_example(page, tmp_path, "2025-04-11", "11 april 2025")
    page.click("a.button")
    expect(page.locator("h1")).to_contain_text("11 april 2025")
    expect(page.locator(".sources")).to_contain_text("protokoll-2025-04-11.pdf")
    meeting_url = page.url.split("#", 1)[0]
    shot(page, "task-upload-open")
    # The newest in the archive is the first entry of the meetings feed, and held in the calendar.
    first = feed_of(page, "Protokoll: nya möten").find(f"{ATOM}entry")
    assert first.find(f"{ATOM}link").get("href") == meeting_url
    assert "11 april 2025" in first.find(f"{ATOM}title").text
    held = by_uid(subscribe(page))["mote-2025-04-11-kommundirektorsmote@protokoll"]
    assert str(held["x-protokoll-status"]) == "held" and str(held["url"]) == meeting_url
