"""A web view's roll flattened one cell a line whose absent people have an EMPTY presence cell (no "-"): absent
where the column is a presence column that writes "Närvarande" for the others; never made present (dev 779)."""
from pathlib import Path

from protokoll.pipeline import parse_text

GENRE = Path(__file__).parent / "fixtures" / "genre" / "texts"


def _status(text: str) -> dict[str, str]:
    return {a["name"]: a["status"] for a in parse_text(text).to_json()["attendees"]}


def test_empty_presence_cell_under_narvaro_is_absent():
    path = next(GENRE.glob("779_*.txt"))
    status = _status(path.read_text(encoding="utf-8"))
    assert status["Nora Ekstam"] == "absent" and status["Malin Frost"] == "absent"
    assert status["Stina Åkerlund"] == "present" and status["Anton Hägg"] == "present"


def test_a_roll_without_presence_column_keeps_its_heading_status():
    text = ("Protokoll\nFritidsnämnden\nSammanträdesdatum: 2025-04-15\n\nNamn\nFunktion\nParti\n"
            "Stina Åkerlund\nOrdförande\nS\nLeif Borg\nLedamot\nM\nNora Ekstam\nLedamot\nC\n\n"
            "§ 1\nVal av justerare\nFritidsnämnden beslutar att utse Leif Borg att justera protokollet.\n")
    assert set(_status(text).values()) <= {"present"}
