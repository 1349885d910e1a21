"""Engines, URLs and migrations: a fresh or older database is brought up to date on first use."""
import datetime as dt

import pytest
from alembic import command
from alembic.migration import MigrationContext
from alembic.autogenerate import compare_metadata
from sqlalchemy import create_engine, inspect, text

from protokoll import archive
from protokoll.archive.ingest import save
from protokoll.errors import ArchiveUnavailable
from protokoll.model import Decision, Item, Protocol
from protokoll.store import db as store_db
from protokoll.store import mapping
from protokoll.store import schema
from protokoll.store.schema import scripts_head
from protokoll.store.tables import Base

TABLES = {"meetings", "sources", "items", "presenters", "attachments", "decisions", "votes", "ballots", "actions",
          "action_states", "action_events", "attendance", "scheduled_meetings", "people", "person_names",
          "municipalities", "item_search", "alembic_version"}


def test_url_comes_from_the_argument_then_the_environment_then_the_default(monkeypatch):
    monkeypatch.delenv(store_db.ENV_VAR, raising=False)
    assert str(store_db.resolve_url()) == store_db.DEFAULT_URL
    monkeypatch.setenv(store_db.ENV_VAR, "sqlite:///from-env.db")
    assert str(store_db.resolve_url()) == "sqlite:///from-env.db"
    assert str(store_db.resolve_url("sqlite:///given.db")) == "sqlite:///given.db"
    assert str(store_db.resolve_url("archive.db")) == "sqlite:///archive.db"
    assert store_db.resolve_url("postgresql://u:secret@h/db").drivername == "postgresql+psycopg"
    assert "secret" not in store_db.shown(store_db.resolve_url("postgresql://u:secret@h/db"))


def test_a_fresh_database_is_migrated_to_the_newest_revision(db_url):
    with store_db.open_database(db_url) as database:
        assert store_db.current_revision(database) == store_db.head_revision()
        engine = database.engine
        names = set(inspect(engine).get_table_names())
        assert TABLES - {"item_search"} <= names
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM municipalities")).scalar() == 12
            c.execute(text("SELECT count(*) FROM item_search")).scalar()
    with store_db.open_database(db_url) as database:  # a second open changes nothing
        assert store_db.current_revision(database) == store_db.head_revision()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(sqlite_url):
    with store_db.open_database(sqlite_url) as database, database.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("url", ["sqlite:////nonexistent-dir/x/archive.db",
                                 "postgresql://nobody@127.0.0.1:1/none", "mysql+nodriver://x/y", "bogus://x"])
def test_a_database_that_cannot_be_opened_is_one_clear_error(url):
    with pytest.raises(ArchiveUnavailable) as caught:
        store_db.open_database(url)
    assert caught.value.exit_code == 7
    assert "\n" not in str(caught.value)


def test_a_database_from_a_newer_protokoll_is_refused(sqlite_url):
    store_db.open_database(sqlite_url).close()
    engine = create_engine(sqlite_url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    engine.dispose()
    with pytest.raises(ArchiveUnavailable, match="nyare"):
        store_db.open_database(sqlite_url)


def _migrate(database, revision: str, down: bool = False) -> None:
    config = store_db._alembic_config()
    with database.write() as session:
        config.attributes["connection"] = session.connection()
        (command.downgrade if down else command.upgrade)(config, revision)


# Rows of an archive written at revision 0002, before roles, votes and case numbers existed (ids
# out of the way of the ones PostgreSQL's sequences hand out next).
ROWS_0002 = [
    "INSERT INTO meetings (id, date, body, body_key, number) VALUES (100, '2024-04-19', 'Kommundirektörsmöte', "
    "'kommundirektorsmote', 4)",
    "INSERT INTO items (id, meeting_id, position, number, title, title_key) "
    "VALUES (100, 100, 0, 1, 'Budget', 'budget')",
    "INSERT INTO decisions (id, item_id, position, text, kind) "
    "VALUES (100, 100, 0, 'att godkänna budgeten', 'approval')",
    "INSERT INTO attendance (id, meeting_id, position, name, affiliation, status) "
    "VALUES (100, 100, 0, 'Elin Ask', 'Perstorp', 'present')",
]


def test_an_archive_at_0002_migrates_forward_and_keeps_its_rows(db_url):
    with store_db.open_database(db_url, migrate=False) as database:
        _migrate(database, "0002")
        with database.write() as session:
            for statement in ROWS_0002:
                session.execute(text(statement))
    with store_db.open_database(db_url) as database:
        assert store_db.current_revision(database) == store_db.head_revision()
        with database.read() as session:
            old = mapping.load_protocol(session, 100)
        assert old.number == 4 and old.adjusters == [] and old.chair is None
        assert old.attendees[0].name == "Elin Ask" and old.attendees[0].role is None
        assert old.items[0].case_number is None
        assert old.items[0].decisions[0].votes == [] and old.items[0].decisions[0].reservations == []
        new = Protocol(date=dt.date(2025, 3, 11), body="Kommunstyrelsen", chair="Anna Berg", adjusters=["Per Holm"],
                       items=[Item(title="Detaljplan", case_number="KS 2025/0102",
                                   decisions=[Decision(text="att anta planen", recipients=["Länsstyrelsen"])])])
        with database.write() as session:
            saved = save(session, new)
        with database.read() as session:
            assert mapping.load_protocol(session, saved.meeting_id).to_json() == new.to_json()


def test_0003_downgrades_to_0002_without_losing_the_older_rows(db_url):
    with store_db.open_database(db_url, migrate=False) as database:
        _migrate(database, "0002")
        with database.write() as session:
            for statement in ROWS_0002:
                session.execute(text(statement))
        _migrate(database, "0003")
        _migrate(database, "0002", down=True)
        assert store_db.current_revision(database) == "0002"
        with database.engine.connect() as c:
            assert "votes" not in inspect(c).get_table_names()
            assert "chair" not in {col["name"] for col in inspect(c).get_columns("meetings")}
            assert c.execute(text("SELECT count(*) FROM decisions")).scalar() == 1
            assert c.execute(text("SELECT count(*) FROM attendance")).scalar() == 1
    with store_db.open_database(db_url) as database:
        assert store_db.current_revision(database) == store_db.head_revision()


# The sort indexes on expressions (0008) cannot be reflected on SQLite, so they are not compared there.
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_the_migrations_build_the_tables_the_code_declares(db_url):
    with store_db.open_database(db_url) as database, database.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    # The search tables are created in SQL per dialect, so they are not in the declared metadata.
    def of_search(entry) -> bool:
        table = entry[1] if entry[0] == "remove_table" else getattr(entry[1], "table", None)
        return table is not None and table.name.startswith("item_search")

    assert [d for d in diff if not of_search(d)] == []


def test_0005_keeps_the_cached_page_texts_and_writes_older_corrections_into_the_rows(db_url):
    """At 0004 the web app cached page texts on first view and applied corrections on read; from 0005
    the texts are the archive's and corrections are in the rows: both carry over."""
    import json
    import zlib

    record = Protocol(date=dt.date(2024, 4, 19), body="Kommundirektörsmöte", number=4)
    with store_db.open_database(db_url, migrate=False) as database:
        _migrate(database, "0004")
        with database.write() as session:
            session.execute(text("INSERT INTO meetings (id, date, body, body_key, number, adjusters) VALUES "
                                 "(100, '2024-04-19', 'Kommundirektörsmöte', 'kommundirektorsmote', 4, '[]')"))
            session.execute(text("INSERT INTO sources (id, meeting_id, sha256, path, pages, methods, quality, record,"
                                 " ingested_at) VALUES (100, 100, :sha, 'a.txt', 1, 'text', 1.0, :record, :at)"),
                            {"sha": "a" * 64, "record": mapping.pack(record), "at": dt.datetime(2024, 5, 1)})
            for sha in ("a" * 64, "b" * 64):  # the second: a source no longer in the archive
                session.execute(text("INSERT INTO web_source_texts (sha256, pages, read_at) VALUES (:sha, :pages, :at)"),
                                {"sha": sha, "pages": zlib.compress(json.dumps(["Sida ett"]).encode()),
                                 "at": dt.datetime(2024, 5, 2)})
            session.execute(text("INSERT INTO web_corrections (meeting_date, body_key, meeting_id, path, value, original,"
                                 " user_name, created_at, active) VALUES ('2024-04-19', 'kommundirektorsmote', 100,"
                                 " 'number', '5', '4', 'redaktör', :at, :yes)"), {"at": dt.datetime(2024, 5, 3), "yes": True})
    with archive.open_database(db_url) as database:
        assert store_db.current_revision(database) == store_db.head_revision()
        with database.read() as session:
            assert session.execute(text("SELECT sha256 FROM source_texts")).scalars().all() == ["a" * 64]
            assert session.execute(text("SELECT state FROM web_corrections")).scalars().all() == ["applied"]
        assert archive.source("a" * 64, database)["texts"] == ["Sida ett"]
        assert archive.meetings(database)[0]["number"] == 5
        fix = archive.meeting_page(100, database)["corrections"]["number"]
        assert (fix["original"], fix["value"], fix["stale"]) == (4, 5, False)


def test_a_read_transaction_refuses_to_write_and_the_next_one_still_reads(db_url):
    """``read()`` is read-only in the database itself, so no view (no GET) can write by mistake."""
    from sqlalchemy.exc import DBAPIError

    with store_db.open_database(db_url) as database:
        with pytest.raises(DBAPIError, match="(?i)read.?only"):
            with database.read() as session:
                session.execute(text("INSERT INTO people (name) VALUES ('Ada')"))
        with database.write() as session:
            session.execute(text("INSERT INTO people (name) VALUES ('Ada')"))
        for _ in range(3):  # the connection went back to the pool able to write again
            with database.write() as session:
                session.execute(text("INSERT INTO people (name) VALUES ('Bo')"))
            with database.read() as session:
                assert session.execute(text("SELECT count(*) FROM people")).scalar() >= 2


def test_the_scripts_head_read_without_alembic_is_alembics_head():
    """``upgrade`` skips alembic when the archive is at this revision: it must be alembic's own head."""
    assert scripts_head() == store_db.head_revision()


def test_the_scripts_revisions_are_read_as_python_reads_them_or_left_to_alembic():
    import ast

    for written in ("'0011_x'", '"0006_assignee_keys"', "None", "('0004', '0005')", "['0004']", "('0004',)", "''"):
        assert schema._literal(written) == (lambda v: tuple(v) if isinstance(v, list) else v)(ast.literal_eval(written))
    for written in ("REVISION", "'a' + 'b'", "('a', b)", "'a\\'b'", "f'x'"):
        assert schema._literal(written) is ...
