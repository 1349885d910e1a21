"""Is this text meeting minutes at all? Recognises agendas, letters, news articles, press releases,
invoices, forms and reports, so the caller can refuse them (exit code 4) with a reason.

The decision is made from named data, the table ``CUES`` below: each cue is a pattern, where in the
document it counts (a title line near the top, the start of any line, or anywhere) and what it is
worth to each kind of document. Minutes are a kind like the others ("minutes"): their cues are the
traces a meeting leaves (attendance labels, past-tense decisions, justering and signatures).

The words that name other documents turn up in minutes all the time ("Godkännande av dagordningen",
"Kallelsen har skickats ut", "fakturor attesteras", "skrivelse från ..."), so a word naming a kind
counts strongly only as a title (at the start of one of the first ``TITLE_LINES`` lines), and a
kind wins only when it outweighs the minutes' own evidence (see ``not_minutes_reason``).

Speed: every line is lower-cased once and scanned once by two precompiled regexes (one anchored at
the line start, one searching all the lines joined, in one pass). No pattern has an unbounded repeat
that can backtrack over another, and every alternative starts with a literal, so the work is linear
in the input length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from protokoll import regexes
from protokoll.vocab.labels import alternatives, group_end, lowered, tolerant

# --- thresholds --------------------------------------------------------------------------------------

# A title is one of the first lines: letterheads, a date and a "Sida 1 (3)" may come before the word
# "Kallelse" or "Protokoll", but an item heading ten lines down is no longer the document's title.
TITLE_LINES = 10

# The least a kind must score to be named: its title word (4–5) and at least one cue of its body,
# or several body cues without a title (an invoice whose heading is a logo, a letter).
KIND_MIN = 5

# Minutes evidence this strong ends the question: a minutes title together with attendance labels and
# justering or recorded decisions; no agenda, letter or report has all of these.
MINUTES_SURE = 12

# A cue seen this often is worth its ``repeat`` bonus once: minutes record decision after decision,
# a report or news article quotes one or two.
REPEAT_COUNT = 3


# --- the table ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Kind:
    noun: str  # "en kallelse eller dagordning"; the reason adds the cues found: "... (kallelse, dagordning)"
    tail: str = ""  # what follows "inget protokoll" in the reason (reasons are shown to people: Swedish)


KINDS: dict[str, Kind] = {
    "agenda": Kind("en kallelse eller dagordning", ": den listar ärenden men anger inga beslut"),
    "report": Kind("en rapport eller tjänsteskrivelse", ": den föreslår beslut men anger inga fattade"),
    "invoice": Kind("en faktura"),
    "form": Kind("en blankett eller ansökan"),
    "press": Kind("ett pressmeddelande"),
    "news": Kind("en nyhetsartikel"),
    "letter": Kind("ett brev"),
}
MINUTES = "minutes"

TITLE, HEAD, START, ANY = "title", "head", "start", "any"  # where a cue counts


@dataclass(frozen=True)
class Cue:
    label: str  # shown in the reason, e.g. "fakturanummer"
    pattern: str  # regex source over lower-cased text; å/ä/ö/é also match what OCR makes of them
    # TITLE: at the start of one of the first TITLE_LINES lines; HEAD: anywhere in those lines;
    # START: at the start of any line; ANY: anywhere.
    where: str
    weights: dict[str, int] = field(default_factory=dict)  # kind (or MINUTES) → weight
    repeat: int = 0  # added once the cue has been seen REPEAT_COUNT times


def _c(label: str, where: str, pattern: str, repeat: int = 0, **weights: int) -> Cue:
    return Cue(label, pattern, where, weights, repeat)


# Separators inside a cue: bounded, so no pattern can run away on a long line of spaces.
_S = r"\s{1,20}"

CUES: tuple[Cue, ...] = (
    # --- minutes: titles ---
    # Anywhere in the head: a case system's header row sets the kind in a column ("Myrsjö kommun   PROTOKOLLSUTDRAG").
    _c("protokollsutdrag", HEAD, rf"(?:protokollsutdrag|utdrag{_S}ur{_S}(?:\w{{0,20}})protokoll)", minutes=5),
    # "Protokoll nr 4", "Sammanträdesprotokoll", "Styrelseprotokoll", not "Protokoll förs av ..." nor an
    # agenda item "Protokoll från föregående möte".
    _c("protokoll", TITLE, rf"\w{{0,20}}protokoll\b(?!{_S}(?:förs|skickas|bifogas|justeras|ska|kommer|"
                           rf"från{_S}(?:föregående|förra|senaste))\b)", minutes=5),
    _c("protokoll", HEAD, rf"(?<!\w)protokoll{_S}(?:nr|nummer|fört|från{_S}(?:styrelse|års|\w{{0,20}}möte)|"
                         r"styrelsemöte|årsmöte|sammanträde|\d)", minutes=2),
    _c("minnesanteckningar", TITLE, r"\w{0,12}anteckningar\b", minutes=5),
    # --- minutes: attendance labels (at a line start: "Närvarande:", "Beslutande", "Anmält förhinder") ---
    _c("närvarande", START, r"närvarande\b", minutes=3),
    _c("beslutande", START, r"beslutande\b", minutes=3),
    _c("frånvarande", START, rf"(?:anmält{_S}förhinder|anmäld{_S}frånvaro|frånvarande\b|ej{_S}närvarande|"
                             r"förhinder\s{0,3}:|förhindrade\b)", minutes=3),
    _c("övriga närvarande", START, rf"(?:övriga{_S}(?:närvarande|deltagare)|tjänstgörande{_S}ersättare|"
                                   rf"ej{_S}tjänstgörande|närvarande{_S}ersättare|adjungerade?\b)", minutes=2),
    _c("deltagare", START, r"(?:deltagare|närvaro)\b", minutes=2),
    # --- minutes: justering and signatures ---
    _c("justeras", START, r"justeras\b", minutes=3),
    _c("vid protokollet", START, rf"(?:vid{_S}(?:protokollet|anteckningarna|pennan)|protokollförare\b)", minutes=3),
    _c("justering", ANY, rf"(?:justerandes{_S}sign|utdragsbestyrkande|justeringens{_S}(?:plats|tid|datum)|"
                         rf"protokollet{_S}(?:är|har{_S}justerats|har{_S}blivit){_S}?justerat|anslag{_S}?/{_S}?bevis|"
                         rf"anslaget{_S}(?:sätts|tas))", minutes=3),
    _c("justerare", ANY, r"justerare\b", minutes=1),
    # --- minutes: the meeting's conduct and its decisions, in the past tense ---
    _c("mötet öppnades", ANY, rf"(?:mötet{_S}(?:öppnades|avslutades)|öppnade{_S}(?:mötet|sammanträdet|årsmötet|"
                              rf"stämman)|förklarade{_S}(?:mötet|sammanträdet|årsmötet|stämman|\w{{1,20}}){_S}"
                              rf"(?:för{_S})?(?:öppnat|avslutat)|avslutade{_S}(?:mötet|sammanträdet)|"
                              rf"hälsade{_S}(?:alla{_S}|\w{{1,20}}{_S})?välkomna)", minutes=3),
    _c("beslutade", ANY, r"(?:beslutade|beslöts?|beslutades|godkändes|valdes|utsågs|fastställdes|antogs|"
                         r"bifölls|bifalles|avslogs|noterades|bordlades|beviljades|tillstyrktes|enades)\b"
                         rf"|lades{_S}till{_S}handlingarna", repeat=3, minutes=3),
    _c("redogjorde", ANY, r"(?:redogjorde|informerade|rapporterade|föredrog|presenterade|diskuterades|"
                          rf"diskuterade|gick{_S}igenom)\b", repeat=2, minutes=2),
    _c("beslutar", ANY, r"(?:beslutar|beslutas|besluter)\b", minutes=1),
    # Repeated: a "Beslut:" line under item after item is the record of decisions taken (a web summary of
    # a council meeting may have nothing else of the minutes' furniture); an agenda leaves no such lines.
    _c("beslut:", START, r"beslut(?:\s{0,3}:|\s{0,3}$)", repeat=3, minutes=2),
    _c("§", ANY, r"§\s{0,3}\d", repeat=1, minutes=1),
    _c("sammanträdesprotokoll", ANY, r"(?:sammanträdesprotokoll|protokollsutdrag|mötesprotokoll)", minutes=1),
    _c("sammanträdesdatum", START, r"sammanträdesdatum\b", minutes=1),

    # --- agenda ---
    _c("kallelse", TITLE, r"(?:kallelse|inbjudan)\b", agenda=4),
    _c("föredragningslista", TITLE, r"(?:föredragningslista|ärendelista)\b", agenda=4),
    _c("dagordning", TITLE, rf"(?:förslag{_S}till{_S})?(?:dagordning|agenda)\b", agenda=4),
    _c("förslag till beslut", ANY, rf"förslag{_S}till{_S}beslut", agenda=2, report=2),
    _c("anmäl förhinder", ANY, rf"(?:förhinder{_S}(?:anmäls|meddelas|ska)|(?:anmäl|meddela|anmäla){_S}"
                               rf"(?:eventuellt{_S}|ditt{_S}|ert{_S})?förhinder|vid{_S}(?:eventuellt{_S})?förhinder)",
       agenda=3),
    _c("kallas till sammanträde", ANY, rf"(?:kallas{_S}(?:härmed{_S})?till|härmed{_S}kallas|kallar{_S}(?:härmed{_S})?"
                                       r"till|underrättelse\b)", agenda=3),
    _c("handlingar bifogas", ANY, rf"(?:handlingar(?:na)?{_S}(?:bifogas|finns{_S}(?:på|att|tillgängliga)|skickas{_S}ut|"
                                  rf"till{_S}sammanträdet)|bifogade{_S}handlingar)", agenda=2),
    _c("tillhanda senast", ANY, rf"(?:tillhanda{_S}senast|motioner{_S}(?:ska|skall){_S}vara|osa\b|anmälan{_S}senast)",
       agenda=2, form=1),
    _c("ärende 1", START, rf"ärende(?:n\b|{_S}\d)", agenda=1),
    # Numbered items: minutes have them too, but an agenda may be nothing else under its title.
    _c("numrerade punkter", START, r"\d{1,2}[.)]\s{0,3}[a-zåäöé]", repeat=2, agenda=1),
    _c("äger rum", ANY, rf"(?:äger{_S}rum|kommer{_S}att{_S}hållas|hålls{_S}(?:den|på|i)\b)", agenda=1),
    _c("föreslås", ANY, r"(?:föreslås|föreslår)\b", agenda=1, report=1),
    _c("välkomna", ANY, r"(?:välkomna|välkommen)\b", agenda=1, letter=1),

    # --- report / tjänsteskrivelse ---
    _c("tjänsteskrivelse", TITLE, r"(?:tjänsteskrivelse|tjänsteutlåtande|tjänsteyttrande|promemoria|pm\b|"
                                  r"utredning\b|remissvar|rapport\b)(?!\s{1,20}från)"
                                  # "Tjänsteskrivelse 2025-08-29": a dated document listed as a decision's basis
                                  r"(?!\s{1,20}(?:\d{4}-\d\d-\d\d|\d{1,2}\s{1,3}[a-zåäö]{3,9}\s{1,3}\d{4}))", report=5),
    _c("ärendet", START, rf"ärendet(?:\s{{0,3}}$|\s{{0,3}}:|{_S}i{_S}korthet)", report=2),
    _c("handläggare", ANY, r"handläggare\b", report=3),
    _c("förvaltningens bedömning", START, rf"(?:(?:förvaltningens|kontorets|sektorns|förbundets){_S}(?:bedömning|"
                                          rf"förslag|synpunkter|yttrande)|bedömning\s{{0,3}}:?$|överväganden\b)",
       report=2),
    _c("konsekvenser", START, rf"(?:ekonomiska{_S}konsekvenser|konsekvenser\b|barnperspektiv|barnkonsekvens)",
       report=2),
    _c("bakgrund", START, r"(?:bakgrund|ärendebeskrivning|beskrivning av ärendet|sammanfattning av ärendet)\b",
       report=1),
    _c("dnr", ANY, r"(?:dnr|diarienummer)\b", report=1),
    _c("beslutet skickas till", ANY, rf"(?:beslutet{_S}(?:ska{_S})?(?:skickas|expedieras){_S}till)", report=1),

    # --- invoice ---
    _c("faktura", TITLE, r"(?:kredit)?faktura\b", invoice=5),
    _c("fakturanummer", ANY, r"faktura(?:nummer|nr)", invoice=3),
    _c("fakturadatum", ANY, r"fakturadatum", invoice=2),
    _c("förfallodatum", ANY, rf"(?:förfallodatum|förfallodag|förfaller{_S}till{_S}betalning)",
       invoice=2),
    # Not "att betala" alone: minutes decide "att betala ut arvode" (and wrap lines after "betala").
    _c("att betala", ANY, rf"(?:(?:summa|belopp|totalt){_S}att{_S}betala|att{_S}betala\s{{0,3}}(?::|\(sek\)|"
                          rf"sek\s{{0,3}}\d|kr\s{{0,3}}\d|\d[\d ]{{0,12}}[,.]\d\d\b))", invoice=3),
    _c("bankgiro", ANY, r"(?:bankgiro|plusgiro|bg[ .:-]{1,3}\d|pg[ .:-]{1,3}\d|iban\b|bic\b)", invoice=2),
    _c("ocr-nummer", ANY, r"ocr(?:-nummer|-nr|nummer|\s{1,3}nr)?\s{0,3}:", invoice=2),
    _c("moms", ANY, rf"(?:moms\b|momsreg|mervärdesskatt|exkl\.?{_S}moms)", invoice=2),
    _c("kundnummer", ANY, r"(?:kundnummer|kundnr|kund-nr|ordernummer|ordernr)", invoice=2),
    _c("betalningsvillkor", ANY, r"(?:betalningsvillkor|dröjsmålsränta|påminnelseavgift)", invoice=2),
    _c("vår referens", ANY, rf"(?:vår|er){_S}referens", invoice=1, letter=1),
    _c("organisationsnummer", ANY, rf"(?:org\.?{_S}?nr|organisationsnummer|f-skatt)", invoice=1),

    # --- form / application ---
    _c("ansökan", TITLE, rf"(?:ansökan\b|\w{{0,15}}blankett\b|anmälan{_S}(?:om|till)\b|intresseanmälan|"
                         r"ansökningsformulär|formulär\b)", form=5),
    _c("sökande", ANY, r"sökande\b", form=2),
    _c("personnummer", ANY, r"(?:personnummer|person-{0,1}nr|födelsedatum|födelsenummer)", form=2),
    _c("fyll i", ANY, rf"(?:ifylles|fylls{_S}i|fyll{_S}i|fyller{_S}i)\b", form=3),
    _c("kryssrutor", ANY, rf"(?:kryssa{_S}(?:i|för)\b|☐|☑|☒|□|■|\[\s?\])", form=3),
    _c("ort och datum", ANY, rf"(?:ort{_S}och{_S}datum|datum{_S}och{_S}(?:underskrift|namnteckning))", form=2),
    _c("blanketten", ANY, r"blanketten\b", form=2),
    _c("postadress", START, r"(?:postnummer|postadress|postort|utdelningsadress)\b", form=1),

    # --- press release ---
    _c("pressmeddelande", TITLE, r"(?:pressmeddelande|pressrelease|pressinformation|pressinbjudan)\b",
       press=6),
    _c("pressmeddelande", ANY, r"(?:pressmeddelande|pressrelease)", press=2),
    _c("presskontakt", ANY, rf"(?:presskontakt|pressansvarig|presstjänst|mediekontakt|för{_S}(?:mer|ytterligare)"
                            rf"{_S}(?:information|info)\b)", press=3),
    _c("meddelar i dag", ANY, rf"(?:offentliggör|lanserar|meddelar{_S}(?:i{_S}dag|idag)|har{_S}glädjen{_S}att|"
                              rf"är{_S}stolta{_S}över)", press=2),
    _c("om [avsändaren]", START, r"om\s{1,3}[\w-]{2,40}(?:\s{1,3}[\w-]{1,30}){0,3}\s{0,3}$", press=1),

    # --- news article ---
    _c("publicerad", START, r"(?:publicerad|publicerat|uppdaterad|uppdaterat)\b", news=3, press=1),
    _c("foto:", ANY, r"(?:foto|bild|grafik|text)\s{0,3}:", news=2),
    _c("läs också", ANY, rf"läs{_S}(?:också|även|mer{_S}om)\b", news=2),
    _c("säger hon", ANY, rf"(?:säger|berättar|menar){_S}(?:han|hon|hen)\b", repeat=2, news=2),
    _c("säger [namn], [roll]", ANY, rf"säger{_S}[\w-]{{2,20}}{_S}[\w-]{{2,25}},", news=1, press=2),
    _c("nyhetsbyrå", ANY, r"(?<!\w)(?:tt|ritzau|reuters|afp)\b|nyhetsbyrån|reporter\b|redaktionen\b", news=2),
    _c("i går", ANY, rf"(?:i{_S}går|under{_S}(?:måndagen|tisdagen|onsdagen|torsdagen|fredagen|helgen)|"
                     rf"på{_S}(?:måndagen|tisdagen|onsdagen|torsdagen|fredagen|lördagen|söndagen))\b", news=1),

    # --- letter ---
    _c("hej", TITLE, rf"(?:hej|hejsan|hallå|bästa(?!{_S}hälsning)|kära|till{_S}(?:dig|er|alla|styrelsen|"
                     r"medlemmarna))\b", letter=3),
    _c("angående", TITLE, r"(?:angående|ang\.|ämne\s{0,3}:|ärende\s{0,3}:)", letter=2),
    _c("med vänliga hälsningar", START, rf"(?:(?:med{_S})?(?:vänliga|vänlig|bästa|varma|hjärtliga|många){_S}"
                                        r"hälsning(?:ar)?|hälsningar\b|mvh\b|vänligen\b)", letter=3),
    _c("/[namn]", START, r"/\s{0,2}[\w-]{2,20}\s{0,3}$", letter=2),
    _c("tack för/hör av dig", ANY, rf"(?:tack{_S}för{_S}(?:ditt|ert|din|er)\b|jag{_S}(?:vill|skriver)\b|"
                                  rf"vi{_S}vill{_S}(?:härmed|gärna)|hoppas{_S}(?:att{_S})?(?:du|ni|allt)\b|"
                                  rf"ser{_S}fram{_S}emot{_S}(?:ditt|ert|att)|hör{_S}(?:gärna{_S})?av{_S}(?:dig|er)|"
                                  rf"tveka{_S}inte|återkom\w{{0,3}}{_S}gärna)", repeat=1, letter=2),
)


# --- compiling the table -----------------------------------------------------------------------------
#
# Python's regex engine tries every alternative of a big alternation at every position, unless each
# alternative starts with a literal character. So the cues searched anywhere in a line (HEAD, ANY)
# are split into their top-level alternatives, each led by a literal ("(?:a|b)c" becomes "ac|bc"),
# and grouped by that first character: at most positions only one cheap test of the first
# character runs, and the word-start test right after it drops matches inside words.

_OCR = {"å": "[åa]", "ä": "[äa]", "ö": "[öo]", "é": "[ée]"}
_META = set("\\[](){}.^$*+?|")


def _tolerant(pattern: str) -> str:
    """Pattern source where å/ä/ö/é also match the a/o/e that OCR and 7-bit extraction leave."""
    return tolerant(pattern, _OCR)


def _peel(pattern: str) -> tuple[str, str] | None:
    """(first character, rest) when ``pattern`` starts with one literal character that no quantifier
    follows; else None."""
    if pattern.startswith("\\") and len(pattern) > 1 and not pattern[1].isalnum():
        first, rest = pattern[1], pattern[2:]
    elif pattern and pattern[0] not in _META:
        first, rest = pattern[0], pattern[1:]
    else:
        return None
    return None if rest[:1] in ("?", "*", "+", "{") else (first, rest)


def _literal_led(alternative: str) -> list[str]:
    """The ways ``alternative`` can start, each led by a literal: "(?:a|b)c" → ["ac", "bc"], and a
    first å/ä/ö/é also as the letter OCR makes of it."""
    if alternative.startswith("(?<!\\w)"):  # the word-start test is added for every cue anyway
        alternative = alternative[len("(?<!\\w)"):]
    if alternative.startswith("(?:"):
        close = group_end(alternative)
        rest = alternative[close + 1:]
        if rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"cue alternative must not start with an optional group: {alternative!r}")
        return [led for inner in alternatives(alternative[3:close]) for led in _literal_led(inner + rest)]
    peeled = _peel(alternative)
    if peeled is None:
        raise ValueError(f"cue alternative must start with a literal character: {alternative!r}")
    first, rest = peeled
    return [re.escape(f) + rest for f in ([first, _OCR[first][2]] if first in _OCR else [first])]


def _trie(items: list[tuple[str, str]], depth: int = 0) -> str:
    """One alternation of (pattern, group name) items, factored on their literal first characters
    (up to three deep) so that the engine tests each character once, not once per alternative."""
    groups: dict[str, list[tuple[str, str]]] = {}
    plain: list[str] = []
    for pattern, name in items:
        peeled = _peel(pattern) if depth < 3 else None
        if peeled is None or peeled[0] in _OCR:  # an å/ä/ö/é is left to _tolerant's character class
            # The group comes last: an alternative that starts with a literal fails in one test.
            plain.append(f"{_tolerant(pattern)}(?P<{name}>)")
        else:
            groups.setdefault(peeled[0], []).append((peeled[1], name))
    parts = [re.escape(first) + (f"(?:{_trie(sub, depth + 1)})" if len(sub) > 1 else _trie(sub, depth + 1))
             for first, sub in groups.items()]
    return "|".join(parts + plain)


def _compile_anchored(cues: list[tuple[int, Cue]]) -> re.Pattern:
    """For .match at a line start: tried once a line, so any pattern shape will do."""
    return regexes.compile("|".join(f"(?P<c{i}>{_tolerant(c.pattern)})" for i, c in cues))


def _compile_search(cues: list[tuple[int, Cue]]) -> re.Pattern:
    """For _hits over lines: the character before a cue, which must be no word character (the cue starts a
    word), then the trie of every cue's alternatives. The pattern consumes that character rather than
    testing it behind (``(?<!\\w)``): led by a character class, re skips through the letters of a word in one
    tight loop and tries the trie only after a space or a mark, where a leading test behind it made it
    start a match attempt at every position."""
    return regexes.compile(_search_source(tuple((i, cue.pattern) for i, cue in cues)))


@regexes.derived  # the trie is built by walks in Python that cost more than compiling it: once per machine
def _search_source(patterns: tuple[tuple[int, str], ...]) -> str:
    """The source of _compile_search's pattern for the cues' (index, pattern)."""
    items = [(led, f"c{i}_{j}") for i, pattern in patterns
             for j, led in enumerate(led for alt in alternatives(pattern) for led in _literal_led(alt))]
    return f"[^\\w](?:{_trie(items)})"


def _hits(rx: re.Pattern, text: str):
    """(start of the cue, match) of every cue that ``rx`` (see _compile_search) finds in ``text``, as
    ``(?<!\\w)`` before the trie would find them with finditer: ``text`` is searched with a separator put
    before it, so a cue at its very start has a character before it too (and each match's start, that
    character, is the cue's start in ``text``); each search resumes at the last character of the match
    before, which may be the character before the next cue."""
    text = _LINE_SEPARATOR + text
    m = rx.search(text)
    while m is not None:
        yield m.start(), m
        m = rx.search(text, m.end() - 1)


_INDEXED = list(enumerate(CUES))
_HEAD_START = _compile_anchored([(i, c) for i, c in _INDEXED if c.where in (TITLE, START)])
_BODY_START = _compile_anchored([(i, c) for i, c in _INDEXED if c.where == START])
_HEAD_ANY = _compile_search([(i, c) for i, c in _INDEXED if c.where in (HEAD, ANY)])
_BODY_ANY = _compile_search([(i, c) for i, c in _INDEXED if c.where == ANY])
# Group name → cue index ("c12" in the anchored patterns, "c12_3" in the searching ones).
_GROUP = {name: int(name[1:].split("_")[0])
          for rx in (_HEAD_START, _HEAD_ANY) for name in rx.groupindex}
# Leading punctuation a title or label may carry ("– Kallelse –", "* Närvarande:").
_LEAD = " \t-–—•*·\"'”«»>#|_=~"


# --- scoring -----------------------------------------------------------------------------------------

# Between the lines searched in one pass: no cue can match it (it is neither \s nor \w nor in any
# character class of a cue), so no match runs from one line into the next.
_LINE_SEPARATOR = "\x00"
# Lines lower-cased and searched at a time (see _seen): small enough that a count that stops at the
# first lines saves most of the work, large enough that one search serves many lines.
_CHUNK_LINES = 16


# Cue index → what its first sighting and its REPEAT_COUNT-th add to the minutes score (see _scores).
_MINUTES_FIRST = {i: cue.weights[MINUTES] for i, cue in enumerate(CUES) if MINUTES in cue.weights}
_MINUTES_REPEAT = {i: cue.repeat for i, cue in enumerate(CUES) if MINUTES in cue.weights and cue.repeat}


def _seen(lines: list[str], sure: int | None = None) -> dict[int, int]:
    """Cue index → how often it was seen (TITLE and HEAD cues only in the title lines), in the order
    the cues first occur: line by line, the cue at the line start, then those within the line.

    With ``sure``, the count stops after the first line where the minutes score reaches it: no weight is
    negative, so the whole text scores at least as much, and most minutes are sure of themselves in
    their first lines (title and attendance labels)."""
    counts: dict[int, int] = {}
    minutes = 0  # the minutes score of ``counts``, as _scores would give it
    title_end = min(TITLE_LINES, len(lines))
    chunks = [(_HEAD_START, _HEAD_ANY, 0, title_end)] + [
        (_BODY_START, _BODY_ANY, a, min(a + _CHUNK_LINES, len(lines))) for a in range(title_end, len(lines), _CHUNK_LINES)]
    for at_start, anywhere, first, last in chunks:
        # Lower-cased and searched a chunk of lines at a time, so that a count that stops early has paid for
        # no more; one search over the joined lines of a chunk costs less than one per line. No cue reaches
        # past its line (see _LINE_SEPARATOR), so a chunk's edge changes no match.
        part = [lowered(line) for line in lines[first:last]]
        hits = _hits(anywhere, _LINE_SEPARATOR.join(part))
        hit = next(hits, None)
        end = -1  # where the current line ends in the joined text
        for low in part:
            end += len(low) + 1
            found = []
            m = at_start.match(low.lstrip(_LEAD))
            if m:
                found.append(_GROUP[m.lastgroup])
            while hit is not None and hit[0] < end:
                found.append(_GROUP[hit[1].lastgroup])
                hit = next(hits, None)
            for i in found:
                n = counts[i] = counts.get(i, 0) + 1
                if i in _MINUTES_FIRST:
                    minutes += _MINUTES_FIRST[i] if n == 1 else 0
                    minutes += _MINUTES_REPEAT.get(i, 0) if n == REPEAT_COUNT else 0
            if sure is not None and minutes >= sure:
                return counts
    return counts


def _scores(counts: dict[int, int]) -> tuple[dict[str, int], dict[str, list[tuple[int, str]]]]:
    """Score of each kind (MINUTES included) and, per kind, the (weight, label) of the cues it got."""
    scores: dict[str, int] = {}
    found: dict[str, list[tuple[int, str]]] = {}
    for i, count in counts.items():
        cue = CUES[i]
        for kind, weight in cue.weights.items():
            w = weight + (cue.repeat if cue.repeat and count >= REPEAT_COUNT else 0)
            scores[kind] = scores.get(kind, 0) + w
            found.setdefault(kind, []).append((w, cue.label))
    return scores, found


def not_minutes_reason(lines: list[str]) -> str | None:
    """None for meeting minutes; otherwise a short reason naming what the document seems to be.

    ``lines`` are the document's non-empty, stripped text lines in order. A kind is named when it
    scores at least ``KIND_MIN``, more than the minutes' own evidence, and the minutes evidence is
    short of ``MINUTES_SURE``. Text that is neither (no cue of any kind) gets None too: it is the
    parser's business to find no attendance or items in it.
    """
    scores, found = _scores(_seen(lines, MINUTES_SURE))  # evidence that makes it sure ends the count
    minutes = scores.get(MINUTES, 0)
    if minutes >= MINUTES_SURE:
        return None
    # The best-scoring kind; on a tie the one listed first in KINDS.
    best = max(KINDS, key=lambda k: (scores.get(k, 0), -list(KINDS).index(k)))
    score = scores.get(best, 0)
    if score < KIND_MIN or score <= minutes:
        return None
    labels: list[str] = []
    for _w, label in sorted(found[best], key=lambda wl: -wl[0]):
        if label not in labels:
            labels.append(label)
    kind = KINDS[best]
    return f"ser ut som {kind.noun} ({', '.join(labels[:3])}), inget protokoll{kind.tail}"
