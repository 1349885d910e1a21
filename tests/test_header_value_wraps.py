"""A label's value wrapped inside its table cell, as a PDF's text layer or `pdftotext -layout` gives it (fictional
text; dev fixture 285): the lines under the value column go on the value, in any case, and are no title."""
from protokoll.pipeline import parse_text

ITEMS = "\n\n1.   Mötets öppnande\n     Ordföranden öppnade mötet.\n\n2.   Val av justerare\n     Per Ek valdes.\n"
ROLL = "\nLedamöter\nAnna Berg, ordförande\nPer Ek\nLisa Holm, sekreterare\n"


def test_a_place_cell_that_wraps_under_its_value_column_goes_on_the_place():
    head = ("Brukarrådet\nProtokoll\n\nDatum          2025-03-12\nTid            13.30–15.45\n"
            "Plats          Exempla stadshus, sammanträdesrum\n               Forsen\n")
    p = parse_text(head + ROLL + ITEMS, "wrap.txt")
    assert p.location == "Exempla stadshus, sammanträdesrum Forsen"
    assert p.organisation != "Forsen"  # the cell's last word stood alone on its line: it is no organisation


def test_a_line_at_the_label_column_or_a_second_cell_does_not_go_on_the_place():
    head = ("Brukarrådet\nProtokoll\n\nTid            13.30–15.45\n"
            "Plats          Exempla stadshus\n               Ordförande     Anna Berg\nJusterare      Per Ek\n")
    p = parse_text(head + ROLL + ITEMS, "wrap.txt")
    assert p.location == "Exempla stadshus"
    head = "Brukarrådet\nProtokoll\n\nPlats: Exempla stadshus\nForsen\n"
    assert parse_text(head + ROLL + ITEMS, "wrap.txt").location == "Exempla stadshus"  # no value column after a colon


def test_a_party_and_role_wrapped_under_the_name_in_a_narrow_name_cell():
    head = "Brukarrådet\nProtokoll\n\nPlats          Exempla stadshus\n\n"
    roll = ("Ledamöter                                        Organisation\n"
            "Anna Berg                                        Socialnämnden\n(S), ordförande\n"
            "Per Ek                                           PRO Exempla\n"
            "Lisa Holm                                        Kommunstyrelsen\n(M)\n")
    people = {a.name: (a.party, a.role) for a in parse_text(head + roll + ITEMS, "wrap.txt").attendees}
    assert people == {"Anna Berg": ("S", "ordförande"), "Per Ek": (None, None), "Lisa Holm": ("M", None)}


def test_a_large_title_wrapped_after_the_word_that_leads_to_its_place():
    head = "PROTOKOLL STYRELSEMÖTE\nStyrelsemöte Exempla Ridklubb den 12 mars 2025 i\nklubbstugan, Exempla\n\n"
    p = parse_text(head + "Närvarande: Anna Berg, Per Ek, Lisa Holm\n" + ITEMS, "wrap.txt")
    assert (p.organisation, p.location) == ("Exempla Ridklubb", "klubbstugan, Exempla")


def test_the_singular_excused_heading():
    head = "Protokoll styrelsemöte Exempla Kanotklubb 2025-09-03\n\nNärvarande: Anna Berg, Per Ek\nFörhindrad: Lisa Holm\n"
    people = {a.name: a.status for a in parse_text(head + ITEMS, "wrap.txt").attendees}
    assert people == {"Anna Berg": "present", "Per Ek": "present", "Lisa Holm": "excused"}
