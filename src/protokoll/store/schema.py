"""The schema's newest migration, read from the migration scripts without alembic (it brings Mako and
Pygments) and without SQLAlchemy: ``store.db.upgrade`` and the short reads of ``store.sqlite`` compare an
archive's ``alembic_version`` with it to see that there is nothing to migrate."""
from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ALEMBIC_DIR = Path(__file__).resolve().parent / "alembic"
# A script's top-level ``revision = '0011_x'`` / ``down_revision = ...`` (annotated or not), one line each.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


@cache
def scripts_head() -> str | None:
    """The newest migration: the one revision no script names as its ``down_revision``. None unless
    every script states its revision once, as a literal, and they make one line — then only alembic can say
    (the callers fall back to it)."""
    revisions, parents = set(), set()
    for script in (ALEMBIC_DIR / "versions").glob("*.py"):
        found: dict[str, object] = {}
        for name, value in _ASSIGNMENT.findall(script.read_text(encoding="utf-8")):
            if name in found:
                return None
            try:
                found[name] = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                return None
        if not isinstance(found.get("revision"), str):
            return None
        revisions.add(found["revision"])
        down = found.get("down_revision")
        parents |= set(down) if isinstance(down, (tuple, list)) else {down}
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
