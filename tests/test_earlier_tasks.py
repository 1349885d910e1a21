"""A task given before the meeting and told as the case's background ("Kommunstyrelsen gav 2023 nämnden i
uppdrag att ...") is no decision or task of this meeting; the same words without a date are. All text made up."""
import pytest

from protokoll.vocab import labels


@pytest.mark.parametrize("text", [
    "Kommunstyrelsen gav 2023 nämnden i uppdrag att se över boendestödet.",
    "Kommunfullmäktige gav i december kommunstyrelsen i uppdrag att utreda frågan.",
    "Nämnden gav förvaltningen i uppdrag 2025-02-12 § 14 att projektera vägen.",
    "Förvaltningen fick i uppdrag av nämnden i september att se över avtalen.",
])
def test_a_dated_task_is_an_earlier_one(text):
    assert labels.earlier_decision(text)


@pytest.mark.parametrize("text", [
    "Per fick i uppdrag att ringa kommunen i januari.",  # the date is the task's own
    "Styrelsen gav Anna i uppdrag att boka lokal till den 3 maj.",
    "Förvaltningen får i uppdrag att begära in anbud senast den 15 januari 2026.",
])
def test_this_meetings_tasks_stay(text):
    assert not labels.earlier_decision(text)
