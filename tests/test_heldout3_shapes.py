"""Shapes of real minutes that the held-out set 3 showed the parser did not read, each tested on made-up text
(fixtures 235–239 of tests/fixtures/genre show them whole): an action table whose Åtgärd cell holds a report and
then a task line, the board's own proposal to the annual meeting, a title naming the meeting, the club, the date
and the place. One rule a test."""
import datetime as dt

from protokoll.pipeline import parse_text

TABLE_HEAD = """                              PROTOKOLL STYRELSEMÖTE
        Styrelsemöte Lindås Ridklubb den 4 februari 2025 i klubbhuset, Lindås

Närvarande                          Förhindrade
Maria Berg, ordförande              Olle Ström
Karl Ek, kassör
Tove Lind, sekreterare

Punkt   Diskussionspunkt          Åtgärd                                 Ansvarig       Klart
"""


def _table(rows: str):
    return parse_text(TABLE_HEAD + rows)


def test_action_cell_report_then_task_line_with_responsible_beside_it():
    got = _table(
        "12      Stallet                   Två boxar behöver nya dörrar. Det\n"
        "                                  brådskar inte.\n"
        "                                  Beställa dörrar från snickaren         Karl           20/2\n"
        "13      Ekonomi                   Kassören redovisade januari.\n"
        "                                  Skicka bokslutet till                  Tove\n"
        "                                  revisorerna                                           1/3\n")
    stall, ekonomi = got.items
    assert [d.text for d in stall.decisions] == ["Beställa dörrar från snickaren"]
    assert stall.decisions[0].kind == "assignment"
    assert [(a.assignee, a.due) for a in stall.decisions[0].actions] == [("Karl", dt.date(2025, 2, 20))]
    # the date on the task's second line is its deadline
    assert [d.text for d in ekonomi.decisions] == ["Skicka bokslutet till revisorerna"]
    assert [(a.assignee, a.due) for a in ekonomi.decisions[0].actions] == [("Tove", dt.date(2025, 3, 1))]


def test_action_cell_decision_then_task_line_are_two_decisions():
    got = _table(
        "14      Hagen                     Styrelsen beslutar att köpa\n"
        "                                  nytt stängsel för 12 000 kr.\n"
        "                                  Boka montering av stängslet            Maria          15/3\n")
    hagen, = got.items
    found = {d.text: [(a.assignee, a.due) for a in d.actions] for d in hagen.decisions}
    assert found == {"att köpa nytt stängsel för 12 000 kr.": [],
                     "Boka montering av stängslet": [("Maria", dt.date(2025, 3, 15))]}


def test_action_cell_task_on_its_first_line_is_one_decision_as_before():
    got = _table(
        "15      Hagen                     boka montering av                      Maria          15/3\n"
        "                                  stängslet. Ring firman.\n")
    hagen, = got.items
    assert [d.text for d in hagen.decisions] == ["boka montering av stängslet. Ring firman."]


def test_board_proposes_to_the_annual_meeting_is_its_decision():
    got = _table(
        "16      Avgifter                  Styrelsen föreslår årsmötet\n"
        "                                  oförändrade avgifter.\n")
    assert [d.text for d in got.items[0].decisions] == ["Styrelsen föreslår årsmötet oförändrade avgifter."]


def test_board_proposal_reported_in_the_annual_meetings_minutes_is_no_decision():
    got = parse_text("""Protokoll fört vid årsmöte i Lindås Ridklubb 2025-03-02

Närvarande: Maria Berg, Karl Ek, Tove Lind

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Avgifter
Styrelsen föreslår årsmötet oförändrade avgifter.

3. Mötets avslutande
Ordföranden avslutade mötet.
""")
    assert got.items[1].decisions == []


def test_title_meeting_club_date_and_place_under_a_bare_protocol_line():
    got = _table("11      Mötets öppnande           Maria Berg öppnade mötet.\n")
    assert (got.organisation, got.body, got.location) == ("Lindås Ridklubb", "Styrelsemöte", "klubbhuset, Lindås")
