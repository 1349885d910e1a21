"""Attendance, role and officer shapes from the att2 evaluation (fixtures 247–249): one test per shape,
fictional names."""
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import parsed

HEAD = "Protokoll från styrelsemöte i Rönnviks kanotklubb\nDatum: 2025-09-16\nTid: 18.00–19.30\n\n"


def test_abbreviated_roles_are_given_as_role_words_and_affiliations_stay_as_written():
    _, got = parsed(HEAD + "Närvarande: Tilda Berg (ordf), Ali Rahm, sekr., Ove Dal v. ordf, Pia Ek kass., Ulf Nor\n"
                    "Förhinder: Siv Ljung (sekr)\n" + ITEMS)
    assert [(n, aff, role) for n, aff, _, role, _ in got] == [
        ("Tilda Berg", "ordf", "ordförande"), ("Ali Rahm", "sekr", "sekreterare"),
        ("Ove Dal", "v. ordf", "vice ordförande"), ("Pia Ek", "kass", "kassör"), ("Ulf Nor", None, None),
        ("Siv Ljung", "sekr", "sekreterare")]


def test_role_with_a_class_qualifier():
    _, got = parsed(HEAD + "Närvarande: Tilda Berg, Moa Lind, vårdnadshavare klass 3B, Ulf Nor\n" + ITEMS)
    assert [(n, role) for n, _, _, role, _ in got] == [
        ("Tilda Berg", None), ("Moa Lind", "vårdnadshavare klass 3b"), ("Ulf Nor", None)]


def test_secretary_under_vid_protokollet_over_office_columns():
    p, _ = parsed(HEAD + "Närvarande: Tilda Berg, Ali Rahm, Ulf Nor\n" + ITEMS +
                  "\n\nVid protokollet\n\nAli Rahm\n\n"
                  "Ordförande                              Justerare\n\n"
                  "Tilda Berg                              Ulf Nor\n")
    assert (p.chair, p.secretary, p.adjusters) == ("Tilda Berg", "Ali Rahm", ["Ulf Nor"])


def test_role_in_parentheses_after_the_organisation():
    p, got = parsed(HEAD + "Närvarande\nÅke Berg, Lönnviks kommun (ordförande)\nTyra Holm, Gråmora byalag\n"
                    "Sune Vass, Lantbrukarnas förening Gråmora (sekreterare)\n" + ITEMS)
    assert [(n, aff, role) for n, aff, _, role, _ in got] == [
        ("Åke Berg", "Lönnvik", "ordförande"), ("Tyra Holm", "Gråmora byalag", None),
        ("Sune Vass", "Lantbrukarnas förening Gråmora", "sekreterare")]
    assert (p.chair, p.secretary) == ("Åke Berg", "Sune Vass")


def test_roll_with_yes_no_column_one_space_from_the_name():
    _, got = parsed(HEAD + "Röstlängd\nNamn Närvarande\nElvira Sand Ja\nTobias Grå Ja\nHedda Lund Nej\n" + ITEMS)
    assert [(n, st) for n, _, st, _, _ in got] == [
        ("Elvira Sand", "present"), ("Tobias Grå", "present"), ("Hedda Lund", "absent")]


def test_roll_with_x_marks_one_space_from_the_name():
    _, got = parsed(HEAD + "Närvaro\nNamn Närvarande\nGun Ask X\nStina Myr\nKalle Berg X\n" + ITEMS)
    assert [(n, st) for n, _, st, _, _ in got] == [("Gun Ask", "present"), ("Stina Myr", "absent"), ("Kalle Berg", "present")]


def test_franvaro_heading_lists_the_absent():
    _, got = parsed(HEAD + "Närvarande: Tilda Berg, Ali Rahm\nFrånvaro: Siv Ljung, Bo Ek\n" + ITEMS)
    assert [(n, st) for n, _, st, _, _ in got] == [
        ("Tilda Berg", "present"), ("Ali Rahm", "present"), ("Siv Ljung", "absent"), ("Bo Ek", "absent")]
    _, got = parsed(HEAD + "Närvarande\nTilda Berg\nAli Rahm\n\nFrånvaro\nSiv Ljung\n" + ITEMS)
    assert [(n, st) for n, _, st, _, _ in got] == [("Tilda Berg", "present"), ("Ali Rahm", "present"), ("Siv Ljung", "absent")]
