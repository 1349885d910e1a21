"""Clean lines → blocks: the paragraphs, headings, labels and list lines of the minutes.

Text extraction wraps paragraphs at the page width and sometimes puts blank lines inside them, OCR
keeps blank lines between paragraphs but not always. A line therefore continues the one before when
it starts in lower case, or when the one before runs to the full width without ending a sentence;
blank lines count as breaks only in documents where they never fall inside a sentence.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from protokoll import regexes
from protokoll.clean import furniture
from protokoll.clean.lines import Line, join
from protokoll.vocab import conventions, dates, labels, names
from protokoll.parse import decisions
from protokoll.parse import people as parse_people

# "1. Title", "1) Title", "§ 131 Title", "§1 Title", "SBN § 45" (title on a later line), "KSAU 176 Title",
# "Punkt 3 Title", "3.1 Title" (a sub-item of 3; a club's minutes write "3:1"), "§10a Beslutades att ..." (a
# lettered sub-paragraph of § 10), "§11-15. Stadgeenliga val ..." (one heading over several paragraphs' numbers, a
# village meeting's elections: the run goes on after its last number; only with its title on the line, as "SBN § 45–50"
# alone is the Paragrafer value of a municipal front page).
# "RUN AU § 17", "KS AU § 5": a committee of a body writes both abbreviations; "6A TITLE" (a sub-item of 6 in
# upper case, see heading_at).
# "Kfn § 51", "Sn § 49", "Bun § 30": a body's abbreviation written with one capital before the sign (small
# municipalities' style); only directly before "§", where no word of the text stands.
# "§ 4/1 Mötets öppnande", "§ 7/3 Höstrallyt": a club's or federation's paragraphs numbered meeting/point (the
# fourth meeting's first point): the meeting's number and its stroke belong to the label, the point is the number.
NUMBERED = regexes.compile(
    r"^(?P<label>(?P<prefix>(?:(?:[A-ZÅÄÖ]{2,6}\s+){0,2}[A-ZÅÄÖ]{2,6}\s*|[A-ZÅÄÖ][a-zåäö]{1,4}\s*)?§\s*"
    r"(?:\d{1,3}/(?=\d{1,3}(?!\d)))?|"
    r"(?:Punkt|Ärende|Paragraf|Pkt\.?)\s+|"
    r"[A-ZÅÄÖ]{2,6}\s+(?=\d))?"
    r"(?P<n>\d{1,3})(?P<year>/\d{4}(?!\d))?(?:(?P<sub>(?:\.\d{1,2}){1,2}|:\d(?!\d))|(?P<letter>[a-hA-H](?![\wåäöÅÄÖ]))|"
    r"\s?[-–]\s?(?P<through>\d{1,3})(?!\d)(?=[.):]?\s*[A-ZÅÄÖÉ])|(?P<to>\s?[–-]\s?\d{1,3}(?=\s|$)))?)(?:[.):]|(?=\s)|$)\s*"
    r"(?:[–—-]\s+(?=[A-ZÅÄÖÉ]))?"  # "§ 1 – Mötets öppnande", "Punkt 2 - Ekonomi": a dash between number and title
    r"(?P<title>[A-ZÅÄÖÉ\"”'’«].*)?$")
# "4 a.     Godkännande av dagordning.": a lettered point of an item, a space between its number and letter (a word
# processor's list); the letter in lower case, with its stop or parenthesis, and a title after it.
SPACED_LETTER = regexes.compile(r"^(?P<n>\d{1,2})\s(?P<letter>[a-h])[.)]\s+(?P<title>[A-ZÅÄÖ][^.]*\.?)$")
CASE_NUMBER = labels.CASE_NUMBER  # "Dnr KS 2025/0041" alone on its line
_CASE_INITIALS = frozenset("dDäÄ")  # the first letters CASE_NUMBER matches (IGNORECASE adds no others)
# An item number OCR misread ("l. Budget" for "1. Budget").
GARBLED_NUMBER = regexes.compile(r"^(?:\d{1,2}[.,)]?|[\dlIiOo|]{1,2}[.,)])\s+(?=[A-ZÅÄÖ])")
DASH = regexes.compile(r"^(?:[-–—•*·]|(?:[a-h][.)]|[A-H]\))(?=\s+[A-ZÅÄÖ]))\s*")
# "a) Styrelsen beslutade ...", "b) Per kontaktar ...", "B) Grötfesten ställdes in.": lettered points of an item's
# text (lettered lines that are headings, "a. Val av mötesordförande", are told apart as sub-items before this
# is asked).
LETTERED_POINT = regexes.compile(r"^(?:[a-h][.)]|[A-H]\))\s+[A-ZÅÄÖ]")
DASH_CHARS = frozenset("-–—•*·")  # what DASH's line starts with
STARTS_ATT = regexes.compile(r"^(?:att|Att)\b")
# "Körresan: Sofie undersöker ...": a short topic named before a colon, its text after it.
TOPIC_LINE = regexes.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,%d}:\s+[A-ZÅÄÖ]" % (labels.TOPIC_MAX_WORDS - 1))
# "beslutar att / 1. godkänna ... / 2. uppdra åt ...": numbered att-clauses, each a decision of its own.
NUMBERED_CLAUSE = regexes.compile(r"^(?P<n>\d{1,2})[.)]\s+(?=[a-zåäö])")
# A line that opens a list of elections, one a line after it: "Mötet valde" / "Saga Berg till mötesordförande." /
# "Noa Vik till sekreterare." (the list's points go on its paragraph, as lines after a colon do).
ELECTION_LEADS = ("valde", "omvalde", "utsåg", "väljer", "utser")
ELECTION_LEAD = regexes.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*\s+){1,2}(?:valde|omvalde|utsåg|väljer|utser)\s*$")
# One point of that list: "Anna-Lena Berg till ordförande för ett år."
ELECTED_LINE = regexes.compile(r"^[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,3}\s+(?:till|som)\s")


def election_lead(text: str) -> bool:
    """ "Mötet valde", "Årsmötet omvalde": an election verb that ends its line, its objects on the lines after."""
    return text.endswith(ELECTION_LEADS) and ELECTION_LEAD.match(text) is not None


# "Nätverket för miljö och klimat får i uppdrag att ..." opens a decision of its own; so does "Styrelsen gav Lars N i
# uppdrag att ..." (the task given, the one who gives it first).
GIVES_TASK = regexes.compile(r"^[A-ZÅÄÖ][\w-]*(?:\s+[\wåäö-]+){0,6}?\s+(?:(?:får|ges|erhåller)\s+(?:i\s+)?"
                        r"(?:uppdrag|följande)|(?:ger|gav)\s+(?:[\wåäö-]+\s+){1,4}?i\s+uppdrag\s+att\b)")
ENDS_SENTENCE = regexes.compile(r"[.!?:;,]$")
_SENTENCE_ENDS = frozenset(".!?:;,")


def ends_sentence(text: str, ends: frozenset[str] = _SENTENCE_ENDS) -> bool:
    """ENDS_SENTENCE.search(text) (or that of "[...]$" for the characters ``ends``), from the last characters
    ("$" also matches before a final newline): the pattern would be tried at every punctuation mark of the
    line, and this runs on most lines."""
    last = text[-1:]
    return last in ends or (last == "\n" and text[-2:-1] in ends)


_HEADING_START = regexes.compile(r"^[A-ZÅÄÖÉ0-9]")
# A line ending in one of these words cannot end a paragraph.
OPEN_WORDS = frozenset("och eller samt i till med om för av på att som från vid under inom kring mot efter åt en ett de "
                       "den det sin sitt sina ska skall har är kan vill bör".split())


OPEN_ABBREVIATIONS = conventions.OPEN_ABBREVIATIONS  # "samtliga kl." / "09.00–12.00:" is one sentence


def ends_open(text: str) -> bool:
    """Whether a line ending so cannot end its paragraph: an open word or an abbreviation."""
    last = text.rsplit(None, 1)[-1].lower()
    return last in OPEN_WORDS or last in OPEN_ABBREVIATIONS


# A list of att-clauses joined by a comma and a conjunction ("att fastställa budgeten, och" / "att uppdra
# åt ..."): the conjunction closes the clause before it, the next att-line is a clause of its own.
ATT_LIST_JOINERS = (", och", ", samt", ", eller", ",och", ",samt")

# Nouns whose content an att-clause gives: "att godkänna dagordningen med ändringen" / "att ärende 7 utgår." is
# one decision wrapped before its inner "att", not two att-clauses.
ATT_CONTENT_NOUNS = frozenset("ändringen ändringarna tillägget tilläggen villkoret villkoren förbehållet "
                              "justeringen justeringarna preciseringen undantaget förutsättningen motiveringen".split())
# "att jämte ordföranden justera protokollet" is the complement of an election of adjusters ("... beslutar att utse
# Eva Ek (S)" / "att tillsammans med ordföranden justera ..."), never an att-clause of its own: a line wrapped before it.
# So is a bare "att justera protokollet" ("... att utse Bengt Ahlqvist (M)" / "att justera protokollet."): no
# decision has the adjusting alone as a clause of its own.
ADJUSTING_ATT = regexes.compile(r"att\s+(?:(?:jämte|tillsammans\s+med|med)\s+(?:mötes|stämmo)?ordförande|justera\s+protokollet)",
                                re.IGNORECASE)
# A decision's opening words that end a line after a sentence of the same paragraph ("... kan tillåtas. Mötet
# beslutade" / "att lämna ...", "... 2024. Stämman ansåg" / "att kallelse skett ..."): its att-clause wraps onto
# the next line (a formula alone on its line opens an att-list). Typeset text wraps anywhere, before "att" too.
# (not the stop of an item's number at the line's start: "2. Val av justerare" / "Att jämte ordföranden justera
# protokollet utsågs X." is a heading over its sentence). The opening may run to the adopted proposal and wrap
# before its last word ("... i år. Efter diskussion beslutar styrelsen på kassörens" / "förslag" / "att anta ..."):
# it is read over the paragraph's last two lines, up to OPENER_MAX_WORDS words.
OPENER_MAX_WORDS = 9
OPENER_ENDS_LINE = regexes.compile(r"(?<!^\d)(?<!^\d\d)[.!?]\s+(?P<opener>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){1,%d})\s*$"
                                   % (OPENER_MAX_WORDS - 1))


# A task given to someone that ends a line: its att-clause, what they are to do, is the next line's
# ("... beslutar att uppdra åt kanslichefen" / "att redovisa läget ...", "... ger styrelsen i uppdrag" / "att ...").
GIVES_ENDS_LINE = regexes.compile(r"\b(?:uppdra[rs]?|uppdrog|uppdrogs|uppmana[rs]?|uppmanade)\s+(?:åt\s+)?"
                                  r"[\wåäö-]+(?:\s+[\wåäö-]+)?$|\bi\s+uppdrag$", re.IGNORECASE)


# A clause that waits for its att-complement at the line's end, so that the next line's "att" goes on with it
# (a wrap right before "att", not a new att-clause):
# - what a body gives someone, given ("ge förvaltningen mandat", "ge ordföranden fullmakt", "en arbetsgrupp med
#   uppdrag", "i uppdrag åt nämnden"): the nouns after a giving word, optionally with to whom;
WANTS_ATT_GIVEN = regexes.compile(r"\b(?:i|med|ge|ges|gav|får|få|fick|tilldela)\b[^,;:.]*?\s"
                                  r"(?:uppdrag|uppgift|mandat|fullmakt|rätt)(?:\s+(?:åt|till)\s+[\wåäö-]+){0,1}$",
                                  re.IGNORECASE)
# - a verb that wants an object left alone after its "att" ("att ge" / "att förvaltningen i uppdrag ...");
# - a verb whose object is the one who is to act, with that object but not yet what they are to do ("uppmana
#   förvaltningen", "anmoda regionen", "bemyndiga ordföranden", "uppdra åt förvaltningschefen för samhällsbyggnad",
#   "hemställa hos regionen"; "uppmana medlemmarna till sparsamhet", "hemställa hos regionen om medel" are whole);
WANTS_ATT_OBJECT_WORDS = 6  # the longest object of such a verb read as waiting ("förvaltningschefen för samhällsbyggnad")
WANTS_ATT_VERB = regexes.compile(r"\batt\s+(?:ge|uppdra|uppmana|anmoda|bemyndiga|ålägga|föreslå|hemställa)$"
                                 r"|\b(?:uppmana|anmoda|bemyndiga|ålägga|uppdra\s+(?:åt|till)|hemställa\s+(?:hos|till))"
                                 r"(?:\s+(?!(?:att|till|om)\b)[^\s,;:.]+){1,%d}$" % WANTS_ATT_OBJECT_WORDS, re.IGNORECASE)
# - a proposal to a deciding body, named ("föreslå kommunfullmäktige", "föreslå stämman").
WANTS_ATT_PROPOSAL = regexes.compile(r"\bföreslå\s+(?P<to>[\wåäö-]+)$", re.IGNORECASE)


def wants_att(last: str) -> bool:
    """Whether the line ``last`` ends in a clause that waits for its att-complement (see WANTS_ATT_GIVEN)."""
    if not last[-1:].isalpha():
        return False  # a comma, a semicolon or a full stop ends the clause
    if GIVES_ENDS_LINE.search(last) or WANTS_ATT_GIVEN.search(last) or WANTS_ATT_VERB.search(last):
        return True
    proposal = WANTS_ATT_PROPOSAL.search(last)
    return proposal is not None and conventions.deciding_body(proposal.group("to"))


def _opener_ends_line(last: str, text: str) -> bool:
    """Whether ``last`` ends in the opening words of a decision or task whose att-clause is the line ``text``."""
    if not last[-1:].isalpha():
        return False
    if wants_att(last):
        return True
    m = OPENER_ENDS_LINE.search(last)
    return m is not None and " att " not in f" {m.group('opener').lower()} " and \
        decisions.running_decision(f"{m.group('opener')} {text}")


@dataclass(slots=True)  # a few dozen a document, read field by field many times: slots make that cheaper
class Block:
    lines: list[Line]
    kind: str = "text"  # text | label | dash | heading
    label: str | None = None  # section or attendance label name
    rest: str = ""  # text after the label on the label's line(s)
    number: int | None = None  # printed item number of a numbered heading
    blank_before: bool = False
    item_label: str | None = None  # the printed label where it is more than the number ("§ 131", "3.1")
    level: int = 0  # 1 for a sub-item heading ("3.1")
    case_number: str | None = None
    # Characters of its first line's physical line before the block's text: the title of a heading whose
    # item text goes on after it on the same line ("§ 3 Val av ordförande. Till ordförande valdes ...").
    lead: int = 0

    @property
    def text(self) -> str:
        return join([line.text for line in self.lines])


def wrap_width(lines: list[Line]) -> float:
    """The width lines are wrapped at: the typical length of a line that is continued in lower case."""
    # (A line starting in lower case can match STARTS_ATT only with "att": the pattern runs on those only.)
    wrapped = [len(a.text) for a, b in zip(lines, lines[1:])
               if b.text[:1].islower() and not (b.text.startswith("att") and STARTS_ATT.match(b.text))]
    return _median_length(wrapped) if len(wrapped) >= 3 else float("inf")


def _median_length(values: list[int]) -> float:
    """``statistics.median``: the middle value, or the mean of the two middle ones. Written out because
    importing ``statistics`` (fractions, decimal, random) cost 15 million instructions, 4% of ``protokoll
    parse --json``'s whole process (issue 12)."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def blank_lines(lines: list[Line]) -> str:
    """What blank lines mean in this text: "noise", "breaks" or "paragraphs" (see ``_continues``)."""
    lower = [line for line in lines
             if line.text[:1].islower() and not (line.text.startswith("att") and STARTS_ATT.match(line.text))]
    if len(lower) >= 3 and sum(line.blank_before for line in lower) / len(lower) >= 0.1:
        return "noise"
    upper = [line for line in lines if not line.text[:1].islower()]
    if upper and sum(line.blank_before for line in upper) / len(upper) >= 0.3:
        return "paragraphs"
    return "breaks"


MIN_SPACED_DASHES = 2  # dash lines that all stand after a blank line: a list spaced as every paragraph is
SPACED_DASH_SHARE = 0.9


def spaced_lists(lines: list[Line]) -> bool:
    """Whether the text's dash lists have a blank line before every line: a word processor's style that leaves
    space after every paragraph (Word's default) and a list typed one line a paragraph. A blank line before a
    dash line then says nothing of where the list belongs."""
    dashes = [line.blank_before for line in lines if line.text[:1] in DASH_CHARS and DASH.match(line.text)]
    return len(dashes) >= MIN_SPACED_DASHES and sum(dashes) >= SPACED_DASH_SHARE * len(dashes)


@dataclass(slots=True)
class Heading:
    number: int | None
    label: str | None
    level: int
    title: str
    case_number: str | None = None
    text_at: int | None = None  # where text begins on the heading's own line ("§1. Öppnande. Ordföranden ...")
    through: int | None = None  # the last number of a range heading ("§11-15." runs through 15)
    case_below: bool = False  # its "Dnr" label stands without a number: the number wrapped onto the next line


# A table of contents line: "§ 176  Godkännande av föredragningslista ........ 2".
CONTENTS_LINE = regexes.compile(furniture.LEADERS + r"\s*\d{1,4}$")
# ... as OCR gives it: the leaders shortened ("Ekonomisk uppföljning... 2") or without their page number.
OCR_CONTENTS_LINE = regexes.compile(r"(?:\.{2,}|…)\s*\d{1,4}$|" + furniture.LEADERS + r"$")
# "Title    Dnr KS 2024/0051" or "SN § 31 Dnr SN 2024/0012": the case number beside the heading.
CASE_BESIDE = regexes.compile(r"(?:^|\s+)(?:Dnr|Dnr\.|Diarienr|Diarienummer)\s*:?\s*(?P<case>\S.{0,40})$", re.IGNORECASE)
# "Bun § 33 Dnr        Motion om läxhjälp" / "2025/97", "Bun § 34 Dnr" / "2025/2": a narrow margin column wrapped
# the case number under its label; a title may stand beside the label, apart from it by the layout's gap.
CASE_LABEL_OPEN = regexes.compile(r"(?:^|\s+)(?:Dnr|Dnr\.|Diarienr|Diarienummer)\s*:?(?:\s{2,}(?=[A-ZÅÄÖ][a-zåäö])|$)",
                                  re.IGNORECASE)
# A case reference: "KS 2025/402", "2025.77", "RS 2025/044-1" (the body's letters, the year, the running number).
# ... or the older case systems' "09/TN 0044": a two-digit year, the body's letters, the serial number.
# (a city's case systems join the letters to the year: "IDN-2025-0412", "SDN-EK 2025-0311", "E2025-0642")
_CASE_LETTERS = r"[A-ZÅÄÖ]{1,6}(?:-[A-ZÅÄÖ]{1,6})?"
CASE_REF = (rf"(?:(?:{_CASE_LETTERS}(?:\s+|-)|[A-ZÅÄÖ]{{1,3}})?\d{{4}}[/.:-]\d{{1,6}}(?:[/.:-]\d{{1,6}})?|"
            r"\d{2}/[A-ZÅÄÖ]{1,6}\s+\d{3,6})")
# "§ 120 Title (RUN 2025/388)", "§ 4 Title (Dnr 2025/12)": the case number in parentheses ending the heading.
# "Dnr KS 2025/201. Ordf. föredrog ...": a reference beside its label that ends at a full stop, a sentence after it.
CASE_THEN_TEXT = regexes.compile(rf"\s+(?:Dnr|Dnr\.|Diarienr|Diarienummer)\s*:?\s*(?P<case>{CASE_REF})\.\s+(?=[A-ZÅÄÖ])",
                                 re.IGNORECASE)
CASE_IN_PARENS = regexes.compile(r"\s*\((?:(?:Dnr|Dnr\.|Diarienr|Diarienummer)\s*:?\s*)?"
                            rf"(?P<case>{CASE_REF})\)$")
# "RUN AU § 17          RS 2025/044": in -layout text, a case reference alone at the right of the label's line,
# after a wide gap and without "Dnr" (the gap is what sets it apart from a title ending in a year).
# (A date at the right, "2025-03-12", is no case number.)
CASE_AT_RIGHT = regexes.compile(rf"\s{{3,}}(?!\d{{4}}-\d{{2}}-\d{{2}}$)(?P<case>{CASE_REF})$")
# "KSAU § 131" / "Title" / "KS 2025/402": a case reference on its own line under an item's heading, the body's
# letters before it and no "Dnr" (the letters set it apart from a year or an amount alone on a line).
CASE_ALONE = regexes.compile(rf"^(?P<case>{CASE_REF})$")  # ... and under a "Dnr" left without one, any reference
BARE_CASE = regexes.compile(rf"^(?P<case>{_CASE_LETTERS}(?:\s+[A-ZÅÄÖ]{{1,6}})?(?:\s+|-)\d{{4}}[/.:-]\d{{1,6}}(?:[/.:-]\d{{1,6}})?)$")
# "§ 33 ÖFN 2025/61" / "Title": a case reference right after a paragraph's label, one space from it and nothing
# else on the line (a case system's label line run together by pdftotext); the body's capitals set it apart from
# a title, which starts with a capital and goes on in lower case ("§ 5 Budget 2025/26").
CASE_AFTER_LABEL = regexes.compile(rf"(?<=\d)\s+(?P<case>{_CASE_LETTERS}(?:\s+|-)\d{{4}}[/.:-]\d{{1,6}}(?:[/.:-]\d{{1,6}})?)$")
# "§ 14 Verksamhetsbidrag till studieförbunden 2026 RS 2026/0031": a case reference (the body's letters, the year,
# the number) that the page set at the right of the heading's line and plain text joins with one space; after a
# "§" label and a title of two words or more ("§ 3" and its label's letters, the number, are counted).
CASE_AT_TITLE_END = regexes.compile(r"\s+(?P<case>[A-ZÅÄÖ]{2,6}\s+\d{4}/\d{1,6})$")
CASE_AT_TITLE_END_WORDS = 4
SIGN_LABEL_ONLY = regexes.compile(r"^(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}\s*)?§\s*\d{1,3}$")
# "Kfn § 51 Au § 84 Dnr 2025/77": after the body's own label, the paragraph of the committee that prepared the
# case ("Au § 84", "KSAU § 12", one or more); a reference, not the title.
PREPARED_IN = regexes.compile(r"(?:\s+(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö]{1,4})\s*§\s*\d{1,3})+$")
# "• 1 Mötet öppnas", "– 2 Ekonomi": a list bullet before an item's number (a word processor's bulleted list
# numbered by hand); the heading is read without it. A round bullet may stand against the number ("•3. Val av
# justerare": pdftotext -layout drops the tab after it where the number is wide); a dash against a number
# may be a minus, so a dash needs its space.
BULLETED_NUMBER = regexes.compile(r"^(?:[-–—•*·]\s+|[•·]\s*)(?=\d|§\s*\d)")
GLUED_BULLETS = frozenset("•·")
_DIGITS_OR_SIGN = frozenset("0123456789§")
# "31 § Val av justerare": the sign after the number, as some municipalities and parishes write it.
SIGN_AFTER = regexes.compile(r"^(?P<label>(?P<n>\d{1,3})\s*§)(?=\s|$)\s*(?P<title>[A-ZÅÄÖÉ\"”'’«].*)?$")


def _agenda_proposal_title(title: str) -> bool:
    """Whether a numbered line's ``title`` is an agenda point on someone's proposal ("Styrelsens förslag till
    ändrade stadgar"), not a proposal label addressed to a deciding body ("... förslag till kommunstyrelsen")."""
    m = labels.AGENDA_PROPOSAL_TITLE.match(title.strip())
    return m is not None and not conventions.deciding_body(m.group("what"))


# "3. Val av justerare; Anna Berg valdes.": a short title, a semicolon, then the item's text on the same line.
TITLE_SEMICOLON = regexes.compile(r";\s+(?=\S)")


LABEL_SIGN_WITHIN = 6  # "Kfn § 51": the sign of a body-prefixed label stands within the line's first characters
WRAPPED_TITLE_WORDS = 6  # the wrapped tail of a heading is short
WRAPPED_TITLE_MIN_CHARS = 40  # ... and the line it wrapped from is a long one (a short title did not wrap)
HEADING_MAX_WORDS = 10  # an unnumbered heading is a short line
MIN_NUMBERED_HEADINGS = 3  # fewer numbered lines than this are a list in the text, not the agenda
MAX_RANGE_HEADING = 12  # "§11-15.": a range heading spans a few paragraphs' numbers, not a span of pages or years
MIN_LABELLED_HEADINGS = 2  # "§ 131" labels are unmistakable; two in a run are the agenda
MIN_TITLED_HEADINGS = 2  # "1. Båtbryggan" / "2. Mötets avslutande": two numbered titles (short, no final stop) are a short agenda
TOPIC_TEXT_WORDS = 5  # "a) Städdag: Städdagen hålls söndag 11 maj.": a sentence after a topic's colon, no matter named
TOPIC_SECOND_SENTENCE_WORDS = 2  # "Ove tar in offert.": a sentence after the first on the topic's line
TOPIC_WRAPPED_TEXT_WORDS = 7  # an unpunctuated text after a topic's colon this long, cut after an open word, is a sentence
SEMICOLON_TEXT_WORDS = 4  # "N. Title; text": an unpunctuated text after the semicolon is at least this long
# "§ 12 Årsredovisning 2025" alone: a protokollsutdrag (an extract) holds one paragraph of the minutes, and
# a § label with a title on its line is unmistakable on its own; so is a case system's "KS § 141" (or "§ 141
# Dnr ...") with the title on the next line, and one with its case number beside it ("KS § 20 Dnr KS 2025/31").
MIN_LABELLED_TITLED_HEADINGS = 1
SIGN_TEXT_LOOKAHEAD = 3  # a lone paragraph's first sentence stands within this many lines of its title ...
SIGN_LABEL_MAX_WORDS = 2  # ... after label lines this short ("Beslutande", "Ärendebeskrivning")
MIN_RUNNING_HEADINGS = 4  # bare numbers starting anywhere ("106 Title") need a longer run
MAX_STRAY_NUMBERS = 2  # numbers before the items that only look like headings, tried without one by one
# Plain pdftotext of a page in two columns gives its blocks out of order ("§ 8" ... "§ 10" before "§ 1" ... "§ 7"):
# labelled headings, each number once and together every number of their range, in at most this many runs that
# count up, are the items all the same.
MAX_BLOCK_RUNS = 3
# The paragraphs of published minutes may skip numbers (items held under secrecy left out, an extract of some of
# them): a "§ N" heading that reads as a title may jump this far ahead of the run when the next paragraph goes on
# from it (or it is the last).
MAX_PARAGRAPH_GAP = 30


_DIGIT = regexes.compile(r"\d")
# "1." alone on its line, the item's title on the next: a word processor's numbered list, whose number pdftotext
# sets apart from the text it numbers ("1." / "Årsmötets öppnande").
LONE_LIST_NUMBER = regexes.compile(r"^\d{1,2}[.)]$")
# "1.1" / "Mötets öppnande": a sub-item's number in a list's number column, which plain pdftotext puts on a line
# of its own; a sub-item only under its item and over a line that reads as its title (see _title_line_below).
LONE_SUB_NUMBER = regexes.compile(r"^\d{1,2}\.\d{1,2}\.?$")


def heading_at(text: str) -> Heading | None:
    """The heading ``text`` is, or None: a copy of its own for each caller, who may set its fields."""
    h = _heading_of(text)
    return None if h is None else Heading(h.number, h.label, h.level, h.title, h.case_number, h.text_at, h.through,
                                          h.case_below)


@labels.per_document  # the heading runs, the block builder and the title readers each read the same lines
def _heading_of(text: str) -> Heading | None:
    first = text[:1]
    # "– 1 Mötets öppnande"; a word processor's list sets a tab after the dash ("–    1 Mötets öppnande")
    # (a meeting portal's web page bullets its paragraphs: "•   § 22" / "Justering")
    if first in DASH_CHARS and (text[2:3].isdigit() or text[1:2] == " " and text[1:8].lstrip()[:1] in _DIGITS_OR_SIGN
                                or first in GLUED_BULLETS and text[1:2].isdigit()):
        bullet = BULLETED_NUMBER.match(text)
        if bullet:
            h = heading_at(text[bullet.end():])
            if h is not None and h.text_at is not None:
                h.text_at += bullet.end()
            return h
    # Cheap test first: a heading starts with a digit, "§", "Punkt"/"Ärende"/"Paragraf" or a capital prefix.
    if not (first.isdigit() or first == "§" or first in "PÄp" or text[:2].isupper() or "§" in text[:LABEL_SIGN_WITHIN]):
        return None
    if not first.isdigit() and not _DIGIT.search(text):
        return None  # NUMBERED and SIGN_AFTER both need the item's number
    if "." in text and text[-1:].isdecimal() and CONTENTS_LINE.search(text):  # it ends in a page number
        return None
    if (text[-1:] in ".…" or text[-1:].isdecimal() and "." in text) and OCR_CONTENTS_LINE.search(text):
        return None  # ... or in leaders that OCR shortened or kept without the number
    case = CASE_BESIDE.search(text) if "nr" in labels.lowered(text) else None
    run_in = CASE_THEN_TEXT.search(text) if "nr" in labels.lowered(text) else None
    case_text_at = None
    if run_in:
        # "§ 73 Budget 2026 Dnr KS 2025/201. Ordf. föredrog ...": the reference ends at its full stop, the item's text
        # runs on after it (a paragraph that sets the heading in bold run into its text)
        case, case_text_at = run_in, run_in.end()
    label_open = CASE_LABEL_OPEN.search(text) if case is not None or text[-1:] in "rR.:" and "nr" in labels.lowered(text) \
        else None
    if label_open is not None:  # the label's number is on the next line: blanked out, so the title's place stays
        case, text = None, text[:label_open.start()] + " " * (label_open.end() - label_open.start()) + text[label_open.end():]
        text = text.rstrip()
    if case is None and text[-1:] == ")":
        case = CASE_IN_PARENS.search(text)
    if case is None and text[-1:].isdigit() and "   " in text:
        case = CASE_AT_RIGHT.search(text)
    if case is None and text[-1:].isdigit() and "§" in text[:LABEL_SIGN_WITHIN]:
        after = CASE_AFTER_LABEL.search(text)
        case = after if after is not None and SIGN_LABEL_ONLY.match(text[:after.start()]) else None
        end = CASE_AT_TITLE_END.search(text) if case is None else None
        if end is not None and len(text[:end.start()].split()) >= CASE_AT_TITLE_END_WORDS:
            case = end  # "§ 14 Verksamhetsbidrag 2026 RS 2026/0031": the reference at the right, one space apart
    if case:
        text = text[: case.start()].rstrip()
    if text[-1:].isdigit() and text.count("§") > 1:
        prepared = PREPARED_IN.search(text)
        if prepared and "§" in text[: prepared.start()]:
            text = text[: prepared.start()]
    spaced = SPACED_LETTER.match(text) if first.isdigit() and " " in text[1:4] else None
    if spaced:  # "4 a.     Godkännande av dagordning.": a lettered point of item 4, the title after it
        return Heading(None, f"{spaced.group('n')} {spaced.group('letter')}", 1, spaced.group("title"))
    m = NUMBERED.match(text) or (SIGN_AFTER.match(text) if first.isdigit() and "§" in text[:6] else None)
    if not m:
        return None
    title = m.group("title") or ""
    prefix = m.group("prefix") if m.re is NUMBERED else "§"
    if m.re is NUMBERED and (m.group("to") or m.group("through")) and not (prefix and "§" in prefix):
        return None  # "Sn § 76–79", "§11-15. Val" head the paragraphs they span; a bare "3-4 Rapporter" heads nothing
    if m.re is NUMBERED and m.group("year") and not (prefix and prefix[:2].isupper()):
        return None  # "KSAU 20/2025": the year after the number only in a body's label, never "20/2025" alone
    # "§ 5 Beslöts att höja avgiften.": a numbered paragraph that decides, with no heading of its own.
    # A line too long for a title, or one ending in an open word ("... uppdra åt" / "iFiskeguiden att ..."), that
    # does not end there ("10. Beslöts att föreningen köper ... och att" / "kassören betalar ..."): the decision's
    # sentence wraps onto the next line.
    # "§ 4. Röstlängden godkändes. Se bil 1": a deciding sentence with more after it on the line decides too.
    deciding = bool(title) and (title.endswith(".") or len(title.split()) > HEADING_MAX_WORDS or ends_open(title)
                                or bool(ELECTION_SENTENCE.match(title)) or bool(_FIRST_SENTENCE_END.search(title))) \
        and _decides(title)
    if title and prefix and "§" in prefix and labels.CONFIDENTIAL_TITLE.match(title):
        title = ""  # "§ 45 Sekretess": the case is confidential, the item's title is on the next line
    section = labels.section_of(title) if title and not deciding else None
    if section and section[0] == "formula" and section[1].strip() and _decides(title):
        deciding = True  # "3. Beslutades att anta offerten från Norrberga" / "Bygg.": the decision wraps, unstopped
    elif section and not (section[0] == "proposal" and _agenda_proposal_title(title)) and \
            not (prefix and "§" in prefix and title in _PARAGRAPH_TITLES) \
            and " ".join(title.lower().split()).rstrip(".:") != labels.IMMEDIATE_ADJUSTMENT:
        return None
    if not prefix and not title and text != m.group("n") and not LONE_LIST_NUMBER.match(text) \
            and not LONE_SUB_NUMBER.match(text):
        return None  # a lone number ("7", its title on the next line) is one the page cleaner kept as an item's
    sub = m.group("sub") if m.re is NUMBERED else None
    letter = m.group("letter") if m.re is NUMBERED else None
    if letter and not (prefix and "§" in prefix) and not (letter.isupper() and not prefix and title):
        # "4a" without the sign is no sub-paragraph's label; "6A RAPPORTER" (a capital, a title) is a sub-item's
        return None
    case_number = case.group("case").strip().rstrip(".") if case else None
    case_below = label_open is not None
    text_at = None
    caps = CAPS_RUN_ON.match(title) if title[:2].isupper() else None
    if caps and sum(c.isalpha() for c in caps.group("head")) >= CAPS_HEADING_MIN_LETTERS:
        # "2 DAGORDNINGEN Dagordningen godkändes": the heading in capitals, the item's text run on after it
        text_at, title, deciding = m.start("title") + caps.end(), caps.group("head"), False
    semicolon = TITLE_SEMICOLON.search(title) if ";" in title else None
    if semicolon and len(title[:semicolon.start()].split()) <= HEADING_MAX_WORDS \
            and "." not in title[:semicolon.start()] and _text_after_semicolon(title[semicolon.end():]):
        text_at = m.start("title") + semicolon.end()
        title = title[:semicolon.start()]
        deciding = False
    topic = LETTERED_TOPIC.match(title) if text_at is None and ":" in title else None
    if topic and _topic_text(title[topic.end():]):
        # "1. Skolgården: Elevrådet beslutade att ... Liam och Farah gör ...": a short topic before a colon, then
        # the item's text in sentences on the same line (a school council's or a club's notes)
        text_at, title, deciding = m.start("title") + topic.end(), topic.group("topic"), False
    within = labels.OWN_DECISION_WITHIN.search(title) if text_at is None and "beslut" in title else None
    if within and len(title[:within.start()].split()) <= HEADING_MAX_WORDS:
        # "§ 41 Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkänns."
        text_at, title, deciding = m.start("title") + within.start("label"), title[:within.start()], False
    gap = TITLE_TEXT_GAP.search(title) if text_at is None and "   " in title else None
    if gap and len(title[:gap.start()].split()) <= HEADING_MAX_WORDS and len(title[gap.end():].split()) >= 2:
        # "5.   Val av ordförande för kommande verksamhetsår        Per Almkvist valdes." (pdftotext -layout): the
        # title in its column, the item's text in the column right of it
        text_at, title, deciding = m.start("title") + gap.end(), title[:gap.start()], False
    cut = _run_on_at(title) if text_at is None else None
    if cut is not None:  # "§ 3 Budget 2026 Styrelsen går igenom förslaget.": the title, then the item's text
        text_at, title, deciding = m.start("title") + cut, title[:cut].rstrip(), False
    inline = INLINE_TEXT.search(title) if text_at is None else None
    if inline and len(title[:inline.start()].split()) <= HEADING_MAX_WORDS:
        text_at = m.start("title") + inline.end()
        title = title[:inline.start()]
    if text_at is None and case_text_at is not None:
        text_at, deciding = case_text_at, False
    run_on = TITLE_THEN_ELECTION.match(title) if deciding else None
    if run_on:
        text_at, title, deciding = m.start("title") + run_on.end(), run_on.group("title"), False
    if deciding:
        # Its first sentence is its title, and the whole paragraph its text (the decision included).
        text_at = m.start("title")
    if sub:
        parts = (m.group("n") + sub).replace(":", ".").split(".")
        return Heading(int(parts[-1]), m.group("label"), 1, title, case_number, text_at)
    if letter:  # a lettered sub-paragraph has no number of its own: its label is all it prints
        return Heading(None, " ".join(m.group("label").split()), 1, title.rstrip(".") if text_at is None else title,
                       case_number, text_at)
    label = " ".join(m.group("label").split()) if prefix else None
    n = int(m.group("n"))
    through = int(m.group("through")) if m.re is NUMBERED and m.group("through") else None
    return Heading(n, label, 0, title, case_number, text_at,
                   through if through is not None and n < through <= n + MAX_RANGE_HEADING else None, case_below)


def _text_after_semicolon(rest: str) -> bool:
    """Whether what follows a heading's semicolon is the item's text (a sentence: "Anna Berg valdes.") rather
    than the rest of its title ("Motion om cykelbanor; svar"). A person or people named ("Sekreterare; Elin
    Wass", "Protokolljusterare; Tore Blom och Göran Frisk") and a date ("Årsmöte; den 1 februari 2026 kl 15.00 i
    bygdegården", "Nästa möte; 8 april kl 18.30") are the item's text too."""
    if rest[:1].isupper() and (rest.rstrip()[-1:] in ".!?" or len(rest.split()) >= SEMICOLON_TEXT_WORDS):
        return True
    if rest[:1].isupper():
        return parse_people.only_names(rest)
    return bool(dates.DATE.match(_LEADING_DEN.sub("", rest, count=1)))


_LEADING_DEN = regexes.compile(r"^den\s+")


def _topic_text(rest: str) -> bool:
    """Whether what follows a numbered heading's topic and colon is the item's text: a sentence that ends in a
    full stop and decides, gives a task or is long enough to say something ("Bollar: Malte pratar med
    vaktmästaren ...", "Övrigt: Nästa elevråd blir tisdag 4/11 kl 10.15 i biblioteket."), not the rest of a
    title ("Motion: Fler laddstolpar", "Information: Ny hemsida.")."""
    first = _FIRST_SENTENCE.split(rest, 1)[0].rstrip()
    if not first[:1].isupper():
        return False
    if first[-1:] in ".!?":
        # (a second sentence after the first on the line: "6. Fastigheten: Taket läcker. Ove tar in offert ...":
        # a title holds no two sentences, however short the first)
        after = rest.strip()[len(first):].strip()
        return _decides(first) or len(first.split()) >= TOPIC_TEXT_WORDS or bool(NOTHING_TO_TELL.match(first)) \
            or after[:1].isupper() and len(after.split()) >= TOPIC_SECOND_SENTENCE_WORDS
    # "4. Bollar: Elevrådet beslutade att köpa ... från" / "loppisen. Anders ...": a deciding sentence that runs on
    # to the next line is the item's text as one that ends on the line is; so is a long one cut after an open word
    # ("4. Skolgården: Flera klasser vill ha en ny bänk vid" / "fotbollsplanen. ..."), as a narrower column wraps it
    return _decides(first) or len(first.split()) >= TOPIC_WRAPPED_TEXT_WORDS and ends_open(first)


# "7. Övrigt: Inget övrigt.", "Ekonomi: Inget att rapportera.": a topic's short sentence saying there is nothing.
NOTHING_TO_TELL = regexes.compile(r"^(?:Inget|Inga|Ingen|Inte)\s+[\wåäö -]+\.$")


def _decides(title: str) -> bool:
    """Whether a numbered line's first sentence records a decision or gives a task ("Dagordningen
    godkändes.", "Beslöts att ...", "Lars beställer ... senast 15 mars.")."""
    from protokoll.parse import decisions  # the decision vocabulary lives there; only numbered lines get here

    first = _FIRST_SENTENCE.split(title, 1)[0]
    return decisions.running_decision(first) or decisions.task_sentence(first)


# Abbreviations whose stop a name may follow in a title or sentence ("stambyte kv. Järnet 2", a city block's name
# after "kv."): no sentence ends there.
TITLE_ABBREVIATIONS = ("kv", "nr", "ca", "enl", "ang", "resp")
# "4. Fastställande av röstlängd. 23 röstberättigade medlemmar var närvarande.": a count opens a sentence of its
# own after a word's full stop (not after an abbreviation: "bil. 2 och 3", "kap. 4 i stadgarna", "kl. 18 i lokalen").
COUNT_SENTENCE_START = (r"(?<=[a-zåäö]{3}\.)(?<!\bbil\.)(?<!\bkap\.)(?<!\bsid\.)(?<!\btel\.)(?<!\bresp\.)"
                        r"\s+(?=\d{1,4}\s+[a-zåäö]+\s+[a-zåäö]+)")
_FIRST_SENTENCE = regexes.compile(r"(?<=[.!?])" + "".join(rf"(?<!\b{a}\.)" for a in TITLE_ABBREVIATIONS) +
                                  r"\s+(?=[A-ZÅÄÖ])|" + COUNT_SENTENCE_START)
_FIRST_SENTENCE_END = regexes.compile(r"[.!?]\s+[A-ZÅÄÖ]")  # a sentence ends inside the line, more follows
# "2. Val av ordförande och sekreterare Till ordförande valdes X ...": an election heading run into its
# sentence without a full stop; the sentence starts at its capital "Till".
TITLE_THEN_ELECTION = regexes.compile(r"^(?P<title>Val\s+av\s+[a-zåäö0-9][^.]*?)\s+(?=Till\s+[a-zåäö])")
# "11. Till ordförande på ett år valdes Jari Åkerlind": an election told as a sentence, with or without its full
# stop, is no heading ("Val av ordförande" is one) but the item's text.
ELECTION_SENTENCE = regexes.compile(r"^Till\s+[a-zåäö][^.:]*?\s+(?:valdes|omvaldes|nyvaldes|väljs|omväljs|utsågs|utses)"
                                    r"\s+[A-ZÅÄÖ]")
# "2 DAGORDNINGEN Dagordningen godkändes", "6A KASSÖREN Kent redovisade ...": a heading in capitals with the
# item's text run on after it on the same line (a word processor's bold capitals lost in the text); the text
# starts at the first word that holds a small letter ("PRO-distriktet" too).
CAPS_RUN_ON = regexes.compile(r"^(?P<head>[A-ZÅÄÖÉÜ0-9][A-ZÅÄÖÉÜ0-9-]*(?:\s+[A-ZÅÄÖÉÜ0-9&][A-ZÅÄÖÉÜ0-9-]*)*)"
                              r"\s+(?=\S*[a-zåäöéü])(?=\S+\s+\S)")
CAPS_HEADING_MIN_LETTERS = 5  # "KF Budget", "LSS Ansökan": a shorter capital run is an abbreviation in the title
# "§1. Mötets öppnande. Ordföranden förklarade ...": the title ends at its full stop, text follows.
# (not the stop of a placing or a list number inside the title: "Klubbmästerskapet: 1. Ove Lagerman, 2. ...")
# (nor the stop of an abbreviation before a name: "stambyte kv. Järnet 2", a city block's name after "kv.")
INLINE_TEXT = regexes.compile(r"(?<!\s\d)(?<!\s\d\d)" + "".join(rf"(?<!\b{a})" for a in TITLE_ABBREVIATIONS) +
                              r"\.\s+(?=[A-ZÅÄÖ][a-zåäö]+\.?(?:\s+\S+){1,}|[a-h]\)\s+[A-ZÅÄÖ])")
# ("Ordf. förklarade ...", and a lettered point run in after the title: "§ 56 Övriga frågor. a) Hugo tog upp ...")
# The gap between a title and the item's text set in a column right of it, on the title's line (-layout): wider
# than the spaces a justified or typed title holds, the text after it starting with a capital.
TITLE_TEXT_GAP = regexes.compile(r"\s{6,}(?=[A-ZÅÄÖ])")
# "a. Val av mötesordförande", "B) Kommunen: Remiss ...": lettered sub-items under a numbered item.
LETTERED = regexes.compile(r"^(?P<letter>[a-hA-H])[.)]\s+(?P<title>[A-ZÅÄÖ].*)$")
# A lettered row of a two-column layout ("Ärende | Beslut / åtgärd"): a short topic in lower case, a wide gap, the
# text in the right column.
LETTERED_CELL_WORDS = 3
LETTERED_CELL = regexes.compile(r"^(?P<letter>[a-h])\)\s+(?P<title>[a-zåäö][\wåäö-]*(?: [\wåäö-]+){0,%d})\s{3,}"
                                r"(?P<text>\S.*)$" % (LETTERED_CELL_WORDS - 1))


# A sentence that reports ("Kassören redogjorde för ekonomin.", "Lisa har fått två offerter."): no heading.
REPORTS = regexes.compile(r"\b(?:redogjorde|redogör|informerade|informerar|berättade|berättar|rapporterade|rapporterar|"
                     r"meddelade|meddelar|presenterade|presenterar|redovisade|redovisar|har|hade|är|var|blev|"
                     r"kommer|gick|föreslog|föreslår|tog\s+upp|tar\s+upp)\b")
LETTERED_TOPIC = regexes.compile(r"^(?P<topic>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,%d}):\s+(?=\S)"
                            % (labels.TOPIC_MAX_WORDS - 1))


def lettered_at(text: str, expected: str) -> Heading | None:
    """A lettered sub-item heading, when its letter is the one expected next ("a" after an item)."""
    m = LETTERED.match(text) if text[1:2] in ".)" else None
    cell = LETTERED_CELL.match(text) if m is None and text[1:2] == ")" else None
    if cell and cell.group("letter") == expected:
        # "a) inköpsgrupp          Gruppen har köpt in ...": a two-column layout's sub-item, its topic in the left
        # column in lower case, its text in the right
        return Heading(None, text[:2], 1, cell.group("title"), text_at=cell.start("text"))
    if not m or m.group("letter").lower() != expected:
        return None
    title, text_at = m.group("title"), None
    topic = LETTERED_TOPIC.match(title)
    # (a topic before a colon is the heading, whatever its text reports: "b) Isbanan: Per rapporterar från ...")
    if _decides(title) or REPORTS.search(title[:topic.end()] if topic else _FIRST_SENTENCE.split(title, 1)[0]):
        # "a) Styrelsen beslutade att ...", "b) Per kontaktar ...", "c) Kassören redogjorde för ekonomin. ...":
        # lettered points of the item's text
        return None
    inline = INLINE_TEXT.search(title)
    after = _FIRST_SENTENCE.split(title[topic.end():], 1)[0] if topic else ""
    if topic and (_decides(after) or len(after.split()) >= TOPIC_TEXT_WORDS):
        # "a) Nycklar: Sara samlar in ...": the topic is the title, the sentence after the colon its text ("A.
        # Distriktet: Inbjudan till konferens." names its matter after the colon, short, and keeps it in the title)
        title, text_at = topic.group("topic"), m.start("title") + topic.end()
    elif inline and len(title[:inline.start()].split()) <= HEADING_MAX_WORDS:
        title, text_at = title[:inline.start()], m.start("title") + inline.end()
    # the label as printed: "a)" keeps its parenthesis (a full stop, "a.", is the list's punctuation)
    label = text[:2] if text[1:2] == ")" else m.group("letter")
    return Heading(None, label, 1, title.rstrip("."), text_at=text_at)


def numbered_headings(lines: list[Line]) -> dict[int, Heading]:
    """Line index → heading for the run of numbered headings 1, 2, 3 ... (a gap of one allowed); "§"
    numbers run from anywhere ("§ 131"), and "3.1" headings under item 3 are its sub-items."""
    # Each line is read as a heading once; both runs below walk the same readings (none is modified).
    heads = [heading_at(line.text) for line in lines]
    for i, h in enumerate(heads):
        if h is not None and not h.title and _contents_title_follows(lines, i):
            heads[i] = None  # a contents entry cut into its cells ("§ 176" / "Title ....."), not the item
    _abbreviated_labels(lines, heads)
    _drop_contents(lines, heads)
    _drop_bare_contents(lines, heads)
    _drop_attachment_lists(lines, heads)
    _drop_spanned_ranges(heads)
    found = _run(lines, heads, any_start=False)
    # A number that only looks like a heading before the items ("§ 115", a note in the roll that its narrow
    # cell wrapped onto a line of its own) starts a run the items' own numbers, lower, cannot join: without
    # it, a longer run is the items. Only lower numbers that read as headings (a label, or a title) count: a
    # decision's numbered sentences under "§ 14 Budget 2026" ("1. Nämnden fastställer budgeten." / "2. ...")
    # are its points, and leave the paragraph its sign.
    for _ in range(MAX_STRAY_NUMBERS):
        first = next((i for i, h in enumerate(heads) if h is not None and h.level == 0 and h.number is not None), None)
        if first is None or not any(h is not None and h.level == 0 and h.number is not None
                                    and h.number < heads[first].number and _may_head_items(h)
                                    for h in heads[first + 1:]):
            break
        trial = heads[:first] + [None] + heads[first + 1:]
        other = _run(lines, trial, any_start=False)
        if len(other) <= len(found):
            break
        found, heads = other, trial
    # Bare running numbers that start anywhere ("106 Val av justerare"): only a longer run counts. A short run from 1
    # gives way to a longer one from anywhere: "1. Kommunens ombud ... att rösta" / "2. ..." in a decision's text,
    # among the paragraphs "26 Dnr KS 2025/14" ... "31 Dnr ...".
    if found and len(found) < MIN_RUNNING_HEADINGS:
        running = _run(lines, heads, any_start=True)
        found = running if len(running) > len(found) else found
    if found:
        found = _blocks_out_of_order(lines, heads, found)
    return found or _sections_after(lines) or _run(lines, heads, any_start=True) or _all_ones(heads) \
        or _numbers_after(lines) or _dash_outline(lines)


MIN_DASH_HEADINGS = 3  # fewer bulleted headings than this are a list in the text, not the minutes' outline


def _dash_outline(lines: list[Line]) -> dict[int, Heading]:
    """Notes kept as a bulleted outline ("- Mötets öppnande" / "Mötet öppnades av ..." / "- Val av sekreterare" /
    "Johan valdes ..."): a bullet that reads as a heading (short, no final stop, not a label such as "Beslut:")
    and heads a line of text under it (a capitalised line that is no bullet) is an item without a number. A
    bullet under a line that ends in a colon ("Beslut:" / "- Boka ...") is a point of that line's list."""
    found: dict[int, Heading] = {}
    for i, line in enumerate(lines[:-1]):
        text = line.text
        point = DASH.match(text) if text[:1] in DASH_CHARS else None
        if point is None:
            continue
        rest, below = text[point.end():], lines[i + 1].text
        if below[:1] in DASH_CHARS or not below[:1].isupper() or not heading_like_line(rest) \
                or labels.section_of(rest) or i and lines[i - 1].text.rstrip().endswith(":"):
            continue
        found[i] = Heading(None, None, 0, rest)
    return found if len(found) >= MIN_DASH_HEADINGS else {}


# "Förbundsmötets öppnande 1": the paragraph's number printed after its heading (a number in the right margin,
# on the heading's line as pdftotext gives it). A short title without a final stop, then the number alone.
NUMBER_AFTER = regexes.compile(r"^(?P<title>[A-ZÅÄÖ][^.!?:;]*?[\wåäöÅÄÖ)])\s+(?P<n>\d{1,2})$")
# Words a number after them belongs to, not to a heading ("Bilaga 2", "Sida 3", "Åk 1", "Möte 4").
# Short capitalised words that stand before a number in text, no body's abbreviation ("Kl 18", "Tel 070").
_NOT_ABBREVIATIONS = frozenset("kl kl. tel tfn dnr vecka den dag år nr ca".split())
NUMBERED_WORDS = frozenset("sida sidan bilaga bilagor punkt ärende nr nummer § protokoll möte åk årskurs klass "
                           "vecka v grupp lag bord sal rum".split())
MIN_TITLE_WORDS_BEFORE_NUMBER = 2


def _numbers_after(lines: list[Line]) -> dict[int, Heading]:
    """Line index → heading for a run 1, 2, 3 ... of headings whose number stands after the title (read only
    where the minutes show no other numbering)."""
    found: dict[int, Heading] = {}
    expected = 1
    for i, line in enumerate(lines):
        text = line.text
        m = NUMBER_AFTER.match(text) if text[-1:].isdigit() and text[:1].isupper() else None
        if m is None:
            continue
        words = m.group("title").split()
        n = int(m.group("n"))
        if not MIN_TITLE_WORDS_BEFORE_NUMBER <= len(words) <= HEADING_MAX_WORDS \
                or words[-1].lower() in NUMBERED_WORDS or not expected <= n <= expected + 1:
            continue
        found[i] = Heading(n, None, 0, m.group("title"))
        expected = n + 1
    return found if len(found) >= MIN_NUMBERED_HEADINGS else {}


# "Val av justerare § 21", "Mötets öppnande        § 31": the paragraph sign and its number after the title (a
# faculty's or a university board's minutes print the number in the right margin). The sign makes it a paragraph's
# number, so the run may start anywhere, as "§ 131" before a title does.
SECTION_AFTER = regexes.compile(r"^(?P<title>[A-ZÅÄÖ][^§]*?[\wåäöÅÄÖ)])\s+(?P<label>§\s?(?P<n>\d{1,3}))$")


def _sections_after(lines: list[Line]) -> dict[int, Heading]:
    """Line index → heading for a run of headings with "§ N" after the title, the numbers rising by one (a gap
    of one allowed) from wherever they start."""
    found: dict[int, Heading] = {}
    expected = None
    for i, line in enumerate(lines):
        text = line.text.rstrip()
        m = SECTION_AFTER.match(text) if text[-1:].isdigit() and "§" in text else None
        if m is None or len(m.group("title").split()) > HEADING_MAX_WORDS:
            continue
        n = int(m.group("n"))
        if expected is not None and not expected <= n <= expected + 1:
            continue
        found[i] = Heading(n, m.group("label"), 0, m.group("title").rstrip())
        expected = n + 1
    return found if len(found) >= MIN_NUMBERED_HEADINGS else {}


CONTENTS_TITLE_LINES = 3  # a contents entry's title wraps over at most this many lines before its dot leaders


def _contents_title_follows(lines: list[Line], i: int) -> bool:
    """Whether the label on line ``i`` ("§ 176", "29   Dnr KS 2024/484") is a contents entry cut into its cells:
    its title follows, ending in dot leaders, on the next line or (a long title wrapped) a line or two further
    down with no blank line between."""
    for k in range(i + 1, min(len(lines), i + 1 + CONTENTS_TITLE_LINES)):
        if k > i + 1 and lines[k].blank_before:
            return False
        if furniture.CONTENTS_LEADERS.search(lines[k].text):
            # (a line of dots alone, or two side by side, with no page number is where the minutes are signed:
            # "§ 10" / "Ordf förklarade mötet avslutat." / "......... ........." is the last item over its signatures)
            text = lines[k].text.rstrip()
            return text[-1:].isdigit() or any(c.isalpha() for c in text)
    return False


# The heading of a table of contents ("Innehållsförteckning" / "86 Title" / "87 Title" ...), alone on its line.
CONTENTS_HEADING = regexes.compile(r"^(?:innehållsförteckning|innehåll|ärendelista|ärendeförteckning|"
                              r"förteckning över ärenden|ärenden|föredragningslista)\s*:?$", re.IGNORECASE)


CONTENTS_GAP_LINES = 4  # lines in a row between a contents list's entries that are no entry


# "Bilagor:" over "1. Ekonomisk rapport" / "2. Förslag till …": the attachments listed by number (before the
# items or after them) are no items.
ATTACHMENT_LIST = regexes.compile(r"^(?:bilagor|bilageförteckning|förteckning\s+över\s+bilagor|bifogade\s+handlingar)"
                                  r"\s*:?$", re.IGNORECASE)


RANGE_LABEL = regexes.compile(r"\d\s?[–-]\s?\d")


def _drop_spanned_ranges(heads: list[Heading | None]) -> None:
    """A range label ("SBN § 45–50" after "Paragrafer:" in the front matter) whose first paragraph heads an item of
    its own further on names the paragraphs the minutes hold, not an item; one that no later item repeats ("Sn §
    76–79" over paragraphs kept out of the public minutes) heads the paragraphs it spans."""
    for i, h in enumerate(heads):
        if h is not None and h.level == 0 and h.label and RANGE_LABEL.search(h.label) and \
                any(o is not None and o.level == 0 and o.number == h.number for o in heads[i + 1:]):
            heads[i] = None


def _drop_attachment_lists(lines: list[Line], heads: list[Heading | None]) -> None:
    """Forget the headings of a numbered attachment list: the lines of the one paragraph right under its label,
    the first of them numbered 1."""
    for i, line in enumerate(lines):
        if not (line.text[:1] in "BbFf" and ATTACHMENT_LIST.match(line.text)) or i + 1 >= len(lines):
            continue
        first = heads[i + 1]
        if first is None or first.number != 1 or first.level:
            continue
        k = i + 1
        while k < len(lines) and (k == i + 1 or not lines[k].blank_before):
            heads[k] = None
            k += 1


# "Vn 4 Vallokaler vid 2026 års val   VN 2025/3": a small body's abbreviation written with one capital and no "§"
# before the number (a valnämnd's "Vn", a krisledningsnämnd's "Kln"). Such a word before a number is as often
# text ("Kl 18", "Nr 4"), so it labels the items only where the same abbreviation opens at least
# MIN_ABBREVIATED_LABELS lines whose numbers rise, and is none of the words a number belongs to.
ABBREVIATED_LABEL = regexes.compile(r"^(?P<prefix>[A-ZÅÄÖ][a-zåäö]{1,3})\s+(?P<n>\d{1,3})(?:\s+(?P<title>[A-ZÅÄÖ].*))?$")
MIN_ABBREVIATED_LABELS = 3


def _abbreviated_labels(lines: list[Line], heads: list[Heading | None]) -> None:
    """Read the lines that ABBREVIATED_LABEL finds as headings, where its conditions hold (see there)."""
    found: dict[str, list[tuple[int, re.Match]]] = {}
    for i, line in enumerate(lines):
        text = line.text.strip()
        if heads[i] is not None or not text[:1].isupper() or not text[1:2].islower():
            continue
        m = ABBREVIATED_LABEL.match(text)
        if m and m.group("prefix").lower() not in NUMBERED_WORDS and m.group("prefix").lower() not in _NOT_ABBREVIATIONS:
            found.setdefault(m.group("prefix"), []).append((i, m))
    for prefix, hits in found.items():
        numbers = [int(m.group("n")) for _, m in hits]
        if len(hits) < MIN_ABBREVIATED_LABELS or any(b <= a for a, b in zip(numbers, numbers[1:])):
            continue
        for i, m in hits:
            title, case = (m.group("title") or "").strip(), None
            at_right = CASE_AT_RIGHT.search(title) if title[-1:].isdigit() else None
            if at_right:
                title, case = title[:at_right.start()].rstrip(), at_right.group("case")
            heads[i] = Heading(int(m.group("n")), f"{prefix} {m.group('n')}", 0, title, case)


def _drop_contents(lines: list[Line], heads: list[Heading | None]) -> None:
    """Forget the headings of a table of contents that lists the items without page numbers: the numbered
    lines right under its heading, up to the line that starts the list over ("86 Title" again), which is
    the first item itself. Only a list that starts over is one: where no number comes back, the lines under
    the heading are the items."""
    for i, line in enumerate(lines):
        text = line.text
        if not (text[:1] in "IiÄäAaFf" and len(text) <= 30 and CONTENTS_HEADING.match(text)):
            continue
        entries: list[int] = []
        gap = 0
        for k in range(i + 1, len(lines)):
            h = heads[k]
            if h is None or h.number is None:
                # OCR's lines between a list's entries: an entry read as no heading (its leaders), a page's
                # foot and head, a signature's scrawl
                gap += 1
                if gap > CONTENTS_GAP_LINES:
                    break
                continue
            gap = 0
            if entries and h.number <= heads[entries[-1]].number:
                # the list starts over (at its first entry, or before it where OCR lost the first entries):
                # the items begin here
                if h.number <= heads[entries[0]].number:
                    for j in entries:
                        heads[j] = None
                break
            entries.append(k)


def _drop_bare_contents(lines: list[Line], heads: list[Heading | None]) -> None:
    """Forget a contents list that has no heading of its own: numbered headings on consecutive lines, none with
    a line of text under it, after which the numbering starts over at the list's first number or before it
    ("§ 84  Mötets öppnande" ... "§ 92  Mötets avslutande" on the page before "§ 84 Mötets öppnande" /
    "Ordföranden ..."; "§ 5 Årsredovisning" / "§ 7 Budgetunderlag" before "§ 1 Sammanträdets öppnande")."""
    i = 0
    while i < len(lines):
        first = heads[i]
        if first is None or first.number is None or first.level:
            i += 1
            continue
        entries = [i]
        k = _next_entry(lines, heads, i)
        # (a contents list numbers its entries one way: "1." / "2." of a list in an item's text and the "§ 12" of
        # the next item under it are no list)
        while k < len(lines) and heads[k] is not None and heads[k].level == 0 \
                and heads[k].number is not None and heads[k].number > heads[entries[-1]].number \
                and (heads[k].label is None) == (first.label is None):
            entries.append(k)
            k = _next_entry(lines, heads, k)
        k = entries[-1] + 1
        if len(entries) >= MIN_NUMBERED_HEADINGS:
            after = next((h for h in heads[k:] if h is not None and h.level == 0 and h.number is not None), None)
            # (a board's list of only the items it decided, "Behandlade beslutsärenden vid detta sammanträde" /
            # "§ 5 …" / "§ 7 …", starts over before its first number: at "§ 1")
            if after is not None and after.number <= first.number:
                for j in entries:
                    heads[j] = None
        i = k


def _next_entry(lines: list[Line], heads: list[Heading | None], k: int) -> int:
    """Where a contents list's entry after the one on line ``k`` stands: the next line, or the one after where the
    entry's title is on a line of its own ("§ 4" / "Verksamhetsplan och budget 2026", plain pdftotext's cells)."""
    if not heads[k].title and k + 2 < len(lines) and heads[k + 1] is None and _reads_as_title_line(lines[k + 1].text):
        return k + 2
    return k + 1


# Section labels that a paragraph may have as its whole title: "§ 13 Jäv" over "Inga jäv förelåg vid dagens
# sammanträde." (a foundation's board asks for jäv as an item of its own); "§ 2 Ärendet" over the matter's text,
# "§ 3 Förslag" over the members' proposals (an association's paragraphs titled by the one word).
_PARAGRAPH_TITLES = frozenset({"Jäv", "JÄV", "Jäv:", "Ärendet", "ÄRENDET", "Förslag", "FÖRSLAG"})


def _all_ones(heads: list[Heading | None]) -> dict[int, Heading]:
    """Every item numbered "1." (a word processor's list numbering lost on the way to text): the items
    are those headings, with no number."""
    ones = {i: h for i, h in enumerate(heads)
            if h is not None and h.level == 0 and h.number == 1 and h.label is None and h.title}
    if len(ones) < MIN_NUMBERED_HEADINGS:
        return {}
    return {i: replace(h, number=None) for i, h in ones.items()}


# Lettered lines that end in a full stop ("a) Kassan uppgår till 31 420 kronor.") are the points of an item's
# text, not its sub-items: where at least this share of a run's lettered lines (a, b, c ... from an "a";
# those written "a) Topic: text" not counted) are sentences, none of the run is a heading.
LETTERED_POINTS_SHARE = 0.5
# A sentence of at least this many words ending in a colon announces a list: the lettered lines under it are its
# points, not sub-items ("Följande delegeringsbeslut anmäls:" / "a) Kommundirektörens beslut om ..."; a topic's
# heading "Övriga frågor:" is shorter).
LIST_LEAD_MIN_WORDS = 3


def _lettered_points(lines: list[Line]) -> set[int]:
    """Indexes of the lettered lines whose run is written as sentences (measured run by run)."""
    points: set[int] = set()
    run: list[int] = []
    sentences = titles = 0
    led = False  # the run's "a)" follows a sentence that announces a list ("Följande delegeringsbeslut anmäls:")

    def close() -> None:
        if led or sentences and sentences >= LETTERED_POINTS_SHARE * (sentences + titles):
            points.update(run)

    for i, line in enumerate(lines):
        text = line.text
        m = LETTERED.match(text) if text[1:2] in ".)" else None
        if m is None:
            continue
        if m.group("letter").lower() == "a":
            close()
            run, sentences, titles = [], 0, 0
            lead = lines[i - 1].text.rstrip() if i else ""
            led = lead.endswith(":") and len(lead.split()) >= LIST_LEAD_MIN_WORDS
        run.append(i)
        if LETTERED_TOPIC.match(m.group("title")):
            continue
        if text.rstrip().endswith("."):
            sentences += 1
        else:
            titles += 1
    close()
    return points


def _run(lines: list[Line], heads: list[Heading | None], any_start: bool) -> dict[int, Heading]:
    found: dict[int, Heading] = {}
    expected = skipped = None
    top = None
    letter = "a"
    points = _lettered_points(lines)
    for i, line in enumerate(lines):
        h = heads[i]
        if h is None:
            h = lettered_at(line.text, letter) if top is not None and i not in points and line.text[1:2] in ".)" \
                else None
            if h is not None:
                found[i] = h
                letter = chr(ord(letter) + 1)
            continue
        if h.level == 1:
            parent = int((NUMBERED.match(line.text) or SPACED_LETTER.match(line.text)).group("n"))
            if top is not None and parent == top and (h.title or not LONE_SUB_NUMBER.match(line.text)
                                                       or _next_lone_sub(found, h) and _title_line_below(lines, i)):
                found[i] = h
            elif expected is not None and parent == expected and h.number is None and h.label[-1:] == "a" \
                    and (at := line.text.find(h.title)) > 0:
                # "10 a)  Medlemsavgiften fastställdes till ...": the first lettered point opens item 10 itself where
                # the item has no heading of its own (a club's minutes numbered by sentences); "b)", "c)" under it
                # are its points
                found[i] = Heading(parent, None, 0, h.title, h.case_number, at if _decides(h.title) else None)
                skipped, expected, top, letter = None, parent + 1, parent, "b"
            continue
        n = h.number
        starts = n in (1, 2) or h.label is not None or any_start and not line.text[:1] == "0"
        if expected is None and starts or expected is not None and expected <= n <= expected + 1:
            found[i] = h
            skipped = expected if expected is not None and n == expected + 1 else None
            expected = (h.through or n) + 1
            top = n
            letter = "a"
        elif n == skipped and (h.label is not None or _reads_as_title(h)):
            # "Ärende 7" / "Ärende 9" / "Ärende 8" / "Ärende 10": the item the meeting took after the next one
            # (the number the run skipped, right after the gap)
            found[i] = h
            top, skipped, letter = n, None, "a"
        elif expected is not None and expected + 1 < n <= expected + MAX_PARAGRAPH_GAP and _paragraph_jump(heads, i):
            found[i] = h  # "§ 5" / "§ 12": the paragraphs between them left out of the published minutes
            skipped, expected, top, letter = None, (h.through or n) + 1, n, "a"
    tops = [h for h in found.values() if h.level == 0]
    titled = [h.label and (_reads_as_title(h) or h.case_number or _titled_below(lines, i, h)
                           or _sign_over_text(lines, i, h))
              for i, h in found.items() if h.level == 0]
    enough = MIN_LABELLED_TITLED_HEADINGS if tops and all(titled) else \
        MIN_LABELLED_HEADINGS if tops and all(h.label for h in tops) else \
        MIN_TITLED_HEADINGS if tops and all(_reads_as_title(h) or _heads_paragraph(lines, i, h)
                                            for i, h in found.items() if h.level == 0) else MIN_NUMBERED_HEADINGS
    if any_start:
        enough = MIN_RUNNING_HEADINGS
    return found if len(tops) >= enough else {}


def _blocks_out_of_order(lines: list[Line], heads: list[Heading | None], found: dict[int, Heading]) -> dict[int, Heading]:
    """``found`` with the labelled headings a two-column page's text gave out of order ("§ 8", "§ 9", "§ 10", then
    "§ 1" ... "§ 7"): where every labelled, titled heading's number stands once, together they leave no number of
    their range out, they count up in at most MAX_BLOCK_RUNS runs and hold ``found``'s own; else ``found``."""
    labelled = {i: h for i, h in enumerate(heads) if h is not None and h.level == 0 and h.label is not None
                and h.number is not None and h.through is None
                and (_reads_as_title(h) or h.case_number or _titled_below(lines, i, h))}
    tops = {i for i, h in found.items() if h.level == 0}
    if len(labelled) <= len(tops) or not tops <= set(labelled):
        return found
    numbers = [h.number for _, h in sorted(labelled.items())]
    if len(set(numbers)) != len(numbers) or max(numbers) - min(numbers) + 1 != len(numbers):
        return found
    runs = 1 + sum(b < a for a, b in zip(numbers, numbers[1:]))
    if runs > MAX_BLOCK_RUNS:
        return found
    return dict(sorted({**found, **labelled}.items()))


def _may_head_items(h: Heading) -> bool:
    """Whether a numbered line could be an item's heading rather than a point of a decision: labelled ("§ 3",
    "Ärende 3"), bare ("3."), or a title (no final stop)."""
    return h.label is not None or not h.title or not ends_sentence(h.title)


def _paragraph_jump(heads: list[Heading | None], i: int) -> bool:
    """Whether the heading at ``i``, numbers ahead of the run, is a paragraph's all the same: a "§ N" label over a
    title (or a case number), and the next numbered heading, if any, going on from it (N + 1 or N + 2)."""
    h = heads[i]
    if h.label is None or "§" not in h.label or not (_reads_as_title(h) or h.case_number):
        return False
    after = next((x for x in heads[i + 1:] if x is not None and x.level == 0 and x.number is not None), None)
    return after is None or h.number < after.number <= h.number + 2


def _titled_below(lines: list[Line], i: int, h: Heading) -> bool:
    """A case system's paragraph head: "KS § 141" (a label with the body's abbreviation, or with its "Dnr" on the
    line) alone on its line, the paragraph's title on the next line (short, capitalised, no final stop). "§ 141"
    over its "Dnr KS 2025/318" line (cells of one row that plain pdftotext put on lines of their own) is one too:
    the title follows the case line."""
    if h.title:
        return False
    below_lines = [line.text for line in lines[i + 1:i + 4] if line.text.strip()]
    case_line = bool(below_lines) and _case_line(below_lines[0]) is not None
    if not (h.label[:1] != "§" or h.case_number or case_line):
        return False
    below = (below_lines[1:2] if case_line else below_lines[:1]) or [""]
    return _reads_as_title_line(below[0])


def _next_lone_sub(found: dict[int, Heading], h: Heading) -> bool:
    """Whether a lone sub-item number goes on from the item's sub-items found so far ("1.1", "1.2" ...; a time
    "kl." / "20.40." under item 20 does not)."""
    last = 0
    for f in reversed(found.values()):
        if f.level == 0 or f.number is not None:
            last = f.number if f.level == 1 else 0
            break
    return h.number == last + 1


def _title_line_below(lines: list[Line], i: int) -> bool:
    """Whether the next line with text after line ``i`` reads as a heading's title."""
    return _reads_as_title_line(next((line.text for line in lines[i + 1:i + 3] if line.text.strip()), ""))


def _reads_as_title_line(text: str) -> bool:
    """A line that is a title alone: short, capitalised, no final stop, no heading of its own."""
    return text[:1].isupper() and text[-1:] not in ".:;" and len(text.split()) <= HEADING_MAX_WORDS \
        and heading_at(text) is None


def _case_line(text: str) -> re.Match | None:
    """A line that is a case number alone: "Dnr KS 2025/318", "Diarienummer: 2024/123", or "KS 2025/402" without
    "Dnr"."""
    case = CASE_NUMBER.match(text) if text[:1] in _CASE_INITIALS else None
    if case is None and text[-1:].isdigit() and text[:1].isupper():
        case = BARE_CASE.match(text)
    return case


LONG_TITLE_MAX_WORDS = 25  # a municipal paragraph's title ("Ansökan om bygglov för ... på fastigheten X 1:4") runs long


def _sign_over_text(lines: list[Line], i: int, h: Heading) -> bool:
    """A paragraph sign over its item's text where the minutes hold one paragraph alone: "§ 1" with its title on
    the next line, or "§ 5 Ansökan om bygglov för ... på fastigheten Ekbacka 1:4" (a title too long for
    _reads_as_title, no final stop); either way a sentence follows under the title."""
    if h.label[:1] != "§" or h.text_at is not None:
        return False
    at = i + 1
    if not h.title:
        if at >= len(lines) or not lines[at].text[:1].isupper() or ends_sentence(lines[at].text) \
                or len(lines[at].text.split()) > HEADING_MAX_WORDS or heading_at(lines[at].text) is not None:
            return False
        at += 1
    elif ends_sentence(h.title) or len(h.title.split()) > LONG_TITLE_MAX_WORDS:
        return False
    # (an extract's label cells may stand between the title and its first sentence: "Beslutande" / "Se närvarolista
    # i protokollet.", "Ärendebeskrivning" / ...)
    for line in lines[at:at + SIGN_TEXT_LOOKAHEAD]:
        after = line.text.rstrip()
        if after[:1].isupper() and after[-1:] in ".!?" and heading_at(after) is None:
            return True
        if after[-1:] in ".!?:;," or len(after.split()) > SIGN_LABEL_MAX_WORDS:
            return False
    return False


def _reads_as_title(h: Heading) -> bool:
    """A numbered line that reads as an item's title, not a point of a list in the text: a short title on its
    own, with no final full stop ("2. Mötets avslutande", not "2. Att höja avgiften.")."""
    return bool(h.title) and h.text_at is None and len(h.title.split()) <= HEADING_MAX_WORDS and \
        not ends_sentence(h.title)


def _heads_paragraph(lines: list[Line], i: int, h: Heading) -> bool:
    """A numbered line that heads a paragraph though its short title ends in a full stop ("1. Val av kontaktperson." /
    "Styrelsen beslutade att ..."): it stands apart (a blank line or nothing before it) and a capitalised line of
    text follows it at once, no numbered line (the points of a list in the text stand one under the other). So does
    a topic before a colon with its paragraph on its line ("1. Val av firmatecknare: Styrelsen beslutade att ..."),
    the paragraph ending there or wrapping on in lower case."""
    if not h.title or len(h.title.split()) > HEADING_MAX_WORDS or i and not lines[i].blank_before:
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    if h.text_at is not None:
        return lines[i].text[:h.text_at].rstrip().endswith(":") and \
            (below is None or below.blank_before or below.text[:1].islower())
    return below is not None and not below.blank_before and below.text[:1].isupper() and NUMBERED.match(below.text) is None


# A paragraph sign set at the right margin, alone on its line, over the item's text at the left margin ("     § 4" /
# "Till justerare tillika rösträknare valdes A och B."): the minutes give the paragraph no title, so its text is read
# as a one-line "§ 4 Till justerare ... valdes A och B." would be. The sign stands at least this many columns right
# of the text under it (a sign over its title, "§ 23" / "Budget 2026", stands at the same margin).
SIGN_AT_RIGHT_COLUMNS = 20
LONE_SIGN = regexes.compile(r"^§\s?\d{1,3}$")


def join_signs_at_right(lines: list[Line]) -> list[Line]:
    """``lines`` with each lone paragraph sign at the right margin joined to the first line of the text under it."""
    if not any(line.text[:1] == "§" and line.indent >= SIGN_AT_RIGHT_COLUMNS for line in lines):
        return lines  # (the cheap test: no sign stands that far right)
    out: list[Line] = []
    skip = False
    for line, nxt in itertools.zip_longest(lines, lines[1:]):
        if skip:
            skip = False
            continue
        if nxt is not None and line.indent - nxt.indent >= SIGN_AT_RIGHT_COLUMNS and LONE_SIGN.match(line.text) \
                and nxt.text[:1].isupper() and heading_at(nxt.text) is None:
            out.append(replace(nxt, text=f"{line.text} {nxt.text}", blank_before=line.blank_before))
            skip = True
            continue
        out.append(line)
    return out


MIN_SIGNS_AFTER_TITLES = 2  # one title over a lone sign may be chance; two, and no lone sign otherwise, are the layout


def join_signs_after_titles(lines: list[Line]) -> list[Line]:
    """``lines`` with each lone paragraph sign joined to the title over it, where every lone sign stands so:
    "Mötets öppnande" / "§ 31" / "Ordföranden öppnar mötet." (the sign at the right of its title's line, which
    plain pdftotext puts on a line of its own) reads as "Mötets öppnande § 31". A sign over its title ("§ 31" /
    "Mötets öppnande") or after a sentence stays as it is."""
    lone = [i for i, line in enumerate(lines) if line.text[:1] == "§" and LONE_SIGN.match(line.text)]
    after = [i for i in lone if 0 < i < len(lines) - 1 and _reads_as_title_line(lines[i - 1].text)
             and not _reads_as_title_line(lines[i + 1].text) and lines[i + 1].text[:1].isupper()
             and (i == 1 or lines[i - 1].blank_before or ends_sentence(lines[i - 2].text))]
    if len(after) < MIN_SIGNS_AFTER_TITLES or len(after) != len(lone):
        return lines
    out = list(lines)
    for i in reversed(after):
        out[i - 1:i + 1] = [replace(lines[i - 1], text=f"{lines[i - 1].text} {lines[i].text}")]
    return out


def to_blocks(lines: list[Line], headings: dict[int, Heading] | None = None) -> list[Block]:
    """``headings`` may be given when the caller has already found them (line index → heading)."""
    width = wrap_width(lines)
    blanks = blank_lines(lines)
    spaced = spaced_lists(lines)
    headings = numbered_headings(lines) if headings is None else headings
    blocks: list[Block] = []
    untitled: Block | None = None  # a heading whose title stands on a later line ("SBN § 45")
    wrapped: Block | None = None  # a deciding paragraph's heading whose sentence (its title) goes on below
    ahead: str | None = None  # a case number written before its paragraph's label (see _case_before_label)
    tail = -1  # a title's wrapped tail, read with the title (see _title_tail_below)
    case_below: Block | None = None  # a heading whose "Dnr" label's number is on the next line
    for i, line in enumerate(lines):
        text = line.text
        if case_below is not None:
            found = CASE_ALONE.match(text) if text[:1].isalnum() else None
            if found and blocks[-1] is case_below:
                case_below.case_number, case_below = found.group("case"), None
                continue
            case_below = None
        if wrapped is not None:
            if line.blank_before or i in headings or ELECTION_SENTENCE.match(text):
                # "§ 1. Till mötesordförande valdes A" / "Till sekreterare valdes B": an election of its own
                wrapped = None
            else:  # "10. Beslöts att ... och att" / "kassören betalar fakturan.": the title is the whole sentence
                head = _FIRST_SENTENCE.split(text, 1)[0]
                wrapped.rest = join([wrapped.rest, head])
                wrapped = None if len(head) < len(text) or ends_sentence(head) else wrapped
        if i in headings:
            h = headings[i]
            block = Block([line], "heading", number=h.number, blank_before=line.blank_before, rest=h.title,
                          item_label=h.label, level=h.level, case_number=h.case_number or ahead)
            ahead = None
            blocks.append(block)
            untitled = block if not h.title else None
            case_below = block if h.case_below and block.case_number is None else None
            if h.title and h.text_at is None and _title_tail_below(lines, i):  # "§ 88 Bygglov … Hagmark" / "Svalan 3"
                block.lines.append(lines[i + 1])
                block.rest = join([block.rest, _tail_case(block, lines[i + 1].text)])
                tail = i + 1
            if h.text_at is not None:  # the item's text goes on after its title on the same line
                rest = line.text[h.text_at:]
                if rest == h.title and not ends_sentence(rest):
                    wrapped = block
                after = Block([replace(line, text=rest, start=line.start + h.text_at, blank_before=False)],
                              lead=h.text_at)
                decided = labels.OWN_DECISION_OPENS.match(rest) if "beslut" in rest else None
                if decided:  # the decision after its body's label ("Kommunfullmäktiges beslut Dagordningen ...")
                    after.kind, after.label, after.rest = "label", "decisions", rest[decided.end():]
                blocks.append(after)
            continue
        case = _case_line(text)  # "Dnr KS 2025/402", or "KS 2025/402" alone under the item's title
        if case:
            target = untitled or (blocks[-1] if blocks and blocks[-1].kind == "heading" else None) \
                or _heading_over_subtitle(blocks)
            if target is not None and target.case_number is None:
                target.case_number = case.group("case").strip().rstrip(".")
                continue
            if _case_before_label(i, headings):
                ahead = case.group("case").strip().rstrip(".")
                continue
        if untitled is not None:
            untitled.lines.append(line)
            wraps = _title_tail_below(lines, i)
            # (a title wrapped after a stop inside it, "Detaljplan för … i Norrvik." / "Inriktningsbeslut": the
            # line is all title, no title then a sentence)
            untitled.rest, decided = (line.text, None) if wraps and ends_sentence(line.text) \
                else _title_then_decision(line)
            if decided is not None:  # "Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkänns."
                blocks.append(decided)
            elif wraps:
                untitled.lines.append(lines[i + 1])
                untitled.rest = join([untitled.rest, _tail_case(untitled, lines[i + 1].text)])
                tail = i + 1
            elif untitled.rest == line.text and ends_sentence(line.text) and _decides(line.text):
                # the line under a bare "§ 6" is a sentence that decides ("Dagordningen godkändes."): the item's
                # title, and its text too, as a paragraph's first sentence is (see _paragraph_items)
                blocks.append(Block([replace(line, blank_before=False)]))
            untitled = None
            continue
        if i == tail:
            continue
        # A title wrapped before its case number: "§ 116 Uppdrag att ... i Norra" / "Lövsala" / "Dnr ...".
        if blocks and blocks[-1].kind == "heading" and len(blocks[-1].lines) == 1 and i + 1 < len(lines) \
                and CASE_NUMBER.match(lines[i + 1].text) and len(text.split()) <= WRAPPED_TITLE_WORDS \
                and not ends_sentence(text):
            blocks[-1].lines.append(line)
            blocks[-1].rest = join([blocks[-1].rest, text])
            continue
        section = labels.section_of(text)
        prev = blocks[-1] if blocks else None
        if text[:1].islower() and _bare_infinitive_decision(prev, text):
            blocks.append(Block([line], "label", label="decisions", rest=text, blank_before=line.blank_before))
            continue
        if text[:1].islower() and (formula := _formula_goes_on(prev, line)) is not None:
            # "Med 6 ja-röster ... beslutar nämnden" / "enligt Håkan Berglunds förslag.": the one line's formula
            prev.lines.append(line)
            prev.label, prev.rest = formula
            continue
        dashed = text[:1] in DASH_CHARS or text[1:2] in ".)" and LETTERED_POINT.match(text)  # DASH.match(text)
        if dashed and _amount_goes_on(prev, text):
            dashed = False  # "... resultat på" / "– 6 200 kr överförs i ny räkning.": a signed amount, no bullet
        if dashed and _heads_bullets_in_item(prev, line, blocks, headings):
            # "215. Rapporter" / "Verksamhetschefen" / "o Två nya ridlärare ..." / "Ekonomi" / "o ...": a report's
            # topics, each a short line over its bullets, are the numbered item's sub-items
            prev.kind, prev.rest, prev.level = "heading", prev.text, 1
        if (section and section[0] in HEADS_DECISION or dashed) and _heads_next(prev, line, blocks, headings):
            # "Medlemsavgift för 2026" / "Årsmötet beslöt att ...", "Ekonomi" / "• Sten redovisade ...": a short
            # line standing apart heads the decision or the bullets under it as it would a paragraph
            prev.kind, prev.rest = "heading", prev.text
        if section and text[:1].islower() and _label_word_wrapped(prev, line):
            section = None  # "... godkänner följande" / "propositionsordning: Ja-röst för avslag": the label's word mid-sentence
        if section:
            blocks.append(Block([line], "label", label=section[0], rest=section[1], blank_before=line.blank_before))
            continue
        if dashed:
            point = DASH.match(text)
            decided = labels.section_of(text[point.end():]) if point and text[point.end():][:1] in "Bb" else None
            if decided and decided[0] == "decisions" and decided[1]:
                # "• Beslut: medlemsavgiften behålls ...": a decision in a list of points (one point: the
                # item's section goes back to its report after it, see ItemParser.run)
                blocks.append(Block([line], "label", label="decisions", rest=decided[1], blank_before=line.blank_before))
                continue
            # (a list spaced as every paragraph is: the blank before its line parts nothing)
            apart = line.blank_before and not (spaced and prev is not None and prev.kind in ("text", "dash")) \
                and not (prev is not None and prev.kind == "text" and len(prev.lines) == 1
                         and _colon_list(prev, text[point.end():] if point else text))
            # (nor under a decision that ends in a colon, "Delegationen gav följande medskick till länsstyrelsen:":
            # its points set apart from it by the space a word processor leaves under a paragraph are its own)
            blocks.append(Block([line], "dash", blank_before=apart))
            continue
        # A short line right before "Sammanfattning:" is a heading, however the line before it ended.
        # (The line's own cheap tests before the label pattern on the next line.)
        heads_summary = i + 1 < len(lines) and not text[:1].islower() and not ends_sentence(text) \
            and labels.SUMMARY.match(lines[i + 1].text) is not None
        # Minutes without numbers: a short line without a final stop, standing apart, heads what follows.
        apart = not headings and prev is not None and len(prev.lines) == 1 and prev.kind == "text" \
            and (prev.lines[0].blank_before or _after_sentence(blocks)) and not text[:1].islower() \
            and (not line.blank_before and heading_like_line(prev.lines[0].text)
                 or blanks == "paragraphs" and prev.lines[0].blank_before and _colon_heading(prev.lines[0].text))
        if apart and (section is None or labels.DECIDES.match(text)):
            prev.kind, prev.rest = "heading", prev.text
        if prev is not None and not heads_summary and not apart and _continues(prev, line, width, blanks):
            after = _deciding_heading_wrapped(prev, line) if prev.kind == "heading" and text[:1].islower() else None
            prev.lines.append(line)
            if after is not None:  # "1. Genomgicks föregående mötes protokoll, justerades och" / "lades till ..."
                prev.rest = join([prev.rest, line.text])
                blocks.append(after)
                continue
            if prev.kind in ("label", "heading"):
                prev.rest = join([prev.rest, line.text])
                if prev.label == "decisions" and len(prev.lines) == FORMULA_WRAP_LINES:
                    prev.rest = _decision_label_rest(prev)
            elif prev.kind == "text" and (formula := _formula_wrapped_over(prev)) is not None:
                prev.kind, prev.label, prev.rest = "label", formula[0], formula[1]
            continue
        blocks.append(Block([line], "text", blank_before=line.blank_before))
    if not headings and blanks != "paragraphs":
        _colon_headings_between(blocks)
    if not headings:
        blocks = _bullet_items(blocks)
    return _paragraph_items(blocks)


MIN_BULLET_ITEMS = 4  # fewer points are a list inside notes that have their own headings, not the notes themselves


def _bullet_items(blocks: list[Block]) -> list[Block]:
    """Notes without numbers written as one bulleted list, each point a topic and what was said about it ("•
    Mötet öppnas", "• Vårens loppis. Nadia har bokat ... Otto gör affischer ...", "• Nästa möte: 11/2-2026 kl.
    18:30"): each point an item, its first sentence the title, the rest its text. A short line over the list
    ("Protokoll") titles the document, no item of it. Other blocks are returned as they are."""
    lead = 1 if blocks and blocks[0].kind == "text" and len(blocks[0].lines) == 1 \
        and heading_like_line(blocks[0].text) else 0
    points: list[Block] = []
    for block in blocks[lead:]:
        if points and points[-1].kind == "dash" and not block.blank_before and (block.kind == "text" or _wrapped_on(
                points[-1], block)):
            # "• Vårens loppis. Nadia har bokat ..." / "Otto gör affischer ...": a point wrapped at the bullet's margin
            points[-1] = replace(points[-1], lines=points[-1].lines + block.lines)
        else:
            points.append(block)
    if len(points) < MIN_BULLET_ITEMS or any(b.kind != "dash" or not DASH.match(b.lines[0].text) for b in points):
        return blocks
    out: list[Block] = []
    for block in points:
        first = block.lines[0]
        at = DASH.match(first.text).end()
        text = join([first.text[at:]] + [line.text for line in block.lines[1:]])
        title, *more = _FIRST_SENTENCE.split(text, 1) if not _stop_within(text.split(". ")[0]) else [text]
        title = title.strip().removesuffix(".") if more else title.strip()
        head = replace(first, text=first.text[at:], start=first.start + at)
        out.append(Block([head], "heading", rest=title, blank_before=block.blank_before))
        if more:
            cut = first.text.find(more[0][:20], at)
            rest = [replace(first, text=first.text[cut:], start=first.start + cut, blank_before=False)] \
                if 0 <= cut else []
            out.append(Block(rest + block.lines[1:], lead=cut) if rest else Block(block.lines[1:]))
    return out


def _wrapped_on(point: Block, block: Block) -> bool:
    """Whether ``block``, read as a label ("beslutade att lägga pengarna ..."), is the rest of ``point``'s sentence
    that a narrow column wrapped ("• Vi har fått 3 000 kr i bidrag. Vi" / "beslutade att ..."): the point's last line
    stops mid-sentence and the block goes on in lower case."""
    return block.kind == "label" and block.lines[0].text[:1].islower() and not ends_sentence(point.lines[-1].text)


def _colon_headings_between(blocks: list[Block]) -> None:
    """Notes without numbers whose paragraphs stand without blank lines between them (pdftotext -layout of a
    document spaced by paragraph style): "... början av mars." / "Arbete inför jakten:" / "Vi beslutade ...". A line
    alone that reads as a heading written with a colon, after a finished sentence and over a capitalised line or a
    list, heads what follows (the blank line that marks it where blanks part paragraphs is missing here)."""
    for k in range(1, len(blocks) - 1):
        block = blocks[k]
        if block.kind != "text" or len(block.lines) != 1 or not _colon_heading(block.lines[0].text):
            continue
        before, after = blocks[k - 1], blocks[k + 1]
        if before.kind in ("text", "dash", "label") and ends_sentence(before.lines[-1].text) \
                and (after.kind == "dash" or after.lines[0].text[:1].isupper()):
            block.kind, block.rest = "heading", block.text


def _formula_goes_on(prev: Block | None, line: Line) -> tuple[str, str] | None:
    """The section (a formula with its decision) that the one line of the decision's label ``prev`` and ``line``
    make, where a narrower column wrapped the formula's decision, not an att-clause, onto ``line``."""
    if prev is None or prev.kind != "label" or prev.label != "decisions" or prev.rest or line.blank_before \
            or len(prev.lines) != 1 or STARTS_ATT.match(line.text):
        return None
    section = labels.section_of(join([prev.lines[0].text, line.text]))
    return section if section is not None and section[0] == "formula" else None


def _deciding_heading_wrapped(heading: Block, line: Line) -> Block | None:
    """The item's text block where the heading line ``heading`` and its wrapped tail ``line`` are, read as one line,
    a numbered paragraph that decides ("1. Genomgicks föregående mötes protokoll, justerades och" / "lades till
    handlingarna."): its sentence is its title and its text, as heading_at reads the one line; else None."""
    if len(heading.lines) != 1 or heading.lead or heading.rest != heading.lines[0].text[-len(heading.rest):]:
        return None  # (a heading whose text already stands apart, or whose title is not the line's end)
    first = heading.lines[0]
    whole = heading_at(join([first.text, line.text]))
    if whole is None or whole.text_at is None or whole.text_at >= len(first.text) or whole.title != join([heading.rest, line.text]):
        return None
    start = replace(first, text=first.text[whole.text_at:], start=first.start + whole.text_at, blank_before=False)
    return Block([start, line], lead=whole.text_at)


def _decision_label_rest(block: Block) -> str:
    """The decision of the label ``block`` as its lines read as one ("Stämmans beslut: Stämman beslutade enligt
    styrelsens" / "förslag." gives "enligt styrelsens förslag.", as the one line does): a formula wrapped after the
    label is no part of the decision."""
    whole = labels.section_of(block.text)
    return whole[1] if whole is not None and whole[0] == "decisions" and whole[1] else block.rest


def _label_word_wrapped(prev: Block | None, line: Line) -> bool:
    """Whether ``line``, which starts in lower case with a label's word ("propositionsordning: Ja-röst för avslag"),
    is the wrapped rest of the open sentence of the paragraph ``prev`` (a label is written with a capital at the
    start of its line; in lower case it stands where a narrower column broke the sentence)."""
    return prev is not None and prev.kind == "text" and not line.blank_before and not ends_sentence(prev.lines[-1].text)


def _formula_wrapped_over(block: Block) -> tuple[str, str] | None:
    """The section the paragraph ``block`` is as the one line a narrower column wrapped: a decision's formula
    without its decision ("Efter votering med handuppräckning (12 röster för bifall, 9" / "röster för avslag)
    beslutar distriktsmötet"), a label whose att-clauses follow; or, on its second line, a formula or a proposal's
    formula with its decision after it ("Nämnden föreslår kommunfullmäktige" / "besluta att höja avgiften ...").
    None for running text."""
    last = block.lines[-1].text
    low = " ".join(line.text for line in block.lines[-FORMULA_WRAP_LINES:]).lower()
    if "besl" not in low and "bestäm" not in low:
        # (formula_of's own words: section_of finds no formula without them; the lines before had none. The line
        # before may hold them: "Efter diskussion beslutar styrelsen på kassörens" / "förslag")
        return None
    whole = labels.section_of(block.text)
    if whole is None:
        return None
    if whole == ("decisions", "") and last[-1:].isalpha():
        return whole
    return whole if len(block.lines) == FORMULA_WRAP_LINES and whole[0] in WRAPPED_FORMULA_SECTIONS and whole[1] else None


def _title_tail_below(lines: list[Line], i: int) -> bool:
    """The title under a paragraph's label wrapped in its larger type ("Bygglov för … på fastigheten Hagmark" /
    "Svalan 3"): a short line right under it, without a final stop, with the item's first section label
    ("Ärendebeskrivning", "Beslut") right under that, is the title's tail, not a heading of its own."""
    if i + 2 >= len(lines) or len(lines[i].text) < WRAPPED_TITLE_MIN_CHARS:
        return False
    tail, after = lines[i + 1], lines[i + 2]
    # (a case system's title and its case number set as one paragraph wrap the number onto the tail:
    # "Inriktningsbeslut Dnr SBN 2025-0311"; the "Dnr" may stand on a line of its own under the tail instead)
    beside = CASE_BESIDE.search(tail.text) if "dnr" in tail.text.lower() or "diarie" in tail.text.lower() else None
    text = tail.text[:beside.start()] if beside and beside.start() else tail.text
    return not tail.blank_before and not ends_sentence(text) \
        and (text[:1].isupper() or text[:1].isdigit() and dates.YEAR_START.match(text) is not None) \
        and len(text.split()) <= WRAPPED_TITLE_WORDS and len(text) < len(lines[i].text) \
        and labels.section_of(text) is None \
        and (labels.section_of(after.text) is not None or beside is None and CASE_NUMBER.match(after.text) is not None) \
        and CASE_NUMBER.match(text) is None and BARE_CASE.match(text) is None  # "Diarienummer: RN 2024/1288"


def _tail_case(block: Block, tail: str) -> str:
    """A title's wrapped tail without the case number the paragraph set beside it ("Inriktningsbeslut Dnr SBN
    2025-0311"): the number is the block's, where it has none yet."""
    beside = CASE_BESIDE.search(tail) if "dnr" in tail.lower() or "diarie" in tail.lower() else None
    if beside is None or not beside.start():
        return tail
    if block.case_number is None:
        block.case_number = beside.group("case").strip().rstrip(".")
    return tail[:beside.start()]


def case_before_label(text: str) -> bool:
    """ "Dnr KS 2025/288" alone: the case number a case system sets right of the first paragraph's label, given
    before it (see _case_before_label); it opens the items, not the header."""
    return text[:1] in _CASE_INITIALS and CASE_NUMBER.match(text) is not None


SUBTITLE_MAX_WORDS = 10  # "Svar på skrivelse från Olof Ebb m.fl. (C)": what kind of case, and from whom


def _heading_over_subtitle(blocks: list[Block]) -> Block | None:
    """The item's heading where one line of its own stands between it and a case number: "§ 105" / "Trafikplan för
    Ekvalla centrum" / "Remiss från trafiknämnden" / "Dnr ...", a city's subtitle saying what kind of case it is."""
    if len(blocks) < 2 or blocks[-2].kind != "heading" or blocks[-1].kind != "text" or len(blocks[-1].lines) != 1:
        return None
    text = blocks[-1].lines[0].text
    return blocks[-2] if not ends_sentence(text) and len(text.split()) <= SUBTITLE_MAX_WORDS else None


def _case_before_label(i: int, headings: dict[int, Heading]) -> bool:
    """ "Dnr SN 2025/77" alone on the line right before "§ 62": a case system sets the case number at the right of
    the paragraph's label row, and text extraction may give that cell first. It is the next paragraph's."""
    h = headings.get(i + 1)
    return h is not None and h.level == 0 and h.label is not None and h.case_number is None


def _title_then_decision(line: Line) -> tuple[str, Block | None]:
    """A title line that goes on with a body's decision label and the decision (see labels.OWN_DECISION_WITHIN):
    the title, and the decision as the label's block; else the whole line and None."""
    text = line.text
    within = labels.OWN_DECISION_WITHIN.search(text) if "beslut" in text else None
    if within is None or len(text[:within.start()].split()) > HEADING_MAX_WORDS:
        return _title_then_colon_text(line) or _title_then_sentence(line)
    at = within.start("label")
    return text[:within.start()], Block([replace(line, text=text[at:], start=line.start + at, blank_before=False)],
                                        "label", label="decisions", rest=text[within.end():], lead=at)


# Where a short title on a line of its own goes on with the item's text without a stop between ("Allmänhetens
# frågestund Inga frågor ställs."): the first capitalised word after a lower-case one that closes a title.
TITLE_THEN_SENTENCE = regexes.compile(r"^(?P<title>[A-ZÅÄÖ][^.!?:;]*?[a-zåäö])\s+(?=[A-ZÅÄÖ][a-zåäö]+\s)")


# "§154" / "Mötets öppnande: Marianne förklarar ..." / "Val av justeringsperson: Lennart Rundberg": the title line
# under a label alone on its line goes on after a colon with the item's text (a sentence, a name, "godkändes").
# A text that opens with a person's name (given name and surname): "Lennart Rundberg", "Marianne Holm förklarar ...".
NAME_LED = regexes.compile(rf"^[{conventions.NAME_CAPITALS}][a-zåäöéüáíóúøæ-]+\s+[{conventions.NAME_CAPITALS}][\wåäöé-]+(?=\s|$)")
TITLE_COLON_TEXT = regexes.compile(r"^(?P<title>[A-ZÅÄÖ][^.!?:;]*?[\wåäöÅÄÖ)])\s*:\s+(?=\S)")


def _title_then_colon_text(line: Line) -> tuple[str, Block] | None:
    """A title line under an item's label that goes on after a colon with the item's text (see TITLE_COLON_TEXT):
    the title, and the text as a text block; None where the colon ends no title. The text reads as one: it starts
    in lower case ("Dagordningen: godkändes"), ends a sentence, or opens with a person's name ("Val av justerare:
    Lennart Rundberg"); a one-word title before the colon needs a sentence or the lower case, not the rest of a
    title ("Motion: Fler laddstolpar", "Svar på medborgarförslag: Bättre bussförbindelser")."""
    text = line.text
    m = TITLE_COLON_TEXT.match(text) if ":" in text else None
    if m is None or len(m.group("title").split()) > HEADING_MAX_WORDS:
        return None
    rest = text[m.end():]
    if not (rest[:1].islower() or rest.rstrip()[-1:] in ".!?" or NAME_LED.match(rest)):
        return None  # "Svar på medborgarförslag: Bättre bussförbindelser i ...": the title goes on after its colon
    if len(m.group("title").split()) < 2 and not rest[:1].islower() and not _topic_text(rest):
        return None
    return m.group("title"), Block([replace(line, text=rest, start=line.start + m.end(), blank_before=False)],
                                   lead=m.end())


# A word of the past tense that ends no title ("... tillika rösträknare valdes" / "Sture Lind och ..."): a finite
# verb, so the line is one sentence.
PAST_TENSE_END = regexes.compile(r"[a-zåäö]{2}(?:ades|ade|des|tes|dde|tte)$")


def _name_goes_on(title: str, sentence: str) -> bool:
    """Whether a capitalised word after ``title`` goes on its last words rather than opening a sentence: the title
    ends in a given name ("Karin" / "Vide informerade ..."), or a person's name follows a role word the title
    heads or a verb of the past ("Föreningens ordförande" / "Lennart Öberg hälsade ...", "... rösträknare valdes"
    / "Sture Lind och ..."): the line under a bare "§ 4" is then the item's first sentence."""
    words = title.split()
    last = words[-1]
    if names.is_first_name(last):
        return True
    led = NAME_LED.match(sentence)
    # (a role after a preposition is the title's object: "Rapport från ordföranden" / "Anna Ek berättade ...")
    held = len(words) < 2 or words[-2].lower() not in OPEN_WORDS
    return led is not None and (PAST_TENSE_END.search(last) is not None or held and names.is_first_name(
        led.group().split()[0]) and (conventions.is_role(last) or conventions.role_base(last) is not None))


def _title_then_sentence(line: Line) -> tuple[str, Block | None]:
    """A title line under an item's label that goes on with one sentence of its text (see TITLE_THEN_SENTENCE):
    the title, and the sentence as a text block; else the whole line and None. The title does not end open
    ("Information från Region Exempel." is one title) nor inside a person's name or before the name its last
    word takes (``_name_goes_on``), and the sentence has words in lower case (it says something)."""
    text = line.text
    m = TITLE_THEN_SENTENCE.match(text) if text[-1:] in ".!?" else None
    if m is None or len(m.group("title").split()) > HEADING_MAX_WORDS or ends_open(m.group("title")) \
            or _name_goes_on(m.group("title"), text[m.end():]):
        return text, None
    sentence = text[m.end():]
    if not any(w[:1].islower() for w in sentence.split()[1:]) or not ends_sentence(sentence):
        return text, None
    return m.group("title"), Block([replace(line, text=sentence, start=line.start + m.end(), blank_before=False)],
                                   lead=m.end())


def _paragraph_items(blocks: list[Block]) -> list[Block]:
    """A numbered item written as a paragraph with no heading of its own ("1. Förklarade ordföranden mötet
    öppnat och hälsade de" / "närvarande välkomna. Anmält förhinder hade ..."; "3. Konstituerade sig styrelsen
    enligt följande:" / "vice ordförande Sune Ek"): its first sentence (or its first line, ending in a colon) is
    its title, and the whole paragraph its text, as a deciding paragraph's is (see heading_at)."""
    out: list[Block] = []
    taken = 0  # blocks after a heading already read into its decision (see _listed_after_title)
    for k, block in enumerate(blocks):
        if taken:
            taken -= 1
            continue
        out.append(block)
        if block.kind != "heading" or (block.number is None and block.item_label is None):
            continue
        points = _listed_after_title(block, blocks[k + 1:])
        if points:  # "6. Styrelse valdes enligt följande:" / "" / "Ordförande:  X, omval" / "" / "Kassör:  Y, nyval"
            first = block.lines[0]
            at = first.text.find(block.rest)
            head = replace(first, text=first.text[at:], start=first.start + at, blank_before=False)
            out.append(Block([head] + [line for b in points for line in b.lines], lead=at))
            taken = len(points)
            continue
        split = _paragraph_title(block)
        if split is None:
            continue
        title, spans, at = split
        if _text_apart(block, blocks[k + 1] if k + 1 < len(blocks) else None):
            # "3. Per kontaktar ... 15 april. Se" / "Bilaga.": the heading's text is its own block already
            # (its wrapped tail too), only its title is its first sentence
            block.rest = title
            continue
        first = block.lines[0]
        text = [replace(first, text=first.text[at:], start=first.start + at, blank_before=False)] + block.lines[1:]
        block.rest, block.lines = title, block.lines[:spans]
        out.append(Block(text, lead=at))
    return out


def _listed_after_title(heading: Block, after: list[Block]) -> list[Block]:
    """The points of the list a numbered one-line title opens as a decision ending in a colon ("6. Styrelse valdes
    enligt följande:"), each standing apart under it ("Ordförande:  Berit Ståhl, omval"): short lines without a
    final stop, up to the next heading or sentence; [] where the title opens no such list."""
    title = heading.rest.rstrip()
    if len(heading.lines) != 1 or not title.endswith(":") or not decisions.running_decision(title):
        return []
    return list(itertools.takewhile(lambda b: b.kind == "text" and len(b.lines) == 1
                                    and b.lines[0].text.rstrip()[-1:] not in ".!?"
                                    and len(b.lines[0].text.split()) <= COLON_LIST_WORDS, after))


def _text_apart(heading: Block, after: Block | None) -> bool:
    """Whether ``after`` is the item text that ``heading``'s own line went on with after its title (see
    to_blocks: a block that starts within the heading's first line)."""
    first = heading.lines[0]
    return after is not None and after.lead > 0 and after.lines[0].page == first.page \
        and first.start < after.lines[0].start < first.start + len(first.text) + 1


def _stop_within(text: str) -> bool:
    """Whether the full stop that ends ``text`` belongs to an abbreviation or an initial ("s.k.", "A. Berg"),
    not to a sentence."""
    return ends_open(text) or len(text.rsplit(None, 1)[-1].rstrip(".")) <= 1


# A sentence that goes on after an item's short title on the title's own line ("§ 3 Budget 2026 Styrelsen går
# igenom förslaget.", "5 Medlemsrapport Inget nytt att rapportera.", "2 Föregående protokoll Protokollet
# godkändes."): it opens with a word no title ends in, a pronoun or a common noun in its definite form
# ("Styrelsen", "Protokollet", "Kassören"), and goes on in lower case.
RUN_ON_OPENERS = frozenset("inget inga ingen alla samtliga det detta vi man här".split())
RUN_ON_TITLE_WORDS = 5  # a title that text runs on after is short
_RUN_ON = regexes.compile(r"(?<=\s)(?P<word>[A-ZÅÄÖ][a-zåäö]+)\s+(?=[a-zåäö])")
_DEFINITE = regexes.compile(r"(?:en|et|na)$")
_INNER_STOP = regexes.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")


def _run_on_at(title: str) -> int | None:
    """Where the item's text starts in a numbered heading's ``title`` that runs on with a sentence of that text
    (see RUN_ON_OPENERS); None otherwise."""
    if not ends_sentence(title, frozenset(".!?")):
        # (the sentence ends within the line and the next one wraps onto the line under it: "§ 3 Budget 2026 Styrelsen
        # går igenom förslaget. Kjell" / "Ohlin skickar förslaget ...", a scan's or a narrow page's line)
        inner = _INNER_STOP.search(title)
        if inner is None:
            return None
        title = title[:inner.start() + 1]
    for m in _RUN_ON.finditer(title):
        head = title[:m.start()].rstrip()
        word = m.group("word")
        if len(head.split()) > RUN_ON_TITLE_WORDS or head[-1:] in ".!?:;,":
            return None
        if ends_open(head) or names.is_first_name(head.rsplit(None, 1)[-1]):
            continue  # ("Uppdrogs åt Anders" / "Dahlgren att ...": a surname after its given name, no sentence's start)
        if word.lower() in RUN_ON_OPENERS or (_DEFINITE.search(word) and not names.is_first_name(word)):
            return m.start()
    return None


def _paragraph_title(block: Block) -> tuple[str, int, int] | None:
    """For a numbered heading block that reads as a paragraph: its title, the number of lines the title spans,
    and where the title starts on the first line; None for a heading (a title wrapped over two lines included)."""
    first = block.lines[0].text
    h = heading_at(first)
    if h is None or not h.title or (at := first.find(h.title)) < 0:
        return None
    sentences = _FIRST_SENTENCE.split(block.rest, 1)
    long_first = len(h.title.split()) > HEADING_MAX_WORDS
    if len(sentences) == 2 and not _stop_within(sentences[0]):  # a sentence ends inside it, and more text follows
        title = sentences[0]
    elif len(block.lines) > 1 and h.title.endswith(":") and (long_first or decisions.running_decision(h.title)):
        title = h.title  # "Konstituerade sig styrelsen enligt följande:" / the list it opens
    elif len(block.lines) > 1 and block.rest[-1:] in ".!?" and _decides(block.rest):
        title = block.rest  # one sentence over several lines that decides ("2. Valdes X att leda ... / ... protokollet.")
        apart = next((k for k, line in enumerate(block.lines) if k and line.blank_before), None)
        if apart is not None:  # "... resultat på" / "" / "– 6 200 kr överförs ...": the title stops at the blank line
            title = join([h.title] + [line.text for line in block.lines[1:apart]])
    else:
        return None
    spans, seen = 1, len(h.title)
    while spans < len(block.lines) and seen < len(title):
        seen += 1 + len(block.lines[spans].text.strip())
        spans += 1
    return title, spans, at


# A point of the list after a decision ending in a colon ("Styrelsen konstituerade sig enligt följande:" /
# "Kassör: Anna Ek"): a short line without a final stop.
COLON_LIST_WORDS = 10


# What ends a line of a sentence that goes on with its next att-clause: a comma, or a comma and a conjunction.
ATT_SENTENCE_OPEN = regexes.compile(r"(?:,|,?\s+(?:samt|och))$", re.IGNORECASE)


def _att_sentence_goes_on(prev: Block, last: str) -> bool:
    """Whether the paragraph ``prev`` is one sentence of att-clauses that goes on on the next line: its formula and
    first clause share its first line ("Styrelsen beslutade att godkänna köpet ...," / "att uppdra åt VD ..., samt"
    / "att ..."), the clauses joined by commas. A formula alone on its line opens a list of att-lines instead, each a
    decision of its own (spec "Minutes of other bodies": "Styrelsen beslutade att anta budgeten")."""
    first = prev.lines[0].text.strip()
    decided = labels.formula_of(first) if "att" in first else None
    return bool(decided) and decided[:4].lower() == "att " and not STARTS_ATT.match(first) \
        and bool(ATT_SENTENCE_OPEN.search(last.rstrip()))


def _colon_list(prev: Block, text: str) -> bool:
    """Whether ``text`` is a point of the list that ``prev``, a decision ending in a colon, opens: the lines
    that follow such a formula belong to its decision (spec "Where a reading is open")."""
    first = prev.lines[0].text.rstrip()
    if not first.endswith(":") or text.rstrip()[-1:] in ".!?" or len(text.split()) > COLON_LIST_WORDS:
        return False
    return all(line.text.rstrip()[-1:] not in ".!?" for line in prev.lines[1:]) and \
        decisions.running_decision(first)


# Sections whose line a short line standing apart heads (see _heads_next); "Att göra" heads the tasks of an
# action table ("Åtgärd: ..." lines, see tables.unfold_actions).
HEADS_DECISION = frozenset({"decisions", "formula", "action"})


def _bare_infinitive_decision(prev: Block | None, text: str) -> bool:
    """Whether ``text``, a line in lower case, is a decision written as its infinitive alone (see
    conventions.BARE_INFINITIVE_DECISION) that starts a paragraph: right under a heading whose title is complete,
    or after a finished sentence (not a list's colon, not a sentence wrapped before it)."""
    if prev is None or not conventions.BARE_INFINITIVE_DECISION.match(text):
        return False
    last = prev.lines[-1].text.rstrip()
    if prev.kind == "heading":
        return bool(prev.rest) and not ends_open(prev.rest) and not ends_sentence(prev.rest)
    return prev.kind == "text" and last[-1:] in ".!?" and not ends_open(last)


def _amount_goes_on(prev: Block | None, text: str) -> bool:
    """Whether the dash-led line ``text`` ("– 6 200 kr överförs i ny räkning.") is an amount with its sign that
    goes on with the sentence of the paragraph ``prev``, which stopped at an open word ("... resultat på"): a
    number right after the dash, no bullet of a list."""
    return prev is not None and prev.kind in ("text", "label", "heading") and bool(BULLETED_NUMBER.match(text)) \
        and ends_open(prev.lines[-1].text)


def _heads_next(prev: Block | None, line: Line, blocks: list[Block], headings: dict) -> bool:
    """Whether ``prev``, a short line standing apart in minutes without numbers, heads ``line`` (the spec's
    "Minutes without numbers": a short line without a final full stop, standing apart, followed by text)."""
    bulleted = line.text[:1] in DASH_CHARS
    # A topic after the bullets of the topic before may stand a blank line apart from its own: a word processor's
    # paragraph space after the topic line, which PDF text gives as a blank line ("Höstfesten" / "" / "– Festen
    # blir ..."), or a topic written with a colon ("Att göra till nästa gång:"). (A bare line over the one list of
    # the notes, "Protokoll", titles them: see _bullet_items.)
    # (The topic before may end in a decision, a point of its list or a line of its own: "• Beslut: avgiften höjs
    # till 600 kr." / "Hallen" / "" / "— Golvet byts ...", as OCR of a scan spaces its lines.)
    apart = bulleted and prev is not None and (len(blocks) >= 2 and _ends_topic(blocks[-2])
                                               or _colon_topic(prev.lines[0].text))
    return not headings and prev is not None and prev.kind == "text" and len(prev.lines) == 1 \
        and (prev.lines[0].blank_before or _after_sentence(blocks)) and (not line.blank_before or apart) \
        and (heading_like_line(prev.lines[0].text) or bulleted and _colon_topic(prev.lines[0].text))


def _ends_topic(block: Block) -> bool:
    """Whether ``block`` may end a topic's text in notes without numbers: a bullet, or a decision (a point of the
    list or a line of its own) that ends its sentence."""
    return block.kind == "dash" or block.kind == "label" and block.label == "decisions" \
        and ends_sentence(block.lines[-1].text)


def _colon_topic(text: str) -> bool:
    """ "Att göra till nästa gång:" over its bullets: a heading written with a colon, no verb in it after its first
    word ("Styrelsen beslutade följande:" is a formula over its points, see _in_colon_list)."""
    return _colon_heading(text) and not any(_TOPIC_VERB_FORM.search(w) for w in text[:-1].split()[1:])


# A topic over bullets inside a numbered item is a name, a word or three ("Verksamhetschefen", "Ekonomi",
# "Tävlingskommittén"); a verb after the first word makes it a sentence cut short ("Kassören rapporterar").
REPORT_TOPIC_MAX_WORDS = 3
_TOPIC_VERB_FORM = regexes.compile(r"(?:ade|ades|des|tes|ats|ts|er|ar|ir)$")


def _heads_bullets_in_item(prev: Block | None, line: Line, blocks: list[Block], headings: dict) -> bool:
    """Whether ``prev``, a short line between a numbered item's heading (or the bullets of the topic before it) and
    the bullet ``line`` right under it, names a topic of the item's report: a sub-item of it."""
    if not headings or prev is None or prev.kind != "text" or len(prev.lines) != 1 or line.blank_before \
            or len(blocks) < 2 or not (blocks[-2].kind == "dash" or blocks[-2].kind == "heading" and blocks[-2].level == 0
                                       and blocks[-2].number is not None):
        return False
    words = prev.lines[0].text.split()
    # (a capital first: "21 maj" between "- 19 mars" and "- 20 augusti" is a list point that lost its dash)
    return prev.lines[0].text[:1].isupper() and len(words) <= REPORT_TOPIC_MAX_WORDS \
        and heading_like_line(prev.lines[0].text) \
        and not prev.lines[0].text.endswith(":") and not any(_TOPIC_VERB_FORM.search(w) for w in words[1:])


def _after_sentence(blocks: list[Block]) -> bool:
    """Whether the last block stands right after a finished sentence: extractions that drop the blank
    line around a heading ("... till handlingarna." / "Lokaler för föreningslivet" / "Flera ...") leave
    the full stop before it and the capital after it as its only marks."""
    if len(blocks) < 2:
        return False
    before = blocks[-2]
    # (a labelled line is complete without its full stop: "Ansvarig: Camilla Engdahl" / "Lokaler" / "Flera ...")
    # (a decision sentence read as its label's line ends as any sentence does: "Styrelsen beslutade att ... skogar."
    # / "Kartor" / "Nya kartor ...")
    # (a bullet is a whole point, stop or none: "- Boka tid med firman (Omar)" / "Att göra till nästa gång:" / "- ...")
    return before.kind == "text" and ends_sentence(before.lines[-1].text) or before.kind == "dash" or \
        before.kind == "label" and (before.label in LINE_LABELS and len(before.lines) == 1
                                    or bool(before.rest) and ends_sentence(before.lines[-1].text))


def _mid_sentence(prev: Block, last: str) -> bool:
    """Whether the paragraph ``prev`` stops inside a sentence: its last line ``last`` is itself a continuation (it
    starts in lower case, or is the text after an item's title on its line; not an att-clause, which may end
    without a stop) and ends without one. Where
    blank lines do not part paragraphs, a hard break inside a sentence (copied text, pdftotext -raw) is told by
    that alone, whatever the line's length."""
    return prev.kind == "text" and (len(prev.lines) > 1 and last[:1].islower() or prev.lead > 0) \
        and not STARTS_ATT.match(last) and last.rstrip()[-1:].isalpha()


def _colon_heading(text: str) -> bool:
    """ "Arbete och förberedelser inför jakt:" alone: a heading written with a colon, in minutes whose every
    paragraph stands apart (a web page saved as text), over its paragraph."""
    return text.endswith(":") and ":" not in text[:-1] and heading_like_line(text[:-1].rstrip())


def heading_like_line(text: str) -> bool:
    return bool(_HEADING_START.match(text)) and not ends_sentence(text) and \
        len(text.split()) <= HEADING_MAX_WORDS and not ends_open(text)


SHORT_LINE = 0.75  # share of the wrap width: a line ending a sentence before it is no wrapped line
# Labels whose text stands on their own line ("Beslut: ...", "Reservation: ...", "Ansvarig: ...", "Åtgärd: ...",
# "Protokollsanteckning: ..."): a capitalised line after one that is no wrap starts a paragraph of its own.
WRAPPED_FORMULA_SECTIONS = frozenset({"formula", "proposes"})  # a formula wrapped with its decision after it
FORMULA_WRAP_LINES = 2  # the lines of a decision's label read again as one: a formula after the label wraps once
# A side of a vote named at the end of a line, its count on the next ("Ja-röster:" / "3, Nej-röster: 1").
VOTE_SIDE_ENDS_LINE = regexes.compile(r"\b(?:ja|nej|avstår|avstod|avstående|blanka)(?:-?röster|-?röst)?\s*:$", re.IGNORECASE)
LINE_LABELS = frozenset({"decisions", "reservations", "responsible", "due", "action", "note"})
# Labels whose line names people or papers ("Föredragande:", "Bilagor:"): a list that may wrap onto the next line,
# but a sentence under it is the item's text.
NAMING_LABELS = frozenset({"presenters", "documents"})
REPORT_SENTENCE_MIN_WORDS = 3  # "Camilla presenterade utredningen." is the shortest report sentence
_NAME_JOINERS = frozenset({"och", "samt", "von", "af", "de", "van"})


def report_sentence(text: str) -> bool:
    """Whether the line ``text`` is running text rather than a list of names or papers going on: its first
    sentence ends within the line, runs to REPORT_SENTENCE_MIN_WORDS words, holds no comma-parted list and has a
    word in lower case ("Per Olof Berg." has none)."""
    first = _FIRST_SENTENCE.split(text, 1)
    words = first[0].split()
    return (len(first) > 1 or ends_sentence(text)) and "," not in first[0] \
        and len(words) >= REPORT_SENTENCE_MIN_WORDS and any(w[:1].islower() and w not in _NAME_JOINERS for w in words)

def _body_under_short_heading(last: str, text: str, width: float) -> bool:
    """Whether ``text``, under a heading line ``last`` well short of the wrap width, is running text rather than the
    heading's wrapped tail: it starts with a capital, and a sentence ends inside it or it is longer than the heading
    line (a narrow column wraps running text before its first full stop; a wrapped heading's first line is its
    longest, its tail the rest that did not fit)."""
    return len(last) < SHORT_LINE * width and text[:1].isupper() and (
        bool(_FIRST_SENTENCE_END.search(text)) or len(text) > len(last))


def _continues(prev: Block, line: Line, width: float, blanks: str) -> bool:
    """Whether ``line`` continues the paragraph ``prev``; ``blanks`` says what blank lines mean here:
    "paragraphs" (every paragraph break is blank), "breaks" (a blank is a break, not every break is
    blank) or "noise" (blanks fall inside sentences, as some PDF extractions have them)."""
    last = prev.lines[-1].text
    text = line.text
    if prev.kind == "label" and not prev.rest:
        return False  # "Mötet beslutar" alone: what follows is its first decision
    if prev.kind == "label" and prev.label == "proposal" and ends_sentence(last) and text[:1].isupper() \
            and decisions.running_decision(_FIRST_SENTENCE.split(text, 1)[0]):
        # "Valberedningens förslag: A, omval 2 år." / "Stämman valde enhälligt enligt valberedningens förslag.": the
        # proposal on its label's line, then what the meeting did with it, a line of its own
        return False
    if prev.kind == "text" and prev.lines[0].text.endswith(ELECTION_LEADS) and election_lead(prev.lines[0].text) \
            and ELECTED_LINE.match(text):
        return True  # "Mötet valde" / "Saga Berg till mötesordförande.": the points of the election list
    broken = blanks != "noise" and line.blank_before
    if text[:1] == "(" and not broken and prev.kind == "text" and decisions.RESPONSIBLE_OPENS.match(text):
        return True  # "Påminnelse skickas … senast den 1 mars." / "(Ansvar: Per)": the task's tail, wrapped
    # (a heading's item text on the heading's line is measured as the whole line: it wraps at the same width)
    long_prev = len(last) + (prev.lead if len(prev.lines) == 1 else 0) >= 0.75 * width and not ends_sentence(last)
    if text[:1] in "12" and not broken and dates.YEAR_START.match(text) and dates.OPEN_DATE_END.search(last):
        return True  # "... senast den 31 december" / "2025 riva ...": a date wrapped before its year
    if prev.kind == "text" and not broken and _colon_list(prev, text):
        return True
    if text[:1].isdigit() and NUMBERED_CLAUSE.match(text):
        return False
    if text[:1].isdigit() and last[-1:] == ":" and not broken and VOTE_SIDE_ENDS_LINE.search(last):
        return True  # "... hajk. Ja-röster:" / "3, Nej-röster: 1, Avstår: 0": a count wrapped off its side's word
    starts_att = text[:1] in "aA" and STARTS_ATT.match(text) is not None  # read twice below
    if starts_att and not broken and (prev.kind == "text" or prev.kind == "label" and prev.label == "formula") \
            and _att_sentence_goes_on(prev, last):
        return True
    if starts_att and last.rstrip().lower().endswith(ATT_LIST_JOINERS):
        return False
    if starts_att and prev.kind == "text" and STARTS_ATT.match(prev.lines[0].text) and last[-1:].isalnum() \
            and text.rstrip()[-1:] in ",;":
        # "att anta riktlinjer ... enligt bilaga 2" / "att gälla från den 1 juli 2025," / "att uppdra ...": in a
        # list whose clauses end in a comma, a clause line without one wrapped before an "att" of its own
        return True
    if starts_att and (last.rsplit(None, 1)[-1].lower() in ATT_CONTENT_NOUNS
                       or _opener_ends_line(join([line.text for line in prev.lines[-2:]]), text)):
        return True
    if starts_att and prev.kind != "heading" and (last[-1:].isalpha() or last[-1:] == ")") and ADJUSTING_ATT.match(text):
        return True
    if ends_open(last):
        # "4:2 Torrsättning med mast på" / "I juni beslöt styrelsen ... på. Villkoren ...": a short heading that ends
        # in a particle, over a capitalised line of running text (a sentence ends inside it), is whole
        return not (prev.kind == "heading" and _body_under_short_heading(last, text, width))
    if starts_att:
        return False  # a new "att" paragraph: a wrap seldom falls right before "att", decisions often end unpunctuated
    if GARBLED_NUMBER.match(text):
        return False
    if last.endswith(",") and not broken and prev.kind != "heading":
        return True  # "... 18 februari, 22 april," / "10 juni och 9 december": a list of the sentence goes on
    if prev.kind == "label" and prev.label in LINE_LABELS and text[:1].isupper() and not long_prev:
        return False  # "Reservation: Sara Ek" / "Ulrika kontaktar ...": a labelled line is complete on its own
    if prev.kind == "label" and prev.label in NAMING_LABELS and prev.rest and text[:1].isupper() \
            and not long_prev and not ends_sentence(last) and report_sentence(text):
        return False  # "Föredragande: Jenny Ask" / "Jenny redogjorde för ...": the report starts under its presenter
    if prev.kind == "heading":
        # A wrapped heading goes on in lower case, or with a short capitalised tail ("... inom Familjen /
        # Helsingborg") when the heading line ran to the full width.
        # (a heading that ends in a colon has ended: "2 Val av mötesfunktionärer:" / "Ordförande Jarl Forsman")
        short_tail = len(text.split()) <= 3 and not ends_sentence(text) and len(last) >= 0.75 * width \
            and last[-1:] != ":"
        return text[:1].islower() or (short_tail and not broken)
    if text[:1].islower() and not GARBLED_NUMBER.match(text):
        return True  # no Swedish paragraph starts in lower case, whatever blank lines OCR put before it
    if broken or GIVES_TASK.match(text):
        return False
    if ":" in text[:60] and decisions.COLON_ASSIGNEE.match(text) and not long_prev:
        return False  # "Anders Brink: Boka bowlinghallen. Förfallodatum: <ISO>": a to-do line starts a task of its own
    if text[:4] == "Till" and ELECTION_SENTENCE.match(text) and ELECTION_SENTENCE.match(last.strip()):
        return False  # "Till mötesordförande valdes A" / "Till sekreterare valdes B": elections a line, no full stops
    if prev.kind == "dash":
        return long_prev
    if _mid_sentence(prev, last) and blanks != "paragraphs":
        return True  # "... valdes enhälligt" / "av mötet Birger" / "Lindqvist. Till ...": the sentence goes on
    if last[-1] in ".!?" and not ends_sentence(text):
        return False  # a one-line "sentence" without a full stop after a full stop is a heading
    if last[-1] in ".!?" and (":" in text[:60] and TOPIC_LINE.match(text) or labels.dot_topic(text)):
        return False  # "Medlemsmöte: Tommy bokar ...", "Hemsidan. Agneta ..." after a full stop name a topic of its own
    if blanks == "paragraphs" and prev.kind == "text" and last[-1] in ".!?" and len(last) < SHORT_LINE * width:
        # "Interpellationen får ställas." / "Interpellationen anses besvarad.": a sentence that ends well short
        # of the wrap width ends its paragraph, blank line or not (two decisions, not one)
        return False
    return blanks == "paragraphs" or long_prev
