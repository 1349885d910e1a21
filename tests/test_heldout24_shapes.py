"""Shapes the twenty-fourth held-out set (tests/fixtures/heldout24: education and research bodies — a research
foundation's board, a university board, a faculty board, a department board, a programme council, a school's forum
för samråd, a student section's meeting) showed the parser missing, each with a dev fixture of its own in
tests/fixtures/genre (658–663). All text made up."""
from protokoll.clean import furniture
from protokoll.clean.lines import Line
from protokoll.parse.attendance import heading_of
from protokoll.parse.decisions import counted_vote, running_decision
from protokoll.parse.frontmatter import plain_roll_lines
from protokoll.pipeline import parse_text
from protokoll.vocab import numbers
from shape_support import GENRE_TEXTS, NUMBERED_ITEMS, parsed

TITLE = "Protokoll fört vid styrelsemöte i Föreningen Ekbacken den 4 mars 2025\n\n"


def _people(text):
    return [(a.name, a.affiliation, a.status, a.role, a.note) for a in parse_text(text, "shape.txt").attendees]


# --- a research foundation's board (650, 658) ---------------------------------------------------------------

def test_a_meetings_running_number_written_as_an_ordinal_word_is_its_number():
    p = parse_text("Protokoll fört vid det trettiosjunde sammanträdet med styrelsen för Stiftelsen Lövängens fond "
                   "den 2 april 2025\n\nNärvarande\nAnna Ek, ordförande\nBo Lind\n" + NUMBERED_ITEMS, "shape.txt")
    assert (p.number, p.body, p.organisation) == (37, "styrelsen", "Stiftelsen Lövängens fond")


def test_ordinal_words_count_to_ninety_nine():
    assert [numbers.ordinal_value(w) for w in ("första", "tolfte", "tjugonde", "fyrtiotredje", "nittionionde",
                                               "tredjedel")] == [1, 12, 20, 43, 99, None]


def test_a_foundations_roll_by_participants_staff_and_guests():
    text = (TITLE + "Deltagande ledamöter\nAnna Ek, ordförande\nBo Lind, t o m 4\n\nFrånvarande ledamot\nCarl Ny\n\n"
            "Deltagare från kansliet\nDora Sjö, VD\n\n" + NUMBERED_ITEMS)
    assert _people(text) == [("Anna Ek", "ordförande", "present", "ordförande", None),
                             ("Bo Lind", None, "present", None, "t o m 4"),
                             ("Carl Ny", None, "absent", None, None),
                             ("Dora Sjö", "VD", "present", "VD", None)]


def test_guests_listed_after_the_number_of_the_item_they_came_for():
    lines = [Line("Inbjudna gäster"), Line("4 Kristina Hed, Anders Moll"), Line("7 Johan Falk")]
    assert [line.text for line in plain_roll_lines(lines)[0]] == [
        "Inbjudna gäster", "Kristina Hed (§ 4), Anders Moll (§ 4)", "Johan Falk (§ 7)"]


def test_a_numbered_item_under_a_heading_is_no_guest_row():
    lines = [Line("Inbjudna gäster"), Line("4 Budget för 2026")]
    assert [line.text for line in plain_roll_lines(lines)[0]] == ["Inbjudna gäster", "4 Budget för 2026"]


def test_a_repeated_footer_with_the_page_count_alone_in_brackets_is_page_furniture():
    foot = "Protokoll från Stiftelsen Lövängens 37:e sammanträde den 2 april 2025        (3)"
    lines = [Line("Protokoll"), Line("Närvarande"), Line("Anna Ek"), Line("1 Budget"),
             Line("Styrelsen beslöt att fastställa budgeten."), Line(foot),
             Line("2 Övriga frågor"), Line("Inga övriga frågor."), Line(foot)]
    assert foot not in [line.text for line in furniture.remove(lines)]


# --- a university board (652, 659) ----------------------------------------------------------------------------

def test_a_list_of_the_decided_items_before_the_roll_is_no_items():
    text = ("Universitetsstyrelsen\nSammanträde 2025:3\n\nBehandlade beslutsärenden vid detta sammanträde\n"
            "§ 3    Budget 2026\n§ 4    Arbetsordning\n§ 5    Riskanalys\n\nNärvarande\nAnna Ek, ordförande\n\n"
            "§ 1 Öppnande\nOrdföranden öppnade sammanträdet.\n\n§ 2 Justering\nBo Lind utsågs att justera.\n\n"
            "§ 3 Budget 2026\nStyrelsen beslutar att fastställa budgeten.\n\n§ 4 Arbetsordning\n"
            "Styrelsen beslutar att anta arbetsordningen.\n\n§ 5 Riskanalys\nStyrelsen beslutar att bordlägga ärendet.\n")
    p = parse_text(text, "shape.txt")
    assert [(i.number, i.title) for i in p.items] == [(1, "Öppnande"), (2, "Justering"), (3, "Budget 2026"),
                                                      (4, "Arbetsordning"), (5, "Riskanalys")]


def test_members_appointed_by_the_government_are_a_group_of_the_roll():
    assert heading_of("Av regeringen utsedda företrädare för allmänna intressen") is not None


def test_votes_cast_in_the_present_passive_count_both_sides():
    vote = counted_vote("8 röster avges för förvaltningens förslag och 2 röster för Elsa Forsgrens yrkande.")
    assert (vote.yes, vote.no) == (8, 2)


# --- a faculty board, a department board (653, 654, 660) ----------------------------------------------------

def test_the_vice_dean_serving_as_chair_is_the_chair():
    p, rows = parsed(TITLE + "Närvarande ledamöter\nPetra Lind, prodekanus, tjänstgörande ordförande\nBo Ek\n"
                     + NUMBERED_ITEMS)
    assert (p.chair, rows[0][:4]) == ("Petra Lind", ("Petra Lind", "prodekanus", "present", "tjänstgörande ordförande"))


def test_a_chair_in_brackets_with_a_university_post_after_it():
    p, rows = parsed(TITLE + "Närvarande\nLedamöter: Hedda Sand (ordförande, prefekt), Bo Kär (stf. prefekt)\n"
                     + NUMBERED_ITEMS)
    assert p.chair == "Hedda Sand" and rows[1][3] == "stf. prefekt"


def test_student_and_teacher_representatives_are_groups_of_the_roll():
    rows = parsed(TITLE + "Närvarande\nStudentrepresentanter: Oskar Mell, Fia Dahl\nLärarrepresentanter: Ola Berg\n"
                  + NUMBERED_ITEMS)[1]
    assert [(r[0], r[3]) for r in rows] == [("Oskar Mell", "studentrepresentant"), ("Fia Dahl", "studentrepresentant"),
                                           ("Ola Berg", "lärarrepresentant")]


# --- a programme council (655, 661) -----------------------------------------------------------------------

def test_a_post_labelled_with_the_chairs_office_in_brackets():
    p, rows = parsed(TITLE + "Närvarande\nProgramansvarig (ordförande): Katrin Öl\nLärarrepresentanter: Ola Berg\n"
                     + NUMBERED_ITEMS)
    assert (p.chair, rows[0][0]) == ("Katrin Öl", "Katrin Öl")


def test_a_councils_own_position_is_its_decision_and_anothers_a_proposal():
    assert running_decision("Programrådet tillstyrker förslaget.")
    assert running_decision("Programrådet avstyrker förslaget i nuvarande form.")
    assert not running_decision("Förvaltningen tillstyrker motionen.")


# --- a school's forum för samråd (656, 662) --------------------------------------------------------------

def test_the_roll_told_as_a_sentence_with_titles_before_the_names():
    rows = parsed("Forum för samråd enligt 4 kap. 12 § skollagen\nEkdalsskolan, 2025-03-18 kl. 18.00\n\n"
                  "Närvarande vid mötet var rektor Camilla Norén, skolsköterska Eva Backe samt "
                  "föräldrarepresentanterna Lotta Berg (3B) och Nina Per (6A).\n" + NUMBERED_ITEMS)[1]
    assert [(r[0], r[1]) for r in rows] == [("Camilla Norén", "rektor"), ("Eva Backe", "skolsköterska"),
                                           ("Lotta Berg", "3B"), ("Nina Per", "6A")]


def test_a_body_named_with_the_law_it_meets_under():
    p = parse_text("Forum för samråd enligt 4 kap. 12 § skollagen\nEkdalsskolan, 2025-03-18 kl. 18.00\n\n"
                   "Närvarande: Anna Ek, Bo Lind\n" + NUMBERED_ITEMS, "shape.txt")
    assert p.body == "Forum för samråd"


# --- a student section's meeting (657, 663) ----------------------------------------------------------------

def test_a_section_meetings_number_before_its_year_in_brackets():
    p = parse_text("Protokoll Sektionsmöte 3 (2024/2025)\nDatasektionen\nDatum: 2025-03-06\n" + NUMBERED_ITEMS,
                   "shape.txt")
    assert p.number == 3



# --- a foundation's layout with each item's title in the left margin (651, 664) ------------------------------

MARGIN_PAGE = ("§ 11               Beslut: att fastställa föreliggande dagordning.\n"
               "Fastställande av\nföredragningslistan\n\n"
               "§ 12               Rune Ek redogjorde för utfallet av 2024 års utlysning. Av 48\n"
               "Rapport från       ansökningar beviljades 11.\n"
               "utlysningen 2024\n")


def test_an_items_title_in_the_left_margin_stands_beside_its_number_again():
    from protokoll.clean import columns
    assert columns.raise_margin_titles(MARGIN_PAGE).split("\n") == [
        "§ 11 Fastställande av föredragningslistan",
        "                   Beslut: att fastställa föreliggande dagordning.", "",
        "§ 12 Rapport från utlysningen 2024",
        "                   Rune Ek redogjorde för utfallet av 2024 års utlysning. Av 48",
        "                   ansökningar beviljades 11.", ""]


def test_margin_titles_are_raised_where_the_text_kept_no_blank_lines():
    """A PDF's text layer keeps no blank line between two items: the next "§ N" follows the last piece of the
    title before it, or the last line of its text column, and is no piece of that title either."""
    from protokoll.clean import columns
    page = "Frånvarande:       Gun Lind\n" + MARGIN_PAGE.replace("\n\n", "\n")
    assert columns.raise_margin_titles(page).split("\n") == [
        "Frånvarande:       Gun Lind",
        "§ 11 Fastställande av föredragningslistan",
        "                   Beslut: att fastställa föreliggande dagordning.",
        "§ 12 Rapport från utlysningen 2024",
        "                   Rune Ek redogjorde för utfallet av 2024 års utlysning. Av 48",
        "                   ansökningar beviljades 11.", ""]


def test_the_margin_layout_reads_the_same_without_blank_lines():
    path = GENRE_TEXTS / "664_forskningsfond_marginalrubrik_jav_layout.txt"
    text = path.read_text(encoding="utf-8")
    items = lambda t: [(i.number, i.title, len(i.decisions)) for i in parse_text(t, path.name).items]
    assert items("\n".join(line for line in text.split("\n") if line.strip())) == items(text)


def test_a_heading_over_text_at_the_margin_is_no_margin_title():
    from protokoll.clean import columns
    page = "§ 5      Budget\nBeslut\natt fastställa budgeten\n"
    assert columns.raise_margin_titles(page) == page


def test_a_paragraph_titled_jav_is_an_item():
    p = parse_text(TITLE + "Närvarande\nAnna Ek, ordförande\n\n§ 12 Val av justerare\nBo Ny utsågs att justera.\n\n"
                   "§ 13 Jäv\nInga jäv förelåg vid dagens sammanträde.\n\n§ 14 Budget\n"
                   "Styrelsen beslutade att fastställa budgeten.\n", "shape.txt")
    assert [(i.number, i.title) for i in p.items] == [(12, "Val av justerare"), (13, "Jäv"), (14, "Budget")]


def test_a_member_present_for_some_paragraphs_and_listed_away_for_the_others_is_present_once():
    text = (TITLE + "Närvarande ledamöter\nSanna Öhr, dekanus, §§ 3–7\nIngrid Lange\n\nEj närvarande ledamöter\n"
            "Sanna Öhr, §§ 1–2\nPer Vald\n" + NUMBERED_ITEMS)
    assert [(r[0], r[2]) for r in parsed(text)[1]] == [("Sanna Öhr", "present"), ("Ingrid Lange", "present"),
                                                      ("Per Vald", "absent")]


def test_a_side_with_a_note_beside_a_name_in_a_roll_of_titles_is_no_second_person():
    """Regression (merge of h28): once "förvaltningschef, föredragande § 4" read as a title cell, the row beside it,
    "Name     SACO (närvaro- och yttranderätt)", lost its column and "SACO" became a person."""
    text = ("Exempelhögskolan\nProtokoll högskolestyrelsen 2025-04-10\n\nNärvarande ledamöter\nAnna Berg, ordförande\n"
            "Olof Lind\n\nÖvriga närvarande\nLeif Sand               förvaltningschef, föredragande § 4\n"
            "Maria Öst               SACO (närvaro- och yttranderätt)\n\n"
            "§ 1 Val av justerare\nStyrelsen beslutar att utse Olof Lind att justera protokollet.\n")
    people = {a.name: (a.affiliation, a.note) for a in parse_text(text).attendees}
    assert "SACO" not in people
    assert people["Maria Öst"] == ("SACO", "närvaro- och yttranderätt")
