"""Shapes found while measuring the eleventh held-out set (tests/fixtures/heldout11), each with a dev fixture of
its own in tests/fixtures/genre (341–350); never tuned against the held-out files. All text made up."""
from protokoll.pipeline import parse_text

from agenda import texts

# --- "Ärende/Notering | Beslut": the items' numbers in the text column, decisions beside them (fixture 341) ----
DECISION_COLUMN = """PROTOKOLL FÖRT VID FÖRENINGEN EKBLADETS STYRELSEMÖTE ONSDAGEN DEN 8 OKTOBER 2025

Datum:   Onsdagen den 8 oktober 2025
Plats:   Ekbladsgården, Lövsjö

Bilagor:
1. Budgetuppföljning
2. Förslag till reseregler

Ärende/Notering                                    Beslut

1 Formalia
1.1 Val av justerare                               Att utse Per Ek som
                                                   justerare

1.2 Anmälan av övriga frågor                       Inga övriga frågor anmäldes.

2 Ekonomi
2.1 Budgetuppföljning (bilaga 1)                   Att godkänna uppföljningen
Kassören redogjorde för utfallet.

2.2 Reseregler (bilaga 2)                          Att ge kansliet i uppdrag
                                                   att revidera reglerna

Vid protokollet                       Justeras

Eva Lind                              Per Ek
"""


def test_a_decision_column_beside_numbered_text_cells_gives_items_and_their_decisions():
    got = parse_text(DECISION_COLUMN)
    assert [i.title for i in got.items] == ["Formalia", "Ekonomi"]
    first, second = got.items
    assert [(s.label, s.title) for s in first.subitems] == [("1.1", "Val av justerare"), ("1.2", "Anmälan av övriga frågor")]
    assert texts(first.subitems[0]) == ["Att utse Per Ek som justerare"]
    assert texts(first.subitems[1]) == []  # a sentence in the decision column that records nothing
    assert texts(second.subitems[0]) == ["Att godkänna uppföljningen"]
    assert texts(second.subitems[1]) == ["Att ge kansliet i uppdrag att revidera reglerna"]
    assert second.subitems[1].decisions[0].kind == "assignment"


def test_a_numbered_attachment_list_is_no_item_list():
    got = parse_text("""Protokoll fört vid styrelsemöte i Föreningen Ekbladet
Datum: 2025-10-08

Bilagor:
1. Budgetuppföljning
2. Förslag till reseregler
3. Verksamhetsplan

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Budget
Styrelsen beslutade att godkänna budgeten.
""")
    assert [i.title for i in got.items] == ["Mötets öppnande", "Budget"]


def test_a_genitive_title_in_capitals_loses_its_s():
    assert parse_text(DECISION_COLUMN).organisation == "FÖRENINGEN EKBLADET"
