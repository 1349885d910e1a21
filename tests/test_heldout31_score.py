"""The thirty-first held-out set (tests/fixtures/heldout31: housing — a lokal hyresgästförening, an allmännyttigt
bostadsbolag's board, brf board minutes, HSB and Riksbyggen föreningsstämmor, a samråd between tenants and landlord, a
konstituerande styrelsemöte, a samfällighet's board) scored by the project's scorer, with a floor a little below its
level after the fixes of its shapes (blind it scored 0.899, 0.971 after h31). The set is no longer blind (its misses
were read to find the shapes, fixed through dev fixtures 830–837): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.96
# 826 (a Riksbyggen extra stämma: a second person lost in the "Från Riksbyggen:" paragraph) scores lowest
DOCUMENT_FLOOR = 0.88


def test_heldout31_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout31" / "texts", FIXTURES / "heldout31" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
