"""Minutes PDFs in four more layouts of published minutes (survey 47 in tests/fixtures/genre/SURVEY.md): a case
system's export with a header box and a three-cell foot strip; a landscape page in two columns; Word minutes with a
drawn emblem and tab-aligned labels; minutes printed with line numbers and a grey side band. The blind set
tests/fixtures/renderings/heldout8 renders held-out texts so; tests/fixtures/renderings/genre/manifest-pdf8.txt
renders dev fixtures in the same layouts.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table

from conftest import FIXTURES
from protokoll.read import Options
from protokoll.read.pdf import read_pdf
from scoring import score_report

HELDOUT8 = FIXTURES / "renderings" / "heldout8"
GENRE = FIXTURES / "renderings" / "genre"
# Blind (main's reader at 89296ef, the final generator): 0.617 (extract 0.965, wide 0.470, logo 0.845, lineno 0.057);
# 0.935 after the fixes below. Lowest: 791 (0.700, a borderless roll table's rows run together). See the README there.
# Dev (manifest-pdf8.txt, 17 PDFs): 0.612 blind, 0.960 after.
HELDOUT8_FLOOR, HELDOUT8_DOC_FLOOR = 0.93, 0.65
DEV_FLOOR = 0.955

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=0)
LINES = ["§ 12 Val av justerare", "Nämnden utser Eva Lind (S) att justera protokollet.", "§ 13 Dagordning",
         "Dagordningen fastställs.", "§ 14 Budget 2026", "Nämnden godkänner förslaget till budget.",
         "§ 15 Meddelanden", "Meddelandena läggs till handlingarna."]


def _numbered(tmp_path, numbers: bool):
    """One page of ``LINES``, each line numbered 1, 2, 3 … in small figures left of the text (``numbers``)."""
    path = tmp_path / "n.pdf"

    def number(c, doc):
        if numbers:
            c.setFont("Helvetica", 7.5)
            for n in range(len(LINES)):
                c.drawRightString(25 * mm, A4[1] - 30 * mm - BODY.fontSize - n * BODY.leading, str(n + 1))

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=32 * mm, topMargin=30 * mm)
    doc.addPageTemplates([PageTemplate("p", [Frame(32 * mm, 20 * mm, 140 * mm, A4[1] - 50 * mm, leftPadding=0,
                                                   topPadding=0)], onPageEnd=number)])
    doc.build([Paragraph(x, BODY) for x in LINES])
    return path


def _text(path) -> str:
    return "\f".join(p.text for p in read_pdf(path, Options(ocr="never")))


def test_line_numbers_in_the_margin_are_no_part_of_the_lines(tmp_path):
    """A word processor's line numbering ("1", "2", … in the margin, on each line's baseline) was read as each
    line's first word: "1 § 12 Val av justerare" headed no item (heldout8's lineno PDFs scored 0.057)."""
    lines = [x.strip() for x in _text(_numbered(tmp_path, True)).split("\n") if x.strip()]
    assert lines == LINES


def test_a_tables_row_numbers_stay(tmp_path):
    """A table's first column of row numbers ("1", "2", …) under its header row stays: it is no line numbering
    (its header row and a row's wrapped cell stand beside no number)."""
    path = tmp_path / "t.pdf"
    rows = [["Punkt", "Ärende", "Ansvarig"]] + [[str(n), f"Ärende nummer {n} som gäller budgeten för nästa år och "
                                                          f"som bereds vidare", "Eva Lind"] for n in range(1, 7)]
    cell = ParagraphStyle("c", BODY, fontSize=10, leading=12)
    data = [[Paragraph(t, cell) for t in row] for row in rows]
    BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate("p", [Frame(20 * mm, 20 * mm, 170 * mm,
                                                                                       250 * mm)])]).build(
        [Table(data, colWidths=[14 * mm, 60 * mm, 40 * mm], hAlign="LEFT")])
    text = _text(path)
    for n in range(1, 7):
        assert any(line.split()[:1] == [str(n)] for line in text.split("\n")), n


PROSE = ("Nämnden {0} beslutar att godkänna förslaget i ärende {0} och att uppdra åt förvaltningen att redovisa "
         "arbetet vid nästa sammanträde, med en tidplan och en kostnadsberäkning för hela perioden.")


def test_two_columns_under_a_running_head_across_the_page_are_read_column_after_column(tmp_path):
    """A landscape page in two columns under a running head (the body's name at the left, "PROTOKOLL" and "Sida 1
    av 2" at the right, written before the body): the head's right part stood in the right column's place, written
    before the left column, so the page was read line by line across both columns (heldout8 wide 0.447 blind)."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import FrameBreak

    path = tmp_path / "w.pdf"
    w, h = landscape(A4)

    def head(c, doc):
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(18 * mm, h - 10.5 * mm, "Granhamns stad")
        c.drawCentredString(w / 2 + 40 * mm, h - 10.5 * mm, "PROTOKOLL")
        c.drawRightString(w - 18 * mm, h - 10.5 * mm, "Sida 1 av 1")

    col = (w - 36 * mm - 10 * mm) / 2
    frames = [Frame(18 * mm, 16 * mm, col, h - 40 * mm), Frame(18 * mm + col + 10 * mm, 16 * mm, col, h - 40 * mm)]
    doc = BaseDocTemplate(str(path), pagesize=landscape(A4))
    doc.addPageTemplates([PageTemplate("p", frames, onPage=head)])
    left = [Paragraph(f"§ {n}", BODY) for n in (1,)] + [Paragraph(PROSE.format(n), BODY) for n in range(1, 6)]
    right = [Paragraph(f"§ {n}", BODY) for n in (2,)] + [Paragraph(PROSE.format(n), BODY) for n in range(6, 11)]
    doc.build(left + [FrameBreak()] + right)
    text = " ".join(_text(path).split())
    assert "Granhamns stad" in text and text.index("Granhamns stad") < text.index("§ 1")
    assert text.index("ärende 5 ") < text.index("§ 2") < text.index("ärende 6 ")
    assert "Nämnden 1 beslutar att godkänna förslaget i ärende 1 och att uppdra" in text


def test_a_roll_sentence_wrapped_inside_whom_a_substitute_serves_for():
    """ "… inträder: Jonas Pihl (S) för Britta" / "Hamrin, Åke Wendel (M) …" and "…, Eva" / "Tapp för Bo Kvist …": a
    council's roll told as a sentence, wrapped in a narrow column (heldout8's landscape columns) inside a name; the
    lines were read one by one and "Hamrin", "Tuve" taken for people."""
    from protokoll.pipeline import parse_text

    text = ("REGION NORDANÅ\nRegionfullmäktige\nPROTOKOLL\n2025-11-25\n\n"
            "Som ersättare för de frånvarande ledamöterna inträder: Jonas Pihl (S) för Britta\n"
            "Hamrin, Åke Wendel (M) för Kurt Olander, Eva\nTapp för Dina Berg och Emil Tuve (SD) för Roger Sand.\n\n"
            "§ 91\nVal av justerare\nRegionfullmäktige utser Ingemar Ruud (M) att justera protokollet.\n")
    people = {a.name: a for a in parse_text(text).attendees}
    assert set(people) == {"Jonas Pihl", "Åke Wendel", "Eva Tapp", "Emil Tuve"}
    assert all(a.role == "tjänstgörande ersättare" and a.status == "present" for a in people.values())


def test_a_label_wrapped_beside_its_wrapped_sentence():
    """ "Närvarande vid      ordföranden, … samt övriga" / "uppropet:      ledamöter utom A (S) och B (M).": the
    label cell and its sentence both wrapped; the label's second half was no label, and those away were lost."""
    from protokoll.pipeline import parse_text

    text = ("REGION SÖDERMO\nRegionfullmäktige\nPROTOKOLL 2026-04-21\n\n"
            "Närvarande vid          ordföranden, förste och andre vice ordförandena samt övriga\n"
            "uppropet:               ledamöter utom Anna Bro (S), Bengt Ulv (M) och Cia Ny (V).\n\n"
            "§ 12\nVal av justerare\nRegionfullmäktige utser Bo Lind (M) att justera protokollet.\n")
    people = {a.name: a for a in parse_text(text).attendees}
    assert {name for name, a in people.items() if a.status == "absent"} == {"Anna Bro", "Bengt Ulv", "Cia Ny"}


def test_heldout8_renderings_score_at_least_their_floor(score_script):
    report = score_report(score_script, "--manifest", HELDOUT8 / "manifest.txt")
    assert report["errors"] == []
    assert report["overall"] >= HELDOUT8_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= HELDOUT8_DOC_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])


def test_dev_pdf8_renderings_score(score_script):
    report = score_report(score_script, "--manifest", GENRE / "manifest-pdf8.txt")
    assert report["errors"] == []
    assert report["overall"] >= DEV_FLOOR, report["misses"]
