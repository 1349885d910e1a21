"""Decision and roll shapes of municipal minutes (decfollow): every paragraph after the formula under a "Beslut"
heading is a decision; "X åtar sig att ..." gives X the task; a member who came late ("infinner sig efter ärendet
§ N (dessförinnan ersatt av Y)", "ansluter från § N") stays present with a note, the substitute who held the seat
before too. Fixtures 810–812. All text made up."""
import datetime as dt

from protokoll.parse import decisions as dec
from protokoll.pipeline import parse_text

BOARD = """Ekby kommun
Miljö- och byggnämnden
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2026-05-19

Beslutande
Maria Hed (S), ordförande
Olof Sand (M)

"""

MEETING = dt.date(2026, 5, 19)


def _decisions(body: str):
    items = parse_text(BOARD + body).items
    return [[(d.text, d.kind, [(a.assignee, a.due) for a in d.actions]) for d in i.decisions] for i in items]


# --- 1. every paragraph after the formula under "Beslut" ---------------------------------------------------------
def test_a_paragraph_after_the_formula_under_a_beslut_heading_is_a_decision():
    got = _decisions("""§ 32 Taxa för prövning och tillsyn
Beslut
Nämnden beslutar att föreslå kommunfullmäktige att anta reviderad taxa.

Taxan ska gälla från och med den 1 januari 2027.

Ärendet
Taxan har inte räknats upp sedan 2022.
""")
    assert [t for t, _, _ in got[0]] == ["att föreslå kommunfullmäktige att anta reviderad taxa.",
                                         "Taxan ska gälla från och med den 1 januari 2027."]
    assert got[0][1][2] == []  # what a thing is to be gives no one a task


def test_a_task_paragraph_after_the_formula_stays_an_assignment():
    got = _decisions("""§ 31 Tillsynsplan 2026
Beslut
Nämnden beslutar att anta tillsynsplan 2026.

Förvaltningen får i uppdrag att redovisa uppföljningen senast den 30 juni 2026.
""")
    assert got[0][1] == ("Förvaltningen får i uppdrag att redovisa uppföljningen senast den 30 juni 2026.",
                         "assignment", [("Förvaltningen", dt.date(2026, 6, 30))])


def test_a_line_that_is_no_sentence_after_the_last_decision_is_none():
    got = _decisions("""§ 33 Nästa sammanträde
Beslut
Nämnden beslutar att nästa sammanträde hålls den 16 juni 2026.

Dela sidan
Senast uppdaterad: 2026-05-20
""")
    assert len(got[0]) == 1


def test_a_state_after_ska_is_no_task_of_a_name_like_subject():
    assert dec.analyse("Taxan ska gälla från och med den 1 januari 2027.", MEETING).actions == []
    assert dec.analyse("Lisa ska ta fram en offert.", MEETING).actions[0].assignee == "Lisa"


# --- 2. "X åtar sig att ..." ------------------------------------------------------------------------------------
def test_whoever_undertakes_a_task_is_its_assignee():
    for text, who, due in [
        ("Föreningen åtar sig att preparera elljusspåret under säsongen.", "Föreningen", None),
        ("Kommunen åtar sig att ta fram ett nytt skötselavtal senast den 15 juni 2026.", "Kommunen",
         dt.date(2026, 6, 15)),
        ("Björkå skidklubb åtar sig att anmäla trasiga armaturer.", "Björkå skidklubb", None),
        ("Tekniska nämnden åtog sig att redovisa kostnaderna senast den 30 april 2027.", "Tekniska nämnden",
         dt.date(2027, 4, 30)),
    ]:
        d = dec.analyse(text, MEETING)
        assert d.kind == "assignment", text
        assert [(a.assignee, a.due) for a in d.actions] == [(who, due)], text


def test_the_undertaking_actor_stays_inside_its_clause():
    d = dec.analyse("att notera att kommunen har åtagit sig att bygga om vägen.", MEETING)
    assert [a.assignee for a in d.actions] == ["kommunen"]


# --- 3. a member who came late -----------------------------------------------------------------------------------
ROLL = """Lunnby kommun
Kommunstyrelsen
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2026-03-03

Beslutande
Anders Moll (M), ordförande
{lines}
Britt Sjö (S)

Övriga deltagare
Ingrid Borg, kommundirektör

§ 4 Val av justerare
Beslut
Kommunstyrelsen beslutar att utse Britt Sjö att justera protokollet.
"""


def _roll(lines: str):
    return {a.name: a for a in parse_text(ROLL.format(lines=lines)).attendees}


def test_a_member_who_came_late_and_the_substitute_before_are_both_present():
    got = _roll("Kerstin Ek (S) infinner sig efter ärendet § 12 (dessförinnan ersatt av Pål Lind (S))")
    assert (got["Kerstin Ek"].status, got["Kerstin Ek"].affiliation, got["Kerstin Ek"].party) == ("present", "S", "S")
    assert got["Kerstin Ek"].note == "infinner sig efter ärendet § 12"
    assert (got["Pål Lind"].status, got["Pål Lind"].affiliation) == ("present", "S")
    assert "Kerstin Ek" in got["Pål Lind"].note and "§ 12" in got["Pål Lind"].note


def test_a_member_who_joins_from_a_paragraph_keeps_the_party():
    got = _roll("Nils Hök (M) ansluter från § 5")
    assert (got["Nils Hök"].affiliation, got["Nils Hök"].note) == ("M", "ansluter från § 5")


def test_the_late_member_told_as_a_sentence_with_a_comma():
    got = _roll("Kerstin Ek (S) infinner sig från § 6, dessförinnan ersatt av Pål Lind (S).")
    assert got["Kerstin Ek"].affiliation == "S" and got["Pål Lind"].affiliation == "S"


def test_the_member_who_left_and_was_replaced_is_read_as_before():
    got = _roll("Elsa Tall (KD) lämnar sammanträdet efter § 12 och ersätts av Filip Ahl (KD).")
    assert got["Elsa Tall"].note == "lämnar sammanträdet efter § 12"
    assert got["Filip Ahl"].affiliation == "KD" and got["Filip Ahl"].status == "present"


def test_a_role_then_an_organisation_beside_a_name_gives_the_organisation():
    got = _roll("Mikael Stig, ordförande, Björkå skidklubb")
    assert (got["Mikael Stig"].affiliation, got["Mikael Stig"].role) == ("Björkå skidklubb", "ordförande")


def test_a_note_on_where_the_minutes_are_checked_is_no_decision_under_the_heading():
    got = _decisions("""§ 34 Utbildning
Beslut
Nämnden beslutar att anta utbildningsplanen.

Justering sker den 26 maj 2026 på kansliet.
""")
    assert [t for t, _, _ in got[0]] == ["att anta utbildningsplanen."]
