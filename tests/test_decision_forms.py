"""Votes, reservations, decision kinds and task forms of real minutes of many bodies, one rule a test
(all text made up; the shapes follow fixtures 80–84 in tests/fixtures/genre)."""
import datetime as dt

from protokoll.vocab import labels
from protokoll.parse import decisions
from test_decision_shapes import items, texts

PEOPLE = frozenset({"Anna", "Per", "Lisa", "AE", "PB", "LH"})


def test_formula_with_vote_figures():
    # "med röstsiffrorna 6–1" inside the formula: the decision starts at "att", the figures are its vote
    assert labels.formula_of("Kyrkorådet beslutar med röstsiffrorna 6–1 att anta anbudet.") == "att anta anbudet."
    got = items("""
2. Orgeln
Kyrkorådet beslutar med röstsiffrorna 6–1 att anta anbudet från Orgelverkstaden.
""")
    assert texts(got[0]) == ["att anta anbudet från Orgelverkstaden."]
    assert [(v.yes, v.no) for v in got[0].decisions[0].votes] == [(6, 1)]


def test_short_responsible_label_and_protocol_note():
    assert labels.section_of("Ansv: Per") == ("responsible", "Per")
    assert labels.section_of("Protokollsanteckning: Lisa påpekade kostnaden.")[0] == "note"


def test_labelled_tally_for_and_against():
    vote = decisions.counted_vote("Röstresultat: 4 för, 1 emot, 1 avstår.")
    assert (vote.yes, vote.no, vote.abstain) == (4, 1, 1)


def test_vote_by_named_sides_counts_the_names():
    vote = decisions.parse_vote([
        "Omröstning begärs och verkställs.",
        "Ja-röster: Tomas Lind (M), Per Wiklund (M), Birgitta Holm (KD)",
        "Nej-röster: Karin Åström (S) och Elsa Nyberg (S)",
        "Avstår: Amira Said (C)"])
    assert (vote.yes, vote.no, vote.abstain) == (3, 2, 1)
    assert vote.ballots[0].name == "Tomas Lind" and vote.ballots[0].party == "M"


def test_decision_that_notes_is_noted():
    assert decisions.analyse("Noterar att kollekterna ligger över budget.", None).kind == "noted"
    assert decisions.analyse("Godkänner den ekonomiska rapporten.", None).kind == "approval"


def test_task_sentence_naming_a_person_and_an_office():
    got = decisions.person_actions("Anna Ek och kyrkoherden återkommer med en budget till kyrkorådets sammanträde "
                                   "den 11 juni 2025.", 2025)
    assert [(a.assignee, a.due) for a in got] == [("Anna Ek", dt.date(2025, 6, 11)), ("kyrkoherden", dt.date(2025, 6, 11))]
    assert not decisions.task_sentence("Anna och mötet tar paus.")


def test_first_name_actor_keeps_its_case():
    got = decisions.person_actions("Lena och Erik tar fram ett förslag på ny dräkt.", 2025)
    assert [a.assignee for a in got] == ["Lena", "Erik"]
    assert [a.assignee for a in decisions.person_actions("Kassören undersöker Swish.", 2025)] == ["kassören"]


def test_task_line_with_assignee_in_parentheses():
    got = decisions.person_actions("Beställa anläggningen senast 1/12 (Per)", 2025, PEOPLE)
    assert [(a.assignee, a.due) for a in got] == [("Per", dt.date(2025, 12, 1))]
    assert not decisions.paren_actors("Ordet gick till Anna Ek (S)", PEOPLE)  # a party after a name
    assert not decisions.paren_actors("Boka lokal (Okänd)", PEOPLE)  # not an attendee


def test_abstainers_in_a_sentence_of_their_own():
    got = items("""
2. Avgifter
Efter votering röstade 29 för styrelsens förslag och 10 för höjningen. 2 avstod.
Mötet beslutade att behålla avgiften.
""")
    assert [(v.yes, v.no, v.abstain) for v in got[0].decisions[0].votes] == [(29, 10, 2)]


def test_reservation_line_does_not_swallow_the_next_task():
    got = items("""
2. Fasad
Beslutades att anta anbudet från Fasadbyggarna AB.
Beslutet fattades med 4 röster mot 1.
Reservation: Lisa Holm
Anna kontaktar entreprenören senast den 20 mars.
""")
    assert texts(got[0]) == ["att anta anbudet från Fasadbyggarna AB.", "Anna kontaktar entreprenören senast den 20 mars."]
    first, task = got[0].decisions
    assert [(v.yes, v.no) for v in first.votes] == [(4, 1)] and first.reservations == ["Lisa Holm"]
    assert [(a.assignee, a.due) for a in task.actions] == [("Anna", dt.date(2024, 3, 20))]


def test_task_after_a_reservation_paragraph_is_a_decision():
    got = items("""
2. Orgeln
Styrelsen beslutade att anta anbudet.
Reservation
Per Berg reserverar sig mot beslutet.
Uppdras åt kassören att teckna avtal senast den 15 juni 2024.
""")
    assert texts(got[0])[1].startswith("Uppdras åt kassören")
    assert got[0].decisions[0].reservations == ["Per Berg"]
    assert [(a.assignee, a.due) for a in got[0].decisions[1].actions] == [("kassören", dt.date(2024, 6, 15))]


def test_beslut_line_then_a_task_line_and_ansv():
    got = items("""
2. Sittning
Beslut: att genomföra en julsittning den 12 december.
Anna och Lisa bokar lokal senast den 21 november.

3. Bidrag
Beslut: att bevilja sektionen 8 000 kr.
Ansv: Per
""")
    assert texts(got[0]) == ["att genomföra en julsittning den 12 december.",
                             "Anna och Lisa bokar lokal senast den 21 november."]
    assert [a.assignee for a in got[0].decisions[1].actions] == ["Anna", "Lisa"]
    assert got[1].decisions[0].kind == "assignment" and [a.assignee for a in got[1].decisions[0].actions] == ["Per"]


def test_numbered_decision_sentences_lose_their_number():
    got = items("""
2. Skolskjuts
Nämndens beslut
1. Nämnden godkänner förslaget till ny linje.
2. Nämnden ger förvaltningen i uppdrag att utvärdera linjen.
""")
    assert texts(got[0]) == ["Nämnden godkänner förslaget till ny linje.",
                             "Nämnden ger förvaltningen i uppdrag att utvärdera linjen."]
