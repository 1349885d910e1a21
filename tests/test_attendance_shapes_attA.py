"""Attendance, officers and header shapes from the attA survey (fixtures 221–223): one test per shape,
fictional names."""
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import parsed

HEAD = "Protokoll från styrelsemöte i Tallåsens roddklubb\nDatum: 2025-10-07\nTid: 18.00–19.30\n\n"


def test_remote_attendance_headings_are_present_lists():
    _, got = parsed(HEAD + "Närvarande: Åsa Fjell och Bo Ring. Via telefon: Cai Lund.\n"
                    "Deltog på distans: Dan Ek, Eva Moln\nEj närvarande: Frej Alm\n" + ITEMS)
    assert [(n, st) for n, _, st, _, _ in got] == [
        ("Åsa Fjell", "present"), ("Bo Ring", "present"), ("Cai Lund", "present"), ("Dan Ek", "present"),
        ("Eva Moln", "present"), ("Frej Alm", "absent")]


def test_two_offices_labelled_on_one_line():
    p, _ = parsed(HEAD + "Närvarande: Åsa Fjell, Bo Ring, Cai Lund\n\nOrdförande: Åsa Fjell Sekreterare: Bo Ring\n" + ITEMS)
    assert (p.chair, p.secretary) == ("Åsa Fjell", "Bo Ring")


def test_adjusters_who_also_count_votes():
    p, _ = parsed(HEAD + "Närvarande: Åsa Fjell, Bo Ring, Cai Lund\n\n"
                  "Justerare tillika rösträknare: Bo Ring och Cai Lund\n" + ITEMS)
    assert p.adjusters == ["Bo Ring", "Cai Lund"]


def test_two_columns_of_name_and_municipality_are_two_people_a_row():
    _, got = parsed("Minnesanteckningar från möte i Kulturnätverket Sjömora\nDatum: 2025-11-13\n\nDeltagare\n"
                    "Pia Grön, Lövnora kommun                  Rasmus Vide, Ekmora kommun\n"
                    "Selin Öz, Region Sjömora                  Tage Brus, Tallnora kommun\n" + ITEMS)
    assert [(n, aff) for n, aff, _, _, _ in got] == [
        ("Pia Grön", "Lövnora"), ("Rasmus Vide", "Ekmora"), ("Selin Öz", "Region Sjömora"), ("Tage Brus", "Tallnora")]


MUNICIPAL = ("GRANNORA KOMMUN                                   PROTOKOLL\n"
             "Miljönämnden                                      Sammanträdesdatum 2025-09-24\n\n"
             "Tid och plats     Onsdagen den 24 september 2025 kl. 09.00–11.15, Stadshuset, Grannora\n\n"
             "Beslutande        Alva Hök (S), ordförande\n"
             "                  Cecilia Ruda (C)\n\n")


def test_long_label_leaving_a_narrow_gap_before_the_value_column():
    _, got = parsed(MUNICIPAL + "Ej tjänstgörande  Folke Ring (SD), Greta Ulm (V)\nersättare\n\n"
                    "Övriga närvarande Hugo Taft, miljöchef\n\nJusterare         Cecilia Ruda\n\n"
                    "§ 41 Val av justerare\nNämnden beslutar att utse Cecilia Ruda att justera protokollet.\n")
    assert [(n, aff, role) for n, aff, _, role, _ in got] == [
        ("Alva Hök", "S", "ordförande"), ("Cecilia Ruda", "C", None), ("Folke Ring", "SD", "ersättare"),
        ("Greta Ulm", "V", "ersättare"), ("Hugo Taft", "miljöchef", "miljöchef")]


def test_venue_after_weekday_date_and_time_in_tid_och_plats():
    p, _ = parsed(MUNICIPAL + "§ 41 Val av justerare\nNämnden beslutar att utse Cecilia Ruda att justera protokollet.\n")
    assert p.location == "Stadshuset, Grannora"
