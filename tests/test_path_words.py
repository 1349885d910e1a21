"""Value paths in words (``trace.path_in_words``): what the web app and the CLI show people instead of
``items[3].decisions[1].actions[0].due``."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from protokoll.trace import FIELD_SV, NODE_SV, path_in_words

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("path, words", [
    ("items[3].decisions[1].actions[0].due", "Åtgärd 1 under beslut 2 i punkt 4: förfallodatum"),
    ("items[3].decisions[1].actions[0]", "Åtgärd 1 under beslut 2 i punkt 4"),
    ("items[0].title", "Punkt 1: rubrik"),
    ("items[2]", "Punkt 3"),
    ("location", "Plats"),
    ("start_time", "Starttid"),
    ("attendees[4].name", "Deltagare 5: namn"),
    ("attendees[0].status", "Deltagare 1: närvaro"),
    ("items[1].presenters[0].organisation", "Föredragande 1 i punkt 2: organisation"),
    ("items[0].subitems[1].decisions[0].votes[0].ballots[3].vote",
     "Röst 4 i omröstning 1 i beslut 1 i underpunkt 2 i punkt 1: röst"),
    ("items[5].documents[2].title", "Handling 3 i punkt 6: rubrik"),
    ("scheduled_meetings[0].date", "Planerat möte 1: datum"),
    ("adjusters[1]", "Justerare 2"),
    ("", "Mötet"),
])
def test_paths_read_as_swedish_words(path, words):
    assert path_in_words(path) == words


@pytest.mark.parametrize("path", ["items[3].foo", "items[x]", "location[0]", "items.title", ".items[0]",
                                  "items[0]title", "items[0].", "location.name", "items[0]..title", "Items[0]"])
def test_a_path_that_does_not_parse_is_refused(path):
    with pytest.raises(ValueError):
        path_in_words(path)


def _paths(node, prefix=""):
    """Every value path of a record's JSON (leaves, list members and their fields)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "schema", "source_file", "refers_to"):
                continue
            yield from _paths(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, f"{prefix}[{i}]")
    else:
        yield prefix


def test_every_value_of_the_examples_has_words_without_code():
    from protokoll import pipeline

    seen = set()
    for path in sorted(EXAMPLES.glob("*.txt")):
        record = pipeline.parse_file(path).model_dump(mode="json", by_alias=True)
        for value_path in _paths(record):
            words = path_in_words(value_path)
            assert not re.search(r"[\[\]_.]|\b[a-z]+[A-Z]", words), (value_path, words)
            seen.add(re.sub(r"\[\d+\]", "", value_path).split(".")[-1])
    # The fields the examples fill are all named, and every name in the tables is one the record has.
    assert seen <= set(FIELD_SV)
    from protokoll.model import Protocol

    fields = set()

    def collect(model):
        for name, info in model.model_fields.items():
            fields.add(name)
            for arg in getattr(info.annotation, "__args__", ()) or ():
                if hasattr(arg, "model_fields") and arg is not model:
                    collect(arg)
    collect(Protocol)
    assert set(NODE_SV) <= set(FIELD_SV) <= fields | {"schema_"}
