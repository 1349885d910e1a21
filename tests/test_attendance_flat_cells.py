"""A case system's web view copies its attendance table one cell a line (fictional names)."""
from protokoll.pipeline import parse_text


def test_a_dash_for_an_empty_cell_in_a_table_given_one_cell_a_line():
    # "Namn / Funktion / Parti / Närvaro", then each row's four cells; "-" in the presence column is absent,
    # in another column an empty cell (an official has no party); the rows after a dash are read all the same
    cells = ["Namn", "Funktion", "Parti", "Närvaro",
             "Elin Åkerblom", "Ordförande", "V", "Närvarande",
             "Jon Hedlund", "Ledamot", "KD", "-",
             "Maja Tornberg", "Ersättare", "M", "Närvarande",
             "Rut Hägg", "Nämndsekreterare", "-", "Närvarande"]
    text = ("Protokoll\nByggnadsnämnden\nSammanträdesdatum: 2025-02-11\n\n" + "\n".join(cells) +
            "\n\n§ 1\nVal av justerare\nByggnadsnämnden beslutar att utse Jon Hedlund att justera protokollet.\n")
    got = [(a.name, a.status, a.role, a.party) for a in parse_text(text, "webbvy.txt").attendees]
    assert got == [("Elin Åkerblom", "present", "ordförande", "V"), ("Jon Hedlund", "absent", "ledamot", "KD"),
                   ("Maja Tornberg", "present", "ersättare", "M"), ("Rut Hägg", "present", "nämndsekreterare", None)]


def test_a_council_roll_given_one_cell_a_line_with_its_marks_and_a_group_of_substitutes():
    # the group's title over its columns' titles, each row "Name (Party)", a role where there is one, and only the
    # marks it has (empty cells left out); the first mark is the presence, "-" absent; substitutes under their own titles
    cells = ["Ordinarie ledamöter", "Närvaro", "§ 12", "Tjg", "Ej tjg", "JA", "NEJ",
             "Bodil Strand (S)", "ordförande", "X", "X",
             "Ragnar Elm (M)", "X", "NEJ",
             "Frida Alsén (C)", "-", "-",
             "Ersättare", "Närvaro", "§", "Tjg", "Ej tjg", "JA", "NEJ",
             "Oskar Lindh (C)", "X", "X",
             "Greta Sand (M)", "-", "-"]
    text = ("Nämnd: Fritidsnämnden\nTitel: 2025-10-01 Protokoll Fritidsnämnden\n\n  Fritidsnämnden\n\n"
            "  Sammanträdesdatum: 2025-10-01\n\n  Beslutande\n" + "\n".join("   " + c for c in cells) +
            "\n\n  § 12\n  Val av justerare\n  Fritidsnämnden beslutar\n  att utse Ragnar Elm att justera protokollet.\n")
    got = [(a.name, a.status, a.role, a.party) for a in parse_text(text, "webbvy.txt").attendees]
    assert got == [("Bodil Strand", "present", "ordförande", "S"), ("Ragnar Elm", "present", None, "M"),
                   ("Frida Alsén", "absent", None, "C"), ("Oskar Lindh", "present", "ersättare", "C"),
                   ("Greta Sand", "absent", "ersättare", "M")]
