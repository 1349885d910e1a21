"""The lines under a document's title: the title itself, the meeting's kind with its date, a building over the date
(fictional text; regression tests for dev fixtures 248, 371 and 372)."""
from protokoll.pipeline import parse_text

ITEMS = "\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Val av justerare\nPer Ek valdes.\n"
ROLL = "\nNärvarande\nAnna Berg, ordförande\nPer Ek\n"


def test_the_title_under_the_body_is_no_part_of_its_organisation():
    p = parse_text("Pensionärsrådet i Lövsala\nProtokoll från rådsmöte 2025-09-02\n\nTid: 10.00–12.00\n" + ROLL + ITEMS)
    assert (p.body, p.organisation) == ("Pensionärsrådet", "Lövsala")


def test_the_venue_after_the_meetings_kind_and_date():
    p = parse_text("Nätverket för skolbibliotek\nMinnesanteckningar\n\nMöte 2025-11-12, Kulturhuset i Norrvik\n" + ROLL + ITEMS)
    assert p.location == "Kulturhuset i Norrvik"


def test_a_building_on_its_own_line_right_over_the_date():
    p = parse_text("Bygdeföreningen Almnäs\nÅrsmötesprotokoll\nFolkets hus i Almnäs\n22 mars 2025 kl. 15.00\n" + ROLL + ITEMS)
    assert p.location == "Folkets hus i Almnäs"
    assert str(p.date) == "2025-03-22"
