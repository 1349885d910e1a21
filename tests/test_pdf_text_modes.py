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
