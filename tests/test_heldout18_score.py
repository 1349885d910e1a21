"""The eighteenth held-out set (tests/fixtures/heldout18: minutes as volunteers type them, of party branches, student
bodies, housing and tenants' associations, a scout group, a football section, a parents' association and a working
group) scored by the project's scorer, with a floor a little below its level after the fixes of its shapes (blind it
scored 0.847, 1.000 after h18). The set is no longer blind (its misses were read to find the shapes, fixed through dev
fixtures 516–523): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.98
DOCUMENT_FLOOR = 0.95


def test_heldout18_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout18" / "texts", FIXTURES / "heldout18" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
