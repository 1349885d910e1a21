"""Golden-file tests: the project's own example minutes parse exactly to their gold records."""
import json

import pytest
from conftest import EXAMPLES
from golden import differences

from protokoll.pipeline import parse_file

CASES = sorted(EXAMPLES.glob("*.txt"))


def test_there_are_examples():
    assert len(CASES) >= 4


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_example_parses_to_gold(path):
    gold = json.loads((EXAMPLES / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    pred = parse_file(path).to_json()
    assert differences(gold, pred) == []
