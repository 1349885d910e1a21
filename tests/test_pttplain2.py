"""Plain pdftotext shapes of a front page (branch pttplain2, survey 61 in tests/fixtures/genre/SURVEY.md)."""
from protokoll.clean import cells, columns, numbercolumn
from protokoll.clean.lines import clean
from protokoll.pipeline import parse_text


def _attendees(lines: list[str]) -> list[tuple]:
    return [(a["name"], a["role"], a["status"]) for a in parse_text("\n".join(lines)).to_json()["attendees"]]


HEAD = ["Teknologkåren Norrfjäll", "PROTOKOLL", "Styrelsemöte nr 4", "Datum: 2026-03-12", ""]
FIRST_ITEM = ["", "1. Mötets öppnande", "Ordföranden öppnade mötet kl. 18.05."]


def test_a_role_column_before_its_names_is_zipped_row_by_row():
    """A board's roll table "role | name" without parties, printed column by column: the roles, then as many names.
    Each name takes the role that stood beside it, under the right label."""
    text = HEAD + ["Närvarande", "Ordf.", "Kassör", "Ledamot", "", "Tuva Ahlgren", "Per Nordlund", "Sara Vik",
                   "", "Frånvarande", "Suppleant", "", "Jon Ekman"] + FIRST_ITEM
    assert _attendees(text) == [("Tuva Ahlgren", "ordförande", "present"), ("Per Nordlund", "kassör", "present"),
                                ("Sara Vik", "ledamot", "present"), ("Jon Ekman", "suppleant", "absent")]


def test_names_then_as_many_roles_are_zipped_too():
    """The other order: the name column first, then the role column (a name's own note stays after its role)."""
    page = "\n".join(["Deltagare", "Tuva Ahlgren", "Per Nordlund, vik.", "Sara Vik", "ordförande", "kassör",
                      "ledamot", "", "Ärenden"])
    assert cells.join_role_columns(page).split("\n")[:4] == [
        "Deltagare", "Tuva Ahlgren, ordförande", "Per Nordlund, kassör, vik.", "Sara Vik, ledamot"]


def test_a_signature_block_or_a_row_a_line_is_no_pair_of_columns():
    """Signing roles over the names signed stay as they are, and so do a name and its role on lines of their own,
    row after row (the attendance reader reads those)."""
    signed = "\n".join(["Sekreterare", "Ordförande", "Justerare", "", "Ada Berg", "Tor Lind", "Eva Ström"])
    assert cells.join_role_columns(signed) == signed
    rows = "\n".join(["Övriga närvarande", "Sofia Rehn", "förvaltningschef", "Anders Moberg", "nämndsekreterare"])
    assert cells.join_role_columns(rows) == rows


def test_a_bare_ovriga_label_is_in_the_label_column():
    """"Övriga:" alone is a list's label of a kommun's front-page table: the label column read before its values
    runs on past it to "Justerare", and each label gets its value back; "Övriga" / "närvarande" stays one label."""
    page = "\n".join(["Valnämnden", "Plats och tid:", "Närvarande:", "", "Övriga:", "Justerare:", "Paragrafer:", "",
                      "Kommunhuset, kl. 13.15–15.05", "Birgitta Holm (S), ordförande, Leif Sandberg (M),",
                      "Nils Ekvall (C)", "Peter Lind, kommunsekreterare", "Leif Sandberg", "10–16"])
    out = columns.pair(page)
    assert "Justerare: Leif Sandberg" in out and "Paragrafer: 10–16" in out
    wrapped = ["Övriga", "närvarande"]
    assert columns._label_at(wrapped, 0, columns.COLUMNS) == ("list", "Övriga närvarande", 1)


def test_a_case_number_printed_before_its_items_number_goes_under_the_title():
    """The heading row "213        Dnr TU 2025/0311" as plain pdftotext prints it: the case number first, under the
    item before, where it read as that item's last decision. It goes under the next item's title."""
    text = ["Paragrafer", "212–213", "", "212", "Val av justerare", "Beslut", "Ida Lund utses att justera protokollet.",
            "Dnr TU 2026/0311", "", "213", "Vinterväghållning", "Beslut", "Utskottet godkänner planen."]
    kept = [line.text for line in clean("\n".join(text)).lines]
    assert kept[kept.index("Ida Lund utses att justera protokollet.") + 1:] == [
        "Vinterväghållning", "Dnr TU 2026/0311", "Beslut", "Utskottet godkänner planen."]


def test_a_case_number_under_its_own_title_stays():
    """An item with no text but its title and case number, before a lone number: the case number is its own. So is
    one after an item's text before a "§ 24" (the heading row "§ 23  Title  Dnr ..." printed the case number after
    the item's text)."""
    page = "\n".join(["212", "Val av justerare", "Dnr TU 2026/0311", "", "213", "Vinterväghållning", "Text."])
    assert numbercolumn.lower_case_numbers(page) == page
    after_text = "\n".join(["§ 23", "Verksamhetsrapport", "Rapporten redovisas.", "Dnr ÖFN 2025/004", "", "§ 24",
                             "Entledigande av förvaltare", "Text."])
    assert numbercolumn.lower_case_numbers(after_text) == after_text


def _cut(pages: list[list[str]]) -> list[str]:
    from protokoll.clean.furniture import cut_notices
    return [line.text for line in cut_notices(clean("\f".join("\n".join(p) for p in pages)).lines)]


def test_a_posting_notice_whose_table_runs_onto_the_next_page_is_cut_there_too():
    """An ANSLAG/BEVIS table that starts at the foot of the last page of items and goes on at the top of the next
    ("Anslaget sätts upp" under the running header): its rows there are no part of the last item's decision."""
    kept = _cut([["§ 122 Informationsärenden", "Informationen noteras.", "ANSLAG/BEVIS",
                  "Protokollet är justerat.", "Organ", "Sammanträdesdatum"],
                 ["MALMSTA KOMMUN", "Miljönämnden", "Anslaget sätts upp", "Anslaget tas ned", "2025-11-10",
                  "Kommunkansliet, Malmsta"]])
    assert kept[-1] == "Informationen noteras."


def test_a_notice_head_printed_before_the_last_items_text_cuts_at_the_notice_sentence():
    """Plain pdftotext prints a margin cell's "BEVIS OM" / "ANSLAG" before the last item's text: the notice is cut
    from its own first sentence ("... protokoll har justerats ..."), the item's decision kept."""
    kept = _cut([["§ 34 Delegationsbeslut", "BEVIS OM", "ANSLAG", "Redovisas delegationsbeslut.",
                  "att godkänna redovisningen.", "Nämndens protokoll har justerats och anslagits på anslagstavlan.",
                  "Sammanträdesdag 2025-11-12", "Underskrift ..."]])
    assert kept[-1] == "att godkänna redovisningen."


def test_a_presence_table_one_cell_a_line_is_read_by_its_group_rows():
    """"Namn | Närvarande | Frånvarande" with a mark a row, as plain pdftotext prints it: titles a line each, each
    name over its "X", group rows between. Every row is one of the meeting's, its status its group row's."""
    text = ["Brf Ekbacken", "Protokoll fört vid styrelsemöte 2026-04-14", "", "Namn", "", "Närvarande", "",
            "Frånvarande", "", "Närvarande ledamöter", "Lina Borg", "", "X", "", "Kent Ahl (kassör)", "", "X", "",
            "Frånvarande", "Rut Sand, ledamot", "", "X", "", "§ 1 Mötets öppnande", "Lina Borg öppnade mötet."]
    doc = parse_text("\n".join(text)).to_json()
    assert [(a["name"], a["status"]) for a in doc["attendees"]] == [
        ("Lina Borg", "present"), ("Kent Ahl", "present"), ("Rut Sand", "absent")]


def test_a_two_column_table_of_people_one_cell_a_line_is_laid_out_again():
    """"Fastighet | Närvarande" as plain pdftotext prints it, a cell a line: each name gets its property, as the
    laid-out table gives it."""
    text = ["Ekviks vägsamfällighetsförening", "PROTOKOLL", "8 juni 2026", "Närvarande", "", "Fastighet", "",
            "Närvarande", "", "Ekvik 1:4", "", "Maja Holmgren", "", "Ekvik 2:1", "", "Tor Åberg", "",
            "§ 1 Stämmans öppnande", "Ordföranden Maja Holmgren öppnade stämman."]
    doc = parse_text("\n".join(text)).to_json()
    assert [(a["name"], a["affiliation"]) for a in doc["attendees"]] == [
        ("Maja Holmgren", "Ekvik 1:4"), ("Tor Åberg", "Ekvik 2:1")]


def test_a_rows_cells_a_line_each_or_a_group_heading_are_no_role_columns():
    """A roll a row's cells a line each ("Olof Lind" / "Ledamot" / "M" / "Närvarande") and a group heading over a
    name that has its role ("Företrädare för lärarna" / "Hugo Ek, ledamot") stay as they are."""
    cells_a_line = "\n".join(["Närvarande", "Olof Lind", "Ledamot", "M", "Närvarande", "Kim Strand", "Ledamot", "C"])
    assert cells.join_role_columns(cells_a_line) == cells_a_line
    grouped = "\n".join(["Frånvarande:", "Företrädare för lärarna", "Hugo Ek, ledamot", "", "§ 1 Öppnande"])
    assert cells.join_role_columns(grouped) == grouped


def test_a_case_number_goes_under_a_wrapped_titles_last_line():
    """A title wrapped over two lines ("... fastigheten Hagmark" / "Svalan 3") keeps its lines together: the case
    number goes under the last."""
    page = "\n".join(["Beslutet fattas.", "Dnr BN 2025/412", "", "88", "", "Bygglov på fastigheten Hagmark",
                      "Svalan 3", "Ärendebeskrivning", "Text."])
    assert numbercolumn.lower_case_numbers(page).split("\n")[3:7] == [
        "", "Bygglov på fastigheten Hagmark", "Svalan 3", "Dnr BN 2025/412"]


def test_a_name_and_role_table_one_cell_a_line_is_left_to_the_table_reader():
    """"Namn" / "Uppdrag" over a name and its role, a cell a line: parse.celltables reads those, one table or two."""
    page = "\n".join(["Närvarande", "Namn", "Uppdrag", "Eva Lind", "ordförande", "Kjell Ros", "kassör"])
    assert cells.lay_out_two_cell_rows(page) == page


def test_names_and_organisations_in_turn_under_a_rolls_label_are_rows():
    """A network's "Närvarande:" over name | organisation given a cell a line: each name gets its organisation,
    and so does the one name under a later label of the same roll ("Förhinder:")."""
    text = ["Kulturnätverket", "Minnesanteckningar", "2026-03-10", "Närvarande:", "Jeanette Falk", "Region Norrsjö",
            "Helena Brandt", "Norrviks kommun", "Förhinder:", "Anders Sjöö", "Tallmo kommun", "", "Välkommen",
            "Jeanette Falk hälsade välkommen."]
    doc = parse_text("\n".join(text)).to_json()
    assert [(a["name"], a["affiliation"], a["status"]) for a in doc["attendees"]] == [
        ("Jeanette Falk", "Region Norrsjö", "present"), ("Helena Brandt", "Norrvik", "present"),
        ("Anders Sjöö", "Tallmo", "excused")]
    titled = "\n".join(["Ledamöter", "Organisation", "Gransjö kommun", "Tallmo kommun"])
    assert cells.join_name_organisation_rows(titled) == titled


def test_a_roll_groups_label_alone_over_its_wrapped_list_is_one_line_again():
    """"Närvarande" over a table of groups: "Regionen:" on its own line, its semicolon list wrapped under it. Joined,
    the roll reads as a text's group line does; a group label over one name a line stays."""
    text = ["Samverkansrådet", "Protokoll", "Datum: 2026-02-11", "", "Närvarande", "Regionen:", "",
            "Maja Strand (S), ordförande; Olof Bro (M); Tuva", "Lind (C)", "", "§ 1 Mötets öppnande",
            "Ordföranden öppnade mötet."]
    doc = parse_text("\n".join(text)).to_json()
    assert [a["name"] for a in doc["attendees"]] == ["Maja Strand", "Olof Bro", "Tuva Lind"]
    one_a_line = "\n".join(["Närvarande", "Styrelsen:", "Maja Strand", "Olof Bro"])
    assert cells.join_group_lists(one_a_line) == one_a_line
