"""Decisions, votes, tasks and deadlines in the shapes of issue 8 that fixtures 120–127 in tests/fixtures/genre
show (all text made up): action tables inside an item, report topics, procedural votes, decisions after a
report or a list of documents, deadlines in their many forms. One rule a test."""
import datetime as dt

from protokoll.clean import furniture
from protokoll.clean.lines import Line
from protokoll.vocab import labels
from protokoll.parse import decisions, tables
from protokoll.parse.minutes import own_body
from test_decision_shapes import items, texts

MEETING = dt.date(2025, 3, 11)
PEOPLE = frozenset({"Anna", "Per", "Lisa"})


def _due(text: str):
    return [(a.assignee, a.due) for a in decisions.analyse(text, MEETING, PEOPLE).actions]


def _lines(*texts_, blank=False):
    return [Line(t, blank_before=blank) for t in texts_]


def test_action_table_in_layout_text_gives_task_and_responsible_lines():
    got = tables.unfold_actions(_lines(
        "Åtgärd                      Ansvarig      Klart till",
        "Byta nät på bana 3          Rasmus        2025-04-05",
        "Söka bidrag från            Mats          senast 30 april",
        "kommunen",
        "Boka tränare                Fatima        v. 18"))
    assert [x.text for x in got] == [
        "Åtgärd: Byta nät på bana 3", "Ansvar: Rasmus, senast 2025-04-05",
        "Åtgärd: Söka bidrag från kommunen", "Ansvar: Mats, senast 30 april",
        "Åtgärd: Boka tränare", "Ansvar: Fatima, senast v. 18"]


def test_action_table_with_cells_one_a_line_and_blank_lines_between():
    got = tables.unfold_actions(_lines("Vad", "Vem", "Klart", "Boka domare", "Viktor", "31/10",
                                       "Beställa priser", "Sanna", "till nästa möte", "7. Nästa möte", blank=True))
    assert [x.text for x in got] == ["Åtgärd: Boka domare", "Ansvar: Viktor, senast 31/10",
                                     "Åtgärd: Beställa priser", "Ansvar: Sanna, till nästa möte", "7. Nästa möte"]


def test_action_table_rows_are_tasks_of_the_item():
    got = items("""
2. Att göra
Åtgärd                      Ansvarig      Klart till
Byta nät på bana 3          Per           2025-04-05
Uppdatera hemsidan          Lisa          31 mars
""")
    assert texts(got[0]) == ["Byta nät på bana 3", "Uppdatera hemsidan"]
    assert [(d.kind, [(a.assignee, a.due) for a in d.actions]) for d in got[0].decisions] == [
        ("assignment", [("Per", dt.date(2025, 4, 5))]), ("assignment", [("Lisa", dt.date(2024, 3, 31))])]


def test_a_day_and_month_alone_on_a_line_is_no_page_number():
    kept = furniture.remove(_lines("Boka domare", "Viktor", "31/10", "Sida", "2/3"))
    assert [x.text for x in kept] == ["Boka domare", "Viktor", "31/10", "Sida"]


def test_report_topics_are_sub_items_and_another_meetings_decision_is_reported():
    got = items("""
2. Rapporter
Ekonomi: Per redogjorde för resultatet efter februari.
Ungdom: Tränarmötet den 20 februari fastställde sommarens träningsschema.
""")
    assert [s.title for s in got[0].subitems] == ["Ekonomi", "Ungdom"]
    assert all(not s.decisions for s in got[0].subitems)


def test_vote_with_each_side_named_after_its_count():
    vote = decisions.counted_vote("Med 5 röster för förvaltningens förslag mot 2 röster för Lena Ahlströms förslag "
                                  "beslutar nämnden att bifalla förvaltningens förslag.")
    assert (vote.yes, vote.no, vote.yes_means) == (5, 2, "förvaltningens förslag")


def test_tallies_in_words_of_associations():
    for text, want in [("Omröstningen utföll med 14 ja och 9 nej.", (14, 9, None)),
                       ("Rösterna fördelades 14 för och 9 emot.", (14, 9, None)),
                       ("Ja-röster 14, nej-röster 9.", (14, 9, None)),
                       ("Styrelsen beslutade med 7 röster mot 2 (1 avstod) att köpa bussen.", (7, 2, 1))]:
        vote = decisions.counted_vote(text)
        assert (vote.yes, vote.no, vote.abstain) == want, text


def test_formula_with_words_between_verb_and_att():
    for text in ("Mötet beslutade efter omröstning att avslå motionen.",
                 "Styrelsen beslutade med acklamation att avslå motionen.",
                 "Årsmötet beslutade med 14 ja och 9 nej att avslå motionen.",
                 "Efter diskussion tog styrelsen beslut om att avslå motionen.",
                 "Beslöt styrelsen att avslå motionen.", "Beslutet blev att avslå motionen."):
        assert labels.formula_of(text) == "att avslå motionen.", text
    # a vote's result that wraps onto a line starting with the verb is no formula of its own
    assert labels.formula_of("beslutar direktionen att avgöra ärendet i dag.") is None


def test_decision_sentence_after_a_report_on_the_same_line():
    # the report on the second line closes the first decision; the decision after it on that line is its own
    got = items("""
2. Ekonomi
Styrelsen beslutade att anta budgeten.
Per redovisade kassaflödet. Styrelsen beslutade att betala ut arvodet.
""")
    assert texts(got[0]) == ["att anta budgeten.", "att betala ut arvodet."]


def test_agreement_and_procedure_verbs_record_decisions():
    for sentence in ("Styrelsen enades om att ordna en sommarfest.", "Interpellationen anses besvarad.",
                     "Motionen remitteras till kommunstyrelsen för beredning."):
        assert decisions.running_decision(sentence), sentence
    assert not decisions.running_decision("Kommunfullmäktige godkänner följande propositionsordning: Ja för bifall.")


def test_informs_the_meeting_is_no_task():
    assert not decisions.task_sentence("Kommunchefen informerar om läget i kommunen.", PEOPLE)
    assert decisions.task_sentence("Per informerar medlemmarna om städdagen.", PEOPLE)


def test_two_short_decision_lines_are_two_decisions():
    got = items("""
2. Interpellation

Beslut
Interpellationen får ställas.
Interpellationen anses besvarad.

3. Övrigt

Inget att anteckna.
""")
    assert texts(got[0]) == ["Interpellationen får ställas.", "Interpellationen anses besvarad."]


def test_decision_after_documents_and_after_a_vote():
    got = items("""
2. Delårsrapport
Beslutsunderlag
Kommunstyrelsens protokoll 2025-09-29, § 140
Kommunfullmäktige godkänner delårsrapporten.

3. Motion
Omröstning
Omröstningen utfaller med 20 ja-röster, 9 nej-röster och 2 som avstår.
Kommunfullmäktige avslår motionen.
""")
    assert texts(got[0]) == ["Kommunfullmäktige godkänner delårsrapporten."]
    assert texts(got[1]) == ["Kommunfullmäktige avslår motionen."]
    assert [(v.yes, v.no, v.abstain) for v in got[1].decisions[0].votes] == [(20, 9, 2)]


def test_own_proposal_to_another_body_is_the_meetings_decision():
    assert own_body("Arbetsutskottet föreslår kommunstyrelsen besluta", "Kommunstyrelsens arbetsutskott")
    assert own_body("Styrelsen föreslår årsmötet besluta att", "styrelsemöte")
    assert not own_body("Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta", "Kommunstyrelsen")
    assert not own_body("Kommunstyrelsen föreslår kommunfullmäktige besluta", "Kommunfullmäktige")


def test_deadline_forms():
    assert _due("Per ordnar en container före 1 april.") == [("Per", dt.date(2025, 4, 1))]
    assert _due("Anna kontaktar kommunen, deadline 20 april.") == [("Anna", dt.date(2025, 4, 20))]
    assert _due("Lisa tar fram ett förslag till styrelsemötet 15 april.") == [("Lisa", dt.date(2025, 4, 15))]
    assert _due("att uppdra åt förvaltningen att återrapportera till kommunstyrelsen den 5 juni 2025.") == [
        ("förvaltningen", dt.date(2025, 6, 5))]
    assert _due("att uppdra åt förvaltningen att redovisa uppdraget till kommunstyrelsens sammanträde 2025-06-10.") \
        == [("förvaltningen", dt.date(2025, 6, 10))]
    # no date, or a period rather than a deadline: no due
    assert _due("Per undersöker priserna under april.") == [("Per", None)]
    assert _due("Per sköter kiosken från 2025-04-01 till 2025-04-30.") == [("Per", None)]


def test_due_line_after_a_task():
    got = items("""
2. Kiosken
Beslut: att införa Swish i kiosken.
Ansvarig: Lisa
Klart till: 30 april

3. Städdag
Per bokar containern.
Deadline: 2024-04-10
""")
    assert [(a.assignee, a.due) for a in got[0].decisions[0].actions] == [("Lisa", dt.date(2024, 4, 30))]
    assert [(a.assignee, a.due) for a in got[1].decisions[0].actions] == [("Per", dt.date(2024, 4, 10))]


def test_lettered_point_with_a_topic_is_a_sub_item_titled_by_it():
    got = items("""
2. Övriga frågor
a) Nycklar: Lisa samlar in gamla nycklar.
b) Städdag: Städdagen hålls söndag 11 maj.
""")
    assert [s.title for s in got[0].subitems] == ["Nycklar", "Städdag"]
    assert [[a.assignee for a in d.actions] for d in got[0].subitems[0].decisions] == [["Lisa"]]


def test_responsible_line_with_its_deadline_in_any_form():
    got = items("""
2. Kiosken
Beslut: att införa Swish i kiosken.
Ansvarig: Lisa, klart 15/4

3. Städdag
Beslut: att hålla städdag.
Ansvar: Per (senast 20/4)

4. Hemsida
Beslut: att byta webbhotell.
Ansvarig: Anna. Klart till: 2024-05-01
""")
    assert [[(a.assignee, a.due) for a in it.decisions[0].actions] for it in got] == [
        [("Lisa", dt.date(2024, 4, 15))], [("Per", dt.date(2024, 4, 20))], [("Anna", dt.date(2024, 5, 1))]]


def test_tallies_in_the_present_tense_and_with_dashes_in_a_side():
    for text, want in [("9 röstade för alla årskurser, 2 för bara 7–8.", (9, 2)),
                       ("6 ledamöter röstar ja och 1 ledamot röstar nej.", (6, 1)),
                       ("Omröstningen utfaller 6–1 till förmån för ordförandens förslag.", (6, 1)),
                       ("Omröstningen gav 6 röster för bifall och 1 röst för avslag.", (6, 1))]:
        vote = decisions.counted_vote(text)
        assert (vote.yes, vote.no) == want, text


def test_lettered_point_that_reports_is_a_paragraph_not_a_sub_item():
    got = items("""
2. Ekonomi
a) Kassören redogjorde för ekonomin. Styrelsen godkände de nya avgifterna.
b) Lisa har fått två offerter på målningen. Lisa beställer målningen senast den 20 november.

3. Gården
a. Gården och byggnaderna
Per tar in två offerter på taket.
b. Skogen
Anna kontaktar skogsvårdsföreningen.
""")
    assert got[0].subitems == []
    assert texts(got[0]) == ["Styrelsen godkände de nya avgifterna.", "Lisa beställer målningen senast den 20 november."]
    assert [s.title for s in got[1].subitems] == ["Gården och byggnaderna", "Skogen"]
