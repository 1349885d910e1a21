"""Shapes earlier sessions noticed and left alone in text minutes (dev fixtures 958–969, survey 58)."""
import datetime as dt

from protokoll.parse import decisions as dec
from protokoll.pipeline import parse_text

HEAD = "Protokoll från styrelsemöte i Föreningen Exempel\nDatum: 2025-03-18\n\nNärvarande: Anna Ek, Bo Lund\n\n"


def _times(meetings):
    return [(m.date.isoformat(), m.start_time) for m in meetings]


def test_one_time_after_a_bare_list_of_dates_is_every_dates():
    got = dec.next_meetings("Nästa möte: 15 april, 20 maj och 17 juni kl. 19.00", dt.date(2025, 3, 18))
    assert _times(got) == [("2025-04-15", "19:00"), ("2025-05-20", "19:00"), ("2025-06-17", "19:00")]
    # a meeting named between the dates keeps the time its own (the earlier reading)
    got = dec.next_meetings("Nästa möte: årsmöte 12/5 samt styrelsemöte den 9/6 kl 18.30", dt.date(2025, 3, 18))
    assert _times(got) == [("2025-05-12", None), ("2025-06-09", "18:30")]


def test_a_label_of_meeting_dates_inside_another_item_schedules_them():
    text = HEAD + "1. Mötesplan\nKommande möten: 15 april, 20 maj och 17 juni kl. 19.00\n2. Avslutning\nMötet avslutades.\n"
    assert _times(parse_text(text, "t.txt").scheduled_meetings) == [
        ("2025-04-15", "19:00"), ("2025-05-20", "19:00"), ("2025-06-17", "19:00")]


def test_the_secretary_announced_in_prose():
    opening = HEAD + "1. Val av ordförande och protokollförare\nTill ordförande för mötet valdes Eva Holm. {}\n"
    for sentence in ("Stämmoordföranden anmälde Oskar Lind som protokollförare.",
                     "Stämmoordföranden anmälde att hon utsett Oskar Lind till protokollförare.",
                     "Ordföranden meddelade att Oskar Lind för protokollet."):
        got = parse_text(opening.format(sentence), "t.txt")
        assert (got.chair, got.secretary) == ("Eva Holm", "Oskar Lind"), sentence
    got = parse_text(opening.format("Ordföranden meddelade att Oskar Lind för protokollet vid nästa möte."), "t.txt")
    assert got.secretary is None  # the next meeting's
