"""People across spellings and years (plain functions, no database)."""
import datetime as dt

from protokoll.resolve import people
from protokoll.resolve.people import Known, Membership, Seen

D = dt.date


def test_name_key_folds_diacritics_case_and_punctuation():
    assert people.name_key("Herman Crespín") == people.name_key("herman  crespin") == "herman crespin"
    assert people.name_key("Jonas Jönsson") == people.name_key("Jonas Jonsson")
    assert people.name_key("Anna-Karin Öberg,") == "anna karin oberg"


def test_paulsson_and_palsson_are_one_person_in_the_same_municipality():
    known = [Known(1, people.name_key("Christer Paulsson")), Known(2, people.name_key("Christer Persson"))]
    candidates = people.fuzzy_candidates(people.name_key("Christer Pålsson"), known)
    assert [pid for pid, _ in candidates] == [1]
    seen = {1: [Seen("Åstorp", D(2025, 6, 13), D(2025, 9, 19))]}
    assert people.choose(candidates, seen, "Åstorp", D(2026, 3, 27), taken=set()) == 1


def test_a_near_name_elsewhere_or_long_ago_is_someone_else():
    candidates = [(1, 0.94)]
    seen = {1: [Seen("Åstorp", D(2015, 1, 1), D(2016, 1, 1))]}
    assert people.choose(candidates, seen, "Bjuv", D(2016, 2, 1), taken=set()) is None
    assert people.choose(candidates, seen, "Åstorp", D(2025, 1, 1), taken=set()) is None
    assert people.choose(candidates, seen, None, D(2016, 2, 1), taken=set()) is None


def test_two_names_in_one_attendance_list_are_two_people():
    seen = {1: [Seen("Åstorp", D(2025, 6, 13), D(2025, 9, 19))]}
    assert people.choose([(1, 0.94)], seen, "Åstorp", D(2025, 9, 19), taken={1}) is None


def test_unlike_names_are_not_candidates():
    known = [Known(1, people.name_key("Anna Berg")), Known(2, people.name_key("Christer Persson")),
             Known(3, people.name_key("Anna Maria Berg"))]
    assert people.fuzzy_candidates(people.name_key("Johan Lindqvist"), known) == []
    assert people.fuzzy_candidates(people.name_key("Christer Pålsson"), known) == []
    assert people.fuzzy_candidates(people.name_key("Anna Borg"), known) == [
        (1, people.similarity("anna borg", "anna berg"))]


def test_memberships_are_runs_in_date_order():
    rows = [(D(2026, 3, 27), "Ängelholm"), (D(2024, 4, 19), "Perstorp"), (D(2025, 6, 13), "Ängelholm"),
            (D(2025, 9, 19), "Ängelholm")]
    assert people.memberships(rows) == [Membership("Perstorp", D(2024, 4, 19), D(2024, 4, 19), 1),
                                        Membership("Ängelholm", D(2025, 6, 13), D(2026, 3, 27), 3)]


def test_coming_back_to_a_municipality_is_a_second_period():
    rows = [(D(2020, 1, 1), "Bjuv"), (D(2021, 1, 1), "Svalöv"), (D(2022, 1, 1), "Bjuv")]
    assert [m.municipality for m in people.memberships(rows)] == ["Bjuv", "Svalöv", "Bjuv"]


def test_display_name_is_the_most_used_spelling_and_prefers_swedish_letters_on_a_tie():
    assert people.display_name({"Christer Paulsson": 2, "Christer Pålsson": 1}) == "Christer Paulsson"
    assert people.display_name({"Jonas Jonsson": 1, "Jonas Jönsson": 1}) == "Jonas Jönsson"


def test_municipality_of_canonical_forms_and_the_secretariat():
    assert people.municipality_of("Helsingborgs stad") == "Helsingborg"
    assert people.municipality_of("Bastad") == "Båstad"
    assert people.municipality_of("sekretariatet") == "sekretariatet"
    assert people.municipality_of("Region Skåne") is None
    assert people.municipality_of(None) is None


def test_people_sort_in_swedish_order():
    """Å, Ä and Ö come after Z; É sorts with E (regression: Å was filed among the A's)."""
    from protokoll.resolve.people import sort_key

    names = ["Örjan Lind", "Åsa Berg", "Zara Ny", "Ärla Sund", "Anna Ek", "Erik Al", "Émile Bo"]
    assert sorted(names, key=sort_key) == ["Anna Ek", "Émile Bo", "Erik Al", "Zara Ny", "Åsa Berg", "Ärla Sund",
                                           "Örjan Lind"]
