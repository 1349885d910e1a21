"""The fourteenth held-out set (tests/fixtures/heldout14, associations and civil society) scored by the project's
scorer, with a floor a little below its level after the fixes of its shapes (blind it scored 0.888, 0.992 after
h14). The set is no longer blind (its misses were read to find the shapes, fixed through dev fixtures 431–436): the
floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.98
DOCUMENT_FLOOR = 0.92  # 430 (an e-mail's minutes: the chair among "Justeras: A, B" missed, "att köpa" read as other) scores 0.973


def test_heldout14_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout14" / "texts", FIXTURES / "heldout14" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
