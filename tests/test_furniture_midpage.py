"""Running headers repeated in mid-text where the page break was lost (pages joined without a form feed)."""
from pathlib import Path

from protokoll.clean.lines import clean

GENRE = Path(__file__).parent / "fixtures" / "genre"


def _texts(text: str) -> list[str]:
    return [line.text for line in clean(text).lines]


def test_repeated_header_with_page_mark_leaves_mid_text():
    text = ("Kommunstyrelsen 2025-03-04 Sida 1 (3)\nEKBY KOMMUN\n\nKS § 12\n\nBudget\n\n"
            "Kommunstyrelsen föreslår kommunfullmäktige att fastställa\nKommunstyrelsen 2025-03-04 Sida 2 (3)\n"
            "budgetramarna för 2026.\n\nKS § 13\n\nTaxa\n\nTaxan antas för\nKommunstyrelsen 2025-03-04 Sida 3(3)\n"
            "år 2026.\n")
    texts = _texts(text)
    assert texts[0] == "Kommunstyrelsen 2025-03-04 Sida 1 (3)"  # the document's own heading stays
    assert not any("Sida 2" in t or "Sida 3" in t for t in texts)
    assert "budgetramarna för 2026." in texts and "KS § 13" in texts


def test_repeated_header_without_sida_word():
    text = ("Svenska Kanotförbundet Förbundsmöte 2025 1 (3)\n\n§ 1 Öppnande\nMötet öppnades.\n\n§ 2 Val\n"
            "Mötet beslutade att välja Anna Ek till\nSvenska Kanotförbundet Förbundsmöte 2025 2 (3)\nordförande.\n"
            "\n§ 3 Avslutning\nMötet avslutades.\nSvenska Kanotförbundet Förbundsmöte 2025 3 (3)\n")
    texts = _texts(text)
    assert sum("Förbundsmöte 2025" in t for t in texts) == 1
    assert "ordförande." in texts


def test_first_header_line_repeated_without_page_number():
    text = ("PROTOKOLL  Sammanträdesdatum  2025-02-11\nByggnadsnämnden\n\n§ 5\nBygglov\n\n"
            "Byggnadsnämnden beviljar bygglov enligt plan- och\nPROTOKOLL  Sammanträdesdatum  2025-02-11\nbygglagen.\n")
    texts = _texts(text)
    assert texts.count("PROTOKOLL  Sammanträdesdatum  2025-02-11") + \
        texts.count("PROTOKOLL Sammanträdesdatum 2025-02-11") == 1
    assert "bygglagen." in texts


def test_lines_that_only_look_like_headers_stay():
    # an attendee with a party, an item's label and a decision are never furniture, repeated or not
    text = ("Kommunstyrelsen 2025-03-04 Sida 1 (2)\n\nBeslutande\nAnna Lind (S) 1 (2)\nPer Holm (M) 1 (2)\n\n"
            "KS § 12 2 (3)\n\nBudget\n\nBeslut 1/2\nKommunstyrelsen beslutar 1/2\nKommunstyrelsen beslutar 2/2\n"
            "Dnr KS 2025/31\nDnr KS 2025/31\n")
    texts = " | ".join(_texts(text))
    for kept in ("Anna Lind (S)", "Per Holm (M)", "KS § 12", "Kommunstyrelsen beslutar", "Dnr KS 2025/31"):
        assert kept in texts


def test_fixtures_of_the_shape_lose_their_headers():
    for stem, header in (("280_ks_sidhuvud_mitt_i_text", "Sida 2 (3)"),
                         ("281_forbund_sidhuvud_mitt_i_text", "Förbundsmöte 2025 2 (3)")):
        texts = _texts((GENRE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
        assert not any(header in t for t in texts)
