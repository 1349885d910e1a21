"""Helpers for the meeting-cycle tests: a record from a gold file, a CA and certificates made here."""
from __future__ import annotations

import json
from pathlib import Path

from protokoll.model import Protocol

# Fields where the gold gives a list of acceptable values but the record has one value.
_SCALARS = {"organisation", "body", "number", "date", "start_time", "end_time", "location", "room", "contact",
            "chair", "secretary", "name", "affiliation", "title", "kind", "assignee", "due", "label"}


def _first(node, key=None):
    if isinstance(node, dict):
        return {k: _first(v, k) for k, v in node.items()}
    if isinstance(node, list):
        if key in _SCALARS:
            return _first(node[0]) if node else None
        return [_first(v) for v in node]
    return node


def protocol_from_gold(path: Path) -> Protocol:
    """The record a gold file describes, taking the first of each list of acceptable values."""
    return Protocol.model_validate(_first(json.loads(Path(path).read_text(encoding="utf-8"))))
