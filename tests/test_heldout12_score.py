"""The twelfth held-out set (tests/fixtures/heldout12) scored by the project's scorer, with a floor a little below
its level after the fixes of its shapes (blind it scored 0.815, 0.957 after h12). The set is no longer blind (its
misses were read to find the shapes, fixed through dev fixtures 371–378): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.95
DOCUMENT_FLOOR = 0.71  # 363 (a run-on roll with "Kassören X Y." and a board's constitution in sentences) scores 0.716


def test_heldout12_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout12" / "texts", FIXTURES / "heldout12" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
