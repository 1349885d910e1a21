"""The fifteenth held-out set (tests/fixtures/heldout15, public-sector bodies outside the municipal board pattern)
scored by the project's scorer, with a floor a little below its level after the fixes of its shapes (blind it scored
0.812, 0.984 after h15). The set is no longer blind (its misses were read to find the shapes, fixed through dev
fixtures 462–469): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.97
DOCUMENT_FLOOR = 0.90  # 459 (an FSG's "tillstyrker" and "till nästa FSG") scores 0.925


def test_heldout15_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout15" / "texts", FIXTURES / "heldout15" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
