"""Uploads as bounded background work (issue 10): persisted jobs, at most ``upload_workers`` (cores) parse
processes at once with one OCR process each, jobs resumed after a restart, per-user quotas, a parse
process under a memory limit; and the administrator's sessions page."""
from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import upload_support
from protokoll import archive
from protokoll.store.db import open_database
from protokoll.web.app import create_app
from protokoll.web.settings import Settings
from web_support import EXAMPLES, PASSWORD, csrf, examples_template, fresh_copy, login, text_of  # noqa: F401

MINUTES = (EXAMPLES / "2024-10-18_kommundirektorsmote.txt").read_bytes()
DEADLINE = 180  # seconds a poll may wait before the test gives up (a loaded machine is slow, not wrong)


def minutes_of(day: int) -> bytes:
    """The example minutes moved to 2025-03-<day>: a new meeting for each day."""
    return (MINUTES.replace(b"2024-10-18", f"2025-03-{day:02d}".encode())
            .replace("18 oktober 2024".encode(), f"{day} mars 2025".encode()))


def app_of(db_url: str, uploads: Path, parse=None, **settings):
    app = create_app(db_url, Settings(secret_key="test-secret", upload_dir=uploads, **settings))
    app.state.jobs.parse = parse
    return app


def upload(client, token: str, name: str, body: bytes):
    return client.post("/api/upload", files={"file": (name, body, "text/plain")}, headers={"X-CSRF-Token": token})


def until(condition, what: str):
    deadline = time.monotonic() + DEADLINE
    while not (found := condition()):
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.1)
    return found


def finished(client, job_id: str) -> dict:
    return until(lambda: (j := client.get(f"/api/uploads/{job_id}", params={"wait": 2}).json())["state"]
                 in ("done", "failed") and j, f"job {job_id}")


@pytest.fixture
def web_db(examples_template, tmp_path) -> str:
    return fresh_copy(examples_template, tmp_path / "db")


def test_the_job_table_counts_quotas_and_lists_unfinished_jobs(db_url):
    """The archive's side, on SQLite and PostgreSQL: quotas counted in the adding transaction, unfinished
    jobs oldest first, a finished job no longer counted as waiting; the last login noted."""
    archive.open_database(db_url).close()  # a new, empty archive
    quota = archive.Quota(queued_jobs=2, bytes_per_day=1000)
    for n in (1, 2):
        archive.add_upload_job(f"j{n}", f"f{n}.txt", f"/u/f{n}.txt", 300, "anna", "Väntar.", quota, db_url)
    archive.add_upload_job("b1", "b.txt", "/u/b.txt", 900, "bo", "Väntar.", quota, db_url)  # another user's
    with pytest.raises(archive.QuotaExceeded, match="gränsen är 2"):
        archive.add_upload_job("j3", "f3.txt", "/u/f3.txt", 10, "anna", "Väntar.", quota, db_url)
    archive.update_upload_job("j1", db_url, state="done", outcome="ingested", meeting={"id": 1, "date": "2025-03-01"},
                              finished_at=True)
    with pytest.raises(archive.QuotaExceeded, match="per dygn"):  # 600 bytes today, 500 more is over 1000
        archive.add_upload_job("j3", "f3.txt", "/u/f3.txt", 500, "anna", "Väntar.", quota, db_url)
    archive.add_upload_job("j3", "f3.txt", "/u/f3.txt", 400, "anna", "Väntar.", quota, db_url)
    assert [j["id"] for j in archive.unfinished_upload_jobs(db_url)] == ["j2", "b1", "j3"]
    done = archive.upload_job("j1", db_url)
    assert done["state"] == "done" and done["meeting"]["date"] == "2025-03-01" and done["finished_at"]
    assert "path" not in done and archive.upload_job_path("j1", db_url) == "/u/f1.txt"
    assert archive.upload_job("nosuchjob", db_url) is None
    assert archive.prune_upload_jobs(30, db_url) == 0  # finished just now: kept
    archive.update_upload_job("j1", db_url, finished_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=31))
    assert archive.prune_upload_jobs(30, db_url) == 1 and archive.upload_job("j1", db_url) is None
    assert len(archive.unfinished_upload_jobs(db_url)) == 3  # unfinished jobs are never pruned
    archive.create_user("anna", PASSWORD, db=db_url)
    assert archive.user_list(db_url)[0]["last_login_at"] is None
    assert archive.login("anna", PASSWORD, db_url)["name"] == "anna"
    assert archive.user_list(db_url)[0]["last_login_at"]


def test_twenty_uploads_run_at_most_one_parse_process_per_core(web_db, tmp_path):
    uploads = tmp_path / "uploads"
    running, gate, log = upload_support.controls(uploads)
    cores = os.cpu_count() or 1
    expected = min(cores, 20)
    with TestClient(app_of(web_db, uploads, upload_support.gated), follow_redirects=False) as client:
        assert client.app.state.settings.upload_workers == cores  # the default: one per core
        token = login(client)
        ids = []
        for day in range(1, 21):
            r = upload(client, token, f"mote-{day}.txt", minutes_of(day))
            assert r.status_code == 202, r.text
            ids.append(r.json()["id"])
        # With the gate shut, the pool holds exactly its size of parse processes; the rest wait queued.
        until(lambda: len(list(running.iterdir())) >= expected, f"{expected} parse processes")
        states = [client.get(f"/api/uploads/{i}").json()["state"] for i in ids]
        assert states.count("reading") == expected and states.count("queued") == 20 - expected
        assert len(list(running.iterdir())) == expected
        gate.touch()
        jobs = [finished(client, i) for i in ids]
    assert [j["outcome"] for j in jobs] == ["ingested"] * 20, [j["message"] for j in jobs]
    seen = [tuple(map(int, line.split())) for line in log.read_text().splitlines()]
    assert len(seen) == 20
    assert max(n for n, _ in seen) == expected  # never more parse processes at once than cores
    assert {workers for _, workers in seen} == {1}  # and each runs one OCR process


def test_a_restarted_server_finishes_the_uploads_it_had_queued(web_db, tmp_path):
    uploads = tmp_path / "uploads"
    running, gate, _log = upload_support.controls(uploads)
    app = app_of(web_db, uploads, upload_support.gated, upload_workers=1)
    with TestClient(app, follow_redirects=False) as client:
        token = login(client)
        ids = [upload(client, token, f"mote-{day}.txt", minutes_of(day)).json()["id"] for day in (3, 4, 5)]
        until(lambda: len(list(running.iterdir())) == 1, "the first parse process")
    # The server stopped: one job was being read, two waited; all three are in the archive's job table.
    states = sorted(archive.upload_job(i, web_db)["state"] for i in ids)
    assert states == ["queued", "queued", "reading"]
    for marker in running.iterdir():  # its parse process was ended with it (killed: it left its marker)
        with pytest.raises(ProcessLookupError):
            os.kill(int(marker.name), 0)
        marker.unlink()
    gate.touch()
    with TestClient(app_of(web_db, uploads, upload_support.gated, upload_workers=1), follow_redirects=False) as client:
        jobs = [finished(client, i) for i in ids]
        assert [j["outcome"] for j in jobs] == ["ingested"] * 3
        dates = {m["date"] for m in client.get("/api/meetings").json()}
    assert {"2025-03-03", "2025-03-04", "2025-03-05"} <= dates


def test_the_upload_quota_refuses_with_429(web_db, tmp_path):
    uploads = tmp_path / "uploads"
    _running, gate, _log = upload_support.controls(uploads)
    app = app_of(web_db, uploads, upload_support.gated, upload_workers=1, upload_queue_per_user=2,
                 upload_bytes_per_day=3 * len(MINUTES))
    with TestClient(app, follow_redirects=False) as client:
        token = login(client)
        first = [upload(client, token, f"mote-{day}.txt", minutes_of(day)) for day in (6, 7)]
        assert [r.status_code for r in first] == [202, 202]
        r = upload(client, token, "mote-8.txt", minutes_of(8))
        assert r.status_code == 429 and "väntar på att läsas in" in r.json()["detail"]
        r = client.post("/upload", files={"file": ("mote-8.txt", minutes_of(8), "text/plain")},
                        data={"csrf_token": token})
        assert r.status_code == 429 and "gränsen är 2" in text_of(r.text)
        assert not list(uploads.rglob("mote-8.txt"))  # refused: nothing saved, nothing queued
        gate.touch()
        assert [finished(client, r.json()["id"])["outcome"] for r in first] == ["ingested"] * 2
        # The queue is free again, but the day's bytes are not: after two files, one of 1.6 times the size is
        # too much, one of the same size is not.
        r = upload(client, token, "stor.txt", minutes_of(9) + b"\n" * (len(MINUTES) * 6 // 10))
        assert r.status_code == 429 and "per dygn" in r.json()["detail"]
        assert upload(client, token, "mote-9.txt", minutes_of(9)).status_code == 202


def test_a_parse_process_past_its_memory_limit_fails_the_job_and_the_server_keeps_answering(web_db, tmp_path):
    uploads = tmp_path / "uploads"
    app = app_of(web_db, uploads, upload_support.allocate_past_limit, upload_memory_bytes=512 * 1024 * 1024)
    with TestClient(app, follow_redirects=False) as client:
        token = login(client)
        job = finished(client, upload(client, token, "mote-10.txt", minutes_of(10)).json()["id"])
        assert job["state"] == "failed" and "mer minne än gränsen på 512 MB" in job["message"]
        assert client.get("/").status_code == 200
        assert "mer minne" in client.get(f"/uploads/{job['id']}").text
        assert not any(m["date"] == "2025-03-10" for m in client.get("/api/meetings").json())  # nothing written
        client.app.state.jobs.parse = upload_support.die
        job = finished(client, upload(client, token, "mote-11.txt", minutes_of(11)).json()["id"])
        assert job["state"] == "failed" and "SIGKILL" in job["error"], job
        assert job["message"] == "Filen kunde inte läsas in."
        client.app.state.jobs.parse = None  # the real parse: the pool still works
        job = finished(client, upload(client, token, "mote-12.txt", minutes_of(12)).json()["id"])
        assert job["outcome"] == "ingested", job


def test_a_parse_process_past_its_time_limit_is_ended(web_db, tmp_path):
    uploads = tmp_path / "uploads"
    running, _gate, _log = upload_support.controls(uploads)
    app = app_of(web_db, uploads, upload_support.gated, upload_parse_seconds=1)
    with TestClient(app, follow_redirects=False) as client:
        token = login(client)
        job = finished(client, upload(client, token, "mote-13.txt", minutes_of(13)).json()["id"])
        assert job["state"] == "failed" and "tog mer än gränsen på 1 s" in job["message"], job
        (marker,) = running.iterdir()
        with pytest.raises(ProcessLookupError):  # ended, not left running
            os.kill(int(marker.name), 0)


# --- the administrator's sessions page ---------------------------------------------------------------

def test_an_admin_lists_users_and_ends_all_sessions_of_one(web_db, tmp_path):
    archive.create_user("chef", PASSWORD, "admin", db=web_db)
    app = app_of(web_db, tmp_path / "uploads")
    with TestClient(app, follow_redirects=False) as editor, TestClient(app, follow_redirects=False) as boss:
        login(editor)
        assert editor.get("/api/session").json()["user"]["name"] == "redaktör"
        assert editor.get("/admin/sessions").status_code == 403  # an editor is no administrator
        assert editor.get("/api/admin/sessions").status_code == 403
        anonymous = TestClient(app, follow_redirects=False)
        assert anonymous.get("/api/admin/sessions").status_code == 401
        token = login(boss, "chef")
        page = boss.get("/admin/sessions")
        assert page.status_code == 200 and "Avsluta alla sessioner" in page.text
        listed = {u["name"]: u for u in boss.get("/api/admin/sessions").json()}
        target = listed["redaktör"]
        assert target["last_login_at"] and target["role"] == "editor"
        r = boss.post(f"/admin/sessions/{target['id']}/end", data={"csrf_token": token})
        assert r.status_code == 303 and r.headers["location"] == "/admin/sessions"
        assert "Alla sessioner för redaktör är avslutade" in boss.get("/admin/sessions").text
        assert editor.get("/api/session").json()["user"] is None  # every copy of the cookie ended
        after = {u["name"]: u for u in boss.get("/api/admin/sessions").json()}
        assert after["redaktör"]["generation"] == target["generation"] + 1
        assert boss.get("/api/session").json()["user"]["name"] == "chef"  # the admin's own session stays
        r = boss.post("/api/admin/sessions/999999/end", headers={"X-CSRF-Token": token})
        assert r.status_code == 404
        r = editor.post(f"/api/admin/sessions/{after['chef']['id']}/end", headers={"X-CSRF-Token": csrf(editor)})
        assert r.status_code == 401  # logged out by the admin: no one to allow
