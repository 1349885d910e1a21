"""Sentences in council minutes that report rather than decide (issue 8): the chair's announcements, a
jäv note, a decision dated before the meeting (another body's or an earlier one); the proposal formulas
under "Beslut"; and "Ansvarig: X" on the decision's own line. All text made up."""

from protokoll.vocab import labels
from protokoll.pipeline import parse_text

from agenda import items_between, texts

COUNCIL = """LINDÅSA KOMMUN
Kultur- och fritidsnämnden
SAMMANTRÄDESPROTOKOLL
2025-10-02

Beslutande
Siri Nord (S), ordförande
Kalle Ås (M)
"""

CLUB = """Protokoll från styrelsemöte i Björkhagens tennisklubb
Datum: 2025-03-04
Närvarande: Britt Sjö, Ove Lund, Alva Fors
"""


def test_the_chairs_announcements_are_no_tasks():
    got = items_between(COUNCIL, """
2. Meddelanden
Ordföranden meddelar att nästa sammanträde hålls i biblioteket.
Ordförande informerar att budgetdialogen skjuts upp.
Ordföranden informerar om arbetet med lokalförsörjningen.
""")
    assert got[0].decisions == []


def test_telling_someone_else_is_still_a_task():
    got = items_between(CLUB, """
2. Banorna
Ove Lund meddelar kommunen att banorna är klara.
""")
    assert [a.assignee for d in got[0].decisions for a in d.actions] == ["Ove Lund"]


def test_a_jav_note_is_no_decision():
    got = items_between(COUNCIL, """
2. Bidrag till Lindåsa teaterförening
Kalle Ås (M) anmäler jäv och deltar inte i handläggningen av ärendet.
Beslut
Nämnden beslutar att bevilja bidraget.
""")
    assert texts(got[0]) == ["att bevilja bidraget."]


def test_a_dated_earlier_decision_is_a_report():
    got = items_between(COUNCIL, """
2. Biblioteksplan
Ärendebeskrivning
Kommunfullmäktige antog 2023 en biblioteksplan.

Nämnden beslutade 2024-05-12 § 45 att ge förvaltningen i uppdrag att se över öppettiderna.
Kommunstyrelsen beslutade i mars att utreda lokalerna.

Nämnden beslutar att godkänna biblioteksplanen.
""")
    assert texts(got[0]) == ["att godkänna biblioteksplanen."]


def test_earlier_decision_needs_a_date_after_a_past_verb():
    assert labels.earlier_decision("Kommunfullmäktige beslöt 2021 att införa en taxa.")
    assert labels.earlier_decision("Nämnden beslutade den 4 juni 2024 att se över planen.")
    assert not labels.earlier_decision("Styrelsen beslutade att anta budgeten för 2026.")
    assert not labels.earlier_decision("Nämnden beslutar 2025 års taxa.")


def test_proposal_formulas_under_beslut_start_at_att():
    got = items_between(COUNCIL, """
2. Taxa för lokaler
Beslut
Kultur- och fritidsnämnden föreslår kommunfullmäktige besluta att anta taxan för lokaler.

3. Riktlinjer för stipendier
Beslut
Arbetsutskottet föreslår kommunstyrelsen föreslå kommunfullmäktige besluta att anta riktlinjerna.
""")
    assert [texts(i) for i in got] == [["att anta taxan för lokaler."], ["att anta riktlinjerna."]]


def test_responsible_on_the_decisions_line_gives_its_action():
    got = items_between(CLUB, """
2. Inköp
Styrelsen beslutar att köpa in nya nät. Ansvarig: Ove.
Styrelsen beslutar att laga staketet. Ansvarig: Alva Fors, klart senast 2025-04-15. Mötet tackar Alva.
""")
    first, second = got[0].decisions
    assert (first.kind, [a.assignee for a in first.actions]) == ("assignment", ["Ove"])
    assert [(a.assignee, str(a.due)) for a in second.actions] == [("Alva Fors", "2025-04-15")]
