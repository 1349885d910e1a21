"""Shapes of associations', clubs', companies' and parishes' minutes found in the assoc survey (SURVEY.md,
"Survey 11"), each with a dev fixture in tests/fixtures/genre (297–300, 321–326). All text made up."""
from protokoll.pipeline import parse_text

from agenda import texts


def _people(got):
    return [(a.name, a.status) for a in got.attendees]


# --- notes kept as a bulleted outline (fixture 299) ---------------------------------------------------------
OUTLINE = """Protokoll – Styrelsemöte KFUM Tallby
Datum: 3 mars 2025
Plats: Kansliet

- Mötets öppnande
Mötet öppnades av ordförande Vera.
- Fastställande av närvarolista
Närvarande: Vera, Omar, Lina
Frånvarande: Sixten och Maj
- Val av mötesfunktionärer
Omar valdes till sekreterare.
- Kiosken
Lina redogjorde för kioskens ekonomi.
Beslut:
- Köpa in en ny kaffebryggare.
- Omar beställer varor senast den 10 mars.
- Mötets avslutande
Vera avslutade mötet.
"""


def test_bullets_that_head_text_are_the_items():
    got = parse_text(OUTLINE)
    assert [i.title for i in got.items] == ["Mötets öppnande", "Fastställande av närvarolista", "Val av mötesfunktionärer",
                                            "Kiosken", "Mötets avslutande"]
    assert texts(got.items[3]) == ["Köpa in en ny kaffebryggare.", "Omar beställer varor senast den 10 mars."]


def test_labelled_lists_as_an_opening_items_text_are_the_roll():
    for text in (OUTLINE, """Styrelsemöte KFUM Tallby 2025-03-03

1. Mötets öppnande
Mötet öppnades av ordförande Vera.
2. Fastställande av närvarolista
Närvarande: Vera, Omar, Lina
Frånvarande: Sixten och Maj
3. Mötets avslutande
Vera avslutade mötet.
"""):
        got = parse_text(text)
        assert _people(got) == [("Vera", "present"), ("Omar", "present"), ("Lina", "present"),
                                ("Sixten", "absent"), ("Maj", "absent")]


def test_two_bullets_that_head_text_are_no_outline():
    got = parse_text("""Styrelsemöte Tallby IF 2025-03-03
Närvarande: Vera Ek, Omar Said

1. Mötets öppnande
Vera Ek öppnade mötet.
2. Kiosken
- Kaffebryggaren
Den gamla är trasig.
- Skyltar
Nya skyltar behövs.
3. Mötets avslutande
Vera Ek avslutade mötet.
""")
    assert [i.title for i in got.items] == ["Mötets öppnande", "Kiosken", "Mötets avslutande"]


# --- "§154" alone, "Title: text" on the next line (fixture 323) ------------------------------------------
PRO = """Medlemsmöte
PRO Tallby 19 AUG 2025
Närvarande ca 40 medlemmar
§154
Mötets öppnande: Anna Ek förklarade
mötet öppnat.
§155
Val av justeringsperson: Lennart Holm
§156
Dagordningen: godkändes
§157
Motion: Fler bänkar vid stationen
Motionen diskuterades.
"""


def test_label_alone_then_title_and_text_after_a_colon():
    got = parse_text(PRO)
    assert [i.title for i in got.items] == ["Mötets öppnande", "Val av justeringsperson", "Dagordningen",
                                            "Motion: Fler bänkar vid stationen"]
    assert [i.number for i in got.items] == [154, 155, 156, 157]
    assert texts(got.items[2]) == ["godkändes"]


def test_a_title_that_goes_on_after_its_colon_stays_whole():
    got = parse_text("""Protokoll styrelsemöte Tallby hembygdsförening 2025-04-02
Närvarande: Eva Lager, Per Berg

§ 28
Mötets öppnande: Eva Lager öppnade mötet.
§ 29
Svar på medborgarförslag: Bättre bussförbindelser i ytterområdena
Förslaget anses besvarat.
§ 30
Motion: Fler bänkar vid stationen
Motionen bifölls.
""")
    assert [i.title for i in got.items] == ["Mötets öppnande", "Svar på medborgarförslag: Bättre bussförbindelser i "
                                            "ytterområdena", "Motion: Fler bänkar vid stationen"]


def test_a_count_of_members_is_no_organisation_and_a_dated_line_names_it():
    got = parse_text(PRO)
    assert (got.organisation, got.body, str(got.date)) == ("PRO Tallby", "Medlemsmöte", "2025-08-19")


# --- couples in a roll (fixture 321) ------------------------------------------------------------------
def test_a_couple_sharing_a_surname_is_two_people():
    got = parse_text("""Årsmötesprotokoll Tallby Vägsamfällighet 2025

Närvarande:
Claes Olsson, Mats o Marianne Udén, Mikael Sparre, Erik
Gustavsson, Sören och Katrin Simonsson och Erik Höglund.

1. Mötets öppnande
Claes Olsson öppnade mötet.
2. Val av sekreterare
Erik Höglund valdes till sekreterare.
3. Mötets avslutande
Claes Olsson avslutade mötet.
""")
    assert [a.name for a in got.attendees] == ["Claes Olsson", "Mats Udén", "Marianne Udén", "Mikael Sparre",
                                               "Erik Gustavsson", "Sören Simonsson", "Katrin Simonsson", "Erik Höglund"]
    assert (got.organisation, got.body) == ("Tallby Vägsamfällighet", "årsmöte")


# --- minutes kept in two languages (fixture 322) ----------------------------------------------------------
def test_english_glosses_of_the_front_matter_are_left_out():
    got = parse_text("""Protokoll Föräldraföreningens styrelsemöte 2025-11-05

Närvarande / Board members and others attending:
Eva Lager, ordförande / chairman
Annika Fahl, sekreterare / secretary
Sara Ek, revisor / auditor

1. Till justeringsman utsågs Sara Ek.
Sara Ek was elected to approve the minutes.

2. Protokollet från föregående möte godkändes.
The minutes from the previous meeting were approved.
""")
    assert [(a.name, a.affiliation) for a in got.attendees] == [
        ("Eva Lager", "ordförande"), ("Annika Fahl", "sekreterare"), ("Sara Ek", "revisor")]


def test_names_parted_by_a_slash_are_no_gloss():
    from protokoll.clean.lines import Line
    from protokoll.parse.minutes import _without_glosses

    lines = [Line(t) for t in ("Närvarande:", "Eva Lager / Per Berg", "Annika Fahl / Sara Ek", "Lisa Holm / Ola Ek")]
    assert [line.text for line in _without_glosses(lines)] == [line.text for line in lines]


def test_one_glossed_line_is_no_bilingual_document():
    from protokoll.clean.lines import Line
    from protokoll.parse.minutes import _without_glosses

    lines = [Line(t) for t in ("Närvarande:", "Eva Lager, ordförande / sekreterare", "Annika Fahl")]
    assert [line.text for line in _without_glosses(lines)] == [line.text for line in lines]


# --- names in Latin capitals of other languages; "styrelsemedlem" (fixture 326) ---------------------------
NORDIC = """Protokoll från styrelsemöte nr. 2 Ísvík, 6-8 februari 2026

Närvarande
Anna Sillén, ordförande
Ágúst Árnason, styrelsemedlem
Øystein Berg, styrelsemedlem
Set Lönnert, sekreterare

1. Godkännande av dagordning
Styrelsen godkände dagordningen.

2. Föregående protokoll
Protokollet blev godkänt av styrelsen.
"""


def test_names_with_foreign_capitals_stay_in_the_roll():
    got = parse_text(NORDIC)
    assert [(a.name, a.role) for a in got.attendees] == [
        ("Anna Sillén", "ordförande"), ("Ágúst Árnason", "styrelsemedlem"), ("Øystein Berg", "styrelsemedlem"),
        ("Set Lönnert", "sekreterare")]


def test_town_after_the_meetings_number_is_the_place():
    got = parse_text(NORDIC)
    assert (got.body, got.number, got.location, str(got.date)) == ("styrelsemöte", 2, "Ísvík", "2026-02-06")


def test_blev_godkant_records_an_approval():
    got = parse_text(NORDIC)
    assert [(d.text, d.kind) for d in got.items[1].decisions] == [("Protokollet blev godkänt av styrelsen.", "approval")]


# --- "ger i uppdrag åt X att" (fixture 297) ---------------------------------------------------------------
def test_task_given_to_the_actor_after_at():
    got = parse_text("""Protokoll Tallby Sportklubb styrelsemöte 2025-05-19
Närvarande: Karin Dahl, Lisa Hart

1. Mötets öppnande
Karin öppnade mötet.
2. Planerna
Styrelsen ger i uppdrag åt plankommittén att ta fram en skötselplan senast den 1 juni.
3. Mötets avslutande
Karin avslutade mötet.
""")
    [d] = got.items[1].decisions
    assert (d.kind, [(a.assignee, str(a.due)) for a in d.actions]) == ("assignment", [("plankommittén", "2025-06-01")])


# --- "kl. 18,30" (fixture 298) ----------------------------------------------------------------------------
def test_comma_between_hours_and_minutes_after_kl():
    got = parse_text("""Styrelsemöte med Tallby scoutkår.
2025-09-17.

§ 1 Mötet öppnades av Uffe.

§ 2 Dagordningen godkändes.

§ 3 Mötet avslutas:
Nästa möte 15/10-2025, kl. 18,30.
""")
    assert [(str(m.date), str(m.start_time)[:5]) for m in got.scheduled_meetings] == [("2025-10-15", "18:30")]


# --- blanks after a counted formula; an interpreter (fixture 325) -----------------------------------------
def test_blank_votes_told_after_the_counted_decision():
    got = parse_text("""Protokoll fört vid församlingsmöte i Tallby missionsförsamling 7 december 2025

Närvarande: ca 95 personer
Tolk: Marco Hellström

§ 1 Kallelse av ny föreståndare
Efter sluten omröstning beslutade församlingen med 71 röster mot 12 att kalla Carin Dahl som pastor. 3 röster
var blanka.

§ 2 Avslutning
Ordföranden avslutade mötet.
""")
    [d] = got.items[0].decisions
    assert [(v.yes, v.no, v.abstain) for v in d.votes] == [(71, 12, 3)]
    assert [(a.name, a.role) for a in got.attendees] == [("Marco Hellström", "tolk")]


# --- decisions as their infinitive alone, the formalities as sub-items (fixture 328) ---------------------------
TEMPLATE = """Protokoll nummer 3 för styrelsemöte i Spelföreningen Tallby den 14 mars 2025

Närvarande:
Olof Bjälke, kassör
John Lund
Erland Nyström
Mats Hed

1 Inledande formalia
1.1 Mötets öppnande
Mats Hed förklarade mötet öppnat klockan 18:25.
1.2 Val av mötesordförande
välja Erland Nyström till mötesordförande.
1.3 Val av mötessekreterare
välja Mats Hed till mötessekreterare.
1.4 Val av justerare
välja John Lund till protokolljusterare.
1.5 Fastställande av dagordning
fastställa dagordningen enligt bilaga.
2 Fråga om deklaration
Olof har fått deklarationsunderlaget från banken.
notera detta till protokollet.
3 Mötets avslutande
Mats Hed avslutade mötet klockan 20:05.
"""


def test_infinitive_alone_under_a_heading_is_the_decision():
    got = parse_text(TEMPLATE)
    subs = got.items[0].subitems
    assert [i.title for i in subs] == ["Mötets öppnande", "Val av mötesordförande", "Val av mötessekreterare",
                                       "Val av justerare", "Fastställande av dagordning"]
    assert [(d.text, d.kind) for i in subs for d in i.decisions] == [
        ("välja Erland Nyström till mötesordförande.", "other"), ("välja Mats Hed till mötessekreterare.", "other"),
        ("välja John Lund till protokolljusterare.", "other"), ("fastställa dagordningen enligt bilaga.", "approval")]
    assert [(d.text, d.kind) for d in got.items[1].decisions] == [("notera detta till protokollet.", "noted")]


def test_officers_elected_in_the_opening_sub_items():
    got = parse_text(TEMPLATE)
    assert (got.organisation, got.body, got.number) == ("Spelföreningen Tallby", "styrelsemöte", 3)
    assert (got.chair, got.secretary, got.adjusters) == ("Erland Nyström", "Mats Hed", ["John Lund"])


def test_an_infinitive_that_goes_on_a_wrapped_sentence_is_no_decision_of_its_own():
    got = parse_text("""Protokoll styrelsemöte Tallby IF 2025-03-03
Närvarande: Vera Ek, Omar Said

1. Mötets öppnande
Vera Ek öppnade mötet.
2. Kiosken
Styrelsen diskuterade om föreningen borde
välja en ny leverantör till kiosken.
3. Mötets avslutande
Vera Ek avslutade mötet.
""")
    assert texts(got.items[1]) == []


# --- minutes sent as an e-mail (fixture 330) --------------------------------------------------------------
MAIL = """Från: Anna Ek <anna.ek@tallbybk.se>
Skickat: den 12 mars 2025 21:14
Till: styrelsen@tallbybk.se
Ämne: Minnesanteckningar styrelsemöte 11/3

Hej alla!

Närvarande: Anna Ek, Per Strand och Lisa Holm
Förhinder: Birgit Lund

1. Banorna
Styrelsen beslutade att köpa in grus. Per beställer gruset senast den 20 mars.

2. Nästa möte
Nästa möte blir den 8 april kl. 19.00 i klubbstugan.

Hälsningar
Anna Ek
Sekreterare
"""


def test_a_mails_subject_is_the_title_and_its_day_the_meetings():
    got = parse_text(MAIL)
    assert (got.body, str(got.date), got.contact) == ("styrelsemöte", "2025-03-11", "anna.ek@tallbybk.se")


def test_the_mails_day_where_the_subject_names_none():
    got = parse_text(MAIL.replace("Ämne: Minnesanteckningar styrelsemöte 11/3", "Ämne: Minnesanteckningar styrelsemöte"))
    assert str(got.date) == "2025-03-12"


def test_a_given_name_ending_as_a_definite_noun_acts_where_no_roll_names_anyone():
    got = parse_text("""Styrelsemöte med Tallby scoutkår.
2025-09-17.

§ 1 Mötet öppnades av Uffe.

§ 2 Älghornsjakten:
Ledarlaget består av Marie och Ive. Sören bokar bussen senast den 1 oktober.

§ 3 Mötet avslutas.
""")
    assert [(d.text, [a.assignee for a in d.actions]) for d in got.items[1].decisions] == [
        ("Sören bokar bussen senast den 1 oktober.", ["Sören"])]
