"""Minutes PDFs in three more layouts of published minutes (survey 19 in tests/fixtures/genre/SURVEY.md): a
meeting system's protocol with a "§ N" margin column, LibreOffice association minutes with a "Datum | Tid | Plats"
header table and ruled signatures, and a typed page printed and scanned (image-only, OCR'd). The blind set
tests/fixtures/renderings/heldout2 renders held-out texts so; tests/fixtures/renderings/genre/manifest-pdf2.txt
renders the dev fixtures written for the causes found there.
"""
import shutil

import pytest

from conftest import FIXTURES
from protokoll.clean.columns import spread_header_row
from protokoll.clean.lines import clean
from protokoll.pipeline import parse_text
from scoring import score_report

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
HELDOUT2 = FIXTURES / "renderings" / "heldout2"
GENRE = FIXTURES / "renderings" / "genre"
# Blind (main's reader at 8c01b80, the final generator): 0.939 (grid 0.968, libre 0.949, scan 0.848; the scan's 63
# at 0.183, its "§1" ... "§10" read "81" ... "810"); 0.98 after these fixes (lowest documents 63's OCR'd name and
# place columns and 399's two-column roll, 0.84). See the README there.
HELDOUT2_FLOOR, HELDOUT2_DOC_FLOOR = 0.97, 0.80
DEV_FLOOR = 0.99


def test_scanned_section_signs_read_as_eights_are_a_run_of_sections():
    """Tesseract reads a serif "§" glued to its number as an "8": "§1" ... "§11" come out "81" ... "89",
    "810", "811". Written, the numbers run on up to 89 and then break; read with a "§" they run 1 ... 11."""
    titles = ["Öppnande", "Justerare", "Dagordning", "Protokollet", "Ekonomi", "Fisket", "Stugan", "Medlemmar",
              "Tävlingen", "Nästa möte", "Avslutning"]
    text = "\n".join(f"8{n} {title}\n{title} behandlades." for n, title in enumerate(titles, 1))
    assert [x.text for x in clean(text).lines][::2] == [f"§ {n} {title}" for n, title in enumerate(titles, 1)]


def test_numbers_that_run_on_as_written_stay():
    """A year's running numbers "81" ... "84" run on as written: no "8" in them is a "§"."""
    text = "\n".join(f"{n} Rubrik nummer {n}\nText." for n in (81, 82, 83, 84))
    assert [x.text for x in clean(text).lines][::2] == [f"{n} Rubrik nummer {n}" for n in (81, 82, 83, 84)]


@needs_tesseract
def test_heldout2_renderings_score_at_least_their_floor(score_script):
    report = score_report(score_script, "--manifest", HELDOUT2 / "manifest.txt")
    assert report["errors"] == []
    assert report["overall"] >= HELDOUT2_FLOOR, report["misses"]
    for name, score in report["documents"].items():
        assert score >= HELDOUT2_DOC_FLOOR, (name, [m for m in report["misses"] if m.startswith(name)])


@needs_tesseract
def test_dev_pdf2_renderings_score(score_script):
    report = score_report(score_script, "--manifest", GENRE / "manifest-pdf2.txt")
    assert report["errors"] == []
    assert report["overall"] >= DEV_FLOOR, report["misses"]


def test_header_table_labels_over_values_are_label_lines():
    """LibreOffice's "Datum | Tid | Plats" table: the labels on one row, the values cell under cell."""
    page = ("Lillträsk byförening\n"
            " Datum                                       Tid             Plats\n"
            " tisdag 3 februari 2026                      18:30           Bystugan, Lillträsk\n"
            "\n"
            " Ordförande                Justerare\n"  # a signature row: no meeting data, stays
            " Maja Ek                   Sanna Berg")
    lines = spread_header_row(page).split("\n")
    assert [x.strip() for x in lines[1:4]] == ["Datum: tisdag 3 februari 2026", "Tid: 18:30",
                                               "Plats: Bystugan, Lillträsk"]
    assert lines[5:] == page.split("\n")[4:]
    record = parse_text("Protokoll styrelsemöte\n\n" + "\n".join(page.split("\n")[1:3]) + "\n\n1. Mötets öppnande\n"
                        "Mötet öppnades.\n").to_json()
    assert (record["start_time"], record["location"]) == ("18:30", "Bystugan, Lillträsk")


def test_signing_labels_under_the_names_sign_for_them():
    """Names under their lines with the label under each name ("Hilma Sjöstrand" / "Vid protokollet"), two
    to a row: the label under a name is its office, not the office of the name under it."""
    text = ("Protokoll styrelsemöte\n\nDatum: 2026-03-12\n\n1. Mötets öppnande\nOrdföranden Vera Lindkvist öppnade "
            "mötet.\n\n2. Mötets avslutande\nMötet avslutades.\n\n"
            "Hilma Sjöstrand                                   Vera Lindkvist\n"
            "Vid protokollet                                   Justeras\n\n"
            "Elin Bodén\n"
            "Justeras\n")
    record = parse_text(text).to_json()
    assert (record["secretary"], record["adjusters"]) == ("Hilma Sjöstrand", ["Elin Bodén"])


def test_third_signer_on_the_next_row_under_vid_protokollet_adjusts():
    """Word signatures two to a row, "Vid protokollet" | "Justeras" over the first: the third signer stands on
    the next row under the first column, and signs with "Justeras", not as a second keeper of the minutes."""
    text = ("Styrelsemöte\n\nDatum: 2025-11-04\n\n§ 1 Mötets öppnande\nOrdföranden Anders Kjellgren öppnade mötet.\n\n"
            " Vid protokollet                                   Justeras\n\n"
            " ........................................          ........................................\n"
            " Gunnel Broberg                                    Anders Kjellgren\n\n\n"
            " ........................................\n"
            " Eivor Lundholm\n")
    record = parse_text(text).to_json()
    assert (record["secretary"], record["adjusters"]) == ("Gunnel Broberg", ["Eivor Lundholm"])


def test_scanned_range_dash_read_as_two_dashes_still_ends_the_meeting():
    """Tesseract reads the "–" of "kl. 14.00–16.10" in a serif face as "—-": a range all the same."""
    record = parse_text("Styrelsemöte\n\nTid: Måndagen den 3 november 2025 kl. 14.00—-16.10\n\n§ 1 Mötets öppnande\n"
                        "Mötet öppnades.\n").to_json()
    assert (record["start_time"], record["end_time"]) == ("14:00", "16:10")


def test_scanned_section_sign_read_as_a_three_apart_from_the_number():
    """"3 5 Mötets avslutande" after "§ 4 Julfesten": the "§" read as a "3"; "3 5 kronor" or a "3 7" that is not
    the next heading's number stays. "$ I Mötets öppnande" over "§ 2": the first heading's "1" read as an "I"."""
    text = ("$ I Mötets öppnande\nMötet öppnades.\n§ 2 Val av justerare\nEva valdes.\n"
            "§ 4 Julfesten\nJulfesten hålls i december.\n3 5 Mötets avslutande\nOrdföranden avslutade mötet.\n"
            "3 7 Lösa Ärenden\nInga.")
    assert [x.text for x in clean(text).lines][::2] == ["§ 1 Mötets öppnande", "§ 2 Val av justerare", "§ 4 Julfesten",
                                                        "§ 5 Mötets avslutande", "3 7 Lösa Ärenden"]
