"""An official's line "Name Title NOTE" under "Övriga närvarande"/"Övriga deltagare": the title after the name
without a comma, then the paragraphs attended, with or without "§" (dev fixtures 772, 773)."""
import pytest

from protokoll.vocab.lists import paragraphs_after_title
from shape_support import fixture_people


@pytest.mark.parametrize("stem, name, role, note", [
    ("772", "Anders Lundell", "teknisk chef", "2-5, 7-9"),
    ("772", "Johanna Berg", "ekonom", "4"),
    ("772", "Per Nyman", "ekonomichef", "§§ 3-4"),
    ("773", "Robert Hägg", "administrativ chef", "§§ 12-14"),
    ("773", "Emma Kron", "miljöinspektör", "13, 15"),
    ("773", "Sofia Lindén", "miljöchef", None),
])
def test_title_then_paragraphs_after_the_name(stem, name, role, note):
    person = fixture_people(stem)[name]
    assert (person["role"], person["note"], person["status"]) == (role, note, "present")


def test_numbers_after_a_bare_name_are_no_title_note():
    assert paragraphs_after_title("Anna Ek 4") is None
    assert paragraphs_after_title("Anna Ek, ekonom 4") is None  # (the comma's own reading)
    assert paragraphs_after_title("Per Nyman Ekonomichef från § 3") == ("Per Nyman Ekonomichef", "från § 3")
