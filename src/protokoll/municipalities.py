"""The municipalities of Familjen Helsingborg and their canonical names.

Minutes write them in many forms ("Helsingborgs stad", "Båstad kommun", "Perstorps kommun") and OCR
loses their letters ("Bastad", "Svalév"); everything maps to the plain name.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

MUNICIPALITIES = (
    "Bjuv", "Båstad", "Helsingborg", "Höganäs", "Klippan", "Landskrona",
    "Perstorp", "Svalöv", "Åstorp", "Ängelholm", "Örkelljunga",
)
SECRETARIAT = "sekretariatet"
_SUFFIX = re.compile(r"(?:s)?\s+(?:stad|kommun|kommuns|stads)$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without diacritics, with OCR's é/6 read as o."""
    text = text.lower().replace("é", "o").replace("6", "o")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


_FOLDED = {fold(m): m for m in MUNICIPALITIES}


@lru_cache(maxsize=4096)
def canonical(name: str) -> str | None:
    """The canonical municipality a written form refers to, or None."""
    text = " ".join(name.split()).strip(" .,;:")
    if not text:
        return None
    base = _SUFFIX.sub("", text)
    for candidate in (text, base, base[:-1] if base.endswith("s") else base):
        key = fold(candidate)
        if key in _FOLDED:
            return _FOLDED[key]
    key = fold(base)
    if len(key) >= 4 and " " not in key:
        best = max(_FOLDED, key=lambda k: SequenceMatcher(None, k, key).ratio())
        if SequenceMatcher(None, best, key).ratio() >= 0.8:
            return _FOLDED[best]
    return None


def leading(text: str) -> tuple[str, str] | None:
    """Split "Helsingborgs stad Anna Berg" into ("Helsingborg", "Anna Berg") when it starts with a municipality."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        head = " ".join(words[:n])
        if n > 1 and not _SUFFIX.search(head):
            continue
        found = canonical(head)
        if found:
            return found, " ".join(words[n:])
    return None
