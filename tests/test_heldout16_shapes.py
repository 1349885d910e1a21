"""Shapes the sixteenth held-out set (tests/fixtures/heldout16, service clubs, churches, companies and civil society)
showed the parser missing, each with a dev fixture of its own in tests/fixtures/genre (480–487). All text made up."""
import datetime as dt

from protokoll.pipeline import parse_text
from protokoll.vocab import dates

HEAD = "Exempelföreningen\nProtokoll styrelsemöte 2025-11-04\n\nNärvarande: Anna Ek (ordf), Per Berg, Lisa Holm (sekr)\n\n"


def _decisions(item):
    return [(d.text, d.kind, [(a.assignee, str(a.due) if a.due else None) for a in d.actions]) for d in item.decisions]


def test_a_date_with_full_stops_and_a_four_digit_year_is_a_date():
    assert dates.first_date("Tid: 11.02.2026 kl. 18.00") == dt.date(2026, 2, 11)
    assert dates.first_date("kl. 18.30 och punkt 3.1") is None


def test_a_finland_swedish_registered_association_is_the_organisation():
    protocol = parse_text("Strandby Marthaförening r.f.\n\nSTYRELSEMÖTE\n\nTid: 11.02.2026 kl. 18.00\n\n"
                          "Närvarande: Anna Ek, Per Berg\n\n1. Mötets öppnande\nMötet öppnades.\n")
    assert (protocol.organisation, str(protocol.date)) == ("Strandby Marthaförening r.f.", "2026-02-11")
