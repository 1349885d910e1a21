"""The twenty-second held-out set (tests/fixtures/heldout22: the same minutes as other tools and exports hand them
over — Teams notes, Word plain text, a web portal, Markdown exports, a pipe table, a quoted e-mail, pdftotext, a board
portal, OneNote) scored by the project's scorer, with a floor a little below its level after the fixes of its shapes
(blind it scored 0.700, 0.889 after h22). The set is no longer blind (its misses were read to find the shapes, fixed
through dev fixtures 610–613): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import score_report

OVERALL_FLOOR = 0.87
# 609 (OneNote tasks "☐ Task (Name) – <ISO>" and an Outlook roll "Name <address>; …" still unread) scores 0.605
DOCUMENT_FLOOR = 0.58


def test_heldout22_scores_at_least_its_floor(score_script):
    report = score_report(score_script, "--inputs", FIXTURES / "heldout22" / "texts",
                          "--gold", FIXTURES / "heldout22" / "gold")
    assert report["errors"] == []
    assert report["overall"] >= OVERALL_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= DOCUMENT_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])
