"""What every module of the archive shares: opening the database a call names, read and write
transactions with the database's errors mapped to ours, and the one timestamp helper."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from protokoll.errors import ArchiveUnavailable
from protokoll.store.db import Database, open_database

STATUSES = ("open", "done", "cancelled")  # an action's statuses; every action starts open


def iso(value: dt.date | dt.datetime | None) -> str | None:
    """A date as ``2024-04-19``; a moment as ISO 8601 in UTC to the second (SQLite hands back naive
    datetimes: they were stored as UTC); None as None. The one timestamp helper."""
    if value is None:
        return None
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
    from protokoll.archive.assignees import fill_missing, has_missing
    from protokoll.archive.corrections import apply_pending, has_pending  # they use this module

    database = open_database(url, create=create)
    try:
        with database.read() as session:
            pending = has_pending(session)
            unkeyed = has_missing(session)
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


@contextmanager
def opened(db: Database | str | None, create: bool = False) -> Iterator[Database]:
    """The archive ``db`` names (an open ``Database``, a URL, or None for ``$PROTOKOLL_DB`` / the
    default); only ``ingest`` creates one where none is (``create``)."""
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
