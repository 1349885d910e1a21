"""The twenty-first held-out set (tests/fixtures/heldout21: a § extract, a municipal company's board, a regional
arbetsutskott's presence table, a regional development board, a samordningsförbund, a kommunstyrelse with contents,
delegation and notification lists, a water federation's web protocol, the municipal auditors, a council's "samtliga
ledamöter med undantag för" roll and a valnämnd) scored by the project's scorer, with a floor a little below its level
after the fixes of its shapes (blind it scored 0.857, 0.990 after h21). The set is no longer blind (its misses were
read to find the shapes, fixed through dev fixtures 590–595): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.97
# 584 ("Ramsvikens kommun" read as Ramsviken where the gold writes Ramsvik; a right column's role heading) scores 0.951
DOCUMENT_FLOOR = 0.93


def test_heldout21_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout21" / "texts", FIXTURES / "heldout21" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
