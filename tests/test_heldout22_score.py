"""The twenty-second held-out set (tests/fixtures/heldout22: the same minutes as other tools and exports hand them
over — Teams notes, Word plain text, a web portal, Markdown exports, a pipe table, a quoted e-mail, pdftotext, a board
portal, OneNote) scored by the project's scorer, with a floor a little below its level after the fixes of its shapes
(blind it scored 0.700, 0.889 after h22, 0.964 after h22b). The set is no longer blind (its misses were read to find the shapes, fixed
through dev fixtures 610–617): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import assert_floors

OVERALL_FLOOR = 0.95
# 603 (a Notion export: "Name, Länsbiblioteket ..." read as two people, its title not split) scores 0.756
DOCUMENT_FLOOR = 0.74


def test_heldout22_scores_at_least_its_floor(score_script):
    assert_floors(score_script, FIXTURES / "heldout22" / "texts", FIXTURES / "heldout22" / "gold",
                  OVERALL_FLOOR, DOCUMENT_FLOOR)
