"""A word processor's table copied as text, a row a line with tabs between whole cells (clean.tabrows).

Before, each tab became a column gap where it stood, so the cells of two rows stood at different
positions: a presence table's party and role ran together ("s ordförande") and a notes table's "Ansvarig"
and deadline ran into the row's notes (dev fixtures 389 and 390)."""
from protokoll.clean.tabrows import TAB_TABLE, lay_out_tab_tables
from protokoll.pipeline import parse_text

PRESENCE = ("Ledamot\tParti\tRoll\tNärvarande\n"
            "Sofia Lindqvist\tS\tordförande\tJa\n"
            "Gustav Hedin\tM\tvice ordförande\tJa\n"
            "Ingrid Moberg\tC\tledamot\tNej\n")


def test_rows_of_one_shape_are_laid_out_in_columns():
    laid = lay_out_tab_tables(PRESENCE).split("\n")
    gap = " " * TAB_TABLE.gap
    assert laid[1] == "Sofia Lindqvist" + gap + "S    " + gap + "ordförande     " + gap + "Ja"
    roles = ["ordförande", "vice ordförande", "ledamot"]
    assert [line.index(role) for line, role in zip(laid[1:], roles)] == [laid[0].index("Roll")] * 3


def test_label_lines_and_short_runs_are_left_as_they_are():
    labels = "Tid:\tkl. 18.00\nPlats:\tKommunhuset\n"
    assert lay_out_tab_tables(labels) == labels
    two_rows = "Nr\tRubrik\tAnsvarig\n1\tEkonomi\tMats\n"
    assert lay_out_tab_tables(two_rows) == two_rows
    mixed = "A\tB\tC\nD\tE\nF\tG\tH\n"  # no three rows of one shape in a row
    assert lay_out_tab_tables(mixed) == mixed


def test_presence_table_copied_with_tabs_keeps_party_role_and_status():
    text = "Fritidsnämnden\nProtokoll 2026-02-10\n\n" + PRESENCE + "\n§ 1 Val av justerare\nNämnden beslutar att utse Gustav Hedin.\n"
    record = parse_text(text, "tabs.txt").to_json()
    got = [(a["name"], a["party"], a["role"], a["status"]) for a in record["attendees"]]
    assert got == [("Sofia Lindqvist", "S", "ordförande", "present"),
                   ("Gustav Hedin", "M", "vice ordförande", "present"),
                   ("Ingrid Moberg", "C", "ledamot", "absent")]


def test_notes_table_copied_with_tabs_gives_tasks_their_deadlines():
    text = ("Styrelsemöte 2025-10-14\n\nNärvarande: Mats Ekdahl, Britt Lövgren\n\n"
            "Nr\tRubrik\tAnteckningar\tAnsvarig\tKlart\n"
            "1\tMötets öppnande\tMötet öppnades.\t\t\n"
            "2\tEkonomi\tLikviditeten är god. Mats kontaktar banken om sparkontot.\tMats Ekdahl\t2025-11-01\n"
            "3\tGården\tHöststädning 8 november. Britt sätter upp lappar.\tBritt Lövgren\t2025-10-25\n")
    record = parse_text(text, "tabs.txt").to_json()
    actions = {item["title"]: [(a["assignee"], a["due"]) for d in item["decisions"] for a in d["actions"]]
               for item in record["items"]}
    assert actions["Ekonomi"] and actions["Ekonomi"][0][1] == "2025-11-01"
    assert actions["Gården"] and actions["Gården"][0][1] == "2025-10-25"
