"""Minutes PDFs in four more layouts of published minutes (survey 33 in tests/fixtures/genre/SURVEY.md): Word
minutes under a diagonal watermark ("UTKAST", "JUSTERAT"); a case-system protocol whose every "§" starts a new
page under ruled header and foot tables; LibreOffice minutes with footnotes; minutes whose decisions stand in
shaded boxes. The blind set tests/fixtures/renderings/heldout5 renders held-out texts so;
tests/fixtures/renderings/genre/manifest-pdf5.txt renders dev fixtures in the same layouts.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from conftest import FIXTURES
from protokoll.pipeline import parse_file, parse_text, read_clean
from scoring import score_report

HELDOUT5 = FIXTURES / "renderings" / "heldout5"
GENRE = FIXTURES / "renderings" / "genre"
# Blind (main's reader at f314756, the final generator): 0.922 (wmark 0.859, newpage 0.959, footnote 0.880,
# boxed 0.951); 0.949 after these fixes. Lowest after: 584 (0.534, the generator's narrow grid column). See the
# README there. Dev (manifest-pdf5.txt): 0.900 blind, 0.998 after.
HELDOUT5_FLOOR, HELDOUT5_DOC_FLOOR = 0.94, 0.5
DEV_FLOOR = 0.98

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
HEAD = ParagraphStyle("head", BODY, fontName="Helvetica-Bold")
TEXT = ("Styrelsen gick igenom frågan och konstaterade att arbetet har gått bra under våren. Flera medlemmar har "
        "hjälpt till med städningen av klubbhuset och bryggorna, och det finns nu plats för fler båtar.")


def _minutes(path, on_page=None, story=None) -> None:
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    doc.addPageTemplates([PageTemplate("page", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                                       onPage=on_page or (lambda c, d: None))])
    if story is None:
        story = [Paragraph("Protokoll fört vid styrelsemöte i Tallviks båtklubb", HEAD)]
        for n in range(1, 7):
            story += [Paragraph(f"§ {n} Ärende nummer {n}", HEAD), Paragraph(TEXT, BODY)]
    doc.build(story)


def _watermark(word: str):
    def draw(c, doc):
        c.saveState()
        c.setFillGray(0.85)
        c.setFont("Helvetica-Bold", 80)
        c.translate(A4[0] / 2, A4[1] / 2)
        c.rotate(45)
        c.drawCentredString(0, 0, word)
        c.restoreState()
    return draw


def test_a_diagonal_watermark_is_left_out_of_the_text(tmp_path):
    """"JUSTERAT" turned 45° across the page, written before the body as a Word watermark is: its letters fall one
    by one among the lines they cross (a stray "T" after a heading, an "A" on a line of its own). Text turned
    diagonally is no part of the page's text; upright text stays."""
    path = tmp_path / "vattenstampel.pdf"
    _minutes(path, on_page=_watermark("JUSTERAT"))
    cleaned, _ = read_clean(path)
    lines = [line.text for line in cleaned.lines if line.text.strip()]
    assert all(len(line.strip()) > 1 for line in lines), lines
    heads = [line.strip() for line in lines if line.strip().startswith("§")]
    assert heads == [f"§ {n} Ärende nummer {n}" for n in range(1, 7)]
    assert [item.number for item in parse_file(path).items] == list(range(1, 7))


class _Note(Flowable):
    """Takes no room; files its note under the page it is drawn on (the page's foot draws the notes)."""

    def __init__(self, notes: dict, number: int, text: str):
        super().__init__()
        self.notes, self.number, self.text, self.width, self.height = notes, number, text, 0, 0

    def draw(self):
        self.notes.setdefault(self.canv.getPageNumber(), []).append((self.number, self.text))


def _footnoted(path) -> None:
    """Paragraphs of several lines, each ending in a superscript note mark; the notes in small type at the foot."""
    notes: dict = {}

    def foot(c, doc):
        y = 90
        for number, text in notes.get(doc.page, []):
            c.setFont("Helvetica", 6)
            c.drawString(60, y + 2.5, str(number))
            c.setFont("Helvetica", 8)
            c.drawString(66, y, text)
            y -= 11
    story = [Paragraph("Protokoll fört vid styrelsemöte i Tallviks båtklubb", HEAD)]
    for n in range(1, 5):
        story += [Paragraph(f"§ {n} Ärende nummer {n}", HEAD), Paragraph(f"{TEXT}<super>{n}</super>", BODY),
                  _Note(notes, n, "Handlingen finns hos sekreteraren.")]
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=120)
    doc.addPageTemplates([PageTemplate("page", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                                       onPageEnd=foot)])
    doc.build(story)


def test_footnotes_leave_the_text_and_its_paragraphs_whole(tmp_path):
    """LibreOffice minutes with footnotes: a small raised number after a paragraph's last word ("båtar.¹") and the
    notes in small type at the page's foot, standing closer than the body's lines. The notes' pitch is not the
    body's (every wrapped line of the body would stand a paragraph apart), the marks and the notes are no part
    of the running text (a note would end the last item's decision)."""
    path = tmp_path / "fotnoter.pdf"
    _footnoted(path)
    cleaned, _ = read_clean(path)
    text = "\n".join(cleaned.pages)
    assert "Handlingen finns" not in text
    assert "båtar.1" not in text and "båtar.4" not in text
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert any(p.strip().startswith("§ 1") and "fler båtar." in p for p in paragraphs), paragraphs


BARE_MARKS = ("Protokoll fört vid årsmöte med SPF Lövhamra den 12 mars 2026\n\n"
              "§ 1\nFöreningens ordförande Gunnel Ask hälsade alla välkomna och förklarade mötet öppnat.\n\n"
              "§ 2\nTill justerare tillika rösträknare valdes Maj Falk och Sven Dahl.\n\n"
              "§ 3\nDagordningen godkändes.\n\n"
              "§ 4\nKarin Vide informerade om pensionärsrådets arbete.\n\n"
              "§ 5\nAllmänhetens frågestund Inga frågor ställdes.\n\n"
              "§ 6\nRapport från ordföranden Anna Ek berättade om arbetet med hemsidan.\n")


def test_a_bare_mark_over_a_sentence_titles_it_with_the_whole_sentence():
    """A paragraph mark set at the right of a Word page comes out of its text layer as "§ 2" alone on the line over
    the item's one sentence. A capitalised name in that sentence is no title's end: not inside a name ("Karin" /
    "Vide informerade ..."), not after a role word ("Föreningens ordförande" / "Gunnel Ask hälsade ...") or a verb
    ("... rösträknare valdes" / "Maj Falk och ..."); a sentence that decides is the item's text as well as its
    title. A short title run on into a sentence is still split, so is one whose role word follows a preposition
    ("Rapport från ordföranden" / "Anna Ek berättade ...")."""
    protocol = parse_text(BARE_MARKS)
    titles = [item.title for item in protocol.items]
    assert titles[:4] == ["Föreningens ordförande Gunnel Ask hälsade alla välkomna och förklarade mötet öppnat.",
                          "Till justerare tillika rösträknare valdes Maj Falk och Sven Dahl.",
                          "Dagordningen godkändes.", "Karin Vide informerade om pensionärsrådets arbete."]
    assert titles[4:] == ["Allmänhetens frågestund", "Rapport från ordföranden"]
    assert protocol.adjusters == ["Maj Falk", "Sven Dahl"]
    assert [d.text for d in protocol.items[2].decisions] == ["Dagordningen godkändes."]


def test_a_title_wrapped_between_the_day_and_the_month_keeps_its_date():
    """A title set large wraps inside its date ("Årsmöte i Lövhamra hembygdsförening, söndag 6" / "april 2025 kl.
    15.00. Bygdegården"): the date, the time and the place after it are the meeting's. A number after "nr" over a
    month and a year is no day."""
    protocol = parse_text("Årsmöte i Lövhamra hembygdsförening, söndag 6\napril 2025 kl. 15.00. Bygdegården\n\n"
                          "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    when = (str(protocol.date), str(protocol.start_time)[:5], protocol.location)
    assert when == ("2025-04-06", "15:00", "Bygdegården")
    protocol = parse_text("Styrelsemöte nr 6\nApril 2025\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert str(protocol.date) != "2025-04-06"


def test_heldout5_renderings_score_at_least_their_floor(score_script):
    report = score_report(score_script, "--manifest", HELDOUT5 / "manifest.txt")
    assert report["errors"] == []
    assert report["overall"] >= HELDOUT5_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= HELDOUT5_DOC_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])


def test_dev_pdf5_renderings_score(score_script):
    report = score_report(score_script, "--manifest", GENRE / "manifest-pdf5.txt")
    assert report["errors"] == []
    assert report["overall"] >= DEV_FLOOR, report["misses"]
