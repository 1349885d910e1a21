"""Meeting dates a decision sets, written over wrapped lines (issue 8): a list of dates that runs on after
a comma at the end of a line, a time after "kl." at a line's end, and a next meeting set under a "Beslut"
label. All text made up."""

from protokoll.parse.blocks import ends_open
from protokoll.pipeline import parse_text

from agenda import items_between, texts

HEAD = """Protokoll fört vid sammanträde med styrelsen för Ekstorps fastighets AB
Datum: 2025-10-14
Närvarande: Gunnel Åkerblom, Tomas Wiberg, Hedda Lindroth
"""


def scheduled(body: str):
    return parse_text(HEAD + "1. Mötets öppnande\nOrdföranden öppnade mötet.\n" + body).scheduled_meetings


def test_dates_after_a_comma_at_a_line_end_stay_in_the_decision():
    body = """
2. Sammanträdesplan 2026
Styrelsen beslöt att sammanträden under 2026 ska hållas den 11 februari, 15 april,
3 juni, 9 september och 2 december, samtliga med början kl. 15.00.
"""
    got = items_between(HEAD, body)
    assert texts(got[0]) == ["att sammanträden under 2026 ska hållas den 11 februari, 15 april, 3 juni, "
                             "9 september och 2 december, samtliga med början kl. 15.00."]
    meetings = scheduled(body)
    assert [(m.date.isoformat(), m.start_time) for m in meetings] == [
        ("2026-02-11", "15:00"), ("2026-04-15", "15:00"), ("2026-06-03", "15:00"), ("2026-09-09", "15:00"),
        ("2026-12-02", "15:00")]


def test_a_time_after_kl_at_a_line_end_belongs_to_the_sentence():
    body = """
2. Sammanträdesplan 2026
Styrelsen beslöt att sammanträda följande datum under 2026, samtliga kl.
09.00–12.00:
– 13 februari
– 24 april
"""
    got = items_between(HEAD, body)
    assert texts(got[0]) == ["att sammanträda följande datum under 2026, samtliga kl. 09.00–12.00: – 13 februari "
                             "– 24 april"]
    meetings = scheduled(body)
    assert [(m.date.isoformat(), m.start_time, m.end_time) for m in meetings] == [
        ("2026-02-13", "09:00", "12:00"), ("2026-04-24", "09:00", "12:00")]


def test_a_next_meeting_under_a_decision_label_is_decided():
    body = """
2. Nästa sammanträde
Beslut
Nästa sammanträde hålls onsdagen den 12 november 2025 kl. 15.00 i bolagets kontor.
3. Övrigt
Nästa möte: 3 december kl. 15.00
"""
    got = items_between(HEAD, body)
    assert texts(got[0]) == ["Nästa sammanträde hålls onsdagen den 12 november 2025 kl. 15.00 i bolagets kontor."]
    assert texts(got[1]) == []  # a "Nästa möte:" line outside a decision section only schedules
    dates = [m.date.isoformat() for m in scheduled(body)]
    assert dates == ["2025-11-12", "2025-12-03"]


def test_line_ends_that_cannot_end_a_paragraph():
    assert ends_open("samtliga kl.") and ends_open("enligt bilaga, t.ex.") and ends_open("beslutar att")
    assert not ends_open("Mötet avslutades.") and not ends_open("22 april,")
