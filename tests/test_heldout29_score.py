"""The twenty-ninth held-out set (tests/fixtures/heldout29: large municipalities' and regions' bodies — a
stadsdelsnämnd, an exploateringsnämnd, an idrottsnämnd, a hälso- och sjukvårdsnämnd, a patientnämnd, a regional
utvecklingsnämnd, a regionstyrelse, a regionfullmäktige) scored by the project's scorer, with a floor a little below
its level after the fixes of its shapes (blind it scored 0.940, 1.000 after h29). The set is no longer blind (its
misses were read to find the shapes, fixed through dev fixtures 760–765): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.98
# every file scores 1.000 after h29; the floor leaves room for a reading the spec leaves open
DOCUMENT_FLOOR = 0.95


def test_heldout29_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout29" / "texts", FIXTURES / "heldout29" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
