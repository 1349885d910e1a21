"""Shapes the twenty-third held-out set (tests/fixtures/heldout23: company general meetings, federations' congresses,
a kyrkofullmäktige, a party branch's and a district sports federation's årsmöte, a student union's fullmäktige)
showed the parser missing, each with a dev fixture of its own in tests/fixtures/genre (640–645). All text made up."""
from protokoll.pipeline import parse_text
from test_heldout22_shapes import _decisions


def _people(protocol):
    return [(a.name, a.affiliation) for a in protocol.attendees]


STAMMA = ("PROTOKOLL\nfört vid extra bolagsstämma i Ekvik Kraft AB, org.nr 559000-1111,\n"
          "tisdagen den 9 september 2025 kl. 18.00 i bolagets kontor, Ekvik\n\n"
          "1. Stämmans öppnande\nStämman öppnades.\n\n"
          "2. Upprättande och godkännande av röstlängd\nFöljande aktieägare var närvarande:\n\n"
          "Aktieägare                 Antal aktier     Antal röster\n"
          "Nils Ekvall                     300              300\n"
          "Rut Sandén                      200              200\n"
          "Summa                           500              500\n\n"
          "Förteckningen godkändes som röstlängd vid stämman.\n\n"
          "3. Stämmans avslutande\nStämman avslutades.\n")


def test_a_rostlangd_of_shareholders_with_their_shares_and_votes_is_the_roll():
    assert _people(parse_text(STAMMA)) == [("Nils Ekvall", None), ("Rut Sandén", None)]


def test_a_table_of_names_without_a_holding_column_inside_an_item_is_no_roll():
    text = STAMMA.replace("Antal aktier     Antal röster", "Bostadsort        Telefon     ")
    assert _people(parse_text(text)) == []


OMBUD = ("                 Protokoll fört vid förbundets årsmöte lördagen den 8 mars 2025 kl. 13.00 i Sporthallen, Ängsby\n\n"
         "Närvarande ombud\n\n"
         "     Förening                  Ombud                     Röster\n"
         "     OK Tallen                 Mira Sand                 2\n"
         "     Ängsby SOK                Roland Flink              1\n\n"
         "1.   Årsmötets öppnande\n     Årsmötet öppnades.\n")


def test_delegates_by_club_with_their_votes_are_present_with_the_club():
    protocol = parse_text(OMBUD)
    assert _people(protocol) == [("Mira Sand", "OK Tallen"), ("Roland Flink", "Ängsby SOK")]


def test_the_genitive_before_the_meeting_refers_back_to_the_organisation():
    assert parse_text(OMBUD).body == "årsmöte"


def test_a_guest_after_the_roll_in_the_same_paragraph_is_a_person_of_their_own():
    text = ("Protokoll fört vid årsmöte med Kustlistan i Bräcksund\nDatum: 2025-02-15\n\n"
            "Närvarande: Tove Hall, Arvid Lunde och Elis Nord. Gäst: Karl Brodd, distriktssekreterare.\n\n"
            "§ 1 Årsmötets öppnande\nMötet öppnades.\n")
    assert _people(parse_text(text)) == [("Tove Hall", None), ("Arvid Lunde", None), ("Elis Nord", None),
                                         ("Karl Brodd", "distriktssekreterare")]


SEKTION = ("Kemisektionen vid Ekviks studentkår\nProtokoll, sektionsmöte 3 2025\n\nDatum: 2025-04-09\n\n"
           "§1 Justering av röstlängd\nRöstlängden justerades till 12 röstberättigade.\n\n"
           "§2 Proposition: Sittningsbidrag\nSektionsstyrelsen föreslår sektionsmötet\n"
           "att införa ett sittningsbidrag om 50 kronor, samt\n"
           "att ge sektionsstyrelsen i uppdrag att utvärdera bidraget senast den 1 december 2025.\n\n"
           "Beslut\nAttsats 1 bifalles.\nAttsats 2 avslås.\n\n"
           "§3 Motion om sektionströja\nSektionsstyrelsens yttrande\n"
           "Sektionsstyrelsen delar motionärens syfte men bedömer att kostnaden är för hög.\n"
           "Sektionsstyrelsen föreslår sektionsmötet att avslå motionen.\n\n"
           "Beslut\natt bifalla motionen.\n")


def test_adopted_attsats_resolves_to_the_clause_proposed_under_no_proposal_label():
    assert _decisions(parse_text(SEKTION))[2] == ["att införa ett sittningsbidrag om 50 kronor, samt"]


def test_the_roll_checked_is_a_decision():
    assert _decisions(parse_text(SEKTION))[1] == ["Röstlängden justerades till 12 röstberättigade."]


def test_a_boards_statement_on_a_motion_is_no_decision_nor_part_of_the_title():
    protocol = parse_text(SEKTION)
    assert _decisions(protocol)[3] == ["att bifalla motionen."]
    assert protocol.items[2].title == "Motion om sektionströja"


def test_the_minutes_word_and_a_comma_before_a_counted_meeting_give_its_number():
    protocol = parse_text(SEKTION)
    assert (protocol.number, protocol.body) == (3, "sektionsmöte")


def test_an_ombud_attends_for_the_shareholder_a_shareholder_in_person_for_themselves():
    text = ("                              PROTOKOLL FÖRT VID ÅRSSTÄMMA I\n"
            "                                   EKVIKS FIBER AB\n\n"
            "Tid:      Onsdagen den 21 maj 2025, kl. 19.00–19.40\n\n"
            "   Aktieägare                      Företrädd genom               Antal aktier    Antal röster\n"
            "   Ekviks Byaförening              Sören Kvist, ombud                    400             400\n"
            "   Gunnel Ahl                      personligen                           100             100\n\n"
            "§ 1       Stämmans öppnande\n          Stämman öppnades.\n")
    protocol = parse_text(text)
    assert [(a.name, a.affiliation, a.role) for a in protocol.attendees] == [
        ("Sören Kvist", "Ekviks Byaförening", "ombud"), ("Gunnel Ahl", None, None)]


def test_a_presidium_written_role_colon_name_is_present_with_its_offices():
    text = ("Strandviks studentkår\nProtokoll, Kårfullmäktige möte 2 2025/2026\n\nDatum: 2025-10-15\n\n"
            "Närvarande ledamöter\nIdun Sjö (Studentlistan)\n\n"
            "Presidium\nTalman: Rasmus Hed\nVice talman: Lova Brand\nSekreterare: Nils Ådén\n\n"
            "§1 Mötets öppnande\nMötet öppnades.\n")
    protocol = parse_text(text)
    assert [(a.name, a.role) for a in protocol.attendees] == [
        ("Idun Sjö", None), ("Rasmus Hed", "talman"), ("Lova Brand", "vice talman"), ("Nils Ådén", "sekreterare")]
    assert (protocol.chair, protocol.secretary) == ("Rasmus Hed", "Nils Ådén")
