"""Minutes written in a word processor and exported to PDF (python-docx -> LibreOffice in the dev set
/work/devW): what such PDFs print that a typeset or plain-text source does not.
"""
import json
from pathlib import Path

import pytest

from protokoll.pipeline import parse_file

ONE_PAGE = """Ljungmarkens Brukshundklubb

Ljungmarkens Brukshundklubb
Protokoll fört vid årsmöte
Datum: 2026-02-22
Tid: kl. 15.00–16.40
Plats: Klubbstugan vid Ljungvallen
Närvarande: 31 röstberättigade medlemmar enligt bifogad närvarolista.
§ 1 Årsmötets öppnande. Ordförande Tilde Rosén hälsade medlemmarna välkomna och
förklarade årsmötet öppnat.
§ 2 Fastställande av röstlängd. Närvarolistan fastställdes som röstlängd för årsmötet.
§ 3 Val av mötesfunktionärer. Till ordförande för årsmötet valdes enhälligt av mötet
Birger Lindqvist. Till sekreterare för årsmötet valdes Signe Falkman.
§ 4 Val av justerare. Till justerare tillika rösträknare för årsmötet valdes på förslag Ola
Brink och Maj Ström. Båda godtogs av årsmötet.
§ 5 Fråga om mötet har utlysts på rätt sätt. Årsmötet ansågs stadgeenligt utlyst och
kallat av styrelsen.
§ 6 Styrelsens verksamhetsberättelse. Verksamhetsberättelsen för 2025 föredrogs av
ordföranden och lades till handlingarna.
§ 7 Fråga om ansvarsfrihet för styrelsen. Årsmötet beviljade styrelsen ansvarsfrihet för
verksamhetsåret 2025.
§ 8 Val av styrelseledamöter. Till ordinarie ledamöter för två år valdes Ebba Norling
(omval) och Kasper Vidén (nyval). Till suppleant för ett år valdes Oskar Berg.
§ 9 Årsmötets avslutande. Mötesordförande Birger Lindqvist tackade för visat intresse
och förklarade årsmötet avslutat.

Birger Lindqvist                                  Signe Falkman
mötesordförande                                   sekreterare

Ola Brink                                         Maj Ström
justerare                                         justerare

Justerandes signatur ..............  Utdragsbestyrkande
"""


def test_page_footer_with_dotted_signature_boxes_does_not_end_the_signature_block(tmp_path):
    """A Word footer "Justerandes signatur ....  Utdragsbestyrkande ...." under the last signatures of a
    one-page document (no running footer to compare it with) is furniture, not a line of the block."""
    path = tmp_path / "arsmote.txt"
    path.write_text(ONE_PAGE, encoding="utf-8")
    record = parse_file(path).to_json()
    assert record["chair"] == "Birger Lindqvist"
    assert record["adjusters"] == ["Ola Brink", "Maj Ström"]


def _canvas_pdf(path, lines, size=10):
    """A page with text runs at given places: (x, y, text), y from the top in points."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", size)
    for x, y, text in lines:
        c.drawString(x, A4[1] - y, text)
    c.save()
    return path


def _page_text(path):
    import pypdfium2 as pdfium

    from protokoll.read.pdf import page_text

    doc = pdfium.PdfDocument(str(path))
    try:
        return page_text(doc[0])
    finally:
        doc.close()


def test_column_title_broken_inside_its_narrow_cell_is_put_back_together(tmp_path):
    """Word breaks a title wider than its cell inside the word ("Punk" over "t"): the header row is an
    item table's header again (``tableheads.is_header``), which the parser cuts the rows by."""
    rows = [(60, 100, "Elevrådsmöte Tallängsskolan"), (60, 112, "Protokoll"), (60, 125, "Datum: 2025-10-14"),
            (60, 137, "Närvarande: Ahmed Nilsson, Lina Berg, Elsa Ek"),
            (60, 160, "Punk"), (100, 160, "Diskussionspunkt"), (200, 160, "Åtgärd"), (360, 160, "Ansvarig"),
            (60, 172, "t"),
            (60, 190, "211"), (100, 190, "Mötets öppnande"), (200, 190, "Ordföranden öppnade"),
            (200, 202, "mötet."),
            (60, 220, "212"), (100, 220, "Skoldisco i"), (200, 220, "boka aulan och ordna"), (360, 220, "Ahmed Nilsson"),
            (100, 232, "november"), (200, 232, "musik"),
            (60, 250, "213"), (100, 250, "Cykelstället"), (200, 250, "Frågan bordlades.")]
    path = _canvas_pdf(tmp_path / "t.pdf", rows)
    text = _page_text(path)
    assert "Punkt" in text and "\nt\n" not in text
    header = next(line for line in text.splitlines() if "Diskussionspunkt" in line)
    assert header.split()[0] == "Punkt"


WORD_FIXTURES = Path(__file__).parent / "fixtures" / "renderings" / "genre"


def _word_cases():
    lines = (WORD_FIXTURES / "manifest-word.txt").read_text(encoding="utf-8").split("\n")
    return [tuple(WORD_FIXTURES / part for part in line.split()) for line in lines if line.strip()]


@pytest.mark.parametrize("source,gold", _word_cases(), ids=lambda p: p.name)
def test_word_processor_pdf_scores(source, gold, score_script):
    """Fixtures exported from .docx by LibreOffice (tests/word_pdfs.py): an item table whose "Punkt" is
    broken in its cell (92), cells set with ligatures (175: "besökssiffrorna"), a one-page document's
    footer under the signatures (203), a roll table running over a page break (21)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("genre_score", score_script)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    tallies = {k: scorer.Tally() for k in scorer.WEIGHTS}
    scorer.score_document(json.loads(gold.read_text(encoding="utf-8")), parse_file(source).to_json(), tallies,
                          source.name)
    assert scorer.report(tallies)[1] >= 0.95


def test_ligature_letters_stay_in_their_word_on_a_laid_out_page():
    """LibreOffice sets "ff" as one glyph; PDFium gives both letters its box, so the second starts a
    glyph's width back from the run's end: it must not start a new cell ("besökssif  frorna.")."""
    text = _page_text(WORD_FIXTURES / "175_fritidsnatverk_atgardstabell.word.pdf")
    assert "besökssiffrorna." in text


WRAPPED_ACTION = """Protokoll fört vid styrelsemöte i Bostadsrättsföreningen Kvarnhjulet den 14 maj 2025

Närvarande: Greta Holm (ordförande), Ali Demir (kassör), Sanna Öst (sekreterare), Leo Vik

Nr   Ärende               Beslut                      Vem          När
1    Mötets öppnande      Ordföranden öppnade
                          mötet.
2    Val av justerare     Leo Vik valdes att justera
                          protokollet.
3    Ekonomi              godkänna
                          kvartalsrapporten
"""


def test_action_cell_wrapped_in_a_narrow_column_is_not_the_title(tmp_path):
    """A Word table's cell wraps at its width: "Ordföranden öppnade" / "mötet." in the decision column of
    row 1 is that cell's paragraph, not the rest of the title "Mötets öppnande"."""
    path = tmp_path / "brf.txt"
    path.write_text(WRAPPED_ACTION, encoding="utf-8")
    items = parse_file(path).to_json()["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        (1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Ekonomi")]


# --- minutes typed as secretaries type them (tests/word_minutes.py, manifest-word2.txt) --------------------
# The genre fixtures written in Word's ways: rolls as tables with the party in a column of its own (inside the
# value cell of a municipal label/value front page, or under a bold heading, or headed "Beslutande | Parti |
# Funktion"), §-headings and "Beslut" in bold, a running header with "Sida N (M)" fields and a footer of
# signature boxes "Justerandes signatur | Utdragsbestyrkande", signatures in a table with dotted lines, and
# three paragraph spacings (Word 2013's 8 pt after every paragraph, typed empty paragraphs, 6 pt). 62 of the
# 168 (the 8 of ../shared/genre and every third fixture) are committed; the rest are made by the same command.
# Measured 2026-12-06 over all 168 (score.py): main 0.945 -> acc2 0.987 (attendees 0.784 -> 0.973, roles
# 0.708 -> 0.948); on the committed 62: 0.946 -> 0.985, lowest 213_kf_bilaga_summarad 0.674 (its roll is given
# one cell a line, which the generator cannot lay out as a table).
# Floors: the mean measured on the committed 62 less 0.02, and each document's own score less 0.05 (a few
# sources the generator cannot lay out as typed, a roll given one cell a line, keep low floors of their own).
WORD2_MEAN_FLOOR = 0.96
WORD2_DOC_FLOOR = 0.60


def _word2_cases():
    lines = (WORD_FIXTURES / "manifest-word2.txt").read_text(encoding="utf-8").split("\n")
    return [tuple(WORD_FIXTURES / part for part in line.split()) for line in lines if line.strip()]


def test_secretary_typed_pdfs_score(score_script):
    cases = _word2_cases()
    if not all(gold.exists() for _, gold in cases):
        pytest.skip("the gold of ../shared/genre is not present in this checkout")
    import importlib.util

    spec = importlib.util.spec_from_file_location("genre_score", score_script)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    scores = {}
    for source, gold in cases:
        tallies = {k: scorer.Tally() for k in scorer.WEIGHTS}
        scorer.score_document(json.loads(gold.read_text(encoding="utf-8")), parse_file(source).to_json(), tallies,
                              source.name)
        scores[source.name] = scorer.report(tallies)[1]
    assert sum(scores.values()) / len(scores) >= WORD2_MEAN_FLOOR, scores
    assert min(scores.values()) >= WORD2_DOC_FLOOR, scores
