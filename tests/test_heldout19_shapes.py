"""Shapes the nineteenth held-out set (tests/fixtures/heldout19: full councils, regional bodies and nämnder) showed
the parser missing, each with a dev fixture of its own in tests/fixtures/genre (556–561). All text made up."""
from protokoll.parse.decisions import counted_vote, reserves
from protokoll.parse.recognise import not_minutes_reason
from protokoll.pipeline import parse_text
from shape_support import decisions_by_number as _decisions


SUMMARY = ("Kommunfullmäktige 9 juni 2025\n\nMyrby kommun\nKommunfullmäktiges sammanträde\n"
           "Måndag 9 juni 2025 kl. 18.00–21.00\nPlats: Myrby folkets hus\n\n"
           "1. Öppnande (kl 18:00)\n\nOrdföranden hälsar alla välkomna.\n\n"
           "2. Val av justerare (kl 18:05)\n\nBeslut: Kommunfullmäktige utser Ada Berg (S) och Ivar Lund (M) att justera.\n\n"
           "3. Bokslut 2024 (kl 18:20)\n\nBeslut: enligt förslag\n\n"
           "4. Medborgarförslag om parkbänkar (kl 19:00)\n\n"
           "Beslut: Kommunfullmäktige lämnar medborgarförslaget till tekniska nämnden för beredning.\n\n"
           "Nästa sammanträde hålls den 8 september 2025 kl. 18.00.\n")


def test_a_web_summary_whose_points_record_beslut_lines_is_minutes_not_an_agenda():
    lines = [line.strip() for line in SUMMARY.splitlines() if line.strip()]
    assert not_minutes_reason(lines) is None
    protocol = parse_text(SUMMARY)
    assert (protocol.organisation, str(protocol.date)) == ("Myrby kommun", "2025-06-09")
    assert _decisions(protocol)[3] == ["enligt förslag"]


def test_a_remit_for_preparation_gives_no_task():
    decision = parse_text(SUMMARY).items[3].decisions[0]
    assert (decision.kind, decision.actions) == ("other", [])


PORTAL = ("Du är här: Start > Bergvika kommun > Byggnadsnämnden > Sammanträde 2025-09-17\n\n"
          "Sammanträde 2025-09-17\n\nDatum\n2025-09-17\nKlockan\n09:00\nPlats\nStadshuset, rum Tallen\n\n"
          "§12 Detaljplan för Åsen 2:4\n\nDnr. BN 2025/0132 214\n\nByggnadsnämndens beslut\n\n- Planen antas.\n")


def test_a_portal_pages_breadcrumb_klockan_and_dnr_with_its_stop():
    protocol = parse_text(PORTAL)
    assert (protocol.organisation, protocol.body, protocol.start_time) == ("Bergvika kommun", "Byggnadsnämnden", "09:00")
    assert protocol.items[0].case_number == "BN 2025/0132 214"


ROLL = ("Protokoll\nKommunfullmäktige i Ekeby kommun\n\n"
        "Sammanträde tisdagen den 3 juni 2025 kl. 18.00–20.00 i Ekeby rådhus.\n\n"
        "Närvarande vid uppropet: ordföranden Alva Rud (C), förste vice ordföranden Sten Ås (S) samt övriga "
        "ledamöter utom Pia Holm (S) och Leo Dahl (M).\n\n"
        "Som ersättare för de frånvarande ledamöterna inträder Eva Bro (S) för Pia Holm och Olof Kvist (M) för Leo Dahl.\n\n"
        "§ 1 Val av justerare\n\nKommunfullmäktige utser Sten Ås (S) att justera protokollet.\n")


def test_a_body_that_names_no_meeting_then_i_and_its_municipality():
    protocol = parse_text(ROLL)
    assert (protocol.organisation, protocol.body) == ("Ekeby kommun", "Kommunfullmäktige")


def test_a_sentence_roll_with_definite_offices_all_but_those_away_and_the_substitutes_who_step_in():
    protocol = parse_text(ROLL)
    assert [(a.name, a.status, a.role, a.party) for a in protocol.attendees] == [
        ("Alva Rud", "present", "ordförande", "C"), ("Sten Ås", "present", "förste vice ordförande", "S"),
        ("Pia Holm", "absent", None, "S"), ("Leo Dahl", "absent", None, "M"),
        ("Eva Bro", "present", "tjänstgörande ersättare", "S"), ("Olof Kvist", "present", "tjänstgörande ersättare", "M")]
    assert protocol.attendees[4].note == "för Pia Holm"
    assert protocol.chair == "Alva Rud"


LOWER = ("PROTOKOLL\nKulturnämnden\n2025-05-06\n\nÅsby kommun\n\nPlats och tid: Kulturhuset, kl 13:00–15:00\n\n"
         "Beslutande\nNina Eld, m, ordförande\nKarl Ros, s\n\nJusterare: Karl Ros\n\n"
         "§ 7 Bidrag till studieförbund\n\nOmröstningsresultat\nMed 4 ja-röster mot 1 nej-röst samt 2 ledamöter som "
         "avstår från att rösta beslutar nämnden att anta ordförandens yrkande.\n\n"
         "Kulturnämndens beslut\nBidragen fördelas enligt bilaga 1.\n\n"
         "§ 8 Meddelanden\n\nKulturnämndens beslut\nMeddelandena läggs till handlingarna.\n\n\n"
         "Röstlista § 7\n\nLedamot        Parti   Ja   Nej   Avstår\nNina Eld       m       X\nKarl Ros       s            X\n")


def test_a_lower_case_party_after_a_comma_is_the_party():
    protocol = parse_text(LOWER)
    assert [(a.name, a.party, a.role) for a in protocol.attendees] == [("Nina Eld", "m", "ordförande"), ("Karl Ros", "s", None)]


def test_abstainers_named_before_avstar_are_counted():
    vote = parse_text(LOWER).items[0].decisions[0].votes[0]
    assert (vote.yes, vote.no, vote.abstain) == (4, 1, 2)


def test_a_roll_by_name_of_another_paragraph_after_the_last_is_no_vote_nor_decision_of_it():
    last = parse_text(LOWER).items[1]
    assert [(d.text, d.votes) for d in last.decisions] == [("Meddelandena läggs till handlingarna.", [])]


VOTERING = ("Protokoll\nFritidsnämnden i Sjöby kommun\nSammanträdesdatum: 2025-04-01\n\n"
            "§ 3 Hallhyror\nVotering begärs.\n\nVoteringsresultat\nMed 5 ja-röster mot 2 nej-röster beslutar nämnden "
            "att anta förslaget.\n\nRöstlista § 3\nLedamot          Ja   Nej\nIda Ek (S)       X\nBo Alm (M)            X\n\n"
            "Beslut\nNämnden fastställer hyrorna enligt förslaget.\n")


def test_voteringsresultat_heads_the_tally_and_its_formula_is_no_decision():
    item = parse_text(VOTERING).items[0]
    assert [d.text for d in item.decisions] == ["Nämnden fastställer hyrorna enligt förslaget."]
    vote = item.decisions[0].votes[0]
    assert (vote.yes, vote.no, [b.name for b in vote.ballots]) == (5, 2, ["Ida Ek", "Bo Alm"])


FINNISH = ("NORRVIKS KOMMUN                 PROTOKOLL                     1\n"
           "Tekniska nämnden                6/2025\n\n"
           "Sammanträdestid        Torsdagen den 5.6.2025 kl. 18:00–20:00\n\n"
           "21 § Vägunderhåll\n\nTekniska chefens förslag: Nämnden godkänner planen.\n\n"
           "Ek föreslog att planen återremitteras. Tekniska chefens förslag fick 5 röster och Eks förslag 2 röster.\n\n"
           "Beslut: Nämnden beslöt enligt tekniska chefens förslag.\n\nEk och Sund anmälde avvikande mening.\n\n"
           "22 § Anmälningsärenden\n\nBeslut: Antecknades för kännedom.\n\n\n"
           "Till påseende           Fredagen den 13.6.2025 på kommunkansliet\n")


def test_a_finland_swedish_protocols_count_beside_the_body_and_its_vote_by_proposals():
    protocol = parse_text(FINNISH)
    assert protocol.number == 6
    vote = protocol.items[0].decisions[0].votes[0]
    assert (vote.yes, vote.no) == (5, 2)
    assert counted_vote("A:s förslag fick 5 röster och B:s förslag 2 röster.").no == 2


def test_dissent_noted_and_the_public_display_line_are_no_decisions():
    protocol = parse_text(FINNISH)
    assert _decisions(protocol) == {21: ["enligt tekniska chefens förslag."], 22: ["Antecknades för kännedom."]}
    assert protocol.items[1].decisions[0].kind == "noted"
    assert reserves("Ek och Sund anmälde avvikande mening.").group("who") == "Ek och Sund"
