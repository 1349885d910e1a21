"""Drafts of minutes written in the web app ("Nytt protokoll", ``protokoll.cycle.editing``): each save
is a new version of the whole protokoll/1 record (``draft_versions``, 0008), so nothing an editor saved
is ever written over.

A save names the version it was made from (``base_version``); when someone saved another version
since, the save is refused with ``DraftConflict`` saying who saved and when: two editors never
overwrite each other silently. The check and the insert are one write transaction (the archive's write
lock), and (draft, version) is unique besides. A published draft (``mark_published``) takes no more
saves: its minutes are a meeting's source now, corrected on the meeting's page.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from protokoll.archive.common import iso, reading, writing
from protokoll.errors import NotInArchive
from protokoll.store.db import Database
from protokoll.store.tables import Draft, DraftVersion

DB = Database | str | None
MAX_RECORD_CHARS = 2_000_000  # a record of minutes is some tens of kB


class DraftError(ValueError):
    """A draft cannot be saved or published as asked; ``str(err)`` says why, in Swedish."""


class DraftConflict(DraftError):
    """Someone saved a newer version since the one this save was made from."""

    def __init__(self, draft_id: int, base_version: int, latest: dict):
        self.draft_id, self.base_version, self.latest = draft_id, base_version, latest
        when = latest["saved_at"] or ""
        super().__init__(
            f"Utkastet har ändrats sedan du öppnade det: {latest['user']} sparade version {latest['version']} "
            f"{when[:10]} kl. {when[11:16]} UTC (du utgick från version {base_version}). Dina ändringar har inte "
            "sparats, så att ingen av er skriver över den andras.")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _dump(record: dict) -> str:
    text = json.dumps(record, ensure_ascii=False, default=str)
    if len(text) > MAX_RECORD_CHARS:
        raise DraftError(f"Utkastet är för stort ({len(text)} tecken; högst {MAX_RECORD_CHARS}).")
    return text


def _version_json(v: DraftVersion) -> dict:
    return {"version": v.version, "user": v.user_name, "saved_at": iso(v.saved_at), "note": v.note}


def _draft_json(d: Draft, latest: DraftVersion | None) -> dict:
    published = None
    if d.published_version is not None:
        published = {"version": d.published_version, "at": iso(d.published_at), "by": d.published_by,
                     "meeting_id": d.meeting_id, "sha256": d.source_sha256}
    return {"id": d.id, "body": d.body, "date": iso(d.date), "created_by": d.created_by,
            "created_at": iso(d.created_at), "latest": _version_json(latest) if latest else None,
            "published": published}


def _row(session, draft_id: int) -> Draft:
    row = session.get(Draft, draft_id)
    if row is None:
        raise NotInArchive(str(draft_id), "inget utkast med det numret")
    return row


def _latest(session, draft_id: int) -> DraftVersion | None:
    return session.scalar(select(DraftVersion).where(DraftVersion.draft_id == draft_id)
                          .order_by(DraftVersion.version.desc()).limit(1))


def start_draft(body: str, date: dt.date, record: dict, user: str, db: DB = None) -> dict:
    """A new draft of ``body``'s minutes of ``date`` with ``record`` as its version 1."""
    text = _dump(record)
    now = _now()
    with writing(db) as session:
        row = Draft(body=body[:200], date=date, created_by=user[:100], created_at=now)
        session.add(row)
        session.flush()
        version = DraftVersion(draft_id=row.id, version=1, record=text, user_name=user[:100], saved_at=now,
                               note="utkast ur arkivet")
        session.add(version)
        session.flush()
        return _draft_json(row, version)


def save_draft(draft_id: int, base_version: int, record: dict, user: str, note: str | None = None,
               db: DB = None) -> dict:
    """Save ``record`` as the next version of the draft, made from ``base_version``: DraftConflict when
    a newer version was saved since, DraftError when the draft is published. The draft as it is now."""
    text = _dump(record)
    with writing(db) as session:
        row = _row(session, draft_id)
        if row.published_version is not None:
            raise DraftError(f"Utkastet publicerades {iso(row.published_at)[:10]} och kan inte ändras längre; "
                             "rätta det publicerade protokollet på mötets sida.")
        latest = _latest(session, draft_id)
        if latest is None or latest.version != base_version:
            raise DraftConflict(draft_id, base_version, _version_json(latest) if latest else
                                {"version": 0, "user": "?", "saved_at": None, "note": None})
        version = DraftVersion(draft_id=draft_id, version=latest.version + 1, record=text, user_name=user[:100],
                               saved_at=_now(), note=(note or "").strip()[:500] or None)
        session.add(version)
        body, date = record.get("body"), record.get("date")
        if body:
            row.body = str(body)[:200]
        if date:
            row.date = dt.date.fromisoformat(str(date))
        session.flush()
        return _draft_json(row, version)


def draft(draft_id: int, version: int | None = None, db: DB = None) -> dict:
    """A draft with every version (newest first) and the record of ``version`` (default: the latest)."""
    with reading(db) as session:
        row = _row(session, draft_id)
        versions = session.scalars(select(DraftVersion).where(DraftVersion.draft_id == draft_id)
                                   .order_by(DraftVersion.version.desc())).all()
        shown = versions[0] if version is None else next((v for v in versions if v.version == version), None)
        if shown is None:
            raise NotInArchive(f"{draft_id}/{version}", "utkastet har ingen sådan version")
        return {**_draft_json(row, versions[0]), "versions": [_version_json(v) for v in versions],
                "version": shown.version, "record": json.loads(shown.record)}


def drafts(db: DB = None) -> list[dict]:
    """Every draft, the newest meeting date first, with its latest version."""
    with reading(db) as session:
        latest = (select(DraftVersion.draft_id, func.max(DraftVersion.version).label("version"))
                  .group_by(DraftVersion.draft_id).subquery())
        rows = session.execute(
            select(Draft, DraftVersion)
            .join(latest, latest.c.draft_id == Draft.id)
            .join(DraftVersion, (DraftVersion.draft_id == Draft.id) & (DraftVersion.version == latest.c.version))
            .order_by(Draft.date.desc(), Draft.id.desc())).all()
        return [_draft_json(d, v) for d, v in rows]


def mark_published(draft_id: int, version: int, meeting_id: int, sha256: str, user: str, db: DB = None) -> dict:
    """Record that ``version`` of the draft was published as the source ``sha256`` of meeting ``meeting_id``."""
    with writing(db) as session:
        row = _row(session, draft_id)
        if row.published_version is not None:
            raise DraftError("Utkastet är redan publicerat.")
        latest = _latest(session, draft_id)
        if latest is None or latest.version != version:
            raise DraftConflict(draft_id, version, _version_json(latest))
        row.published_version, row.published_at, row.published_by = version, _now(), user[:100]
        row.meeting_id, row.source_sha256 = meeting_id, sha256
        session.flush()
        return _draft_json(row, latest)
