"""A title naming the association by its abbreviation in the genitive, after the abbreviation's colon ("Skogsbyns
IF:s ordinarie årsmöte", "Lindmo BK:s årsmöte"): the organisation is the name without ":s"."""
import pytest

from protokoll.pipeline import parse_text

BODY = "\nDatum: 2025-03-04\n\nNärvarande: Anna Ek, Bo Lund\n\n1. Mötets öppnande\nMötet öppnades.\n"


@pytest.mark.parametrize("title, organisation, body", [
    ("Protokoll fört vid Skogsbyns IF:s ordinarie årsmöte", "Skogsbyns IF", "ordinarie årsmöte"),
    ("Protokoll fört vid Lindmo BK:s årsmöte 2025-03-04", "Lindmo BK", "årsmöte"),
    ("Protokoll fört vid Björkhamns Tennisklubbs styrelsemöte", "Björkhamns Tennisklubb", "styrelsemöte"),
])
def test_the_genitive_after_an_abbreviations_colon_is_no_part_of_the_name(title, organisation, body):
    p = parse_text(title + BODY, "title.txt")
    assert (p.organisation, p.body) == (organisation, body)
