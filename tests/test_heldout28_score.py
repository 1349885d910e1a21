"""The twenty-eighth held-out set (tests/fixtures/heldout28: smaller municipalities' committee protocols — a
kulturnämnd, a tekniska nämnd, a fritidsnämnd, a bygg- och miljönämnd, a kommunfullmäktige, an omvårdnadsnämnd's
web view, a barn- och utbildningsnämnd, a kommunstyrelsens arbetsutskott) scored by the project's scorer, with a
floor a little below its level after the fixes of its shapes (blind it scored 0.760, 0.970 after h28). The set is no
longer blind (its misses were read to find the shapes, fixed through dev fixtures 728–735): the floor keeps what was
won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.95
# 725 (a case database's web view whose roll table is flattened one cell a line, parties and roles lost) scores lowest
DOCUMENT_FLOOR = 0.82


def test_heldout28_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout28" / "texts", FIXTURES / "heldout28" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
