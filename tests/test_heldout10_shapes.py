"""Shapes found while measuring the tenth held-out set (tests/fixtures/heldout10), each with a dev fixture of
its own in tests/fixtures/genre (270–275); never tuned against the held-out files. All text made up."""
from protokoll.pipeline import parse_text

from agenda import texts

ASSOCIATION = """SPF Seniorerna Ekvik

PROTOKOLL FÖRT VID MEDLEMSMÖTE 2025-10-02

Plats: Folkets hus, Ekvik
"""


# --- "2 DAGORDNINGEN Dagordningen godkändes": a heading in capitals run into its text (fixture 270) ----------
def test_a_capitalised_heading_run_into_its_text_ends_where_the_text_starts():
    got = parse_text(ASSOCIATION + """
1 MÖTETS ÖPPNANDE Ordföranden öppnade mötet kl 14.00.

2 DAGORDNINGEN Dagordningen godkändes

3 RAPPORTER

3A KASSÖREN Per Ek redovisade ekonomin. Kassörens rapport godkändes.

4 MÖTETS AVSLUTANDE Ordföranden avslutade mötet kl 15.00.
""")
    assert [i.title for i in got.items] == ["MÖTETS ÖPPNANDE", "DAGORDNINGEN", "RAPPORTER", "MÖTETS AVSLUTANDE"]
    assert texts(got.items[1]) == ["Dagordningen godkändes"]
    assert [s.title for s in got.items[2].subitems] == ["KASSÖREN"]
    assert texts(got.items[2].subitems[0]) == ["Kassörens rapport godkändes."]


def test_a_short_capital_abbreviation_opening_a_title_stays_in_it():
    got = parse_text(ASSOCIATION + """
1 Mötets öppnande
Ordföranden öppnade mötet.

2 LSS Ansökan om bidrag till resa
Mötet beslutade att bevilja bidraget.

3 Mötets avslutande
Ordföranden avslutade mötet.
""")
    assert got.items[1].title == "LSS Ansökan om bidrag till resa"


# --- "Kfn § 51 Au § 84 Dnr 2025/77": a body's abbreviation in one capital, the committee's § beside (271) ----
COMMITTEE = """EKVIKS KOMMUN PROTOKOLL 1(2)
Kultur- och fritidsnämnden
Sammanträdesdatum 2025-11-12

Plats och tid Kommunhuset, kl 14.00-16.00

Beslutande Sonja Lind, ordf.
Per Åhman

Kfn § 30
Sammanträdets öppnande

Ordföranden öppnade sammanträdet.

Kfn § 31 Au § 52 Dnr 2025/88
Ekonomisk uppföljning

Ulla Ferm redovisar utfallet.

KULTUR- OCH FRITIDSNÄMNDEN BESLUTAR
att godkänna uppföljningen,
att föreslå kommunfullmäktige att anslaget ska höjas.

Protokollsanteckning
Per Åhman lämnar följande protokollsanteckning: Vi vill se en plan för simhallen.
"""


def test_a_body_prefixed_paragraph_with_the_committees_paragraph_beside_it():
    got = parse_text(COMMITTEE)
    assert [(i.number, i.label, i.title, i.case_number) for i in got.items] == [
        (30, "Kfn § 30", "Sammanträdets öppnande", None), (31, "Kfn § 31", "Ekonomisk uppföljning", "2025/88")]


def test_a_member_leaving_a_note_is_no_task_and_a_proposal_to_council_gives_none():
    item = parse_text(COMMITTEE).items[1]
    assert texts(item) == ["att godkänna uppföljningen,", "att föreslå kommunfullmäktige att anslaget ska höjas."]
    assert [a.assignee for d in item.decisions for a in d.actions] == []


# --- "att lägga rapporten till handlingarna." closing a report with no formula (fixture 272) ----------------
def test_att_clauses_closing_a_report_are_its_decisions():
    got = parse_text("""Protokoll nr 3 fört vid styrelsesammanträde för Ekvik Energi AB

Tid: 22 april 2025 kl. 09.00-11.30

Närvarande ledamöter:
Anna Forsgren, ordförande
Mats Holm

§ 22 Driftläget
Henrik Dahl informerade om driftläget. Verket har haft två driftstopp.
att lägga informationen om driftläget till handlingarna.

§ 23 Motion om solceller
Motionären föreslår att bolaget bygger solceller.
att bygga solceller på taket.

§ 24 Nästa sammanträde
Nästa sammanträde äger rum den 10 juni 2025 kl. 09.00.
""")
    assert texts(got.items[0]) == ["att lägga informationen om driftläget till handlingarna."]
    assert texts(got.items[1]) == []  # a proposal's clause is no decision


VOU_HEAD = """EKVIKS KOMMUN
Vård- och omsorgsutskottet
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum
2025-11-04

Plats och tid Vårdförvaltningen, kl 13.00-15.00

Beslutande Eva Lind (S), ordförande

"""


# --- "Sekretess" / OSL text after "Utskottet beslutar enligt bilaga." (fixture 273) --------------------------
def test_headings_after_a_municipal_decision_hold_no_decisions():
    got = parse_text(VOU_HEAD + """VOU § 41 Dnr VON 2025/301

Ansökan om särskilt boende

Utskottets beslut

Vård- och omsorgsutskottet beslutar enligt bilaga.

Sekretess

Ärendet omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.

VOU § 42 Dnr VON 2025/305

Bostadsanpassningsbidrag

Utskottets beslut

Bidrag beviljas med 48 000 kronor.

Motivering

Åtgärden behövs för att sökanden ska kunna bo kvar.

Upplysningar

Bidraget betalas ut när slutbesiktning har skett.
""")
    assert [texts(i) for i in got.items] == [["enligt bilaga."], ["Bidrag beviljas med 48 000 kronor."]]


def test_a_bilaga_heading_after_the_last_decision_holds_no_decision():
    # the appendix note on the minutes' last page ("Bilaga" / "Sekretessbilaga till §§ ... förvaras ...")
    got = parse_text(VOU_HEAD + """VOU § 43 Dnr VON 2025/310

Information från förvaltningen

Utskottets beslut

Informationen noteras.

Bilaga

Sekretessbilaga till §§ 41 och 42 förvaras hos förvaltningen och lämnas inte ut.
""")
    assert texts(got.items[-1]) == ["Informationen noteras."]


# --- "Datum:" / "Plats:" / "Löpnummer:" over their values; "Ordförande Anna Ek" (fixture 274) ---------------
def test_a_column_of_header_labels_pairs_with_the_column_of_values_after_it():
    got = parse_text("""Ekviks Skidförbund
Styrelseprotokoll

Datum:
Plats:
Löpnummer:

8 februari 2025
Förbundskansliet, Ekvik
2

Närvarande
Ordförande Helena Moberg
Ledamot Ali Nasser
Revisor Eva Sundin, § 3

§ 1 Mötets öppnande
Helena Moberg förklarar mötet öppnat.

§ 2 Val av justerare
Styrelsen beslutar att välja Ali Nasser att justera protokollet.

§ 3 Revision
Eva Sundin redogör för revisionen.
""")
    assert (got.date.isoformat(), got.location, got.number) == ("2025-02-08", "Förbundskansliet, Ekvik", 2)


# --- "+ 2 fullmakter", a hand vote "6 röster avgavs för ...", a weekday date line with its venue (275) -------
def test_proxies_are_a_note_the_votes_cast_a_tally_and_the_date_line_names_the_venue():
    got = parse_text("""PROTOKOLL
fört vid ordinarie stämma i Ekviks viltvårdsområdesförening
Söndagen den 23 mars 2025 i Jaktstugan, Ekvik

Närvarande röstberättigade:
Håkan Strand + 1 fullmakt
Lena Persdotter
Gustav Myrén + 2 fullmakter

§ 1 Stämmans öppnande
Ordföranden förklarade stämman öppnad kl 13.00.

§ 2 Jakttider
Omröstning genom handuppräckning begärdes. 6 röster avgavs för styrelsens förslag och 3 röster för Gustav Myréns förslag.

Stämman beslöt att älgjakten inleds den 8 oktober 2025.

§ 3 Stämmans avslutande
Ordföranden förklarade stämman avslutad kl 15.10.
""")
    assert got.location == "Jaktstugan, Ekvik"
    assert [(a.name, a.affiliation, a.note) for a in got.attendees] == [
        ("Håkan Strand", None, "+ 1 fullmakt"), ("Lena Persdotter", None, None), ("Gustav Myrén", None, "+ 2 fullmakter")]
    vote = got.items[1].decisions[0].votes[0]
    assert (vote.yes, vote.no) == (6, 3)


# --- "PLATS ...", "Ur styrelsen A B C D", "Ombads X inkomma ...": a fishery board's typed minutes (fixture 276)
FISHERY = """PROTOKOLL Sammanträde Ekvikens FVOF

PLATS Fiskestugan, Ekvik

TID 2025-04-10 kl 19.00

NÄRVARANDE

Ur styrelsen Kjell Grahn Maria Lundin

Fiskeguide Tobias Rask

1. Förklarade ordföranden mötet öppnat.

1. Ombads Tobias Rask inkomma med förslag på guidade fisketurer.

1. Förklarade ordföranden mötet avslutat.
"""


def test_a_label_in_capitals_holds_its_value_without_a_colon():
    got = parse_text(FISHERY)
    assert (got.location, got.start_time) == ("Fiskestugan, Ekvik", "19:00")


def test_two_names_side_by_side_under_a_group_and_a_role_first_guide():
    got = parse_text(FISHERY)
    assert [(a.name, a.role) for a in got.attendees] == [
        ("Kjell Grahn", None), ("Maria Lundin", None), ("Tobias Rask", "fiskeguide")]


def test_asked_in_the_passive_verb_first_is_a_task():
    item = parse_text(FISHERY).items[1]
    assert [(d.kind, [a.assignee for a in d.actions]) for d in item.decisions] == [("assignment", ["Tobias Rask"])]


# --- a tenants' association's § sentences, "Justeringspersoner A och B.", dates one a line (fixture 277) -------
TENANTS = """Protokoll

Lokala Hyresgästföreningen Ekvik den 11 september 2025

Närvarande: Gunnar Wiik, Sonja Berg, Hamid Rahimi och Elin Frost.

§ 41 Ordförande Gunnar öppnar mötet.

§ 42 Justeringspersoner Sonja Berg och Hamid Rahimi.

§ 43 Datum inför vinterns möten:
• 16 oktober kl 18:30
• 13 november kl 18:30

§ 44 Gunnar avslutar mötet.
"""


def test_adjusters_named_without_a_verb_are_the_items_decision():
    got = parse_text(TENANTS)
    assert texts(got.items[1]) == ["Justeringspersoner Sonja Berg och Hamid Rahimi."]


def test_a_title_over_meeting_dates_one_a_line_schedules_each():
    got = parse_text(TENANTS)
    assert [(m.date.isoformat(), m.start_time) for m in got.scheduled_meetings] == [
        ("2025-10-16", "18:30"), ("2025-11-13", "18:30")]


def test_the_next_members_meeting_is_a_tasks_deadline_where_its_date_is_given():
    got = parse_text(ASSOCIATION + """
1 JULLUNCHEN Jullunchen hålls den 11 december. Styrelsen får i uppdrag att ta fram en meny till nästa
medlemsmöte.

2 NÄSTA MÖTE Nästa medlemsmöte hålls torsdagen den 6 november kl 13.30.

3 MÖTETS AVSLUTANDE Ordföranden avslutade mötet.
""")
    assert [(a.assignee, a.due.isoformat()) for d in got.items[0].decisions for a in d.actions] == [
        ("Styrelsen", "2025-11-06")]


# --- "§ 2 Röstlängd" / "Antecknas närvarande ... enligt följande:" / a name a line (fixture 278) ---------------
def test_a_roll_item_read_a_name_a_line_with_its_lead_sentence_left_out():
    got = parse_text("""PROTOKOLL
fört vid ordinarie byastämma i Ekviks byalag
Lördagen den 5 april 2025 i Bygdegården, Ekvik

§ 1 Stämmans öppnande

Ordföranden förklarade stämman öppnad kl 14.00.

§ 2 Röstlängd

Antecknas närvarande röstberättigade medlemmar enligt följande:
Ingvar Lantz
Gertrud Sahlin + 1 fullmakt
Mats Öberg

Röstlängden fastställdes till 4 röster.

§ 3 Stämmans avslutande

Ordföranden förklarade stämman avslutad kl 15.30.
""")
    assert [(a.name, a.note) for a in got.attendees] == [
        ("Ingvar Lantz", None), ("Gertrud Sahlin", "+ 1 fullmakt"), ("Mats Öberg", None)]
    assert texts(got.items[1]) == ["Röstlängden fastställdes till 4 röster."]


# --- "Karin Sund, enhetschef, §§ 21-22 Omar Nasser, socialsekreterare, § 22" on one line (fixture 279) --------
def test_a_part_time_note_run_into_the_next_persons_name_ends_there():
    got = parse_text("""NORRSJÖ KOMMUN
Socialnämndens arbetsutskott
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum
2025-09-09

Plats och tid Socialkontoret, kl 09.00-11.00

Beslutande Lena Roos (S), ordförande

Övriga deltagande Karin Sund, enhetschef, §§ 21-22 Omar Nasser, socialsekreterare, § 22

AU § 21

Information

Arbetsutskottets beslut

Informationen noteras.
""")
    assert [(a.name, a.role, a.note) for a in got.attendees[1:]] == [
        ("Karin Sund", "enhetschef", "§§ 21-22"), ("Omar Nasser", "socialsekreterare", "§ 22")]
