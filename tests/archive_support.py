"""Helpers for the archive's tests: derived minutes, database snapshots, gold actions."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from conftest import EXAMPLES

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
