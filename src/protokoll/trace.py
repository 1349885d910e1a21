"""Trace a value of a record back to its source: the page and the text it was read from."""
from __future__ import annotations

import re
from dataclasses import dataclass

from protokoll.model import Protocol, Span, _strip_sources

_STEP = re.compile(r"\.?([A-Za-z_]+)|\[(\d+)\]")


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
            raise KeyError(f"cannot read {expr!r} at {expr[pos:]!r}")
        pos = m.end()
        parent = node
        if m.group(1):
            if not hasattr(node, m.group(1)):
                raise KeyError(f"{expr!r}: no field {m.group(1)!r}")
            node = getattr(node, m.group(1))
        else:
            index = int(m.group(2))
            if not isinstance(node, list) or index >= len(node):
                raise KeyError(f"{expr!r}: index {index} out of range")
            node = node[index]
    if pos != len(expr):
        raise KeyError(f"cannot read {expr!r} at {expr[pos:]!r}")
    return node, parent


def trace(protocol: Protocol, pages: list[str], expr: str, context: int = 160) -> Trace:
    node, parent = locate(protocol, expr)
    holder = node if getattr(node, "source", None) is not None else parent
    span = getattr(holder, "source", None)
    if span is None:
        raise KeyError(f"{expr!r} has no recorded source")
    text = pages[span.page - 1]
    value = node.model_dump(mode="json") if hasattr(node, "model_dump") else node
    _strip_sources(value)
    return Trace(expr, value, span, text[max(0, span.start - context):span.start], text[span.start:span.end],
                 text[span.end:span.end + context])
