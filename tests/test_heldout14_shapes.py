"""Shapes the fourteenth held-out set (tests/fixtures/heldout14, associations and civil society) showed the parser
missing, each with a dev fixture of its own in tests/fixtures/genre (431–436). All text made up."""
from protokoll.clean.lines import clean
from protokoll.parse.attendance import parse_attendance
from protokoll.pipeline import parse_text

HEAD = "Exempelföreningen\nProtokoll styrelsemöte 2025-11-04\n\nNärvarande: Anna Ek (ordf), Per Berg, Lisa Holm (sekr)\n\n"


def _items(body: str, head: str = HEAD):
    return parse_text(head + body).items


def _decisions(item):
    return [(d.text, d.kind, [(a.assignee, str(a.due) if a.due else None) for a in d.actions]) for d in item.decisions]


def test_a_responsible_label_over_a_whole_task_sentence_is_a_task_of_its_own():
    items = _items("1. Tvättstugan\nStyrelsen beslutade att skriva till hyresvärden.\n"
                   "Ansvarig: Per Berg skriver brevet och skickar det senast 14 november.\n")
    assert _decisions(items[0]) == [
        ("att skriva till hyresvärden.", "other", []),
        ("Per Berg skriver brevet och skickar det senast 14 november.", "assignment", [("Per Berg", "2025-11-14")])]


def test_a_responsible_label_over_names_still_gives_the_decision_above_its_actors():
    items = _items("1. Julfest\nStyrelsen beslutade att ordna julfest 13 december.\nAnsvarig: Per Berg och Lisa Holm\n")
    assert _decisions(items[0]) == [("att ordna julfest 13 december.", "assignment",
                                     [("Per Berg", None), ("Lisa Holm", None)])]


def test_an_uppdrag_label_records_a_task():
    items = _items("1. Medlemsvärvning\nUppdrag: Lisa Holm delar ut informationsblad senast 30 november.\n")
    assert _decisions(items[0]) == [("Lisa Holm delar ut informationsblad senast 30 november.", "assignment",
                                     [("Lisa Holm", "2025-11-30")])]


def test_a_numbered_agenda_point_on_a_boards_proposal_is_an_item():
    items = _items("§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Styrelsens förslag till nya stadgar\n"
                   "Stämman beslutade att anta de nya stadgarna.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n")
    assert [(i.number, i.title) for i in items] == [(1, "Mötets öppnande"), (2, "Styrelsens förslag till nya stadgar"),
                                                   (3, "Mötets avslutande")]


def test_an_earlier_stammas_vote_is_neither_a_decision_nor_this_decisions_vote():
    items = _items("§ 1 Nya stadgar\nFörslaget antogs vid ordinarie stämma den 12 maj 2025 med 20 röster mot 3.\n"
                   "Efter votering beslutade stämman att anta de nya stadgarna. 19 röster för och 5 emot.\n")
    assert [d.text for d in items[0].decisions] == ["att anta de nya stadgarna. 19 röster för och 5 emot."]
    assert [(v.yes, v.no) for v in items[0].decisions[0].votes] == [(19, 5)]


def test_a_meeting_found_called_with_the_manner_after_the_participle_is_a_decision():
    items = _items("§ 1 Fråga om årsmötet är utlyst\nÅrsmötet ansågs vara utlyst i behörig ordning.\n")
    assert [d.text for d in items[0].decisions] == ["Årsmötet ansågs vara utlyst i behörig ordning."]


def test_a_topic_and_colon_before_a_decision_that_wraps_is_the_items_title():
    items = _items("1. Ordförande öppnade mötet.\n\n2. Bollar: Elevrådet beslutade att köpa sex nya fotbollar för "
                   "pengarna från\nloppisen. Anders beställer bollarna.\n\n3. Övrigt: Inget övrigt.\n\n"
                   "4. Ordförande avslutade mötet.\n")
    assert [(i.number, i.title) for i in items][1:3] == [(2, "Bollar"), (3, "Övrigt")]
    assert items[1].decisions[0].text.startswith("att köpa sex nya fotbollar")


def test_report_topics_over_bullets_in_a_numbered_item_are_its_sub_items():
    items = _items("1. Mötets öppnande\nMötet öppnades.\n\n2. Rapporter\nVerksamhetschefen\n"
                   "o Två nya ridlärare börjar i november.\nEkonomi\no Resultatet är bättre än budget.\n\n"
                   "3. Mötets avslutande\nMötet avslutades.\n")
    assert [s.title for s in items[1].subitems] == ["Verksamhetschefen", "Ekonomi"]


def test_a_plural_role_after_the_last_of_two_names_is_each_ones_role():
    roll = parse_attendance(clean("Närvarande: Malin Ek (ME) ordf., Ebba Nord (EN), Oskar Fält (OF)\n"
                                  "ledamöter, Lena Hägg (LH) verksamhetschef adj.\n").lines)
    assert [(a.name, a.role) for a in roll][1:] == [("Ebba Nord", "ledamot"), ("Oskar Fält", "ledamot"),
                                                    ("Lena Hägg", "verksamhetschef")]


def test_a_follow_up_line_that_reports_a_task_done_is_no_task():
    items = _items("1. Uppföljning från förra mötet\n- Hallbokningen för vintern är klar (Per).\n"
                   "- Affischerna trycktes i augusti (Lisa).\n- Boka lokal till ledarträffen (Anna).\n")
    assert [d.text for d in items[0].decisions] == ["Boka lokal till ledarträffen (Anna)."]


def test_a_body_line_with_its_financial_year_in_parentheses_gives_the_body():
    got = parse_text("Brf Exempelgården\nPROTOKOLL STYRELSEMÖTE nr 7 (2025/2026)\nDatum: 2025-10-14\n\n"
                     "1. Mötets öppnande\nMötet öppnades.\n")
    assert (got.body, got.number) == ("STYRELSEMÖTE", 7)


def test_an_annual_meeting_of_the_organisations_members_names_the_organisation():
    got = parse_text("PROTOKOLL fört vid årsmöte med PRO Exempelbys medlemmar onsdagen den 19 februari 2025, "
                     "klockan 14.00.\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert (got.organisation, got.body) == ("PRO Exempelby", "årsmöte")


def test_list_point_that_lost_its_dash_is_no_report_topic():
    # A date between dash points ("- 19 mars" / "21 maj" / "- 20 augusti", OCR lost the dash) was taken for a
    # report's topic over bullets and became a sub-item (the seed rendering 2026-11-20 ocr-eng-150: 1.000 -> 0.947).
    text = ("Protokoll styrelsemöte 2026-11-20\n\nNärvarande: Anna Berg, Per Holm\n\n"
            "1. Mötets öppnande\nMötet öppnades.\n\n"
            "2. Sammanträden 2027\nStyrelsen beslutar att sammanträda följande datum:\n\n"
            "- 19 mars\n21 maj\n- 20 augusti\n- 17 september\n\n3. Mötets avslutande\n")
    from protokoll.pipeline import parse_text
    record = parse_text(text, "dates.txt").to_json()
    assert [i["title"] for i in record["items"]] == ["Mötets öppnande", "Sammanträden 2027", "Mötets avslutande"]
    assert record["items"][1]["subitems"] == []
