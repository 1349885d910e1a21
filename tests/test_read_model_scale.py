"""The read model at 100,000 meetings (issue 9's benchmark, bench/web.py): pages show the latest rows of
long lists with their counts, the sorts walk their indexes, memberships are read from spans, and SQLite
has the planner statistics it needs."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from protokoll import archive
from protokoll.archive import queries
from protokoll.archive.common import reading
from protokoll.archive.ingest import save
from protokoll.archive.paging import fetch
from protokoll.model import Attendee, Protocol, SourceFile
from protokoll.resolve import people as resolve_people
from protokoll.store import tables as t
from protokoll.store.db import open_database, refresh_statistics
from web_support import examples_template, fresh_copy  # noqa: F401


@pytest.fixture
def url(examples_template, tmp_path):  # noqa: F811
    return fresh_copy(examples_template, tmp_path / "db")


def test_a_persons_page_shows_the_latest_meetings_and_counts_them_all(url, monkeypatch):
    everyone = archive.people(url)
    regular = max(everyone, key=lambda p: sum(p["attendance"].values()))
    full = archive.person(regular["id"], url)
    assert len(full["attended"]) == full["attended_count"] >= 3
    monkeypatch.setattr(queries, "PERSON_MEETINGS", 2)
    capped = archive.person(regular["id"], url)
    assert capped["attended"] == full["attended"][-2:]  # the latest two, oldest first
    assert capped["attended_count"] == full["attended_count"]


def test_task_lists_show_the_first_and_count_them_all(url, monkeypatch):
    key = "role:sekretariatschef"
    full = archive.assignee(key, url)["tasks"]
    assert len(full["open"]) == full["open_count"] >= 2 and full["done_count"] == 0
    monkeypatch.setattr(queries, "TASKS_SHOWN", 1)
    capped = archive.assignee(key, url)["tasks"]
    assert capped["open"] == full["open"][:1] and capped["open_count"] == full["open_count"]
    archive.set_action_status(full["open"][-1]["id"], "done", db=url)
    capped = archive.assignee(key, url)["tasks"]
    assert capped["done_count"] == 1 and capped["open_count"] == full["open_count"] - 1


def test_the_boards_meeting_filter_offers_the_latest_and_the_chosen(url, monkeypatch):
    offered = archive.action_board(db=url)["meetings"]
    assert len(offered) >= 2 and [m["date"] for m in offered] == sorted(m["date"] for m in offered)
    monkeypatch.setattr(queries, "BOARD_MEETINGS", 1)
    assert archive.action_board(db=url)["meetings"] == offered[-1:]
    chosen = archive.action_board(db=url, meeting_id=offered[0]["id"])["meetings"]
    assert chosen == [offered[0], offered[-1]]


def _minutes(day: dt.date, where: list[tuple[str, str]]) -> Protocol:
    return Protocol(body="Kommunstyrelsen", organisation="Höganäs kommun", date=day, number=day.month,
                    attendees=[Attendee(name=name, affiliation=place) for name, place in where],
                    source_file=SourceFile(path=f"{day}.txt", sha256=f"{day.toordinal():064x}", pages=1))


def test_memberships_read_from_spans_are_the_walk_over_every_row(tmp_path):
    """Per Holm stays in Perstorp (spans that do not meet), Anna Berg goes to Bjuv and back (they do):
    both as ``resolve.people.memberships`` walks their rows."""
    url = f"sqlite:///{tmp_path / 'a.db'}"
    days = [dt.date(2024, 1, 10), dt.date(2024, 2, 10), dt.date(2024, 3, 10), dt.date(2024, 4, 10)]
    places = ["Perstorp", "Bjuv", "Perstorp", "Perstorp"]
    with open_database(url) as database, database.write() as session:
        for day, place in zip(days, places):
            save(session, _minutes(day, [("Anna Berg", place), ("Per Holm", "Perstorp")]))
    found = {p["name"]: p["memberships"] for p in archive.people(url)}
    assert [(m["municipality"], m["from"], m["to"], m["meetings"]) for m in found["Anna Berg"]] == [
        ("Perstorp", "2024-01-10", "2024-01-10", 1), ("Bjuv", "2024-02-10", "2024-02-10", 1),
        ("Perstorp", "2024-03-10", "2024-04-10", 2)]
    assert [(m["municipality"], m["from"], m["to"], m["meetings"]) for m in found["Per Holm"]] == [
        ("Perstorp", "2024-01-10", "2024-04-10", 4)]
    with reading(url) as session:
        for person in archive.people(url):
            rows = session.execute(select(t.Attendance.meeting_date, t.Municipality.name)
                                   .join(t.Municipality, t.Municipality.id == t.Attendance.municipality_id)
                                   .where(t.Attendance.person_id == person["id"])).all()
            walked = [{"municipality": m.municipality, "from": m.first.isoformat(), "to": m.last.isoformat(),
                       "meetings": m.meetings} for m in resolve_people.memberships(rows)]
            assert person["memberships"] == walked


def _plan(session, query) -> str:
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    return " ".join(row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


def test_the_meeting_lists_walk_their_date_index_first_page_and_deep(url):
    """Newest first, from the start and after a cursor: steps in the sort index (0008), never a sort of
    every meeting (SQLite's plan says "TEMP B-TREE" when it sorts)."""
    order = queries.MEETING_SORTS["-date"]
    with reading(url) as session:
        first = fetch(session, select(t.Meeting), order, limit=1)
        query = select(t.Meeting).order_by(*queries._order_by(order)).limit(2)
        deep = query.where(queries.after(order, [dt.date(2025, 1, 1), 2]))
        for plan in (_plan(session, query), _plan(session, deep)):
            assert "ix_meetings_sort_date" in plan and "TEMP B-TREE" not in plan, plan
    assert first.next_cursor


def test_ingesting_gathers_sqlites_planner_statistics_as_the_archive_grows(tmp_path):
    from conftest import EXAMPLES

    url = f"sqlite:///{tmp_path / 'a.db'}"
    files = sorted(EXAMPLES.glob("*.txt"))
    archive.ingest(files[:1], db=url)
    with open_database(url) as database:
        with database.engine.connect() as c:
            first = int(c.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'actions'")).scalar().split()[0])
            assert first == c.execute(text("SELECT count(*) FROM actions")).scalar() > 0
        assert refresh_statistics(database.engine) is False  # nothing changed: not again
    archive.ingest(files[1:], db=url)
    with open_database(url) as database, database.engine.connect() as c:
        now = c.execute(text("SELECT count(*) FROM actions")).scalar()
        stat = int(c.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'actions'")).scalar().split()[0])
    assert now >= 2 * first and stat == now  # grown twofold: gathered again


def test_the_boards_status_counts_leave_out_states_whose_action_vanished(url):
    """A state outlives its action (ids are never reused): counted only while the action is there."""
    before = archive.action_board(db=url)["status_counts"]
    with open_database(url) as database, database.write() as session:
        session.execute(text("INSERT INTO action_states (action_id, series, seq, status, changed_at) "
                             "VALUES ('1999-01-01-1', '1999-01-01', 1, 'done', '2024-01-01 00:00:00')"))
    assert archive.action_board(db=url)["status_counts"] == before
    one = archive.actions(db=url)[0]["id"]
    archive.set_action_status(one, "done", db=url)
    after_ = archive.action_board(db=url)["status_counts"]
    assert after_["done"] == before["done"] + 1 and after_["open"] == before["open"] - 1
