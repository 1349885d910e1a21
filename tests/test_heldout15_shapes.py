"""Shapes the fifteenth held-out set (tests/fixtures/heldout15, public-sector bodies outside the municipal board
pattern) showed the parser missing, each with a dev fixture of its own in tests/fixtures/genre (462–466). All text
made up."""
from protokoll.pipeline import parse_text


def _people(got):
    return [(a.name, a.affiliation, a.status) for a in got.attendees]


def _decisions(item):
    return [(d.text, d.kind, [(a.assignee, str(a.due) if a.due else None) for a in d.actions]) for d in item.decisions]


ITEMS = "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Budget\nStyrelsen beslutade att anta budgeten.\n\n" \
        "§ 3 Mötets avslutande\nMötet avslutades.\n"


def test_groups_by_whom_the_members_represent_stay_in_the_roll_under_their_status():
    got = parse_text("Exempelhögskolan\nProtokoll styrelsen 2025-10-02\n\nNärvarande:\nLedamöter utsedda av regeringen\n"
                     "Anna Ek, ordförande\nPer Berg\nFöreträdare för lärarna\nLisa Holm\n"
                     "Företrädare för de studerande\nOla Lind\n\nFrånvarande:\nFöreträdare för lärarna\nSiv Ås\n\n" + ITEMS)
    assert _people(got) == [("Anna Ek", "ordförande", "present"), ("Per Berg", None, "present"),
                            ("Lisa Holm", None, "present"), ("Ola Lind", None, "present"), ("Siv Ås", None, "absent")]


def test_a_paragraph_number_after_the_title_numbers_the_items():
    got = parse_text("Protokoll fört vid sammanträde med Exempelnämnden\n\nTid: 2025-09-11, kl 13.15–16.00\n\n"
                     "Närvarande: Anna Ek, Per Berg\n\nSammanträdet öppnas § 19\nOrdföranden öppnar sammanträdet.\n\n"
                     "Val av justerare                       § 20\nPer Berg väljs att justera protokollet.\n\n"
                     "Sammanträdet avslutas § 21\nOrdföranden avslutar sammanträdet.\n")
    assert [(i.number, i.label, i.title) for i in got.items] == [
        (19, "§ 19", "Sammanträdet öppnas"), (20, "§ 20", "Val av justerare"), (21, "§ 21", "Sammanträdet avslutas")]


def test_a_meeting_with_a_named_board_gives_the_board_and_its_organisation():
    got = parse_text("Protokoll fört vid sammanträde med institutionsstyrelsen vid Institutionen för exempel\n\n"
                     "Tid: 2025-10-02, kl 10.00–12.00\n\n" + ITEMS)
    assert (got.organisation, got.body) == ("Institutionen för exempel", "institutionsstyrelsen")
    got = parse_text("Protokoll fört vid sammanträde med Fakultetsnämnden för teknik\n\nTid: 2025-10-02\n\n" + ITEMS)
    assert (got.organisation, got.body) == (None, "Fakultetsnämnden för teknik")


def test_the_sides_of_a_co_operation_group_are_lists_of_the_roll():
    got = parse_text("Protokoll lokal samverkansgrupp (LSG)\nSocialförvaltningen, Exempelby kommun\nDatum: 2025-09-17\n\n"
                     "Arbetsgivarföreträdare: Anna Ek, enhetschef (ordförande); Per Berg, HR-konsult\n"
                     "Arbetstagarföreträdare: Lisa Holm, Kommunal; Ola Lind, Vision\n\n" + ITEMS)
    assert _people(got) == [("Anna Ek", "enhetschef", "present"), ("Per Berg", "HR-konsult", "present"),
                            ("Lisa Holm", "Kommunal", "present"), ("Ola Lind", "Vision", "present")]
    assert (got.organisation, got.body) == ("Exempelby kommun", "lokal samverkansgrupp")


def test_an_agreement_of_the_parties_is_a_decision_and_the_employers_task_a_task():
    got = parse_text("FÖRHANDLINGSPROTOKOLL\n\nParter:         Exempelby kommun, tekniska förvaltningen\n"
                     "                Kommunal, sektion Exempelby\n\nDatum:          2025-08-27\n\n"
                     "Närvarande för arbetsgivaren:\nAnna Ek, teknisk chef\n\n"
                     "§ 1  Förhandlingsfråga\nNy arbetstid.\n\n§ 2  Överenskommelse\n"
                     "Parterna är överens om att beredskapen läggs om från den 1 november 2025.\n"
                     "Arbetsgivaren redovisar utfallet senast den 31 mars 2026.\n\n"
                     "§ 3  Förhandlingens avslutande\nFörhandlingen förklaras avslutad.\n")
    assert got.organisation == "Exempelby kommun, tekniska förvaltningen"
    assert _decisions(got.items[1]) == [
        ("Parterna är överens om att beredskapen läggs om från den 1 november 2025.", "other", []),
        ("Arbetsgivaren redovisar utfallet senast den 31 mars 2026.", "assignment", [("Arbetsgivaren", "2026-03-31")])]


def test_a_report_without_a_deadline_is_no_task():
    got = parse_text("Protokoll styrelsemöte 2025-08-27\n\nNärvarande: Anna Ek, Per Berg\n\n"
                     "1. Ekonomi\nKassören redovisar ekonomin.\n\n2. Övrigt\nInget.\n\n3. Avslutning\nMötet avslutades.\n")
    assert got.items[0].decisions == []


def test_an_action_table_with_a_row_number_column_gives_one_task_a_row():
    got = parse_text("Minnesanteckningar styrgruppsmöte 4\nProjekt Exempel, Exempelby kommun\n\nDatum: 2025-10-21\n\n"
                     "Deltagare: Anna Ek, Per Berg\n\n1. Lägesrapport\nInget nytt.\n\n2. Aktivitetslista\n\n"
                     "Nr   Aktivitet                         Ansvarig      Klart\n"
                     "1    Säkra testmiljö                   Anna Ek       2025-11-07\n"
                     "2    Informera cheferna                Per Berg      2025-11-14\n\n"
                     "3. Nästa möte\n2025-11-25 kl. 13.00.\n")
    assert (got.organisation, got.number) == ("Exempelby kommun", 4)
    assert _decisions(got.items[1]) == [("Säkra testmiljö", "assignment", [("Anna Ek", "2025-11-07")]),
                                       ("Informera cheferna", "assignment", [("Per Berg", "2025-11-14")])]


def test_the_auditors_expert_is_present_and_a_task_given_to_two_auditors_is_theirs():
    got = parse_text("Exempelby kommun\nRevisorerna\n\nPROTOKOLL nr 3/2025\n\nDatum: 2025-04-09\n\n"
                     "Närvarande revisorer:\nEva Strand (S), ordförande\nJan Mörk (M)\n\n"
                     "Sakkunnigt biträde:\nKarin Lund, revisor\n\n1. Val av justerare\nJan Mörk valdes att justera.\n\n"
                     "2. Granskning\nRevisorerna beslutar att Eva Strand och Jan Mörk genomför intervjuerna.\n\n"
                     "3. Avslutning\nOrdföranden avslutade mötet.\n")
    assert got.body == "Revisorerna"
    assert ("Karin Lund", "revisor", "present") in _people(got)
    assert _decisions(got.items[1]) == [("att Eva Strand och Jan Mörk genomför intervjuerna.", "assignment",
                                         [("Eva Strand", None), ("Jan Mörk", None)])]


def test_a_committees_meeting_in_the_association_names_both():
    got = parse_text("Protokoll fört vid valberedningens möte i Exempelby Hembygdsförening\nden 20 januari 2026\n\n"
                     "Närvarande: Gun Alm, Tor Ek och Ylva Sten\n\n" + ITEMS)
    assert (got.organisation, got.body) == ("Exempelby Hembygdsförening", "valberedningens möte")


RIKSDAG = ("RIKSDAGEN                                  PROTOKOLL\n"
           "EXEMPELUTSKOTTET                           UTSKOTTSSAMMANTRÄDE 2025/26:9\n\n"
           "DATUM                2025-10-16\n\nNÄRVARANDE           Se bilaga 1\n\n"
           "§ 1                  Justering av protokoll\n\n                     Utskottet justerade protokoll 2025/26:8.\n\n"
           "§ 2                  Ett ärende (XU4)\n\n                     Utskottet justerade betänkande 2025/26:XU4.\n\n"
           "§ 3                  Nästa sammanträde\n\n                     Utskottet beslutade att sammanträda igen.\n\n\n"
           "Vid protokollet\n\nTove Lindgren\n\nJusteras 2025-10-21\n\nKarl Ås\n\n\n"
           "                                           Bilaga 1\n                                           till protokoll\n"
           "                                           2025/26:9\n\n"
           "NÄRVAROFÖRTECKNING                         § 1       § 2–3\n"
           "Ledamot                                    N   V     N   V\n"
           "Karl Ås (S), ordf.                         X         X\n"
           "Maria Hedin (M)                            X         X\n"
           "Rut Nyberg (V)\n"
           "Suppleant\n"
           "Amir Haddad (C)                            X\n\n"
           "N = närvarande                              V = votering\n")


def test_a_riksdag_committees_marked_roll_appendix_gives_who_was_there():
    got = parse_text(RIKSDAG)
    assert [(a.name, a.party, a.role, a.status) for a in got.attendees] == [
        ("Karl Ås", "S", "ordförande", "present"), ("Maria Hedin", "M", None, "present"),
        ("Amir Haddad", "C", "suppleant", "present"), ("Rut Nyberg", "V", None, "absent")]
    assert (got.organisation, got.number, got.chair, got.secretary, got.adjusters) == (
        "RIKSDAGEN", 9, "Karl Ås", "Tove Lindgren", ["Karl Ås"])


def test_a_committee_settling_its_minutes_and_report_decides():
    got = parse_text(RIKSDAG)
    assert [d.text for i in got.items[:2] for d in i.decisions] == [
        "Utskottet justerade protokoll 2025/26:8.", "Utskottet justerade betänkande 2025/26:XU4."]
