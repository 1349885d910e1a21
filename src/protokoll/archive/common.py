"""What every module of the archive shares: opening the database a call names, read and write
transactions with the database's errors mapped to ours, and the one timestamp helper.

SQLAlchemy is imported when a transaction through it begins, not with this module: ``rows`` reads an
SQLite archive without it (issue 12: ``protokoll search`` and ``protokoll meetings``)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import contextmanager

from protokoll.config import STATUSES  # noqa: F401 (re-exported: an action's statuses)
from protokoll.errors import ArchiveUnavailable
from protokoll.store import reads
from protokoll.store import sqlite as sqlite_file

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (issue 12)
if TYPE_CHECKING:
    from typing import Iterator

    from sqlalchemy.orm import Session

    from protokoll.store.db import Database


def iso(value: dt.date | dt.datetime | str | None) -> str | None:
    """A date as ``2024-04-19``; a moment as ISO 8601 in UTC to the second (SQLite hands back naive
    datetimes: they were stored as UTC); None as None. A string is a value as SQLite stores it, read
    without the ORM (``store.reads``): ``2024-04-19`` or ``2024-04-19 08:30:00.000000``. The one
    timestamp helper."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    return value.isoformat()


def first_line(err: Exception) -> str:
    lines = str(getattr(err, "orig", None) or err).strip().splitlines()
    return lines[0] if lines else type(err).__name__


def open_archive(url: str | None = None, create: bool = True) -> Database:
    """The archive named by ``url`` (see ``protokoll.store.db.resolve_url``), its schema current (the
    store migrates it) and the corrections made before they were written into the rows (0005)
    written now, once, like a migration, and so are the assignee keys of actions stored before 0006. With ``create`` false, a SQLite path with no archive is an
    error (a typo in ``--db`` must not look like an empty archive)."""
    from sqlalchemy.exc import OperationalError

    from protokoll.archive.assignees import fill_missing
    from protokoll.archive.corrections import apply_pending  # they use this module
    from protokoll.store.db import SessionReader, open_database

    database = open_database(url, create=create)
    try:
        with database.read() as session:
            pending, unkeyed = _waiting(SessionReader(session))
        if pending:
            with database.write() as session:
                apply_pending(session)
        if unkeyed:
            with database.write() as session:
                fill_missing(session)
    except OperationalError as err:
        database.close()
        raise ArchiveUnavailable(database.shown, f"databasfel: {first_line(err)}") from None
    except BaseException:
        database.close()
        raise
    return database


def _waiting(reader) -> tuple[bool, bool]:
    """Whether corrections wait to be written into the rows, and actions for their assignee keys."""
    return bool(reader.all(reads.PENDING_CORRECTION)), bool(reader.all(reads.UNKEYED_ACTION))


@contextmanager
def opened(db: Database | str | None, create: bool = False) -> Iterator[Database]:
    """The archive ``db`` names (an open ``Database``, a URL, or None for ``$PROTOKOLL_DB`` / the
    default); only ``ingest`` creates one where none is (``create``)."""
    from protokoll.store.db import Database

    if isinstance(db, Database):
        yield db
        return
    database = open_archive(db, create=create)
    try:
        yield database
    finally:
        database.close()


@contextmanager
def _transaction(db: Database | str | None, write: bool) -> Iterator[Session]:
    from sqlalchemy.exc import OperationalError

    with opened(db) as database:
        try:
            with (database.write() if write else database.read()) as session:
                yield session
        except OperationalError as err:
            raise ArchiveUnavailable(database.shown, f"databasfel: {first_line(err)}") from None


def reading(db: Database | str | None):
    """A read-only transaction: never the write lock (every GET of the web app reads so)."""
    return _transaction(db, write=False)


def writing(db: Database | str | None):
    """A transaction holding the archive's write lock; committed on success."""
    return _transaction(db, write=True)


@contextmanager
def rows(db: Database | str | None) -> Iterator:
    """A read-only transaction as a ``Reader`` of the SQL text in ``store.reads``. An SQLite archive named
    by a URL (or $PROTOKOLL_DB, or the default) is read with the ``sqlite3`` module alone, without loading
    SQLAlchemy, when its schema is current and nothing waits for ``open_archive`` to write it; anything
    else — an open ``Database``, PostgreSQL, a schema to migrate, corrections to write, no archive — is
    opened and read as ``reading`` does, through SQLAlchemy. The same rows, and the same errors, either way."""
    reader = _sqlite_reader(db)
    if reader is None:
        from protokoll.store.db import SessionReader

        with reading(db) as session:
            yield SessionReader(session)
        return
    try:
        yield reader
    except sqlite3.OperationalError as err:
        raise ArchiveUnavailable(reader.shown, f"databasfel: {first_line(err)}") from None
    finally:
        reader.close()


def _sqlite_reader(db: Database | str | None) -> sqlite_file.SqliteReader | None:
    """``rows``' reader without SQLAlchemy, or None where the archive must be opened through it."""
    if db is not None and not isinstance(db, str):
        return None
    path = sqlite_file.file_of(db)
    reader = sqlite_file.begin_read(path) if path else None
    if reader is None:
        return None
    try:
        waiting = any(_waiting(reader))
    except sqlite3.Error:
        waiting = True  # not the archive it should be: opening it says what is wrong
    if waiting:
        reader.close()
        return None
    return reader
