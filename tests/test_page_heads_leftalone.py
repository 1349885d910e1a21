"""Page heads of case-system PDFs flattened into the text (dev fixtures 768–771): furniture wherever they fall."""
from pathlib import Path

from protokoll.clean.lines import clean
from protokoll.pipeline import parse_text

GENRE = Path(__file__).parent / "fixtures" / "genre" / "texts"


def _texts(text: str) -> list[str]:
    return [line.text for line in clean(text).lines]


def _parsed(stem: str) -> dict:
    path = next(GENRE.glob(stem + "_*.txt"))
    return parse_text(path.read_text(encoding="utf-8"), path=str(path)).to_json()


def test_head_with_page_number_without_count_leaves_summary_and_decision():
    record = _parsed("770")
    items = {item["number"]: item for item in record["items"]}
    assert items[41]["summary"].endswith("Förvaltningen föreslår att samtliga armaturer byts mot LED.")
    assert items[42]["decisions"][0]["text"] == ("att ge förvaltningen i uppdrag att upphandla snöröjning för "
                                                 "ytterområdena senast den 15 september 2025.")


def test_bare_page_number_after_the_heads_date():
    text = ("SAMMANTRÄDESPROTOKOLL\nTekniska nämnden\nSammanträdesdatum 2025-06-10\n\n§ 10 Belysning\n"
            "Nämnden beslutar att byta armaturerna och att\nTekniska nämnden        2025-06-10        2\n"
            "finansiera bytet.\n\n§ 11 Snöröjning\nNämnden beslutar att upphandla\n"
            "Tekniska nämnden        2025-06-10        3\nsnöröjning.\n")
    texts = _texts(text)
    assert not any("2025-06-10  " in t for t in texts)
    assert "finansiera bytet." in texts and "snöröjning." in texts


def test_head_seen_once_is_furniture_where_its_words_are_the_bodys():
    record = _parsed("771")
    decisions = [d["text"] for d in record["items"][1]["decisions"]]
    assert decisions[0] == ("att avsätta 1,5 miljoner kronor för medfinansiering av bredbandsutbyggnaden i Hagsta "
                            "norra landsbygd, och")


def test_head_seen_once_of_the_template_word():
    text = ("Tekniska nämnden\nSammanträdesdatum 2025-06-10\n\n§ 10 Belysning\n"
            "Nämnden beslutar att byta armaturerna och att\nSammanträdesprotokoll          Sida 2 (2)\n"
            "finansiera bytet.\n")
    assert "Sammanträdesprotokoll" not in " ".join(_texts(text))


def test_a_line_seen_once_whose_words_are_no_head_stays():
    text = ("Tekniska nämnden\nSammanträdesdatum 2025-06-10\n\n§ 10 Belysning\n"
            "Nämnden beslutar att byta armaturerna, se bilaga\nKarta över Stenbyvägen          2 (2)\n"
            "och bilaga\n\n§ 11 Meddelanden\nMeddelandena läggs till handlingarna.\n")
    assert any(t.startswith("Karta över Stenbyvägen") for t in _texts(text))
