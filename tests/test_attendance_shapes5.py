"""Attendance shapes of issue 8, wave 2 (the dev set heldout5): one test per shape, fictional names."""
from functools import partial

from protokoll.clean.lines import clean

import shape_support

entries = partial(shape_support.entries, with_note=True)
parsed = partial(shape_support.parsed, with_note=True)


def front(lines: str):
    """Attendees of minutes whose front matter is ``lines``, read through the whole parser."""
    return parsed("Protokoll fört vid styrelsemöte i Lövby Byalag 2025-10-07\n\n" + lines + "\n\n1. Mötets öppnande\n"
                  "Ordföranden öppnade mötet.\n\n2. Dagordning\nDagordningen godkändes.\n\n3. Mötets avslutande\n"
                  "Mötet avslutades.\n")[1]


def test_class_first_roll_of_a_student_council():
    p, got = parsed("Elevrådsmöte Granåsskolan\n2025-10-02, kl. 12.10–12.55 i biblioteket\n\nNärvarande:\n"
                    "6A Moa Lindqvist\n6B Ebbe Fors (ordförande)\n7A Selma Ryd\nLärare: Johan Ekdal\n\n"
                    "Ej närvarande: Nils Hammar (7B)\n\nMötets öppnande\nEbbe öppnade mötet.\n\nSkolgården\n"
                    "Bänkarna vid fotbollsplanen är trasiga.\nBeslut: Elevrådet ber rektorn om nya bänkar.\n")
    assert [(n, aff, st, role) for n, aff, st, role, _, _ in got] == [
        ("Moa Lindqvist", "6A", "present", None), ("Ebbe Fors", "ordförande", "present", "ordförande"),
        ("Selma Ryd", "7A", "present", None), ("Johan Ekdal", "lärare", "present", "lärare"),
        ("Nils Hammar", "7B", "absent", None)]
    assert [i.title for i in p.items][:2] == ["Mötets öppnande", "Skolgården"]


def test_nested_group_heading_under_a_bare_status_heading_with_title_first_officials():
    p, got = parsed("PROTOKOLL\nKommunala funktionshinderrådet i Lövby kommun\n\nSammanträdesdag: 2025-10-08\n"
                    "Tid: 13.00–15.00\n\nNärvarande\nLedamöter\nGöran Fjäll (C), ordförande, kommunstyrelsen\n"
                    "Sonja Rask, vice ordförande, DHR Lövby\nEmil Tå, FUB Lövby\n\nTjänstepersoner\n"
                    "Socialchef Petra Ulv\nHandläggare Omid Farah, § 5\nNämndsekreterare Ulla Grå\n\nFrånvarande\nKai Sund, SRF Lövby\n\n"
                    "§ 4 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 5 Information\nRådet tackar för informationen.\n")
    assert got == [
        ("Göran Fjäll", "kommunstyrelsen", "present", "ordförande", "C", None),
        ("Sonja Rask", "vice ordförande", "present", "vice ordförande", None, None),
        ("Emil Tå", "FUB Lövby", "present", None, None, None),
        ("Petra Ulv", "socialchef", "present", "socialchef", None, None),
        ("Omid Farah", "handläggare", "present", "handläggare", None, "§ 5"),
        ("Ulla Grå", "nämndsekreterare", "present", "nämndsekreterare", None, None),
        ("Kai Sund", "SRF Lövby", "absent", None, None, None)]


def test_first_names_with_a_dash_and_a_role_in_a_comma_list():
    got = entries("Närvarande: Ylva – ordförande, Bosse – kassör, Tuva – sekreterare\n"
                  "Ej närvarande: Jimmy – materialansvarig, Signe – ledamot")
    assert [(n, aff, st, role) for n, aff, st, role, _, _ in got] == [
        ("Ylva", "ordförande", "present", "ordförande"), ("Bosse", "kassör", "present", "kassör"),
        ("Tuva", "sekreterare", "present", "sekreterare"), ("Jimmy", "materialansvarig", "absent", "materialansvarig"),
        ("Signe", "ledamot", "absent", "ledamot")]


def test_attendance_sentence_and_absent_list_inside_an_opening_item():
    p, got = parsed("Styrelsemöte för Brf Rönnen 3\nDatum: 2025-10-09\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                    "2. Närvaro\nFöljande närvarade vid mötet: Karl Öman, Hedda Vik, Tor Ask och Linn Bro.\n"
                    "Frånvarande: Siri Dahl.\n\n3. Tvättstugan\nStyrelsen beslutade att byta torktumlaren.\n")
    assert [(n, st) for n, _, st, _, _, _ in got] == [
        ("Karl Öman", "present"), ("Hedda Vik", "present"), ("Tor Ask", "present"), ("Linn Bro", "present"),
        ("Siri Dahl", "absent")]


def test_role_first_official_with_a_paragraph_note_and_a_substitute_for_a_member():
    got = entries("Tjänstgörande ersättare\nMaj Falk för Olle Sten\n\nÖvriga närvarande\nKamrer Åsa Berg, §§ 12–14")
    assert got == [("Maj Falk", None, "present", "tjänstgörande ersättare", None, "för Olle Sten"),
                   ("Åsa Berg", "kamrer", "present", "kamrer", None, "§§ 12–14")]


def test_group_note_after_a_comma_list_and_a_second_sentence_on_the_same_line():
    got = front("Närvarande styrelseledamöter:\nIda Rönn, Ove Sand och Klara Bjur (på plats). Leif Ahl (via Teams).\n"
                "Frånvarande:\nMira Hök och Sam Lund.")
    assert [(n, aff, st, note) for n, aff, st, _, _, note in got] == [
        ("Ida Rönn", None, "present", "på plats"), ("Ove Sand", None, "present", "på plats"),
        ("Klara Bjur", None, "present", "på plats"), ("Leif Ahl", None, "present", "via Teams"),
        ("Mira Hök", None, "absent", None), ("Sam Lund", None, "absent", None)]


def test_dessutom_narvarade_with_a_role_and_organisation():
    got = entries("Närvarande medlemmar: Alva Nord, Bo Strand och Cecilia Hed.\n"
                  "Dessutom närvarade: Dennis Ros, ombudsman Byggnads Väst.")
    assert got[-1] == ("Dennis Ros", "Byggnads Väst", "present", "ombudsman", None, None)


def test_dessutom_narvarade_sentence_wrapped_after_a_head_count():
    got = front("Närvarande: 19 röstberättigade medlemmar enligt röstlängd (bilaga 1). Dessutom\n"
                "närvarade Hans Ljung från Länsstyrelsen i Lövby län.")
    assert [(n, aff, st) for n, aff, st, _, _, _ in got] == [("Hans Ljung", "Länsstyrelsen i Lövby län", "present")]


def test_presence_marks_in_a_layout_table_with_groups_under_it():
    got = front("     Ledamöter                        Närvarande\n"
                "     Agnes Holm                       X, mötesordförande § 1–§ 4\n"
                "     Rasmus Ek                        X\n"
                "     Vera Lind                        anmält förhinder\n\n"
                "     Suppleanter\n"
                "     Ture Bro                         X, ej § 3\n\n"
                "     Kansliet\n"
                "     Lena Fågel                       X, sekreterare\n"
                "     Olof Ring                        X")
    assert [(n, st, role, note) for n, _, st, role, _, note in got] == [
        ("Agnes Holm", "present", None, "mötesordförande § 1–§ 4"), ("Rasmus Ek", "present", None, None),
        ("Vera Lind", "excused", None, None), ("Ture Bro", "present", "suppleant", "ej § 3"),
        ("Lena Fågel", "present", "sekreterare", None), ("Olof Ring", "present", None, None)]


def test_presence_table_with_serving_columns_a_vote_column_and_the_role_under_the_name():
    got = front("     Beslutande\n\n"
                "     Ordinarie ledamöter                  Närvaro          § 4\n"
                "                                          Tjg    Ej tjg    Ja    Nej\n"
                "     Elsa Grön (S)                        X\n"
                "     ordförande\n"
                "     Kurt Ahl (M)                         X                      X\n"
                "     Nora Berg (C)\n"
                "     Ivar Lo (L)                          X                X\n\n"
                "     Ersättare                            Närvaro\n"
                "     Pia Sund (C)                         X                          ersätter Nora Berg (C)\n"
                "     Olle Ris (M)                                  X\n\n"
                "     Övriga närvarande\n"
                "     Ekonomichef Rut Berg")
    assert got == [("Elsa Grön", "S", "present", "ordförande", "S", None),
                   ("Kurt Ahl", "M", "present", None, "M", None),
                   ("Nora Berg", "C", "absent", None, "C", None),
                   ("Ivar Lo", "L", "present", None, "L", None),
                   ("Pia Sund", "C", "present", "tjänstgörande ersättare", "C", "ersätter Nora Berg (C)"),
                   ("Olle Ris", "M", "present", "ersättare", "M", None),
                   ("Rut Berg", "ekonomichef", "present", "ekonomichef", None, None)]


def test_a_presence_table_ends_at_the_next_label_and_substitutes_keep_columns_of_their_own():
    # Regression: a table in a label column swallowed every later line with column gaps ("Övriga närvarande",
    # "Utses att justera", "Underskrifter   Sekreterare ....") as people, and "Nej" under the substitutes'
    # own "Tjänstgör" column was read in the members' "Närvarande" column (absent).
    got = front("Beslutande          Ledamöter                 Parti     Närvarande\n"
                "                    Stina Holm, ordförande    C         X\n"
                "                    Rolf Ek                   M         X\n"
                "                    Gun Lind                  S\n\n"
                "                    Ersättare                 Parti     Tjänstgör\n"
                "                    Åke Berg                  M         Ja\n"
                "                    Lisa Sand                 S         Nej\n\n"
                "Övriga närvarande   Eva Gran, sekreterare\n\n"
                "Utses att justera   Rolf Ek\n\n"
                "Justeringens plats och tid   Kommunhuset 2025-10-09\n\n"
                "Underskrifter   Sekreterare   ..............................   Paragrafer 1–3\n"
                "                              Eva Gran\n"
                "                Ordförande    ..............................\n"
                "                              Stina Holm")
    assert [(n, st, role, party) for n, _, st, role, party, _ in got] == [
        ("Stina Holm", "present", "ordförande", "C"), ("Rolf Ek", "present", None, "M"),
        ("Gun Lind", "absent", None, "S"), ("Åke Berg", "present", "tjänstgörande ersättare", "M"),
        ("Lisa Sand", "present", "ersättare", "S"), ("Eva Gran", "present", "sekreterare", None)]
