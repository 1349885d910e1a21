"""Cells apart by tabs, as text copied out of a word processor's table has them, read as columns.

A tab used to become one space, so "Anna Ek<TAB>Ordförande<TAB>Ja" ran its cells together: the same
minutes with their column gaps written as tabs lost their attendance tables' roles and affiliations
(dev fixtures 45 and 72 with tabs: 0.86 against their gold).
"""
import re
from pathlib import Path

import pytest

from protokoll.pipeline import parse_text

GENRE = Path(__file__).parent / "fixtures" / "genre" / "texts"
GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # a column gap between two cells of a laid-out row


def _read(text: str) -> dict:
    record = parse_text(text, "tabs.txt").to_json()
    return {
        "attendees": [(a["name"], a.get("role"), a.get("affiliation"), a["status"]) for a in record["attendees"]],
        "actions": [(d["text"][:40], [(t.get("assignee"), t.get("due")) for t in d.get("actions", [])])
                    for item in record["items"] for d in item.get("decisions", [])],
    }


@pytest.mark.parametrize("stem", ["45_minnesanteckningar_organisationstabell", "72_kyrkorad_nomineringsgrupper"])
def test_minutes_with_tabs_for_column_gaps_read_as_with_spaces(stem):
    spaced = (GENRE / f"{stem}.txt").read_text(encoding="utf-8")
    tabbed = GAP.sub("\t", spaced)
    assert tabbed != spaced
    assert _read(tabbed) == _read(spaced)
