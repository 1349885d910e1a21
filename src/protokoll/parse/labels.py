"""The labels that structure Swedish minutes, as patterns that also match OCR-damaged spellings.

Labels are found before any repair is trusted: "Motet beslutar", "Féredragande", "Narvarande" and
"Anmalt forhinder" all match.
"""
from __future__ import annotations

import re

# OCR may also split one letter in two ("MOotet", "kommundirektérsmoétet"), hence {1,2}.
_CLASSES = {"å": "[åaä&á]{1,2}", "ä": "(?:[äaåá]|ii){1,2}", "ö": "[öoóé6]{1,2}",
            "Å": "[ÅAÄ]", "Ä": "[ÄAÅ]", "Ö": "[ÖO6É]"}


def tolerant(pattern: str, classes: dict[str, str] = _CLASSES) -> str:
    """A regex source where every å/ä/ö also matches what OCR makes of it (``classes``). Letters inside
    a [...] class or after a backslash are left as they are: rewriting them would nest brackets."""
    out = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif not in_class:
            ch = classes.get(ch, ch)
        out.append(ch)
    return "".join(out)


# --- case-insensitive patterns, fast ----------------------------------------------------------------
# Python's re runs an IGNORECASE alternation one alternative at a time at every position of the text
# (it cannot skip on the first character), which makes "(?:förbund|förening|...)" 10-20x slower than
# the same pattern without the flag over lower-cased text. str.lower() folds case exactly as
# re.IGNORECASE does, except for three letters no Swedish text has; a text holding one of them is left
# to the IGNORECASE pattern.
# Tested on the lower-cased text, where İ has become "i" + U+0307 (a combining dot above, which may
# also stand on its own: then the IGNORECASE pattern runs where it need not, which is merely slower).
# Each is a single character above U+00FF, which `in` rules out at once in Latin-1 text.
_UNFOLDABLE = ("\u0131", "\u017f", "\u0307")  # ı, ſ, and what İ leaves


def _unfoldable(low: str) -> bool:
    """Whether the lower-cased ``low`` came from text that str.lower() does not fold as IGNORECASE."""
    return _UNFOLDABLE[0] in low or _UNFOLDABLE[1] in low or _UNFOLDABLE[2] in low


def _lower_source(pattern: str) -> str:
    """``pattern`` with its letters lower-cased, except escapes ("\\S", "\\B") and group names."""
    out: list[str] = []
    i, escaped, in_class = 0, False, False
    while i < len(pattern):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif pattern.startswith(("(?P<", "(?P="), i):
            end = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:end + 1])
            i = end + 1
            continue
        else:
            if ch == "[":
                in_class = True
            elif ch == "]":
                in_class = False
            elif in_class and ch == "-" and pattern[i + 1] != "]" and pattern[i - 1] not in "[^" \
                    and not (pattern[i - 1].isascii() and pattern[i + 1].isascii()):
                raise ValueError(f"only ASCII ranges can be lower-cased: {pattern!r}")
            ch = ch.lower()
        out.append(ch)
        i += 1
    return "".join(out)


class Folded:
    """A case-insensitive pattern run as a case-sensitive one over the lower-cased text.

    ``search``/``match`` answer exactly as the IGNORECASE pattern would, with the same positions, but
    a match's groups hold the lower-cased text: use it as a truth value or for its positions only.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self.lower = re.compile(_lower_source(pattern), flags)
        self._ignorecase: re.Pattern | None = None

    @property
    def ignorecase(self) -> re.Pattern:
        """The IGNORECASE pattern, compiled on first use: only a text holding ı, ſ or İ needs it, and
        compiling every pattern twice at import would slow every command's start."""
        if self._ignorecase is None:
            self._ignorecase = re.compile(self.pattern, self.flags | re.IGNORECASE)
        return self._ignorecase

    # _unfoldable written out in search and match: they run hundreds of times a document.
    def search(self, text: str, low: str | None = None) -> re.Match | None:
        """``low``, where given, is ``text.lower()``: a caller testing several patterns lowers once."""
        low = text.lower() if low is None else low
        if "\u0131" in low or "\u017f" in low or "\u0307" in low:
            return self.ignorecase.search(text)
        return self.lower.search(low)

    def match(self, text: str) -> re.Match | None:
        low = text.lower()
        if "\u0131" in low or "\u017f" in low or "\u0307" in low:
            return self.ignorecase.match(text)
        return self.lower.match(low)

    def fullmatch(self, text: str) -> re.Match | None:
        low = text.lower()
        return self.ignorecase.fullmatch(text) if _unfoldable(low) else self.lower.fullmatch(low)


def word_led(words: str) -> str:
    """The source of ``\\b(?:w1|w2|...)\\b`` for plain words ("får|ges|fick"), each alternative written to start
    with its first letter and test the word start behind it ("f(?<!\\wf)år\\b"): the same matches, but re
    skips straight to those letters, where a pattern led by ``\\b`` is tried at every position."""
    out = []
    for word in words.split("|"):
        if not word[:1].isalpha() or not all(c.isalpha() or c == " " for c in word):
            raise ValueError(f"word_led takes plain words: {word!r}")
        out.append(f"{word[0]}(?<!\\w{word[0]}){word[1:]}\\b")
    return "|".join(out)


def _structure(pattern: str):
    """(index, character, group depth after it) of each character of a regex source that is outside a
    character class and not escaped: the one walk both helpers below need."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (groups, classes and escapes kept whole)."""
    out, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def group_end(pattern: str) -> int:
    """Index of the ")" closing the group that opens ``pattern``."""
    for i, ch, depth in _structure(pattern):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced group: {pattern!r}")


def _letter_first(alternative: str, word_start: bool = False) -> list[str]:
    """``alternative`` as alternatives that each start with a literal letter, in the order re would try
    them: "\\b" sets ``word_start``, a leading group is spread over what follows it ("(?:a|b)c" gives "ac",
    "bc"; an optional one "(?:a|b)?c" gives "ac", "bc", "c")."""
    if alternative.startswith("\\b"):
        return _letter_first(alternative[2:], True)
    if alternative.startswith("(?:"):
        end = group_end(alternative)
        inner, after = alternative[3:end], alternative[end + 1:]
        if after[:1] in ("*", "+", "{") or after[:2] in ("??", "?+"):
            raise ValueError(f"letter_led cannot spread a repeated group: {alternative!r}")
        optional = after[:1] == "?"
        rest = after[1:] if optional else after
        out = [x for alt in alternatives(inner) for x in _letter_first(alt + rest, word_start)]
        return out + (_letter_first(rest, word_start) if optional else [])
    first = alternative[:1]
    if not first.isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
        raise ValueError(f"letter_led needs a literal letter first: {alternative!r}")
    return [f"{first}(?<!\\w{first}){alternative[1:]}" if word_start else alternative]


def letter_led(pattern: str) -> str:
    """``pattern`` (alternatives that start with a letter, a "\\b" and a letter, or a group of such) written so
    that every alternative starts with its literal letter and tests a word start behind it ("\\bnoteras"
    becomes "n(?<!\\wn)oteras", as word_led does): the same matches in the same order, but re skips straight
    to those letters instead of trying the pattern at every position of a long text."""
    return "|".join(x for alt in alternatives(pattern) for x in _letter_first(alt))


def may_hold(text: str, word: str) -> bool:
    """False only when an IGNORECASE pattern could not find the lower-case ``word`` in ``text``: a cheap
    test before a costly pattern that needs the word."""
    low = text.lower()
    return word in low or _unfoldable(low)


def _label(alternatives: str, colon: str = r"\s*:?") -> re.Pattern:
    return re.compile(rf"^(?:{tolerant(alternatives)})(?![\wåäöÅÄÖ]){colon}\s*", re.IGNORECASE)


# "Ärendet" heads the case's description only as a line of its own ("Ärendet bordläggs" decides).
SUMMARY = _label(r"sammanfattning av ärendet|sammanfattning|bakgrund|ärendebeskrivning|beskrivning av ärendet|"
                 r"ärendet i korthet|ärendet(?=\s*:|\s*$)")
PRESENTERS = _label(r"föredragande|föredragare|presentatörer?|ansvarig för ärendet")
DOCUMENTS = _label(r"beslutsunderlag|underlag|bilagor", r"\s*(?::|$)")  # "Beslutsunderlag" alone heads the list
GUESTS = _label(r"gäster på mötet|gäster|inbjudna gäster|medverkande gäster")
DECIDES = _label(
    r"(?:mötet|gruppen|kommundirektörsgruppen|kommundirektörgruppen|styrelsen|nätverket|sammanträdet)"
    r"\s+(?:beslutar|beslutade|besluter)|beslut", r"\s*:?(?=\s|$)")
# "Arbetsutskottets beslut", "Miljö- och byggnadsnämndens beslut", "Regionala utvecklingsnämndens beslut",
# "Kommunstyrelsens arbetsutskotts beslut".
OWN_DECISION = re.compile(r"^(?:[\wåäöÅÄÖ]+-\s+(?:och|&)\s+|[\wåäöÅÄÖ]+[ae]\s+|[\wåäöÅÄÖ-]+s\s+)?"
                          r"[\wåäöÅÄÖ-]+s\s+beslut\s*:?$", re.IGNORECASE)
# "<who> beslutar/beslutade/beslöt [att] ...", "Beslöts att", "Det beslutades att", "Efter diskussion
# beslutade årsmötet att", "Kommunstyrelsen föreslår kommunfullmäktige besluta": any body decides.
_VERB = r"(?i:beslutar|beslutade|beslöt|beslöts|beslutas|beslutades|bestämde|bestämdes|besluter)"
# A count of votes inside the formula: "med 17 röster mot 12", "med 31 röster mot 23, 4 nedlagda",
# "med röstsiffrorna 6–1".
COUNTED = (r"(?:[Mm]ed\s+röstsiffrorna\s+\d{1,3}\s*[–-]\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?|"
           r"[Mm]ed\s+\d{1,3}\s+(?:ja-?)?röster\s+(?:mot|för\s+och)\s+\d{1,3}(?:\s+(?:nej-?)?röster)?(?:\s+emot)?"
           r"(?:\s*(?:,|och)\s*\d{1,3}\s+(?:nedlagda|avstående|blanka)(?:\s+röster)?)?)")
# How the decision was taken, between the verb and its "att": "efter omröstning", "med acklamation", "med 14 ja
# och 9 nej", "efter votering, 14 röster mot 9,", "(1 avstod)" after a count.
ADVERBIAL = (r"(?:\s*\([^()]{1,30}\)(?=,?\s+att\b))?(?:\s+(?:efter|med|genom|utan|vid|i\s+enlighet\s+med)\s"
             r"[^.:;]{1,80}?(?=,?\s+att\b),?)?")
# Without "att" the decision starts at an infinitive: "Styrgruppen beslutade lägga ... till handlingarna".
_INFINITIVE = r"(?=(?:[a-zåäö]{2,}a|avslå|ge|se|stå)\b)(?!(?:enda|bara|sedan|nästa|första|andra|vidare)\b)"
FORMULA = re.compile(
    r"^(?:(?:Efter|Vid|På|Utan)\s+[\wåäö]+(?:\s+[\wåäö]+){0,3}?,?\s+" + _VERB + r"\s+[\wåäö-]+"
    r"|(?:Därefter|Sedan|Slutligen|Enhälligt|Därmed|Således|Då|Avslutningsvis)\s+" + _VERB + r"\s+[\wåäö-]+"
    r"|" + COUNTED + r",?\s+" + _VERB + r"\s+[\wåäö-]+"
    r"|(?:Ett\s+)?[Bb]eslut\s+(?:fattades|togs)(?:\s+om)?(?=\s+att\b|\s*:)"  # "Ett beslut fattades om att ..."
    # "Styrelsen tog beslut om att ...", "Beslutet blev att ...", "Beslöt styrelsen att ..." (verb first)
    r"|[A-ZÅÄÖ][\wåäö-]*\s+(?:tog|fattade|tar|fattar)\s+(?:ett\s+)?beslut(?:et)?(?:\s+om)?(?=\s+att\b|\s*:)"
    r"|(?:Efter|Vid|På|Utan)\s+[\wåäö]+(?:\s+[\wåäö]+){0,3}?,?\s+(?:tog|fattade)\s+[\wåäö-]+\s+(?:ett\s+)?beslut(?:et)?"
    r"(?:\s+om)?(?=\s+att\b|\s*:)"
    r"|Beslutet\s+blev(?=\s+att\b|\s*:)"
    r"|(?:Beslöt|Beslutade|Beslutar|Bestämde)\s+(?:[a-zåäö]+(?:en|et|na)|vi)(?=\s+att\b|\s*:)"
    r"|(?:Det\s+)?" + _VERB +
    r"|(?P<subj>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och\s+)?[\wåäö-]+){0,3}?)\s+(?:" + _VERB +
    r"|föreslår\s+[\wåäö-]+\s+(?:att\s+)?(?:föreslå\s+[\wåäö-]+\s+(?:att\s+)?)?besluta))"
    r"(?:\s+(?:därför|därmed|därefter|dessutom|vidare|slutligen|sedan|härmed|alltså|enhälligt|enigt|också|även|"
    r"för\s+egen\s+del))?"
    r"(?:\s+" + COUNTED + r")?" + ADVERBIAL +
    r"(?:,?\s+(?:enligt|i enlighet med)\s+[^.:]{0,60}?förslag(?:et)?,?(?=\s*(?:att\b|:|$)))?"
    r"\s*(?::\s*|(?=att\b)|$|(?<=\s)" + _INFINITIVE + r")")
_EARLIER = re.compile(r"\b(?:förra|föregående|tidigare|fjolårets|i\s+fjol)\b", re.IGNORECASE)
_NOT_SUBJECT = re.compile(r"\b(?:har|hade|ska|skall|kan|kommer|bör|inte|ej|om|som|när|innan|sedan)\b", re.IGNORECASE)
PROPOSAL = _label(r"förslag till beslut|förslag|[\wåäöÅÄÖ-]+s\s+förslag\s+till\s+beslut|[\wåäöÅÄÖ-]+s\s+förslag|yrkanden?|propositionsordning|beslutsgång|jäv|"
                  r"förvaltningens förslag|arbetsutskottets förslag|styrelsens förslag|ordförandens förslag|"
                  r"beredning|beredningsgång|särskilt yttrande", r"\s*(?::|$)")
VOTES = _label(r"omröstningsresultat|omröstning|votering|omröstningslista", r"\s*(?::|$)")
RESERVATIONS = _label(r"reservationer|reservation", r"\s*(?::|$)")
# "Protokollsanteckning: ..." records a member's note: neither a proposal nor a reservation.
NOTE = _label(r"protokollsanteckninga?r?", r"\s*(?::|$)")
RECIPIENTS = _label(r"beslutet (?:ska )?(?:skickas|expedieras|delges) till|expedieras till|expedieras|"
                    r"skickas till|protokollsutdrag till|beslutet skickas|expediering|exp", r"\s*(?::|$)")
RESPONSIBLE = _label(r"ansvariga?|ansvar|ansv\.?", r"\s*:")
# "Klart till: 15/4", "Deadline: 20 april" on a line of its own: the deadline of the task before it.
DUE = _label(r"klart till|klart senast|klart|deadline|senast|färdigt till|färdigt", r"\s*:")
# "Åtgärd: Anna skickar ut kallelsen senast 20/6": a task recorded apart, a decision of its own.
ACTION = _label(r"åtgärder|åtgärd|att göra", r"\s*:")

SECTION_LABELS = ((SUMMARY, "summary"), (PRESENTERS, "presenters"), (DOCUMENTS, "documents"),
                  (GUESTS, "guests"), (NOTE, "note"), (PROPOSAL, "proposal"), (VOTES, "votes"), (RESERVATIONS, "reservations"),
                  (RECIPIENTS, "recipients"), (RESPONSIBLE, "responsible"), (DUE, "due"), (ACTION, "action"),
                  (DECIDES, "decisions"))
# Whether any section label opens a line: one test where most lines open with none.
_ANY_SECTION = Folded("|".join(f"(?:{pattern.pattern})" for pattern, _ in SECTION_LABELS))

OPENING = re.compile(tolerant(r"^(?:mötets öppnande|mötet öppnas|öppnande|mötets inledning)"), re.IGNORECASE)
CLOSING = re.compile(tolerant(r"^(?:mötet avslutas|mötets avslutande|mötet förklaras avslutat|avslutning)\b"),
                     re.IGNORECASE)
TOPIC_MAX_WORDS = 4  # a topic named before a colon under "Övriga frågor" is short
OTHER_QUESTIONS = re.compile(tolerant(r"^övriga (?:frågor|ärenden)"), re.IGNORECASE)
# Items that gather reports, one topic a line ("Rapporter" / "Ekonomi: Kassören redogjorde ..."): their topics
# are sub-items, as under "Övriga frågor".
REPORT_ITEMS = re.compile(tolerant(r"^(?:rapporter|rapport|lägesrapport(?:er)?|verksamhetsrapport(?:er)?|"
                                   r"information(?:er|särenden)?|meddelanden|aktuellt|aktuella frågor|"
                                   r"uppföljning|nyheter)(?![\wåäö])"), re.IGNORECASE)


def formula_of(text: str, head: str | None = None) -> str | None:
    """The decision after a formula that opens ``text`` ("Styrelsen beslutade att X" gives "att X"), or
    None when ``text`` does not open with one. ``head``, where given, is ``text[:80].lower()``."""
    low = text[:80].lower() if head is None else head
    if "besl" not in low and "bestäm" not in low:
        return None
    m = FORMULA.match(text)
    if not m or (m.group("subj") and _NOT_SUBJECT.search(m.group("subj"))):
        return None
    if _EARLIER.search(text[: m.end()]):
        return None  # "Vid förra mötet beslutades att ...": a report of an earlier decision
    return text[m.end():]


_PROPOSES = re.compile(r"\bföreslår\b")
_ATT_OR_COLON = re.compile(r"(?:att|Att)\b|:")
_TWO_WORDS = re.compile(r"^\S+\s+\S+")


def section_of(text: str) -> tuple[str, str] | None:
    """(section name, text after the label) when ``text`` starts with an item-section label; a formula
    with its decision on the same line is the section "formula"."""
    # Lower-cased once for the cheap tests below (see Folded: this runs on every line).
    low = text.lower()
    foldable = not _unfoldable(low)
    if ("beslut" in low or not foldable) and OWN_DECISION.match(text):
        return "decisions", ""
    # Where the text folds, lower() kept every character's place (only "İ" lowers to two, leaving a
    # U+0307 that _unfoldable finds), so the first 80 of ``low`` are formula_of's own.
    rest = formula_of(text, low[:80] if foldable else None)
    if rest is not None:
        if _PROPOSES.search(text[: len(text) - len(rest)]):
            return "proposes", rest  # a decision under "Beslut", a proposal under "Förslag till beslut"
        return ("formula", rest) if rest.strip() else ("decisions", "")
    if not (_ANY_SECTION.lower.match(low) if foldable else _ANY_SECTION.ignorecase.match(text)):
        return None
    for pattern, name in SECTION_LABELS:
        m = pattern.match(text)
        if m:
            rest = text[m.end():]
            if name == "decisions" and rest and not _ATT_OR_COLON.match(rest) and \
                    not _TWO_WORDS.match(text[: m.end()]) and ":" not in text[: m.end()]:
                continue  # "Beslut om mötesdatum ..." is a sentence, not the label "Beslut:"
            if name == "decisions" and rest:
                # "Beslut: Styrgruppen beslutade att X" gives "att X", as the formula does on its own line.
                after = formula_of(rest)
                if after is not None and after.strip() and not re.search(r"\bföreslår\b", rest[: len(rest) - len(after)]):
                    rest = after
            return name, rest
    return None
