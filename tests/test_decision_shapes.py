"""Decisions, kinds, tasks and votes in the shapes of real minutes of many bodies (all text made up)."""
import datetime as dt

from protokoll.vocab import labels
from protokoll.parse import decisions
from protokoll.pipeline import parse_text

from agenda import items_between, texts

HEAD = """Protokoll från styrelsemöte i Exempelföreningen
Datum: 2024-03-12
Tid: 18.30–20.00
Närvarande: Anna Ek, Per Berg, Lisa Holm
"""


def items(body: str):
    return items_between(HEAD, body)


def test_beslut_label_with_its_decision_on_the_line():
    got = items("""
2. Val av justerare
Beslut: Per Berg justerar protokollet.

3. Dagordning
Beslut: Dagordningen godkänns.
""")
    assert texts(got[0]) == ["Per Berg justerar protokollet."]
    assert texts(got[1]) == ["Dagordningen godkänns."]
    assert got[1].decisions[0].kind == "approval"


def test_beslut_label_before_a_formula_keeps_what_the_formula_decides():
    assert labels.section_of("Beslut: Gruppen beslutade att anta planen.") == ("decisions", "att anta planen.")
    assert labels.section_of("Beslut: Gruppen beslutade lägga rapporten till handlingarna.") == \
        ("decisions", "lägga rapporten till handlingarna.")
    assert labels.section_of("Beslut om mötesdatum togs inte.") is None


def test_formula_without_att_gives_the_text_after_it():
    assert labels.formula_of("Nätverket beslutade anta budgeten.") == "anta budgeten."
    assert labels.formula_of("Styrelsen beslutade också att anta budgeten.") == "att anta budgeten."
    assert labels.formula_of("Styrelsen beslutade sedan om budgeten.") is None


def test_counted_vote_inside_the_formula():
    assert labels.formula_of("Föreningsstämman beslutade med 21 röster mot 8 att avslå motionen.") == \
        "att avslå motionen."
    assert labels.formula_of("Med 40 röster mot 12, 3 nedlagda, beslutade årsmötet att bifalla motionen.") == \
        "att bifalla motionen."
    got = items("""
2. Motion om ny grill
Motionären yrkade bifall. Votering begärdes.
Stämman beslöt med 21 röster mot 8 att avslå motionen.
Styrelsen fick i uppdrag att se över grillplatsen.

3. Motion om cykelställ
Med 40 röster mot 12, 3 nedlagda, beslutade stämman att bifalla motionen.
""")
    assert texts(got[0]) == ["att avslå motionen.", "Styrelsen fick i uppdrag att se över grillplatsen."]
    vote = got[0].decisions[0].votes[0]
    assert (vote.yes, vote.no, vote.abstain) == (21, 8, None)
    assert got[0].decisions[1].kind == "assignment"
    vote = got[1].decisions[0].votes[0]
    assert (vote.yes, vote.no, vote.abstain) == (40, 12, 3)


def test_tally_in_a_sentence_before_the_decision():
    got = items("""
2. Motioner
Styrelsen föreslår att motionen avslås. Omröstning begärdes och genomfördes per fastighet. 4 fastigheter
röstade ja till motionen och 11 röstade nej.
Stämman beslöt att avslå motionen.
""")
    assert texts(got[0]) == ["att avslå motionen."]
    vote = got[0].decisions[0].votes[0]
    assert (vote.yes, vote.no) == (4, 11)


def test_vote_result_with_formula_words_is_no_decision():
    got = items("""
2. Ny idrottshall
Ärendebeskrivning
Hallen är gammal.
Omröstningsresultat
Med 20 ja-röster mot 9 nej-röster beslutar fullmäktige att bifalla förslaget. 2 ledamöter avstår.
Kommunfullmäktiges beslut
Kommunfullmäktige beslutar
att bygga en ny idrottshall.
""")
    assert texts(got[0]) == ["att bygga en ny idrottshall."]
    vote = got[0].decisions[0].votes[0]
    assert (vote.yes, vote.no, vote.abstain) == (20, 9, 2)


def test_uppdrog_and_uppmana_give_tasks():
    d = decisions.analyse("Stämman uppdrog åt styrelsen att se över ordningsreglerna.", dt.date(2024, 5, 1))
    assert d.kind == "assignment" and [a.assignee for a in d.actions] == ["styrelsen"]
    d = decisions.analyse("att uppmana nämnden att se över taxan", dt.date(2024, 5, 1))
    assert d.kind == "assignment" and [a.assignee for a in d.actions] == ["nämnden"]


def test_running_election_and_meeting_sentences():
    for sentence in ("Karin Ås omvaldes.", "Till ordförande för ett år omvaldes Karin Ås.",
                     "Mötet förklarades behörigt utlyst.", "Paragrafen förklarades omedelbart justerad.",
                     "Ola Berg nominerades och valdes via acklamation."):
        assert decisions.running_decision(sentence), sentence
        assert decisions.analyse(sentence, None).kind == "other", sentence


def test_page_furniture_and_next_meeting_are_no_decisions():
    got = items("""
2. Delegationsbeslut
Beslut
Nämnden beslutar att lägga redovisningen till handlingarna.
________
Justerandes sign                                    Utdragsbestyrkande

3. Information
Beslut
Informationen noteras.

Nästa sammanträde: tisdagen den 12 maj 2026 kl. 13.15
""")
    assert texts(got[0]) == ["att lägga redovisningen till handlingarna."]
    assert texts(got[1]) == ["Informationen noteras."]
    assert decisions.furniture("________") and decisions.furniture("Justerarnas signaturer")


def test_exp_line_gives_recipients():
    got = items("""
2. Lokaler
Beslut
Nämnden beslutar att anta förteckningen över lokaler.

Exp: Länsstyrelsen, kansliet
""")
    assert texts(got[0]) == ["att anta förteckningen över lokaler."]
    assert got[0].decisions[0].recipients == ["Länsstyrelsen", "kansliet"]


def test_body_gives_someone_a_task_in_a_paragraph_after_the_formula():
    got = items("""
2. Utbildning
Beslut
Nämnden beslutar att ersättningen ska vara 900 kronor.

Nämnden ger samordnaren i uppdrag att ta fram en plan till nämndens sammanträde den 12 maj 2024.

Justeringen sker på kansliet.
""")
    assert len(got[0].decisions) == 2
    d = got[0].decisions[1]
    assert d.kind == "assignment"
    assert [(a.assignee, a.due) for a in d.actions] == [("samordnaren", dt.date(2024, 5, 12))]


def test_kinds_of_decisions_that_give_tasks_or_set_states():
    d = decisions.analyse("att ställa sig bakom ansökan och att Per Sand undertecknar avsiktsförklaringen.", None)
    assert d.kind == "assignment" and [a.assignee for a in d.actions] == ["Per Sand"]
    assert decisions.analyse("Gruppen ställer sig bakom inriktningen.", None).kind == "approval"
    for text in ("att arvodet till styrelsen ska vara oförändrat", "att styrelsen ska bestå av fem ledamöter"):
        assert decisions.analyse(text, None).actions == [], text


def test_responsible_named_inside_the_decision():
    d = decisions.analyse("att köpa nya holkar för 5 000 kronor (ansvar: Eva Lind).", None)
    assert d.kind == "assignment" and [a.assignee for a in d.actions] == ["Eva Lind"]


def test_task_sentence_after_the_decision_in_one_paragraph():
    d = decisions.analyse("Arbetsdag hålls söndagen den 14 april. Mia skickar ut kallelse senast 31/3.",
                          dt.date(2024, 3, 12), frozenset({"Mia"}))
    assert d.kind == "assignment"
    assert [(a.assignee, a.due) for a in d.actions] == [("Mia", dt.date(2024, 3, 31))]
    # Inside a decision only a sure actor in the active voice gives a task.
    d = decisions.analyse("att uppdra till nätverket att ta fram en lista. Listan ska lämnas till kansliet senast "
                          "den 15 mars 2024.", None)
    assert [a.assignee for a in d.actions] == ["nätverket"]


def test_initials_and_first_names_of_attendees_as_actors():
    text = HEAD.replace("Närvarande: Anna Ek, Per Berg, Lisa Holm", "Närvarande: Karin Lund (KL), Ali Rahimi (AR), "
                                                                     "Anna Ek") + """
1. Mötets öppnande
Ordföranden öppnade mötet.

2. Fasaden
Styrelsen beslutade att anta offerten.
KL och AR tecknar avtalet senast den 25 oktober.

3. Hemsidan
Sidan behöver uppdateras.
Anna ska se över texterna.

4. Mötets avslutande
Ordföranden avslutade mötet.
"""
    got = parse_text(text).items
    d = got[1].decisions[1]
    assert d.kind == "assignment"
    assert [(a.assignee, a.due) for a in d.actions] == [("KL", dt.date(2024, 10, 25)), ("AR", dt.date(2024, 10, 25))]
    assert [a.assignee for a in got[2].decisions[0].actions] == ["Anna"]
    # Initials that are no attendee's are no actor.
    assert not decisions.task_sentence("SKR meddelar nya riktlinjer.", frozenset({"KL"}))


def test_board_proposes_that_the_board_proposes():
    assert labels.formula_of("Utskottet föreslår styrelsen föreslå årsmötet besluta att anta planen.") == \
        "att anta planen."


def test_a_bodys_proposal_heading_is_no_decision():
    got = items("""
2. Årsredovisning 2023
Ärendebeskrivning
Resultatet uppgår till 2 miljoner kronor.

Kommunstyrelsens förslag till beslut
Kommunfullmäktige godkänner årsredovisningen.

Kommunfullmäktige beslutar att godkänna årsredovisningen.
""")
    assert texts(got[0]) == ["att godkänna årsredovisningen."]


def test_dash_lines_right_under_the_label_are_decisions_each():
    got = items("""
2. Anmälan av motioner
Två motioner har lämnats in.

Kommunfullmäktiges beslut
- Motionen från Eva Ek (M) om belysning remitteras till kommunstyrelsen.
- Motionen från Ola Berg (V) om badplatser remitteras till kommunstyrelsen.

3. Budget
Mötet beslutar
att anta budgeten med följande tillägg:
- en ny post för underhåll
- en ny post för resor
""")
    assert texts(got[0]) == ["Motionen från Eva Ek (M) om belysning remitteras till kommunstyrelsen.",
                             "Motionen från Ola Berg (V) om badplatser remitteras till kommunstyrelsen."]
    assert len(got[1].decisions) == 1


def test_atgard_line_is_an_assignment_decision():
    text = HEAD.replace("Anna Ek, Per Berg", "Anna-Karin Ek, Per Berg") + """
1. Mötet öppnas
Ordföranden öppnade mötet.

2. Strategin
Beslut: Gruppen ställer sig bakom inriktningen.
Åtgärd: Anna-Karin sammanställer synpunkterna och skickar dem till länsstyrelsen
senast 20/6.

3. Mötet avslutas
Ordföranden avslutade mötet.
"""
    item = parse_text(text).items[1]
    assert texts(item) == ["Gruppen ställer sig bakom inriktningen.",
                           "Anna-Karin sammanställer synpunkterna och skickar dem till länsstyrelsen senast 20/6."]
    assert [d.kind for d in item.decisions] == ["approval", "assignment"]
    assert [(a.assignee, a.due) for a in item.decisions[1].actions] == [("Anna-Karin", dt.date(2024, 6, 20))]


def test_ansvarig_line_with_a_deadline_goes_on_the_decision_before_it():
    got = items("""
2. Bryggan
Två linor gick av.
Beslut: Nya linor köps in för högst 4 000 kr.
Ansvarig: Per Berg, senast 15/4


Exempelklubben – protokoll nr 3/2024
Sida 1 av 2
3. Arbetsdag
Beslut: Arbetsdag hålls den 14 april.
""")
    assert texts(got[0]) == ["Nya linor köps in för högst 4 000 kr."]
    d = got[0].decisions[0]
    assert d.kind == "assignment" and [(a.assignee, a.due) for a in d.actions] == [("Per Berg", dt.date(2024, 4, 15))]
    assert decisions.furniture("Brf Exemplet, protokoll nr 9")
    assert decisions.furniture("Exempelklubben · Styrelsemöte 13–14 april 2024 · Sida 1 av 3")


def test_later_decision_and_decision_after_discussion():
    assert not decisions.running_decision("Höstens program fastställs vid styrelsemötet i augusti.")
    assert decisions.running_decision("Dagordningen fastställs med tillägg av en punkt.")
    assert decisions.running_decision("Laddboxar: Frågan diskuterades och ärendet bordlades till nästa möte.")
    assert not decisions.running_decision("Styrelsen diskuterade om budgeten godkändes.")


def test_distributed_responsibilities_give_one_action_each():
    got = items("""
2. Ansvarsområden
Styrelsen fördelade följande ansvarsområden:
Uthyrning av stugan – Per Berg
Medlemsregister – Lisa Holm
""")
    assert len(got[0].decisions) == 1
    d = got[0].decisions[0]
    assert d.kind == "assignment" and [a.assignee for a in d.actions] == ["Per Berg", "Lisa Holm"]


def test_meeting_dates_decided_in_running_text():
    p = parse_text(HEAD + """
1. Mötets öppnande
Ordföranden öppnade mötet.

2. Mötesplan
Styrelsen beslutade att hålla styrelsemöten följande datum under våren 2024, samtliga kl. 18.30:
- tisdag 9 april
- tisdag 14 maj

3. Mötets avslutande
Ordföranden avslutade mötet.
""")
    assert [(m.date, m.start_time) for m in p.scheduled_meetings] == [
        (dt.date(2024, 4, 9), "18:30"), (dt.date(2024, 5, 14), "18:30")]


def test_deadline_without_a_year_before_the_meeting_is_next_years():
    d = decisions.analyse("Per Berg skriver ett yttrande senast den 10 januari.", dt.date(2024, 11, 19))
    assert [a.due for a in d.actions] == [dt.date(2025, 1, 10)]
    d = decisions.analyse("Per Berg skriver ett yttrande senast den 10 december.", dt.date(2024, 11, 19))
    assert [a.due for a in d.actions] == [dt.date(2024, 12, 10)]


def test_list_after_a_colon_ends_at_a_full_sentence_after_it():
    got = items("""
2. Val av styrelseledamöter
Följande valdes:
Per Berg               Norrby                omval
Lisa Holm              Söderby               nyval
Följande ledamöter har ett år kvar: Anna Ek och Ola Berg.

3. Arbetsfördelning
Styrelsen beslutade följande:
Per bokar lokalen till årsmötet i mars.
Lisa skickar ut kallelsen i god tid.
""")
    assert len(got[0].decisions) == 1
    assert "ett år kvar" not in got[0].decisions[0].text and "Lisa Holm" in got[0].decisions[0].text
    assert len(got[1].decisions) == 1 and "Lisa skickar" in got[1].decisions[0].text


def test_formulas_with_adverbs_commas_and_inverted_order():
    for text in ("Styrelsen beslutade därefter att anta budgeten.",
                 "Stämman beslutade, i enlighet med styrelsens förslag, att anta budgeten.",
                 "Därefter beslutade mötet att anta budgeten.",
                 "Efter en kort diskussion beslutade årsmötet att anta budgeten."):
        assert labels.formula_of(text) == "att anta budgeten.", text
    assert labels.formula_of("Vid förra mötet beslutades att anta budgeten.") is None


def test_vote_figures_in_running_text():
    for text, want in (("Motionen avslogs med röstsiffrorna 17–12.", (17, 12, None)),
                       ("Voteringen utföll 17-12-2.", (17, 12, 2)),
                       ("17 ja-röster och 12 nej-röster samt 2 avstående.", (17, 12, 2))):
        v = decisions.counted_vote(text)
        assert (v.yes, v.no, v.abstain) == want, text
    assert decisions.counted_vote("Kostnaden ökade med 17-12 kr.") is None
    assert labels.formula_of("Med 17 röster för och 12 emot beslutade stämman att bifalla motionen.") == \
        "att bifalla motionen."


def test_reservation_in_running_text_goes_on_the_decision_it_follows():
    got = items("""
2. Motioner
Stämman beslutade att bifalla motion 1.
Stämman beslutade att avslå motion 2.
Per Berg reserverade sig mot beslutet.
""")
    assert [d.reservations for d in got[0].decisions] == [[], ["Per Berg"]]


def test_a_compound_bodys_own_decision_heading():
    got = items("""
2. Delegationsbeslut
Förteckning över beslut.

Miljö- och byggnadsnämndens beslut
Redovisningen läggs till handlingarna.
""")
    assert texts(got[0]) == ["Redovisningen läggs till handlingarna."]
    assert labels.section_of("Barn- och utbildningsnämndens beslut") == ("decisions", "")
    assert labels.section_of("Vi väntar på nämndens beslut") is None


def test_numbered_clauses_after_the_formula_are_decisions_each():
    got = items("""
2. Ekonomisk uppföljning
Styrelsen beslutar att
1. godkänna uppföljningen per mars.
2. uppdra åt kassören att ta fram en plan senast den 30 maj 2024.
""")
    assert texts(got[0]) == ["godkänna uppföljningen per mars.",
                             "uppdra åt kassören att ta fram en plan senast den 30 maj 2024."]
    assert [(a.assignee, str(a.due)) for a in got[0].decisions[1].actions] == [("kassören", "2024-05-30")]


def test_a_tally_in_the_report_is_the_vote_of_the_formula_after_it():
    got = items("""
2. Stadgeändring
Efter diskussion begärdes votering. 33 röstade för förslaget, 6 emot och 2 avstod.
Stämman beslutade att anta de nya stadgarna.
""")
    vote = got[0].decisions[-1].votes[0]
    assert (got[0].decisions[-1].text, vote.yes, vote.no, vote.abstain) == ("att anta de nya stadgarna.", 33, 6, 2)


def test_tasks_of_a_compound_office_and_of_representing():
    got = items("""
2. Övrigt
Beslut: Frågan noteras.
Miljö- och byggchefen återkommer med en redovisning vid nästa sammanträde.

3. Löneöversyn
Beslutades att klubben yrkar på en satsning.
Anna och Per företräder klubben vid förhandlingarna den 11 februari.
""")
    assert [a.assignee for d in got[0].decisions for a in d.actions] == ["Miljö- och byggchefen"]
    assert [a.assignee for d in got[1].decisions for a in d.actions] == ["Anna", "Per"]


# --- shapes of issue 8's second held-out survey: old-style verb-first minutes, bullets, votes ---------

def test_old_style_verb_first_sentences_are_decisions():
    got = items("""
2. Val av ordförande
Valdes Anna Ek till ordförande för mötet.

3. Dagordning
Godkändes dagordningen.

4. Båten
Redogjorde kassören för båtens skick. Diskuterades en ny motor.
Beslöts att köpa en begagnad motor för högst 20 000 kr.

5. Bidrag
Uppdrogs åt kassören att söka bidrag från kommunen senast den 25 april.
""")
    assert texts(got[0]) == ["Valdes Anna Ek till ordförande för mötet."]
    assert got[0].decisions[0].kind == "other"
    assert texts(got[1]) == ["Godkändes dagordningen."]
    assert got[1].decisions[0].kind == "approval"
    assert texts(got[2]) == ["att köpa en begagnad motor för högst 20 000 kr."]
    assert texts(got[3]) == ["Uppdrogs åt kassören att söka bidrag från kommunen senast den 25 april."]
    assert got[3].decisions[0].kind == "assignment"
    assert [(a.assignee, str(a.due)) for a in got[3].decisions[0].actions] == [("kassören", "2024-04-25")]


def test_constituting_the_board_with_role_lines_is_one_decision():
    got = items("""
2. Konstituering
Konstituerade sig styrelsen enligt följande:
Vice ordförande: Per Berg
Kassör: Lisa Holm
Sekreterare: Anna Ek
""")
    assert len(got[0].decisions) == 1
    assert got[0].decisions[0].text.startswith("Konstituerade sig styrelsen enligt följande:")
    assert "Sekreterare: Anna Ek" in got[0].decisions[0].text
    assert got[0].decisions[0].kind == "other"


def test_bullet_lines_hold_tasks_and_decisions_without_the_bullet():
    got = items("""
2. Midsommar
• Per kontaktar kommunen om tillstånd senast 1 april.
• Styrelsen beslutar att hålla midsommarfirandet på ängen.
""")
    assert texts(got[0]) == ["Per kontaktar kommunen om tillstånd senast 1 april.", "att hålla midsommarfirandet på ängen."]
    assert [(a.assignee, str(a.due)) for a in got[0].decisions[0].actions] == [("Per", "2024-04-01")]


def test_atgard_line_with_a_deadline_without_year():
    got = items("""
2. Hemsidan
Hemsidan behöver uppdateras.
Åtgärd: Lisa ska uppdatera hemsidan senast 15 maj.
""")
    assert [(a.assignee, str(a.due)) for d in got[0].decisions for a in d.actions] == [("Lisa", "2024-05-15")]


def test_two_people_in_one_task_sentence_are_two_actions():
    got = items("""
2. Studiecirkel
Annika och Kurt tar fram ett förslag på upplägg senast den 10 april.
""")
    assert [(a.assignee, str(a.due)) for d in got[0].decisions for a in d.actions] == \
        [("Annika", "2024-04-10"), ("Kurt", "2024-04-10")]


def test_running_decisions_of_councils_and_annual_meetings():
    got = items("""
2. Mötets behöriga utlysande
Årsmötet ansåg sig behörigen utlyst.

3. Information från kommunen
Kommunens handläggare berättade om färdtjänsten.
Rådet tackade för informationen.

4. Kallelse
Mötet förklarades behörigen utlyst.
""")
    assert texts(got[0]) == ["Årsmötet ansåg sig behörigen utlyst."]
    assert texts(got[1]) == ["Rådet tackade för informationen."]
    assert got[1].decisions[0].kind == "noted"
    assert texts(got[2]) == ["Mötet förklarades behörigen utlyst."]


def test_vote_for_rejection_counts_as_yes_for_the_decision():
    got = items("""
2. Motion om fiskekort
Styrelsen föreslog avslag. Votering begärdes.
12 röstade för avslag, 6 för bifall och 1 avstod.
Stämman beslutade att avslå motionen.
""")
    vote = got[0].decisions[-1].votes[0]
    assert (vote.yes, vote.no, vote.abstain) == (12, 6, 1)


def test_vote_lines_with_labels_and_counts():
    got = items("""
2. Budget
Fullmäktige beslutar att anta budgeten.
Omröstning: 5 ja, 2 nej, 1 avstod

3. Stadgar
Fullmäktige beslutar att anta stadgarna.
Ja: 5   Nej: 2   Avstår: 1
""")
    for item in got:
        vote = item.decisions[0].votes[0]
        assert (vote.yes, vote.no, vote.abstain) == (5, 2, 1)


def test_adjournment_and_reservation_are_no_part_of_a_decision():
    got = items("""
2. Budget
Nämnden beslutar att anta budgeten.
Sammanträdet ajourneras 14.10–14.25.
Reservation
Per Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.
""")
    assert texts(got[0]) == ["att anta budgeten."]
    assert got[0].decisions[0].reservations == ["Per Berg"]


def test_proposal_to_the_council_inside_a_dash_line_starts_at_att():
    got = items("""
2. Taxor
Nämndens beslut
-   Tekniska nämnden föreslår kommunfullmäktige besluta att anta nya taxor för 2025.
-   Paragrafen förklaras omedelbart justerad.
""")
    assert texts(got[0]) == ["att anta nya taxor för 2025.", "Paragrafen förklaras omedelbart justerad."]


def test_task_until_the_next_meeting_takes_its_date_when_the_minutes_give_it():
    got = items("""
2. Medlemsregister
Per tar fram ett nytt medlemsregister till nästa möte.

3. Nästa möte
Nästa möte hålls den 16 april kl. 18.30.
""")
    assert [(a.assignee, str(a.due)) for d in got[0].decisions for a in d.actions] == [("Per", "2024-04-16")]


def test_task_until_the_next_meeting_without_its_date_has_no_deadline():
    got = items("""
2. Medlemsregister
Per tar fram ett nytt medlemsregister till nästa möte.
""")
    assert [(a.assignee, a.due) for d in got[0].decisions for a in d.actions] == [("Per", None)]


def schedule(body: str):
    text = f"{HEAD}\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n{body.strip()}\n"
    return [(str(m.date), m.start_time) for m in parse_text(text).scheduled_meetings]


def test_next_meeting_in_running_text():
    assert schedule("""
2. Övrigt
Meddelade ordföranden att nästa sammanträde hålls torsdagen den 11 april kl. 18.00.
""") == [("2024-04-11", "18:00")]


def test_next_meeting_as_an_item_heading_of_its_own():
    assert schedule("""
2. Ekonomi
Kassören redogjorde för ekonomin.

3. Nästa styrelsemöte torsdagen den 11 april kl. 18.00

4. Mötets avslutande
Ordföranden avslutade mötet.
""") == [("2024-04-11", "18:00")]


def test_next_meeting_as_an_indented_block_under_its_heading():
    assert schedule("""
2. Nästa möte
    Datum: 11 april
    Tid: 18.00
    Plats: Bygdegården

3. Mötets avslutande
Ordföranden avslutade mötet.
""") == [("2024-04-11", "18:00")]


def test_decided_dates_for_next_year():
    assert schedule("""
2. Sammanträdesplan
Rådet beslutade att sammanträda följande datum 2025, samtliga kl. 13.15: 17 februari, 24 mars, 12 maj och 15 september.

3. Mötets avslutande
Ordföranden avslutade mötet.
""") == [("2025-02-17", "13:15"), ("2025-03-24", "13:15"), ("2025-05-12", "13:15"), ("2025-09-15", "13:15")]


def test_a_decision_taken_and_a_deadline_at_a_named_meeting():
    assert labels.formula_of("Ett beslut fattades om att köpa in en ny kaffebryggare.") == \
        "att köpa in en ny kaffebryggare."
    assert labels.formula_of("Beslut fattades om budgeten.") is None
    got = items("""
2. Ägarfrågor
Styrelsen fick i uppdrag att redovisa planen vid ägardialogen den 15 oktober 2024.
""")
    assert [(a.assignee, str(a.due)) for a in got[0].decisions[0].actions] == [("Styrelsen", "2024-10-15")]


def test_lettered_points_hold_decisions_and_tasks_without_their_letter():
    from protokoll.clean.lines import Line
    from protokoll.parse.blocks import Block
    from protokoll.parse.minutes import _sentence_decisions

    block = Block([Line("a) Hyran höjs från januari. Styrelsen godkände de nya avgifterna."),
                   Line("b) Per kontaktar hyresvärden om fönstren senast den 20 april.")])
    got = [t for t, _ in _sentence_decisions(block, judged=False, initials=frozenset({"Per"}))]
    assert got == ["Styrelsen godkände de nya avgifterna.", "Per kontaktar hyresvärden om fönstren senast den 20 april."]
    assert decisions.analyse(got[-1], dt.date(2024, 3, 12), frozenset({"Per"})).actions[0].assignee == "Per"


def test_adjournment_paragraph_under_beslut_is_no_decision():
    got = items("""
2. Detaljplan
Beslut

Nämnden beslutar att anta detaljplanen.

Sammanträdet ajourneras 14.10–14.25.

Per Berg (M) reserverar sig mot beslutet.
""")
    assert texts(got[0]) == ["att anta detaljplanen."]
    assert got[0].decisions[0].reservations == ["Per Berg"]


def test_votes_counted_by_sides_and_in_other_orders():
    def tally(text):
        v = decisions.counted_vote(text)
        return v and (v.yes, v.no, v.abstain, v.yes_means, v.no_means)
    assert tally("12 röster för avslag och 6 för bifall.") == (12, 6, None, "avslag", "bifall")
    assert tally("Vid omröstning röstade 12 för avslag och 6 för bifall.") == (12, 6, None, "avslag", "bifall")
    assert tally("5 ja-röster, 2 nej-röster och 1 avstod.") == (5, 2, 1, None, None)
    assert tally("Röstresultat: 5 ja, 2 nej och 1 avstående") == (5, 2, 1, None, None)
    assert tally("Summa § 27: 17 ja, 11 nej, 2 avstår") is None  # a roll's sum counts another item's vote
    assert tally("Kostnaden blev 500 kr för tältet och 300 för veden.") is None
    v = decisions.parse_vote(["Votering: 12 för avslag, 6 för bifall, 1 avstod."])
    decisions.orient(v, "att bifalla motionen.")
    assert (v.yes, v.no, v.abstain, v.yes_means, v.no_means) == (6, 12, 1, "bifall", "avslag")
    v = decisions.parse_vote(["Omröstning: Ja 5, Nej 2, Avstår 1"])
    assert (v.yes, v.no, v.abstain) == (5, 2, 1)


def test_a_task_given_to_two_offices_is_two_actions():
    got = items("""
2. Avtal
Uppdrogs åt ordföranden och kassören att teckna avtalet med kommunen.

3. Trafik
Beslöts att uppdra åt nätverket för infrastruktur och kollektivtrafik att skriva ett yttrande.
""")
    assert [a.assignee for a in got[0].decisions[0].actions] == ["ordföranden", "kassören"]
    assert [a.assignee for a in got[1].decisions[0].actions] == ["nätverket för infrastruktur och kollektivtrafik"]


def test_next_meeting_told_in_other_sentences():
    assert schedule("""
2. Övrigt
Ordföranden meddelade att nästa möte är tisdagen den 9 april kl. 19.00.
""") == [("2024-04-09", "19:00")]
    assert schedule("""
2. Övrigt
Styrelsen beslutade att nästa sammanträde ska hållas den 9 april kl. 19.00 i klubbstugan.
""") == [("2024-04-09", "19:00")]
    assert schedule("""
2. Övrigt
Frågan tas upp igen när nästa möte hålls.
""") == []


def test_two_people_given_a_task_share_its_deadline_and_an_office_of_a_body_acts():
    got = items("""
2. Färdtjänst
Anna Ek och Per Berg får i uppdrag att skriva till kommunen senast den 5 april.
Kommunens handläggare återkommer vid nästa möte.

3. Nästa möte
Nästa möte: 10 juni kl. 13.15.
""")
    assert [[(a.assignee, str(a.due)) for a in d.actions] for d in got[0].decisions] == [
        [("Anna Ek", "2024-04-05"), ("Per Berg", "2024-04-05")], [("Kommunens handläggare", "2024-06-10")]]


def test_a_decision_sentence_after_a_list_of_roles_opens_the_next_decision():
    got = items("""
2. Konstituering
Konstituerade sig styrelsen enligt följande:
Vice ordförande: Per Berg
Kassör: Lisa Holm
Valdes Lisa Holm och Anna Ek till firmatecknare var för sig.
""")
    assert texts(got[0]) == ["Konstituerade sig styrelsen enligt följande: Vice ordförande: Per Berg Kassör: Lisa Holm",
                             "Valdes Lisa Holm och Anna Ek till firmatecknare var för sig."]


def test_a_body_appointing_an_adjuster_gives_no_task():
    from protokoll.pipeline import parse_text

    text = ("Protokoll fört vid kyrkorådets sammanträde i Ekby församling\nDatum: 2025-03-04\n\n"
            "Närvarande: Anna Berg, Lars Ek, Tore Lind\n\n§ 1 Val av justerare\nKyrkorådet utser Tore Lind att jämte "
            "ordföranden justera protokollet.\n\n§ 2 Budget\nKyrkorådet beslutar att godkänna budgeten.\n\n"
            "§ 3 Uppdrag\nKyrkorådet utser kyrkoherden att senast den 1 maj 2025 ta fram en plan.\n")
    items = parse_text(text, "kr.txt").items
    first = items[0].decisions[0]
    assert (first.kind, first.actions) == ("other", [])
    assert items[2].decisions[0].kind == "assignment"  # appointing someone to a task still gives one


def test_a_tally_with_the_side_first_is_a_vote():
    # "För förslaget röstade 19 fastigheter, emot 6 och 2 avstod": the side, then the counts of each
    v = decisions.counted_vote("För förslaget röstade 19 fastigheter, emot 6 och 2 avstod.")
    assert (v.yes, v.no, v.abstain) == (19, 6, 2)
    v = decisions.counted_vote("För styrelsens förslag röstade 41 medlemmar och emot 3.")
    assert (v.yes, v.no, v.abstain) == (41, 3, None)
