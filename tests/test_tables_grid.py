"""Grid tables of minutes in layout text (§ | Ärende | Diskussion/Beslut | Ansvarig | Klart till) whose header
is not the plain one-line header: the number column without a title, titles over two lines, other title words."""
from protokoll.clean.lines import clean, join
from protokoll.parse.tables import is_header, unfold


def _unfold(text):
    lines = clean(pages=[text]).lines
    return lines, unfold(list(lines))


def _made(before, after):
    old = {id(line) for line in before}
    return [line.text for line in after if id(line) not in old]


ROWS = [
    "   1.   Inledning        Ordföranden hälsade välkomna.",
    "                         Dagordningen godkändes.",
    "",
    "   2.   Belysning vid    Två armaturer är trasiga.                Rut Engvall   2025-10-15",
    "        gångtunneln      Rut anmäler felen till kommunen.",
    "",
    "   3.   Nästa möte       Den 3 november kl. 15.00.",
    "",
    "   Vid protokollet",
]


def test_a_header_whose_number_column_has_no_title():
    text = "\n".join(["Minnesanteckningar från arbetsgruppen", "",
                      "        Rubrik           Anteckningar                             Ansvarig      Deadline",
                      ""] + ROWS)
    before, after = _unfold(text)
    made = _made(before, after)
    assert made[0] == "1. Inledning" and "2. Belysning vid" in made and "3. Nästa möte" in made
    assert "Ansvar: Rut Engvall, senast 2025-10-15" in made
    assert not any(line.text.startswith("Rubrik") for line in after)


def test_a_text_title_line_without_numbered_rows_is_no_table():
    text = "\n".join(["Styrelsemöte i Exempelföreningen", "",
                      "   Ärende           Diskussion                             Ansvarig",
                      "   Budgeten         Kassören gick igenom förslaget.        Per", "", "   Vid protokollet"])
    before, after = _unfold(text)
    assert after is before or [x.text for x in after] == [x.text for x in before]


def test_header_titles_over_two_lines():
    text = "\n".join(["Styrelsemöte i Exempelföreningen", "",
                      "   §      Ärende           Diskussion/Beslut                        Ansvarig      Klart",
                      "                                                                                till",
                      ""] + ROWS)
    before, after = _unfold(text)
    made = _made(before, after)
    assert "till" not in made and not any(line.text == "till" for line in after)
    assert "Ansvar: Rut Engvall, senast 2025-10-15" in made
    assert join([t for t in made if not t[0].isdigit() and not t.startswith("Ansvar")]).startswith(
        "Ordföranden hälsade välkomna.")


def test_more_title_words():
    assert is_header(["Nr", "Rubrik", "Anteckningar", "Ansvarig", "Deadline"])
    assert is_header(["§", "Ärende", "Diskussion och beslut", "Ansvarig", "Klar senast"])
    assert is_header(["§", "Ärende", "Kommentar", "Vem", "Tidplan"])
