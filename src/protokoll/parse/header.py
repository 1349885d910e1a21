"""The header of minutes: title line, number, date, contact, place and time, room."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from protokoll.clean.lines import Line
from protokoll.parse import dates
from protokoll.parse.labels import tolerant

TITLE = re.compile(
    tolerant(r"^(?P<body>\S*(?:möte|sammanträde|styrelse|nätverk|råd|grupp)\S*(?:\s+\S+)?)\s+i\s+(?P<org>.+?)\.?$"),
    re.IGNORECASE)
NUMBER = re.compile(r"\bprotokoll\s+(?:nr|nummer|no)\.?\s*(?P<n>\d{1,3})\b(?:\s*[/,-]?\s*(?P<y>\d{4}))?",
                    re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# OCR reads "@" as Q, © or &: "christian.dahlmannQfamiljenhelsingborg.se".
EMAIL_OCR = re.compile(r"\b([a-z0-9][a-z0-9._+-]*(?:\s?\.\s?[a-z0-9._+-]+)*)\s?[Q©®&@]+[ÖO0]?\s?"
                       r"([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:se|com|nu|org|net|eu))\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
PLACE_TIME = re.compile(tolerant(r"^(?:plats och tid|tid och plats|tid och lokal|plats|tid|datum)\s*:\s*"),
                        re.IGNORECASE)
ROOM = re.compile(tolerant(r"^(?:mötesrum|sammanträdesrum|konferensrum|lokal|rum|sal)\b"), re.IGNORECASE)
VENUE_AFTER = re.compile(r"\s(?:på|i)\s+(?P<venue>[A-ZÅÄÖ0-9].*)$")


@dataclass
class Header:
    values: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)  # field name → the Line it was read from


def parse_header(lines: list[Line]) -> Header:
    h = Header()

    def put(name, value, line):
        if value is not None and name not in h.values:
            h.values[name] = value
            h.lines[name] = line

    for i, line in enumerate(lines):
        text = line.text
        m = TITLE.match(text)
        if m and "body" not in h.values:
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(), line)
        m = NUMBER.search(text)
        if m:
            put("number", int(m.group("n")), line)
        m = EMAIL.search(text)
        if m:
            put("contact", m.group(0).rstrip("."), line)
        else:
            m = EMAIL_OCR.search(text)
            if m:
                local = re.sub(r"\.+", ".", re.sub(r"\s+", "", m.group(1)))
                put("contact", f"{local}@{m.group(2)}", line)
        m = PLACE_TIME.match(text)
        if m:
            _place_time(h, lines, i, text[m.end():], put)
        elif ROOM.match(text) and "room" not in h.values:
            put("room", text.strip().rstrip("."), line)
        m = ISO_DATE.search(text)
        if m:
            put("date", dates.first_date(m.group(0)), line)
    return h


def _place_time(h: Header, lines: list[Line], i: int, rest: str, put) -> None:
    line = lines[i]
    # A venue may wrap onto the next line ("... Bredgatan 11,\nHelsingborg.").
    if rest.rstrip().endswith(",") and i + 1 < len(lines) and not PLACE_TIME.match(lines[i + 1].text):
        rest = rest.rstrip() + " " + lines[i + 1].text
    span = dates.time_span(rest)
    if span:
        put("start_time", span[0], line)
        put("end_time", span[1], line)
    put("date", dates.first_date(rest), line)
    m = VENUE_AFTER.search(rest)
    if m:
        venue = m.group("venue")
    else:
        # "Plats: Stadshuset, Bjuv" — the whole value is the venue, less any date and time.
        venue = dates.TIME_SPAN.sub("", dates.DATE.sub("", rest))
        venue = re.sub(r"^\s*(?:den|kl\.?)\s*", "", venue, flags=re.IGNORECASE)
    venue = venue.strip().rstrip(".").strip(" ,")
    # "Mindpark, Bredgatan 11, Helsingborg. Mötesrum Studion" — a wrapped line may carry the room.
    head, dot, tail = venue.partition(". ")
    if dot and ROOM.match(tail):
        venue = head
        put("room", tail.strip().rstrip("."), line)
    if venue:
        put("location", venue, line)
