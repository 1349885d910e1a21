"""People's names in the forms minutes write them besides "First Last": surname first ("Uggla, Eddie",
"Berg, Anna-Karin (S)"), and a first name alone for someone the attendance list names in full.

A name is kept in the order "First Last" whatever order the list wrote it in: the record is searched and
compared by name, and the same person is "Anna Berg" in an attendance list, a signature and an election.
"""
from __future__ import annotations

from functools import lru_cache

from protokoll import municipalities, regexes
from protokoll.config import data_text
from protokoll.vocab import conventions as cv

# "Berg, Anna-Karin", "af Klinteberg, Märta", "Berg Lind, Anna Maria": one or two surnames, a comma, one or two
# given names. What follows the given names ("(S)", ", ordförande") is the caller's.
_SURNAME_FIRST = regexes.compile(r"^(?P<last>(?:(?:af|von|de|van)\s+)?[A-ZÅÄÖÉÜ][\wåäöéü'’-]+(?:\s+[A-ZÅÄÖÉÜ][\wåäöéü'’-]+)?)"
                            r"\s*,\s*(?P<first>[A-ZÅÄÖÉÜ][\wåäöéü-]+(?:\s+[A-ZÅÄÖÉÜ][\wåäöéü-]+)?)(?P<rest>(?=[\s,(]|$).*)$")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The given names of data/first_names.txt, lower-cased; read on first use."""
    text = data_text("first_names.txt")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


# The heading of data/first_names.txt's long tail (names of SCB's statistics, borne by a few hundred people and
# more): the names above it are the common ones.
_RARER_NAMES_HEADING = "# From SCB's name statistics"


@lru_cache(maxsize=1)
def common_first_names() -> frozenset[str]:
    """The given names of data/first_names.txt above its long tail of rarer ones, lower-cased."""
    text = data_text("first_names.txt").split(_RARER_NAMES_HEADING, 1)[0]
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def is_common_first_name(word: str) -> bool:
    """ "Märta", "Göran", "Håkan": a given name of the common ones (not "Marta", "Goran", "Hakan", rarer in Sweden)."""
    return word.lower() in common_first_names()


# Words that are given names within a double name only, left out of the list as words that open a line ("Maj 2025")
# ("Maj-Britt", "Maj-Lis", "Maj-Len": common older Swedish double names).
DOUBLE_NAME_PARTS = frozenset({"maj"})


# How most Swedish surnames end (-son, -berg, -ström, -qvist ...): a name whose given name the list lacks ("Karl-Alfons
# Berg", "Zorah Lindqvist") still reads as a person's by its last word.
SURNAME_ENDINGS = ("son", "berg", "ström", "strand", "qvist", "kvist", "quist", "gren", "lund", "lind", "holm", "dahl",
                   "stedt", "stad", "blad", "blom", "bäck", "borg", "by", "fors", "hed", "mark", "sjö", "vall", "ås")
SURNAME_MIN_CHARS = 4  # "By", "Ås" alone are places, not surnames
# Swedish surnames with å/ä/ö that text which lost those letters spells as no Swedish name ("Ost", "Stahl", "Back"),
# and that no split into words gives back (as "Lövgren", "Åström" are): short ones, lower-cased. (Not those whose
# plain spelling is a Swedish word or name too: "Törn" / "torn", "Skön" / "skon", "Åhlin" / "Ahlin", "Jönsson".)
SURNAMES_WITH_SWEDISH_LETTERS = frozenset({"öst", "ståhl", "bäck", "stål", "åman", "öman", "sörlin", "höök", "bång",
                                           "ås", "näs", "hård", "mård", "spång", "säll", "wärn", "kåge", "strängh"})


def surname_like(name: str) -> bool:
    """Whether ``name`` ("Maj-Britt Öberg", "Zorah Lindqvist") is two or three capitalised words ending in a word of a
    common Swedish surname's form."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and len(words[-1]) >= SURNAME_MIN_CHARS \
        and words[-1].lower().endswith(SURNAME_ENDINGS)


def is_first_name(word: str) -> bool:
    """ "Anna", "Anna-Karin", "Per-Olof", "Maj-Britt": a given name, each part of a double name one (or, beside a
    given name, a part of double names only)."""
    if not word:
        return False
    parts = [part.lower() for part in word.split("-")]
    known = first_names()
    return all(part in known for part in parts) or len(parts) > 1 and any(part in known for part in parts) \
        and all(part in known or part in DOUBLE_NAME_PARTS for part in parts)


def cut_at_given_names(words: list[str]) -> list[list[str]] | None:
    """ "Ingrid Falk Gun Björkman" → [["Ingrid", "Falk"], ["Gun", "Björkman"]]: people's names run together
    without a separator, cut before each given name that follows a surname; None unless every piece is given
    names and then a surname or more."""
    given = [is_first_name(w) for w in words]
    if not given or not given[0]:
        return None
    cuts = [k for k in range(1, len(words)) if given[k] and not given[k - 1]]
    ends = cuts + [len(words)]
    if any(given[end - 1] for end in ends):
        return None  # a piece of given names alone ("Anna Maria")
    return [words[start:end] for start, end in zip([0] + cuts, ends)]


@lru_cache(maxsize=cv.ROLE_CACHE_SIZE)  # asked of every entry of a list, often the same ones
def surname_first(text: str) -> tuple[str, str] | None:
    """ "Berg, Anna-Karin (S)" → ("Anna-Karin Berg", " (S)"): a name written surname first, in the order
    "First Last", and what followed it; None where the words before the comma are no surname (a first name
    as in "Maja, Jörgen", a role, a party) or those after it no given names
    ("Anna Ek, Helsingborg" has a full name before its comma)."""
    if "," not in text:
        return None
    m = _SURNAME_FIRST.match(text.strip())
    if not m:
        return None
    last, first = m.group("last"), m.group("first")
    if not all(is_first_name(w) for w in first.split()) or any(is_first_name(w) for w in last.split()):
        return None
    # (A municipality's name is no bar: "Berg", "Mora" and "Sala" are surnames too, and a place is written after
    # the person it describes, never before a bare given name.)
    if cv.role_base(last) or cv.is_role(last) or cv.is_party(last):
        return None
    return f"{first} {last}", m.group("rest")


_NICKNAME = regexes.compile(r"\s+[\"”“][^\"”“\s]+[\"”“](?=\s)")
# "Ulrika (Uffe) Berg": a nickname in parentheses between a given name and the surname, one capitalised word
# (what parentheses after a name hold instead, a party, a role, a place or initials, is told apart by its_nickname)
_PAREN_NICKNAME = regexes.compile(r"(?<![\w-])(?P<given>[A-ZÅÄÖÉÜ][\w-]*)\s+\((?P<nick>[A-ZÅÄÖÉÜ][a-zåäöéü-]+)\)"
                                  r"(?=\s+(?:(?:af|von|de|van)\s+)?[A-ZÅÄÖÉÜ][\w'’-])")
# Parentheses of a nickname as a name's own characters, one for one (spans keep their lengths), so that readers
# that split an entry at its first parenthesis ("Anna Ek (S)") keep the nickname in the name.
NICK_OPEN, NICK_CLOSE = "\u2768", "\u2769"  # ❨ ❩
_NICK_MASKED = regexes.compile(r"\s+\u2768[^\u2769]*\u2769")


def _its_nickname(m) -> bool:
    nick = m.group("nick")
    return is_first_name(m.group("given")) and not cv.is_party(nick) and not cv.is_role(nick) \
        and not municipalities.canonical(nick)


def mask_nicknames(text: str) -> str:
    """ "Ulrika (Uffe) Berg, Sven Dahl" → "Ulrika ❨Uffe❩ Berg, Sven Dahl": a nickname's parentheses written as
    characters of the name (the same length); other text as it is."""
    if "(" not in text or not _PAREN_NICKNAME.search(text):
        return text
    return _PAREN_NICKNAME.sub(lambda m: f"{m.group(0)[:m.start('nick') - m.start() - 1]}{NICK_OPEN}{m.group('nick')}"
                               f"{NICK_CLOSE}" if _its_nickname(m) else m.group(0), text)


def unmask_nicknames(text: str) -> str:
    return text.replace(NICK_OPEN, "(").replace(NICK_CLOSE, ")") if NICK_OPEN in text else text


def without_nickname(name: str) -> str:
    """ 'Tommy "Tompa" Lindqvist' → "Tommy Lindqvist", "Ulrika (Uffe) Berg" → "Ulrika Berg": the name an office
    is held under, without the nickname a club's roll writes in quotes or parentheses."""
    if "(" in name:
        name = _NICK_MASKED.sub("", mask_nicknames(name))
    return _NICKNAME.sub("", name) if '"' in name or "”" in name or "“" in name else name


def in_full(name: str, people: list[str]) -> str:
    """ "Lisa" → "Lisa Åberg" where exactly one of ``people`` (the attendees' names) has that first name; else
    the name as written (an officer named by first name alone is the person the list names in full)."""
    initial = _WITH_INITIAL.match(name.strip())
    if initial:
        # "Niklas L" ("Styrelsen beslutade att utse Niklas L till protokollförare"): a first name and the
        # surname's initial, the way a club writes its members, is the one listed person it fits
        first, letter = initial.group("first"), initial.group("initial")
        hits = {p for p in people if len(p.split()) > 1 and p.split()[0] == first and p.split()[-1][:1] == letter}
        return hits.pop() if len(hits) == 1 else name
    if " " in name.strip():
        return name
    hits = {p for p in people if p.split()[:1] == [name]}
    return hits.pop() if len(hits) == 1 else name


_WITH_INITIAL = regexes.compile(r"^(?P<first>[A-ZÅÄÖ][\wåäö-]+)\s+(?P<initial>[A-ZÅÄÖ])\.?$")


# A list writes its names surname first without a comma ("Berg Anna (S)", "Lindqvist Per-Olof") where at least
# this many of them read so and they outnumber those that read "First Last" this many times over.
BARE_SURNAME_FIRST_MIN = 2
BARE_SURNAME_FIRST_RATIO = 3
_NAME_WORD = regexes.compile(r"^(?:af|von|de|van|[A-ZÅÄÖÉÜ][\wåäöéü'’-]*)$")


def _bare_words(name: str) -> list[str] | None:
    words = name.split()
    return words if 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) else None


def bare_surname_first(name: str) -> str | None:
    """ "Lindqvist Per-Olof" → "Per-Olof Lindqvist", "Berg Anna Maria" → "Anna Maria Berg": one surname, then
    given names, no comma; None where the first word is a given name or those after it are not all given names."""
    words = _bare_words(name)
    if words is None or is_first_name(words[0]) or not all(is_first_name(w) for w in words[1:]):
        return None
    if cv.role_base(words[0]) or cv.is_role(words[0]) or cv.is_party(words[0]):
        return None
    return " ".join(words[1:] + words[:1])


def writes_surname_first(names: list[str]) -> bool:
    """Whether a document's list of people writes them surname first without a comma: names that read so
    (a given name after a word that is none) outnumber those that read "First Last" by far. Municipal systems
    print every list of a protocol the same way, so the whole document's names are turned or none."""
    turned = sum(1 for n in names if bare_surname_first(n))
    if turned < BARE_SURNAME_FIRST_MIN:
        return False  # too few read so, whatever the others: most documents end here, before the second count
    plain = sum(1 for n in names if (w := _bare_words(n)) and is_first_name(w[0]) and not is_first_name(w[-1]))
    return turned >= BARE_SURNAME_FIRST_MIN and turned > BARE_SURNAME_FIRST_RATIO * plain


def turned_bare(name: str) -> str:
    """A name of a surname-first document (``writes_surname_first``) in the order "First Last": the given
    names moved first; a two-word name whose given name the list of names lacks ("Özdemir Kemal") too, as long
    as its first word is no given name."""
    turned = bare_surname_first(name)
    if turned:
        return turned
    words = _bare_words(name)
    if words and len(words) == 2 and not is_first_name(words[0]) and not cv.is_role(name) and not cv.is_party(words[0]):
        return f"{words[1]} {words[0]}"
    return name


# Letters whose capital and small forms differ in size alone (and å, ä, ö, whose ring and dots stay): OCR of a scanned
# page reads a surname's capital small after a given name ("Lena vik (ordf)" for "Lena Vik") or a short surname all in
# capitals ("Kent ÅS kass." for "Kent Ås"), and the roll's piece is no person's any more.
CASE_ALIKE_LETTERS = frozenset("cosvwxzåäöCOSVWXZÅÄÖ")
CASE_SLIP_MAX_CAPITALS = 3  # a surname read all in capitals this short ("ÅS", "SVO"); a longer word is an acronym
# Words that follow a given name in a roll and are no surname: a conjunction, a preposition, a note's verb.
NOT_SURNAMES = frozenset("och samt som se så sa var via vid ska skall".split())


def case_slipped(piece: str) -> str | None:
    """``piece`` ("Lena vik (ordf)", "Kent ÅS kass.") with the word after its given name capitalised as a surname
    is ("Lena Vik (ordf)", "Kent Ås kass."), where OCR may have read its case wrong (``CASE_ALIKE_LETTERS``); None
    where it starts with no given name or the word after it is no such slip."""
    given, _, rest = piece.partition(" ")
    word = rest.split(" ", 1)[0].rstrip(",.")
    if not is_first_name(given) or not word.isalpha() or len(word) < 2 or word[0] not in CASE_ALIKE_LETTERS:
        return None
    if word.islower() and word not in NOT_SURNAMES and cv.role_base(word) is None:
        mended = word[0].upper() + word[1:]
    elif word.isupper() and len(word) <= CASE_SLIP_MAX_CAPITALS and all(c in CASE_ALIKE_LETTERS for c in word[1:]) \
            and word not in cv.PARTIES:
        mended = word[0] + word[1:].lower()
    else:
        return None
    return f"{given} {mended}{rest[len(word):]}"
