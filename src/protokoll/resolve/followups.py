"""Items that refer back to earlier business, and which earlier meeting and item they mean.

Two kinds of reference:

* explicit — the item names an earlier meeting of the same body by date: "enligt beslut fattat på
  kommundirektörsmötet den 28 februari", "Vid kommundirektörsmötet den 22 mars efterlystes ...". A
  date without a year is the latest such date before the meeting. A meeting of another body
  ("styrelsemötet den 5 april") is not the same business and is left alone; so is a later date
  (that is a deadline, not a reference).
* report-back — the title says it reports back ("Återrapportering kring arbetet med ny/fördjupad
  samverkan", "Uppföljning av ..."): it refers to the latest earlier item on the same subject.

Which item of the referenced meeting is meant is chosen by the words the two items share.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from protokoll.lazy import on_first_use
from protokoll.municipalities import fold
from protokoll.vocab.dates import find_dates

# Loaded by the first titles compared (ingest): the archive's reading commands import this module and never do.
Levenshtein = on_first_use("rapidfuzz.distance.Levenshtein")

REPORT_BACK = re.compile(
    r"^\s*(?:återrapportering|aterrapportering|återkoppling|aterkoppling|uppföljning|uppfoljning|"
    r"redovisning av uppdrag(?:et)?)(?:\s+(?:kring|från|fran|av|om|gällande|gallande|avseende|angående|"
    r"angaende|för|for))?\s+", re.IGNORECASE)
# "<meeting word> den <date>": the word is compared with the body afterwards. A "…möte…" word starts
# where its run of word characters starts (the lookbehind): where it would match from inside the run
# it matches from the run's start, which the search reaches first, so the matches are the same; the
# lookbehind only spares the engine trying every letter of every word as a start (issue 12: most of
# what deciding an item's references cost).
MEETING_REF = re.compile(r"(?P<word>(?<![\wåäöÅÄÖéÉ-])[\wåäöÅÄÖéÉ-]*m[öoéeØ6]te[\wåäö]*|sammanträde[\wåäö]*)"
                         r"\s+den\s+", re.IGNORECASE)
_DEN = re.compile(r"\sden\s", re.IGNORECASE)  # what MEETING_REF needs after its word: most texts have none
BODY_SIMILARITY = 0.8
ITEM_MATCH = 0.15  # least share of words in common for "this item" rather than "that meeting"

_STOP = {"och", "att", "for", "med", "som", "den", "det", "till", "fran", "kring", "inom", "pa", "av", "om",
         "i", "en", "ett", "de", "har", "var", "ar", "mote", "motet", "beslut", "beslutar", "information",
         "informationen", "tacka", "sammanfattning"}


@dataclass(frozen=True)
class Reference:
    kind: str  # "explicit" | "report-back"
    text: str  # the words that make the reference
    date: dt.date | None = None  # explicit: the meeting referred to
    subject: str | None = None  # report-back: the title key of the business reported on


@lru_cache(maxsize=65536)
def title_key(title: str) -> str:
    """"Återrapportering kring arbetet med ny/fördjupad samverkan" → folded words, single spaces."""
    return " ".join(re.sub(r"[^\w]+|_", " ", fold(title)).split())[:300]


@lru_cache(maxsize=65536)
def report_back_subject(title: str) -> str | None:
    """The title key of what a report-back item reports on, or None when it is not one."""
    m = REPORT_BACK.match(title)
    if not m:
        return None
    subject = title_key(title[m.end():])
    return subject or None


@lru_cache(maxsize=8192)
def _word_is_body(word: str, body_key: str) -> bool:
    key = re.sub(r"[^a-z]", "", fold(word))
    if not body_key:
        return key.startswith("kommundirektor")
    for cut in (key, key[:-1], key[:-2]):  # "mötet", "mötets" → "möte"
        if Levenshtein.normalized_similarity(cut, body_key) >= BODY_SIMILARITY:
            return True
    return False


def explicit_reference(texts: Iterable[str | None], meeting_date: dt.date | None,
                       body_key: str) -> Reference | None:
    """The first earlier meeting of the same body that the texts name by date."""
    if meeting_date is None:
        return None
    for text in texts:
        if not text or not _DEN.search(text):
            continue
        for m in MEETING_REF.finditer(text):
            if not _word_is_body(m.group("word"), body_key):
                continue
            found = find_dates(text[m.end():m.end() + 40], meeting_date.year)
            if not found or found[0][1].start() != 0:
                continue
            date, dm = found[0]
            explicit_year = bool(dm.groupdict().get("year") or dm.groupdict().get("ny") or dm.group("iso"))
            if date >= meeting_date and not explicit_year:
                try:
                    date = date.replace(year=date.year - 1)
                except ValueError:  # 29 February
                    continue
            if date < meeting_date:
                return Reference("explicit", text[m.start():m.end() + dm.end()].strip(), date=date)
    return None


def reference(title: str, texts: Iterable[str | None], meeting_date: dt.date | None,
              body_key: str) -> Reference | None:
    """What an item refers back to: an explicit earlier meeting, else the subject it reports back on."""
    found = explicit_reference([title, *texts], meeting_date, body_key)
    if found:
        return found
    subject = report_back_subject(title)
    if subject:
        return Reference("report-back", title.strip(), subject=subject)
    return None


def words(text: str) -> set[str]:
    return set(_words(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """``words``, remembered (a few thousand texts: they can be long): an earlier meeting's items are
    compared with every item referring to it."""
    return frozenset(w for w in re.findall(r"\w{3,}", fold(text)) if w not in _STOP and not w.isdigit())


def pick_item(referring: str, candidates: Sequence[tuple[int, str]]) -> int | None:
    """Of an earlier meeting's items (id, their text), the one the referring text is about, if any
    shares enough words with it."""
    mine = _words(referring)
    best, best_score = None, 0.0
    for item_id, text in candidates:
        theirs = _words(text)
        if not mine or not theirs:
            continue
        score = len(mine & theirs) / min(len(mine), len(theirs))
        if score > best_score:
            best, best_score = item_id, score
    return best if best_score >= ITEM_MATCH else None
