"""Shapes the thirteenth held-out set (tests/fixtures/heldout13) showed the parser missing, each with a dev fixture
of its own in tests/fixtures/genre (401–405). All text made up."""
from protokoll.clean.lines import clean
from protokoll.parse import decisions
from protokoll.parse.attendance import parse_attendance
from protokoll.pipeline import parse_text


def _roll(text: str, status: str = "present"):
    return [(a.name, a.affiliation, a.status) for a in parse_attendance(clean(text).lines, status)]


# --- a council's voting list as its roll, a layout's wide running header (fixture 401) -----------------------------
_VOTING_LIST = ("NÄRVARO- OCH VOTERINGSLISTA                                         § 5\n"
                "Ledamöter                   Parti   Tjänstgörande ersättare         Ja    Nej   Avstår\n"
                "Eva Ek, ordförande          S                                       X\n"
                "Per Berg                    M       Lisa Holm (M)                         X\n"
                "Olle Sten                   C                                                   X\n"
                "Total                                                               1     1     1\n")


def test_a_voting_list_is_the_roll_its_substitute_serving_for_the_member():
    got = parse_text("EXBY KOMMUN\nKommunfullmäktige\nSammanträdesdatum 2025-04-01\n\n"
                     "Beslutande             Se närvaro- och voteringslista, sidan 2\n\n"
                     "KF § 5\n\nVal av justerare\n\nKommunfullmäktiges beslut\nFullmäktige utser Olle Sten (C) att justera.\n\n"
                     + _VOTING_LIST)
    assert [(a.name, a.affiliation, a.status, a.role) for a in got.attendees] == [
        ("Eva Ek", "S", "present", "ordförande"), ("Per Berg", "M", "absent", None),
        ("Lisa Holm", "M", "present", "tjänstgörande ersättare"), ("Olle Sten", "C", "present", None)]
    assert [d.text for d in got.items[0].decisions] == ["Fullmäktige utser Olle Sten (C) att justera."]


def test_a_running_header_in_wide_layout_columns_is_furniture():
    header = "EXBY KOMMUN                                        SAMMANTRÄDESPROTOKOLL              {} (3)\n"
    got = parse_text(header.format(1) + "Kommunfullmäktige\nSammanträdesdatum 2025-04-01\n\nKF § 5\n\nÅrsredovisning\n\n"
                     "Kommunfullmäktiges beslut\nKommunfullmäktige godkänner årsredovisningen.\n"
                     + header.format(2) + "KF § 6\n\nMotion om bad\n\nKommunfullmäktiges beslut\nMotionen avslås.\n"
                     + header.format(3) + "KF § 7\n\nAvsägelser\n\nKommunfullmäktiges beslut\nAvsägelsen godkänns.\n")
    assert [[d.text for d in i.decisions] for i in got.items] == [
        ["Kommunfullmäktige godkänner årsredovisningen."], ["Motionen avslås."], ["Avsägelsen godkänns."]]


# --- a protokollsutdrag: header cells, "§ 41" alone over a title with " i ", a vote table (fixture 402) ------------
_EXTRACT = ("                                                             PROTOKOLLSUTDRAG\n"
            "Region Exmyra                                                 Sammanträdesdatum       Diarienummer\n"
            "Kulturnämnden                                                 2025-09-18              KUN 2025/77\n\n"
            "§ 41\nBidrag till teatern i Exmyra län\n\nBeslutande\nSe närvarolista i protokollet.\n\n"
            "Omröstningsresultat\n"
            "                                  Ja    Nej   Avstår\n"
            "Anna Sjö (S), ordförande          X\n"
            "Bo Ek (M)                               X\n"
            "Pia Wall (C)                                  X\n"
            "Summa                             1     1     1\n\n"
            "Beslut\nKulturnämnden beviljar teatern bidrag.\n")


def test_an_extracts_title_after_its_lone_label_is_the_items_not_the_documents():
    got = parse_text(_EXTRACT)
    assert (got.organisation, got.body) == ("Region Exmyra", "Kulturnämnden")
    assert [(i.number, i.title) for i in got.items] == [(41, "Bidrag till teatern i Exmyra län")]


def test_a_vote_tables_head_of_vote_words_alone_gives_each_marks_column():
    vote = parse_text(_EXTRACT).items[0].decisions[0].votes[0]
    assert (vote.yes, vote.no, vote.abstain) == (1, 1, 1)
    assert [(b.name, b.party, b.vote) for b in vote.ballots] == [("Anna Sjö", "S", "yes"), ("Bo Ek", "M", "no"),
                                                               ("Pia Wall", "C", "abstain")]


def test_an_extract_whose_roll_is_elsewhere_has_its_voters_present():
    got = parse_text(_EXTRACT)
    assert [(a.name, a.affiliation, a.status) for a in got.attendees] == [
        ("Anna Sjö", "S", "present"), ("Bo Ek", "M", "present"), ("Pia Wall", "C", "present")]


# --- a meeting portal's web page: "•   § 51" bullets, skip link and cookie notice (fixture 403) --------------------
def test_a_portals_bulleted_paragraph_labels_are_the_items():
    got = parse_text("Hoppa över navigering\nRegion Exmyra\nFolkhälsonämnden\nMöte 2025-11-06\n\nProtokoll\n\n"
                     "Närvarande ledamöter\nIngrid Falk (S) ordförande\nMartin Ehn (M)\n\n"
                     " •   § 51\n\n  Justering\n\n • Nämnden utser Martin Ehn (M) att justera protokollet.\n\n"
                     " •   § 52\n\n  Bidrag\n\n • Tre föreningar har ansökt.\n\n  Beslut\n\n  Nämnden beviljar bidragen.\n\n"
                     "Vi använder cookies på denna webbplats för att förbättra din användarupplevelse.\n")
    assert got.organisation == "Region Exmyra"
    assert [(i.number, i.label, i.title) for i in got.items] == [(51, "§ 51", "Justering"), (52, "§ 52", "Bidrag")]
    assert [d.text for d in got.items[1].decisions] == ["Nämnden beviljar bidragen."]


# --- a valnämnd's "Vn 11" labels, the "nummer" cell left on its own line, the föredragningslista (fixture 404) -----
def test_a_small_bodys_one_capital_abbreviation_labels_its_items_where_it_repeats():
    got = parse_text("Valnämnden\nSAMMANTRÄDESPROTOKOLL\nDatum: 2025-08-26\nBeslutande\nRune Sand (S), Ordförande\n\n"
                     "FÖREDRAGNINGSLISTA\nnummer\n10 Val av justerare\n11 Röstmottagare\n12 Vallokal i Bäckmo\n\n"
                     "Vn 10 Val av justerare\nnummer\nElla Tjäder (C) utses att justera protokollet.\n\n"
                     "nummer\nVn 11 Röstmottagare                                   VN 2025/12\n"
                     "Valnämnden beslutar\natt rekrytera tolv röstmottagare.\n\n"
                     "nummer\nVn 12 Vallokal i Bäckmo\nValnämnden beslutar\natt flytta vallokalen.\n")
    assert [(i.number, i.label, i.title, i.case_number) for i in got.items] == [
        (10, "Vn 10", "Val av justerare", None), (11, "Vn 11", "Röstmottagare", "VN 2025/12"),
        (12, "Vn 12", "Vallokal i Bäckmo", None)]
    assert [d.text for d in got.items[2].decisions] == ["att flytta vallokalen."]


def test_an_abbreviation_that_does_not_repeat_is_no_label():
    got = parse_text("Styrelsemöte Exföreningen 2025-03-01\n\n1. Mötets öppnande\nKl 18 öppnades mötet.\n"
                     "2. Ekonomi\nKassan är god.\n3. Avslutning\nMötet avslutades.\n")
    assert [i.title for i in got.items] == ["Mötets öppnande", "Ekonomi", "Avslutning"]


# --- a company board: employee representatives, "2. Val av justerare" over "Att jämte ...", a noted formula (405) --
def test_employee_representatives_after_an_absent_list_are_present():
    roll = _roll("Närvarande styrelseledamöter:\nLena Öst, ordförande\n\nEj närvarande styrelseledamöter:\nGöran Wik\n\n"
                 "Arbetstagarrepresentanter:\nVille Hed (Kommunal)\n")
    assert roll == [("Lena Öst", "ordförande", "present"), ("Göran Wik", None, "absent"),
                    ("Ville Hed", "Kommunal", "present")]


def test_an_adjuster_sentence_under_a_numbered_heading_is_no_part_of_its_title():
    got = parse_text("Protokoll styrelsemöte Exbolaget AB\n\nNärvarande:\nAnna Ek, ordförande\nPer Berg\n\n"
                     "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
                     "2. Val av justerare\nAtt jämte ordföranden justera protokollet utsågs Per Berg.\n\n"
                     "3. Avslutning\nMötet avslutades.\n")
    assert got.items[1].title == "Val av justerare"
    assert [d.text for d in got.items[1].decisions] == ["Att jämte ordföranden justera protokollet utsågs Per Berg."]


def test_a_body_laying_a_report_on_the_table_gives_no_task():
    assert decisions.person_actions("Styrelsen lägger rapporten till handlingarna.", 2025) == []


# --- a direction's roll in two halves, members left and substitutes right, "Tjg"/"Ej tjg" (fixture 406) ------------
def test_a_roll_in_two_halves_reads_each_mark_by_its_column():
    got = parse_text("Exförbundet\nDirektionen\nDatum 2025-09-11\n\nNärvarande\n"
                     "Ledamöter                       Kommun      Närv.   Ersättare                   Kommun      Tjg   Ej tjg\n"
                     "Mona Strand (S), ordförande     Lidå        X       Kjell Bro (S)               Lidå              X\n"
                     "Erik Hov (M), vice ordförande   Västby      X       Agnes Ros (M)               Västby\n"
                     "Lars Ulf (C)                    Lidå                Tilda Gran (C)              Lidå        X\n\n"
                     "§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n\n§ 2 Budget\nDirektionen beslutar\natt fastställa budgeten.\n")
    assert [(a.name, a.affiliation, a.status, a.role) for a in got.attendees] == [
        ("Mona Strand", "Lidå", "present", "ordförande"), ("Kjell Bro", "Lidå", "present", "ej tjänstgörande ersättare"),
        ("Erik Hov", "Västby", "present", "vice ordförande"), ("Agnes Ros", "Västby", "absent", "ersättare"),
        ("Lars Ulf", "Lidå", "absent", None), ("Tilda Gran", "Lidå", "present", "tjänstgörande ersättare")]


# --- the tally told after the "Propositionsordning", a result and no decision (fixture 407) ------------------------
def test_a_tally_after_the_propositionsordning_is_the_votes_result_not_a_decision():
    got = parse_text("Protokoll\nTrafiknämnden\nRegion Exmyra\n\nDatum: 2025-11-20\n\nLedamöter: Rut Åhman (M), ordförande, "
                     "Dan Wiik (S)\n\nTN § 41\nTaxa 2026\nYrkanden\nDan Wiik (S) yrkar avslag.\n\nPropositionsordning\n"
                     "Ordföranden ställer förslaget mot avslag och finner att nämnden bifaller förslaget. Omröstning begärs.\n"
                     "Med 3 ja-röster mot 2 nej-röster beslutar nämnden enligt förslaget till beslut.\n\n"
                     "Beslut\nTrafiknämnden beslutar att höja taxan.\n\nTN § 42\nInformation\nNämnden noterar informationen.\n")
    decided = got.items[0].decisions
    assert [d.text for d in decided] == ["att höja taxan."]
    assert [(v.yes, v.no) for v in decided[0].votes] == [(3, 2)]


# --- a delegation list lettered under its lead sentence, an official's second role the secretary's (fixture 408) --
def test_lettered_lines_under_a_sentence_announcing_a_list_are_its_points_not_sub_items():
    got = parse_text("EXMO KOMMUN\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-10-07\n\n"
                     "Beslutande            Eva Grahn (S), ordförande\n\n"
                     "KSAU § 55\n\nAnmälan av delegeringsbeslut\n\nFöljande delegeringsbeslut anmäls:\n"
                     "a) Kommundirektörens beslut om tillförordnad ekonomichef, Dnr KS 2025/190\n"
                     "b) Kanslichefens beslut om avslag på begäran om allmän handling, Dnr KS 2025/197\n\n"
                     "Arbetsutskottets beslut\nDelegeringsbesluten anmäls och läggs till handlingarna.\n\n"
                     "KSAU § 56\n\nRemiss\n\nArbetsutskottets beslut\nArbetsutskottet antar yttrandet.\n")
    assert [i.subitems for i in got.items] == [[], []]
    assert [d.text for d in got.items[0].decisions] == ["Delegeringsbesluten anmäls och läggs till handlingarna."]


def test_an_officials_last_role_sekreterare_makes_them_the_secretary():
    got = parse_text("EXMO KOMMUN\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-10-07\n\n"
                     "Beslutande            Eva Grahn (S), ordförande\n\n"
                     "Övriga närvarande     Lars Mörk, kommundirektör\n                      Petra Ahl, kanslichef, sekreterare\n\n"
                     "KSAU § 56\n\nRemiss\n\nArbetsutskottets beslut\nArbetsutskottet antar yttrandet.\n")
    assert got.secretary == "Petra Ahl"


# --- "(deltar på distans)" after the party, "Paragrafen justeras omedelbart." after a reservation (fixture 409) ----
def test_taking_part_from_afar_is_a_note_not_the_affiliation():
    roll = _roll("Ej tjänstgörande ersättare\nIrma Lund (C) (deltar på distans)\n")
    assert roll == [("Irma Lund", "C", "present")]


def test_a_paragraph_adjusted_at_once_after_a_reservation_is_a_decision():
    got = parse_text("EXMO KOMMUN\nKrisledningsnämnden\nSammanträdesdatum 2025-02-03\n\nBeslutande\nStina Öberg (S), ordförande\n"
                     "Kalle Nyman (M)\n\n§ 1\nVal av justerare\nKrisledningsnämnden beslutar\natt utse Kalle Nyman (M) att justera.\n\n"
                     "§ 2\nStängning av simhallen\nKrisledningsnämnden beslutar\natt simhallen stängs under tiden 3–16 februari.\n"
                     "Reservation\nKalle Nyman (M) reserverar sig mot beslutet.\nParagrafen justeras omedelbart.\n")
    assert [d.text for d in got.items[1].decisions] == ["att simhallen stängs under tiden 3–16 februari.",
                                                        "Paragrafen justeras omedelbart."]
