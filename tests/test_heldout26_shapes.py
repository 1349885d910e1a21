"""Shapes the twenty-sixth held-out set (tests/fixtures/heldout26: an individutskott with sekretess items, a
valnämnd, a räddningstjänstförbund's direktion, pensioners' and disability councils' notes, a housing company's
board, a gemensam nämnd and a socialnämnd) showed the parser missing, each with a dev fixture of its own in
tests/fixtures/genre (690–697). All text made up."""
from protokoll.parse.blocks import heading_at
from protokoll.pipeline import parse_text
from protokoll.vocab.lists import split_trailing_note
from test_heldout22_shapes import _decisions


def _roll(protocol):
    return [(a.name, a.affiliation, a.party, a.note) for a in protocol.attendees]


def test_a_paragraph_line_that_only_says_sekretess_takes_its_title_from_the_next_line():
    h = heading_at("§ 45 Sekretess")
    assert (h.number, h.label, h.title) == (45, "§ 45", "")
    p = parse_text("Protokoll\n\n§ 44 Delegationsbeslut\nBeslut\nAnmälan godkänns.\n\n§ 45 Sekretess\n"
                   "Ansökan om arvode, ärende 2025-0101\nBeslut\nNämnden beviljar arvodet.\n\n"
                   "§ 46 Informationsärenden\nBeslut\nInformationen noteras.\n")
    assert [(i.number, i.title) for i in p.items] == [(44, "Delegationsbeslut"),
                                                       (45, "Ansökan om arvode, ärende 2025-0101"),
                                                       (46, "Informationsärenden")]


def test_a_paragraph_range_label_heads_one_item():
    h = heading_at("Sn § 76–79")
    assert (h.number, h.label) == (76, "Sn § 76–79")
    assert heading_at("3-4 Rapporter") is None  # a range without the sign heads nothing


def test_omedelbar_justering_heads_the_decision_to_adjust_at_once():
    p = parse_text("Protokoll\n\n§ 1 Ansökan om boende\nBeslut\nUtskottet beviljar ansökan.\nOmedelbar justering\n"
                   "Paragrafen justeras omedelbart.\n\n§ 2 Omedelbar justering\nBeslut\nParagraf 1 justeras omedelbart.\n")
    assert _decisions(p) == {1: ["Utskottet beviljar ansökan.", "Paragrafen justeras omedelbart."],
                             2: ["Paragraf 1 justeras omedelbart."]}
    assert p.items[1].title == "Omedelbar justering"


def test_bare_paragraph_numbers_after_the_party_are_a_note():
    assert split_trailing_note("Rut Sandell (L) 1–4") == ("Rut Sandell (L)", "1–4")
    assert split_trailing_note("Bengt Ahl (c) t o m § 77") == ("Bengt Ahl (c)", "t o m § 77")
    assert split_trailing_note("Kurt Lind 1–4") == ("Kurt Lind 1–4", None)  # no party: no bare numbers taken
    p = parse_text("Valnämnden\nProtokoll 2026-03-18\n\nBeslutande:\nRut Sandell (L) 1–4, 6–8\nNils Ek (S) 5\n"
                   "Omar Hed (V) fr o m § 3\n\n§ 1 Val av justerare\nBeslut\nRut Sandell utses.\n")
    assert _roll(p) == [("Rut Sandell", "L", "L", "1–4, 6–8"), ("Nils Ek", "S", "S", "5"),
                        ("Omar Hed", "V", "V", "fr o m § 3")]


def test_a_lower_case_party_after_an_abbreviated_office():
    p = parse_text("Socialnämnden\nProtokoll 2025-09-24\n\nLedamöter:\nJan Berg, ordf (mp)\nBritt Sune, v ordf (s)\n\n"
                   "§ 1 Val av justerare\nBeslut\nBritt Sune utses.\n")
    assert [(a.name, a.affiliation, a.party, a.role) for a in p.attendees] == [
        ("Jan Berg", "mp", "mp", "ordförande"), ("Britt Sune", "s", "s", "vice ordförande")]


def test_a_committee_of_a_board_named_for_two_fields_is_the_body():
    p = parse_text("MÅLSTA KOMMUN\nSAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämndens arbetsutskott\n"
                   "Sammanträdesdatum 2025-11-12\n\n§ 1 Val av justerare\nBeslut\nAnna Ek utses.\n")
    assert (p.organisation, p.body) == ("MÅLSTA KOMMUN", "Barn- och utbildningsnämndens arbetsutskott")


COUNCIL = ("Minnesanteckningar\nKommunala pensionärsrådet, Ekby kommun\nDatum: 2025-09-23\n\nDeltagare\n\n"
           "Förtroendevalda\nOmsorgsnämnden – Eva Rask (S), ordförande\nHälso- och sjukvårdsnämnden – Per Alm (M)\n\n"
           "Pensionärsorganisationerna\nPRO Ekby – Bo Lind, vice ordförande\nSPF Seniorerna Ekby — Maj Holm\n\n"
           "Förhinder\nSKPF avd 3 – Ulf Berg\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n")


def test_a_councils_roll_by_organisation_then_person_after_a_dash():
    p = parse_text(COUNCIL)
    assert [(a.name, a.affiliation, a.status, a.role) for a in p.attendees] == [
        ("Eva Rask", "Omsorgsnämnden", "present", "ordförande"), ("Per Alm", "Hälso- och sjukvårdsnämnden", "present", None),
        ("Bo Lind", "PRO Ekby", "present", "vice ordförande"), ("Maj Holm", "SPF Seniorerna Ekby", "present", None),
        ("Ulf Berg", "SKPF avd 3", "excused", None)]
    assert p.chair == "Eva Rask"


def test_a_councils_roll_by_organisation_then_its_people_after_a_colon():
    p = parse_text("Minnesanteckningar från Ungdomsrådet i Ekby kommun\nDatum: 2025-11-20\n\nNärvarande:\n"
                   "Politiker: Sara Lind (S), ordförande; Erik Mod (L)\nElevrådet Björkskolan: Alva Ny, Kevin Ahl\n"
                   "Tjänstepersoner: Hanna Vik, ungdomssamordnare\n\n1. Välkomna\nSara hälsade välkommen.\n")
    assert [(a.name, a.affiliation) for a in p.attendees] == [
        ("Sara Lind", "S"), ("Erik Mod", "L"), ("Alva Ny", "Elevrådet Björkskolan"), ("Kevin Ahl", "Elevrådet Björkskolan"),
        ("Hanna Vik", "ungdomssamordnare")]


def test_a_roll_heading_before_a_colon_is_no_organisation():
    p = parse_text("Styrelsemöte i Ekby kennelklubb 2025-03-02\n\nNärvarande: Ordinarie ledamöter: Lena Dal, ordf, "
                   "Roger Berg\n\n1. Mötets öppnande\nLena öppnade mötet.\n")
    assert [(a.name, a.affiliation) for a in p.attendees] == [("Lena Dal", "ordf"), ("Roger Berg", None)]


def test_a_page_foot_of_short_signature_boxes_and_a_lone_n_av_m_are_page_furniture():
    p = parse_text("ÖSTBY KOMMUN\nKultur- och fritidsnämnden\nSammanträdesdatum 2025-10-28\n\n"
                   "§ 55   Val av justerare\n\nNämndens beslut\nEva Bonde utses att justera protokollet.\n\n\n"
                   "   Ordf sign            Just sign            Sekr sign            Utdragsbestyrkande\n\n\n"
                   "§ 56   Föreningsbidrag 2026\n\nNämndens beslut\nBidragen fördelas enligt bilaga 1.\n\n3 av 4\n\n"
                   "§ 57   Informationsärenden\n\nNämndens beslut\nInformationen noteras.\n")
    assert _decisions(p) == {55: ["Eva Bonde utses att justera protokollet."],
                             56: ["Bidragen fördelas enligt bilaga 1."], 57: ["Informationen noteras."]}


def test_anmales_och_antecknas_records_reports_taken_note_of():
    p = parse_text("Protokoll\n\nMBN § 89\nDelegationsbeslut oktober 2025\nAnmäles och antecknas delegationsbesluten "
                   "enligt bilaga 1.\n\nMBN § 90\nArbetsutskottets protokoll\nAnmäldes och antecknades arbetsutskottets "
                   "protokoll från den 5 november.\n")
    assert [(d.text, d.kind) for i in p.items for d in i.decisions] == [
        ("Anmäles och antecknas delegationsbesluten enligt bilaga 1.", "noted"),
        ("Anmäldes och antecknades arbetsutskottets protokoll från den 5 november.", "noted")]


JOINT = ("SAMMANTRÄDESPROTOKOLL\nGemensamma lönenämnden Ålunda–Bredsjö\n\nSammanträdesdatum: 2025-11-04\n\nBeslutande\n"
         "Ledamöter\tKommun\tTjg\tEj tjg\tNärvaro §§\nPetra Vinge (S), ordförande\tÅlunda\tX\n"
         "Lilian Öhrn (C)\tBredsjö\tX\t\t11–13\nStig Morell (V)\tÅlunda\n\n"
         "Ersättare\tKommun\tTjg\tEj tjg\nAmina Farah (V)\tÅlunda\tX\nKurt Westin (KD)\tBredsjö\t\tX\n\n"
         "§ 11 Val av justerare\nBeslut\nLilian Öhrn utses.\n")


def test_a_web_tables_rows_that_leave_out_their_last_empty_cells_are_laid_out_as_the_table():
    from protokoll.clean.tabrows import lay_out_tab_tables
    rows = lay_out_tab_tables("Ledamöter\tKommun\tTjg\tEj tjg\nPetra Vinge (S)\tÅlunda\tX\nKurt Ek (KD)\tBredsjö\t\tX\n"
                              "Stig Morell (V)\tÅlunda").split("\n")
    assert [r.index("Ålunda") if "Ålunda" in r else r.index("Bredsjö") for r in rows[1:]] == [rows[0].index("Kommun")] * 3


def test_a_joint_boards_roll_by_municipality_with_tjg_marks_and_paragraphs_attended():
    p = parse_text(JOINT)
    assert p.body == "Gemensamma lönenämnden Ålunda–Bredsjö"
    assert [(a.name, a.affiliation, a.status, a.role) for a in p.attendees] == [
        ("Petra Vinge", "Ålunda", "present", "ordförande"), ("Lilian Öhrn", "Bredsjö", "present", None),
        ("Stig Morell", "Ålunda", "absent", None), ("Amina Farah", "Ålunda", "present", "tjänstgörande ersättare"),
        ("Kurt Westin", "Bredsjö", "present", "ersättare")]


def test_a_presence_column_titled_with_two_paragraph_signs():
    from protokoll.parse.attendance import table_columns
    assert table_columns("Ledamöter     Tjg    Närvaro §§", 0) == {"name": 0, "serving": 14, "presence": 21}


def test_a_range_of_paragraphs_in_the_front_matter_is_no_item():
    p = parse_text("Norrby kommun\nSamhällsbyggnadsnämnden\nSammanträdesdatum 2025-04-23\n\nParagrafer:\n\nSBN § 45–46\n\n"
                   "Underskrifter:\nSekreterare\n\nSBN § 45\nGodkännande av föredragningslista\nFöredragningslistan godkänns.\n\n"
                   "SBN § 46\nInformation\nInformationen noteras.\n")
    assert [(i.number, i.title) for i in p.items] == [(45, "Godkännande av föredragningslista"), (46, "Information")]


def test_what_may_be_done_by_someone_is_no_task_given_to_them():
    from protokoll.parse.decisions import task_sentence
    assert not task_sentence("Olivia Sand berättade att salen kan bokas av föreningarna från den 1 mars.")
    assert task_sentence("Inbjudan skickas ut av sekreteraren senast den 10 mars.")
