"""Every page of the web app in Chromium, anonymous and logged in as an editor: axe-core finds no
serious or critical violation, and the page is no wider than the window at 390 px (a phone) and at
1280 px (a desk). The pages are listed from the app's own routes, so a new page is checked too.

Skips where /usr/bin/chromium is missing (see browser_support) or axe-playwright-python is not
installed (the ``test`` extra). A summary of each run (violations by impact, page widths) is written
to build/a11y/.
"""
from __future__ import annotations

import json
import re

import pytest

from browser_support import CHROMIUM, SHOTS, log_in, server  # noqa: F401 (fixtures)
from web_support import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing: apt-get install -y chromium")

WIDTHS = {"phone": (390, 844), "desk": (1280, 900)}
BLOCKING = ("serious", "critical")
REPORTS = ROOT / "build" / "a11y"
# GET routes that are not pages: files to download, the heatmap as an SVG file, and the API's docs
# (Swagger UI's own page, not ours; checked apart below).
NOT_PAGES = {"/attendance.svg", "/sources/{sha256}/file", "/api/docs"}
DOWNLOADS = (".{fmt}", ".csv", ".json", ".ics", ".svg", ".atom")  # files, feeds, the calendar
# Query strings that make a page show what it can (a search with hits, the whole actions board).
QUERIES = {"/search": "q=cykel", "/actions": "status=", "/meetings/{meeting_id}/source": "path={value}",
           "/meetings/{meeting_id}/correct": "path={value}"}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from browser_support import ARGS

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def axe():
    module = pytest.importorskip("axe_playwright_python.sync_playwright",
                                 reason="axe-playwright-python is not installed (pip install -e '.[test]')")
    return module.Axe()


def _get_routes(routes) -> list[str]:
    """The paths of every GET route, walking into included routers (FastAPI 0.16x keeps them apart)."""
    out = []
    for route in routes:
        if hasattr(route, "original_router"):
            out += _get_routes(route.original_router.routes)
        elif "GET" in (getattr(route, "methods", None) or ()):
            out.append(route.path)
    return out


def page_routes(app) -> list[str]:
    """The paths of the app's HTML pages (GET routes outside /api, less those in NOT_PAGES)."""
    return sorted({p for p in _get_routes(app.routes) if not p.startswith("/api/") and p not in NOT_PAGES
                   and not p.endswith(DOWNLOADS)})


def _fill(route: str, ids: dict) -> str:
    url = re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), route)
    query = QUERIES.get(route)
    return f"{url}?{query.format(**ids)}" if query else url


@pytest.fixture(scope="module")
def urls(server, browser) -> list[str]:
    """One URL for every page: the meeting with the most actions, its first source, its first action's
    due date as the value of the source and correction pages, a person, a municipality, an upload."""
    context = browser.new_context(base_url=server.url)
    page = context.new_page()
    log_in(page)
    request = page.request
    actions = request.get("/api/actions").json()["actions"]
    counts: dict[int, int] = {}
    for a in actions:
        counts[a["meeting"]["id"]] = counts.get(a["meeting"]["id"], 0) + 1
    meeting_id = max(counts, key=counts.get)
    meeting = request.get(f"/api/meetings/{meeting_id}").json()["meeting"]
    upload = request.post("/api/upload", headers={"X-CSRF-Token": request.get("/api/session").json()["csrf_token"]},
                          multipart={"file": {"name": "protokoll.txt", "mimeType": "text/plain",
                                              "buffer": sorted(EXAMPLES.glob("*.txt"))[0].read_bytes()}})
    assert upload.status == 202, upload.text()
    token = request.get("/api/session").json()["csrf_token"]
    draft = request.post("/api/drafts", headers={"X-CSRF-Token": token},
                         data={"body": "Kommundirektörsmöte", "date": "2026-12-11"})
    assert draft.status == 201, draft.text()
    ids = {"meeting_id": meeting_id, "sha256": meeting["sources"][0]["sha256"], "draft_id": draft.json()["id"],
           "person_id": request.get("/api/people").json()[0]["id"],
           "name": request.get("/api/municipalities").json()[0]["name"],
           "job_id": upload.json()["id"], "value": "items[0].decisions[0].text",
           "action_id": actions[0]["id"], "key": actions[0]["assignee_key"]}
    for item in meeting["items"]:
        for d, decision in enumerate(item["decisions"]):
            if decision["actions"]:
                ids["value"] = f"items[{meeting['items'].index(item)}].decisions[{d}].actions[0].due"
                break
        else:
            continue
        break
    context.close()
    routes = page_routes(server.app)
    assert {"/", "/meetings", "/meetings/{meeting_id}", "/actions", "/attendance", "/drafts", "/drafts/{draft_id}",
            "/assignees"} <= set(routes)
    # Pages a route serves under more than one address: a meeting's date permalink, a page that is not
    # there (the error page), an assignee's filtered actions board.
    extra = [f"/meetings/{meeting['date']}", "/meetings/1900-01-01", f"/actions?assignee={ids['key']}&status="]
    return [_fill(r, ids) for r in routes] + extra


@pytest.fixture(params=["anonymous", "editor"])
def who(request, browser, server):
    context = browser.new_context(base_url=server.url, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    if request.param == "editor":
        log_in(page)
    yield request.param, page
    context.close()


def _write(name: str, data) -> None:
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _slug(url: str) -> str:
    path, _, query = url.partition("?")
    query = "" if query in ("status=", "") or query.startswith("path=") else query  # the page's usual view
    return re.sub(r"[^\w]+", "-", f"{path} {query}").strip("-") or "start"


@pytest.mark.parametrize("size", WIDTHS)
def test_every_page_passes_axe_and_fits_the_window(who, urls, axe, size):
    """Every page, at a phone's width and a desk's: no serious or critical axe-core violation, no wider
    than the window; a screenshot of each under build/screenshots (SIZE-WHO-PAGE.png)."""
    role, page = who
    width, height = WIDTHS[size]
    page.set_viewport_size({"width": width, "height": height})
    found, blocking, widths, too_wide = {}, [], {}, []
    SHOTS.mkdir(parents=True, exist_ok=True)
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("load")
        results = axe.run(page).response
        found[url] = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"]),
                       "targets": [n["target"] for n in v["nodes"][:5]], "help": v["help"]}
                      for v in results["violations"]]
        blocking += [f"{url}: {v['id']} ({v['impact']}, {v['nodes']} elements: {v['targets']}) – {v['help']}"
                     for v in found[url] if v["impact"] in BLOCKING]
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        widths[url] = scroll
        page.screenshot(path=str(SHOTS / f"{size}-{role}-{_slug(url)}.png"), full_page=True)
        if scroll > inner:
            too_wide.append(f"{url}: {scroll} px wide in a window of {inner} px")
    by_impact: dict[str, int] = {}
    for violations in found.values():
        for v in violations:
            by_impact[v["impact"]] = by_impact.get(v["impact"], 0) + 1
    _write(f"axe-{size}-{role}", {"pages": len(urls), "by_impact": by_impact, "violations": found})
    _write(f"width-{size}-{role}", widths)
    assert not blocking, "\n".join(blocking)
    assert not too_wide, "\n".join(too_wide)


def test_the_routes_listed_are_the_pages(server):
    """A route added to the app is audited unless it is named in NOT_PAGES."""
    routes = page_routes(server.app)
    assert "/meetings/{meeting_id}" in routes and "/attendance.svg" not in routes
    assert all(not r.startswith("/api/") for r in routes)


@pytest.mark.parametrize("route", ["/meetings/{meeting_id}", "/actions"])
def test_print_shows_the_record_without_the_app_around_it(browser, server, urls, route):
    """A meeting and the actions board on paper: no header, menu, forms or footer; nothing cut off."""
    context = browser.new_context(base_url=server.url)
    page = context.new_page()
    log_in(page)
    url = next(u for u in urls if re.fullmatch(route.replace("{meeting_id}", r"\d+") + r"(\?.*)?", u))
    page.goto(url)
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['header.top', 'footer', 'form.status-form', 'form.filters', '.tools', '.skip']
        .map(s => [...document.querySelectorAll(s)].filter(e => getComputedStyle(e).display !== 'none').length)""")
    assert hidden == [0, 0, 0, 0, 0, 0]
    assert page.locator("h1").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(SHOTS / f"print-{_slug(url)}.png"), full_page=True)
    context.close()


def test_the_admin_sessions_page_has_no_serious_axe_violations_and_fits_a_phone(browser, server, axe):
    """The administrator's page (the audit above sees it as anonymous and as an editor: a login, a 403)."""
    from protokoll import archive

    archive.create_user("chef", "hemligt-lösen-2", "admin", db=server.db, exist_ok=True)
    context = browser.new_context(base_url=server.url, locale="sv-SE")
    page = context.new_page()
    log_in(page, "chef", "hemligt-lösen-2")
    try:
        for size, (width, height) in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": height})
            page.goto("/admin/sessions")
            assert page.locator("#sessions tbody tr").count() >= 2  # the editor and the administrator
            blocking = [f"{v['id']} ({v['impact']})" for v in axe.run(page).response["violations"]
                        if v["impact"] in BLOCKING]
            assert not blocking, (size, blocking)
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, (size, scroll, inner)
            page.screenshot(path=str(SHOTS / f"{size}-admin-admin-sessions.png"), full_page=True)
    finally:
        context.close()
