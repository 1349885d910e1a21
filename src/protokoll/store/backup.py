"""Backup and restore of a SQLite archive, whole and consistent while it is in use.

SQLite's online backup API copies the database page by page under its own locks, so a backup taken
while the web app serves or an ingest writes is a consistent snapshot (a plain file copy of a WAL
database is not). A restore copies a backup into an archive that has no meetings yet, then migrates it
to the current schema, so a backup made by an older version restores into a newer one.

PostgreSQL has its own tools for this, and they are the right ones:
``pg_dump --format=custom --file=archive.dump DBNAME`` and
``pg_restore --clean --if-exists --dbname=DBNAME archive.dump``.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from protokoll.errors import ArchiveUnavailable
from protokoll.store.db import open_database, resolve_url, shown

PAGES_PER_STEP = 1024  # pages copied per step, so other connections get the lock between steps
POSTGRES_HINT = ("ett PostgreSQL-arkiv säkerhetskopieras med pg_dump --format=custom och återställs med "
                 "pg_restore --clean --if-exists (se store/backup.py)")


def _sqlite_file(url: str | None) -> Path:
    parsed = resolve_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise ArchiveUnavailable(shown(parsed), POSTGRES_HINT)
    if not parsed.database or parsed.database == ":memory:":
        raise ArchiveUnavailable(shown(parsed), "ett arkiv i minnet kan inte säkerhetskopieras")
    return Path(parsed.database)


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=PAGES_PER_STEP)
    finally:
        dst.close()
        src.close()


def backup(url: str | None, target: Path) -> Path:
    """Copy the archive at ``url`` to ``target`` (a new file). Returns ``target``."""
    source = _sqlite_file(url)
    if not source.is_file():
        raise ArchiveUnavailable(str(source), "inget arkiv på den här sökvägen")
    if target.exists():
        raise ArchiveUnavailable(str(target), "säkerhetskopian finns redan; ange en ny fil")
    open_database(url).close()  # migrated and readable, or a clear error
    _copy(source, target)
    return target


def restore(source: Path, url: str | None) -> None:
    """Restore the backup ``source`` into the archive at ``url``, which must hold no meetings."""
    if not source.is_file():
        raise ArchiveUnavailable(str(source), "ingen säkerhetskopia på den här sökvägen")
    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as check:
            check.execute("select count(*) from meetings").fetchone()
    except sqlite3.DatabaseError as err:
        raise ArchiveUnavailable(str(source), f"ingen säkerhetskopia från Protokoll ({err})") from None
    target = _sqlite_file(url)
    if target.exists():
        with sqlite3.connect(target) as existing:
            tables = {r[0] for r in existing.execute("select name from sqlite_master where type='table'")}
            if "meetings" in tables and existing.execute("select count(*) from meetings").fetchone()[0]:
                raise ArchiveUnavailable(str(target), "arkivet har redan möten; återställ till ett nytt")
    _copy(source, target)
    open_database(url).close()  # a backup of an older schema is brought up to date
