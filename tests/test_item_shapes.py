"""Items, topics and schedules in the shapes of club and association minutes (all text made up)."""
import pytest

from protokoll.pipeline import parse_text

HEAD = """Protokoll Kammarkören Vårljus styrelsemöte
2025-10-07
Tid: 18.30–20.00
Närvarande: Anna Ek, Per Berg, Lisa Holm
"""


def test_item_numbers_alone_on_their_lines_are_items_and_page_numbers_are_not():
    titles = ["Mötets öppnande", "Val av justerare", "Ekonomi", "Höstkonserten", "Mötets avslutande"]
    texts = ["Mötet öppnades.", "Per Berg utsågs.", "Kassan är god.", "Biljetterna säljs i november.", "Mötet avslutades."]
    body = "".join(f"{n}\n{title}:\n{text}\n" for n, (title, text) in enumerate(zip(titles, texts), start=1))
    # a page break after item 3, with the page number at the foot and item 4's number at the top
    body = body.replace("4\nHöst", "1\n\f4\nHöst")
    p = parse_text(HEAD + "\n" + body + "\n2\n")
    assert [(i.number, i.title) for i in p.items] == list(enumerate(titles, start=1))


def test_sub_item_numbers_alone_on_their_lines_are_sub_items():
    """A word processor's list "1.1<tab>Mötets öppnande" that plain pdftotext gives as "1.1" / "Mötets öppnande":
    the sub-items of item 1 all the same; a lone "2.5" over a sentence (an amount in a cell) and a time wrapped
    onto a line of its own ("kl." / "3.15.", which does not go on from the item's sub-items) stay text."""
    text = (HEAD + "\n1.\nFormalia\n1.1\nMötets öppnande\nOrdföranden förklarade mötet öppnat.\n"
            "1.2\nVal av justerare\nStyrelsen valde Per Berg till justerare.\n"
            "2.\nEkonomi\nKassören redovisade kvartalet. Avgiften höjs med\n2.5\nprocent från den 1 juli.\n"
            "3.\nMötets avslutande\nOrdföranden avslutade mötet kl.\n3.15.\nVid protokollet\nPer Berg\n")
    p = parse_text(text)
    assert [(i.number, i.title) for i in p.items] == [(1, "Formalia"), (2, "Ekonomi"), (3, "Mötets avslutande")]
    assert [(s.label, s.title) for s in p.items[0].subitems] == [("1.1", "Mötets öppnande"), ("1.2", "Val av justerare")]
    assert p.items[1].subitems == [] and p.items[2].subitems == []
    assert [d.text for d in p.items[0].subitems[1].decisions] == ["Styrelsen valde Per Berg till justerare."]


def test_a_list_of_the_decided_paragraphs_with_titles_on_lines_of_their_own_is_no_items():
    """"Behandlade beslutsärenden" / "§ 4" / "Budget 2026" / "§ 6" / ...: a front page's list of the paragraphs,
    each title on a line of its own under its sign (plain pdftotext), is a contents list: the items start over at
    "§ 1", and the roll between stays the roll."""
    text = ("Protokoll Styrelsen för Lövvikens stiftelse\nSammanträde 2025-11-20\n\n"
            "Behandlade beslutsärenden\n§ 4\nBudget 2026\n§ 6\nAntagningsordning\n§ 7\nRiskanalys 2026\n\n"
            "Närvarande\nAnna Holm, ordförande\nPer Berg\nEva Lund\n\n"
            "§ 1 Sammanträdets öppnande\nOrdföranden öppnade sammanträdet.\n"
            "§ 2 Val av justerare\nStyrelsen utsåg Per Berg att justera protokollet.\n"
            "§ 3 Information\nKansliet informerade om läget.\n"
            "§ 4 Budget 2026\nStyrelsen beslutar att fastställa budgeten.\n"
            "§ 5 Lokaler\nKansliet redovisade lokalfrågan.\n"
            "§ 6 Antagningsordning\nStyrelsen beslutar att fastställa antagningsordningen.\n"
            "§ 7 Riskanalys 2026\nStyrelsen beslutar att fastställa riskanalysen.\n")
    p = parse_text(text)
    assert [i.number for i in p.items] == [1, 2, 3, 4, 5, 6, 7]
    assert [a.name for a in p.attendees] == ["Anna Holm", "Per Berg", "Eva Lund"]


def test_signs_at_the_right_of_their_titles_on_lines_of_their_own():
    """"Mötets öppnande" / "§ 31" / "Ordföranden öppnar mötet.": a sign printed right of its title that plain
    pdftotext gives a line of its own belongs to the title over it, not to the sentence under it."""
    text = ("Protokoll fört vid sammanträde med forskningsnämnden\n\nTid: 2025-11-19\n"
            "Närvarande: Petra Ek (ordförande), Leo Strand, Maria Holm\n\n"
            "Mötets öppnande\n§ 31\nOrdföranden öppnar mötet.\n\n"
            "Val av justerare\n§ 32\nMaria Holm väljs att justera protokollet.\n\n"
            "Riktlinjer för studieplaner\n§ 33\nNämnden beslutar att fastställa riktlinjerna.\n\n"
            "Mötets avslutande\n§ 34\nOrdföranden avslutar mötet.\n")
    p = parse_text(text)
    assert [(i.number, i.title) for i in p.items] == [
        (31, "Mötets öppnande"), (32, "Val av justerare"), (33, "Riktlinjer för studieplaner"), (34, "Mötets avslutande")]
    assert [d.text for d in p.items[2].decisions] == ["att fastställa riktlinjerna."]


def test_a_few_lone_numbers_stay_page_numbers():
    text = HEAD + "\n1. Öppnande\nMötet öppnades.\n2. Ekonomi\nKassan är god.\n\n1\n\f3. Avslutning\nMötet avslutades.\n\n2\n"
    p = parse_text(text)
    assert [i.title for i in p.items] == ["Öppnande", "Ekonomi", "Avslutning"]
    assert "1" not in (p.items[1].summary or "")


def test_a_name_ending_in_s_is_no_genitive():
    assert parse_text(HEAD + "\n1. Öppnande\n2. Avslutning\n3. Slut\n").organisation == "Kammarkören Vårljus"


def test_topics_under_ovriga_fragor_are_sub_items():
    text = HEAD + """
1. Mötets öppnande
Mötet öppnades.
2. Övriga frågor
Körresan: Per undersöker priser för en resa till Tallinn.
Notarkivet: Frågan bordlades.
Nästa möte: 4 november kl. 18.30.
3. Mötets avslutande
Mötet avslutades.
"""
    other = parse_text(text).items[1]
    assert [s.title for s in other.subitems] == ["Körresan", "Notarkivet"]
    assert [d.text for d in other.subitems[0].decisions] == ["Per undersöker priser för en resa till Tallinn."]
    assert [a.assignee for a in other.subitems[0].decisions[0].actions] == ["Per"]
    assert [d.text for d in other.subitems[1].decisions] == ["Frågan bordlades."]


def test_a_schedule_decided_in_autumn_is_next_years():
    text = HEAD + """
1. Öppnande
2. Styrelsemöten våren
Styrelsen beslutade att hålla styrelsemöten följande datum, samtliga kl. 18.30: 13 januari, 10 februari och 17 mars.
3. Avslutning
"""
    got = [(str(m.date), m.start_time) for m in parse_text(text).scheduled_meetings]
    assert got == [("2026-01-13", "18:30"), ("2026-02-10", "18:30"), ("2026-03-17", "18:30")]


def test_a_task_in_the_report_beside_a_beslut_and_a_report_that_is_none():
    text = HEAD + """
1. Öppnande
2. Ekonomi
Lisa redovisade ekonomin. Kassan är god. Lisa kontaktar banken om kortet.
Per Berg informerar om bidragen.
Beslut: Rapporten godkänns.
3. Avslutning
"""
    item = parse_text(text).items[1]
    assert [d.text for d in item.decisions] == ["Lisa kontaktar banken om kortet.", "Rapporten godkänns."]
    assert [a.assignee for a in item.decisions[0].actions] == ["Lisa"]


def test_officers_elected_in_the_minutes_win_over_a_signature_blocks_guess():
    text = """Protokoll fört vid extra föreningsstämma i Bostadsrättsföreningen Exempelgården
Datum: 2025-03-12
Närvarande: 14 medlemmar enligt röstlängd

1. Stämmans öppnande
Styrelsens ordförande Anna Ek öppnade stämman.
2. Val av stämmoordförande
Till stämmoordförande valdes Per Berg.
3. Val av justerare
Till justerare tillika rösträknare valdes Lisa Holm och Olle Ström.
4. Stämmans avslutande
Stämmoordföranden avslutade stämman.


Vid protokollet                          Stämmoordförande

Anna Ek                                  Per Berg


Justeras                                 Justeras

Lisa Holm                                Olle Ström
"""
    p = parse_text(text)
    assert (p.chair, p.secretary, p.adjusters) == ("Per Berg", "Anna Ek", ["Lisa Holm", "Olle Ström"])


def test_signatures_written_on_one_line():
    text = HEAD.replace("Per Berg", "Per Berg (ordförande)") + """
1. Mötets öppnande
Per öppnade mötet.
2. Ekonomi
Kassan är god.
3. Mötets avslutande
Per avslutade mötet.

Vid protokollet: Anna Ek
Justeras: Per Berg, Lisa Holm
"""
    p = parse_text(text)
    assert (p.chair, p.secretary, p.adjusters) == ("Per Berg", "Anna Ek", ["Lisa Holm"])
    assert [i.title for i in p.items] == ["Mötets öppnande", "Ekonomi", "Mötets avslutande"]


def test_a_topic_line_after_a_decision_opens_its_own_sub_item():
    text = HEAD + """
1. Mötets öppnande
2. Övriga frågor
Friskvård: Flera medlemmar har frågat om bidraget.
Styrelsen beslutade att ta upp frågan i samverkan.
Medlemsmöte: Lisa bokar lokal till medlemsmötet.

3. Mötets avslutande
"""
    other = parse_text(text).items[1]
    assert [s.title for s in other.subitems] == ["Friskvård", "Medlemsmöte"]
    assert [d.text for d in other.subitems[0].decisions] == ["att ta upp frågan i samverkan."]
    assert [d.text for d in other.subitems[1].decisions] == ["Lisa bokar lokal till medlemsmötet."]


def test_numbered_paragraphs_that_decide_have_their_sentence_as_title_and_decision():
    text = HEAD + """
§ 1 Ordföranden öppnade mötet.
§ 2 Dagordningen godkändes.
§ 3 Beslöts att höja avgiften till 250 kr.
§ 4 Kassören redovisade ekonomin. Behållningen är god.
§ 5 Mötet avslutades.
"""
    items = parse_text(text).items
    assert [i.number for i in items] == [1, 2, 3, 4, 5]
    assert [d.text for d in items[1].decisions] == ["Dagordningen godkändes."]
    assert [d.text for d in items[2].decisions] == ["att höja avgiften till 250 kr."]
    assert items[2].title.startswith("Beslöts att") and not items[3].decisions


def test_every_item_numbered_one_and_bullet_lines():
    text = HEAD + "".join(f"\n   1. {title}\n      • {line}\n" for title, line in [
        ("Mötets öppnande", "Anna öppnade mötet."), ("Ekonomi", "Styrelsen beslutar att köpa en gräsklippare."),
        ("Midsommar", "Per bokar dansbandet senast 1 mars."), ("Mötets avslutande", "Anna avslutade mötet.")])
    items = parse_text(text).items
    assert [(i.number, i.title) for i in items] == [(None, "Mötets öppnande"), (None, "Ekonomi"), (None, "Midsommar"),
                                                    (None, "Mötets avslutande")]
    assert [d.text for d in items[1].decisions] == ["att köpa en gräsklippare."]
    assert [(a.assignee, str(a.due)) for a in items[2].decisions[0].actions] == [("Per", "2026-03-01")]  # in October minutes: next March


def test_lettered_points_that_decide_are_the_items_text_not_sub_items():
    text = HEAD + """
§ 1 Mötets öppnande
Anna öppnade mötet.
§ 2 Renoveringar
a) Styrelsen beslutade att begära ett möte med bostadsbolaget.
b) Per kontaktar bostadsbolaget senast den 20 mars.
§ 3 Mötets avslutande
Anna avslutade mötet.
"""
    item = parse_text(text).items[1]
    assert item.subitems == []
    assert [d.text for d in item.decisions] == ["att begära ett möte med bostadsbolaget.",
                                                "Per kontaktar bostadsbolaget senast den 20 mars."]


def test_case_sections_after_the_decision_are_not_decisions():
    # Municipal minutes that put "<Body>s beslut" first: "Ärendet" and "Beslutsunderlag" (alone on their
    # lines, no colon) open the case's description and its documents, which are no decisions.
    text = ("SOCIALNÄMNDEN  SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2025-05-20\n\nPlats och tid: Kommunhuset, "
            "kl. 13.00–15.30\nBeslutande: Eva Lind (S), ordförande\nKarl Berg (M)\nStina Ek (C)\n\n"
            "§ 41 Dnr SN 2025/31\nVerksamhetsberättelse för 2024\n\nSocialnämndens beslut\nSocialnämnden godkänner "
            "verksamhetsberättelsen för 2024.\n\nÄrendet\nFörvaltningen har sammanställt berättelsen. Socialchefen "
            "föreslår att nämnden godkänner den.\n\nBeslutsunderlag\nTjänsteskrivelse 2025-05-02\n\n"
            "§ 42 Dnr SN 2025/40\nUppföljning av budget\n\nSocialnämndens beslut\nÄrendet bordläggs.\n\n"
            "§ 43 Dnr SN 2025/44\nInformation\n\nSocialnämndens beslut\nInformationen noteras.\n")
    items = parse_text(text, "sn.txt").items
    assert [d.text for d in items[0].decisions] == ["Socialnämnden godkänner verksamhetsberättelsen för 2024."]
    assert [d.text for d in items[1].decisions] == ["Ärendet bordläggs."]


def test_times_from_opening_and_closing_sentences_in_the_present_tense():
    from protokoll.parse.minutes import CLOSED, OPENED

    assert OPENED.search("Ordföranden öppnar mötet kl. 18.05 och hälsar alla välkomna.").group("h", "m") == ("18", "05")
    assert CLOSED.search("Ordföranden tackar för visat intresse och avslutar mötet kl. 17.45.").group("h", "m") == \
        ("17", "45")
    assert CLOSED.search("Ordföranden förklarar sammanträdet avslutat kl. 21.10.").group("h", "m") == ("21", "10")
    assert CLOSED.search("Mötet avslutades 20.05.") and OPENED.search("förklarade årsmötet öppnat kl. 19.00")
    assert not CLOSED.search("Ordföranden öppnar mötet kl. 18.05.")


def test_a_schedule_decided_as_mötesdagar():
    from protokoll.parse.decisions import scheduled_meetings
    import datetime as dt

    got = scheduled_meetings("Styrelsen beslutade om följande mötesdagar under hösten 2025, samtliga kl. 18.30: "
                             "9 september, 14 oktober och 11 november.", dt.date(2025, 3, 4))
    assert [(m.date.isoformat(), m.start_time) for m in got] == [
        ("2025-09-09", "18:30"), ("2025-10-14", "18:30"), ("2025-11-11", "18:30")]


def test_the_chair_alone_under_justeras_checks_the_minutes():
    text = HEAD.replace("Per Berg", "Per Berg (ordförande)") + """
1. Mötets öppnande
Per öppnade mötet.
2. Mötets avslutande
Per avslutade mötet.

Vid protokollet: Anna Ek
Justeras: Per Berg
"""
    p = parse_text(text)
    assert (p.chair, p.secretary, p.adjusters) == ("Per Berg", "Anna Ek", ["Per Berg"])
    # a meeting's elected chair, named by no role in a roll, signs "Justeras" as chair
    elected = text.replace(" (ordförande)", "").replace("Per öppnade mötet.", "Mötet valde Per Berg till ordförande.")
    assert parse_text(elected).adjusters == []


def test_a_sentence_leading_dashed_tasks_is_one_decision_with_them():
    text = HEAD + """
Vårkonserten
Kören står för fikat i pausen.
– Lisa ordnar kakor senast 3/11.
– Per köper kaffe.

Ekonomi
Kassan är god.
"""
    item = parse_text(text).items[0]
    assert [d.text for d in item.decisions] == [
        "Kören står för fikat i pausen. – Lisa ordnar kakor senast 3/11. – Per köper kaffe."]
    assert [(a.assignee, str(a.due)) for a in item.decisions[0].actions] == [("Lisa", "2025-11-03"), ("Per", "None")]


def test_an_extract_of_one_paragraph_is_one_item():
    """A protokollsutdrag holds one § of the minutes: its one labelled, titled heading is the item."""
    text = ("Socialnämnden PROTOKOLLSUTDRAG\nSammanträdesdatum 2026-03-03\n\nBeslutande\nAnna Holm (S)\n"
            "Per Berg (M)\n\nJusterare Per Berg\n\n§ 12  Årsredovisning 2025\nDnr SN 2026/45\n\n"
            "Socialnämndens beslut\nSocialnämnden beslutar att godkänna årsredovisningen.\n")
    p = parse_text(text)
    assert [(i.label, i.number, i.title, i.case_number) for i in p.items] == [("§ 12", 12, "Årsredovisning 2025", "SN 2026/45")]
    assert [d.text for d in p.items[0].decisions] == ["att godkänna årsredovisningen."]


@pytest.mark.parametrize("case_line", ["Dnr SN 2026/45", "SN 2026/45"])
def test_an_extract_whose_sign_and_case_number_stand_on_lines_of_their_own(case_line):
    """Plain pdftotext may put the cells of an extract's paragraph row ("§ 12" | "Dnr SN 2026/45") on lines of
    their own, the title on the next: the one paragraph is the item all the same, not "no minutes" (regression:
    refused as "ingen närvarolista eller ärendelista")."""
    text = ("Socialnämnden PROTOKOLLSUTDRAG\nSammanträdesdatum 2026-03-03\n\n"
            f"§ 12\n{case_line}\nÅrsredovisning för verksamhetsåret 2025\n"
            "Ärendebeskrivning\nFörvaltningen har upprättat årsredovisningen.\n"
            "Beslut\nSocialnämnden beslutar att godkänna årsredovisningen.\n")
    p = parse_text(text)
    assert [(i.label, i.number, i.title, i.case_number) for i in p.items] == \
        [("§ 12", 12, "Årsredovisning för verksamhetsåret 2025", "SN 2026/45")]
    assert [d.text for d in p.items[0].decisions] == ["att godkänna årsredovisningen."]


# A case system's extract (text made up): the header row sets the document kind in a column, the case number
# stands right of the label row (text extraction gives it first), the title on the line under the label.
EXTRACT = """Myrsjö kommun   PROTOKOLLSUTDRAG   Sida 1(1)
Kommunstyrelsen   Sammanträdesdatum
2025-09-16

Dnr KS 2025/288

KS § 141
Markanvisning för bostäder i kvarteret Lärkan
Ärendebeskrivning
Myrsjöhem AB har ansökt om markanvisning för cirka 40 hyresrätter.
Beslutsunderlag
Tjänsteskrivelse 2025-08-29
Förslag till beslut
Kommunstyrelsen föreslås godkänna markanvisningsavtalet.
Beslut
Kommunstyrelsen beslutar att godkänna markanvisningsavtalet med Myrsjöhem AB.
Beslutet skickas till
Myrsjöhem AB

Justerandes sign   Utdragsbestyrkande
"""


def test_an_extract_with_the_title_under_the_label_is_one_item():
    """ "KS § 141" alone on its line and the title under it: a case system's paragraph head is the extract's item
    (not an attendee, not a document without minutes); the "Dnr" given before the label is its case number."""
    p = parse_text(EXTRACT)
    assert [(i.label, i.number, i.title, i.case_number) for i in p.items] == [
        ("KS § 141", 141, "Markanvisning för bostäder i kvarteret Lärkan", "KS 2025/288")]
    assert [d.text for d in p.items[0].decisions] == ["att godkänna markanvisningsavtalet med Myrsjöhem AB."]
    assert p.attendees == [] and (p.body, str(p.date)) == ("Kommunstyrelsen", "2025-09-16")


def test_a_lone_bare_label_is_no_agenda():
    """ "§ 115" alone (a roll's note wrapped onto its line) with a name under it is no paragraph head: only a label
    with the body's abbreviation or a Dnr on its line stands alone as the extract's item."""
    from protokoll.parse.blocks import numbered_headings
    from protokoll.clean.lines import Line
    lines = [Line(text=t) for t in ("Beslutande", "Anna Holm (S)", "§ 115", "Per Berg (M)", "Justerare Per Berg")]
    assert numbered_headings(lines) == {}


def test_a_case_number_before_the_next_label_is_not_the_last_decision():
    """Page after page of §§: "Dnr SN 2025/77" comes between one paragraph's decision and the next label."""
    text = HEAD + ("\n§ 61\nGodkännande av dagordning\nBeslut\nDagordningen godkänns.\nDnr SN 2025/77\n\n§ 62\n"
                   "Serveringstillstånd för Restaurang Udden\nBeslut\nStyrelsen beslutar att bevilja tillståndet.\n")
    p = parse_text(text)
    assert [d.text for d in p.items[0].decisions] == ["Dagordningen godkänns."]
    assert (p.items[0].case_number, p.items[1].case_number) == (None, "SN 2025/77")


def test_lettered_sentences_are_points_of_the_item_not_sub_items():
    """ "a) Julbordet hålls ... ." / "b) Hodan gör affischer ... ." : lettered lines written as sentences are the
    item's text, and the decisions and tasks in them are the item's."""
    text = HEAD + ("\n§ 1 Julbordet\na) Julbordet hålls lördagen den 13 december i lokalen.\n"
                   "b) Inköp av mat görs hos affären. Styrelsen godkände inköpet.\n"
                   "c) Per Berg gör affischer senast den 20 november.\n"
                   "§ 2 Avslutning\nMötet avslutades.\n")
    p = parse_text(text)
    assert [i.title for i in p.items] == ["Julbordet", "Avslutning"] and p.items[0].subitems == []
    assert [a.assignee for d in p.items[0].decisions for a in d.actions] == ["Per Berg"]
    assert any(d.text.startswith("Styrelsen godkände inköpet") for d in p.items[0].decisions)


def test_lettered_titles_stay_sub_items():
    text = HEAD + ("\n§ 1 Val\na. Val av mötesordförande\nAnna Ek valdes.\nb. Val av sekreterare\nPer Berg valdes.\n"
                   "§ 2 Avslutning\nMötet avslutades.\n")
    p = parse_text(text)
    assert [s.title for s in p.items[0].subitems] == ["Val av mötesordförande", "Val av sekreterare"]


def test_an_item_written_as_one_sentence_can_tell_the_next_meeting():
    text = HEAD + ("\n1. Förklarade ordföranden mötet öppnat.\n2. Beslöts att köpa nya noter.\n"
                   "3. Meddelade ordföranden att nästa sammanträde hålls den 9 november 2025 kl. 18.00 i kyrkan.\n"
                   "4. Förklarade ordföranden sammanträdet avslutat.\n")
    p = parse_text(text)
    assert [(m.date.isoformat(), m.start_time) for m in p.scheduled_meetings] == [("2025-11-09", "18:00")]


WRAPPED_TITLE = """Hagmarks kommun
Byggnadsnämnden
Sammanträdesdatum 2025-06-12

§ 88
{gap}Bygglov för nybyggnad av flerbostadshus på fastigheten Hagmark
Svalan 3
Ärendebeskrivning
Sökanden vill uppföra ett flerbostadshus.
Beslut
Byggnadsnämnden beslutar att bevilja bygglov.

§ 89
Information
Bygglovschefen informerar
Beslut
Informationen noteras.
"""


def test_title_wrapped_in_its_larger_type_keeps_its_tail():
    """A long title under (or beside) "§ 88" wraps "Svalan 3" onto a short line of its own, right above the item's
    first section label: the tail is the title's, not a heading with the item's decisions under it. A short title
    ("Information") wrapped nothing: the line under it is the item's text."""
    for gap in ("", "\n"):
        p = parse_text(WRAPPED_TITLE.format(gap=gap))
        assert [i.title for i in p.items] == [
            "Bygglov för nybyggnad av flerbostadshus på fastigheten Hagmark Svalan 3", "Information"]
        assert [d.text for d in p.items[0].decisions] == ["att bevilja bygglov."] and p.items[0].subitems == []
    # a case number under the title is no tail of it
    p = parse_text(WRAPPED_TITLE.format(gap="").replace("Svalan 3\n", "Diarienummer: BN 2025/412\n"))
    assert (p.items[0].title, p.items[0].case_number) == (
        "Bygglov för nybyggnad av flerbostadshus på fastigheten Hagmark", "BN 2025/412")
