"""Shapes that PDF-to-text output gives minutes and their plain text does not: `pdftotext -layout` without
the blank line between a label column and its values, `pdftotext -raw` with one space where the layout had a
column gap, plain `pdftotext` with a footer's words and its page number on lines of their own, running headers
repeated in mid-page. Every text here is made up."""
from protokoll.pipeline import parse_text


def test_label_column_with_number_label_and_values_without_blank_line():
    # "Datum:" / "Plats:" / "Löpnummer:" over their values, with no blank line between the two columns
    text = ("Ekholma scoutkår\nStyrelseprotokoll\nDatum:\nPlats:\nLöpnummer:\n12 april 2025\n"
            "Kårlokalen Granen, Ekholma\n7\nNärvarande\nOrdförande Tova Lind\nKassör Hampus Ek\n\n"
            "§ 1 Mötets öppnande\nTova Lind öppnade mötet.\n")
    p = parse_text(text)
    assert (p.number, str(p.date), p.location) == (7, "2025-04-12", "Kårlokalen Granen, Ekholma")


_ONE_PAGE = ("PROTOKOLL\nSkogsbo hembygdsförening\nStyrelsemöte tisdagen den 4 mars 2025 kl. 18.00 i Skogsbo skola\n"
             "Närvarande: Ada Berg, Bo Ek och Cia Holm.\n"
             "§ 1 Mötets öppnande\nAda Berg öppnade mötet.\n"
             "§ 2 Vårstädning\nStädningen av hembygdsgården blir den 12 april.\n"
             "§ 3 Mötets avslutande\nAda Berg avslutade mötet.\n"
             "Vid protokollet\nBo Ek\nJusteras\nAda Berg Cia Holm\n")


def test_one_page_footer_with_one_space_before_its_page_number_raw():
    # pdftotext -raw: the footer "PROTOKOLL          Sida 1 av 1" with its column gap read as one space
    p = parse_text(_ONE_PAGE + "PROTOKOLL Sida 1 av 1\n")
    assert p.secretary == "Bo Ek"


def test_one_page_footer_apart_from_its_page_number_plain_pdftotext():
    # plain pdftotext: the footer's words on a line of their own, read beside the signature row, then the number
    p = parse_text(_ONE_PAGE.replace("Ada Berg Cia Holm\n", "\nPROTOKOLL\n\nAda Berg Cia Holm\n") + "\nSida 1 av 1\n")
    assert p.secretary == "Bo Ek"
    assert not any("PROTOKOLL" in d.text for item in p.items for d in item.decisions)


def _decisions(p):
    return [d.text for item in p.items for d in item.decisions]


def test_municipal_header_block_repeated_mid_page_without_page_marks():
    # a source's page breaks lost in typesetting: its header block (organisation, body, kind, date) in the text
    head = "LÖVMARKS KOMMUN\nTekniska nämndens arbetsutskott\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2025-05-20\n"
    text = (head + "Plats och tid Kommunhuset, rum Eken, tisdagen den 20 maj 2025 kl 09.00-11.00\n"
            "Beslutande Nora Sjö (C), ordförande\n\n"
            "TAU § 31\nInformation om vinterväghållning\nArbetsutskottets beslut\nInformationen noteras.\n"
            + head + "\nTAU § 32\nGatubelysning i Lövmark\nArbetsutskottets beslut\n"
            "Arbetsutskottet godkänner förslaget.\n" + head + "\nTAU § 33\nÖvrigt\nArbetsutskottets beslut\n"
            "Inga frågor togs upp.\n")
    p = parse_text(text)
    assert _decisions(p) == ["Informationen noteras.", "Arbetsutskottet godkänner förslaget.",
                             "Inga frågor togs upp."]


def test_running_header_line_repeated_mid_page_under_a_first_line_without_its_date():
    # typeset, the first line lost its date to the next line; in mid-text the header has it on one line
    text = ("Ekby kommun | Byggnadsnämnden | Protokoll\n2025-06-03\nByggnadsnämnden PROTOKOLL\n"
            "Datum och tid: Tisdag 3 juni 2025, kl. 13.00–15.00\nPlats: Stadshuset, rum Ljusnan\n\n"
            "BN § 40 Detaljplan för Ekbacken\nBeslut\nByggnadsnämnden antar detaljplanen.\n"
            "Ekby kommun | Byggnadsnämnden | Protokoll 2025-06-03\n"
            "BN § 41 Delegationsbeslut\nBeslut\nRedovisningen läggs till handlingarna.\n")
    p = parse_text(text)
    assert _decisions(p) == ["Byggnadsnämnden antar detaljplanen.", "Redovisningen läggs till handlingarna."]


def test_signature_names_that_the_opening_lists_are_no_header_echo():
    text = ("Styrelsemöte i Björkbacka odlarförening\nAnna Ek\nPer Berg\n2025-04-02\n\n"
            "1. Mötets öppnande\nAnna Ek öppnade mötet.\n\n2. Mötets avslutande\nMötet avslutades.\n\n"
            "Vid protokollet\nAnna Ek\nPer Berg\n")
    p = parse_text(text)
    assert p.secretary == "Anna Ek"


def test_hard_breaks_inside_a_sentence_without_blank_lines():
    # pdftotext -raw of text copied with hard breaks: no blank lines, a sentence broken anywhere
    text = ("Tallmarkens Kaninhoppare\nProtokoll fört vid årsmöte\nDatum: 2026-03-01\n"
            "§ 1 Årsmötets öppnande. Ordförande Mira Sand öppnade\nårsmötet.\n"
            "§ 2 Val av styrelse. Till ledamöter för två år valdes Alva\nNordin\n"
            "(omval) och Kim Dahl (nyval). Till suppleant valdes Bo Stenlund.\n"
            "§ 3 Val av revisor. Till revisor för ett år valdes enhälligt\nav mötet Elsa\n"
            "Lagergren. Hon tackade för förtroendet.\n"
            "§ 4 Årsmötets avslutande. Mira Sand avslutade årsmötet.\n")
    p = parse_text(text)
    decisions = {item.title: [d.text for d in item.decisions] for item in p.items}
    assert decisions["Val av styrelse"] == [
        "Till ledamöter för två år valdes Alva Nordin (omval) och Kim Dahl (nyval). Till suppleant valdes Bo Stenlund."]
    assert decisions["Val av revisor"] == [
        "Till revisor för ett år valdes enhälligt av mötet Elsa Lagergren. Hon tackade för förtroendet."]


def test_vote_counts_given_one_cell_a_paragraph_plain_pdftotext():
    # plain pdftotext gives a row "Röstutfall:  Ja: 31  Nej: 11  Avstår: 2" one cell after the other
    text = ("Brf Tallkotten\nProtokoll fört vid ordinarie föreningsstämma 2025-05-20\n\n"
            "§ 1 Stämmans öppnande\nOrdföranden öppnade stämman.\n\n"
            "§ 2 Stambyte\nStyrelsen föreslår att stämman godkänner stambyte under 2026. Votering begärdes.\n\n"
            "Röstutfall:\n\nJa: 31\n\nNej: 11\n\nAvstår: 2\n\n"
            "Stämman beslutade att godkänna stambyte under 2026.\n\n"
            "§ 3 Stämmans avslutande\nOrdföranden avslutade stämman.\n")
    votes = parse_text(text).items[1].decisions[0].votes
    assert [(v.yes, v.no, v.abstain) for v in votes] == [(31, 11, 2)]


def test_place_and_time_value_wrapped_at_the_headers_shorter_margin():
    # a PDF's header in larger type wraps at a shorter margin than the 60 characters of plain text
    text = ("Protokoll fört vid Ekebygdens orienteringsförbunds ordinarie\nförbundsmöte 2025\n"
            "Tid och plats Lördagen den 5 april 2025 klockan 10.00\npå Folkets hus, Ekeby.\n\n"
            "Förbundsmötets öppnande 1\nOrdföranden öppnade mötet.\n\n"
            "Val av ordförande för mötet 2\nFörbundsmötet beslutar\natt välja Ida Berg till ordförande för mötet.\n\n"
            "Fastställande av föredragningslista 3\nFörbundsmötet beslutar\natt fastställa föredragningslistan.\n\n"
            "Förbundsmötets avslutande 4\nOrdföranden avslutade mötet.\n")
    assert parse_text(text).location == "Folkets hus, Ekeby"


def test_two_status_lists_side_by_side_with_blank_lines_between_rows_layout():
    # pdftotext -layout of a borderless table: its cell padding reads as a blank line after some rows
    text = ("PROTOKOLL STYRELSEMÖTE\nStyrelsemöte Lövängens Seglarklubb den 3 april 2025 i klubbhuset\n"
            "Närvarande                                    Förhindrade\n\n"
            "Alma Strand, ordförande                       Nils Bergkvist\n\n"
            "Oskar Falk, kassör                            Vera Lööf\n\n"
            "Tilda Rask, sekreterare\nHugo Sten\n\n"
            "1. Mötets öppnande\nAlma Strand öppnade mötet.\n\n2. Mötets avslutande\nMötet avslutades.\n")
    people = {a.name: a.status for a in parse_text(text).attendees}
    assert people == {"Alma Strand": "present", "Oskar Falk": "present", "Tilda Rask": "present",
                      "Hugo Sten": "present", "Nils Bergkvist": "excused", "Vera Lööf": "excused"}


def test_item_label_right_under_a_repeated_header_block_stays():
    # the repeated block's date goes with it; the next item's "§ 15" (no letters either) does not
    head = "Region Västerby\nPROTOKOLL\nRegionstyrelsen\n2025-02-11\n"
    text = (head + "Tid: 2025-02-11, kl 13:00-15:00\nPlats: Regionens hus, sal B\n\n"
            "§ 14\nFastställande av dagordning\nBeslut\nRegionstyrelsen fastställer dagordningen.\n"
            + head + "§ 15\nMånadsrapport januari 2025\nBeslut\nRegionstyrelsen godkänner månadsrapporten.\n")
    p = parse_text(text)
    assert [(i.number, i.title) for i in p.items] == [(14, "Fastställande av dagordning"),
                                                      (15, "Månadsrapport januari 2025")]
