"""The web app in a real browser: Debian's Chromium, headless, driven by Playwright.

Skips where /usr/bin/chromium is missing (``apt-get install chromium``; Playwright's own browser
download is never used). The app runs under uvicorn on 127.0.0.1 at a free port in a daemon thread
that is stopped after the module. Screenshots go to build/screenshots/.
"""
from __future__ import annotations

import re

import pytest

from browser_support import CHROMIUM, upload_example, _serve, browser, log_in, page, server, shot  # noqa: F401 (fixtures)
from web_support import EDITOR, EXAMPLES, PASSWORD, SEEDS, XSS  # noqa: F401

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing: apt-get install -y chromium")


def test_browse_to_a_meeting_and_see_a_value_in_its_source(page):
    from playwright.sync_api import expect

    page.goto("/")
    shot(page, "start")
    page.click("text=17 november 2023")
    expect(page.locator("h1")).to_contain_text("Kommundirektörsmöte nr 9")
    expect(page.locator("table.attendance")).to_contain_text("Maja Lindqvist")
    expect(page.locator("#item-" + page.locator("article.item").nth(2).get_attribute("id").split("-")[1]))\
        .to_contain_text("Regional cykelplan")
    shot(page, "meeting")
    page.locator('[id="v-items[2].decisions[0].text"] ~ .tools a.src').click()
    expect(page.locator("mark#hit")).to_contain_text("att uppdra till nätverket för hållbara transporter")
    shot(page, "value-source")


def test_search_with_facets(page):
    from playwright.sync_api import expect

    page.goto("/")
    page.fill(".top-search input", "cykel")
    page.press(".top-search input", "Enter")
    expect(page.locator(".result").first).to_be_visible()
    expect(page.locator(".result mark").first).to_be_visible()
    page.click(".facets a.facet:has-text('Uppdrag')")
    expect(page.locator(".facets a.facet.on")).to_contain_text("Uppdrag")
    shot(page, "search")


def test_open_a_person(page):
    from playwright.sync_api import expect

    page.goto("/people")
    page.click("text=Maja Lindqvist")
    expect(page.locator("h1")).to_have_text("Maja Lindqvist")
    expect(page.locator("table.memberships")).to_contain_text("Bjuv")
    shot(page, "person")


def test_writes_need_a_login(page):
    from playwright.sync_api import expect

    page.goto("/actions")
    assert page.locator("form.status-form").count() == 0
    expect(page.locator(".hint")).to_contain_text("Logga in")
    page.goto("/upload")
    expect(page.locator(".notice")).to_contain_text("logga in")


def test_upload_a_pdf(page, tmp_path):
    from playwright.sync_api import expect

    upload_example(page, tmp_path, "2025-03-07", "7 mars 2025")
    shot(page, "upload-done")
    page.click("a.button")
    expect(page.locator("h1")).to_contain_text("7 mars 2025")
    expect(page.locator(".sources")).to_contain_text("protokoll-2025-03-07.pdf")


def test_mark_an_action_done(page):
    from playwright.sync_api import expect

    log_in(page)
    page.goto("/actions?status=open")
    row = page.locator("table.board tbody tr").first
    action_id = row.locator("td").first.inner_text().strip()
    row.locator("input[name=note]").fill("Klart, se mejl")
    row.locator("button[value=done]").click()
    page.goto("/actions?status=done")
    done = page.locator(f'[id="action-{action_id}"]')
    expect(done.locator(".badge.st-done")).to_have_text("Klar")
    done.locator("summary").click()
    expect(done.locator("ul.history")).to_contain_text("Klart, se mejl")
    shot(page, "actions")


def test_correct_a_value(page):
    from playwright.sync_api import expect

    log_in(page)
    page.goto("/meetings")
    page.click("text=20 november 2026")
    meeting_url = page.url
    page.locator('[id="v-location"] ~ .tools a.edit').click()
    page.fill("#value", "Stadshuset, Helsingborg")
    page.fill("#note", "fel lokal i protokollet")
    page.click("form.panel button[type=submit]")
    page.wait_for_url(re.compile(re.escape(meeting_url) + r"#.*"))
    expect(page.locator('[id="v-location"]')).to_have_text("Stadshuset, Helsingborg")
    expect(page.locator('[id="v-location"] ~ .badge.corrected')).to_have_text("rättad")
    shot(page, "corrected")


def test_subscribe_to_the_calendar(page, browser, server):
    """The calendar offered on the meetings page is a webcal:// address of /kalender.ics; a logged-in user
    makes a personal address there, which a calendar app (no cookie, no login) can read."""
    from icalendar import Calendar
    from playwright.sync_api import expect

    page.goto("/meetings")
    link = page.locator("a.calendar").first
    href = link.get_attribute("href")
    assert href.startswith("webcal://") and href.endswith("/kalender.ics")
    ics = page.request.get(href.replace("webcal://", "http://", 1))
    kinds = {str(e["x-protokoll-status"]) for e in Calendar.from_ical(ics.text()).walk("VEVENT")}
    assert {"held", "scheduled", "deadline-open"} <= kinds
    log_in(page)
    page.goto("/meetings")
    page.click("text=Din personliga adress")
    expect(page.locator("h1")).to_have_text("Din prenumerationsadress")
    page.click("button:has-text('Skapa en adress')")
    address = page.locator("#kalenderadress").input_value()
    assert re.fullmatch(re.escape(server.url) + r"/prenumeration/[\w-]+/kalender\.ics", address)
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    for size, (width, height) in {"phone": (390, 844), "desk": (1280, 900)}.items():  # the address shown once
        page.set_viewport_size({"width": width, "height": height})
        assert not [v["id"] for v in axe.run(page).response["violations"] if v["impact"] in ("serious", "critical")]
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), size
        shot(page, f"{size}-editor-prenumeration-ny")
    app = browser.new_context()  # the calendar app: no session
    try:
        r = app.request.get(address)
        assert r.status == 200 and r.headers["content-type"].startswith("text/calendar")
        assert len(Calendar.from_ical(r.text()).walk("VEVENT")) == len(Calendar.from_ical(ics.text()).walk("VEVENT"))
    finally:
        app.close()
    page.goto("/prenumeration")
    expect(page.locator("main")).to_contain_text("Du har en prenumerationsadress sedan")
    page.click("button:has-text('Återkalla adressen')")
    expect(page.locator(".flash")).to_contain_text("återkallad")
    assert page.request.get(address).status == 404


def test_minutes_script_is_shown_as_text(page):
    from playwright.sync_api import expect

    page.goto("/meetings")
    page.click("text=18 oktober 2024")
    expect(page.locator("article.item").nth(1)).to_contain_text(XSS)
    page.goto("/search?q=sekretariatet")
    expect(page.locator(".results")).to_contain_text("alert(1)")
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('main script').length") == 0


def test_csrf_protection(page, server):
    log_in(page)
    action_id = page.request.get("/api/actions?status=open").json()["actions"][0]["id"]
    # A form post without the token (what another site's form could send) is refused.
    r = page.request.post(f"/actions/{action_id}/status", form={"status": "done"})
    assert r.status == 403 and "CSRF" in r.text()
    # So is a script's POST with a wrong token.
    status = page.evaluate("""async (id) => (await fetch('/api/actions/' + id + '/status', {method: 'POST',
        headers: {'Content-Type': 'application/json', 'X-CSRF-Token': 'forged'},
        body: JSON.stringify({status: 'done'})})).status""", action_id)
    assert status == 403
    # A page of another origin posting a form: the SameSite=Lax cookie is not sent along, and the
    # token is missing anyway.
    page.set_content(f'<form method="post" action="{server.url}/actions/{action_id}/status">'
                     '<input name="status" value="done"><button>go</button></form>')
    page.click("button")
    page.wait_for_load_state()
    assert page.request.get(f"/api/actions?status=done").json()["actions"] == [] or \
        action_id not in {a["id"] for a in page.request.get("/api/actions?status=done").json()["actions"]}


def test_api_docs_list_the_json_twins(page):
    from playwright.sync_api import expect

    page.goto("/api/docs")
    expect(page.locator(".swagger-ui")).to_be_visible()
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/meetings/{meeting_id}" in p.replace("\u200b", "") for p in paths)
    shot(page, "api-docs")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present in this checkout")
def test_tour_of_the_seed_archive(browser, tmp_path_factory):
    """Every page over the seed minutes, with a screenshot of each."""
    from playwright.sync_api import expect

    srv = _serve(tmp_path_factory, sorted(SEEDS.glob("*.txt")), "seeds-browser")
    try:
        context = browser.new_context(base_url=srv.url, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto("/")
        shot(page, "seeds-start")
        page.click("text=19 april 2024")
        expect(page.locator(".sources li")).to_have_count(2)
        shot(page, "seeds-meeting-2024-04-19")
        page.goto("/actions?assignee=sekretariat&status=open")
        expect(page.locator("table.board")).to_contain_text("2024-04-19-1")
        shot(page, "seeds-actions-secretariat")
        page.goto("/people")
        page.click("text=Elin Ask")
        expect(page.locator("table.memberships")).to_contain_text("Perstorp")
        expect(page.locator("table.memberships")).to_contain_text("Ängelholm")
        shot(page, "seeds-person-elin-ask")
        page.goto("/municipalities/Perstorp")
        shot(page, "seeds-municipality")
        page.goto("/attendance")
        expect(page.locator("svg.heatmap")).to_be_visible()
        shot(page, "seeds-attendance")
        page.goto("/search?q=krisberedskap")
        expect(page.locator(".result").first).to_be_visible()
        shot(page, "seeds-search")
        page.goto("/review")
        shot(page, "seeds-review")
        page.goto("/upload")
        shot(page, "seeds-upload-anonymous")
        context.close()
    finally:
        srv.stop()
