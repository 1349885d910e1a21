"""Shapes that pdftotext -layout gives of word-processor minutes: a bullet set against a wide list number, and
colon headings with no blank line around them (the paragraph spacing of the PDF is lost)."""
from protokoll.parse.blocks import heading_at
from protokoll.pipeline import parse_text


def test_a_bullet_against_its_number_still_heads_an_item():
    h = heading_at("•4. Mötet fann att kallelsen skett i behörig ordning.")
    assert h is not None and h.number == 4


def test_a_dash_against_a_number_is_no_bullet():
    assert heading_at("-4 grader ute vid mötets början.") is None


NUMBERED = """Protokoll fört vid Ekbackens Hembygdsförenings årsmöte
  Datum                                   2025-03-13
  •     1. Ordföranden öppnade mötet.
  •     2. Till justerare valdes Signe Holm.
  •3. Dagordningen godkändes.
  •4. Verksamhetsberättelsen lades till handlingarna.
  •     5. Styrelsen beviljades ansvarsfrihet.
  •     6. Ordföranden avslutade mötet.
"""


def test_items_numbered_past_two_glued_bullets_are_all_read():
    p = parse_text(NUMBERED)
    assert [i.number for i in p.items] == [1, 2, 3, 4, 5, 6]


NOTES = """Storvikens Fiskelag
Anteckningar från styrelsemöte 2025-05-14
Närvarande:
Rune
Kerstin
Anders
Dessa frågor togs upp:
? Kassan är god.
? Avgiften för båtplats 2026 beslutades till 400 kronor.
Utsättning av fisk:
Vi beslutade att 300 öringar sätts ut i juni.
Städdag i hamnen:
Städdagen hålls lördag 24 maj kl 9.00. Kerstin sätter upp lappar
på anslagstavlan.
"""


def test_colon_headings_without_blank_lines_head_their_paragraphs():
    p = parse_text(NOTES)
    titles = [i.title.rstrip(":") for i in p.items]
    assert titles[-2:] == ["Utsättning av fisk", "Städdag i hamnen"]
    assert [a.assignee for a in p.items[-1].decisions[0].actions] == ["Kerstin"]


# A roll kept as a two-column table without column titles, as default-mode pdftotext gives it: a cell a paragraph,
# the name first, then the role (or what the member answers for).
SAILING_ITEMS = """1. Mötets öppnande
Ordföranden öppnade mötet.
2. Sjösättning
att sjösätta båtarna 17 maj.
3. Mötets avslutande
Ordföranden avslutade mötet.
"""


ROLL_CELLS = """Kalvholmens Segelsällskap
Protokoll fört vid styrelsemöte 2025-05-06
Närvarande:
Gunilla Ekstrand

Ordförande

Mattias Holm

Sekreterare

Olof Brandt

Ledamot, bryggor

""" + SAILING_ITEMS


def test_names_with_their_roles_a_cell_a_paragraph_are_one_roll():
    p = parse_text(ROLL_CELLS)
    assert [(a.name, a.role) for a in p.attendees] == [
        ("Gunilla Ekstrand", "ordförande"), ("Mattias Holm", "sekreterare"), ("Olof Brandt", "ledamot")]
    assert (p.chair, p.secretary) == ("Gunilla Ekstrand", "Mattias Holm")


SMALL_ROLL = """Kalvholmens Segelsällskap
Protokoll fört vid styrelsemöte 2025-05-06
Närvarande:
Gunilla Ekstrand     Ordförande
Mattias Holm         Sekreterare
Olof Brandt          Ledamot, bryggor

""" + SAILING_ITEMS


def test_a_role_with_what_the_member_answers_for_stays_beside_the_name():
    p = parse_text(SMALL_ROLL)
    assert [(a.name, a.role) for a in p.attendees][-1] == ("Olof Brandt", "ledamot")
    assert len(p.attendees) == 3
