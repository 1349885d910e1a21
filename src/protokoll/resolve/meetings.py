"""The same meeting from several sources — another extraction, a scan of the same minutes — as one.

Two records describe the same meeting when they have the same date and the same body ("Kommun-
direktörsmöte", "Kommundirektörmöte" and OCR's "Kommundirektorsmote" are one body). The merged record
takes every value from the best source and fills what the best source lacks from the others, in order
of quality: a protocol number one extraction missed, a summary, a due date, an attendee's party, a
vote's tally. Lists that the best source has are kept as they are (an OCR source's extra, damaged
names must not be added next to the good ones); an attendee that only another source lists is added.
"""
from __future__ import annotations

import re
from typing import Sequence

from protokoll.lazy import on_first_use
from protokoll.model import Attendee, Decision, Item, Protocol, Vote, nodes
from protokoll.municipalities import fold
from protokoll.resolve.people import name_key

# Loaded by the first names compared: the archive's reading commands import this module and never do.
Levenshtein = on_first_use("rapidfuzz.distance.Levenshtein")

BODY_SIMILARITY = 0.8
ITEM_SIMILARITY = 0.6
NAME_SIMILARITY = 0.85
HEADER_FIELDS = ("organisation", "body", "number", "date", "start_time", "end_time", "location", "room",
                 "contact", "chair", "secretary")
ITEM_FIELDS = ("number", "label", "case_number", "summary")
ATTENDEE_FIELDS = ("role", "party", "note")
VOTE_FIELDS = ("yes", "no", "abstain", "yes_means", "no_means")


def body_key(body: str | None) -> str:
    """"Kommundirektörsmöte" → "kommundirektorsmote" (letters only, folded)."""
    return re.sub(r"[^a-z]", "", fold(body or ""))


def same_body(a: str | None, b: str | None) -> bool:
    """Whether two body keys name the same body; an unknown body matches any."""
    if not a or not b:
        return True
    return Levenshtein.normalized_similarity(a, b) >= BODY_SIMILARITY


def same_meeting(a: Protocol, b: Protocol) -> bool:
    return a.date is not None and a.date == b.date and same_body(body_key(a.body), body_key(b.body))


def _spans(p: Protocol) -> list:
    """Every provenance span in a record."""
    return [s for s in [p.source, *(node.source for node in nodes(p))] if s is not None]


def _count_decisions(items: Sequence[Item]) -> int:
    return sum(len(i.decisions) + _count_decisions(i.subitems) for i in items)


def quality(p: Protocol) -> tuple:
    """A sort key, larger is better: read from text rather than OCR, fewer doubtful spans, more values
    present (header fields, items, attendees, decisions)."""
    methods = p.source_file.methods if p.source_file else []
    ocr_share = sum(m == "ocr" for m in methods) / len(methods) if methods else 0.0
    confidences = [c for c in (p.source_file.ocr_confidence if p.source_file else []) if c is not None]
    spans = _spans(p)
    doubtful = sum(s.low_confidence for s in spans) / len(spans) if spans else 0.0
    filled = sum(getattr(p, f) is not None for f in HEADER_FIELDS)
    numbered = sum(i.number is not None for i in p.items)
    return (round(-ocr_share, 3), round(sum(confidences) / len(confidences), 1) if confidences else 100.0,
            round(-doubtful, 3), filled, len(p.items), numbered, len(p.attendees), _count_decisions(p.items))


def quality_score(p: Protocol) -> float:
    """``quality`` squeezed into one number, for display and for ordering sources in SQL."""
    q = quality(p)
    return round((1 + q[0]) * 1000 + q[1] + (1 + q[2]) * 100 + q[3] + q[4] / 10 + q[5] / 100, 3)


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(title)).split())


def pair_items(best: Sequence[Item], other: Sequence[Item]) -> dict[int, int]:
    """Index in ``best`` → index in ``other`` of the same item, by title similarity, in order."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for i, item in enumerate(best):
        key = _title_key(item.title)
        scored = [(Levenshtein.normalized_similarity(key, _title_key(o.title)), j)
                  for j, o in enumerate(other) if j not in used]
        if scored:
            score, j = max(scored, key=lambda s: (s[0], -s[1]))
            if score >= ITEM_SIMILARITY:
                pairs[i] = j
                used.add(j)
    return pairs


def _gaps(best, other, names: tuple[str, ...]) -> dict:
    """The values among ``names`` that ``best`` lacks and ``other`` has."""
    return {name: getattr(other, name) for name in names
            if getattr(best, name) is None and getattr(other, name) is not None}


def _fill_vote(best: Vote, other: Vote) -> Vote:
    update = _gaps(best, other, VOTE_FIELDS)
    if not best.ballots and other.ballots:
        update["ballots"] = [b.model_copy() for b in other.ballots]
    return best.model_copy(update=update) if update else best


def _fill_decision(best: Decision, other: Decision) -> Decision:
    update = {}
    if not best.actions and other.actions:
        update["actions"] = [a.model_copy() for a in other.actions]
    elif len(best.actions) == len(other.actions):
        update["actions"] = [a if a.due or not o.due else a.model_copy(update={"due": o.due})
                             for a, o in zip(best.actions, other.actions)]
    if not best.votes and other.votes:
        update["votes"] = [v.model_copy(deep=True) for v in other.votes]
    elif len(best.votes) == len(other.votes):
        update["votes"] = [_fill_vote(b, o) for b, o in zip(best.votes, other.votes)]
    for name in ("reservations", "recipients"):
        if not getattr(best, name) and getattr(other, name):
            update[name] = list(getattr(other, name))
    return best.model_copy(update=update) if update else best


def _fill_item(best: Item, other: Item) -> Item:
    update = _gaps(best, other, ITEM_FIELDS)
    for name in ("presenters", "documents", "decisions"):
        if not getattr(best, name) and getattr(other, name):
            update[name] = [x.model_copy(deep=True) for x in getattr(other, name)]
    if "decisions" not in update and len(best.decisions) == len(other.decisions):
        update["decisions"] = [_fill_decision(b, o) for b, o in zip(best.decisions, other.decisions)]
    update["subitems"] = _fill_items(best.subitems, other.subitems)
    return best.model_copy(update=update)


def _fill_items(best: list[Item], other: list[Item]) -> list[Item]:
    if not best:
        return [x.model_copy(deep=True) for x in other]
    pairs = pair_items(best, other)
    return [_fill_item(item, other[pairs[i]]) if i in pairs else item for i, item in enumerate(best)]


def _same_person(a: str, b: str) -> bool:
    return Levenshtein.normalized_similarity(a, b) >= NAME_SIMILARITY


def _twin(key: str, others: list[Attendee], other_keys: list[str]) -> Attendee | None:
    """The attendee of the other source who is most nearly ``key``, if near enough."""
    scored = [(Levenshtein.normalized_similarity(key, k), n) for n, k in enumerate(other_keys)]
    score, n = max(scored, key=lambda s: (s[0], -s[1]), default=(0.0, -1))
    return others[n] if score >= NAME_SIMILARITY else None


def _fill_attendees(best: list[Attendee], other: list[Attendee]) -> list[Attendee]:
    """``best`` with the role, party and note it lacks taken from the same person in ``other``, then the
    people only ``other`` lists."""
    keys = [name_key(a.name) for a in best]
    other_keys = [name_key(a.name) for a in other]
    filled = []
    for attendee, key in zip(best, keys):
        twin = _twin(key, other, other_keys)
        update = _gaps(attendee, twin, ATTENDEE_FIELDS) if twin is not None else {}
        filled.append(attendee.model_copy(update=update) if update else attendee)
    return filled + [a.model_copy() for a, k in zip(other, other_keys)
                     if not any(_same_person(k, key) for key in keys)]


def rank(sources: Sequence[Protocol]) -> list[Protocol]:
    """Sources best first; equal quality is ordered by content hash so the order never depends on
    which was ingested first."""
    return sorted(sources, key=lambda p: (quality(p), p.source_file.sha256 if p.source_file else ""),
                  reverse=True)


def merge(sources: Sequence[Protocol]) -> Protocol:
    """One record for one meeting: values from the best source, gaps filled from the others."""
    ordered = rank(sources)
    merged = ordered[0].model_copy(deep=True)
    for other in ordered[1:]:
        update = _gaps(merged, other, HEADER_FIELDS)
        if not merged.adjusters and other.adjusters:
            update["adjusters"] = list(other.adjusters)
        update["items"] = _fill_items(merged.items, other.items)
        update["attendees"] = _fill_attendees(merged.attendees, other.attendees)
        known = {s.date for s in merged.scheduled_meetings}
        update["scheduled_meetings"] = merged.scheduled_meetings + [
            s.model_copy() for s in other.scheduled_meetings if s.date not in known]
        merged = merged.model_copy(update=update)
    return merged
