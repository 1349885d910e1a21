"""Shapes found while measuring the eleventh held-out set (tests/fixtures/heldout11), each with a dev fixture of
its own in tests/fixtures/genre (341–350); never tuned against the held-out files. All text made up."""
from protokoll.pipeline import parse_text

from agenda import texts

# --- "Ärende/Notering | Beslut": the items' numbers in the text column, decisions beside them (fixture 341) ----
DECISION_COLUMN = """PROTOKOLL FÖRT VID FÖRENINGEN EKBLADETS STYRELSEMÖTE ONSDAGEN DEN 8 OKTOBER 2025

Datum:   Onsdagen den 8 oktober 2025
Plats:   Ekbladsgården, Lövsjö

Bilagor:
1. Budgetuppföljning
2. Förslag till reseregler

Ärende/Notering                                    Beslut

1 Formalia
1.1 Val av justerare                               Att utse Per Ek som
                                                   justerare

1.2 Anmälan av övriga frågor                       Inga övriga frågor anmäldes.

2 Ekonomi
2.1 Budgetuppföljning (bilaga 1)                   Att godkänna uppföljningen
Kassören redogjorde för utfallet.

2.2 Reseregler (bilaga 2)                          Att ge kansliet i uppdrag
                                                   att revidera reglerna

Vid protokollet                       Justeras

Eva Lind                              Per Ek
"""


def test_a_decision_column_beside_numbered_text_cells_gives_items_and_their_decisions():
    got = parse_text(DECISION_COLUMN)
    assert [i.title for i in got.items] == ["Formalia", "Ekonomi"]
    first, second = got.items
    assert [(s.label, s.title) for s in first.subitems] == [("1.1", "Val av justerare"), ("1.2", "Anmälan av övriga frågor")]
    assert texts(first.subitems[0]) == ["Att utse Per Ek som justerare"]
    assert texts(first.subitems[1]) == []  # a sentence in the decision column that records nothing
    assert texts(second.subitems[0]) == ["Att godkänna uppföljningen"]
    assert texts(second.subitems[1]) == ["Att ge kansliet i uppdrag att revidera reglerna"]
    assert second.subitems[1].decisions[0].kind == "assignment"


def test_a_numbered_attachment_list_is_no_item_list():
    got = parse_text("""Protokoll fört vid styrelsemöte i Föreningen Ekbladet
Datum: 2025-10-08

Bilagor:
1. Budgetuppföljning
2. Förslag till reseregler
3. Verksamhetsplan

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Budget
Styrelsen beslutade att godkänna budgeten.
""")
    assert [i.title for i in got.items] == ["Mötets öppnande", "Budget"]


def test_a_genitive_title_in_capitals_loses_its_s():
    assert parse_text(DECISION_COLUMN).organisation == "FÖRENINGEN EKBLADET"


# --- numbered sentences of an annual meeting (fixture 342) ---------------------------------------------------
ANNUAL = """Norrby byalag
Årsmöte 22/2 2025

"""


def test_a_deciding_sentence_with_a_reference_after_it_on_the_line_is_the_items_decision():
    got = parse_text(ANNUAL + "§ 1. Dagordningen godkändes.\n\n§ 2. Röstlängden godkändes. Se bil 1\n\n"
                              "§ 3. Mötet avslutades.\n")
    assert texts(got.items[1]) == ["Röstlängden godkändes. Se bil 1"]


def test_a_discharge_given_or_received_in_other_verbs_is_a_decision_even_with_the_year_after_it():
    got = parse_text(ANNUAL + "§ 1. Årsmötet gav styrelsen ansvarsfrihet för verksamhetsåret 2024.\n\n"
                              "§ 2. Styrelsen fick ansvarsfrihet för det gångna året.\n\n§ 3. Mötet avslutades.\n")
    assert texts(got.items[0]) == ["Årsmötet gav styrelsen ansvarsfrihet för verksamhetsåret 2024."]
    assert texts(got.items[1]) == ["Styrelsen fick ansvarsfrihet för det gångna året."]


def test_elections_one_a_line_without_full_stops_are_two_decisions():
    got = parse_text(ANNUAL + "Närvarande: Anna Berg, Karl Strand, Kent Ek och Lisa Holm.\n\n"
                              "§  1. Till mötesordförande valdes Anna Berg\n        Till sekreterare valdes Karl Strand\n\n"
                              "§ 2.  Till justerare valdes Kent Ek och Lisa Holm\n\n"
                              "§ 3.  Övriga frågor\n         Vägen behöver grusas före sommaren och styrelsen tar in en\n"
                              "         offert från entreprenören.\n")
    first = got.items[0]
    assert first.title == "Till mötesordförande valdes Anna Berg"
    assert texts(first) == ["Till mötesordförande valdes Anna Berg", "Till sekreterare valdes Karl Strand"]
    assert (got.chair, got.secretary, got.adjusters) == ("Anna Berg", "Karl Strand", ["Kent Ek", "Lisa Holm"])


def test_officers_each_after_som_in_one_election_sentence():
    got = parse_text(ANNUAL + "§ 1 Till funktionärer för mötet valdes som ordförande Anna Berg, som sekreterare Karl\n"
                              "Strand samt som justerare Kent Ek och Lisa Holm.\n\n§ 2 Mötet avslutades.\n")
    assert (got.chair, got.secretary, got.adjusters) == ("Anna Berg", "Karl Strand", ["Kent Ek", "Lisa Holm"])


# --- rolls whose sentences end between names (fixtures 343, 344) ---------------------------------------------
def test_a_full_stop_between_two_names_of_a_comma_roll_parts_them():
    got = parse_text("Bäckeby hembygdsförening\nProtokoll fört vid styrelsemöte 2025-02-06\n\n"
                     "Närvaro: Lena Lind, Karin Thys, Gun Jons. Susanne Rask, Göran Sved, Sven-Erik\nBerg, Kenneth Ek.\n\n"
                     " 1. Lena förklarar mötet öppnat.\n 2. Dagordningen godkändes.\n")
    assert [a.name for a in got.attendees] == ["Lena Lind", "Karin Thys", "Gun Jons", "Susanne Rask", "Göran Sved",
                                               "Sven-Erik Berg", "Kenneth Ek"]


def test_a_name_wrapped_after_a_groups_closing_note_continues_the_roll():
    got = parse_text("Protokoll fört vid styrelsemöte med Myrbergs Fäbodlag Samfällighetsförening den 16 februari 2025\n\n"
                     "Närvarande styrelseledamöter:\nÅke Strand, Carin Nyhus och Patrik Anders (deltog på plats). Frida\n"
                     "Grund, Mats Mårtensson och Ewa Lovén (deltog via Teams)\n\n"
                     "1 Mötet öppnas\nCarin hälsar alla välkomna.\n\n2 Mötet avslutas\nCarin avslutar mötet.\n")
    assert [a.name for a in got.attendees] == ["Åke Strand", "Carin Nyhus", "Patrik Anders", "Frida Grund",
                                               "Mats Mårtensson", "Ewa Lovén"]


# --- a local society's board: an untitled opener, "A)"/"B)" points, a building in the title (fixture 343) -----
SOCIETY = """Lillåns hembygdsförening

Protokoll fört vid styrelsemöte Lillåns Hembygdsgård 2025-09-11

Närvaro: Berit Ahlgren, Olle Sandin, Margit Hed.

 1. Berit förklarar mötet öppnat.
 2. Övriga punkter
A) Anslagstavlan behöver lagas. Olle tar med verktyg.
B) Styrelsen uppdras att ta fram ett förslag på höstens studiecirkel.
 3. Berit tackar och avslutar mötet.
"""


def test_who_opens_the_meeting_without_a_title_chairs_it_where_nothing_else_names_a_chair():
    assert parse_text(SOCIETY).chair == "Berit Ahlgren"


def test_a_titled_speaker_who_opens_is_no_chair_by_that_alone():
    got = parse_text(SOCIETY.replace("Berit förklarar mötet öppnat.", "Talpersonen Berit Ahlgren öppnade mötet."))
    assert got.chair is None


def test_a_capital_letter_point_is_no_part_of_its_decision():
    item = parse_text(SOCIETY).items[1]
    assert texts(item) == ["Olle tar med verktyg.", "Styrelsen uppdras att ta fram ett förslag på höstens studiecirkel."]
    assert [a.assignee for a in item.decisions[1].actions] == ["Styrelsen"]


def test_a_building_after_the_body_in_the_title_is_the_venue_and_the_first_line_the_organisation():
    got = parse_text(SOCIETY)
    assert (got.organisation, got.location) == ("Lillåns hembygdsförening", "Lillåns Hembygdsgård")


# --- a student union's board: one-line yrkanden, "röstsiffrorna 4 mot 2", passive and perfect tasks (344) -----
UNION = """Ekbacka Gymnasiums Elevkår

Protokoll för styrelsemöte

2025-10-08 25/26

Nr: 3

Närvarande ur styrelsen: Wilma Strand, Elias Berg, Nova Lind, Hugo Sandberg, Alva Nyqvist, Liam Ekström.

§1. Mötets öppnande

Mötet öppnades kl. 12.15.

§2. Halloweenfesten

Yrkande Hugo: entré 40 kr

Yrkande Nova: entré 60 kr

Styrelsen beslutade:

att yrkande Hugo bifalles med röstsiffrorna 4 mot 2.

Godis till festen ska inhandlas av Alva och Liam senast den 24 oktober.

§3. Kårtröjor

Styrelsen beslutade

att beställa 50 kårtröjor

Yrkande 1: Tröjorna ska vara gröna

Yrkande 2: Kårens logga ska stå på ryggen

att båda yrkandena bifalles

§4. Skolvalet

Skolvalet genomförs i november. Nova har fått i uppgift att boka aulan till
debatten.
"""


def test_a_yrkande_named_or_numbered_on_its_line_is_a_proposal_and_the_att_line_after_it_a_decision_again():
    got = parse_text(UNION)
    assert texts(got.items[2]) == ["att beställa 50 kårtröjor", "att båda yrkandena bifalles"]


def test_vote_figures_written_with_mot_count():
    decision = parse_text(UNION).items[1].decisions[0]
    assert [(v.yes, v.no) for v in decision.votes] == [(4, 2)]


def test_a_task_in_the_passive_goes_to_the_people_after_av():
    decision = parse_text(UNION).items[1].decisions[1]
    assert decision.kind == "assignment"
    assert [(a.assignee, str(a.due)) for a in decision.actions] == [("Alva", "2025-10-24"), ("Liam", "2025-10-24")]


def test_har_fatt_i_uppgift_gives_a_task_in_running_text_but_not_in_a_cases_report():
    decision = parse_text(UNION).items[3].decisions
    assert [(d.text, [a.assignee for a in d.actions]) for d in decision] == \
        [("Nova har fått i uppgift att boka aulan till debatten.", ["Nova"])]


# --- "Datum    2 av 6" / "2025-04-24": a two-line running header without "Sida", pages joined (fixture 345) ---
def test_a_two_line_running_header_with_n_av_m_is_furniture_mid_text():
    page = "Datum                                                    {n} av 3\n2025-05-15\n"
    got = parse_text(page.format(n=1) + """Kommunalförbundet Miljöförbundet Ådalen
Direktionen
Sammanträdesprotokoll 2/2025

Plats och tid:        Kommunhuset i Lövnäs, kl. 09:00-11:30

Beslutande:           Inga-Lill Nordin (S), ordförande
                      Anders Berglund (M)

12. Mötet öppnas.
Ordföranden förklarar mötet öppnat.

13. Fastställande av föredragningslista.
Direktionen beslutar:
Fastställa föredragningslistan.

14. Årsredovisning 2024.
Direktionen beslutar:
Godkänna årsredovisningen för 2024.

""" + page.format(n=2) + """
15. Tillsynsplan 2026.
Direktionen beslutar:
Anta tillsynsplanen.

16. Informationsärenden.
Direktionen beslutar:
Lägga informationen till handlingarna.

""" + page.format(n=3))
    assert [texts(i) for i in got.items] == [[], ["Fastställa föredragningslistan."],
                                             ["Godkänna årsredovisningen för 2024."], ["Anta tillsynsplanen."],
                                             ["Lägga informationen till handlingarna."]]


# --- a protocol extract: "Vid protokollet" after a paragraph, "Rätt utdraget, intygar" closing (fixture 346) ----
EXTRACT = """Region Västmora
PROTOKOLLSUTDRAG
Kulturnämnden

Tid:            2025-04-08, kl 09:00-12:10

Närvarande:     Gunilla Norrby (S), ordförande
                Henrik Malm (SD)

§ 18
Motion om fri entré
Diarienummer: RVM 2024/0933

Beslut
Kulturnämnden föreslår regionfullmäktige besluta
Bifalla motionen.

Vid protokollet
Eva Granlund

§ 19
Sammanträdesdagar 2026

Beslut
Kulturnämnden fastställer sammanträdesdagarna 3 februari och 7 april 2026.

Justeras

Gunilla Norrby                       Henrik Malm
Ordförande                           Justerare

Rätt utdraget, intygar
Eva Granlund
"""


def test_an_extracts_certification_after_the_signatures_keeps_the_closing_block_whole():
    got = parse_text(EXTRACT)
    assert got.adjusters == ["Henrik Malm"]
    assert texts(got.items[1]) == ["Kulturnämnden fastställer sammanträdesdagarna 3 februari och 7 april 2026."]


def test_vid_protokollet_over_a_name_after_a_paragraph_names_the_secretary():
    assert parse_text(EXTRACT).secretary == "Eva Granlund"


# --- a title set large over lines spaced apart, the venue under it (fixture 347) -----------------------------
def test_a_title_ending_in_a_word_that_leads_on_continues_after_a_blank_line_and_the_building_under_it_is_the_venue():
    got = parse_text("Protokoll från årsmötet för\n\nEkvikens Vägförening 2025-05-24\n\nBystugan, Ekvik, Lövnäs\n\n"
                     "Närvarande : 18 personer.\n\n§ 1 Mötet öppnades.\n\n§ 2 Dagordningen godkändes.\n\n"
                     "§ 3 Mötet avslutades.\n")
    assert (got.organisation, got.body, str(got.date), got.location) == \
        ("Ekvikens Vägförening", "årsmötet", "2025-05-24", "Bystugan, Ekvik, Lövnäs")


# --- two meetings named on the "Nästa möte" line, a time between them (fixture 348) ----------------------------
def test_two_next_meetings_joined_by_samt_with_a_time_written_between_them():
    got = parse_text("Styrelsemöte 251012\n\nProtokoll fört vid styrelsemöte med Granåsens Fäbodlag "
                     "Samfällighetsförening den 12 oktober 2025 kl 15.00\n\nNärvarande: Lars Ödman, Karin Hed och Ylva Sten\n\n"
                     "1 Mötet öppnas\nKarin hälsar alla välkomna.\n\n2 Nästa möte\n"
                     "Styrelsemöte 16 november kl 15.00 hos Lars samt julmöte den 14/12 i fäbodstugan.\n\n"
                     "3 Ordförande avslutar mötet.\n")
    assert [(str(m.date), m.start_time) for m in got.scheduled_meetings] == [("2025-11-16", "15:00"), ("2025-12-14", None)]


# --- "Mötesfunktionärer:" over names with their offices beside them (fixture 349) ------------------------------
def test_officers_listed_name_then_office_under_a_mötesfunktionärer_item():
    got = parse_text("""Protokoll fört vid Norrlida Bygdegårdsförenings Årsmöte

Datum                                2025-03-13

 • 1. Greta Lund öppnade mötet och hälsade alla välkomna.

 • 2. Mötesfunktionärer:

               Greta Lund                     mötets ordförande

               Erik Sand                      mötets sekreterare

               Pia Ahl                        protokolljusterare

               Nils Berg                      protokolljusterare

 • 3. Kallelsen godkändes.

 • 4. Mötet avslutades kl. 20.10.
""")
    assert (got.chair, got.secretary, got.adjusters) == ("Greta Lund", "Erik Sand", ["Pia Ahl", "Nils Berg"])


# --- the body's view, then its decision after "och" in one sentence (fixture 350) ------------------------------
def test_a_decision_after_the_bodys_view_in_the_same_sentence_starts_at_its_att():
    got = parse_text(ANNUAL + "§ 1 Mötet öppnades.\n\n§ 2 Styrelsens förslag bifölls inte av årsmötet.\n\n"
                              "Styrelsen hade menat att avgiften kan behållas. Årsmötet menade dock att bufferten är för\n"
                              "liten och beslutade att höja avgiften till 650 kr.\n\n§ 3 Mötet avslutades.\n")
    assert texts(got.items[1]) == ["Styrelsens förslag bifölls inte av årsmötet.", "att höja avgiften till 650 kr."]
