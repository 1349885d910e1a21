"""Attendance shapes of other bodies' minutes, one test per shape (fictional names)."""
from protokoll.clean.lines import clean
from protokoll.vocab import conventions as cv
from protokoll.parse.attendance import parse_attendance
from protokoll.pipeline import parse_text


def entries(text):
    return [(a.name, a.affiliation, a.status, a.role, a.party, a.note)
            for a in parse_attendance(clean(text, repair=False).lines)]


def test_role_words_in_any_form_have_a_base():
    assert cv.role_base("suppleanten") == "suppleant"
    assert cv.role_base("Ersättarna") == "Ersättare"
    assert cv.role_base("ledamöterna") == "ledamot"
    assert cv.role_base("Kommundirektör") == "Kommundirektör"
    assert cv.role_base("Lindqvist") is None
    assert cv.is_plural_role("Ersättarna") and not cv.is_plural_role("suppleanten")


def test_officials_written_title_first_take_the_title_as_affiliation():
    got = entries("Tjänstepersoner:\nKommundirektör Per Holm\nEkonomichef Eva Ek, §§ 12 och 14")
    assert got == [("Per Holm", "kommundirektör", "present", "kommundirektör", None, None),
                   ("Eva Ek", "ekonomichef", "present", "ekonomichef", None, "§§ 12 och 14")]


def test_role_with_part_time_note_after_the_party():
    (got,) = entries("Ersättare:\nLena Rå (M), tjänstgörande ersättare §§ 5–7")
    assert got == ("Lena Rå", "M", "present", "tjänstgörande ersättare", "M", "§§ 5–7")


def test_substitute_for_a_member_is_a_note():
    (got,) = entries("Tjänstgörande ersättare:\nSiv Rand (S) för Olof Ahl (S)")
    assert got[:5] == ("Siv Rand", "S", "present", "tjänstgörande ersättare", "S")
    assert got[5] == "för Olof Ahl (S)"


def test_mixed_paragraph_of_substitutes_and_title_first_officials_wrapped_after_a_title():
    got = entries("Övriga deltagande\nErsättarna Kim Berg (M) och Ali Noor (C) samt sekreterare Eva Lund, kulturchef\n"
                  "Jan Ros, IT-chef Moa Ek §§ 3–4 och controller Ulf Ax § 2.")
    assert [(n, aff, role, note) for n, aff, _, role, _, note in got] == [
        ("Kim Berg", "M", "ersättare", None), ("Ali Noor", "C", "ersättare", None),
        ("Eva Lund", "sekreterare", "sekreterare", None), ("Jan Ros", "kulturchef", "kulturchef", None),
        ("Moa Ek", "IT-chef", "it-chef", "§§ 3–4"), ("Ulf Ax", "controller", "controller", "§ 2")]


def test_sentence_with_a_definite_role_before_the_last_name():
    got = entries("Närvarande var styrelseledamöterna Anna Ek, Per Berg och Lisa Holm samt suppleanten Olle Dahl.")
    assert [(n, aff, role) for n, aff, _, role, _, _ in got] == [
        ("Anna Ek", None, None), ("Per Berg", None, None), ("Lisa Holm", None, None),
        ("Olle Dahl", "suppleant", "suppleant")]


def test_comma_list_with_part_time_notes_in_parentheses():
    got = entries("Närvarande: Eva Öst (ordförande), Bo Ruth (18.30–19.15),\nKai Lo (från 19.00), Ida Sand")
    assert [(n, note) for n, _, _, _, _, note in got] == [
        ("Eva Öst", None), ("Bo Ruth", "18.30–19.15"), ("Kai Lo", "från 19.00"), ("Ida Sand", None)]


def test_voting_roll_by_property_in_a_layout_table():
    text = ("Protokoll fört vid ordinarie stämma i Tallbackens samfällighetsförening\nDatum: 2024-03-16\n\n"
            "     Röstlängd:           Fastighet            Företrädd av\n"
            "                          Tallbacken 1:3       Kurt Rosén\n"
            "                          Tallbacken 1:11      Rut Åberg\n\n"
            "§ 1 Stämmans öppnande\nOrdföranden öppnade stämman.\n")
    got = parse_text(text, "roll.txt").attendees
    assert [(a.name, a.affiliation, a.status) for a in got] == [
        ("Kurt Rosén", "Tallbacken 1:3", "present"), ("Rut Åberg", "Tallbacken 1:11", "present")]


def test_heading_with_extra_words_before_the_colon():
    got = entries("Närvarande ej tjänstgörande ersättare: Olle Wiik (S), Tina Fors (M) och Ronja Sved (C)")
    assert [(n, aff, role) for n, aff, _, role, _, _ in got] == [
        ("Olle Wiik", "S", "ersättare"), ("Tina Fors", "M", "ersättare"), ("Ronja Sved", "C", "ersättare")]


def test_heading_qualified_by_words_before_its_colon():
    got = entries("Närvarande från styrelsen: Anna Ek, Per Berg och Lisa Holm\nFrånvarande ledamöter i år: Bo Ruth")
    assert [(n, status) for n, _, status, _, _, _ in got] == [
        ("Anna Ek", "present"), ("Per Berg", "present"), ("Lisa Holm", "present"), ("Bo Ruth", "absent")]


ROLL_MINUTES = """PROTOKOLL
Kommunfullmäktige i Ekby kommun
Sammanträdesdatum 2024-04-22

Beslutande: Se närvaro- och omröstningslista, bilaga 1

§ 1
Val av justerare
Kommunfullmäktige beslutar att utse Eva Ros att justera protokollet.

§ 2
Meddelanden
Kommunfullmäktige beslutar att lägga meddelandena till handlingarna.

Bilaga 1
{header}
{rows}
Summa § 2: 2 ja, 0 nej
"""


def _roll(sep):
    header = sep.join(["Ledamot", "Parti", "Närvarande", "Tjänstgörande ersättare", "§ 2"])
    rows = "\n".join(sep.join(r) for r in [
        ["Eva Ros, ordförande", "S", "Ja", "–", "Ja"],
        ["Per-Olof Lind", "M", "Nej", "Åsa Berg (M)", "Ja"],
        ["Kim Ek", "SD", "Nej", "–", "–"]])
    return parse_text(ROLL_MINUTES.format(header=header, rows=rows), "roll.txt")


def test_roll_in_an_appendix_with_substitutes_in_single_and_layout_spacing():
    for sep in (" ", "      "):
        protocol = _roll(sep)
        got = [(a.name, a.affiliation, a.status, a.role) for a in protocol.attendees]
        assert got == [("Eva Ros", "S", "present", "ordförande"), ("Per-Olof Lind", "M", "absent", None),
                       ("Åsa Berg", "M", "present", "tjänstgörande ersättare"), ("Kim Ek", "SD", "absent", None)]
        assert [i.title for i in protocol.items] == ["Val av justerare", "Meddelanden"]
        assert "Åsa Berg" not in (protocol.items[-1].summary or "")


def test_item_heading_at_the_top_of_a_page_after_the_page_block_is_kept():
    page = "Ekby församling\nPROTOKOLL\nKyrkorådet\nSammanträdesdatum 2024-09-18\nSida {n} (2)\n\n"
    text = (page.format(n=1) + "Plats och tid: Församlingshemmet kl. 18.00–20.00\n\nBeslutande:\nAnna Ek (S)\n\n"
            "§ 1\nVal av justerare\nKyrkorådet beslutar att utse Anna Ek att justera protokollet.\n\f"
            + page.format(n=2) + "§ 2\nBudget 2025\nKyrkorådet beslutar att fastställa budgeten.\n")
    protocol = parse_text(text, "sida.txt")
    assert [(i.number, i.title) for i in protocol.items] == [(1, "Val av justerare"), (2, "Budget 2025")]


def test_comma_paragraph_with_roles_substitutions_and_names_wrapped_over_lines():
    got = entries("Närvarande: Eva Holm (S), ordförande, Leif Sand (M), vice ordförande, Nils\n"
                  "Ekvall (C), Mona Wik (S) ersätter Rolf Dahl (S), Tove\nLind (V)\n\n"
                  "Övriga: Jan Berg, valsamordnare, Per Lind, kommunsekreterare t.o.m. 13,\nSofia Ahl, IT-samordnare 14")
    assert [(n, aff, role, note) for n, aff, _, role, _, note in got] == [
        ("Eva Holm", "S", "ordförande", None), ("Leif Sand", "M", "vice ordförande", None),
        ("Nils Ekvall", "C", None, None), ("Mona Wik", "S", "tjänstgörande ersättare", "ersätter Rolf Dahl (S)"), ("Tove Lind", "V", None, None),
        ("Jan Berg", "valsamordnare", "valsamordnare", None), ("Per Lind", "kommunsekreterare", "kommunsekreterare", "t.o.m. 13"),
        ("Sofia Ahl", "IT-samordnare", "it-samordnare", "14")]


def test_initials_in_parentheses_are_not_a_party():
    got = entries("Närvarande:\nKarin Lund (KL), ordförande\nMats Ek (ME)\nPer-Olof Sand (POS)\nAnna Ek (S)")
    assert [(n, aff, party) for n, aff, _, _, party, _ in got] == [
        ("Karin Lund", "ordförande", None), ("Mats Ek", None, None), ("Per-Olof Sand", None, None), ("Anna Ek", "S", "S")]


def test_note_in_parentheses_after_the_organisation():
    got = entries("Närvarande:\nAnna Lilja, Tallmo kommun (per telefon)\nBo Ek, Energikontoret Västra\n"
                  "Inbjuden:\nÅke Ros, Gransjö kommun (pkt 5)")
    assert [(n, aff, note) for n, aff, _, _, _, note in got] == [
        ("Anna Lilja", "Tallmo", "per telefon"), ("Bo Ek", "Energikontoret Västra", None), ("Åke Ros", "Gransjö", "pkt 5")]


def test_roll_with_marks_groups_and_notes_in_layout_columns():
    text = ("PROTOKOLL\nRegion Ekby\nRegionstyrelsens arbetsutskott\nSammanträdesdatum 2025-03-18\n\n"
            "Beslutande: Enligt närvarolista\n\nNärvarolista\n\n"
            "Namn                 Parti   Närvaro   Anteckningar/\n"
            "                                       Tjänstgörande ersättare\n"
            "Ledamöter (3)\n"
            "Anna Lind            S       1         Ordförande\n"
            "Omar Ali             S       -         Hanna Lif (S)\n"
            "Bo Ek                M       1\n"
            "Ersättare (2)\n"
            "Hanna Lif            S       1         Tjänstgör för Omar Ali (S)\n"
            "Eva Ros              C       -\n\n"
            "Övriga närvarande\nKim Berg, nämndsekreterare\n\n"
            "§ 1\nVal av justerare\nArbetsutskottet beslutar att utse Bo Ek att justera protokollet.\n"
            "§ 2\nInformation\nArbetsutskottet beslutar att lägga informationen till handlingarna.\n")
    got = [(a.name, a.affiliation, a.status, a.role) for a in parse_text(text, "roll.txt").attendees]
    assert got == [("Kim Berg", "nämndsekreterare", "present", "nämndsekreterare"),
                   ("Anna Lind", "S", "present", "ordförande"), ("Omar Ali", "S", "absent", None),
                   ("Hanna Lif", "S", "present", "tjänstgörande ersättare"), ("Bo Ek", "M", "present", None),
                   ("Eva Ros", "C", "absent", "ersättare")]


def test_role_in_a_second_parenthesis():
    got = entries("Beslutande:\nEwa Gran (S) (ordförande)\nRoger Falk (SD) (ersättare) ersätter Per Ek (SD)")
    assert [(n, aff, role, party, note) for n, aff, _, role, party, note in got] == [
        ("Ewa Gran", "S", "ordförande", "S", None), ("Roger Falk", "SD", "ersättare", "SD", "ersätter Per Ek (SD)")]


def test_label_column_heading_wrapped_beside_its_values():
    text = ("PROTOKOLL\nEkby kommun\nMiljönämnden\nSammanträdesdatum 2024-05-14\n\n"
            "   Beslutande            Anna Ek (S), ordförande\n"
            "                         Bo Lind (M)\n"
            "   Ej tjänstgörande      Petra Vik (C)\n"
            "   ersättare             Roger Falk (SD)\n"
            "   Justerare             Bo Lind\n\n"
            "§ 1 Val av justerare\nNämnden beslutar att utse Bo Lind att justera protokollet.\n"
            "§ 2 Information\nNämnden beslutar att lägga informationen till handlingarna.\n")
    got = [(a.name, a.role) for a in parse_text(text, "wrapped.txt").attendees]
    assert got == [("Anna Ek", "ordförande"), ("Bo Lind", None), ("Petra Vik", "ersättare"), ("Roger Falk", "ersättare")]


def test_job_abbreviations_party_names_and_roles_with_where():
    from protokoll.pipeline import parse_text

    text = """Protokoll fört vid styrelsesammanträde för Exempel Bostäder AB
Tid: 2024-09-24 kl. 15.00–17.10

Närvarande ledamöter:
Marie Lodin (M), 1:e vice ordf.
Göran Sjöholm (Sjukvårdspartiet)

Övriga närvarande:
Christina Falk, VD
Jonas Wik, chef för kansliavdelningen
Frida Engström (MAS) §§ 2–3

1. Mötets öppnande
2. Ekonomi
3. Avslutning
"""
    got = {a.name: (a.role, a.party) for a in parse_text(text).attendees}
    assert got == {"Marie Lodin": ("1:e vice ordförande", "M"), "Göran Sjöholm": (None, "Sjukvårdspartiet"),
                   "Christina Falk": ("VD", None), "Jonas Wik": ("chef för kansliavdelningen", None),
                   "Frida Engström": ("MAS", None)}


def test_comma_list_of_first_names_only_is_one_person_each():
    got = entries("Närvarande: Maja, Jörgen, Lena och Ingrid")
    assert [(n, aff) for n, aff, *_ in got] == [("Maja", None), ("Jörgen", None), ("Lena", None), ("Ingrid", None)]


def test_a_name_and_a_place_is_not_a_list_of_first_names():
    (got,) = entries("Närvarande:\nAnna Ek, Gransjö")
    assert got[:3] == ("Anna Ek", "Gransjö", "present")


def test_two_column_table_of_members_and_the_organisation_they_represent():
    got = entries("Ledamöter                         Organisation\n"
                  "Karin Ekdahl                      Harsjö kommun\n"
                  "Per Wiklund                       Västersjö Energi AB\n")
    assert [(n, aff, st) for n, aff, st, *_ in got] == [
        ("Karin Ekdahl", "Harsjö", "present"), ("Per Wiklund", "Västersjö Energi AB", "present")]


def test_presence_table_with_two_people_a_row_and_n_f_marks():
    got = entries("Närvarolista\nNamn                N/F     Namn                  N/F\n"
                  "Anna Ek             N       Per Berg              F\n"
                  "Lisa Holm           N       Bo Rask               N\n")
    assert [(n, st) for n, _, st, *_ in got] == [
        ("Anna Ek", "present"), ("Per Berg", "absent"), ("Lisa Holm", "present"), ("Bo Rask", "present")]


def test_presence_table_with_a_notes_column():
    got = entries("Närvaro\nNamn                N/F     Anteckning\nAnna Ek             N       ordförande\n"
                  "Per Berg            F\nLisa Holm           N       från § 4\n")
    assert [(n, st, role, note) for n, _, st, role, _, note in got] == [
        ("Anna Ek", "present", "ordförande", None), ("Per Berg", "absent", None, None),
        ("Lisa Holm", "present", None, "från § 4")]


def test_descriptive_list_headings_are_present_lists():
    p = parse_text("Protokoll fört vid sammanträde med Ekby kulturnämnd 2025-02-11\n\n"
                   "Närvarande ledamöter (röstberättigade)\nAnna Ek (S)\nPer Berg (M)\n\n"
                   "Närvarande med yttrande- och förslagsrätt\nBo Rask (C)\nOlle Dahl, kommunsekreterare\n\n"
                   "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n", "headings.txt")
    assert [(a.name, a.affiliation, a.status) for a in p.attendees] == [
        ("Anna Ek", "S", "present"), ("Per Berg", "M", "present"), ("Bo Rask", "C", "present"),
        ("Olle Dahl", "kommunsekreterare", "present")]


def test_abbreviated_serving_substitute_is_a_role_and_whom_for_a_note():
    got = entries("Närvarande:\nPer Berg (M) tjg ers för Bo Rask (M)\nLisa Holm (C), tjg. ersättare för Olle Dahl (C)")
    assert got == [("Per Berg", "M", "present", "tjänstgörande ersättare", "M", "för Bo Rask (M)"),
                   ("Lisa Holm", "C", "present", "tjänstgörande ersättare", "C", "för Olle Dahl (C)")]


def test_shareholder_represented_by_a_proxy():
    got = entries("Närvarande aktieägare:\nHarsjö kommun, genom ombudet Anna Ek, 10 000 aktier\n"
                  "Västersjö Fastigheter AB, genom ombudet Per Berg, 2 500 aktier")
    assert got == [("Anna Ek", "Harsjö", "present", None, None, "10 000 aktier"),
                   ("Per Berg", "Västersjö Fastigheter AB", "present", None, None, "2 500 aktier")]


def test_abbreviated_serving_substitute_written_before_the_name():
    got = entries("Närvarande:\nTjg ers Per Berg (M) för Bo Rask (M)\nAnna Ek (S)")
    assert got[0] == ("Per Berg", "M", "present", "tjänstgörande ersättare", "M", "för Bo Rask (M)")
    assert got[1][:2] == ("Anna Ek", "S")


def test_abbreviated_substitute_without_a_party_takes_the_role_as_affiliation():
    (got,) = entries("Närvarande ersättare\nKlara Öhman, tjg ers för Elias Nyberg")
    assert got == ("Klara Öhman", "tjänstgörande ersättare", "present", "tjänstgörande ersättare", None,
                   "för Elias Nyberg")


def test_plural_role_in_a_layout_role_column_holds_for_the_names_beside_and_under_it():
    p = parse_text("SAMMANTRÄDESPROTOKOLL\nEKBY KOMMUN\nKulturnämnden\n\n"
                   "   Tid och plats       Onsdagen den 14 maj 2025 kl. 09.30–11.40\n"
                   "                       Kommunhuset, rum Forsen\n\n"
                   "   Närvarande          Ordförande           Agneta Ryd (S)\n"
                   "                       Ledamöter            Siv Hammar (C)\n"
                   "                                            Jan Ulf (KD)\n"
                   "   Frånvarande                              Karl Nord (S)\n\n"
                   "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n", "column.txt")
    assert [(a.name, a.status, a.role) for a in p.attendees] == [
        ("Agneta Ryd", "present", "ordförande"), ("Siv Hammar", "present", "ledamot"),
        ("Jan Ulf", "present", "ledamot"), ("Karl Nord", "absent", None)]


def test_a_list_written_on_its_headings_line_ends_at_a_blank_line():
    from protokoll.pipeline import parse_text

    text = """Minnesanteckningar föräldrarådet Ekbackaskolan
Datum: 2025-11-12
Närvarande: Anna Berg, Per Ek, Lisa Holm

Skolgården
Rektor berättade om planerna. Anna tar fram ett förslag.

Julmarknad
Per samordnar bakningen.
"""
    p = parse_text(text)
    assert [a.name for a in p.attendees] == ["Anna Berg", "Per Ek", "Lisa Holm"]
    assert [i.title for i in p.items][:2] == ["Skolgården", "Julmarknad"]


# --- shapes of issue 8, fixtures 100–104 ----------------------------------------------------------------

def test_role_after_a_dash_under_sub_headings():
    text = ("Protokoll fört vid styrelsemöte i Ekby Byalag 2025-03-10\n\nNärvarande:\nOrdinarie ledamöter:\n"
            "Kari Ek – ordförande\nLeo Stål – vice ordf\nSuppleanter:\nAnn Sjö\n\nFörhinder:\nRolf Berg – ledamot\n\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n")
    got = [(a.name, a.affiliation, a.status, a.role) for a in parse_text(text, "dash.txt").attendees]
    assert got == [("Kari Ek", "ordförande", "present", "ordförande"), ("Leo Stål", "vice ordf", "present", "vice ordförande"),
                   ("Ann Sjö", None, "present", "suppleant"), ("Rolf Berg", "ledamot", "excused", "ledamot")]


def test_title_first_official_with_a_part_time_note_one_a_line():
    text = ("EKBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKulturnämnden\nSammanträdesdatum 2025-02-12\n\nBeslutande\n"
            "Mia Holm (S) ordförande\nJan Ek (M)\n\nÖvriga närvarande\nFörvaltningschef Karl Berg\n"
            "Controller Jonas Lilja §§ 2–3\n\n§ 1\nVal av justerare\nKulturnämnden beslutar att utse Jan Ek.\n")
    got = {a.name: (a.role, a.note) for a in parse_text(text, "officials.txt").attendees}
    assert got["Jonas Lilja"] == ("controller", "§§ 2–3")
    assert got["Karl Berg"] == ("förvaltningschef", None)


def test_a_roll_printed_as_lists_on_the_last_page():
    text = ("EKBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2025-04-24\n\nBeslutande\n"
            "Se närvarolista, sidan 2\n\nUtses att justera\nIda Moberg (C)\n\n§ 21\nVal av justerare\n"
            "Kommunfullmäktige beslutar att utse Ida Moberg (C) att justera protokollet.\n\n§ 22\nDelårsrapport\n"
            "Kommunfullmäktige beslutar att godkänna delårsrapporten.\n\f"
            "Närvarolista\n\nLedamöter\nStig Ahl (S), ordförande\nIda Moberg (C)\n\nTjänstgörande ersättare\n"
            "Kjell Ek (M) för Ulla Berg (M)\n\nAnmält förhinder\nUlla Berg (M)\n")
    p = parse_text(text, "roll.txt")
    got = {a.name: (a.status, a.role, a.party) for a in p.attendees}
    assert got == {"Stig Ahl": ("present", "ordförande", "S"), "Ida Moberg": ("present", None, "C"),
                   "Kjell Ek": ("present", "tjänstgörande ersättare", "M"), "Ulla Berg": ("excused", None, "M")}
    assert [d.text for i in p.items for d in i.decisions] == [
        "att utse Ida Moberg (C) att justera protokollet.", "att godkänna delårsrapporten."]


def test_presence_table_one_cell_a_paragraph_row_by_row_with_an_empty_cell():
    text = ("Ekby scoutkår\nPROTOKOLL\nStyrelsemöte nr 3 2025\n\nDatum\n\n2025-03-11\n\nPlats\n\nScoutstugan Tallbo\n\n"
            "Närvaro\nNamn\n\nRoll\n\nNärvarande\n\nSigne Åker\n\nOrdförande\n\nJa\n\nJohan Brink\n\nLedamot\n\nNej\n\n"
            "Elif Yilmaz\n\nJa\n\nRonja Tapper\n\nLedamot\n\nJa, från punkt 3\n\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Dagordning\nDagordningen godkändes.\n\n"
            "3. Mötets avslutande\nOrdföranden avslutade mötet.\n")
    p = parse_text(text, "cells.txt")
    got = [(a.name, a.status, a.role, a.note) for a in p.attendees]
    assert got == [("Signe Åker", "present", "ordförande", None), ("Johan Brink", "absent", "ledamot", None),
                   ("Elif Yilmaz", "present", None, None), ("Ronja Tapper", "present", "ledamot", "från punkt 3")]
    assert p.location == "Scoutstugan Tallbo"
    assert [i.title for i in p.items] == ["Mötets öppnande", "Dagordning", "Mötets avslutande"]


def test_roll_given_column_by_column():
    text = ("Protokoll fört vid föreningsstämma i Brf Gjutaren 2025-05-20\n\nNärvarande medlemmar\n\nLgh nr\n1001\n1002\n"
            "1101\nÖvriga lägenheter var inte\nföreträdda.\n\nNamn\nSara Öhman\nKent Ljung\nFilip Nordh\n\n"
            "§ 1 Stämmans öppnande\nFilip Nordh öppnade stämman.\n")
    got = [(a.name, a.affiliation) for a in parse_text(text, "columns.txt").attendees]
    assert got == [("Sara Öhman", "1001"), ("Kent Ljung", "1002"), ("Filip Nordh", "1101")]


def front(lines: str):
    """Attendees of minutes whose front matter is ``lines``, read through the whole parser."""
    text = ("Protokoll fört vid styrelsemöte i Ekby Byalag 2025-03-10\n\n" + lines + "\n\n1. Mötets öppnande\n"
            "Ordföranden öppnade mötet.\n\n2. Dagordning\nDagordningen godkändes.\n\n3. Mötets avslutande\nMötet avslutades.\n")
    p = parse_text(text, "front.txt")
    return [(a.name, a.affiliation, a.status, a.role, a.party, a.note) for a in p.attendees]


def test_role_after_the_name_without_a_comma_one_a_line():
    got = front("Närvarande:\nAnna Berg ordförande\nPer Ek kassör\nBo Ek")
    assert [g[:4] for g in got] == [("Anna Berg", "ordförande", "present", "ordförande"),
                                    ("Per Ek", "kassör", "present", "kassör"), ("Bo Ek", None, "present", None)]


def test_roles_written_as_labels_inside_a_list_are_entries_and_officers():
    text = ("Protokoll fört vid styrelsemöte i Ekby Byalag 2025-03-10\n\nNärvarande:\nOrdförande: Anna Berg\n"
            "Kassör: Per Ek\nSekreterare: Lisa Holm\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            "2. Dagordning\nDagordningen godkändes.\n\n3. Mötets avslutande\nMötet avslutades.\n")
    p = parse_text(text, "labels.txt")
    assert [(a.name, a.role) for a in p.attendees] == [("Anna Berg", "ordförande"), ("Per Ek", "kassör"),
                                                       ("Lisa Holm", "sekreterare")]
    assert (p.chair, p.secretary) == ("Anna Berg", "Lisa Holm")


def test_officer_labels_after_an_inline_list_add_no_attendee():
    text = ("Protokoll fört vid styrelsemöte i Ekby Byalag 2025-03-10\n\nNärvarande: Anna Berg, Per Ek, Lisa Holm\n"
            "Ordförande: Anna Berg\nSekreterare: Per Ek\nJusterare: Lisa Holm\n\n1. Mötets öppnande\n"
            "Ordföranden öppnade mötet.\n\n2. Dagordning\nDagordningen godkändes.\n\n3. Mötets avslutande\nMötet avslutades.\n")
    p = parse_text(text, "inline.txt")
    assert [(a.name, a.role) for a in p.attendees] == [("Anna Berg", None), ("Per Ek", None), ("Lisa Holm", None)]
    assert (p.chair, p.secretary, p.adjusters) == ("Anna Berg", "Per Ek", ["Lisa Holm"])


def test_role_first_entry_with_a_class_code_is_an_entry_not_an_office():
    got = front("Närvarande:\nKassör Per Ek, D-10\nOrdförande Anna Berg, E-11")
    assert [(g[0], g[3]) for g in got] == [("Per Ek", "kassör"), ("Anna Berg", "ordförande")]


def test_speaking_rights_beside_a_name_are_a_note():
    (got,) = entries("Adjungerade:\nMaja Ros (utan rösträtt, med yttranderätt)")
    assert got == ("Maja Ros", None, "present", "adjungerad", None, "utan rösträtt, med yttranderätt")


def test_a_title_before_a_name_wrapped_inside_a_comma_paragraph():
    got = entries("Övriga deltagande\nErsättarna Rolf Ahl (M) och Sanna Kvist (C) samt sekreterare Jenny\n"
                  "Nyström, socialchef\nAnders Wall, IFO-chef Petra Ros §§ 34–37 och ekonom Lina Holm §\n31.")
    assert [(g[0], g[3]) for g in got] == [("Rolf Ahl", "ersättare"), ("Sanna Kvist", "ersättare"),
                                           ("Jenny Nyström", "sekreterare"), ("Anders Wall", "socialchef"),
                                           ("Petra Ros", "ifo-chef"), ("Lina Holm", "ekonom")]


def test_a_list_heading_wrapped_in_a_narrow_cell():
    got = front("Beslutande:\n\nSe bifogad närvarolista\n\nNärvarande ej\ntjänstgörande ersättare:\n\n"
                "Olle Wiik (S), Tina Forsman (M) och Ronja Sved (C)")
    assert [(g[0], g[3]) for g in got] == [("Olle Wiik", "ersättare"), ("Tina Forsman", "ersättare"),
                                           ("Ronja Sved", "ersättare")]


def test_presence_marks_written_after_the_names():
    got = front("Ledamöter Närvarande\nHedda Ros X, mötesordförande\nDavid Lange anmält förhinder\nSuppleanter\n"
                "Carina Gröndahl X\nSekretariatet\nTessa Fick X, sekreterare")
    assert [g[:4] for g in got] == [("Hedda Ros", "mötesordförande", "present", "mötesordförande"),
                                    ("David Lange", None, "excused", None),
                                    ("Carina Gröndahl", None, "present", "suppleant"),
                                    ("Tessa Fick", "sekreterare", "present", "sekreterare")]


def test_abbreviated_substitute_serving_for_a_member_after_the_party():
    (got,) = entries("Närvarande\nBo Ek (C) ers. för Lisa Holm (C)")
    assert got == ("Bo Ek", "C", "present", "tjänstgörande ersättare", "C", "ers. för Lisa Holm (C)")


def test_roll_given_column_by_column_with_the_heading_beside_the_first_title():
    got = front("Röstlängd: Fastighet\nEkbacken 1:3\nEkbacken 1:4\nFöreträdd av\nBengt Rosén\nAnnika Holst")
    assert [(g[0], g[1]) for g in got] == [("Bengt Rosén", "Ekbacken 1:3"), ("Annika Holst", "Ekbacken 1:4")]


def test_attendance_written_as_an_opening_item():
    text = ("Styrelsemöte för Brf Linden\nDatum: 2025-11-18\n\n1. Mötets öppnande\nOrdförande Eva Lund öppnade mötet.\n\n"
            "2. Närvaro\nFöljande närvarade vid mötet: Eva Lund (ordf), Kim Berg (kassör), Sara Ek.\n\n"
            "3. Tvättstugan\nStyrelsen beslutade att byta torktumlaren. Kim beställer en ny senast den 5 december.\n")
    p = parse_text(text, "item.txt")
    assert [(a.name, a.role) for a in p.attendees] == [("Eva Lund", "ordförande"), ("Kim Berg", "kassör"), ("Sara Ek", None)]
    assert [(a.assignee, str(a.due)) for d in p.items[2].decisions for a in d.actions] == [("Kim", "2025-12-05")]


def test_a_roll_table_on_a_later_page_with_the_party_beside_the_name():
    text = ("EKBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2025-04-24\n\nBeslutande\n"
            "Se bilaga 1\n\n§ 21\nVal av justerare\nKommunfullmäktige beslutar att utse Ida Moberg (C) att justera "
            "protokollet.\n\n§ 22\nDelårsrapport\nKommunfullmäktige beslutar att godkänna delårsrapporten.\n\f"
            "Bilaga 1 Närvarolista\n\nLedamot                 Närvarande\nStig Ahl (S)            Ja\n"
            "Per Falk (M)            Nej\n")
    got = [(a.name, a.affiliation, a.status, a.party) for a in parse_text(text, "table.txt").attendees]
    assert got == [("Stig Ahl", "S", "present", "S"), ("Per Falk", "M", "absent", "M")]


def test_a_substitution_wrapped_onto_the_next_line_keeps_the_role():
    text = ("Fritidsnämnden\nProtokoll 2026-01-28\n"
            "Beslutande               Maja Berg (S) ordf., Sten Ulv (S), Lars\n"
            "                         Åkerlund (M), Vera Kask (L)\n"
            "                         tjänstgörande ersättare för Tor Sund (C)\n"
            "\n§ 1 Upprop\nBeslut\nNämnden beslutar att godkänna uppropet.\n")
    vera = [a for a in parse_text(text).attendees if a.name == "Vera Kask"]
    assert [(a.role, a.party) for a in vera] == [("tjänstgörande ersättare", "L")]


def test_what_remains_of_an_appendix_roll_grid_is_no_decision_text():
    # Plain pdftotext broke the roll's grid into one cell a line and carried the sum row and the "Nej" /
    # "Avstår" columns past the rows: those lines belong to the roll, not to the last item's decision.
    from conftest import FIXTURES
    text = (FIXTURES / "genre" / "texts" / "213_kf_bilaga_summarad.txt").read_text(encoding="utf-8")
    p = parse_text(text, "213.txt")
    assert [d.text for d in p.items[-1].decisions] == ["att remittera motionen till kommunstyrelsen för beredning."]
    assert {("Vera Lind", "absent"), ("Nils Ek", "present")} <= {(a.name, a.status) for a in p.attendees}


def test_two_adjusters_signing_side_by_side_in_the_front_matter_are_two():
    # "Justerande ..... ....." / "Tilda Rask Oskar Blom": the PDF's text ran the two signatures into one line.
    from conftest import FIXTURES
    text = (FIXTURES / "genre" / "texts" / "213_kf_bilaga_summarad.txt").read_text(encoding="utf-8")
    assert parse_text(text, "213.txt").adjusters == ["Tilda Rask", "Oskar Blom"]


def test_two_signatures_on_one_line_with_one_space_between():
    text = ("Protokoll fört vid styrelsemöte i Ekby Byalag 2025-03-10\n\nNärvarande: Anna Berg (ordf), Per Ek (sekr), "
            "Lisa Holm\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Mötets avslutande\nMötet avslutades.\n\n"
            "Vid protokollet: Per Ek Justeras: Lisa Holm\n")
    p = parse_text(text, "inline_two.txt")
    assert (p.secretary, p.adjusters) == ("Per Ek", ["Lisa Holm"])


def test_a_secretary_label_under_a_presence_table_beside_its_heading_is_no_row():
    """The table's rows leave the heading's column blank: "Sekreterare   Jonas Blom" there is the next label."""
    text = ("Kommunstyrelsen    PROTOKOLL\nSammanträdesdatum 2026-03-03\n\n"
            "Närvarande        Namn                    Närvarande\n"
            "                  Anna Holm (S)           Ja\n"
            "                  Lisa Ek (C)             Nej\n"
            "Sekreterare       Jonas Blom\n"
            "Justerare         Anna Holm\n\n"
            "§ 12  Årsredovisning 2025\nKommunstyrelsen beslutar att godkänna årsredovisningen.\n"
            "§ 13  Delegationsbeslut\nKommunstyrelsen beslutar att lägga redovisningen till handlingarna.\n")
    p = parse_text(text)
    assert [(a.name, a.status) for a in p.attendees] == [("Anna Holm", "present"), ("Lisa Ek", "absent")]
    assert (p.secretary, p.adjusters) == ("Jonas Blom", ["Anna Holm"])


def test_a_role_leading_its_line_is_written_as_beside_a_name():
    # "Ordförande Elin Brandt": the capital is the line's; "IFO-chef" keeps the capitals of its abbreviation
    got = entries("Närvarande\nOrdförande Elin Brandt\nVice ordförande Oskar Lind\nIFO-chef Petra Ros")
    assert [(g[0], g[1], g[3]) for g in got] == [("Elin Brandt", "ordförande", "ordförande"),
                                                 ("Oskar Lind", "vice ordförande", "vice ordförande"),
                                                 ("Petra Ros", "IFO-chef", "ifo-chef")]
