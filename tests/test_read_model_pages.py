"""The read model's lists and permalinks (issue 9, 4–5): pages and cursors in SQL, sorting, meetings by
date (one body, two bodies), a page per action, and who must act resolved to one key."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from protokoll import archive
from protokoll.archive.assignees import key_of
from protokoll.cli import app as cli_app
from protokoll.store.db import open_database
from web_support import (EDITOR, PASSWORD, client, examples_template, fresh_copy, login,  # noqa: F401
                         make_client, meeting_id, text_of)


def _all_pages(client, url: str, limit: int, key: str | None = None) -> list[list[dict]]:
    """Every page of a list through the API's cursors."""
    pages, cursor = [], None
    while True:
        sep = "&" if "?" in url else "?"
        r = client.get(f"{url}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else ""))
        assert r.status_code == 200, r.text
        body = r.json()
        pages.append(body[key] if key else body)
        cursor = body.get("next_cursor") if key else r.headers.get("x-next-cursor")
        if not cursor:
            return pages


def test_meetings_page_by_page_through_the_cursor_in_a_stable_order(client):
    everything = client.get("/api/meetings?limit=500").json()
    assert len(everything) == 4 and [m["date"] for m in everything] == sorted(m["date"] for m in everything)
    first = client.get("/api/meetings?limit=3")
    assert [m["id"] for m in first.json()] == [m["id"] for m in everything[:3]]
    assert first.headers["x-total-count"] == "4" and 'rel="next"' in first.headers["link"]
    second = client.get(f"/api/meetings?limit=3&cursor={first.headers['x-next-cursor']}")
    assert [m["id"] for m in second.json()] == [everything[3]["id"]] and "x-next-cursor" not in second.headers
    pages = _all_pages(client, "/api/meetings?sort=-date", 1)
    assert [p[0]["id"] for p in pages] == [m["id"] for m in reversed(everything)]
    # A cursor holds for the sort it came from only; a forged one is refused, not guessed at.
    assert client.get(f"/api/meetings?sort=-date&cursor={first.headers['x-next-cursor']}").status_code == 422
    assert client.get("/api/meetings?cursor=bm90IGEgY3Vyc29y").status_code == 422
    assert client.get("/api/meetings?sort=nonsense").status_code == 422


def test_the_web_pages_take_page_and_sort(client, tmp_path):
    db = client.app.state.db
    newest = archive.meeting_list(db, sort="-date", limit=1, page=1)
    second = archive.meeting_list(db, sort="-date", limit=1, page=2)
    assert newest["meetings"][0]["date"] > second["meetings"][0]["date"] and newest["has_more"]
    html = client.get("/meetings?sort=date").text
    dates = [m["date"] for m in client.get("/api/meetings").json()]
    shown = text_of(html)
    assert "Sortera" in shown and "4 st." in shown
    assert client.get("/meetings?page=2").status_code == 200 and "Inga möten" in client.get("/meetings?page=2").text
    assert client.get("/people?sort=-name").status_code == 200
    assert client.get("/meetings?page=0").status_code == 422
    assert dates == sorted(dates)


def test_actions_and_people_page_through_every_row_once(client):
    board = client.get("/api/actions?limit=500").json()
    pages = _all_pages(client, "/api/actions", 4, key="actions")
    ids = [a["id"] for page in pages for a in page]
    assert ids == [a["id"] for a in board["actions"]] and len(ids) == len(set(ids)) == board["total"] > 4
    dues = [a["due"] for a in board["actions"] if a["due"]]
    assert dues == sorted(dues)  # by due date, undated last
    latest_first = [a["id"] for p in _all_pages(client, "/api/actions?sort=-date", 3, key="actions")
                    for a in p]
    dates = [next(a["meeting"]["date"] for a in board["actions"] if a["id"] == i) for i in latest_first]
    assert dates == sorted(dates, reverse=True) and sorted(latest_first) == sorted(ids)
    people = [p["id"] for page in _all_pages(client, "/api/people", 5) for p in page]
    assert len(people) == len(set(people)) == len(client.get("/api/people?limit=500").json()) > 5


def test_search_and_review_lists_are_paged(client):
    first = client.get("/api/search?q=sekretariatet&limit=2").json()
    assert len(first["results"]) == 2 and first["has_more"] and first["total"] > 2
    second = client.get(f"/api/search?q=sekretariatet&limit=2&cursor={first['next_cursor']}").json()
    assert not {r["item"]["id"] for r in first["results"]} & {r["item"]["id"] for r in second["results"]}
    assert client.get("/search?q=sekretariatet&page=2").status_code == 200
    review = client.get("/api/review?limit=5").json()
    assert review["limit"] == 5 and len(review["flags"]) <= 5


def test_review_pages_follow_on_without_gaps(tmp_path):
    """Flags of one meeting split over pages: the cursor keeps the meeting and the flags already shown."""
    from archive_support import council_minutes
    from protokoll.archive.ingest import save
    from protokoll.model import Attendee

    url = f"sqlite:///{tmp_path / 'flags.db'}"
    record = council_minutes()
    # Affiliations no municipality matches: each is a review flag of the meeting.
    record.attendees += [Attendee(name=f"Gäst {n}", affiliation=f"Okändstad {n}") for n in range(5)]
    with open_database(url) as database, database.write() as session:
        save(session, record)
    everything = archive.review_queue(url, limit=500)["flags"]
    assert len(everything) >= 5
    shown, cursor = [], None
    while True:
        page = archive.review_queue(url, limit=2, cursor=cursor)
        shown += page["flags"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert [(f["meeting"]["id"], f["path"]) for f in shown] == [(f["meeting"]["id"], f["path"]) for f in everything]


def test_a_meeting_by_its_date(client):
    m = meeting_id(client, "2024-10-18")
    by_date = client.get("/api/meetings/2024-10-18").json()
    assert by_date["meeting"]["id"] == m == client.get(f"/api/meetings/{m}").json()["meeting"]["id"]
    assert client.get("/meetings/2024-10-18").status_code == 200
    assert client.get("/meetings/2030-01-01").status_code == 404
    assert client.get("/meetings/2024-13-45").status_code == 404
    assert client.get("/meetings/yesterday").status_code == 422


def test_two_bodies_on_one_day_ask_which(examples_template, tmp_path):
    from archive_support import council_minutes
    from protokoll.archive.ingest import save

    url = fresh_copy(examples_template, tmp_path / "db")
    record = council_minutes()
    record.date = dt.date(2024, 10, 18)
    with open_database(url) as database, database.write() as session:
        save(session, record)
    with make_client(url, tmp_path) as c:
        choice = c.get("/api/meetings/2024-10-18").json()
        assert sorted(x["body"] for x in choice["choices"]) == ["Kommundirektörsmöte", "Kommunstyrelsen"]
        page = c.get("/meetings/2024-10-18")
        assert page.status_code == 200 and "Flera möten" in page.text and "?body=Kommunstyrelsen" in page.text
        council = c.get("/api/meetings/2024-10-18?body=kommunstyrelsen").json()
        assert council["meeting"]["body"] == "Kommunstyrelsen" and "choices" not in council
        assert c.get("/meetings/2024-10-18?body=Kommunstyrelsen").status_code == 200


def test_an_action_has_its_own_page(client):
    action = client.get("/api/actions/2024-10-18-3").json()["action"]
    assert action["assignee"] == "sekretariatschefen" and action["who"]["key"] == "role:sekretariatschef"
    assert action["meeting"]["date"] == "2024-10-18" and action["decision"]["text"] and action["item"]["title"]
    token = login(client)
    r = client.post("/api/actions/2024-10-18-3/status", json={"status": "done", "note": "klart"},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 200, r.text
    page = client.get("/actions/2024-10-18-3")
    shown = text_of(page.text)
    assert page.status_code == 200 and "Åtgärd 2024-10-18-3" in shown and "klart" in shown
    assert f'href="/meetings/{action["meeting"]["id"]}#action-2024-10-18-3"' in page.text
    assert [e["status"] for e in client.get("/api/actions/2024-10-18-3").json()["action"]["history"]] == ["open", "done"]
    assert client.get("/actions/1999-01-01-1").status_code == 404


@pytest.mark.parametrize("spelling", ["sekretariatschef", "sekretariatschefen", "tf sekretariatschefen",
                                      "T.f. Sekretariatschefen", "vik. sekretariatschef"])
def test_every_spelling_of_a_role_is_one_key(spelling):
    assert key_of(spelling) == "role:sekretariatschef"


def test_keys_of_people_municipalities_and_networks():
    assert key_of("Anna Berg", {"anna berg": 7}) == "person:7"
    assert key_of("Bjuvs kommun") == "municipality:Bjuv"
    assert key_of("Sekretariatet") == "municipality:sekretariatet"
    assert key_of("Nätverket för miljö och klimat") == key_of("nätverk för miljö och klimat") == \
        "network:natverk for miljo och klimat"
    assert key_of("Gymnasiechefsnätverket") == "network:gymnasiechefsnatverk"


def test_tasks_find_who_must_act(client):
    board = client.get("/api/actions?assignee=tf+sekretariatschefen").json()
    assert board["actions"] and {a["assignee_key"] for a in board["actions"]} == {"role:sekretariatschef"}
    assert {a["assignee"].lower() for a in board["actions"]} == {"sekretariatschefen"}
    role = client.get("/api/assignees/role:sekretariatschef").json()
    assert [a["id"] for a in role["tasks"]["open"]] == [a["id"] for a in board["actions"]]
    assert "sekretariatschef" in client.get("/assignees/role:sekretariatschef").text
    bjuv = client.get("/api/municipalities/Bjuv").json()["tasks"]
    assert [a["assignee"] for a in bjuv["open"]] == ["Bjuvs kommun"]
    assert "Uppgifter" in client.get("/municipalities/Bjuv").text


def test_a_persons_page_lists_their_tasks(tmp_path):
    from archive_support import council_minutes
    from protokoll.archive.ingest import save
    from protokoll.model import Action

    url = f"sqlite:///{tmp_path / 'council.db'}"
    record = council_minutes()
    record.items[0].decisions[0].actions.append(Action(assignee="Anna Berg", task="rapportera i maj"))
    with open_database(url) as database, database.write() as session:
        save(session, record)
    anna = next(p for p in archive.people(url) if p["name"] == "Anna Berg")
    tasks = archive.person(anna["id"], url)["tasks"]
    assert [a["task"] for a in tasks["open"]] == ["rapportera i maj"] and tasks["done"] == []
    archive.set_action_status(tasks["open"][0]["id"], "done", db=url)
    tasks = archive.person(anna["id"], url)["tasks"]
    assert tasks["open"] == [] and [a["task"] for a in tasks["done"]] == ["rapportera i maj"]
    with make_client(url, tmp_path) as c:
        assert "rapportera i maj" in c.get(f"/people/{anna['id']}").text


def test_keys_of_actions_stored_before_0006_are_filled_on_open(examples_template, tmp_path):
    from sqlalchemy import create_engine, text

    url = fresh_copy(examples_template, tmp_path / "db")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE actions SET assignee_key = NULL"))
    engine.dispose()
    found = archive.actions(assignee="sekretariatschefen", db=url)
    assert found and all(a["assignee_key"] == "role:sekretariatschef" for a in found)


def test_cli_limits_and_matches_the_assignee_by_key(examples_template, tmp_path):
    url = fresh_copy(examples_template, tmp_path / "db")
    runner = CliRunner()

    def as_json(*args):
        r = runner.invoke(cli_app, [*args, "--db", url, "--json"])
        assert r.exit_code == 0, r.output
        return json.loads(r.output)

    spellings = [as_json("actions", "--assignee", s) for s in ("sekretariatschef", "tf sekretariatschefen",
                                                               "role:sekretariatschef")]
    assert spellings[0] and spellings[0] == spellings[1] == spellings[2]
    assert [a["id"] for a in as_json("actions", "--limit", "2")] == [a["id"] for a in as_json("actions")][:2]
    assert len(as_json("meetings", "--limit", "3")) == 3
    assert len(as_json("people", "--limit", "2")) == 2
    assert len(as_json("search", "sekretariatet", "--limit", "1")) == 1


def test_a_corrected_assignee_moves_the_task_to_its_new_key(examples_template, tmp_path):
    url = fresh_copy(examples_template, tmp_path / "db")
    action = archive.action("2024-10-18-3", url)
    data = archive.meeting("2024-10-18", url)
    path = next(f"items[{i}].decisions[{d}].actions[{n}].assignee"
                for i, item in enumerate(data["items"]) for d, decision in enumerate(item["decisions"])
                for n, a in enumerate(decision["actions"]) if a["id"] == action["id"])
    archive.correct(data["id"], path, "Bjuvs kommun", None, EDITOR, url)
    assert archive.action("2024-10-18-3", url)["assignee_key"] == "municipality:Bjuv"
    assert "2024-10-18-3" in [a["id"] for a in archive.municipality("Bjuv", url)["tasks"]["open"]]
    assert "2024-10-18-3" not in [a["id"] for a in archive.actions(assignee="sekretariatschef", db=url)]


def test_cursors_page_the_same_on_both_databases(db_url):
    from conftest import EXAMPLES

    report = archive.ingest([], db=db_url, files=sorted(EXAMPLES.glob("*.txt")))
    assert not report.failed
    every = archive.actions(db=db_url)
    for sort in ("due", "-date", "assignee"):
        ids, cursor = [], None
        while True:
            page = archive.action_board(db=db_url, sort=sort, limit=3, cursor=cursor)
            ids += [a["id"] for a in page["actions"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert sorted(ids) == sorted(a["id"] for a in every) and len(ids) == len(set(ids)), sort
    assert [a["id"] for a in archive.action_board(db=db_url, limit=500)["actions"]] == [a["id"] for a in every]
    dates, cursor = [], None
    while True:
        page = archive.meeting_list(db_url, sort="-date", limit=1, cursor=cursor)
        dates += [m["date"] for m in page["meetings"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert dates == sorted((m["date"] for m in archive.meetings(db_url)), reverse=True)
    keys = {a["assignee_key"] for a in archive.actions(assignee="tf sekretariatschefen", db=db_url)}
    assert keys == {"role:sekretariatschef"}
    assert archive.meetings_on("2024-10-18", db=db_url)[0]["date"] == "2024-10-18"
