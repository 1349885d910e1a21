"""Helpers for the archive's tests: derived minutes, database snapshots, gold actions."""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from conftest import EXAMPLES
from protokoll.model import Action, Attendee, Ballot, Decision, Item, Protocol, SourceFile, Span, Vote

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))


def strip_diacritics(text_: str) -> str:
    """What OCR without Swedish often makes of minutes: å, ä, ö lost."""
    return "".join(c for c in unicodedata.normalize("NFKD", text_) if not unicodedata.combining(c))


def scan_of(source: Path, out: Path) -> Path:
    """A damaged second source of the same minutes: no "Protokoll nr" line, no diacritics."""
    lines = source.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.strip().startswith("Protokoll nr")]
    out.write_text(strip_diacritics("\n".join(kept)) + "\n", encoding="utf-8")
    return out


def later_meeting(out: Path) -> Path:
    """The 2026-11-20 example held again on 2027-01-22 (a date it schedules), with people moved and
    misspelt, a report-back item and an explicit reference to the meeting of 20 November."""
    text_ = (EXAMPLES / "2026-11-20_kommundirektorsmote.txt").read_text(encoding="utf-8")
    for old, new in [
        ("Protokoll nr 10 2026", "Protokoll nr 1 2027"),
        ("Helsingborg 2026-11-20", "Helsingborg 2027-01-22"),
        ("Den 20 november 2026", "Den 22 januari 2027"),
        ("Karin Ödman, Åstorp", "Karin Ödmann, Åstorp"),  # one letter more, same municipality
        ("Patrik Ljungberg, Svalöv", "Patrik Ljungberg, Bjuv"),  # moved
        ("Henrik Sjöö, Bjuv", "Henrik Sjöö, Svalöv"),  # moved the other way
        ("Sammanfattning: Traineegrupp 21 har under hösten",
         "Sammanfattning: Enligt beslut fattat på kommundirektörsmötet den 20 november har traineegrupp 21"),
    ]:
        assert old in text_, old
        text_ = text_.replace(old, new, 1)
    out.write_text(text_, encoding="utf-8")
    return out


def council_minutes() -> Protocol:
    """Minutes with every field of the record filled: roles, parties, a vote with ballots, reservations."""
    span = Span(page=2, start=10, end=40)
    ballots = [Ballot(name="Anna Berg", party="S", vote="yes", source=span),
               Ballot(name="Per Holm", party="M", vote="no"), Ballot(name="Lena Ek", party="KD", vote="abstain"),
               Ballot(name="Olof Sten", party="SD", vote="absent")]
    vote = Vote(yes=7, no=5, abstain=1, yes_means="bifall till arbetsutskottets förslag",
                no_means="bifall till Per Holms yrkande", ballots=ballots, source=span)
    decision = Decision(text="att anta detaljplanen", kind="approval", votes=[vote],
                        actions=[Action(assignee="Stadsbyggnadsnämnden", task="kungöra planen",
                                        due=dt.date(2025, 4, 1))],
                        reservations=["Per Holm (M)", "Moderaterna"],
                        recipients=["Stadsbyggnadsnämnden", "Länsstyrelsen Skåne"], source=span)
    return Protocol(
        organisation="Höganäs kommun", body="Kommunstyrelsen", number=3, date=dt.date(2025, 3, 11),
        start_time="13:00", end_time="16:30", location="Stadshuset", room="Sessionssalen", contact="Karin Ödman",
        chair="Anna Berg", secretary="Karin Ödman", adjusters=["Per Holm", "Lena Ek"],
        attendees=[Attendee(name="Anna Berg", role="ordförande", party="S", source=span),
                   Attendee(name="Per Holm", role="ledamot", party="M", note="§§ 1–5"),
                   Attendee(name="Lena Ek", role="tjänstgörande ersättare", party="KD", note="ersätter Ola Nilsson"),
                   Attendee(name="Olof Sten", role="ledamot", party="SD", status="excused"),
                   Attendee(name="Karin Ödman", role="kommunsekreterare", affiliation="Höganäs")],
        items=[Item(number=131, label="§ 131", case_number="KS 2025/0102", title="Detaljplan för Väsby 12:3",
                    summary="Planen har varit utställd.", decisions=[decision],
                    subitems=[Item(label="3.1", case_number="KS 2025/0103", title="Exploateringsavtal")],
                    source=span)],
        source_file=SourceFile(path="ks-2025-03-11.pdf", sha256="c" * 64, pages=4, methods=["text"] * 4),
        source=span,
    )


def snapshot(url: str) -> dict[str, list]:
    """Every row of every table (the search index included), sorted: equal snapshots, equal archives."""
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            out = {}
            for table in inspect(c).get_table_names():
                if table == "item_search" or (table.startswith("item_search_") and engine.dialect.name == "sqlite"):
                    continue  # FTS5's own tables; the index is compared below
                out[table] = sorted(tuple(map(repr, row)) for row in c.execute(text(f"SELECT * FROM {table}")))
            key = "rowid" if engine.dialect.name == "sqlite" else "item_id"
            out["item_search"] = sorted(tuple(map(repr, row)) for row in
                                        c.execute(text(f"SELECT {key}, title, body FROM item_search")))
            return out
    finally:
        engine.dispose()


def gold_actions(gold_dir: Path) -> dict[str, list[list]]:
    """Meeting date → the gold files' actions, as [assignee alternatives, due]."""
    out: dict[str, list[list]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found = []

        def walk(items):
            for item in items:
                for decision in item.get("decisions", []):
                    for action in decision.get("actions", []):
                        assignee = action["assignee"]
                        found.append([assignee if isinstance(assignee, list) else [assignee], action.get("due")])
                walk(item.get("subitems", []))

        walk(gold["items"])
        out.setdefault(gold["date"], found)
    return out


def unmatched_gold(gold: list[list], actions: list[dict]) -> list[list]:
    """Gold actions that no action of the archive (each used once) matches by assignee (in any case,
    as ../shared/eval/score.py compares them) and due date."""
    pool = [(a["assignee"].lower(), a["due"]) for a in actions]
    missing = []
    for alternatives, due in gold:
        hit = next((p for p in pool if p[0] in [x.lower() for x in alternatives] and p[1] == due), None)
        if hit is None:
            missing.append([alternatives, due])
        else:
            pool.remove(hit)
    return missing
