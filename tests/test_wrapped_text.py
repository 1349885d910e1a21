"""Minutes whose prose a PDF's text wrapped at a narrow width (regression tests)."""
from protokoll.pipeline import parse_text

PARAGRAPHS = """SAMMANTRÄDESPROTOKOLL
Socialnämndens arbetsutskott
2025-05-06

Beslutande ledamöter    Eva Lind (S), ordförande
                        Ove Sand (M)

Justerare               Ove Sand (M)

41      Dnr SN 2025/30
Information

Förvaltningschefen informerar om
läget i verksamheterna.

Arbetsutskottets beslut
Informationen noteras.

42      Dnr SN 2025/31
Avtal om hyra av lokaler

Arbetsutskottets förslag till socialnämnden
1. Förvaltningen ges rätt att teckna avtal om hyra av
lokaler för daglig verksamhet.
2. Avtalet ska gälla i högst fem år från
tillträdet.

43      Dnr SN 2025/35
Uppföljning av internkontroll

Arbetsutskottets beslut
Uppföljningen godkänns.

44      Dnr SN 2025/36
Delegationsbeslut

Arbetsutskottets beslut
Redovisningen läggs till handlingarna.
"""


def test_a_short_numbered_list_in_a_decision_gives_way_to_the_paragraphs_running_numbers():
    items = parse_text(PARAGRAPHS).items
    assert [(item.number, item.title) for item in items] == [
        (41, "Information"), (42, "Avtal om hyra av lokaler"), (43, "Uppföljning av internkontroll"),
        (44, "Delegationsbeslut")]


ADJUSTERS = """Protokoll
Miljönämnden
Datum: 2025-09-11

Ledamöter: Pia Holm (C), ordförande, Nils Ek (S)

§ 12 Val av justerare
Miljönämnden beslutar att utse Nils Ek (S)
att tillsammans med ordföranden justera protokollet.

§ 13 Godkännande av dagordning
Miljönämnden godkänner dagordningen.
"""


def test_the_adjusters_complement_wrapped_onto_its_own_line_is_no_att_clause_of_its_own():
    item = parse_text(ADJUSTERS).items[0]
    assert [d.text for d in item.decisions] == [
        "att utse Nils Ek (S) att tillsammans med ordföranden justera protokollet."]
