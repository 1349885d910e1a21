"""Shapes the seventeenth held-out set (tests/fixtures/heldout17: water councils, a fishing area, a youth council,
Sametinget's board, fibre co-operatives, a free church's national board, a state delegation) showed the parser
missing, each with a dev fixture of its own in tests/fixtures/genre (498–503). All text made up."""
from protokoll.clean import columns
from protokoll.clean.lines import clean
from protokoll.pipeline import parse_text


def _decisions(item):
    return [(d.text, d.kind, [a.assignee for a in d.actions]) for d in item.decisions]


def _people(protocol):
    return [(a.name, a.affiliation, a.status, a.role) for a in protocol.attendees]


GRID = ("LÖVSALA KOMMUN                   Sammanträdesprotokoll                    1(3)\n"
        "                                 Seniorrådet\n"
        "                                 Sammanträdesdatum 2026-05-04\n\n"
        "Plats och tid          Kommunhuset, kl 10.00-12.00\n\n"
        "Beslutande             Ebba Sand, Gösta Lind, Maj Ek\n\n"
        "Justerare              Maj Ek\n\n"
        "                                                                          2(3)\n"
        "Närvaro- och omröstningslista\n\n"
        "                              När-\n"
        "Ordinarie ledamöter           varo\n"
        "Ebba Sand                     X\n"
        "Gösta Lind                    X\n"
        "Rut Holm                      -\n"
        "Maj Ek                        X\n\n"
        "                                                                          3(3)\n"
        "Ärendelista\n"
        "7. Föregående protokoll\n"
        "8. Matlådor i hemtjänsten\n\n"
        "§ 7 Föregående protokoll\n\n"
        "att lägga protokollet till handlingarna.\n\n"
        "§ 8 Matlådor i hemtjänsten\n\n"
        "att ge Gösta Lind i uppdrag att bjuda in kostchefen, samt\n\n"
        "att ta upp frågan igen i september.\n\n"
        "Rådet diskuterar hur maten levereras.\n\n"
        "Justerandes sign                                                          3(3)\n")


def test_att_clauses_right_under_an_items_title_are_its_decisions():
    protocol = parse_text(GRID)
    assert [_decisions(i) for i in protocol.items] == [
        [("att lägga protokollet till handlingarna.", "noted", [])],
        [("att ge Gösta Lind i uppdrag att bjuda in kostchefen, samt", "assignment", ["Gösta Lind"]),
         ("att ta upp frågan igen i september.", "other", [])]]


def test_a_presence_column_titled_over_two_lines_marks_the_absent_and_stops_at_the_next_heading():
    protocol = parse_text(GRID)
    assert ("Rut Holm", None, "absent", None) in _people(protocol)
    assert "Ärendelista" not in [a.name for a in protocol.attendees]


def test_the_foot_box_with_the_page_number_beside_it_is_page_furniture():
    lines = clean("Text här.\n\nJusterandes sign                                                      4(5)\n\nMer text.\n").lines
    assert [line.text for line in lines] == ["Text här.", "Mer text."]


def test_a_bilingual_label_reads_as_its_swedish_label():
    assert columns.drop_label_glosses("Báiki ja áigi/Plats och tid     Kansliet\nANSLAG/BEVIS\nOrdförande/sekreterare  Per Ek") \
        == "Plats och tid                   Kansliet\nANSLAG/BEVIS\nOrdförande/sekreterare  Per Ek"
    protocol = parse_text("Sámediggi\nGielalávdegoddi / Språknämnden\n\n"
                          "Báiki ja áigi / Plats och tid        Kansliet, Giron/Kiruna 2026-02-03; kl 09.00-12.00\n"
                          "Mearrideaddjit / Beslutande         Inga Kuoljok, ordförande\n"
                          "                                    Nils Tuuva\n"
                          "Dárkkisteaddji / Utses att justera  Nils Tuuva\n\n"
                          "§ 1 Föredragningslista\n\nSpråknämnden beslutar\n\natt godkänna föredragningslistan.\n")
    assert protocol.body == "Språknämnden"
    assert protocol.location == "Kansliet, Giron/Kiruna"
    assert [a.name for a in protocol.attendees] == ["Inga Kuoljok", "Nils Tuuva"]
    assert protocol.adjusters == ["Nils Tuuva"]


def test_a_state_committees_protocol():
    protocol = parse_text("PROTOKOLL\n\nUtredningen om bättre bredband (I 2026:07)\n\nSammanträde nr 3\nDatum: 260917\n"
                          "Plats: Infrastrukturdepartementet\n\nNärvarande\nOrdförande: Lena Vik\n"
                          "Ledamöter: Per Ås, Jon Ek\nSakkunniga: Eva Lund (PTS)\nExperter: Omar Said (SKR)\n"
                          "Sekretariat: Ida Berg (sekreterare)\n\n"
                          "§ 1 Sammanträdet öppnas.\n\n§ 2 Sammanträdet, som pågick kl. 10.00–11.30, förklaras avslutat.\n")
    assert (protocol.organisation, str(protocol.date), protocol.start_time, protocol.end_time) == (
        "Utredningen om bättre bredband", "2026-09-17", "10:00", "11:30")
    roles = {a.name: a.role for a in protocol.attendees}
    assert (roles.get("Eva Lund"), roles.get("Omar Said"), roles.get("Ida Berg")) == ("sakkunnig", "expert", "sekreterare")


COUNCIL = ("PROTOKOLL\nSTYRELSEN FÖR ÅSNENS VATTENRÅD\n\nNärvarande\nLedamöter:\nKommunerna\n"
           "Lisa Holm                 Alvesta kommun (ordf.)\n"
           "Karl Berg                 Växjö kommun\n"
           "Markägare\n"
           "Sten Ahl                  LRF Kronoberg\n"
           "Ersättare:\n"
           "Maja Sund                 Tingsryds kommun (tjänstgör 1-3)\n\n"
           "Plats: Kommunhuset i Alvesta\nTid: Tisdagen den 6 oktober 2026 kl 09.00-11.00\n\n"
           "Bilagor:\n1. Budget\n2. Åtgärdslista\n\n"
           "                                                                 2 (2)\n"
           "1. Val av justerare\nLisa Holm öppnar mötet.\natt utse Sten Ahl att jämte ordföranden justera protokollet.\n\n"
           "2. Budget\nBilaga 1\natt anta budgeten för 2027.\n\n3. Övriga frågor\nInga.\n")


def test_a_councils_roll_by_group_over_name_and_organisation_rows():
    people = _people(parse_text(COUNCIL))
    assert [(n, aff) for n, aff, _, _ in people] == [
        ("Lisa Holm", "Alvesta"), ("Karl Berg", "Växjö"), ("Sten Ahl", "LRF Kronoberg"), ("Maja Sund", "Tingsryd")]


def test_items_after_an_attachment_list_and_a_page_mark_and_clauses_after_an_attachment_line():
    protocol = parse_text(COUNCIL)
    assert [(i.number, i.title) for i in protocol.items] == [
        (1, "Val av justerare"), (2, "Budget"), (3, "Övriga frågor")]
    assert _decisions(protocol.items[1]) == [("att anta budgeten för 2027.", "approval", [])]


def test_a_working_groups_notes_title_wrapped_before_its_owner_and_who_kept_them():
    protocol = parse_text("MINNESANTECKNINGAR\n2026-03-02\nArbetsgruppen för\nLeader Norrskog\nNärvarande:\nAnna Ek\n"
                          "Per Berg\nVid minnesanteckningarna: Per Berg\n\n1. Ansökningar\n"
                          "Anna Ek lämnar en lägesrapport om ansökningarna.\n"
                          "Per Berg lämnar en rapport till styrelsen senast den 1 april.\n")
    assert (protocol.organisation, protocol.body, protocol.secretary) == ("Leader Norrskog", "Arbetsgruppen", "Per Berg")
    assert [d.text for d in protocol.items[0].decisions] == [
        "Per Berg lämnar en rapport till styrelsen senast den 1 april."]


def test_an_organisation_number_a_qualified_role_and_a_list_of_paragraphs_attended():
    protocol = parse_text("Protokoll styrelsemöte\n\nBergslagens Scoutförbund, org nr 802400-1234\n\nDatum: 2026-02-07\n\n"
                          "Närvarande:\nOla Ek, deltog i 3, 5-7\nAnna Lund\n\nAdjungerade:\nEva Berg Bitr. förbundssekreterare\n\n"
                          "1. Mötets öppnande\nMötet öppnades.\n")
    assert protocol.organisation == "Bergslagens Scoutförbund"
    people = {a.name: (a.affiliation, a.role, a.note) for a in protocol.attendees}
    assert people["Ola Ek"] == (None, None, "deltog i 3, 5-7")
    assert people["Eva Berg"][1] == "bitr. förbundssekreterare"
