"""Municipal committee minutes as pdftotext hands them over (heldout34's shapes, dev fixtures 884–889): a case
number right after the § on the label line, items numbered by a bare number on a line of its own between labels
that carry their Dnr, "ers" between a substitute and the member served for, "p N" notes after a title, the auditors'
experts named in a prose roll, the adjuster's stand-in, a thanks for a situation report, a passive after "ska", an
appendix page after the last §. All names made up."""
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import decisions_by_number, parsed

from protokoll.parse.blocks import heading_at

HEAD = "Tallbo kommun\nSocialnämnden\nPROTOKOLL\n2025-09-17\n\n"
ROLL = "Beslutande\nEva Ek (S), ordförande\nPer Berg (M)\n\n"


def test_a_case_number_one_space_after_the_paragraph_sign_is_no_title():
    h = heading_at("§ 33 ÖFN 2025/61")
    assert (h.number, h.case_number, h.title) == (33, "ÖFN 2025/61", "")
    h = heading_at("KFN § 42 KFN 2025/77")
    assert (h.number, h.label, h.case_number) == (42, "KFN § 42", "KFN 2025/77")
    # a title that ends in a year span keeps it: the body's capitals alone make a case number
    assert heading_at("§ 5 Budget 2025/26").title == "Budget 2025/26"


ALTERNATING = ("Sammanträdesprotokoll\nSida 1 (3)\nTekniska utskottet\nTallbo kommun\n\n" + ROLL +
               "\fSammanträdesprotokoll\nSida 2 (3)\nTekniska utskottet\n"
               "141\nÄndring av dagordningen\nBeslut\nDagordningen godkänns.\n\n"
               "142 Dnr TU 2025/0388\nDelårsrapport per oktober\nBeslut\nUtskottet godkänner delårsrapporten.\n\n"
               "143 Dnr TU 2025/0402\nBelysning längs Sjövägen\nBeslut\nÄrendet återremitteras.\n\n"
               "\fSammanträdesprotokoll\nSida 3 (3)\nTekniska utskottet\n"
               "144\nInformation om vinterväghållningen\nBeslut\nInformationen noteras.\n\n"
               "145\nAnmälningsärenden\nBeslut\nAnmälningsärendena läggs till handlingarna.\n")


def test_bare_numbers_between_numbers_that_lead_their_dnr_line_are_items():
    p, _ = parsed(ALTERNATING)
    assert [(i.number, i.title) for i in p.items] == [
        (141, "Ändring av dagordningen"), (142, "Delårsrapport per oktober"), (143, "Belysning längs Sjövägen"),
        (144, "Information om vinterväghållningen"), (145, "Anmälningsärenden")]


def test_ers_between_a_substitute_and_the_member_served_for():
    _, rows = parsed(HEAD + "Beslutande\nEva Ek (S), ordförande\nAmira Haddad (S) ers Lars Ekstig (S)\n"
                     "Rune Åström (sd) ers Kjell Brändström (sd)\nPer Berg (M)\n" + ITEMS)
    assert [(n, role) for n, _, _, role, _ in rows] == [
        ("Eva Ek", "ordförande"), ("Amira Haddad", "tjänstgörande ersättare"),
        ("Rune Åström", "tjänstgörande ersättare"), ("Per Berg", None)]


def test_a_points_note_after_a_title_is_no_part_of_it():
    _, rows = parsed(HEAD + ROLL + "Övriga närvarande\nCecilia Ahlm, controller p 3\n"
                     "Niklas Holst, rektor Tallboskolan p 5-6\n" + ITEMS, with_note=True)
    assert [(n, aff, note) for n, aff, _, _, _, note in rows[2:]] == [
        ("Cecilia Ahlm", "controller", "p 3"), ("Niklas Holst", "rektor Tallboskolan", "p 5-6")]


def test_the_auditors_experts_after_samt_in_a_prose_roll():
    _, rows = parsed("Revisorerna i Tallbo kommun\nPROTOKOLL\nDatum: 2025-09-09\n\n"
                     "Närvarande: revisorerna Maj Lind (C), ordförande, Olof Brandt (S) och Siri Wahl (M) samt "
                     "sakkunniga biträdena Karl Höök och Emelie Dahn, Granlids Revision AB.\n" + ITEMS)
    assert [(n, aff) for n, aff, _, _, _ in rows] == [
        ("Maj Lind", "C"), ("Olof Brandt", "S"), ("Siri Wahl", "M"), ("Karl Höök", "sakkunnigt biträde"),
        ("Emelie Dahn", "Granlids Revision AB")]


def test_the_adjusters_stand_in_is_no_adjuster():
    for written in ("Per Berg (M) och som ersättare Eva Ek (S)", "Per Berg (M) med Eva Ek (S) som ersättare"):
        p, _ = parsed(HEAD + ROLL + "Utses att justera\n" + written + "\nJusteringens plats och tid\nKansliet\n"
                      + ITEMS)
        assert p.adjusters == ["Per Berg"], written


def test_thanks_for_a_situation_report_is_taking_note():
    p, _ = parsed(HEAD + ROLL + "§ 1 Lägesbild\nVA-chefen redogör för läget.\n"
                  "Krisledningsnämnden tackar för lägesbilden.\n\n§ 2 Avslutning\nMötet avslutas.\n")
    assert [(d.text, d.kind) for d in p.items[0].decisions] == [
        ("Krisledningsnämnden tackar för lägesbilden.", "noted")]


def test_a_passive_after_ska_gives_no_task_to_its_subject():
    p, _ = parsed(HEAD + ROLL + "§ 1 Öppettider\nNämnden beslutar att kommunens informationsnummer ska hållas "
                  "öppet under störningen.\n\n§ 2 Utredning\nNämnden beslutar att förvaltningen ska inledningsvis "
                  "utreda behovet.\n")
    first, second = (i.decisions[0] for i in p.items)
    assert (first.kind, first.actions) == ("other", [])
    assert [a.assignee for a in second.actions] == ["förvaltningen"]


def test_an_appendix_page_after_the_last_paragraph_is_no_text_of_it():
    p, _ = parsed(HEAD + ROLL + "§ 1 Val av justerare\nPer Berg utses att justera protokollet.\n\n"
                  "§ 2 Meddelanden\nBeslut\nMeddelandena läggs till handlingarna.\n"
                  "\fTallbo kommun\nBilaga 1\nNärvaro- och voteringslista finns hos kansliet.\n")
    assert decisions_by_number(p)[2] == ["Meddelandena läggs till handlingarna."]
