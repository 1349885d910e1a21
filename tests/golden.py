"""Compare a parsed record with a gold record (protokoll/1), listing every difference.

Gold may give a list of acceptable values where the schema has a scalar, as ../shared/gold does.
``similar`` relaxes text comparison for OCR input: titles, summaries and decision texts then match
when they are close enough rather than equal.
"""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

_TRANS = str.maketrans({"”": '"', "“": '"', "’": "'", "–": "-", "—": "-"})


def norm(value):
    if not isinstance(value, str):
        return value
    value = " ".join(unicodedata.normalize("NFC", value).translate(_TRANS).split())
    return value.rstrip(".,;:").strip()


def _ok(gold, pred, similar: float) -> bool:
    options = gold if isinstance(gold, list) else [gold]
    for option in options:
        if norm(option) == norm(pred):
            return True
        if similar < 1 and isinstance(option, str) and isinstance(pred, str):
            if SequenceMatcher(None, norm(option).lower(), norm(pred).lower()).ratio() >= similar:
                return True
    return False


def differences(gold: dict, pred: dict, similar: float = 1.0) -> list[str]:
    out = []
    for key in ("organisation", "body", "number", "date", "start_time", "end_time", "location", "room", "contact"):
        if key in gold and not _ok(gold[key], pred.get(key), 1.0 if key in ("number", "date") else similar):
            out.append(f"{key}: gold {gold[key]!r} pred {pred.get(key)!r}")
    got = [(a["name"], a.get("affiliation"), a["status"]) for a in pred.get("attendees", [])]
    for a in gold.get("attendees", []):
        if not any(_ok(a["name"], n, similar) and _ok(a["affiliation"], f, 1.0) and a["status"] == s
                   for n, f, s in got):
            out.append(f"attendee missing: {a}")
    if len(got) != len(gold.get("attendees", [])):
        out.append(f"attendees: gold {len(gold.get('attendees', []))} pred {len(got)}")
    out += _items(gold.get("items", []), pred.get("items", []), similar, "")
    if "scheduled_meetings" in gold:
        key = lambda m: (m["date"], m.get("start_time"), m.get("end_time"))
        if sorted(map(key, gold["scheduled_meetings"])) != sorted(map(key, pred.get("scheduled_meetings", []))):
            out.append(f"scheduled_meetings differ: pred {pred.get('scheduled_meetings')}")
    return out


def _items(gold: list, pred: list, similar: float, where: str) -> list[str]:
    out = []
    if len(gold) != len(pred):
        return [f"{where}items: gold {[i['title'] for i in gold]} pred {[i['title'] for i in pred]}"]
    for g, p in zip(gold, pred):
        at = f"{where}{p['title'][:40]!r}: "
        if not _ok(g["title"], p["title"], similar):
            out.append(f"{at}title gold {g['title']!r}")
        if "number" in g and g["number"] != p.get("number"):
            out.append(f"{at}number gold {g['number']} pred {p.get('number')}")
        if "summary" in g and not _ok(g["summary"], p.get("summary"), min(similar, 0.97)):
            out.append(f"{at}summary pred {p.get('summary')!r}")
        names = [x["name"] for x in p.get("presenters", [])]
        for x in g.get("presenters", []):
            if not any(_ok(x["name"], n, min(similar, 0.9)) for n in names):
                out.append(f"{at}presenter missing {x['name']!r} in {names}")
        labels = [d["label"] for d in p.get("documents", [])]
        if [d["label"] for d in g.get("documents", [])] != labels:
            out.append(f"{at}documents pred {labels}")
        out += _decisions(g.get("decisions", []), p.get("decisions", []), similar, at)
        out += _items(g.get("subitems", []), p.get("subitems", []), similar, at)
    return out


def _decisions(gold: list, pred: list, similar: float, at: str) -> list[str]:
    if len(gold) != len(pred):
        return [f"{at}decisions: gold {[d['text'][:50] for d in gold]} pred {[d['text'][:50] for d in pred]}"]
    out = []
    for g, p in zip(gold, pred):
        if not _ok(g["text"], p["text"], min(similar, 0.97)):
            out.append(f"{at}decision text {p['text']!r}")
        if "kind" in g and not _ok(g["kind"], p["kind"], 1.0):
            out.append(f"{at}kind gold {g['kind']} pred {p['kind']} for {g['text'][:50]!r}")
        if "actions" in g:
            got = [(a["assignee"].lower(), a.get("due")) for a in p.get("actions", [])]
            want = g["actions"]
            if len(got) != len(want) or not all(
                    any(_ok([x.lower() for x in (w["assignee"] if isinstance(w["assignee"], list) else [w["assignee"]])],
                            a, min(similar, 0.9)) and w.get("due") == d for a, d in got) for w in want):
                out.append(f"{at}actions gold {[(w['assignee'], w.get('due')) for w in want]} pred {got}")
    return out


def score(gold: dict, pred: dict, similar: float = 1.0) -> float:
    """A rough share of checks passed: 1 - differences / checks (each attendee, item, decision is a check)."""
    def count(items):
        return sum(3 + len(i.get("decisions", [])) * 2 + count(i.get("subitems", [])) for i in items)

    checks = 9 + len(gold.get("attendees", [])) + count(gold.get("items", [])) + 1
    return max(0.0, 1 - len(differences(gold, pred, similar)) / checks)
