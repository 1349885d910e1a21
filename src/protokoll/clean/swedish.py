"""Repair of Swedish text that lost å/ä/ö in OCR or a lossy conversion.

OCR engines without a Swedish model write "Motet" for "Mötet", "Féredragande" for "Föredragande",
"6ppnande" for "öppnande" and "s&" for "så". For each damaged-looking word we generate the spellings
such confusions could have come from and keep the one a Swedish lexicon (wordfreq's Swedish list plus
the project's vocabulary of well-spelled minutes) finds most probable. Compounds not in the lexicon
are scored by their best split into known parts, the way Swedish builds them ("krisberedskaps|rådet").
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import product

from protokoll import municipalities, regexes
from protokoll.clean.lexicon import lexicon
from protokoll.folding import fold
from protokoll.read import SWEDISH_LETTERS, lost_swedish
from protokoll.vocab.names import (SURNAME_ENDINGS, SURNAME_MIN_CHARS, SURNAMES_WITH_SWEDISH_LETTERS, is_common_first_name,
                                   is_first_name)

# For each character OCR may have produced: the characters it may stand for, with a log-prior.
# é and 6 inside a word almost always were ö in Swedish text; plain a/o keep a small bonus for
# being right as they are, so a variant must be clearly more frequent to win.
_CONFUSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "a": (("a", 0.6), ("ä", 0.0), ("å", 0.0)),
    "A": (("A", 0.6), ("Ä", 0.0), ("Å", 0.0)),
    "o": (("o", 0.6), ("ö", 0.0)),
    "O": (("O", 0.6), ("Ö", 0.0)),
    "é": (("ö", 1.5), ("é", 0.0), ("e", -0.5)),
    "É": (("Ö", 1.5), ("É", 0.0)),
    "6": (("ö", 0.0),),
    "&": (("å", 0.0),),
}
# Rarer confusions tried only for words the lexicon does not know at all.
_RARE = ((regexes.compile("Oo|oé|éo|oó|éö|öé|dé|dó"), "ö"), (regexes.compile("ii|iii"), "ä"), (regexes.compile("(?<=[a-zåäö])d(?=[a-zåäö])"), "ö"),
         (regexes.compile("ó|ò"), "ö"), (regexes.compile("á|à"), "å"), (regexes.compile("ë"), "ä"),
         (regexes.compile("(?<=[a-zåäö])i(?=[a-zåäö])"), "l"),  # "avsiutas", "Anmait"
         # OCR's é for ö, then stripped of its accent ("Feredragande", "ferdjupad"): an e in a word no reading knows
         (_E_FOR_O := regexes.compile("(?<=[A-Za-zåäö])e(?=[a-zåäö])"), "ö"))
# The most spellings a word's a/o letters are tried in: a long compound of the genre has many
# ("pensionarsorganisationerna", 648), each a lexicon look-up or a split; a longer run is left as written.
_MAX_VARIANTS = 1024
# Where a word's é may have lost its accent: the last e before a noun's endings ("kommittén", "entré", "idéer",
# "turnén", "caféet"), tried only for a word as written this improbable (most words in -en, -er are right as written).
_E_ACUTE_END = regexes.compile(r"[eE](?=(?:n|ns|r|rs|s|t|ts|er|ers|erna|ernas|et|ets)?$)")
E_ACUTE_TRY_BELOW = math.log(1e-5)
E_ACUTE_HEAD_MIN_CHARS = 4  # a compound's head in -é ("entré|", "idé|" is too short to tell from any word's e)
E_ACUTE_HEAD_MIN_PROB = 1e-6  # ... that the lexicon has with its é
# A longer run of letters is no word (a megabyte of "a" on a page that is repaired whole): its splits would cost
# the square of its length.
REPAIR_WORD_MAX_CHARS = 80
AS_WRITTEN_BONUS = 1.0  # the word as written must be beaten clearly (about 3x as probable) to be changed
# A word in capitals this long is a heading's word, not an acronym (SKR, ADDA, MBL): it is repaired as spelt.
UPPER_WORD_MIN_CHARS = 6
_WORD = regexes.compile(r"(?<![\w@.])[A-Za-zÀ-ÿ&6]*[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ&6]*(?![\w@])")
# _WORD led by the character before the word, consumed instead of tested behind: re then skips through
# the text to those characters in one loop rather than trying the word at every position. Searched in
# " " + text (a word at the start has a character before it too); group 1 is the word. A word never starts
# where the one before ends (it would have run on), so consuming that character loses none.
_WORD_AFTER = regexes.compile(r"[^\w@.](" + _WORD.pattern.removeprefix(r"(?<![\w@.])") + ")")


# A word the list has without its -s is scored as that word, less probable (a factor of e²); only for long
# stems, the compounds and definite forms the list lacks: a short common word's -s form ("hallå|s") would
# outweigh the real word it was ("hållas").
GENITIVE_MIN_STEM = 7
GENITIVE_MIN_TAIL = 5  # a compound's tail with a genitive -s: "rummet|s", not "ort|s"
_DEFINITE_GENITIVES = ("ets", "ens", "nas")  # the definite forms' genitives: "rummets", "föreningens", "styrelsernas"
GENITIVE_PENALTY = 2.0


@lru_cache(maxsize=200_000)
def word_score(word: str) -> float | None:
    """Log probability of a lower-case word, or of its best split into known parts; None if unknown."""
    lex = lexicon()
    found = lex.prob(word)
    if found:
        return math.log(found)
    # A genitive or a definite form's -s on a known word ("sammanträdet|s", "årsmötet|s"), which the word
    # list lacks for all but the commonest words.
    if word.endswith("s") and len(word) > GENITIVE_MIN_STEM and (stem := lex.prob(word[:-1])) >= 1e-7:
        return math.log(stem) - GENITIVE_PENALTY
    best = None
    # Split into head + known tail; the head may end in a linking s ("krisberedskaps|rådet").
    # Both parts must be real words of some weight, or any rare short tail would make a compound.
    for i in range(3 if word[:3] in SHORT_HEADS else 4, len(word) - 2):
        tail = word[i:]
        tail_prob = lex.prob(tail)
        least = LONG_TAIL_MIN_PROB if len(tail) >= LONG_TAIL_CHARS else 1e-6
        if tail_prob < least and len(tail) > GENITIVE_MIN_TAIL and tail.endswith(_DEFINITE_GENITIVES) \
                and lex.prob(tail[:-1]) >= least:
            # a tail's genitive -s on a definite form the list has ("sektions|rummet|s", "förenings|mötet|s"): that
            # word, less probable (as a whole word's), rather than another split ("sektionsrum|möts"); not a verb's
            # passive -s ("aktualitets|prövas" is no "prova|s")
            tail_prob = lex.prob(tail[:-1]) * math.exp(-GENITIVE_PENALTY)
        if tail_prob < least or len(tail) == 3 and tail not in SHORT_TAILS:
            continue
        head_score = _head_score(word[:i])
        if head_score is None:
            continue
        score = head_score + math.log(tail_prob) - 5.0
        if best is None or score > best:
            best = score
    return best


# Compound heads of three letters, which any shorter head than four would make of every word: "vår|resan",
# "kår|rummet", "sjö|boden", "väg|belysning", "båt|platsen", "års|räkningar".
SHORT_HEADS = frozenset({"vår", "kår", "sjö", "väg", "båt", "års"})
# A tail this long is a word of its own even when rare ("bolags|stämmorna", "åter|remittera"): only a word that
# often is counted as a tail below that, as any rare short tail would make a compound.
LONG_TAIL_CHARS = 8
LONG_TAIL_MIN_PROB = 1e-7
LINKED_HEAD_MIN_CHARS = 8
# Tails of three letters, common nouns that end compounds of the genre ("trädgårds|dag", "sammanträdes|dag",
# "sammanträdes|rum"): any short tail would make a compound of every word ("Fjäll|stå", "avstyr|kör"). Only tails
# without å/ä/ö, which read the same in every spelling of the word and so only weigh its head: a short tail with them
# would outweigh a plain word the list lacks ("valp|lån" for a "val|plan").
SHORT_TAILS = frozenset("dag rum hus bok tid hem".split())
# A compound head in one of its linking forms is that word, less probable (as a genitive's -s): less its -e
# ("ägar|ombud", "överförmyndar|handläggare"), its -a as -o ("folkhälso|", "stämmo|protokoll"), its -e as -s
# ("samhälls|avdelningen"), or with an -e added to a common word ("löne|chefen", "lön"): (ending, what the word ends
# in instead, the head's least length: a short head's -o is a verb's as often, "sago|" no "säga"; the least
# probability of the word, for the added -e: "fere|dragande" is no "fer").
LINK_FORMS = (("", "e", 4, 0.0), ("o", "a", 7, 0.0), ("s", "e", 6, 0.0), ("e", "", 4, 1e-5))


def _head_score(head: str) -> float | None:
    """Log probability of a compound's head: a word, a word with its linking s, a compound, or a word in one of its
    linking forms (LINK_FORMS), whichever reading is likeliest ("samhälls|" is "samhälle", not the rarer "samhäll")."""
    lex = lexicon()
    found = lex.prob(head)
    if found >= 1e-7:
        return math.log(found)
    if head.endswith("s") and len(head) >= 5 and (found := lex.prob(head[:-1])) >= 1e-7:
        found = math.log(found)
    elif len(head) >= 6:
        found = word_score(head)
        if found is None and head.endswith("s") and len(head) > LINKED_HEAD_MIN_CHARS:
            # a compound head's linking s on a compound ("kommunlednings|", "bostadsförsörjnings|"), less probable
            # than a head the list has with its s ("utställnings|" beside the misspelt "utstallning|s")
            stem = word_score(head[:-1])
            found = None if stem is None else stem - GENITIVE_PENALTY
    else:
        found = None
    for end, base, least, least_prob in LINK_FORMS:
        if len(head) >= least and head.endswith(end):
            word = head[:len(head) - len(end)] + base
            if (linked := word_score(word)) is not None and (not least_prob or lex.prob(word) >= least_prob):
                found = linked - GENITIVE_PENALTY if found is None else max(found, linked - GENITIVE_PENALTY)
    return found


# A proper name ("Västersjö", "Lönnvik", "Harsjö", "Burström") is a compound of short parts: a head of three
# letters or more and a word, often a short place-name word ("sjö", "vik", "by"). Only for a capitalised word
# that no reading makes a known word.
NAME_HEAD_MIN_CHARS = 3
NAME_TAIL_MIN_CHARS = 3
NAME_SHORT_TAIL_CHARS = 3  # a tail this short must be one of the place-name words below
NAME_SHORT_TAILS = frozenset({"sjö", "vik", "by", "byn", "ås", "näs", "hed", "dal", "ån", "ön"})
NAME_TAIL_MIN_PROB = 1e-6  # a longer tail must be this probable a word, as word_score's tails
NAME_HEAD_MIN_PROB = 1e-7
NAME_SPLIT_PENALTY = 5.0  # as word_score's: a split reading is less likely than a word of the list


# The last words of place names, streets and farms ("Ekviksvägen", "Kvarnåsens", "Norrbäcken", "Lönngården"), after
# any head of three letters or more, whose letters are then left as written; "backen" too, a place-name word as
# written ("Solbacken" is no "Solbäcken").
PLACE_TAILS = frozenset("åsen bäcken bäck vägen gården gård sjön ängen älven näset tjärn tjärnen kärret ström strömmen "
                        "höjden åker åkern backen backe".split())
# As the last word of a name, a place-name word is counted at least this common: "åsen" (rarer in general text than
# the plain "asen") must win the name it ends ("Granåsens", "Lindåsens"); "bäcken" still does not beat the commoner
# "backen" as written ("Solbacken").
PLACE_TAIL_MIN_PROB = 2e-5
UNKNOWN_HEAD_LOG = math.log(1e-8)


@lru_cache(maxsize=100_000)
def name_score(word: str) -> float | None:
    """word_score of a lower-case proper name, else the log probability of its best split into a head and a
    place-name or surname tail ("lönn|vik", "har|sjö", "björk|hamn|s"); None if no split is known."""
    found = word_score(word)
    if found is not None:
        return found
    lex = lexicon()
    stem = word[:-1] if word.endswith("s") else word  # a genitive: "Björkhamns"
    best = None
    for i in range(NAME_HEAD_MIN_CHARS, len(stem) - NAME_TAIL_MIN_CHARS + 1):
        tail = stem[i:]
        tail_prob = lex.prob(tail)
        place = tail in PLACE_TAILS
        if place:
            tail_prob = max(tail_prob, PLACE_TAIL_MIN_PROB)
        elif tail_prob < NAME_TAIL_MIN_PROB or len(tail) <= NAME_SHORT_TAIL_CHARS and tail not in NAME_SHORT_TAILS:
            continue
        head_prob = lex.prob(stem[:i])
        if head_prob >= NAME_HEAD_MIN_PROB:
            score = math.log(head_prob)
        elif place:
            score = UNKNOWN_HEAD_LOG  # "Ekviks|vägen", "Kvarn|åsens": any head before a place-name word
        else:
            continue
        score += math.log(tail_prob) - NAME_SPLIT_PENALTY
        if best is None or score > best:
            best = score
    return best


# Surname and place-name endings as written without å/ä/ö ("fors", "vall", "mark", "holm"): in a capitalised word
# they stay as written ("Fors", "Lillfors", "Vall", "Norrmarks" are names, not the commoner "förs", "väll");
# the letters before them are repaired as ever ("Lovgren" → "Lövgren", "Bastad" → "Båstad").
_PLAIN_NAME_ENDINGS = tuple(e for e in SURNAME_ENDINGS if e.isascii())


# Place-name words that head a capitalised compound as written ("Fors|badet", "Vall|skolan"), whose reading with å/ä/ö
# is a verb's form ("förs", "väll"), which heads no compound. (Four letters each.)
PLACE_HEADS = ("fors", "vall")


def _name_ending_at(word: str) -> int | None:
    """Where the plain surname ending of a capitalised name starts ("Lillfors" → 4, "Norrmarks" → 4), or None."""
    if len(word) < SURNAME_MIN_CHARS or not word[0].isupper() or not word[1:].islower():
        return None
    low = word.lower()
    for ending in _PLAIN_NAME_ENDINGS:
        for end in (ending, ending + "s"):
            if low.endswith(end):
                return len(word) - len(end)
    return None


# A short capitalised word in -en that no reading makes a word or a name's compound is a surname of the kind that
# writes its last vowel é (Sahlén, Carlén, Andrén), which text that lost its accents spells "e" (not -er: "Zetter").
# Not the Danish and Norwegian -sen (Hansen, Nilsen), written so in Sweden too.
_E_ACUTE_SURNAME = regexes.compile(r"^[A-Z][a-z]{2,3}en$")
_PLAIN_EN_SURNAMES = ("sen",)


def looks_damaged(text: str) -> bool:
    """True when a Swedish text has far fewer å/ä/ö than Swedish prose always has (about 3 %)."""
    return lost_swedish(text)


def _variants(word: str) -> list[tuple[str, float]]:
    slots = [_CONFUSIONS.get(c, ((c, 0.0),)) for c in word]
    if math.prod(len(s) for s in slots) > _MAX_VARIANTS:
        return [(word, 0.0)]
    return [("".join(c for c, _ in combo), sum(p for _, p in combo)) for combo in product(*slots)]


@lru_cache(maxsize=100_000)
def repair_word(word: str) -> str:
    """The most probable Swedish spelling of one OCR'd word; the word itself when nothing is better.

    Repeated until the spelling stands (a few rounds at most), so repairing a repaired text changes
    nothing: "f6ija" → "föija" opens the rare confusions of "föija" and only then gives "följa"."""
    if len(word) > REPAIR_WORD_MAX_CHARS:
        return word
    for _ in range(4):
        fixed = _repair_once(word)
        if fixed == word:
            break
        word = fixed
    return word


def _repair_once(word: str) -> str:
    if not any(c.isalpha() for c in word):
        return word
    if word.isupper() and (len(word) >= UPPER_WORD_MIN_CHARS or municipalities.with_lost_letters(word)):
        # a heading in capitals ("SAMMANTRADESPROTOKOLL", "FOREDRAGNINGSLISTA"): repaired as the word it spells,
        # as a capitalised word: a place's name ("LOVSTRANDS KOMMUN", "MALMO STAD", even short) is read as names are
        return _repair_once(word.capitalize()).upper()
    if len(word) > 1 and (word.isupper() or sum(c.isupper() for c in word) > 1 and "Oo" not in word):
        return word  # acronyms and odd casing (SKR, ADDA) are left alone
    if word[0].isupper() and word[1:].islower() and (place := _municipality(word)):
        return place
    candidates = _variants(word)
    if word[0].isupper():
        names = [other for other, _ in candidates if other != word and is_first_name(other)]
        if is_first_name(word) and not names:
            return word  # a given name as written ("Saga", not the verb "säga"); "Goran" may still be "Göran"
        if len(names) == 1 and not is_first_name(word):
            return names[0]  # "Orjan": no name as written, one given name with å/ä/ö
        surnames = [other for other, _ in candidates if other.lower() in SURNAMES_WITH_SWEDISH_LETTERS]
        if len(surnames) == 1 and not names and word[1:].islower():
            return surnames[0]  # "Stahl", "Ost": a surname that lost its å/ä/ö
        common = [other for other in names if is_common_first_name(other)]
        if len(common) == 1 and not is_common_first_name(word):
            return common[0]  # "Marta", "Hakan": a rarer name as written, one of the common ones with å/ä/ö
        if (cut := _name_ending_at(word)) is not None:
            candidates = [(other, prior) for other, prior in candidates if other[cut:] == word[cut:]]
        if word[1:].islower() and word.lower().startswith(PLACE_HEADS) and lexicon().prob(word.lower()[4:]) >= 1e-6 \
                and not any(other.lower() in lexicon() for other, _ in candidates if other[:4] != word[:4]):
            # "Forsbadet", "Forsparken", "Vallskolan": a place's word heads the name, not the verb "förs" or "väll"
            # (where no word of the list begins so: "Förslaget", "Försvar" are words)
            candidates = [(other, prior) for other, prior in candidates if other[:4] == word[:4]]
    spellings = list(candidates)  # the å/ä/ö readings, before the rarer confusions join them
    if "e" in word.lower() and (word_score(word.lower()) or -math.inf) < E_ACUTE_TRY_BELOW:
        # a loan word's é that lost its accent ("kommitten", "entre", "ideer"): the readings with é at the end
        ats = [m.start() for m in _E_ACUTE_END.finditer(word)]
        # and a compound's head that is such a word ("entré|avgiften", "kommitté|ordförande", "idé|skiss")
        low = word.lower()
        ats += [at for at in range(E_ACUTE_HEAD_MIN_CHARS - 1, len(word) - E_ACUTE_HEAD_MIN_CHARS)
                if low[at] == "e" and lexicon().prob(low[:at] + "é") >= E_ACUTE_HEAD_MIN_PROB]
        for at in ats:
            accent = "É" if word[at] == "E" else "é"
            candidates += [(other[:at] + accent + other[at + 1:], prior) for other, prior in spellings]
    if word_score(word.lower()) is None:
        for pattern, repl in _RARE:
            hits = list(pattern.finditer(word))[:4]
            found = _variants(pattern.sub(repl, word)) if hits else []
            if len(hits) > 1:  # also each occurrence alone: only one of several may be damaged
                for m in hits:
                    found += _variants(word[: m.start()] + repl + word[m.end():])
            if pattern is _E_FOR_O and word[0].isupper():
                # a name's e is an e ("Stenakers" is no "Stena|körs"): only a whole word of the lexicon is read so
                found = [(other, prior) for other, prior in found if other.lower() in lexicon()]
            candidates += found
    best, best_score = _likeliest(word, candidates, word_score)
    if best_score is None and word[0].isupper() and word[1:].islower():
        # no reading is a known word: a proper name, read as the compound of name parts it most likely is (with
        # å/ä/ö only: a rarer confusion's reading of a name, "Ardiana" as "Ardlana", is a guess too far)
        best, best_score = _likeliest(word, spellings, name_score)
    if best_score is None and _E_ACUTE_SURNAME.match(word) and not word.endswith(_PLAIN_EN_SURNAMES):
        return word[:-2] + "én"  # "Sahlen", "Carlen": a surname of the -én kind
    if best_score is None and ("6" in word or "&" in word):
        # An unknown word with a digit-for-letter is still better read as the letter.
        best = word.replace("6", "ö").replace("&", "å")
    return best


# A municipality's name that lost its å/ä/ö ("Umea", "Sjobo", "Hoors") is that name, unless it also spells a word
# this common ("Ange", an imperative, before "Ånge").
MUNICIPALITY_AS_WORD_MAX_PROB = 5e-6


def _municipality(word: str) -> str | None:
    place = municipalities.with_lost_letters(word)
    if place is None or lexicon().prob(word.lower()) >= MUNICIPALITY_AS_WORD_MAX_PROB:
        return None
    return place


def _likeliest(word: str, candidates: list[tuple[str, float]], score_of) -> tuple[str, float | None]:
    """The candidate spelling of ``word`` that ``score_of`` (a lower-case word's log probability, or None) and its
    prior make likeliest, with its score; ``word`` and None where ``score_of`` knows none."""
    best, best_score = word, None
    for candidate, prior in candidates:
        score = score_of(candidate.lower())
        if score is None:
            continue
        score += prior + (AS_WRITTEN_BONUS if candidate == word else 0.0)
        if best_score is None or score > best_score:
            best, best_score = candidate, score
    return best, best_score


# "ar" is "är" (is) unless the word before makes it a year: "nästa år", "i år", "varje år", "för år 2026",
# "tidigare år", "tolv år", or a small number or a range of them does ("på 2 år", "1 år", "barn 7–9 år"; a year's
# "2026 är" is "is"); or a range of school years follows it ("elevrådet år 4-6", not "är 4-6 år").
_YEARS_COUNT = regexes.compile(r"\W*\s\d{1,2}(?:[-–]\d{1,2})?\s+")  # between the word before and the "ar"
_YEAR_BEFORE = frozenset("nästa detta förra varje per ett samma hela i under kommande föregående innevarande "
                         "senaste första andra tredje två tre fyra fem sex sju åtta nio tio elva tolv för "
                         "tidigare".split())
_GRADES_AFTER = regexes.compile(r"[ \t]+\d{1,2}[-–]\d{1,2}\b(?![ \t]*[aå]r\b)")


# A capitalised word right after a given name ("Per Noren", "Anna Hall") is a surname. One in -en after a consonant and
# a one-syllable stem is one of the many -én names (Norén, Rydén, Holmén, Lidén) whatever word it also spells ("rosen", "holmen"), but not the
# plain -gren and -sten names nor the -sen ones made of a given name ("Hansen", "Petersen"); one that is a word as
# written ("Hall", "Lange", "Rost") stays so rather than becoming a commoner word with å/ä/ö ("håll", "länge", "röst").
# (A one-syllable stem, as theirs: "Kjellén", "Ahlsén", "Udén"; not "Kuhmunen".)
_EN_SURNAME = regexes.compile(r"^(?:[AEIOUY]|[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]*[aeiouy]+)[b-df-hj-np-tv-xz]+en$")
_PLAIN_EN_SURNAME_ENDINGS = ("gren", "sten")
SURNAME_AS_WORD_MIN_PROB = 1e-6
_GAP_IN_NAME = regexes.compile(r" {1,2}")  # a wider gap is a table's, between columns


_GIVEN_AFTER = regexes.compile(r"(?:, ?| {1,2})([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?![\w-])")


def _surname(word: str, fixed: str, surname_first: bool = False) -> str:
    """The spelling of ``word``, a surname after a given name (or before one, ``surname_first``), given ``fixed``,
    its spelling as any word's. (Before a given name, a word with an å/ä/ö reading or a word as written is no -én
    name: "Nämnden Anna", "Vuxen: Anna".)"""
    if "é" in word and not _OCR_E_ACUTE.search(word):
        return word  # an é the text wrote ("Norén")
    if not word[1:].islower():
        return fixed  # odd casing
    if _EN_SURNAME.match(word) and not word.endswith(_PLAIN_EN_SURNAME_ENDINGS) \
            and not (surname_first and (fixed != word or lexicon().prob(word.lower()) >= SURNAME_AS_WORD_MIN_PROB)) \
            and not (word.endswith("sen") and any(is_first_name(repair_word(word[:cut])) for cut in (-2, -3))):
        return word[:-2] + "én"
    if fixed != word and fixed.lower() not in SURNAMES_WITH_SWEDISH_LETTERS \
            and lexicon().prob(word.lower()) >= SURNAME_AS_WORD_MIN_PROB:
        return word
    if len(fixed) == len(word) and any(a in "eE" and b in "öÖ" for a, b in zip(word, fixed)):
        return word  # a surname's e is an e ("Legner", not "lögner"), whatever a word's é for ö may be
    return fixed


# Words whose å/ä/ö reading the words around them decide: "fort" is "fört" in "protokoll fört av/vid"; "satt" is
# "sätt" after "på rätt", "följande", "samma" ...; a compound in -man after a number is plural ("två justeringsmän").
_FORT_AFTER = regexes.compile(r"[ \t]+(?:av|vid)\b", re.IGNORECASE)
_MANNER_BEFORE = frozenset("rätt följande samma annat detta vilket något bästa nytt liknande sådant olika ett bra "
                           "enkelt enklaste smidigt tydligt effektivt lämpligt lämpligaste korrekt".split())
# "stod" (stood) follows its subject; after a preposition or an adjective it is "stöd" (support): "ansökan om stöd",
# "statens stöd", "ekonomiskt stöd", and so is a compound's head before its hyphen ("stöd- och serviceavdelningen").
_SUPPORT_BEFORE = frozenset("om till med i för av utan ett visst stort ekonomiskt ekonomiska statligt statliga statens "
                            "kommunalt kommunala regionalt regionala särskilt särskilda extra ökat ökade fortsatt "
                            "fortsatta".split())
_PLURAL_BEFORE = frozenset("två tre fyra fem sex sju åtta nio tio".split())
PLURAL_MAN_MIN_CHARS = 6  # "justeringsman", "ombudsman"; not "man" alone ("tre man stark")
# "gas" before "igenom" is the passive of "gå" ("protokollet gås igenom"); a lower-case "sankt" before no name is
# "sänkt" ("sänkt avgift", "sänkt taxa"; "Sankt Olof" is a saint's or a place's name); "laget" (the team) is "läget"
# (the state of things) after the words that report on it: "om läget", "ekonomiska läget", "redogjorde för läget".
_THROUGH_AFTER = regexes.compile(r"[ \t]+igenom\b", re.IGNORECASE)
_NAME_AFTER = regexes.compile(r"[ \t]+[A-ZÅÄÖ]")
# "fortsatta" right after an article, a preposition or a genitive is the adjective ("det fortsatta arbetet", "om
# fortsatta diskussioner", "Helsingborgs fortsatta utveckling"), not the commoner verb "fortsätta" ("att fortsätta").
_ADJECTIVE_BEFORE = frozenset("de det den om för inför till vid i av på under med dess deras sina sitt vår våra "
                              "vårt".split())
_ONLY_SPACE_BEFORE = regexes.compile(r"[^\W\d_][ \t]+$")  # the word before right before it, no number between
_IS_AFTER = regexes.compile(r"[ \t]+[aä]r\b(?![ \t]+\d)")  # not "har år 2025"
# "rader" (rows) after "det", "där", "här" is "råder" (prevails: "det råder brist på", "där råder oklarhet").
_PREVAILS_BEFORE = frozenset("det där här".split())
_STATE_BEFORE = frozenset("om aktuella nuvarande ekonomiska rådande redovisade redovisar redovisa".split())
# "redogjorde för", "redogör för", as the damaged text spells them
_REPORT_FOR_BEFORE = regexes.compile(r"\bredog\w*[ \t]+f[oö]r[ \t]+$", re.IGNORECASE)
# "bor" (lives) goes with where ("bor i", "bor kvar", "bor hos"), or ends its clause; otherwise it is the modal "bör"
# before a verb ("frågan bör tas upp", "taxan bör följas upp", "marken bör" at a line's end), as the damaged text
# spells the words after it.
_LIVES_AFTER = regexes.compile(r"[ \t]*(?:[.,;:?!)]|$|(?:i|p[aå]|hos|kvar|n[aä]ra|d[aä]r|h[aä]r|utanf[oö]r|inom|med|"
                               r"tillsammans|ensam|sj[aä]lv|som|och)\b)", re.IGNORECASE)
_COUNT_BEFORE = regexes.compile(r"(?<!\d)(\d{1,2})[ \t]+$")  # "val av 2 justeringsmän": a number, not a word


_given = lru_cache(maxsize=20_000)(is_first_name)  # asked of every capitalised word of a damaged text
_IN_CONTEXT = frozenset(f(w) for w in ("fort", "satt", "stod", "gas", "sankt", "laget", "bor", "rader",
                                      "fortsatta", "har")
                        for f in (str.lower, str.capitalize, str.upper))


def _cased(word: str, new: str) -> str:
    """``new`` (lower case) in the case ``word`` is written in: "LAGET" → "LÄGET", "Laget" → "Läget"."""
    return new.upper() if word.isupper() else new.capitalize() if word[:1].isupper() else new


def _in_context(word: str, fixed: str, previous: str, text: str, end: int) -> str:
    low = word.lower()
    if low == "fort" and (previous.lower().startswith("protokoll") or _FORT_AFTER.match(text, end)):
        return word[:-3] + ("ÖRT" if word.isupper() else "ört")
    if low == "satt" and previous.lower() in _MANNER_BEFORE:
        return word[:-3] + "ätt"
    if low == "stod" and (previous.lower() in _SUPPORT_BEFORE or text.startswith("-", end)):
        return word[:-2] + "öd"
    if low == "man" and previous.lower() == "gode":
        return _cased(word, "män")  # "gode män", the plural of "god man" (a guardian)
    if low.endswith("man") and len(word) >= PLURAL_MAN_MIN_CHARS and fixed == word and (
            previous.lower() in _PLURAL_BEFORE or (count := _COUNT_BEFORE.search(text, 0, end - len(word)))
            and int(count.group(1)) > 1):
        return word[:-2] + _cased(word, "än")[-2:]  # "justeringsmän", "JUSTERINGSMÄN"
    if word == "fortsatta" and (previous.lower() in _ADJECTIVE_BEFORE or previous[:1].isupper() and previous.endswith("s")) \
            and _ONLY_SPACE_BEFORE.search(text, 0, end - len(word)):
        return word
    if word == "har" and (previous.lower() == "är" or _IS_AFTER.match(text, end)):
        return "här"  # "Du är här", "här är protokollet": "har" next to "är" is "här"
    if low == "rader" and previous.lower() in _PREVAILS_BEFORE:
        return _cased(word, "råder")
    if word == "bor" and not _LIVES_AFTER.match(text, end):
        return "bör"
    if low == "gas" and _THROUGH_AFTER.match(text, end):
        return _cased(word, "gås")
    if low == "sankt" and word.islower() and not _NAME_AFTER.match(text, end):
        return "sänkt"
    if low == "laget" and (previous.lower() in _STATE_BEFORE or _REPORT_FOR_BEFORE.search(text, 0, end - len(word))):
        return _cased(word, "läget")
    return fixed


# A line of capitals with this many words or more is a heading ("NÄSTA MÖTE", "STYRELSEN FÖR KUSTRÅDET"): its short
# words are words, not acronyms, unless one ends in a full stop (an abbreviation, "ANG.").
CAPITALS_HEADING_MIN_WORDS = 2
_HEADING_WORD = regexes.compile(r"[^\W\d_]{2,}")


# A municipality's name before "kommun" is that name, even where it also spells a word ("Ange kommun" is Ånge's,
# though "ange" is a common imperative).
_KOMMUN_AFTER = regexes.compile(r"[ \t]+(?:kommun|Kommun|KOMMUN)\b")


def _in_capitals_heading(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands in a line of capitals of CAPITALS_HEADING_MIN_WORDS words or
    more, or in a run of that many words in capitals that a line's running text follows ("7 NÄSTA MÖTE Nästa möte
    hålls ..."), and ends in no full stop."""
    if text.startswith(".", end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:(text.find("\n", end) + 1 or len(text) + 1) - 1]
    if line.upper() == line:
        return len(_HEADING_WORD.findall(line)) >= CAPITALS_HEADING_MIN_WORDS
    before, after = line[:start - line_start].split(), line[end - line_start:].split()
    run = 1
    for words in (reversed(before), after):
        for token in words:
            if not (token.isupper() and _HEADING_WORD.fullmatch(token)):
                break
            run += 1
    return run >= CAPITALS_HEADING_MIN_WORDS


def repair_text(text: str, same_length: bool = False) -> str:
    """Repair every word of a damaged text; digits, e-mail addresses and acronyms stay as they are.
    With ``same_length``, only the repairs that keep a word's length (a→ä, o→ö, not "Oo"→"Ö"): a laid-out
    page's columns stay where they were and its spans index the same characters."""
    out, pos, previous = [], 0, ""
    people: set[str] = set()  # the initials of the names "Given Surname" read
    kommun = "ommun" in text or "OMMUN" in text  # whether _KOMMUN_AFTER may match anywhere
    for m in _WORD_AFTER.finditer(" " + text):
        word = m.group(1)
        fixed = repair_word(word)
        n = len(word)
        if same_length and len(fixed) != n:
            fixed = word
        start, end = m.span(1)
        start, end = start - 1, end - 1  # in ``text``, one character shorter at the start
        capital = word[0].isupper()
        if fixed == word and 1 < n < UPPER_WORD_MIN_CHARS and word.isupper() and word.isalpha() \
                and _in_capitals_heading(text, start, end):  # (not a point's number "6A", whose 6 may read ö)
            fixed = repair_word(word.capitalize()).upper()  # "NASTA MOTE", "STYRELSEN FOR ...": a heading's words
        if fixed == word and capital:
            if kommun and _KOMMUN_AFTER.match(text, end) and (place := municipalities.with_lost_letters(word)):
                fixed = place.upper() if word.isupper() else place  # "Ange kommun", "ARE KOMMUN": a municipality
            elif text[pos:start] == "-" and (place := municipalities.with_lost_letters(f"{previous}-{word}")):
                fixed = place.rsplit("-", 1)[1]  # "Malung-Salen": a municipality's name of two parts
                fixed = fixed.upper() if word.isupper() else fixed
        # The word before is lower-cased only for an "ar" (only a word of two letters lowers to "ar").
        if not capital:
            if word in _IN_CONTEXT or word.endswith("man"):
                fixed = _in_context(word, fixed, previous, text, end)
        elif previous[:1].isupper() and _GAP_IN_NAME.fullmatch(text, pos, start) and _given(previous):
            fixed = _surname(word, fixed)
            people.add(previous[0] + fixed[0])
        elif (after := _GIVEN_AFTER.match(text, end)) and not _given(fixed) and _given(repair_word(after.group(1))):
            fixed = _surname(word, fixed, surname_first=True)  # "Noren, Harald", "Noren Harald (S)"
        elif word in _IN_CONTEXT or word.isupper() and word.endswith("MAN"):
            fixed = _in_context(word, fixed, previous, text, end)
        if n == 2 and word.lower() == "ar" and (
                previous.lower() in _YEAR_BEFORE and text[pos:start].isspace() or _YEARS_COUNT.fullmatch(text, pos, start)
                or _GRADES_AFTER.match(text, end)):
            fixed = "År" if word[0].isupper() else "år"
        out.append(text[pos:start])
        out.append(fixed)
        pos, previous = end, fixed
    out.append(text[pos:])
    return _with_initials("".join(out), people)


# A person's initials in capitals ("PA", "RO"), which _WORD leaves alone as an acronym, are theirs as the repaired
# names spell them ("Pål Åkesson" → "PÅ"), unless someone else's initials are those letters as written.
_INITIALS_WORD = regexes.compile(r"(?<![\w-])[A-Z]{2}(?![\w-])")


def _with_initials(text: str, people: set[str]) -> str:
    accented = {}
    for letters in people:
        plain = fold(letters, ocr=False).upper()
        if plain != letters and plain not in people and plain not in _NEVER_INITIALS:
            accented[plain] = None if plain in accented else letters
    accented = {k: v for k, v in accented.items() if v}
    if not accented:
        return text
    return _INITIALS_WORD.sub(lambda m: accented.get(m.group(), m.group()), text)


_NEVER_INITIALS = frozenset({"AB", "OK"})  # a company's "AB" (aktiebolag) beside "Åsa Berg" (ÅB)


# An é that ends a word or a name's "-én" ("turné", "idéer", "Norén", "Lindéns") is Swedish as written;
# one inside a word ("Aktualitetsproévningen", "fér") is OCR's ö.
_PLAIN_E_ACUTE = r"é(?!(?:ns?|erna|er)?(?![\wåäö]))"
_OCR_E_ACUTE = regexes.compile(_PLAIN_E_ACUTE)  # an é inside a word: OCR's ö
_SUSPECT = regexes.compile(rf"{_PLAIN_E_ACUTE}|[óòáàë]|ii|Oo|[a-zåäö]I[a-zåäö]|[A-Za-zåäö][6&]|[6&][a-zåäö]")
# A capital I inside a word is an l ("DahImann").
# (Led by its literal "I", tested behind after it: re skips straight to each "I" instead of testing the
# letter behind at every position.)
CAPITAL_I_IN_WORD = regexes.compile(r"I(?<=[a-zåäö]I)(?=[a-zåäö])")


_ODD_LETTERS = regexes.compile(rf"{_PLAIN_E_ACUTE}|[óòáàë]")
# "[A-Za-zåäö][6&]|[6&][a-zåäö]", led by the 6 or & itself so that the engine skips straight to one.
_DIGIT_IN_WORD = regexes.compile(r"[6&](?:(?<=[A-Za-zåäö].)|(?=[a-zåäö]))")
# A capital I after a letter and before a small one; whether the letter before is lower case is
# tested in Python (str.islower), on these few matches only.
_CAPITAL_I = regexes.compile(r"I(?<=[^\W\d_]I)[a-zåäö]")


# _ODD_LETTERS and _DIGIT_IN_WORD, found with str.find: these run over every whole text, where a pattern
# tests its character class at every position and find skips to the few places that matter.
_ODD = "éóòáàë"
_BEFORE_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzåäö")  # [A-Za-zåäö]
_AFTER_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyzåäö")  # [a-zåäö]


def _found(text: str, chars: str):
    """Every position of any of ``chars`` in ``text``, character by character."""
    for ch in chars:
        at = text.find(ch)
        while at >= 0:
            yield at
            at = text.find(ch, at + 1)


def _digits_in_words(text: str):
    """The positions _DIGIT_IN_WORD.finditer(text) would give: a "6" or "&" after a letter or before a small one."""
    for at in _found(text, "6&"):
        if (at and text[at - 1] in _BEFORE_DIGIT) or text[at + 1:at + 2] in _AFTER_DIGIT:
            yield at


def has_suspects(text: str) -> bool:
    """Whether any word shows OCR damage; plain substring tests first, as this runs on every text."""
    if any(ch in text for ch in _ODD) or "ii" in text or "Oo" in text:
        return True
    if ("6" in text or "&" in text) and next(_digits_in_words(text), None) is not None:
        return True
    return any(text[m.start() - 1].islower() for m in _CAPITAL_I.finditer(text))


def suspect_positions(text: str) -> list[int]:
    """Where in ``text`` has_suspects finds damage (one position inside each finding, none crossing a
    line break): a caller holding many lines joined by newlines finds the few lines that need repair."""
    out = list(_found(text, _ODD))
    for pair in ("ii", "Oo"):
        at = text.find(pair)
        while at >= 0:
            out.append(at)
            at = text.find(pair, at + 1)
    out += _digits_in_words(text)
    out += [m.start() for m in _CAPITAL_I.finditer(text) if text[m.start() - 1].islower()]
    return out


def looks_intact(word: str) -> bool:
    """True when a word still has its å/ä/ö and shows no OCR damage: whatever wrote it kept Swedish letters
    and misread none visibly, so it is spelled as meant ("Norrsjö" is a place of its own, not "Norsjö")."""
    return any(c in word for c in SWEDISH_LETTERS) and not has_suspects(word)


def repair_suspects(text: str) -> str:
    """In good text, repair only the words OCR visibly damaged ("Aktualitetsproévningen", "DahImann")."""
    def fix(m: re.Match) -> str:
        word = m.group(0)
        if "I" in word:
            word = CAPITAL_I_IN_WORD.sub("l", word)
        if _SUSPECT.search(word) and word_score(word.lower()) is None:
            mended = repair_word(word)
            if word[:1].isupper() and all(m.group(0) == "ii" for m in _SUSPECT.finditer(word)) \
                    and (word_score(mended.lower()) or -math.inf) < math.log(SURNAME_AS_WORD_MIN_PROB):
                return word  # "Viik", "Riikka", "Liisa": a name spelled with a double i, not OCR's ä
            return mended
        return word
    return _WORD.sub(fix, text) if has_suspects(text) else text


def repair_if_damaged(text: str) -> tuple[str, bool]:
    """Repair ``text`` when it looks damaged; also fix the unmistakable digit-for-ö words otherwise."""
    if looks_damaged(text):
        return repair_text(text), True
    return text, False
