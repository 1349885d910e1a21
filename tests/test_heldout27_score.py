"""The twenty-seventh held-out set (tests/fixtures/heldout27: a steering group, a decision group, a regional council
of municipalities, an MBL negotiation, an insynsråd, an APT, an FSG and a network meeting) scored by the project's
scorer, with a floor a little below its level after the fixes of its shapes (blind it scored 0.872, 0.977 after h27).
The set is no longer blind (its misses were read to find the shapes, fixed through dev fixtures 706–713): the floor
keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.95
# 701 (an MBL negotiation: its body and the other unions' signers as adjusters still missed) scores lowest
DOCUMENT_FLOOR = 0.92


def test_heldout27_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout27" / "texts", FIXTURES / "heldout27" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
