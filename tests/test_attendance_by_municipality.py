"""A network's or federation's roll arranged by member municipality (heldout30's shapes, dev fixtures 796–798):
the municipality's cell first on each row ("Götene     Lena Hallgren, kommunchef"), a presence table whose
affiliation column is titled by two titles with a slash ("Kommun/region"), and each municipality's name alone
over its ombud. The municipality is each person's affiliation, never a person or a label. All names made up."""
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import parsed

HEAD = "Minnesanteckningar kommunchefsgruppen\nDatum: 2025-03-14, kl. 09.00–11.30\n\n"


def _people(text: str):
    return [(n, aff, st, role) for n, aff, st, role, _ in parsed(HEAD + text + ITEMS)[1]]


def test_rows_led_by_the_municipality_cell():
    rows = ("Deltagare\n"
            "Hjo               Åsa Grenholm, kommunchef (ordförande)\n"
            "Tidaholm          Rikard Boman, kommundirektör\n"
            "Karlsborgs kommun Ingela Fahl\n"
            "Töreboda          Peder Strand\n\n"
            "Förhinder\n"
            "Mariestad         Karl Ståhl, kommundirektör\n")
    assert _people(rows) == [
        ("Åsa Grenholm", "Hjo", "present", "ordförande"), ("Rikard Boman", "Tidaholm", "present", "kommundirektör"),
        ("Ingela Fahl", "Karlsborg", "present", None), ("Peder Strand", "Töreboda", "present", None),
        ("Karl Ståhl", "Mariestad", "excused", "kommundirektör")]


def test_a_person_and_municipality_cell_before_a_second_person_is_no_municipality_row():
    rows = ("Deltagare\n"
            "Pia Grön, Lövnora kommun                  Rasmus Vide, Ekmora kommun\n"
            "Selin Öz, Region Sjömora                  Tage Brus, Tallnora kommun\n")
    assert [(n, aff) for n, aff, _, _ in _people(rows)] == [
        ("Pia Grön", "Lövnora"), ("Rasmus Vide", "Ekmora"), ("Selin Öz", "Region Sjömora"), ("Tage Brus", "Tallnora")]


def test_a_slashed_column_title_is_the_affiliation_column():
    rows = ("Kommun/region          Namn                  Närvaro\n"
            "Bräcke                 Elin Rönn             X\n"
            "Krokom                 Jakob Hallin          Förhinder\n"
            "Regionen               Maja Forsell          X\n")
    assert [(n, aff, st) for n, aff, st, _ in _people(rows)] == [
        ("Elin Rönn", "Bräcke", "present"), ("Jakob Hallin", "Krokom", "excused"), ("Maja Forsell", "Regionen", "present")]


def test_municipality_names_over_their_ombud():
    rows = ("Närvarande ombud\n\n"
            "Skellefteå\nBritt-Marie Lund (S), ordförande\nAnton Vikberg (M)\n\n"
            "Norsjö\nHelmer Grahn (C)\n\n"
            "Malå\nSaga Nordin (S)\n")
    assert [(n, aff, role) for n, aff, _, role in _people(rows)] == [
        ("Britt-Marie Lund", "Skellefteå", "ordförande"), ("Anton Vikberg", "Skellefteå", None),
        ("Helmer Grahn", "Norsjö", None), ("Saga Nordin", "Malå", None)]


def test_one_municipality_line_over_a_name_is_no_roll_by_municipality():
    rows = "Närvarande\nSkellefteå\nBritt-Marie Lund (S), ordförande\nAnton Vikberg (M)\n"
    assert all(aff != "Skellefteå" or n != "Anton Vikberg" for n, aff, _, _ in _people(rows))


def test_party_in_parentheses_in_its_column_and_an_untitled_role_column_after_the_municipality():
    rows = ("Beslutande               Ledamot                  Parti   Kommun\n"
            "                         Gun Wallin               (C)     Östhammar   ordförande\n"
            "                         Saga Berglund            (M)     Älvkarleby\n"
            "                         Emir Hodzic              (S)     Tierp       tjg ersättare för Ulla Sten (S)\n")
    got = [(n, aff, role, party) for n, aff, _, role, party in parsed(HEAD + rows + ITEMS)[1]]
    assert got == [("Gun Wallin", "Östhammar", "ordförande", "C"), ("Saga Berglund", "Älvkarleby", None, "M"),
                   ("Emir Hodzic", "Tierp", "tjänstgörande ersättare", "S")]


def test_municipality_and_role_inside_the_parenthesis():
    rows = "Närvarande: Lisa Niemi (Haparanda, ordförande), Pekka Alatalo (Övertorneå) och Aino Vaara (Pajala, sekreterare).\n"
    assert _people(rows) == [("Lisa Niemi", "Haparanda", "present", "ordförande"),
                             ("Pekka Alatalo", "Övertorneå", "present", None),
                             ("Aino Vaara", "Pajala", "present", "sekreterare")]


def test_whom_one_stands_in_for_in_parentheses_in_a_name_column():
    rows = ("Närvarande\n"
            "Kommun            Namn\n"
            "Haparanda         Olli Rautio\n"
            "Övertorneå        Sanna Mäki (ersätter Jan Kallio)\n")
    got = [(n, aff, note) for n, aff, _, _, _, note in parsed(HEAD + rows + ITEMS, with_note=True)[1]]
    assert got == [("Olli Rautio", "Haparanda", None), ("Sanna Mäki", "Övertorneå", "ersätter Jan Kallio")]
