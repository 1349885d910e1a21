"""Swedish dates and times as minutes write them: "den 17 maj 2024", "22 maj", "16/5", "08.30-11:30"."""
from __future__ import annotations

import datetime as dt
import re

from protokoll import regexes

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
# Weekdays, which minutes may write before a date ("senast fredag 17 oktober", "tisdagen den 12 mars").
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")(?:en)?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_NAMES = _MONTH  # the months' names and short forms as one alternation, longest first
# "17 maj 2024", "22–23 augusti" (the first day is taken), "15:e mars", "1:a april", "16/5", "2024-05-17"
DATE = regexes.compile(
    # (a year of this or the last century may part its fields by full stops or slashes: "2025.03.04", "2025/03/04")
    rf"(?P<iso>\b(?P<iy>\d{{4}})(?P<isep>-|(?<=(?:19|20)\d\d)[./])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})\b)"
    rf"|\b(?P<day>\d{{1,2}})(?:\s*[-–—]\s*\d{{1,2}})?\s*(?::?[ae]\s+)?(?P<month>{_MONTH})\.?(?:\s+(?P<year>\d{{4}}))?\b"
    # "14/10 2025", "14/10-2025"; a two-digit year after a dash: "14/10 -25", "3/2-26" (not "16/5-20/5")
    rf"|\b(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:[ -](?P<ny>\d{{4}})\b|\s?-(?P<nyy>\d{{2}})(?![/.:\d])|\b)"
    # "29.01.2026": day, month and a four-digit year parted by full stops, as Finland-Swedish minutes date
    # (the year is required: "18.30" is a time, "3.1" a sub-item)
    rf"|\b(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}})\b",
    re.IGNORECASE,
)
TWO_DIGIT_CENTURY = 2000  # "14/10 -25" is 14 October 2025
# A date wrapped before its year: a line ending "senast den 31 december", the next starting "2025 riva ...".
OPEN_DATE_END = regexes.compile(rf"\b\d{{1,2}}\s+(?:{_MONTH})\.?$", re.IGNORECASE)
YEAR_START = regexes.compile(r"^(?:19|20)\d{2}(?![\d/-])")
# A single time: "kl. 18.30", "klockan 19", "Kl: 18.30"; after "kl" a comma parts hours and minutes too ("kl. 18,30").
CLOCK = regexes.compile(r"\b(?:kl\.?|klockan):?\s*(?P<h>\d{1,2})(?:[.:,](?P<m>\d{2}))?\b", re.IGNORECASE)
# OCR reads a range's "–" as two dashes ("14.00—-16.10", "14.00--16.10"): one dash all the same.
SPAN_DASH = r"[-–—]{1,2}"
TIME_SPAN = regexes.compile(r"\b(\d{1,2})[.:](\d{2})\s*(?:" + SPAN_DASH + r"|till)\s*(\d{1,2})[.:](\d{2})\b")
# "kl 19-20", "klockan 18–20.30": whole hours after "kl", the minutes left out
CLOCK_SPAN = regexes.compile(r"\b(?:kl\.?|klockan)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(?:" + SPAN_DASH + r"|till)\s*(\d{1,2})(?:[.:](\d{2}))?"
                        r"(?![\d./-])", re.IGNORECASE)
# Every date and time has a digit: most lines have none, and this test is far cheaper than the patterns.
DIGIT = regexes.compile(r"\d")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def ahead_of(date: dt.date, meeting_date: dt.date) -> dt.date:
    """A date written without its year, read as the first such day on or after ``meeting_date``:
    "Nästa möte 15 januari" in December minutes is next January (29 February stays where it is)."""
    if date >= meeting_date:
        return date
    return _make(date.year + 1, date.month, date.day) or date


_DIGIT_RUN = regexes.compile(r"\d+")


def _date_matches(text: str):
    """What DATE.finditer(text) yields, with the pattern tried only where a date can start: every
    alternative starts with a digit at a word boundary, so at the first digit of a run of digits (and
    a match ends at a word boundary, never inside a run). Scanning every position costs ~10x more."""
    pos = 0
    while (run := _DIGIT_RUN.search(text, pos)) is not None:
        m = DATE.match(text, run.start())
        if m:
            yield m
            pos = m.end()
        else:
            pos = run.end()


def find_dates(text: str, default_year: int | None) -> list[tuple[dt.date, re.Match]]:
    """Every date in ``text`` with its match; a date without a year takes ``default_year``."""
    out = []
    for m in _date_matches(text):
        if m.group("iso"):
            date = _make(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        elif m.group("dy"):
            date = _make(int(m.group("dy")), int(m.group("dm")), int(m.group("dd")))
        elif m.group("month"):
            year = int(m.group("year")) if m.group("year") else default_year
            date = _make(year, MONTHS[m.group("month").lower()], int(m.group("day"))) if year else None
        else:
            year = int(m.group("ny")) if m.group("ny") else \
                TWO_DIGIT_CENTURY + int(m.group("nyy")) if m.group("nyy") else default_year
            date = _make(year, int(m.group("nm")), int(m.group("nd"))) if year else None
        if date:
            out.append((date, m))
    return out


def day_without_year(text: str) -> tuple[int, int] | None:
    """(month, day) of the first date in ``text`` written with its month's name and no year ("tisdagen den 4 mars"),
    where no date before it has a year."""
    for m in _date_matches(text):
        if not m.group("month") or m.group("year"):
            return None
        return MONTHS[m.group("month").lower()], int(m.group("day"))
    return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month``."""
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The day ``month``/``day`` in the year that puts it nearest ``anchor``: minutes date what they tell from their
    meeting, weeks or months before or after it ("4 mars" beside "Nästa möte 2025-04-01" is 4 March 2025, "12
    december" beside "2026-01-15" is 12 December 2025)."""
    days = [d for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _make(year, month, day))]
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


# A week written as its number: "v. 12", "v12", "vecka 12", "vecka 12 2026".
WEEK = regexes.compile(r"\b(?:v\.?|vecka|veckan)\s*(?P<week>\d{1,2})(?:\s+(?P<year>\d{4}))?\b", re.IGNORECASE)
# The day a week's deadline falls on: its Friday, the end of the working week ("senast v. 12").
WEEK_DEADLINE_DAY = 5


def week_day(year: int, week: int, day: int = WEEK_DEADLINE_DAY) -> dt.date | None:
    """The ``day`` (ISO weekday, 1 = Monday) of ISO week ``week`` of ``year``."""
    try:
        return dt.date.fromisocalendar(year, week, day)
    except ValueError:
        return None


def first_date(text: str, default_year: int | None = None) -> dt.date | None:
    found = find_dates(text, default_year)
    return found[0][0] if found else None


# A meeting over two days named one by one: "Lördagen den 15 och söndagen den 16 mars 2025" (the first day is
# the meeting's date, as "15–16 mars" gives it).
TWO_DAYS = regexes.compile(rf"\b(?P<first>\d{{1,2}})\s+och\s+(?:{WEEKDAY}\s+)?(?:den\s+)?(?P<second>\d{{1,2}})\s+"
                           rf"(?:{_MONTH})\b", re.IGNORECASE)


def meeting_day(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date in ``text`` as a meeting's date: of two following days joined by "och" the first."""
    date = first_date(text, default_year)
    m = TWO_DAYS.search(text) if date is not None and "och" in text else None
    if m and int(m.group("second")) == int(m.group("first")) + 1 and date.day == int(m.group("second")):
        return _make(date.year, date.month, int(m.group("first"))) or date
    return date


def hhmm(hours: str, minutes: str) -> str:
    return f"{int(hours):02d}:{minutes}"


def clock(text: str) -> str | None:
    """ "19:00" from "klockan 19.00" or "kl. 19"."""
    m = CLOCK.search(text) if DIGIT.search(text) else None
    return hhmm(m.group("h"), m.group("m") or "00") if m else None


# A time under its label: "Tid: 18.00", "Tid: kl. 18.30".
LABELLED_TIME = regexes.compile(r"\b(?:tid|tidpunkt|starttid)\s*:\s*(?:kl\.?\s*|klockan\s*)?(?P<h>\d{1,2})[.:](?P<m>\d{2})\b",
                           re.IGNORECASE)


def labelled_time(text: str) -> str | None:
    """ "18:00" from "Tid: 18.00"."""
    m = LABELLED_TIME.search(text) if DIGIT.search(text) else None
    return hhmm(m.group("h"), m.group("m")) if m else None


def time_span(text: str) -> tuple[str, str] | None:
    """("08:30", "11:30") from "08.30-11:30", "8:30 – 13:00" or "kl. 9.00 till 12.00"."""
    m = TIME_SPAN.search(text) if DIGIT.search(text) else None
    if not m:
        m = CLOCK_SPAN.search(text) if DIGIT.search(text) else None
        if not m:
            return None
        return hhmm(m.group(1), m.group(2) or "00"), hhmm(m.group(3), m.group(4) or "00")
    return hhmm(m.group(1), m.group(2)), hhmm(m.group(3), m.group(4))
