"""Shapes the thirty-second held-out set (tests/fixtures/heldout32: culture, sport and local business associations —
a golf club, a riding club's årsmöte, a football club with sektioner, a district sports federation, a choir, an
artists' association, a Folkets Hus association, a köpmannaförening) showed the parser missing, each with a dev
fixture of its own in tests/fixtures/genre (846–849). All text made up."""
from protokoll.parse.attendance import dash_as_comma
from protokoll.parse.blocks import lettered_at
from shape_support import NUMBERED_ITEMS, parsed


# --- a roll's role after a dash, capitalised (846) ---------------------------------------------------------------

def test_a_capitalised_role_after_a_dash_is_the_persons_role():
    _, rows = parsed("Skidförbundet Exempel\nProtokoll fört vid styrelsens sammanträde 2025-05-14\n\nNärvarande:\n"
                     "Gunnar Alm – Ordförande\nKerstin Mäki – Vice ordförande\nTiina Vaara\n"
                     "Maria Pekk – Adjungerad sekreterare\n" + NUMBERED_ITEMS)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("Gunnar Alm", "Ordförande", "ordförande"), ("Kerstin Mäki", "Vice ordförande", "vice ordförande"),
        ("Tiina Vaara", None, None), ("Maria Pekk", "Adjungerad sekreterare", "adjungerad sekreterare")]


def test_a_capitalised_name_after_a_dash_stays_no_role():
    assert dash_as_comma("Anna Ek – Per Berg") == "Anna Ek – Per Berg"
    assert dash_as_comma("Anna Ek – Ordförande") == "Anna Ek, Ordförande"


# --- "b) Topic: Name rapporterar …" a sub-item (847) ---------------------------------------------------------------

def test_a_lettered_topic_whose_text_reports_is_a_sub_item():
    h = lettered_at("b) Isbanan: Per rapporterar från mötet med fritidsförvaltningen om spolningen.", "b")
    assert h is not None and h.title == "Isbanan"
    assert lettered_at("b) Per rapporterar från mötet med fritidsförvaltningen.", "b") is None


# --- everyday board tasks (848) ----------------------------------------------------------------------------------

def _tasks(body: str):
    p, _ = parsed("Exempelbygdens bygdegårdsförening\nProtokoll vid styrelsemöte den 8 oktober 2025\n\n"
                  "Närvarande: Maj Lind, Eva Strand, Kjell Nyström\n\n1. Höstfesten\n" + body + "\n\n2. Avslutning\n"
                  "Mötet avslutades.\n")
    return [(d.text, [a.assignee for a in d.actions]) for d in p.items[0].decisions]


def test_laying_the_tables_and_bringing_the_coffee_are_tasks():
    assert _tasks("Festen hålls lördag 15 november. Maj och Eva dukar från kl. 15.00.\nEva står för fikat.") == [
        ("Maj och Eva dukar från kl. 15.00.", ["Maj", "Eva"]), ("Eva står för fikat.", ["Eva"])]


def test_negotiating_is_a_task():
    assert _tasks("Kjell förhandlar med orkestern om arvodet och återkommer senast den 20 oktober.") == [
        ("Kjell förhandlar med orkestern om arvodet och återkommer senast den 20 oktober.", ["Kjell"])]


# --- "Ansvarig: Name (part)" (849) -------------------------------------------------------------------------------

def test_a_responsible_persons_part_in_parentheses_is_no_part_of_the_name():
    p, _ = parsed("Företagarna Exempel\nMinnesanteckningar styrelsemöte 2025-09-09\n\nNärvarande: Jan Widell, Lotta Ring\n\n"
                  "1. Marknaden\nBeslut: Marknaden hålls även 2026.\nAnsvarig: Susanne Kärr (tillstånd), "
                  "Lotta Ring (lokal och inbjudan)\n\n2. Nästa möte\nTisdag 14 oktober kl. 07.30.\n")
    assert [a.assignee for a in p.items[0].decisions[0].actions] == ["Susanne Kärr", "Lotta Ring"]


# --- "Name, Firm" one a line (850) -------------------------------------------------------------------------------

ROLL_OF_FIRMS = ("Turistföreningen Exempel\nProtokoll styrelsemöte 2025-11-12\n\nNärvarande\n"
                 "Lena Hedström, Hedströms Bageri (ordförande)\nNils Axelsson, Axelssons Båtuthyrning\n"
                 "Ingrid Sjödin, Klintsands camping\n" + NUMBERED_ITEMS)


def test_a_firm_named_for_the_person_is_their_affiliation():
    _, rows = parsed(ROLL_OF_FIRMS)
    assert [(r[0], r[1], r[3]) for r in rows] == [("Lena Hedström", "Hedströms Bageri", "ordförande"),
                                                  ("Nils Axelsson", "Axelssons Båtuthyrning", None),
                                                  ("Ingrid Sjödin", "Klintsands camping", None)]


def test_in_a_roll_of_firms_a_firm_that_reads_as_a_name_is_a_firm():
    _, rows = parsed("Köpmannaföreningen Exempel\nMinnesanteckningar styrelsemöte 2025-10-21\n\nNärvarande\n"
                     "Petra Nord, Blomsterboden\nMikael Ahl, Dahlins Järn\nOve Sten, Optikerhuset\n"
                     "Sanna Blom, Västerby kommun\n" + NUMBERED_ITEMS)
    assert [(r[0], r[1]) for r in rows] == [("Petra Nord", "Blomsterboden"), ("Mikael Ahl", "Dahlins Järn"),
                                            ("Ove Sten", "Optikerhuset"), ("Sanna Blom", "Västerby")]


def test_two_people_on_a_line_stay_two_people():
    _, rows = parsed("Exempelföreningen\nProtokoll styrelsemöte 2025-11-12\n\nNärvarande\nAnna Ek, Per Berg\n"
                     "Lisa Holm, Olle Sten\nKarin Ljung, Maj Falk\n" + NUMBERED_ITEMS)
    assert [r[0] for r in rows] == ["Anna Ek", "Per Berg", "Lisa Holm", "Olle Sten", "Karin Ljung", "Maj Falk"]


# --- a matter put off to the next meeting (851) ------------------------------------------------------------------

def test_a_matter_taken_up_at_the_next_meeting_is_a_decision():
    p, _ = parsed("Kammarkören Exempel\nProtokoll från styrelsemöte 2025-03-11\n\nNärvarande: Ulla Brandt, Greta Lind\n\n"
                  "§ 13\nKörresa\nFrågan om en körresa till Tallinn 2026 tas upp på nästa möte.\n\n§ 14\nNoter\n"
                  "Ärendet tas upp på nästa möte när offerten kommit.\n\n§ 15\nAvslutning\nMötet avslutades.\n")
    assert [[d.text for d in i.decisions] for i in p.items[:2]] == [
        ["Frågan om en körresa till Tallinn 2026 tas upp på nästa möte."], []]
