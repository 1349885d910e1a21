"""Roll shapes (dev 816–821): a layout table's wrapped "Ej tjänstgörande" / "ersättare" label beside a
municipality column, "Från X" groups of the roll, and flattened web rolls whose only mark column is
"Frånvarande" or "Förhinder"."""
from pathlib import Path

from protokoll.pipeline import parse_text

GENRE = Path(__file__).parent / "fixtures" / "genre" / "texts"


def _people(number: int) -> dict[str, dict]:
    path = next(GENRE.glob(f"{number}_*.txt"))
    return {a["name"]: a for a in parse_text(path.read_text(encoding="utf-8")).to_json()["attendees"]}


def test_municipality_cell_after_a_name_with_its_party_is_no_person():
    people = _people(816)
    assert "Mora" not in people and "Rättvik" not in people
    assert people["Gustav Ek"]["affiliation"] == "Rättvik" and people["Gustav Ek"]["party"] == "KD"
    people = _people(817)  # the party in a column of its own
    assert "Smedjebacken" not in people and "Ludvika" not in people
    assert people["Niklas Rask"]["affiliation"] == "Smedjebacken" and people["Niklas Rask"]["party"] == "SD"


def test_label_wrapped_beside_a_narrow_gap_keeps_its_first_person():
    linnea = _people(816)["Linnea Ståhl"]  # "Ej tjänstgörande  Linnea Ståhl (V)" / "ersättare   Gustav Ek (KD)"
    assert linnea["affiliation"] == "Mora" and linnea["role"] == "ersättare"


def test_from_group_without_colon_and_its_affiliation():
    people = _people(818)
    assert people["Stina Wallin"]["status"] == "present"
    assert people["Stina Wallin"]["affiliation"] == "förbundskansliet"
    assert people["Jonas Ek"]["affiliation"] == "kommunerna"
    assert _people(819)["Mats Ahl"]["affiliation"] == "förvaltningen"


def test_from_group_leaves_written_roles_and_prose_alone():
    text = ("Minnesanteckningar\nDatum: 2025-10-14\n\nNärvarande: Petra Holm (Ljusdal)\n"
            "Från förbundet: Stina Wallin, förbundsdirektör\n\n1. Mötets öppnande\nPetra Holm öppnade mötet.\n")
    people = {a["name"]: a for a in parse_text(text).to_json()["attendees"]}
    assert people["Stina Wallin"]["affiliation"] == "förbundsdirektör"
    from protokoll.parse.attendance import heading_of
    assert heading_of("Från förvaltningen") is not None
    assert heading_of("Från Kalle Ek") is None and heading_of("Från kommunen kom tre personer") is None


def test_flat_roll_with_only_an_absent_column():
    people = _people(820)
    status = {name: a["status"] for name, a in people.items()}
    assert status == {"Helga Strömberg": "present", "Ivar Lundqvist": "present", "Ronja Hellström": "absent",
                      "Emil Sandin": "present", "Tilda Markström": "absent"}
    assert people["Tilda Markström"]["role"] == "ersättare"


def test_flat_roll_with_only_an_excused_column():
    status = {name: a["status"] for name, a in _people(821).items()}
    assert status == {"Lars Wennberg": "present", "Anna-Karin Dahl": "excused", "Peter Öhlund": "present",
                      "Moa Granberg": "present"}
