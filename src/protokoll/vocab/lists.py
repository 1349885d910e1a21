"""The grammar of a list of people as minutes write it: what a name is (``is_name``), a role before or after
it (``role_lead``, ``role_tail``), a note after it, and whether a line goes on with the list above it
(``continues_list``). Cleaning pairs a label column with its values by it, parsing reads attendance by it."""
from __future__ import annotations

from functools import lru_cache

from protokoll import municipalities, regexes
from protokoll.vocab import conventions as cv
from protokoll.vocab.labels import Folded
from protokoll.vocab.names import case_slipped, is_first_name, mask_nicknames

# A nickname in quotes between given name and surname is part of the name: 'Tommy "Tompa" Lindqvist'; so is one
# in parentheses, read with its parentheses masked (names.mask_nicknames): "Ulrika ❨Uffe❩ Berg".
CAP_WORD = regexes.compile(r"^(?:[" + cv.NAME_CAPITALS + r"][\w'’.-]*|[\"”“][A-ZÅÄÖÉÜ][\w-]*[\"”“]|\u2768[A-ZÅÄÖÉÜ][\w-]*\u2769)$")

PARTICLES = frozenset(("af", "von", "de", "van", "der", "la", "du"))

NICKNAME = regexes.compile(r"^(?:[\"”“'’][A-ZÅÄÖÉ][\w-]*[\"”“'’]|\u2768[A-ZÅÄÖÉ][\w-]*\u2769)$")  # Johanna ”Jojo” Lind: a nickname in quotes between the names

# An organisation's name ends in what it is: "Västersjö Tennisförbund", "Norrviks kommun", "Region X".
ORGANISATION = Folded(
    r"(?:förbund|förening|klubb|kommun|region|bolag|kontor|byrå|nätverk|kansli|förvaltning|sällskap|parti|kår|församling|nämnd|"
    r"enhet|avdelning|skola|universitet|högskola|myndighet|stiftelse|institut|center|centrum|akademi|verket|styrelse)"
    r"(?:en|et|s|a|ar|er)?\b|\b(?:stad|stads|länsstyrelsen|sekretariatet|AB|HB|KB)\b")

# An organisation named by its acronym and more words: "PRO Gransjö", "SPF Seniorerna Norrvik", "HSB Brf Eken"
# (three capitals or more: "KG Svensson", "PG Ek" are people).
ACRONYM_LED = regexes.compile(r"^[A-ZÅÄÖ]{3,6}\s+(?=\S*[a-zåäö])")

TOP_COMMA = regexes.compile(r",(?![^()]*\))")

# "kultur- och fritidschef": after a word cut at its hyphen, "och" joins the parts of one word, not two people
TOP_AND = regexes.compile(r"(?<!-)\s+(?:och|samt|&)\s+(?![^()]*\))")

DIGIT = regexes.compile(r"\d")


def name_word(word: str) -> bool:
    return bool(CAP_WORD.match(word)) or word in PARTICLES or bool(NICKNAME.match(word))


@lru_cache(maxsize=cv.ROLE_CACHE_SIZE)  # pure, and asked again and again of the same words
def is_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(name_word(w) for w in words) and not NICKNAME.match(words[0]) \
        and not ORGANISATION.search(text) and not DIGIT.search(text) and not ACRONYM_LED.match(text) \
        and not (len(words) > 1 and text.isupper()) \
        and text.lower() not in cv.VACANT_SEATS  # "BEVIS OM ANSLAG" is a heading, "Vakant" an empty seat

# Where a list's line holds a second sentence: "A, B och C (på plats). D (via Teams)." (after a closing
# parenthesis, so that "ordf. Per Berg" stays one list).
SENTENCE_AFTER_PAREN = regexes.compile(r"(?<=\)\.)\s+(?=[A-ZÅÄÖ])")

# "Lena Ek, Karin Thys, Gun Jons. Susanne Rask, Göran Sved": a full stop typed for a comma between two names
# of a comma list (a name's last word before it, a given name and a surname after it).
STOP_BETWEEN_NAMES = regexes.compile(r"(?<=[a-zåäöé])\.\s+(?=[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ])")


def sentence_breaks(text: str) -> list[str]:
    """``text`` cut where one sentence of a roll ends and the next begins: after a closing parenthesis ("A och B
    (på plats). C (via Teams).") or after a name whose next word is a name again, in a comma list."""
    text = SENTENCE_AFTER_PAREN.sub("\n", text) if ")." in text else text
    if "," in text and ". " in text:
        cut, start = [], 0
        for m in STOP_BETWEEN_NAMES.finditer(text):
            word = text[:m.start()].rsplit(None, 1)[-1]
            if word[:1].isupper() and is_name(" ".join(text[:m.start()].split()[-2:])):
                cut.append(text[start:m.start() + 1])
                start = m.end()
        text = "\n".join(cut + [text[start:]])
    return text.split("\n")


def last_sentence(text: str) -> str:
    """The last sentence of a roll's paragraph so far (see sentence_breaks)."""
    return sentence_breaks(text)[-1]


# The rest of a role after a name that a narrow column wrapped: lower-case words alone ("Maria Mansson, ledamot /
# board" / "member", "Leslie Brunn, rektor internationella" / "sektionen")
ROLE_REST = regexes.compile(r"^[a-zåäö][a-zåäö/()-]*(?:\s+[a-zåäö/()-]+){0,3}$")


def _role_wrapped(prev: str, text: str) -> bool:
    """Whether ``text`` is the rest of the role that ends ``prev`` ("Name, role"), wrapped in a narrow column."""
    if not text[:1].islower() or prev.endswith((".", ";", ":")) or not ROLE_REST.match(text):
        return False
    pieces = TOP_COMMA.split(prev)
    role = pieces[-1].strip()
    words = role.split("/")[0].split()  # (a gloss after a slash: "ledamot / board member")
    return len(pieces) >= 2 and role[:1].islower() and is_name(pieces[-2].strip()) \
        and any(cv.role_base(" ".join(words[:n])) is not None for n in range(1, len(words) + 1))


# Words that cannot end a roll's entry: what follows them says whom the person represents ("Eva Sund från
# valberedningen", "Per Berg för Ekeby kommun").
WHERE_FROM_WORDS = frozenset({"från", "för", "representerande", "hos", "vid"})


def continues_list(prev: str, text: str) -> bool:
    """Whether ``text`` continues the comma list on ``prev``: after "," or "och", before "och", or a
    name wrapped inside ("..., Per" / "Ek och Eva Holm", "Märta af" / "Klinteberg")."""
    prev = prev.rstrip()
    if prev.endswith((",", " och", " samt", "§")) or OPENS_WITH_AND.match(text) or cv.SERVES_FOR_LEAD.match(text):  # "§" / "31.": the number wrapped
        return True
    if _role_wrapped(prev, text):
        return True
    if prev.rsplit(None, 1)[-1] in WHERE_FROM_WORDS and text[:1].isalpha():
        return True  # "... samt Eva Sund från" / "valberedningen.": where the person comes from, wrapped
    if text[:1].islower() and not prev.endswith(".") and COMMA_OR_AND.search(prev) \
            and prev.rsplit(None, 2)[-2:-1] in (["från"], ["för"]) and not cv.role_base(text.split()[0].rstrip(",.")):
        return True  # "... Sören Falk från Långtjärns" / "fiskevårdsområde.": the organisation's name, wrapped
    if prev.count("(") > prev.count(")") and "," in prev and _closes_paren(text):
        return True  # "Thomas Bly (M) (ers Marita" / "Jonsson (M)), Eva Lund (M)": wrapped inside a parenthesis
    first = text.split(maxsplit=1)[0].rstrip(",.") if text[:1].islower() else ""
    if first and (text.split(maxsplit=1)[0].endswith(",") or text.strip() == first) and cv.role_base(first) \
            and COMMA_OR_AND.search(prev):
        return True  # "..., Moa Ek (ME), Per Lind (PL)" / "ledamöter, Ester Holm ...": the role wrapped after the name
    whom = cv.WHOM_LEAD.match(text) if text[:1] in "fie" else None
    name = text[whom.end():].split("(")[0].split(",")[0].strip().rstrip(".") if whom else ""
    if len(name.split()) >= 2 and is_name(name):
        return True  # "för Kjell Andersson (S)": whom the entry before serves for, wrapped before "för" (a comma after
        # the name: "för Hanna Rehn, Siv Olofsson (C) för ...")
    # (a list apart by semicolons too: "Henrik Ahl, nämndsekreterare; Sanna" / "Berglund, fältassistent")
    # (after the roll's last sentence: "… (deltog på plats). Frida" / "Grund, …")
    last_piece = TOP_AND.split(TOP_SEMICOLON.split(TOP_COMMA.split(last_sentence(prev))[-1])[-1])[-1].strip()
    if cv.role_base(last_piece) and last_piece[:1].islower() and CAPITAL_FIRST.match(text) and \
            sum(is_person_piece(p.strip()) for part in TOP_COMMA.split(prev) for p in TOP_AND.split(part)) >= 2:
        return True  # "..., samt sekreterare Jenny Nyström, socialchef" / "Anders Wall, ...": a title before its name
    if text[:1].islower() and last_piece[:1].islower() and COMMA_OR_AND.search(prev) and cv.role_base(last_piece) is None \
            and cv.role_base(f"{last_piece} {text.split(maxsplit=1)[0].rstrip(',.')}") is not None:
        return True  # "..., förste vice" / "ordföranden Karin Ståhl (S), ...": a role wrapped between its words
    words = last_piece.split()
    cut = len(words) == 1 or prev.endswith(tuple(f" {p}" for p in PARTICLES)) or \
        len(words) == 2 and words[0][:1].islower() and cv.role_base(words[0]) is not None or \
        len(words) >= 3 and is_first_name(words[-1]) and is_name(" ".join(words[-3:-1]))
    # ("sekreterare Jenny"; "Kassören Tomas Ekholm Britt" / "Nyström.": a second person whose comma was lost)
    # whom a substitute serves for, the name cut after its given name, even in a roll's first entry ("... inträder:
    # Jonas Pihl (S) för Britta" / "Hamrin, Åke Wendel (M) för ...")
    whom_cut = len(words) >= 2 and SERVES_FOR.fullmatch(words[-2]) is not None and is_first_name(words[-1])
    if not whom_cut and (not cut or not COMMA_OR_AND.search(prev)):
        return False
    if len(words) == 1 and not WRAPPED_NAME.match(text) and (slipped := case_slipped(f"{words[0]} {text}")):
        text = slipped[len(words[0]) + 1:]  # "..., Kent" / "ÅS kass., ...": the surname's case read wrong
    return bool(WRAPPED_NAME.match(text)) or surname_with_role(text)


def _closes_paren(text: str) -> bool:
    """Whether ``text`` closes a parenthesis opened before it ("Jonsson (M)), Eva Lund (M), Per Svan (S) (ers": one
    more closed than opened by some point, whatever it opens after that)."""
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return False


def surname_with_role(text: str) -> bool:
    """ "Sjölin suppl." / "Sjölin suppl., Åke Berg": a surname, then a short role written after the name (a list
    of "Name role" entries wrapped inside a name)."""
    first, _, rest = text.partition(" ")
    role = TOP_COMMA.split(rest)[0].strip()
    return bool(CAPITAL_FIRST.match(first)) and first[1:].islower() and 0 < len(role.split()) <= ROLE_TAIL_MAX_WORDS \
        and cv.is_role(role)

TOP_SEMICOLON = regexes.compile(r";(?![^()]*\))")


@lru_cache(maxsize=cv.ROLE_CACHE_SIZE)  # pure, and asked again and again of the same words
def is_person_piece(piece: str) -> bool:
    """A comma list's piece that is one person: "Anna Ek", "Anna Ek (S)", "sekreterare Anna Ek",
    "IFO-chef Petra Ros §§ 34–37"; not "Anna Ek, Bjuv"-style pieces or a municipality before a name."""
    name = split_trailing_note(mask_nicknames(piece))[0]
    if "(" in name:  # "Anna Ek (S)", "Mona Ek (S) ersätter Rolf Dahl (S)"
        name = name[: name.index("(")].strip()
    came_from = cv.FROM_ORGANISATION.match(name) if " från " in name else None
    if came_from and is_name(came_from.group("name")):
        name = came_from.group("name")  # "Ulrik Hage från valberedningen": the person, where they come from after
    served = cv.SUBSTITUTE_FOR.match(name) if " för " in name or " ersätter " in name else None
    if served and is_name(served.group("whom").strip()):
        name = served.group("name")  # "Dan Sten för Anna Lök": a substitute and the member served for, no parties
    lead = role_lead(name)
    name = lead[1] if lead else name
    tail = None if lead or is_name(name) else role_tail(name)
    name = tail[0] if tail else name
    return is_name(name) and len(name.split()) >= 2 and not municipalities.leading(name) \
        and not _institution_lead(name.split()[0])


INSTITUTION_LEAD_MIN_LETTERS = 8  # "Länsbiblioteket", "Regionmuseet": a definite noun this long leads no one's name
ABBREVIATION_LEAD_MIN_LETTERS = 3  # "SPF Lidsjö", "PRO Norrsjö" (two capitals may be initials: "KG Ek")


def _institution_lead(word: str) -> bool:
    """Whether ``word``, first in a name-like piece, makes it an organisation: "Länsbiblioteket Fjällmora", "SPF
    Lidsjö" (a definite noun or an abbreviation in capitals where a given name would stand)."""
    if is_first_name(word):
        return False
    if word.isupper() and word.isalpha() and len(word) >= ABBREVIATION_LEAD_MIN_LETTERS:
        return True
    return len(word) >= INSTITUTION_LEAD_MIN_LETTERS and word.endswith(("et", "en")) and word[:1].isupper()

# (also the proxies a voter holds at a stämma: "Gustav Myrén + 2 fullmakter")
# (what may lead the paragraphs of a part-time note: "t o m § 77", "fr.o.m. § 3", "från § 4", "del av § 65")
PART_TIME_LEAD = r"(?:(?:t\.?\s?o\.?\s?m|fr\.?\s?o\.?\s?m|från\s+och\s+med|till\s+och\s+med|från|del\s+av)\.?\s+)?"
TRAILING_NOTE = regexes.compile(r"\s+(" + PART_TIME_LEAD +
                                r"(?:[A-ZÅÄÖ]{1,6}\s*)?§§?\s*\d[\d\s,–-]*(?:(?:och|samt)\s+\d+)?\s*|(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\S*|"
                                r"\+\s*\d{1,2}\s+fullmakt(?:er)?)$")
# "Rut Sandell (L) 1–4, 6–8", "Nils Ek (S) 5": the paragraphs a member took part in, written after the party
# without "§" (a valnämnd's or an utskott's roll); a bare number list only after the closing parenthesis.
BARE_PARAGRAPHS_AFTER_PARTY = regexes.compile(r"(?<=\))\s+(\d{1,3}(?:\s*[–-]\s*\d{1,3})?"
                                              r"(?:\s*,\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?)*)$")

ROLE_TAIL_MAX_WORDS = 2  # "Torgny Lindell ordf.", "Rut Sjölin v. ordf.": a short role after the name, no comma
ORDINAL_WORD = regexes.compile(r"^\d:[ae]$")  # "1:e", "2:a": the ordinal of a vice chair


@lru_cache(maxsize=cv.ROLE_CACHE_SIZE)  # pure, and asked again and again of the same words
def role_tail(text: str) -> tuple[str, str] | None:
    """ "Torgny Lindell ordf." → ("Torgny Lindell", "ordf."); a role in lower case written after the name
    without a comma (a name of two words or more before it)."""
    words = text.split()
    for n in range(ROLE_TAIL_MAX_WORDS + 1, 0, -1):
        # ("Rut Sjölin 1:e v. ordf.": an ordinal may lead the role, one word more)
        if len(words) >= n + 2 and (words[-n][:1].islower() if n <= ROLE_TAIL_MAX_WORDS else
                                    ORDINAL_WORD.match(words[-n]) is not None) and cv.is_role(" ".join(words[-n:])):
            name = " ".join(words[:-n])
            if is_name(name):
                return name, " ".join(words[-n:]).rstrip(".")
    return None


def capitalised_role_tail(text: str) -> tuple[str, str] | None:
    """ "Anna Sjödin Rektor" → ("Anna Sjödin", "Rektor"), "Per Hagström Adjungerad": one role word written with
    a capital after a whole name, no comma (a one-a-line roll), where the words before it are a name."""
    words = text.split()
    if len(words) >= ROLE_TAIL_MIN_NAME_WORDS + 1 and words[-1][:1].isupper() and cv.is_role(words[-1]):
        name = " ".join(words[:-1])
        if is_name(name):
            return name, words[-1].rstrip(".")
    if len(words) >= ROLE_TAIL_MIN_NAME_WORDS + 2 and words[-2].lower() in ROLE_TAIL_QUALIFIERS \
            and cv.is_role(words[-1]) and is_name(" ".join(words[:-2])):
        return " ".join(words[:-2]), f"{words[-2]} {words[-1]}"  # "Emma Sandberg Bitr. kyrkoledare"
    if len(words) >= ROLE_TAIL_MIN_NAME_WORDS + 2 and words[-2][:1].isupper() and words[-1][:1].islower() \
            and words[-2].lower().endswith(ROLE_ADJECTIVE_ENDINGS) and cv.is_role(f"{words[-2]} {words[-1]}") \
            and is_name(" ".join(words[:-2])):
        return " ".join(words[:-2]), f"{words[-2]} {words[-1]}"  # "Anders Lundell Teknisk chef"
    return None


# The endings of the adjective that leads a title of two words written with a capital after a name: "Teknisk chef",
# "Ekonomisk controller", "Administrativ chef" (no surname ends so).
ROLE_ADJECTIVE_ENDINGS = ("isk", "iv")
# The paragraphs a person attended, written after a title that follows the name without a comma, with or without
# "§": "Anders Lundell Teknisk chef 2-5, 7-9", "Johanna Berg Ekonom 4", "Per Nyman Ekonomichef §§ 3-4" (a case
# system's roll of officials, as a PDF's columns run together).
_PARAGRAPHS = r"\d{1,3}(?:\s*[–-]\s*\d{1,3})?"
_PARAGRAPHS_AFTER_TITLE = regexes.compile(r"^(?P<head>[^,()§]*?[^\d\s,()§–-])\s+(?P<note>" + PART_TIME_LEAD +
                                          r"(?:§§?\s*)?" + _PARAGRAPHS + r"(?:\s*(?:,|och|samt)\s*" + _PARAGRAPHS +
                                          r")*)$")


def paragraphs_after_title(text: str) -> tuple[str, str] | None:
    """ "Anders Lundell Teknisk chef 2-5, 7-9" → ("Anders Lundell Teknisk chef", "2-5, 7-9"): a name, the title
    after it without a comma, then the paragraphs attended; None where the words before the numbers end in no title."""
    m = _PARAGRAPHS_AFTER_TITLE.match(text.strip()) if DIGIT.search(text) else None
    if m is None:
        return None
    head = m.group("head")
    return (head, m.group("note")) if capitalised_role_tail(head) or role_tail(head) else None


# What may qualify a role written after a name without a comma: "Bitr. kyrkoledare", "Vice ordförande",
# "Tf. rektor", "Biträdande rektor".
ROLE_TAIL_QUALIFIERS = frozenset({"bitr.", "biträdande", "vice", "tf.", "tf", "t.f.", "v."})


ROLE_TAIL_MIN_NAME_WORDS = 2  # a given name and a surname before a role written without a comma


def split_trailing_note(text: str) -> tuple[str, str | None]:
    """ "Petra Ros §§ 34–37" → ("Petra Ros", "§§ 34–37"); a part-time note written after the name."""
    # (Either kind of note holds a digit: a text without one is spared the pattern.)
    m = None if text.rstrip().endswith(")") or not DIGIT.search(text) else \
        TRAILING_NOTE.search(text) or BARE_PARAGRAPHS_AFTER_PARTY.search(text)
    if m and m.start() > 0:
        return text[: m.start()], m.group(1).strip()
    return text, None


@lru_cache(maxsize=cv.ROLE_CACHE_SIZE)  # pure, and asked again and again of the same words
def role_lead(text: str) -> tuple[str, str] | None:
    """ "Kommundirektör Peter Söderqvist" → ("Kommundirektör", "Peter Söderqvist"); a role written
    before the name, in any form ("suppleanten Oskar Fält" → "suppleant"), as its base form."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) > n + 1:
            base = cv.role_base(" ".join(words[:n]))
            if base and is_name(" ".join(words[n:])):
                return base, " ".join(words[n:])
    for pattern, full in cv.ROLE_FORMS:  # "Tjg ers Per Berg": the role written short before the name
        m = pattern.match(text)
        if m and is_name(text[m.end():].strip()) and len(text[m.end():].split()) >= 2:
            return full, text[m.end():].strip()
    return None

# Patterns of the calls above, compiled once (re.split(...) and friends pay a cache lookup each call).
OPENS_WITH_AND = regexes.compile(r"(?:och|samt)\s|\(")

CAPITAL_FIRST = regexes.compile(r"[A-ZÅÄÖÉ]")

COMMA_OR_AND = regexes.compile(r",|\s(?:och|samt)\s")
SERVES_FOR = regexes.compile(cv.SERVES_FOR_WORDS)

# The wrapped tail of a name cut inside a list: a surname, then a parenthesis, a comma, the next name, the end, the
# paragraphs the person attended ("Holm § 31.") or a company's form ("Fastighetsförvaltning AB"); a full stop typed
# for a comma before the list's "och" ("Nyström. och Olof Rask"); whom the substitute serves for ("..., Eva" /
# "Tapp för Bo Kvist och ...": a council's roll told as a sentence, wrapped in a narrow column).
WRAPPED_NAME = regexes.compile(r"(?:(?:af|von|de|van|der|la|du)\s+)?[A-ZÅÄÖÉ][\w-]*(?:\s*\(|,|\.?\s+(?:och|samt)\s|\.?\s*$"
                               r"|\s+§|\s+(?:AB|HB|KB)\b|\s+" + cv.SERVES_FOR_WORDS + r"\s+[A-ZÅÄÖÉ])")
