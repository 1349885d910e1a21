"""Item tables whose rows hold an action column beside the discussion and a date column ("Punkt | Ämne och
diskussion | Åtgärd / ansvar | Klart"), the cells of a row interleaved line by line in layout text, as
fixture 175 in tests/fixtures/genre shows (all text made up). One rule a test."""
import datetime as dt

from protokoll.clean.lines import clean
from protokoll.parse import decisions
from protokoll.parse.tables import is_header, unfold

TABLE = [
    "Minnesanteckningar – Exempelnätverket",
    "",
    "     Punkt  Ämne och diskussion                     Åtgärd / ansvar      Klart",
    "",
    "     1      Gemensam studiedag",
    "            Nätverket beslutade att ordna               Anna och Per         12/4",
    "            en studiedag i maj.                          bokar lokal.",
    "",
    "     2      Bidrag",
    "            Reglerna är inte klara.                     –                    –",
    "            Informationen noterades.",
]


def _unfolded(text_lines):
    lines = clean(pages=["\n".join(text_lines)]).lines
    return [line.text for line in unfold(list(lines))]


def test_amne_heads_the_text_column():
    assert is_header(["Punkt", "Ämne och diskussion", "Åtgärd / ansvar", "Klart"])
    assert is_header(["Nr", "Ämne", "Ansvarig"])


def test_cells_indented_right_of_their_header_stay_in_its_column():
    # "Anna och Per" starts right of "Åtgärd / ansvar" and left of "Klart": the action cell, not the date
    got = _unfolded(TABLE)
    assert got[got.index("1 Gemensam studiedag"):got.index("2 Bidrag")] == [
        "1 Gemensam studiedag", "Nätverket beslutade att ordna", "en studiedag i maj.",
        "Anna och Per", "bokar lokal.", "Klart till: 12/4"]


def test_a_dash_cell_is_empty():
    got = _unfolded(TABLE)
    assert got[got.index("2 Bidrag"):] == ["2 Bidrag", "Reglerna är inte klara.", "Informationen noterades."]


def test_delar_gives_a_task_but_a_shared_view_does_not():
    day, people = dt.date(2025, 3, 11), frozenset({"Kalle"})
    found = decisions.analyse("Kalle delar schemat med nätverket.", day, people)
    assert [a.assignee for a in found.actions] == ["Kalle"]
    assert not decisions.analyse("Kalle delar uppfattningen att schemat är bra.", day, people).actions
