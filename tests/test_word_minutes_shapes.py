"""Shapes of minutes typed in Word or LibreOffice Writer and exported to PDF (tests/word_minutes.py,
manifest-word2.txt): the roll as a table with the party in a column of its own, a roll table inside the
value cell of a municipal label/value front page, a long label a character short of the value column, a
note wrapped in its narrow cell, dash lists with a tab after the dash, a wrapped title date, a case
number's serial wrapped onto a line of its own.

Each was found on the genre fixtures rendered so (before -> after in the commit messages); the PDFs here
are small ones made with reportlab in the same shapes, the text tests give the laid-out lines as
protokoll's PDF reader prints them.
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from protokoll.clean.lines import clean
from protokoll.pipeline import parse_file, parse_text, read_clean

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
BOLD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=8)
TOP = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)])


def _p(text, style=BODY):
    return Paragraph(text, style)


def _people(protocol):
    return {a.name: (a.party, a.role, a.status) for a in protocol.attendees}


def _pdf(tmp_path: Path, story) -> Path:
    path = tmp_path / "m.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _front_page(roll_rows, others):
    """A municipal front page: a label/value table whose "Beslutande" value is a table of its own
    (name | party | role), as municipal Word templates hold the roll."""
    roll = Table([[_p(c) for c in row] for row in roll_rows], colWidths=[120, 40, 150], style=TOP)
    rows = [[_p("<b>Plats och tid</b>"), _p("Kommunhuset, kl. 09.00–11.00")],
            [_p("<b>Beslutande</b>"), roll]]
    rows += [[_p(f"<b>{label}</b>"), _p(value)] for label, value in others]
    return Table(rows, colWidths=[130, 320], style=TOP)


def test_a_roll_table_with_a_party_column_in_the_front_pages_value_cell(tmp_path):
    roll = [["Karin Lövgren", "S", "ordförande"], ["Johan Ekström", "M", "1:e vice ordförande"],
            ["Ahmed Yousef", "S", ""], ["Lars Nygren", "SD", ""]]
    story = [_p("Ekby kommun"), _p("Kommunstyrelsen"), _p("Sammanträdesdatum 2025-05-13"), Spacer(1, 12),
             _front_page(roll, [("Justerare", "Johan Ekström (M)"), ("Paragrafer", "§§ 12–13")]),
             _p("§ 12 Val av justerare", BOLD), _p("Kommunstyrelsen beslutar att utse Johan Ekström att justera."),
             _p("§ 13 Dagordning", BOLD), _p("Kommunstyrelsen beslutar att godkänna dagordningen.")]
    protocol = parse_file(_pdf(tmp_path, story))
    people = _people(protocol)
    assert people["Karin Lövgren"] == ("S", "ordförande", "present")
    assert people["Johan Ekström"][:2] == ("M", "1:e vice ordförande")
    assert people["Lars Nygren"][0] == "SD"
    assert not any(len(name) <= 2 for name in people)  # no party read as a person
    assert [i.number for i in protocol.items] == [12, 13]


ROLL_IN_VALUE_COLUMN = """\
Ekby kommun                                 SAMMANTRÄDESPROTOKOLL              Sida 1 (2)
Kommunstyrelsen                             Sammanträdesdatum 2025-05-13
Plats och tid              Kommunhuset, kl. 09.00–12.10
Beslutande                 Karin Lövgren                 S       ordförande
                           Johan Ekström                 M       1:e vice ordförande
                           Ahmed Yousef                  S
Tjänstgörande ersättare    Mikael Rosén                  S       ersätter Anders Fors (S)
Ej tjänstgörande ersättare  Gunnel Åberg                 S
                           Rasmus Lind                   M
Övriga närvarande          Eva Strömberg                         kommundirektör
                           Linnéa Sundberg                       mark- och exploateringschef,
                           § 13
                           Sara Lindqvist                        nämndsekreterare
Justerare                  Johan Ekström (M)
Paragrafer                 12–13
\f§ 12 Val av justerare
Kommunstyrelsen beslutar att utse Johan Ekström att justera protokollet.

§ 13 Försäljning av fastighet
Kommunstyrelsen beslutar att godkänna försäljningen.
"""


def test_a_party_column_beside_the_names_is_each_ones_party():
    people = _people(parse_text(ROLL_IN_VALUE_COLUMN))
    assert people["Karin Lövgren"] == ("S", "ordförande", "present")
    assert people["Ahmed Yousef"][0] == "S"
    assert "S" not in people and "M" not in people


def test_a_label_column_is_found_from_its_labels_not_from_a_roll_in_the_value_cell():
    """The roll's own rows ("Johan Ekström    M    1:e vice ordförande", indented to the value column) are
    the most common gap of the page: they are values, not the label column."""
    people = _people(parse_text(ROLL_IN_VALUE_COLUMN))
    assert people["Mikael Rosén"][:2] == ("S", "tjänstgörande ersättare")
    assert people["Rasmus Lind"][0] == "M" and people["Rasmus Lind"][1] in ("ersättare", "ej tjänstgörande ersättare")


def test_a_long_label_leaves_its_value_a_character_past_the_value_column():
    """'Ej tjänstgörande ersättare  Gunnel Åberg': two spaces, and the value one character on."""
    people = _people(parse_text(ROLL_IN_VALUE_COLUMN))
    assert people["Gunnel Åberg"][0] == "S"


def test_a_role_whose_note_its_cell_wrapped_keeps_the_role():
    people = _people(parse_text(ROLL_IN_VALUE_COLUMN))
    assert people["Linnéa Sundberg"][1] == "mark- och exploateringschef"
    assert "Sara Lindqvist" in people


def test_a_note_alone_on_its_line_before_the_items_does_not_start_their_run():
    """'§ 13' wrapped out of a note in the roll stands before '§ 12', the first item: the items are 12 and 13."""
    protocol = parse_text(ROLL_IN_VALUE_COLUMN)
    assert [(i.number, i.title) for i in protocol.items] == [(12, "Val av justerare"), (13, "Försäljning av fastighet")]


def test_a_dash_list_with_a_tab_after_the_dash_numbers_the_items():
    text = "\n".join(["Styrelsemöte i Ekby vägförening 2025-04-14", "", "Närvarande: Bo Ek, Eva Lind och Per Holm", "",
                      "–    1 Mötets öppnande", "Bo Ek öppnade mötet.", "",
                      "–    2 Dagordning", "Dagordningen godkändes.", "",
                      "–    3 Vägunderhåll", "Styrelsen beslutar att beställa grus.", ""])
    protocol = parse_text(text)
    assert [(i.number, i.title) for i in protocol.items] == [(1, "Mötets öppnande"), (2, "Dagordning"), (3, "Vägunderhåll")]


def test_a_title_wrapped_inside_its_date_gives_the_date():
    text = "\n".join(["Minnesanteckningar", "", "Arbetsgruppen för trygghet i Ekby Möte 4/2025, måndag 22 september",
                      "2025", "", "Deltagare: Rut Ek (bostäder), Kemal Öz (polisen)", "",
                      "1. Inledning", "Rut hälsade välkomna.", "", "2. Nästa möte", "Måndag 3 november kl. 15.00."])
    protocol = parse_text(text)
    assert str(protocol.date) == "2025-09-22"
    assert [str(m.date) for m in protocol.scheduled_meetings] == ["2025-11-03"]


def test_a_case_serial_wrapped_onto_its_own_line_is_no_page_number():
    """ "2025/101" alone on a line (the case number's serial, wrapped in its narrow cell) is not "page 2025 of 101"."""
    lines = clean("BUN AU § 31        BUN\n2025/101\nVal av justerare\n\nBeslut\nDagordningen godkänns.\n").lines
    assert "2025/101" in [line.text for line in lines]


def test_a_dash_list_spaced_as_every_paragraph_belongs_to_the_paragraph_over_it():
    """Word's default style leaves space after every paragraph: a list typed one line a paragraph has a blank
    line before each of its lines, which then parts nothing (spec: dash lines under a paragraph belong to it)."""
    text = "\n".join(["Ekby skolas föräldraförening", "Anteckningar från styrelsemöte torsdag 4/9 2025 kl 19.00", "",
                      "Närvarande: Karin Åström (ordf), Viktor Nyholm, Selma Ek, Omar Haddad", "",
                      "Skolgårdsdagen", "Föreningen bjuder på korv och saft under dagen.", "",
                      "– Selma köper korv och bröd senast 20/9.", "", "– Omar ordnar grillen.", "",
                      "Ekonomi", "Kassan: 6 420 kr.", ""])
    decisions = [d for item in parse_text(text).items for d in item.decisions]
    assert len(decisions) == 1
    assert [a.assignee for a in decisions[0].actions] == ["Selma", "Omar"]
    assert str(decisions[0].actions[0].due) == "2025-09-20"


def test_a_list_of_names_with_roles_after_them_wrapped_inside_a_name():
    """A word processor wraps a long "Närvarande:" paragraph wherever the line is full: "..., Rut" / "Sjölin
    suppl." (the whole list was lost but its first entry)."""
    text = "\n".join(["Protokoll från styrelsemöte i Lokala hyresgästföreningen Ekbacken", "Datum: 2025-03-13", "",
                      "Närvarande: Torgny Lindell ordf., Bodil Ahl sekr., Kerstin Falk kassör, Mats Ekholm, Rut",
                      "Sjölin suppl.", "Frånvarande: Ivar Nåhl", "", "§ 12 Ordföranden öppnar mötet.",
                      "§ 13 Dagordningen godkändes."])
    people = _people(parse_text(text))
    assert people["Rut Sjölin"][1] == "suppleant"
    assert people["Bodil Ahl"][1] == "sekreterare" and people["Kerstin Falk"][1] == "kassör"
    assert people["Ivar Nåhl"][2] == "absent"


def test_a_semicolon_list_wrapped_inside_a_name():
    text = "\n".join(["Anteckningar från möte i Lokala brottsförebyggande rådet i Hjortvik", "Datum: 2026-01-20 kl 13.00",
                      "Närvarande: Maria Lönn (ordf), Stefan Kjellberg och Jens Öberg",
                      "Tjänstepersoner: Lotta Frisk, trygghetssamordnare; Henrik Ahl, nämndsekreterare; Sanna",
                      "Berglund, fältassistent", "Frånvarande: Sigrid Moberg", "", "Nattvandring",
                      "Nattvandringen har haft färre deltagare under hösten."])
    people = _people(parse_text(text))
    assert people["Sanna Berglund"][1] == "fältassistent"
    assert people["Henrik Ahl"][1] in ("nämndsekreterare", "sekreterare")
    assert "Berglund" not in people


def test_a_body_name_wrapped_in_its_header_cell():
    text = "\n".join(["Region Västersjö                        PROTOKOLL                               Sida 1 (3)",
                      "Regionala utvecklingsnämndens           Sammanträdesdatum",
                      "arbetsutskott                           2025-03-18", "",
                      "Plats och tid   Regionens hus, kl. 09.00–12.10", "",
                      "Beslutande      Anna Ek (S), ordförande", "                Per Berg (M)", "",
                      "§ 31 Val av justerare", "Arbetsutskottet beslutar att utse Per Berg att justera protokollet."])
    protocol = parse_text(text)
    assert (protocol.organisation, protocol.body) == ("Region Västersjö", "Regionala utvecklingsnämndens arbetsutskott")
    assert str(protocol.date) == "2025-03-18"


def test_a_roll_spaced_as_every_paragraph_goes_on_after_a_blank_line():
    """Word's 8 pt after every paragraph: "Beslutande: Anna Ek (S), ordförande" / (blank) / "Per Berg (M)"."""
    text = "\n".join(["Hedeby kommun", "Sammanträdesprotokoll", "Socialnämnden", "",
                      "Tid och plats: 2025-03-12 kl. 13.00–15.30, Hedeby kommunhus", "",
                      "Beslutande: Anna Ek (S), ordförande", "", "Per Berg (M)", "", "Lisa Holm (C)", "",
                      "Övriga närvarande: Karin Sund, sekreterare", "", "Justerare: Per Berg", "",
                      "§ 14 Val av justerare", "", "Nämnden utser Per Berg att justera protokollet."])
    people = _people(parse_text(text))
    assert people["Per Berg"][0] == "M" and people["Lisa Holm"][0] == "C"
    assert people["Karin Sund"][1] == "sekreterare"


def _wrapped_role_cell(tmp_path, role_width):
    roll = Table([[_p(c) for c in row] for row in [
        ["Lena Holm", "C", "ordförande"], ["Hanna Gustavsson", "S", "tjänstgörande ersättare för Kjell Andersson (S)"],
        ["Robert Ljung", "SD", ""]]], colWidths=[120, 40, role_width], style=TOP)
    front = Table([[_p("<b>Plats och tid</b>"), _p("Kommunhuset, kl. 09.00–11.00")], [_p("<b>Beslutande</b>"), roll],
                   [_p("<b>Justerare</b>"), _p("Robert Ljung (SD)")]], colWidths=[130, 320], style=TOP)
    story = [_p("Ekby kommun"), _p("Samhällsbyggnadsnämnden"), _p("Sammanträdesdatum 2025-04-23"), Spacer(1, 12), front,
             _p("§ 12 Val av justerare", BOLD), _p("Nämnden beslutar att utse Robert Ljung att justera."),
             _p("§ 13 Dagordning", BOLD), _p("Nämnden beslutar att godkänna dagordningen.")]
    return parse_file(_pdf(tmp_path, story))


def test_whom_a_substitute_serves_for_wrapped_in_the_role_cell_is_no_attendee(tmp_path):
    """'tjänstgörande ersättare för' / 'Kjell Andersson (S)' (the shape of ../shared/genre 02_namnd rendered so),
    and the cell wrapped before "för" or inside the name: the person served for is the note, no attendee; the
    roll goes on after it."""
    for width, cut in ((136, "för"), (120, "ersättare"), (156, "Kjell")):
        protocol = _wrapped_role_cell(tmp_path, width)
        cells = [line.text.split("   ")[-1].strip() for line in read_clean(tmp_path / "m.pdf")[0].lines]
        assert any(c.startswith("tjänstgörande") and c.endswith(cut) for c in cells)  # the cell wraps so
        assert [a.name for a in protocol.attendees] == ["Lena Holm", "Hanna Gustavsson", "Robert Ljung"]
        hanna = protocol.attendees[1]
        assert (hanna.party, hanna.role, hanna.note) == (
            "S", "tjänstgörande ersättare", "tjänstgörande ersättare för Kjell Andersson (S)")
