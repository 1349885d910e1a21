"""General parser gaps closed on branch leftovers (fictional text; fixtures tests/fixtures/genre 263, 264,
280–284)."""
from protokoll.pipeline import parse_text


def _decisions(got, title):
    return next(it for it in got.items if it.title == title).decisions


# --- members' initials with a lower-case letter as actors (fixture 263) -------------------------------------
BRF = """Protokoll från styrelsemöte i Brf Lärkan 1 den 3 mars 2026

Närvarande ledamöter:
Pål Åkesson ordf., (PÅ).
Britt Stenmark (BSt).
Maria Grahn, sekreterare (MaG).

§ 1 Hissen

BSt kontaktar hissfirman senast den 27 mars.

PÅ och BSt tar fram ett förslag till serviceavtal.

MaG beställer nya namntavlor.
"""


def test_initials_with_a_lower_case_letter_are_actors_where_they_fit_an_attendee():
    decisions = _decisions(parse_text(BRF), "Hissen")
    assert [d.kind for d in decisions] == ["assignment"] * 3
    assert [[a.assignee for a in d.actions] for d in decisions] == [["BSt"], ["PÅ", "BSt"], ["MaG"]]


# --- a title, its body's decision label and the decision on one line (heldout9 302's shape) ----------------
COUNCIL = """SAMMANTRÄDESPROTOKOLL
Exempelby kommun
Kommunfullmäktige
Sammanträdesdatum 2025-03-03

KF § 41 DNR: KS.2025.12

Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkänns.

KF § 42 Val av justerare Kommunfullmäktiges beslut Anna Ek utses att justera protokollet.

KF § 43 DNR: KS.2025.14

Uppföljning av kommunstyrelsens beslut om taxor

Kommunfullmäktiges beslut

Informationen noteras.
"""


def test_a_body_s_decision_label_inside_a_title_line_ends_the_title_and_heads_the_decision():
    got = parse_text(COUNCIL)
    assert [it.title for it in got.items] == ["Godkännande av dagordning", "Val av justerare",
                                              "Uppföljning av kommunstyrelsens beslut om taxor"]
    assert [[d.text for d in it.decisions] for it in got.items] == [
        ["Dagordningen godkänns."], ["Anna Ek utses att justera protokollet."], ["Informationen noteras."]]


# --- a page mark after a line's last sentence (heldout9 306's shape) ------------------------------------------
def test_a_page_mark_after_the_last_sentence_of_a_line_is_cut():
    from protokoll.clean import furniture
    assert furniture.without_page_mark("12. Till kassör valdes Eva Lund. 2/2") == "12. Till kassör valdes Eva Lund."
    assert furniture.without_page_mark("Dagordningen godkänns. 1 (3)") == "Dagordningen godkänns."
    # a date, a count or a fraction that is no page's mark stays
    for text in ("Nästa möte hålls. 12/3", "Avgiften höjs med 1/2", "Kassören redovisade. 2 (1)", "Budget 2/2"):
        assert furniture.without_page_mark(text) == text
    got = parse_text("""Protokoll fört vid årsmöte med Exempelklubben den 23 april 2025

1. Mötet förklarades öppnat.
2. Till kassör på två år valdes Eva Lund. 2/2
3. Mötet avslutades.
""")
    assert [d.text for d in got.items[1].decisions] == ["Till kassör på två år valdes Eva Lund."]


# --- an att-clause wrapped right before the "att" of its complement -----------------------------------------
WAITING = [("att ge förvaltningen mandat", "att teckna avtalet."),
           ("att ge ordföranden fullmakt", "att underteckna köpekontraktet."),
           ("att tillsätta en arbetsgrupp med uppdrag", "att utreda frågan."),
           ("att ge förvaltningen i uppdrag åt nämnden", "att utreda frågan."),
           ("att ge", "att förvaltningen i uppdrag att utreda frågan."),
           ("att uppdra åt förvaltningschefen för samhällsbyggnad", "att utreda frågan."),
           ("att bemyndiga ordföranden", "att underteckna avtalet."),
           ("att hemställa hos regionen", "att utreda frågan."),
           ("att föreslå kommunfullmäktige", "att anta planen.")]
WHOLE = [("att anta budgeten", "att utreda frågan."),
         ("att förlänga styrelsens mandat", "att anta budgeten."),
         ("att uppmana medlemmarna till sparsamhet", "att anta budgeten."),
         ("att föreslå en ny ordning", "att anta budgeten."),
         ("att ge föreningen 5000 kr", "att anta budgeten.")]


def _att_decisions(first, second):
    got = parse_text("Protokoll från styrelsemöte i Exempelföreningen den 3 mars 2026\n\n§ 4 Lokalfrågan\n\n"
                     f"Styrelsen beslutar\n\n{first}\n{second}\n\n§ 5 Övrigt\n\nInget.\n")
    return [d.text for d in got.items[0].decisions]


def test_an_att_clause_that_waits_for_its_complement_goes_on_over_the_next_att_line():
    for first, second in WAITING:
        assert _att_decisions(first, second) == [f"{first} {second}"], first


def test_a_whole_att_clause_ends_before_the_next_att_line():
    for first, second in WHOLE:
        assert _att_decisions(first, second) == [first, second], first


# --- a header table's label rows without colon, read as pdftotext reads them by default ---------------------
HEADER_TABLE = """SAMMANTRÄDESPROTOKOLL
Exempelby kommun
Socialnämnden

{rows}
Beslutande Anna Ek (S), ordförande
Per Berg (M)
Övriga deltagare Karin Lund, sekreterare
Justerare Per Berg

§ 12 Dnr SN 2025/3
Val av justerare
Nämnden utser Per Berg att justera protokollet.
"""


def test_label_rows_without_colon_give_place_and_time_among_the_header_s_labels():
    for rows in ("Plats Stadshuset, rum Ekorren\nTid 2025-03-04 kl. 13.00–15.30",
                 "Tid 2025-03-04 kl. 13.00–15.30\nPlats Stadshuset, rum Ekorren"):
        got = parse_text(HEADER_TABLE.format(rows=rows))
        assert got.location == "Stadshuset, rum Ekorren", rows
        assert (str(got.date), got.start_time, got.end_time) == ("2025-03-04", "13:00", "15:30"), rows


def test_a_title_line_under_its_label_that_goes_on_with_a_sentence_is_title_and_text():
    got = parse_text("""SAMMANTRÄDESPROTOKOLL
Exempelby kommun
Kommunfullmäktige
Sammanträdesdatum 2025-03-03

KF § 43 DNR: KS.2025.7

Allmänhetens frågestund Inga frågor ställs.

KF § 44 DNR: KS.2025.8

Information från Region Exempel om budgeten.

KF § 45 DNR: KS.2025.9

Renhållningstaxa 2026

Kommunfullmäktiges beslut

Taxan antas.
""")
    assert [it.title for it in got.items] == ["Allmänhetens frågestund", "Information från Region Exempel om budgeten.",
                                              "Renhållningstaxa 2026"]
    assert got.items[0].summary == "Inga frågor ställs." and got.items[0].decisions == []
