"""OCR damage to numbered headings read from a number column (Tesseract's text of a two-column agenda):
dots read as ":" or ",", a number garbled to letters, a role's word as a report's title, a head's number
lost over its first sub-item. Synthetic pages in the shape of the damage seen in the genre's scans."""
from protokoll.clean.columns import pair
from protokoll.clean.lines import clean

_HEAD = ["PROTOKOLL", "Styrelsemöte 2025-02-20", ""]
_TITLES = ["", "PROTOKOLL", "", "Formalia", "", "Mötets öppnande", "Ordföranden förklarade mötet öppnat.", "",
           "Val av justerare", "Styrelsen valde Per Ek till justerare.", "", "Rapporter", "",
           "Ordförande", "", "Anna Berg rapporterade från mötet med rektor om studentinflytandet i", "den nya organisationen.",
           "", "Rapporten lades till handlingarna.", "", "Kassör", "",
           "Per Ek rapporterade att bokslutet för verksamhetsåret är klart och skickat.", ""]


def test_a_dot_read_as_colon_or_comma_in_a_number_column():
    text = pair("\n".join(_HEAD + ["1:", "1,1", "1.2", "2:", "2.1", "2,2"] + _TITLES))
    assert "1. Formalia" in text and "1.1 Mötets öppnande" in text and "2.2 Kassör" in text


def test_a_number_garbled_to_letters_between_two_numbers_is_the_one_that_leads_from_one_to_the_other():
    text = pair("\n".join(_HEAD + ["1.", "TA", "1.2", "2.", "21", "2.2"] + _TITLES))
    assert "1.1 Mötets öppnande" in text and "2.2 Kassör" in text


def test_a_roles_word_over_running_text_is_a_reports_title():
    text = pair("\n".join(_HEAD + ["1.", "1.1", "1.2", "2.", "2.1", "2.2"] + _TITLES))
    assert "2.1 Ordförande" in text and "2.2 Kassör" in text


def test_a_heads_title_gets_its_lost_number_over_its_first_sub_item():
    lines = clean("\n".join(["2. Rapporter", "2.1 Kassör", "Rapporten lades till handlingarna.", "",
                             "Beslutsärenden", "3.1 Budget för hösten", "Styrelsen beslutade att anta budgeten.",
                             "4. Övriga frågor", "Inga."])).lines
    assert [line.text for line in lines][3:5] == ["3. Beslutsärenden", "3.1 Budget för hösten"]
    # a section's label over a first sub-item is no head, nor a line where the text has the head
    lines = clean("\n".join(["2. Rapporter", "Beslut", "2.1 Kassör", "3. Beslut", "Beslutsärenden",
                             "3.1 Budget"])).lines
    assert [line.text for line in lines] == ["2. Rapporter", "Beslut", "2.1 Kassör", "3. Beslut",
                                             "Beslutsärenden", "3.1 Budget"]


def test_a_signatures_role_over_the_next_items_title_is_no_title():
    page = ["Punkt 1", "Punkt 2", "Punkt 3", "", "Stämmans öppnande", "Ordföranden öppnade stämman.", "",
            "Val av justerare", "Stämman valde Per Ek.", "", "Vid protokollet", "Anna Berg", "", "Justerare", "",
            "Fråga om ansvarsfrihet för styrelsen", "Stämman beviljade styrelsen ansvarsfrihet."]
    text = pair("\n".join(_HEAD + page))
    assert "Punkt 3 Fråga om ansvarsfrihet för styrelsen" in text


def test_a_prefixed_headings_section_sign_read_as_glyphs_glued_to_its_number():
    text = "\n".join(["SBN § 46", "Information.", "SBN 85 47", "Detaljplan.", "SBN $848", "Uppdrag.", "SBN 549",
                      "Redovisning.", "SBN § 50", "Avslutning."])
    assert [line.text for line in clean(text).lines if line.text.startswith("SBN")] == \
        ["SBN § 46", "SBN § 47", "SBN § 48", "SBN § 49", "SBN § 50"]
    # a number whose neighbours do not say so stays as it is
    assert clean("SBN 548\nText.\nSBN 8 90\nText.").lines[0].text == "SBN 548"


def test_a_double_section_sign_read_as_88_before_a_list_of_numbers():
    assert clean("Ekonomichef Hanna Malmgren, 88 177 och 180").lines[0].text.endswith("§§ 177 och 180")
    assert clean("Bo Ek (närvarande 88 3, 4)").lines[0].text == "Bo Ek (närvarande §§ 3, 4)"
    assert clean("Vi köpte 88 12 och 14 stolar").lines[0].text == "Vi köpte 88 12 och 14 stolar"


def test_a_label_column_with_a_two_word_label_tail_a_signed_name_and_a_list_pointing_elsewhere():
    page = ["EXEMPLA KOMMUN", "Kommunfullmäktige", "", "SAMMANTRÄDESPROTOKOLL", "", "Plats och tid:", "Beslutande:", "",
            "Närvarande ej", "tjänstgörande ersättare:", "", "Övriga närvarande:", "", "Utses att justera:", "",
            "Paragrafer:", "Underskrifter", "Sekreterare", "Ordförande", "", "Per Ek", "ANSLAG/BEVIS", "",
            "Stadshuset, kl. 18.00-20.00", "Se bifogad närvarolista, bilaga 1", "", "Ola Wik (S) och Tina Ros (M)", "",
            "Anna Roos, kommundirektör", "Hans Vass, ekonomichef", "", "Per Ek (C)", "", "§§ 1-9"]
    lines = pair("\n".join(page)).split("\n")
    assert "Plats och tid: Stadshuset, kl. 18.00-20.00" in lines
    at = lines.index("Närvarande ej tjänstgörande ersättare:")
    assert lines[at + 1] == "Ola Wik (S) och Tina Ros (M)"
    assert lines[lines.index("Övriga närvarande:") + 1:][:2] == ["Anna Roos, kommundirektör", "Hans Vass, ekonomichef"]
    assert "Utses att justera: Per Ek (C)" in lines


def test_a_long_line_wrapped_onto_a_date_is_no_title():
    page = ["Punkt 1", "Punkt 2", "Punkt 3", "", "Meddelande om var protokollet hålls tillgängligt", "",
            "Protokollet hålls tillgängligt hos ordföranden och på föreningens webbplats från den",
            "30 mars 2024.", "", "Övriga frågor", "Inga övriga frågor.", "", "Stämmans avslutande",
            "Ordföranden avslutade stämman."]
    text = pair("\n".join(_HEAD + page))
    assert "Punkt 2 Övriga frågor" in text and "Punkt 3 Stämmans avslutande" in text
