"""The web app speaks Swedish to people: value paths in words, parameters named in words, history notes,
the heatmap's text alternative; and its pages carry what the accessibility and layout rules need (skip
link, labelled landmarks, stacked tables, a print stylesheet). The browser checks are in
test_web_a11y.py."""
from __future__ import annotations

import re

from web_support import client, examples_template, login, meeting_id, text_of  # noqa: F401


def test_an_invalid_address_names_the_parameter_in_words(client):
    r = client.get("/meetings/abc")
    assert r.status_code == 422
    assert "kontrollera mötets nummer i adressen" in r.text and "meeting_id" not in r.text
    # The JSON twin keeps the machine's words.
    assert client.get("/api/meetings/abc").json()["detail"][0]["loc"] == ["path", "meeting_id"]


def test_value_paths_are_shown_in_words(client):
    login(client)
    m = meeting_id(client, "2023-11-17")
    data = client.get(f"/api/meetings/{m}").json()["meeting"]
    i, d = next((i, d) for i, item in enumerate(data["items"]) for d, decision in enumerate(item["decisions"])
                if decision["actions"])
    path = f"items[{i}].decisions[{d}].actions[0].due"
    for page in (f"/meetings/{m}/correct?path={path}", f"/meetings/{m}/source?path={path}"):
        html = client.get(page).text
        words = f"Åtgärd 1 under beslut {d + 1} i punkt {i + 1}: förfallodatum"
        assert words in text_of(html), page
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert words in title and "items[" not in title
    # The meeting page's "källa"/"rätta" links say which value they are for.
    html = client.get(f"/meetings/{m}").text
    assert f'aria-label="Rätta: {words}"' in html and f'aria-label="Källa: {words}"' in html


def test_new_actions_are_opened_with_a_swedish_note(client):
    actions = client.get("/api/actions").json()["actions"]
    notes = {a["history"][0]["note"] for a in actions}
    assert notes and all(n.startswith("ur protokollet från ") for n in notes), notes


def test_heatmap_has_no_links_inside_its_image_and_letters_besides_colours(client):
    svg = client.get("/attendance.svg").text
    assert "<a " not in svg and 'role="img"' in svg and "<desc" in svg
    cells = re.findall(r'<g class="cell (\w+)">.*?</g>', svg, re.S)
    assert {"excused", "absent"} <= set(cells)
    for kind, letter in (("excused", "F"), ("absent", "A")):
        body = re.search(rf'<g class="cell {kind}">(.*?)</g>', svg, re.S).group(1)
        assert re.search(rf">{letter}</text>", body), kind


def test_attendance_page_has_a_table_with_names_and_links(client):
    html = client.get("/attendance").text
    table = re.search(r'<table class="heat">(.*?)</table>', html, re.S).group(1)
    meetings = client.get("/api/attendance").json()["meetings"]
    assert table.count('<th scope="row"') == len(meetings)
    assert all(f'href="/meetings/{m["id"]}"' in table for m in meetings)
    assert "(anmält förhinder)" in table and "(frånvarande)" in table
    # The scroll boxes can be reached by keyboard and are named.
    assert len(re.findall(r'tabindex="0" role="region" aria-label=', html)) + \
        len(re.findall(r'tabindex="0" role="region" aria-labelledby=', html)) == 2


def test_pages_have_a_skip_link_labelled_landmarks_and_stacking_tables(client):
    html = client.get("/actions?status=").text
    assert re.search(r'<a class="skip" href="#main">', html) and 'id="main"' in html
    assert 'role="search" aria-label="Sök i protokollen"' in html and '<nav aria-label="Huvudmeny">' in html
    board = re.search(r'<table class="list board stack">(.*?)</table>', html, re.S).group(1)
    rows = re.findall(r"<tr id=\"action-.*?</tr>", board, re.S)
    assert rows and all(re.findall(r"<td[^>]*data-label=", row) for row in rows)
    # The item title in the board's meeting column may wrap (it made the board 1,700 px wide).
    assert not re.search(r'<td class="[^"]*nowrap[^"]*" data-label="Möte"', board)
    css = client.get("/static/style.css").text
    assert "@media print" in css and "@media (max-width: 700px)" in css and "td[data-label]::before" in css


def test_marking_an_action_done_is_confirmed_once_with_an_undo(client):
    token = login(client)
    action = client.get("/api/actions?status=open").json()["actions"][0]
    r = client.post(f"/actions/{action['id']}/status", data={"status": "done", "note": "klart",
                                                            "next": "/actions?status=done", "csrf_token": token})
    assert r.status_code == 303
    page = client.get("/actions?status=done").text
    assert f"Åtgärd {action['id']} är nu klar." in text_of(page)
    undo = re.search(r'<div class="flash" role="status">(.*?)</div>', page, re.S).group(1)
    assert f'action="/actions/{action["id"]}/status"' in undo and 'name="status" value="open"' in undo
    # Shown once: the next page has no confirmation.
    assert 'class="flash"' not in client.get("/actions?status=done").text
    # The undo form takes the action back to open.
    form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', undo))
    assert client.post(f"/actions/{action['id']}/status", data=form).status_code == 303
    assert client.get(f"/api/actions?status=open").json()["actions"][0]["id"] == action["id"]


def test_a_correction_is_confirmed_with_an_undo_that_reverts_it(client):
    token = login(client)
    m = meeting_id(client, "2023-11-17")
    r = client.post(f"/meetings/{m}/corrections", data={"path": "location", "value": "Rådhuset",
                                                        "csrf_token": token})
    assert r.status_code == 303
    page = client.get(f"/meetings/{m}").text
    assert "Rättelsen är sparad: Plats." in text_of(page)
    action = re.search(r'<div class="flash".*?<form method="post" action="([^"]+)"', page, re.S).group(1)
    assert client.post(action, data={"csrf_token": token}).status_code == 303
    assert "Rättelsen är ångrad" in text_of(client.get(f"/meetings/{m}").text)
    assert client.get(f"/api/meetings/{m}").json()["meeting"]["location"] != "Rådhuset"


def test_the_actions_list_downloads_as_filtered_in_csv_and_json(client):
    import csv
    import io

    shown = client.get("/api/actions?assignee=sekretariat&status=open").json()["actions"]
    assert shown
    r = client.get("/actions.csv?assignee=sekretariat&status=open")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="atgarder.csv"'
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [row["action_id"] for row in rows] == [a["id"] for a in shown]
    assert all(row["status"] == "open" for row in rows)
    j = client.get("/actions.json?assignee=sekretariat&status=open")
    assert [a["id"] for a in j.json()] == [a["id"] for a in shown]
    # The page links to the files with its filters.
    html = client.get("/actions?assignee=sekretariat&status=open").text
    assert 'href="/actions.csv?assignee=sekretariat&amp;status=open"' in html
    # Every action, as the page's "alla" shows them, is more than the filtered ones.
    everything = client.get("/actions.csv?status=").content.decode("utf-8-sig").count("\n") - 1
    assert everything == len(client.get("/api/actions").json()["actions"]) > len(rows)


def test_the_meetings_list_downloads_in_csv_and_json(client):
    import csv
    import io

    meetings = client.get("/api/meetings").json()
    rows = list(csv.DictReader(io.StringIO(client.get("/meetings.csv").content.decode("utf-8-sig"))))
    assert [int(r["meeting_id"]) for r in rows] == [m["id"] for m in meetings]
    assert [int(r["present"]) for r in rows] == [m["attendance"]["present"] for m in meetings]
    assert client.get("/meetings.json").json() == meetings
    assert client.get("/meetings.xml").status_code == 422
