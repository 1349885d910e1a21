"""A two-column roll whose column gap a PDF's text gives as one space: each line two people, each with their party,
a role or the paragraphs they took part in after the first ("Leif Grahn (S) ordf Annika Wall (S)")."""
from protokoll.pipeline import parse_text

ROLL = """Kommunstyrelsen i Lindåsa
Protokoll 2026-02-05

Plats och tid   Stadshuset, sal 2, kl 09.00-11.30

Beslutande:     Vera Holm (S) ordf Otto Lind (S)
                Siri Berg (S) § 4-6 Nils Ek (S) ersättare istf Rut Al (S)
                Åke Sand (V) Lisa Mo (V) § 4-5
                Gun Falk (M) Per Ros (M)
Övriga deltagande  Ida Nord (S) ej tjg ers Bo Viks (S) ej tjg ers

§ 4 Budget
Kommunstyrelsen beslutar att fastställa budgeten.
"""


def test_two_people_a_line_are_two_attendees_with_their_own_roles_and_notes():
    p = parse_text(ROLL, "roll.txt")
    got = [(a.name, a.party, a.role, a.note) for a in p.attendees]
    assert got == [
        ("Vera Holm", "S", "ordförande", None), ("Otto Lind", "S", None, None),
        ("Siri Berg", "S", None, "§ 4-6"), ("Nils Ek", "S", "tjänstgörande ersättare", "ersättare istf Rut Al (S)"),
        ("Åke Sand", "V", None, None), ("Lisa Mo", "V", None, "§ 4-5"),
        ("Gun Falk", "M", None, None), ("Per Ros", "M", None, None),
        ("Ida Nord", "S", "ersättare", None), ("Bo Viks", "S", "ersättare", None)]


def test_a_list_joined_by_och_is_not_split_at_the_conjunction():
    p = parse_text(ROLL.replace("Gun Falk (M) Per Ros (M)", "Gun Falk (M) och Per Ros (M)"), "roll.txt")
    assert [(a.name, a.party) for a in p.attendees if a.party == "M"] == [("Gun Falk", "M"), ("Per Ros", "M")]


def test_a_sentence_roll_keeps_its_joining_word_with_the_next_people():
    text = ROLL.replace("Gun Falk (M) Per Ros (M)",
                        "vice ordföranden Gun Falk (M) samt ledamöterna Per Ros (M) och Eva Sjö (L)")
    p = parse_text(text, "roll.txt")
    assert [(a.name, a.party) for a in p.attendees if a.party in ("M", "L")] == [
        ("Gun Falk", "M"), ("Per Ros", "M"), ("Eva Sjö", "L")]
