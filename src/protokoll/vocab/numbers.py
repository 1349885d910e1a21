"""Counts written as words ("sju ja-röster", "med tolv röster mot elva"): the one place the parser reads
Swedish number words. Minutes spell small counts out, so 0–99 is enough; "en"/"ett" are also articles,
and a caller decides from the words around them whether one is a count.
"""
from __future__ import annotations

import re

from protokoll import regexes

_UNITS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
          "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton")
_TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")
_ONES = ("en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")

NUMBER_WORDS: dict[str, int] = {w: n for n, w in enumerate(_UNITS)} | {"ett": 1, "arton": 18, "aderton": 18}
NUMBER_WORDS |= {t: 20 + 10 * k for k, t in enumerate(_TENS)}
NUMBER_WORDS |= {t + o: 20 + 10 * k + (1 if o == "ett" else _UNITS.index(o))
                 for k, t in enumerate(_TENS) for o in _ONES}

# Longest first, so that "tretton" is not read as "tre" and "sjuttiotvå" not as "sjuttio".
WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A count as written: digits or a word.
COUNT = rf"(?:\d{{1,3}}|(?i:{WORD}))"
_WORD_ONLY = regexes.compile(rf"^(?:{WORD})$", re.IGNORECASE)


def value(written: str) -> int | None:
    """ "7" → 7, "sju" → 7, "Tjugotre" → 23; anything else → None."""
    raw = written.strip().lower()
    if raw.isdigit():
        return int(raw)
    return NUMBER_WORDS.get(raw)


def is_word(written: str) -> bool:
    return bool(_WORD_ONLY.match(written.strip()))


# Ordinals that name the place of a clause or a point in a list ("den andra att-satsen"): 1–10 is enough.
ORDINALS: dict[str, int] = {w: n + 1 for n, w in enumerate(
    ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde"))}
ORDINAL = "|".join(ORDINALS)

# Ordinals written out to count a body's meetings ("Protokoll fört vid det fyrtiotredje sammanträdet med
# styrelsen för ..."): 1–99, the tens' cardinal before the unit's ordinal ("fyrtiotredje", "tjugoförsta").
_UNIT_ORDINALS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
                  "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde",
                  "nittonde")
_TENS_ORDINALS = ("tjugonde", "trettionde", "fyrtionde", "femtionde", "sextionde", "sjuttionde", "åttionde",
                  "nittionde")
LONG_ORDINALS: dict[str, int] = {w: n + 1 for n, w in enumerate(_UNIT_ORDINALS)}
LONG_ORDINALS |= {w: 20 + 10 * k for k, w in enumerate(_TENS_ORDINALS)}
LONG_ORDINALS |= {t + o: 20 + 10 * k + n + 1 for k, t in enumerate(_TENS) for n, o in enumerate(_UNIT_ORDINALS[:9])}


def ordinal_value(written: str) -> int | None:
    """ "fyrtiotredje" → 43, "Tionde" → 10; anything else → None."""
    return LONG_ORDINALS.get(written.strip().lower())
