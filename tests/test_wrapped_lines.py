"""Sentences a PDF's narrower column wrapped onto two lines, read as they are read on one.

Found by wrapping the dev fixtures' long lines at 60 characters (as a narrower text column prints them):
each test here failed before its fix."""
from protokoll.pipeline import parse_text

ROLL = """Protokoll fört vid Stora Kärrbyns förbundsmöte 2025

1. Mötets öppnande
Ordföranden förklarar mötet öppnat.

2. Upprop och fastställande av röstlängd
Upprop sker. Röstlängden omfattar 5 ombud med 6 röster
enligt följande:
Norrmo 2 Elsa Grip, Anton Lind
Sörby 1 Maja Rask 2 röster
Västra Kil 2 Omar Haddad, Lisa Ström
Förbundsmötet beslutar
att fastställa röstlängden till 5 ombud med 6 röster.
"""


def test_sentence_over_a_roll_by_group_wrapped_before_its_colon():
    record = parse_text(ROLL, "roll.txt").to_json()
    assert [(a["name"], a["affiliation"]) for a in record["attendees"]] == [
        ("Elsa Grip", "Norrmo"), ("Anton Lind", "Norrmo"), ("Maja Rask", "Sörby"),
        ("Omar Haddad", "Västra Kil"), ("Lisa Ström", "Västra Kil")]


HEADING = """Protokoll fört vid styrelsemöte i Näsvikens båtklubb 2025-05-12

1. Mötet öppnades

2. Aktuella ärenden
2:1 Bryggan
Bryggan behöver nya pållare. Arbetet görs i juni.
2:2 Mastkranen på
Under april prövade styrelsen att låta medlemmarna resa
masterna själva. Det har gått bra.
att låta regeln gälla även nästa säsong.

3. Mötets avslutande
"""


def test_heading_ending_in_a_particle_over_running_text_wrapped_before_its_full_stop():
    record = parse_text(HEADING, "heading.txt").to_json()
    subitems = record["items"][1]["subitems"]
    assert [s["title"] for s in subitems] == ["Bryggan", "Mastkranen på"]
    assert [d["text"] for d in subitems[1]["decisions"]] == ["att låta regeln gälla även nästa säsong."]



def test_name_with_a_word_hyphenated_at_the_line_end_is_no_internal_error():
    # An attendee line hyphenated where it wrapped gave a name word ending in "-"; its initials took the first
    # letter of the empty part after the hyphen: IndexError, "internt fel".
    from protokoll.parse.minutes import initials_of
    from protokoll.model import Attendee, Protocol
    protocol = Protocol.made(attendees=[Attendee.made(name="Eva Granlund Fastighets-")])
    assert "EGF" in initials_of(protocol)


HYPHENATED = """Protokoll fört vid ordinarie föreningsstämma i Bostadsrätts-
föreningen Tallkotten 2

Närvarande: Eva Granlund, Stig Hallin

1. Stämmans öppnande
Stämman öppnades.

2. Val av ordförande
Kultur-
och fritidsnämndens ordförande Stig Hallin valdes att leda stäm-
man.
"""


def test_word_hyphenated_where_its_line_wrapped_is_one_word_again():
    record = parse_text(HYPHENATED, "hyphen.txt").to_json()
    assert record["organisation"] == "Bostadsrättsföreningen Tallkotten 2"
    assert [d["text"] for d in record["items"][1]["decisions"]] == [
        "Kultur- och fritidsnämndens ordförande Stig Hallin valdes att leda stämman."]
