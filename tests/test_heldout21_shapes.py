"""Shapes the twenty-first held-out set (tests/fixtures/heldout21: extracts, a company board, federations, auditors and
committees) showed the parser missing, each with a dev fixture of its own in tests/fixtures/genre (590–596). All text
made up."""
from protokoll.pipeline import parse_text


def _people(protocol):
    return {(a.name, a.affiliation, a.status) for a in protocol.attendees}


def _titles(protocol):
    return [(i.number, i.title) for i in protocol.items]


# A contents list whose last entries stand at the foot of its page, each item's title at the top of a later page:
# "106  Tilläggsanslag ..." and "Tilläggsanslag ..." share a key, but the list is no running footer.
CONTENTS_AT_FOOT = (
    "SAMMANTRÄDESPROTOKOLL                                 1[4]\nBarnnämnden\n2025-03-11\n\n"
    "Plats och tid          Rådhuset, kl 09:00-10:00\nBeslutande             Ada Berg (S), ordförande\n"
    "Sekreterare            Ivar Lund\n\f"
    "INNEHÅLLSFÖRTECKNING                                  2[4]\n\n"
    "12  Budget för skolskjutsar\n13  Lokaler för fritidsgården\n\f"
    "SAMMANTRÄDESPROTOKOLL                                 3[4]\nBarnnämnden\n2025-03-11\n\n"
    "§ 12                                        Dnr BN 2025/0012\nBudget för skolskjutsar\n\n"
    "Barnnämndens beslut\nBarnnämnden antar budgeten.\n\f"
    "SAMMANTRÄDESPROTOKOLL                                 4[4]\nBarnnämnden\n2025-03-11\n\n"
    "§ 13                                        Dnr BN 2025/0013\nLokaler för fritidsgården\n\n"
    "Barnnämndens beslut\nBarnnämnden godkänner hyresavtalet.\n")


def test_a_title_atop_a_page_is_kept_though_a_contents_entry_at_a_page_foot_shares_its_words():
    assert _titles(parse_text(CONTENTS_AT_FOOT)) == [(12, "Budget för skolskjutsar"), (13, "Lokaler för fritidsgården")]


# A layout whose pages carry only their number at the top right, the §§ listed first without a heading.
NUMBERED_PAGES = (
    "SAMORDNINGSFÖRBUNDET ÅSBY                                   PROTOKOLL\n                                Styrelsen\n\n"
    "Plats och tid:   Kommunhuset, Åsby, 2025-02-07 kl. 09.00–11.00\n\nNärvarande\n\nBeslutande:\n"
    "Ola Berg, Åsby kommun, ordförande\nMia Lind, Försäkringskassan\n\f"
    "                                                               2\n"
    "§ 5    Mötets öppnande\n§ 6    Val av justerare\n§ 7    Budget 2025.                 Beslutsärende\n"
    "§ 8    Mötets avslutande\n\f"
    "                                                               3\n"
    "§ 5 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n§ 6 Val av justerare\n\nStyrelsen beslutar\n\n"
    "att utse Mia Lind att justera protokollet.\n\f"
    "                                                               4\n"
    "§ 7 Budget 2025\n\nStyrelsen beslutar\n\natt fastställa budgeten för 2025.\n\f"
    "                                                               5\n"
    "§ 8 Mötets avslutande\n\nOrdföranden avslutade mötet.\n")


def test_page_numbers_atop_their_pages_are_no_item_numbers_and_a_bare_contents_list_no_items():
    protocol = parse_text(NUMBERED_PAGES)
    assert _titles(protocol) == [(5, "Mötets öppnande"), (6, "Val av justerare"), (7, "Budget 2025"),
                                 (8, "Mötets avslutande")]
    assert [d.text for d in protocol.items[2].decisions] == ["att fastställa budgeten för 2025."]


COUNCIL = (
    "SAMMANTRÄDESPROTOKOLL\nÅsby kommun\nKommunfullmäktige\nSammanträdesdatum 2025-04-22\n\n"
    "Plats och tid          Folkets hus, kl. 19.00-21.00\n"
    "Beslutande             Kommunfullmäktiges samtliga ledamöter med undantag för\n"
    "                       Gunnar Ylvén (M) och Sara Dahl (S)\n"
    "Närvarande för         Bodil Ek (M) för Gunnar Ylvén (M)\n"
    "fullmäktige            Leo Strand (S) för Sara Dahl (S)\n"
    "tjänstgörande\nersättare\n"
    "Övriga närvarande      Mona Frisk, kommunsekreterare\n\n"
    "§ 1 Val av justerare\nKommunfullmäktige utser Bodil Ek att justera.\n\n"
    "§ 2 Val av revisor\nKommunfullmäktige väljer Inga Bergh till revisor.\n\n"
    "§ 3 Avslutning\nOrdföranden avslutade sammanträdet.\n")


def test_all_members_but_those_named_and_a_four_line_label_of_the_serving_substitutes():
    people = _people(parse_text(COUNCIL))
    assert {("Gunnar Ylvén", "M", "absent"), ("Sara Dahl", "S", "absent"),
            ("Bodil Ek", "M", "present"), ("Leo Strand", "S", "present")} <= people
    assert not any(name.startswith("Kommunfullmäktige") for name, _, _ in people)


AUDITORS = (
    "Revisorerna i Åsby kommun\n\nPROTOKOLL 4/2025\nSammanträde med kommunens förtroendevalda revisorer\n\n"
    "Datum: 2025-06-10\nTid: 09.00–12.00\n\nNärvarande revisorer\nKjell Bromé (M), ordförande\nRolf Ek (C)\n\n"
    "Sakkunnigt biträde\nMaja Dalin, certifierad kommunal revisor, Revisionsbyrån Ljus AB\n\n"
    "§ 1 Val av justerare\nTill justerare valdes Rolf Ek.\n\n§ 2 Granskning\nRevisorerna noterar informationen.\n\n"
    "§ 3 Avslutning\nMötet avslutades.\n")


def test_the_auditors_roll_under_narvarande_revisorer():
    protocol = parse_text(AUDITORS)
    assert {("Kjell Bromé", "M", "present"), ("Rolf Ek", "C", "present")} <= _people(protocol)
    assert next(a for a in protocol.attendees if a.name == "Kjell Bromé").role == "ordförande"


DIRECTION = (
    "Direktionens protokoll 12 september 2025\n\nKommunalförbundet Åsby Vatten\n\nNärvarande\n\n"
    "Direktionens ledamöter\nMaud Lind (S), ordförande\nTomas Fager (M)\n\n"
    "Inbjudna politiskt valda revisorerna\nGöte Hall\nBritta Sjö\n\n"
    "31 § Sammanträdets öppnande\n\nOrdföranden öppnade mötet.\n\n32 § Budget\n\nDirektionen beslutar\n\n"
    "att godkänna budgeten.\n\n33 § Övriga frågor\n\nInga övriga frågor anmäldes.\n")


def test_a_bodys_dated_protocol_over_its_organisation_and_the_invited_auditors():
    protocol = parse_text(DIRECTION)
    assert (protocol.organisation, protocol.body) == ("Kommunalförbundet Åsby Vatten", "Direktionen")
    assert {("Göte Hall", None, "present"), ("Britta Sjö", None, "present")} <= _people(protocol)


COMPANY = (
    "Åsby Energi AB\n\nPROTOKOLL nr 3/2025\nfört vid styrelsesammanträde i Åsby Energi AB\n\n"
    "Datum: onsdagen den 7 maj 2025\nTid: kl. 15.00–17.00\n\nNärvarande:\n\n"
    "Ordföranden Britt Hammar (s)\nVice ordföranden Anders Mott (m)\n\n"
    "Övriga närvarande\nPetra Lo, ekonomichef, Nils Ahl, elnätschef, 3 Ida Vik, kommunikatör, 4\n\n"
    "Dessutom närvarade controllern Sofia Berg och driftchefen Emil Rask (§ 3).\n\n"
    "§ 1 Val av justerare\nLedamoten Anders Mott utsågs att justera dagens protokoll.\n\n"
    "§ 2 Dagordning\nUtsänt förslag till dagordning godkändes.\n\n"
    "§ 3 Investeringsbeslut, ny transformatorstation kv. Smedjan 4\n"
    "Styrelsen beslöt godkänna investeringen.\n\n§ 4 Avslutning\nMötet avslutades.\n")


def test_a_lower_case_party_in_parentheses_is_the_persons_party():
    parties = {a.name: a.party for a in parse_text(COMPANY).attendees}
    assert (parties["Britt Hammar"], parties["Anders Mott"]) == ("s", "m")


def test_paragraph_numbers_that_lost_their_sign_in_a_comma_run_of_people_and_titles():
    people = _people(parse_text(COMPANY))
    assert {("Nils Ahl", "elnätschef", "present"), ("Ida Vik", "kommunikatör", "present")} <= people


def test_dessutom_narvarade_with_each_person_after_a_title_in_the_definite_form():
    people = _people(parse_text(COMPANY))
    assert {("Sofia Berg", "controller", "present"), ("Emil Rask", "driftchef", "present")} <= people


def test_a_city_blocks_kv_abbreviation_does_not_end_the_title():
    assert _titles(parse_text(COMPANY))[2] == (3, "Investeringsbeslut, ny transformatorstation kv. Smedjan 4")


BOARD_TASK = (
    "SAMMANTRÄDESPROTOKOLL\nÅsby kommun\nKommunstyrelsen\nSammanträdesdatum 2025-09-02\n\n"
    "Plats och tid          Kommunhuset, kl 13:00-15:00\nBeslutande             Lena Vik (S), ordförande\n\n"
    "§ 71                                          Dnr KS 2025/0301\nTilläggsanslag för hemtjänsten\n\n"
    "Sammanfattning\nSocialnämnden begär ett tilläggsanslag för hemtjänsten. Kommunstyrelsen ska ta ställning till om "
    "anslaget ryms i budgeten.\n\n"
    "Kommunstyrelsens beslut\n1. Kommunstyrelsen beviljar socialnämnden ett tilläggsanslag om 2 miljoner kronor.\n"
    "2. Socialnämnden ska redovisa hur anslaget har använts senast den 31 januari 2026.\n\n"
    "§ 72                                          Dnr KS 2025/0302\nUppföljning\n\n"
    "Kommunstyrelsens beslut\nKommunstyrelsen godkänner uppföljningen.\n\n"
    "§ 73                                          Dnr KS 2025/0303\nInformation\n\n"
    "Kommunstyrelsens beslut\nInformationen noteras.\n")


def test_a_board_named_by_its_field_is_given_the_task_its_decision_sets():
    decision = parse_text(BOARD_TASK).items[0].decisions[-1]
    assert [(a.assignee.lower(), str(a.due)) for a in decision.actions] == [("socialnämnden", "2026-01-31")]


def test_a_named_boards_request_and_the_meetings_own_body_in_the_report_give_no_task():
    texts = [d.text for d in parse_text(BOARD_TASK).items[0].decisions]
    assert not any(t.startswith(("Socialnämnden begär", "Kommunstyrelsen ska ta")) for t in texts), texts
