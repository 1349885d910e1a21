"""Shapes the twenty-seventh held-out set (tests/fixtures/heldout27: a steering group, a LEADER decision group, a
regional council of municipalities, an MBL negotiation, an insynsråd, an APT, an FSG and a network meeting) showed
the parser missing, each with a dev fixture of its own in tests/fixtures/genre (706–713). All text made up."""
from protokoll.pipeline import parse_text
from test_heldout22_shapes import _decisions


def _people(protocol):
    return [(a.name, a.affiliation, a.status) for a in protocol.attendees]


def _actions(protocol):
    return [(a.assignee, a.due and str(a.due)) for item in protocol.items for d in item.decisions for a in d.actions]


def _notes(body):
    return parse_text("Minnesanteckningar\nKommunchefsgruppen\n\nDatum: 2025-02-19\n\n" + body)


def test_the_report_under_a_presenter_line_gives_its_decisions():
    protocol = _notes("1. Gemensam växel\nFöredragande: Camilla Nord\n"
                      "Camilla presenterade utredningen. Tre kommuner är positiva.\n"
                      "Kommunchefsgruppen ställde sig bakom att utredningen går vidare.\n\n2. Nästa möte\nInget.\n")
    assert _decisions(protocol)[1] == ["Kommunchefsgruppen ställde sig bakom att utredningen går vidare."]
    assert [p.name for p in protocol.items[0].presenters] == ["Camilla Nord"]


def test_each_member_of_a_group_is_given_the_task():
    protocol = _notes("1. Feriejobb\nOmar berättade om förra året. "
                      "Respektive kommun skickar sitt antal platser till kansliet senast den 10 mars.\n")
    assert _actions(protocol) == [("Respektive kommun", "2025-03-10")]


def test_each_before_a_time_is_no_actor():
    protocol = _notes("1. Priset\nVarje år delar vi ut ett pris till en eldsjäl.\n")
    assert _actions(protocol) == []


def test_an_agency_or_a_company_reports_back():
    protocol = _notes("1. Busslinjer\nMartin presenterade förslaget.\n"
                      "Trafikbolaget återkommer med en kostnadsberäkning senast den 20 juni 2025.\n\n"
                      "2. Risker\nMyndigheten återkommer till rådet med en uppföljning senast den 1 maj.\n")
    assert _actions(protocol) == [("Trafikbolaget", "2025-06-20"), ("Myndigheten", "2025-05-01")]


def test_the_employer_evaluating_by_a_date_is_a_task():
    protocol = _notes("1. Uppföljning\nArbetsgivaren utvärderar förändringen senast den 30 oktober 2025.\n")
    assert _actions(protocol) == [("Arbetsgivaren", "2025-10-30")]


MBL = ("Protokoll från förhandling enligt 11 § MBL\n\nDatum:             2025-03-04\n\n"
       "För arbetsgivaren:\nSofie Lindahl, kanslichef\n\nFör arbetstagarorganisationerna:\nElsa Norén, Vision\n"
       "Tommy Rask, Saco\n\n§ 1 Förhandlingens avslutande\nVision är överens med arbetsgivaren om förslaget.\n"
       "Saco är inte överens med arbetsgivaren.\n\n\nVid protokollet           Justeras\n\n"
       "Sofie Lindahl             Elsa Norén\nFör arbetsgivaren         För Vision\n")


def test_a_negotiations_sides_without_narvarande_are_its_roll():
    assert _people(parse_text(MBL)) == [("Sofie Lindahl", "kanslichef", "present"), ("Elsa Norén", "Vision", "present"),
                                        ("Tommy Rask", "Saco", "present")]


def test_a_side_agreeing_or_not_with_the_employer_is_the_outcome():
    assert _decisions(parse_text(MBL))[1] == ["Vision är överens med arbetsgivaren om förslaget.",
                                              "Saco är inte överens med arbetsgivaren."]


FSG = ("PROTOKOLL\nLokal samverkansgrupp\n\nSammanträdesdatum: 2025-04-10\n\n"
       "Arbetsgivarens företrädare              Närvarande\n"
       "Annika Hallberg, teknisk chef              X\n"
       "Rebecka Lund, HR-partner                   anmält förhinder\n\n"
       "Arbetstagarnas företrädare\n"
       "Helena Qvist, Vision                       X\n"
       "Daniel Ross, Ledarna                       anmält förhinder\n\n"
       "§ 8 Mötets öppnande\nMötet öppnades.\n")


def test_a_presence_mark_after_a_name_and_its_title_or_side():
    assert _people(parse_text(FSG)) == [("Annika Hallberg", "teknisk chef", "present"),
                                        ("Rebecka Lund", "HR-partner", "excused"),
                                        ("Helena Qvist", "Vision", "present"), ("Daniel Ross", "Ledarna", "excused")]


def test_a_part_time_note_beside_a_name_in_a_table_is_no_affiliation():
    text = FSG.replace("Annika Hallberg, teknisk chef              X", "Annika Hallberg, §§ 8–9                    X")
    assert _people(parse_text(text))[0] == ("Annika Hallberg", None, "present")


def test_a_round_of_members_reports_gives_no_plain_plans_as_tasks():
    protocol = _notes("1. Laget runt\nVarje kommun berättade om våren.\nEkholm planerar en ny orkesterkurs under hösten.\n"
                      "Norsjö ska skicka sitt program till alla.\n\n2. Nästa möte\nInget.\n")
    assert _actions(protocol) == [("Norsjö", None)]


def test_others_present_with_a_slash_and_a_group_word():
    text = ("Protokoll från programgruppens möte den 11 mars 2025\n\nNärvarande:      Eva Sandström, ordf.\n"
            "Ledamöter:       Kjell Brandt\n"
            "Dessutom:        Peter Kron/Hanna Berg, kansliet\n"
            "                 Experterna Alva Rune och Samir Haddad (punkt 4)\n\n"
            "1. Fastställande av dagordning\nDagordningen fastställdes.\n")
    assert [(n, a) for n, a, _ in _people(parse_text(text))] == [
        ("Eva Sandström", "ordf"), ("Kjell Brandt", None), ("Peter Kron", "kansliet"), ("Hanna Berg", "kansliet"), ("Alva Rune", None),
        ("Samir Haddad", None)]


def test_column_titles_under_the_roll_heading_are_no_one():
    text = ("Minnesanteckningar – nätverksträff\n\nDatum: 2025-02-06\n\nDeltagare: Namn, Organisation\n"
            "Tina Holm, Vretby kommun\nRasmus Fält, Ekholms kommun\n\n1. Inledning\nDagordningen godkändes.\n")
    assert [n for n, _, _ in _people(parse_text(text))] == ["Tina Holm", "Rasmus Fält"]


def test_an_action_list_after_the_numbered_items_is_an_item_of_its_own():
    protocol = _notes("1. Sommarkurs\nNätverket beslutade att ordna en sommarkurs.\n\n"
                      "2. Nästa träff\nNästa träff hålls den 10 april 2025 kl. 13.00.\n\n"
                      "Aktivitetslista\n"
                      "Aktivitet                                   Ansvarig          Klart\n"
                      "Skicka kursprogrammet till skolorna         Rasmus Fält       2025-03-01\n"
                      "Boka lokaler för sommarkursen               Tina Holm         2025-03-15\n")
    assert [(i.number, i.title) for i in protocol.items] == [(1, "Sommarkurs"), (2, "Nästa träff"),
                                                             (None, "Aktivitetslista")]
    assert _actions(protocol) == [("Rasmus Fält", "2025-03-01"), ("Tina Holm", "2025-03-15")]


def test_a_projects_name_after_the_meeting_word_in_capitals_is_the_organisation():
    protocol = parse_text("PROTOKOLL                                   1 (2)\n\n"
                          "PROTOKOLL FRÅN STYRGRUPPSMÖTE VATTENSMART ÅSBYGDEN\n"
                          "Torsdag den 13 mars 2025, kl. 09:00–11:30\nKonferensrum Forsen, Tallvik\n\n"
                          "Närvarande: Anna Ek, Per Berg\n\n1:Mötets öppnande\nMötet öppnades.\n")
    assert (protocol.organisation, protocol.body) == ("VATTENSMART ÅSBYGDEN", "STYRGRUPPSMÖTE")
