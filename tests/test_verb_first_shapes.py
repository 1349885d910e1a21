"""Shapes of association minutes in the old verb-first style and of a layout presence table (issue 8): a numbered
item written as a paragraph with no heading ("1. Förklarade ordföranden mötet öppnat och hälsade de" /
"närvarande välkomna. Anmält förhinder hade ..."), excused members named in an opening item's sentence, a
"Ordinarie  N/F  Suppleant  N/F" table with a "Vakant" seat, and a second actor whose verb is left out.
Fixtures 233–234. All text made up."""
from protokoll.pipeline import parse_text

HEAD = """PROTOKOLL fört vid sammanträde med styrelsen för Ekby jaktvårdsförening
den 3 mars 2025 i Ekby skola.

Närvarande: Anna Ek, Per Berg, Lisa Holm och Sven Ahl.

"""


def _parse(body: str, head: str = HEAD):
    return parse_text(head + body)


def _items(body: str):
    return [(it.number, it.title, [d.text for d in it.decisions]) for it in _parse(body).items]


# --- 1. a numbered paragraph without a heading: its first sentence is its title -----------------------------
def test_a_paragraph_item_takes_its_first_sentence_across_the_wrap_as_title():
    items = _items("""1. Förklarade föreningens ordförande Anna Ek mötet öppnat och hälsade de
närvarande välkomna. Ordföranden läste upp kallelsen.

2. Redogjorde kassören Per Berg för föreningens ekonomiska ställning vid årsskiftet. Kontot
visar 12 000 kr.
Rapporten lades till handlingarna.

3. Förklarade ordföranden sammanträdet avslutat.
""")
    assert items[0][1].rstrip(".") == "Förklarade föreningens ordförande Anna Ek mötet öppnat och hälsade de närvarande välkomna"
    assert items[0][2] == []
    assert items[1][1].rstrip(".") == "Redogjorde kassören Per Berg för föreningens ekonomiska ställning vid årsskiftet"
    assert items[1][2] == ["Rapporten lades till handlingarna."]


def test_an_election_sentence_wrapped_over_two_lines_is_its_items_title_and_decision():
    items = _items("""1. Öppnade ordföranden mötet.

2. Valdes ordföranden att leda dagens förhandlingar, undertecknad att föra dagens
protokoll samt Per Berg att jämte ordföranden justera protokollet.
Dagordningen fastställdes.

3. Förklarade ordföranden sammanträdet avslutat.
""")
    sentence = ("Valdes ordföranden att leda dagens förhandlingar, undertecknad att föra dagens protokoll samt "
                "Per Berg att jämte ordföranden justera protokollet.")
    assert items[1][1] == sentence
    assert items[1][2] == [sentence, "Dagordningen fastställdes."]


def test_a_constituting_line_ending_in_a_colon_is_the_title_and_its_list_the_decision():
    items = _items("""1. Öppnade ordföranden mötet.

2. Konstituerade sig styrelsen enligt följande:
vice ordförande Per Berg
sekreterare Lisa Holm

3. Förklarade ordföranden sammanträdet avslutat.
""")
    assert items[1][1].rstrip(":") == "Konstituerade sig styrelsen enligt följande"
    assert items[1][2] == ["Konstituerade sig styrelsen enligt följande: vice ordförande Per Berg sekreterare Lisa Holm"]


def test_a_long_title_wrapped_over_two_lines_stays_a_heading():
    p = _parse("""§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Svar på skrivelse från Ekby byalag om gemensam skötsel av vägen till badplatsen vid
Norrtjärn och bryggan
Styrelsen beslutade att besvara skrivelsen.

§ 3 Mötets avslutande
""")
    assert p.items[1].title == ("Svar på skrivelse från Ekby byalag om gemensam skötsel av vägen till badplatsen vid "
                                "Norrtjärn och bryggan")
    assert p.items[1].summary is None


# --- 2. excused members in a sentence of an opening item ------------------------------------------------------
def _excused(sentence: str):
    p = _parse(f"""1. Öppnade ordföranden Anna Ek sammanträdet och hälsade samtliga ledamöter
välkomna. {sentence}

2. Förklarade ordföranden sammanträdet avslutat.
""")
    return [(a.name, a.status) for a in p.attendees if a.status != "present"]


def test_excused_members_named_in_the_opening_items_sentence():
    want = [("Eva Sand", "excused"), ("Olof Lind", "excused")]
    assert _excused("Anmält förhinder hade Eva Sand och Olof Lind.") == want
    assert _excused("Förhinder hade anmälts av Eva Sand och Olof Lind.") == want
    assert _excused("Eva Sand och Olof Lind hade anmält förhinder.") == want
    assert _excused("Förhinder: Eva Sand, Olof Lind.") == want


def test_a_sentence_about_a_hindrance_that_names_no_people_lists_no_one():
    assert _excused("Anmält förhinder hade ingen av de kallade.") == []
    assert _excused("Ordföranden meddelade att kassören hade anmält förhinder.") == []


# --- 3. a presence table "Ordinarie N/F Suppleant N/F Noteringar" -------------------------------------------
TABLE = """                         Protokoll fört vid styrelsemöte i
                         Lövåsens bygdeförening

     Datum          2025-10-07, kl. 19.00–21.00
     Plats          Bygdegården

     STYRELSEN (N = närvarande, F = frånvarande)

     Ordinarie                    N/F     Suppleant              N/F    Noteringar
     Ola Brink, ordf.             N       Mia Vall               N
     Eva Rask, kassör             N       Vakant                 -
     Per Dal                      F                                     sjuk


     1.   Mötets öppnande
          Ordföranden öppnade mötet.

     2.   Städdagen
          Beslut: Städdagen hålls den 18 oktober.

          Mia ansvarar för fikat och Eva för verktygen.

     3.   Mötets avslutande
          Ordföranden avslutade mötet.
"""


def test_an_nf_table_with_one_word_group_titles_gives_its_people():
    p = parse_text(TABLE)
    got = {(a.name, a.status, a.role) for a in p.attendees}
    assert got == {("Ola Brink", "present", "ordförande"), ("Eva Rask", "present", "kassör"),
                   ("Per Dal", "absent", None), ("Mia Vall", "present", "suppleant")}


def test_a_second_actor_with_the_verb_left_out_gets_an_action():
    p = parse_text(TABLE)
    task = p.items[1].decisions[-1]
    assert task.text == "Mia ansvarar för fikat och Eva för verktygen."
    assert [a.assignee for a in task.actions] == ["Mia", "Eva"]


# --- 4. items taken out of order, the vote of a named att-clause, the talman --------------------------------
COUNCIL = """Protokoll
Kårfullmäktige, Lövviks studentkår
Möte 2 2025/2026

Datum: 2025-10-09
Tid: 17.15–20.00
Plats: Kårhuset

Närvarande ledamöter
Ada Lund (Listan)
Bo Ek (Listan)
Cecilia Ås (Gröna)

Närvarande med yttrande- och förslagsrätt
Dan Holm, talman
Eva Berg, mötessekreterare

"""


def test_an_item_taken_after_the_next_one_keeps_its_number():
    p = parse_text(COUNCIL + """Ärende 1. Mötets öppnande
Talmannen förklarade mötet öppnat.

Ärende 2. Fastställande av föredragningslista
Föredragningslistan fastställdes med ändringen att ärende 4 behandlas före ärende 3.

Ärende 4. Val av revisor
Till revisor valdes Bo Ek.

Ärende 3. Budget
Fullmäktige beslutar
att anta budgeten.

Ärende 5. Mötets avslutande
Talmannen förklarade mötet avslutat.
""")
    assert [(it.number, it.title) for it in p.items] == [
        (1, "Mötets öppnande"), (2, "Fastställande av föredragningslista"), (4, "Val av revisor"), (3, "Budget"),
        (5, "Mötets avslutande")]
    assert [d.text for d in p.items[2].decisions] == ["Till revisor valdes Bo Ek."]


def test_the_talman_chairs_the_council():
    p = parse_text(COUNCIL + """Ärende 1. Mötets öppnande
Talmannen förklarade mötet öppnat.

Ärende 2. Mötets avslutande
Talmannen förklarade mötet avslutat.
""")
    assert p.chair == "Dan Holm"
    assert next(a.role for a in p.attendees if a.name == "Dan Holm") == "talman"


def test_a_vote_on_the_second_att_clause_goes_on_that_clause():
    p = parse_text(COUNCIL + """Ärende 1. Mötets öppnande
Talmannen förklarade mötet öppnat.

Ärende 2. Reglemente för lokalbokning
Styrelsen föreslår
att bokningar görs via hemsidan,
att avbokning ska ske senast två dagar i förväg.
Bo Ek yrkade avslag på den andra att-satsen.
Votering begärdes om den andra att-satsen.
Ja: 2   Nej: 1   Avstår: 0
Fullmäktige beslutar
att bokningar görs via hemsidan,
att avbokning ska ske senast två dagar i förväg.

Ärende 3. Mötets avslutande
Talmannen förklarade mötet avslutat.
""")
    first, second = p.items[1].decisions
    assert first.votes == []
    assert [(v.yes, v.no, v.abstain) for v in second.votes] == [(2, 1, 0)]


# --- 5. a club that names its members by first name --------------------------------------------------------
CLUB = """Ekby byalag

Protokoll styrelsemöte

Datum:        tisdag 4 mars 2025
Tid:          19:00
Plats:        Bystugan

Närvarande: Anna, Olle, Stina och Lisa

1. Mötets öppnande
Ordförande Anna öppnade mötet.

2. Val av justerare
Stina och Olle valdes.

3. Bystugan
Fönstren är smutsiga.
Åtgärd: Lisa putsar fönstren senast 1 maj.
Åtgärd: Olle och Stina bär ut möblerna.

4. Mötet avslutas
"""


def test_first_names_open_the_meeting_and_are_elected_under_the_items_title():
    p = parse_text(CLUB)
    assert p.chair == "Anna"
    assert p.adjusters == ["Stina", "Olle"]


def test_an_action_line_gives_its_attendees_whatever_the_verb():
    decisions = parse_text(CLUB).items[2].decisions
    got = [(d.text, d.kind, [(a.assignee, a.due and a.due.isoformat()) for a in d.actions]) for d in decisions]
    assert got == [("Lisa putsar fönstren senast 1 maj.", "assignment", [("Lisa", "2025-05-01")]),
                       ("Olle och Stina bär ut möblerna.", "assignment", [("Olle", None), ("Stina", None)])]


def test_seeking_a_grant_is_a_task():
    from protokoll.parse import decisions as dec
    assert dec.task_sentence("Pelle söker bidrag från kommunens landsbygdsfond.", frozenset({"Pelle"}), strict=True)
    assert dec.task_sentence("Lena rättar kalendern senast 15 maj.", frozenset({"Lena"}), strict=True)
