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


SIGNED_GRID = """Kulturnämnden
SAMMANTRÄDESPROTOKOLL
Datum: 2025-04-08 kl 13:00-15:00
Beslutande
Tove Ring (S), Ordförande
Ali Berg (M)
Underskrifter
Tove Ring                        Stina Lax                      Ali Berg
Ordförande                       Sekreterare                    Justerare

§ 21 Anmälningsärenden
Anmälningsärendena läggs till handlingarna.
§ 22 Bidrag till studieförbund
Kulturnämnden beslutar att fördela bidragen enligt förslaget.
Stina Lax (S) antecknar till protokollet att fördelningen bör ses över.
"""


def test_a_signature_grid_of_names_over_their_offices_under_its_label():
    p = parse_text(SIGNED_GRID)
    assert (p.chair, p.secretary, p.adjusters) == ("Tove Ring", "Stina Lax", ["Ali Berg"])
    assert [a.name for a in p.attendees] == ["Tove Ring", "Ali Berg"]  # the grid's names are no attendees


def test_a_members_note_entered_in_the_minutes_is_no_decision():
    item = parse_text(SIGNED_GRID).items[1]
    assert [d.text for d in item.decisions] == ["att fördela bidragen enligt förslaget."]


def test_a_number_ending_the_organisations_name_after_the_meeting_word():
    """A housing co-operative's name often ends in a number ("Brf Tallkotten 3"): the title line "Protokoll
    styrelsemöte Brf Tallkotten 3" gave no organisation and no body, as the capitals form already did."""
    p = parse_text("Protokoll styrelsemöte Brf Lönnkotten 3, 2025-03-04\n" + ROLL + ITEMS)
    assert (p.body, p.organisation, str(p.date)) == ("styrelsemöte", "Brf Lönnkotten 3", "2025-03-04")
    p = parse_text("Protokoll styrelsemöte 3\nFöreningen Lönnkotten\n2025-03-04\n" + ROLL + ITEMS)
    assert p.number == 3  # a number right after the meeting's word numbers the meeting
