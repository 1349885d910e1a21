"""The pages that walked every row at 100,000 meetings (issue 9) read a bounded part now: a presenter's
municipality is resolved where presenters are written (and filled for an older archive by 0011), the
board's counts stop at ``counting.COUNT_CAP`` and say so, a municipality's people are read in index
steps, and search gives snippets to the page it shows only."""
from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import func, inspect, select

from protokoll import archive
from protokoll.archive import counting, lists, queries
from protokoll.archive.common import reading
from protokoll.archive.ingest import save
from protokoll.model import Attendee, Item, Presenter, Protocol, SourceFile
from protokoll.municipalities import named_in
from protokoll.store import db as store_db
from protokoll.store import tables as t
from web_support import examples_template, fresh_copy, make_client  # noqa: F401


def _minutes(day: dt.date, presenters: list[Presenter], attendees: list[Attendee] | None = None) -> Protocol:
    return Protocol(body="Kommunstyrelsen", organisation="Höganäs kommun", date=day, number=day.month,
                    attendees=attendees or [],
                    items=[Item(number=n + 1, title=f"Ärende {n + 1} den {day}", presenters=[p])
                           for n, p in enumerate(presenters)],
                    source_file=SourceFile(path=f"{day}.txt", sha256=f"{day.toordinal():064x}", pages=1))


PRESENTERS = [Presenter(name="Rebecka Almgren", role="klimatstrateg", organisation="Höganäs kommun"),
              Presenter(name="Per Lund", role="miljöchef, Ängelholms kommun"),
              Presenter(name="Eva Ström", organisation="Region Skåne")]


def test_named_in_finds_the_first_municipality_named_with_its_swedish_letters():
    assert named_in("Höganäs kommun", "klimatstrateg") == "Höganäs"
    assert named_in(None, "miljöchef, Ängelholms kommun") == "Ängelholm"
    assert named_in("Helsingborgs stad och Bjuvs kommun") == "Helsingborg"
    assert named_in("Region Skåne", None) is None and named_in(None, None) is None


def test_a_presenters_municipality_is_stored_at_ingest_and_found_on_its_page(db_url):
    """Höganäs and Ängelholm (å, ä, ö in their names) were never found by the LIKE pattern before 0011."""
    with archive.open_database(db_url) as database:
        with database.write() as session:
            save(session, _minutes(dt.date(2025, 3, 11), PRESENTERS))
        with reading(database) as session:
            stored = dict(session.execute(select(t.Presenter.name, t.Municipality.name)
                                          .outerjoin(t.Municipality, t.Municipality.id == t.Presenter.municipality_id)).all())
            dates = set(session.scalars(select(t.Presenter.meeting_date)))
        assert stored == {"Rebecka Almgren": "Höganäs", "Per Lund": "Ängelholm", "Eva Ström": None}
        assert dates == {dt.date(2025, 3, 11)}
        shown = archive.municipality("Höganäs", database)["items_presented"]
        assert [p["presenter"]["name"] for p in shown] == ["Rebecka Almgren"]
        assert [p["presenter"]["name"] for p in archive.municipality("Ängelholm", database)["items_presented"]] \
            == ["Per Lund"]


def test_correcting_a_presenters_organisation_moves_the_item_to_the_municipality_it_names(db_url):
    with archive.open_database(db_url) as database:
        with database.write() as session:
            meeting_id = save(session, _minutes(dt.date(2025, 3, 11), PRESENTERS)).meeting_id
        archive.correct(meeting_id, "items[2].presenters[0].organisation", "Bjuvs kommun", None, "redaktör",
                        db=database)
        assert [p["presenter"]["name"] for p in archive.municipality("Bjuv", database)["items_presented"]] \
            == ["Eva Ström"]
        archive.correct(meeting_id, "items[0].presenters[0].organisation", None, None, "redaktör", db=database)
        assert archive.municipality("Höganäs", database)["items_presented"] == []


def test_an_archive_at_0010_gets_its_presenters_municipalities_and_dates_from_0011(db_url):
    with store_db.open_database(db_url) as database:
        with database.write() as session:
            save(session, _minutes(dt.date(2025, 3, 11), PRESENTERS))
        config = store_db._alembic_config()
        with database.write() as session:
            config.attributes["connection"] = session.connection()
            command.downgrade(config, "0010_sort_indexes")
        with database.engine.connect() as c:
            assert "municipality_id" not in {col["name"] for col in
                                             inspect(c).get_columns("presenters")}
    with archive.open_database(db_url) as database:
        assert store_db.current_revision(database) == store_db.head_revision()
        with reading(database) as session:
            stored = {name: (place, date) for name, place, date in session.execute(
                select(t.Presenter.name, t.Municipality.name, t.Presenter.meeting_date)
                .outerjoin(t.Municipality, t.Municipality.id == t.Presenter.municipality_id))}
        day = dt.date(2025, 3, 11)
        assert stored == {"Rebecka Almgren": ("Höganäs", day), "Per Lund": ("Ängelholm", day), "Eva Ström": (None, day)}
        assert len(archive.municipality("Höganäs", database)["items_presented"]) == 1


@pytest.fixture
def url(examples_template, tmp_path):  # noqa: F811
    return fresh_copy(examples_template, tmp_path / "db")


def test_the_boards_counts_are_exact_up_to_the_cap_and_say_over_beyond_it(url, monkeypatch):
    full = archive.action_board(db=url, status="open")
    keys = {a["key"]: a["count"] for a in full["assignees"]}
    with reading(url) as session:
        exact = dict(session.execute(select(t.Action.assignee_key, func.count())
                                     .group_by(t.Action.assignee_key)).all())
    assert keys == {k: n for k, n in exact.items() if k} and not full["total_over"]
    assert not any(full["status_over"].values()) and not any(a["over"] for a in full["assignees"])
    cap = sorted(set(exact.values()))[-2]  # the most used key is over it, every other one at most at it
    monkeypatch.setattr(counting, "COUNT_CAP", cap)
    capped = archive.action_board(db=url, status="open")
    over = {a["key"] for a in capped["assignees"] if a["over"]}
    assert over == {k for k, n in exact.items() if n > cap}
    assert all(a["count"] == (cap if a["over"] else exact[a["key"]]) for a in capped["assignees"])
    assert capped["total"] == min(full["total"], cap) and capped["total_over"] == (full["total"] > cap)
    assert capped["status_counts"]["open"] == min(full["status_counts"]["open"], cap)


def test_the_board_says_over_where_it_stopped_counting(url, monkeypatch, tmp_path):
    monkeypatch.setattr(counting, "COUNT_CAP", 2)
    client = make_client(url, tmp_path)
    html = client.get("/actions").text
    assert "Öppna över 2" in html and "över 2 st." in html
    data = client.get("/api/actions").json()
    assert data["total"] == 2 and data["total_over"] and data["status_over"]["open"]


def test_the_assignee_filter_picks_the_keys_in_use_that_contain_the_words(url):
    board = archive.action_board(db=url, assignee="sekretariat", status=None)
    keys = {a["assignee_key"] for a in board["actions"]}
    assert keys and all("sekretariat" in k.lower() for k in keys)
    assert {"municipality:sekretariatet", "role:sekretariatschef"} <= keys


def test_a_municipalitys_people_read_in_index_steps_are_what_walking_their_rows_gives(url, monkeypatch):
    for name in ("Perstorp", "Ängelholm", "sekretariatet", "Bjuv"):
        found = archive.municipality(name, url)["memberships"]
        everyone = {p["id"]: p for p in archive.people(url)}
        walked = sorted(({"person": {"id": pid, "name": p["name"]}, **m, "meetings_over": False}
                         for pid, p in everyone.items() for m in p["memberships"] if m["municipality"] == name),
                        key=lambda m: (m["from"] or "", m["person"]["name"]))
        assert found == walked and found
    monkeypatch.setattr(counting, "COUNT_CAP", 1)
    capped = archive.municipality("sekretariatet", url)["memberships"]
    assert all(m["meetings"] == 1 for m in capped) and any(m["meetings_over"] for m in capped)


def test_search_reads_and_marks_only_the_page_it_shows(url, monkeypatch):
    marked = []
    real = lists.snippet  # search's hits are marked where they are read (archive.lists.search_results)
    monkeypatch.setattr(lists, "snippet", lambda parsed, texts: marked.append(texts) or real(parsed, texts))
    whole = archive.search_faceted("kommun", db=url)
    assert whole["limit"] == queries.SEARCH_PAGE == 20 and len(whole["results"]) == len(marked) <= 20
    marked.clear()
    first = archive.search_faceted("kommun", db=url, limit=5)
    assert len(first["results"]) == len(marked) == 5 and first["total"] == whole["total"] > 5
    assert all("<mark>" in h["snippet"] for h in first["results"])
    assert first["results"] == whole["results"][:5]
    marked.clear()
    second = archive.search_faceted("kommun", db=url, cursor=first["next_cursor"], limit=5)
    assert len(second["results"]) == len(marked) == 5 and second["results"] == whole["results"][5:10]
    assert sum(f["count"] for f in second["facets"]["year"]) == whole["total"]  # facets over every match


def test_a_persons_page_read_in_index_steps_is_what_people_gives_and_says_over_past_the_cap(url, monkeypatch,
                                                                                             tmp_path):
    everyone = archive.people(url)
    regular = max(everyone, key=lambda p: sum(p["attendance"].values()))
    full = archive.person(regular["id"], url)
    assert {k: full[k] for k in ("name", "names", "attendance", "presented")} == \
        {k: regular[k] for k in ("name", "names", "attendance", "presented")}
    assert [{k: v for k, v in m.items() if k != "meetings_over"} for m in full["memberships"]] == regular["memberships"]
    assert full["attended_count"] == sum(regular["attendance"].values()) and not full["attended_over"]
    monkeypatch.setattr(counting, "COUNT_CAP", 1)
    capped = archive.person(regular["id"], url)
    assert capped["attended_over"] and capped["attended_count"] == 1 and capped["attendance_over"]["present"]
    assert "över 1" in make_client(url, tmp_path).get(f"/people/{regular['id']}").text
