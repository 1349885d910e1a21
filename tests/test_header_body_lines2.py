"""Body lines a survey saw missed: a council's name and area in capitals, a council named by its field, a
negotiation under the co-determination act, a co-operation group that is also the safety committee (fictional
text; regression tests for dev fixtures 748–751)."""
import pytest

from protokoll.pipeline import parse_text

ROLL = "\nDatum: 2025-02-12\n\nNärvarande\nAnna Berg, ordförande\nPer Ek\n"
ITEMS = "\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Val av justerare\nPer Ek valdes.\n"


def test_a_councils_name_and_area_in_capitals_over_the_title():
    p = parse_text("SAMVERKANSRÅDET NORDVIDDEN\nProtokoll från möte 2025-02-12\n" + ROLL + ITEMS)
    assert (p.body, p.organisation) == ("SAMVERKANSRÅDET", "NORDVIDDEN")


def test_a_council_named_by_its_field_is_the_body_not_the_organisation():
    p = parse_text("PROTOKOLL\nSamverkansrådet för äldreomsorg\n" + ROLL + ITEMS)
    assert (p.body, p.organisation) == ("Samverkansrådet för äldreomsorg", None)


@pytest.mark.parametrize("title, body", [
    ("Protokoll fört vid förhandling enligt 11 § MBL", "förhandling enligt 11 § MBL"),
    ("Protokoll fört vid MBL-förhandling", "MBL-förhandling"),
    ("PROTOKOLL\nFörvaltningssamverkansgrupp (FSG) tillika skyddskommitté",
     "Förvaltningssamverkansgrupp (FSG) tillika skyddskommitté"),
])
def test_a_negotiation_or_a_co_operation_group_is_the_body(title, body):
    assert parse_text(title + "\n" + ROLL + ITEMS).body == body
