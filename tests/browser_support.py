"""The web app in a real browser, shared by the browser tests: Debian's Chromium (headless, driven by
Playwright; its own browser download is never used) and the app under uvicorn on 127.0.0.1 at a free
port in a daemon thread."""
from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest

from protokoll import archive
from protokoll.store.db import open_database
from web_support import (EDITOR, EXAMPLES, PASSWORD, ROOT, SEEDS, XSS, build_archive, fresh_copy,  # noqa: F401
                         xss_minutes)

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "build" / "screenshots"

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn in a daemon thread; ``stop`` ends it (and it dies with the test process anyway)."""

    def __init__(self, db_url: str, folder: Path):
        import uvicorn

        from protokoll.web.app import create_app
        from protokoll.web.settings import Settings

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(db_url, Settings(secret_key="browser-test", upload_dir=folder / "uploads"))
        self.app = app
        self.db = app.state.db
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True, name="uvicorn-test")

    def start(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _serve(tmp_path_factory, sources: list[Path], name: str):
    folder = tmp_path_factory.mktemp(name)
    template = build_archive(folder / "template", sources)
    url = fresh_copy(template, folder / "db")
    db = open_database(url)
    archive.ingest([xss_minutes(folder)], db=db)  # one meeting has <script> in its text
    db.close()
    return Server(url, folder).start()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = _serve(tmp_path_factory, sorted(EXAMPLES.glob("*.txt")), "browser")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900}, locale="sv-SE")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def log_in(page, name: str = EDITOR, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.fill("#name", name)
    page.fill("#password", password)
    page.click("form.panel button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))
    assert page.locator(".account .who").inner_text() == name


def upload_example(page, tmp_path: Path, iso: str, words: str) -> None:
    """Log in and upload an example's minutes typeset as a PDF, moved to another date (``iso``, and the same
    date in words), so that it is a new meeting; returns once the page says it is stored."""
    from playwright.sync_api import expect

    renderings = pytest.importorskip("renderings")
    text = (EXAMPLES / "2025-02-21_kommundirektorsmote.txt").read_text(encoding="utf-8")
    text = text.replace("2025-02-21", iso).replace("21 februari 2025", words)
    pdf = tmp_path / f"protokoll-{iso}.pdf"
    renderings.typeset(text, pdf)
    log_in(page)
    page.goto("/upload")
    page.set_input_files("#file", str(pdf))
    page.click("#upload-form button[type=submit]")
    expect(page.locator(".status.ok")).to_contain_text("Protokollet är inläst", timeout=60_000)
