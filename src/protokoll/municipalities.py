"""Sweden's municipalities and regions, and the plain names their written forms refer to.

Minutes write a municipality in many forms ("Helsingborgs stad", "Båstad kommun", "Perstorps kommun") and
OCR loses their letters ("Bastad", "Svalév", "Helslngborg"); everything maps to the plain name SCB uses. A
near miss is read as OCR damage only where OCR could have made it: a name with its å/ä/ö intact is as meant. The names are
public data (data/municipalities.txt, data/regions.txt), read on first use.
"""
from __future__ import annotations

import re

from protokoll import regexes
from functools import cache, lru_cache

from protokoll.folding import fold  # noqa: F401 (the one fold function; named here as ever)
from protokoll.config import data_text

# Familjen Helsingborg's eleven: the municipalities the archive's fixed table holds and its attendance
# grid lists first. Any of Sweden's 290 (names()) resolves; only these have rows of their own.
MUNICIPALITIES = (
    "Bjuv", "Båstad", "Helsingborg", "Höganäs", "Klippan", "Landskrona",
    "Perstorp", "Svalöv", "Åstorp", "Ängelholm", "Örkelljunga",
)
SECRETARIAT = "sekretariatet"
_SUFFIX = regexes.compile(r"\s+(?:kommuns?|stads?)$", re.IGNORECASE)
_SUFFIX_LAST = frozenset("nNdDsS\u017f")  # the last letters _SUFFIX can match (IGNORECASE: ſ is s)
# Written forms the plain name does not predict (keys as _key makes them).
_ALIASES = {"falu": "Falun", "malung": "Malung-Sälen", "region gotland": "Gotland"}
# Place names ending so take no genitive s ("Höganäs kommun", "Bengtsfors kommun").
_NO_GENITIVE = ("ås", "näs", "fors")
# Fuzzy matching repairs OCR damage in a longer word, never a short word that is merely similar.
MIN_FUZZY = 5
MIN_RATIO = 85
MIN_LEAD = 5


@lru_cache(maxsize=8192)
def named_in(*texts: str | None) -> str | None:
    """The one of ``MUNICIPALITIES`` a presenter's organisation or role names ("Helsingborgs stad",
    "miljöstrateg, Höganäs kommun"): the folded name anywhere in the folded texts, the first named
    when several are. Resolved once where the texts are written (ingest, a correction, migration 0011),
    so a municipality's page finds the items its organisation presented in an index, not a scan.
    Remembered: presenters' organisations and roles repeat."""
    folded = fold(" ".join(t for t in texts if t))
    found = [(folded.find(key), m) for key, m in _folded_municipalities()]
    return min(((at, m) for at, m in found if at >= 0), default=(0, None))[1]


@cache
def _folded_municipalities() -> tuple[tuple[str, str], ...]:
    """(folded name, name) of ``MUNICIPALITIES``: folded once, not for every presenter."""
    return tuple((fold(m), m) for m in MUNICIPALITIES)


def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split()).strip(" .,;:")


@cache
def _read(name: str) -> tuple[str, ...]:
    text = data_text(name)
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def names() -> tuple[str, ...]:
    """All 290 municipalities, by plain name."""
    return _read("municipalities.txt")


def regions() -> tuple[str, ...]:
    """The 21 regions, as they write their names ("Region Skåne", "Västra Götalandsregionen")."""
    return _read("regions.txt")


@cache
def _index() -> dict[str, str]:
    return {**{_key(m): m for m in names()}, **_ALIASES}


@cache
def _by_initial() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for key in _index():
        if " " not in key:
            groups.setdefault(key[0], []).append(key)
    return {k: tuple(v) for k, v in groups.items()}


@lru_cache(maxsize=4096)
def canonical(name: str) -> str | None:
    """The municipality (plain name) a written form refers to, or None (regions are not municipalities)."""
    key = _key(name)
    if not key:
        return None
    index = _index()
    base = _SUFFIX.sub("", key)
    genitive = base[:-1] if base.endswith("s") else None
    for form in (key, base, genitive):
        if form in index:
            return index[form]
    from protokoll.clean.swedish import looks_intact  # here, not at import: see _read

    # Fuzzy matching repairs OCR damage; a name written with its å/ä/ö and no sign of damage is spelled as
    # meant, and a place near a municipality ("Norrsjö", one letter from Norsjö) is a place of its own.
    if looks_intact(name):
        return None
    written = _SUFFIX.sub("", " ".join(name.lower().split()).strip(" .,;:"))
    return _fuzzy(base, written) or (_fuzzy(genitive, written) if genitive else None)


def _fuzzy(word: str, written: str) -> str | None:
    """The one municipality an OCR-damaged single word is near, if the word is no word of its own."""
    if len(word) < MIN_FUZZY or " " in word:
        return None
    from rapidfuzz import fuzz  # here, not at import: see _read
    from rapidfuzz.distance import Levenshtein

    # OCR keeps the first letter and the length nearly; comparing only such names keeps this cheap.
    scored = sorted(((fuzz.ratio(word, key), key) for key in _by_initial().get(word[0], ())
                     if len(key) >= MIN_FUZZY and abs(len(key) - len(word)) <= 2), reverse=True)
    if not scored or scored[0][0] < MIN_RATIO or (len(scored) > 1 and scored[0][0] - scored[1][0] < MIN_LEAD):
        return None
    best = scored[0][1]
    # OCR damages a letter, not a syllable: "Sundberg" (a surname) is two letters from "Sundbyberg".
    if Levenshtein.distance(word, best) > (1 if len(word) < 10 else 2):
        return None
    # 290 names lie one letter from many real words and surnames ("vinden"/Vindeln, "Hallberg"/Hallsberg,
    # "rättvis"/Rättvik); OCR damage makes words no lexicon knows.
    from protokoll.clean.lexicon import lexicon

    lex = lexicon()
    if any(w in lex or w.removesuffix("s") in lex for w in (word, written)):
        return None
    return _index()[best]


@cache
def _lost_letters() -> dict[str, str]:
    """A municipality's one-word name with å/ä/ö (lower-cased) by its spelling without them ("umea" → "Umeå"); names
    two municipalities share so ("Habo", "Håbo") are left out."""
    out: dict[str, str | None] = {}
    for name in names():
        plain_name = fold(name, ocr=False)
        if " " not in name and plain_name != name.lower():
            out[plain_name] = None if plain_name in out or plain_name in _plain_names() else name
    return {k: v for k, v in out.items() if v}


@cache
def _plain_names() -> frozenset[str]:
    return frozenset(n.lower() for n in names())


def with_lost_letters(word: str) -> str | None:
    """ "Umea" → "Umeå", "Sjobos" → "Sjöbos": the municipality a capitalised word names once text lost its å/ä/ö, or
    None."""
    low = word.lower()
    if low in _lost_letters():
        return _lost_letters()[low]
    if low.endswith("s") and low[:-1] in _lost_letters():
        return _lost_letters()[low[:-1]] + "s"
    return None


def plain(text: str) -> str:
    """The plain name of any municipality-like affiliation, known or not: "Norrviks kommun" → "Norrvik"."""
    text = " ".join(text.split()).strip(" .,;:")
    known = canonical(text)
    if known:
        return known
    suffix = _SUFFIX.search(text)
    if not suffix:
        return text
    base = text[:suffix.start()]
    # A known name ending in s was found above, so an s here is the genitive ("Stenåkers kommun").
    return base[:-1] if base.endswith("s") and not base.endswith(_NO_GENITIVE) else base


def with_suffix(text: str) -> bool:
    """Whether ``text`` is written as a municipality, known or not: capitalised words and "kommun"/"stad" ("Tunaberga
    kommun", "Östra Sälja kommun")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words[:-1]) and bool(_SUFFIX.search(" ".join(words)))


@cache
def _region_keys() -> frozenset[str]:
    keys = {_key(r) for r in regions()}
    return frozenset(keys | {k.removesuffix(" lan") for k in keys})  # "Region Kalmar" for "Region Kalmar län"


def is_region(text: str) -> bool:
    """True for a region's name ("Region Skåne", "Region Kalmar län", "Västra Götalandsregionen")."""
    return _key(text) in _region_keys()


def leading(text: str) -> tuple[str, str] | None:
    """Split "Helsingborgs stad Anna Berg" into ("Helsingborg", "Anna Berg") when it starts with a municipality."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        head = " ".join(words[:n])
        # Several words are a municipality only when they end in "kommun"/"stad" or are its whole name.
        if n > 1 and not (head[-1] in _SUFFIX_LAST and _SUFFIX.search(head)) and _key(head) not in _index():
            continue
        rest = words[n:]
        # "Nora Lindgren" is a person: some names (Nora, Mark, Ale, Berg) are also first names.
        if n == 1 and len(rest) == 1 and rest[0][:1].isupper():
            continue
        found = canonical(head)
        if found:
            return found, " ".join(rest)
    return None
