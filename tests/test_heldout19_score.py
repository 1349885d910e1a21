"""The nineteenth held-out set (tests/fixtures/heldout19: full councils, regional bodies and nämnder — motions and
interpellations, yrkanden and beslutsgång, votes in a sentence and by name, jäv, recipients, sentence rolls) scored by
the project's scorer, with a floor a little below its level after the fixes of its shapes (blind it scored 0.827,
0.980 after h19). The set is no longer blind (its misses were read to find the shapes, fixed through dev fixtures
556–561): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.96
# 548 (att-lines of one sentence read as one decision each, as the dev gold reads them) scores 0.899
DOCUMENT_FLOOR = 0.88


def test_heldout19_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout19" / "texts", FIXTURES / "heldout19" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
