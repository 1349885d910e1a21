"""Shapes found while measuring the ninth held-out set (tests/fixtures/heldout9), each with a dev fixture of
its own in tests/fixtures/genre (252, 255–259); never tuned against the held-out files. All text made up."""
from protokoll.pipeline import parse_text

from agenda import texts

SECTION = """Fysiksektionen vid Granviks högskola
Protokoll styrelsemöte
2025-10-02, kl. 12:15
Plats: Sektionsrummet

1 Öppnande av möte
Mötet öppnades av Hugo Dal 12:15
"""


# --- "att attsatsen bifalles": the proposal's one clause is the decision (fixture 255) ------------------
def test_attsatsen_bifalles_adopts_the_proposals_clause():
    got = parse_text(SECTION + """
2 Val av justerare
Förslag
att Nora Vik väljs till justerare.
Beslut
att attsatsen bifalles.

3 Mötets avslutande
Mötet avslutades 12:40
""")
    assert texts(got.items[1]) == ["att Nora Vik väljs till justerare."]


def test_attsatsen_avslas_stays_a_decision_of_its_own():
    got = parse_text(SECTION + """
2 Filmkväll
Förslag
att sektionen visar film varje fredag.
Beslut
att attsatsen avslås.

3 Mötets avslutande
Mötet avslutades 12:40
""")
    assert texts(got.items[1]) == ["att attsatsen avslås."]


# --- "Val av justerare 4": the paragraph's number after its heading (fixture 252) -----------------------
FEDERATION = """Protokoll fört vid Västbygdens Orienteringsförbunds ordinarie distriktsmöte 2025

Tid och plats Lördagen den 8 mars 2025 kl. 10.00 i Ekhagens skola.

Mötets öppnande 1
Ordföranden hälsar ombuden välkomna.

Val av justerare 2
Till justerare väljs Pia Lund.

Budget 2026 3
Mötet beslutar
att fastställa budgeten.

Mötets avslutande 4
Ordföranden avslutar mötet.
"""


def test_numbers_after_the_headings_are_the_agenda():
    got = parse_text(FEDERATION)
    assert [(i.number, i.title) for i in got.items] == [
        (1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Budget 2026"), (4, "Mötets avslutande")]
    assert texts(got.items[2]) == ["att fastställa budgeten."]


def test_a_year_after_the_meeting_in_the_title_is_no_part_of_the_body():
    got = parse_text(FEDERATION)
    assert (got.organisation, got.body) == ("Västbygdens Orienteringsförbund", "ordinarie distriktsmöte")


def test_numbered_words_at_a_lines_end_are_no_headings():
    got = parse_text("""Protokoll från styrelsemöte i Ekhagens IF
Datum: 2025-03-08
Närvarande: Pia Lund, Ola Berg

Se Bilaga 1
Se Bilaga 2
Se Bilaga 3
""")
    assert [i.number for i in got.items if i.title.startswith("Se Bilaga")] in ([], [None])


# --- a roll run together onto one line (fixture 256) ----------------------------------------------------------
ROLL_ON_ONE_LINE = """LINDÅS KOMMUN
Miljönämnden

SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum
2025-05-13

Plats och tid Kommunhuset, Lindås, tisdagen den 13 maj 2025 kl 09.00-11.30

Beslutande Ledamöter: Ulf Sand (C), ordförande Eva Rask (S) Bo Lind (M) Ida Vall (V) Tjänstgörande ersättare: Kim Öst (S), ersättare för Per Ahl (S) Lo Berg (M), ersättare för Ann Ek (M)

§ 7
Tillsynsplan 2025
Miljönämndens beslut
Tillsynsplanen antas.
"""


def test_a_roll_run_together_on_one_line_is_read_person_by_person():
    got = parse_text(ROLL_ON_ONE_LINE)
    people = {a.name: (a.party, a.role, a.note) for a in got.attendees}
    assert people["Ulf Sand"][:2] == ("C", "ordförande")
    assert people["Eva Rask"][0] == "S" and people["Bo Lind"][0] == "M" and people["Ida Vall"][0] == "V"
    assert people["Kim Öst"][:2] == ("S", "tjänstgörande ersättare") and "Per Ahl" in people["Kim Öst"][2]
    assert people["Lo Berg"][:2] == ("M", "tjänstgörande ersättare") and "Ann Ek" in people["Lo Berg"][2]
    assert "Per Ahl" not in people and "Ann Ek" not in people


# --- a school council's roll by grade with no heading, a two-digit year, first-name signatures (fixture 257) ---
COUNCIL = """ELEVRÅDET TALLÅSENS SKOLA

Elevrådsmöte 9/9-25

Åk 3: Tyra, Ali & Ella

Åk 4: Signe

Åk 5: Hugo & Moa

Vuxen: Maria

1. Mötet öppnas
Signe hälsade alla välkomna.

2. Rastaktiviteter
Elevrådet beslutade att fotbollsplanen delas mellan klasserna.

3. Mötet avslutas

Ordförande: Signe
Sekreterare: Hugo
"""


def test_a_roll_by_grade_without_a_heading_gives_the_attendees():
    got = parse_text(COUNCIL)
    assert [(a.name, a.affiliation) for a in got.attendees] == [
        ("Tyra", "Åk 3"), ("Ali", "Åk 3"), ("Ella", "Åk 3"), ("Signe", "Åk 4"), ("Hugo", "Åk 5"), ("Moa", "Åk 5"),
        ("Maria", "Vuxen")]


def test_a_day_and_month_with_a_two_digit_year_after_a_dash_is_the_date():
    from protokoll.vocab import dates
    assert str(parse_text(COUNCIL).date) == "2025-09-09"
    assert [str(d) for d, _ in dates.find_dates("14/10 -25", None)] == ["2025-10-14"]
    assert [str(d) for d, _ in dates.find_dates("16/5-20/5", 2024)] == ["2024-05-16", "2024-05-20"]


def test_offices_signed_by_first_names_of_the_roll():
    got = parse_text(COUNCIL)
    assert (got.chair, got.secretary) == ("Signe", "Hugo")


def test_a_council_named_before_its_school():
    got = parse_text(COUNCIL)
    assert (got.organisation, got.body) == ("TALLÅSENS SKOLA", "ELEVRÅDET")


# --- elections: "ordförandereserv" is no chair, a line of elections without full stops (fixture 258) ----------
CLUB = """Protokoll fört vid styrelsemöte i Föreningen Bryggan Sjövik
Datum: 2025-11-11
Närvarande: Ada Lind, Bo Sand, Cay Holm, Dan Ek

1. Mötets öppnande
Ordförande Ada Lind öppnade mötet.

2. Val av sekreterare och justerare Till sekreterare valdes Bo Sand Till justerare valdes Dan Ek.

3. Val av ordförandereserv
Beslut: att välja Cay Holm till ordförandereserv för nästa möte.

4. Mötets avslutande
Ada Lind avslutade mötet.
"""


def test_a_reserve_for_the_next_meeting_is_not_the_chair():
    assert parse_text(CLUB).chair == "Ada Lind"


def test_elections_run_together_without_full_stops_end_each_name_before_till():
    got = parse_text(CLUB)
    assert (got.secretary, got.adjusters) == ("Bo Sand", ["Dan Ek"])
    assert got.items[1].title == "Val av sekreterare och justerare"
    assert texts(got.items[1]) == ["Till sekreterare valdes Bo Sand Till justerare valdes Dan Ek."]


# --- "Beslut" / "<Body>" / "1. Verb ...", "Yrkanden/förslag till beslut på sammanträdet", "avslutades av X" (259)
BOARD = """Region Lövmora
PROTOKOLL 1(1)
Miljönämnden
§§ 8-9

Tid: 2025-04-01, kl 13:00

Plats: Regionhuset

§ 8
Naturvårdsplan
Beslut
Miljönämnden
1. Antar naturvårdsplanen.
2. Uppdrar åt miljöchefen att redovisa arbetet till nämndens sammanträde den 2 september 2025.
Yrkanden/förslag till beslut på sammanträdet
Per Ek (L) yrkar att planen återremitteras.
Beslutsgång
Ordföranden ställer proposition och finner att nämnden beslutar enligt förslaget.

§ 9
Sammanträdets avslutande
Sammanträdet avslutades av ordföranden kl. 14.20.
"""


def test_the_body_alone_over_numbered_decisions_is_their_subject():
    got = parse_text(BOARD)
    assert texts(got.items[0]) == [
        "Antar naturvårdsplanen.",
        "Uppdrar åt miljöchefen att redovisa arbetet till nämndens sammanträde den 2 september 2025."]


def test_the_meetings_proposals_label_holds_no_decision():
    got = parse_text(BOARD.replace("""Miljönämnden
1. Antar naturvårdsplanen.
2. Uppdrar""", """Miljönämnden beslutar
att anta naturvårdsplanen,
att uppdra""").replace("återremitteras.", "återremitteras.\nAnna Berg (S) yrkar bifall till förslaget."))
    assert texts(got.items[0])[0] == "att anta naturvårdsplanen,"
    assert not [t for t in texts(got.items[0]) if "yrkar" in t or t.startswith("Yrkanden")]


def test_who_closed_the_meeting_may_stand_before_the_time():
    assert parse_text(BOARD).end_time == "14:20"
