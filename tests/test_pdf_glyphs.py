"""Glyphs a word processor's PDF gives that a text source has not: PDFium's mark for a hyphen at a line
end (U+FFFE, the two lines joined) and list bullets of the Symbol and Wingdings fonts (private use area)."""
from reportlab.pdfgen import canvas

from protokoll.clean.lines import clean
from protokoll.pipeline import parse_text
from protokoll.read import Options
from protokoll.read.pdf import read_pdf

MINUTES = """Styrelsemöte i Exempelföreningen
Datum: 2025-03-04

1. Lokaler
Mötet beslutar
{b} Per kontaktar kommunen om lokalen.
{b} Lisa bokar lokalen till årsmötet.
"""


def test_a_hyphen_at_a_line_end_stays_a_hyphen(tmp_path):
    path = tmp_path / "h.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Mötet beslutar att HR-")
    c.drawString(72, 687, "chefsnätverket ska ta fram ett förslag.")
    c.save()
    text = "".join(page.text for page in read_pdf(path, Options(ocr="never")))
    assert "\ufffe" in text  # PDFium's mark, where the page has "-"
    assert "HR-chefsnätverket" in " ".join(line.text for line in clean(text).lines)


def test_a_word_hyphenated_at_a_line_end_is_one_word_and_a_compounds_hyphen_stays(tmp_path):
    path = tmp_path / "w.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    rows = ["Mötet beslutar att förvalt-", "ningen ska utreda kultur-", "och fritidsnämndens e-", "post och HR-",
            "chefsnätverket samt Plan-", "och bygglov."]
    for k, row in enumerate(rows):
        c.drawString(72, 700 - 13 * k, row)
    c.save()
    text = "".join(page.text for page in read_pdf(path, Options(ocr="never")))
    assert text.count("\ufffe") == 5  # PDFium's mark at each line end but the last
    assert " ".join(line.text for line in clean(text).lines) == (
        "Mötet beslutar att förvaltningen ska utreda kultur- och fritidsnämndens e-post och HR-chefsnätverket "
        "samt Plan- och bygglov.")


def test_symbol_font_bullets_are_list_bullets():
    plain = parse_text(MINUTES.format(b="•")).to_json()
    assert len(plain["items"][0]["decisions"]) == 2
    for glyph in ("\uf0b7", "\uf0a7", "\u25cf", "\u25aa"):
        assert parse_text(MINUTES.format(b=glyph)).to_json()["items"] == plain["items"], glyph
