"""References to earlier business (plain functions, no database)."""
import datetime as dt

from protokoll.resolve import followups

BODY = "kommundirektorsmote"
D = dt.date


def test_an_explicit_reference_names_an_earlier_meeting_of_the_same_body():
    text = "Återrapportering från arbetet enligt beslut fattat på kommundirektörsmötet den 28 februari (enligt förslag)"
    ref = followups.explicit_reference([text], D(2025, 6, 13), BODY)
    assert ref.date == D(2025, 2, 28) and ref.kind == "explicit"
    assert ref.text == "kommundirektörsmötet den 28 februari"


def test_a_date_later_in_the_year_without_a_year_is_last_year():
    ref = followups.explicit_reference(["Vid kommundirektörsmötet den 22 november efterlystes"], D(2024, 4, 19), BODY)
    assert ref.date == D(2023, 11, 22)


def test_other_bodies_and_deadlines_are_not_references():
    assert followups.explicit_reference(["Vid styrelsemötet den 5 april väcktes frågor"], D(2024, 4, 19), BODY) is None
    assert followups.explicit_reference(["ska presenteras vid kommundirektörsmötet den 17 maj 2024"],
                                        D(2024, 4, 19), BODY) is None


def test_ocr_spellings_of_the_body_still_count():
    ref = followups.explicit_reference(["enligt beslut pa kommundirektorsmotet den 16/5"], D(2025, 9, 19), BODY)
    assert ref.date == D(2025, 5, 16)


def test_report_back_titles_give_their_subject():
    assert followups.report_back_subject("Återrapportering kring arbetet med ny/fördjupad samverkan") == \
        "arbetet med ny fordjupad samverkan"
    assert followups.report_back_subject("Aterrapportering kring arbetet med ny/fordjupad samverkan") == \
        "arbetet med ny fordjupad samverkan"
    assert followups.report_back_subject("Uppföljning av handlingsplanen") == "handlingsplanen"
    assert followups.report_back_subject("Rapport från sekretariatet") is None


def test_an_explicit_reference_wins_over_a_report_back_title():
    texts = ["enligt kommundirektörsmötet den 2 maj"]
    ref = followups.reference("Återrapportering kring X", texts, D(2025, 6, 1), BODY)
    assert ref.kind == "explicit" and ref.date == D(2025, 5, 2)
    ref = followups.reference("Återrapportering kring X", ["inget datum"], D(2025, 6, 1), BODY)
    assert ref.kind == "report-back" and ref.subject == "x"


def test_pick_item_by_shared_words_or_none():
    candidates = [(1, "Mötets öppnande"), (2, "Potentialutredningen: ny och fördjupad samverkan mellan kommunerna"),
                  (3, "Idrottsgala 2026")]
    assert followups.pick_item("Återrapportering om fördjupad samverkan enligt potentialutredningen", candidates) == 2
    assert followups.pick_item("Studieresa till Köpenhamn", candidates) is None
