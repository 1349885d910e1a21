"""The header of minutes: title (organisation and body), number, date, contact, place and time, room.

Titles come in a few forms: "Styrelsemöte i Exempelföreningen", "Protokoll fört vid Exempelföreningens
årsmöte 12 mars 2024", "Exempelföreningen / PROTOKOLL / Styrelsemöte nr 4", and the municipal block
"SAMMANTRÄDESPROTOKOLL / Exempelby kommun / Kommunstyrelsen / Sammanträdesdatum 2024-05-13".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from protokoll import municipalities
from protokoll.clean.lines import Line
from protokoll.parse import dates
from protokoll.parse.labels import tolerant

# Tolerant of OCR's lost å/ä/ö.
_MEETING = tolerant(r"(?:möte|sammanträde|stämma|styrelse|nätverk|råd|grupp|träff|konferens|samråd)")
# "Protokoll fört vid", "Protokoll från", "Minnesanteckningar från", "Protokoll", "Mötesprotokoll".
PREFIX = re.compile(tolerant(
    r"^(?:(?:sammanträdesprotokoll|mötesprotokoll|protokoll|minnesanteckningar|anteckningar|protokollsutdrag)"
    r"(?:\s+nr\.?\s*\d{1,3}(?:\s*/\s*\d{2,4})?(?=\s+(?:fört|förda|förd|vid|från)\b))?"  # "Protokoll nr 5/2024 fört vid"
    r"(?:\s+(?:fört|förda|förd))?(?:\s+(?:vid|från|för|över|med))?|(?:fört|förda|förd)\s+(?:vid|på))(?:\s+|$)"),
    re.IGNORECASE)
_QUALIFIER = r"(?:ordinarie|extra|extrainsatt|konstituerande|årligt?|gemensamt?|digitalt?)"
_QUALIFIER_ONLY = re.compile(_QUALIFIER, re.IGNORECASE)  # "PROTOKOLL FRÅN ORDINARIE FÖRENINGSSTÄMMA" names no organisation
# "<body> i <organisation>": the body's first word names a meeting, the organisation follows " i ".
TITLE = re.compile(rf"^(?P<body>(?:{_QUALIFIER}\s+)?\S*{_MEETING}\S*(?:\s+\S+){{0,5}}?)\s+(?:i|för|med|inom)\s+(?P<org>(?-i:[A-ZÅÄÖ]).+?)\.?$",
                   re.IGNORECASE)
# "<Organisation>s <body>": "Björkhamns Tennisklubbs årsmöte"; after "Protokoll" also without the genitive
# ("Protokoll Tjärnbacka IF styrelsemöte").
GENITIVE_TITLE = re.compile(
    rf"^(?P<org>(?-i:[A-ZÅÄÖ]).*?)\s+(?P<body>(?:(?:extra|ordinarie|konstituerande)\s+)?\S*{_MEETING}\S*)$", re.IGNORECASE)
# "<meeting> med <body>": "sammanträde med styrelsen", "möte med kommunstyrelsen"
_MEETING_WITH = re.compile(rf"^\S*{_MEETING}\S*\s+med\s+(?P<body>\S.*)$", re.IGNORECASE)
# After "Protokoll"/"Minnesanteckningar": "<body> <Organisation>" ("styrelsemöte Harsjö Båtklubb")
BODY_FIRST = re.compile(
    rf"^(?P<body>(?:{_QUALIFIER}\s+)?(?-i:[a-zåäö])\S*{_MEETING}\S*)\s+(?P<org>(?-i:[A-ZÅÄÖ])(?!(?i:nr|nummer)\b)[^\d]+?)$",
    re.IGNORECASE)
# "Kårfullmäktige, Västersjö studentkår"
BODY_COMMA_ORG = re.compile(r"^(?P<body>[A-ZÅÄÖ][^,]{2,60}?),\s+(?P<org>[A-ZÅÄÖ][^,]{2,80})$")
# "Möte 3 2025/2026", "Sammanträde 4, 2025": a running number before the year, on a header line
MEETING_NUMBER = re.compile(r"^(?:möte|sammanträde|styrelsemöte|protokoll)\s+(?:nr\.?\s*)?(?P<n>\d{1,3})"
                            r"(?:\s*,?\s+\d{4}(?:\s*/\s*\d{2,4})?)?\s*$", re.IGNORECASE)
# A line that is only a body: "Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Styrelsemöte nr 7".
BODY_LINE = re.compile((
    r"^(?P<body>(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och|för|[\wåäö-]+s))?\s+)?[\wåäöÅÄÖ-]*"
    r"(?:styrelsen?|nämnden?|utskottet|utskott|fullmäktige|beredningen|rådet|direktionen|kommittén|presidiet|"
    r"kyrkorådet|kyrkoråd|delegationen|ledningsgruppen|årsmöte|stämma|föreningsstämma|styrelsemöte|möte|"
    r"sammanträde|nätverksmöte|nätverksträff|sektionsmöte|styrelsesammanträde|medlemsmöte))"
    r"(?:\s+(?:nr\.?\s*\d+(?:,?\s+\d{4}(?:\s*/\s*\d{2,4})?)?|\d+/\d{4}|den\s.*|\d.*|\([^()]*\)|(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,2}))?$"),
    re.IGNORECASE)
# A body that names a meeting rather than a board ("Styrelsemöte", "Elevrådsmöte", "Årsstämma"): a name after it
# on the title line is the organisation's ("Styrelsemöte Björkby Ryttarförening").
MEETING_BODY = re.compile(tolerant(r"(?:möte|sammanträde|stämma|träff)$"), re.IGNORECASE)
MONTH_WORD = re.compile(r"^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                        r"december|vår(?:en)?|höst(?:en)?|sommar(?:en)?|vinter(?:n)?)\b", re.IGNORECASE)
_ORG_HINT = re.compile(
    r"\b(?:kommun|stad|region|regionen|landsting|förening|föreningen|klubb|klubben|kår|kåren|brf|"
    r"bostadsrättsförening|samfällighetsförening|samfällighet|förbund|förbundet|parti|partiet|sällskap|"
    r"sällskapet|stiftelse|stiftelsen|församling|byalag|byalaget|ab|organisation|nätverket|sektionen|sektion)\b|[a-zåäö]+(?:föreningen|"
    r"förbundet|klubben|partiet|kåren|sällskapet|laget|gillet|byalaget|sektionen|kören|orkestern)\b", re.IGNORECASE)
NUMBER = re.compile(r"(?:\b(?:protokoll|möte|mötesprotokoll|sammanträde|styrelsemöte)\s+)?\bn(?:r|ummer|o)\.?\s*:?\s*"
                    r"(?P<n>\d{1,3})\b(?:\s*[/,-]?\s*(?P<y>\d{4}))?"
                    r"|\b(?:protokoll|möte|sammanträde|styrelsemöte)\s+(?P<m>\d{1,3})\s*/\s*(?P<my>\d{2,4})\b",
                    re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# OCR reads "@" as Q, © or &: "christian.dahlmannQfamiljenhelsingborg.se".
# The local part is atomic: its class overlaps the dots between its pieces, and trying every split of a
# long run of "a.b.a.b" was exponential; none of the characters that may follow it belong to it.
EMAIL_OCR = re.compile(r"\b((?>[a-z0-9][a-z0-9._+-]{0,63}(?:\s?\.\s?[a-z0-9._+-]{1,63}){0,4}))\s?[Q©®&@]{1,2}[ÖO0]?\s?"
                       r"([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:se|com|nu|org|net|eu))\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
PLACE_TIME = re.compile(tolerant(
    r"^(?P<label>plats och tid|tid och plats|tid och lokal|datum och tid|datum och plats|mötesplats|"
    r"sammanträdesplats|sammanträdestid|mötestid|möteslokal|"
    r"sammanträdesdatum|mötesdatum|plats|lokal|tid|datum|när|var)(?![\wåäöÅÄÖ])\s*(?P<colon>:)?\s*"), re.IGNORECASE)
ROOM = re.compile(tolerant(r"^(?:mötesrum|sammanträdesrum|konferensrum|rum|sal)\b"), re.IGNORECASE)
# "hos Karin Ek, Granvägen 3": a board that meets at a member's home names the host as its venue
VENUE_AFTER = re.compile(r"\s(?:på|i|hos)\s+(?P<venue>[A-ZÅÄÖ0-9].*)$")
# The characters EMAIL_OCR reads as "@": a line without one holds no such address.
_AT_LIKE = re.compile(r"[Q©®&@]")
WEEKDAY = re.compile(r"\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b\s*(?:den\s+)?", re.IGNORECASE)
_COLUMN_GAP = re.compile(r"\s{3,}")
# What may follow the organisation in a title: "... för verksamhetsåret 2024", "..., lördagen den 22 mars"
_ORG_TAIL = re.compile(r"\s+(?:för\s+(?:verksamhetsåret|räkenskapsåret|år|året)\b|" + WEEKDAY.pattern + r").*$",
                       re.IGNORECASE)
# "... 22 mars 2025 klockan 14.00 på Sandvretens hembygdsgård": the venue at the end of a title sentence
TITLE_VENUE = re.compile(r"(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?,?\s+(?:på|i|via|hos)\s+"
                         r"(?P<venue>[A-ZÅÄÖa-zåäö][^.]*?)\.?$")
# "Protokoll från konstituerande styrelsemöte på Strandgården 2025-04-02": the meeting, then where it was held
# (the date cut off first).
TITLE_PLACE = re.compile(rf"^(?P<body>(?:{_QUALIFIER}\s+)?\S*{_MEETING}\S*)\s+(?:på|via)\s+(?P<venue>(?-i:[A-ZÅÄÖ])[^.]+?)\.?$",
                         re.IGNORECASE)
# A title sentence wraps where a line ends in one of these words or the next begins in lower case
# ("... Kvarnen ekonomisk" / "förening den 14 maj ...", "... kl. 18.30 via" / "Teams").
TITLE_OPEN_WORDS = frozenset("i på via vid för med och av till hos den".split())
TITLE_WRAPS = 2  # a title sentence runs over at most this many more lines
_NOT_ORG = re.compile(r"^(?:sida|page)\b|^\d|^\W*$|@", re.IGNORECASE)


TITLE_LINES = 16  # the title stands among the document's first lines
MAX_VENUE = 80  # a venue is a short line
_DEN_DAY = re.compile(r"\bden\s+\d{1,2}\b")  # "onsdagen den 18": a date whose month wrapped to the next line
VALUE_WRAPS = 2  # lines a label's value on the line below may wrap onto (a narrow table cell)
_LAYOUT_VALUE = re.compile(r"\s{3,}\S")  # a label and its value in two layout columns, no colon between
_TIME_LABELS = frozenset({"tid", "sammanträdestid", "mötestid", "datum och tid", "plats och tid", "tid och plats",
                          "tid och lokal"})
_BARE_TIME = re.compile(r"(?<![\d.:/-])(\d{1,2})[.:](\d{2})(?![\d.:/-])")
_VENUE_TAIL = re.compile(r"^\s*(?:,\s*(?:(?:på|i)\s+)?|\s+(?:på|i)\s+)(?P<venue>\S.*)$")
# Lines after a date that are no venue: headings of lists, offices and the document's parts.
_NOT_VENUE = re.compile(tolerant(r"^(?:närvarande|frånvarande|deltagare|deltagande|ledamöter|beslutande|närvaro|"
                                 r"ordförande|sekreterare|justerare|protokoll|dagordning|§|\d)"), re.IGNORECASE)


@dataclass
class Header:
    values: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)  # field name → the Line it was read from


def parse_header(lines: list[Line]) -> Header:
    h = Header()

    def put(name, value, line):
        if value is not None and value != "" and name not in h.values:
            h.values[name] = value
            h.lines[name] = line

    _title(lines, put)
    for line in lines[:TITLE_LINES]:
        m = MEETING_NUMBER.match(line.text.strip())
        if m:
            put("number", int(m.group("n")), line)
            break
    for i, line in enumerate(lines):
        text = line.text
        # Every pattern below needs a digit, and put() keeps the first value found.
        digits = dates.DIGIT.search(text) is not None
        for m in NUMBER.finditer(text) if digits and "number" not in h.values else ():
            n = m.group("n") or m.group("m")
            put("number", int(n), line)
        m = EMAIL.search(text) if "@" in text else None
        if m:
            put("contact", m.group(0).rstrip("."), line)
        elif "." in text and _AT_LIKE.search(text):
            m = EMAIL_OCR.search(text)
            if m:
                local = re.sub(r"\.+", ".", re.sub(r"\s+", "", m.group(1)))
                put("contact", f"{local}@{m.group(2)}", line)
        m = PLACE_TIME.match(text)
        if m and (m.group("colon") or m.group("label").lower() in ("plats och tid", "tid och plats")
                  or len(m.group("label")) > 5 and text[m.end():m.end() + 1].isdigit()
                  or _LAYOUT_VALUE.match(text[m.end("label"):])  # "Plats        Klubbstugan" in a layout
                  or _alone_over_value(m, text, lines[i + 1] if i + 1 < len(lines) else None)):
            rest = text[m.end():]
            if not rest.strip() and i + 1 < len(lines) and not PLACE_TIME.match(lines[i + 1].text):
                rest = lines[i + 1].text  # the value stands on the next line (or in the next column)
                for nxt in lines[i + 2:i + 2 + VALUE_WRAPS]:
                    if nxt.blank_before or not nxt.text[:1].islower() or PLACE_TIME.match(nxt.text):
                        break
                    rest = f"{rest.rstrip()} {nxt.text.strip()}"  # "..., onsdagen den 18" / "september 2024" / "kl. 18.00"
            _place_time(h, lines, i, m.group("label").lower(), rest, put)
        elif ROOM.match(text) and "room" not in h.values:
            put("room", text.strip().rstrip("."), line)
        m = ISO_DATE.search(text) if digits and "date" not in h.values else None
        if m:
            put("date", dates.first_date(m.group(0)), line)
    for line in lines:
        if "date" in h.values:
            break
        put("date", dates.first_date(line.text), line)
    for line in lines:
        if "start_time" in h.values and "end_time" in h.values:
            break
        _clock(line.text, line, put)
    if "location" not in h.values:
        _title_venue(lines, put)
    if "location" not in h.values:
        _venue_after_date_line(lines, put)
    if "location" not in h.values:
        _venue_before_when(lines, put)
    return h


def _alone_over_value(m: re.Match, text: str, nxt: Line | None) -> bool:
    """ "Plats" / "Scoutstugan Tallbo": a label alone on its line with its value on the next, as a Word
    table's label and value cells come out of plain text (no colon, one cell a paragraph)."""
    if nxt is None or text[m.end():].strip() or PLACE_TIME.match(nxt.text):
        return False
    if m.group("label").lower() in _TIME_LABELS or "datum" in m.group("label").lower():
        return bool(dates.DIGIT.search(nxt.text))
    return nxt.text[:1].isupper() and _venue_like(nxt.text)


def is_time_line(text: str) -> bool:
    """ "Tid: 18:30", "Sammanträdestid   kl. 09.00": a labelled time, read wherever it stands in the header."""
    m = PLACE_TIME.match(text)
    return bool(m) and m.group("label").lower() in _TIME_LABELS and bool(dates.DIGIT.search(text))


def _opens_title(text: str) -> bool:
    """ "fört vid styrelsesammanträde ...": a line that opens a title sentence of its own (under "PROTOKOLL nr 9")."""
    m = PREFIX.match(text)
    return bool(m and m.end())


def _joined_titles(lines: list[Line]) -> list[Line]:
    """The first lines of the document with a title sentence that wraps over line breaks joined into one line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if PREFIX.match(line.text.strip()) and not _COLUMN_GAP.search(line.text.strip()):
            text = line.text.strip()
            for _ in range(TITLE_WRAPS):
                nxt = lines[i].text.strip() if i < len(lines) and not lines[i].blank_before else ""
                if not nxt or ":" in nxt or _COLUMN_GAP.search(nxt) or _opens_title(nxt) or \
                        not (nxt[:1].islower() or text.rsplit(None, 1)[-1].lower() in TITLE_OPEN_WORDS):
                    break
                text = f"{text} {nxt}"
                i += 1
            if text != line.text.strip():
                line = replace(line, text=text)
        out.append(line)
    return out


def _title(lines: list[Line], put) -> None:
    """Organisation and body from the title forms, looking at the first lines of the document."""
    head = _joined_titles(lines[:TITLE_LINES])
    placed = False  # a title sentence gave the body and the place, not the organisation
    body_line = org_line = None
    for line in head:
        text = _COLUMN_GAP.split(line.text.strip())[0]  # a layout's right column is not the title's
        stripped = PREFIX.sub("", text, count=1).strip()
        cut = _cut_date(stripped)
        m = TITLE_PLACE.match(cut) if stripped != text and not placed else None
        if m:
            put("body", m.group("body"), line)
            put("location", m.group("venue").strip(" ,"), line)
            placed = True
            continue
        m = TITLE.match(cut)
        if m:
            met = _MEETING_WITH.match(m.group("body"))  # "sammanträde med styrelsen för X": the board met
            put("body", met.group("body") if met else m.group("body"), line)
            put("organisation", _ORG_TAIL.sub("", _cut_date(m.group("org"))).strip(" ,."), line)
            _title_venue(lines, put)
            return
        m = GENITIVE_TITLE.match(cut)
        if m and stripped != text and not _QUALIFIER_ONLY.fullmatch(m.group("org")):
            put("body", m.group("body"), line)
            put("organisation", _genitive(m.group("org")), line)
            return
        m = BODY_FIRST.match(cut) if stripped != text else None
        if m and not _QUALIFIER_ONLY.fullmatch(m.group("org")):
            # "Minnesanteckningar styrgruppsmöte Energinätverket Västersjö": the body, then the organisation
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(" ,."), line)
            return
        m = BODY_COMMA_ORG.match(cut)
        if m and body_line is None and BODY_LINE.match(m.group("body")) and _org_like(m.group("org")):
            # "Kårfullmäktige, Västersjö studentkår": a body line that names its organisation after a comma
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(), line)
            return
        m = BODY_LINE.match(cut)
        tail = cut[m.end("body"):].strip() if m else ""
        if m and body_line is None and tail[:1].isupper() and MEETING_BODY.search(m.group("body")) \
                and _org_like(tail) and not MONTH_WORD.match(tail):
            # "Elevrådsmöte Tallängsskolan", "Styrelsemöte Björkby Ryttarförening": the meeting, then who meets
            put("body", m.group("body"), line)
            put("organisation", tail, line)
            return
        if m and body_line is None and len(cut.split()) <= 7:
            body_line = (line, re.sub(r"\s+(?:nr\.?\s*\d+|\d+/\d{4})$", "", m.group("body"), flags=re.I))
            continue
        if org_line is None and stripped == text and _org_like(text):
            org_line = line
        cells = _COLUMN_GAP.split(line.text.strip())
        if org_line is None and not stripped and len(cells) == 2 and _org_like(cells[1]) and \
                not BODY_LINE.match(cells[1]):
            put("organisation", cells[1], line)  # "PROTOKOLL          Ekby Båtklubb": the title's right column
    if body_line:
        put("body", body_line[1], body_line[0])
    if org_line:
        put("organisation", _COLUMN_GAP.split(org_line.text.strip())[0], org_line)


def _title_venue(lines: list[Line], put) -> None:
    head = _joined_titles(lines[:TITLE_LINES])
    for k, line in enumerate(head):
        m = TITLE_VENUE.search(line.text)
        if m:
            venue = m.group("venue").strip(" ")
            nxt = head[k + 1] if k + 1 < len(head) else None
            if venue.endswith(",") and nxt is not None and not nxt.blank_before and _venue_like(nxt.text):
                venue = f"{venue} {nxt.text.strip()}"  # "... kl 18.30 i föreningslokalen," / "Granvägen 4, Tallmo"
            put("location", venue.strip(" ,").rstrip("."), line)
            return
        if PREFIX.match(line.text) and dates.DIGIT.search(line.text):
            venue = _venue_after_when(line.text)
            if venue:  # "Protokoll fört vid styrelsemöte i X 2025-03-12 kl. 18.30, Klubbstugan"
                put("location", venue, line)
                return


def _venue_after_when(text: str) -> str | None:
    """The venue written after the date and time of a title sentence, with or without "på"."""
    ends = [m.end() for pattern in (dates.DATE, dates.TIME_SPAN, dates.CLOCK, ISO_DATE) for m in pattern.finditer(text)]
    if not ends:
        return None
    m = _VENUE_TAIL.match(text[max(ends):])
    venue = m.group("venue").strip(" ,").rstrip(".") if m else ""
    return venue if venue and _venue_like(venue) else None


def _venue_like(text: str) -> bool:
    text = text.strip()
    return bool(text) and ":" not in text and len(text) <= MAX_VENUE and not dates.first_date(text, 2000) \
        and not PLACE_TIME.match(text) and not _NOT_VENUE.match(text)


def _venue_after_date_line(lines: list[Line], put) -> None:
    """ "Tisdag den 3 juni 2025, kl. 13.00–15.30" / "Länsstyrelsen Västersjö, rum Dalen, Norrvik": the place
    on the line right after a line that holds only the date and time, without a label."""
    head = lines[:TITLE_LINES]
    for k, line in enumerate(head[:-1]):
        if not dates.first_date(line.text, 2000) or _when_leftover(line.text):
            continue
        nxt = head[k + 1]
        if not nxt.blank_before and nxt.text[:1].isupper() and _venue_like(nxt.text) and \
                not _COLUMN_GAP.search(nxt.text.strip()) and not nxt.text.rstrip().endswith(":"):
            put("location", nxt.text.strip().rstrip("."), nxt)
        return


def _venue_before_when(lines: list[Line], put) -> None:
    """ "Ridhuset Björkby, 2025-03-12 kl 19.00": a line of its own under the title, the place before the comma
    and nothing but the date and time after it."""
    for line in lines[:TITLE_LINES]:
        place, comma, when = line.text.strip().partition(",")
        if comma and place[:1].isupper() and dates.first_date(when, 2000) and not _when_leftover(when) \
                and _venue_like(place) and not dates.DIGIT.search(place):
            put("location", place.strip(), line)
            return


def _when_leftover(text: str) -> str:
    """What a line holds besides its date, weekday and time ("" for a line that is only the when)."""
    rest = dates.TIME_SPAN.sub("", dates.DATE.sub("", ISO_DATE.sub("", text)))
    rest = dates.CLOCK.sub("", WEEKDAY.sub("", rest))
    return re.sub(r"\b(?:den|kl\.?|klockan|datum|tid)\b|[\s,.:–-]", "", rest, flags=re.IGNORECASE)


def _org_like(text: str) -> bool:
    if _NOT_ORG.search(text) or PLACE_TIME.match(text) or len(text) > 80 or text.endswith((".", ":")):
        return False
    if text.isupper() and not municipalities.canonical(text):
        return bool(_ORG_HINT.search(text)) and len(text.split()) > 1 and not PREFIX.match(text)
    return bool(_ORG_HINT.search(text)) or bool(municipalities.canonical(text)) or \
        bool(re.match(r"^[A-ZÅÄÖ][\wåäö&.-]*(?:\s+[\wÅÄÖåäö&.-]+){0,5}$", text)) and not dates.first_date(text, 2000)


def _genitive(org: str) -> str:
    """ "Björkhamns Tennisklubbs" → "Björkhamns Tennisklubb"; "Exempelföreningens" → "Exempelföreningen"."""
    return org[:-1] if org.endswith("s") and not org.endswith(_NOT_GENITIVE_S) else org


# Names that end in s without a genitive one ("Kammarkören Vårljus", "Borås", "Campus"); such a name's
# genitive is the name itself.
_NOT_GENITIVE_S = ("ss", "us", "is", "os", "ås", "xs", "zs")


# Where a trailing date or time may start in a title (compiled once: re.search with a built source pays
# for the source and a cache lookup every call).
_DATE_TAIL = re.compile(r"[,\s]+(?:(?:den|kl\.?|klockan)\s+)?(?:" + WEEKDAY.pattern + r")?(?:den\s+)?\d", re.IGNORECASE)


def _cut_date(text: str) -> str:
    """The title without a trailing date or time: "årsmöte, torsdag den 20 mars 2025 klockan 19.00"."""
    if not dates.DIGIT.search(text):
        return text  # the pattern below ends in a digit
    m = _DATE_TAIL.search(text)
    if m and dates.first_date(text[m.start():], 2000):
        return text[:m.start()].strip(" ,")
    return text


def _clock(text: str, line: Line, put) -> None:
    span = dates.time_span(text)
    if span:
        put("start_time", span[0], line)
        put("end_time", span[1], line)
        return
    put("start_time", dates.clock(text), line)


def _place_time(h: Header, lines: list[Line], i: int, label: str, rest: str, put) -> None:
    line = lines[i]
    # A venue may wrap onto the next line ("... Bredgatan 11,\nHelsingborg.").
    if rest.rstrip().endswith(",") and i + 1 < len(lines) and not PLACE_TIME.match(lines[i + 1].text):
        rest = rest.rstrip() + " " + lines[i + 1].text
    for nxt in lines[i + 1:i + 1 + VALUE_WRAPS]:  # a layout's value column wraps under the value: "... den 18" / "september"
        if nxt.blank_before or nxt.indent <= line.indent or not nxt.text[:1].islower() or PLACE_TIME.match(nxt.text):
            break
        rest = f"{rest.rstrip()} {nxt.text.strip()}"
    rest = rest.strip()
    _clock(rest, line, put)
    bare = _BARE_TIME.search(rest) if label in _TIME_LABELS and not dates.CLOCK.search(rest) else None
    if bare and not dates.TIME_SPAN.search(rest):  # "Tid: 18:30": a time without "kl."
        put("start_time", dates.hhmm(bare.group(1), bare.group(2)), line)
    found = dates.first_date(rest)
    put("date", found, line)
    if label in ("tid", "datum", "datum och tid", "sammanträdesdatum", "mötesdatum", "när"):
        return
    m = VENUE_AFTER.search(rest)
    before = rest[: m.start()] if m else ""
    if m and (dates.first_date(before, 2000) or dates.TIME_SPAN.search(before) or dates.CLOCK.search(before)):
        venue = m.group("venue")
    else:
        # "Plats: Stadshuset, Bjuv", "Plats och tid Sessionssalen, kommunhuset i Lövsala, kl. 09.00–12.10":
        # the whole value is the venue, less any date and time.
        # A venue written before the date and time ends where they begin: "Stadshuset, sal Forsen, torsdagen den
        # 20 mars 2025 kl. 13.00–16.20, ajournering 14.35–14.50" (what follows the time is no part of it).
        whens = [m.start() for p in (WEEKDAY, dates.DATE, ISO_DATE, dates.CLOCK, dates.TIME_SPAN, _DEN_DAY)
                 for m in [p.search(rest)] if m]
        first_when = min(whens) if whens else 0
        if first_when and rest[:first_when].strip(" ,"):
            rest = rest[:first_when]
        venue = dates.TIME_SPAN.sub("", dates.DATE.sub("", rest))
        venue = dates.CLOCK.sub("", WEEKDAY.sub("", venue))
        venue = re.sub(r"^\s*(?:den|kl\.?|klockan)\b\s*", "", venue, flags=re.IGNORECASE)
        venue = re.sub(r"(?:,\s*)?\b(?:den|kl\.?|klockan)\s*$", "", venue.strip(" ,"), flags=re.IGNORECASE)
    venue = venue.strip().rstrip(".").strip(" ,")
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if not venue and nxt is not None and nxt.indent > line.indent and not PLACE_TIME.match(nxt.text) \
            and not dates.first_date(nxt.text, 2000) and nxt.text[:1].isupper():
        venue = nxt.text.strip().rstrip(".")  # the layout's value column goes on under the date and time
    # "Mindpark, Bredgatan 11, Helsingborg. Mötesrum Studion" — a wrapped line may carry the room.
    head, dot, tail = venue.partition(". ")
    if dot and ROOM.match(tail):
        venue = head
        put("room", tail.strip().rstrip("."), line)
    if venue:
        put("location", venue, line)
