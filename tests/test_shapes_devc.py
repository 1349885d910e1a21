"""Item and header shapes real minutes use (issue 8): numbers before the sign, case numbers in parentheses,
"N. Title; text" lines, lettered sub-paragraphs, action tables, title lines without " i ", title sentences
with the place or wrapped over lines, a place-and-date line, posting notices (all text made up)."""
from protokoll.clean.furniture import cut_notices
from protokoll.clean.lines import Line
from protokoll.parse import tables
from protokoll.parse.blocks import heading_at
from protokoll.pipeline import parse_text

HEAD = """Protokoll fört vid styrelsemöte i Granbacka Fiskeklubb
Datum: 2025-03-12
Närvarande: Anna Ek, Per Berg, Lisa Holm
"""


def test_the_number_before_the_sign_with_the_case_number_at_the_right():
    h = heading_at("32 §     Ekonomisk rapport augusti 2025                       Dnr 2025/41")
    assert (h.number, h.label, h.title, h.case_number) == (32, "32 §", "Ekonomisk rapport augusti 2025", "2025/41")
    body = "".join(f"\n{n} §  {t}\nText om {t.lower()}.\n" for n, t in
                   [(31, "Val av justerare"), (32, "Ekonomi"), (33, "Hagarna")])
    p = parse_text(HEAD + body)
    assert [(i.number, i.label, i.title) for i in p.items] == [
        (31, "31 §", "Val av justerare"), (32, "32 §", "Ekonomi"), (33, "33 §", "Hagarna")]


def test_a_case_number_in_parentheses_ends_the_heading():
    h = heading_at("§ 120 Strandskyddsdispens för brygga (MBN 2025/388)")
    assert (h.number, h.title, h.case_number) == (120, "Strandskyddsdispens för brygga", "MBN 2025/388")
    assert heading_at("§ 4 Delegationsbeslut (Dnr 2025/12)").case_number == "2025/12"
    assert heading_at("§ 5 Motion (bifall)").title == "Motion (bifall)"  # no case number in it


def test_title_semicolon_text_on_one_line():
    body = """
1. Mötets öppnande; Ordföranden öppnade mötet.
2. Val av justerare; Per Berg valdes att justera protokollet.
3. Vårshow; Styrelsen beslutade att hålla vårshow den 17 maj.
Lisa bokar domare senast 15 april.
"""
    items = parse_text(HEAD + body).items
    assert [i.title for i in items] == ["Mötets öppnande", "Val av justerare", "Vårshow"]
    assert [d.text for d in items[1].decisions] == ["Per Berg valdes att justera protokollet."]
    assert [d.text for d in items[2].decisions] == ["att hålla vårshow den 17 maj.", "Lisa bokar domare senast 15 april."]
    assert items[2].decisions[1].actions[0].due.isoformat() == "2025-04-15"


def test_lettered_sub_paragraphs_without_headings_are_sub_items():
    body = """
§1 Mötets öppnande
Mötet öppnades.
§2 Firmateckning
§2a Beslutades att firman tecknas av ordföranden och kassören var för sig.
§2b Beslutades att kassören ges attesträtt upp till 10 000 kronor.
§3 Avslutning
Mötet avslutades.
"""
    items = parse_text(HEAD + body).items
    assert [i.number for i in items] == [1, 2, 3]
    subs = items[1].subitems
    assert [(s.label, s.number) for s in subs] == [("§2a", None), ("§2b", None)]
    assert [d.text for s in subs for d in s.decisions] == [
        "att firman tecknas av ordföranden och kassören var för sig.", "att kassören ges attesträtt upp till 10 000 kronor."]
    assert heading_at("4a Budget") is None  # without the sign "4a" is no label


ACTION_TABLE = """
     Punkt   Diskussionspunkt          Åtgärd                          Ansvarig        Klart

     211     Mötets öppnande           Ordföranden öppnade mötet.

     212     Dagordning                godkänna dagordningen

     213     Skoldisco                 boka aulan och ordna musik      Anna Ek,        2025-03-24
                                                                       Per Berg

     214     Matsalen                  framföra önskemålet om fler     Lisa Holm
                                       vegetariska rätter                              2025-04-07

     215     Nästa möte                2025-04-11 kl. 12.15
"""


def test_an_action_table_with_running_numbers_that_start_anywhere():
    p = parse_text(HEAD + ACTION_TABLE)
    assert [(i.number, i.title) for i in p.items] == [
        (211, "Mötets öppnande"), (212, "Dagordning"), (213, "Skoldisco"), (214, "Matsalen"), (215, "Nästa möte")]
    assert p.items[0].decisions == []
    (approve,) = p.items[1].decisions
    assert (approve.text, approve.kind) == ("godkänna dagordningen", "approval")
    (disco,) = p.items[2].decisions
    assert disco.text == "boka aulan och ordna musik"
    assert [(a.assignee, a.due.isoformat()) for a in disco.actions] == [("Anna Ek", "2025-03-24"), ("Per Berg", "2025-03-24")]
    (food,) = p.items[3].decisions
    assert food.text == "framföra önskemålet om fler vegetariska rätter"
    assert [(a.assignee, a.due.isoformat()) for a in food.actions] == [("Lisa Holm", "2025-04-07")]
    assert [m.date.isoformat() for m in p.scheduled_meetings] == ["2025-04-11"]


def test_action_table_header_words_vary():
    assert tables.is_header(["Nr", "Ärende", "Beslut", "Vem", "När"])
    assert tables.is_header(["§", "Diskussion", "Åtgärd", "Ansvar", "Klart till"])
    assert tables.is_header(["Punkt", "Beslut", "Ansvar"])  # the decisions as the only text column
    assert not tables.is_header(["Åtgärd", "Punkt"])


def head_of(title: str):
    p = parse_text(title + "\n\nNärvarande: Anna Ek, Per Berg\n\n1. Öppnande\nMötet öppnades.\n"
                   "2. Ekonomi\nKassan är god.\n3. Avslutning\nMötet avslutades.\n")
    return p


def test_a_meeting_then_its_organisation_without_i():
    p = head_of("Elevrådsmöte Tallängsskolan\nDatum: 2025-10-14")
    assert (p.body, p.organisation) == ("Elevrådsmöte", "Tallängsskolan")
    p = head_of("Styrelsemöte Björkby Ryttarförening\nDatum: 2025-10-14")
    assert (p.body, p.organisation) == ("Styrelsemöte", "Björkby Ryttarförening")
    p = head_of("Styrelsemöte Januari\nDatum: 2025-01-14")
    assert p.organisation is None  # a month is no organisation


def test_a_title_sentence_with_the_place_after_pa():
    p = head_of("Granbacka Fiskeklubb\n\nProtokoll från konstituerande styrelsemöte på Strandgården 2025-04-02")
    assert (p.body, p.location, p.date.isoformat(), p.organisation) == (
        "konstituerande styrelsemöte", "Strandgården", "2025-04-02", "Granbacka Fiskeklubb")


def test_a_title_sentence_wrapped_over_line_breaks():
    p = head_of("Protokoll fört vid styrelsemöte i Brf Kvarnhjulet ekonomisk\nförening den 14 maj 2025 kl. 18.30 via\nTeams")
    assert (p.organisation, p.location, p.start_time) == (
        "Brf Kvarnhjulet ekonomisk förening", "Teams", "18:30")


def test_a_place_and_date_line_under_the_title():
    p = head_of("Styrelsemöte Björkby Ryttarförening\nRidhuset Björkby, 2025-03-12 kl 19.00")
    assert (p.location, p.date.isoformat(), p.start_time) == ("Ridhuset Björkby", "2025-03-12", "19:00")


NOTICE = """ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ                              Miljönämnden
Anslaget sätts upp                 2025-11-10
Anslaget tas ned                   2025-12-02
Förvaringsplats för protokollet    Kommunkansliet
Underskrift
Sofia Lund
"""


def test_a_posting_notice_at_the_end_is_no_item_text():
    body = "\n§ 1 Öppnande\nMötet öppnades.\n§ 2 Ekonomi\nKassan är god.\n§ 3 Avslutning\nMötet avslutades.\n"
    p = parse_text(HEAD + body + "\f" + NOTICE)
    assert [i.title for i in p.items] == ["Öppnande", "Ekonomi", "Avslutning"]
    last = p.items[-1]
    assert "anslag" not in (last.summary or "").lower() and not [d for d in last.decisions if "nslag" in d.text]


def test_a_notice_is_cut_to_its_page_end_or_the_next_label():
    lines = [Line(t, page) for t, page in [("Text", 1), ("BEVIS OM ANSLAG", 1), ("Organ  Nämnden", 1),
                                           ("§ 4 Budget", 1), ("Förvaringsplats", 1), ("Sida 2", 2)]]
    assert [line.text for line in cut_notices(lines)] == ["Text", "§ 4 Budget", "Förvaringsplats", "Sida 2"]


def test_a_semicolon_inside_a_title_stays_in_it():
    assert heading_at("4. Motion om cykelbanor; svar").title == "Motion om cykelbanor; svar"
    h = heading_at("3. Val av justerare; Anna Berg valdes.")
    assert (h.title, "3. Val av justerare; Anna Berg valdes."[h.text_at:]) == ("Val av justerare", "Anna Berg valdes.")


def test_a_line_that_opens_a_title_sentence_is_not_joined_to_the_one_above():
    p = head_of("PROTOKOLL nr 9 (2024/25)\nfört vid styrelsesammanträde 2024-10-08 med början kl 18.30 i lokalen")
    assert (p.body, p.number) == ("styrelsesammanträde", 9)
