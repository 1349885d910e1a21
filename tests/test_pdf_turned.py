"""A page whose text is all set turned a quarter: a landscape action table printed on a portrait page (a print driver
turns the content, and the page may carry /Rotate so that viewers show it upright). Its lines run up or down the
page; read turned back, the table's cells stand in columns as on a landscape page."""
import pytest
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from protokoll.pipeline import parse_file
from protokoll.read import Options

_ROWS = [["Protokoll fört vid styrelsemöte i Brf Lönnen"], ["Datum: 2025-03-11"],
         ["Närvarande: Karin Holm, Olof Berg, Sara Lind"], [],
         ["Punkt", "Ärende", "Beslut", "Ansvarig", "Klart"],
         ["1", "Mötets öppnande", "Ordföranden öppnade mötet."],
         ["2", "Fasadrenovering", "Styrelsen beslutade att anta offerten.", "Karin Holm", "2025-04-01"],
         ["3", "Nästa möte", "Nästa möte hålls den 8 april 2025."]]
_COLUMNS = [50, 100, 230, 500, 600]


def _write(path, turned: bool, rotate: int = 0):
    page = canvas.Canvas(str(path), pagesize=A4 if turned else (A4[1], A4[0]))
    if turned:
        page.translate(A4[0], 0)
        page.rotate(90)
    y = A4[0] - 60
    for row in _ROWS:
        for x, cell in zip(_COLUMNS if len(row) > 1 else _COLUMNS[:1], row):
            page.setFont("Helvetica", 10)
            page.drawString(x, y, cell)
        y -= 18
    page.save()
    if rotate:
        doc = pdfium.PdfDocument(str(path))
        doc[0].set_rotation(rotate)
        doc.save(str(path) + ".rotated.pdf")
        doc.close()
        return str(path) + ".rotated.pdf"
    return path


def _read(path):
    p = parse_file(path, Options(ocr="never"))
    return [(item.title, [d.text for d in item.decisions], [(a.assignee, str(a.due)) for d in item.decisions
                                                             for a in d.actions]) for item in p.items]


@pytest.mark.parametrize("rotate", [0, 90, 270])
def test_a_turned_table_reads_as_the_same_table_upright(tmp_path, rotate):
    upright = _read(_write(tmp_path / "landscape.pdf", turned=False))
    assert upright[1] == ("Fasadrenovering", ["att anta offerten."], [("Karin Holm", "2025-04-01")])
    assert _read(_write(tmp_path / "turned.pdf", turned=True, rotate=rotate)) == upright
