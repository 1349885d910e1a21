"""Attendance shapes found reading heldout9's attendance misses (now a tuning set), each with a dev fixture of its
own in tests/fixtures/genre (260–262): a roll group's title over its own presence table, initials in parentheses
after a comma, a voting roll by district inside an opening item. All names made up."""
from protokoll.clean.lines import Line
from protokoll.parse.attendance import initials_fit, roll_by_group
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import parsed

SECTION = "Geosektionen vid Tallby högskola\nProtokoll sektionsmöte\n2025-09-18, kl. 17:15\nPlats: Sal G1\n\n"


# --- "Styrelsen" / "Namn Närvarande" / "Sam Hammar Ja": a group's title over its table (fixture 260) ----------
def test_group_titles_over_single_space_tables_are_the_rows_affiliation():
    _, got = parsed(SECTION + "Närvarande\nStyrelsen\nNamn Närvarande\nVera Lund Ja\nAxel Bro Nej\n"
                    "Övriga medlemmar\nNamn Närvarande\nIsak Grön Ja, lämnade vid 3.1\nMira Sten Ja\n" + ITEMS,
                    with_note=True)
    assert [(n, aff, st, note) for n, aff, st, _, _, note in got] == [
        ("Vera Lund", "Styrelsen", "present", None), ("Axel Bro", "Styrelsen", "absent", None),
        ("Isak Grön", "Övriga medlemmar", "present", "lämnade vid 3.1"),
        ("Mira Sten", "Övriga medlemmar", "present", None)]


def test_a_group_title_over_a_table_without_a_list_heading_starts_the_list():
    _, got = parsed(SECTION + "Valberedningen\nNamn Närvarande\nVera Lund Ja\nAxel Bro Ja\n" + ITEMS)
    assert [(n, aff, st) for n, aff, st, _, _ in got] == [
        ("Vera Lund", "Valberedningen", "present"), ("Axel Bro", "Valberedningen", "present")]


def test_a_bare_labels_value_over_a_table_is_no_group():
    p, got = parsed(SECTION.replace("Plats: Sal G1", "Plats:\nStyrelserummet") +
                    "Namn Närvarande\nVera Lund Ja\nAxel Bro Ja\n" + ITEMS)
    assert p.location == "Styrelserummet"
    assert [(n, aff) for n, aff, _, _, _ in got] == [("Vera Lund", None), ("Axel Bro", None)]


def test_a_name_first_rows_mark_with_a_note_after_its_comma():
    _, got = parsed(SECTION + "Röstlängd\nNamn Närvarande\nVera Lund Ja, från punkt 2\nAxel Bro Ja\n" + ITEMS,
                    with_note=True)
    assert [(n, aff, st, note) for n, aff, st, _, _, note in got] == [
        ("Vera Lund", None, "present", "från punkt 2"), ("Axel Bro", None, "present", None)]


# --- "Berit Stenlund, (BSt).", "Maja Gullberg, (MG) vid protokollet" (fixture 262) ---------------------------
BRF = "PROTOKOLL nr 3\n\n2025-02-10\n\nBOSTADSRÄTTSFÖRENINGEN ALEN 2\nStyrelsemöte\n\nNärvarande ledamöter:\n\n"


def test_initials_in_parentheses_after_a_comma_are_no_party():
    _, got = parsed(BRF + "Gerd Alm ordf., (GA).\nKarin Ljung, (KLj).\nTore Sand-Ek (TSE)\n"
                    "Ebba Lo, (EL) vid protokollet\n" + ITEMS)
    assert [(n, aff, st, role, party) for n, aff, st, role, party in got] == [
        ("Gerd Alm", "ordf", "present", "ordförande", None), ("Karin Ljung", None, "present", None, None),
        ("Tore Sand-Ek", None, "present", None, None),
        ("Ebba Lo", "vid protokollet", "present", "sekreterare", None)]


def test_initials_fit_the_parts_of_the_name():
    assert initials_fit("BSt", "Berit Stenlund") and initials_fit("(PÅ)", "Pia Åsberg")
    assert initials_fit("TBE", "Tomas Berg-Ek") and initials_fit("TB", "Tomas Berg-Ek")
    assert not initials_fit("S", "Sara Berg") and not initials_fit("KD", "Pia Åsberg")
    assert not initials_fit("Bst", "Berit Stenlund")  # a word, not a capital for each part


# --- "Dalsjö 2 Lennart Smed, Jenny Håkansdotter": a roll by district inside an item (fixture 261) -----------
FEDERATION = ("Protokoll fört vid Svenska Kärrvandringsförbundets ordinarie förbundsmöte 2025\n\nDatum: 2025-03-08\n\n"
              "1. Mötets öppnande\nOrdföranden förklarar mötet öppnat.\n\n"
              "2. Upprop och fastställande av röstlängd\n{lead}\n"
              "Norrkärr 2 Pelle Rask, Sara Vinge\nÖvre Dal 1 Lina Ek 2 röster\nSävsjön 2 Jon Ahl, Ida Korp\n"
              "Förbundsmötet beslutar\natt fastställa röstlängden.\n\n"
              "3. Mötets avslutande\nOrdföranden förklarar mötet avslutat.\n")


def test_a_roll_by_district_inside_an_opening_item():
    _, got = parsed(FEDERATION.format(lead="Röstlängden omfattar 5 ombud med 6 röster enligt följande:"))
    assert [(n, aff, st) for n, aff, st, _, _ in got] == [
        ("Pelle Rask", "Norrkärr", "present"), ("Sara Vinge", "Norrkärr", "present"),
        ("Lina Ek", "Övre Dal", "present"), ("Jon Ahl", "Sävsjön", "present"), ("Ida Korp", "Sävsjön", "present")]


def test_rows_by_group_without_a_word_of_the_roll_over_them_are_no_roll():
    _, got = parsed(FEDERATION.format(lead="Följande lag har anmält sig till stafetten:"))
    assert got == []
    assert roll_by_group([Line("Resultat:"), Line("Norrkärr 2 Pelle Rask, Sara Vinge"),
                          Line("Sävsjön 2 Jon Ahl, Ida Korp")]) == []


def test_a_roll_by_district_under_its_heading_before_the_items():
    _, got = parsed("Protokoll fört vid Kärrvandrarnas distriktsmöte\nDatum: 2025-03-08\n\nRöstlängd\n"
                    "Norrkärr 2 Pelle Rask, Sara Vinge\nSävsjön 1 Jon Ahl\n" + ITEMS)
    assert [(n, aff, st) for n, aff, st, _, _ in got] == [
        ("Pelle Rask", "Norrkärr", "present"), ("Sara Vinge", "Norrkärr", "present"), ("Jon Ahl", "Sävsjön", "present")]
