"""Shapes of Word's "save as plain text" the twenty-second held-out set still showed the parser missing after its
first round of fixes, each with a dev fixture of its own in tests/fixtures/genre (614–): a roll table given one
cell a line under status headings, roles written small, and "o<TAB>" sub-bullets. All text made up."""
from protokoll.pipeline import parse_text

HEAD = "Protokoll styrelsemöte\nSPF Seniorerna Tallbo\nDatum:\t3 april 2025\nPlats:\tBystugan\n\n"
ITEM = "1. Mötets öppnande\nOrdföranden öppnade mötet.\n"


def _roll(protocol):
    return [(a.name, a.role, a.status) for a in protocol.attendees]


def test_word_roll_table_a_cell_a_line_under_status_headings():
    # "Närvarande" over the table's own header is the list's heading, not a presence column; "ordförande" written
    # small is the role beside the name, not the name cell's wrapped end; "Anmält förhinder" ends the table
    text = HEAD + ("Närvarande\nNamn\nUppdrag\nAnna Berg\nordförande\nBo Lund\nsekreterare\nEva Holm\nkassör\n"
                   "Anmält förhinder\nNamn\nUppdrag\nPer Ek\nledamot\n\n") + ITEM
    assert _roll(parse_text(text)) == [("Anna Berg", "ordförande", "present"), ("Bo Lund", "sekreterare", "present"),
                                       ("Eva Holm", "kassör", "present"), ("Per Ek", "ledamot", "excused")]


def test_one_excused_name_and_role_cell_pair_is_a_row():
    text = HEAD + "Närvarande: Anna Berg, Bo Lund\n\nAnmält förhinder\nPer Ek\nledamot\n\n" + ITEM
    assert ("Per Ek", "ledamot", "excused") in _roll(parse_text(text))


def test_word_o_tab_sub_bullets_are_bullets():
    text = HEAD + ("Närvarande: Anna Berg, Bo Lund\n\n1. Vårens resa\n•\tResan till Kvarnbo är bokad.\n"
                   "o\tStyrelsen beslutade att höja avgiften till 300 kronor.\no\tBo tar fram en anmälningslista.\n")
    decisions = parse_text(text).items[0].decisions
    assert [d.text for d in decisions] == ["att höja avgiften till 300 kronor.", "Bo tar fram en anmälningslista."]
    assert decisions[1].actions[0].assignee == "Bo"


def test_tab_roll_of_class_and_representative():
    # "Klass<TAB>Representant": the representative is the name column, the class whom they represent
    text = HEAD + ("Närvarande\nKlass\tRepresentant\n4A\tTilde Moberg\n4B\tNoah Sjöqvist\n"
                   "Vuxen\tKarin Öst, kurator\n\n") + ITEM
    assert [(a.name, a.affiliation) for a in parse_text(text).attendees] == \
        [("Tilde Moberg", "4A"), ("Noah Sjöqvist", "4B"), ("Karin Öst", "Vuxen")]


OUTLOOK = ("Styrelsemöte Bygdegårdsföreningen Tallbo\nden 3 mars 2025\n\nMötesdetaljer från Outlook\n"
           "Datum:\t3 mars 2025 19:00–20:30\nPlats:\tBygdegården\n"
           "Deltagare:\tAnna Berg <anna@tallbo.example>; Bo Lund <bo@tallbo.example>; Eva Holm\n\n"
           "Taket\nStyrelsen beslutade att byta taket.\n\n"
           "Åtgärdspunkter\n☐ Beställa takplåt (Bo Lund) – 2025-03-20\n☐ Boka städdag (Eva Holm) – 2025-04-05\n")


def test_outlook_invitees_apart_by_semicolons_with_addresses():
    assert [a.name for a in parse_text(OUTLOOK).attendees] == ["Anna Berg", "Bo Lund", "Eva Holm"]


def test_a_roll_apart_by_semicolons_alone():
    text = HEAD.replace("\n\n", "\nNärvarande: Anna Berg; Bo Lund; Eva Holm\n\n", 1) + ITEM
    assert [a.name for a in parse_text(text).attendees] == ["Anna Berg", "Bo Lund", "Eva Holm"]


def test_onenote_task_line_with_assignee_in_parentheses_and_dashed_due_date():
    tasks = [(a.assignee, str(a.due)) for d in parse_text(OUTLOOK).items[-1].decisions for a in d.actions]
    assert tasks == [("Bo Lund", "2025-03-20"), ("Eva Holm", "2025-04-05")]


def _title(first_line):
    protocol = parse_text(first_line + "\nDatum: 3 mars 2025\nPlats: Bystugan\n\nNärvarande: Anna Berg, Bo Lund\n\n" + ITEM)
    return protocol.body, protocol.organisation, protocol.number


def test_council_in_indefinite_form_then_its_school():
    assert _title("Skolråd Tallbyskolan")[:2] == ("Skolråd", "Tallbyskolan")
    assert _title("Skolråd Tallbyskolan – mötesanteckningar")[:2] == ("Skolråd", "Tallbyskolan")
    assert _title("Kommunalråd Anna Berg")[0] is None  # a person's title, no council


def test_running_number_is_no_part_of_the_body():
    assert _title("Styrelsemöte nr 4/2025 i Tallby Energi AB") == ("Styrelsemöte", "Tallby Energi AB", 4)
