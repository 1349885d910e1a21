"""Shapes the sixteenth held-out set (tests/fixtures/heldout16, service clubs, churches, companies and civil society)
showed the parser missing, each with a dev fixture of its own in tests/fixtures/genre (480–487). All text made up."""
import datetime as dt

from protokoll.pipeline import parse_text
from protokoll.vocab import dates

HEAD = "Exempelföreningen\nProtokoll styrelsemöte 2025-11-04\n\nNärvarande: Anna Ek (ordf), Per Berg, Lisa Holm (sekr)\n\n"


def _decisions(item):
    return [(d.text, d.kind, [(a.assignee, str(a.due) if a.due else None) for a in d.actions]) for d in item.decisions]


def test_a_date_with_full_stops_and_a_four_digit_year_is_a_date():
    assert dates.first_date("Tid: 11.02.2026 kl. 18.00") == dt.date(2026, 2, 11)
    assert dates.first_date("kl. 18.30 och punkt 3.1") is None


def test_a_finland_swedish_registered_association_is_the_organisation():
    protocol = parse_text("Strandby Marthaförening r.f.\n\nSTYRELSEMÖTE\n\nTid: 11.02.2026 kl. 18.00\n\n"
                          "Närvarande: Anna Ek, Per Berg\n\n1. Mötets öppnande\nMötet öppnades.\n")
    assert (protocol.organisation, str(protocol.date)) == ("Strandby Marthaförening r.f.", "2026-02-11")


AGENDA = ("Dagordning för klubbmöten i Kiwanis Club Lillfors\n\n1. Mötets öppnande\n2. Upprop\n3. Kassarapport\n"
          "4. Mötets avslutande\n\nProtokoll fört vid Kiwanis Club Lillfors klubbmöte tisdagen den 7 oktober 2025.\n\n"
          "1. Presidenten öppnade mötet.\n\n2. Upprop: 17 medlemmar var närvarande.\n\n"
          "3. Kassarapporten redovisades och godkändes.\n\n4. Presidenten avslutade mötet.\n\n"
          "Vid protokollet: Maria Grön, sekreterare\n")


def test_a_standing_agenda_above_the_minutes_title_gives_no_items():
    protocol = parse_text(AGENDA)
    assert [i.title for i in protocol.items] == [
        "Presidenten öppnade mötet.", "Upprop: 17 medlemmar var närvarande.",
        "Kassarapporten redovisades och godkändes.", "Presidenten avslutade mötet."]
    assert (str(protocol.date), protocol.body) == ("2025-10-07", "klubbmöte")


def test_a_place_name_on_fors_before_the_meeting_is_no_genitive():
    assert parse_text(AGENDA).organisation == "Kiwanis Club Lillfors"


def test_a_signature_on_one_line_may_write_the_office_after_the_name():
    assert parse_text(AGENDA).secretary == "Maria Grön"
    assert parse_text(AGENDA.replace("Maria Grön, sekreterare", "Helena Rask, LS")).secretary == "Helena Rask"


ROTARY = ("Älvnäs Rotaryklubb\n\nStyrelseprotokoll 3/2025-2026\n\nTid: Tisdagen 14 oktober 2025 kl. 17.30\n\n"
          "Närvarande: Ingrid Lövgren, president, Tomas Ahl vice president, Karl Strid sekr. Britt Nord skattmästare.\n\n"
          "1 Mötets öppnande\nMötet öppnades.\n\n2 Mötets avslutande\nMötet avslutades.\n\n"
          "Vid protokollet                     Justeras\n\nKarl Strid                          Ingrid Lövgren\n"
          "Sekreterare                         President\n")


def test_roles_after_names_without_a_comma_and_an_abbreviated_role_before_the_next_name():
    protocol = parse_text(ROTARY)
    assert [(a.name, a.role) for a in protocol.attendees] == [
        ("Ingrid Lövgren", "president"), ("Tomas Ahl", "vice president"), ("Karl Strid", "sekreterare"),
        ("Britt Nord", "skattmästare")]


def test_a_service_clubs_president_signing_is_the_chair_and_a_split_year_number_keeps_the_body():
    protocol = parse_text(ROTARY)
    assert (protocol.chair, protocol.body, protocol.number) == ("Ingrid Lövgren", "styrelsemöte", 3)


KOOPERATIV = ("Föräldrakooperativet Solrosen ek. för.\nProtokoll styrelsemöte 2025-10-21\n\nNärvarande:\nJenny Ålund\n"
              "Marcus Ek\nAnna Sjödin Rektor\n\n1. Personal\nEtt förslag till introduktionsplan tas fram av Anna Sjödin.\n\n"
              "2. Städdag\nInköpslistan sammanställs av Marcus Ek senast 1 november.\n"
              "Verksamhetsberättelsen föredrogs av Jenny Ålund.\n")


def test_an_economic_associations_suffix_ends_the_organisation():
    assert parse_text(KOOPERATIV).organisation == "Föräldrakooperativet Solrosen ek. för."


def test_a_capitalised_role_after_a_name_on_its_own_line():
    assert [(a.name, a.role) for a in parse_text(KOOPERATIV).attendees][-1] == ("Anna Sjödin", "rektor")


def test_a_task_in_the_present_passive_names_its_actor_after_av():
    items = parse_text(KOOPERATIV).items
    assert _decisions(items[0]) == [("Ett förslag till introduktionsplan tas fram av Anna Sjödin.", "assignment",
                                     [("Anna Sjödin", None)])]
    assert _decisions(items[1]) == [("Inköpslistan sammanställs av Marcus Ek senast 1 november.", "assignment",
                                     [("Marcus Ek", "2025-11-01")])]


APT = ("MINNESANTECKNINGAR                                            Arbetsplatsträff (APT)\n\n"
       "Enhet:            Stadsbiblioteket Norrvik\nDatum:            2025-09-16\n\n"
       "Närvarande:       Maja Fors (bibliotekschef), Ali Hassan, Tim Lund\n\n"
       "Mötesledare:      Maja Fors\nAnteckningar:     Tim Lund\n\n\n"
       "1. Höstens program\n\n"
       "   Ämne                     Beslut / åtgärd                            Ansvarig        Klart\n"
       "   Sagostunder              Schemat läggs ut på webben.                Ali Hassan      2025-09-26\n"
       "   Skolbesök                Inbjudan skickas till skolorna.            Tim Lund        2025-10-03\n\n"
       "2. Övrigt\n   Inget övrigt.\n\nNästa APT: 2025-10-14 kl. 08.15, Sagorummet.\n")


def test_a_workplace_meetings_unit_label_names_the_organisation_and_its_leader_and_note_taker_the_officers():
    protocol = parse_text(APT)
    assert (protocol.organisation, protocol.body, protocol.chair, protocol.secretary) == (
        "Stadsbiblioteket Norrvik", "Arbetsplatsträff (APT)", "Maja Fors", "Tim Lund")


def test_an_action_table_with_a_topic_column_before_the_task_gives_one_task_a_row():
    assert _decisions(parse_text(APT).items[0]) == [
        ("Schemat läggs ut på webben.", "assignment", [("Ali Hassan", "2025-09-26")]),
        ("Inbjudan skickas till skolorna.", "assignment", [("Tim Lund", "2025-10-03")])]


def test_the_next_workplace_meeting_is_scheduled():
    assert [(str(m.date), m.start_time) for m in parse_text(APT).scheduled_meetings] == [("2025-10-14", "08:15")]


ARSMOTE = ("Protokoll fört vid årsmöte i Missionsförsamlingen Bäckvik\nSöndagen den 9 mars 2025 kl. 13.00\n\n"
           "Närvarande: ca 45 medlemmar\n\n§ 1 Öppnande\nFörsamlingens ordförande, Erik Sandström, hälsade välkommen "
           "och förklarade årsmötet öppnat.\n\n§ 2 Försäljning av prästgården\nSluten omröstning begärdes. "
           "Rösträknarna redovisade 31 ja, 9 nej och 2 blanka röster.\nÅrsmötet beslutade att sälja prästgården.\n")


def test_the_chair_named_in_apposition_who_opens_the_meeting():
    assert parse_text(ARSMOTE).chair == "Erik Sandström"


def test_a_tally_the_tellers_report_is_the_decisions_vote():
    decision = parse_text(ARSMOTE).items[1].decisions[0]
    assert (decision.text, [(v.yes, v.no) for v in decision.votes]) == ("att sälja prästgården.", [(31, 9)])


HEMBYGD = ("Protokoll fört vid Lövnäs hembygdsförenings årsmöte den 15 mars 2025\n\n"
           "1. Årsmötet konstaterades lagenligt sammankallat och beslutfört.\n\n"
           "2. Styrelse valdes enligt följande:\n\nOrdförande:  Berit Ståhl, omval\n\nKassör:  Ulla Roos, nyval\n\n"
           "3. Mötet avslutades.\n")


def test_a_meeting_found_lawfully_called_and_quorate_is_a_decision():
    assert [d.text for d in parse_text(HEMBYGD).items[0].decisions] == [
        "Årsmötet konstaterades lagenligt sammankallat och beslutfört."]


def test_a_numbered_election_ending_in_a_colon_holds_the_rows_standing_apart_under_it():
    item = parse_text(HEMBYGD).items[1]
    assert (item.title, [d.text for d in item.decisions]) == (
        "Styrelse valdes enligt följande",
        ["Styrelse valdes enligt följande: Ordförande:  Berit Ståhl, omval Kassör:  Ulla Roos, nyval"])


LANDSKAP = ("Protokoll fört vid ordinarie landskap i Norrlands-Dala nation i nationens festsal tisdagen den 4 november "
            "2025 kl. 18.00\n\nLandskapsordförande: Klara Wik\nSekreterare: Adam Sjöholm\n\n§1 Landskapets öppnande\n"
            "Landskapet öppnades.\n\n§2 Landskapets avslutande\n"
            "Landskapsordföranden förklarade landskapet avslutat kl. 19.48.\n")


def test_a_title_names_the_organisation_then_the_room_it_met_in():
    protocol = parse_text(LANDSKAP)
    assert (protocol.organisation, protocol.location, protocol.body) == (
        "Norrlands-Dala nation", "nationens festsal", "ordinarie landskap")


def test_a_student_nations_landskap_chair_and_closing_time():
    protocol = parse_text(LANDSKAP)
    assert (protocol.chair, protocol.end_time) == ("Klara Wik", "19:48")


def test_a_numbered_lagtima_landskap_is_no_organisation():
    protocol = parse_text("Hälsinge-Gästrike nation\n\nProtokoll fört vid Andra lagtima landskap\n"
                          "Tisdagen den 14 oktober 2025 kl. 18.15\n\n§1 Landskapets öppnande\nLandskapet öppnades.\n")
    assert protocol.organisation == "Hälsinge-Gästrike nation"


def test_a_supine_after_hade_is_no_task_in_the_passive():
    items = parse_text(HEAD + "1. Mötets öppnande\nFörhinder hade anmälts av Linnea Forsberg och Erik Sundqvist.\n").items
    assert _decisions(items[0]) == []


def test_the_rolls_own_chair_who_opens_and_alone_signs_justeras_checks_the_minutes():
    protocol = parse_text("Båtsällskapet Viken\nProtokoll styrelsemöte 2025-05-06\n\nNärvarande:\n"
                          "Sören Malm          Ordförande\nBirgit Holm         Sekreterare\nLars Wed            Ledamot\n\n"
                          "1. Mötets öppnande\nOrdföranden, Sören Malm, hälsade välkommen och förklarade mötet öppnat.\n\n"
                          "2. Mötets avslutande\nMötet avslutades.\n\nVid protokollet                         Justeras\n\n"
                          "Birgit Holm                             Sören Malm\n")
    assert (protocol.chair, protocol.adjusters) == ("Sören Malm", ["Sören Malm"])
