"""Tables whose rows Tesseract and `pdftotext -raw` read across every cell in single spaces, and tables
plain `pdftotext` gives one cell a paragraph with a mark column read after the rows.

Found on the genre renderings (tests/fixtures/renderings/genre): an item table with an action column
("Nr | Ärende | Beslut | Vem | När") scanned at 300 dpi scored 0.16 (92) and 0.31 (95), every title read
with its action ("Mötets öppnande Ordföranden öppnade mötet."); a presence table with X marks (97) lost
every attendee when scanned and a row's absence when given cell by cell.
"""
from protokoll.clean.cells import mend_dates, rebuild
from protokoll.pipeline import parse_text

HEAD = ("Styrelsemöte i Exempelföreningen\nDatum: 2025-09-09\nPlats: Lokalen\n"
        "Närvarande: Rut Sand (ordförande), Kasper Ahl (kassör), Nadia Sund (sekreterare), Per Öhrn\n\n")


def _items(text):
    return {i["number"]: i for i in parse_text(text).to_json()["items"]}


def test_item_rows_read_across_are_cut_into_their_cells():
    text = HEAD + "\n".join([
        "Punkt |Ärende Åtgärd Ansvarig Klart till",
        "1 Mötets öppnande Ordföranden öppnade mötet.",
        "2 Val av justerare Per Öhrn valdes att justera",
        "protokollet.",
        "3 Höstfesten boka lokalen och beställa mat |Kasper Ahl 2025-09-20",
        "4 Tvättstugan anmäla trasig maskin till Per Öhrn och 2025-09-15",
        "hyresvärden Nadia Sund",
        "5 Resa till Storbacken Frågan bordlades.",
        "6 Ekonomi godkänna halvårsrapporten",
        "", "Vid protokollet", "Nadia Sund"])
    items = _items(text)
    assert [items[n]["title"] for n in range(1, 7)] == ["Mötets öppnande", "Val av justerare", "Höstfesten",
                                                         "Tvättstugan", "Resa till Storbacken", "Ekonomi"]
    assert [d["text"] for d in items[2]["decisions"]] == ["Per Öhrn valdes att justera protokollet."]
    feast = items[3]["decisions"][0]
    assert feast["text"] == "boka lokalen och beställa mat"
    assert [(a["assignee"], a["due"]) for a in feast["actions"]] == [("Kasper Ahl", "2025-09-20")]
    laundry = items[4]["decisions"][0]
    assert laundry["text"] == "anmäla trasig maskin till hyresvärden"
    assert {a["assignee"] for a in laundry["actions"]} == {"Per Öhrn", "Nadia Sund"}
    assert [d["text"] for d in items[6]["decisions"]] == ["godkänna halvårsrapporten"]


def test_a_misread_row_number_is_given_back_from_the_count():
    text = HEAD + "\n".join([
        "Nr Ärende Beslut Vem När",
        "Å Mötets öppnande Ordföranden öppnade mötet.",
        "2 Ekonomi godkänna kvartalsrapporten",
        "hej Städning begära in offerter Kasper Ahl 2025-06-10",
        "4 Nästa möte Onsdag 11 juni kl. 18.30"])
    items = _items(text)
    assert {n: i["title"] for n, i in items.items()} == {1: "Mötets öppnande", 2: "Ekonomi", 3: "Städning",
                                                         4: "Nästa möte"}
    assert items[3]["decisions"][0]["actions"][0]["due"] == "2025-06-10"


def test_a_name_ending_the_first_line_of_a_row_is_its_responsible_cell():
    text = HEAD + "\n".join([
        "Punkt Vad Ansvar",
        "1 Mötets öppnande",
        "Ordföranden öppnade mötet.",
        "2 Vägunderhåll Kasper",
        "Styrelsen beslutade att beställa grus. Kasper beställer gruset senast den 15 september.",
        "3 Avtackning av Nadia",
        "Styrelsen tackade Nadia för hennes arbete.",
        "4 Ekonomi", "Kassören redovisade ekonomin."])
    items = _items(text)
    assert [items[n]["title"] for n in range(1, 5)] == ["Mötets öppnande", "Vägunderhåll", "Avtackning av Nadia",
                                                         "Ekonomi"]
    assert items[2]["decisions"][0]["actions"][0]["assignee"] == "Kasper"


def test_a_date_a_narrow_column_wrapped_is_mended():
    assert mend_dates("2025-09-1 5") == "2025-09-15"
    assert mend_dates("2025-10-0 1") == "2025-10-01"
    assert mend_dates("3 av 2025-09-15 12") == "3 av 2025-09-15 12"  # whole already: left alone
    assert mend_dates("2025-09 7") == "2025-09 7"  # no day to mend


def test_presence_table_read_across_in_single_spaces():
    text = "\n".join([
        "Norrå vägförening", "Protokoll fört vid styrelsemöte", "Datum: 2025-08-26", "", "Närvarolista", "",
        "Namn Roll Närvarande Frånvarande",
        "Gunnar Holt ordförande X", "Lisa Bergqvist kassör Xx", "Mats Ekström sekreterare |X|",
        "Olle Dahlin ledamot", "", "1. Mötets öppnande", "Ordföranden öppnade mötet."])
    got = {(a["name"], a.get("role")) for a in parse_text(text).to_json()["attendees"]}
    assert got == {("Gunnar Holt", "ordförande"), ("Lisa Bergqvist", "kassör"), ("Mats Ekström", "sekreterare"),
                   ("Olle Dahlin", "ledamot")}


def _cells(*cells):
    return "\n\n".join(cells)


def test_a_mark_column_read_after_the_rows_goes_to_the_rows_without_a_mark():
    text = "Styrelsemöte i Norrå vägförening\nDatum: 2025-08-26\n\nNärvarolista\n" + _cells(
        "Namn", "Roll", "Närvarande", "Gunnar Holt", "ordförande", "X", "Britta Sjögren", "ledamot",
        "Olle Dahlin", "ledamot", "X", "Karin Nyberg", "suppleant", "X", "Frånvarande", "X",
        "1. Mötets öppnande\nOrdföranden öppnade mötet.")
    # the role after a name is the presence table's, no role | name table of its own
    assert "ledamot   Olle Dahlin" not in rebuild(text)
    got = {(a["name"], a["status"], a.get("role")) for a in parse_text(text).to_json()["attendees"]}
    assert got == {("Gunnar Holt", "present", "ordförande"), ("Britta Sjögren", "absent", "ledamot"),
                   ("Olle Dahlin", "present", "ledamot"), ("Karin Nyberg", "present", "suppleant")}


def test_the_rule_under_the_header_read_as_text_is_no_end_of_the_table():
    """Tesseract reads a scanned table's rule as a line of its own ("=S -” -” NR |") and "1" as "il"."""
    text = HEAD + "\n".join([
        "Nr Ärende Beslut Vem När", "", "=S -” -” -”- -” NR |", "",
        "il Mötets öppnande Ordföranden öppnade mötet.",
        "2 Ekonomi godkänna kvartalsrapporten",
        "3 Nästa möte Onsdag 11 juni kl. 18.30"])
    items = _items(text)
    assert {n: i["title"] for n, i in items.items()} == {1: "Mötets öppnande", 2: "Ekonomi", 3: "Nästa möte"}


def test_an_item_tables_number_title_given_alone_ends_the_list_of_people_before_it():
    text = "Styrelsemöte i Norrå vägförening\nDatum: 2025-08-26\n\nNärvarande\n" + _cells(
        "Gunnar Holt", "Olle Dahlin", "Punkt", "Vad", "1", "Mötets öppnande", "Ordföranden öppnade mötet.")
    names = {a["name"] for a in parse_text(text).to_json()["attendees"]}
    assert names == {"Gunnar Holt", "Olle Dahlin"}
