"""The twenty-third held-out set (tests/fixtures/heldout23: company general meetings with a röstlängd of shares and
votes, a förbundsstämma and a congress with motions, a kyrkofullmäktige, a party branch's and a district sports
federation's årsmöte, a kårfullmäktige) scored by the project's scorer, with a floor a little below its level after
the fixes of its shapes (blind it scored 0.869, 0.956 after h23). The set is no longer blind (its misses were read to find the shapes,
fixed through dev fixtures 640–645): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.94
# 637 (a layout stämma: "Beslut om" over a)–c) lines, its board members in a sentence) scores lowest
DOCUMENT_FLOOR = 0.90


def test_heldout23_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout23" / "texts", FIXTURES / "heldout23" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
