"""Decision and task shapes of association and council minutes (heldout7 survey): a body's own decision
label before its decision on the same line, a formula that adopts a proposal without "att", decisions
wrapped at the line's width, tasks whose actor comes last, mandates, due dates without a year, task
tables under an unnumbered heading, role lines after a colon formula, deferrals. All text made up."""

from protokoll.parse import labels
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
