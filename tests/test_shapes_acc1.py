"""Attendance, item and decision shapes from the acc1 survey of real minutes (fixtures 224–229): one test per
shape, fictional names."""
import datetime as dt

from protokoll.pipeline import parse_text

from shape_support import parsed


KS = ("HEDVALLA KOMMUN                                   SAMMANTRÄDESPROTOKOLL\n"
      "Kommunstyrelsen                                   2025-03-06\n\n"
      "Plats och tid           Tingssalen, Förvaltningshuset, kl 08:30 - 16:15\n\n")
ITEMS = ("§ 62 Information\nKommunstyrelsens beslut\nInformationen noteras.\n\n"
         "§ 63 Bokslut\nKommunstyrelsens beslut\nBokslutet godkänns.\n")


def test_substitute_written_istf_serves_for_the_member():
    _, got = parsed(KS + "Beslutande:             Leif Grahn (S) ordf                  Annika Wall (S)\n"
                    "                        Björn Mård (S) ersättare istf Ronny Bäck (S)\n"
                    "                        Inga Olsén (C) tjg ersättare istf Helena Brink (C) § 62-66\n\n"
                    "Utses att justera       Annika Wall (S)\n\n" + ITEMS)
    assert got[2:] == [("Björn Mård", "S", "present", "tjänstgörande ersättare", "S"),
                       ("Inga Olsén", "C", "present", "tjänstgörande ersättare", "C")]


def test_title_first_official_utredare():
    _, got = parsed(KS + "Beslutande              Leif Grahn (S)\n                        Annika Wall (S)\n\n"
                    "Övriga deltagande       Ekonomichef Niklas Brem § 63        Utredare Malin Fund § 62\n\n" + ITEMS)
    assert got[-1] == ("Malin Fund", "utredare", "present", "utredare", None)


def test_party_in_parentheses_after_a_comma_and_a_vacant_seat():
    _, got = parsed(KS + "Beslutande ledamöter    Jan Salén (S)\n                        Ida Staf, (C)\n"
                    "                        Vakant (M)\n\nJusterare               Ida Staf (C)\n\n" + ITEMS)
    assert got == [("Jan Salén", "S", "present", None, "S"), ("Ida Staf", "C", "present", None, "C")]


def _page(n, body):
    return f"\f{n}(5)\nTRÅSTA KOMMUN\nKommunstyrelsens arbetsutskott\n\n{body}"


KSAU = ("1(5)\nTRÅSTA KOMMUN\nKommunstyrelsens arbetsutskott\nSAMMANTRÄDESPROTOKOLL 2025-03-13\n\n"
        "Plats och tid           Kommunhuset, 09.00-11.30\n\nBeslutande ledamöter    Jan Salén (S)\n"
        "                        Ida Staf (C)\n\nJusterare               Ida Staf (C)\n\n"
        "Ärendelista\n\n26      Dnr KS 2025/14\n        Information.......................................2\n\n"
        "27      Dnr KS 2024/484\n        Svar på medborgarförslag: Bättre bussförbindelser i\n"
        "        kommunens ytterområden....................................3\n\n"
        "28      Dnr KS 2025/62\n        Ansökan om ekonomisk garanti.................................4\n\n"
        "29      Dnr KS 2025/70\n        Delegationsbeslut.......................................4\n")


def test_item_number_and_case_at_page_tops_and_a_wrapped_contents_entry():
    p = parse_text(KSAU + _page(2, "26      Dnr KS 2025/14\nInformation\n\nArbetsutskottets beslut\nInformationen noteras.\n")
                   + _page(3, "27      Dnr KS 2024/484\nSvar på medborgarförslag: Bättre bussförbindelser i kommunens\n"
                              "ytterområden\n\nArbetsutskottets beslut\nMedborgarförslaget anses besvarat.\n")
                   + _page(4, "28      Dnr KS 2025/62\nAnsökan om ekonomisk garanti\n\nArbetsutskottets beslut\n"
                              "Ärendet bordläggs.\n\n29      Dnr KS 2025/70\nDelegationsbeslut\n\n"
                              "Arbetsutskottets beslut\nRedovisningen läggs till handlingarna.\n"), "shape.txt")
    assert [(i.number, i.title, i.case_number) for i in p.items] == [
        (26, "Information", "KS 2025/14"),
        (27, "Svar på medborgarförslag: Bättre bussförbindelser i kommunens ytterområden", "KS 2024/484"),
        (28, "Ansökan om ekonomisk garanti", "KS 2025/62"), (29, "Delegationsbeslut", "KS 2025/70")]


def test_own_proposal_to_another_body_is_the_decision():
    p, _ = parsed("Protokoll\nKommunstyrelsens arbetsutskott\nDatum: 2025-03-13\n\n"
                  "Beslutande: Jan Salén (S), Ida Staf (C)\n\n"
                  "§ 27 Årsredovisning 2024\nEkonomiavdelningen har upprättat en årsredovisning.\n\n"
                  "Arbetsutskottets förslag till kommunstyrelsen\n"
                  "Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisningen för 2024.\n\n"
                  "§ 28 Medborgarförslag om busstrafik\nArbetsutskottets förslag till kommunstyrelsen\n"
                  "Medborgarförslaget anses besvarat.\n\n"
                  "§ 29 Bidrag till föreningen\nFörvaltningens förslag till beslut\n"
                  "Arbetsutskottet beslutar att bevilja bidraget.\n\nArbetsutskottets beslut\n"
                  "Arbetsutskottet beslutar att avslå ansökan.\n")
    assert [[d.text for d in i.decisions] for i in p.items] == [
        ["Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisningen för 2024."], ["Medborgarförslaget anses besvarat."], ["att avslå ansökan."]]


def test_another_bodys_proposal_heading_is_no_decision():
    p, _ = parsed("Protokoll\nKommunfullmäktige\nDatum: 2025-04-14\n\nBeslutande: Jan Salén (S), Ida Staf (C)\n\n"
                  "§ 40 Årsredovisning 2024\nKommunstyrelsens förslag till kommunfullmäktige\n"
                  "Kommunfullmäktige beslutar att godkänna årsredovisningen.\n\nKommunfullmäktiges beslut\n"
                  "Årsredovisningen godkänns.\n\n§ 41 Avslutning\nOrdföranden avslutade mötet.\n")
    assert [d.text for d in p.items[0].decisions] == ["Årsredovisningen godkänns."]


def test_formula_under_a_proposal_heading_is_no_decision_of_its_own():
    p, _ = parsed("Protokoll\nSocialnämnden\nDatum: 2025-03-13\n\nBeslutande: Jan Salén (S), Ida Staf (C)\n\n"
                  "§ 29 Bidrag till föreningen\nFörvaltningens förslag till beslut\n"
                  "Socialnämnden beslutar att bevilja bidraget.\n\nSocialnämndens beslut\n"
                  "Socialnämnden beslutar att avslå ansökan.\n\n"
                  "§ 30 Bidrag till klubben\nFörslag till beslut\nSocialnämnden beslutar att bevilja 5000 kronor.\n\n"
                  "Beslut\nSocialnämnden beslutar att bevilja 5000 kronor.\n\n"
                  "§ 31 Taxa för bygglov\nFörslag till beslut\nSocialnämnden beslutar att anta taxan.\n")
    assert [[d.text for d in i.decisions] for i in p.items] == [
        ["att avslå ansökan."], ["att bevilja 5000 kronor."], ["att anta taxan."]]


def test_item_label_sharing_its_key_with_the_running_header_is_kept():
    page = "UN 2006-05-02                                                  {n} (3)\n\n"
    p = parse_text("VÄSTERBY KOMMUN\nUtbildningsnämnden\n\n" + page.format(n=1) +
                   "Plats och tid          Aulan, kl 15.00-16.30\n\nBeslutande             Nils Matsson (m)\n"
                   "                       Per-Olof Lind (s)\n\n\f" + page.format(n=2) +
                   "UN § 17\n\nVal av justerare\n\nUtbildningsnämnden beslutar\n\natt utse Per-Olof Lind.\n\n"
                   "UN § 18\n\nBudget\n\nUtbildningsnämnden beslutar\n\natt godkänna budgeten.\n\n\f" + page.format(n=3) +
                   "UN § 19\n\nMeddelanden\n\nUtbildningsnämnden beslutar\n\natt lägga meddelandena till handlingarna.\n",
                   "shape.txt")
    assert [(i.label, i.title) for i in p.items] == [("UN § 17", "Val av justerare"), ("UN § 18", "Budget"),
                                                    ("UN § 19", "Meddelanden")]


ROLL = ("NÄRVAROLISTA\n\n"
        "                                      Närvaro       Votering § 19\n"
        "LEDAMÖTER                             Ja   Nej      Ja   Nej\n"
        "Nils Matsson, ordf           m        x             x\n"
        "Louise Brandt                c        x             x\n"
        "Jane Trepp                   c             x\n"
        "Kristian Krantz, v ordf      s        x                  x\n\n"
        "ERSÄTTARE\n"
        "Bertil Ringqvist             c        x             x\n"
        "Eva Sundin                   fp\n")


def test_roll_with_group_titles_above_and_an_untitled_lower_case_party_column():
    _, got = parsed("VÄSTERBY KOMMUN\nUtbildningsnämnden\nSammanträdesdatum 2006-05-02\n\n"
                    "Plats och tid          Aulan, kl 15.00-16.30\n\nBeslutande             Se närvarolista\n\n"
                    "Utses att justera      Louise Brandt (c)\n\n" + ROLL +
                    "\nUN § 17\n\nVal av justerare\n\nUtbildningsnämnden beslutar\n\natt utse Louise Brandt.\n\n"
                    "UN § 18\n\nBudget\n\nUtbildningsnämnden beslutar\n\natt godkänna budgeten.\n")
    assert [(n, aff, st, role, party) for n, aff, st, role, party in got] == [
        ("Nils Matsson", "m", "present", "ordförande", "m"), ("Louise Brandt", "c", "present", "ledamot", "c"),
        ("Jane Trepp", "c", "absent", "ledamot", "c"), ("Kristian Krantz", "s", "present", "vice ordförande", "s"),
        ("Bertil Ringqvist", "c", "present", "ersättare", "c"), ("Eva Sundin", "fp", "absent", "ersättare", "fp")]


def test_lines_after_the_lists_are_no_organisation():
    # no organisation written at all (a logo in the PDF): none, not a line of the front matter's labels or lists
    p, _ = parsed("                                   SAMMANTRÄDESPROTOKOLL              1 (6)\n"
                  "Kommunstyrelsen                                      2025-03-06\n\n"
                  "Plats och tid           Tingssalen, kl 08:30 - 16:15\n\n"
                  "Beslutande:             Leif Grahn (S) ordf                  Annika Wall (S)\n"
                  "                        Kenneth Fors (V)\n\n"
                  "Övriga deltagande       Ekonomichef Niklas Brem § 63\n"
                  "                        Administrativ chef Karin Höök\n\n"
                  "Utses att justera       Annika Wall (S)\n\nJusteringens\n"
                  "plats och tid           Kommunkansliet 2025-03-12\n\n" + ITEMS)
    assert p.organisation is None


KOLONI = ("Protokoll styrelsemöte 2025-05-20 kl 17.15 Föreningslokalen\n\nRönnviks Koloniträdgårdsförening\n\n"
          "Närvarande: Mattias I, Mikael E, Mattias N,\nLars N, Rolf S, Nicklas H\n\nFrånvarande: Ludde A\n\n")


def test_title_line_venue_after_the_time_and_officers_with_surname_initials():
    p, _ = parsed(KOLONI + "1. Mötet öppnat\nMötesordförande Mattias I och mötessekreterare Nicklas H\n\n"
                  "2. Val av justeringsman\nMikael E valdes till justeringsman\n\n"
                  "3. Godkännande av dagordning\nDagordningen godkändes av styrelsen\n")
    assert (p.location, p.start_time, p.chair, p.secretary) == ("Föreningslokalen", "17:15", "Mattias I", "Nicklas H")


def test_tasks_of_people_named_by_surname_initial():
    p, _ = parsed(KOLONI + "1. Föreningshuset\nStyrelsen beslutade:Lars+Mattias I ordnar offert på ny panel till köket\n\n"
                  "2. Vårfesten\nStyrelsen beslöt att Mattias I i samarbete med Mattias N via sms hör vilka medlemmar\n"
                  "som kan hjälpa till vid vårfesten\n\n"
                  "3. Plattsättning\nStyrelsen beslutade att Mattias N går ut via sms och ber medlemmarna om hjälp\n")
    assert [[a.assignee for d in i.decisions for a in d.actions] for i in p.items] == [
        ["Lars", "Mattias I"], ["Mattias I", "Mattias N"], ["Mattias N"]]


def test_one_sentence_a_line_without_full_stops():
    p, _ = parsed(KOLONI + "1. Övriga frågor\nRepresentanter från föreningen deltog på områdesdagen den 17/5\n"
                  "Styrelsen gav Lars N i uppdrag att ta in prisuppgifter på en ny gräsklippare till nästa\nmöte\n"
                  "Rolf S återkommer till nästa möte om vattenavstängningen\n\n"
                  "2. Nästa möte\nTisdag 17:e juni kl 17.15 i föreningslokalen\n\n3. Mötet avslutat\n")
    got = [(d.text, [(a.assignee, a.due) for a in d.actions]) for d in p.items[0].decisions]
    assert got == [
        ("Styrelsen gav Lars N i uppdrag att ta in prisuppgifter på en ny gräsklippare till nästa möte",
         [("Lars N", dt.date(2025, 6, 17))]),
        ("Rolf S återkommer till nästa möte om vattenavstängningen", [("Rolf S", dt.date(2025, 6, 17))])]
    assert [(m.date, m.start_time) for m in p.scheduled_meetings] == [(dt.date(2025, 6, 17), "17:15")]


def test_header_labels_stacked_before_their_values():
    # pdftotext reading a two-column header table column by column: the labels, then their values in order
    p, got = parsed("REGIONFÖRBUNDET VÄSTERHAMN\nSAMMANTRÄDESPROTOKOLL\n\nOrgan:\nPlats och tid:\nBeslutande:\n\n"
                    "Primärkommunala nämnden\nRegionförbundet, Storgatan 34, Västerhamn\n"
                    "Torsdagen den 11 september 2025 kl 13.00–15.45\nRolf Åkerlund, ordf\nLisbet Lennartz\n"
                    "Carl-Axel Centerborg, Saad Benali, tjg ers\n\nUtses att justera:   Lisbet Lennartz\n\n"
                    "§ 31 Val av justerare\nBeslut\nNämnden beslutar\natt utse Lisbet Lennartz.\n\n"
                    "§ 32 Rapporter\nBeslut\nNämnden beslutar\natt lägga rapporterna till handlingarna.\n")
    assert (p.body, p.location, p.date, p.start_time, p.end_time) == (
        "Primärkommunala nämnden", "Regionförbundet, Storgatan 34, Västerhamn", dt.date(2025, 9, 11), "13:00", "15:45")
    assert [(n, role) for n, _, _, role, _ in got] == [
        ("Rolf Åkerlund", "ordförande"), ("Lisbet Lennartz", None), ("Carl-Axel Centerborg", None),
        ("Saad Benali", "tjänstgörande ersättare")]


def test_board_and_organisation_groups_inside_a_list_paragraph():
    _, got = parsed("Socialdemokraterna i Lövsjö, S-föreningen Norra\nProtokoll styrelsemöte nr 8/2025\n\n"
                    "Datum: 2025-10-06\nTid: 18.30–20.40\n\n"
                    "Närvarande: Styrelsen: Maja Lind (ordförande), Jonas Ek (kassör) och\n"
                    "Berit Sjö. Ersättare: Kim Nordin. Från arbetarekommunen: Per-Ola Fransson, ombudsman.\n"
                    "Förhinder: Lena Vik\n\n"
                    "§ 1 Mötets öppnande\nMaja Lind förklarade mötet öppnat.\n\n"
                    "§ 2 Val av justerare\nBerit Sjö valdes att jämte ordföranden justera protokollet.\n")
    assert [(n, st, role) for n, _, st, role, _ in got] == [
        ("Maja Lind", "present", "ordförande"), ("Jonas Ek", "present", "kassör"), ("Berit Sjö", "present", None),
        ("Kim Nordin", "present", "ersättare"), ("Per-Ola Fransson", "present", "ombudsman"),
        ("Lena Vik", "excused", None)]
