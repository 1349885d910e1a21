"""Item shapes of issue 8 found on the heldout5 dev set, one test per rule (fictional text; the whole shapes
are in tests/fixtures/genre 140–145): bullet-numbered headings, organ labels of several words with the case
number at the right, a contents list before the items, capital sub-item letters, short lines standing apart
over a decision line or bullets, several next meetings on one line, a yymmdd title date."""
import datetime as dt

from protokoll.clean.lines import Line, clean
from protokoll.parse import decisions as dec
from protokoll.parse.blocks import heading_at, numbered_headings, to_blocks
from protokoll.parse.header import parse_header
from protokoll.pipeline import parse_text


def _lines(text):
    return clean(text, repair=False).lines


def test_bullet_before_an_item_number():
    for text in ("• 1 Mötet öppnas", "- 1 Mötet öppnas", "– 1 Mötet öppnas"):
        h = heading_at(text)
        assert (h.number, h.label, h.title) == (1, None, "Mötet öppnas"), text
    h = heading_at("• 2 Dagordning. Dagordningen godkändes.")
    assert h.title == "Dagordning" and "• 2 Dagordning. Dagordningen godkändes."[h.text_at:] == "Dagordningen godkändes."
    assert heading_at("• Per kontaktar kommunen.") is None


def test_bullet_numbered_items_across_section_headings():
    p = parse_text("Styrelsemöte i Lövnäs vägförening 2025-04-14\n\nNärvarande: Bo Ek, Per Alm\n\n"
                   "• 1 Mötets öppnande\nBo öppnade mötet.\n\nVägens ärenden\n\n• 2 Vägunderhåll\nGrus beställs.\n\n"
                   "Fiskets ärenden\n\n• 3 Fiskekort\nInga kort har sålts.\n\n• 4 Mötets avslutande\nBo avslutade mötet.\n")
    assert [(i.number, i.title) for i in p.items] == [(1, "Mötets öppnande"), (2, "Vägunderhåll"), (3, "Fiskekort"),
                                                      (4, "Mötets avslutande")]


def test_organ_label_of_several_words_with_the_case_number_at_the_right():
    h = heading_at("KS AU § 5 Budget 2026")
    assert (h.number, h.label, h.title) == (5, "KS AU § 5", "Budget 2026")
    h = heading_at("RUN AU § 17" + " " * 40 + "RS 2025/044")
    assert (h.number, h.label, h.title, h.case_number) == (17, "RUN AU § 17", "", "RS 2025/044")
    h = heading_at("BUN § 3 Skolskjuts")
    assert (h.number, h.label) == (3, "BUN § 3")
    # a year at the end of a title, one space from it, is no case number
    assert heading_at("§ 4 Budget 2026").case_number is None


def test_contents_list_that_starts_over_is_not_the_items():
    lines = _lines("Innehållsförteckning\n54 Val av justerare\n55 Budget\n56 Taxor\n57 Övrigt\n\n"
                   "54 Val av justerare\nAnna valdes.\n55 Budget\nBudgeten antogs.\n56 Taxor\nTaxan antogs.\n"
                   "57 Övrigt\nInget.\n")
    found = numbered_headings(lines)
    assert [lines[i].text for i in sorted(found)] == ["54 Val av justerare", "55 Budget", "56 Taxor", "57 Övrigt"]
    assert min(found) == 5  # the items (line 5, after the heading and four entries), not the contents list


def test_numbered_lines_under_a_list_heading_that_never_start_over_are_the_items():
    lines = _lines("Ärenden\n1 Val av justerare\nAnna valdes.\n2 Budget\nBudgeten antogs.\n3 Övrigt\nInget.\n")
    assert sorted(numbered_headings(lines)) == [1, 3, 5]


def test_capital_letter_sub_items():
    h = heading_at("6A ORDFÖRANDEN")
    assert (h.number, h.label, h.level, h.title) == (None, "6A", 1, "ORDFÖRANDEN")
    assert heading_at("4a Budget") is None  # a small letter without "§" stays no label
    p = parse_text("PROTOKOLL FÖRT VID MEDLEMSMÖTE 2025-10-09\n\n1 ÖPPNANDE\nMötet öppnades.\n\n2 RAPPORTER\n"
                   "2A KASSÖREN\nKassan är god.\n\n2B RESOR\nResan går i maj.\n\n3 AVSLUTNING\nMötet avslutades.\n")
    assert [(i.number, i.title, [(s.label, s.title) for s in i.subitems]) for i in p.items] == [
        (1, "ÖPPNANDE", []), (2, "RAPPORTER", [("2A", "KASSÖREN"), ("2B", "RESOR")]), (3, "AVSLUTNING", [])]


def test_short_line_standing_apart_heads_a_decision_line_and_bullets():
    blocks = to_blocks(_lines("Ansvarsfrihet\nÅrsmötet beviljade styrelsen ansvarsfrihet.\n\nÅrsavgift\n"
                              "Årsmötet beslöt att årsavgiften ska vara 200 kronor.\n\nEkonomi\n"
                              "• Kassören redovisade ekonomin.\n• Beslut: avgiften behålls.\n"))
    assert [(b.kind, b.label, b.rest or b.text) for b in blocks] == [
        ("heading", None, "Ansvarsfrihet"), ("text", None, "Årsmötet beviljade styrelsen ansvarsfrihet."),
        ("heading", None, "Årsavgift"), ("label", "formula", "att årsavgiften ska vara 200 kronor."),
        ("heading", None, "Ekonomi"), ("dash", None, "• Kassören redovisade ekonomin."),
        ("label", "decisions", "avgiften behålls.")]


def test_bulleted_decision_then_tasks_in_the_points_after_it():
    p = parse_text("Styrelsemöte i Mossviks IBK 2025-03-04\n\nNärvarande: Pia Öberg, Jenny Sandin\n\n"
                   "Mötets öppnande\n• Mötet öppnades.\n\nSommarlägret\n• Beslut: klubben ordnar sommarläger vecka 25.\n"
                   "• Pia bokar lägergården senast 15/4.\n")
    camp = p.items[-1]
    assert camp.title == "Sommarlägret"
    assert sorted(d.text for d in camp.decisions) == ["Pia bokar lägergården senast 15/4.",
                                                       "klubben ordnar sommarläger vecka 25."]


def test_several_next_meetings_on_one_line():
    got = dec.next_meetings("Årsmöte 12/5 samt styrelsemöte den 9/6 kl 18.30", dt.date(2025, 4, 14), title_says=True)
    assert [(m.date, m.start_time) for m in got] == [(dt.date(2025, 5, 12), None), (dt.date(2025, 6, 9), "18:30")]
    got = dec.next_meetings("Nästa möte: 12/5 kl 18.30. Kallelse senast 5/5.", dt.date(2025, 4, 14))
    assert [(m.date, m.start_time) for m in got] == [(dt.date(2025, 5, 12), "18:30")]


def test_yymmdd_date_in_the_title():
    h = parse_header([Line("Styrelsemöte 250414"), Line("Protokoll fört vid styrelsemöte söndagen den 14 april")])
    assert h.values["date"] == dt.date(2025, 4, 14)
    assert "date" not in parse_header([Line("Styrelsemöte 251340")]).values
