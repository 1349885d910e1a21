"""Shapes the twelfth held-out set (tests/fixtures/heldout12) showed the parser missing, each with a dev fixture of
its own in tests/fixtures/genre (371–378). All text made up."""
from protokoll.clean.lines import clean
from protokoll.parse import decisions
from protokoll.parse.attendance import parse_attendance
from protokoll.pipeline import parse_text

from agenda import texts


def _roll(text: str, status: str = "present"):
    return [(a.name, a.affiliation, a.status) for a in parse_attendance(clean(text).lines, status)]


# --- a word processor's list numbers alone on their lines (fixture 371) -------------------------------------------
def test_a_list_number_alone_over_its_title_numbers_the_item_on_a_later_page_too():
    header = "Exempelföreningen, Årsmötesprotokoll 2025                                  {}\n"
    got = parse_text(header.format(1) + "\nExempelföreningen\nÅrsmötesprotokoll\n15 mars 2025\n"
                     "1.\nÅrsmötets öppnande\nOrdföranden öppnade mötet.\n2.\nVal av justerare\n"
                     "Årsmötet valde Eva Ek till justerare.\n3.\nDagordning\nDagordningen godkändes.\n\f"
                     + header.format(2) + "4.\nAnsvarsfrihet\nStyrelsen beviljades ansvarsfrihet.\n"
                     "5.\nAvslutning\nMötet avslutades.\n")
    assert [(i.number, i.title) for i in got.items] == [(1, "Årsmötets öppnande"), (2, "Val av justerare"),
                                                       (3, "Dagordning"), (4, "Ansvarsfrihet"), (5, "Avslutning")]


# --- a committee's roll "Name   Organisation", its organisations read after the names (fixture 372) ------------
def test_an_organisation_column_beside_the_names_is_whom_they_represent():
    roll = _roll("Närvarande:\nAnna Ek, ordf\nPer Berg                    Norrby Trä\nLisa Holm                   Norrby Trä\n"
                 "Olle Sten                   Arbetsmiljöverket\nKim Ahl                     Luleå tekniska universitet\n")
    assert roll[1:] == [("Per Berg", "Norrby Trä", "present"), ("Lisa Holm", "Norrby Trä", "present"),
                        ("Olle Sten", "Arbetsmiljöverket", "present"), ("Kim Ahl", "Luleå tekniska universitet", "present")]


def test_two_people_a_line_are_no_organisation_column():
    roll = _roll("Närvarande:\nAnna Ek                     Per Berg\nLisa Holm                   Olle Sten\n"
                 "Kim Ahl                     Eva Strand\n")
    assert [name for name, _, _ in roll] == ["Anna Ek", "Per Berg", "Lisa Holm", "Olle Sten", "Kim Ahl", "Eva Strand"]


def test_a_roll_with_an_organisation_column_is_no_label_column_of_the_front_matter():
    got = parse_text("Exempelnätverket\nProtokoll nr 2/2025\n\nNärvarande:\nAnna Ek, ordf\nPer Berg                    Norrby Trä\n"
                     "Lisa Holm                   Skogsverket\nOlle Sten                   Unionen\n\n"
                     "1 Mötets öppnande\nMötet öppnades.\n2 Rapporter\nInga rapporter.\n3 Avslutning\nMötet avslutades.\n")
    assert [(a.name, a.affiliation) for a in got.attendees][1:] == [("Per Berg", "Norrby Trä"), ("Lisa Holm", "Skogsverket"),
                                                                     ("Olle Sten", "Unionen")]


def test_organisations_read_after_all_the_names_go_with_the_names_in_order():
    roll = _roll("Anmält förhinder:\nHans Berg\nEva Lind\nNordby Trä\nÖstby Sågverk\n", "excused")
    assert roll == [("Hans Berg", "Nordby Trä", "excused"), ("Eva Lind", "Östby Sågverk", "excused")]


# --- "Representanter för ..." and "Frånv.:" headings; taking note in the minutes' words (fixtures 373, 378) ---------
def test_representatives_of_organisations_are_a_group_of_the_roll():
    got = parse_text("Kommunala pensionärsrådet\nSammanträdesprotokoll\n2025-09-16\n\nPlats och tid: Kommunhuset, kl 13:30\n\n"
                     "Beslutande: Eva Ek (C), ordförande\nLeif Norén (S)\n\nRepresentanter för pensionärsorganisationerna\n"
                     "Per Berg (PRO)\nLisa Holm (SPF Seniorerna)\n\nUtses att justera: Per Berg\n\n"
                     "§ 1 Öppnande\nSammanträdet öppnades.\n§ 2 Avslutning\nSammanträdet avslutades.\n")
    assert [(a.name, a.affiliation) for a in got.attendees] == [("Eva Ek", "C"), ("Leif Norén", "S"), ("Per Berg", "PRO"),
                                                                ("Lisa Holm", "SPF Seniorerna")]


def test_the_organ_line_written_organisation_first_gives_the_organisation():
    got = parse_text("Kommunala pensionärsrådet\nSammanträdesprotokoll\n2025-09-16\n\nBeslutande: Eva Ek (C), ordförande\n\n"
                     "ANSLAG / BEVIS\nOrgan: Björkvalla kommun, Kommunala pensionärsrådet\n\n"
                     "§ 1 Öppnande\nSammanträdet öppnades.\n§ 2 Avslutning\nSammanträdet avslutades.\n")
    assert got.organisation == "Björkvalla kommun"


def test_a_shortened_absence_heading_gives_the_absent():
    assert _roll("Deltagare: Eva Ek, Per Berg\nFrånv.: Olle Sten\n") == [
        ("Eva Ek", None, "present"), ("Per Berg", None, "present"), ("Olle Sten", None, "absent")]


def test_taking_note_in_the_minutes_own_words_is_a_noted_decision():
    for sentence in ("Rapporterna antecknades till protokollet.", "Kommittén noterade informationen."):
        assert decisions.running_decision(sentence)
        assert decisions.analyse(sentence, None).kind == "noted"
    assert decisions.running_decision("Nätverket ställer sig bakom planens inriktning.")


# --- "3:1" sub-items, two people given a task (fixture 374) --------------------------------------------------------
def test_colon_numbered_points_are_sub_items():
    got = parse_text("Protokoll fört vid styrelsemöte i Exempelklubben 2025-06-10\n\nNärvarande: Eva Ek, Per Berg\n\n"
                     "1. Öppnande\nMötet öppnades.\n2. Rapporter\n2:1 Hamnen\nBryggan är lagad.\natt lägga rapporten till handlingarna.\n"
                     "2:2 Ekonomi\nKassan är god.\n3. Avslutning\nMötet avslutades.\n")
    subs = got.items[1].subitems
    assert [(s.label, s.title) for s in subs] == [("2:1", "Hamnen"), ("2:2", "Ekonomi")]
    assert texts(subs[0]) == ["att lägga rapporten till handlingarna."]


def test_two_people_given_a_task_get_it_both():
    d = decisions.analyse("att ge Kent Roos och Sven Ahl i uppdrag att ta in offerter senast 1 juli.", None)
    assert [a.assignee for a in d.actions] == ["Kent Roos", "Sven Ahl"]
    d = decisions.analyse("att ge kultur- och fritidsförvaltningen i uppdrag att utreda frågan.", None)
    assert [a.assignee for a in d.actions] == ["kultur- och fritidsförvaltningen"]


# --- bullets a conversion lost; a task after a topic's dash; the meeting's code (fixture 375) -----------------------
BOARD = "Exempelklubben 2025-04-08\nS3-2025\nProtokoll från styrelsemöte\nNärvarande: Nils Berg, Anna Ros, Per Öhman\n\n"


def test_lost_bullets_and_a_dash_topic_give_their_tasks():
    got = parse_text(BOARD + "§ 14\nVåren\n? Tävlingen hade 31 deltagare. Nils skriver en notis.\n"
                             "? Fiskedagen hålls 17 maj. Anna bokar båtar.\n\n§ 15\nÖvrigt\n• Kläder\n"
                             "o Styrelsen beslutade att köpa in tio västar.\no Per beställer.\n"
                             "Försäkring – Per kontaktar försäkringsbolaget.\n")
    assert texts(got.items[0]) == ["Nils skriver en notis.", "Anna bokar båtar."]
    assert texts(got.items[1]) == ["att köpa in tio västar.", "Per beställer.", "Försäkring – Per kontaktar försäkringsbolaget."]
    assert [a.assignee for a in got.items[1].decisions[2].actions] == ["Per"]


def test_a_lone_o_or_question_mark_opening_a_line_is_text():
    lines = clean("Mötet diskuterade.\no Styrelsen beslutade.\n? Vad gäller?\n").lines
    assert [line.text for line in lines][1:] == ["o Styrelsen beslutade.", "? Vad gäller?"]


def test_the_meetings_code_under_the_title_gives_its_number():
    assert parse_text(BOARD + "§ 14\nÖppnande\nMötet öppnades.\n§ 15\nAvslutning\nMötet avslutades.\n").number == 3


# --- a notes' date in its title cell, headings with a colon standing apart (fixture 376) ---------------------------
def test_notes_headed_with_colons_and_a_dashed_short_date():
    got = parse_text("Exempeljaktlaget\n\nMinnesanteckningar                                      Styrelsemöte 25-03-11\n\n\n"
                     "Deltagare:\nRoger\nMona\n\n\nEkonomi:\n\nÅrsavgiften för 2025 beslutades till 400 kronor.\n\n\n"
                     "Jakten:\n\nRoger skickar ansökan senast 31 mars.\n")
    assert got.date.isoformat() == "2025-03-11"
    assert [(i.title, texts(i)) for i in got.items] == [
        ("Ekonomi", ["Årsavgiften för 2025 beslutades till 400 kronor."]),
        ("Jakten", ["Roger skickar ansökan senast 31 mars."])]


# --- a church body's roll continued on the next page, its nomination groups, its place label (fixture 377) --------
def test_a_church_bodys_roll_continued_on_the_next_page_with_nomination_groups():
    got = parse_text("BERGA FÖRSAMLING\nKyrkorådet\n\nPLATS DATUM OCH TID FÖR MÖTET\nFörsamlingshemmet 2025-09-09 kl. 18.30-20.15\n\n"
                     "BESLUTANDE\nAnn Ström (Posk), ordförande\n* övriga beslutande ledamöter redovisas på nästa sida.\n\f"
                     "* Övriga beslutande ledamöter\nMats Hall (BorgA)                    Siv Ek (S)\n\f"
                     "§ 41\nÖppnande\nOrdföranden förklarar sammanträdet öppnat.\n§ 42\nAvslutning\nSammanträdet avslutades.\n")
    assert got.location == "Församlingshemmet"
    assert [(a.name, a.party) for a in got.attendees] == [("Ann Ström", "Posk"), ("Mats Hall", "BorgA"), ("Siv Ek", "S")]


# --- offices given out, a paragraph declared checked, a next meeting fixed (fixture 378) -----------------------------
def test_a_constituted_board_a_checked_paragraph_and_a_fixed_next_meeting_are_decisions():
    for sentence in ("Styrelsen konstituerades enligt följande:", "Beslutet förklarades omedelbart justerat.",
                     "Jaktavgiften beslutades till 2 600 kronor."):
        assert decisions.running_decision(sentence), sentence
    got = parse_text("Protokoll fört vid styrelsemöte i Exempelföreningen 2025-05-20\n\nDeltagare: Eva Ek, Per Berg\n\n"
                     "§ 1 Öppnande\nMötet öppnades.\n§ 2 Nästa möte\nNästa möte bestämdes till 17 juni Kl: 19.00 hos Eva.\n"
                     "§ 3 Avslutning\nMötet avslutades.\n")
    assert texts(got.items[1]) == ["Nästa möte bestämdes till 17 juni Kl: 19.00 hos Eva."]
    assert [(m.date.isoformat(), m.start_time) for m in got.scheduled_meetings] == [("2025-06-17", "19:00")]


# --- lettered points written with a space after the number (heldout12's 362 shape, fixture 371's list numbers) -----
def test_a_lettered_point_after_a_space_is_a_sub_item_of_its_number():
    got = parse_text("Protokoll fört vid årsmöte i Exempeljaktlaget 2025-09-14\n\n"
                     "1.         Mötets öppnande.\nMötet öppnades.\n\n2.         Val av justerare.\nTill justerare valdes Eva Ek.\n\n"
                     "2 a.          Godkännande av dagordning.\n          Dagordningen godkändes.\n\n"
                     "3.         Mötets avslutande.\nMötet avslutades.\n")
    assert [i.number for i in got.items] == [1, 2, 3]
    assert [(s.title, texts(s)) for s in got.items[1].subitems] == [("Godkännande av dagordning.", ["Dagordningen godkändes."])]
