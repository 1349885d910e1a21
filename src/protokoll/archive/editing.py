"""What editors change: corrections of a meeting's values (written into the rows, ``corrections``),
withdrawing them, and confirming flagged values as they are (``review``). Each is one write
transaction."""
from __future__ import annotations

from typing import Any

from protokoll.archive import corrections as fixes
from protokoll.archive import review
from protokoll.archive.common import writing
from protokoll.archive.queries import meeting_row, meeting_json
from protokoll.store.db import Database

DB = Database | str | None


def correct(meeting_id: int, path: str, value: Any, note: str | None, user: str, db: DB = None) -> dict:
    """Correct the value at ``path`` of a meeting; what was corrected (``corrections.info``)."""
    with writing(db) as session:
        row = meeting_row(session, meeting_id)
        return fixes.add(session, row, meeting_json(session, meeting_id), path, value, note, user)


def revert_correction(meeting_id: int, correction_id: int, db: DB = None) -> None:
    """Withdraw a correction: the parsed value is the meeting's value again."""
    with writing(db) as session:
        fixes.revert(session, meeting_row(session, meeting_id), correction_id)


def confirm(meeting_id: int, path: str, user: str, db: DB = None) -> dict:
    """Confirm the value now at ``path`` as it is: its review flag goes away."""
    fixes.parse_path(path)
    with writing(db) as session:
        row = meeting_row(session, meeting_id)
        data = meeting_json(session, meeting_id)
        fixes.apply(session, row, data)
        return review.confirm(session, row, data, path, user)


def apply_pending_corrections(db: DB = None) -> int:
    """Write the corrections made before they were written into the rows (0005); meetings touched."""
    with writing(db) as session:
        return fixes.apply_pending(session)
