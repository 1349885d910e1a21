"""The fourteenth held-out set (tests/fixtures/heldout14, associations and civil society) scored by the project's
scorer, with a floor a little below its level after the fixes of its shapes (blind it scored 0.888, 0.992 after
h14). The set is no longer blind (its misses were read to find the shapes, fixed through dev fixtures 431–436): the
floor keeps what was won."""
from conftest import FIXTURES
from scoring import score_report

OVERALL_FLOOR = 0.98
DOCUMENT_FLOOR = 0.92  # 430 (an e-mail's minutes: the chair among "Justeras: A, B" missed, "att köpa" read as other) scores 0.973


def test_heldout14_scores_at_least_its_floor(score_script):
    report = score_report(score_script, "--inputs", FIXTURES / "heldout14" / "texts",
                          "--gold", FIXTURES / "heldout14" / "gold")
    assert report["errors"] == []
    assert report["overall"] >= OVERALL_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= DOCUMENT_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])
