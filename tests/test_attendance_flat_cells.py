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
