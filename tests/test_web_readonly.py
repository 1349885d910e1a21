"""Every GET is read-only: no GET of any route opens the archive's write lock, and showing a source
(its page texts, where a value comes from) reads the texts stored at ingest, never the file again
(no reading, no Tesseract inside a request)."""
from __future__ import annotations

import pytest
from fastapi.routing import APIRoute

from test_web_auth import _routes
from web_support import client, examples_template, login  # noqa: F401

PARAMS = {"meeting_id": "{m}", "person_id": "{p}", "sha256": "{s}", "name": "Helsingborg", "job_id": "nosuchjob",
          "fmt": "csv", "feed": "moten", "action_id": "2024-10-18-3", "key": "role:sekretariatschef",
          "draft_id": "{d}", "token": "{t}"}
# Routes whose parameters take other values than PARAMS gives (a draft downloads as pdf or docx).
URLS = {"/drafts/{draft_id}/utkast.{fmt}": "/drafts/{d}/utkast.pdf"}
QUERIES = {"/meetings/{meeting_id}/source": "?path=items[1].title", "/api/meetings/{meeting_id}/source":
           "?path=items[1].title", "/meetings/{meeting_id}/correct": "?path=items[1].title",
           "/search": "?q=cykel", "/api/search": "?q=cykel"}


class WriteInGet(AssertionError):
    pass


def _get_urls(app, m: int, p: int, s: str, d: int, t: str = "") -> list[str]:
    urls = []
    for route in _routes(app.routes):  # the included routers' routes, with their prefixes
        if not isinstance(getattr(route, "route", route), APIRoute) or "GET" not in route.methods:
            continue
        url = URLS.get(route.path, route.path)
        for name, value in PARAMS.items():
            url = url.replace("{" + name + "}", value)
        assert "{" not in url.replace("{m}", "").replace("{p}", "").replace("{s}", "").replace("{d}", "").replace("{t}", ""), route.path
        urls.append(url.format(m=m, p=p, s=s, d=d, t=t) + QUERIES.get(route.path, ""))
    return urls


def test_no_get_writes_or_reads_a_source_file(client, monkeypatch):
    from protokoll import pipeline
    from protokoll.read import ocr

    from protokoll import archive

    archive.create_user("chef", "hemligt-lösen-2", "admin", db=client.app.state.db)
    login(client, "chef", "hemligt-lösen-2")  # the editors' and the administrator's pages too
    m = client.get("/api/meetings").json()[0]["id"]
    p = client.get("/api/people").json()[0]["id"]
    s = client.get(f"/api/meetings/{m}").json()["meeting"]["sources"][0]["sha256"]
    token = client.get("/api/session").json()["csrf_token"]
    d = client.post("/api/drafts", json={"body": "Kommundirektörsmöte", "date": "2026-12-11"},
                    headers={"X-CSRF-Token": token}).json()["id"]  # a draft, for the drafts' pages
    db = client.app.state.db
    t = archive.new_subscription(client.get("/api/session").json()["user"]["id"], db)  # a personal address

    def no_write():
        raise WriteInGet("a GET opened the write lock")

    def no_reading(*args, **kwargs):
        raise WriteInGet("a GET read a source file again")

    monkeypatch.setattr(db, "write", no_write)
    monkeypatch.setattr(pipeline, "read_clean", no_reading)
    monkeypatch.setattr(pipeline, "read_pages", no_reading)
    monkeypatch.setattr(ocr, "run_tesseract", no_reading)

    urls = _get_urls(client.app, m, p, s, d, t)
    assert len(urls) >= 30  # every GET route of the app, not a few
    for url in urls:
        r = client.get(url)
        assert r.status_code == (404 if "nosuchjob" in url else 200), (url, r.text[:300])

    # The source view shows the page texts stored at ingest; the value's evidence is highlighted in them.
    source = client.get(f"/api/sources/{s}").json()
    assert source["texts"] and source["unavailable_reason"] is None
    assert "Kommundirektörsmöte" in "".join(source["texts"])
    evidence = client.get(f"/api/meetings/{m}/source?path=items[1].title").json()["sources"][0]
    assert evidence["found"] and evidence["hit"] and evidence["page_text"]

    # The guard works: a POST that writes does open the write lock.
    token = client.get("/api/session").json()["csrf_token"]
    with pytest.raises(WriteInGet):
        client.post(f"/api/meetings/{m}/corrections", json={"path": "number", "value": 3},
                    headers={"X-CSRF-Token": token})
