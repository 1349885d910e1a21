"""Several sentences on one line or in one paragraph, each judged on its own (dev fixtures 714–719): a report
sentence, a decision sentence and task sentences after each other; every task sentence gives its own action with
its own assignee and due date, a report sentence is no task, and an abbreviation ("bl.a.", "t.ex.") ends no
sentence. All text made up."""
import datetime as dt

import pytest

from protokoll.parse import decisions as dec
from protokoll.parse.minutes import reported_task
from protokoll.pipeline import parse_text
from protokoll.vocab import labels

BOARD = """Hembygdsföreningen Lövnäs
Protokoll fört vid styrelsemöte
Datum: 2025-02-12, kl. 18.30–20.45

Närvarande: Rolf Ekdahl (ordförande), Jonas Lindqvist, Maria Stenlund (sekreterare), Olof Sandberg, Gunilla Brink,
Tobias Ek
"""


def _actions(text: str) -> dict[int, list[tuple]]:
    return {it.number: [(a.assignee, a.due and a.due.isoformat(), a.task) for d in it.decisions for a in d.actions]
            for it in parse_text(text).items}


# --- the one sentence splitter -------------------------------------------------------------------
@pytest.mark.parametrize("text, count", [
    ("Maria bokar bl.a. Lövnäs spelmanslag och dansbanan senast den 1 maj. Berit tar fram affischer, t.ex. A3 i färg.", 2),
    ("Peter bokar lokal, t.ex. Folkets hus i Bredsjö, senast den 30 april. Nadia tar fram ett programförslag.", 2),
    ("Träningen ligger nu på måndagar kl. 18. Sara bokar istider senast den 15 mars. Kjell informerar lagledarna.", 3),
    ("Camilla kontaktar kommunen före den 1 maj. Lotta tar upp frågan.", 2),
])
def test_an_abbreviation_ends_no_sentence(text, count):
    assert len(dec.sentences(text)) == count


def test_a_task_runs_past_an_abbreviation_not_into_the_next_sentence():
    got = dec.analyse("att hålla en konferens i höst. Peter bokar lokal, t.ex. Folkets hus i Bredsjö, senast den 30 "
                      "april. Nadia tar fram ett programförslag.", dt.date(2025, 4, 8), frozenset({"Peter", "Nadia"}))
    peter, nadia = got.actions
    assert (peter.assignee, peter.due, nadia.assignee, nadia.due) == ("Peter", dt.date(2025, 4, 30), "Nadia", None)
    assert "Folkets hus i Bredsjö" in peter.task and "Nadia" not in peter.task


# --- each task sentence its own actor ----------------------------------------------------------------
def test_a_compound_office_is_one_actor_of_a_later_sentence():
    got = dec.analyse("att avsätta 80 000 kr till Kulturnatten. Kultur- och fritidschefen tecknar avtal med t.ex. "
                      "Björkvikens teaterförening. Förvaltningen redovisar utfallet till nämndens sammanträde den 9 "
                      "december.", dt.date(2025, 3, 18), frozenset({"Helena"}))
    assert [(a.assignee.lower(), a.due) for a in got.actions] == [("kultur- och fritidschefen", None),
                                                                   ("förvaltningen", dt.date(2025, 12, 9))]


def test_a_given_name_in_the_first_sentence_acts_where_no_roll_names_anyone():
    got = dec.analyse("Sara bokar istider hos kommunen senast den 15 mars. Kjell informerar lagledarna.",
                      dt.date(2025, 3, 2), frozenset())
    assert [(a.assignee, a.due) for a in got.actions] == [("Sara", dt.date(2025, 3, 15)), ("Kjell", None)]


@pytest.mark.parametrize("sentence, task", [
    ("Marianne påminner om städdagen den 12 april.", False),  # reminds the meeting: a report
    ("Marianne påminner medlemmarna om städdagen den 12 april.", True),
])
def test_a_reminder_to_the_meeting_is_no_task(sentence, task):
    assert dec.task_sentence(sentence, frozenset(), strict=True) is task


def test_each_sentence_is_read_on_its_own_where_no_attendee_acts():
    # (names not in the roll: the decision's whole text is read, a sentence at a time)
    got = dec.analyse("Lotta tar upp frågan på rektorsmötet. Camilla kontaktar kommunen före den 1 maj.",
                      dt.date(2025, 3, 12), frozenset({"Rolf", "Jonas"}))
    assert [(a.assignee, a.due) for a in got.actions] == [("Lotta", None), ("Camilla", dt.date(2025, 5, 1))]
    assert "Camilla" not in got.actions[0].task


def test_the_next_meeting_is_the_deadline_of_its_own_sentence_only():
    got = _actions(BOARD + """
1. Garageplatser
Kön till garaget är nu ca. 25 hushåll. Gunilla uppdaterar kölistan. Tobias tar fram ett förslag till nästa styrelsemöte.

2. Nästa möte
Nästa möte hålls onsdagen den 19 mars 2025 kl. 18.30 i bygdegården.
""")
    assert [(who, due) for who, due, _ in got[1]] == [("Gunilla", None), ("Tobias", "2025-03-19")]


# --- a report sentence is no task --------------------------------------------------------------------
def test_a_task_another_body_gave_is_the_context_of_the_task_after_it():
    got = parse_text(BOARD + """
1. Nytt tak på logen
Årsmötet gav styrelsen i uppdrag att ta in offerter på nytt tak. Olof tar in offerter till styrelsens möte den 22 april.
""").items[0].decisions
    assert [d.text for d in got] == ["Olof tar in offerter till styrelsens möte den 22 april."]
    assert [(a.assignee, a.due) for a in got[0].actions] == [("Olof", dt.date(2025, 4, 22))]


@pytest.mark.parametrize("sentence, body, reported", [
    ("Årsmötet gav styrelsen i uppdrag att ta in offerter.", "styrelsemöte", True),
    ("Stämman gav styrelsen i uppdrag att se över uppvärmningen.", "Styrelsemöte", True),
    ("Förra årsmötet gav styrelsen i uppdrag att se över klubbstugan.", "årsmöte", True),
    ("Årsmötet gav styrelsen i uppdrag att ta in offerter.", "årsmöte", False),  # the meeting's own task
    ("Styrelsen gav Anna i uppdrag att boka lokal.", "styrelsemöte", False),
    ("Mötet gav Per i uppdrag att ringa kommunen.", "styrelsemöte", False),
    ("Ordföranden gav Per i uppdrag att ringa kommunen.", "styrelsemöte", False),
])
def test_reported_task(sentence, body, reported):
    assert reported_task(sentence, body) is reported


# --- a body's view that settles the matter -------------------------------------------------------------
@pytest.mark.parametrize("text, decision", [
    ("Stämman ansåg att avgiften kan lämnas oförändrad.", "att avgiften kan lämnas oförändrad."),
    ("Nämnden ansåg att frågan kan hanteras i fritidsplanen.", "att frågan kan hanteras i fritidsplanen."),
    ("Styrelsen ansåg att frågan är viktig.", None),  # a view alone decides nothing
    ("Styrelsen ansåg att Per har gjort ett bra arbete.", None),
])
def test_a_view_with_a_modal_decides(text, decision):
    assert labels.formula_of(text) == decision
