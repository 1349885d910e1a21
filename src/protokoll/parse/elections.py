"""The meeting's own officers, elected in its opening items: "Till mötesordförande valdes Anna Ek",
"Per Berg valdes till sekreterare", "Mötet beslutade att välja A till mötesordförande och B till
sekreterare", "A och B valdes att justera protokollet", and under "Val av två justerare" a bare
"A och B valdes.".

Elections of the body's board for a term ("Till ordförande för ett år valdes ...") are not the meeting's
officers and are left out.
"""
from __future__ import annotations

import re

from protokoll import regexes
from protokoll.record import Item
from protokoll.vocab import conventions as cv
from protokoll.vocab import labels
from protokoll.parse.frontmatter import names_in
from protokoll.parse.people import only_names
from protokoll.vocab.names import is_first_name

OPENING_ITEMS = 8  # officers are elected among the first items of a meeting

_OFFICE = (r"(?P<office>mötesordförande|stämmoordförande|ordförande|mötessekreterare|protokollförare|sekreterare|"
           r"protokolljusterare|mötesjusterare|justerare|justeringspersoner|justeringsperson|justeringsmän|"
           r"justeringsman)"
           # a whole word ("ordförandereserv" is another task), and this meeting's ("till ordförande för nästa
           # möte" is the next one's)
           r"(?![\wåäöÅÄÖ-])(?!\s+(?:för|vid|på)\s+nästa\b)")
_FOR_MEETING = r"(?:\s+(?:för|vid|på)\s+(?:mötet|stämman|årsmötet|sammanträdet|dagens\s+\w+|\w*mötet))?"
_ALSO = r"(?:\s+(?:tillika|och)\s+rösträknare)?"
# (the surname may be its initial alone: "Mattias I", "Nicklas H")
# ("Till" after a name opens the next election of a line written without full stops: "Till ordförande valdes
# Björn Sjö Till sekreterare valdes ...")
# (the particle takes its own spaces, "\s+(?:(?:af|von|de)\s+)?": a run of spaces is parted one way only, else a
# layout row of capitals, "Eva Sandin      C        X", is tried in exponentially many ways)
_NAME = r"[A-ZÅÄÖ][\wåäöé-]+(?:\s+(?:(?:af|von|de)\s+)?(?!Till\b)[A-ZÅÄÖ](?:[\wåäöé-]+|(?![\wåäöé])))+(?:\s*\([^()]*\))?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|och|samt)\s*{_NAME})*)"
_ELECTED = r"(?:valdes|omvaldes|utsågs|väljs|utses|nominerades\s+och\s+valdes)(?:\s+enhälligt)?"
_CHOOSE = r"(?:välja|utse|utsåg|väljer|utser|valde|utsett|valt)"
# The chair of a stämma names the secretary and announces it: "Stämmoordföranden anmälde X som protokollförare",
# "... anmälde att han utsett X till protokollförare" (the second read by _CHOOSE's "utsett").
_ANNOUNCE = r"(?:anmälde|anmäler|anmäldes)"
# "att justera", "att jämte ordföranden justera", "till att, jämte ordföranden, justera", "att tillsammans med
# ordföranden justera"
_ADJUST = r"(?:till\s+)?att,?\s+(?:(?:jämte|tillsammans\s+med)\s+\S+?,?\s+)?justera"

_CLAUSE = r"(?:\boch|\bsamt|,)"  # what opens the next clause of an election sentence

PATTERNS = tuple(regexes.compile(p) for p in (
    rf"\b[Tt]ill\s+{_OFFICE}{_FOR_MEETING}{_ALSO}\s+{_ELECTED}\s+{_NAMES}",
    # the later clauses of one sentence, after "och" or a comma: "..., till sekreterare Y och till justerare Z"
    rf"{_CLAUSE}\s+till\s+{_OFFICE}{_FOR_MEETING}{_ALSO}\s+(?:{_ELECTED}\s+)?{_NAMES}",
    rf"{_NAMES}\s+{_ELECTED}\s+(?:till|som)\s+{_OFFICE}",
    rf"\b{_CHOOSE}\s+{_NAMES}\s+(?:till|som)\s+{_OFFICE}",
    # verb first: "Valdes Gösta Kvist till mötesordförande och Lena Svanberg till mötessekreterare."
    rf"\b(?:Valdes|Omvaldes|Utsågs)\s+{_NAMES}\s+(?:till|som)\s+{_OFFICE}",
    # a list of elections after one verb: "X valdes till ordförande, Y till sekreterare samt Z och W till
    # justerare" (the later pairs have no verb of their own)
    rf"{_CLAUSE}\s+{_NAMES}\s+till\s+{_OFFICE}",
    # the office before each name after one verb: "Till funktionärer för mötet valdes som ordförande A, som
    # sekreterare B samt som justerare C och D."
    rf"\b{_ELECTED}\s+som\s+{_OFFICE}{_FOR_MEETING}\s+{_NAMES}",
    rf"{_CLAUSE}\s+som\s+{_OFFICE}{_FOR_MEETING}\s+{_NAMES}",
    # the election told by whom it fell on: "Valet av ordförande för årsmötet föll på Göran Fjäll."
    rf"\b[Vv]alet\s+av\s+{_OFFICE}{_FOR_MEETING}\s+föll\s+på\s+{_NAMES}",
    rf"\b{_ANNOUNCE}\s+{_NAMES}\s+(?:till|som)\s+{_OFFICE}",
))
ADJUSTING = tuple(regexes.compile(p) for p in (
    rf"{_NAMES}\s+{_ELECTED}\s+{_ADJUST}",
    # verb first, as a big council's minutes write it: "Utses Bo Kvist att jämte ordföranden justera protokollet."
    rf"\b(?:Utses|Utsågs|Valdes|Väljs)\s+{_NAMES}\s+{_ADJUST}",
    rf"\b{_CHOOSE}\s+{_NAMES}\s+{_ADJUST}",
    # "utse X till rapportör till medlemsbladet samt till att, jämte ordföranden, justera protokollet": another
    # task first, the adjusting after "samt"
    rf"\b{_CHOOSE}\s+{_NAMES}\s+till\s+[^.;]{{1,80}}?\s+(?:samt|och)\s+{_ADJUST}",
))
# The same elections naming people by their first names alone ("Till ordförande valdes Lisa.", "Per valdes till
# sekreterare.", "Justerare: Anna och Olle"), as small associations write them; each word must be a given name
# (names.is_first_name), and a name followed by another capitalised word is a full name, read above.
_FIRST = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_FIRSTS = rf"(?P<names>{_FIRST}(?:\s*(?:,|och|samt)\s*{_FIRST})*)(?![\wåäöé-]|\s+[A-ZÅÄÖ])"
_LINE_START = r"(?:^|(?<=[.!?]\s))"
# First names elected under a title that names the office ("Val av justerare" / "Sanna och Pelle valdes.").
BARE_FIRSTS = regexes.compile(rf"^{_FIRSTS}\s+{_ELECTED}\.?$")
FIRST_NAME_PATTERNS = tuple((office, regexes.compile(p)) for office, p in (
    (None, rf"\b[Tt]ill\s+{_OFFICE}{_FOR_MEETING}{_ALSO}\s+{_ELECTED}\s+{_FIRSTS}"),
    (None, rf"{_LINE_START}{_FIRSTS}\s+{_ELECTED}\s+(?:till|som)\s+{_OFFICE}"),
    (None, rf"\b{_CHOOSE}\s+{_FIRSTS}\s+(?:till|som)\s+{_OFFICE}"),
    (None, rf"{_CLAUSE}\s+till\s+{_OFFICE}{_FOR_MEETING}{_ALSO}\s+(?:{_ELECTED}\s+)?{_FIRSTS}"),
    (None, rf"{_CLAUSE}\s+{_FIRSTS}\s+till\s+{_OFFICE}"),
    ("justerare", rf"{_LINE_START}{_FIRSTS}\s+{_ELECTED}\s+{_ADJUST}"),
    ("justerare", rf"\b{_CHOOSE}\s+{_FIRSTS}\s+{_ADJUST}"),
    (None, rf"{_LINE_START}(?P<office>[Jj]usteringspersoner|[Jj]usteringsperson|[Jj]usterare|[Pp]rotokolljusterare|"
           rf"[Mm]ötesordförande|[Mm]ötessekreterare|[Pp]rotokollförare)\s*:?\s+{_FIRSTS}(?=\.?\s*$|\.\s)"),
))
# The points after the first of an election list ("Mötet valde Saga Berg till mötesordförande. Noa Vik till
# mötessekreterare."): searched only in a text that opens with the list's verb (ELECTION_LIST).
ELECTION_LIST = regexes.compile(rf"^(?:[A-ZÅÄÖ][\wåäö-]*\s+){{1,2}}{_CHOOSE}\s")
LISTED = regexes.compile(rf"(?<=[.!?]\s){_NAMES}\s+(?:till|som)\s+{_OFFICE}\b")
BARE = regexes.compile(rf"^{_NAMES}\s+{_ELECTED}\.?$")
# The adjusters after the clause: "Att jämte ordföranden justera protokollet tillika vara rösträknare valdes A och B".
# (what the adjuster is at a stämma may stand before the name: "... utsågs ombudet Karin Thunberg")
_MINUTES = r"(?:dagens\s+|mötets\s+|stämmans\s+|årsmötets\s+)?protokoll(?:et)?"
_ADJUSTER_AS = r"(?:(?:ombudet|ombuden|ledamoten|ledamöterna|aktieägaren|aktieägarombudet)\s+)?"
ADJUSTING_FIRST = regexes.compile(rf"\b[Aa]tt\s+(?:jämte\s+\S+\s+(?:(?P<chair>{_NAME})\s+)?)?justera\s+{_MINUTES}"
                             rf"(?:\s+(?:tillika|och)\s+(?:vara\s+)?rösträknare)?\s+{_ELECTED}\s+{_ADJUSTER_AS}{_NAMES}")
# The secretary stated in a sentence: "Sekreterare är Maria Sjö.", "Sekreterare var X", "Protokollförare är X".
STATED_SECRETARY = regexes.compile(rf"\b(?:[Ss]ekreterare|[Pp]rotokollförare|[Mm]ötessekreterare)\s+(?:är|var|blir)\s+{_NAMES}")
# An office and its holder in an opening item, the name after a semicolon or colon ("Ordförande för mötet;
# Omar Ek", "Protokolljusterare; A och B"): a plain "Ordförande"/"Sekreterare" only with "för mötet" (else it
# may be the board's). A name stops before the next office word (the item's lines are joined).
_OFFICE_STOP = r"(?!(?:[Oo]rdförande|[Ss]ekreterare|[Pp]rotokoll\w*|[Jj]uster\w*|[Mm]ötes\w*|[Ss]tämmo\w*)\b)"
_STOP_NAME = rf"[A-ZÅÄÖ][\wåäöé-]+(?:\s+(?:(?:af|von|de)\s+)?{_OFFICE_STOP}[A-ZÅÄÖ][\wåäöé-]+)+"
# (Searched in " " + text, see _office_semicolons: led by the space it consumes, re skips to the spaces.)
OFFICE_SEMICOLON = regexes.compile(
    rf"\s(?:(?P<office>[Mm]ötesordförande|[Ss]tämmoordförande|[Mm]ötessekreterare|[Pp]rotokollförare|"
    rf"[Pp]rotokolljusterare|[Jj]usterare|[Jj]usteringspersoner|[Jj]usteringsperson)|(?P<meeting_office>[Oo]rdförande|"
    rf"[Ss]ekreterare)\s+(?:för|vid)\s+(?:mötet|stämman|årsmötet|sammanträdet))\s*[;:]\s*"
    rf"(?P<names>{_STOP_NAME}(?:\s*(?:,|och|samt)\s*{_STOP_NAME})*)")
# Who keeps the minutes: "Maja Lind utsågs att föra protokollet", "Till att föra protokollet valdes X",
# "Protokollet fördes av X", "Ordföranden utsåg X att föra dagens protokoll".
KEEPING = tuple(regexes.compile(p) for p in (
    rf"{_NAMES}\s+{_ELECTED}\s+(?:till\s+)?att\s+föra\s+{_MINUTES}",
    rf"\b{_CHOOSE}\s+{_NAMES}\s+(?:till\s+)?att\s+föra\s+{_MINUTES}",
    rf"\b[Tt]ill\s+att\s+föra\s+{_MINUTES}\s+{_ELECTED}\s+{_NAMES}",
    rf"\b[Pp]rotokollet\s+(?:fördes|förs)\s+av\s+{_NAMES}",
    # the chair's announcement: "Ordföranden meddelade att Linnea Hjort för protokollet." (today's, not the next
    # meeting's: "... för protokollet vid nästa möte")
    rf"\b(?:meddelade|meddelar|anmälde|anmäler)\s+att\s+{_NAMES}\s+(?:för|förde|skulle\s+föra)\s+{_MINUTES}\b"
    rf"(?!\s+(?:vid|på|under)\s+(?:nästa|kommande)\b)",
))
# An office and its holders as a bare line in an opening item: "Justeringspersoner Karin Alm och Rut Ek."
LABELLED = regexes.compile(rf"^(?P<office>[Jj]usteringspersoner|[Jj]usteringsperson|[Jj]usterare|[Jj]usteringsmän|"
                      rf"[Pp]rotokolljusterare|[Mm]ötesordförande|[Mm]ötessekreterare|[Pp]rotokollförare)\s*:?\s+"
                      rf"{_NAMES}\.?$")

# "Val av ordförande för mötet: Ann Berg." / "Val av två justerare: A, B": an office and its holders in the
# item's own line; a plain "ordförande"/"sekreterare" only with "för mötet" (else it may be the board's).
TITLE_COLON = regexes.compile(rf"^[Vv]al\s+av\s+(?:(?:en|ett|två|tre|\d)\s+)?{_OFFICE}(?P<meeting>{_FOR_MEETING})\s*:\s*"
                         rf"{_NAMES}\.?$")
# Offices in a bare line: "Mötesordförande Martin Ek och mötessekreterare Niclas Holm".
_LINE_OFFICE = r"(?:[Mm]ötesordförande|[Mm]ötessekreterare|[Pp]rotokollförare|[Jj]usterare|[Jj]usteringsperson)"
PAIRED_LINE = regexes.compile(rf"^{_LINE_OFFICE}\s*:?\s+{_NAME}(?:\s*(?:,|och|samt)\s*{_LINE_OFFICE}\s*:?\s+{_NAME})+\.?$")
PAIR = regexes.compile(rf"(?P<office>{_LINE_OFFICE})\s*:?\s+(?P<names>{_NAME})")

# Who led the meeting, in a sentence anywhere before or in the opening items: "Mötet leddes av Anna Ek".
LED_BY = regexes.compile(rf"\b(?:[Mm]ötet|[Ss]tämman|[Åå]rsmötet|[Ss]ammanträdet|[Ss]amrådet|[Ff]örhandlingarna|"
                    rf"[Dd]iskussionen)\s+(?:leddes|leds)\s+av\s+(?P<names>{_NAME})")
# The board's chair who opens the meeting, named with the title: "Ordförande Anna Ek öppnade mötet",
# "Föreningens ordförande Per Berg hälsade alla välkomna", "Mötet öppnades av ordförande Lisa Holm",
# "Förklarade ordföranden Per Berg mötet öppnat". The chair where no one else is elected or labelled.
_CHAIR_TITLE = (r"(?:(?:[Ff]öreningens|[Ss]tyrelsens|[Kk]lubbens|[Rr]ådets|[Nn]ämndens|[Ss]ektionens|[Kk]årens|"
                r"[Bb]yalagets|[Ss]amfällighetens|[Ff]örsamlingens|[Ss]ittande|[Tt]illförordnad|[Tt]f\.?)\s+)?"
                r"(?:[Oo]rdföranden|[Oo]rdförande|[Oo]rdf\.|[Mm]ötesordföranden|[Mm]ötesordförande)")
_OPENS = r"(?:hälsade|hälsar|öppnade|öppnar|förklarade|förklarar)"
OPENER = tuple(regexes.compile(p) for p in (
    # (the name may stand in apposition, between commas: "Församlingens ordförande, Erik Sandström, hälsade ...")
    rf"(?:^|[.:]\s+|\b)(?<![Vv]ice\s){_CHAIR_TITLE}\s*,?\s+(?P<names>{_NAME})\s*,?\s+{_OPENS}\b",
    rf"\b(?:öppnades|öppnas|öppnats)\s+av\s+{_CHAIR_TITLE}\s+(?P<names>{_NAME})",
    rf"\b(?:Förklarade|Hälsade|Öppnade)\s+{_CHAIR_TITLE}\s+(?P<names>{_NAME})",
    # the meeting's own chair named outright, whatever the sentence has them do: "Mötets ordförande Ulrika Ek
    # följer upp beslutspunkterna ..." (the board's "ordförande" alone may chair another meeting)
    rf"\b(?:[Mm]ötets|[Ss]ammanträdets|[Ss]tämmans|[Åå]rsmötets)\s+ordförande\s*,?\s+(?P<names>{_NAME})",
))
# The same chair named by the first name alone, as a club's minutes name everyone: "Ordförande Maja öppnade mötet."
FIRST_NAME_OPENER = regexes.compile(rf"(?:^|[.:]\s+)(?<![Vv]ice\s){_CHAIR_TITLE}\s+(?P<names>{_FIRST})\s*,?\s+{_OPENS}\b")
# The meeting opened by someone named without a title, as the first sentence of an opening item: "Lena förklarar
# mötet öppnat.", "Hans Jakobsson öppnade mötet och hälsade alla välkomna." The chair where nothing else names one.
UNTITLED_OPENER = regexes.compile(rf"^(?P<names>{_NAME}|{_FIRST})\s+(?:(?:förklarar|förklarade)\s+(?:mötet|sammanträdet|"
                                  rf"årsmötet|stämman)\s+(?:för\s+)?öppnat|(?:öppnar|öppnade)\s+(?:mötet|sammanträdet|"
                                  rf"årsmötet|stämman))\b")
# An office for a term ("för ett år", "för kommande verksamhetsår", "mandatperioden"): the association's, not the meeting's.
TERM = labels.Folded(r"\bför\s+(?:ett|två|tre|fyra|\d+)\s+år\b|\bmandat|"
                     r"\bför\s+(?:det\s+)?(?:kommande|nästa|nya)\s+verksamhetsår")  # truth value only
# Folded, as its office word is used lower-cased only: an IGNORECASE alternation is tried at every position.
_TITLE_OFFICE = labels.Folded(_OFFICE)
_MAY_ELECT = labels.Folded(r"val|välj|utse|utsåg|nominer|anmäl|meddela")  # a cheap first test
# _MAY_ELECT's words, tested as substrings of the lower-cased text (faster than the pattern, same answer
# where the text folds as IGNORECASE does; see labels.Folded).
_ELECT_WORDS = ("val", "välj", "utse", "utsåg", "nominer", "anmäl", "meddela")
# Every alternative of _OFFICE holds one of these (PATTERNS are case-sensitive): a text without any cannot
# match PATTERNS, and one without "justera" cannot match ADJUSTING, so neither scan runs on it.
_OFFICE_WORDS = ("ordförande", "sekreterare", "protokollförare", "justera", "justeringsperson", "justeringsm")


def opening_items(items: list[Item]) -> list[Item]:
    """The opening items, each followed by its sub-items ("1 Inledande formalia" / "1.1 Mötets öppnande" / "1.3 Val
    av mötesordförande" ...: the formalities written as points under one item)."""
    return [x for item in items[:OPENING_ITEMS] for x in (item, *item.subitems)]


# "Mötesfunktionärer:" over "Hans Ek      mötets ordförande" / "Mats Fält   mötets sekreterare" / "Jenny Öst
# protokolljusterare": the meeting's officers listed name then office under an item of that title.
OFFICERS_ITEM = regexes.compile(r"^(?:val\s+av\s+)?(?:mötes|stämmo)?funktionärer(?:\s+för\s+(?:mötet|stämman))?\s*:?$",
                                re.IGNORECASE)
OFFICER_COLUMN = regexes.compile(rf"(?P<names>{_NAME})\s+(?:mötets\s+|stämmans\s+|årsmötets\s+)?{_OFFICE}")
# Full names and nothing else but the full stop that ends their sentence ("Rune Ek." after "Ordförande").
NAMED_SENTENCE = regexes.compile(rf"{_NAMES}\.?")


def elected_officers(items: list[Item]) -> dict[str, list[str]]:
    """Office ("chair", "secretary", "adjusters") → names elected in the opening items."""
    found: dict[str, list[str]] = {}
    opening_texts: list[str] = []  # read again for officers named by first names alone
    titled_firsts: list[tuple[str, str]] = []  # (the item title's office, first names elected without one)
    for item in opening_items(items):
        if _BOARD_WORD.search(item.title or "") or TERM.search(item.title or "", labels.lowered(item.title or "")):
            continue  # the board's election ("Val av ordförande för kommande verksamhetsår"), not the meeting's
        title_office = _TITLE_OFFICE.search(item.title or "")
        texts = [d.text for d in item.decisions] + ([item.summary] if item.summary else [])
        if item.summary and OFFICERS_ITEM.match((item.title or "").strip()):
            for m in OFFICER_COLUMN.finditer(item.summary):
                _put(found, m.group("office").lower(), m.group("names"))
            for office, names in _office_first_rows(item.summary):
                _put(found, office, names)
        elif title_office:
            # "1. Val av ordförande samt sekreterare för mötet." over "Ordförande Rune Ek. Sekreterare Fritz Dahl.":
            # each office and its holder's full name as a sentence of its own (the office then the name, no verb)
            for text in texts:
                for office, names in _office_first_rows(text):
                    if NAMED_SENTENCE.fullmatch(names.strip()):
                        _put(found, office, names)
        for text in [item.title or ""] + texts:
            labelled = LABELLED.match(text.strip())
            if labelled:  # "Justeringsperson Kerstin Falk." as the item's own line
                _put(found, labelled.group("office").lower(), labelled.group("names"))
            titled = TITLE_COLON.match(text.strip())
            if titled and (titled.group("meeting") or titled.group("office") not in ("ordförande", "sekreterare")):
                _put(found, titled.group("office"), titled.group("names"))
            if PAIRED_LINE.match(text.strip()):
                for m in PAIR.finditer(text):
                    _put(found, m.group("office").lower(), m.group("names"))
        # "3. Protokolljusterare; Tore Blom och Göran Frisk": the heading's semicolon parted office and names
        joined = [f"{item.title}; {item.summary}"] if item.title and item.summary and only_names(item.summary) else []
        for text in [item.title or ""] + texts + joined:
            for m in _office_semicolons(text):
                _put(found, (m.group("office") or m.group("meeting_office")).lower(), m.group("names"))
        for text in texts:
            low = labels.lowered(text)
            may_elect = _MAY_ELECT.search(text, low) if labels._unfoldable(low) else \
                any(word in low for word in _ELECT_WORDS)
            if not may_elect or TERM.search(text, low):
                continue
            if any(word in text for word in _OFFICE_WORDS):
                for pattern in PATTERNS:
                    for m in pattern.finditer(text):
                        _put(found, m.group("office"), m.group("names"))
                if ELECTION_LIST.match(text):
                    for m in LISTED.finditer(text):
                        _put(found, m.group("office"), m.group("names"))
            if "justera" in text:
                for pattern in ADJUSTING:
                    for m in pattern.finditer(text):
                        _put(found, "justerare", m.group("names"))
            if "protokoll" in low:
                for pattern in KEEPING:
                    for m in pattern.finditer(text):
                        _put(found, "sekreterare", m.group("names"))
                for m in ADJUSTING_FIRST.finditer(text):
                    _put(found, "justerare", m.group("names"))
            bare = BARE.match(text.strip())
            if "protokoll" in low and "jämte" in low:
                for m in ADJUSTING_FIRST.finditer(text):
                    if m.group("chair"):
                        _put(found, "ordförande", m.group("chair"))
            if bare and title_office:
                _put(found, title_office.group("office").lower(), bare.group("names"))
            elif title_office and (firsts := BARE_FIRSTS.match(text.strip())):
                titled_firsts.append((title_office.group("office"), firsts.group("names")))  # "Sanna och Pelle valdes."
        opening_texts.extend(texts)
    if len(found) < len(_MEETING_OFFICES):  # an office no full name was elected to: was a first name?
        first_names_found: dict[str, list[str]] = {}
        for text in opening_texts:
            # an election's verb or an office label's colon, and an office word: the patterns' cheap test
            low = labels.lowered(text)  # lowered above already: a memo look-up, not a lower() per word
            if (":" in text or any(word in low for word in _ELECT_WORDS)) and \
                    (any(word in text for word in _OFFICE_WORDS) or "usterare" in text):
                for office, pattern in FIRST_NAME_PATTERNS:
                    for m in pattern.finditer(text.strip()):
                        _put_first(first_names_found, office or m.group("office"), m.group("names"))
        for office, names in titled_firsts:
            _put_first(first_names_found, office, names)
        for office, names in first_names_found.items():
            found.setdefault(office, names)  # a full name elected for the office says more
    return found


def _put_first(found: dict[str, list[str]], word: str, names: str) -> None:
    """_put for names given as first names alone: all of them given names, or none is taken."""
    office = cv.office_of(word.lower())
    if office is None:
        return
    words = [w for w in _FIRST_SPLIT.split(names) if w]
    if not words or not all(is_first_name(w) for w in words):
        return
    have = found.setdefault(office, [])
    have.extend(w for w in words if w not in have)


CONSTITUTED = regexes.compile(r"\bkonstituera(?:de|r|t)\s+sig\b|\b[Kk]onstituerade\s+sig\b", re.IGNORECASE)
# The name stops before the next label of the list ("Ordförande: Eva Lind Vice ordförande: Nils Berg").
_NOT_LABEL = r"(?![A-ZÅÄÖ][\wåäöé-]*(?:\s+[a-zåäö][\wåäö-]*)?\s*:)"
# ("Vice ordförande: X" is not the chair; "Ordförande (vald av årsmötet): X" is)
CONSTITUTED_CHAIR = regexes.compile(rf"(?:^|[\s:,;-])(?<![Vv]ice\s)[Oo]rdförande(?:\s*\([^()]{{1,40}}\))?\s*[:–-]?\s*"
                               rf"(?P<names>[A-ZÅÄÖ][\wåäöé-]+(?:\s+{_NOT_LABEL}[A-ZÅÄÖ][\wåäöé-]+)+)")


def constituted_chair(items: list[Item]) -> str | None:
    """The chair a constitution in the opening items names ("Styrelsen konstituerade sig enligt följande:
    Ordförande: Eva Lind ..."), who chairs the board's meeting where nobody else is named."""
    for item in items[:OPENING_ITEMS]:
        for d in item.decisions:
            if labels.may_hold(d.text, "konstituer") and CONSTITUTED.search(d.text):
                m = CONSTITUTED_CHAIR.search(d.text)
                names = names_in(m.group("names")) if m else []
                if names:
                    return names[0]
    return None


def front_officers(text: str) -> dict[str, list[str]]:
    """Offices stated in sentences of the front matter ("Att jämte ordföranden X justera protokollet valdes Y.
    Sekreterare är Z."): chair, adjusters and secretary."""
    found: dict[str, list[str]] = {}
    if "justera" in text:
        for m in ADJUSTING_FIRST.finditer(text):
            if m.group("chair"):
                _put(found, "ordförande", m.group("chair"))
            _put(found, "justerare", m.group("names"))
    if "ekreterare" in text or "rotokollförare" in text:  # a word STATED_SECRETARY needs
        for m in STATED_SECRETARY.finditer(text):
            _put(found, "sekreterare", m.group("names"))
    for m in _office_semicolons(text):
        _put(found, (m.group("office") or m.group("meeting_office")).lower(), m.group("names"))
    return found


# Every office OFFICE_SEMICOLON reads holds one of "rdförande", "ekreterare", "rotokollförare", "usterare" and
# "usteringsperson" (its words are case-sensitive but for the first letter).


def _office_semicolons(text: str):
    """OFFICE_SEMICOLON's matches in ``text`` (an office at the start or after a space): searched in " " + text,
    so that the office at the very start has its space too; only where a semicolon or colon and an office
    word are there to be found."""
    if (";" in text or ":" in text) and ("rdförande" in text or "ekreterare" in text or "rotokollförare" in text
                                         or "usterare" in text or "usteringsperson" in text):
        yield from OFFICE_SEMICOLON.finditer(" " + text)


# An office written before its holders, capitalised as a line of its own starts ("Ordförande Jarl Forsman" /
# "Sekreterare Maj-Lis Öst" / "Protokolljusterare och rösträknare Kim Lindroos och Tuva Strömberg."), as a text
# without blank lines joins them into one paragraph.
_OFFICE_FIRST = regexes.compile(r"(?:^|(?<=[\s.]))(?P<office>Mötesordförande|Stämmoordförande|Ordförande|"
                                r"Mötessekreterare|Protokollförare|Sekreterare|Protokolljusterare|Mötesjusterare|"
                                r"Justerare|Justeringspersoner|Justeringsperson)"
                                r"(?:\s+(?:och|tillika|samt)\s+rösträknare)?\s*:?\s+(?=[A-ZÅÄÖ])")


def _office_first_rows(text: str) -> list[tuple[str, str]]:
    """(office, what follows it up to the next office) for every office that leads its holders in ``text``."""
    found = list(_OFFICE_FIRST.finditer(text))
    return [(m.group("office"), text[m.end():found[k + 1].start() if k + 1 < len(found) else len(text)])
            for k, m in enumerate(found)]


def _put(found: dict[str, list[str]], word: str, names: str) -> None:
    office = cv.office_of(word.lower())
    full = names_in(names)
    if office is None or not full:
        return  # (no empty entry: first names alone are read apart, by _put_first)
    have = found.setdefault(office, [])
    for name in full:
        if name not in have:
            have.append(name)


# Patterns of the calls above, compiled once (re.split(...) and friends pay a cache lookup each call).
_BOARD_WORD = regexes.compile(r"styrelse", re.IGNORECASE)
_MEETING_OFFICES = (cv.CHAIR, cv.SECRETARY, cv.ADJUSTER)
_FIRST_SPLIT = regexes.compile(r"\s*(?:,|\boch\b|\bsamt\b)\s*")


def led_by(text: str) -> str | None:
    """The chair named by "Mötet leddes av X" in ``text``."""
    m = LED_BY.search(text) if "leddes" in text or "leds" in text else None
    return names_in(m.group("names"))[0] if m and names_in(m.group("names")) else None


# Who kept the minutes, said anywhere (often in the closing lines): "Protokollet fördes av X",
# "Minnesanteckningarna skrevs av X", "Antecknat av X".
# Every alternative of KEPT_BY holds one of these (it is case-sensitive but for the first letter): "rotokollet",
# "nteckningarna", "ntecknat", "ntecknare" (tested one by one in kept_by, which runs on every line).
KEPT_BY = regexes.compile(rf"\b(?:(?:[Pp]rotokollet|[Mm]innesanteckningarna|[Aa]nteckningarna)\s+(?:fördes|förs|skrevs|skrivs)"
                     rf"\s+av|[Aa]ntecknat\s+av:?|[Aa]ntecknare:?)\s+{_NAMES}")


def kept_by(texts: list[str]) -> str | None:
    """The secretary a sentence names as keeping the minutes, the last such sentence."""
    found = None
    for text in texts:
        if "rotokollet" in text or "nteckningarna" in text or "ntecknat" in text or "ntecknare" in text:
            for m in KEPT_BY.finditer(text):
                names = names_in(m.group("names"))
                found = names[0] if names else found
    return found


def opening_chair(texts: list[str]) -> str | None:
    """The chair who opens the meeting under the title "ordförande" (the first such sentence)."""
    for text in texts:
        if "rdf" not in text:
            continue
        for pattern in OPENER:
            m = pattern.search(text)
            if m and names_in(m.group("names")):
                return names_in(m.group("names"))[0]
    for text in texts:
        m = FIRST_NAME_OPENER.search(text) if "rdf" in text else None
        if m and is_first_name(m.group("names")):
            return m.group("names")
    return None


def untitled_opener(items: list[Item]) -> str | None:
    """Who opens the meeting without a title in the first opening item that names anyone so ("Lena förklarar mötet
    öppnat."): a full name, or a given name alone."""
    for item in items[:OPENING_ITEMS]:
        for text in (item.title, item.summary, *(d.text for d in item.decisions)):
            m = UNTITLED_OPENER.match(text or "")
            if m is None:
                continue
            found = names_in(m.group("names"))
            if found and is_first_name(found[0].split()[0]):  # a person ("Talpersonen Alva Ek" leads as no chair)
                return found[0]
            if is_first_name(m.group("names")):
                return m.group("names")
    return None
