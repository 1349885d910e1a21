"""Task, boundary and kind shapes of board and municipal minutes (dec2): two first names as a task's actor,
a task after a comma, "X lovade att ...", a capitalised "Att IH ansvarar ..." line, an order to an outside
party; an att-clause wrapped before its inner "att", a formula that ends a line mid-paragraph, "Beslut om
att ..."; "tar del av" (noted), "positivt förhandsbesked" (approval). Fixtures 253–254. All text made up."""
import datetime as dt

from protokoll.parse import decisions as dec

from agenda import items_between, texts

BOARD = """Protokoll från styrelsemöte i Brf Videgläntan 3
Datum: 2026-03-10
Närvarande: Petra Lind, Hadi Karimi, Uffe Sandberg, Ingrid Holm
"""

MEETING = dt.date(2026, 3, 10)


def _actions(item):
    return [[(a.assignee, a.due) for a in d.actions] for d in item.decisions]


# --- 1. tasks in running text ---------------------------------------------------------------------------
def test_two_first_names_meeting_someone_is_a_task():
    got = items_between(BOARD, """
2. Tvättstugan
Petra och Hadi träffar hyresgästföreningen om tvättstugan.
""")
    assert _actions(got[0]) == [[("Petra", None), ("Hadi", None)]]


def test_a_task_after_a_comma_gives_the_attendee_the_task_and_keeps_the_sentence():
    got = items_between(BOARD, """
2. Lokalen
Stolarna i lokalen är slitna, Uffe kollar pris på nya stolar.
""")
    assert texts(got[0]) == ["Stolarna i lokalen är slitna, Uffe kollar pris på nya stolar."]
    assert _actions(got[0]) == [[("Uffe", None)]]


def test_a_comma_before_a_non_attendee_gives_no_task():
    assert dec.comma_task("Stolarna är slitna, Bosse kollar pris.", frozenset({"Uffe"})) is None


def test_a_promise_is_a_task_with_its_deadline():
    got = items_between(BOARD, """
2. Nycklar
Uffe lovade att ta fram en ny nyckellista senast den 1 april.
""")
    assert _actions(got[0]) == [[("Uffe", dt.date(2026, 4, 1))]]


def test_a_capitalised_att_line_gives_initials_a_task():
    d = dec.analyse("Att IH ansvarar för att jämföra offerterna senast 15 april.", MEETING, frozenset({"IH"}))
    assert d.kind == "assignment"
    assert [(a.assignee, a.due) for a in d.actions] == [("IH", dt.date(2026, 4, 15))]


def test_an_order_to_an_outside_party_gives_it_a_task():
    d = dec.analyse("att förelägga fastighetsägaren att senast den 31 maj 2026 ta bort staketet.", MEETING)
    assert d.kind == "assignment"
    assert [(a.assignee, a.due) for a in d.actions] == [("fastighetsägaren", dt.date(2026, 5, 31))]


# --- 2. boundaries ----------------------------------------------------------------------------------------
def test_an_att_line_after_a_noun_of_content_continues_the_decision():
    got = items_between(BOARD, """
2. Dagordning
Mötet beslutade att godkänna dagordningen med ändringen
att ärende 7 utgår.
""")
    assert texts(got[0]) == ["att godkänna dagordningen med ändringen att ärende 7 utgår."]


def test_a_formula_at_a_line_end_takes_the_att_line_after_it():
    got = items_between(BOARD, """
2. Förhandsbesked
Förvaltningen bedömer att åtgärden kan
tillåtas. Mötet beslutade
att lämna positivt förhandsbesked för ett enbostadshus.
""")
    assert texts(got[0]) == ["att lämna positivt förhandsbesked för ett enbostadshus."]


def test_a_formula_alone_on_its_line_still_opens_an_att_list():
    got = items_between(BOARD, """
2. Budget
Mötet beslutade
att anta budgeten
att fastställa avgiften
""")
    assert texts(got[0]) == ["att anta budgeten", "att fastställa avgiften"]


def test_beslut_om_att_is_a_decision():
    got = items_between(BOARD, """
2. Staketet
Beslut om att förelägga fastighetsägaren att ta bort staketet.
""")
    assert texts(got[0]) == ["att förelägga fastighetsägaren att ta bort staketet."]


# --- 3. kinds ---------------------------------------------------------------------------------------------
def test_taking_part_of_information_is_noted():
    got = items_between(BOARD, """
2. Information
Styrelsen tar del av informationen.

3. Delegationsbeslut
Styrelsen har tagit del av redovisningen av delegationsbeslut.
""")
    assert [d.kind for it in got for d in it.decisions] == ["noted", "noted"]


def test_a_positive_preliminary_decision_is_approval():
    assert dec.analyse("att lämna positivt förhandsbesked för ett enbostadshus.", MEETING).kind == "approval"
