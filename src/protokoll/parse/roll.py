"""A roll printed apart from the front matter: the "Närvaro- och omröstningslista" that council minutes
put in an appendix or on page 2 ("Beslutande: se bilaga 1"), one member a row:

    Ledamot Parti Närvarande Tjänstgörande ersättare § 27 § 29
    Sara Lind, 1:e vice ordförande M Ja – Nej Ja
    Per Holm M Nej Anita Borg (M) Nej Ja

A row gives the member (present or not), the substitute who served in the seat (present, as a
tjänstgörande ersättare) and the member's votes. PDF-to-text tools give the columns with one space or
many, so rows are read by their shape, not by column positions.
"""
from __future__ import annotations

import re

from protokoll.clean.lines import Line
from protokoll.model import Attendee, Span
from protokoll.parse import conventions as cv

_NAME = r"[A-ZÅÄÖÉ][a-zåäöéü'’]+(?:-[A-ZÅÄÖÉ][a-zåäöéü'’]+)?"
_FULL_NAME = rf"{_NAME}(?:\s+(?:af|von|de|van|{_NAME})){{1,3}}"
_PRESENCE = r"(?i:ja|nej|x)|–|-"
ROW = re.compile(
    rf"^(?P<name>{_FULL_NAME})(?:\s*,\s*(?P<role>[^,]+?))?\s+(?P<party>[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{{0,3}}|-)\s+"
    rf"(?P<presence>{_PRESENCE})(?=\s|$)\s*(?P<rest>.*)$")
_SUBSTITUTE = re.compile(rf"^(?P<name>{_FULL_NAME})\s*\((?P<party>[^()]+)\)")
# Presence values of such a roll; an empty seat is "Nej" with a substitute, or "–".
_PRESENT = frozenset({"ja", "x"})


def _is_header(text: str) -> bool:
    words = text.lower().replace("   ", " ").split()
    return bool(words) and words[0] in cv.TABLE_NAME and any(w in cv.TABLE_PRESENCE for w in words[1:]) \
        and "parti" in words


def find_roll(lines: list[Line]) -> tuple[int, int, list[Attendee]] | None:
    """(first line, line after the last, attendees) of the first roll in ``lines``, or None."""
    for i, line in enumerate(lines):
        if not _is_header(line.text):
            continue
        out: list[Attendee] = []
        end = i + 1
        for row in lines[i + 1:]:
            m = ROW.match(row.text.strip())
            if not m:
                break
            out.extend(_row_attendees(m, row))
            end += 1
        if out:
            return i, end, out
    return None


def _row_attendees(m: re.Match, line: Line) -> list[Attendee]:
    def span(name: str) -> Span:
        k = max(line.text.find(name), 0)
        return Span(page=line.page, start=line.start + k, end=line.start + k + len(name),
                    low_confidence=line.low_confidence)

    party = m.group("party") if m.group("party") != "-" else None
    role = m.group("role").strip() if m.group("role") else None
    present = m.group("presence").lower() in _PRESENT
    member = Attendee(name=m.group("name"), affiliation=party or role, status="present" if present else "absent",
                      role=role.lower() if role else None, party=party, source=span(m.group("name")))
    out = [member]
    sub = _SUBSTITUTE.match(m.group("rest").strip())
    if sub:
        out.append(Attendee(name=sub.group("name"), affiliation=sub.group("party"), status="present",
                            role="tjänstgörande ersättare", party=sub.group("party"), source=span(sub.group("name"))))
    return out
