"""Writing through the web app: action statuses, corrections (surviving re-ingest), review, uploads."""
from __future__ import annotations

import shutil
import time

from sqlalchemy import delete

from protokoll import archive
from protokoll.store import tables as t
from web_support import (EXAMPLES, client, council_client, examples_template, fresh_copy, login,  # noqa: F401
                         make_client, meeting_id, text_of)


def _wait(client, job_id: str) -> dict:
    deadline = time.monotonic() + 60
    while True:
        job = client.get(f"/api/uploads/{job_id}", params={"wait": 5}).json()
        if job["state"] in ("done", "failed") or time.monotonic() > deadline:
            return job


def test_mark_action_done_with_a_note_through_the_form(client):
    token = login(client)
    action = client.get("/api/actions", params={"status": "open"}).json()["actions"][0]
    r = client.post(f"/actions/{action['id']}/status",
                    data={"status": "done", "note": "Klart i tid", "csrf_token": token, "next": "/actions"})
    assert r.status_code == 303 and r.headers["location"] == "/actions"
    after = client.get("/api/actions", params={"status": "done"}).json()["actions"]
    assert [a["id"] for a in after] == [action["id"]]
    assert after[0]["history"][-1]["note"] == f"Klart i tid ({'redaktör'})"
    r = client.post(f"/api/actions/{action['id']}/status", json={"status": "cancelled", "note": "ändrat"},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    assert client.post("/api/actions/1999-01-01-1/status", json={"status": "done"},
                       headers={"X-CSRF-Token": token}).status_code == 404


def test_correction_is_shown_as_corrected_and_survives_reingest(client, tmp_path):
    token = login(client)
    m = meeting_id(client, "2023-11-17")
    r = client.post(f"/meetings/{m}/corrections", data={"path": "items[2].title", "value": "Regional cykelplan (rättad)",
                                                        "note": "stavning", "csrf_token": token})
    assert r.status_code == 303
    data = client.get(f"/api/meetings/{m}").json()
    assert data["meeting"]["items"][2]["title"] == "Regional cykelplan (rättad)"
    fix = data["corrections"]["items[2].title"]
    assert fix["original"] == "Regional cykelplan för nordvästra Skåne" and fix["by"] == "redaktör"
    html = client.get(f"/meetings/{m}").text
    assert "Regional cykelplan (rättad)" in html and "is-corrected" in html and "rättad</span>" in html

    # Re-ingest: the meeting and all its rows go, the same file comes back in (new row ids).
    db = client.app.state.db
    with db.write() as session:
        session.execute(delete(t.Meeting).where(t.Meeting.id == m))
    assert archive.ingest([EXAMPLES / "2023-11-17_kommundirektorsmote.txt"], db=db).ingested == 1
    m2 = meeting_id(client, "2023-11-17")
    assert m2 != m
    data = client.get(f"/api/meetings/{m2}").json()
    assert data["meeting"]["items"][2]["title"] == "Regional cykelplan (rättad)"
    assert data["corrections"]["items[2].title"]["stale"] is False

    # Another source of the same meeting arrives: the meeting is rebuilt; the correction stays.
    copy = tmp_path / "copy.txt"
    copy.write_bytes((EXAMPLES / "2023-11-17_kommundirektorsmote.txt").read_bytes() + b"\n")
    assert archive.ingest([copy], db=db).ingested == 1
    data = client.get(f"/api/meetings/{m2}").json()
    assert len(data["meeting"]["sources"]) == 2
    assert data["meeting"]["items"][2]["title"] == "Regional cykelplan (rättad)"


def test_corrections_are_typed_and_can_be_reverted(client):
    token = login(client)
    m = meeting_id(client, "2023-11-17")
    h = {"X-CSRF-Token": token}
    due_path = "items[2].decisions[0].actions[0].due"
    r = client.post(f"/api/meetings/{m}/corrections", json={"path": due_path, "value": "2024-04-01"}, headers=h)
    assert r.status_code == 200, r.text
    assert client.get(f"/api/meetings/{m}").json()["meeting"]["items"][2]["decisions"][0]["actions"][0]["due"] \
        == "2024-04-01"
    board = client.get("/api/actions", params={"meeting": m}).json()["actions"]
    assert any(a["due"] == "2024-04-01" and a["corrected"] for a in board)
    assert client.post(f"/api/meetings/{m}/corrections", json={"path": due_path, "value": "den femte"},
                       headers=h).status_code == 422
    assert client.post(f"/api/meetings/{m}/corrections", json={"path": "items[2].decisions[0].kind", "value": "x"},
                       headers=h).status_code == 422
    assert client.post(f"/api/meetings/{m}/corrections", json={"path": "items[2].title", "value": ""},
                       headers=h).status_code == 422
    assert client.post(f"/api/meetings/{m}/corrections", json={"path": "items[99].title", "value": "x"},
                       headers=h).status_code == 404
    assert client.post(f"/api/meetings/{m}/corrections", json={"path": "items[0].source", "value": "x"},
                       headers=h).status_code == 422
    assert client.post(f"/api/meetings/{m}/corrections", json={"path": "number", "value": 10}, headers=h).status_code == 200
    listed = next(x for x in client.get("/api/meetings").json() if x["id"] == m)
    assert listed["number"] == 10 and listed["corrected"] == ["number"]
    assert client.get("/meetings").status_code == 200 and client.get("/").status_code == 200
    history = client.get(f"/api/meetings/{m}/corrections").json()
    number = next(c for c in history if c["path"] == "number")
    assert client.post(f"/api/meetings/{m}/corrections/{number['id']}/revert", headers=h).status_code == 200
    assert client.get(f"/api/meetings/{m}").json()["meeting"]["number"] == 9
    form = client.get(f"/meetings/{m}/correct", params={"path": due_path})
    assert form.status_code == 200 and 'type="date"' in form.text


def test_review_confirm_removes_a_flag(client):
    token = login(client)
    m = meeting_id(client, "2023-11-17")
    db = client.app.state.db
    with db.write() as session:  # an attendee whose affiliation resolves to no municipality
        row = session.query(t.Attendance).filter_by(meeting_id=m, position=0).one()
        row.municipality_id = None
    flags = client.get("/api/review").json()["flags"]
    flag = next(f for f in flags if f["reason"] == "unknown_municipality")
    assert flag["path"] == "attendees[0].affiliation"
    assert "Okänd kommun" in client.get("/review").text
    r = client.post("/review/confirm", data={"meeting_id": m, "path": flag["path"], "csrf_token": token})
    assert r.status_code == 303
    assert not any(f["path"] == flag["path"] and f["meeting"]["id"] == m for f in client.get("/api/review").json()["flags"])


def test_low_confidence_values_are_flagged(client, tmp_path):
    from protokoll.store import mapping
    from sqlalchemy import select

    db = client.app.state.db
    m = meeting_id(client, "2024-10-18")
    with db.write() as session:  # pretend OCR was unsure of the words of item 3's decision
        source = session.scalar(select(t.Source).where(t.Source.meeting_id == m))
        record = mapping.unpack(source.record)
        decision = record.items[2].decisions[0]
        decision.source = decision.source.model_copy(update={"low_confidence": True})
        source.record = mapping.pack(record)
    flags = [f for f in client.get("/api/review").json()["flags"] if f["reason"] == "low_confidence"]
    assert [f["path"] for f in flags] == ["items[2].decisions[0].text"]
    meeting = client.get(f"/api/meetings/{m}").json()
    assert "items[2].decisions[0].text" in meeting["flag_paths"]


def test_upload_a_text_file_is_ingested(client):
    token = login(client)
    body = (EXAMPLES / "2024-10-18_kommundirektorsmote.txt").read_bytes().replace(b"2024-10-18", b"2024-10-25") \
        .replace("18 oktober 2024".encode(), "25 oktober 2024".encode())
    r = client.post("/upload", files={"file": ("nytt möte.txt", body, "text/plain")}, data={"csrf_token": token})
    assert r.status_code == 303 and r.headers["location"].startswith("/uploads/")
    job_id = r.headers["location"].rsplit("/", 1)[1]
    job = _wait(client, job_id)
    assert job["state"] == "done" and job["outcome"] == "ingested", job
    assert job["meeting"]["date"] == "2024-10-25"
    page = client.get(f"/uploads/{job_id}").text
    assert "Protokollet är inläst" in page and f"/meetings/{job['meeting']['id']}" in page
    sources = client.get(f"/api/meetings/{job['meeting']['id']}").json()["meeting"]["sources"]
    assert sources[0]["available"] and sources[0]["path"].endswith("nytt_m\u00f6te.txt")
    # The same file again: skipped, nothing changes.
    r = client.post("/api/upload", files={"file": ("igen.txt", body, "text/plain")}, headers={"X-CSRF-Token": token})
    assert r.status_code == 202
    assert _wait(client, r.json()["id"])["outcome"] == "skipped"


def test_upload_errors_are_clear(client):
    token = login(client)
    h = {"X-CSRF-Token": token}
    r = client.post("/api/upload", files={"file": ("inkop.txt", "Inköpslista: mjölk, bröd, ägg.\n".encode(), "text/plain")},
                    headers=h)
    job = _wait(client, r.json()["id"])
    assert job["state"] == "failed" and "inte ut som ett mötesprotokoll" in job["message"]
    assert "inte ut som ett mötesprotokoll" in client.get(f"/uploads/{job['id']}").text
    assert job["user"] and job["error"]  # the editor sees who and why
    client.post("/logout", data={"csrf_token": token})
    public = client.get(f"/api/uploads/{job['id']}").json()  # regression: anyone saw the uploader and the error
    assert "user" not in public and public["error"] is None and public["state"] == "failed"
    assert "Detaljer" not in client.get(f"/uploads/{job['id']}").text
    token = login(client)
    h = {"X-CSRF-Token": token}
    r = client.post("/api/upload", files={"file": ("bild.exe", b"MZ...", "application/octet-stream")}, headers=h)
    assert r.status_code == 415
    r = client.post("/upload", files={"file": ("tom.txt", b"", "text/plain")}, data={"csrf_token": token})
    assert r.status_code == 400 and "tom" in text_of(r.text)


def test_upload_size_limit(examples_template, tmp_path):
    with make_client(fresh_copy(examples_template, tmp_path / "db"), tmp_path, max_upload_bytes=100_000) as c:
        token = login(c)
        big = b"a" * 300_000
        r = c.post("/api/upload", files={"file": ("stor.txt", big, "text/plain")}, headers={"X-CSRF-Token": token})
        assert r.status_code == 413 and "större än gränsen" in r.json()["detail"]
        assert r.headers["x-frame-options"] == "DENY" and "content-security-policy" in r.headers  # regression
        # Just over the limit but within the form's slack: refused while copying.
        r = c.post("/api/upload", files={"file": ("stor.txt", b"a" * 120_000, "text/plain")},
                   headers={"X-CSRF-Token": token})
        assert r.status_code == 413
        assert not list((tmp_path / "uploads").rglob("stor.txt"))


def test_roles_parties_case_numbers_and_votes_can_be_corrected(council_client):
    client = council_client
    h = {"X-CSRF-Token": login(client)}
    m = meeting_id(client, "2025-03-11")
    for path, value in (("attendees[2].role", "ersättare"), ("attendees[0].party", "V"),
                        ("items[0].case_number", "KS 2025/0112"), ("chair", "Per Holm"),
                        ("items[0].decisions[0].votes[0].yes", "8"),
                        ("items[0].decisions[0].votes[0].ballots[1].vote", "yes")):
        r = client.post(f"/api/meetings/{m}/corrections", json={"path": path, "value": value}, headers=h)
        assert r.status_code == 200, (path, r.text)
    data = client.get(f"/api/meetings/{m}").json()
    meeting = data["meeting"]
    assert meeting["attendees"][0]["party"] == "V" and meeting["chair"] == "Per Holm"
    assert meeting["items"][0]["case_number"] == "KS 2025/0112"
    vote = meeting["items"][0]["decisions"][0]["votes"][0]
    assert vote["yes"] == 8 and vote["tally"]["yes"] == 8 and vote["ballots"][1]["vote"] == "yes"
    # the corrected role moves Lena Ek from the serving substitutes to the substitutes
    assert [x["key"] for x in data["attendance"]["lists"]] == ["main", "substitutes", "others", "excused"]
    text = text_of(client.get(f"/meetings/{m}").text)
    assert "Omröstning: 8 ja, 5 nej" in text and "Dnr KS 2025/0112" in text
    # a vote choice outside yes/no/abstain/absent, and a list of names, are refused
    assert client.post(f"/api/meetings/{m}/corrections", json={
        "path": "items[0].decisions[0].votes[0].ballots[0].vote", "value": "kanske"}, headers=h).status_code == 422
    assert client.post(f"/api/meetings/{m}/corrections", json={"path": "adjusters", "value": "x"},
                       headers=h).status_code == 422
    form = client.get(f"/meetings/{m}/correct", params={"path": "items[0].decisions[0].votes[0].ballots[0].vote"}).text
    assert '<option value="abstain">Avstår</option>' in form


def test_an_upload_name_of_four_byte_letters_fits_the_file_system():
    """Regression: 64 four-byte letters were cut at 80 letters, 256 bytes: the upload answered 500."""
    from protokoll.web.uploads import safe_name

    name = safe_name("𝔓" * 64 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 255
    assert safe_name("Protokoll 2024-03-12.pdf") == "Protokoll_2024-03-12.pdf"


def test_corrections_refuse_impossible_times_and_numbers():
    """Regression: a correction accepted start_time "25:99" and a number of 10^30."""
    import pytest

    from protokoll.archive.corrections import CorrectionError, coerce

    assert coerce("start_time", "18:30") == "18:30" and coerce("items[0].number", "4") == 4
    for path, value in [("start_time", "25:99"), ("end_time", "9.30"), ("number", "1" + "0" * 30),
                        ("items[0].number", "-3")]:
        with pytest.raises(CorrectionError):
            coerce(path, value)
