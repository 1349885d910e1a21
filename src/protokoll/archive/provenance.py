"""Where a value of a stored meeting comes from, in each of the meeting's sources.

The archive keeps each source's full record with its spans (``sources.record``) and, since 0005, the
cleaned page texts the spans index (``source_texts``, stored at ingest): showing a source reads the
database only, never the file. A source stored before 0005 has its texts once ``protokoll ingest``
is given its file again.

A value of the merged meeting is looked for in every source: at the same path when the node there
says the same thing, else the node of the same kind that says most nearly the same. The span of a
node covers the line it was read from; when the value's own text is found near it, that is what is
highlighted.
"""
from __future__ import annotations

import json
import re
import zlib

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from protokoll.archive import corrections
from protokoll.lazy import on_first_use
from protokoll.model import (Action, Attendee, Ballot, Decision, Document, Item, Presenter, Protocol,
                             ScheduledMeeting, Vote, walk)
from protokoll.municipalities import fold
from protokoll.store import mapping
from protokoll.store import tables as t
from protokoll.store.tables import SourceText
from protokoll.trace import locate

# Loaded by the first value traced to its source: the archive's other commands never need it.
Levenshtein = on_first_use("rapidfuzz.distance.Levenshtein")

SIMILAR = 0.75
CONTEXT = 400


def key_text(node) -> str:
    if isinstance(node, Attendee | Presenter | Ballot):
        return node.name
    if isinstance(node, Vote):
        return " ".join(str(x) for x in (node.yes, node.no, node.abstain, node.yes_means) if x is not None)
    if isinstance(node, Item):
        return node.title
    if isinstance(node, Document):
        return f"{node.label} {node.title or ''}"
    if isinstance(node, Decision):
        return node.text
    if isinstance(node, Action):
        return f"{node.assignee} {node.task or ''}"
    if isinstance(node, ScheduledMeeting):
        return node.date.isoformat()
    if isinstance(node, Protocol):
        return ""
    return str(node)


def _similar(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(" ".join(fold(a).split()), " ".join(fold(b).split()))


def _nodes(record, cls) -> list:
    return [node for _, node in walk(record) if isinstance(node, cls)]


def find_node(record: Protocol, path: str, wanted):
    """The node of ``record`` that is ``wanted`` (a node of the merged record), or None."""
    if not path:
        return record
    try:
        node, _ = locate(record, path)
    except KeyError:
        node = None
    text = key_text(wanted)
    if node is not None and type(node) is type(wanted) and _similar(key_text(node), text) >= SIMILAR:
        return node
    scored = [(_similar(key_text(n), text), n) for n in _nodes(record, type(wanted))]
    scored = [s for s in scored if s[0] >= SIMILAR]
    return max(scored, key=lambda s: s[0])[1] if scored else None


def page_texts(session: Session, source: t.Source) -> tuple[list[str] | None, str | None]:
    """The cleaned page texts of a source, or None and why not."""
    stored = session.get(SourceText, source.sha256)
    if stored is not None:
        return json.loads(zlib.decompress(stored.pages).decode("utf-8")), None
    return None, ("sidtexterna sparades inte när källan lästes in; läs in filen igen "
                  f"(protokoll ingest {source.path}) så sparas de")


def _refine(text: str, start: int, end: int, value) -> tuple[int, int]:
    """The value's own words near the span, if they are there; else the span."""
    if not isinstance(value, str) or len(value.strip()) < 2:
        return start, end
    words = value.split()[:10]
    pattern = r"\W*\s*".join(re.escape(w) for w in words)
    window_start = max(0, start - 50)
    m = re.compile(pattern, re.IGNORECASE).search(text, window_start, min(len(text), end + 4000))
    if not m:
        return start, end
    if len(value.split()) > 10:  # a long value: highlight to its last word, if found close after
        tail = r"\W*\s*".join(re.escape(w) for w in value.split()[-3:])
        m2 = re.compile(tail, re.IGNORECASE).search(text, m.end(), m.end() + len(value) * 2)
        return m.start(), m2.end() if m2 else m.end()
    return m.start(), m.end()


def sources_of(session: Session, meeting_id: int) -> list[tuple[t.Source, Protocol]]:
    rows = session.scalars(select(t.Source).where(t.Source.meeting_id == meeting_id)
                           .order_by(t.Source.quality.desc(), t.Source.id)).all()
    return [(row, mapping.unpack(row.record)) for row in rows]


def locate_value(session: Session, meeting_id: int, merged: Protocol, path: str, value=None,
                 with_page: bool = True) -> list[dict]:
    """Each source's evidence of the value at ``path`` ("items[2].title" or a node path "items[2]")."""
    try:
        holder_path = corrections.node_path(path)
        field = path[len(holder_path):].lstrip(".")
    except corrections.CorrectionError:
        holder_path, field = path, ""
    try:
        wanted, _ = locate(merged, holder_path) if holder_path else (merged, None)
    except KeyError:
        return []
    if not isinstance(wanted, BaseModel):
        return []
    if value is None and field:
        value = getattr(wanted, field, None)
    out = []
    for source, record in sources_of(session, meeting_id):
        entry = {"source": {"sha256": source.sha256, "path": source.path, "methods": source.methods.split(",")
                            if source.methods else [], "quality": source.quality},
                 "found": False}
        node = find_node(record, holder_path, wanted)
        span = getattr(node, "source", None) if node is not None else None
        if span is None:
            entry["reason"] = "värdet finns inte i den här källan"
            out.append(entry)
            continue
        entry.update(found=True, page=span.page, start=span.start, end=span.end,
                     low_confidence=span.low_confidence)
        if node is not wanted and field and isinstance(node, BaseModel):
            entry["value_here"] = getattr(node, field, None)
        if with_page:
            pages, reason = page_texts(session, source)
            if pages is None or span.page > len(pages):
                entry["reason"] = reason or "sidan saknas i källan"
            else:
                text = pages[span.page - 1]
                start, end = _refine(text, span.start, span.end, entry.get("value_here", value))
                entry.update(hit_start=start, hit_end=end, before=text[max(0, start - CONTEXT):start],
                             hit=text[start:end], after=text[end:end + CONTEXT], page_text=text)
        out.append(entry)
    return out


def flagged_nodes(record: Protocol) -> list[tuple[str, BaseModel]]:
    """(path, node) of every node whose span was read from low-confidence OCR words."""
    return [(path, node) for path, node in walk(record)
            if getattr(node, "source", None) is not None and node.source.low_confidence]
