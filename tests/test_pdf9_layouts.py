"""Minutes PDFs in four more layouts of published minutes (survey 52 in tests/fixtures/genre/SURVEY.md): an
association's letterhead with an address footer and a table of attendance marks; items in an "Ärende / notering |
Beslut" table; a meeting portal's web view printed from a browser; a protocol with a table of contents. The blind
set tests/fixtures/renderings/heldout9 renders held-out texts so; tests/fixtures/renderings/genre/manifest-pdf9.txt
renders dev fixtures in the same layouts. One test per reader fix, fictional names.
"""
from conftest import FIXTURES
from protokoll.pipeline import parse_text
from scoring import score_report

HELDOUT9 = FIXTURES / "renderings" / "heldout9"
GENRE = FIXTURES / "renderings" / "genre"
# Blind (main's reader at a6a33d7): 0.900 on the first generator, 0.923 on the final one (letterhead 0.845, split
# 0.894, web 0.951, toc 0.918); 0.927 after the fixes below. Lowest: 843 (0.246, its source's own "Ärende | Beslut /
# åtgärd" table set as a grid the reader runs together). See the README there.
# Dev (manifest-pdf9.txt, 24 PDFs): 0.956 with main's reader, 0.972 after.
HELDOUT9_FLOOR, HELDOUT9_DOC_FLOOR = 0.92, 0.24
DEV_FLOOR = 0.965

ITEMS = "\n§ 1 Mötet öppnas\nOrdföranden öppnade mötet.\n§ 2 Dagordning\nDagordningen godkändes.\n"


def _roll(text: str) -> list[tuple]:
    return [(a["name"], a["status"], a.get("role")) for a in parse_text(text).to_json()["attendees"]]


def test_group_rows_inside_a_table_of_attendance_marks():
    """A letterhead's attendance table "Namn | Närvarande | Frånvarande" with a shaded group row per list
    ("Närvarande ledamöter", "Frånvarande") and an X in the column that applies: the group rows cut the table
    into lists of their own, the X read as each one's affiliation and the absent marked present (830 0.557)."""
    got = _roll("Brf Lindblomman 4\nStyrelsemöte 2026-02-18\n\n"
                "Namn                                         Närvarande      Frånvarande\n"
                "Närvarande ledamöter\n\n"
                "Malin Ros (ordf)                             X\n"
                "Per Ådahl (kassör)                           X\n"
                "Närvarande suppleant\n\n"
                "Omar Said                                    X\n"
                "Frånvarande\n\n"
                "Tuva Lind, ledamot                                           X\n" + ITEMS)
    assert got == [("Malin Ros", "present", "ordförande"), ("Per Ådahl", "present", "kassör"),
                   ("Omar Said", "present", "suppleant"), ("Tuva Lind", "absent", "ledamot")]


def test_a_printed_web_pages_bar_is_no_organisation():
    """A meeting portal's page printed from a browser: the bar across its top ("Sammanträdesportalen   Sök
    Logga in") is the site's, not the organisation whose minutes the page shows (868: organisation
    "Sammanträdesportalen")."""
    got = parse_text("Sammanträdesportalen                                       Sök   Logga in\n\n"
                     "LÄNSSTYRELSEN I NORRMARKS LÄN\nViltförvaltningsdelegationen\n\nTid: 2025-05-15 kl. 09.30–12.00\n"
                     "Närvarande: Ulla Berg, Sten Ohlin\n" + ITEMS).to_json()
    assert got["organisation"] == "LÄNSSTYRELSEN I NORRMARKS LÄN"
    assert "Sammanträdesportalen" not in str(got["body"])


def test_a_line_that_ends_in_a_search_word_is_kept():
    """Only a bar with a link to log in or out (or the menu) among its links goes: "Kassör   Sök" is no bar."""
    from protokoll.clean.furniture import _web_bar
    assert not _web_bar("Kassör                Sök")
    assert _web_bar("Sammanträdesportalen            Sök Logga in")


def test_a_list_entry_in_the_name_column_and_a_group_row_of_those_who_sent_word():
    """The same table with one entry a line in its name column ("Lena Hedström, Hedströms Bageri (ordförande)")
    and a group row "Förhinder": the entry is read as a list writes it (organisation, role in parentheses), and
    an X under "Frånvarande" in that group is someone who sent word (850: the role kept in the organisation,
    the excused read as absent)."""
    got = parse_text("Turistföreningen Klintsand\nProtokoll styrelsemöte 2025-11-12\n\n"
                     "Namn                                               Närvarande      Frånvarande\n"
                     "Närvarande\n\n"
                     "Lena Hedström, Hedströms Bageri (ordförande)       X\n"
                     "Nils Axelsson, Axelssons Båtuthyrning              X\n"
                     "Förhinder\n\n"
                     "Olle Nyman, Nymans Cykel & Fritid                                  X\n" + ITEMS).to_json()
    assert [(a["name"], a["affiliation"], a["status"], a["role"]) for a in got["attendees"]] == [
        ("Lena Hedström", "Hedströms Bageri", "present", "ordförande"),
        ("Nils Axelsson", "Axelssons Båtuthyrning", "present", None),
        ("Olle Nyman", "Nymans Cykel & Fritid", "excused", None)]


def test_a_decisions_points_set_apart_by_a_paragraphs_spacing():
    """A decision that ends in a colon, its bulleted points under it after the space a word processor leaves
    under a paragraph (a blank line in the text layer): the points are the decision's (868 lost them)."""
    got = parse_text("Viltförvaltningsdelegationen\nProtokoll 2025-05-15\n\nNärvarande: Ulla Berg, Sten Ohlin\n\n"
                     "§ 6 Förvaltningsplan\nOla Hedin presenterade utkastet.\n\n"
                     "Delegationen gav följande medskick till länsstyrelsen:\n\n"
                     "– målen för betesskador bör följas upp årligen,\n– samrådet med markägarna bör breddas.\n\n"
                     "§ 7 Nästa möte\nNästa möte hålls den 18 september 2025.\n").to_json()
    assert [d["text"] for d in got["items"][0]["decisions"]] == [
        "Delegationen gav följande medskick till länsstyrelsen: – målen för betesskador bör följas upp årligen, "
        "– samrådet med markägarna bör breddas."]


def test_a_letterheads_address_footer_on_a_single_page_is_no_text():
    """A letterhead's address footer at the page's foot ("Postadress   Besöksadress   Telefon / E-post" over
    their values), on a single page where no repetition shows it for furniture: no part of the minutes, nor of
    the signatures over it (830 lost its adjuster)."""
    from protokoll.clean.lines import clean
    text = ("Brf Lindblomman 4\nStyrelsemöte 2026-02-18\n\nNärvarande: Malin Ros, Per Ådahl\n" + ITEMS +
            "\nJusteras: Malin Ros\nVid protokollet: Omar Said\n\n"
            "Postadress          Besöksadress        Telefon / E-post       Org.nr / Bankgiro\n"
            "Box 12              Solbacksvägen 8     0123-456 78            716400-0000            Sida 1 (1)\n"
            "734 91 Norrstrand   Norrstrand          styrelsen@example.se   Bg 000-0000\n")
    kept = [line.text for line in clean(text).lines]
    assert kept[-1] == "Vid protokollet: Omar Said"
    assert parse_text(text).to_json()["adjusters"] == ["Malin Ros"]


def test_a_table_of_contents_after_the_roll_is_no_one():
    """A protocol's table of contents on the page after its front page ("Innehållsförteckning" over "1. Mötets
    öppnande . . . 3"): its title ends the roll above it, no one absent (832 read "Innehållsförteckning" as a
    name under "Frånvarande:")."""
    got = parse_text("Brf Granen\nProtokoll fört vid styrelsemöte\n\nDatum:         2026-03-04\n"
                     "Närvarande:    Björn Sahlin (ordförande), Emma Kron\nFrånvarande:   Ulla Strid\n\n"
                     "Innehållsförteckning\n\n1. Mötets öppnande . . . . . . . . . . . . 3\n"
                     "2. Val av justerare . . . . . . . . . . . . 3\n\f"
                     "1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Val av justerare\n"
                     "Emma Kron valdes att justera protokollet.\n").to_json()
    assert [(a["name"], a["status"]) for a in got["attendees"]] == [
        ("Björn Sahlin", "present"), ("Emma Kron", "present"), ("Ulla Strid", "absent")]


def test_heldout9_renderings_score_at_least_their_floor(score_script):
    report = score_report(score_script, "--manifest", HELDOUT9 / "manifest.txt")
    assert report["errors"] == []
    assert report["overall"] >= HELDOUT9_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= HELDOUT9_DOC_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])


def test_dev_pdf9_renderings_score(score_script):
    report = score_report(score_script, "--manifest", GENRE / "manifest-pdf9.txt")
    assert report["errors"] == []
    assert report["overall"] >= DEV_FLOOR, report["misses"]
