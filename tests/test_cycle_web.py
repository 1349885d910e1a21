"""The meeting cycle in the web app and the archive (issue 13): drafts saved as versions (a save from an
older version is refused), publishing a draft makes the meeting, the signatures of a PDF are recorded
at ingest and shown on the meeting page, and reminder addresses edited in the web app are used by
`protokoll remind`."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from protokoll import archive
from protokoll.cli import app as cli_app
from protokoll.cycle import draft as drafting
from protokoll.cycle import editing
from web_support import client, examples_template, login, seeds_client, seeds_template, text_of  # noqa: F401

BODY = "Kommundirektörsmöte"


def _form_fields(html: str) -> list[tuple[str, str]]:
    """The fields a browser would post from the draft's form: inputs, selected options, textareas."""
    form = re.search(r'<form class="draft-form".*?</form>', html, re.S).group(0)
    fields = [(n, v) for n, v in re.findall(r'<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', form)]
    for name, options in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option value="([^"]+)" selected', options)
        fields.append((name, chosen.group(1) if chosen else ""))
    fields += re.findall(r'<textarea[^>]*?name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.S)
    return [(n, v.replace("&amp;", "&").replace("&#34;", '"').replace("&#39;", "'")) for n, v in fields]


def _post(client, url, fields, token):
    """Post the fields as a browser does (repeated names allowed), with the CSRF token."""
    from urllib.parse import urlencode

    body = urlencode([(n, v) for n, v in fields if n != "csrf_token"] + [("csrf_token", token)])
    return client.post(url, content=body, headers={"Content-Type": "application/x-www-form-urlencoded"})


def _set(fields, name, value):
    return [(n, value if n == name else v) for n, v in fields]


def _start(client, token, date="") -> str:
    r = client.post("/drafts", data={"body": BODY, "date": date, "csrf_token": token})
    assert r.status_code == 303, r.text
    return r.headers["location"]


# --- drafts --------------------------------------------------------------------------------------------

def test_a_draft_starts_from_the_archive_and_offers_people_and_assignees(seeds_client):
    token = login(seeds_client)
    page = seeds_client.get(_start(seeds_client, token)).text
    # Prefilled from cycle.draft: the next decided date, its number, the members' current representatives.
    assert 'name="date" type="date" value="2026-04-17"' in page and 'name="number" type="number" value="4"' in page
    assert 'value="Agneta Fristedt"' in page and 'value="Återrapportering från HR-chefsnätverket"' in page
    # Every attendee's status is to be filled in; people and assignees complete from the archive.
    assert page.count('<option value="unfilled" selected>') == 12
    people = re.search(r'<datalist id="people">(.*?)</datalist>', page, re.S).group(1)
    assert '<option value="Elin Ask">' in people
    assignees = re.search(r'<datalist id="assignees">(.*?)</datalist>', page, re.S).group(1)
    assert '<option value="HR-chefsnätverket">' in assignees
    assert "Innan protokollet kan publiceras: närvaro för 12 personer" in text_of(page)


def test_two_saves_from_the_same_version_the_second_is_refused(seeds_client):
    token = login(seeds_client)
    url = _start(seeds_client, token)
    fields = _form_fields(seeds_client.get(url).text)
    assert ("base_version", "1") in fields
    first = _set(fields, "items-0-summary", "Anna öppnade mötet.")
    r = _post(seeds_client, url, first, token)
    assert r.status_code == 303
    # A second editor who opened version 1 too saves: refused, in Swedish, naming who saved; nothing lost.
    second = _set(fields, "items-0-summary", "Bertil öppnade mötet.")
    r = _post(seeds_client, url, second, token)
    assert r.status_code == 409
    words = text_of(r.text)
    assert "Inte sparat." in words and "redaktör sparade version 2" in words and "du utgick från version 1" in words
    assert "Bertil öppnade mötet." in r.text  # the refused values are still on the form
    draft_id = int(url.rsplit("/", 1)[1])
    saved = archive.draft(draft_id, db=seeds_client.app.state.db)
    assert [v["version"] for v in saved["versions"]] == [2, 1]
    assert saved["record"]["items"][0]["summary"] == "Anna öppnade mötet."
    # The form shown after the refusal is based on version 2: saving it again is a deliberate version 3.
    again = _form_fields(r.text)
    assert ("base_version", "2") in again
    assert _post(seeds_client, url, again, token).status_code == 303
    assert archive.draft(draft_id, db=seeds_client.app.state.db)["latest"]["version"] == 3
    # Each version can be looked at; the old ones read-only.
    old = seeds_client.get(f"{url}?version=1").text
    assert "Det här är version 1, inte den senaste." in text_of(old) and "Anna öppnade mötet." not in old


def test_the_api_refuses_a_stale_version_with_409(seeds_client):
    token = login(seeds_client)
    headers = {"X-CSRF-Token": token}
    started = seeds_client.post("/api/drafts", json={"body": BODY}, headers=headers)
    assert started.status_code == 201
    draft_id = started.json()["id"]
    record = seeds_client.get(f"/api/drafts/{draft_id}").json()["record"]
    ok = seeds_client.post(f"/api/drafts/{draft_id}", json={"base_version": 1, "record": record}, headers=headers)
    assert ok.status_code == 200 and ok.json()["latest"]["version"] == 2
    stale = seeds_client.post(f"/api/drafts/{draft_id}", json={"base_version": 1, "record": record}, headers=headers)
    assert stale.status_code == 409 and stale.json()["latest"]["version"] == 2
    assert "sparade version 2" in stale.json()["detail"]


def test_publishing_a_draft_makes_the_meeting_with_its_tasks(seeds_client):
    token = login(seeds_client)
    url = _start(seeds_client, token)
    fields = _form_fields(seeds_client.get(url).text)
    fields = [(n, "present" if n.endswith("-status") and v == "unfilled" else v) for n, v in fields]
    item = next(n.split("-title")[0] for n, v in fields if v == "Återrapportering från HR-chefsnätverket")
    fields = _set(fields, f"{item}-decisions-0-text", "att tacka för återrapporteringen")
    fields = _set(fields, f"{item}-decisions-0-actions-0-assignee", "HR-chefsnätverket")
    fields = _set(fields, f"{item}-decisions-0-actions-0-task", "ta fram en plan för kompetensförsörjningen")
    fields = _set(fields, f"{item}-decisions-0-actions-0-due", "2026-09-18")
    assert _post(seeds_client, url, fields, token).status_code == 303
    before = {m["id"] for m in seeds_client.get("/api/meetings").json()}

    r = seeds_client.post(f"{url}/publish", data={"csrf_token": token})
    assert r.status_code == 303 and r.headers["location"].startswith("/meetings/")
    meeting_id = int(r.headers["location"].rsplit("/", 1)[1])
    assert meeting_id not in before
    data = seeds_client.get(f"/api/meetings/{meeting_id}").json()["meeting"]
    assert (data["date"], data["number"], data["body"]) == ("2026-04-17", 4, BODY)
    assert len(data["attendees"]) == 12 and {a["status"] for a in data["attendees"]} == {"present"}
    assert [s["path"] for s in data["sources"]] == ["protokoll_2026-04-17_kommundirektorsmote_v2.pdf"]
    tasks = [a for i in data["items"] for d in i["decisions"] for a in d["actions"]]
    assert any(a["assignee"] == "HR-chefsnätverket" and a["due"] == "2026-09-18" for a in tasks)
    assert "Protokollet är publicerat" in text_of(seeds_client.get(r.headers["location"]).text)
    # A published draft takes no more saves and is not published twice.
    again = seeds_client.post(f"{url}/publish", data={"csrf_token": token})
    assert again.status_code == 422 and "redan publicerat" in again.text
    saved = _post(seeds_client, url, _set(fields, "base_version", "2"), token)
    assert saved.status_code == 422 and "kan inte ändras längre" in saved.text


def test_publishing_needs_the_attendance_filled_in(seeds_client):
    token = login(seeds_client)
    url = _start(seeds_client, token)
    r = seeds_client.post(f"{url}/publish", data={"csrf_token": token})
    assert r.status_code == 422 and "närvaro för 12 personer" in r.text
    assert archive.draft(int(url.rsplit("/", 1)[1]), db=seeds_client.app.state.db)["published"] is None


def test_the_drafts_pages_ask_anonymous_visitors_to_log_in(seeds_client):
    token = login(seeds_client)
    url = _start(seeds_client, token)
    seeds_client.post("/logout", data={"csrf_token": token})
    for page in ("/drafts", url, "/assignees"):
        html = seeds_client.get(page).text
        assert "logga in" in html and "Agneta Fristedt" not in html and 'name="emails"' not in html
    assert seeds_client.get("/api/drafts").status_code == 401


def test_a_form_lays_its_fields_over_the_version_it_came_from():
    """Rows left empty go; what the form does not show (presenters) stays; a task the decision's text
    does not mention is written into it, so the printed minutes give it back."""
    base = {"body": BODY, "date": "2026-04-17", "attendees": [{"name": "Elin Ask", "note": drafting.UNFILLED}],
            "items": [{"title": "Mötets öppnande", "presenters": [{"name": "Elin Ask"}]}, {"title": "Övriga frågor"}]}
    fields = [("attendees-0-status", "excused"), ("attendees-1-name", ""), ("items-1-title", ""),
              ("items-0-decisions-0-text", "att godkänna dagordningen"),
              ("items-0-decisions-0-actions-0-assignee", "Sekretariatet"),
              ("items-0-decisions-0-actions-0-task", "skicka ut protokollet"),
              ("items-0-decisions-0-actions-0-due", "2026-04-24"), ("items-2-title", "Ny punkt")]
    p = editing.record_from_form(base, fields)
    assert [(a.name, a.status, a.note) for a in p.attendees] == [("Elin Ask", "excused", None)]
    assert [(i.number, i.title) for i in p.items] == [(1, "Mötets öppnande"), (2, "Ny punkt")]
    assert p.items[0].presenters[0].name == "Elin Ask"
    assert p.items[0].decisions[0].text == ("att godkänna dagordningen. Sekretariatet ges i uppdrag att skicka ut "
                                            "protokollet senast den 24 april 2026.")
    with pytest.raises(editing.FormError, match="inget datum"):
        editing.record_from_form(base, [("items-0-decisions-0-text", "x"),
                                        ("items-0-decisions-0-actions-0-assignee", "X"),
                                        ("items-0-decisions-0-actions-0-due", "snart")])


# --- signatures at ingest ------------------------------------------------------------------------------

def _signed_minutes(folder, signers):
    """Small minutes rendered to PDF and signed by ``signers`` (certificates from a CA made here)."""
    pytest.importorskip("pyhanko")
    from cycle_support import make_ca, make_signer
    from protokoll.cycle import render, sign
    from protokoll.model import Attendee, Decision, Item, Protocol

    protocol = Protocol(organisation="Familjen Helsingborg", body=BODY, number=2, date="2026-02-20",
                        start_time="08:30", end_time="12:00", location="Mindpark, Helsingborg",
                        attendees=[Attendee(name="Åsa Öberg", affiliation="Ängelholm")],
                        items=[Item(number=1, title="Mötets öppnande", decisions=[Decision(text="att öppna mötet")])])
    pdf = render.render(protocol, folder / "signerat.pdf")
    ca = make_ca(folder)
    for name, role in signers:
        sign.sign(pdf, make_signer(folder, ca, name), "hemligt", role)
    return pdf


def test_signatures_are_recorded_at_ingest_and_shown_on_the_meeting_page(client, tmp_path):
    pdf = _signed_minutes(tmp_path, [("Åsa Öberg", "ordförande"), ("Per Ärlig", "justerare")])
    report = archive.ingest([pdf], db=client.app.state.db)
    assert report.ingested == 1, report.failed
    meeting_id = next(m["id"] for m in client.get("/api/meetings").json() if m["date"] == "2026-02-20")
    page = client.get(f"/api/meetings/{meeting_id}").json()
    signatures = page["meeting"]["sources"][0]["signatures"]
    assert [(s["signer"], s["role"], s["intact"], s["ok"]) for s in signatures] == [
        ("Åsa Öberg", "ordförande", True, True), ("Per Ärlig", "justerare", True, True)]
    assert page["signed"]["signers"] == ["Åsa Öberg", "Per Ärlig"] and page["signed"]["intact"] is True
    words = text_of(client.get(f"/meetings/{meeting_id}").text)
    assert "Signerat av Åsa Öberg, Per Ärlig (" in words and "alla underskrifter var intakta" in words


def test_a_pdf_changed_after_signing_is_recorded_as_not_intact(client, tmp_path):
    pdf = _signed_minutes(tmp_path, [("Åsa Öberg", "ordförande")])
    data = bytearray(pdf.read_bytes())
    at = data.index(b"Sidan 1 av 1") if b"Sidan 1 av 1" in data else None
    # Change a byte inside the signed range (the first page's content stream is compressed: flip one
    # byte of the file's header comment instead, which the signature covers too).
    data[at if at is not None else 10] ^= 0x01
    pdf.write_bytes(bytes(data))
    assert archive.ingest([pdf], db=client.app.state.db).ingested == 1
    meeting_id = next(m["id"] for m in client.get("/api/meetings").json() if m["date"] == "2026-02-20")
    page = client.get(f"/api/meetings/{meeting_id}").json()
    assert page["signed"]["intact"] is False
    assert "minst en underskrift är inte intakt" in text_of(client.get(f"/meetings/{meeting_id}").text)


def test_ingest_records_nothing_when_signatures_cannot_be_read(client, tmp_path, monkeypatch):
    """Without pyHanko (or with a PDF it cannot read) the minutes are ingested all the same."""
    from protokoll.cycle import sign
    from protokoll.errors import ProtokollError

    pdf = _signed_minutes(tmp_path, [("Åsa Öberg", "ordförande")])

    def missing(*args, **kwargs):
        raise ProtokollError("pyhanko", "signing needs the 'sign' extra")

    monkeypatch.setattr(sign, "signatures", missing)
    assert archive.ingest([pdf], db=client.app.state.db).ingested == 1
    meeting_id = next(m["id"] for m in client.get("/api/meetings").json() if m["date"] == "2026-02-20")
    page = client.get(f"/api/meetings/{meeting_id}").json()
    assert page["signed"] is None and page["meeting"]["sources"][0]["signatures"] == []


# --- reminder addresses --------------------------------------------------------------------------------

def test_an_address_edited_in_the_web_app_is_used_by_remind(seeds_client):
    token = login(seeds_client)
    page = seeds_client.get("/assignees").text
    key = next(a["key"] for a in seeds_client.get("/api/assignees").json()
               if a["key"].startswith("network:") and "hr" in a["key"])
    assert f'name="key" value="{key}"' in page
    r = seeds_client.post("/assignees/addresses", data={"key": key, "emails": "hr@example.se, chef@example.se",
                                                        "csrf_token": token})
    assert r.status_code == 303
    assert "Adresserna är sparade: hr@example.se, chef@example.se." in text_of(seeds_client.get("/assignees").text)
    bad = seeds_client.post("/assignees/addresses", data={"key": key, "emails": "inte en adress", "csrf_token": token})
    assert bad.status_code == 422 and "är ingen e-postadress" in bad.text

    db_url = str(seeds_client.app.state.db.url)
    result = CliRunner().invoke(cli_app, ["remind", "--dry-run", "--today", "2026-05-15", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "Till: hr@example.se, chef@example.se" in result.output
    mails = result.output.split("-" * 60)
    hr = next(m for m in mails if "Till: hr@example.se" in m)
    assert "HR-chefsnätverket" in hr and "2026-05-22" in hr
    as_json = CliRunner().invoke(cli_app, ["remind", "--dry-run", "--today", "2026-05-15", "--json", "--db", db_url])
    report = json.loads(as_json.output)
    assert any(m["to"] == "hr@example.se, chef@example.se" for m in report["messages"])
    # Clearing the field forgets the addresses.
    seeds_client.post("/assignees/addresses", data={"key": key, "emails": "", "csrf_token": token})
    assert archive.addresses(db=seeds_client.app.state.db) == {}
