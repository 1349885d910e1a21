"""The sixteenth held-out set (tests/fixtures/heldout16: service clubs, a free church, a family association, a small
company, a student nation, a kennel club, a Finland-Swedish chess club, a bridge club, workplace notes) scored by the
project's scorer, with a floor a little below its level after the fixes of its shapes (blind it scored 0.807, 0.966
after h16). The set is no longer blind (its misses were read to find the shapes, fixed through dev fixtures 480–487):
the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.95
DOCUMENT_FLOOR = 0.83  # 473 (three att-lines of one sentence read as three decisions, "uppdra åt" no task) scores 0.851


def test_heldout16_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout16" / "texts", FIXTURES / "heldout16" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
