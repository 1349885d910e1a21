"""Bounding boxes for the spans of a record read from a PDF text layer (asked for with --provenance)."""
from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from protokoll.model import Protocol, Span


def _spans(node):
    if isinstance(node, list):
        for x in node:
            yield from _spans(x)
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            value = getattr(node, name)
            if name == "source" and isinstance(value, Span):
                yield node, value
            elif isinstance(value, (list, BaseModel)):
                yield from _spans(value)


def add_boxes(protocol: Protocol) -> None:
    src = protocol.source_file
    if src is None or "text-layer" not in src.methods:
        return
    from protokoll.read.pdf import char_boxes

    path = Path(src.path)
    for node, span in list(_spans(protocol)):
        if src.methods[span.page - 1] == "text-layer":
            node.source = span.model_copy(update={"bbox": char_boxes(path, span.page, span.start, span.end)})
