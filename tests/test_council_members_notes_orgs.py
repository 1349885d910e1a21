"""Shapes survey helpers saw the parser miss in the minutes of councils (pensioners', disability and regional
councils): a task given to two organisations named by their initials, a paragraph note in parentheses after the
name or the party, and the member municipalities listed across the top of the page. Dev fixtures 736–739 in
tests/fixtures/genre carry them. All text made up."""
from protokoll.parse.decisions import task_sentence
from protokoll.parse.header import member_row
from protokoll.pipeline import parse_text


def _actions(protocol):
    return [(a.assignee, str(a.due)) for i in protocol.items for d in i.decisions for a in d.actions]


def test_two_organisations_named_by_initials_and_place_share_a_task():
    p = parse_text("Protokoll\n2025-02-20\n\n§ 5 Trafiksäkerhet\n"
                   "PRO Åby och SPF Seniorerna Björkvik lämnar synpunkter till förvaltningen senast den 15 mars.\n")
    assert _actions(p) == [("PRO Åby", "2025-03-15"), ("SPF Seniorerna Björkvik", "2025-03-15")]
    assert task_sentence("DHR Åby sammanställer medlemmarnas synpunkter senast den 31 mars.", strict=True)
    # an office and an organisation: one action each
    p = parse_text("Protokoll\n2025-02-20\n\n§ 6 Mötesplatser\n"
                   "Fritidsförvaltningen och RPG Ekeby tar fram ett förslag till nästa sammanträde den 24 april.\n")
    assert [a for a, _ in _actions(p)] == ["Fritidsförvaltningen", "RPG Ekeby"]


def _roll(text):
    p = parse_text("PROTOKOLL\nPensionärsrådet\n2025-02-20\n\nBeslutande\n" + text + "\n\n§ 1 Öppnande\nMötet öppnades.\n")
    return [(a.name, a.affiliation, a.role, a.party, a.note) for a in p.attendees]


def test_a_paragraph_note_in_parentheses_is_the_attendees_note_not_the_affiliation():
    assert _roll("Karin Ahlgren (paragraf 4–9)\nPer Ekholm (S), (§§ 1–6)\nLena Moberg, Vänsterpartiet (Del av § 7)\n"
                 "Gunnar Tell (M) (ersättare, §§ 1–5)\nMaj Lindvall, PRO Åby (punkterna 1–6)") == [
        ("Karin Ahlgren", None, None, None, "paragraf 4–9"),
        ("Per Ekholm", "S", None, "S", "§§ 1–6"),
        ("Lena Moberg", "Vänsterpartiet", None, "Vänsterpartiet", "Del av § 7"),
        ("Gunnar Tell", "M", "ersättare", "M", "§§ 1–5"),
        ("Maj Lindvall", "PRO Åby", None, None, "punkterna 1–6")]


def test_member_municipalities_across_the_top_are_no_organisation():
    assert member_row("Åby   Björkvik   Ekeby   Dalsjö")
    assert member_row("Region Nordvidden | Åby kommun | Björkviks kommun | Ekeby kommun")
    assert member_row("Åby • Björkvik • Ekeby • Dalsjö")
    assert not member_row("Hedeby kommun     Kommunstyrelsen")  # an organisation and its body
    assert not member_row("PROTOKOLL          Ekby Båtklubb")
    assert not member_row("Åby kommun")
    for top in ("Åby kommun        Björkviks kommun        Ekeby kommun", "Åby kommun | Björkvik kommun | Ekeby kommun",
                "Åby   Björkvik   Ekeby   Dalsjö"):
        p = parse_text(f"{top}\n\nPROTOKOLL\nSamverkansrådet\nSammanträdesdatum 2025-02-12\n\n§ 1 Öppnande\nMötet öppnades.\n")
        assert (p.organisation, p.body) == (None, "Samverkansrådet"), top
    p = parse_text("Åby   Björkvik   Ekeby   Dalsjö\n\nProtokoll från Samverkansrådet Nordvidden 2025-02-12\n\n"
                   "§ 1 Öppnande\nMötet öppnades.\n")
    assert (p.organisation, p.body) == ("Nordvidden", "Samverkansrådet")
