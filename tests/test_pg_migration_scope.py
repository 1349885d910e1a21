"""Migrating one archive on a shared PostgreSQL server reads and locks that archive's own tables only. A bare
``ANALYZE`` in migration 0010 took every table of every schema the server holds, and two archives migrating side
by side (the test workers' schemas in CI) deadlocked on it: "databasen kan inte öppnas: deadlock detected"."""
from sqlalchemy import event

from protokoll.store.db import Database, resolve_url, upgrade


def test_migrating_gathers_statistics_of_the_archives_own_tables_only(pg_url):
    db = Database(resolve_url(pg_url))
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(" ".join(statement.split()).upper())

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        upgrade(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
        db.close()
    analyzes = [s for s in statements if s.startswith("ANALYZE")]
    assert analyzes, "the migrations gather the planner's statistics of the tables they index"
    assert "ANALYZE" not in analyzes, analyzes
