"""The thirty-fifth held-out set (tests/fixtures/heldout35: civil-society bodies not surveyed before — a motor club, a
museum railway association, a fiskevårdsområdesförening, a patients' association's local branch, a Red Cross krets,
a nature-conservation krets, a free church's församlingsstyrelse and a jaktvårdskrets) scored by the project's
scorer, with a floor a little below its level after the fixes of its shapes (blind it scored 0.804, 0.933 after
h35). The set is no longer blind (its misses were read to find the shapes, fixed through dev fixtures 898–905): the
floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.92
# 893 (a patients' association: "•" topics inside a § read as the item's text, where the gold makes them sub-items)
# scores lowest
DOCUMENT_FLOOR = 0.69


def test_heldout35_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout35" / "texts", FIXTURES / "heldout35" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
