"""Shapes the twenty-ninth held-out set (tests/fixtures/heldout29: large municipalities' and regions' bodies — a
stadsdelsnämnd, an exploateringsnämnd, an idrottsnämnd, a hälso- och sjukvårdsnämnd, a patientnämnd, a regional
utvecklingsnämnd, a regionstyrelse, a regionfullmäktige) showed the parser missing, each with a dev fixture of its
own in tests/fixtures/genre (760–765); 766 and 767 shapes of survey 38 the set did not hold (a roll without
parties, the adjuster after the verb). All text made up."""
from protokoll.clean import furniture
from protokoll.parse.blocks import heading_at
from protokoll.parse.decisions import counted_vote
from protokoll.parse.header import BODY_LINE
from protokoll.vocab import labels
from shape_support import decisions_by_number, parsed

HEAD = "PROTOKOLL\nVårdnämnden\nSammanträdesdatum: 2026-03-05\n\n"


def _items(body: str):
    return decisions_by_number(parsed(HEAD + "Beslutande ledamöter:\nAgnes Wall (S), ordförande\n\n" + body)[0])


# --- what follows a decision (760) -------------------------------------------------------------------------------

def test_a_sarskilt_uttalande_and_an_ersattaryrkande_are_no_decisions():
    got = _items("§ 14\nBudget 2026\nBeslut\nNämnden fastställer budgeten.\nSärskilt uttalande\n"
                 "Mats Holt (M) lämnade ett särskilt uttalande enligt bilaga 1.\nErsättaryrkande\n"
                 "Ersättaren Nils Berg (KD) yrkade bifall till förvaltningens förslag.\n\n§ 15\nMeddelanden\nBeslut\n"
                 "Meddelandena läggs till handlingarna.\n")
    assert got[14] == ["Nämnden fastställer budgeten."]


def test_a_partys_written_statement_is_a_note():
    assert labels.section_of("Yttrande S") == ("note", "")
    assert (labels.section_of("Yttrande över remissen") or ("",))[0] != "note"


def test_an_agenda_group_heading_between_items_is_no_decision():
    got = _items("§ 16\nParkering\nBeslut\nNämnden tillstyrker förslaget.\n\nAnmälningsärenden\n\n§ 17\n"
                 "Delegationsbeslut\nBeslut\nAnmälan läggs till handlingarna.\n")
    assert got == {16: ["Nämnden tillstyrker förslaget."], 17: ["Anmälan läggs till handlingarna."]}


def test_a_district_committee_named_after_its_district_is_the_body():
    assert BODY_LINE.match("Björkåsens stadsdelsnämnd")
    assert not BODY_LINE.match("Nämnd")  # a table cell's title alone names no body


# --- page furniture (761, 762) -----------------------------------------------------------------------------------

def test_justerares_signatur_is_a_page_foot():
    assert furniture.FOOT_LINE.match("Justerares signatur                                           Utdragsbestyrkande")


def test_a_running_header_spread_over_the_page_width_is_short():
    spread = "Fritidsnämnden" + " " * 37 + "Sammanträdesdatum 2026-04-16" + " " * 10 + "2 (3)"
    assert len(spread) > furniture.RUNNING_HEADER_MAX_CHARS
    assert furniture._furn_may_be_header(spread)


# --- case numbers of a city's case systems (762, 763) --------------------------------------------------------------

def test_a_case_number_with_its_letters_joined_to_the_year_at_the_right_of_the_paragraph():
    h = heading_at("§ 40                                               FRN-2026-0101")
    assert (h.number, h.case_number) == (40, "FRN-2026-0101")
    assert heading_at("§ 31                                               E2026-0112").case_number == "E2026-0112"


def test_a_case_number_under_a_subtitle_goes_to_the_item():
    p, _ = parsed(HEAD + "§ 32\nTrafikplan för Ekedals centrum\nSvar på skrivelse från Olof Ebb m.fl. (C)\n"
                  "Dnr E2026-0140\nBeslut\nNämnden överlämnar tjänsteutlåtandet som svar på remissen.\n\n"
                  "§ 33\nMeddelanden\nBeslut\nMeddelandena läggs till handlingarna.\n")
    assert p.items[0].case_number == "E2026-0140"


# --- tasks (763) -------------------------------------------------------------------------------------------------

def test_a_city_office_is_given_a_task():
    got = parsed(HEAD + "§ 31\nMarkanvisning\nBeslut\n1. Nämnden godkänner markanvisningen.\n"
                 "2. Exploateringskontoret får i uppdrag att teckna avtal med Bostads AB Eken.\n\n§ 32\nMeddelanden\n"
                 "Beslut\nMeddelandena läggs till handlingarna.\n")[0]
    second = got.items[0].decisions[1]
    assert (second.kind, [a.assignee for a in second.actions]) == ("assignment", ["Exploateringskontoret"])


def test_an_officials_answer_under_ovriga_fragor_is_no_task():
    got = _items("§ 33\nÖvriga frågor\nOlof Ebb (C) frågar om tidplanen för kajen. Exploateringsdirektören svarar "
                 "att en lägesrapport lämnas till nämnden i maj.\n")
    assert got[33] == []


# --- the roll (761, 762, 764, 765) ---------------------------------------------------------------------------------

def test_ovriga_ersattare_are_present_substitutes():
    rows = parsed(HEAD + "Ledamöter\nAgnes Wall (S), ordförande\nÖvriga ersättare\nFanny Berg (S)\n\n"
                  "§ 1\nMeddelanden\nBeslut\nMeddelandena läggs till handlingarna.\n")[1]
    assert ("Fanny Berg", "S", "present", "ersättare", "S") in rows


def test_one_who_stands_in_for_a_member_among_the_members_serves():
    rows = parsed(HEAD + "Beslutande ledamöter\nLena Sjöö (C) (Ordförande)\nRut Gren (V) ersätter Sten Bly (V)\n"
                  "Ola Ranström (M), tjänstgör för Ewa Kind (M)\n\n§ 1\nMeddelanden\nBeslut\n"
                  "Meddelandena läggs till handlingarna.\n")[1]
    assert [r[3] for r in rows if r[0] in ("Rut Gren", "Ola Ranström")] == ["tjänstgörande ersättare"] * 2


def test_a_vacant_seat_does_not_end_a_narvarolista():
    rows = parsed(HEAD + "Närvarolista\nNamn                  Parti   Närvaro   Reservation\nLedamöter (2)\n"
                  "Bo Lind               M       1\nVakant plats          SD\nErsättare (2)\n"
                  "Dan Holm              C       1\nEva Ros               V       -\n\n"
                  "§ 1\nMeddelanden\nBeslut\nMeddelandena läggs till handlingarna.\n")[1]
    assert ("Eva Ros", "V", "absent", "ersättare", "V") in rows


def test_a_member_who_left_and_the_substitute_who_took_the_seat():
    rows = parsed("REGION SÖDERMO\nRegionfullmäktige\nPROTOKOLL\n2026-04-21\n\nNärvarande vid uppropet: ordföranden "
                  "samt övriga ledamöter utom Anna Bro (S), Bengt Ulv (M) och Cia Ny (V).\n\nSom ersättare för de "
                  "frånvarande ledamöterna inträder: Cecilia Ros (S) för Anna Bro, David Krok (M) för Bengt Ulv och "
                  "Ebba Tor (V) för Cia Ny.\n\nElsa Tall (KD) lämnar sammanträdet efter § 12 och ersätts av Filip Ahl "
                  "(KD).\n\n§ 12\nMeddelanden\nBeslut\nMeddelandena läggs till handlingarna.\n", with_note=True)[1]
    assert ("Elsa Tall", "KD", "present", None, "KD", "lämnar sammanträdet efter § 12") in rows
    assert ("Filip Ahl", "KD", "present", "tjänstgörande ersättare", "KD", "ersätter Elsa Tall (KD)") in rows


# --- items and votes (765) -----------------------------------------------------------------------------------------

def test_a_numbered_list_in_an_item_and_the_next_paragraph_are_no_contents_list():
    got = _items("§ 11\nFrågestund\nFöljande frågor besvaras:\n1. Gustav Ek (L) frågar om väntetiderna.\n"
                 "2. Hanna Berg (SD) frågar om nattbussarna.\n\n§ 12\nTilläggsbudget\nBeslut\n"
                 "1. Tilläggsbudgeten fastställs.\n2. Finansieringen sker genom minskat resultat.\n\n§ 13\n"
                 "Ansvarsfrihet\nBeslut\nRegionfullmäktige beviljar ansvarsfrihet.\n")
    assert sorted(got) == [11, 12, 13]


def test_a_side_named_with_the_parties_that_joined_it():
    vote = counted_vote("Med 30 röster för Moderaternas m.fl. förslag mot 12 röster för Sverigedemokraternas "
                        "förslag, 39 avstod, utses Moderaternas m.fl. förslag till motförslag.")
    assert (vote.yes, vote.no, vote.abstain) == (30, 12, 39)


def test_two_votes_told_in_one_votering_section():
    p, _ = parsed(HEAD + "§ 12\nTilläggsbudget\nVotering\nVotering begärs om motförslag. Med 30 röster för "
                  "Moderaternas m.fl. förslag mot 12 röster för Sverigedemokraternas förslag, 39 avstod, utses "
                  "Moderaternas m.fl. förslag till motförslag.\nVotering begärs i huvudvoteringen. Ja-röst för "
                  "regionstyrelsens förslag, nej-röst för Moderaternas förslag. Med 41 ja-röster mot 30 nej-röster och "
                  "10 som avstår bifaller regionfullmäktige regionstyrelsens förslag.\nBeslut\n"
                  "Tilläggsbudgeten fastställs.\n")
    assert [(v.yes, v.no, v.abstain) for v in p.items[0].decisions[0].votes] == [(30, 12, 39), (41, 30, 10)]


def test_a_council_roll_told_without_parties():
    rows = parsed("LINDHAMNS KOMMUN\nKommunfullmäktige\nProtokoll 2026-02-19\n\nNärvarande vid uppropet: ordföranden "
                  "samt övriga ledamöter utom Anna Lök, Bo Kvist och Cia Rand.\n\nSom ersättare för de frånvarande "
                  "ledamöterna inträder: Dan Sten för Anna Lök, Eva Tapp för Bo Kvist och Fia Ulm för Cia Rand.\n\n"
                  "Gert Vall lämnar sammanträdet efter § 12 och ersätts av Hans Ivar.\n\n§ 12\nMeddelanden\nBeslut\n"
                  "Meddelandena läggs till handlingarna.\n")[1]
    assert [(r[0], r[2], r[3]) for r in rows if r[2] == "present"] == [
        ("Dan Sten", "present", "tjänstgörande ersättare"), ("Eva Tapp", "present", "tjänstgörande ersättare"),
        ("Fia Ulm", "present", "tjänstgörande ersättare"), ("Gert Vall", "present", None),
        ("Hans Ivar", "present", "tjänstgörande ersättare")]


def test_the_adjuster_named_after_the_verb():
    p, _ = parsed("PROTOKOLL\nKommunstyrelsen i Lindhamns kommun\nSammanträdesdatum: 2026-01-14\n\n§ 1\nProtokollsjustering\n"
                  "Utses Bo Kvist att jämte ordföranden justera kommunstyrelsens protokoll för denna dag.\n\n§ 2\n"
                  "Meddelanden\nBeslut\nMeddelandena läggs till handlingarna.\n")
    assert p.adjusters == ["Bo Kvist"]
