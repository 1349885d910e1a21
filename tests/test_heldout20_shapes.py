"""Shapes the twentieth held-out set (tests/fixtures/heldout20: annual and extra general meetings, pensioners' and
union branches, municipal councils' notes) showed the parser missing, each with a dev fixture of its own in
tests/fixtures/genre (572–578). All text made up."""
from protokoll.parse.decisions import kind_of, running_decision, task_sentence
from protokoll.pipeline import parse_text
from protokoll.tableheads import is_header
from protokoll.vocab.labels import earlier_decision
from shape_support import decisions_by_number as _decisions


STAMMA = ("PROTOKOLL FÖRT VID FÖRENINGSSTÄMMA I BRF EKEN 3\n\n"
          "   Datum:          2026-05-12\n\n"
          "   § 1      Stämmans öppnande\n            Ordföranden öppnade stämman.\n\n"
          "   § 2      Fråga om kallelse\n            Stämman förklarades stadgeenligt utlyst.\n\n"
          "   § 3      Beslut om resultatdisposition\n            Stämman beslutade att balansera resultatet i ny räkning.\n\n"
          "   § 4      Fråga om ansvarsfrihet\n            Stämman beviljade styrelsen ansvarsfrihet.\n")


def test_a_numbered_paragraph_with_a_short_title_in_layout_columns_is_no_table_header():
    # "§ 3     Beslut om ..." reads as cells "§ 3" | "Beslut om ...", whose words are also an item table's column titles
    assert not is_header(["§ 3", "Beslut om resultatdisposition"])
    assert is_header(["§", "Beslut"])
    protocol = parse_text(STAMMA)
    assert [(i.number, i.title) for i in protocol.items] == [
        (1, "Stämmans öppnande"), (2, "Fråga om kallelse"), (3, "Beslut om resultatdisposition"),
        (4, "Fråga om ansvarsfrihet")]
    assert _decisions(protocol)[3] == ["att balansera resultatet i ny räkning."]


RIGHT_SIGNS = ("Protokoll fört vid årsmöte med SPF Seniorerna Ekby den 16 februari 2026 kl 14.00\n\n"
               "Lokal: Ekby bygdegård\n\n"
               + " " * 70 + "§ 1\nOrdföranden Gun Ek hälsade välkomna och förklarade årsmötet öppnat.\n\n"
               + " " * 70 + "§ 2\nValet av ordförande för årsmötet föll på Åke Ris.\nValet av sekreterare föll på Eva Lo.\n\n"
               + " " * 70 + "§ 3\nDagordningen godkändes.\n\n"
               + " " * 70 + "§ 4\nÅke Ris avslutade årsmötet kl 15.00.\n")


def test_a_lone_paragraph_sign_at_the_right_margin_gives_its_paragraph_as_the_items_text():
    protocol = parse_text(RIGHT_SIGNS)
    assert [i.number for i in protocol.items] == [1, 2, 3, 4]
    assert protocol.items[0].title.startswith("Ordföranden Gun Ek hälsade välkomna")
    assert _decisions(protocol)[2] == ["Valet av ordförande för årsmötet föll på Åke Ris.",
                                       "Valet av sekreterare föll på Eva Lo."]
    assert _decisions(protocol)[3] == ["Dagordningen godkändes."]
    assert protocol.chair == "Åke Ris" and protocol.secretary == "Eva Lo"


LAYOUT_ROWS = ("                      EKBY BYALAG\n\n"
               "      Protokoll från höstmöte för Ekby byalag 2025-10-12 i Skolan.\n\n\n"
               "      1.   Mötets öppnande.\n           Ordföranden Gun Ek öppnade mötet.\n\n"
               "      2.   Val av två justerare                         Till att justera protokollet valdes\n"
               "                                                        Bo Ås och Lo Ek.\n\n"
               "      3.   Val av ordförande för kommande verksamhetsår              Siv Ek omvaldes.\n\n"
               "      4.   Mötets avslutande.\n           Ordföranden avslutade mötet.\n")


def test_a_layout_row_of_title_and_decision_gives_both_and_the_term_office_is_no_meeting_chair():
    protocol = parse_text(LAYOUT_ROWS)
    assert [i.title for i in protocol.items][1:3] == ["Val av två justerare", "Val av ordförande för kommande verksamhetsår"]
    assert _decisions(protocol)[2] == ["Till att justera protokollet valdes Bo Ås och Lo Ek."]
    assert _decisions(protocol)[3] == ["Siv Ek omvaldes."]
    assert protocol.adjusters == ["Bo Ås", "Lo Ek"]
    assert protocol.chair != "Siv Ek"  # elected for the year, the association's chair, not the meeting's


def test_elections_without_a_decision_verb_and_a_task_in_a_noun_phrase():
    for sentence in ("Styrelseledamöter: Omval på Bo Ås och Lo Ek.", "Fyllnadsval, efter Per Ek, av Rune Ek.",
                     "Valet av sekreterare föll på Eva Lo.",
                     "Stämman befanns vara i stadgeenlig ordning utlyst.",
                     "Uppdrag åt styrelsen att utse två ombud."):
        assert running_decision(sentence), sentence
    assert kind_of("Valet av ordförande föll på Åke Ris enligt valberedningens förslag.", []) == "other"
    protocol = parse_text(LAYOUT_ROWS.replace("      4.   Mötets avslutande.",
                                              "      4.   Ombud.\n           Uppdrag åt styrelsen att utse två ombud."
                                              "\n\n      5.   Mötets avslutande."))
    decision = protocol.items[3].decisions[0]
    assert (decision.kind, [a.assignee for a in decision.actions]) == ("assignment", ["styrelsen"])


COUNCIL = ("MINNESANTECKNINGAR\nKommunala pensionärsrådet i Ekby kommun\n\nDatum: 2026-03-04\n\n"
           "Beslutande\nAnders Bro PRO, ordförande\nGun Vik SPF\nEva Strand, ers PRO för Ole Strand\n\n"
           "§ 1 Öppnande\nDagordningen godkändes.\n\n"
           "§ 2 Budget\nPensionärsorganisationerna lämnar synpunkter till sekreteraren senast den 20 mars.\n"
           "Polisen återkommer med statistik till rådets möte den 6 maj 2026.\n\n"
           "§ 3 Övriga frågor\nGun Vik tar upp att belysningen är dålig.\n"
           "Sekreteraren annonserar mötet senast den 1 april.\n")


def test_an_organisations_code_after_the_name_is_the_affiliation_not_part_of_the_name():
    protocol = parse_text(COUNCIL)
    people = {a.name: (a.affiliation, a.role) for a in protocol.attendees}
    assert people["Anders Bro"] == ("PRO", "ordförande")
    assert people["Gun Vik"] == ("SPF", None)
    assert people["Eva Strand"] == ("PRO", "tjänstgörande ersättare")
    assert protocol.chair == "Anders Bro"


def test_councils_tasks_by_the_police_the_organisations_and_the_secretary():
    for sentence in ("Pensionärsorganisationerna lämnar synpunkter till sekreteraren senast den 20 mars.",
                     "Polisen återkommer med statistik till rådets möte den 6 maj 2026.",
                     "Sekreteraren annonserar mötet senast den 1 april."):
        assert task_sentence(sentence), sentence
    assert not task_sentence("Gun Vik tar upp att belysningen är dålig.")
    assert task_sentence("Petra Löf tar upp frågan med arbetsgivaren.")
    protocol = parse_text(COUNCIL)
    dues = {a.assignee.capitalize(): str(a.due) for i in protocol.items for d in i.decisions for a in d.actions}
    assert dues == {"Pensionärsorganisationerna": "2026-03-20", "Polisen": "2026-05-06", "Sekreteraren": "2026-04-01"}


ROLL_IN_ITEM = ("ÅRSMÖTESPROTOKOLL\nEkby Skidklubb\nDatum: 2026-03-15\n\n"
                "1. Mötets öppnande\nOrdförande Jonas Kil förklarade årsmötet öppnat.\n\n"
                "2. Fastställande av röstlängd\nNärvarande med rösträtt:\nJonas Kil\nSara Myr\nEbba Lind (från punkt 4)\n"
                "Övriga närvarande (utan rösträtt):\nUlf Myr, förälder\nMötet fastställde röstlängden till 3 personer.\n\n"
                "3. Mötets avslutande\nMötet avslutades.\n")


def test_a_roll_one_name_a_line_inside_the_item_that_settles_the_roll():
    protocol = parse_text(ROLL_IN_ITEM)
    assert [(a.name, a.affiliation, a.note) for a in protocol.attendees] == [
        ("Jonas Kil", None, None), ("Sara Myr", None, None), ("Ebba Lind", None, "från punkt 4"),
        ("Ulf Myr", "förälder", None)]
    assert _decisions(protocol)[2] == ["Mötet fastställde röstlängden till 3 personer."]


EXTRA = ("Protokoll fört vid extra föreningsstämma med Ekby Vatten ekonomisk förening den 7 mars 2026\n\n"
         "Närvarande\nKjell Hammar, vice ordförande\nÅsa Bring, kassör\nRut Sand\n\n"
         "Anmält förhinder\nMärta Kvist, ordförande\n\n"
         "§ 1 Stämmans öppnande\nKjell Hammar öppnade stämman.\n\n"
         "§ 2 Val av styrelseledamot\nValberedningens förslag: fyllnadsval av Rut Sand för ett år.\n"
         "Rut Sand valdes med acklamation till styrelseledamot för ett år.\n\n"
         "§ 3 Val av revisor\nValberedningens förslag: Pär Lund, nyval 1 år.\n"
         "Stämman valde enhälligt enligt valberedningens förslag.\n")


def test_an_excused_ordforande_chairs_nothing_and_a_decision_follows_a_proposal_on_its_labels_line():
    protocol = parse_text(EXTRA)
    assert protocol.chair == "Kjell Hammar"
    assert _decisions(protocol)[2] == ["Rut Sand valdes med acklamation till styrelseledamot för ett år."]
    assert _decisions(protocol)[3] == ["Stämman valde enhälligt enligt valberedningens förslag."]


TABLE_ROLES = ("SPF Seniorerna Ekby\nPROTOKOLL NR 2/2026\n\nStyrelsemöte den 10 februari 2026 kl. 13.00–15.00, Ekby\n\n"
               "Ledamöter                    Närvarande\n"
               "Lena Holm                    X, ordförande\n"
               "Ture Berg                    X\n"
               "Britt Sand                   X, sekreterare\n"
               "Anton Ek                     anmält förhinder\n\n"
               "Övriga närvarande\nUlla Nygren, ej tjg ersättare, Reumatikerföreningen\n\n"
               "§1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
               "§2 Vårfesten\n\nFöreningen ordnar varje år en vårfest i april.\n\n"
               "§3 Övriga frågor\n\nUlla Nygren frågar hur färdtjänsten fungerar.\nLena Holm tar upp frågan med kommunen.\n")


def test_an_office_after_a_presence_mark_and_an_organisation_after_a_short_substitutes_role():
    people = {a.name: (a.affiliation, a.role, a.status) for a in parse_text(TABLE_ROLES).attendees}
    assert people["Lena Holm"] == ("ordförande", "ordförande", "present")
    assert people["Britt Sand"] == ("sekreterare", "sekreterare", "present")
    assert people["Anton Ek"][2] == "excused"
    assert people["Ulla Nygren"][:2] == ("Reumatikerföreningen", "ersättare")


def test_a_question_asked_and_what_recurs_every_year_give_no_task():
    assert not task_sentence("Ulla Nygren frågar hur färdtjänsten fungerar.")
    assert not task_sentence("Föreningen ordnar varje år en vårfest i april.")
    assert task_sentence("Föreningen ordnar en vårfest i april.")
    assert _decisions(parse_text(TABLE_ROLES))[3] == ["Lena Holm tar upp frågan med kommunen."]


def test_an_earlier_stammas_decision_told_in_a_relative_clause_is_no_decision_of_this_one():
    assert earlier_decision("Det förslag till ändrade stadgar som antogs vid ordinarie stämma den 27 april 2025 "
                            "behandlades för andra gången.")
    assert not earlier_decision("Det förslag till ändrade stadgar som styrelsen lagt fram antogs.")
    protocol = parse_text(EXTRA.replace("Valberedningens förslag: Pär Lund",
                                        "Den revisorsordning som antogs vid ordinarie stämma den 14 maj 2025 gäller.\n"
                                        "Valberedningens förslag: Pär Lund"))
    assert _decisions(protocol)[3] == ["Stämman valde enhälligt enligt valberedningens förslag."]
