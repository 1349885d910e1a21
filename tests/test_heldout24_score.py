"""The twenty-fourth held-out set (tests/fixtures/heldout24: a research foundation's board in two shapes, a university
board, a faculty board, a department board, a programme council, a school's forum för samråd, a student section's
meeting) scored by the project's scorer, with a floor a little below its level after the fixes of its shapes (blind
it scored 0.709, 0.953 after h24). The set is no longer blind (its misses were read to find the shapes, fixed through
dev fixtures 658–664): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.93
# 653 (a faculty board whose att-lines the gold reads as one decision, the dev fixtures as two) scores lowest
DOCUMENT_FLOOR = 0.80


def test_heldout24_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout24" / "texts", FIXTURES / "heldout24" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
