"""Local parties' short names in parentheses after a name: in small letters as an old template writes every party
("(ö)", "(spi)", "(ka)") and in capitals with a small letter last ("(LPo)") (dev fixtures 774, 775)."""
import pytest

from protokoll.pipeline import parse_text
from shape_support import fixture_people


@pytest.mark.parametrize("stem, name, party", [
    ("774", "Kjell Åström", "ö"), ("774", "Ronny Sjögren", "spi"), ("774", "Marie Falk", "ka"),
    ("774", "Inga Berglund", "ö"), ("775", "Hans Ylvén", "LPo"), ("775", "Petra Kask", "LPo"),
    ("775", "Ove Granath", "LPo"), ("775", "Maria Sundqvist", "SPI"),
])
def test_local_party_in_parentheses(stem, name, party):
    assert fixture_people(stem)[name]["party"] == party


def test_short_words_in_parentheses_are_no_party():
    text = ("Protokoll\nStyrelsen i Exempelföreningen\nDatum: 2025-03-01\n\nNärvarande:\nAnna Ek (tjg)\nPer Berg (adj)\n"
            "Lisa Holm (ej § 3)\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    people = {a["name"]: a for a in parse_text(text).to_json()["attendees"]}
    assert all(people[n]["party"] is None for n in ("Anna Ek", "Per Berg", "Lisa Holm"))
