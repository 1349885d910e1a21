"""Shared fixtures and helpers of the web app's tests (imported by tests/test_web_*.py).

An archive is built once per test session from the example minutes (and one from the seed minutes,
where ../shared/seeds is present) and copied into each test's own temporary folder: every test gets a
fresh database without parsing the minutes again.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from protokoll import archive
from protokoll.store.db import open_database
from protokoll.archive import users
from protokoll.web.app import create_app
from protokoll.web.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"
EDITOR, PASSWORD = "redaktör", "hemligt-lösen-1"
XSS = "<script>alert(1)</script>"


def build_archive(folder: Path, sources: list[Path]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "archive.db"
    db = open_database(f"sqlite:///{path}")
    try:
        report = archive.ingest([], db=db, files=[p.resolve() for p in sources])
        assert not report.failed, report.failed
        with db.write() as session:
            users.add_user(session, EDITOR, PASSWORD, "editor")
    finally:
        db.close()
    return path


def fresh_copy(template: Path, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "archive.db"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def xss_minutes(folder: Path) -> Path:
    """An example's minutes with a script tag in an item's title and summary."""
    text = (EXAMPLES / "2024-10-18_kommundirektorsmote.txt").read_text(encoding="utf-8")
    text = text.replace("2. Nytt från sekretariatet", f"2. Nytt från sekretariatet {XSS}", 1)
    text = text.replace("Sammanfattning: Sekretariatschefen informerade",
                        f"Sammanfattning: {XSS} Sekretariatschefen informerade", 1)
    path = folder / "xss_minutes.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def examples_template(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("examples-archive"), sorted(EXAMPLES.glob("*.txt")))


@pytest.fixture(scope="session")
def seeds_template(tmp_path_factory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present in this checkout")
    return build_archive(tmp_path_factory.mktemp("seeds-archive"), sorted(SEEDS.glob("*.txt")))


@pytest.fixture
def council_client(tmp_path):
    """An archive of one council meeting (roles, parties, a vote with ballots, case numbers), stored
    from a record made in memory: the parser need not read such minutes yet."""
    from archive_support import council_minutes
    from protokoll.archive.ingest import save

    url = f"sqlite:///{tmp_path / 'council.db'}"
    with open_database(url) as database, database.write() as session:
        save(session, council_minutes())
        users.add_user(session, EDITOR, PASSWORD, "editor")
    with make_client(url, tmp_path) as c:
        yield c


def make_client(db_url: str, tmp_path: Path, **settings):
    from fastapi.testclient import TestClient

    app = create_app(db_url, Settings(secret_key="test-secret", upload_dir=tmp_path / "uploads", **settings))
    return TestClient(app, follow_redirects=False)


@pytest.fixture
def client(examples_template, tmp_path):
    with make_client(fresh_copy(examples_template, tmp_path / "db"), tmp_path) as c:
        yield c


@pytest.fixture
def seeds_client(seeds_template, tmp_path):
    with make_client(fresh_copy(seeds_template, tmp_path / "db"), tmp_path) as c:
        yield c


def csrf(client) -> str:
    return client.get("/api/session").json()["csrf_token"]


def login(client, name: str = EDITOR, password: str = PASSWORD) -> str:
    """Log in through the form; returns the new session's CSRF token."""
    token = csrf(client)
    r = client.post("/login", data={"name": name, "password": password, "next": "/", "csrf_token": token})
    assert r.status_code == 303, r.text
    return csrf(client)


def meeting_id(client, date: str) -> int:
    return next(m["id"] for m in client.get("/api/meetings").json() if m["date"] == date)


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
