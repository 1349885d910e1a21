"""Shapes of real minutes that the held-out set 3 showed the parser did not read, each tested on made-up text
(fixtures 235–239 of tests/fixtures/genre show them whole): an action table whose Åtgärd cell holds a report and
then a task line, the board's own proposal to the annual meeting, a title naming the meeting, the club, the date
and the place. One rule a test."""
import datetime as dt

from protokoll.pipeline import parse_text

TABLE_HEAD = """                              PROTOKOLL STYRELSEMÖTE
        Styrelsemöte Lindås Ridklubb den 4 februari 2025 i klubbhuset, Lindås

Närvarande                          Förhindrade
Maria Berg, ordförande              Olle Ström
Karl Ek, kassör
Tove Lind, sekreterare

Punkt   Diskussionspunkt          Åtgärd                                 Ansvarig       Klart
"""


def _table(rows: str):
    return parse_text(TABLE_HEAD + rows)


def test_action_cell_report_then_task_line_with_responsible_beside_it():
    got = _table(
        "12      Stallet                   Två boxar behöver nya dörrar. Det\n"
        "                                  brådskar inte.\n"
        "                                  Beställa dörrar från snickaren         Karl           20/2\n"
        "13      Ekonomi                   Kassören redovisade januari.\n"
        "                                  Skicka bokslutet till                  Tove\n"
        "                                  revisorerna                                           1/3\n")
    stall, ekonomi = got.items
    assert [d.text for d in stall.decisions] == ["Beställa dörrar från snickaren"]
    assert stall.decisions[0].kind == "assignment"
    assert [(a.assignee, a.due) for a in stall.decisions[0].actions] == [("Karl", dt.date(2025, 2, 20))]
    # the date on the task's second line is its deadline
    assert [d.text for d in ekonomi.decisions] == ["Skicka bokslutet till revisorerna"]
    assert [(a.assignee, a.due) for a in ekonomi.decisions[0].actions] == [("Tove", dt.date(2025, 3, 1))]


def test_action_cell_decision_then_task_line_are_two_decisions():
    got = _table(
        "14      Hagen                     Styrelsen beslutar att köpa\n"
        "                                  nytt stängsel för 12 000 kr.\n"
        "                                  Boka montering av stängslet            Maria          15/3\n")
    hagen, = got.items
    found = {d.text: [(a.assignee, a.due) for a in d.actions] for d in hagen.decisions}
    assert found == {"att köpa nytt stängsel för 12 000 kr.": [],
                     "Boka montering av stängslet": [("Maria", dt.date(2025, 3, 15))]}


def test_action_cell_task_on_its_first_line_is_one_decision_as_before():
    got = _table(
        "15      Hagen                     boka montering av                      Maria          15/3\n"
        "                                  stängslet. Ring firman.\n")
    hagen, = got.items
    assert [d.text for d in hagen.decisions] == ["boka montering av stängslet. Ring firman."]


def test_board_proposes_to_the_annual_meeting_is_its_decision():
    got = _table(
        "16      Avgifter                  Styrelsen föreslår årsmötet\n"
        "                                  oförändrade avgifter.\n")
    assert [d.text for d in got.items[0].decisions] == ["Styrelsen föreslår årsmötet oförändrade avgifter."]


def test_board_proposal_reported_in_the_annual_meetings_minutes_is_no_decision():
    got = parse_text("""Protokoll fört vid årsmöte i Lindås Ridklubb 2025-03-02

Närvarande: Maria Berg, Karl Ek, Tove Lind

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Avgifter
Styrelsen föreslår årsmötet oförändrade avgifter.

3. Mötets avslutande
Ordföranden avslutade mötet.
""")
    assert got.items[1].decisions == []


def test_title_meeting_club_date_and_place_under_a_bare_protocol_line():
    got = _table("11      Mötets öppnande           Maria Berg öppnade mötet.\n")
    assert (got.organisation, got.body, got.location) == ("Lindås Ridklubb", "Styrelsemöte", "klubbhuset, Lindås")


SEMICOLON_HEAD = """Bygdegårdsföreningen Kvarnsjö

Styrelsemötesprotokoll

Kvarnsjö bygdegård, 9 september 2025 kl 19.00

Närvarande; Rut Falk, Ove Ström, Siv Ahl, Nils Berg

"""


def _semicolon_items(body: str):
    return parse_text(SEMICOLON_HEAD + body)


def test_semicolon_heading_with_names_after_it_names_the_officers():
    got = _semicolon_items("""  1. Rut hälsar välkommen och öppnar mötet.
  2. Mötesordförande; Rut Falk
  3. Protokolljusterare; Siv Ahl och Nils Berg
  4. Rut avslutar mötet.
""")
    assert [i.title for i in got.items[1:3]] == ["Mötesordförande", "Protokolljusterare"]
    assert [i.number for i in got.items[1:3]] == [2, 3]
    assert got.chair == "Rut Falk"
    assert got.adjusters == ["Siv Ahl", "Nils Berg"]


def test_semicolon_heading_with_a_date_after_it_is_title_and_text():
    got = _semicolon_items("""  1. Rut hälsar välkommen och öppnar mötet.
  2. Höstfest; den 18 oktober 2025 kl 18.00 i bygdegården. Ove kollar om
     orkestern är ledig.
  3. Nästa styrelsemöte; 14 oktober 2025 kl 19.00 hos Siv.
  4. Rut avslutar mötet.
""")
    fest, nxt = got.items[1:3]
    assert (fest.title, fest.number, nxt.title, nxt.number) == ("Höstfest", 2, "Nästa styrelsemöte", 3)
    assert [(d.text, [a.assignee for a in d.actions]) for d in fest.decisions] == [
        ("Ove kollar om orkestern är ledig.", ["Ove"])]
    assert [(m.date, m.start_time) for m in got.scheduled_meetings] == [(dt.date(2025, 10, 14), "19:00")]


def test_semicolon_heading_keeps_a_title_that_goes_on_after_it():
    got = _semicolon_items("""  1. Rut hälsar välkommen och öppnar mötet.
  2. Motion om cykelbanor; svar
  3. Rut avslutar mötet.
""")
    assert got.items[1].title == "Motion om cykelbanor; svar"


def test_lone_participle_after_a_semicolon_heading_is_the_decision():
    got = _semicolon_items("""  1. Rut hälsar välkommen och öppnar mötet.
  2. Kallelsen till mötet; Godkänt.
  3. Rut avslutar mötet.
""")
    assert [d.text for d in got.items[1].decisions] == ["Godkänt."]


def test_question_about_something_deferred_mid_line_is_a_decision():
    got = _semicolon_items("""  1. Rut hälsar välkommen och öppnar mötet.
  2. Marknaden; Bra besök i år. Frågan om att delta
     nästa år bordläggs till årsmötet.
  3. Rut avslutar mötet.
""")
    assert [d.text for d in got.items[1].decisions] == ["Frågan om att delta nästa år bordläggs till årsmötet."]


TOPIC_HEAD = """Granås hembygdsförening

Protokoll från styrelsemöte på Granås hembygdsgård 2025-09-14

Närvarande     Ulla Berg            Granås
               Sten Ek              Norrby (via telefon)
               Vera Lund            Granås

"""


def test_topics_ending_in_a_full_stop_under_other_questions_are_sub_items():
    got = parse_text(TOPIC_HEAD + """§1      Övriga frågor
        Hemsidan. Vera uppdaterar kalendern senast 30/9.
        Stolarna. Styrelsen beslöt att köpa tio nya stolar.

§2      Mötets avslutande
        Ordföranden avslutade mötet.
""")
    other = got.items[0]
    assert [s.title for s in other.subitems] == ["Hemsidan", "Stolarna"]
    assert other.decisions == []
    hemsidan, stolarna = other.subitems
    assert [(a.assignee, a.due) for d in hemsidan.decisions for a in d.actions] == [("Vera", dt.date(2025, 9, 30))]
    assert [d.text for d in stolarna.decisions] == ["att köpa tio nya stolar."]


def test_a_sentence_under_other_questions_is_no_topic():
    got = parse_text(TOPIC_HEAD + """§1      Övriga frågor
        Kassören redovisade. Vera uppdaterar kalendern senast 30/9.
        Inget att rapportera. Sten tar upp frågan igen.

§2      Mötets avslutande
        Ordföranden avslutade mötet.
""")
    assert got.items[0].subitems == []


def test_a_place_with_a_note_beside_a_name_is_the_affiliation():
    got = parse_text(TOPIC_HEAD + """§1      Mötets avslutande
        Ordföranden avslutade mötet.
""")
    assert [(a.name, a.affiliation, a.note) for a in got.attendees] == [
        ("Ulla Berg", "Granås", None), ("Sten Ek", "Norrby", "via telefon"), ("Vera Lund", "Granås", None)]


BOARD_HEAD = """Samordningsförbundet Sjövik
Förbundsstyrelsen
Sammanträdesdatum 2025-11-20

Ledamöter                Ingela Fors, ordförande (S)
                         Kent Hammar (M)

"""


def test_vote_told_in_a_decision_procedure_goes_on_the_items_decision():
    got = parse_text(BOARD_HEAD + """Ersättare                Märta Roos (C), tjänstgörande §§ 12–13

§ 12    Verksamhetsplan 2026
Förbundsstyrelsen beslutar
att fastställa verksamhetsplanen för 2026.

Beslutsgång
Ordföranden finner att förbundsstyrelsen bifaller förslaget. Votering begärs. Med 4 ja-röster
mot 1 nej-röst bifaller förbundsstyrelsen förslaget.

§ 13    Budget 2026
Förbundsstyrelsen beslutar
att fastställa budgeten för 2026.
""")
    plan = got.items[0]
    assert [d.text for d in plan.decisions] == ["att fastställa verksamhetsplanen för 2026."]
    assert [(v.yes, v.no) for v in plan.decisions[0].votes] == [(4, 1)]
    roos = next(a for a in got.attendees if a.name == "Märta Roos")
    assert (roos.role, roos.party, roos.note) == ("tjänstgörande ersättare", "C", "§§ 12–13")


def test_officers_heading_after_a_label_column_list_is_no_part_of_it():
    got = parse_text(BOARD_HEAD + """Tjänstepersoner          Helena Vik, förbundschef
                         Amir Dahl, sekreterare

Justering och sekreterare
Att jämte ordföranden Ingela Fors justera protokollet valdes Kent Hammar. Sekreterare är Amir Dahl.

§ 12    Budget 2026
Förbundsstyrelsen beslutar
att fastställa budgeten för 2026.
""")
    amir = next(a for a in got.attendees if a.name == "Amir Dahl")
    assert amir.affiliation == "sekreterare"
    assert (got.secretary, got.adjusters) == ("Amir Dahl", ["Kent Hammar"])


STAMMA = """Protokoll fört vid ordinarie föreningsstämma i Vattenföreningen Lia ekonomisk förening,
org.nr 769700-0000, den 22 april 2025 kl. 18.00 i Lia skola

§1 Stämmans öppnande
Ordföranden öppnade stämman.

§2 Motioner
Motionen från Lia norra om att byta ut ledningen vid bäcken bifölls.

§3 Stämmans avslutande
Ordföranden avslutade stämman.
"""


def test_organisation_number_after_the_name_in_a_title_is_no_part_of_it():
    assert parse_text(STAMMA).organisation == "Vattenföreningen Lia ekonomisk förening"


def test_motion_from_someone_about_something_adopted_is_a_decision():
    got = parse_text(STAMMA)
    assert [d.text for d in got.items[1].decisions] == [
        "Motionen från Lia norra om att byta ut ledningen vid bäcken bifölls."]


def test_office_heading_over_a_verb_first_election_names_only_the_elected():
    got = parse_text("""Protokoll från styrelsemöte i Kvarnsjö jaktvårdsförening 2025-09-09

Närvarande: Rut Falk (ordförande), Ove Ström, Siv Ahl

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Val av justerare
Valdes Siv Ahl att jämte ordföranden justera dagens protokoll.

§ 3 Mötets avslutande
Ordföranden avslutade mötet.

Justeras
Rut Falk                    Siv Ahl
""")
    assert got.adjusters == ["Siv Ahl"]
