"""The labels that structure Swedish minutes, as patterns that also match OCR-damaged spellings.

Labels are found before any repair is trusted: "Motet beslutar", "Féredragande", "Narvarande" and
"Anmalt forhinder" all match.
"""
from __future__ import annotations

import functools
import re

from protokoll import regexes
from protokoll.vocab import numbers
from protokoll.vocab.dates import MONTHS

# A case number alone on its line, the cleaner's and the parser's: "Dnr KS 2025/0041", "Diarienummer: 2024/123",
# "Dnr. BUN 2024.118"
CASE_NUMBER = regexes.compile(r"^(?:Dnr|Diarienr|Diarienummer|Ärendenummer)\.?\s*:?\s*(?P<case>\S.{0,40})$",
                              re.IGNORECASE)

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
    return "\u0131" in low or "\u017f" in low or "\u0307" in low  # _UNFOLDABLE, written out: it runs on every text


# --- lower-cased texts, once a document ------------------------------------------------------------------
# One line or paragraph is lower-cased by many tests (the recogniser, section labels, decision words,
# tallies, elections), and str.lower() looks up every character of a text with å/ä/ö in the Unicode tables:
# such a text is lowered once a document and looked up after. parse_clean starts every document with an
# empty memo (no document finds another's texts in it); past LOWERED_MAX texts it starts over.
LOWERED_MAX = 20_000
_LOWERED: dict[str, str] = {}


def lowered(text: str) -> str:
    """``text.lower()``, from the document's memo where it has been asked before (ASCII text, which
    lower() does in one quick pass, is not kept)."""
    if text.isascii():
        return text.lower()
    low = _LOWERED.get(text)
    if low is None:
        if len(_LOWERED) >= LOWERED_MAX:
            _LOWERED.clear()
        low = _LOWERED[text] = text.lower()
    return low


def forget_lowered() -> None:
    """Empty the memo of ``lowered`` and those of ``per_document``: a new document begins."""
    _LOWERED.clear()
    for memo in _MEMOS:
        memo.clear()


# Line tests that several passes ask of the same line (the blocks, the front matter, the attendance reader
# read a line's section label or attendance heading each on their own): answered once a document, kept as
# ``lowered`` keeps its texts (emptied with it, past LOWERED_MAX texts started over). Only for pure tests whose
# answers are immutable: every asker gets the same object.
_MEMOS: list[dict] = []


def per_document(test):
    """``test`` (a pure function of one text) answering each text once a document."""
    memo: dict = {}
    _MEMOS.append(memo)

    @functools.wraps(test)
    def memoized(text: str):
        found = memo.get(text, memo)  # the memo itself stands for "not asked yet" (None is an answer)
        if found is memo:
            if len(memo) >= LOWERED_MAX:
                memo.clear()
            found = memo[text] = test(text)
        return found

    return memoized


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


@regexes.derived  # the walks below cost more than compiling the result: done once per machine
def _folded_source(pattern: str) -> str:
    """The source of ``Folded(pattern).lower``: ``pattern`` lower-cased, its word lists factored."""
    return factored(_lower_source(pattern))


class Folded:
    """A case-insensitive pattern run as a case-sensitive one over the lower-cased text.

    ``search``/``match`` answer exactly as the IGNORECASE pattern would, with the same positions, but
    a match's groups hold the lower-cased text: use it as a truth value or for its positions only.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self.lower = regexes.compile(_folded_source(pattern), flags)
        self._ignorecase: re.Pattern | None = None

    @property
    def ignorecase(self) -> re.Pattern:
        """The IGNORECASE pattern, compiled on first use: only a text holding ı, ſ or İ needs it, and
        compiling every pattern twice at import would slow every command's start."""
        if self._ignorecase is None:
            self._ignorecase = regexes.compile(self.pattern, self.flags | re.IGNORECASE)
        return self._ignorecase

    # _unfoldable written out in search and match: they run hundreds of times a document.
    def search(self, text: str, low: str | None = None) -> re.Match | None:
        """``low``, where given, is ``text.lower()``: a caller testing several patterns lowers once."""
        low = lowered(text) if low is None else low
        if "\u0131" in low or "\u017f" in low or "\u0307" in low:
            return self.ignorecase.search(text)
        return self.lower.search(low)

    def match(self, text: str) -> re.Match | None:
        low = lowered(text)
        if "\u0131" in low or "\u017f" in low or "\u0307" in low:
            return self.ignorecase.match(text)
        return self.lower.match(low)

    def fullmatch(self, text: str) -> re.Match | None:
        low = lowered(text)
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


@regexes.derived
def letter_led(pattern: str) -> str:
    """``pattern`` (alternatives that start with a letter, a "\\b" and a letter, or a group of such) written so
    that every alternative starts with its literal letter and tests a word start behind it ("\\bnoteras"
    becomes "n(?<!\\wn)oteras", as word_led does): the same matches in the same order, but re skips straight
    to those letters instead of trying the pattern at every position of a long text."""
    return "|".join(x for alt in alternatives(pattern) for x in _letter_first(alt))


def may_hold(text: str, word: str) -> bool:
    """False only when an IGNORECASE pattern could not find the lower-case ``word`` in ``text``: a cheap
    test before a costly pattern that needs the word."""
    low = lowered(text)
    return word in low or _unfoldable(low)


# How deep ``factored`` shares the letters alternatives start with: the first letters or two decide most
# positions, deeper sharing only makes the pattern longer.
FACTOR_DEPTH = 3
_LOOKBEHIND_WORD = regexes.compile(r"\(\?<!\\w[^\W\d_]\)")  # "(?<!\wf)", as word_led and letter_led write it


def _head(alternative: str) -> str | None:
    """What ``factored`` may share of an alternative's start: its first letter, where no quantifier follows
    it, or the word-start test word_led puts after that letter ("(?<!\\wf)"); else None."""
    if alternative[:1].isalpha() and alternative[1:2] not in ("?", "*", "+", "{"):
        return alternative[0]
    m = _LOOKBEHIND_WORD.match(alternative)
    return m.group(0) if m else None


def factored(pattern: str, depth: int = FACTOR_DEPTH) -> str:
    """``pattern`` (a case-sensitive regex source) with the letters its top-level alternatives start with
    shared: "får|fick|ges" becomes "f(?:år|ick)|ges". re tries a group's alternatives one by one at every
    position it tries the pattern (a quick test of a literal first letter each), so a long list of words
    costs a test per word at every letter; shared, a test per first letter and then only the words that
    start with it. The same matches in the same order: alternatives that start with different letters
    cannot match at the same place, and each letter's alternatives keep their order. Left as it is where
    an alternative starts otherwise (a class, an anchor, "\\b") or the pattern has groups that a caller
    may number or name."""
    alts = alternatives(pattern)
    if depth <= 0 or any(ch == "(" and pattern[i + 1:i + 2] != "?" or pattern.startswith(("(?P", "(?#"), i)
                         for i, ch, _ in _structure(pattern)):
        return pattern
    heads = [_head(a) for a in alts]
    if len(alts) < 2 or None in heads or any(len(h) > 1 for h in heads) and len(set(heads)) > 1:
        # Not shared here (one alternative; one led otherwise; a test behind, which matches nothing itself,
        # cannot tell alternatives apart): a word list in a group leading an alternative still is.
        return "|".join(_group_factored(a, depth) for a in alts)
    shared: dict[str, list[str]] = {}
    for head, alt in zip(heads, alts):
        shared.setdefault(head, []).append(alt[len(head):])
    parts = []
    for head, rests in shared.items():
        inner = factored("|".join(rests), depth - (len(head) == 1))
        parts.append(head + (inner if len(rests) == 1 else f"(?:{inner})"))
    return "|".join(parts)


def _group_factored(alternative: str, depth: int) -> str:
    """``alternative`` with the alternatives of the group that leads it (after a "\\b" or "^") factored: "(?:chef|
    controller|ekonom)$" becomes "(?:c(?:hef|ontroller)|ekonom)$". A repeated group is left as it is."""
    lead = next((a for a in ("\\b", "^") if alternative.startswith(a)), "")
    body = alternative[len(lead):]
    if not body.startswith("(?:"):
        return alternative
    end = group_end(body)
    if body[end + 1:end + 2] in ("?", "*", "+", "{"):
        return alternative
    return f"{lead}(?:{factored(body[3:end], depth)}){body[end + 1:]}"


def _label(alternatives: str, colon: str = r"\s*:?") -> re.Pattern:
    return regexes.compile(rf"^(?:{tolerant(alternatives)})(?![\wåäöÅÄÖ]){colon}\s*", re.IGNORECASE)


# "Ärendet" heads the case's description only as a line of its own ("Ärendet bordläggs" decides).
SUMMARY = _label(r"sammanfattning av ärendet|sammanfattning|bakgrund|ärendebeskrivning|beskrivning av ärendet|"
                 r"ärendet i korthet|ärendet(?=\s*:|\s*$)")
PRESENTERS = _label(r"föredragande|föredragare|presentatörer?|ansvarig för ärendet")
DOCUMENTS = _label(r"beslutsunderlag|underlag|bilagor|bilaga", r"\s*(?::|$)")  # "Beslutsunderlag", "Bilaga" alone head the list
GUESTS = _label(r"gäster på mötet|gäster|inbjudna gäster|medverkande gäster")
# "Omedelbar justering" alone on its line under an item's decision heads the decision to adjust the paragraph at
# once ("Paragrafen justeras omedelbart."), as "Beslut" heads the item's own; as a numbered item's title it stays
# the title ("§ 87 Omedelbar justering").
IMMEDIATE_ADJUSTMENT = "omedelbar justering"
DECIDES = _label(
    r"(?:mötet|gruppen|kommundirektörsgruppen|kommundirektörgruppen|styrelsen|nätverket|sammanträdet)"
    rf"\s+(?:beslutar|beslutade|besluter)|beslut|{IMMEDIATE_ADJUSTMENT}", r"\s*:?(?=\s|$)")
# "Arbetsutskottets beslut", "Miljö- och byggnadsnämndens beslut", "Regionala utvecklingsnämndens beslut",
# "Kommunstyrelsens arbetsutskotts beslut".
_OWN_DECISION = (r"^(?:[\wåäöÅÄÖ]+-\s+(?:och|&)\s+|[\wåäöÅÄÖ]+[ae]\s+|[\wåäöÅÄÖ-]+s\s+)?"
                 r"[\wåäöÅÄÖ-]+s\s+beslut")
OWN_DECISION = regexes.compile(_OWN_DECISION + r"\s*:?$", re.IGNORECASE)
# The same label with its decision after the colon on the same line: "Stämmans beslut: Styrelsen beviljades
# ansvarsfrihet.", "Nämndens beslut: att ..." (the label is no part of the decision's text).
OWN_DECISION_LEAD = regexes.compile(_OWN_DECISION + r"\s*:\s*(?=[A-ZÅÄÖ]|att\b)", re.IGNORECASE)
# The same label inside a title's line, with its decision after it and no colon (pdftotext of a municipal
# layout that sets the title, the label and the decision side by side): "Godkännande av dagordning
# Kommunfullmäktiges beslut Dagordningen godkänns." The label is a body's, written with a capital.
_OWN_DECISION_SPACED = (r"(?P<label>(?=[A-ZÅÄÖ])" + _OWN_DECISION.removeprefix("^") + r")\s+(?=[A-ZÅÄÖ]|att\b)")
OWN_DECISION_WITHIN = regexes.compile(r"\s+" + _OWN_DECISION_SPACED)
OWN_DECISION_OPENS = regexes.compile(r"^" + _OWN_DECISION_SPACED)  # the text after such a title
# "<who> beslutar/beslutade/beslöt [att] ...", "Beslöts att", "Det beslutades att", "Efter diskussion
# beslutade årsmötet att", "Kommunstyrelsen föreslår kommunfullmäktige besluta": any body decides.
_VERB = r"(?i:beslutar|beslutade|beslöt|beslöts|beslutas|beslutades|bestämde|bestämdes|bestämmer|bestäms|besluter)"
# A deciding body that first gives its view: "Årsmötet menade dock att …", "Stämman ansåg att …".
_BODY_VIEW = (r"(?:Årsmötet|Stämman|Mötet|Styrelsen|Föreningsstämman|Årsstämman|Nämnden|Direktionen)\s+"
              r"(?:menade|ansåg|fann|konstaterade|bedömde)\b")
# A deciding body's view that settles the matter, with a modal and a verb in the passive (or one of staying as
# it is): "Stämman ansåg att avgiften kan lämnas oförändrad.", "Nämnden ansåg att frågan kan hanteras i ...".
# Its decision is the att-clause. (A view alone decides nothing: "Styrelsen ansåg att frågan är viktig.")
VIEW_DECIDES = regexes.compile(_BODY_VIEW + r"\s+(?:dock\s+|därför\s+)?(?P<decision>att\s+[^.;:]{1,80}?\b"
                               r"(?:kan|ska|skall|bör|får)\s+(?:[a-zåäö]+(?:as|ås|es)|kvarstå|ligga\s+kvar|vara\s+kvar)\b.*)$",
                               re.DOTALL)
_VIEW_WORDS = ("ansåg", "menade", "fann", "konstaterade", "bedömde")  # VIEW_DECIDES's verbs, the cheap test first
# A count of votes inside the formula: "med 17 röster mot 12", "med 31 röster mot 23, 4 nedlagda",
# "med röstsiffrorna 6–1", "Med sju ja-röster mot fyra nej-röster och en som avstår" (counts as digits or words).
# What those who did not vote for either side did: "avstår", "2 som avstod", "4 nedlagda", "1 nedlagd".
ABSTAINS = (r"(?:som\s+)?(?:avstår|avstod|avstått|avstående|nedlagda?|blanka|lade\s+ned|röstade\s+blankt)")
COUNTED = (r"(?:[Mm]ed\s+röstsiffrorna\s+\d{1,3}(?:\s*[–—-]{1,2}\s*|\s+mot\s+)\d{1,3}(?:\s*[–—-]{1,2}\s*\d{1,3})?|"
           rf"[Mm]ed\s+{numbers.COUNT}\s+(?:ja-?)?röster\s+(?:mot|för\s+och)\s+{numbers.COUNT}(?:\s+(?:nej-?)?röst(?:er)?)?"
           r"(?:\s+emot)?"
           rf"(?:\s*(?:,|och)\s*{numbers.COUNT}\s+(?:[\wåäö]+\s+)?{ABSTAINS}(?:\s+(?:röster|från\s+att\s+rösta))?)?)")
# How the decision was taken, between the verb and its "att": "efter omröstning", "med acklamation", "med 14 ja
# och 9 nej", "efter votering, 14 röster mot 9,", "(1 avstod)" after a count.
ADVERBIAL = (r"(?:\s*\([^()]{1,30}\)(?=,?\s+att\b))?(?:\s+(?:efter|med|genom|utan|vid|i\s+enlighet\s+med)\s"
             r"[^.:;]{1,80}?(?=,?\s+att\b),?)?")
# Without "att" the decision starts at an infinitive: "Styrgruppen beslutade lägga ... till handlingarna".
_INFINITIVE = r"(?=(?:[a-zåäö]{2,}a|avslå|ge|se|stå)\b)(?!(?:enda|bara|sedan|nästa|första|andra|vidare)\b)"
# "enligt styrelsens förslag", "i enlighet med valberedningens förslag": what a formula without "att" adopts.
# "Utskottet beslutar enligt bilaga.": a decision kept in a (secret) appendix is adopted the same way.
_ADOPTION = r"(?:enligt|i\s+enlighet\s+med)\s+(?:[^.:]{0,60}?förslag|(?:sekretess)?bilag[ae](?:\s+\d{1,2})?(?=\.?\s*$))"
# "Stämman beslutade i övrigt enligt styrelsens förslag.": the rest of a proposal adopted after a decision on part
# of it (the decision keeps "i övrigt").
_ADOPTS_PROPOSAL = rf"(?=(?:(?:i|för)\s+övrigt\s+)?{_ADOPTION})"
# A decision that opens with how it was taken, then its infinitive after "och": "Årsmötet beslutade med godkännande
# och lägga berättelsen till handlingarna", "... med tack och lägga rapporten till handlingarna" (the decision's
# text keeps its "med ...": the approval is part of it).
_MANNER_THEN_INFINITIVE = rf"(?=med\s+[a-zåäö]+\s+och\s+{_INFINITIVE})"
# A formula that ends in the proposal it adopts, before the decision's "att": "Stämman beslutade i enlighet med
# styrelsens förslag" / "att ändra bolagsordningen" (the decision approves that proposal).
ADOPTED_PROPOSAL = regexes.compile(r"(?:enligt|i\s+enlighet\s+med)\s+[^.:]{0,60}?förslag(?:et)?,?\s*$", re.IGNORECASE)
# A decision that is only such an adoption: "enligt ordförandens förslag." (see minutes._drop_bare_adoptions).
BARE_ADOPTION = regexes.compile(rf"^{_ADOPTION}(?:et)?\.?$", re.IGNORECASE)
# The body a proposal goes to, in up to three words: "kommunfullmäktige", "regionala utvecklingsnämnden",
# "barn- och utbildningsnämnden" (not "att ...", which is the proposal itself).
_ADDRESSEE = r"(?!att\b)[\wåäö-]+(?:\s+[\wåäö-]+){0,2}?"
# A formula's verb stands within a line's first characters (after "Efter votering (7 röster för bifall, 8 röster
# för avslag)" too): the cheap test for its words reads no further.
FORMULA_HEAD_CHARS = 120
TALLY_ASIDE_MAX_CHARS = 80  # "(7 röster för bifall, 8 röster för avslag)": a tally in parentheses is short
# A tally in parentheses after the vote's name, before the verb: "Efter votering (7 för, 8 emot) beslutar ..."
_TALLY_ASIDE = r"(?:\s+\([^()]{1,%d}\))?" % TALLY_ASIDE_MAX_CHARS
FORMULA = regexes.compile(
    # "Efter votering med handuppräckning (7 röster för bifall, 8 röster för avslag) beslutar förbundsmötet"
    # ("Med anledning av många anmälda beslutar styrelsen": the reason first, then the verb before its subject)
    r"^(?:(?:Efter|Vid|På|Utan|Med\s+anledning\s+av)\s+[\wåäö]+(?:\s+[\wåäö]+){0,3}?" + _TALLY_ASIDE + r",?\s+" + _VERB +
    r"\s+[\wåäö-]+"
    r"|(?:Därefter|Sedan|Slutligen|Enhälligt|Därmed|Således|Då|Avslutningsvis)\s+" + _VERB + r"\s+[\wåäö-]+"
    r"|" + COUNTED + r",?\s+" + _VERB + r"\s+[\wåäö-]+"
    r"|(?:Ett\s+)?[Bb]eslut\s+(?:fattades|togs)(?:\s+om)?(?=\s+att\b|\s*:)"  # "Ett beslut fattades om att ..."
    # "Styrelsen tog beslut om att ...", "Beslutet blev att ...", "Beslöt styrelsen att ..." (verb first)
    r"|[A-ZÅÄÖ][\wåäö-]*\s+(?:tog|fattade|tar|fattar)\s+(?:ett\s+)?beslut(?:et)?(?:\s+om)?(?=\s+att\b|\s*:)"
    r"|(?:Efter|Vid|På|Utan)\s+[\wåäö]+(?:\s+[\wåäö]+){0,3}?,?\s+(?:tog|fattade)\s+[\wåäö-]+\s+(?:ett\s+)?beslut(?:et)?"
    r"(?:\s+om)?(?=\s+att\b|\s*:)"
    r"|Beslutet\s+blev(?=\s+att\b|\s*:)"
    # "Beslut om att förelägga ...": the decision as a noun, with its att-clause (a sentence; a heading has no
    # final full stop)
    # ("Enhälligt beslut att behålla avgiften.", "Beslut att köpa en ny klippare.": the same with how it was taken,
    # or without "om")
    r"|(?:(?:Enhälligt|Enigt)\s+beslut|Beslut)(?:\s+om)?(?=\s+att\s[^\n]*\.\s*$)"
    r"|(?:Beslöt|Beslutade|Beslutar|Bestämde)\s+(?:[a-zåäö]+(?:en|et|na)|vi)(?=\s+att\b|\s*:)"
    # "Årsmötet menade dock att ett års buffert är för liten och beslutade att höja avgiften": the body's view,
    # then its decision after "och" in the same sentence (the decision is the att-clause after the verb)
    r"|" + _BODY_VIEW + r"\s+[^.;:]{1,120}?,?\s+och\s+" + _VERB + r"(?=\s+att\b)"
    r"|(?:Det\s+)?" + _VERB +
    r"|(?P<subj>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och\s+)?[\wåäö-]+){0,3}?)\s+(?:"
    # "Styrelsen beslutade att föreslå församlingsmötet" ending its line over "att …" lines: the board's proposal
    # to the body above it, as "föreslår kommunfullmäktige besluta" (each att-line a decision)
    + _VERB + r"\s+att\s+föreslå\s+" + _ADDRESSEE + r"(?:\s+(?:att\s+)?besluta)?(?=\s*$)|" + _VERB +
    r"|föreslår\s+" + _ADDRESSEE + r"\s+(?:att\s+)?(?:föreslå\s+" + _ADDRESSEE + r"\s+(?:att\s+)?)?besluta))"
    r"(?:\s+(?:därför|därmed|därefter|dessutom|vidare|slutligen|sedan|härmed|alltså|enhälligt|enigt|också|även|"
    r"för\s+egen\s+del))?"
    r"(?:\s+" + COUNTED + r")?" + ADVERBIAL +
    # ("... beslutar styrelsen på kassörens förslag" / "att ...": whose proposal it adopts, "på" as "enligt")
    r"(?:,?\s+(?:enligt|i enlighet med|på)\s+[^.:]{0,60}?förslag(?:et)?,?(?=\s*(?:att\b|:|$)))?"
    # without "att" the decision may be the proposal it adopts: "Stämman beslutade enligt styrelsens förslag."
    r"\s*(?::\s*|(?=att\b)|$|(?<=\s)" + _INFINITIVE + r"|(?<=\s)" + _MANNER_THEN_INFINITIVE +
    r"|(?<=\s)(?P<adopts>)" + _ADOPTS_PROPOSAL + r")")
_EARLIER = regexes.compile(r"\b(?:förra|föregående|tidigare|fjolårets|i\s+fjol)\b", re.IGNORECASE)
# A decision dated before the meeting and told in the past tense is a report of an earlier decision, not one
# of this meeting (spec "Decisions"): "Nämnden beslutade 2024-05-12 § 45 att ...", "Kommunfullmäktige beslöt
# 2021 att ...", "Styrelsen beslutade i mars att ...", "Kommunfullmäktige antog den 3 maj 2023 ...".
# (The meeting's own decisions are not dated in its minutes.)
# "Förslaget antogs vid ordinarie stämma den 24 april 2025 med 29 röster mot 2": the first of a statute change's two
# meetings, told in the second one's minutes, in the passive and with the earlier meeting named.
_PAST_DECIDES = r"(?:beslutade|beslöt|beslutades|beslöts|bestämde|bestämdes|antog|antogs|fastställde)"
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATED = (rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|(?:19|20)\d{{2}}\b|§\s*\d|(?:den\s+)?\d{{1,2}}\s+(?:{_MONTHS})\b|"
          rf"i\s+(?:{_MONTHS})\b)")
# (the subject may run to a relative clause: "Det förslag till ändrade stadgar som antogs vid ordinarie stämma den …")
EARLIER_DECISION = regexes.compile(rf"^[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och\s+)?[\wåäö-]+){{0,6}}?\s+{_PAST_DECIDES}\s+"
                              rf"(?:(?:på|vid)\s+(?:sitt|ordinarie|extra|föregående|förra)\s+(?:[\wåäö]*stämma|sammanträde|[\wåäö]*möte)\s+)?"
                              rf"{_DATED}")
# A task given before the meeting, the same way: "Kommunstyrelsen gav 2023 nämnden i uppdrag att ...",
# "Nämnden gav förvaltningen i uppdrag 2024-03-12 § 34 att ...", "Förvaltningen fick i uppdrag av nämnden i
# januari att ..." (the date before the task's "att": "Per fick i uppdrag att ringa i januari" is this meeting's;
# "Årsmötet gav styrelsen ansvarsfrihet för verksamhetsåret 2024" is the year discharged, no earlier task).
EARLIER_TASK = regexes.compile(rf"^[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och\s+)?[\wåäö-]+){{0,3}}?\s+(?:gav|fick|uppdrog)\s+"
                          rf"(?:(?!att\b|ansvarsfrihet\b)[\wåäö-]+\s+){{0,4}}?(?:(?:av|från)\s+(?:[\wåäö-]+\s+){{1,2}}?)?{_DATED}")
# The words one of them must hold in its first characters: most lines hold none, and skip the pattern.
_PAST_DECIDES_WORDS = ("besl", "bestäm", "antog", "fastställde")
_PAST_TASK_WORDS = ("gav ", "fick ", "uppdrog ")


def earlier_decision(text: str) -> bool:
    """Whether ``text`` reports a decision taken before the meeting ("Nämnden beslutade 2024-05-12 § 45 att",
    "Kommunstyrelsen gav 2023 nämnden i uppdrag att")."""
    head = text[:80].lower()
    return any(w in head for w in _PAST_DECIDES_WORDS) and bool(EARLIER_DECISION.match(text)) or \
        any(w in head for w in _PAST_TASK_WORDS) and bool(EARLIER_TASK.match(text))


_NOT_SUBJECT = regexes.compile(r"\b(?:har|hade|ska|skall|kan|kommer|bör|inte|ej|om|som|när|innan|sedan)\b", re.IGNORECASE)
# (A body's proposal to another, "Arbetsutskottets förslag till kommunstyrelsen", is a heading of its own too: in
# the proposing body's own minutes its decision, see minutes.own_proposal.)
PROPOSAL = _label(r"förslag till beslut|förslag|[\wåäöÅÄÖ-]+s\s+förslag\s+till\s+beslut|"
                  r"[\wåäöÅÄÖ-]+s\s+förslag\s+till\s+[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+){0,2}(?=\s*(?::|$))|"
                  r"[\wåäöÅÄÖ-]+s\s+förslag|"
                  # "Yrkanden/förslag till beslut på sammanträdet": the proposals made at the meeting
                  r"(?:yrkanden?\s*/\s*)?förslag till beslut på sammanträdet|yrkanden?\s*/\s*förslag till beslut|"
                  # "Yrkande Hugo: entré 40 kr", "Yrkande 1: Fika får köpas in ...": a proposal numbered or named
                  r"yrkande\s+(?:\d{1,2}|[a-zåäöé-]+)(?=\s*:)|"
                  r"yrkanden?|propositionsordning|beslutsgång|jäv|"
                  r"förvaltningens förslag|arbetsutskottets förslag|styrelsens förslag|ordförandens förslag|"
                  r"beredning|beredningsgång|särskilt yttrande|"
                  # "Förbundsstyrelsens yttrande" over a motion's answer and the board's proposal in it
                  r"[\wåäöÅÄÖ-]+s\s+yttrande", r"\s*(?::|$)")
# A numbered agenda point that names whose proposal it treats and on what ("§ 8 Styrelsens förslag till ändrade
# stadgar", "9. Styrelsens förslag till budget"): the item's title, not the proposal label it opens like; the
# label's own forms ("Xs förslag till beslut", "Arbetsutskottets förslag till kommunstyrelsen") stay labels.
AGENDA_PROPOSAL_TITLE = regexes.compile(r"^[\wåäöÅÄÖ-]+s\s+förslag\s+till\s+(?!beslut\b)(?P<what>[\wåäöÅÄÖ-]+)"
                                        r"(?:\s+[\wåäöÅÄÖ-]+)*$", re.IGNORECASE)

# One member's proposal on its own line: "Yrkande Hugo: entré 40 kr", "Yrkande 1: Tröjorna ska vara gröna".
ONE_LINE_YRKANDE = regexes.compile(r"^yrkande\s+(?:\d{1,2}|[a-zåäöé-]+)\s*:\s*\S", re.IGNORECASE)
# ("Voteringsresultat" heads the tally as "Omröstningsresultat" does, in the minutes that say votering)
# ("Röstlista § 141", "Omröstningsbilaga 1, § 112": the roll of a vote by name, the § it belongs to after it)
VOTES = _label(r"omröstningsresultat|voteringsresultat|omröstning|votering|omröstningslista|"
               r"(?:röstlista|(?:omröstnings|voterings)bilaga(?:\s+\d{1,2})?)(?:\s*,?\s*§\s*\d{1,4})?", r"\s*(?::|$)")
RESERVATIONS = _label(r"reservationer|reservation", r"\s*(?::|$)")
# "Protokollsanteckning: ..." records a member's note: neither a proposal nor a reservation. So do the headings a
# municipal decision is followed by, alone on their line ("Sekretess" / "Ärendet omfattas av sekretess ...",
# "Motivering", "Upplysningar", "Avgift"): their text is none of the item's decisions.
# (a city's district and specialist committees: "Särskilt uttalande" by a party's members, "Ersättaryrkande" by the
# substitutes who do not serve, and a region's "Yttrande S" / "Yttrande D", a party's written statement by its letter)
NOTE = _label(r"protokollsanteckninga?r?|sekretess|motivering|motivering till beslutet|skäl för beslutet|"
              r"upplysningar|upplysning|avgift|hur man överklagar|särskilda uttalanden|särskilt uttalande|"
              r"ersättaryrkanden|ersättaryrkande|yttrande\s+[A-ZÅÄÖ]{1,3}", r"\s*(?::|$)")
# "§ 45 Sekretess", "IU § 12 Sekretessärende": an item's numbered line that says only that its case is confidential
# (a socialnämnd's or överförmyndarnämnd's minutes); the item's title stands on the next line.
CONFIDENTIAL_TITLE = _label(r"sekretess|sekretessärende|sekretessbelagt ärende|sekretessbelagt|sekretessbelagd",
                            r"\s*$")
RECIPIENTS = _label(r"beslutet (?:ska )?(?:skickas|expedieras|delges) till|expedieras till|expedieras|"
                    r"skickas till|protokollsutdrag till|beslutet skickas|expediering|exp", r"\s*(?::|$)")
RESPONSIBLE = _label(r"ansvariga?|ansvar|ansv\.?", r"\s*:")
# "Klart till: 15/4", "Deadline: 20 april", "Förfallodatum: 2025-10-15" (Teams, Loop) on a line of its own: the
# deadline of the task before it.
DUE = _label(r"klart till|klart senast|klart|deadline|förfallodatum|senast|färdigt till|färdigt", r"\s*:")
# "Åtgärd: Anna skickar ut kallelsen senast 20/6": a task recorded apart, a decision of its own. So is a union's
# or board's "Uppdrag: Rasmus Eng begär ut mätprotokollet ..." (the commission, not a heading: it needs its colon).
ACTION = _label(r"åtgärder|åtgärd|att göra|uppdrag", r"\s*:")
# "Medskick till kommundirektörsnätverket:" / "- ta ställning till ...", "Medskick: Kommunerna bör ...": what a
# network passes on to another group or to its members (the seeds' "X ges följande medskick:" as a label), a
# decision of the meeting with its label kept; "till X" names whom it goes to.
ADVICE = regexes.compile(tolerant(r"^medskick(?:\s+till\s+(?P<to>[^:]{1,80}?))?\s*:"), re.IGNORECASE)

SECTION_LABELS = ((SUMMARY, "summary"), (PRESENTERS, "presenters"), (DOCUMENTS, "documents"),
                  (GUESTS, "guests"), (NOTE, "note"), (PROPOSAL, "proposal"), (VOTES, "votes"), (RESERVATIONS, "reservations"),
                  (RECIPIENTS, "recipients"), (RESPONSIBLE, "responsible"), (DUE, "due"), (ACTION, "action"),
                  (DECIDES, "decisions"))
# Which section label opens a line, if any: one test where most lines open with none, and where one does,
# the alternatives are tried in the order of SECTION_LABELS and the group named for the first that
# matches is the section (each pattern holds no group of its own, so that group is the match's last).
_ANY_SECTION = Folded("|".join(f"(?P<{name}>{pattern.pattern})" for pattern, name in SECTION_LABELS))

OPENING = regexes.compile(tolerant(r"^(?:mötets öppnande|mötet öppnas|öppnande|mötets inledning)"), re.IGNORECASE)
CLOSING = regexes.compile(tolerant(r"^(?:mötet avslutas|mötets avslutande|mötet förklaras avslutat|avslutning)\b"),
                     re.IGNORECASE)
TOPIC_MAX_WORDS = 4  # a topic named before a colon under "Övriga frågor" is short
# "Hemsidan. Agneta uppdaterar ...": a topic named before a full stop, its sentence after it on the same line.
# The topic is a noun phrase: no "att", no word in the form of a past-tense or passive verb ("Kassören redovisade.",
# "Inget att rapportera." are sentences).
DOT_TOPIC_WORDS = 2
DOT_TOPIC = regexes.compile(r"^(?P<topic>[A-ZÅÄÖ][a-zåäöé-]{2,}(?:\s+(?!att\b)[a-zåäöé-]+){0,%d})\.\s+"
                            r"(?=[A-ZÅÄÖ][a-zåäö])" % (DOT_TOPIC_WORDS - 1))
_VERB_FORM = regexes.compile(r"(?:ade|ades|des|tes|ats|its|ts|er|ar|ir)$")


def dot_topic(text: str) -> re.Match | None:
    """The topic of a line "Hemsidan. Agneta uppdaterar ..." (a short noun phrase and a full stop, a sentence
    after it), else None."""
    m = DOT_TOPIC.match(text) if "." in text[:40] else None
    if m is None or any(_VERB_FORM.search(w) for w in m.group("topic").split()[1:]):
        return None
    return m
# The groups a city's or region's agenda sorts its numbered items into, each name alone on a line between two items
# ("Beslutsärenden" / "§ 103 ...", "Remisser", "Anmälningsärenden"): a heading over the items after it, neither an
# item nor any text of the item before it.
AGENDA_GROUP = regexes.compile(tolerant(r"^(?:beslutsärenden|remisser|remissärenden|remissvar|yttranden|"
                                        r"anmälningsärenden|informationsärenden|delegationsärenden|valärenden|"
                                        r"bordlagda ärenden|allmänna ärenden|övriga beslutsärenden|"
                                        r"ärenden för beslut|ärenden för kännedom|ärenden för information)\s*:?$"),
                               re.IGNORECASE)
OTHER_QUESTIONS = regexes.compile(tolerant(r"^övriga (?:frågor|ärenden)"), re.IGNORECASE)
# The title of a list of tasks kept apart after the numbered items ("Åtgärdslista" over "Åtgärd | Ansvarig | Klart"
# rows): an item of its own, unnumbered, not a sub-item of the last numbered one.
ACTION_LIST_TITLE = regexes.compile(tolerant(r"^(?:åtgärdslista|aktivitetslista|att\s*göra-?lista|uppdragslista|"
                                             r"uppföljningslista|beslutslogg)\s*:?$"), re.IGNORECASE)
# A network's round of reports, each member telling its own work ("Runda bordet", "Laget runt", "Aktuellt från
# kommunerna"): what a member plans there ("Regionen planerar en ny enkät") is its own news, no task of the meeting.
ROUND_ITEMS = regexes.compile(tolerant(r"^(?:runda bordet|rundan? runt bordet|laget runt|bordet runt|"
                                       r"aktuellt från (?:kommunerna|organisationerna|deltagarna|medlemmarna|verksamheterna)|"
                                       r"rapporter från (?:kommunerna|organisationerna|deltagarna|medlemmarna))\b"),
                              re.IGNORECASE)
# Items that hold a meeting's elections ("§11-15. Stadgeenliga val av styrelse ... förrättas enligt valberedningens
# förslag.", "Val av styrelse"): a group's name alone over its elections ("Styrelsen" / "Omval på två år: ...",
# "Revisorer" / "Omval på ett år: ...") opens a sub-item, as a topic under "Övriga frågor" does.
ELECTION_ITEMS = regexes.compile(tolerant(r"^(?:stadgeenliga\s+)?val(?:en)?\b"), re.IGNORECASE)
# Items that gather reports, one topic a line ("Rapporter" / "Ekonomi: Kassören redogjorde ..."): their topics
# are sub-items, as under "Övriga frågor".
REPORT_ITEMS = regexes.compile(tolerant(r"^(?:rapporter|rapport|lägesrapport(?:er)?|verksamhetsrapport(?:er)?|"
                                   r"information(?:er|särenden)?|meddelanden|aktuellt|aktuella frågor|"
                                   r"uppföljning|nyheter)(?![\wåäö])"), re.IGNORECASE)


def formula_of(text: str, head: str | None = None) -> str | None:
    """The decision after a formula that opens ``text`` ("Styrelsen beslutade att X" gives "att X"), or
    None when ``text`` does not open with one. ``head``, where given, is ``text[:FORMULA_HEAD_CHARS].lower()``."""
    low = text[:FORMULA_HEAD_CHARS].lower() if head is None else head
    if "besl" not in low and "bestäm" not in low:
        view = VIEW_DECIDES.match(text) if any(w in low for w in _VIEW_WORDS) else None
        return view.group("decision") if view else None
    m = FORMULA.match(text)
    if not m:
        topic = DASH_TOPIC.match(text) if "–" in text[:DASH_TOPIC_CHARS] or " - " in text[:DASH_TOPIC_CHARS] else None
        if topic and not _PROPOSAL_TOPIC.search(topic.group("topic")):
            # "Remiss om skogsprogrammet – Vi beslutade att avstå från att svara.": a topic run in before a dash,
            # then the decision on it (a nature krets's or a club's board notes, one topic a line)
            return formula_of(text[topic.end():])
        return None
    if m.group("subj") and _NOT_SUBJECT.search(m.group("subj")):
        return None
    if m.group("adopts") is not None and not text[:1].isupper():
        return None  # "... och finner att utskottet / beslutar enligt förvaltningens förslag.": a wrapped report
    if _EARLIER.search(text[: m.end()]) or earlier_decision(text):
        return None  # "Vid förra mötet beslutades att ...": a report of an earlier decision
    return text[m.end():]


_PROPOSES = regexes.compile(r"\bföreslår\b")
# A short topic and a dash before a line's sentence ("Skogsutredningen – Vi beslutade att …", "Inbjudan –
# Beslutades att …"); not a proposal's or a motion's label, whose formula words decide nothing.
DASH_TOPIC_WORDS = 4
DASH_TOPIC_CHARS = 60
DASH_TOPIC = regexes.compile(r"^(?P<topic>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,%d})\s+[–—-]\s+(?=[A-ZÅÄÖ])"
                             % (DASH_TOPIC_WORDS - 1))
_PROPOSAL_TOPIC = regexes.compile(r"(?i:förslag|yrkande|proposition|reservation|motion)")
_ATT_OR_COLON = regexes.compile(r"(?:att|Att)\b|:")
_TWO_WORDS = regexes.compile(r"^\S+\s+\S+")


@per_document
def section_of(text: str) -> tuple[str, str] | None:
    """(section name, text after the label) when ``text`` starts with an item-section label; a formula
    with its decision on the same line is the section "formula"."""
    # Lower-cased once for the cheap tests below (see Folded: this runs on every line).
    low = lowered(text)
    foldable = not ("\u0131" in low or "\u017f" in low or "\u0307" in low)  # _unfoldable, written out
    if "beslut" in low or not foldable:
        if OWN_DECISION.match(text):
            return "decisions", ""
        lead = OWN_DECISION_LEAD.match(text)
        if lead and not earlier_decision(text[lead.end():]):
            return "decisions", _decision_after_label(text[lead.end():])
    # Where the text folds, lower() kept every character's place (only "İ" lowers to two, leaving a
    # U+0307 that _unfoldable finds), so the first FORMULA_HEAD_CHARS of ``low`` are formula_of's own; and
    # formula_of's own first test (its words in them) is made here, sparing most lines the call.
    if not foldable:
        rest = formula_of(text)
    elif low.find("besl", 0, FORMULA_HEAD_CHARS) >= 0 or low.find("bestäm", 0, FORMULA_HEAD_CHARS) >= 0:
        rest = formula_of(text, low[:FORMULA_HEAD_CHARS])
    else:
        rest = None
    if rest is not None:
        if _PROPOSES.search(text[: len(text) - len(rest)]):
            return "proposes", rest  # a decision under "Beslut", a proposal under "Förslag till beslut"
        return ("formula", rest) if rest.strip() else ("decisions", "")
    # The first label that matches, as a loop over SECTION_LABELS would find it (positions in ``low`` are
    # the text's own where it folds, see above).
    m = _ANY_SECTION.lower.match(low) if foldable else _ANY_SECTION.ignorecase.match(text)
    if m is None:
        return None
    name, end = m.lastgroup, m.end()
    rest = text[end:]
    if name == "decisions" and rest and earlier_decision(text):
        return None  # "Styrelsen beslutade i mars att ...": a report, not the label "Styrelsen beslutade:"
    if name == "decisions" and rest and not _ATT_OR_COLON.match(rest) and \
            not _TWO_WORDS.match(text[:end]) and ":" not in text[:end]:
        return None  # "Beslut om mötesdatum ..." is a sentence, not the label "Beslut:" (no label comes after it)
    if name == "decisions" and rest:
        rest = _decision_after_label(rest)
    return name, rest


def _decision_after_label(rest: str) -> str:
    """The decision a label's line gives: "Beslut: Styrgruppen beslutade att X" gives "att X", as the formula
    does on its own line (a proposal's formula is kept)."""
    after = formula_of(rest)
    if after is not None and after.strip() and not _PROPOSES.search(rest[: len(rest) - len(after)]):
        return after
    return rest


# A number's label alone on its line, its value alone on the next (a header table's cells in plain text).
NUMBER_LABEL = regexes.compile(r"^(?:protokollnummer|protokoll\s+nr|löpnummer|mötesnummer|sammanträdesnummer)\.?\s*:?$",
                            re.IGNORECASE)
