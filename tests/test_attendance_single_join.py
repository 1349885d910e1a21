"""Two people with parties run together on one line of a roll that otherwise holds one person a line."""
from protokoll.pipeline import parse_text

ROLL = """Kommunstyrelsen
EKBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2025-05-06

Beslutande Anna Lind (S), ordförande
Per Holm (M)
{joined}
Eva Dahl (C)

KS § 20

Delegationsbeslut

Kommunstyrelsens beslut

Redovisningen läggs till handlingarna.
"""


def _people(joined: str) -> dict[str, tuple]:
    return {a.name: (a.party, a.role) for a in parse_text(ROLL.format(joined=joined)).attendees}


def test_a_lone_join_in_a_roll_of_one_person_a_line_is_split():
    people = _people("Marie-Louise Berg (M) Ronny Sjödin (S)")
    assert people["Marie-Louise Berg"][0] == "M" and people["Ronny Sjödin"][0] == "S"
    assert "Marie-Louise Berg (M) Ronny Sjödin" not in people


def test_a_lone_join_keeps_the_first_ones_role():
    people = _people("Marie-Louise Berg (M), vice ordförande Ronny Sjödin (S)")
    assert people["Marie-Louise Berg"] == ("M", "vice ordförande") and people["Ronny Sjödin"][0] == "S"


def test_whom_a_substitute_serves_for_is_no_second_person():
    people = _people("Marie-Louise Berg (M), ersättare för Ronny Sjödin (S)")
    assert "Ronny Sjödin" not in people and people["Marie-Louise Berg"][0] == "M"
