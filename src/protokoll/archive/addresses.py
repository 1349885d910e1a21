"""Where reminders go: e-mail addresses kept per assignee key (``archive.assignees``: a person, a
municipality, a role or a network), edited by editors in the web app and read by ``protokoll remind``
(``cycle.remind``), in ``assignee_addresses`` (0008)."""
from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import delete, func, select

from protokoll.archive import assignees
from protokoll.archive.common import iso, reading, writing
from protokoll.store.db import Database
from protokoll.store.tables import Action, ActionState, AssigneeAddress

DB = Database | str | None
EMAIL = re.compile(r"^[^@\s,;<>\"]{1,64}@[^@\s,;<>\"]{1,190}\.[^@\s,;<>\".]{2,63}$")
MAX_ADDRESSES = 10
SPLIT = re.compile(r"[\s,;]+")


class AddressError(ValueError):
    """An address that cannot be kept; ``str(err)`` says which, in Swedish."""


def parse_emails(value: str | list[str] | None) -> list[str]:
    """Addresses from a field ("a@x.se, b@y.se") or a list; AddressError names one that is not an address."""
    items = SPLIT.split(value) if isinstance(value, str) else list(value or [])
    out: list[str] = []
    for item in items:
        item = str(item).strip()
        if not item:
            continue
        if not EMAIL.match(item):
            raise AddressError(f"”{item[:80]}” är ingen e-postadress (namn@exempel.se).")
        if item.lower() not in (e.lower() for e in out):
            out.append(item)
    if len(out) > MAX_ADDRESSES:
        raise AddressError(f"Högst {MAX_ADDRESSES} adresser per mottagare.")
    return out


def addresses(db: DB = None) -> dict[str, list[str]]:
    """Assignee key → its addresses (keys without any are left out)."""
    with reading(db) as session:
        return {key: list(emails) for key, emails in session.execute(select(AssigneeAddress.key, AssigneeAddress.emails))
                if emails}


def set_addresses(key: str, emails: str | list[str] | None, user: str, db: DB = None) -> dict:
    """Keep ``emails`` as the addresses of assignee ``key`` (none: forget them); the entry as stored."""
    if assignees.parse_key(key) is None:
        raise AddressError(f"”{key[:80]}” är ingen mottagare (t.ex. role:sekretariatschef).")
    found = parse_emails(emails)
    now = dt.datetime.now(dt.timezone.utc)
    with writing(db) as session:
        session.execute(delete(AssigneeAddress).where(AssigneeAddress.key == key))
        if found:
            session.add(AssigneeAddress(key=key, emails=found, user_name=user[:100], updated_at=now))
    return {"key": key, "emails": found, "user": user if found else None, "updated_at": iso(now) if found else None}


def assignee_list(db: DB = None) -> list[dict]:
    """Everyone who must act in the archive (by key) and everyone with an address: how they are written,
    their open tasks, their addresses; by kind and name."""
    from protokoll.archive.queries import _who

    with reading(db) as session:
        spellings: dict[str, list[str]] = {}
        for key, written in session.execute(select(Action.assignee_key, Action.assignee).distinct()
                                            .where(Action.assignee_key.is_not(None))
                                            .order_by(Action.assignee_key, Action.assignee)):
            spellings.setdefault(key, []).append(written)
        open_tasks = dict(session.execute(
            select(Action.assignee_key, func.count()).join(ActionState, ActionState.action_id == Action.id)
            .where(ActionState.status == "open").group_by(Action.assignee_key)).all())
        stored = {row.key: row for row in session.scalars(select(AssigneeAddress))}
        out = []
        for key in sorted(set(spellings) | set(stored)):
            who = _who(session, key)
            if who is None:
                continue
            row = stored.get(key)
            out.append({"key": key, "who": who, "spellings": spellings.get(key, [])[:10],
                        "open": open_tasks.get(key, 0), "emails": list(row.emails) if row else [],
                        "updated_by": row.user_name if row else None,
                        "updated_at": iso(row.updated_at) if row else None})
    order = {k: n for n, k in enumerate(assignees.KINDS)}
    return sorted(out, key=lambda e: (order.get(e["who"]["kind"], 9), e["who"]["name"].lower()))
