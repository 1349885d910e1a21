"""The seventeenth held-out set (tests/fixtures/heldout17: water councils and their preparatory group, a
fishing-area association, a water-protection federation, a youth council, Sametinget's board, fibre co-operatives,
a free church's national board, a state delegation) scored by the project's scorer, with a floor a little below its
level after the fixes of its shapes (blind it scored 0.887, 0.969 after h17). The set is no longer blind (its
misses were read to find the shapes, fixed through dev fixtures 498–503): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.95
DOCUMENT_FLOOR = 0.92  # 489 (a next meeting's "Tid:" block, "Kommunen planerar ..." read as a decision) scores 0.937


def test_heldout17_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout17" / "texts", FIXTURES / "heldout17" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
