"""Attendance lists the parser lost whole (issue 8, heldout8 shapes): one test per shape, fictional names."""
from functools import partial

from protokoll.pipeline import parse_text

import shape_support

parsed = partial(shape_support.parsed, with_note=True)
ITEMS = "\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Dagordning\nDagordningen godkändes.\n"


def test_presence_table_with_a_role_column_and_no_heading_over_it():
    _, got = parsed(" Målarklubben i Åsby\n Protokoll styrelsemöte 2025-02-04\n\n"
                    "  Funktion              Namn                     Närvaro\n"
                    "  Ordförande            Ture Hallin              Ja\n"
                    "  Kassör                Ylva Brant               Nej\n"
                    "  Skyddsombud           Ari Koskela              Ja, § 2–4\n" + ITEMS)
    assert [(n, st, role, note) for n, _, st, role, _, note in got] == [
        ("Ture Hallin", "present", "ordförande", None), ("Ylva Brant", "absent", "kassör", None),
        ("Ari Koskela", "present", "skyddsombud", "§ 2–4")]


def test_role_column_beside_names_with_plural_roles_holding_for_the_rows_under_them():
    _, got = parsed("AB Grenbo Bostäder\nPROTOKOLL fört vid sammanträde med styrelsen\nTid: 2025-03-05 kl. 16.00\n"
                    "Närvarande:\n"
                    " Ordföranden             Åke Lund (S)\n"
                    " Vice ordföranden        Rut Berg (M)\n"
                    " Ledamöterna             Ivar Sten (S)\n"
                    "                         Mona Ek (C)\n"
                    " Suppleanterna           Pia Hed (V)\n"
                    " Verkställande direktör  Lars Vik\n" + ITEMS)
    assert [(n, role, party) for n, _, _, role, party, _ in got] == [
        ("Åke Lund", "ordförande", "S"), ("Rut Berg", "vice ordförande", "M"), ("Ivar Sten", "ledamot", "S"),
        ("Mona Ek", "ledamot", "C"), ("Pia Hed", "suppleant", "V"), ("Lars Vik", "verkställande direktör", None)]


def test_role_column_printed_before_its_names_is_paired_row_by_row():
    # plain pdftotext of the layout above: the role cells of the first rows, then their names
    p, got = parsed("AB Grenbo Bostäder\nPROTOKOLL fört vid sammanträde med styrelsen\nTid: 2025-03-05 kl. 16.00\n"
                    "Närvarande:\nOrdföranden\nVice ordföranden\nLedamöterna\n\n"
                    "Åke Lund (S)\nRut Berg (M)\nIvar Sten (S)\nMona Ek (C)\nSuppleanterna\nPia Hed (V)\n"
                    "Protokollförare\nEva Rask, controller\n" + ITEMS)
    assert [(n, role, party) for n, _, _, role, party, _ in got] == [
        ("Åke Lund", "ordförande", "S"), ("Rut Berg", "vice ordförande", "M"), ("Ivar Sten", "ledamot", "S"),
        ("Mona Ek", "ledamot", "C"), ("Pia Hed", "suppleant", "V"), ("Eva Rask", "protokollförare", None)]
    assert p.chair == "Åke Lund" and p.secretary == "Eva Rask"


def test_a_role_column_that_does_not_add_up_is_left_alone():
    # two singular roles over three names: which name goes with which role cannot be told
    _, got = parsed("AB Grenbo Bostäder\nPROTOKOLL fört vid sammanträde med styrelsen\nTid: 2025-03-05 kl. 16.00\n"
                    "Närvarande:\nOrdföranden\nVice ordföranden\n\nÅke Lund (S)\nRut Berg (M)\nIvar Sten (S)\n" + ITEMS)
    assert not any(role == "vice ordförande" for _, _, _, role, _, _ in got)


def test_name_and_role_beside_a_municipality_column():
    _, got = parsed("Räddningsförbundet Västmo\nPROTOKOLL\nDatum och tid:   2025-04-11 kl. 09.00\n\nLedamöter\n\n"
                    " Siv Holm, ordförande                 Västmo kommun\n"
                    " Per Alm                              Östra Kilby kommun\n"
                    " Jan Ros                              Västmo kommun\n"
                    "Förhinder\n"
                    " Eva Tall                             Östra Kilby kommun\n" + ITEMS)
    assert [(n, aff, st, role) for n, aff, st, role, _, _ in got] == [
        ("Siv Holm", "Västmo", "present", "ordförande"), ("Per Alm", "Östra Kilby", "present", None),
        ("Jan Ros", "Västmo", "present", None), ("Eva Tall", "Östra Kilby", "excused", None)]


def test_nickname_in_quotes_between_the_names():
    _, got = parsed("Sjöviks IK\nProtokoll styrelsemöte\nDatum: 2025-05-06\nNärvarande:\n"
                    "Karl ”Kalle” Örn, ordförande\nMaja Dal, kassör\nAnmält förhinder:\nOlle ”Ollie” Fors, ledamot\n"
                    + ITEMS)
    assert [(n, st, role) for n, _, st, role, _, _ in got] == [
        ("Karl ”Kalle” Örn", "present", "ordförande"), ("Maja Dal", "present", "kassör"),
        ("Olle ”Ollie” Fors", "excused", "ledamot")]


def test_serving_column_of_roles_and_absence_in_the_notes_column():
    _, got = parsed("  Tekniska nämnden                         SAMMANTRÄDESPROTOKOLL\n"
                    "  Sammanträdesdatum: 2025-02-12\n\n  Beslutande\n"
                    "  Parti    Ledamot                Tjänstgör          Anmärkning\n"
                    "  S        Rolf Ask               Ordförande\n"
                    "  M        Tina Ulf               Ledamot            Frånvarande\n"
                    "  M        Hugo Sand              Ersättare          Tjänstgör för Tina Ulf\n" + ITEMS)
    assert [(n, st, role, party) for n, _, st, role, party, _ in got] == [
        ("Rolf Ask", "present", "ordförande", "S"), ("Tina Ulf", "absent", "ledamot", "M"),
        ("Hugo Sand", "present", "ersättare", "M")]


def test_roll_row_without_any_mark_is_a_member_absent_and_a_substitute_written_ersatter():
    text = ("PROTOKOLL\nKommunfullmäktige i Ekby kommun\nSammanträdesdatum 2024-04-22\n\n"
            "Beslutande: Se närvaro- och omröstningslista, bilaga 1\n\n§ 1\nVal av justerare\n"
            "Kommunfullmäktige beslutar att utse Eva Ros att justera protokollet.\n\n"
            "Bilaga 1 Närvaro- och omröstningslista\n\n"
            "  Ledamot                        Parti   Närvarande      § 1 Ja   Nej\n"
            "  Eva Ros, ordförande            S       X               X\n\n"
            "  Kim Ek                         SD\n\n"
            "  Åsa Berg, ersätter Kim Ek      SD      X                        X\n\n"
            "  Per-Olof Lind                  M       X               X\n\n"
            "  Summa                                  3               2        1\n")
    got = [(a.name, a.status, a.role, a.party, a.note) for a in parse_text(text, "roll.txt").attendees]
    assert got == [("Eva Ros", "present", "ordförande", "S", None), ("Kim Ek", "absent", None, "SD", None),
                   ("Åsa Berg", "present", "tjänstgörande ersättare", "SD", "ersätter Kim Ek"),
                   ("Per-Olof Lind", "present", None, "M", None)]


def test_whom_a_substitute_serves_for_wrapped_onto_the_next_line_is_no_person():
    _, got = parsed("Räddningsförbundet Västmo\nPROTOKOLL\nDatum och tid:   2025-04-11 kl. 09.00\n\nErsättare\n"
                    " Rolf Ahl, tjänstgör för Ingrid      Västmo kommun\n"
                    " Bergsten\n"
                    " Jan Ros                             Östra Kilby kommun\n" + ITEMS)
    assert [(n, aff, note) for n, aff, _, _, _, note in got] == [
        ("Rolf Ahl", "Västmo", "tjänstgör för Ingrid Bergsten"), ("Jan Ros", "Östra Kilby", None)]


def test_the_adults_of_a_class_grouped_roll_as_a_group_of_their_own():
    _, got = parsed("Elevrådsmöte Västerskolan\nTisdag 4/11 2025, kl. 12.10–12.50\nNärvarande:\n7A: Elsa och Liam\n"
                    "8B: Ines (ordförande)\nVuxen: Kjell Moberg (lärare)\n\n1. Mötet öppnas\nInes öppnade mötet.\n"
                    "2. Skolgården\nBänkarna är trasiga.\n")
    assert [(n, aff, role) for n, aff, _, role, _, _ in got] == [
        ("Elsa", "7A", None), ("Liam", "7A", None), ("Ines", "ordförande", "ordförande"),
        ("Kjell Moberg", "lärare", "lärare")]


def test_roll_given_one_cell_a_line_with_roles_after_the_names_and_a_vote_column():
    cells = ["Ledamot", "Parti", "Närvarande", "§ 1 Ja",
             "Eva Ros, ordförande", "S", "X", "X",
             "Kim Ek, 2:e vice ordf.", "SD",
             "Åsa Berg, ersätter Kim Ek", "SD", "X", "X",
             "Per-Olof Lind", "M", "X", "X"]
    text = ("PROTOKOLL\nKommunfullmäktige i Ekby kommun\nSammanträdesdatum 2024-04-22\n\n"
            "Beslutande: Se närvaro- och omröstningslista, bilaga 1\n\n§ 1\nVal av justerare\n"
            "Kommunfullmäktige beslutar att utse Eva Ros att justera protokollet.\n\n"
            "Bilaga 1 Närvaro- och omröstningslista\n" + "\n\n".join(cells) + "\n")
    got = [(a.name, a.status, a.role, a.party) for a in parse_text(text, "roll.txt").attendees]
    assert got == [("Eva Ros", "present", "ordförande", "S"), ("Kim Ek", "absent", "2:e vice ordförande", "SD"),
                   ("Åsa Berg", "present", "tjänstgörande ersättare", "SD"), ("Per-Olof Lind", "present", None, "M")]


def test_a_cell_set_one_character_past_its_column_after_a_long_cell_is_still_a_cell():
    _, got = parsed("Räddningsförbundet Västmo\nPROTOKOLL\nDatum och tid:   2025-04-11 kl. 09.00\n\nErsättare\n"
                    " Rolf Ahl, tjänstgör för Ingrid  Västmo kommun\n"
                    " Bergsten\n"
                    " Jan Ros                        Östra Kilby kommun\n" + ITEMS)
    assert [(n, aff, note) for n, aff, _, _, _, note in got] == [
        ("Rolf Ahl", "Västmo", "tjänstgör för Ingrid Bergsten"), ("Jan Ros", "Östra Kilby", None)]


def test_a_nickname_in_parentheses_between_the_names_keeps_the_comma_list_whole():
    p, got = parsed("Norrviks Tennisklubb\nProtokoll styrelsemöte 2026-03-04\n\n"
                    "Närvarande: Ulrika (Uffe) Berg, Sven Dahl, Karin Ås\n"
                    "Ordförande: Ulrika (Uffe) Berg\n" + ITEMS)
    assert [(n, aff, party) for n, aff, _, _, party, _ in got] == [
        ("Ulrika (Uffe) Berg", None, None), ("Sven Dahl", None, None), ("Karin Ås", None, None)]
    assert p.chair == "Ulrika (Uffe) Berg"


def test_a_nickname_in_parentheses_beside_a_party_in_parentheses_and_a_chair_by_role():
    p, got = parsed("Norrviks Tennisklubb\nProtokoll styrelsemöte 2026-03-04\n\n"
                    "Närvarande: Ulrika (Uffe) Berg (S), ordförande, Sven Dahl (M), Anna Ek (Centerpartiet)\n" + ITEMS)
    assert [(n, role, party) for n, _, _, role, party, _ in got] == [
        ("Ulrika (Uffe) Berg", "ordförande", "S"), ("Sven Dahl", None, "M"), ("Anna Ek", None, "Centerpartiet")]
    assert p.chair == "Ulrika Berg"  # the office is held under the name without the nickname, as a quoted one


def test_a_nickname_in_parentheses_on_a_roll_of_one_person_a_line():
    p, got = parsed("Norrviks Tennisklubb\nProtokoll styrelsemöte 2026-03-04\n\nNärvarande\n"
                    "Ulrika (Uffe) Berg, ordförande\nSven Dahl, sekreterare\nAnna Ek (S)\n" + ITEMS)
    assert [(n, role, party) for n, _, _, role, party, _ in got] == [
        ("Ulrika (Uffe) Berg", "ordförande", None), ("Sven Dahl", "sekreterare", None), ("Anna Ek", None, "S")]
    assert (p.chair, p.secretary) == ("Ulrika Berg", "Sven Dahl")


SERVES_FOR_WRAPPED = ("Barn- och utbildningsnämnden\nPROTOKOLL\nSammanträdesdatum 2026-02-10\n\nBeslutande\n"
                      "Anna Holm (S), ordförande\nPer Berg (M), {note}\nKjell Andersson (S)\nLisa Ek (C)\n" + ITEMS)


def test_whom_a_substitute_serves_for_wrapped_whole_after_for_is_the_note_not_an_attendee():
    _, got = parsed(SERVES_FOR_WRAPPED.format(note="tjänstgörande ersättare för"))
    assert [(n, role, party, note) for n, _, _, role, party, note in got] == [
        ("Anna Holm", "ordförande", "S", None),
        ("Per Berg", "tjänstgörande ersättare", "M", "tjänstgörande ersättare för Kjell Andersson (S)"),
        ("Lisa Ek", None, "C", None)]


def test_whom_wrapped_after_ersatter_or_a_short_form_reads_as_the_line_unwrapped():
    for note in ("ersätter", "tjg ers för"):
        wrapped = parsed(SERVES_FOR_WRAPPED.format(note=note))[1]
        whole = parsed(SERVES_FOR_WRAPPED.format(note=note).replace(f"{note}\nKjell", f"{note} Kjell"))[1]
        assert wrapped == whole and [n for n, *_ in wrapped] == ["Anna Holm", "Per Berg", "Lisa Ek"]
        assert wrapped[1][5].endswith("Kjell Andersson (S)")


def test_regional_comma_roll_with_whom_served_for_in_nested_parentheses():
    """A regional committee's roll as one comma paragraph: "Thomas Bly (M) (ers Marita Jonsson (M))" (whom he serves
    for, with her party, a note; the party is his), wrapped inside the parentheses onto the next line."""
    from protokoll.pipeline import parse_text
    text = ("Region Norrvalla\nPROTOKOLL\nNämnden för folkhälsa och sjukvård\nTid: 2025-03-21 kl 09.00–15.00\n"
            "Närvarande:\nBeslutande: Maria Frost (KD) ordförande, Helena Sten (C), Thomas Bly (M) (ers Marita\n"
            "Jonsson (M)), Eva Lund (M), Per Svan (S) (ers Lina Holm (S)), Anne Karl (SD)\n\n"
            "§ 18 Val av protokolljusterare\nNämnden utser Eva Lund att justera protokollet.\n"
            "§ 19 Dagordning\nDagordningen fastställs.\n")
    people = [(a.name, a.affiliation, a.party, a.note) for a in parse_text(text).attendees]
    assert people == [("Maria Frost", "KD", "KD", None), ("Helena Sten", "C", "C", None),
                      ("Thomas Bly", "M", "M", "ers Marita Jonsson (M)"), ("Eva Lund", "M", "M", None),
                      ("Per Svan", "S", "S", "ers Lina Holm (S)"), ("Anne Karl", "SD", "SD", None)]


def test_front_label_over_a_group_title_is_no_two_column_table():
    """ "Beslutande              Ledamöter" then the roll under "Ledamöter" in the value column (a case system's label
    column, laid out): the label and the group's title, not a table of two people a row; "Name, M, Ordförande" is
    the party after a comma, then the role."""
    from protokoll.pipeline import parse_text
    pad = " " * 26
    text = ("Björkfjälls kommun\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-05-20\n\n"
            f"  Beslutande              Ledamöter\n{pad}Anna Fjäll, M, Ordförande\n{pad}Kent Lund, S\n"
            f"{pad}Maja Ek, SD, via länk\n{pad}Tjänstgörande ersättare\n{pad}Rolf Strand, S\n\n"
            "§ 55\nVal av justerare\nBeslut\nNämnden väljer Kent Lund.\n§ 56\nInfo\nBeslut\nInformationen noteras.\n")
    people = [(a.name, a.party, a.role, a.note) for a in parse_text(text).attendees]
    assert people == [("Anna Fjäll", "M", "ordförande", None), ("Kent Lund", "S", None, None),
                      ("Maja Ek", "SD", None, "via länk"), ("Rolf Strand", "S", "tjänstgörande ersättare", None)]
