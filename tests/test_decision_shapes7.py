"""Decision and task shapes of association and council minutes (heldout7 survey): a body's own decision
label before its decision on the same line, a formula that adopts a proposal without "att", decisions
wrapped at the line's width, tasks whose actor comes last, mandates, due dates without a year, task
tables under an unnumbered heading, role lines after a colon formula, deferrals. All text made up."""

from protokoll.vocab import labels
from protokoll.pipeline import parse_text

from agenda import items_between, texts

STAMMA = """Protokoll fört vid ordinarie föreningsstämma i Tallåsens samfällighetsförening
Datum: 2025-05-03
"""

CLUB = """Protokoll från styrelsemöte i Norrviks segelsällskap
Datum: 2026-01-20
Närvarande: Greta Holm, Jonas Ek, Siv Berg
"""


# --- 1. a body's own decision label with its decision on the line -----------------------------------
def test_an_own_decision_label_is_no_part_of_the_decision():
    got = items_between(STAMMA, """
2. Ansvarsfrihet
Stämmans beslut: Styrelsen beviljades ansvarsfrihet för verksamhetsåret 2024.

3. Budget
Styrelsens beslut: att anta budgeten för 2026.
""")
    assert texts(got[0]) == ["Styrelsen beviljades ansvarsfrihet för verksamhetsåret 2024."]
    assert texts(got[1]) == ["att anta budgeten för 2026."]


def test_a_formula_without_att_adopts_the_proposal():
    got = items_between(STAMMA, """
2. Ny vägbom
Styrelsen föreslog en vägbom vid infarten.
Stämmans beslut: Stämman beslutade enligt styrelsens förslag.

3. Val av revisorer
Stämman beslutade i enlighet med valberedningens förslag.
""")
    assert texts(got[0]) == ["enligt styrelsens förslag."]
    assert got[0].decisions[0].kind == "approval"
    assert texts(got[1]) == ["i enlighet med valberedningens förslag."]


def test_a_formula_that_adopts_a_proposal_keeps_its_att_clause():
    assert labels.formula_of("Stämman beslutade enligt styrelsens förslag att avslå motionen.") == \
        "att avslå motionen."
    assert labels.formula_of("Styrelsen beslutade enligt följande:") is None


def test_a_wrapped_report_of_a_proposition_is_no_formula():
    # "... finner att utskottet" / "beslutar i enlighet med förvaltningens förslag.": the line starts mid-sentence
    assert labels.formula_of("beslutar i enlighet med förvaltningens förslag.") is None


# --- 7. decisions wrapped at the line's width ---------------------------------------------------------
ARSMOTE = """Ekviks Roddklubb
Protokoll fört vid årsmöte
Datum: 2026-03-01
§ 1 Årsmötets öppnande. Ordförande Ville Sand hälsade medlemmarna välkomna och förklarade
årsmötet öppnat efter en kort presentation av dagordningen och de handlingar som skickats ut.
§ 2 Fastställande av röstlängd. Närvarolistan med samtliga närvarande fastställdes som
röstlängd för årsmötet och för eventuella voteringar under mötets gång enligt stadgarna.
§ 3 Val av mötesfunktionärer. Till ordförande för årsmötet valdes enhälligt av mötet Vilma
Åkerlund. Till sekreterare för årsmötet valdes Nils Berggren.
§ 4 Verksamhetsberättelse. Verksamhetsberättelsen föredrogs av ordföranden och lades
till handlingarna efter några frågor från medlemmarna om ekonomin och om bryggan.
§ 5 Årsmötets avslutande. Ordföranden avslutade mötet.
"""


def test_a_decision_on_its_headings_line_wraps_at_the_whole_lines_width():
    items = parse_text(ARSMOTE).items
    assert texts(items[2]) == ["Till ordförande för årsmötet valdes enhälligt av mötet Vilma Åkerlund. "
                               "Till sekreterare för årsmötet valdes Nils Berggren."]


def test_a_date_wrapped_before_its_year_goes_on_with_its_line():
    items = parse_text("""  Miljönämnden                                            PROTOKOLL
  Lövsjö kommun                                           2025-10-08

  MN § 12   Föreläggande om sophantering, Lövsjö Lunden 1:2
  Beslut
  Miljönämnden beslutar att förelägga fastighetsägaren att senast den 30 juni
  2026 ordna sophanteringen, vid ett vite om 10 000 kronor.

  MN § 13   Delegationsbeslut
  Beslut
  Redovisningen godkänns.
""").items
    assert texts(items[0]) == ["att förelägga fastighetsägaren att senast den 30 juni 2026 ordna sophanteringen, "
                               "vid ett vite om 10 000 kronor."]


# --- 2. a task whose actor comes last ---------------------------------------------------------------
def test_a_task_whose_actor_comes_last_after_a_report_on_its_line():
    got = items_between(CLUB, """
2. Övrigt
Greta påminde om att årsmötet hålls den 24 februari. Kallelsen skickas ut senast 3 februari, Siv ansvarar.
""")
    assert texts(got[0]) == ["Kallelsen skickas ut senast 3 februari, Siv ansvarar."]
    action, = got[0].decisions[0].actions
    assert (action.assignee, str(action.due)) == ("Siv", "2026-02-03")
    assert got[0].decisions[0].kind == "assignment"


def test_a_thing_before_the_last_verb_is_no_actor():
    got = items_between(CLUB, """
2. Övrigt
Greta berättade om bryggan. Reparationen dröjer, Planen ansvarar.
""")
    assert [a.assignee for d in got[0].decisions for a in d.actions] == []


# --- 6. mandates, a task inside an added clause, day/month deadlines after "till" -------------------
def test_a_mandate_is_a_task():
    got = items_between(CLUB, """
2. Tränare
Beslut: Styrelsen ger Jonas mandat att skriva avtal med en ny tränare för 2026.
""")
    d, = got[0].decisions
    assert (d.kind, [a.assignee for a in d.actions]) == ("assignment", ["Jonas"])


def test_a_task_in_an_added_att_clause():
    got = items_between(CLUB, """
2. Motion om ungdomsverksamhet
Efter diskussion beslutade styrelsen att bifalla motionen med tillägget att kassören tar fram en budget
till styrelsemötet den 17 mars.
""")
    action, = got[0].decisions[0].actions
    assert (action.assignee, str(action.due)) == ("kassören", "2026-03-17")


def test_till_before_a_day_and_month_is_a_deadline():
    got = items_between(CLUB, """
2. Ekonomi
Greta och Siv tar fram ett nytt sponsorpaket till 15/2.
""")
    assert [str(a.due) for a in got[0].decisions[0].actions] == ["2026-02-15", "2026-02-15"]


def test_till_ending_a_period_of_days_is_no_deadline():
    got = items_between(CLUB, """
2. Uthyrning
Siv sköter uthyrningen av klubbhuset från 1/6 till 15/8.
""")
    assert [a.due for d in got[0].decisions for a in d.actions] == [None]


# --- 5. a task table, one cell a paragraph, under an unnumbered "Att göra" heading ------------------
NOTES = """Minnesanteckningar
Nätverket för fritidsledare i Ådalens kommunförbund
Datum: 2025-09-18, kl. 13.00–15.00
Plats: Teams
Deltagare:
Eva Lund, Åby kommun
Otto Bergh, Norrsta kommun

Sommarens verksamhet
Eva berättade om sommarens läger. Nätverket tackade för informationen.

Att göra
Vad

Vem

När

Boka lokal för höstträffen

Otto

3 oktober

Nästa möte
Nästa möte: 20 november kl. 13.00 på Teams.
"""


def test_a_task_table_under_an_unnumbered_heading_is_its_own_item():
    items = parse_text(NOTES).items
    assert [i.title for i in items] == ["Sommarens verksamhet", "Att göra", "Nästa möte"]
    assert texts(items[0]) == ["Nätverket tackade för informationen."]
    d, = items[1].decisions
    assert (d.text, d.kind) == ("Boka lokal för höstträffen", "assignment")
    assert [(a.assignee, str(a.due)) for a in d.actions] == [("Otto", "2025-10-03")]


# --- 4. the lines after a formula ending in a colon -----------------------------------------------------
def test_the_lines_after_a_colon_formula_belong_to_its_decision():
    # (no blank lines between paragraphs, as layout text of a word processor's minutes has them)
    got = parse_text("""Protokoll från konstituerande styrelsemöte i Föreningen Åsbackens vänner
Datum: 2026-04-02   Tid: 19.30–20.30   Plats: Åsbacka skola
§ 1. Mötets öppnande
Ordföranden Greta Holm öppnade mötet och hälsade alla välkomna.
§ 2. Konstituering
Styrelsen konstituerade sig enligt följande:
Vice ordförande: Jonas Ek
Kassör: Siv Berg
§ 3. Firmateckning
Styrelsen beslutade att föreningens firma tecknas av ordföranden och kassören var för sig.
§ 4. Mötets avslutande
Ordföranden avslutade mötet.
""").items[1:3]
    assert texts(got[0]) == ["Styrelsen konstituerade sig enligt följande: Vice ordförande: Jonas Ek Kassör: Siv Berg"]
    assert texts(got[1]) == ["att föreningens firma tecknas av ordföranden och kassören var för sig."]


def test_a_sentence_after_a_colon_line_that_decides_nothing_is_no_list_point():
    got = items_between(CLUB, """
2. Rapporter
Greta rapporterade följande:
Kassan är god.
""")
    assert texts(got[0]) == []


# --- 3. a deferral is a decision, as "Ärendet bordläggs." ---------------------------------------------
def test_a_deferral_is_a_decision():
    got = items_between(CLUB, """
2. Hemsidan
Diskuterades. Tas upp igen på nästa möte.

3. Grusning av parkeringen
Frågan tas upp på nytt när offerterna kommit in.
""")
    assert [(d.text, d.kind) for d in got[0].decisions] == [("Tas upp igen på nästa möte.", "other")]
    assert [(d.text, d.kind) for d in got[1].decisions] == [("Frågan tas upp på nytt när offerterna kommit in.", "other")]
