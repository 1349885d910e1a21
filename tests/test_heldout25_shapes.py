"""Shapes the twenty-fifth held-out set (tests/fixtures/heldout25, rural and local associations: road and VA
associations, game-care areas, hembygd, byalag, boat and allotment clubs) showed the parser missing, each with a dev
fixture of its own in tests/fixtures/genre (674–681). All text made up."""
from protokoll.pipeline import parse_text


def _items(text: str):
    return parse_text(text).items


def _decisions(item):
    return [(d.text, [(a.assignee, str(a.due) if a.due else None) for a in d.actions]) for d in item.decisions]


BYSTAMMA = ("EXEMPELBY BYALAG\n\nProtokoll fört vid bystämma söndagen den 26 januari 2025 kl. 16 på skolan\n\n"
            "§1. Ordförande Lars Ek hälsar välkommen och förklarar stämman öppnad.\n\n"
            "§2. Förslaget till dagordning godkänns.\n\n"
            "§3-5. Stadgeenliga val förrättas enligt valberedningens förslag.\n\n"
            "§6. Stämman beslutar att avgiften är oförändrad.\n\n"
            "§7. Ordföranden tackar och förklarar stämman avslutad.\n")


def test_a_range_heading_spans_its_numbers_and_the_run_goes_on_after_it():
    items = _items(BYSTAMMA)
    assert [i.number for i in items] == [1, 2, 3, 6, 7]
    assert _decisions(items[3]) == [("att avgiften är oförändrad.", [])]


def test_a_calling_found_according_to_the_statutes_or_in_time_is_a_decision():
    items = _items("Exempelby VA-förening\nProtokoll föreningsstämma 2025-04-27\n\n"
                   "§ 1 Kallelse\nStämman konstaterade att kallelse skett enligt stadgarna.\n\n"
                   "§ 2 Kallelse till extra stämma\nStämman konstaterade att kallelse skett i stadgeenlig tid.\n\n"
                   "§ 3 Utlysning\nStämman förklaras vara i laga ordning utlyst.\n")
    assert [len(i.decisions) for i in items] == [1, 1, 1]


def test_a_question_about_a_thing_is_no_task_and_the_task_after_it_on_the_line_is():
    items = _items("Exempelby byalag\nProtokoll styrelsemöte 2025-03-04\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                   "2. Övriga frågor\nRut frågar om busshållplatsen vid kyrkan. Ingrid kollar med Länstrafiken.\n\n"
                   "3. Mötets avslutande\nMötet avslutades.\n")
    assert _decisions(items[1]) == [("Ingrid kollar med Länstrafiken.", [("Ingrid", None)])]


def test_a_given_name_alone_is_a_sure_actor_beside_a_decision_where_no_roll_names_anyone():
    items = _items("Protokoll fört vid årsmöte för Exempelviks Hamnförening den 22 februari 2025.\n\n"
                   "1. Mötets öppnande\nOrdföranden öppnar mötet.\n\n"
                   "2. Hamnavgifter\nAvgiften för gästplats höjs till 250 kr per dygn. Siri uppdaterar skylten vid bryggan.\n"
                   "Årsmötet beslutade\natt godkänna styrelsens förslag till avgifter.\n\n"
                   "3. Mötets avslutande\nOrdföranden avslutar mötet.\n")
    assert _decisions(items[1]) == [("Siri uppdaterar skylten vid bryggan.", [("Siri", None)]),
                                    ("att godkänna styrelsens förslag till avgifter.", [])]


def test_the_venue_after_the_organisation_in_a_title_sentence_is_the_location():
    p = parse_text("Protokoll fört vid årsmöte med Exempelby jaktvårdskrets i Lidens bygdegård, 2025-04-06.\n\n"
                   "§ 1) Mötets öppnande. Ordföranden öppnade mötet.\n\n§ 2) Mötets avslutande. Mötet avslutades.\n")
    assert (p.organisation, p.location) == ("Exempelby jaktvårdskrets", "Lidens bygdegård")
    p = parse_text("Protokoll fört vid årsmöte med Exempelby hembygdsförening i Skolhuset, Ljungby, 2025-03-16.\n\n"
                   "§ 1) Mötets öppnande. Ordföranden öppnade mötet.\n\n§ 2) Mötets avslutande. Mötet avslutades.\n")
    assert (p.organisation, p.location) == ("Exempelby hembygdsförening", "Skolhuset, Ljungby")


def _roll(label: str, header: str) -> list[tuple[str, str | None]]:
    p = parse_text(f"Protokoll fört vid föreningsstämma med Exempelby vägförening\n\nDatum: 2025-05-10\n\n{label}\n{header}\n"
                   "Byn 1:4          Per Berg             12\nByn 1:7          Lisa Holm             8\n\n"
                   "§ 1 Stämmans öppnande\nStämman öppnades.\n\n§ 2 Avslutning\nStämman avslutades.\n")
    return [(a.name, a.affiliation) for a in p.attendees]


def test_a_roll_by_property_gives_who_came_for_each_property():
    expected = [("Per Berg", "Byn 1:4"), ("Lisa Holm", "Byn 1:7")]
    assert _roll("Närvarande", "Fastighet        Ägare/ombud          Andelstal") == expected
    assert _roll("Närvarande", "Fastighet        Närvarande           Andelar") == expected
    assert _roll("Närvarande fastigheter", "Fastighet        Företrädd av         Andelstal") == expected


def test_a_title_with_the_meetings_ordinal_between_organisation_and_body():
    p = parse_text("Protokoll fört vid Kanotklubben Forsens 27:e årsmöte 2025.\n\nPlats: Klubbstugan.\nDatum: 9 mars 2025.\n\n"
                   "1      Dagordningen fastställdes.\n2      Till justerare valdes Malin Kvist.\n"
                   "3      Ordföranden förklarade årsmötet avslutat.\n")
    assert (p.organisation, p.body) == ("Kanotklubben Forsen", "årsmöte")


def test_a_sockenrad_over_its_title_sentence_is_the_organisation():
    for name in ("HÄLLSTA SOCKENRÅD", "Hällsta sockenråd"):
        p = parse_text(f"{name}\n\nProtokoll fört vid sockenstämma tisdagen den 18 mars 2025 kl. 19 i Hällsta "
                       "församlingshem\n\n§1. Mötet öppnas.\n\n§2. Mötet avslutas.\n")
        assert (p.organisation, p.body) == (name, "sockenstämma")


def test_the_rest_of_a_proposal_adopted_after_a_decision_on_part_of_it_is_a_decision():
    items = _items("Exempelby VA-förening\nProtokoll föreningsstämma 2025-04-27\n\n§ 1 Mätare\n"
                   "Styrelsen föreslog att alla mätare byts.\nEfter diskussion beslutades att byten i fritidshus görs först.\n"
                   "Stämman beslutade i övrigt enligt styrelsens förslag.\n\n§ 2 Avslutning\nStämman avslutades.\n")
    assert _decisions(items[0]) == [("att byten i fritidshus görs först.", []),
                                    ("i övrigt enligt styrelsens förslag.", [])]


def test_an_election_written_as_office_name_and_mandate_is_a_decision():
    items = _items("Protokoll fört vid årsmöte för Exempelviks Hamnförening den 22 februari 2025.\n\n"
                   "1. Val av styrelse\nOrdförande Rolf Nyk, omval 1 år. Sekreterare Siri Wahl, nyval 2 år.\n"
                   "Suppleant: Tage Molin, nyval på 1 år.\n\n2. Mötets avslutande\nOrdföranden avslutar mötet.\n")
    assert [d.text for d in items[0].decisions] == [
        "Ordförande Rolf Nyk, omval 1 år. Sekreterare Siri Wahl, nyval 2 år.", "Suppleant: Tage Molin, nyval på 1 år."]


def test_a_first_lettered_point_opens_its_item_where_the_item_has_no_heading():
    items = _items("Protokoll fört vid Kanotklubben Forsens 27:e årsmöte 2025.\n\nDatum: 9 mars 2025.\n\n"
                   "1      Dagordningen fastställdes.\n2      Till justerare valdes Malin Kvist.\n"
                   "3 a)   Medlemsavgiften för 2026 fastställdes till 350 kronor.\n"
                   "  b)   Avgiften för kanotplats fastställdes till 500 kronor.\n"
                   "4      Ordföranden förklarade årsmötet avslutat.\n")
    assert [(i.number, i.title) for i in items] == [
        (1, "Dagordningen fastställdes."), (2, "Till justerare valdes Malin Kvist."),
        (3, "Medlemsavgiften för 2026 fastställdes till 350 kronor."),
        (4, "Ordföranden förklarade årsmötet avslutat.")]
    assert [d.text for d in items[2].decisions] == ["Medlemsavgiften för 2026 fastställdes till 350 kronor.",
                                                    "Avgiften för kanotplats fastställdes till 500 kronor."]


def test_a_groups_name_over_its_elections_in_an_election_item_opens_a_sub_item():
    items = _items(BYSTAMMA.replace("§6. Stämman", "Styrelsen\nOmval på två år: Anna Ek och Per Berg.\n\n"
                                    "Revisorer\nOmval på ett år: Lisa Holm.\n\n§6. Stämman"))
    val = items[2]
    assert [d.text for d in val.decisions] == ["Stadgeenliga val förrättas enligt valberedningens förslag."]
    assert [(s.title, [d.text for d in s.decisions]) for s in val.subitems] == [
        ("Styrelsen", ["Omval på två år: Anna Ek och Per Berg."]), ("Revisorer", ["Omval på ett år: Lisa Holm."])]


def test_a_range_of_paragraphs_in_the_front_matter_is_no_item():
    """"Paragrafer  SBN § 45–50" in the header block names the paragraphs the minutes hold: the items are 45–47 as
    numbered, not a 45 spanning them (a titled range heading, "§11-15. Stadgeenliga val", does span)."""
    from protokoll.parse.blocks import heading_at
    assert heading_at("§11-15. Stadgeenliga val").through == 15
    items = _items("Samhällsbyggnadsnämnden\nSammanträdesprotokoll 2025-05-12\n\nParagrafer:\n\nSBN § 45–47\n\n"
                   "Underskrifter:\nSekreterare\n\nEva Lund\n\n"
                   "§ 45 Val av justerare\nNämnden beslutar att utse Eva Lund att justera protokollet.\n\n"
                   "§ 46 Bygglov för garage\nNämnden beslutar att bevilja bygglov.\n\n"
                   "§ 47 Delegationsbeslut\nNämnden beslutar att lägga redovisningen till handlingarna.\n")
    assert [(i.number, i.title) for i in items] == [(45, "Val av justerare"), (46, "Bygglov för garage"),
                                                    (47, "Delegationsbeslut")]


def test_a_presence_column_right_of_a_roll_heading_on_its_own_line_names_no_one():
    """Regression (merge of h25 with h26): the property-roll rule ("Fastighet | Närvarande") took the "Närvaro §§"
    column of a committee's roll, whose name column is titled by the line above ("Ordinarie ledamöter"), as the
    names, and the roll was lost."""
    text = ("Gemensamma nämnden Exempeldalen\nSammanträdesprotokoll 2025-10-21\n\nBeslutande\n"
            "Ordinarie ledamöter\tKommun\tTjg\tEj tjg\tNärvaro §§\n"
            "Anna Berg (S), ordförande\tÅby\tX\n"
            "Olof Lind (M)\tBjörkvik\tX\t\t41–44\n"
            "Karin Ström (C)\tÅby\tX\n\n"
            "§ 41 Val av justerare\nNämnden beslutar att utse Olof Lind att justera protokollet.\n")
    people = {a.name: (a.affiliation, a.party) for a in parse_text(text).attendees}
    assert people == {"Anna Berg": ("Åby", "S"), "Olof Lind": ("Björkvik", "M"), "Karin Ström": ("Åby", "C")}
