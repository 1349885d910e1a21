"""Names written surname first, officers elected by first name, att-clauses as dash lines and election lists
(issue 8; fixtures 130–133). One test per shape, every name made up."""
from protokoll.clean.lines import clean
from protokoll.parse.attendance import parse_attendance
from protokoll.pipeline import parse_text

HEAD = "Protokoll från styrelsemöte i Exempelbyns byalag\nDatum: 2025-03-13\nTid: 18.00–19.45\nPlats: Byastugan\n\n"


def entries(text):
    return [(a.name, a.affiliation, a.status, a.role, a.party)
            for a in parse_attendance(clean(text, repair=False).lines)]


def decisions(p, number):
    item = next(i for i in p.items if i.number == number)
    return [(d.text, d.kind, [(a.assignee, a.due and a.due.isoformat()) for a in d.actions]) for d in item.decisions]


# --- names written surname first -------------------------------------------------------------------------

def test_surname_first_is_read_first_name_first():
    from protokoll.vocab.names import surname_first
    assert surname_first("Uggla, Eddie") == ("Eddie Uggla", "")
    assert surname_first("Berg, Anna-Karin (C)") == ("Anna-Karin Berg", " (C)")
    assert surname_first("Lindqvist, Per, ordförande") == ("Per Lindqvist", ", ordförande")
    # not a surname before the comma: a first name (a list of first names), a role; no given name after it
    for text in ("Maja, Jörgen", "Ordförande, Per", "Anna Ek, Helsingborg", "Uggla, Helsingborg", "Ek"):
        assert surname_first(text) is None, text


def test_attendance_lines_written_surname_first():
    got = entries("Närvarande:\nLindqvist, Per, ordförande\nBerg, Anna-Karin (C)\nUggla, Eddie\n\n"
                  "Anmält förhinder:\nSandberg, Olle")
    assert got == [("Per Lindqvist", "ordförande", "present", "ordförande", None),
                   ("Anna-Karin Berg", "C", "present", None, "C"),
                   ("Eddie Uggla", None, "present", None, None),
                   ("Olle Sandberg", None, "excused", None, None)]


def test_paragraph_of_names_written_surname_first():
    want = [("Anna Berg", "present"), ("Lisa Holm", "present"), ("Per Ek", "present")]
    for text in ("Närvarande: Berg, Anna; Holm, Lisa; Ek, Per", "Närvarande: Berg, Anna, Holm, Lisa och Ek, Per"):
        assert [(n, s) for n, _, s, _, _ in entries(text)] == want, text


def test_word_before_the_comma_naming_an_organisation_is_no_surname():
    assert [e[0] for e in entries("Närvarande:\nKansliet, Maja\nUggla, Eddie")] == ["Eddie Uggla"]


def test_name_and_municipality_and_first_name_lists_are_unchanged():
    assert entries("Närvarande:\nAnna Ek, Helsingborg\nPer Berg, Bjuv") == [
        ("Anna Ek", "Helsingborg", "present", None, None), ("Per Berg", "Bjuv", "present", None, None)]
    assert [e[0] for e in entries("Närvarande: Maja, Jörgen, Lena och Ingrid")] == ["Maja", "Jörgen", "Lena", "Ingrid"]


def test_officers_signed_and_labelled_surname_first():
    text = HEAD + ("Närvarande: Per Lindqvist, Anna Berg, Eddie Uggla\n\nJusterare: Berg, Anna\n\n"
                   "1. Mötets öppnande\nMötet öppnades.\n\n2. Budget\nStyrelsen beslutade att anta budgeten.\n\n"
                   "Vid protokollet\n\nUggla, Eddie\nsekreterare\n\nJusteras\n\n"
                   "Lindqvist, Per                 Berg, Anna\nordförande                     justerare\n")
    p = parse_text(text)
    assert (p.chair, p.secretary, p.adjusters) == ("Per Lindqvist", "Eddie Uggla", ["Anna Berg"])


def test_table_with_surname_and_given_name_columns():
    text = HEAD + ("Närvarolista\n  Efternamn        Förnamn        Roll             Närvarande\n"
                   "  Westergren       Maria          ordförande       Ja\n"
                   "  Pålsson          Kent           ledamot          Nej\n\n"
                   "1. Mötets öppnande\nMötet öppnades.\n\n2. Budget\nStyrelsen beslutade att anta budgeten.\n")
    p = parse_text(text)
    assert [(a.name, a.role, a.status) for a in p.attendees] == [
        ("Maria Westergren", "ordförande", "present"), ("Kent Pålsson", "ledamot", "absent")]


def test_table_one_cell_a_paragraph_with_surname_and_given_name_columns():
    cells = "\n\n".join(["Efternamn", "Förnamn", "Närvarande", "Westergren", "Maria", "Ja", "Pålsson", "Kent", "Nej"])
    text = HEAD + f"Närvarolista\n\n{cells}\n\n1. Mötets öppnande\nMötet öppnades.\n\n" \
        "2. Budget\nStyrelsen beslutade att anta budgeten.\n\n3. Avslut\nMötet avslutades.\n"
    p = parse_text(text)
    assert [(a.name, a.status) for a in p.attendees] == [("Maria Westergren", "present"), ("Kent Pålsson", "absent")]


# --- officers elected by first name ------------------------------------------------------------------------

def _elected(opening: str, present: str = "Lisa Åberg, Per Nyqvist, Anna Falk, Olle Grip"):
    return parse_text(HEAD + f"Närvarande: {present}\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                      f"2. Val av mötesfunktionärer\n{opening}\n\n3. Budget\nStyrelsen beslutade att anta budgeten.\n")


def test_officers_elected_by_first_name_are_the_attendees_of_that_name():
    p = _elected("Till ordförande valdes Lisa.\nPer valdes till sekreterare.\nJusterare: Anna och Olle")
    assert (p.chair, p.secretary, p.adjusters) == ("Lisa Åberg", "Per Nyqvist", ["Anna Falk", "Olle Grip"])


def test_first_name_not_listed_or_shared_stays_as_written():
    p = _elected("Till ordförande valdes Lisa.\nPer valdes till sekreterare.",
                 present="Lisa Åberg, Lisa Holm, Anna Falk")
    assert (p.chair, p.secretary) == ("Lisa", "Per")


def test_a_word_that_is_no_first_name_is_no_officer():
    p = _elected("Till ordförande valdes Styrelsen.")
    assert p.chair is None


# --- att-clauses as dash lines -----------------------------------------------------------------------------

def _item_decisions(body: str):
    p = parse_text(HEAD + "Närvarande: Anna Ek, Per Berg\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                   f"2. Budget\n{body}\n\n3. Mötets avslutande\nMötet avslutades.\n")
    return decisions(p, 2)


def test_formula_ending_in_att_over_dash_lines_gives_a_decision_each():
    got = _item_decisions("Styrelsen beslutar att\n- anta budgeten för 2025\n- höja avgiften till 250 kronor\n"
                          "- uppdra åt kassören att skicka ut avierna senast den 31 maj")
    assert got == [("anta budgeten för 2025", "approval", []), ("höja avgiften till 250 kronor", "other", []),
                   ("uppdra åt kassören att skicka ut avierna senast den 31 maj", "assignment",
                    [("kassören", "2025-05-31")])]


def test_beslut_label_with_the_formula_over_dash_lines():
    got = _item_decisions("Beslut: Styrelsen beslutar att\n- anta budgeten för 2025\n- höja avgiften till 250 kronor")
    assert [t for t, _, _ in got] == ["anta budgeten för 2025", "höja avgiften till 250 kronor"]


def test_dash_lines_that_are_att_clauses_are_decisions_each():
    got = _item_decisions("Styrelsen beslutade:\n- att anta de nya stadgarna\n- att skicka dem till medlemmarna")
    assert [t for t, _, _ in got] == ["att anta de nya stadgarna", "att skicka dem till medlemmarna"]


def test_list_after_a_formula_ending_in_a_colon_stays_one_decision():
    got = _item_decisions("Styrelsen beslutade följande:\n- lokalen hyrs ut för 300 kronor per dygn\n"
                          "- nyckeln hämtas hos kassören")
    assert len(got) == 1 and got[0][0].startswith("följande:") and "nyckeln" in got[0][0]


# --- an election list under "Mötet valde" --------------------------------------------------------------------

def test_election_list_under_its_verb_is_one_decision_with_its_officers():
    p = parse_text(HEAD + "Närvaro\nSaga Berg\nNoa Vikström\nInes Dahl\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                   "2. Val av mötesfunktionärer\nMötet valde\nSaga Berg till mötesordförande.\n"
                   "Noa Vikström till mötessekreterare.\nInes Dahl till justerare.\n\n"
                   "3. Budget\nMötet beslutade att anta budgeten.\n")
    assert decisions(p, 2) == [("Mötet valde Saga Berg till mötesordförande. Noa Vikström till mötessekreterare. "
                                "Ines Dahl till justerare.", "other", [])]
    assert (p.chair, p.secretary, p.adjusters) == ("Saga Berg", "Noa Vikström", ["Ines Dahl"])


# --- shapes of published minutes (fixture 134) -------------------------------------------------------------

def test_motesdeltagare_is_an_attendance_heading():
    got = entries("Mötesdeltagare: Hanna Ros, Leo Holm, Tyra Ek\nNärvarande digitalt: Alva Lind")
    assert [(n, s) for n, _, s, _, _ in got] == [("Hanna Ros", "present"), ("Leo Holm", "present"),
                                                  ("Tyra Ek", "present"), ("Alva Lind", "present")]


def test_adjuster_chosen_for_another_task_too():
    from protokoll.parse.elections import ADJUSTING
    text = "att utse Leo Holm till rapportör till medlemsbladet samt till att, jämte ordföranden, justera protokollet."
    assert [m.group("names") for p in ADJUSTING for m in p.finditer(text)] == ["Leo Holm"]
    assert not [m for p in ADJUSTING for m in p.finditer("att utse Leo Holm till rapportör samt att anta budgeten.")]
