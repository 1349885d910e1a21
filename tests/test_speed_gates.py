"""Issue 12 (parser throughput): clean's and parse's steps leave a page or a document they cannot change unread,
and what several steps read of the same page is read once. Each test fails where a step reads what it need not
(the output is the same either way: the speed2 branch checked it byte for byte on every text and rendering)."""
from protokoll.clean import cells, columns, furniture, linenumbers, numbercolumn, swedish
from protokoll.clean.lines import clean
from protokoll.parse import tables

PROSE = ("Protokoll fört vid styrelsemöte 2025-03-04\n\n"
         "§ 1  Mötets öppnande\nOrdföranden öppnade mötet och hälsade alla välkomna.\n\n"
         "§ 2  Ekonomi\nKassören redogjorde för det ekonomiska läget. Styrelsen beslutade att godkänna rapporten.\n")


def _never(*args, **kwargs):
    raise AssertionError("read a page that could not change")


def test_a_pages_spaced_lines_are_read_once_by_the_roll_and_number_column_steps():
    page = PROSE + "Ett  mellanslag  för  mycket\n"
    cells.spaced_lines.cache_clear()
    numbercolumn.pair_titles(cells.join_roll_cells(cells.join_roll_columns(page)))
    assert cells.spaced_lines.cache_info().hits >= 1
    assert cells.spaced_lines(page) == tuple(" ".join(line.split()) for line in page.split("\n"))


def test_wrapped_values_leave_a_page_without_a_value_column_unread(monkeypatch):
    page = "Datum:  2025-03-04\nPlats:  Bystugan\n\nOrdföranden öppnade mötet.\n"
    monkeypatch.setattr(columns, "_column_edges", _never)
    assert columns.join_wrapped_values(page) is page


def test_line_numbers_leave_a_document_without_numbered_lines_unread(monkeypatch):
    monkeypatch.setattr(linenumbers, "_column", _never)
    monkeypatch.setattr(linenumbers, "_alone", _never)
    assert linenumbers.blank([PROSE, PROSE]) == [PROSE, PROSE]


def test_line_numbers_are_still_blanked():
    page = "\n".join(f"{n:>3}   Rad {n} i texten om mötet" for n in range(1, 26))  # (COLUMN_LONG lines or more)
    assert "  7   Rad 7" not in linenumbers.blank([page])[0]


def test_furniture_reads_the_pages_runs_once(monkeypatch):
    calls = []
    real = furniture._page_lines

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(furniture, "_page_lines", counted)
    two_pages = "Styrelsen  Sida 1 (2)\n" + PROSE + "\fStyrelsen  Sida 2 (2)\n" + PROSE
    clean(two_pages)
    assert len(calls) == 1


def test_action_tables_ask_only_lines_led_as_a_row_number_title(monkeypatch):
    asked = []
    monkeypatch.setattr(tables, "_numbered_head", lambda text: asked.append(text) or False)
    lines = clean(PROSE + "Nr  Åtgärd  Ansvar\n").lines
    tables.unfold_actions(lines)
    assert asked == ["Nr  Åtgärd  Ansvar"]


class _NoMatch:
    def match(self, *args):
        raise AssertionError("tried the municipality pattern in a text without 'kommun'")


def test_repair_tries_kommun_only_where_the_text_says_it(monkeypatch):
    text = "Mote med Styrelsen i Ange"
    expected = swedish.repair_text(text)
    monkeypatch.setattr(swedish, "_KOMMUN_AFTER", _NoMatch())
    assert swedish.repair_text(text) == expected


def test_wrapped_labels_read_the_cells_of_lines_with_a_gap_only(monkeypatch):
    asked = []
    real = columns._leading_cells
    monkeypatch.setattr(columns, "_leading_cells", lambda line, n: asked.append((line, n)) or real(line, n))
    page = "Närvarande:  Anna Ek\nOrdföranden öppnade mötet.\nEn rad till utan luckor\n"
    assert columns.glue_wrapped_labels(page) == page
    # each line is asked as a label's first line only where it has a gap (the line under one is asked as a piece)
    assert [line for line, n in asked if n == 3] == ["Närvarande:  Anna Ek"]
