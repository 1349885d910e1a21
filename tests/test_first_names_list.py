"""The given names' list (data/first_names.txt, extended from SCB's name statistics): names in common use that
the hand-written list lacked cut people run together, and words and surnames stay out of it."""
from protokoll.vocab import names


def test_given_names_borne_by_many_cut_two_people_apart():
    # "Bente", "Vivianne", "Håkan", "Ove" are borne by hundreds or thousands in Sweden
    for first, second in (("Kristina Jonsson", "Bente Sörlin"), ("Vivianne Hultén", "Gösta Lindroos"),
                          ("Håkan Lind", "Ove Strand")):
        words = f"{first} {second}".split()
        assert names.cut_at_given_names(words) == [first.split(), second.split()]


def test_common_words_surnames_and_places_are_no_given_names():
    for word in ("Berg", "Holm", "Ek", "Lind", "Lilja", "Hassan", "Dag", "Mina", "Vilja", "Syster", "Elva", "Ale",
                 "Eda", "Larsdotter"):
        assert not names.is_first_name(word), word


def test_double_names_with_a_part_that_is_no_name_alone():
    # "Maj" is left out of the list (it opens a line as the month), but "Maj-Britt" is a given name; a hypothesis
    # run found the list "Anna Åkesson, Åsa Öberg, Maj-Britt Öberg och Maj-Britt Åkesson" read as two people and
    # their two organisations
    from protokoll.clean.lines import clean
    from protokoll.parse.attendance import parse_attendance
    from protokoll.vocab.names import is_first_name

    assert is_first_name("Maj-Britt") and is_first_name("Lill-Inger")
    assert not is_first_name("Maj") and not is_first_name("Maj-Vik")
    text = "Anmält förhinder hade Anna Åkesson, Åsa Öberg, Maj-Britt Öberg och Maj-Britt Åkesson."
    assert [a.name for a in parse_attendance(clean(text).lines)] == [
        "Anna Åkesson", "Åsa Öberg", "Maj-Britt Öberg", "Maj-Britt Åkesson"]


def test_people_whose_given_name_the_list_lacks_are_no_organisations_of_those_before():
    from protokoll.clean.lines import clean
    from protokoll.parse.attendance import parse_attendance

    text = "Närvarande: Anna Åkesson, Åsa Öberg, Zorah Lindqvist och Kalbe Nordström."
    assert [(a.name, a.affiliation) for a in parse_attendance(clean(text).lines)] == [
        ("Anna Åkesson", None), ("Åsa Öberg", None), ("Zorah Lindqvist", None), ("Kalbe Nordström", None)]
