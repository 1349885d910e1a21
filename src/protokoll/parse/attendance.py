"""Attendance lists: "Närvarande", "Anmält förhinder", "Frånvarande".

Entries are "Name, Municipality". A PDF-to-text tool flattens two-column lists onto one line, with
many spaces between the columns (-layout) or just one ("Christian Alexandersson, Bjuv Elin Ask,
Perstorp"); both are split back into their entries.
"""
from __future__ import annotations

import re

from protokoll import municipalities
from protokoll.clean.lines import Line
from protokoll.model import Attendee, Span
from protokoll.parse.labels import attendance_of

_CAP_WORD = re.compile(r"^[A-ZÅÄÖÉÜ][\w'’.-]*$")
_PAREN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<aff>[^()]+)\)$")


def looks_like_entries(text: str) -> bool:
    """True for a line of attendance entries (at least one "Name, Affiliation")."""
    if "," not in text and not _PAREN.match(text):
        return False
    first = re.split(r",|\(", text, maxsplit=1)[0].split()
    return 1 <= len(first) <= 5 and all(_CAP_WORD.match(w) for w in first) and len(text) < 200


def parse_attendance(lines: list[Line]) -> list[Attendee]:
    out: list[Attendee] = []
    status = "present"
    for line in lines:
        text = line.text
        found = attendance_of(text)
        if found:
            status, text = found
        offset = len(line.text) - len(text)
        for chunk_start, chunk in _columns(text):
            for name, aff, start, end in _entries(chunk):
                span = Span(page=line.page, low_confidence=line.low_confidence,
                            start=line.start + offset + chunk_start + start, end=line.start + offset + chunk_start + end)
                out.append(Attendee(name=name, affiliation=aff, status=status, source=span))
    return out


def _columns(text: str):
    pos = 0
    for part in re.split(r"(\s{3,})", text):
        if part.strip():
            yield pos, part.strip()
        pos += len(part)


def _entries(chunk: str):
    """Yield (name, affiliation, start, end) for each entry in one column chunk."""
    m = _PAREN.match(chunk)
    if m:
        yield m.group("name").strip(), _affiliation(m.group("aff")), 0, len(chunk)
        return
    pairs: list[list] = []  # [name, affiliation]
    pieces = [p.strip() for p in chunk.split(",")]
    name = pieces[0]
    aff = None
    for k, piece in enumerate(pieces[1:], start=1):
        own, next_name = (piece, "") if k == len(pieces) - 1 else _split_affiliation(piece)
        # "Name, role, Municipality": the municipality is the affiliation, the role is dropped.
        if own and (aff is None or (municipalities.canonical(own) and not municipalities.canonical(aff))):
            aff = own
        if next_name:
            pairs.append([name, aff])
            name, aff = next_name, None
    pairs.append([name, aff])
    cursor = 0
    for name, aff in pairs:
        if not name or not _is_name(name):
            continue
        start = chunk.find(name, cursor)
        start = cursor if start < 0 else start
        end = chunk.find(aff, start) + len(aff) if aff and chunk.find(aff, start) >= 0 else start + len(name)
        cursor = end
        yield name, _affiliation(aff), start, end


def _split_affiliation(piece: str) -> tuple[str, str]:
    """ "Bjuv Elin Ask" → ("Bjuv", "Elin Ask"); "sekretariatet Anna Berg" → ("sekretariatet", "Anna Berg")."""
    found = municipalities.leading(piece)
    if found:
        rest = found[1]
        head = piece[: len(piece) - len(rest)].strip()
        return head, rest if _is_name(rest) else ""
    words = piece.split()
    # Otherwise the next person's name is the run of capitalised words at the end (two or three).
    tail = 0
    while tail < len(words) and _CAP_WORD.match(words[len(words) - 1 - tail]):
        tail += 1
    if tail >= 2 and tail < len(words):
        return " ".join(words[:-tail]), " ".join(words[-tail:])
    if tail >= 3:
        return words[0], " ".join(words[1:])
    return piece, ""


def _is_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(_CAP_WORD.match(w) or w in ("af", "von", "de", "van") for w in words)


def _affiliation(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip().rstrip(".")
    return municipalities.canonical(text) or text
