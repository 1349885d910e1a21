"""The twentieth held-out set (tests/fixtures/heldout20: annual and extra general meetings, pensioners' and union
branches, municipal councils' notes — election lists with terms, röstlängd, ansvarsfrihet, motions with the board's
yttrande, votes by acclamation, hand and closed ballot, rolls with organisations' codes) scored by the project's
scorer, with a floor a little below its level after the fixes of its shapes (blind it scored 0.846, 0.985 after h20).
The set is no longer blind (its misses were read to find the shapes, fixed through dev fixtures 572–578): the floor
keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.97
# 565 (a chair named only in a sentence, "Mötets ordförande X följer upp …") scores 0.972
DOCUMENT_FLOOR = 0.95


def test_heldout20_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout20" / "texts", FIXTURES / "heldout20" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
