"""A label column read before its values (Tesseract's plain text of a two-column page), paired again.

Found on the Tesseract renderings of the genre PDFs (tests/fixtures/renderings/genre/*.ocr-*.txt): a
samfällighet's stämma printed "Datum:", "Tid:", "Plats:", "Röstlängd:" and "Punkt 1" ... "Punkt 8" in a
left column, and Tesseract read them all before the first value, so the minutes lost date, times, place
and every item number (16_samfallighet 0.13).
"""
from protokoll.clean.columns import pair
from protokoll.pipeline import parse_text

STAMMA = """Ekby samfällighetsförening
PROTOKOLL FRÅN ORDINARIE FÖRENINGSSTÄMMA

Datum:
Tid:
Plats:

Punkt 1

Punkt 2

Punkt 3

Lördagen den 16 mars 2024
Kl. 10.00-12.15
Bygdegården i Ekby

Stämmans öppnande
Ordföranden Bo Ek hälsade välkommen och öppnade stämman.

Val av ordförande för stämman
Stämman valde Bo Ek till ordförande för stämman.

Fastställande av röstlängd

Röstlängden fastställdes till 14 röstberättigade fastigheter enligt förteckningen
ovan.
"""

MUNICIPAL = """Lövsala kommun
Kommunstyrelsens arbetsutskott
SAMMANTRÄDESPROTOKOLL

Plats och tid

Beslutande

Utses att justera

Kommunhuset, sammanträdesrum Ugglan, tisdagen den 12 mars
2024

kl. 08.30-11.45

Maria Sundin (S), ordförande

Göran Hellqvist (C), vice ordförande
Leila Mansour (S)

Bertil Åhman (M)

§ 1 Val av justerare
Arbetsutskottet beslutar att utse Bertil Åhman att justera protokollet.
"""


def test_header_labels_and_item_numbers_get_their_values_in_order():
    text = pair(STAMMA)
    assert "Datum: Lördagen den 16 mars 2024" in text and "Plats: Bygdegården i Ekby" in text
    assert "Punkt 3 Fastställande av röstlängd" in text
    got = parse_text(STAMMA).to_json()
    assert (got["date"], got["start_time"], got["end_time"], got["location"]) == \
        ("2024-03-16", "10:00", "12:15", "Bygdegården i Ekby")
    assert [(i["number"], i["title"]) for i in got["items"]] == [
        (1, "Stämmans öppnande"), (2, "Val av ordförande för stämman"), (3, "Fastställande av röstlängd")]


def test_a_municipal_label_column_keeps_the_adjuster_for_its_own_label():
    text = pair(MUNICIPAL)
    assert "Plats och tid Kommunhuset, sammanträdesrum Ugglan, tisdagen den 12 mars" in text
    assert "Beslutande Maria Sundin (S), ordförande" in text and "Utses att justera Bertil Åhman (M)" in text
    got = parse_text(MUNICIPAL).to_json()
    assert got["adjusters"] == ["Bertil Åhman"]
    assert [a["name"] for a in got["attendees"]] == ["Maria Sundin", "Göran Hellqvist", "Leila Mansour"]


def test_numbers_that_skip_stop_the_pairing():
    page = "\n".join(["1.", "1.1", "1.2", "2.2", "", "Formalia", "", "Mötets öppnande", "Mötet öppnades.", "",
                      "Val av justerare", "Per valdes.", "", "Rapporter", "", "Kassör", "Kassören rapporterade."])
    text = pair(page)
    assert "1.2 Val av justerare" in text and "2.2 Rapporter" not in text


def test_text_without_a_label_column_stays():
    for page in ("Datum: 2024-03-16\nTid: 18.00\nPlats: Lokalen\n\n1. Öppnande\nMötet öppnades.",
                 "Datum:\n2024-03-16\nTid:\n18.00\nPlats:\nLokalen",
                 STAMMA.replace("Punkt 1\n\nPunkt 2\n\nPunkt 3\n\n", "").replace("Tid:\n", "").replace("Plats:\n", "")):
        assert pair(page) == page


def test_misread_section_labels_and_signature_lines():
    """OCR reads "§" as "$" or "&" (30_ofn_gemensam_namnd: "$25", "$ 26", "& 27" over the titles), and a
    signature block's labels stand over dotted lines and names (63_pensionarsrad_kommun)."""
    page = "\n".join(["$25", "", "$ 26", "", "& 27", "", "Byte av god man", "", "Ärendet avser enskild person.", "",
                      "Granskning av årsräkningar 2024", "", "Av 1 118 årsräkningar är 874 granskade.", "",
                      "Budget 2026", "Nämnden beslutar att godkänna budgeten."])
    text = pair(page)
    assert "§ 25 Byte av god man" in text and "§ 27 Budget 2026" in text
    signatures = "\n".join(["Underskrifter", "", "Sekreterare", "Ordförande", "Justerande", "", "…………………", "…",
                            "Peter Ros", "…………………", "Eva Strand", "…………………", "Lars Vik", "", "§ 8 Öppnande"])
    text = pair(signatures)
    assert "Sekreterare Peter Ros" in text and "Justerande Lars Vik" in text and "\n§ 8 Öppnande" in text


def test_a_label_column_that_lost_its_swedish_letters_is_paired():
    # OCR without a Swedish model prints "Ovriga narvarande" and "Sammantradesdatum", read before the repair gives
    # the letters back
    damaged = """Lovsala kommun
Kommunstyrelsens arbetsutskott
SAMMANTRADESPROTOKOLL

Sammantradesdatum

Ovriga narvarande

Utses att justera

2024-03-12

Eva Lind, sekreterare

Bertil Ahman

§ 1 Val av justerare
Arbetsutskottet beslutar att utse Bertil Ahman att justera protokollet.
"""
    text = pair(damaged)
    assert "Ovriga narvarande Eva Lind, sekreterare" in text and "Utses att justera Bertil Ahman" in text
    assert parse_text(damaged).to_json()["adjusters"] == ["Bertil Åhman"]
