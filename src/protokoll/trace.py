"""Trace a value of a record back to its source: the page and the text it was read from."""
from __future__ import annotations

import re
from dataclasses import dataclass

from protokoll.model import Protocol, Span, _strip_sources

_STEP = re.compile(r"\.?([A-Za-z_]+)|\[(\d+)\]")

# Value paths in words (Swedish), for people: the node a list holds, and what a field is called.
NODE_SV = {"attendees": "deltagare", "items": "punkt", "subitems": "underpunkt", "presenters": "föredragande",
           "documents": "handling", "decisions": "beslut", "actions": "åtgärd", "votes": "omröstning",
           "ballots": "röst", "scheduled_meetings": "planerat möte", "adjusters": "justerare",
           "reservations": "reservation", "recipients": "mottagare"}
FIELD_SV = {"organisation": "organisation", "body": "organ", "number": "nummer", "date": "datum",
            "start_time": "starttid", "end_time": "sluttid", "location": "plats", "room": "lokal",
            "contact": "kontakt", "chair": "ordförande", "secretary": "sekreterare", "adjusters": "justerare",
            "attendees": "deltagare", "items": "punkter", "scheduled_meetings": "planerade möten",
            "name": "namn", "affiliation": "tillhörighet", "status": "närvaro", "role": "roll", "party": "parti",
            "note": "anteckning", "label": "beteckning", "case_number": "diarienummer", "title": "rubrik",
            "summary": "sammanfattning", "presenters": "föredragande", "documents": "handlingar",
            "decisions": "beslut", "subitems": "underpunkter", "text": "beslutstext", "kind": "typ av beslut",
            "actions": "åtgärder", "votes": "omröstningar", "reservations": "reservationer",
            "recipients": "mottagare", "assignee": "ansvarig", "task": "uppgift", "due": "förfallodatum",
            "yes": "antal ja", "no": "antal nej", "abstain": "antal som avstår", "yes_means": "ja-röst för",
            "no_means": "nej-röst för", "ballots": "röstlista", "vote": "röst"}
_SEGMENT = re.compile(r"([a-z_]+)(?:\[(\d{1,6})\])?")
# How a node is tied to the one it belongs to: an action is given under a decision, the rest are in theirs.
UNDER = {"actions": "under"}


def path_in_words(expr: str) -> str:
    """A value path as a person reads it: ``items[3].decisions[1].actions[0].due`` is "Åtgärd 1 under
    beslut 2 i punkt 4: förfallodatum" (positions counted from 1, the innermost node first), ``location``
    is "Plats", ``items[2]`` is "Punkt 3" and the empty path is "Mötet". ``ValueError`` for a path that
    does not parse or names a field the record does not have."""
    if not expr:
        return "Mötet"
    nodes: list[tuple[str, int]] = []  # (list, position from 1), outermost first
    field = None
    segments = expr.split(".")
    for n, segment in enumerate(segments):
        m = _SEGMENT.fullmatch(segment)
        if m is None:
            raise ValueError(f"cannot read {expr!r} at {segment!r}")
        name, index = m.group(1), m.group(2)
        if name not in FIELD_SV:
            raise ValueError(f"{expr!r}: no field {name!r} in the record")
        if index is not None:
            if name not in NODE_SV:
                raise ValueError(f"{expr!r}: {name!r} is not a list")
            nodes.append((name, int(index) + 1))
        elif n != len(segments) - 1:
            raise ValueError(f"{expr!r}: {name!r} is not a node with fields")
        else:
            field = name
    if not nodes:
        return FIELD_SV[field].capitalize()
    inner, number = nodes[-1]
    words = f"{NODE_SV[inner]} {number}"
    for outer, number in reversed(nodes[:-1]):
        words += f" {UNDER.get(inner, 'i')} {NODE_SV[outer]} {number}"
        inner = outer
    words = words[0].upper() + words[1:]
    return f"{words}: {FIELD_SV[field]}" if field else words


@dataclass
class Trace:
    expr: str
    value: object
    span: Span
    before: str
    hit: str
    after: str


def locate(protocol: Protocol, expr: str):
    """The object at ``expr`` ("items[3].decisions[0]", "attendees[2]", "items[1].title")."""
    node = protocol
    parent = None
    pos = 0
    for m in _STEP.finditer(expr):
        if m.start() != pos:
            raise KeyError(f"kan inte läsa {expr!r} vid {expr[pos:]!r}")
        pos = m.end()
        parent = node
        if m.group(1):
            if not hasattr(node, m.group(1)):
                raise KeyError(f"{expr!r}: inget fält {m.group(1)!r}")
            node = getattr(node, m.group(1))
        else:
            index = int(m.group(2))
            if not isinstance(node, list) or index >= len(node):
                raise KeyError(f"{expr!r}: index {index} finns inte")
            node = node[index]
    if pos != len(expr):
        raise KeyError(f"kan inte läsa {expr!r} vid {expr[pos:]!r}")
    return node, parent


def trace(protocol: Protocol, pages: list[str], expr: str, context: int = 160) -> Trace:
    node, parent = locate(protocol, expr)
    holder = node if getattr(node, "source", None) is not None else parent
    span = getattr(holder, "source", None)
    if span is None:
        raise KeyError(f"{expr!r} har ingen sparad källa")
    text = pages[span.page - 1]
    value = node.model_dump(mode="json") if hasattr(node, "model_dump") else node
    _strip_sources(value)
    return Trace(expr, value, span, text[max(0, span.start - context):span.start], text[span.start:span.end],
                 text[span.end:span.end + context])
