"""Recognition of documents that are not minutes (protokoll.parse.recognise).

Fixtures in fixtures/not_minutes/ are fictional: agendas, a letter, a news article, a press release,
an invoice, a form and a tjänsteskrivelse, each refused with its kind named; fixtures/not_minutes/
accepted/ holds fictional minutes in shapes easy to mistake for those. Every real and development
minutes text (../shared/seeds, ../shared/genre/texts, examples/) must be accepted.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from time_limits import time_limit

from protokoll.clean.lines import clean
from protokoll.parse import recognise
from protokoll.parse.recognise import KINDS, MINUTES, TITLE_LINES, not_minutes_reason

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
FIXTURES = TESTS / "fixtures" / "not_minutes"
ACCEPTED = FIXTURES / "accepted"

# fixture file → the kind its reason must name
REFUSED = {
    "agenda_kommun_foredragningslista.txt": "agenda",
    "agenda_forening_arsmote.txt": "agenda",
    "agenda_brf_dagordning.txt": "agenda",
    "letter_medlem.txt": "letter",
    "news_article.txt": "news",
    "press_release.txt": "press",
    "invoice.txt": "invoice",
    "form_ansokan.txt": "form",
    "report_tjansteskrivelse.txt": "report",
}


def raw_lines(text: str) -> list[str]:
    """The document's non-empty stripped lines, page breaks included as line breaks."""
    return [line.strip() for line in text.replace("\f", "\n").splitlines() if line.strip()]


def clean_lines(text: str) -> list[str]:
    """The lines as the parser's cleaning stage gives them (page furniture may remain)."""
    return [line.text for line in clean(text).lines if line.text.strip()]


LINE_SOURCES = {"raw": raw_lines, "clean": clean_lines}


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def shared_texts(sub: str) -> list[Path]:
    folder = SHARED / sub
    if not folder.is_dir():
        pytest.skip(f"../shared/{sub} is not present in this checkout")
    files = sorted(folder.glob("*.txt"))
    if not files:
        pytest.skip(f"../shared/{sub} has no .txt files")
    return files


# --- refused: each kind named ------------------------------------------------------------------------

def test_every_refused_fixture_is_listed():
    on_disk = {p.name for p in FIXTURES.glob("*.txt")}
    assert on_disk == set(REFUSED), "fixtures and the REFUSED table disagree"
    kinds = set(REFUSED.values())
    assert {"agenda", "letter", "news", "press", "invoice", "report"} <= kinds


@pytest.mark.parametrize("source", LINE_SOURCES)
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_not_minutes_is_refused_with_its_kind(name, source):
    kind = REFUSED[name]
    reason = not_minutes_reason(LINE_SOURCES[source](read(FIXTURES / name)))
    assert reason is not None, f"{name} was taken for minutes"
    assert reason.startswith(f"ser ut som {KINDS[kind].noun} ("), reason
    assert "inget protokoll" in reason
    assert "\n" not in reason and len(reason) < 200


def test_agenda_reason_says_no_decisions_are_recorded():
    reason = not_minutes_reason(raw_lines(read(FIXTURES / "agenda_kommun_foredragningslista.txt")))
    assert reason.endswith("inget protokoll: den listar ärenden men anger inga beslut")
    assert "kallelse" in reason and "föredragningslista" in reason


def test_invoice_reason_names_invoice_cues():
    reason = not_minutes_reason(raw_lines(read(FIXTURES / "invoice.txt")))
    assert re.match(r"ser ut som en faktura \((?:[^()]*\b(?:faktura|fakturanummer|att betala)\b[^()]*)\), inget protokoll$",
                    reason), reason


# --- accepted: minutes of every shape ----------------------------------------------------------------

@pytest.mark.parametrize("source", LINE_SOURCES)
@pytest.mark.parametrize("path", sorted(ACCEPTED.glob("*.txt")), ids=lambda p: p.name)
def test_tricky_minutes_are_accepted(path, source):
    assert not_minutes_reason(LINE_SOURCES[source](read(path))) is None


def test_tricky_minutes_fixtures_exist():
    assert len(list(ACCEPTED.glob("*.txt"))) >= 4


@pytest.mark.parametrize("source", LINE_SOURCES)
def test_seeds_are_minutes(seeds_dir, source):
    files = sorted(seeds_dir.glob("*.txt"))
    if not files:
        pytest.skip("../shared/seeds has no .txt files")
    refused = {p.name: r for p in files if (r := not_minutes_reason(LINE_SOURCES[source](read(p))))}
    assert not refused


@pytest.mark.parametrize("source", LINE_SOURCES)
def test_genre_texts_are_minutes(source):
    files = shared_texts("genre/texts")
    refused = {p.name: r for p in files if (r := not_minutes_reason(LINE_SOURCES[source](read(p))))}
    assert not refused


@pytest.mark.parametrize("source", LINE_SOURCES)
def test_examples_are_minutes(source):
    files = sorted((ROOT / "examples").glob("*.txt"))
    assert files, "examples/*.txt missing"
    refused = {p.name: r for p in files if (r := not_minutes_reason(LINE_SOURCES[source](read(p))))}
    assert not refused


# --- what minutes say about other documents does not count against them ------------------------------

MINUTES_BODY = [
    "Protokoll fört vid styrelsemöte i Exempelföreningen 2025-03-04",
    "Närvarande: Anna Berg, Olle Ek, Sara Lind",
    "§ 1 Mötets öppnande",
    "Ordföranden öppnade mötet.",
    "§ 2 Godkännande av dagordningen",
    "Dagordningen godkändes. Kallelsen har skickats ut i tid.",
    "§ 3 Ekonomi",
    "Fakturor attesteras av kassören. Fakturanummer och förfallodatum stäms av mot avtalet.",
    "§ 4 Skrivelse från kommunen",
    "En skrivelse från Tallmo kommun om föreningsbidrag redovisades. Förslag till beslut saknades.",
    "Styrelsen beslutade att lägga skrivelsen till handlingarna.",
    "Justeras",
    "Anna Berg",
]


def test_minutes_mentioning_agenda_invoice_and_letter_are_accepted():
    assert not_minutes_reason(MINUTES_BODY) is None


def test_minutes_without_a_title_are_accepted():
    # The shape of several seeds: the body's name, a date, then attendance and items.
    lines = ["Kommundirektörsmöte i Exempelregionen", "Tallmo 2025-03-04",
             "Närvarande:", "Anna Berg, Tallmo", "Olle Ek, Norrvik", "Frånvarande: Sara Lind, Gransjö",
             "1 Mötets öppnande", "2 Budget 2026", "Mötet beslutar", "att godkänna budgeten."]
    assert not_minutes_reason(lines) is None


def test_a_kind_word_counts_as_title_only_near_the_top():
    agenda = ["Kallelse", "Tid: 2025-03-04 kl. 18.00", "Plats: Klubbstugan", "1. Mötets öppnande",
              "2. Val av justerare", "3. Övriga frågor", "Meddela förhinder till ordföranden."]
    assert not_minutes_reason(agenda).startswith("ser ut som en kallelse eller dagordning")
    # The same word as a heading far down a text that is otherwise plain prose is not a title.
    prose = [f"Rad {n} av en vanlig text utan några särskilda ord." for n in range(TITLE_LINES + 2)]
    assert not_minutes_reason(prose + ["Kallelse", "Meddela förhinder till ordföranden."]) is None
    assert not_minutes_reason(["Kallelse", "Meddela förhinder till ordföranden."] + prose) is not None


def test_an_agenda_that_is_only_a_title_and_items():
    lines = ["Dagordning styrelsemöte", "1. Mötets öppnande", "2. Närvarande", "3. Val av justerare",
             "4. Föregående protokoll", "5. Övriga frågor"]
    assert not_minutes_reason(lines).startswith("ser ut som en kallelse eller dagordning")


def test_a_short_email_is_a_letter():
    lines = ["Hej alla!", "Påminner om städdagen på lördag kl. 10.", "Ta med handskar.", "/Anna"]
    assert not_minutes_reason(lines).startswith("ser ut som ett brev")


def test_agenda_with_a_decision_proposal_per_item_is_still_an_agenda():
    lines = ["Föredragningslista", "Kommunstyrelsen", "1. Val av justerare",
             "2. Årsredovisning 2024", "Förslag till beslut",
             "Kommunstyrelsen beslutar att godkänna årsredovisningen.", "3. Delårsrapport",
             "Förslag till beslut", "Kommunstyrelsen föreslår kommunfullmäktige att godkänna rapporten."]
    assert not_minutes_reason(lines).startswith("ser ut som en kallelse eller dagordning")


def test_municipal_minutes_with_decision_proposals_are_accepted():
    lines = ["SAMMANTRÄDESPROTOKOLL", "Tallmo kommun", "Kommunstyrelsen", "Sammanträdesdatum 2025-05-13",
             "Beslutande", "Karin Lövgren (S), ordförande", "Johan Ek (M)", "Justerare", "Johan Ek (M)",
             "§ 12 Årsredovisning 2024", "Förslag till beslut",
             "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen att godkänna årsredovisningen.",
             "Beslut", "Kommunstyrelsen beslutar att godkänna årsredovisningen.", "Justerandes signatur",
             "Utdragsbestyrkande"]
    assert not_minutes_reason(lines) is None


def test_ocr_damaged_minutes_are_accepted():
    lines = ["Protokoll nr 7 2025", "Kommundirektorsmote i Exempelregionen", "Narvarande:",
             "Anna Berg, Tallmo", "Anmalt forhinder:", "Olle Ek, Norrvik", "1 Motets oppnande",
             "Motet beslutar", "att godkanna dagordningen."]
    assert not_minutes_reason(lines) is None


def test_cues_match_text_that_lost_its_diacritics():
    def labels(lines):
        return {recognise.CUES[i].label for i in recognise._seen(lines)}

    for written in ("Ordföranden förklarade mötet öppnat.", "Ordforanden forklarade motet oppnat."):
        assert "mötet öppnades" in labels(["x"] * TITLE_LINES + [written]), written
    for written in ("Förhinder anmäls till sekreteraren.", "Forhinder anmals till sekreteraren."):
        assert "anmäl förhinder" in labels([written]), written


def test_empty_and_cueless_texts_are_left_to_the_parser():
    assert not_minutes_reason([]) is None
    assert not_minutes_reason(["Lorem ipsum dolor sit amet.", "Consectetur adipiscing elit."]) is None


# --- the table ---------------------------------------------------------------------------------------

def test_cue_table_is_well_formed():
    kinds = set(KINDS) | {MINUTES}
    for cue in recognise.CUES:
        assert cue.where in (recognise.TITLE, recognise.HEAD, recognise.START, recognise.ANY), cue
        assert cue.weights and set(cue.weights) <= kinds, cue
        assert all(w > 0 for w in cue.weights.values()), cue
        assert cue.label and cue.label == cue.label.lower(), cue
        re.compile(cue.pattern)
    for kind in KINDS:
        assert any(kind in c.weights for c in recognise.CUES), f"no cue for {kind}"
    assert recognise.KIND_MIN > 0 and recognise.MINUTES_SURE > recognise.KIND_MIN


# --- speed -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["a", " ", "beslut ", "§ 1 ", "förslag ", "att betala ", "förklarade ",
                                  "säger x ", "om x ", "[", "Närvarande: Anna Berg, Tallmo; beslutade att § 3 "])
def test_a_megabyte_line_does_not_hang_recognition(unit):
    big = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with time_limit(20):  # a quadratic pattern takes minutes here; linear ones well under a second
        not_minutes_reason([big])


def test_a_separator_run_does_not_backtrack():
    text = "förslag" + " " * 1_000_000 + "x"
    with time_limit(20):
        not_minutes_reason([text])


def test_extract_named_in_a_header_column_and_its_dated_basis():
    """A case system's header row sets the kind in a column ("Myrsjö kommun   PROTOKOLLSUTDRAG   Sida 1(1)"), and
    the § lists a dated tjänsteskrivelse as its basis: minutes (an extract), not a report."""
    lines = ["Myrsjö kommun   PROTOKOLLSUTDRAG   Sida 1(1)", "Kommunstyrelsen   Sammanträdesdatum", "2025-09-16",
             "KS § 141", "Markanvisning för bostäder", "Ärendebeskrivning", "Bolaget har ansökt om markanvisning.",
             "Beslutsunderlag", "Tjänsteskrivelse 2025-08-29", "Förslag till beslut",
             "Kommunstyrelsen föreslås godkänna avtalet.", "Beslut", "Kommunstyrelsen beslutar att godkänna avtalet.",
             "Beslutet skickas till", "Myrsjöhem AB"]
    assert not_minutes_reason(lines) is None
    # a tjänsteskrivelse's own title (no date after it) stays a report cue
    report = ["Tjänsteskrivelse", "Handläggare: Eva Holm", "Dnr KS 2025/288", "Ärendet", "Förslag till beslut",
              "Kommunstyrelsen föreslås godkänna avtalet.", "Förvaltningens bedömning", "Avtalet är rimligt."]
    assert not_minutes_reason(report) is not None
