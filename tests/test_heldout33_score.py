"""The thirty-third held-out set (tests/fixtures/heldout33: state agencies and the Church of Sweden — a
myndighetsstyrelse, a länsstyrelse's insynsråd and viltförvaltningsdelegation, a riksdag committee's web-view
protocol, a state inquiry, a kyrkoråd, a kyrkofullmäktige and a domkapitel) scored by the project's scorer, with a
floor a little below its level after the fixes of its shapes (blind it scored 0.886, 0.980 after h33). The set is no
longer blind (its misses were read to find the shapes, fixed through dev fixtures 862–869): the floor keeps what was
won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.97
# 856 (a viltförvaltningsdelegation: the chair under "Ordförande" no attendee, "Vildsvinsskador:" read as a
# sub-item of Övriga frågor) scores lowest
DOCUMENT_FLOOR = 0.85


def test_heldout33_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout33" / "texts", FIXTURES / "heldout33" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
