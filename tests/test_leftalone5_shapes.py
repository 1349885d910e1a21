"""Shapes earlier sessions noticed and left alone in text minutes (dev fixtures 958–969, survey 58)."""
import datetime as dt

from protokoll.parse import decisions as dec
from protokoll.parse.attendance import dash_as_comma
from protokoll.pipeline import parse_text

HEAD = "Protokoll från styrelsemöte i Föreningen Exempel\nDatum: 2025-03-18\n\nNärvarande: Anna Ek, Bo Lund\n\n"


def _times(meetings):
    return [(m.date.isoformat(), m.start_time) for m in meetings]


def test_one_time_after_a_bare_list_of_dates_is_every_dates():
    got = dec.next_meetings("Nästa möte: 15 april, 20 maj och 17 juni kl. 19.00", dt.date(2025, 3, 18))
    assert _times(got) == [("2025-04-15", "19:00"), ("2025-05-20", "19:00"), ("2025-06-17", "19:00")]
    # a meeting named between the dates keeps the time its own (the earlier reading)
    got = dec.next_meetings("Nästa möte: årsmöte 12/5 samt styrelsemöte den 9/6 kl 18.30", dt.date(2025, 3, 18))
    assert _times(got) == [("2025-05-12", None), ("2025-06-09", "18:30")]


def test_a_label_of_meeting_dates_inside_another_item_schedules_them():
    text = HEAD + "1. Mötesplan\nKommande möten: 15 april, 20 maj och 17 juni kl. 19.00\n2. Avslutning\nMötet avslutades.\n"
    assert _times(parse_text(text, "t.txt").scheduled_meetings) == [
        ("2025-04-15", "19:00"), ("2025-05-20", "19:00"), ("2025-06-17", "19:00")]


def test_the_secretary_announced_in_prose():
    opening = HEAD + "1. Val av ordförande och protokollförare\nTill ordförande för mötet valdes Eva Holm. {}\n"
    for sentence in ("Stämmoordföranden anmälde Oskar Lind som protokollförare.",
                     "Stämmoordföranden anmälde att hon utsett Oskar Lind till protokollförare.",
                     "Ordföranden meddelade att Oskar Lind för protokollet."):
        got = parse_text(opening.format(sentence), "t.txt")
        assert (got.chair, got.secretary) == ("Eva Holm", "Oskar Lind"), sentence
    got = parse_text(opening.format("Ordföranden meddelade att Oskar Lind för protokollet vid nästa möte."), "t.txt")
    assert got.secretary is None  # the next meeting's


BRF = ("Brf Exempel\nStyrelsemöte 2026-02-18\n\nNärvarande: Malin Ros (ordf), Per Ådahl (kassör), Omar Said (sekr), "
       "Tuva Lind (suppl)\n\n§ 1 Mötet öppnas\nOrdföranden öppnade mötet.\n\n§ 2 Trapphusen\n{}\n\n§ 3 Avslutning\n"
       "Ordföranden avslutade mötet.\n")


def _item_tasks(text):
    item = parse_text(BRF.format(text), "t.txt").items[1]
    return [(d.text, [a.assignee for a in d.actions]) for d in item.decisions]


def test_a_responsible_tail_wrapped_onto_a_line_of_its_own():
    assert _item_tasks("Påminnelse skickas till de tre lägenheterna senast den 1 mars.\n(Ansvar: Per)") == [
        ("Påminnelse skickas till de tre lägenheterna senast den 1 mars. (Ansvar: Per)", ["Per"])]


def test_a_responsible_label_wrapped_before_its_names_leads_no_list():
    assert _item_tasks("Nya namntavlor sätts upp i alla portar före påsk. (Ansvar:\nOmar och Tuva)") == [
        ("Nya namntavlor sätts upp i alla portar före påsk. (Ansvar: Omar och Tuva)", ["Omar", "Tuva"])]


def test_a_task_closed_by_its_responsible_tail_ends_there_however_long_its_line():
    # the paragraph wrapped at about 60 characters: the tail's line is as long as a wrapped one
    text = ("Torktumlaren har gått sönder igen och ingen reparatör kan\nkomma förrän i mars, så det blir "
            "dyrt att vänta på\nreservdelar. Styrelsen beslutade att köpa en ny maskin\nför högst 12 000 kr "
            "inklusive installation. (Ansvar: Malin)\nGamla maskinen lämnas på återvinningen. Tuva bokar en\n"
            "släpvagn.")
    assert _item_tasks(text) == [
        ("att köpa en ny maskin för högst 12 000 kr inklusive installation. (Ansvar: Malin)", ["Malin"]),
        ("Tuva bokar en släpvagn.", ["Tuva"])]


def _decisions(title, text):
    item = parse_text(HEAD + f"1. {title}\n{text}\n\n2. Avslutning\nMötet avslutades.\n", "t.txt").items[0]
    return [d.text for d in item.decisions]


def test_a_term_changed_in_the_present_passive_is_the_items_decision_where_it_has_no_other():
    assert _decisions("Hyresavtal", "Avtalet löper ut i juni.\nHyresavtalet med Ekhagens Fastigheter förlängs ett år.") \
        == ["Hyresavtalet med Ekhagens Fastigheter förlängs ett år."]
    assert _decisions("Bastun", "Priset för ett bastupass höjs till 40 kr från den 1 juni.") == [
        "Priset för ett bastupass höjs till 40 kr från den 1 juni."]


def test_a_term_changed_by_itself_or_beside_a_formula_is_no_decision():
    assert _decisions("Sophämtning", "Enligt avtalet med kommunen förlängs sophämtningen ett år.") == []
    assert _decisions("Sophämtning", "Sophämtningsavtalet förlängs automatiskt ett år.") == []
    assert _decisions("Information", "Priset för ett bastupass höjs till 40 kr från den 1 juni.") == []
    assert _decisions("Budget", "Årsavgiften höjs med 3 procent. Styrelsen beslutade att fastställa budgeten.") == [
        "att fastställa budgeten."]


def test_a_bullet_topic_after_a_decision_is_no_point_of_it():
    text = ("• Vårresan\nStyrelsen beslutar att resan går till Gränna den 14 maj.\n• Medlemsmöte\nAnna bokar lokal.")
    assert _decisions("Aktiviteter", text) == ["att resan går till Gränna den 14 maj.", "Anna bokar lokal."]
    # a bullet that is a point of the decision stays one
    assert _decisions("Aktiviteter", "Styrelsen beslutar att köpa in följande:\n• Tio västar\n• Två flytvästar") == [
        "att köpa in följande: - Tio västar - Två flytvästar"]


def test_why_someone_is_away_is_a_note_not_an_affiliation():
    text = ("Protokoll från styrelsemöte i Föreningen Exempel\nDatum: 2025-03-18\n\nNärvarande: Anna Ek, Bo Lund\n"
            "Frånvarande: Sara Lind (sjuk), Olle Ny (anmält förhinder), Eva Kron (bortrest)\n\n"
            "1. Mötets öppnande\nMötet öppnades.\n2. Avslutning\nMötet avslutades.\n")
    away = [(a.name, a.affiliation, a.note) for a in parse_text(text, "t.txt").attendees if a.status != "present"]
    assert away == [("Sara Lind", None, "sjuk"), ("Olle Ny", None, "anmält förhinder"), ("Eva Kron", None, "bortrest")]


def test_a_unanimous_decision_written_as_a_noun():
    assert _decisions("Medlemsavgift", "Enhälligt beslut att behålla avgiften.") == ["att behålla avgiften."]
    assert _decisions("Slåtterdagen", "Beslut att hålla slåtterdag den 12 juli.") == ["att hålla slåtterdag den 12 juli."]


def _roll(roll):
    text = ("Protokoll från styrelsemöte i Föreningen Exempel\nDatum: 2025-03-18\n\n" + roll +
            "\n\n1. Mötets öppnande\nMötet öppnades.\n2. Avslutning\nMötet avslutades.\n")
    return [(a.name, a.role) for a in parse_text(text, "t.txt").attendees]


def test_a_slash_between_a_name_and_its_role():
    assert _roll("Närvarande: Anna Ek/ordf, Per Berg/kassör, Lisa Holm") == [
        ("Anna Ek", "ordförande"), ("Per Berg", "kassör"), ("Lisa Holm", None)]
    # one a line: the name before the slash is no gloss of a bilingual label ("čálli/sekreterare")
    assert _roll("Närvarande:\nAnna Ek/ordförande\nPer Berg/kassör\nLisa Holm/sekreterare") == [
        ("Anna Ek", "ordförande"), ("Per Berg", "kassör"), ("Lisa Holm", "sekreterare")]
    # a slash inside a title is no name's: "administratör/direktionssekreterare" is one title
    assert dash_as_comma("Helena Dahl, administratör/direktionssekreterare") == \
        "Helena Dahl, administratör/direktionssekreterare"


def test_a_comma_roll_wrapped_after_from_goes_on():
    roll = ("Närvarande: Tommy Rask, Linda Öberg, Mats Hjort, Annika Fors\noch kassör Bertil Rask samt Eva Sund från\n"
            "valberedningen och Sören Falk från Långtjärns\nfiskevårdsområde.")
    got = _roll(roll)
    assert [name for name, _ in got] == ["Tommy Rask", "Linda Öberg", "Mats Hjort", "Annika Fors", "Bertil Rask",
                                         "Eva Sund", "Sören Falk"]


def test_the_whole_board_but_someone():
    text = ("Protokoll från styrelsemöte i Föreningen Exempel\nDatum: 2025-03-18\n\n"
            "Närvarande: Anna Ek, ordförande, samt hela styrelsen utom Olle Ny och Per Berg.\n\n"
            "1. Mötets öppnande\nMötet öppnades.\n2. Avslutning\nMötet avslutades.\n")
    got = [(a.name, a.status) for a in parse_text(text, "t.txt").attendees]
    assert got == [("Anna Ek", "present"), ("Olle Ny", "absent"), ("Per Berg", "absent")]
