"""Engines, URLs and migrations: a fresh or older database is brought up to date on first use."""
import pytest
from sqlalchemy import create_engine, inspect, text

from protokoll.errors import ArchiveUnavailable
from protokoll.store import db as store_db

TABLES = {"meetings", "sources", "items", "presenters", "attachments", "decisions", "actions", "action_states",
          "action_events", "attendance", "scheduled_meetings", "people", "person_names", "municipalities",
          "item_search", "alembic_version"}


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
    with pytest.raises(ArchiveUnavailable, match="newer"):
        store_db.open_database(sqlite_url)
