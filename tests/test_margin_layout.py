"""A case system's protocol with a narrow left margin column: the item's label and its "Dnr" there, the case number
wrapped under the label, and the posting notice's heading wrapped in the same column (the text a PDF's layout gives)."""
from protokoll.clean import furniture
from protokoll.clean.lines import Line
from protokoll.parse.blocks import heading_at
from protokoll.pipeline import parse_text

MARGIN_PROTOCOL = """LINDÅSA KOMMUN                               SAMMANTRÄDESPROTOKOLL                               Sida 1 (1)
Kultur- och fritidsnämnden                   Sammanträdesdatum
                                             4 mars 2026

 Plats och tid              Kulturhuset, sal Ugglan, onsdagen den 4 mars 2026, kl 13.00-15.10

 Beslutande                 Vera Holmgren, ordf.
                            Otto Lind
                            Siri Bengtsson

 Utses att justera          Otto Lind

Kfn § 8 Dnr        Bidrag till studieförbund 2026
2026/14
                   Förvaltningen har fördelat bidragen enligt bidragsreglerna.

                   KULTUR- OCH FRITIDSNÄMNDEN BESLUTAR
                   att fördela bidragen enligt förvaltningens förslag.

Kfn § 9 Dnr
2026/3
Delegationsbeslut   Redovisas delegationsbeslut fattade under februari 2026.

                   KULTUR- OCH FRITIDSNÄMNDEN BESLUTAR
                   att godkänna redovisningen.

BEVIS OM           Kultur- och fritidsnämndens protokoll har justerats och anslagits på kommunens
ANSLAG
                   anslagstavla.
                   Anslaget uppsatt 2026-03-09 Anslaget nedtages 2026-03-31
"""


def test_a_title_beside_a_case_label_without_its_number_is_the_title():
    h = heading_at("Kfn § 8 Dnr        Bidrag till studieförbund 2026")
    assert (h.number, h.title, h.case_number, h.case_below) == (8, "Bidrag till studieförbund 2026", None, True)
    h = heading_at("Kfn § 9 Dnr")
    assert (h.number, h.title, h.case_below) == (9, "", True)


def test_a_case_number_beside_its_label_is_read_as_before():
    h = heading_at("Kfn § 8 Dnr KFN 2026/14")
    assert (h.number, h.case_number, h.case_below) == (8, "KFN 2026/14", False)
    h = heading_at("§ 8 Bidrag till studieförbund    Dnr 2026/14")
    assert (h.title, h.case_number) == ("Bidrag till studieförbund", "2026/14")


def test_the_case_number_wrapped_under_the_label_is_the_items_and_the_notice_is_no_decision():
    p = parse_text(MARGIN_PROTOCOL, "margin.txt")
    assert [(i.number, i.title, i.case_number) for i in p.items] == [
        (8, "Bidrag till studieförbund 2026", "2026/14"), (9, "Delegationsbeslut", "2026/3")]
    assert [[d.text for d in i.decisions] for i in p.items] == [
        ["att fördela bidragen enligt förvaltningens förslag."], ["att godkänna redovisningen."]]


def test_a_posting_notice_whose_heading_stands_in_a_label_column_is_cut():
    lines = [Line(t) for t in ["att godkänna redovisningen.", "BEVIS OM           Protokollet har justerats.",
                                "ANSLAG", "                   Anslaget uppsatt 2026-03-09"]]
    assert [line.text for line in furniture.cut_notices(lines)] == ["att godkänna redovisningen."]
    lines = [Line(t) for t in ["ANSLAG/BEVIS       Protokollet har justerats.", "Anslaget uppsatt 2026-03-09"]]
    assert furniture.cut_notices(lines) == []
    kept = [Line(t) for t in ["Bevis       Styrelsen tog del av beviset.", "Anslag      Ett anslag söks."]]
    assert furniture.cut_notices(kept) == kept
