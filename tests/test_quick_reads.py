"""The reads of ``protokoll meetings`` and ``protokoll search`` (issue 12): one SQL text a query
(``store.reads``), run through SQLAlchemy on an open ``Database`` or PostgreSQL, and through ``sqlite3``
alone on an SQLite archive named by a URL (``store.sqlite``) — the same results, corrections included;
an archive with something to write first is opened through SQLAlchemy, as before."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from archive_support import EXAMPLE_FILES
from protokoll import archive
from protokoll.archive import common
from protokoll.archive.paging import LAST_DATE
from protokoll.errors import ArchiveUnavailable
from protokoll.store import reads
from protokoll.store import sqlite as sqlite_file
from protokoll.store.db import SessionReader, open_database

QUERIES = ("budget", "verksamhetsplan 2024", "krisberedskap", "sekretariatet", "ingenting", "och")


@pytest.fixture
def examples_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    archive.ingest(EXAMPLE_FILES, db=url)
    return url


def _reader_kind(db) -> type:
    with common.rows(db) as reader:
        return type(reader)


def test_an_sqlite_url_is_read_with_sqlite3_and_gives_what_sqlalchemy_gives(examples_url):
    first = archive.meetings(db=examples_url)[0]
    archive.correct(first["id"], "items[0].title", "Rättad rubrik om budget", None, "ed", db=examples_url)
    archive.correct(first["id"], "number", 77, None, "ed", db=examples_url)
    assert _reader_kind(examples_url) is sqlite_file.SqliteReader
    with open_database(examples_url) as database:
        assert _reader_kind(database) is SessionReader
        for limit in (None, 1, 3):
            assert archive.meetings(db=examples_url, limit=limit) == archive.meetings(db=database, limit=limit)
        for query in QUERIES:
            for limit in (1, 20):
                assert archive.search(query, db=examples_url, limit=limit) == \
                       archive.search(query, db=database, limit=limit), query
        # the web's list is made of the same entries (read through its keyset pages)
        listed = archive.meeting_list(db=database, limit=100)["meetings"]
        assert [{k: v for k, v in m.items() if k != "corrected"} for m in listed] == archive.meetings(db=examples_url)
    found = archive.meetings(db=examples_url)
    assert found[0]["number"] == 77 and found[0]["sources"][0]["ingested_at"].endswith("+00:00")
    assert archive.search("rättad rubrik", db=examples_url)[0]["item"]["title"] == "Rättad rubrik om budget"


def test_corrections_waiting_to_be_written_send_the_read_through_open_archive(examples_url, tmp_path):
    """A correction made before they were written into the rows (pending) is written when the archive is
    opened: the quick read must not skip that and show the parsed value."""
    first = archive.meetings(db=examples_url)[0]
    archive.correct(first["id"], "number", 77, None, "ed", db=examples_url)
    with sqlite3.connect(tmp_path / "a.db") as connection:
        connection.execute("UPDATE web_corrections SET state = 'pending'")
        connection.execute("UPDATE meetings SET number = 9 WHERE id = ?", (first["id"],))
    assert _reader_kind(examples_url) is SessionReader  # ... which wrote it
    assert _reader_kind(examples_url) is sqlite_file.SqliteReader
    assert archive.meetings(db=examples_url)[0]["number"] == 77


def test_a_database_error_during_a_quick_read_is_the_archive_unavailable(examples_url, tmp_path):
    with sqlite3.connect(tmp_path / "a.db") as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DROP TABLE attendance")
    with pytest.raises(ArchiveUnavailable, match="databasfel: no such table: attendance") as quick:
        archive.meetings(db=examples_url)
    with open_database(examples_url) as database, pytest.raises(ArchiveUnavailable) as slow:
        archive.meetings(db=database)
    assert str(quick.value) == str(slow.value)
    assert quick.value.exit_code == 7


@pytest.mark.parametrize("url, expected", [
    ("sqlite:///{dir}/a.db", "{dir}/a.db"), ("{dir}/a.db", "{dir}/a.db"),
    ("sqlite:///{dir}/missing.db", None), ("sqlite:///{dir}/a.db?mode=ro", None), ("sqlite:///{dir}/a%2Edb", None),
    ("sqlite:///:memory:", None), ("sqlite://", None), ("postgresql://x@localhost/test", None), ("sqlite:///{dir}", None),
])
def test_only_a_plain_sqlite_file_that_exists_is_read_without_sqlalchemy(tmp_path, url, expected):
    (tmp_path / "a.db").write_bytes(b"")
    found = sqlite_file.file_of(url.format(dir=tmp_path))
    assert found == (expected.format(dir=tmp_path) if expected else None)


def test_a_file_that_is_no_current_archive_is_left_to_sqlalchemy(tmp_path):
    path = tmp_path / "a.db"
    path.write_text("not a database")
    assert sqlite_file.begin_read(str(path)) is None
    with sqlite3.connect(tmp_path / "b.db") as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('0010_sort_indexes')")
    assert sqlite_file.begin_read(str(tmp_path / "b.db")) is None


def test_list_parameters_are_expanded_where_they_are_written_in():
    assert sqlite_file._expanded("SELECT 1 FROM t WHERE a IN :ids AND b IN :ids2 AND c = :c",
                                 {"ids": [1, 2], "ids2": (3,), "c": 4}) == (
        "SELECT 1 FROM t WHERE a IN (:ids_0, :ids_1) AND b IN (:ids2_0) AND c = :c",
        {"c": 4, "ids_0": 1, "ids_1": 2, "ids2_0": 3})
    with pytest.raises(ValueError):
        sqlite_file._expanded("SELECT 1 FROM t WHERE a = :ids", {"ids": [1]})


def test_the_meetings_are_read_in_the_order_of_their_index(examples_url, tmp_path):
    """Oldest first, undated last, by the expression migration 0010 indexed (paging.LAST_DATE)."""
    assert f"'{LAST_DATE.isoformat()}'" in reads.MEETINGS
    with sqlite3.connect(tmp_path / "a.db") as connection:
        plan = " ".join(str(row) for row in connection.execute("EXPLAIN QUERY PLAN " + reads.FIRST_MEETINGS, (5,)))
    assert "ix_meetings_sort_date" in plan and "TEMP B-TREE" not in plan


def test_iso_reads_what_sqlite_stores():
    assert common.iso("2024-04-19") == "2024-04-19"
    assert common.iso("2024-04-19 08:30:00.123456") == "2024-04-19T08:30:00+00:00"
    assert common.iso(dt.datetime(2024, 4, 19, 8, 30, 0, 123456)) == "2024-04-19T08:30:00+00:00"


def test_meetings_and_their_list_agree_on_both_databases(db_url):
    """``meetings`` (the SQL text of store.reads) and the web's ``meeting_list`` (SQLAlchemy's keyset pages)
    give the same entries in the same order, on SQLite and on PostgreSQL."""
    archive.ingest(EXAMPLE_FILES, db=db_url)
    listed = archive.meeting_list(db=db_url, limit=100)["meetings"]
    assert len(listed) == len(EXAMPLE_FILES)
    assert [{k: v for k, v in m.items() if k != "corrected"} for m in listed] == archive.meetings(db=db_url)
    assert archive.meetings(db=db_url, limit=2) == archive.meetings(db=db_url)[:2]
    hits = archive.search("budget", db=db_url)
    assert hits and all(h["meeting"]["date"] and "<mark>" in h["snippet"] for h in hits)
