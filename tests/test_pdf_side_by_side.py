"""PDF pages whose text stands side by side are read by position, not in PDFium's order.

A word processor exports a table cell after cell: a roll typed as one row with a column of properties
and a column of names ("Fastighet" / "Företrädd av") comes out of PDFium as all properties, then all
names, and a row of signatures as one line with one space between the columns. Found on genre
minutes typeset as PDFs (tests/renderings.py --genre): a samfällighet's röstlängd lost all 14 voters
(16_samfallighet 0.69), a student union's signature row its secretary and adjuster (07_studentkar).
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from protokoll.read import Options
from protokoll.read.pdf import read_pdf

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
PROPERTIES = ["Ekby 1:3", "Ekby 1:4", "Ekby 1:7", "Ekby 1:9"]
OWNERS = ["Bo Ek", "Ann Lind", "Leo Falk", "Eva Holm"]


TOP = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])  # as a word processor's cells


def _cell(lines):
    return [Paragraph(line, BODY) for line in lines]


def _text(tmp_path: Path, story) -> list[str]:
    path = tmp_path / "p.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return [" ".join(line.split()) for page in read_pdf(path, Options(ocr="never")) for line in page.text.split("\n")]


def test_a_roll_in_one_row_of_columns_is_read_row_by_row(tmp_path):
    story = [Paragraph("Datum: 16 mars 2024", BODY), Spacer(1, 12),
             Table([[_cell(["Röstlängd:"]), _cell(["Fastighet", *PROPERTIES]), _cell(["Företrädd av", *OWNERS])]],
                   colWidths=[120, 150, 150], style=TOP),
             Spacer(1, 12), Paragraph("§ 1 Stämmans öppnande", BODY), Paragraph("Ordföranden öppnade stämman.", BODY)]
    lines = _text(tmp_path, story)
    assert "Röstlängd: Fastighet Företrädd av" in lines
    for prop, owner in zip(PROPERTIES, OWNERS):
        assert f"{prop} {owner}" in lines
    assert lines.index("§ 1 Stämmans öppnande") > lines.index("Ekby 1:9 Eva Holm")


def test_a_row_of_signatures_keeps_its_column_gaps(tmp_path):
    story = [Paragraph("6. Mötets avslutande", BODY), Paragraph("Ordföranden avslutade mötet.", BODY), Spacer(1, 24),
             Table([[_cell(["Elsa Norberg"]), _cell(["Hugo Lindahl"]), _cell(["Oscar Bergkvist"])],
                    [_cell(["Mötesordförande"]), _cell(["Mötessekreterare"]), _cell(["Justerare"])]],
                   colWidths=[160, 160, 160], style=TOP)]
    path = tmp_path / "p.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    text = "\n".join(page.text for page in read_pdf(path, Options(ocr="never")))
    names = next(line for line in text.split("\n") if "Elsa Norberg" in line)
    assert "Elsa Norberg Hugo" not in names and len(names.split("   ")) > 2, names


def test_word_like_minutes_with_a_header_table_and_a_presence_table_of_marks(tmp_path):
    """A board's minutes as a word processor lays them out: the header a two-column table without colons
    (a label cell of two lines), the roll a ruled table with a mark in "Närvarande" or "Frånvarande", the
    items numbered; read from the PDF's text layer with every status and item."""
    grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    header = Table([[_cell(["Datum"]), _cell(["2025-03-04"])], [_cell(["Tid"]), _cell(["kl. 18.30–20.15"])],
                    [_cell(["Plats"]), _cell(["Klubbstugan, Sjövägen 2"])],
                    [_cell(["Justeringens plats och", "tid"]), _cell(["Klubbstugan, 2025-03-11"])]],
                   colWidths=[150, 300], style=TOP)
    roll = Table([[_cell([h]) for h in ("Namn", "Roll", "Närvarande", "Frånvarande")],
                  [_cell(["Anna Ek"]), _cell(["ordförande"]), _cell(["X"]), _cell([""])],
                  [_cell(["Per Berg"]), _cell(["kassör"]), _cell([""]), _cell(["X"])],
                  [_cell(["Lisa Holm"]), _cell(["sekreterare"]), _cell(["X"]), _cell([""])]],
                 colWidths=[130, 110, 90, 90], style=grid)
    story = [Paragraph("Protokoll fört vid styrelsemöte i Sjöviks båtklubb", BODY), Spacer(1, 12), header,
             Spacer(1, 12), Paragraph("Närvarolista", BODY), roll, Spacer(1, 12),
             Paragraph("1. Mötets öppnande", BODY), Paragraph("Ordföranden öppnade mötet.", BODY), Spacer(1, 8),
             Paragraph("2. Bryggan", BODY), Paragraph("Styrelsen beslutade att laga bryggan före maj.", BODY),
             Spacer(1, 8), Paragraph("3. Mötets avslutande", BODY), Paragraph("Ordföranden avslutade mötet.", BODY)]
    path = tmp_path / "p.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    from protokoll.pipeline import parse_file

    got = parse_file(path).to_json()
    assert (got["date"], got["start_time"], got["end_time"], got["location"]) == \
        ("2025-03-04", "18:30", "20:15", "Klubbstugan, Sjövägen 2")
    assert {(a["name"], a["status"]) for a in got["attendees"]} == {
        ("Anna Ek", "present"), ("Per Berg", "absent"), ("Lisa Holm", "present")}
    assert [(i["number"], i["title"]) for i in got["items"]] == [
        (1, "Mötets öppnande"), (2, "Bryggan"), (3, "Mötets avslutande")]
