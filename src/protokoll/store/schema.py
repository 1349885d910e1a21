"""The schema's newest migration, read from the migration scripts without alembic (it brings Mako and
Pygments) and without SQLAlchemy: ``store.db.upgrade`` and the short reads of ``store.sqlite`` compare an
archive's ``alembic_version`` with it to see that there is nothing to migrate. Only ``os`` and ``re``:
``protokoll search`` reads it on every run (issue 12)."""
from __future__ import annotations

import os
import re
from functools import cache

ALEMBIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "alembic")
# A script's top-level ``revision = '0011_x'`` / ``down_revision = ...`` (annotated or not), one line each.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"'([^'\\]*)'" + r'|"([^"\\]*)"')


def _literal(value: str):
    """A revision as the scripts write it: a quoted string, None, or a tuple or list of quoted strings
    (a merge); ``...`` for anything else."""
    if value == "None":
        return None
    if value[:1] in "([" and value[-1:] in ")]":
        parts = [part.strip() for part in value[1:-1].split(",")]
        found = [_literal(part) for part in (parts[:-1] if parts[-1] == "" else parts)]
        return tuple(found) if all(isinstance(f, str) for f in found) else ...
    quoted = _QUOTED.fullmatch(value)
    return next(s for s in quoted.groups() if s is not None) if quoted else ...


@cache
def scripts_head() -> str | None:
    """The newest migration: the one revision no script names as its ``down_revision``. None unless
    every script states its revision once, as a literal, and they make one line — then only alembic can
    say (the callers fall back to it)."""
    revisions, parents = set(), set()
    versions = os.path.join(ALEMBIC_DIR, "versions")
    for name in os.listdir(versions):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(versions, name), encoding="utf-8") as script:
            found: dict[str, object] = {}
            for key, value in _ASSIGNMENT.findall(script.read()):
                if key in found or (literal := _literal(value)) is ...:
                    return None
                found[key] = literal
        if not isinstance(found.get("revision"), str):
            return None
        revisions.add(found["revision"])
        down = found.get("down_revision")
        parents |= set(down) if isinstance(down, tuple) else {down}
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
