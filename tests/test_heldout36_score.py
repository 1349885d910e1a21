"""The thirty-sixth held-out set (tests/fixtures/heldout36: terse and older minutes of mixed bodies as plain and
``-layout`` pdftotext hands them over — a municipal nämnd, a kommunfullmäktige, a region's utskott, a road
samfällighetsförening, a sports club, a trade-union club, a kyrkoråd and a bostadsrättsförening) scored by the
project's scorer, with a floor a little below its level after h36's fixes (blind it scored 0.960, 0.987 after).
Its misses were never read: the fixes came through dev fixtures 948–957 in the same shapes. The set was measured
twice (blind and after), so it is no longer blind; the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.97
# 946 (a kyrkoråd: lettered sentences under Övriga frågor, which the parser reads as the item's text where the gold
# makes them sub-items, survey 57 row 9) scores lowest
DOCUMENT_FLOOR = 0.89


def test_heldout36_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout36" / "texts", FIXTURES / "heldout36" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
