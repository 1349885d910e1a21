"""An attendance roll as two headed layout columns side by side on the same lines (pdftotext -layout of a
two-column table in municipal minutes): each column's people under their own title's role and status, a
paragraph note after a name in a column kept as its note. Dev fixtures 744–747. All names made up."""
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import parsed

HEAD = "PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2026-03-12\nPlats och tid: Stadshuset, kl. 18.00–20.15\n\n"

ROWS = ("Anna Berg (S), ordförande         Per Ek (S)\n"
        "Olof Lind (M)                     Karin Ström (C), §§ 3–5\n"
        "Eva Lund (V)\n")


def _roll(titles: str):
    return [(n, st, role, note) for n, _, st, role, _, note in parsed(HEAD + titles + "\n" + ROWS + ITEMS, with_note=True)[1]]


def test_left_column_keeps_its_own_title_not_the_right_ones_role():
    assert _roll("Ledamöter                         Ersättare") == [
        ("Anna Berg", "present", "ordförande", None), ("Per Ek", "present", "ersättare", None),
        ("Olof Lind", "present", None, None), ("Karin Ström", "present", "ersättare", "§§ 3–5"),
        ("Eva Lund", "present", None, None)]


def test_serving_substitutes_beside_the_members_deciding():
    got = _roll("Beslutande ledamöter              Tjänstgörande ersättare")
    assert [(n, role) for n, _, role, _ in got] == [
        ("Anna Berg", "ordförande"), ("Per Ek", "tjänstgörande ersättare"), ("Olof Lind", None),
        ("Karin Ström", "tjänstgörande ersättare"), ("Eva Lund", None)]


def test_titles_side_by_side_each_with_its_colon():
    got = _roll("Ledamöter:                        Ersättare:")
    assert [(n, role, note) for n, _, role, note in got] == [
        ("Anna Berg", "ordförande", None), ("Per Ek", "ersättare", None), ("Olof Lind", None, None),
        ("Karin Ström", "ersättare", "§§ 3–5"), ("Eva Lund", None, None)]


def test_a_label_ending_in_a_colon_under_such_columns_is_no_person():
    rows = ("Beslutande:                                Tjänstgörande ersättare:\n"
            "Ulla Krans, Ekeby kommun, ordförande       Jan Sörby, Arbetsförmedlingen\n"
            "Mona Dahl, Region Nordvidden\n\n"
            "Närvarande, ej tjg ers:\n"
            "Gösta Lind, Ekeby kommun\n")
    got = parsed(HEAD + rows + ITEMS)[1]
    assert [(n, role) for n, _, _, role, _ in got] == [
        ("Ulla Krans", "ordförande"), ("Jan Sörby", "tjänstgörande ersättare"), ("Mona Dahl", None),
        ("Gösta Lind", None)]


def test_present_beside_absent_takes_each_columns_status():
    got = _roll("Närvarande                        Frånvarande")
    assert sorted((n, st, note) for n, st, _, note in got) == [
        ("Anna Berg", "present", None), ("Eva Lund", "present", None), ("Karin Ström", "absent", "§§ 3–5"),
        ("Olof Lind", "present", None), ("Per Ek", "absent", None)]


def test_a_name_in_a_column_with_a_note_and_no_comma_is_not_lost():
    rows = ("Ledamöter                         Ersättare\n"
            "Anna Berg (S), ordförande         Per Ek (S) (§§ 1–2)\n"
            "Olof Lind (M)                     Karin Ström (C) från § 4\n"
            "Eva Lund (V)                      Nils Sand, L, ordförande, §§ 3–5\n")
    got = parsed(HEAD + rows + ITEMS, with_note=True)[1]
    assert [(n, party, role, note) for n, _, _, role, party, note in got] == [
        ("Anna Berg", "S", "ordförande", None), ("Per Ek", "S", "ersättare", "§§ 1–2"),
        ("Olof Lind", "M", None, None), ("Karin Ström", "C", "ersättare", "från § 4"),
        ("Eva Lund", "V", None, None), ("Nils Sand", "L", "ordförande", "§§ 3–5")]
