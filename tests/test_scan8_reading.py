"""Paper minutes scanned under a watermark and stamps, their details a plain two-column table (scan8:
``tests/fixtures/renderings/heldout6/render.py dev8``, dev scans ``tests/fixtures/renderings/genre/manifest-scan8.txt``).

The TSV here is canned, in the geometry of those scans (200 dpi pages read at 300 dpi, words 40 px high, 20 px a
letter), so the tests run without Tesseract.
"""
from __future__ import annotations

import re

import pytest

from protokoll.clean.lines import clean
from protokoll.read import ocr

HEADER = ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
          "conf", "text"]


def _tsv(rows: list[list[tuple]]) -> dict:
    """Lines of cells ((block, par, line, left, top, text[, conf[, (width, height)]])) → Tesseract's TSV read by
    ``ocr._tsv``."""
    body = []
    for row in rows:
        for n, (block, par, line, left, top, text, *extra) in enumerate(row):
            conf, size = (extra[0] if extra else 95), (extra[1] if len(extra) > 1 else None)  # a speck's (w, h)
            for k, word in enumerate(text.split(), 1):
                width, height = size or (20 * len(word), 40)
                body.append("\t".join(map(str, [5, 1, block, par, line, 10 * n + k, left, top, width, height, conf,
                                                word])))
                left += 20 * len(word) + 25
    return ocr._tsv("\t".join(HEADER) + "\n" + "\n".join(body) + "\n")


def _read(monkeypatch, data: dict) -> str:
    monkeypatch.setattr(ocr, "_upright_words", lambda *a, **k: data)
    return ocr.ocr_image(object()).text


# Dev 13's socialnämnd (its text layer lost, read by OCR): the details' label column read as blocks of their own
# first, then the values; "Beslutande" stands by eight names, and no two labels share a row with a value.
LABELS_THEN_VALUES = [[(5, 1, 1, 274, 556, "Plats och tid")], [(6, 1, 1, 274, 639, "Beslutande")],
                      [(7, 1, 1, 272, 1124, "Övriga deltagande")], [(8, 1, 1, 274, 1240, "Utses att justera")],
                      [(24, 1, 1, 875, 556, "Socialkontoret, sal Kastanjen, kl. 13.00-16.20")]] + \
    [[(25, n, 1, 872, 639 + 58 * (n - 1), name)] for n, name in enumerate(
        ["Ingrid Brandt (S), ordförande", "Thomas Ekvall (M), vice ordförande", "Yusuf Demir (S)", "Agneta Loo (S)",
         "Kjell Ström (V)", "Carina Wennberg (KD)", "Roland Sjödin (SD)", "Mona Lidén (S)"], 1)] + \
    [[(26, 1, 1, 876, 1131, "Ersättarna Rolf Ahl (M) och Sanna Kvist (C)")], [(26, 1, 2, 876, 1181, "samt Jenny Nyström")],
     [(28, 1, 1, 876, 1240, "Kjell Ström (V)")]]


def _cells(text: str) -> list[str]:
    """The page's lines with each cell's gap (three spaces or more) written " | " and the indentation as "> "."""
    return [re.sub(r"^ {3,}", "> ", re.sub(r"(?<=\S) {3,}", " | ", line)) for line in text.split("\n") if line.strip()]


def test_a_label_column_read_first_stands_by_its_values_when_a_value_cell_runs_long(monkeypatch):
    assert _cells(_read(monkeypatch, _tsv(LABELS_THEN_VALUES))) == [
        "Plats och tid | Socialkontoret, sal Kastanjen, kl. 13.00-16.20",
        "Beslutande | Ingrid Brandt (S), ordförande",
        "> Thomas Ekvall (M), vice ordförande", "> Yusuf Demir (S)", "> Agneta Loo (S)", "> Kjell Ström (V)",
        "> Carina Wennberg (KD)", "> Roland Sjödin (SD)", "> Mona Lidén (S)",
        "Övriga deltagande | Ersättarna Rolf Ahl (M) och Sanna Kvist (C)", "> samt Jenny Nyström",
        "Utses att justera | Kjell Ström (V)"]


# Dev 772 scanned (grey, watermarked): Tesseract read the details' table as one block, a label and its value's
# first line in one line a cell's gap apart, the value's other lines as lines of their own; a punched hole in the
# margin read "Ö" (confidence 12) a cell's gap before an item's heading, a watermark's speck "i" before a value.
ONE_BLOCK_TABLE = [
    [(1, 1, 1, 333, 380, "Plats och tid"), (1, 1, 1, 830, 375, "Kommunhuset i Brånäs, sal Älven")],
    [(1, 1, 2, 328, 455, "Beslutande"), (1, 1, 2, 829, 461, "Bengt Alm (S), ordförande")],
    [(1, 1, 3, 334, 529, "i", 38, (3, 2)), (1, 1, 3, 829, 513, "Gunilla Rask (M), vice ordförande")],
    [(1, 1, 4, 828, 567, "Tomas Ekdahl (C)")],
    [(1, 1, 5, 830, 621, "Fredrik Nord (SD)")],
    [(1, 1, 6, 333, 695, "Justerare"), (1, 1, 6, 829, 695, "Tomas Ekdahl")],
    [(2, 1, 1, 322, 800, "§ 1 Val av justerare")],
    [(2, 1, 2, 320, 860, "Tekniska nämnden beslutar att utse Tomas Ekdahl att justera protokollet.")],
    [(3, 1, 1, 57, 960, "Ö", 12), (3, 1, 1, 323, 970, "$ 2 Godkännande av dagordning")],
    [(3, 1, 2, 321, 1030, "Dagordningen godkänns.")],
]


def test_a_value_cells_next_lines_stand_in_its_column_and_a_margins_mark_is_no_text(monkeypatch):
    assert _cells(_read(monkeypatch, _tsv(ONE_BLOCK_TABLE))) == [
        "Plats och tid | Kommunhuset i Brånäs, sal Älven", "Beslutande | Bengt Alm (S), ordförande",
        "> Gunilla Rask (M), vice ordförande", "> Tomas Ekdahl (C)", "> Fredrik Nord (SD)",
        "Justerare | Tomas Ekdahl", "§ 1 Val av justerare",
        "Tekniska nämnden beslutar att utse Tomas Ekdahl att justera protokollet.",
        "$ 2 Godkännande av dagordning", "Dagordningen godkänns."]


def test_a_line_under_a_cell_that_starts_at_the_pages_left_is_no_cells_line(monkeypatch):
    rows = [[(1, 1, 1, 333, 380, "Plats och tid"), (1, 1, 1, 830, 375, "Kommunhuset i Brånäs")],
            [(1, 1, 2, 333, 440, "Mötet öppnades av ordföranden som hälsade alla välkomna.")]]
    assert _cells(_read(monkeypatch, _tsv(rows)))[1] == "Mötet öppnades av ordföranden som hälsade alla välkomna."


# Dev 323 scanned (typed, "§154" alone over each item's text): every "§" read as a glued "8" ("8154") or "5".
def test_a_three_digit_items_section_sign_read_as_a_glued_eight():
    text = "\n".join(["Medlemsmöte", "8154", "Mötets öppnande: Marianne Holm förklarar mötet öppnat.", "8155",
                      "Val av justeringsperson: Lennart Rundberg", "8157", "Dagordningen: godkändes", "8158",
                      "Föregående protokoll lades till handlingarna."])
    assert [line.text for line in clean(text).lines if line.text[:1] in "§8"] == \
        ["§ 154", "§ 155", "§ 157", "§ 158"]
    # a four-digit number among numbers that do not run so stays
    assert clean("Kassan är\n8154\nkronor.").lines[1].text == "8154"


# The same page with a stamp and a watermark over the last headings' "§": "5161", "58162", "8163" (and § 160 lost).
def test_three_digit_headings_with_other_glyphs_glued_after_a_run_with_its_signs():
    text = "\n".join(["§ 158", "Föregående protokoll.", "8159", "Ekonomi", "5161", "Hemsidan: Påminnelse.", "58162",
                      "Nästa medlemsmöte: onsdagen den 16 september.", "8163", "Mötets avslutande."])
    assert [line.text for line in clean(text).lines if line.text[:1] in "§58"] == \
        ["§ 158", "§ 159", "§ 161", "§ 162", "§ 163"]
    # an amount after a heading stays
    assert clean("§ 158\nKassan\n5160 kr").lines[2].text == "5160 kr"


def test_a_garbled_list_number_where_the_lines_start_stays():
    rows = [[(1, 1, n, 322, 300 + 60 * n, f"{n}. Punkt nummer {n} i listan.")] for n in range(1, 6)] + \
        [[(1, 1, 6, 322, 660, "Za", 20), (1, 1, 6, 500, 660, "Den avgående styrelsen beviljades ansvarsfrihet.")]]
    with pytest.MonkeyPatch.context() as mp:
        assert _read(mp, _tsv(rows)).split("\n")[-1].startswith("Za   ")


# Dev 21 scanned: the roll's last column title wrapped over three lines ("Anteckningar/" over "Tjänstgörande" over
# "ersättare"), each piece under its title's start.
def test_a_column_title_wrapped_over_three_lines_is_glued_as_over_two():
    from protokoll.clean.cells import glue_wrapped_titles
    page = "\n".join(["Närvarolista", "Namn                     Parti    Närvaro    Reservation    Anteckningar/",
                      " " * 60 + "Tjänstgörande", " " * 60 + "ersättare", "Ledamöter (7)",
                      "Anders Lövgren             S          1                       Ordförande"])
    assert glue_wrapped_titles(page).split("\n")[2] == " " * 60 + "Tjänstgörande ersättare"


# Dev 730 scanned (grey): the JUSTERAT stamp over the details' right end read "sUSTERA" (its ends half-inked), its
# date beside "Ledamöter   Astrid Mörk ordf. (s)" and its frame's edge "T" over it.
def test_a_stamps_word_read_without_its_ends_and_its_first_letter_small_is_a_stamp():
    assert ocr._stamp_word("sUSTERA", ocr.STAMP) in {"JUSTERAT", "JUSTERAD"}
    assert ocr._stamp_word("USTERA", ocr.STAMP) in {"JUSTERAT", "JUSTERAD"}
    assert ocr._stamp_word("INKOMn", ocr.STAMP) == "INKOM"  # dev 61: a letter under the stamp glued to it
    assert ocr._stamp_word("STER", ocr.STAMP) is None and ocr._stamp_word("eKOM", ocr.STAMP) is None
    rows = [[(11, 1, 6, 2302, 665, "T")],
            [(11, 1, 7, 322, 673, "Beslutande"), (11, 1, 7, 2056, 672, "sUSTERA", 8, (254, 73))],
            [(11, 1, 8, 334, 771, "Ledamöter"), (11, 1, 8, 909, 771, "Astrid Mörk ordf. (s)"),
             (11, 1, 8, 2122, 749, "2025-06-24", 36)]]
    with pytest.MonkeyPatch.context() as mp:
        assert _cells(_read(mp, _tsv(rows))) == ["Beslutande", "Ledamöter | Astrid Mörk ordf. (s)"]


# Dev 13 scanned (typed): a speck in the margin read as a point before an item's heading, "." 2 x 2 px.
def test_a_speck_read_as_a_point_in_the_margin_before_a_line_is_no_text():
    rows = [[(7, 1, 1, 287, 1259, ".", 37, (2, 2)), (7, 1, 1, 320, 1233, "SN 5 32 Dnr SN 2024/0020")]] + \
        [[(7, 1, n, 321, 1233 + 60 * n, "Rapportering av ej verkställda beslut.")] for n in range(2, 8)]
    with pytest.MonkeyPatch.context() as mp:
        assert _read(mp, _tsv(rows)).split("\n")[0] == "SN 5 32 Dnr SN 2024/0020"


def test_a_lists_point_read_apart_as_a_small_mark_stays_for_its_number():
    # (dev 236 scanned: "7" in a block of its own, its point read "«" at the start of the line it numbers)
    rows = [[(10, 1, n, 322, 300 + 90 * n, f"{n}. Punkt nummer {n} i listan.")] for n in range(1, 7)] + \
        [[(10, 1, 7, 323, 930, "7")],
         [(11, 1, 1, 357, 926, "«", 60, (10, 10)), (11, 1, 1, 400, 930, "Ekonomi; Kassan är 41 200 kr.")]]
    with pytest.MonkeyPatch.context() as mp:
        assert "7. Ekonomi; Kassan är 41 200 kr." in _read(mp, _tsv(rows)).split("\n")
