"""Access: public reading, login for writes, CSRF on every POST, escaped minutes text, cookies, users."""
from __future__ import annotations

import subprocess
from urllib.parse import quote
import sys

from fastapi.routing import APIRoute
from sqlalchemy import select

from protokoll import archive
from protokoll.store.db import open_database
from protokoll.archive import users
from protokoll.web import auth
from protokoll.store.tables import User
from web_support import (EDITOR, PASSWORD, XSS, client, csrf, examples_template, fresh_copy, login,  # noqa: F401
                         make_client, meeting_id, xss_minutes)


def _routes(routes):
    for route in routes:
        inner = getattr(route, "original_router", None)  # FastAPI wraps included routers
        if inner is not None:
            prefix = getattr(inner, "prefix", "")
            for sub in _routes(inner.routes):
                yield sub if sub.path.startswith(prefix) else _Prefixed(sub, prefix)
        else:
            yield route


class _Prefixed:
    def __init__(self, route, prefix):
        self.route, self.path, self.methods = route, prefix + route.path, getattr(route, "methods", set())


def _post_routes(app):
    for route in _routes(app.routes):
        if isinstance(getattr(route, "route", route), APIRoute) and "POST" in route.methods:
            yield route.path.replace("{meeting_id}", "1").replace("{action_id}", "2023-11-17-1") \
                .replace("{correction_id}", "1")


def test_every_post_refuses_a_missing_or_wrong_csrf_token(client):
    paths = list(_post_routes(client.app))
    assert len(paths) >= 12
    login(client)
    for path in paths:
        for headers in ({}, {"X-CSRF-Token": "forged"}):
            r = client.post(path, data={"csrf_token": "forged", "status": "done"} if not headers else None,
                            headers=headers)
            assert r.status_code == 403, (path, r.status_code, r.text[:200])


def test_writes_need_a_login(client):
    token = csrf(client)
    action = client.get("/api/actions").json()["actions"][0]["id"]
    r = client.post(f"/actions/{action}/status", data={"status": "done", "csrf_token": token})
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    r = client.post(f"/api/actions/{action}/status", json={"status": "done"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 401
    r = client.post("/api/meetings/1/corrections", json={"path": "number", "value": "3"},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 401
    r = client.post("/upload", files={"file": ("a.txt", b"x")}, data={"csrf_token": token})
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert client.get(f"/api/actions").json()["status_counts"]["done"] == 0
    assert "Logga in" in client.get("/upload").text


def test_login_wrong_password_and_logout(client):
    token = csrf(client)
    r = client.post("/login", data={"name": EDITOR, "password": "wrong", "csrf_token": token, "next": "/"})
    assert r.status_code == 401 and "Fel namn eller lösenord" in r.text
    assert client.get("/api/session").json()["user"] is None
    new_token = login(client)
    assert new_token != token  # a new token after logging in
    assert client.get("/api/session").json()["user"]["name"] == EDITOR
    r = client.post("/logout", data={"csrf_token": new_token})
    assert r.status_code == 303
    assert client.get("/api/session").json()["user"] is None


def test_login_redirects_only_to_this_site(client):
    token = csrf(client)
    r = client.post("/login", data={"name": EDITOR, "password": PASSWORD, "csrf_token": token,
                                    "next": "https://evil.example/x"})
    assert r.headers["location"] == "/x" or r.headers["location"] == "/"
    r = client.post("/logout", data={"csrf_token": csrf(client)})
    r = client.post("/login", data={"name": EDITOR, "password": PASSWORD, "csrf_token": csrf(client),
                                    "next": "//evil.example/"})
    assert r.headers["location"] == "/"


def test_session_cookie_is_httponly_and_samesite_lax(client):
    r = client.get("/")
    cookie = r.headers["set-cookie"]
    assert auth.COOKIE in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_tampered_session_cookie_is_a_new_anonymous_session(client):
    login(client)
    value = client.cookies.get(auth.COOKIE)
    client.cookies.set(auth.COOKIE, value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert client.get("/api/session").json()["user"] is None


def test_passwords_are_argon2_hashes(client):
    db = client.app.state.db
    with db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.name == EDITOR))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_reading_can_require_a_login(examples_template, tmp_path):
    with make_client(fresh_copy(examples_template, tmp_path / "db"), tmp_path, public_read=False) as c:
        r = c.get("/meetings")
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
        r = c.get("/search", params={"q": "budget", "year": "2024"})  # regression: the query was dropped
        assert r.headers["location"] == "/login?next=" + quote("/search?q=budget&year=2024")
        assert c.get("/api/meetings").status_code == 401
        assert c.get("/login").status_code == 200
        login(c)
        assert c.get("/meetings").status_code == 200
        assert c.get("/api/meetings").status_code == 200


def test_minutes_text_is_escaped_everywhere(client, tmp_path):
    report = archive.ingest([xss_minutes(tmp_path)], db=client.app.state.db)
    assert report.ingested == 1
    pages = [f"/meetings/{meeting_id(client, '2024-10-18')}", "/search?q=sekretariatet", "/review", "/actions?status=",
             f"/meetings/{meeting_id(client, '2024-10-18')}/source?path=items%5B1%5D.title"]
    for page in pages:
        html = client.get(page).text
        assert XSS not in html, page
        assert "<script>alert" not in html, page
    meeting_html = client.get(pages[0]).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in meeting_html
    hits = client.get("/api/search", params={"q": "sekretariatet"}).json()["results"]
    assert all("<script>" not in h["snippet"] for h in hits)
    assert any("&lt;script&gt;" in h["snippet"] for h in hits)


def test_user_add_command(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    open_database(url).close()  # `user add` adds to an archive; it makes none (a typo in --db is an error)
    cmd = [sys.executable, "-m", "protokoll", "user", "add", "anna", "--role", "admin", "--db", url]
    r = subprocess.run(cmd, input="ett-bra-lösenord\n", capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "lade till administratören anna" in r.stdout
    r = subprocess.run(cmd, input="ett-bra-lösenord\n", capture_output=True, text=True)
    assert r.returncode == 2 and "finns redan" in r.stderr
    r = subprocess.run(cmd[:5] + ["bo", "--role", "king", "--db", url], input="ett-bra-lösenord\n",
                       capture_output=True, text=True)
    assert r.returncode == 2 and "rollen ska vara" in r.stderr
    db = open_database(url)
    with db.read() as session:
        assert users.authenticate(session, "anna", "ett-bra-lösenord") is not None
        assert users.authenticate(session, "anna", "fel") is None
    db.close()


def test_demo_builds_the_example_archive(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    r = subprocess.run([sys.executable, "-m", "protokoll", "demo", "--no-serve", "--db", url],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "inlästa 4, redan i arkivet 0, misslyckade 0" in r.stdout and "demo / demo-demo" in r.stdout
    assert len(archive.meetings(url)) == 4


def test_a_copied_session_cookie_is_refused_after_logout(client):
    login(client)
    copied = client.cookies.get(auth.COOKIE)
    token = csrf(client)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    client.cookies.set(auth.COOKIE, copied)  # the cookie as it was before logging out, e.g. stolen
    assert client.get("/api/session").json()["user"] is None
    assert client.post("/api/actions/1/status", json={"status": "done"},
                       headers={"X-CSRF-Token": token}).status_code in (401, 403)


def test_the_eleventh_wrong_password_in_a_minute_is_refused_in_swedish(client):
    for _ in range(10):
        token = csrf(client)
        r = client.post("/login", data={"name": EDITOR, "password": "wrong", "csrf_token": token, "next": "/"})
        assert r.status_code == 401
    token = csrf(client)
    r = client.post("/login", data={"name": EDITOR, "password": PASSWORD, "csrf_token": token, "next": "/"})
    assert r.status_code == 429 and "För många misslyckade inloggningar" in r.text
    r = client.post("/api/login", json={"name": EDITOR, "password": PASSWORD}, headers={"X-CSRF-Token": token})
    assert r.status_code == 429


def test_revoking_a_user_ends_their_sessions(client):
    login(client)
    with client.app.state.db.write() as session:
        users.revoke_sessions_of(session, EDITOR)
    assert client.get("/api/session").json()["user"] is None


def test_a_burst_of_logins_does_not_take_the_threads_that_serve_pages(client, monkeypatch):
    """More slow logins than the server has request threads (anyio's default: 40) still leave GET / served."""
    import threading

    from protokoll.web.routes import account
    from time_limits import time_limit

    release, started = threading.Event(), threading.Semaphore(0)

    def slow_login(request, db, name, password):  # stands in for Argon2 under load
        started.release()
        release.wait(30)
        return None

    monkeypatch.setattr(account, "_login", slow_login)
    token = csrf(client)
    burst = [threading.Thread(target=client.post, args=("/api/login",),
                              kwargs={"json": {"name": EDITOR, "password": "x"}, "headers": {"X-CSRF-Token": token}})
             for _ in range(48)]
    for thread in burst:
        thread.start()
    try:
        assert started.acquire(timeout=10)
        with time_limit(15):
            assert client.get("/").status_code == 200
    finally:
        release.set()
        for thread in burst:
            thread.join(30)


def test_a_new_password_ends_every_session_with_the_old_one(client):
    login(client)
    assert client.get("/api/session").json()["user"] is not None
    archive.set_password(EDITOR, "ett-nytt-lösenord", db=client.app.state.db)
    assert client.get("/api/session").json()["user"] is None  # the cookie of the old password is dead
    token = csrf(client)
    r = client.post("/api/login", json={"name": EDITOR, "password": PASSWORD}, headers={"X-CSRF-Token": token})
    assert r.status_code == 401
    r = client.post("/api/login", json={"name": EDITOR, "password": "ett-nytt-lösenord"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200


def test_user_passwd_command(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    open_database(url).close()
    add = [sys.executable, "-m", "protokoll", "user", "add", "anna", "--db", url]
    assert subprocess.run(add, input="ett-bra-lösenord\n", capture_output=True, text=True).returncode == 0
    passwd = [sys.executable, "-m", "protokoll", "user", "passwd", "anna", "--db", url]
    r = subprocess.run(passwd, input="kort\n", capture_output=True, text=True)
    assert r.returncode == 2 and "minst 8 tecken" in r.stderr
    r = subprocess.run(passwd, input="ett-annat-lösenord\n", capture_output=True, text=True)
    assert r.returncode == 0 and "nytt lösenord för anna" in r.stdout
    db = open_database(url)
    with db.read() as session:
        assert users.authenticate(session, "anna", "ett-annat-lösenord") is not None
        assert users.authenticate(session, "anna", "ett-bra-lösenord") is None
    db.close()
