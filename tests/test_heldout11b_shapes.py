"""Shapes left after the first round on the eleventh held-out set (tests/fixtures/heldout11), each with a dev
fixture of its own in tests/fixtures/genre (356–357). All text made up."""
from protokoll.parse import decisions
from protokoll.pipeline import parse_text

from agenda import texts

BOARD = """Protokoll fört vid styrelsemöte i Exempelbygdens Fiskevårdsförening 2025-01-21

Närvarande: Eva Ek, Per Berg, Lisa Holm

1. Ordföranden öppnade mötet.
2. Dagordningen godkändes.
"""


# --- a board's proposal to the annual meeting, a board's ongoing work (fixture 356) ---------------------------
def test_a_boards_proposal_to_the_annual_meeting_is_no_decision():
    got = parse_text(BOARD + "3. Kassören redovisade ekonomin. Styrelsen lägger ett förslag till årsmötet om att höja\n"
                             "avgiften till 150 kr.\n")
    assert texts(got.items[2]) == []


def test_a_proposal_for_the_boards_own_next_meeting_stays_a_task():
    assert decisions.task_sentence("Per lägger fram ett förslag till nästa möte.")
    assert not decisions.task_sentence("Styrelsen lägger fram förslag om nya stadgar till stämman.")


def test_the_boards_ongoing_work_gives_no_task_and_the_task_after_it_is_the_decision():
    got = parse_text(BOARD + "3. Utsättning av öring. Styrelsen fortsätter arbetet med ansökan. Länsstyrelsen har\n"
                             "begärt kompletteringar. Eva och Per skriver kompletteringen senast den 10 februari.\n")
    item = got.items[2]
    assert texts(item) == ["Eva och Per skriver kompletteringen senast den 10 februari."]
    assert [a.assignee for a in item.decisions[0].actions] == ["Eva", "Per"]
    assert decisions.task_sentence("Anna fortsätter arbetet med översynen.")  # a person's ongoing work is a task


# --- a count sentence after a numbered title; a remuneration without a decision verb (fixture 357) ------------
ANNUAL = """Protokoll fört vid Exempelbygdens Bygdegårdsförenings årsmöte

Datum    2025-04-12

 • 1. Ordföranden öppnade mötet.

 • 2. Kallelsen godkändes.

"""


def test_a_count_after_a_numbered_title_opens_a_sentence_of_its_own():
    got = parse_text(ANNUAL + " • 3. Fastställande av röstlängd. 18 röstberättigade\n   medlemmar var närvarande.\n\n"
                              " • 4. Mötet avslutades.\n")
    assert [i.number for i in got.items] == [1, 2, 3, 4]
    assert got.items[2].title == "Fastställande av röstlängd."


def test_an_abbreviation_before_a_number_ends_no_sentence():
    got = parse_text(ANNUAL + " • 3. Revisionsberättelsen, se bil. 2 i kallelsen, lästes upp.\n\n"
                              " • 4. Mötet avslutades.\n")
    assert got.items[2].title.startswith("Revisionsberättelsen, se bil. 2 i kallelsen")


def test_a_remuneration_that_shall_be_paid_is_a_decision():
    got = parse_text(ANNUAL + " • 3. Arvode till kassören skall utgå med 2 000 kr för året.\n\n"
                              " • 4. Ingen ersättning till styrelsen ska utgå.\n\n • 5. Mötet avslutades.\n")
    assert texts(got.items[2]) == ["Arvode till kassören skall utgå med 2 000 kr för året."]
    assert texts(got.items[3]) == ["Ingen ersättning till styrelsen ska utgå."]


# --- a role with the body it is held in, a school's years after it (fixture 358) ------------------------------
def test_a_role_with_the_body_it_is_held_in_is_a_role_and_a_school_year_no_note():
    got = parse_text("""Föräldraföreningen vid Exempelskolan
Protokoll 2025-05-14

Närvarande:
Eva Ek, ordförande
Elin Forsberg, ordförande elevrådet år 4-6 (lämnar efter §3)
Noah Åström, sekreterare föräldrarådet

§1. Eva Ek öppnade mötet.
§2. Noah Åström valdes till justerare.
""")
    people = {a.name: a for a in got.attendees}
    assert people["Elin Forsberg"].role == "ordförande elevrådet år 4-6"
    assert people["Elin Forsberg"].note == "lämnar efter §3"
    assert people["Noah Åström"].role == "sekreterare föräldrarådet"
