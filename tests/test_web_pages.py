"""Every page of the web app and its JSON twin, over the example archive and (where present) the seeds."""
from __future__ import annotations

import hashlib
import pytest

from web_support import (client, council_client, examples_template, meeting_id, seeds_client,  # noqa: F401
                         seeds_template, text_of)

# (HTML page, its JSON twin) — {m} is a meeting id, {p} a person id.
PAGES = [
    ("/", "/api/start"),
    ("/meetings", "/api/meetings"),
    ("/meetings/{m}", "/api/meetings/{m}"),
    ("/meetings/{m}/source?path=items[1].title", "/api/meetings/{m}/source?path=items[1].title"),
    ("/actions", "/api/actions"),
    ("/people", "/api/people"),
    ("/people/{p}", "/api/people/{p}"),
    ("/municipalities", "/api/municipalities"),
    ("/municipalities/Helsingborg", "/api/municipalities/Helsingborg"),
    ("/search?q=cykel", "/api/search?q=cykel"),
    ("/attendance", "/api/attendance"),
    ("/review", "/api/review"),
]


def test_every_page_and_its_json_twin_answer(client):
    m = client.get("/api/meetings").json()[0]["id"]
    p = client.get("/api/people").json()[0]["id"]
    for page, twin in PAGES:
        page, twin = page.format(m=m, p=p), twin.format(m=m, p=p)
        r = client.get(page)
        assert r.status_code == 200, (page, r.text[:500])
        assert r.headers["content-type"].startswith("text/html")
        assert "<h1>" in r.text
        j = client.get(twin)
        assert j.status_code == 200, (twin, j.text[:500])
        assert j.headers["content-type"].startswith("application/json")


def test_other_pages_answer(client):
    for page in ("/upload", "/login", "/attendance.svg", "/api/docs", "/api/openapi.json", "/static/style.css"):
        assert client.get(page).status_code == 200, page


def test_openapi_lists_the_json_twins_and_no_html_pages(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for _, twin in PAGES:
        assert twin.split("?")[0].replace("{m}", "{meeting_id}").replace("{p}", "{person_id}") \
            .replace("/Helsingborg", "/{name}") in paths
    assert all(path.startswith("/api/") for path in paths)
    docs = client.get("/api/docs").text
    assert "/api/openapi.json" in docs and "swagger-ui-bundle.js" in docs
    assert client.get("/api/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_meeting_page_shows_header_attendance_items_decisions_actions(client):
    m = meeting_id(client, "2023-11-17")
    html = client.get(f"/meetings/{m}").text
    text = text_of(html)
    assert "Hamnpaviljongen" in text
    assert "Maja Lindqvist" in text and "Bjuv" in text
    assert "Regional cykelplan för nordvästra Skåne" in text
    assert "nätverket för hållbara transporter" in text
    assert "15 mars 2024" in text  # the action's due date, in Swedish
    assert f"/meetings/{m}/source?path=items%5B2%5D.decisions%5B0%5D.text" in html
    data = client.get(f"/api/meetings/{m}").json()
    assert data["meeting"]["date"] == "2023-11-17"
    assert data["meeting"]["sources"][0]["available"] is True


def test_value_source_highlights_the_value_in_the_source_text(client):
    m = meeting_id(client, "2023-11-17")
    data = client.get(f"/api/meetings/{m}/source", params={"path": "items[2].decisions[0].text"}).json()
    hit = data["sources"][0]
    assert hit["found"] and hit["hit"].startswith("att uppdra till nätverket för hållbara transporter")
    html = client.get(f"/meetings/{m}/source", params={"path": "items[2].title"}).text
    assert '<mark id="hit">Regional cykelplan för nordvästra Skåne</mark>' in html


def test_unknown_things_are_404_pages_and_json(client):
    assert client.get("/meetings/999999").status_code == 404
    assert client.get("/api/meetings/999999").json()["detail"].startswith("Finns inte i arkivet")
    assert client.get("/people/999999").status_code == 404
    assert client.get("/municipalities/Atlantis").status_code == 404
    assert client.get("/sources/" + "0" * 64).status_code == 404
    assert client.get("/api/meetings/1/source", params={"path": "items[99].title"}).status_code == 404
    assert client.get("/no-such-page").status_code == 404


def test_search_has_snippets_and_facets(client):
    data = client.get("/api/search", params={"q": "cykel"}).json()
    assert data["results"] and "<mark>" in data["results"][0]["snippet"]
    assert {f["value"] for f in data["facets"]["year"]}
    assert any(f["value"] == "assignment" for f in data["facets"]["kind"])
    year = data["facets"]["year"][0]["value"]
    narrowed = client.get("/api/search", params={"q": "cykel", "year": year}).json()
    assert all(r["year"] == year for r in narrowed["results"])
    html = client.get("/search", params={"q": "cykel"}).text
    assert "Typ av beslut" in html and "<mark>" in html


def test_attendance_heatmap_is_svg_with_a_cell_per_municipality_and_meeting(client):
    svg = client.get("/attendance.svg").text
    assert svg.startswith("<svg") and svg.count('<g class="cell') == 12 * len(client.get("/api/meetings").json())
    assert "Örkelljunga" in svg
    html = client.get("/attendance").text
    assert "<svg" in html and "Närvaro per kommun och möte" in html


def test_actions_board_filters(client):
    everything = client.get("/api/actions").json()["actions"]
    assert everything
    some = client.get("/api/actions", params={"assignee": "sekretariat"}).json()["actions"]
    assert some and all("sekretariat" in a["assignee"].lower() for a in some)
    m = everything[0]["meeting"]["id"]
    assert all(a["meeting"]["id"] == m for a in client.get("/api/actions", params={"meeting": m}).json()["actions"])
    due = client.get("/api/actions", params={"due_before": "2000-01-01"}).json()["actions"]
    assert due == []
    page = client.get("/actions", params={"status": "", "assignee": "", "due_before": "", "meeting": ""})
    assert page.status_code == 200 and everything[0]["id"] in page.text


# --- the seed minutes: what the checker looks at ------------------------------------------

def test_seeds_meeting_2024_04_19_has_both_sources(seeds_client):
    m = meeting_id(seeds_client, "2024-04-19")
    data = seeds_client.get(f"/api/meetings/{m}").json()["meeting"]
    assert len(data["sources"]) == 2
    html = seeds_client.get(f"/meetings/{m}").text
    for source in data["sources"]:
        assert f"/sources/{source['sha256']}" in html
    found = seeds_client.get(f"/api/meetings/{m}/source", params={"path": "items[2].title"}).json()
    assert [s["found"] for s in found["sources"]] == [True, True]


def test_seeds_open_actions_of_the_secretariat(seeds_client):
    data = seeds_client.get("/api/actions", params={"assignee": "sekretariat", "status": "open"}).json()
    ids = {a["id"] for a in data["actions"]}
    assert {"2024-04-19-1", "2024-04-19-4", "2025-09-19-2"} <= ids
    html = seeds_client.get("/actions", params={"assignee": "sekretariat", "status": "open"}).text
    assert "2024-04-19-1" in html and "2026-03-27-3" not in html


def test_seeds_elin_ask_memberships(seeds_client):
    person = next(p for p in seeds_client.get("/api/people").json() if p["name"] == "Elin Ask")
    data = seeds_client.get(f"/api/people/{person['id']}").json()
    spans = [(m["municipality"], m["from"], m["to"]) for m in data["memberships"]]
    assert spans == [("Perstorp", "2024-04-19", "2024-04-19"), ("Ängelholm", "2025-06-13", "2026-03-27")]
    text = text_of(seeds_client.get(f"/people/{person['id']}").text)
    assert "Perstorp" in text and "Ängelholm" in text and "13 juni 2025" in text


def test_seeds_search_and_municipality(seeds_client):
    data = seeds_client.get("/api/search", params={"q": "krisberedskapsrådet"}).json()
    assert data["results"] and data["results"][0]["meeting"]["date"] == "2025-09-19"
    perstorp = seeds_client.get("/api/municipalities/Perstorp").json()
    assert any(m["person"]["name"] == "Elin Ask" for m in perstorp["memberships"])


def _list_html(html: str, key: str) -> str:
    start = html.index(f'<tbody class="list-{key}">')
    return html[start:html.index("</tbody>", start)]


def test_meeting_page_shows_lists_roles_parties_votes_and_case_numbers(council_client):
    m = meeting_id(council_client, "2025-03-11")
    html = council_client.get(f"/meetings/{m}").text
    text = text_of(html)
    # header block
    for label, value in (("Ordförande", "chair"), ("Sekreterare", "secretary")):
        assert f'<dt>{label}</dt><dd><span class="val" id="v-{value}" data-path="{value}">' in html
    assert "Justerare Per Holm, Lena Ek" in text
    # attendance: lists in the order minutes print them, party beside the name, roles and notes
    titles = [t for t in ("Beslutande (2)", "Tjänstgörande ersättare (1)", "Övriga närvarande (1)",
                          "Anmält förhinder (1)") if t in text]
    assert titles == ["Beslutande (2)", "Tjänstgörande ersättare (1)", "Övriga närvarande (1)", "Anmält förhinder (1)"]
    assert [text.index(t) for t in titles] == sorted(text.index(t) for t in titles)
    main = _list_html(html, "main")
    assert "Anna Berg" in main and "Per Holm" in main and "Lena Ek" not in main
    assert '<span class="party">(<span class="val" id="v-attendees[0].party" data-path="attendees[0].party">S</span>' \
        in main
    assert "ordförande" in text_of(main) and "§§ 1–5" in text_of(main)
    serving = text_of(_list_html(html, "serving"))
    assert "Lena Ek" in serving and "tjänstgörande ersättare" in serving and "ersätter Ola Nilsson" in serving
    assert "Karin Ödman" in text_of(_list_html(html, "others")) and "kommunsekreterare" in text_of(_list_html(html, "others"))
    assert "Olof Sten" in text_of(_list_html(html, "excused"))
    assert "<th>Kommun</th>" not in html and 'data-path="attendees[4].affiliation">Höganäs<' in html
    # the item: label and case number
    assert '<span class="num"><span class="val" id="v-items[0].label" data-path="items[0].label">§ 131</span>' in html
    assert "Dnr KS 2025/0102" in text and "Dnr KS 2025/0103" in text and "3.1" in text
    # the decision: vote, what yes and no meant, ballots folded away, reservations, recipients
    assert "Omröstning: 7 ja, 5 nej, 1 avstår, 1 frånvarande" in text
    assert "Ja-röst för bifall till arbetsutskottets förslag" in text
    assert "Nej-röst för bifall till Per Holms yrkande" in text
    details = html[html.index('<details class="ballots">'):html.index("</details>")]
    assert "Röstlista (4)" in details
    assert [row for row in ("Anna Berg", "Per Holm", "Lena Ek", "Olof Sten") if row in details] == [
        "Anna Berg", "Per Holm", "Lena Ek", "Olof Sten"]
    assert all(v in text_of(details) for v in ("Ja", "Nej", "Avstår", "Frånvarande", "KD"))
    assert "Reservation: Per Holm (M), Moderaterna" in text
    assert "Beslutet skickas till: Stadsbyggnadsnämnden, Länsstyrelsen Skåne" in text


def test_meeting_api_has_the_new_fields_and_the_lists(council_client):
    m = meeting_id(council_client, "2025-03-11")
    data = council_client.get(f"/api/meetings/{m}").json()
    meeting = data["meeting"]
    assert (meeting["chair"], meeting["secretary"], meeting["adjusters"]) == ("Anna Berg", "Karin Ödman",
                                                                             ["Per Holm", "Lena Ek"])
    assert [(a["name"], a["role"], a["party"], a["note"]) for a in meeting["attendees"][:3]] == [
        ("Anna Berg", "ordförande", "S", None), ("Per Holm", "ledamot", "M", "§§ 1–5"),
        ("Lena Ek", "tjänstgörande ersättare", "KD", "ersätter Ola Nilsson")]
    item = meeting["items"][0]
    assert (item["label"], item["case_number"]) == ("§ 131", "KS 2025/0102")
    assert item["subitems"][0]["case_number"] == "KS 2025/0103"
    decision = item["decisions"][0]
    vote = decision["votes"][0]
    assert (vote["yes"], vote["no"], vote["abstain"]) == (7, 5, 1)
    assert vote["tally"] == {"yes": 7, "no": 5, "abstain": 1, "absent": 1, "counted": False}
    assert [b["vote"] for b in vote["ballots"]] == ["yes", "no", "abstain", "absent"]
    assert decision["reservations"] == ["Per Holm (M)", "Moderaterna"]
    assert decision["recipients"] == ["Stadsbyggnadsnämnden", "Länsstyrelsen Skåne"]
    lists = data["attendance"]["lists"]
    assert [(x["key"], x["title"], [a["name"] for a in x["attendees"]]) for x in lists] == [
        ("main", "Beslutande", ["Anna Berg", "Per Holm"]), ("serving", "Tjänstgörande ersättare", ["Lena Ek"]),
        ("others", "Övriga närvarande", ["Karin Ödman"]), ("excused", "Anmält förhinder", ["Olof Sten"])]
    # found by case number from the web app's search, with the case number in the hit
    hits = council_client.get("/api/search", params={"q": "KS 2025/102"}).json()["results"]
    assert [h["item"]["case_number"] for h in hits] == ["KS 2025/0102"]
    assert "Dnr KS 2025/0102" in council_client.get("/search", params={"q": "2025/0102"}).text


def test_directors_minutes_keep_one_list_by_municipality_and_apologies_apart(client):
    m = meeting_id(client, "2023-11-17")
    data = client.get(f"/api/meetings/{m}").json()
    lists = data["attendance"]["lists"]
    assert [(x["key"], x["title"]) for x in lists] == [("main", "Närvarande"), ("excused", "Anmält förhinder")]
    assert [g["municipality"] for g in lists[1]["by_municipality"]] == ["Örkelljunga"]
    assert lists[0]["by_municipality"][0]["municipality"] == "Bjuv"
    html = client.get(f"/meetings/{m}").text
    assert "<th>Roll</th>" not in html and "Linda Åkesson" in text_of(_list_html(html, "excused"))


def test_the_original_file_can_be_downloaded(client):
    """Regression: every "ladda ner original" link answered 500 (a row read after its session closed)."""
    m = meeting_id(client, "2023-11-17")
    source = client.get(f"/api/meetings/{m}").json()["meeting"]["sources"][0]
    response = client.get(f"/sources/{source['sha256']}/file")
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == source["sha256"]
    assert client.get("/sources/" + "0" * 64 + "/file").status_code == 404


def test_hsts_only_when_served_over_https(examples_template, tmp_path):
    from web_support import fresh_copy, make_client

    plain = make_client(fresh_copy(examples_template, tmp_path / "a"), tmp_path / "a")
    assert "Strict-Transport-Security" not in plain.get("/login").headers
    secure = make_client(fresh_copy(examples_template, tmp_path / "b"), tmp_path / "b", secure_cookies=True)
    assert secure.get("/login").headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_the_api_never_shows_where_the_server_keeps_files(client):
    """Regression: /api/meetings showed absolute server paths of the sources."""
    m = meeting_id(client, "2023-11-17")
    listed = client.get("/api/meetings").json()
    one = client.get(f"/api/meetings/{m}").json()["meeting"]
    sha = one["sources"][0]["sha256"]
    source = client.get(f"/api/sources/{sha}").json()
    paths = [s["path"] for x in listed for s in x["sources"]] + [s["path"] for s in one["sources"]] + \
        [source["path"]]
    assert paths and all("/" not in p for p in paths), paths
