"""The archive's SQLite file through the ``sqlite3`` module alone.

``configure`` is what every connection to the file runs first; the SQLAlchemy engine of ``store.db``
runs it too. ``begin_read`` opens a read-only transaction without SQLAlchemy, for the commands people
wait for (``protokoll search``, ``protokoll meetings``: issue 12, SQLAlchemy alone is most of their
start-up): a ``Reader`` of the SQL text in ``store.reads``, which ``store.db.SessionReader`` runs through
SQLAlchemy on any database. It only opens a plain file that exists and whose schema is current: anything
else (another database, a URL with options, a schema to migrate) is left to ``store.db``.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time

from protokoll.config import DEFAULT_URL, ENV_VAR
from protokoll.store.schema import scripts_head

BUSY_TIMEOUT_MS = 120_000
_FILE_URL = "sqlite:///"


def written_url(url: str | None = None) -> str:
    """The database URL as given: the argument, else $PROTOKOLL_DB, else the default SQLite file; a bare
    path is an SQLite file."""
    raw = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    return raw if "://" in raw else _FILE_URL + raw


def file_of(url: str | None = None) -> str | None:
    """The SQLite file ``url`` names (see ``written_url``) when it is a plain ``sqlite:///PATH`` that
    exists and SQLAlchemy would read the same way (no escapes, no query, not ``:memory:``); else None."""
    raw = written_url(url)
    if not raw.startswith(_FILE_URL):
        return None
    path = raw[len(_FILE_URL):]
    if not path or path == ":memory:" or any(c in path for c in "%?#"):
        return None
    return path if os.path.isfile(path) else None


def configure(connection: sqlite3.Connection) -> None:
    """Set up a new connection to the archive's file: transactions begun by the caller (SQLAlchemy's
    "begin" event, or ``begin_read``), a long busy timeout, WAL, and the pragmas every connection needs."""
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _set_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")  # durable at each checkpoint; safe with WAL
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA cache_size = -16384")  # 16 MiB of pages: the default 2 MiB thrashes on big archives
    cursor.close()


def _set_wal(cursor) -> None:
    """Switch to WAL, retrying: the switch needs a moment alone with the file, and SQLite answers
    "database is locked" at once, without its busy timeout, when another process opens it too."""
    for attempt in range(100):
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == 99:
                raise
            time.sleep(0.05)


class SqliteReader:
    """A ``Reader`` (``store.reads``) in one read-only transaction on a ``sqlite3`` connection."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection, shown: str) -> None:
        self.connection = connection
        self.shown = shown  # the URL as errors name it

    def all(self, sql: str, params: dict | None = None) -> list[tuple]:
        return self.connection.execute(*_expanded(sql, params or {})).fetchall()

    def execute(self, sql: str, params: dict | None = None) -> None:
        self.connection.execute(*_expanded(sql, params or {}))

    def close(self) -> None:
        """End the transaction (it wrote nothing) and the connection."""
        try:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        finally:
            self.connection.close()


def _expanded(sql: str, params: dict) -> tuple[str, dict]:
    """A list parameter written ``IN :name`` (SQLAlchemy's expanding form) as ``IN (:name_0, :name_1, …)``."""
    lists = [name for name, value in params.items() if isinstance(value, (list, tuple, set, frozenset))]
    if not lists:
        return sql, params
    flat = {name: value for name, value in params.items() if name not in lists}
    for name in lists:
        values = list(params[name])
        names = [f"{name}_{i}" for i in range(len(values))]
        written = "IN (" + ", ".join(":" + each for each in names) + ")"
        sql, found = re.subn(rf"\bIN :{name}\b", lambda _, w=written: w, sql)
        if not found:
            raise ValueError(f"list parameter {name!r} is not written 'IN :{name}'")
        flat.update(zip(names, values))
    return sql, flat


def begin_read(path: str) -> SqliteReader | None:
    """A read-only transaction on the archive in the file ``path`` (``file_of``), as ``store.db.Database.read``
    begins one (deferred, ``query_only``); None when the file is not an archive whose schema is the
    newest (``schema.scripts_head``): opening it is ``store.db``'s work (migrating, or saying what is wrong)."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        configure(connection)
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(stored) != 1 or stored[0][0] != scripts_head():
            connection.close()
            return None
        connection.execute("BEGIN")
        connection.execute("PRAGMA query_only = 1")
    except sqlite3.Error:
        connection.close()
        return None
    return SqliteReader(connection, _FILE_URL + path)
