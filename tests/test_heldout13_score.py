"""The thirteenth held-out set (tests/fixtures/heldout13) scored by the project's scorer, with a floor a little below
its level after the fixes of its shapes (blind it scored 0.775, 0.975 after h13). The set is no longer blind (its misses were read to
find the shapes, fixed through dev fixtures 401–409): the floor keeps what was won."""
from conftest import FIXTURES
from scoring import score_report

OVERALL_FLOOR = 0.965
DOCUMENT_FLOOR = 0.87  # 399 (a two-column roll's right heading, a remittal's deadline) scores 0.875


def test_heldout13_scores_at_least_its_floor(score_script):
    report = score_report(score_script, "--inputs", FIXTURES / "heldout13" / "texts",
                          "--gold", FIXTURES / "heldout13" / "gold")
    assert report["errors"] == []
    assert report["overall"] >= OVERALL_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= DOCUMENT_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])
