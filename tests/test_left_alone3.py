"""Shapes earlier sessions noticed and left alone (dev fixtures 870–): a person's task before the sentence that gives
a body its task; a general meeting named by another of its names in its own minutes."""
import datetime as dt

import pytest

from protokoll.parse import decisions as dec
from protokoll.parse.minutes import reported_task
from protokoll.vocab import conventions


# --- a person's task in the sentence before the body's (fixture 870) --------------------------------------------
def test_a_person_before_the_given_task_keeps_his_task_and_date():
    d = dec.analyse("Tore tar fram en materiallista till styrelsens möte den 20 februari. Stämman ger styrelsen i "
                    "uppdrag att köpa in det som behövs, senast den 15 april.", dt.date(2026, 1, 24),
                    frozenset({"Gun", "Pär"}))
    assert [(a.assignee, a.due) for a in d.actions] == [("Tore", dt.date(2026, 2, 20)),
                                                        ("styrelsen", dt.date(2026, 4, 15))]


def test_a_task_given_first_keeps_a_later_sentences_date():
    d = dec.analyse("Styrelsen ges i uppdrag att ta fram ett förslag. Förslaget presenteras senast den 1 maj.",
                    dt.date(2026, 1, 24))
    assert [(a.assignee, a.due) for a in d.actions] == [("Styrelsen", dt.date(2026, 5, 1))]


# --- the general meeting under another of its names (fixture 871) ---------------------------------------------
@pytest.mark.parametrize("sentence, body, reported", [
    ("Årsstämman gav styrelsen i uppdrag att upphandla en renovering.", "ordinarie föreningsstämma", False),
    ("Stämman gav styrelsen i uppdrag att ta in offerter.", "årsmöte", False),
    ("Årsmötet gav styrelsen i uppdrag att se över stadgarna.", "årsstämma", False),
    ("Årsmötet 2025 gav styrelsen i uppdrag att se över stadgarna.", "årsmöte", True),
    ("Årsmötet gav förra året styrelsen i uppdrag att se över stadgarna.", "årsmöte", True),
    ("Styrelsen gav vid sitt möte i mars vicevärden i uppdrag att mäta upp gården.", "föreningsstämma", True),
    ("Stämman gav styrelsen i uppdrag att se över uppvärmningen.", "styrelsemöte", True),  # the board's minutes
])
def test_general_meeting_under_another_name(sentence, body, reported):
    assert reported_task(sentence, body) is reported


def test_general_meeting_words():
    assert all(map(conventions.general_meeting, ("årsmöte", "Årsmöte 2026", "extra föreningsstämma", "Stämman",
                                                 "arsmotet")))
    assert not any(map(conventions.general_meeting, ("styrelsemöte", "medlemsmöte", "Mötet", "Styrelsen")))
