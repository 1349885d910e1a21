"""A task for two public bodies named by their place ("Region Mellanmark och Storå kommun tar fram ..."): one action
for each (dev fixture 778)."""
from pathlib import Path

import pytest

from protokoll.pipeline import parse_text

GENRE = Path(__file__).parent / "fixtures" / "genre" / "texts"


def _actions(text: str) -> list[tuple[str, str | None]]:
    record = parse_text(text).to_json()
    return [(a["assignee"], a["due"]) for item in record["items"] for d in item["decisions"] for a in d["actions"]]


def test_region_and_municipality_in_running_text():
    path = next(GENRE.glob("778_*.txt"))
    actions = _actions(path.read_text(encoding="utf-8"))
    assert ("Region Mellanmark", "2025-09-30") in actions and ("Storå kommun", "2025-09-30") in actions


@pytest.mark.parametrize("sentence, actors", [
    ("Lindås stad och Region Norrby tar fram en gemensam rutin.", ["Lindås stad", "Region Norrby"]),
    ("Storå kommun och Åby kommun utreder frågan vidare senast den 1 juni 2025.", ["Storå kommun", "Åby kommun"]),
])
def test_public_bodies_as_actors(sentence, actors):
    text = ("Minnesanteckningar\nSamverkansgruppen för äldrefrågor\nDatum: 2025-03-04\n\nNärvarande:\n"
            "Anna Ek, Storå kommun\nPer Berg, Region Norrby\n\n1. Samverkan\nGruppen diskuterade samverkan.\n"
            f"{sentence}\n")
    assert [a for a, _ in _actions(text)] == actors
