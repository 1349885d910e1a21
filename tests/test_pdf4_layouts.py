"""Minutes PDFs in four more layouts of published minutes (survey 27 in tests/fixtures/genre/SURVEY.md): an
association's minutes set in two columns like its newsletter; a municipal protocol whose items are a ruled table
of two cells ("§ 85" | title and text) with scanned signatures in a ruled table; Word minutes under a four-cell
header grid (Organisation | Dokument | Datum | Sida) beside a logo; a typed page scanned in black and white at
300 dpi with no text layer. The blind set tests/fixtures/renderings/heldout4 renders held-out texts so;
tests/fixtures/renderings/genre/manifest-pdf4.txt renders the dev fixtures 620-625 written for the causes found.
"""
import shutil

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from conftest import FIXTURES
from protokoll.clean.columns import join_wrapped_values, spread_header_row
from protokoll.pipeline import parse_file, parse_text, read_clean
from scoring import score_report

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
HELDOUT4 = FIXTURES / "renderings" / "heldout4"
GENRE = FIXTURES / "renderings" / "genre"
# Blind (main's reader at 45f54af, the final generator): 0.919 (twocol 0.822, cells 0.957, gridhead 0.952, scan
# 0.893); 0.951 after these fixes (twocol 0.960). Lowest after: 514 (0.617, its scan's paragraphs as Tesseract
# segments them), then 507 (0.838). See the README there.
HELDOUT4_FLOOR, HELDOUT4_DOC_FLOOR = 0.94, 0.6
DEV_FLOOR = 0.98

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=4)
HEAD = ParagraphStyle("head", BODY, fontName="Helvetica-Bold")
TEXT = ("Styrelsen gick igenom frågan och konstaterade att arbetet har gått bra under våren. Flera medlemmar har "
        "hjälpt till med städningen av klubbhuset och bryggorna, och det finns nu plats för fler båtar. ")


def _two_columns(path, paragraphs: int) -> None:
    """A page of "§ N" paragraphs set in two columns (a newsletter's minutes): the text fills the left column and
    goes on at the top of the right one."""
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=45, rightMargin=45, topMargin=60, bottomMargin=60)
    col = (doc.width - 24) / 2
    frames = [Frame(doc.leftMargin + k * (col + 24), doc.height - 300 + doc.bottomMargin, col, 300, id=f"c{k}")
              for k in range(2)]
    doc.addPageTemplates([PageTemplate("page", frames)])
    story = []
    for n in range(1, paragraphs + 1):
        story += [Paragraph(f"§ {n} Ärende nummer {n}", HEAD), Paragraph(TEXT, BODY)]
    doc.build(story)


def test_a_page_set_in_two_columns_is_read_column_after_column(tmp_path):
    """The right column's lines stand level with the left column's: read by position they run into one another
    ("§ 1 Ärende ...   § 6 Ärende ..." on one line). A two-column page is read column after column."""
    path = tmp_path / "tvaspalt.pdf"
    _two_columns(path, 8)
    cleaned, _ = read_clean(path)
    lines = [line.text for line in cleaned.lines]
    heads = [line for line in lines if line.startswith("§")]
    assert heads == [f"§ {n} Ärende nummer {n}" for n in range(1, 9)]
    assert not any(line.count("§") > 1 for line in lines)
    assert [item.number for item in parse_file(path).items] == list(range(1, 9))


def test_a_table_of_prose_cells_is_still_read_row_by_row(tmp_path):
    """A two-cell table whose cells hold prose ("Ärende" | "Beslut") is written row by row: each row's cells stay
    side by side on its lines, not the whole left column before the right one."""
    path = tmp_path / "tabell.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=45, rightMargin=45, topMargin=60, bottomMargin=60)
    doc.addPageTemplates([PageTemplate("page", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)])])
    rows = [[Paragraph(f"Rad {n} vänster. " + TEXT, BODY), Paragraph(f"Rad {n} höger. " + TEXT, BODY)]
            for n in range(1, 5)]
    table = Table(rows, colWidths=[doc.width / 2] * 2)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([table])
    text = "\n".join(line.text for line in read_clean(path)[0].lines)
    assert text.index("Rad 1 höger") < text.index("Rad 2 vänster")


def test_a_document_header_grid_gives_its_values():
    """Small labels over the values in a header grid repeated on each page ("Organisation | Dokument | Datum |
    Sida"), a blank line apart in the page's text: the organisation and the kind of document as a header block
    writes them, the date with its label, the page number left out."""
    page = ("     Organisation                         Dokument      Datum             Sida\n"
            "\n"
            "     Storåns fiskevårdsområdesförening    Protokoll     6 oktober 2025    1 (2)\n"
            "\n"
            "Protokoll fört vid styrelsemöte")
    assert spread_header_row(page).split("\n") == [
        "     Storåns fiskevårdsområdesförening", "     Protokoll", "     Datum: 6 oktober 2025", "",
        "Protokoll fört vid styrelsemöte"]
    record = parse_text(page + "\n\nNärvarande: Mona Lidén, Pär Ekholm\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert record.organisation == "Storåns fiskevårdsområdesförening"


def test_topics_a_blank_line_above_their_bullets_head_them():
    """A word processor's space after each topic line: "Höstfesten" / "" / "– Festen blir ...". Each topic after
    the bullets of the one before heads its own, as without the blank line; so does a topic written with a colon."""
    text = ("Villaföreningen Ek\nAnteckningar från styrelsemöte\n\nTisdag 2 september 2025\n\n"
            "Närvarande: Anna Ek, Sune Dal, Helena Brink\n\n"
            "Vägbelysningen\n\n– Tre lyktstolpar är släckta.\n– Sune kontaktar kommunen (Sune)\n\n"
            "Höstfesten\n\n– Festen blir lördag 27 september.\n– Helena bokar musik (Helena)\n\n"
            "Övrigt\nAnna påminde om medlemsavgiften.\n\n"
            "Att göra till nästa gång:\n\n– Sune: offerter på snöröjning\n")
    items = parse_text(text).items
    assert [item.title for item in items][:2] == ["Vägbelysningen", "Höstfesten"]
    assert items[-1].title.startswith("Att göra till nästa gång")
    assert [d.text for d in items[-1].decisions] == ["Sune: offerter på snöröjning"]


def test_a_topic_after_a_decision_heads_its_bullets_a_blank_line_below():
    """Dev 141 scanned: OCR spaces the lines as it reads the page, the blank under a topic rather than over it:
    "• Beslut: avgiften höjs till 600 kr." / "Hallen" / "" / "— Golvet byts ...", and "Beslut: klubben betalar ..." /
    "Övrigt" / "" / "— Nya bollar behövs ...". Each topic after the decision of the one before heads its bullets."""
    text = ("Mossviks IBK – styrelsemöte 2025-03-04\n\nNärvarande: Jenny Sandin, Robin Karlsson\n\n"
            "Ekonomi\n• Hasse redovisade kassan.\n• Beslut: avgiften höjs till 600 kr.\n"
            "Hallen\n\n— Golvet byts under påsklovet.\n— Robin kontaktar kommunen om en annan hall.\n"
            "Domarutbildning\nBeslut: klubben betalar kursavgiften.\n"
            "Övrigt\n\n— Nya bollar behövs. Frågan bordläggs till nästa möte.\n\nMötet avslutades kl. 20.15.\n")
    items = parse_text(text).items
    assert [item.title for item in items] == ["Ekonomi", "Hallen", "Domarutbildning", "Övrigt"]
    assert [d.text for d in items[1].decisions] == ["Robin kontaktar kommunen om en annan hall."]


def test_a_line_over_the_one_list_of_the_notes_still_titles_them():
    """ "Protokoll" / "" / "• Mötet öppnas" / "• ...": notes written as one bulleted list, each point an item."""
    text = ("Koloniföreningen Sol\n\nStyrelsemöte 18/8-2025\n\nNärvarande: Eva Ek, Kent Rydh\n\nProtokoll\n\n"
            "  • Mötet öppnas\n  • Vattnet läcker. Kent lagar ledningen.\n  • Containern kommer vecka 38.\n"
            "  • Mötet avslutas\n")
    assert [item.title for item in parse_text(text).items][0] == "Mötet öppnas"


def test_a_point_wrapped_before_its_decision_formula_stays_one_point():
    """Notes as one bulleted list, set in a narrow column: "• Vi har fått bidrag från kommunen. Vi" / "beslutade att
    lägga pengarna ..." at the bullet's margin. The second line reads like a decision's label, but it goes on with
    the point's sentence: the point stays one, an item with its decision."""
    text = ("Föräldraföreningen Björk\n\nStyrelsemöte 2/10-2025\n\nNärvarande: Sofie Ljung, Per Lilja\n\nProtokoll\n\n"
            "   •   Mötet öppnas\n"
            "   •   Vi har fått 3 000 kr i bidrag från kommunen. Vi\n"
            "       beslutade att lägga pengarna på nya rastleksaker.\n"
            "   •   Skolfotot diskuterades.\n"
            "   •   Mötet avslutat!\n")
    items = parse_text(text).items
    assert len(items) == 4
    assert [d.text for d in items[1].decisions] == ["att lägga pengarna på nya rastleksaker."]


def test_a_value_cells_sentence_wrapped_at_the_page_edge_is_one_line_again():
    """A front page's label column whose value is a running sentence, wrapped at the page's right edge where a role
    or a name goes on ("andre vice" / "ordföranden Bertil Nyberg (C) ..."): one line again. A roll a name a line
    stays as it is, and so does a line that ends its sentence at the edge."""
    page = ("  Tid och plats             Kl 13:00–15:30, Sammanträdesrummet Linden, kommunhuset Lövsala, våning 3\n"
            "\n"
            "  Beslutande                Ordföranden Annika Ström (S), vice ordföranden Jörgen Falk (M), andre vice\n"
            "                            ordföranden Bertil Nyberg (C) samt ledamöterna Leyla Demir (V) och Camilla\n"
            "                            Rosén (SD)\n"
            "\n"
            "  Tjänstepersoner           Sara Vinge, kultur- och fritidschef\n"
            "                            Oskar Lund, nämndsekreterare\n"
            "  Justerare                 Jörgen Falk (M). Justeringen sker på kommunkansliet den 20 november.\n"
            "                            Paragrafer 61–65\n")
    lines = join_wrapped_values(page).split("\n")
    assert lines[2] == ("  Beslutande                Ordföranden Annika Ström (S), vice ordföranden Jörgen Falk (M), andre vice "
                        "ordföranden Bertil Nyberg (C) samt ledamöterna Leyla Demir (V) och Camilla Rosén (SD)")
    assert lines[0] == page.split("\n")[0] and lines[3:8] == page.split("\n")[5:10]
    record = parse_text("Kultur- och fritidsnämnden\nLövsala kommun\nPROTOKOLL 2025-11-19\n\n" + page.replace(
        "  Justerare ", "\n  Justerare ") + "\n§ 61\nVal av justerare\nNämnden utser Jörgen Falk (M) att justera.\n")
    assert ("Bertil Nyberg", "C") in {(a.name, a.affiliation) for a in record.attendees}


def test_a_roll_a_line_each_at_the_pages_edge_is_no_wrapped_sentence():
    # (prose wrapped narrower than the roll makes the roll's lines the page's longest: found wrapping heldout15 456)
    page = ("Beslutande           Kerstin Lövgren (S), ordförande, Ådalens kommun\n"
            "                     Bo Engström (C), vice ordförande, Region Västernorrland\n"
            "                     Linda Forsgren, Försäkringskassan\n"
            "\n"
            "Ekonomen redovisar utfallet. Förbundet prognostiserar ett\n"
            "överskott.\n")
    assert join_wrapped_values(page) == page


@needs_tesseract
def test_heldout4_renderings_score_at_least_their_floor(score_script):
    report = score_report(score_script, "--manifest", HELDOUT4 / "manifest.txt")
    assert report["errors"] == []
    assert report["overall"] >= HELDOUT4_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= HELDOUT4_DOC_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])


def test_dev_pdf4_renderings_score(score_script):
    report = score_report(score_script, "--manifest", GENRE / "manifest-pdf4.txt")
    assert report["errors"] == []
    assert report["overall"] >= DEV_FLOOR, report["misses"]
