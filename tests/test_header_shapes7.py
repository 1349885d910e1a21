"""Header and signature shapes from the seventh held-out set's survey (fictional text)."""
from protokoll.pipeline import parse_text

RUNNING = "Ekby kommun | Tekniska nämnden | Protokoll 2025-03-04\n"
FIRST_PAGE = ("Tekniska nämnden                                    PROTOKOLL\n"
              "Ekby kommun                                         2025-03-04\n\n"
              "Plats: Kommunhuset, sal Ek\nNärvarande ledamöter: Anna Ek (S), Per Berg (M)\n\n"
              "TN § 1 Val av justerare\nBeslut\nNämnden utser Per Berg (M) att justera protokollet.\n\n")


def test_a_running_header_restated_by_the_title_block_is_not_the_organisation():
    text = RUNNING + FIRST_PAGE + "\f" + RUNNING + "\nTN § 2 Information\nBeslut\nInformationen läggs till handlingarna.\n"
    p = parse_text(text, "running.txt")
    assert (p.organisation, p.body) == ("Ekby kommun", "Tekniska nämnden")



OPENING = "\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Val av justerare\nAnna Ek valdes till justerare.\n"


def header(head: str):
    p = parse_text(head + "\nNärvarande: Anna Ek, Per Berg, Lisa Holm\n" + OPENING, "header.txt")
    return p


def test_a_meeting_number_with_a_term_and_the_date_after_a_comma():
    p = header("Protokoll Elevkårsstyrelsen\nElevkåren vid Ekby gymnasium\nMöte 5 HT25, 2025-10-02, kl. 16.00–17.30\n")
    assert (p.number, p.date.isoformat(), p.start_time) == (5, "2025-10-02", "16:00")


def test_a_board_protocol_word_with_its_number():
    p = header("Föreningen Ekbys Vänner\n\nStyrelseprotokoll 7/2025\nDatum: 2025-04-02\nPlats: Bygdegården\n")
    assert (p.organisation, p.body, p.number) == ("Föreningen Ekbys Vänner", "styrelsemöte", 7)  # the board's meeting


def test_a_protocol_number_cell_over_its_value_cell():
    p = header("Protokoll\nTekniska nämnden\nEkby kommun\nDatum\n\n2025-12-09\n\nProtokollnummer\n\n11/2025\n")
    assert p.number == 11


def test_the_body_of_a_title_with_nr_and_year():
    p = header("Brf Tallkotten 2\nProtokoll fört vid styrelsemöte nr 4/2025\nDatum: 2025-05-14\n")
    assert (p.organisation, p.body, p.number) == ("Brf Tallkotten 2", "styrelsemöte", 4)


def test_an_annual_meeting_protocol_word_is_no_organisation_and_the_place_among_the_whens():
    p = header("Årsmötesprotokoll\nEkviks Kanotsällskap\nÅrsmöte 2026-03-08, klubbhuset vid Näset, kl. 14.00\n")
    assert (p.organisation, p.body, p.location) == ("Ekviks Kanotsällskap", "Årsmöte", "klubbhuset vid Näset")


def test_an_uppercase_title_whose_organisation_name_wraps():
    p = header("PROTOKOLL FÖRT VID ORDINARIE FÖRENINGSSTÄMMA I BOSTADSRÄTTSFÖRENINGEN\nTALLKOTTEN\n\n"
               "Datum: 2025-05-27\n")
    assert p.organisation == "BOSTADSRÄTTSFÖRENINGEN TALLKOTTEN"


def test_date_time_and_place_labelled_on_one_line():
    p = header("Protokoll från styrelsemöte i Föreningen Ekbygden\nDatum: 2026-04-02 Tid: 19.30–20.30 Plats: Ekby bygdegård\n")
    assert (p.location, p.start_time, p.end_time) == ("Ekby bygdegård", "19:30", "20:30")


def test_a_venue_that_wraps_at_the_margin():
    p = header("Ekby kommun\nProtokoll\nKommunfullmäktige\nSammanträdesdatum: 2026-02-23\n"
               "Tid och plats: Måndagen den 23 februari 2026 kl. 18.30–21.15 i Folkets hus, Lilla\nsalen, Ekby\n")
    assert p.location == "Folkets hus, Lilla salen, Ekby"


def test_a_case_number_alone_on_its_line_under_the_item_heading():
    text = ("Ekby kommun\nProtokoll\nKommunstyrelsens arbetsutskott\nSammanträdesdatum: 2025-11-04\n"
            "Beslutande: Anna Ek (S), ordförande, Per Berg (M)\n\n"
            "KSAU § 12\nBidrag till Ekby hembygdsförening\nKS 2025/311\nArbetsutskottets beslut\n"
            "Arbetsutskottet beviljar bidraget.\n\n§ 13 Detaljplan för Norrängen\nKS AU 2025/287\n"
            "Arbetsutskottet föreslår kommunstyrelsen att anta detaljplanen.\n")
    p = parse_text(text, "case.txt")
    assert [(i.title, i.case_number) for i in p.items] == [
        ("Bidrag till Ekby hembygdsförening", "KS 2025/311"), ("Detaljplan för Norrängen", "KS AU 2025/287")]


MEETING = ("Protokoll Sektionsmöte\nDatasektionen vid Ekby högskola\nMöte 2 HT25, 2025-10-08\n"
           "Närvarande: Anna Ek, Per Berg, Lisa Holm, Bo Rask, Eva Lund\n\n"
           "1. Mötets öppnande\nOrdföranden Anna Ek öppnade mötet.\n\n2. Val av mötesfunktionärer\n{election}\n\n"
           "3. Mötets avslutande\nMötet avslutades.\n{signatures}")


def officers_of(election: str, signatures: str):
    p = parse_text(MEETING.format(election=election, signatures=signatures), "signatures.txt")
    return p.chair, p.secretary, p.adjusters


def test_two_signatures_with_their_offices_on_one_line():
    assert officers_of("Mötet förklarades öppnat.", "Per Berg, mötesordförande Lisa Holm, sekreterare\n"
                       "Bo Rask, justerare Eva Lund, justerare\n") == ("Per Berg", "Lisa Holm", ["Bo Rask", "Eva Lund"])


def test_elections_listed_after_one_verb():
    assert officers_of("Mötet valde Per Berg till mötesordförande, Lisa Holm till sekreterare samt Bo Rask och "
                       "Eva Lund till justerare.", "")[2] == ["Bo Rask", "Eva Lund"]


def test_two_names_run_together_under_justeras():
    text = ("Protokoll\nRegionstyrelsen\nRegion Ekby\nDatum: 2025-12-09\nOrdförande: Anna Ek\nJusterare: Per Berg\n"
            "Närvarande: Anna Ek (S), Per Berg (M), Lisa Holm (C)\n\n"
            "RS § 1 Val av justerare\nBeslut\nRegionstyrelsen utser Per Berg att justera protokollet.\n\n"
            "RS § 2 Information\nBeslut\nInformationen läggs till handlingarna.\n"
            "Vid protokollet\nLisa Holm\nJusteras\nAnna Ek Per Berg\n")
    p = parse_text(text, "runtogether.txt")
    assert (p.chair, p.adjusters) == ("Anna Ek", ["Per Berg"])
