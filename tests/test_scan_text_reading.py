"""Scanned minutes read at the text level (scan7: dev scans ``tests/fixtures/renderings/genre/manifest-scan6.txt``,
``manifest-scan7.txt``): OCR's case slips in a roll's surnames (dev 247), a running head, a foot box, a re-wrapped roll.

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



# Dev 21 scanned (a fax line and a running head on every page, "Region Västersjö   Sida N (3)"): the first page's head
# was dropped with the others, and the organisation with it. Dev 221 scanned: the last item's number read "4," for "4.".
HEADED_PAGES = [  # as OCR read the three pages' tops (the fax lines' noise, the second head's specks)
    "2025-03-25 14:23 - FRÅN: REGION VÄSTERSJÖ +46 611 152 00 =5—S. 01/03\n\n"
    "Region Västersjö                                                         Sida 1 (3)\n"
    "Regionala utvecklingsnämndens arbetsutskott                              2025-03-18\n",
    "2025-03-25 14:24 FRÅN: REGION VÄSTERSJÖ +46 611 151 00 =S. 62/03\n\n"
    "Region Västersjö                                       i          Sida 2 (3)\n"
    "Regionala utvecklingsnämndens arbetsutskott      .                2025-03-18\n",
    "2025-03-25 14:25 -oFRÅN: REGION VÄSTERSJÖ +46 611 134 006 =S. 03/03\n\n"
    "Region Västersjö                                                  Sida 3 (3)\n"
    "Regionala utvecklingsnämndens arbetsutskott                       2025-03-18\n",
]


def test_the_first_pages_running_head_keeps_its_words():
    from protokoll.clean.lines import clean

    lines = [line.text for line in clean(pages=HEADED_PAGES).lines]
    assert lines[0] == "Region Västersjö" and not any("Sida 3" in line for line in lines)


LAST_ITEM = """Protokoll från styrelsemöte i Mossängens sparförening 2025-10-07

Närvarande: Gertrud Vinge, Hampus Ölund och Ingela Thor

1. Mötets öppnande
Gertrud öppnade mötet.

2. Föregående protokoll
Föregående protokoll lades till handlingarna.

3. Höstmarknaden
Styrelsen beslutade att delta i höstmarknaden den 8 november.

4, Mötets avslutande
Gertrud avslutade mötet.
"""


def test_the_last_items_number_with_its_point_misread_stays_a_number():
    assert [(i.number, i.title) for i in parse_text(LAST_ITEM).items][-1] == (4, "Mötets avslutande")


# Dev 575 scanned: the foot box's rule read glued to its word ("Justerandes signaturj Utdragsbestyrkande") kept the
# foot as text under the signatures, and the justerare was lost.
SIGNED_FOOT = """Tallberga kommun
Kommunala pensionärsrådet 2026-03-04

Närvarande: Anders Bro, ordförande, Gun Vik, Tina Hult, sekreterare

§ 1 Öppnande och dagordning
Ordföranden öppnade mötet. Dagordningen godkändes.

Vid anteckningarna

Tina Hult

Justeras

Anders Bro                                          Gun Vik

Justerandes signaturj Utdragsbestyrkande
"""


def test_a_foot_box_with_its_rule_read_glued_to_a_word_is_furniture():
    assert parse_text(SIGNED_FOOT).adjusters == ["Gun Vik"]
    assert parse_text(SIGNED_FOOT.replace("signaturj", "signatur)")).adjusters == ["Gun Vik"]


# Dev 387 scanned: the roll re-wrapped by the printed page's width, between two people whose comma the text lacks
# ("... Kassören Tomas Ekholm Britt" / "Nyström. och Olof Rask."): the roll stopped at "Britt".
REWRAPPED = """Protokoll fört vid styrelsens konstituerande sammanträde 9/9 2025

Närvarande: Göran Lidberg, Anneli Sjöström, Kassören Tomas Ekholm Britt
Nyström. och Olof Rask. Frånvarande Lennart Viklund

§ 1 Öppnande
Göran Lidberg öppnade sammanträdet.
"""


def test_a_roll_wrapped_after_a_second_persons_given_name_goes_on():
    people = [(a.name, a.status) for a in parse_text(REWRAPPED).attendees]
    assert people == [("Göran Lidberg", "present"), ("Anneli Sjöström", "present"), ("Tomas Ekholm", "present"),
                      ("Britt Nyström", "present"), ("Olof Rask", "present"), ("Lennart Viklund", "absent")]


# Dev 141 scanned: the list's bullets ("•") read as dashes with a stray mark ("—- Beslut: ...", '— " Hasse ...'); the
# decision after "—-" was lost.
BULLETS = """Mossviks IBK — styrelsemöte 2025-03-04

Närvarande: Jenny Sandin, ordförande, Hasse Lindqvist, kassör, Pia Öberg, sekreterare

Ekonomi
— " Hasse redovisade att klubben har 61 000 kr på kontot.
—- Beslut: träningsavgiften för våren höjs till 600 kr.

Hallen
— Mossvikshallen får nytt golv under påsklovet.
—- Robin kontaktar kommunen om en annan hall under påsklovet.
"""


def test_a_bullet_read_as_dashes_and_a_stray_mark_is_a_bullet():
    items = parse_text(BULLETS).items
    assert [d.text for d in items[0].decisions] == ["träningsavgiften för våren höjs till 600 kr."]


# Dev 84 and 181 scanned: a count's dash read doubled or long ("röstsiffrorna 6--1", "45—12"): the vote was lost.
COUNTS = """Sjövalla församling
Kyrkorådet 2025-05-14

Närvarande: Ingela Brink, ordförande, Kjell Ström, Sven Ahl

§ 23
Renovering av orgeln
Kyrkorådet beslutar med röstsiffrorna 6--1 att anta anbudet från Orgelverkstaden i Dal.

§ 24
Skattesats
Kyrkorådet beslutade med röstsiffrorna 45—12 att fastställa kyrkoavgiften.
"""


def test_a_counts_dash_read_doubled_or_long_keeps_the_vote():
    votes = [(v.yes, v.no) for item in parse_text(COUNTS).items for d in item.decisions for v in d.votes]
    assert votes == [(6, 1), (45, 12)]
