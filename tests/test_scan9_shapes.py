"""Item headings whose "§" a scan's OCR glued onto the number as an "8" (or "5"), where the headings' numbers settle
it (clean.lines): a range among them ("86-8." for "§6–8.") and a first heading read "5155" before the "§"s the run
settles. Scanned minutes of a village council's meeting and a
pensioners' club, typed, read by Tesseract (scan8: ``tests/fixtures/renderings/genre/manifest-scan8.txt``).
And a heading whose item's text runs on after its title on its line, the scan's line wrapped after the first sentence
(parse.blocks._run_on_at; scan7's golf club)."""
from __future__ import annotations

from protokoll.clean.lines import clean
from protokoll.pipeline import parse_text


def headings(text: str) -> list[str]:
    return [line.text for line in clean(text).lines if line.text[:1] in "§0123456789"]


TITLES = ["Ordföranden hälsar välkommen.", "Till ordförande väljs Ines Dahl.", "Till justerare väljs Ola Brink.",
          "Stämman förklaras utlyst.", "Verksamhetsberättelsen läses upp.", "Val av styrelse och valberedning.",
          "Stämman beslutar om bygdepeng.", "Övriga frågor.", "Ordföranden avslutar stämman."]


def test_a_glued_run_with_a_range_among_its_headings_is_read_with_its_signs():
    glued = ["81", "82", "83", "84", "85", "86-8", "89", "810", "811"]
    text = "\n\n".join(f"{g}. {title}" for g, title in zip(glued, TITLES))
    assert headings(text) == [f"§ {n}. {title}" for n, title in zip(
        ["1", "2", "3", "4", "5", "6-8", "9", "10", "11"], TITLES)]
    # a range that is one as written stays, and so do the headings around it
    assert headings("12-14 Val av styrelse\nText.\n15 Ekonomi\nText.") == ["12-14 Val av styrelse", "15 Ekonomi"]


def test_a_first_heading_read_with_another_glyph_before_a_glued_run():
    text = "\n".join(["Medlemsmöte", "8154", "Mötets öppnande: Ada Holm förklarar mötet öppnat.", "5155",
                      "Val av justeringsperson: Lars Rund", "8156", "Val av sekreterare: Hans Berg", "8157",
                      "Dagordningen godkändes.", "8158", "Föregående protokoll lades till handlingarna."])
    assert headings(text) == ["§ 154", "§ 155", "§ 156", "§ 157", "§ 158"]
    # an amount over a heading stays
    assert headings("Kassan är\n5154\nkronor.\n§ 155\nText") == ["5154", "§ 155"]


def test_a_title_that_text_runs_on_after_on_a_wrapped_line():
    text = "\n".join(["Protokoll från styrelsemöte i Tallmo Golfklubb", "", "Datum: 2025-09-03", "",
                      "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "",
                      "§ 2 Budget 2026 Styrelsen går igenom kassörens förslag. Kjell",
                      "Ohlin skickar förslaget till revisorerna senast den 20 september.", "",
                      "§ 3 Mötets avslutande", "Ordföranden avslutade mötet."])
    items = parse_text(text).items
    assert [i.title for i in items] == ["Mötets öppnande", "Budget 2026", "Mötets avslutande"]
    assert [d.text for d in items[1].decisions] == [
        "Kjell Ohlin skickar förslaget till revisorerna senast den 20 september."]


def test_a_case_numbers_label_read_with_a_letter_too_many():
    lines = [line.text for line in clean("SN § 32 DPnr SN 2024/0020\nYttrande\nDRnr 2025/12 diskuterades.").lines]
    assert lines == ["SN § 32 Dnr SN 2024/0020", "Yttrande", "Dnr 2025/12 diskuterades."]
    # a word that is no label before a case number stays
    assert clean("Ordet DPnr betyder inget här.").lines[0].text == "Ordet DPnr betyder inget här."


def test_a_first_heading_whose_sign_and_one_were_both_misread():
    text = "Justerare  Tomas Ekdahl\n\n8 I Val av justerare\nText.\n\n$& 2 Godkännande av dagordning\nText."
    assert headings(text) == ["§ 1 Val av justerare", "§ 2 Godkännande av dagordning"]
    # not before a heading § 2
    assert headings("8 I Val av justerare\nText.\n\n§ 5 Ekonomi\nText.") == ["8 I Val av justerare", "§ 5 Ekonomi"]
