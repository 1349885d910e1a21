"""Item tables (Punkt | Vad | Ansvar): unfolding layout text into ordinary lines, and reading table PDFs."""
import importlib.util
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import EXAMPLES

from protokoll.clean.lines import clean, join
from protokoll.parse.tables import is_header, unfold
from protokoll.read import Options
from protokoll.read.pdf import char_boxes, is_table_page, read_pdf, side_by_side

HERE = Path(__file__).resolve().parent
TABLES = HERE / "fixtures" / "tables"
STEMS = ["brf_sjoglimten", "hagbyns_if", "tallbackens_samf"]
GENRE_BRF = HERE.parent.parent / "shared" / "genre" / "texts" / "05_brf_tabell.txt"
HEADING = re.compile(r"^(?:§\s*)?\d{1,3}\.?\s")


def _render_module():
    spec = importlib.util.spec_from_file_location("table_render", TABLES / "render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_rows(stem):
    """(heading, text, ["Ansvar: ..., senast ..."] or ["Ansvar: ..."] / ["Klart till: ..."]) per row, from the
    fixture's source."""
    _, header, rows, _ = _render_module().parse_source((TABLES / f"{stem}.txt").read_text(encoding="utf-8"))
    labels = ["Klart till" if h in ("Klart till", "När") else "Ansvar" for h in header[2:]]
    out = []
    for number, paragraphs, *responsible in rows:
        by_label = {label: [c for c, name in zip(responsible, labels) if c and name == label]
                    for label in ("Ansvar", "Klart till")}
        cells = [f"{label}: " + ", ".join(found) for label, found in by_label.items() if found]
        if len(cells) == 2 and any(c.isdigit() for c in cells[1]):
            # the deadline beside the people goes with them: "Ansvar: Bengt, senast 30 sep"
            cells = [cells[0] + ", senast " + cells[1].split(": ", 1)[1]]
        out.append((f"{number} {paragraphs[0]}", " ".join(paragraphs[1:]), cells))
    return out


def unfolded(pages):
    """The clean lines of ``pages`` and what ``unfold`` made of them."""
    lines = clean(pages=pages).lines
    return lines, unfold(list(lines))


def rows_of(before, after):
    """The rows ``unfold`` wrote: only the Line objects it made, grouped at each row's heading."""
    old = {id(line) for line in before}
    rows = []
    for line in after:
        if id(line) in old:
            continue
        if line.blank_before and HEADING.match(line.text):
            rows.append([line.text, [], []])
        elif line.text.startswith(("Ansvar: ", "Klart till: ")):
            rows[-1][2].append(line.text)
        else:
            rows[-1][1].append(line.text)
    return [(heading, join(text), who) for heading, text, who in rows]


def layout_pages(stem, kind="layout"):
    return (TABLES / f"{stem}.{kind}.txt").read_text(encoding="utf-8").split("\f")


def pdf_pages(stem):
    return [p.text for p in read_pdf(TABLES / f"{stem}.pdf", Options(ocr="never"))]


def test_header_words():
    assert is_header(["Punkt", "Vad", "Ansvar"])
    assert is_header(["Nr", "Diskussion/beslut", "Ansvarig", "Klart till"])
    assert is_header(["§", "Ärende"])
    assert not is_header(["Datum och tid:", "Tisdag 15 april 2025"])
    assert not is_header(["Vad", "Punkt"])
    assert not is_header(["Punkt"])


@pytest.mark.skipif(not GENRE_BRF.exists(), reason="../shared/genre is absent")
def test_unfold_genre_brf_table():
    before, after = unfolded(GENRE_BRF.read_text(encoding="utf-8").split("\f"))
    rows = rows_of(before, after)
    assert [r[0] for r in rows] == [
        "1 Mötets öppnande", "2 Val av justerare", "3 Föregående protokoll", "4 Ekonomi", "5 Tvättstugan",
        "6 Underhållsplan", "7 Andrahandsuthyrning", "8 Övriga frågor", "9 Nästa möte", "10 Mötets avslutande"]
    assert [r[2] for r in rows] == [[], [], [], ["Ansvar: Mehmet"], ["Ansvar: Björn"], ["Ansvar: Anna-Karin"],
                                    ["Ansvar: Jessica"], ["Ansvar: Björn"], [], []]
    assert rows[3][1] == ("Kassören redovisade utfallet för första kvartalet. Intäkterna följer budget, men "
                          "uppvärmningskostnaderna ligger 18 procent över budget. Styrelsen beslutade att höja "
                          "årsavgiften med 3 procent från och med den 1 juli 2025. Mehmet meddelar den ekonomiska "
                          "förvaltaren om höjningen senast den 30 april.")
    assert not any(line.text.startswith("Punkt") for line in after)
    # Lines outside the table are the same objects, in the same order.
    old = {id(line) for line in before}
    kept = [line for line in after if id(line) in old]
    assert kept == [line for line in before if line in kept] and kept[0] is before[0]
    assert any(line.text.startswith("Närvarande:") for line in kept)
    assert any(line.text.startswith("Vid protokollet") for line in kept)


@pytest.mark.parametrize("stem", STEMS)
def test_unfold_layout_text(stem):
    before, after = unfolded(layout_pages(stem))
    assert rows_of(before, after) == expected_rows(stem)
    headers = [line for line in after if is_header(re.split(r"\s{2,}", line.text))]
    assert headers == []


@pytest.mark.parametrize("stem", STEMS)
def test_read_pdf_rebuilds_table_pages_in_layout_order(stem):
    pages = pdf_pages(stem)
    assert len(pages) == 2
    before, after = unfolded(pages)
    assert rows_of(before, after) == expected_rows(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_spans_point_at_the_cells(stem):
    for pages in (layout_pages(stem), pdf_pages(stem)):
        cleaned = clean(pages=pages)
        old = {id(line) for line in cleaned.lines}
        made = [line for line in unfold(list(cleaned.lines)) if id(line) not in old]
        assert made
        for line in made:
            page = cleaned.pages[line.page - 1]
            source = page[line.start:line.end]
            if line.text.startswith(("Ansvar: ", "Klart till: ")):
                assert source.split()[0].rstrip(",") == line.text.split(": ", 1)[1].split()[0].rstrip(",")
            elif line.blank_before and HEADING.match(line.text):
                number, title = line.text.split(" ", 1)
                assert source.split()[0] == number and " ".join(source.split()[1:]) == title
            else:
                assert source == line.text


@pytest.mark.parametrize("stem", STEMS)
def test_raw_text_drops_the_header_and_finds_the_responsible(stem):
    before, after = unfolded(layout_pages(stem, "raw"))
    texts = [line.text for line in after]
    assert not any(_header_line(t) for t in texts)
    expected = expected_rows(stem)
    assert [t for t in texts if HEADING.match(t) and t in {r[0] for r in expected}] == [r[0] for r in expected]
    for (heading, _, who), (following, _, _) in zip(expected, expected[1:]):  # the last row runs on, as it is
        row = texts[texts.index(heading):texts.index(following)]
        # -raw gives all the responsible cells as one line: "Ansvar: Bengt 30 sep".
        ansvar = [t.replace(",", "").split()[1:] for t in row if t.startswith("Ansvar: ")]
        cells = [w for cell in who for w in cell.split(": ", 1)[1].replace(",", "").split() if w != "senast"]
        assert ansvar == ([cells] if cells else [])


def _header_line(text):
    return re.fullmatch(r"(?:Punkt|Nr|§)\s+(?:Vad|Ärende|Beskrivning)\b.*", text) is not None


def test_a_document_without_a_table_is_returned_as_it_is():
    lines = clean((EXAMPLES / "2024-10-18_kommundirektorsmote.txt").read_text(encoding="utf-8")).lines
    assert unfold(lines) is lines


def test_pages_without_a_table_read_as_before():
    """Pages of ordinary paragraphs keep PDFium's text and offsets; a page whose attendance stands in
    two columns side by side is laid out by position, so a column gap is no longer one space."""
    pdfs = sorted((HERE / "fixtures" / "renderings").glob("*.pdf"))
    assert pdfs
    plain = laid_out = 0
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        try:
            expected = []
            for page in doc:
                textpage = page.get_textpage()
                assert not is_table_page(textpage)
                side = side_by_side(textpage)
                expected.append(None if side else textpage.get_text_range().replace("\r\n", " \n").replace("\r", "\n"))
                textpage.close()
        finally:
            doc.close()
        # PDFium's text, but a blank line between paragraphs ("\r\n" -> "\n\n", offsets unchanged)
        got = [p.text for p in read_pdf(path, Options(ocr="never"))]
        for text, raw in zip(got, expected):
            if raw is None:
                laid_out += 1
                assert re.search(r"^ *Närvarande:\n+ *\S.*?, \S+ {3,}\S.*, ", text, re.M), text[:400]
            else:
                plain += 1
                assert len(text) == len(raw) and text.replace("\n\n", " \n") == raw
    assert plain and laid_out == len(pdfs)  # the first page of each, with its two-column attendance


def test_boxes_of_a_rebuilt_page_cover_the_cell():
    path = TABLES / "tallbackens_samf.pdf"
    cleaned = clean(pages=pdf_pages("tallbackens_samf"))
    lines = unfold(list(cleaned.lines))
    doc = pdfium.PdfDocument(str(path))
    try:
        textpage = doc[0].get_textpage()
        for text, words in (("Ansvar: Bengt, senast 30 sep", "Bengt"), ("Ansvar: Bengt, senast 30 sep", "30 sep"),
                            ("4. Vägunderhåll", "4. Vägunderhåll"),
                            ("Olof beställer arbetet och följer upp att det är klart", "Olof beställer")):
            line = next(x for x in lines if x.text == text)
            box = char_boxes(path, line.page, line.start, line.end)
            assert box is not None and words in textpage.get_text_bounded(*box)
        header = next(x for x in lines if x.text.startswith("4. "))
        ansvar = next(x for x in lines if x.text == "Ansvar: Olof, senast 15 okt")
        assert char_boxes(path, 1, ansvar.start, ansvar.end)[0] > char_boxes(path, 1, header.start, header.end)[2]
    finally:
        doc.close()


def test_a_centred_header_and_a_second_text_column():
    text = "\n".join([
        "Styrelsemöte i Exempelföreningen",
        "",
        "   Nr               Ärende                      Beslut                Ansvarig",
        "   1.    Budget 2026                 Budgeten antogs.              Per",
        "         Kassören gick igenom        Kassören får i uppdrag        Lisa",
        "         förslaget.                  att skicka den.",
        "   2.    Nästa möte",
        "         Den 3 mars.",
        "",
        "   Vid protokollet",
    ])
    before, after = unfolded([text])
    assert rows_of(before, after) == [
        ("1. Budget 2026", "Kassören gick igenom förslaget. Budgeten antogs. Kassören får i uppdrag att skicka den.",
         ["Ansvar: Per Lisa"]),
        ("2. Nästa möte", "Den 3 mars.", [])]
    assert after[-1] is before[-1] and after[0] is before[0]
