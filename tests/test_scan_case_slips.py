"""OCR's case slips in a roll's surnames (scan7: dev 247 scanned, ``tests/fixtures/renderings/genre/manifest-scan6.txt``).

A scanned roll "Lena Vik (ordf), ..., Kent" / "Ås kass., ..." was read "Lena vik (ordf)" and "ÅS": the one piece
that was no person any more made the whole comma list no list, and the roll lost all its people. Unit-level on the
OCR text: no Tesseract needed.
"""
from __future__ import annotations

from protokoll.pipeline import parse_text
from protokoll.vocab.names import case_slipped

ROLL = """Hem och skola-föreningen vid Rönnbrinkens skola
Protokoll från styrelsemöte 2025-02-11

Närvarande: Lena vik (ordf), Omar Said, sekr., Pia Holm v. ordf, Kent
ÅS kass., Sara Ny, vårdnadshavare klass 2A, Jonas Lund

1. Mötets öppnande
Ordföranden hälsade alla välkomna.
"""


def test_a_surnames_capital_read_small_keeps_the_roll():
    people = [(a.name, a.role) for a in parse_text(ROLL).attendees]
    assert people == [("Lena Vik", "ordförande"), ("Omar Said", "sekreterare"), ("Pia Holm", "vice ordförande"),
                      ("Kent Ås", "kassör"), ("Sara Ny", "vårdnadshavare klass 2a"), ("Jonas Lund", None)]


def test_only_letters_whose_case_looks_alike_slip():
    assert case_slipped("Lena vik (ordf)") == "Lena Vik (ordf)"
    assert case_slipped("Kent ÅS kass.") == "Kent Ås kass."
    assert case_slipped("Lena berg (ordf)") is None  # a b is no B read small
    assert case_slipped("Lena och Per") is None
    assert case_slipped("Lena sekreterare") is None  # a role after a given name
    assert case_slipped("Kent SD") is None  # a party's code
    assert case_slipped("Styrelsen sammanträdde") is None  # no given name first

