"""Tables given cell by cell, as plain `pdftotext` prints a word processor's table, put back on rows.

Found on the plain pdftotext renderings of the genre PDFs (tests/fixtures/renderings/genre/*.text.txt):
a student union's presence table came one cell a paragraph and its "1.1" numbers apart from their
titles (07_studentkar 0.64), a samfällighet's röstlängd column after column (16_samfallighet 0.69),
a choir's signatures name after name (41_kor_styrelse_nummerrader lost its secretary).
"""
from protokoll.clean.cells import rebuild
from protokoll.pipeline import parse_text


def _paras(*cells):
    return "\n\n".join(cells)


HEAD = "Styrelsemöte i Exempelkåren\nDatum: 2025-02-26\nPlats: Kårhuset\n\nNärvarande\n"


def test_presence_table_one_cell_a_paragraph():
    text = HEAD + _paras("Befattning", "Namn", "Närvarande", "Ordförande", "Elsa Norberg", "Ja",
                         "Vice ordförande", "Hugo Lindahl", "Ja", "Kassör", "Viktor Sundqvist", "Nej",
                         "1. Mötets öppnande\nOrdföranden öppnade mötet.")
    got = {(a["name"], a["status"], a.get("role")) for a in parse_text(text).to_json()["attendees"]}
    assert got == {("Elsa Norberg", "present", "ordförande"), ("Hugo Lindahl", "present", "vice ordförande"),
                   ("Viktor Sundqvist", "absent", "kassör")}


def test_roll_given_column_after_column():
    text = ("Föreningsstämma i Ekby samfällighetsförening\nDatum: 16 mars 2024\n\nRöstlängd:\n\n"
            "Fastighet\nEkby 1:3\nEkby 1:4\nEkby 1:7\nÖvriga fastigheter var inte företrädda.\n\n"
            "Företrädd av\nBo Ek\nAnn Lind\nLeo Falk\n\nPunkt 1\n\nStämmans öppnande\nOrdföranden öppnade stämman.")
    assert "Punkt 1 Stämmans öppnande" in rebuild(text).split("\n")
    got = {(a["name"], a["affiliation"]) for a in parse_text(text).to_json()["attendees"]}
    assert got == {("Bo Ek", "Ekby 1:3"), ("Ann Lind", "Ekby 1:4"), ("Leo Falk", "Ekby 1:7")}


def test_item_numbers_apart_from_their_titles():
    text = HEAD + "Elsa Norberg, Hugo Lindahl\n1.\n\n" + _paras(
        "Formalia", "1.1", "Mötets öppnande\nOrdföranden öppnade mötet.", "1.2",
        "Val av justerare\nStyrelsen valde Hugo Lindahl till justerare.", "2.", "Övriga frågor\nInga.", "3.",
        "Mötets avslutande\nOrdföranden avslutade mötet.")
    items = parse_text(text).to_json()["items"]
    assert [(i["number"], i["title"]) for i in items] == [(1, "Formalia"), (2, "Övriga frågor"), (3, "Mötets avslutande")]
    assert [(s.get("label"), s["title"]) for s in items[0]["subitems"]] == [
        ("1.1", "Mötets öppnande"), ("1.2", "Val av justerare")]


def test_signatures_name_after_name():
    text = HEAD + "Elsa Norberg\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n" + _paras(
        "Vid protokollet", "Justeras", "Sofie Lund", "Ove Strand", "Sekreterare", "Justerare")
    assert "Sofie Lund        Ove Strand" in rebuild(text).split("\n")
    got = parse_text(text).to_json()
    assert got["secretary"] == "Sofie Lund" and got["adjusters"] == ["Ove Strand"]


def test_what_is_no_table_stays_as_it_is():
    for text in (
        "Innehåll\n\n§ 177\n\nEkonomisk uppföljning ..........................\n\n§ 178\n\nMarkanvisning ........",
        "Ordföranden förklarade årsmötet avslutat kl.\n20.40.\n\nVid protokollet\n\nAnna Ek",
        "Punkt\n\nVad\n\n1\n\nMötets öppnande\nOrdföranden öppnade mötet.\n\n2\n\nVal av justerare\nPer valdes.",
        "Namn\n\nEn lång mening som inte är någon cell i en tabell alls, utan text.",
    ):
        assert rebuild(text) == text


def test_item_table_one_cell_a_paragraph_empty_cells_left_out():
    """pdftotext leaves an empty cell out: a row's cells go to their columns by what they hold (a date to
    "När", people to "Vem"), found on a housing association's Teams minutes (95_brf_teams_tabell 0.68)."""
    text = "Styrelsemöte i Brf Exempel\nDatum: 2025-05-14\nFörhinder: Kim Berg\nNr\n\n" + _paras(
        "Ärende", "Beslut", "Vem", "När", "1", "Mötets öppnande", "Ordföranden öppnade mötet.", "2", "Ekonomi",
        "godkänna kvartalsrapporten", "3", "Trapphusstädning", "begära in nya offerter på\nstädningen",
        "Ali Demir och\nLeo Vik", "2025-06-10", "4", "Cykelrensning", "2025-05-25")
    rows = rebuild(text).split("\n")
    assert "Nr   Ärende             Beslut                       Vem             När" in rows
    assert "3    Trapphusstädning   begära in nya offerter på    Ali Demir och   2025-06-10" in rows
    assert rows[-1].split() == ["4", "Cykelrensning", "2025-05-25"] and rows[-1].endswith(" " * 20 + "2025-05-25")
    items = parse_text(text).to_json()["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        (1, "Mötets öppnande"), (2, "Ekonomi"), (3, "Trapphusstädning"), (4, "Cykelrensning")]
    actions = items[2]["decisions"][0]["actions"]
    assert [(a["assignee"], a["due"]) for a in actions] == [("Ali Demir", "2025-06-10"), ("Leo Vik", "2025-06-10")]


def test_role_and_name_cells_without_a_header():
    """A student union's roll as a table without header, role | name, given one cell a paragraph
    (65_kar_styrelse_rollforst 0.68 as plain pdftotext)."""
    text = "Styrelsemöte i Exempelkåren\nDatum: 2025-02-20\n\nNärvarande\nOrdf.\n\n" + _paras(
        "Elin Markusson", "Kassör", "Amir Haddad", "Adjungerad", "Frida Nyqvist, kårens ombudsman",
        "1. Mötets öppnande\nMötet öppnades.")
    assert "Kassör       Amir Haddad" in rebuild(text).split("\n"), rebuild(text)
    got = {a["name"]: a.get("role") for a in parse_text(text).to_json()["attendees"]}
    assert set(got) == {"Elin Markusson", "Amir Haddad", "Frida Nyqvist"} and got["Amir Haddad"] == "kassör"


def test_unnumbered_headings_apart_from_their_text():
    """Tesseract parts an unnumbered heading from its text by a blank line (06_minnesanteckningar as OCR'd
    lost four of six items: 0.54); in a numbered document such a line is a sub-topic and stays apart."""
    body = _paras("Regional kulturplan 2026-2029", "Jeanette Falk presenterade tidplanen för arbetet med en ny plan.",
                  "Nätverket beslutade att lämna ett gemensamt inspel.", "Gemensam sommarlovsaktivitet 2025",
                  "Förslaget från föregående möte om en gemensam aktivitet diskuterades.")
    text = "Nätverksmöte för kulturchefer\nDatum: 2025-04-08\nTid: kl. 09.30-12.00\nNärvarande: Anna Ek, Per Berg\n\n" + body
    assert "Regional kulturplan 2026-2029\nJeanette Falk" in rebuild(text)
    titles = [i["title"] for i in parse_text(text).to_json()["items"]]
    assert titles == ["Regional kulturplan 2026-2029", "Gemensam sommarlovsaktivitet 2025"]
    numbered = "Styrelsemöte\n\n1. Övriga frågor\n\n" + body
    assert rebuild(numbered) == numbered
