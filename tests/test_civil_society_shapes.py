"""Local civil-society bodies' minutes (heldout35's shapes, dev fixtures 898–905): a club's paragraphs numbered
meeting/point ("§ 4/1"), a protocol's number in parentheses or with its year before "fört vid", a day without a
year under a number counted in its year, "Styrelseprotokoll # 3", a roll's label column ("Adjungerade"), a member
elected by first name and initial, the room a board met in, "Name från valberedningen" closing a comma roll, a
club's practical tasks in an att-clause, a free church's ministers written before their names, and a board's
proposal to the congregation's meeting over att-lines. All names made up."""
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import decisions_by_number, parsed

HEAD = "Protokoll styrelsemöte\nDatum: 2025-03-04\n\n"
ROLL = "Närvarande: Eva Ek, Per Berg, Mats Holm, Annika Fors\n\n"


def _people(text: str, head: str = HEAD):
    return [(n, aff, st, role) for n, aff, st, role, _ in parsed(head + text + ITEMS)[1]]


def test_paragraphs_numbered_meeting_and_point():
    p, _ = parsed(HEAD + ROLL + "§ 7/1 Mötets öppnande\nEva öppnade mötet.\n\n§ 7/2 Klubbgaraget\n"
                  "Styrelsen beslutade att hyra ut två platser.\n\n§ 7/3 Nästa möte\nTisdag 23 september.\n")
    assert [(i.number, i.label, i.title) for i in p.items] == [
        (1, "§ 7/1", "Mötets öppnande"), (2, "§ 7/2", "Klubbgaraget"), (3, "§ 7/3", "Nästa möte")]
    assert decisions_by_number(p)[2] == ["att hyra ut två platser."]


def _header(head: str):
    p, _ = parsed(head + "\n\n" + ROLL + ITEMS)
    return p.organisation, p.body, p.number, p.date and p.date.isoformat()


def test_the_number_in_parentheses_before_fort_vid_and_a_day_in_the_numbers_year():
    assert _header("Protokoll (nr 5/2025) fört vid sammanträde med styrelsen för Stensjö jaktvårdskrets.\n\n"
                   "Plats:                          Dag och tid:\n"
                   "Jägarstugan, Stensjö            Tisdagen den 9 september, kl. 18:30–20:45") == (
        "Stensjö jaktvårdskrets", "styrelsen", 5, "2025-09-09")


def test_the_number_and_its_year_before_fort_vid_and_the_room_met_in():
    p, _ = parsed("Tallmo Veteranbilsklubb\n\nProtokoll 7/2025 fört vid styrelsemöte i klubblokalen\n"
                  "Datum: 2025-08-26\n\n" + ROLL + ITEMS)
    assert (p.organisation, p.body, p.number, p.location) == ("Tallmo Veteranbilsklubb", "styrelsemöte", 7, "klubblokalen")


def test_a_compound_protocol_word_and_a_number_sign():
    assert _header("Styrelseprotokoll # 3\n\nfört vid Ulvsjö Motorsällskaps ordinarie styrelsemöte 2025-03-11")[2] == 3


def test_a_participles_plural_in_the_label_column_names_no_one():
    rows = ("Närvarande:\nStyrelseledamöter       Ove Malmgren\n                        Sara Bäck\n"
            "Adjungerade             Jimmy Ek\nFörhinder               Karl Sjödin\n")
    assert [(n, aff, st) for n, aff, st, _ in _people(rows)] == [
        ("Ove Malmgren", None, "present"), ("Sara Bäck", None, "present"), ("Jimmy Ek", "adjungerad", "present"),
        ("Karl Sjödin", None, "excused")]


def test_an_officer_elected_by_first_name_and_initial_is_the_listed_person():
    p, _ = parsed(HEAD + "Närvarande: Ove Malmgren, Sara Bäck, Henrik Lodin\n\n1. Protokollförare\n"
                  "Styrelsen beslutade att utse Sara B till protokollförare vid dagens sammanträde.\n\n"
                  "2. Dagordning\nStyrelsen beslutade att godkänna dagordningen.\n\nVid protokollet\nSara Bäck\n")
    assert p.secretary == "Sara Bäck"


def test_a_comma_roll_closed_by_someone_from_the_clubs_committee():
    rows = ("Närvarande: Kent Ådahl, Jonas Brink, Lotta Forsman och hedersordförande Gösta Lund samt Ulrik Hage "
            "från valberedningen.\n")
    assert _people(rows) == [
        ("Kent Ådahl", None, "present", None), ("Jonas Brink", None, "present", None),
        ("Lotta Forsman", None, "present", None), ("Gösta Lund", "hedersordförande", "present", "hedersordförande"),
        ("Ulrik Hage", "valberedningen", "present", None)]


def test_a_clubs_practical_work_in_an_att_clause_is_a_task():
    p, _ = parsed(HEAD + "Närvarande: Tommy Rask, Mats Hjort, Annika Fors\n\n1. Leden\n"
                  "Styrelsen beslöt att Mats och Annika märker ut den nya sträckningen före den 15 december.\n\n"
                  "2. Arrendet\nStyrelsen beslöt att Tommy slutför avtalet med markägaren.\n\n3. Avslutning\nInget.\n")
    assert [[a.assignee for a in d.actions] for i in p.items[:2] for d in i.decisions] == [["Mats", "Annika"], ["Tommy"]]


def test_a_free_churchs_ministers_before_their_names():
    rows = ("Närvarande:\nIngrid Wallén, ordförande\nAdjungerade:\nFörsamlingsföreståndare Daniel Åkerlund\n"
            "Pastor Hanna Strid, deltog i § 5–9\nEvangelist Timo Rantala\n")
    assert [(n, role) for n, _, _, role in _people(rows)] == [
        ("Ingrid Wallén", "ordförande"), ("Daniel Åkerlund", "församlingsföreståndare"), ("Hanna Strid", "pastor"),
        ("Timo Rantala", "evangelist")]


def test_a_boards_proposal_to_the_congregations_meeting_over_att_lines():
    p, _ = parsed(HEAD + ROLL + "§ 1 Budget\nKassören presenterade förslaget.\n"
                  "Styrelsen beslutade att föreslå församlingsmötet\n"
                  "att fastställa budgeten för 2026 enligt förslaget, och\natt kollekten går till diakonifonden.\n\n"
                  "§ 2 Nästa sammanträde\nTisdagen den 9 december.\n")
    assert decisions_by_number(p)[1] == ["att fastställa budgeten för 2026 enligt förslaget, och",
                                         "att kollekten går till diakonifonden."]


def test_a_topic_and_a_dash_before_a_decision():
    p, _ = parsed(HEAD + ROLL + "1. Skogsfrågor\nRemiss om skogsprogrammet – Vi beslutade att avstå från att svara.\n"
                  "Inbjudan – Beslutades att kretsen inte deltar i år.\n"
                  "Förslag från Per – Styrelsen beslutar att köpa en ny båt.\n\n2. Nästa möte\nTisdag 8 april.\n")
    assert decisions_by_number(p)[1] == ["att avstå från att svara.", "att kretsen inte deltar i år."]


def test_the_organisation_in_its_definite_plural_after_a_guests_name():
    rows = "Närvarande: Bengt Orre ordf., Lisa Vinberg, Kurt Lindh samt Karin Ström Fältbiologerna.\n"
    assert _people(rows)[-1] == ("Karin Ström", "Fältbiologerna", "present", None)


def test_the_reason_first_and_whose_proposal_after_the_board():
    p, _ = parsed(HEAD + ROLL + "§ 1 Bussresan\nMed anledning av få anmälda beslutar styrelsen på kassörens förslag\n"
                  "att resan ställs in, samt\natt avgifterna betalas tillbaka.\n\n§ 2 Gympan\n"
                  "Efter diskussion beslutar styrelsen på ordförandens förslag\natt gympan fortsätter.\n\n"
                  "§ 3 Nästa möte\nOnsdagen den 7 maj.\n")
    assert decisions_by_number(p) == {1: ["att resan ställs in, samt", "att avgifterna betalas tillbaka."],
                                      2: ["att gympan fortsätter."], 3: []}


def test_offices_in_their_definite_form_before_the_names_and_who_kept_the_notes():
    rows = ("Närvarande: Ordföranden Carl Lund, kassören Willy Ask, sekreteraren Lars Hed (vid anteckningarna) samt "
            "suppleanterna Lena Ek och Leif Jonsson.\n")
    assert [(n, aff, role) for n, aff, _, role in _people(rows)] == [
        ("Carl Lund", "ordförande", "ordförande"), ("Willy Ask", "kassör", "kassör"),
        ("Lars Hed", "sekreterare", "sekreterare"), ("Lena Ek", "suppleant", "suppleant"),
        ("Leif Jonsson", "suppleant", "suppleant")]
