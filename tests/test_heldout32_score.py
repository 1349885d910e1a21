"""The thirty-second held-out set (tests/fixtures/heldout32: culture, sport and local business associations — a golf
club, a riding club's årsmöte, a football club with sektioner, a district sports federation, a choir, an artists'
association, a Folkets Hus association, a köpmannaförening) scored by the project's scorer, with a floor a little
below its level after the fixes of its shapes (blind it scored 0.879, 0.962 after h32). The set is no longer blind
(its misses were read to find the shapes, fixed through dev fixtures 846–851): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.95
# 844 (a Folkets Hus association's "§6.  Title: text" items, one title cut at its first sentence) scores lowest
DOCUMENT_FLOOR = 0.84


def test_heldout32_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout32" / "texts", FIXTURES / "heldout32" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
