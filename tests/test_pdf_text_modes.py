"""Shapes that PDF-to-text output gives minutes and their plain text does not: `pdftotext -layout` without
the blank line between a label column and its values, `pdftotext -raw` with one space where the layout had a
column gap, plain `pdftotext` with a footer's words and its page number on lines of their own, running headers
repeated in mid-page. Every text here is made up."""
from protokoll.pipeline import parse_text


def test_label_column_with_number_label_and_values_without_blank_line():
    # "Datum:" / "Plats:" / "Löpnummer:" over their values, with no blank line between the two columns
    text = ("Ekholma scoutkår\nStyrelseprotokoll\nDatum:\nPlats:\nLöpnummer:\n12 april 2025\n"
            "Kårlokalen Granen, Ekholma\n7\nNärvarande\nOrdförande Tova Lind\nKassör Hampus Ek\n\n"
            "§ 1 Mötets öppnande\nTova Lind öppnade mötet.\n")
    p = parse_text(text)
    assert (p.number, str(p.date), p.location) == (7, "2025-04-12", "Kårlokalen Granen, Ekholma")


_ONE_PAGE = ("PROTOKOLL\nSkogsbo hembygdsförening\nStyrelsemöte tisdagen den 4 mars 2025 kl. 18.00 i Skogsbo skola\n"
             "Närvarande: Ada Berg, Bo Ek och Cia Holm.\n"
             "§ 1 Mötets öppnande\nAda Berg öppnade mötet.\n"
             "§ 2 Vårstädning\nStädningen av hembygdsgården blir den 12 april.\n"
             "§ 3 Mötets avslutande\nAda Berg avslutade mötet.\n"
             "Vid protokollet\nBo Ek\nJusteras\nAda Berg Cia Holm\n")


def test_one_page_footer_with_one_space_before_its_page_number_raw():
    # pdftotext -raw: the footer "PROTOKOLL          Sida 1 av 1" with its column gap read as one space
    p = parse_text(_ONE_PAGE + "PROTOKOLL Sida 1 av 1\n")
    assert p.secretary == "Bo Ek"


def test_one_page_footer_apart_from_its_page_number_plain_pdftotext():
    # plain pdftotext: the footer's words on a line of their own, read beside the signature row, then the number
    p = parse_text(_ONE_PAGE.replace("Ada Berg Cia Holm\n", "\nPROTOKOLL\n\nAda Berg Cia Holm\n") + "\nSida 1 av 1\n")
    assert p.secretary == "Bo Ek"
    assert not any("PROTOKOLL" in d.text for item in p.items for d in item.decisions)
