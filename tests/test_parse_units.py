"""The parse stages on small inputs made for the purpose (one regression test per bug found)."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from protokoll.clean.lines import clean, join
from protokoll.errors import ProtokollError
from protokoll.vocab import dates
from protokoll.parse import decisions
from protokoll.parse.attendance import parse_attendance
from protokoll.pipeline import parse_text

D = dt.date(2024, 4, 19)


def lines(text):
    return clean(text, repair=False).lines


def test_two_column_attendance_flattened_with_one_space():
    got = parse_attendance(lines("Närvarande:\nAnna Berg, Bjuv Lars Holm, Perstorp\nEva Ek, Helsingborg stad "
                                 "Per Åberg, sekretariatet"))
    assert [(a.name, a.affiliation) for a in got] == [
        ("Anna Berg", "Bjuv"), ("Lars Holm", "Perstorp"), ("Eva Ek", "Helsingborg"), ("Per Åberg", "sekretariatet")]


def test_two_column_attendance_from_layout_text():
    got = parse_attendance(lines("Anmält förhinder:\n Anna Berg, Bjuv            Lars Holm, Svalöv"))
    assert [(a.name, a.affiliation, a.status) for a in got] == [
        ("Anna Berg", "Bjuv", "excused"), ("Lars Holm", "Svalöv", "excused")]


def test_attendance_label_with_entry_on_its_line():
    got = parse_attendance(lines("Frånvarande: Anna Berg, Perstorp\nLars Holm, Åstorp"))
    assert [(a.name, a.status) for a in got] == [("Anna Berg", "absent"), ("Lars Holm", "absent")]


def test_dates():
    assert dates.first_date("senast den 17 maj 2024") == dt.date(2024, 5, 17)
    assert dates.first_date("till mötet den 22 maj", 2026) == dt.date(2026, 5, 22)
    assert dates.first_date("den 16/5", 2025) == dt.date(2025, 5, 16)
    assert dates.time_span("Den 19 april 2024 08.30-11:30 på") == ("08:30", "11:30")
    assert dates.time_span("sammanträder 8:30 – 13:00") == ("08:30", "13:00")


def test_assignment_with_deadline_in_later_sentence():
    d = decisions.analyse("att uppdra till nätverket för strategisk samhällsplanering att ta fram ett förslag. "
                          "Ett utkast ska presenteras vid kommundirektörsmötet den 17 maj 2024.", D)
    assert d.kind == "assignment"
    assert [(a.assignee, a.due) for a in d.actions] == [("nätverket för strategisk samhällsplanering",
                                                         dt.date(2024, 5, 17))]


def test_event_date_is_not_a_deadline():
    d = decisions.analyse("att uppdra till sekretariatschef att ta fram ett förslag på upplägg av studieresa "
                          "den 22–23 augusti 2024.", D)
    assert d.actions[0].due is None


def test_one_action_per_actor():
    d = decisions.analyse("Att kommunerna ska se över området. Helsingborgs stad ska utvärdera sitt projekt. "
                          "Tillförordnad sekretariatschef får i uppdrag att be de sökande återkomma.", D)
    assert [a.assignee for a in d.actions] == ["kommunerna", "Helsingborgs stad", "Tillförordnad sekretariatschef"]


def test_kinds():
    assert decisions.analyse("att tacka för informationen", D).kind == "noted"
    assert decisions.analyse("att godkänna förslaget till förfrågningsunderlag", D).kind == "approval"
    assert decisions.analyse("att möte med SKR ska ske i samband med ordinarie möte", D).kind == "other"


def test_scheduled_meetings_take_the_decided_year():
    text = "att gruppen under 2026 sammanträder 8:30 – 13:00 på följande datum: - 23 januari - 27 februari"
    got = decisions.scheduled_meetings(text, D)
    assert [(m.date, m.start_time, m.end_time) for m in got] == [
        (dt.date(2026, 1, 23), "08:30", "13:00"), (dt.date(2026, 2, 27), "08:30", "13:00")]


def test_hyphenation_and_number_ranges_are_joined():
    assert join(["ett utvecklings-", "projekt för perioden 2026–", "2037"]) == "ett utvecklingsprojekt för perioden 2026–2037"
    assert join(["test- och", "utveckling"]) == "test- och utveckling"


MINUTES = """Protokoll nr 2 2025
Kommundirektörsmöte i Familjen Helsingborg
Helsingborg 2025-02-14 anna.berg@familjenhelsingborg.se
Tid och plats: Den 14 februari 2025 09.00-12:00 på Rådhuset, Helsingborg.
Närvarande:
Anna Berg, sekretariatet
Lars Holm, Bjuv
1. Mötets öppnande
2. Budget
Sammanfattning: Genomgång av budgeten.
Mötet beslutar
att uppdra till sekretariatet att återkomma senast den 1 mars
3. Mötet avslutas
"""


def test_running_header_in_mid_text_is_dropped():
    text = MINUTES.replace("Mötet beslutar", "Kommundirektörsmöte i Familjen Helsingborg\nSidan 2 av 3\nMötet beslutar")
    p = parse_text(text)
    assert [i.title for i in p.items] == ["Mötets öppnande", "Budget", "Mötet avslutas"]
    assert p.items[1].decisions[0].actions[0].due == dt.date(2025, 3, 1)


def test_regression_blank_line_offsets():
    # Every line used to be marked as following a blank line, which broke paragraph detection.
    got = lines("a\nb\n\nc")
    assert [x.blank_before for x in got] == [True, False, True]
    assert [(x.start, x.end) for x in got] == [(0, 1), (2, 3), (5, 6)]


def test_spans_point_at_the_source():
    p = parse_text(MINUTES)
    span = p.items[1].decisions[0].source
    assert MINUTES[span.start:span.end].startswith("att uppdra till sekretariatet")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(MINUTES.splitlines() + ["", "- punkt", "att göra något", "Föredragande: A B"]),
                max_size=40))
def test_parser_never_crashes_on_shuffled_minutes(picked):
    try:
        p = parse_text("\n".join(picked))
    except ProtokollError:
        return
    assert p.to_json()["schema"] == "protokoll/1"


def test_item_whose_number_ocr_garbled_is_still_an_item():
    text = MINUTES.replace("2. Budget\n", "Z. Budget\n").replace("3. Mötet avslutas", "3. Rapporter\nMötet beslutar\n"
                                                                    "att tacka för informationen\n4. Mötet avslutas")
    p = parse_text(text)
    # ("Z." between "1." and "3." is read back as the "2." OCR misread: clean.lines._mend_garbled_item_numbers)
    assert [(i.number, i.title) for i in p.items] == [
        (1, "Mötets öppnande"), (2, "Budget"), (3, "Rapporter"), (4, "Mötet avslutas")]
    assert p.items[1].decisions[0].actions[0].assignee == "sekretariatet"
    p = parse_text(text.replace("Z. Budget", "l. Budget"))
    assert (p.items[1].number, p.items[1].title) == (2, "Budget")


def test_sentence_starting_with_capital_i_is_not_a_garbled_number():
    text = MINUTES.replace("Sammanfattning: Genomgång av budgeten.",
                           "Sammanfattning: Genomgång av budgeten för nästa år och hur den påverkar\n"
                           "I Helsingborg och Bjuv.")
    p = parse_text(text)
    assert [i.title for i in p.items] == ["Mötets öppnande", "Budget", "Mötet avslutas"]
    assert p.items[1].summary.endswith("I Helsingborg och Bjuv.")
