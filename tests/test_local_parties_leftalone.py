"""Local parties' short names in parentheses after a name: in small letters as an old template writes every party
("(ö)", "(spi)", "(ka)") and in capitals with a small letter last ("(LPo)") (dev fixtures 774, 775)."""
from pathlib import Path

import pytest

from protokoll.pipeline import parse_text

GENRE = Path(__file__).parent / "fixtures" / "genre" / "texts"


def _people(stem: str) -> dict[str, dict]:
    path = next(GENRE.glob(stem + "_*.txt"))
    record = parse_text(path.read_text(encoding="utf-8"), path=str(path)).to_json()
    return {a["name"]: a for a in record["attendees"]}


@pytest.mark.parametrize("stem, name, party", [
    ("774", "Kjell Åström", "ö"), ("774", "Ronny Sjögren", "spi"), ("774", "Marie Falk", "ka"),
    ("774", "Inga Berglund", "ö"), ("775", "Hans Ylvén", "LPo"), ("775", "Petra Kask", "LPo"),
    ("775", "Ove Granath", "LPo"), ("775", "Maria Sundqvist", "SPI"),
])
def test_local_party_in_parentheses(stem, name, party):
    assert _people(stem)[name]["party"] == party


def test_short_words_in_parentheses_are_no_party():
    text = ("Protokoll\nStyrelsen i Exempelföreningen\nDatum: 2025-03-01\n\nNärvarande:\nAnna Ek (tjg)\nPer Berg (adj)\n"
            "Lisa Holm (ej § 3)\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    people = {a["name"]: a for a in parse_text(text).to_json()["attendees"]}
    assert all(people[n]["party"] is None for n in ("Anna Ek", "Per Berg", "Lisa Holm"))
