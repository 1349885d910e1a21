"""Shapes of issue 8 that real minutes use (fictional names, see tests/fixtures/genre 70–73): attendance
under a body's genitive, nomination groups, officers in sentences and after semicolons, att-lists joined
by ", och", votes written before the decision, weekday deadlines, continuation tasks."""
import datetime as dt

from protokoll.clean.lines import clean
from protokoll.parse import decisions as dec
from protokoll.parse.attendance import parse_attendance
from protokoll.parse.elections import front_officers
from protokoll.pipeline import parse_text


def entries(text):
    return [(a.name, a.affiliation, a.status, a.role, a.party)
            for a in parse_attendance(clean(text, repair=False).lines)]


HEAD = "Protokoll från styrelsemöte i Exempelbyns byalag\nDatum: 2025-03-13\nTid: 18.00–19.45\nPlats: Byastugan\n\n"


def test_body_genitive_before_the_heading_and_role_before_the_party():
    got = entries("Direktionens ledamöter   Karin Holm, ordförande (S), Tallmo kommun\n"
                  "                         Lena Falk (C), Björkhamns kommun\n\n"
                  "Direktionens ersättare   Jonas Wiik (S), tjänstgörande\n"
                  "                         Per Ahlin (S), ersättare för Eva Strand (S) §§ 124–126\n")
    assert got == [("Karin Holm", "Tallmo", "present", "ordförande", "S"),
                   ("Lena Falk", "Björkhamn", "present", None, "C"),
                   ("Jonas Wiik", "S", "present", "tjänstgörande ersättare", "S"),
                   ("Per Ahlin", "S", "present", "tjänstgörande ersättare", "S")]


def test_union_list_and_title_before_organisation():
    got = entries("Fackliga organisationer  Mats Ek, Kommunal\n                         Ulla Berg, Vision\n\n"
                  "Inbjuden gäst: Tomas Alm, ombudsman Brandmännens Riksförbund\n")
    assert got == [("Mats Ek", "Kommunal", "present", None, None), ("Ulla Berg", "Vision", "present", None, None),
                   ("Tomas Alm", "Brandmännens Riksförbund", "present", "ombudsman", None)]


def test_semicolon_after_the_heading_and_nomination_groups():
    assert [e[0] for e in entries("Närvarande; Nils Ek, Pia Berg, Ola Strand")] == ["Nils Ek", "Pia Berg", "Ola Strand"]
    got = entries("Närvarande:\nGunnel Sand (Kyrkans Väl), ordförande\nLars Öberg (Partipolitiskt obundna)\n"
                  "Förhinder:\nStig Ahl (Frimodig kyrka)\n")
    assert got == [("Gunnel Sand", "Kyrkans Väl", "present", "ordförande", "Kyrkans Väl"),
                   ("Lars Öberg", "Partipolitiskt obundna", "present", None, "Partipolitiskt obundna"),
                   ("Stig Ahl", "Frimodig kyrka", "excused", None, "Frimodig kyrka")]


def test_officers_in_front_matter_sentences():
    got = front_officers("Justering och sekreterare Att jämte ordföranden Karin Holm justera protokollet "
                         "valdes Lena Falk. Sekreterare är Maria Sjö.")
    assert got == {"chair": ["Karin Holm"], "adjusters": ["Lena Falk"], "secretary": ["Maria Sjö"]}


def test_officers_after_semicolons_in_an_opening_item():
    p = parse_text(HEAD + "Närvarande: Omar Haddad, Tilde Ek, Alva Berg, Elsa Nyström\n\n1. Mötets öppnande\n"
                   "Ordförande för mötet; Omar Haddad\nSekreterare för mötet; Tilde Ek\n"
                   "Protokolljusterare; Alva Berg och Elsa Nyström\n\n2. Ekonomi\nKassan redovisades.\n")
    assert (p.chair, p.secretary, p.adjusters) == ("Omar Haddad", "Tilde Ek", ["Alva Berg", "Elsa Nyström"])


def test_meeting_officers_signing_in_columns_are_no_adjusters():
    p = parse_text(HEAD + "Närvarande: Hanna Lund, Pia Berg, Ola Strand\n\n1. Öppnande\nMötet öppnades.\n\n"
                   "2. Avslutning\nMötet avslutades.\n\n"
                   "Stämmoordförande               Stämmosekreterare\n\nHanna Lund                     Pia Berg\n\n"
                   "Justeras\n\nOla Strand\n")
    assert (p.chair, p.secretary, p.adjusters) == ("Hanna Lund", "Pia Berg", ["Ola Strand"])


def test_att_lines_joined_by_comma_and_conjunction_are_separate_decisions():
    p = parse_text(HEAD + "Närvarande: Anna Ek, Per Berg\n\n1. Budget\nStyrelsen beslutar\n"
                   "att fastställa budgeten, och\natt uppdra åt kassören att redovisa utfallet, samt\n"
                   "att lägga informationen till handlingarna.\n")
    assert [d.text for d in p.items[0].decisions] == [
        "att fastställa budgeten, och", "att uppdra åt kassören att redovisa utfallet, samt",
        "att lägga informationen till handlingarna."]


def test_votes_counted_before_the_decision():
    v = dec.counted_vote("Röstning genomfördes med handuppräckning: 31 röster för styrelsens förslag, "
                         "13 emot och 3 som avstod.")
    assert (v.yes, v.no, v.abstain) == (31, 13, 3)
    v = dec.counted_vote("Med 9 ja-röster för att avgöra ärendet i dag mot 1 nej-röst för återremiss "
                         "beslutar nämnden att avgöra ärendet i dag.")
    assert (v.yes, v.no) == (9, 1)


def test_passive_and_finding_formulas_are_decisions():
    assert dec.running_decision("Stämman finner att stämman är i laga ordning utlyst.")
    assert dec.running_decision("Årsmötet ansågs stadgeenligt utlyst.")
    assert not dec.running_decision("Ordföranden finner att nämnden bifallit förslaget.")


def test_weekday_between_senast_and_the_date():
    assert dec.deadline("Omar lämnar önskemålet senast fredag 17 oktober.", dt.date(2025, 10, 9)) == \
        dt.date(2025, 10, 17)
    assert dec.deadline("teckna avtalet senast tisdagen den 4 november", dt.date(2025, 10, 9)) == \
        dt.date(2025, 11, 4)


def test_continuation_verbs_give_tasks():
    assert dec.task_sentence("Henrik Dahl och Maria Sjö fortsätter med översynen av delegationsordningen.")
    d = dec.analyse("Henrik Dahl och Maria Sjö fortsätter med översynen.", dt.date(2025, 10, 14))
    assert [a.assignee for a in d.actions] == ["Henrik Dahl", "Maria Sjö"]


def test_class_grouped_lines_under_a_bare_heading():
    p = parse_text(HEAD.replace("\n\n", "\n\nNärvarande\n7A: Alva Berg, Noah Lind\n8B: Elsa Nyström\n\n") +
                   "1. Öppnande\nMötet öppnades.\n\n2. Avslutning\nMötet avslutades.\n")
    assert [(a.name, a.affiliation, a.note) for a in p.attendees] == [
        ("Alva Berg", "7A", "7A"), ("Noah Lind", "7A", "7A"), ("Elsa Nyström", "8B", "8B")]


def test_status_lists_side_by_side_and_name_place_rows():
    p = parse_text("Exempelby församling\nKyrkorådet\nSammanträdesdatum 2025-09-18\n\n"
                   "Närvarande                               Förhindrade\n"
                   "Ledamöter                                Ledamöter\n"
                   "Gunnel Sand (Kyrkans Väl), ordförande    Stig Ahl (Frimodig kyrka)\n"
                   "Britt Holm (S)                           Ersättare\n"
                   "Ersättare                                Maj Falk (S)\n"
                   "Eva Lund (S), tjänstgörande\n\n"
                   "Övriga närvarande\n"
                   "Kyrkvärdar         Rune Dahl    Gransjö\n"
                   "                   Siv Åkerman  Tallmo\n\n"
                   "§ 1\nDagordning\nKyrkorådet beslutar att godkänna dagordningen.\n\n"
                   "§ 2\nAvslutning\nOrdföranden avslutade sammanträdet.\n")
    got = [(a.name, a.affiliation, a.status) for a in p.attendees]
    assert got == [("Gunnel Sand", "Kyrkans Väl", "present"), ("Britt Holm", "S", "present"),
                   ("Eva Lund", "S", "present"), ("Stig Ahl", "Frimodig kyrka", "excused"), ("Maj Falk", "S", "excused"),
                   ("Rune Dahl", "Gransjö", "present"), ("Siv Åkerman", "Tallmo", "present")]
    assert [a.role for a in p.attendees[:5]] == ["ordförande", None, "tjänstgörande ersättare", None, "ersättare"]


def test_officers_only_at_the_foot():
    p = parse_text(HEAD + "Närvarande: Anna Ek, Per Berg, Lisa Holm\n\n1. Ekonomi\nKassan redovisades.\n\n"
                   "2. Lokaler\nLokalen är bokad.\n\n3. Avslutning\nMötet avslutades.\n\n"
                   "Ordförande: Anna Ek\nSekreterare: Per Berg\n")
    assert (p.chair, p.secretary) == ("Anna Ek", "Per Berg")
    assert [i.title for i in p.items] == ["Ekonomi", "Lokaler", "Avslutning"]


def test_constituted_chair_signing_under_justeras_is_no_adjuster():
    p = parse_text(HEAD + "Närvarande: Eva Lind, Bo Ek, Sara Holm\n\n§ 1 Konstituering\n"
                   "Styrelsen konstituerade sig enligt följande:\nOrdförande: Eva Lind\nKassör: Bo Ek\n\n"
                   "§ 2 Avslutning\nMötet avslutades.\n\nJusteras\n\nEva Lind                      Bo Ek\n")
    assert (p.chair, p.adjusters) == ("Eva Lind", ["Bo Ek"])


def test_a_decision_ends_before_a_new_line_sentence_after_a_short_line():
    p = parse_text(HEAD + "Närvarande: Anna Ek, Per Berg\n\n1. Ekonomi\nStyrelsen beslutade att anta budgeten.\n"
                   "Kassören berättade att bidraget har kommit in.\n\n2. Avslutning\nMötet avslutades.\n")
    assert [d.text for d in p.items[0].decisions] == ["att anta budgeten."]
