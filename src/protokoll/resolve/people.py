"""People across documents: one person behind spelling variants and OCR damage, and the
municipality each one represented from when to when.

A name is compared by its key — lower case, diacritics and punctuation gone — so "Herman Crespín"
and "Herman Crespin", or OCR's "Jonas Jonsson" for "Jonas Jönsson", are the same key and the same
person. Names whose keys differ a little ("Christer Paulsson" / "Christer Pålsson", one letter lost
to OCR) are the same person only with context: the other name was seen for the same municipality
within a few years, and the two never sat in the same meeting (two names in one attendance list are
two people).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from protokoll.lazy import on_first_use
from protokoll.municipalities import SECRETARIAT, canonical, fold

# Loaded by the first spellings compared (ingest): the archive's reading commands use only name_key.
Levenshtein = on_first_use("rapidfuzz.distance.Levenshtein")

# How alike two keys must be to be one person when the context agrees: the same number of words, each
# word at most one edit away (two in words of ten letters or more) — "Paulsson"/"Pålsson" (one letter
# lost), "Tallqvist"/"Tallgvist" (one misread), but not "Pålsson"/"Persson".
LONG_WORD = 10
# How far apart in time two spellings may be seen for the same municipality and still be one person.
CONTEXT_YEARS = 3


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """"Herman Crespín" → "herman crespin": folded, letters and single spaces only."""
    return " ".join(re.sub(r"[^\w ]+|[\d_]+", " ", fold(name)).split())


# Swedish alphabetical order: å, ä, ö come after z (as the characters after "z" in ASCII do); other
# accented letters sort with their base letter (é with e, ü with y as Swedish dictionaries do it).
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})


def sort_key(name: str) -> str:
    """A person's name as Swedish lists sort it: "Åsa" after "Zara", "Émile" with "Emil"."""
    # Not municipalities.fold: that one reads "é" as OCR's "o" and puts å, ä, ö among a and o.
    lowered = unicodedata.normalize("NFC", " ".join(name.lower().split())).translate(_SWEDISH_ORDER)
    return "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))


def similarity(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


@lru_cache(maxsize=8192)
def municipality_of(affiliation: str | None) -> str | None:
    """The canonical municipality (or "sekretariatet") an affiliation names, else None (remembered:
    an archive's affiliations are a few names written again and again)."""
    if not affiliation:
        return None
    if fold(affiliation).startswith("sekretariat"):
        return SECRETARIAT
    return canonical(affiliation)


@dataclass(frozen=True)
class Known:
    """A spelling already in the archive, and whose it is."""

    person_id: int
    key: str


@dataclass(frozen=True)
class Seen:
    """Where a candidate person was seen: a municipality and the first and last meeting date."""

    municipality: str
    first: dt.date | None
    last: dt.date | None


def exact(key: str, known: Iterable[Known]) -> int | None:
    for k in known:
        if k.key == key:
            return k.person_id
    return None


def close(a: str, b: str) -> bool:
    """Whether two different name keys may be OCR damage or a spelling variant of one name."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for x, y in zip(words_a, words_b):
        limit = 2 if min(len(x), len(y)) >= LONG_WORD else 1
        if Levenshtein.distance(x, y, score_cutoff=limit) > limit:
            return False
    return True


def fuzzy_candidates(key: str, known: Iterable[Known]) -> list[tuple[int, float]]:
    """People with a spelling close to ``key``, best first (each person once, with its best score)."""
    best: dict[int, float] = {}
    for k in known:
        if k.key == key or not close(key, k.key):
            continue
        score = similarity(key, k.key)
        if score > best.get(k.person_id, 0):
            best[k.person_id] = score
    return sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))


def context_agrees(municipality: str | None, date: dt.date | None, seen: Iterable[Seen]) -> bool:
    """Whether a candidate seen at ``seen`` plausibly is the person named now for ``municipality``."""
    if municipality is None:
        return False
    for s in seen:
        if s.municipality != municipality:
            continue
        if date is None or s.first is None or s.last is None:
            return True
        window = dt.timedelta(days=365 * CONTEXT_YEARS)
        if s.first - window <= date <= s.last + window:
            return True
    return False


def choose(candidates: list[tuple[int, float]], seen: dict[int, list[Seen]], municipality: str | None,
           date: dt.date | None, taken: set[int]) -> int | None:
    """The first candidate whose context agrees and who is not already someone else in this meeting."""
    for person_id, _score in candidates:
        if person_id in taken:
            continue
        if context_agrees(municipality, date, seen.get(person_id, [])):
            return person_id
    return None


def display_name(counts: dict[str, int]) -> str:
    """The spelling to show: the most used; on a tie the one with Swedish letters, as OCR loses them."""
    return max(counts, key=lambda name: (counts[name], sum(not c.isascii() for c in name), name))


@dataclass(frozen=True)
class Membership:
    municipality: str
    first: dt.date
    last: dt.date
    meetings: int


def memberships(rows: Iterable[tuple[dt.date, str]]) -> list[Membership]:
    """Periods of representation from one person's attendance: (meeting date, municipality) pairs →
    consecutive runs of the same municipality in date order ("Perstorp 2024, then Ängelholm
    2025–2026"). A person who comes back to a municipality gets a second period."""
    out: list[Membership] = []
    for date, municipality in sorted((d, m) for d, m in rows if d is not None and m):
        if out and out[-1].municipality == municipality:
            last = out[-1]
            out[-1] = Membership(municipality, last.first, date, last.meetings + 1)
        else:
            out.append(Membership(municipality, date, date, 1))
    return out


def count_names(names: Iterable[str]) -> dict[str, int]:
    return dict(Counter(names))
