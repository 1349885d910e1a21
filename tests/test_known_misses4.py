"""Known misses closed by dev fixtures 527–530 (miss4): an office and its holder as bare sentences in the officers'
item, the meeting's chair named outright, a job title with its field in a roll, a portal's breadcrumb and agenda
label, and closing signatures with the name at a tab stop."""
from pathlib import Path

import pytest

from protokoll.pipeline import parse_text

GENRE = Path(__file__).parent / "fixtures" / "genre" / "texts"


def _parse(stem: str):
    path = next(GENRE.glob(f"{stem}_*"))
    return parse_text(path.read_text(encoding="utf-8"))


def test_office_then_full_name_as_sentences_in_officers_item():
    p = _parse("527")
    assert (p.chair, p.secretary) == ("Sture Halvarsson", "Ylva Brodin")


def test_meetings_chair_named_outright():
    assert _parse("528").chair == "Vera Lundmark"


@pytest.mark.parametrize("name, role", [("Nadia Sorensen", "områdeschef skola"), ("Leo Kastman", "enhetschef förskola")])
def test_job_title_and_its_field_is_the_role(name, role):
    assert {a.name: a.role for a in _parse("528").attendees}[name] == role


def test_portal_breadcrumb_and_agenda_label():
    p = _parse("529")
    assert p.organisation == "Brf Tallkotten 7"
    assert [a.name for a in p.attendees] == ["Siri Modig", "Arvid Sten", "Mona Fjell", "Ebbe Rask"]


def test_tab_signatures_after_unnumbered_headings():
    p = _parse("530")
    assert [i.title for i in p.items][-1] == "Mötets avslutande"
    assert (p.chair, p.secretary) == ("Gun Åberg", "Tor Lindqvist")
