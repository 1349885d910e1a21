"""The thirty-seventh held-out set (tests/fixtures/heldout37: minutes of the bodies the genre survey covered least —
a municipal energy company's board, a kommunala pensionärsråd, a region's funktionsrättsråd, a stiftelse's board, a
party association's member meeting, a road association's extra föreningsstämma, the municipal revisorer and a
municipal housing company's årsstämma — as plain and ``-layout`` pdftotext hands them over) scored by the project's
scorer, with a floor a little below its level after h37's fixes (blind it scored 0.958, deacc 0.952; 0.989, deacc
0.983 after). Its misses were never read: the fixes came through dev fixtures 1008–1019 in the same shapes. The set
was measured twice (blind and after), so it is no longer blind; the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.98
# 1004 (a party association's member meeting, `-layout`) scores lowest after the fixes (0.973); 1002 scored 0.840
# blind
DOCUMENT_FLOOR = 0.96


def test_heldout37_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout37" / "texts", FIXTURES / "heldout37" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
