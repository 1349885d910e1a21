"""Housing bodies' minutes (survey 44, held-out set 31): a brf's and a samfällighet's board, HSB and Riksbyggen
associations' stämmor, a lokal hyresgästförening and its samråd with the landlord. Dev fixtures 830–837 hold each
shape whole; these tests keep each rule."""
from protokoll.pipeline import parse_text


def _decisions(p):
    return [(d.text, [(a.assignee, a.due and a.due.isoformat()) for a in d.actions]) for it in p.items for d in it.decisions]


_BOARD = "Brf Exempel 4\nStyrelsemöte 2026-02-18\n\nNärvarande: Malin Ros (ordf), Per Ådahl (kassör), Tuva Lind (suppl)\n\n" \
         "§ 1 Mötet öppnas\nOrdföranden öppnade mötet.\n\n§ 2 Ekonomi\n{text}\n\n§ 3 Mötet avslutas\n"


def test_a_responsible_tail_in_parentheses_makes_the_sentence_a_task():
    """ "Påminnelse skickas ... senast den 1 mars. (Ansvar: Per)": the label names who carries the passive task out."""
    p = parse_text(_BOARD.format(text="Påminnelse skickas till de tre lägenheterna senast den 1 mars. (Ansvar: Per)"))
    assert _decisions(p) == [("Påminnelse skickas till de tre lägenheterna senast den 1 mars. (Ansvar: Per)",
                              [("Per", "2026-03-01")])]


def test_a_responsible_tail_ends_its_sentence_as_a_full_stop_does():
    """ "... 12 000 kr. (Ansvar: Malin)" / "Gamla maskinen lämnas på återvinningen. Tuva bokar en släpvagn.": the next
    line is no part of the decision; its task sentence opens one of its own."""
    p = parse_text(_BOARD.format(text="Styrelsen beslutade att köpa en ny torktumlare. (Ansvar: Malin)\n"
                                      "Gamla maskinen lämnas på återvinningen. Tuva bokar en släpvagn."))
    assert _decisions(p) == [("att köpa en ny torktumlare. (Ansvar: Malin)", [("Malin", None)]),
                             ("Tuva bokar en släpvagn.", [("Tuva", None)])]


def test_a_responsible_line_under_no_decision_makes_the_paragraph_above_a_task():
    """ "Inbjudan delas ut senast den 10 april." / "Ansvarig: Linnea": the paragraph is the task, its deadline kept."""
    p = parse_text(_BOARD.format(text="Städdagen hålls den 25 april. Inbjudan delas ut senast den 10 april.\nAnsvarig: Per"))
    assert _decisions(p) == [("Städdagen hålls den 25 april. Inbjudan delas ut senast den 10 april.",
                              [("Per", "2026-04-10")])]


_STAMMA = "HSB Bostadsrättsförening Exempel\n\nProtokoll fört vid ordinarie föreningsstämma 2026-04-22\n\n" \
          "§ 1 Stämmans öppnande\nGerd Nyman öppnade stämman.\n\n§ 2 Röstlängd\nRöstlängden fastställdes.\n\n\n" \
          "Stämmoordförande                    Protokollförare\n\nLeif Kvist                          Saga Hed\n\n\n" \
          "Bilaga 1 Röstlängd\n\nLgh       Namn                        {note}\n11        Gerd Nyman\n" \
          "12        Saga Hed                    {cell}\n14        Leif Kvist\n"


def test_a_roll_printed_as_an_attachment_after_the_signatures_is_the_attendance():
    p = parse_text(_STAMMA.format(note="", cell=""))
    assert [(a.name, a.affiliation, a.status) for a in p.attendees] == \
        [("Gerd Nyman", "11", "present"), ("Saga Hed", "12", "present"), ("Leif Kvist", "14", "present")]
    assert [it.title for it in p.items] == ["Stämmans öppnande", "Röstlängd"]


def test_anm_titles_a_note_column():
    """ "Lgh  Namn  Anm." with "kom 18.50" in the note column: the row's person, the note apart."""
    p = parse_text(_STAMMA.format(note="Anm.", cell="kom 18.50"))
    assert [(a.name, a.affiliation, a.note) for a in p.attendees] == \
        [("Gerd Nyman", "11", None), ("Saga Hed", "12", "kom 18.50"), ("Leif Kvist", "14", None)]


def test_an_associations_number_in_its_name_is_no_protocol_number():
    p = parse_text("HSB:s Bostadsrättsförening Granen nr 212 i Sundsvall\n\nProtokoll fört vid styrelsemöte\n\n"
                   "Datum: 2026-03-04\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Övrigt\nInget.\n")
    assert p.number is None
    p = parse_text("Brf Granen\n\nProtokoll fört vid styrelsemöte nr 4\n\nDatum: 2026-03-04\n\n1. Mötets öppnande\n"
                   "Ordföranden öppnade mötet.\n\n2. Övrigt\nInget.\n")
    assert p.number == 4


def test_next_samrad_and_meetings_under_a_season_are_scheduled():
    p = parse_text("Minnesanteckningar samråd\nLokala hyresgästföreningen Exempel och Exempelbo AB\n\nDatum: 14 oktober "
                   "2026\n\nFrån hyresgästföreningen: Irma Sjögren, Anton Berg\n\nSophuset\nFler kärl behövs.\n\n"
                   "Nästa samråd\nNästa samråd hålls den 9 december 2026 kl. 16.30 på träffpunkten.\n")
    assert [(m.date.isoformat(), m.start_time) for m in p.scheduled_meetings] == [("2026-12-09", "16:30")]
    p = parse_text("Lokala Hyresgästföreningen Exempel den 20 augusti 2026\n\nNärvarande: Siv Åkerlund, Ove Lind.\n\n"
                   "§ 31 Ordförande Siv öppnar mötet.\n\n§ 32 Möten under hösten:\n• 17 september kl 18:30\n"
                   "• 15 oktober kl 18:30\n\n§ 33 Siv avslutar mötet.\n")
    assert [(m.date.isoformat(), m.start_time) for m in p.scheduled_meetings] == \
        [("2026-09-17", "18:30"), ("2026-10-15", "18:30")]


def test_narvarande_suppleant_gives_the_role():
    p = parse_text("Bostadsrättsföreningen Exempel\n\nProtokoll fört vid styrelsemöte 2026-06-09\n\nNärvarande ledamöter\n"
                   "Anneli Boström\nKurt Hellman\n\nNärvarande suppleant\nViktor Abrahamsson\n\n§ 1 Mötets öppnande\n"
                   "Anneli Boström öppnade mötet.\n\n§ 2 Mötets avslutande\nOrdföranden avslutade mötet.\n")
    assert [(a.name, a.role) for a in p.attendees] == [("Anneli Boström", None), ("Kurt Hellman", None),
                                                       ("Viktor Abrahamsson", "suppleant")]
