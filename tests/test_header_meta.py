"""Header meta shapes (organisation, body, number, time, place) that PDFs and plain minutes give, one test a
rule (fictional text; the whole shapes are fixtures 240–246 in tests/fixtures/genre)."""
from protokoll.pipeline import parse_text

OPENING = "\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Val av justerare\nAnna Ek valdes till justerare.\n"


def header(head: str):
    return parse_text(head + "\nNärvarande: Anna Ek, Per Berg, Lisa Holm\n" + OPENING, "header.txt")


def test_a_date_on_the_organisation_line_is_no_part_of_the_organisation():
    p = header("Hedeby kommun 2025-03-12\nSammanträdesprotokoll\nSocialnämnden\n")
    assert (p.organisation, p.body, p.date.isoformat()) == ("Hedeby kommun", "Socialnämnden", "2025-03-12")


def test_the_minutes_word_and_page_glued_onto_the_organisation_are_cut():
    p = header("SKOGSÅ KOMMUN SAMMANTRÄDESPROTOKOLL 1 (3)\nTekniska nämnden Sammanträdesdatum Sida\n2025-09-16\n")
    assert (p.organisation, p.body) == ("SKOGSÅ KOMMUN", "Tekniska nämnden")


def test_a_right_aligned_protokoll_glued_onto_a_club_name():
    p = header("Ekviks Båtklubb PROTOKOLL\nStyrelsemöte 2025-03-12\n")
    assert (p.organisation, p.body) == ("Ekviks Båtklubb", "Styrelsemöte")


def test_a_page_number_with_sida_glued_onto_the_organisation():
    p = header("Hedeby kommun PROTOKOLL Sida 1 (4)\nSammanträdesdatum 2025-03-12\nSocialnämnden\n")
    assert p.organisation == "Hedeby kommun"


def test_an_annual_meeting_word_gives_the_meeting_and_a_label_after_it_ends_it():
    p = header("ÅRSMÖTESPROTOKOLL Datum: 2025-04-20\nEkby Ryttarförening\nPlats: Ridhuset, Ekby\n")
    assert (p.organisation, p.body, p.date.isoformat()) == ("Ekby Ryttarförening", "årsmöte", "2025-04-20")


def test_a_board_protocol_word_glued_onto_the_organisation_gives_the_board_meeting():
    p = header("Ekby scoutkår Styrelseprotokoll\nDatum: 2025-03-18\n")
    assert (p.organisation, p.body) == ("Ekby scoutkår", "styrelsemöte")


def test_a_stamma_protocol_word_gives_the_stamma():
    p = header("Brf Tallåsen 4\nStämmoprotokoll\nDatum: 2025-05-21\n")
    assert (p.organisation, p.body) == ("Brf Tallåsen 4", "stämma")


def test_a_meeting_number_after_a_meeting_abbreviation():
    p = header("Ekviks Båtklubb\nStyrelsemöte SM 3/2025\nDatum: 2025-03-12\n")
    assert (p.body, p.number) == ("Styrelsemöte", 3)


def test_a_protocol_number_written_year_first():
    p = header("Ekby scoutkår\nProtokoll 2025:3\nDatum: 2025-03-18\n")
    assert p.number == 3


def test_a_title_sentence_wrapped_after_klockan_gives_time_and_place():
    p = header("Protokoll fört vid årsmöte med Norrmo hembygdsförening lördagen den 15 februari 2025 klockan\n"
               "13.00 i Folkets hus, Norrmo.\n")
    assert (p.organisation, p.start_time, p.location) == ("Norrmo hembygdsförening", "13:00", "Folkets hus, Norrmo")


def test_a_title_sentence_wrapped_after_the_month_gives_the_time():
    p = header("Protokoll fört vid årsmöte med Norrmo hembygdsförening lördagen den 15 februari\n"
               "2025 kl. 13.00 i Folkets hus, Norrmo.\n")
    assert (p.date.isoformat(), p.start_time, p.location) == ("2025-02-15", "13:00", "Folkets hus, Norrmo")



def test_a_running_header_with_the_title_after_a_dash_gives_the_organisation_before_it():
    p = header("Brf Sjövallen 2 – Protokoll styrelsemöte nr 5 Sida 1\nBrf Sjövallen 2\nProtokoll styrelsemöte nr 5\n"
               "Datum: 2025-03-12\n")
    assert (p.organisation, p.number) == ("Brf Sjövallen 2", 5)


def test_a_page_number_whose_parenthesis_ocr_read_as_a_slash():
    p = header("FJÄLLBY KOMMUN SAMMANTRÄDESPROTOKOLL 1/3)\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-03-18\n")
    assert p.organisation == "FJÄLLBY KOMMUN"


def test_an_ordinal_day_gives_the_date_and_stays_out_of_the_organisation():
    p = header("Protokoll fört vid styrelsemöte i Tallbackens Tennisklubb den 15:e mars 2026\n")
    assert (p.organisation, p.date.isoformat()) == ("Tallbackens Tennisklubb", "2026-03-15")
    assert header("Styrelsemöte i Ekviks Båtklubb den 1:a april 2025\n").date.isoformat() == "2025-04-01"


def test_a_sentence_saying_where_the_meeting_was_held_gives_the_place():
    p = header("Protokoll fört vid styrelsemöte i Tallbackens Tennisklubb 2026-03-15\n"
               "Mötet hölls i klubbstugan, Tallvägen 4.\n")
    assert p.location == "klubbstugan, Tallvägen 4"
    assert header("Styrelsemöte i Ekviks Båtklubb 2025-04-01\nSammanträdet ägde rum på Rådhuset.\n").location == "Rådhuset"
