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
