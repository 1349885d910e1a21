"""Task and vote shapes of association and student-union minutes (decB survey): deadlines given as a week
number or as the year's end, a counted group as a task's actor ("Alla tre frågar ..."), a tally written
"N röster för, M emot och K blanka". Fixtures 230–232. All text made up."""
import datetime as dt

from protokoll.parse import decisions as dec
from protokoll.pipeline import parse_text

from agenda import items_between, texts

CLUB = """Protokoll från styrelsemöte i Tallhedens tennisklubb
Datum: 2025-02-11
Närvarande: Ulla Berg, Sten Ek, Pia Holm
"""

MEETING = dt.date(2025, 2, 11)


# --- 1. deadlines as a week or as the year's end ----------------------------------------------------------
def test_a_week_after_a_deadline_word_is_the_weeks_friday():
    assert dec.deadline("Sten tar in offerter senast v. 12.", MEETING) == dt.date(2025, 3, 21)
    assert dec.deadline("Pia skickar påminnelser före v 9.", MEETING) == dt.date(2025, 2, 28)
    assert dec.deadline("klart vecka 14 2026", MEETING) == dt.date(2026, 4, 3)


def test_a_week_that_only_says_when_is_no_deadline():
    assert dec.deadline("Sten sätter upp lappar om städdagen vecka 14.", MEETING) is None


def test_the_years_end_after_a_deadline_word_is_31_december():
    assert dec.deadline("Ulla får i uppdrag att ansöka om bidrag till årsskiftet.", MEETING) == dt.date(2025, 12, 31)
    assert dec.deadline("Sten byter lås före årsskiftet.", MEETING) == dt.date(2025, 12, 31)
    assert dec.deadline("Pia tar över ansvaret för hemsidan från årsskiftet.", MEETING) is None


def test_a_week_deadline_reaches_the_action():
    got = items_between(CLUB, """
2. Banorna
Sten tar in offerter på nytt grus senast v. 12.
""")
    [action] = got[0].decisions[0].actions
    assert (action.assignee, action.due) == ("Sten", dt.date(2025, 3, 21))


# --- 2. a counted group as a task's actor --------------------------------------------------------------------
def test_a_counted_group_is_a_tasks_actor():
    got = items_between(CLUB, """
2. Vårstädningen
Alla tre i städgruppen frågar sina grannar om hjälp med containern.
Båda två revisorerna granskar kassaboken före mötet.
""")
    assert [[a.assignee for a in d.actions] for d in got[0].decisions] == [
        ["Alla tre i städgruppen"], ["Båda två revisorerna"]]


def test_a_bare_alla_is_no_actor():
    assert not dec.task_sentence("Alla ska ta med egna redskap.")
    assert dec.task_sentence("Alla 4 frågar runt bland medlemmarna.")


# --- 3. a tally "N röster för, M emot och K blanka" ------------------------------------------------------------
def test_votes_for_and_against_with_a_comma_are_a_tally():
    vote = dec.counted_vote("Votering begärdes. 27 röster för, 9 emot och 3 blanka.")
    assert (vote.yes, vote.no, vote.abstain) == (27, 9, 3)


def test_the_tally_goes_on_the_decision_after_it():
    got = items_between(CLUB, """
2. Proposition om sittningsbudget
Styrelsen föreslår att sittningsbudgeten höjs.
Votering begärdes. 27 röster för, 9 emot och 3 blanka.
Mötet beslutar att anta propositionen.
""")
    assert texts(got[0]) == ["att anta propositionen."]
    [vote] = got[0].decisions[0].votes
    assert (vote.yes, vote.no, vote.abstain) == (27, 9, 3)
