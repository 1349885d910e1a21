"""A label column read before its value column, paired again.

Tesseract's plain text of a page laid out in two columns reads the narrow left column first: the header
labels ("Datum:", "Tid:", "Plats och tid", "Beslutande") and item numbers ("Punkt 1", "§ 12", "1.1") one
under the other, then the values and item titles in the same order. Nothing in the text says which
value was beside which label any more but that order, so the labels are given their values again in
order, each value taken the way its label's values look:

- a one-line label (a date, a time, a place, the adjuster) takes the next line, and the lines that go on
  with it ("tisdagen den 12 mars" / "2024" / "kl. 08.30-11.45");
- a list label (who attended) takes the people up to what the labels after it need (an adjuster is a
  person too), or everything up to the first item where item numbers follow;
- an item number takes the next paragraph that starts with a title, with what follows it.

The labels of a signature block, a posting notice ("Underskrifter", "ANSLAG/BEVIS") end the run: what
stands beside them is read as it is. A page without a run of ``min_labels`` labels is left alone.
"""
from __future__ import annotations

import functools
import re
from itertools import islice

from protokoll import regexes
from protokoll.tableheads import NUMBER_TITLES
from protokoll.folding import fold
from protokoll.clean.furniture import FOOT_LINE, PAGE_NUMBER
from protokoll.vocab import conventions, labels, lists
from protokoll.vocab.names import is_first_name
from dataclasses import dataclass


@dataclass(frozen=True)
class ColumnSettings:
    min_labels: int = 3  # a shorter run of labels is no label column ...
    min_colon_labels: int = 2  # ... but for one of labels that end in a colon ("Plats och tid:" / "Beslutande:") at
    # the page's head (``header_lines``), where a front page's label column stands, one of them a list's
    max_label_chars: int = 40  # a longer line is no label
    max_title_words: int = 12  # an item's title is no longer
    max_person_chars: int = 90  # a longer line is text, not an entry of a list of people
    header_lines: int = 8  # the page's running header is among its first lines
    max_lost_numbers: int = 2  # item numbers in a row that OCR may have lost from a label column
    max_garbled_chars: int = 3  # a shorter line between two item numbers is one OCR garbled ("TA" for "1.1")


COLUMNS = ColumnSettings()

# Labels of one value, with or without colon; and labels of a list of people.
ONE_LINE = ("datum", "tid", "plats", "datum och tid", "lokal", "plats och tid", "tid och plats", "sammanträdesdatum", "mötesdatum",
            "justerare", "justerande", "utses att justera", "justeras", "justeringens plats och tid", "justering",
            "ordförande", "mötesordförande", "sekreterare", "protokollförare", "mötessekreterare", "paragrafer",
            "närvarande ledamöter", "ajournering", "justeringens tid och plats", "sammanträdets tid och plats")
LISTS = ("beslutande", "beslutande ledamöter", "närvarande", "ersättare", "tjänstgörande ersättare",
         "ej tjänstgörande ersättare", "närvarande ej tjänstgörande ersättare", "övriga närvarande", "övriga deltagare", "övriga deltagande",
         "övriga", "tjänstepersoner", "tjänstemän", "anmält förhinder", "förhinder", "frånvarande", "röstlängd",
         "adjungerade", "ledamöter", "närvarande ledamöter")
# Labels that head what is read as it stands: a signature block, a posting notice, a table of contents,
# a presence table.
STOPS = ("underskrifter", "underskrift", "anslag/bevis", "bevis", "ärendelista", "innehållsförteckning", "organ",
         "datum då anslaget sätts upp", "datum då anslaget tas ned", "datum för anslags uppsättande",
         "datum för anslags nedtagande", "förvaringsplats för protokollet", "bevis om anslag", "anslaget sätts upp",
         "anslaget tas ned", "förvaringsplats", "protokollet förvaras",
         "närvarolista", "deltagarlista")  # (a table's heading: the table stands under it)
# OCR reads "§" as "$" or "&" as often as not ("$25", "& 27"): such a label is given its "§" back.
# The first words of the labels: only a line that starts with one may be a label wrapped over two lines.
# (Each label is known folded too: the column is paired before the Swedish repair, and OCR without a Swedish model
# prints "Ovriga narvarande" for "Övriga närvarande".)
_KIND_OF_FOLDED = {fold(label, ocr=False): kind for kind, group in (("one", ONE_LINE), ("list", LISTS), ("stop", STOPS))
                   for label in group}
_FIRST_WORDS = frozenset(word for label in ONE_LINE + LISTS + STOPS
                         for word in (label.split(" ", 1)[0], fold(label.split(" ", 1)[0], ocr=False)))
# "§" as OCR reads it in a label column: "$", "&", "£&", and "8" after a body's prefix ("SBN 845", "KFN 8 30").
ITEM = regexes.compile(r"^(?:(?:Punkt|Ärende)\s+\d{1,3}|(?:[A-ZÅÄÖ]{2,6}\s*)?[§$&£]{1,2}\s*\d{1,3}|"
                       r"[A-ZÅÄÖ]{2,6}\s+8\s?\d{1,3}|\d{1,2}(?:[.:,]\d{1,2})*[.:]|\d{1,2}(?:[.:,]\d{1,2})+)$")
# ... and a dotted number's "." read as ":" or "," ("1:", "1,3", "2:2"): written with its "." again.
_MISREAD_DOT = regexes.compile(r"(?<=\d)[:,](?=\d|$)")
HEADING_START = regexes.compile(r"^(?:(?:[A-ZÅÄÖ]{2,6}\s*)?§\s*\d|\d{1,2}[.)]\s+[A-ZÅÄÖ]|Punkt\s+\d)")
SIGNATURE_LINE = regexes.compile(r"^[\s.…_-]*$")
_MISREAD_SECTION = regexes.compile(r"(?:[$&£]{1,2}|(?<=[A-ZÅÄÖ]\s)8)\s*(?=\d)")
SECTION_HEADING_MAX_WORDS = 3
WRAPPED_MIN_WORDS = 10  # a line this long over one that starts with a digit is a wrapped sentence, no title
NAME_MAX_WORDS = 4  # a signed name ("Anna-Karin Sjödin", "Lars-Göran af Wik")
# Running text has this many lower-case words in its first line; a name, a list of names or a signature
# line under a role's word has fewer.
PROSE_MIN_LOWER_WORDS = 4  # a section heading under the first item's title ("Beslut", "Förslag till beslut")
# A wrapped label's second line: "Justeringens plats och" / "tid".
LABEL_TAIL_LETTERS = 14  # a wrapped label's last word ("ledamöter") is short
# ... and its last two words at most ("Närvarande ej" / "tjänstgörande ersättare:")
_LABEL_TAIL = regexes.compile(rf"^[a-zåäö]{{2,{LABEL_TAIL_LETTERS}}}(?: [a-zåäö]{{2,{LABEL_TAIL_LETTERS}}})?:?$")
_CONTINUES = regexes.compile(r"^(?:[a-zåäö0-9]|kl\b)")
TIME = regexes.compile(r"\d{1,2}[.:]\d{2}")
# a year, a time or a lower-case word goes on past a blank ("onsdagen den 18" / "" / "september 2024": OCR
# leaves blank lines inside a wrapped value)
ACROSS_BLANK = regexes.compile(r"^(?:kl\b|klockan\b|\d{4}\b|\d{1,2}[.:]\d{2}|[a-zåäö]{3,}\s+\d)")
_PERSON = regexes.compile(r"^(?:[A-ZÅÄÖ][\w.-]*\s+){0,1}[A-ZÅÄÖ][\w-]+(?:\s+(?:von|af|de|van|der)\b)?\s+[A-ZÅÄÖ][\w-]+")


def label_kind(text: str) -> str | None:
    """"one", "list" or "stop" for a label of the label column ("Plats och tid", "Beslutande", "Underskrifter");
    None for any other text."""
    t = " ".join(text.lower().split()).rstrip(":").strip()
    if t in STOPS:
        return "stop"
    if t in LISTS:
        return "list"
    if t in ONE_LINE:
        return "one"
    return _KIND_OF_FOLDED.get(t) if t.isascii() else None  # "ovriga narvarande": a label that lost its ö and ä


# A label glossed in another language before a slash, as bilingual minutes write it (Sametinget's
# "Báiki ja áigi/Plats och tid", "Mearrideaddjit/Beslutande", "čálli/sekreterare"; a Finnish administrative area's
# "Paikka ja aika / Plats och tid"): the gloss, then the Swedish label up to its value's column gap or the line's
# end. The gloss is one to five words and no Swedish label itself ("Ordförande/sekreterare" is one office).
_GLOSSED_LABEL = regexes.compile(r"^(?P<indent>\s*)(?P<gloss>[^\W\d_][^\s/]*(?: [^\s/]+){0,4}) ?/ ?"
                                 r"(?P<label>[^\W\d_][^\s/]*(?: [^\s/]+){0,5}?)(?P<rest>:?(?:\s{2,}.*)?)$")
# Labels that the front page's gloss may stand before, besides its one-line, list and stop labels.
GLOSSED_ALSO = frozenset({"övriga deltagande", "utses att justera", "justerarnas sign", "justerandes sign",
                          "paragraf", "underskrifter", "datum för anslags uppsättande", "ordförande", "justerare"})


def _person_before_slash(gloss: str) -> bool:
    """Whether what stands before the slash is a person's name ("Anna Ek" in "Anna Ek/ordförande"): a given name and
    a capitalised surname or two, no gloss of a label."""
    words = gloss.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and is_first_name(words[0])


def drop_label_glosses(page: str) -> str:
    """``page`` with each bilingual label's gloss before the slash taken out, the Swedish label kept where the
    line had it and the value's column where it stood: "Báiki ja áigi/Plats och tid      Kansliet" reads
    "Plats och tid                    Kansliet"."""
    if "/" not in page:
        return page
    lines = page.split("\n")
    for k, line in enumerate(lines):
        if "/" not in line:
            continue
        m = _GLOSSED_LABEL.match(line)
        if not m or not _glossed(m.group("label")) or label_kind(m.group("gloss")) or \
                m.group("gloss").lower() in GLOSSED_ALSO or label_kind(m.group("gloss") + "/" + m.group("label")) \
                or _person_before_slash(m.group("gloss")):
            # ("ANSLAG/BEVIS" is one label; "Anna Ek/ordförande" a roll's person and role)
            continue
        gloss_width = m.end("gloss") - m.start("gloss") + (m.start("label") - m.end("gloss"))
        rest = m.group("rest")
        pad = " " * gloss_width if rest.strip() else ""
        lines[k] = m.group("indent") + m.group("label") + (rest[:1] if rest[:1] == ":" else "") + pad + \
            (rest[1:] if rest[:1] == ":" else rest)
    return "\n".join(lines)


def _glossed(label: str) -> bool:
    return bool(label_kind(label)) or " ".join(label.lower().split()) in GLOSSED_ALSO


def _label_at(lines: list[str], j: int, settings: ColumnSettings) -> tuple[str | None, str, int]:
    """(kind, text, its last line) of the label on line ``j``, which may be wrapped over two lines
    ("Justeringens plats och" / "tid", "Datum då anslaget sätts" / "upp"); kind None for no label."""
    raw = lines[j]
    if len(raw) > 2 * settings.max_label_chars:  # the cheap test first: this runs on every line of a page
        return None, raw, j
    text = " ".join(raw.split())
    if ITEM.match(text):
        return "item", _MISREAD_DOT.sub(".", _MISREAD_SECTION.sub("§ ", text)), j
    if len(text) > settings.max_label_chars:
        return None, text, j
    kind = label_kind(text)
    # (a label of its own may be the first line of a longer one: "Övriga" / "närvarande")
    if (kind is None or " " not in text) and text.split(" ", 1)[0].lower().rstrip(":") in _FIRST_WORDS:
        nxt = next((k for k in range(j + 1, min(j + 3, len(lines))) if lines[k].strip()), None)
        if nxt is not None and _LABEL_TAIL.match(lines[nxt].strip()):
            joined = f"{text} {lines[nxt].strip()}"
            if label_kind(joined) is not None:
                return label_kind(joined), joined, nxt
    return kind, text, j


def title_like(texts: list[str], k: int, settings: ColumnSettings) -> bool:
    """Whether line ``k`` is an item's title: short, capitalised, unfinished, not wrapped onto the next
    line; not a label of the item's own text ("Beslut"), a signature's label or role, or a name."""
    from protokoll.clean.cells import SIGNING_LABELS, SIGNING_ROLES
    text = texts[k]
    if not text[:1].isupper() or text.endswith((".", ":", ",")) or len(text.split()) > settings.max_title_words \
            or ". " in text or ITEM.match(text):
        return False
    if k + 1 < len(texts) and (texts[k + 1][:1].islower() or texts[k + 1][:1].isdigit()
                               and len(text.split()) >= WRAPPED_MIN_WORDS):
        return False  # a sentence wrapped onto the next line ("... webbplats från den" / "30 mars 2024.")
    words = text.split()
    if (text.lower() in SIGNING_LABELS or text.lower() in SIGNING_ROLES) and not _over_prose(texts, k, settings) or \
            (len(words) <= 4 and all(w[:1].isupper() for w in words) and len(words) > 1):
        return False
    return labels.section_of(text) is None


def _over_prose(texts: list[str], k: int, settings: ColumnSettings) -> bool:
    """Whether the paragraph after line ``k`` is running text: a role's word over it ("Ordförande" over
    "Elsa Norberg rapporterade från ...") titles a report, where under a signature a name or a line stands."""
    nxt = next((n for n in range(k + 1, len(texts)) if texts[n]), None)
    return nxt is not None and sum(word[:1].islower() for word in texts[nxt].split()) >= PROSE_MIN_LOWER_WORDS \
        and not title_like(texts, nxt, settings)  # "Justerare" over the next item's title is a signature's


def _person_like(text: str, settings: ColumnSettings) -> bool:
    return len(text) <= settings.max_person_chars and bool(_PERSON.match(text)) and "," not in text.split()[0]


def pair(page: str, settings: ColumnSettings = COLUMNS, front: bool = False) -> str:
    """``page`` with a label column read before its values put back label by value; else ``page``.
    ``front``: only a label column before the first item's heading (the front page's second column of labels)."""
    lines = page.split("\n")
    if not _may_hold_run(lines, settings):
        return page
    found = _label_run(lines, settings)
    if found is None:
        return page
    start, end, labels = found
    if _roll_item_columns(lines, start, labels):
        return page
    if front and (all(kind != "list" for kind, _ in labels)
                  or any(HEADING_START.match(line.strip()) for line in lines[:start])):
        return page  # a run of one-line labels only further down is a signature block's ("Ordförande:" / ...)
    labels = _read_garbled(labels)
    if labels is None:
        return page
    filled = _filled_in(labels, settings)
    labels, unpaired = _in_sequence(labels)
    # Labels that end the run (a signature block's "Underskrifter" / "Ordförande" / "Justerande") stand in
    # the column before the values too: their own values come later, they stay as they are.
    after, late, trailing = end, None, []
    while after < len(lines):
        if lines[after].strip():
            kind, text, last = _label_at(lines, after, settings)
            if kind == "item" and trailing and late is None:
                late = text  # the first item's number, in the label column under the signature's labels
            elif kind is None and trailing and _person_like(text, settings) and len(text.split()) <= NAME_MAX_WORDS \
                    and not _role_line(lines[_next_filled(lines, after)]):  # (a role under it: a roll's row)
                trailing.append(text)  # a name signed under the signature's labels, read with them
            elif kind is None or kind == "item":
                break
            else:
                trailing += [line for line in lines[after:last + 1] if line.strip()]
            after = last
        after += 1
    end = after
    opening: list[str] = []
    if late is not None:
        end, opening = _late_item_heading(lines, end, settings)
    numbers = _number_column(lines, end) if late is None else end
    head = _page_head(lines, numbers, labels)
    values = lines[head:]
    # the page's own header repeated where Tesseract read it ("PROTOKOLL" between the columns) is no value
    above = {" ".join(line.split()) for line in lines[:min(start, settings.header_lines)]} - {""}
    values_read = [v if " ".join(v.split()) not in above else "" for v in values]
    out, used = _assign(filled, values_read, settings) if filled else (None, 0)
    if out is not None:
        unpaired = []
    else:
        out, used = _assign(labels, values_read, settings)
    if out is None:
        return page
    kept = [" ".join(values[k].split()) for k in range(used) if " ".join(values[k].split()) in above]
    rest = values[used:]
    if late is not None:
        rest = _place_late_item(late, opening, rest, settings)
    elif rest:  # a second label column further down the page, read before its values too (each call reads less)
        rest = pair("\n".join(rest), settings, front=True).split("\n")
    heading: list[str] = []
    for line in lines[numbers:head]:
        if line.strip():  # a date's label and its date, a line each, are one line again
            glued = heading and _HEAD_DATE_LABEL.match(heading[-1].strip())
            heading[-1:] = [f"{heading[-1].strip()} {line.strip()}"] if glued else heading[-1:] + [line]
    # an item table's number column printed between the labels and their values stands before the table's
    # text column, the rest of the values (clean.numbercolumn gives its numbers to the titles there)
    column = [line for line in lines[end:numbers] if line.strip()]
    return "\n".join(lines[:start] + heading + out + [""] + [text for _, text in unpaired] + trailing + kept + column
                     + rest)


def _number_column(lines: list[str], at: int) -> int:
    """The end of an item table's number column that starts at line ``at`` (its title "Punkt", then lone
    numbers "1" / "2" / ... with blank lines between); ``at`` itself where none starts there."""
    from protokoll.clean.numbercolumn import item_number
    k = at
    if k < len(lines) and lines[k].strip().lower() in NUMBER_TITLES:
        k += 1
    found = k
    while k < len(lines) and (not lines[k].strip() or item_number(" ".join(lines[k].split())) is not None):
        k += 1
        if lines[k - 1].strip():
            found = k
    return found if found > at + 1 else at


# The page's running header that plain pdftotext prints after the label column, before the values it stands
# above ("SAMMANTRÄDESPROTOKOLL" / "Sida 1 (2)" / "2025-11-05"): its document word, its page number, the date
# alone or after its label; and the signature boxes of the page's foot ("Justerandes signatur"), printed with
# them. Where a label of the run takes a date ("Datum och tid"), a date alone is that value,
# unless the line after it dates the meeting again ("2025-10-07" / "Tisdag 7 oktober 2025, kl. 13.15").
_HEAD_DATE = regexes.compile(r"^(?:(?:sammanträdes|möte?s)?datum:?\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]{3,9}\s+\d{4})$",
                             re.IGNORECASE)
_YEAR = regexes.compile(r"\b(?:19|20)\d\d\b")  # a date label's own value names the header's date again
_HEAD_DATE_LABEL = regexes.compile(r"^(?:sammanträdes|möte?s)?datum:?$", re.IGNORECASE)  # its date on the next line


def _page_head(lines: list[str], at: int, labels) -> int:
    """Where the values start after line ``at``: after the page's running header's lines that stand first."""
    dated = any("datum" in text.lower() for _, text in labels)
    k = at
    while k < len(lines):
        text = " ".join(lines[k].split())
        if text and text.lower() not in conventions.PAGE_HEAD_WORDS and not PAGE_NUMBER.match(text) \
                and not FOOT_LINE.match(text) \
                and not (_HEAD_DATE.match(text) and (not dated or _YEAR.search(lines[_next_filled(lines, k)]))
                         or not dated and _HEAD_DATE_LABEL.match(text)
                         and _HEAD_DATE.match(" ".join(lines[_next_filled(lines, k)].split()))):
            break
        k += 1
    return k if any(lines[n].strip() for n in range(at, k)) else at


# The titles of a roll's columns ("Namn" / "Parti" / "Närv."), as plain text gives a Word table one cell a line.
_ROLL_COLUMN_TITLES = conventions.TABLE_NAME | conventions.TABLE_PARTY | conventions.TABLE_ROLE | \
    conventions.TABLE_PRESENCE


def _roll_item_columns(lines: list[str], start: int, labels) -> bool:
    """A run of item numbers right under a roll's column titles ("Närv." / "§ 45" / "§ 46") titles the roll's
    columns of who was there for each item: no label column, its values are the roll's cells."""
    if any(kind != "item" for kind, _ in labels):
        return False
    above = next((" ".join(line.split()) for line in reversed(lines[:start]) if line.strip()), "")
    return above.lower() in _ROLL_COLUMN_TITLES


def _late_item_heading(lines: list[str], at: int, settings: ColumnSettings) -> tuple[int, list[str]]:
    """Where the values start after a late item number, and the lines of the item's heading read in the
    label column with it: its title and the section labels under it ("Godkännande av dagordning" /
    "Beslut"), or none where the title stands in the value column."""
    texts = [" ".join(line.split()) for line in lines]
    k = at
    while k < len(texts) and not texts[k]:
        k += 1
    if k >= len(texts) or not title_like(texts, k, settings):
        return at, []
    nxt = next((t for t in texts[k + 1:] if t), "")
    if nxt[:1].islower():
        return at, []  # a value wrapped over a blank line ("..., onsdagen den 18" / "september 2024")
    heading = [texts[k]]
    k += 1
    while True:
        nxt = k
        while nxt < len(texts) and not texts[nxt]:
            nxt += 1
        if nxt < len(texts) and labels.section_of(texts[nxt]) is not None \
                and len(texts[nxt].split()) <= SECTION_HEADING_MAX_WORDS:
            heading.append(texts[nxt])
            k = nxt + 1
            continue
        return k, heading


def _place_late_item(late: str, opening: list[str], rest: list[str], settings: ColumnSettings) -> list[str]:
    """The lines after the header's values with the late item's heading put back: after them when it was
    read whole in the label column (its text goes on on the next page), else on its title, the first
    title that does not stand right over another (a posting notice's last value, "Församlingsexpeditionen",
    before "Sammanträdets öppnande")."""
    if opening:
        return rest + ["", f"{late} {opening[0]}", *opening[1:]]
    texts = [" ".join(line.split()) for line in rest]
    paragraphs = [k for k, text in enumerate(texts) if text and (k == 0 or not texts[k - 1])]
    titles = [k for k in paragraphs if title_like(texts, k, settings)]
    for n, k in enumerate(titles):
        following = next((p for p in paragraphs if p > k), None)
        if following is not None and following in titles[n + 1:n + 2]:
            continue
        return rest[:k] + [f"{late} {texts[k]}"] + rest[k + 1:]
    return [late] + rest


def _number(label: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", label))


def _next_filled(lines: list[str], j: int) -> int:
    """The next line after ``j`` that holds anything (``j`` itself at the end)."""
    return next((k for k in range(j + 1, len(lines)) if lines[k].strip()), j)


def _writes_heads(labels) -> bool:
    """Whether the run writes a head over its sub-items ("1." over "1.1"): a new number heads its sub-items."""
    depths = {len(_number(label)) for kind, label in labels if kind == "item"}
    return 1 in depths and len(depths) > 1


def _read_garbled(labels):
    """The labels with each item number OCR garbled between two others ("1.4" / "15" / "1.6") read as the
    number that leads from the one before to the one after (the one its digits spell where two do); None
    where no number does."""
    if not any(kind == "garbled" for kind, _ in labels):
        return labels
    parents = _writes_heads(labels)
    out = list(labels)
    for n, (kind, text) in enumerate(out):
        if kind != "garbled":
            continue
        before, after = _number(out[n - 1][1]), _number(out[n + 1][1])
        fits = [c for c in _next_numbers(before, parents) if _follows(c, after)]
        if not fits:
            return None
        spelled = [c for c in fits if "".join(map(str, c)) == re.sub(r"\D", "", text)]
        out[n] = ("item", _written_like((spelled or fits)[0], labels))
    return out


def _in_sequence(labels):
    """The labels up to the first item number that does not follow the one before it ("1.6" then "2.2":
    OCR lost "2." and "2.1", so the titles after it no longer match), and the rest."""
    last = None
    for n, (kind, label) in enumerate(labels):
        if kind != "item":
            continue
        number = _number(label)
        if last is not None and not _follows(last, number):
            return labels[:n], labels[n:]
        last = number
    return labels, []


def _filled_in(labels, settings: ColumnSettings):
    """The labels with the item numbers OCR lost between two that do not follow each other put back
    ("1.6" then "2.2": "2." and "2.1" were read as nothing), written as the run writes its numbers; None
    where no number is missing or more than ``max_lost_numbers`` in a row are."""
    out, last, added = [], None, False
    parents = _writes_heads(labels)
    for kind, label in labels:
        if kind == "item":
            number = _number(label)
            if last is not None and not _follows(last, number):
                lost = _lost_between(last, number, settings.max_lost_numbers, parents)
                if lost is None:
                    return None
                out += [("item", _written_like(n, labels)) for n in lost]
                added = True
            last = number
        out.append((kind, label))
    return out if added else None


def _lost_between(before: tuple[int, ...], after: tuple[int, ...], most: int,
                  parents: bool) -> list[tuple[int, ...]] | None:
    """The shortest run of up to ``most`` numbers that leads from ``before`` to ``after``, one following the
    other (where the run writes its heads, "2." comes before "2.1")."""
    paths = [[before]]
    for _ in range(most):
        paths = [path + [step] for path in paths for step in _next_numbers(path[-1], parents)]
        for path in paths:
            if _follows(path[-1], after):
                return path[1:]
    return None


def _next_numbers(number: tuple[int, ...], parents: bool) -> list[tuple[int, ...]]:
    heads = [number[:level] + (number[level] + 1,) for level in range(len(number))]
    return [number + (1,)] + heads + ([] if parents else [head + (1,) for head in heads])


def _written_like(number: tuple[int, ...], labels) -> str:
    """``number`` written as the run writes numbers of its depth ("2." beside "1.", "2.1" beside "1.1")."""
    text = ".".join(str(n) for n in number)
    same_depth = [label for kind, label in labels if kind == "item" and len(_number(label)) == len(number)]
    return text + "." if same_depth and same_depth[0].endswith(".") else text


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Whether item number ``after`` comes right after ``before``: its first sub-item (1 → 1.1), the next
    at the same level (1.2 → 1.3) or the next at a level above (1.6 → 2, 1.6 → 2.1)."""
    if after == before + (1,):
        return True
    for level in range(len(before)):
        head = before[:level] + (before[level] + 1,)
        if after == head or after == head + (1,):
            return True
    return False


def _may_hold_run(lines: list[str], settings: ColumnSettings) -> bool:
    """Whether ``min_labels`` lines that may start a label (a label's first word, an item number) stand
    together, with nothing between them but blank lines and a wrapped label's last word: the cheap
    first look that spares ``_label_run`` on the pages of running text most minutes are."""
    together = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        # (The patterns only after a cheap test of what they need: ITEM ends in a digit, a full stop or a colon,
        # a label's tail is short.)
        if len(line) <= 2 * settings.max_label_chars and (
                text.split(None, 1)[0].lower().rstrip(":") in _FIRST_WORDS
                or (text[-1:] in ".:" or text[-1:].isdecimal()) and ITEM.match(text)):
            together += 1
            if together >= settings.min_colon_labels:  # (_label_run asks for more where they have no colon)
                return True
        elif (len(text) > 2 * LABEL_TAIL_LETTERS + 2 or not _LABEL_TAIL.match(text)) \
                and not (together and len(text) <= settings.max_garbled_chars):  # "TA" for "1.1" goes on
            together = 0
    return False


def _label_run(lines: list[str], settings: ColumnSettings):
    """(first line, end line, [(kind, label text)]) of the first run of ``min_labels`` labels or more."""
    i = 0
    while i < len(lines):
        labels: list[tuple[str, str]] = []
        j, start = i, None
        while j < len(lines):
            text = " ".join(lines[j].split())
            if not text:
                j += 1
                continue
            kind, text, last = _label_at(lines, j, settings)
            if kind is None and labels and labels[-1][0] == "item" and len(text) <= settings.max_garbled_chars \
                    and _label_at(lines, _next_filled(lines, j), settings)[0] == "item":
                kind = "garbled"  # "TA" for "1.1", "15" for "1.5" between item numbers
            if kind is None or kind == "stop":
                break
            start = j if start is None else start
            labels.append((kind, text))
            j = last + 1
        if (len(labels) >= settings.min_labels or len(labels) >= settings.min_colon_labels and start < settings.header_lines
                and all(text.endswith(":") for _, text in labels) and any(kind == "list" for kind, _ in labels)) \
                and not _grouped_list(labels):
            return start, j, labels
        i = max(j, i + 1)
    return None


# Groups of a list of people, titled one beside the other over their names ("Närvarande" / "Ledamöter"
# "Ersättare"): a table's column titles under the list's heading, not a column of labels.
GROUP_TITLES = ("ledamöter", "ersättare", "suppleanter", "ordinarie ledamöter", "styrelseledamöter")


def _grouped_list(labels: list[tuple[str, str]]) -> bool:
    """Whether a run of labels is one list's heading and the titles of its groups and nothing else."""
    return labels[0][0] == "list" and all(kind == "list" and text.lower().rstrip(":") in GROUP_TITLES
                                          for kind, text in labels[1:])


def _assign(labels, values: list[str], settings: ColumnSettings):
    """The labels with their values, and how many value lines they took; (None, 0) where the values do
    not fit the labels (a label left without a value)."""
    # the lines signatures are written on ("…………", "______") hold no value
    texts = ["" if SIGNATURE_LINE.match(v) else " ".join(v.split()) for v in values]
    out: list[str] = []
    at = 0
    parted = False  # the list before took one paragraph or a pointer: the next list takes its own
    passed: set[int] = set()  # lists that take nothing: their entries went to the lists either side

    def skip_blank(k):
        while k < len(texts) and not texts[k]:
            k += 1
        return k

    for n, (kind, label) in enumerate(labels):
        at = skip_blank(at)
        if at >= len(texts):
            return None, 0
        if kind == "one":
            if HEADING_START.match(texts[at]) and not _PARAGRAPH_RANGE.match(texts[at]):  # ("SBN § 45–50": "Paragrafer")
                return None, 0  # an item's heading is no header value: the column did not hold what it seemed
            taken = [texts[at]]
            at += 1
            # one-line labels one under the other with as many lines of values one under the other ("Datum:" /
            # "Tid:" / "Plats:" beside "2025-08-26" / "19.00-20.30" / "Bygdegården"): a line each, where the next
            # line may be a value of its own (a time after a date; not "kl. ..." or a lower-case word)
            ones = next((m for m, (kk, _) in enumerate(labels[n:]) if kk != "one"), len(labels) - n)
            block = next((m for m, t in enumerate(texts[at - 1:]) if not t), len(texts) - at + 1)
            one_each = ones > 1 and block == ones and texts[at][:1].isdigit()
            while not one_each:  # the lines that go on with the value, across a blank line before "kl."
                k = at if at < len(texts) and texts[at] else skip_blank(at) if at < len(texts) else at
                if k < len(texts) and _CONTINUES.match(texts[k]) and (k == at or ACROSS_BLANK.match(texts[k])) \
                        and not (TIME.search(" ".join(taken)) and TIME.search(texts[k])):  # the next label's time
                    taken.append(texts[k])
                    at = k + 1
                    continue
                break
            out += [f"{label} {taken[0]}", *taken[1:], ""]
        elif kind == "list" and n in passed:
            continue  # a list between the members and the officials: whose entries stood by it is lost
        elif kind == "list" and n and labels[n - 1][0] == "list" and not parted:
            continue  # lists one under the other: which entry stood by which label is lost; the first has them
        elif kind == "list":
            rest = labels[n + 1:]
            if any(k == "item" for k, _ in rest):
                # everything up to the paragraph that starts the first item
                taken, k = [], at
                while k < len(texts) and not (taken and not texts[k - 1] and title_like(texts, k, settings)
                                              and not _person_like(texts[k], settings)):
                    if texts[k]:
                        taken.append(texts[k])
                    k += 1
            else:
                people: list[list[int]] = []  # the lines of each entry
                k = at
                # after a list that points elsewhere, lists one under the other take a paragraph each
                by_paragraph = parted and bool(rest) and rest[0][0] == "list"
                while k < len(texts) and not (by_paragraph and people and not texts[k]) and \
                        (not texts[k] or _person_like(texts[k], settings)
                                          or people and _wraps_entry(" ".join(texts[p] for p in people[-1]), texts[k])):
                    if texts[k] and people and _wraps_entry(" ".join(texts[p] for p in people[-1]), texts[k]):
                        people[-1].append(k)
                    elif texts[k]:
                        people.append([k])
                    k += 1
                # the labels after it that take one person each (the adjuster) take the last ones
                reserved = sum(1 for kk, lab in rest if kk == "one" and _takes_person(lab))
                parted = by_paragraph
                if not people and REFERRED_LIST.match(texts[at]):
                    people = [[at]]  # "Se bifogad närvarolista", "Enligt närvarolista sidan 2": the list stands elsewhere
                    reserved, parted = 0, True
                if by_paragraph:
                    reserved = 0
                if len(people) <= reserved:
                    return None, 0
                people = people[:len(people) - reserved]
                cut = _party_cut([" ".join(texts[p] for p in entry) for entry in people]) \
                    if rest and rest[0][0] == "list" and not by_paragraph else None
                if cut is not None:  # the members with their parties, then the others: the next list's, or
                    people, parted = people[:cut], True  # the officials' list that ends the lists' run
                    last = next((m for m in range(n + 1, len(labels)) if labels[m][0] != "list"), len(labels)) - 1
                    if last > n + 1 and fold(labels[last][1].lower(), ocr=False).startswith(OTHERS_LISTS):
                        passed.update(range(n + 1, last))
                taken = [line for entry in people for line in _entry_lines([texts[p] for p in entry])]
                k = people[-1][-1] + 1
            if not taken:
                return None, 0
            out += [label, *taken, ""] if label.endswith(":") else [f"{label} {taken[0]}", *taken[1:], ""]
            at = k
        else:  # an item number: the next paragraph whose first line is a title
            k = at
            while k < len(texts) and not (title_like(texts, k, settings) and (k == 0 or not texts[k - 1] or k == at)):
                k += 1
            if k >= len(texts):
                return None, 0
            if k > at:  # lines before the title go on with what came before
                out[-1:-1] = [t for t in texts[at:k] if t]
            end = k + 1
            while end < len(texts) and not (not texts[end - 1] and title_like(texts, end, settings)):
                end += 1
            block = [t for t in texts[k:end]]
            out += [f"{label} {block[0]}", *block[1:]]
            if out[-1]:
                out.append("")
            at = end
    return out, at


# A list's value that points to where the list stands.
REFERRED_LIST = regexes.compile(r"^(?:Se|Enligt)\s+(?:bifogad|bilaga|närvaro|separat|sid)", re.IGNORECASE)
_WRAPPED_ON = regexes.compile(r"^[a-zåäö0-9(]")  # a line that starts so goes on with the entry above it
# ... but the range of paragraphs after a list ("118-122", "§§ 112–116") is the next label's value
_PARAGRAPH_RANGE = regexes.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s*)?(?:§§?\s*)?\d{1,3}\s*[-–]\s*\d{1,3}$")


def _wraps_entry(entry: str, text: str) -> bool:
    """Whether ``text`` is the rest of the list entry ``entry`` wrapped onto the next line: "(S)" after
    "... för Kjell Andersson", "Nyström, socialchef" after "... samt sekreterare Jenny"."""
    return bool(_WRAPPED_ON.match(text)) and not _PARAGRAPH_RANGE.match(text) or lists.continues_list(entry, text)


# The labels of the list of officials and others who attended without a vote, folded (as the labels are).
OTHERS_LISTS = ("ovriga", "tjanste")
# A member's party after the name ("Ulla Berggren (C)", "Sten Moberg (M), vice ordförande").
_PARTY_MARK = regexes.compile(r"\((?:[A-ZÅÄÖ][A-Za-zåäö]{0,3})\)")


def _party_cut(entries: list[str]) -> int | None:
    """Where a list's entries with a party end and those without start, where they are so: a decision-making
    body's members by their parties, then the officials of the next list ("Övriga närvarande") by their roles."""
    marked = [bool(_PARTY_MARK.search(e)) for e in entries]
    cut = next((n for n, m in enumerate(marked) if not m), None)
    if not cut or any(marked[cut:]):
        return None
    return cut


def _entry_lines(entry: list[str]) -> list[str]:
    """A list entry's lines, a role cell under the name on the name's line ("Mats Thunberg, samhällsbyggnadschef"):
    a roll's row that plain pdftotext gave a cell a line."""
    out = entry[:1]
    for text in entry[1:]:
        if _role_line(text) and "," not in out[-1] and "(" not in out[-1]:
            out[-1] += ", " + text
        else:
            out.append(text)
    return out


def _role_line(line: str) -> bool:
    """Whether ``line`` is a roll's role cell in lower case ("samhällsbyggnadschef", "bygglovshandläggare, § 46")."""
    text = line.strip()
    return text[:1].islower() and conventions.is_role(text.split(",", 1)[0])


def _takes_person(label: str) -> bool:
    """Whether a one-line label's value is a person ("Utses att justera", not "Justeringens plats och tid")."""
    t = label.lower()
    return any(w in t for w in ("juster", "ordförande", "sekreterare", "protokollförare")) and \
        not any(w in t.split() for w in ("plats", "tid", "tid:"))


# --- a label cell wrapped in its narrow column ----------------------------------------------------------
# Case systems print the front page and the items' sections as a label column beside the text; a label
# longer than the column wraps in its cell: "Övriga" over "deltagande", "Justeringens" over "plats och tid",
# "Sammanträdes" over "datum", "Kommunfullmäktiges" over "beslut", "Protokolls-" over "anteckning". Laid out
# by position, the pieces stand under the label's first line with the value column going on beside them.
@dataclass(frozen=True)
class WrappedLabelSettings:
    max_pieces: int = 3  # a label wraps over at most this many further lines ("Förvaringsplats" / "för" / ...)
    max_piece_words: int = 3  # a piece is short ("plats och tid")
    column_slack: int = 1  # a piece starts this close to the label's column; the values this close to theirs
    min_gap: int = 2  # spaces between the label and its value on the label's first line (a cell's border)
    blank_between: int = 1  # blank lines the reader may print between a label's lines (its cell's spacing)
    # An item's section label beside its text ("Beslut    Nämnden beslutar ...") heads the text from a line of
    # its own, as a text layout writes it, when that text holds this many words (a table's row does not).
    min_section_words: int = 3


WRAPPED_LABELS = WrappedLabelSettings()
_CELL = regexes.compile(r"\S+(?: \S+)*")


_TWO_WHITESPACE = regexes.compile(r"\s\s")  # what any gap between two of _CELL's cells wider than one character holds


def _leading_cells(line: str, n: int) -> list[tuple[int, str]]:
    """(start, text) of the first ``n`` cells of a laid-out line: the tests below look at no more, and every line
    of every page passes them (a whole line's cells cost a match and a tuple each)."""
    return [(m.start(), m.group()) for m in islice(_CELL.finditer(line), n)]
_PIECE = regexes.compile(r"^(?:[a-zåäö][\wåäö-]*|[A-ZÅÄÖ][a-zåäö]+:)(?: [a-zåäö][\wåäö-]*)*:?$")


def _whole_section_label(t: str) -> bool:
    """``t`` (one-spaced) is an item's section label ("Beslut", "Yrkanden", "Kommunfullmäktiges beslut") and
    nothing more but a colon."""
    if labels.OWN_DECISION.match(t):
        return True
    for pattern, _ in labels.SECTION_LABELS:
        m = pattern.match(t)
        if m and not t[m.end():].strip(" :"):
            return True
    return False


def _whole_label(text: str) -> bool:
    """``text`` is a label of the front page's grid or of an item's sections, whole."""
    t = " ".join(text.split())
    # ... or of a signature block ("Rätt utdraget," / "intygar")
    return bool(label_kind(t) or conventions.SIGNATURE_START.match(t)) or _whole_section_label(t)


def _section_label(text: str) -> bool:
    """``text`` is an item's section label ("Beslut", "Yrkanden", "Kommunfullmäktiges beslut"), whole and
    without a colon (with one, the text after it is read as it stands)."""
    t = " ".join(text.split())
    # "beslut" is the end of a wrapped label, not one
    return not t.endswith(":") and t[:1].isupper() and _whole_section_label(t)


def _glued_label(head: str, pieces: list[str]) -> str | None:
    """The label ``head`` wrapped into ``pieces`` put back together (at a space, inside a word, or at a
    hyphen), or None where no way of joining them makes a known label."""
    joins = [head]
    for piece in pieces:
        joins = [j + sep + piece for j in joins for sep in (" ", "")] + [
            j[:-1] + piece for j in joins if j.endswith("-")]
    return next((j for j in joins if _whole_label(j)), None)


def glue_wrapped_labels(page: str, settings: WrappedLabelSettings = WRAPPED_LABELS) -> str:
    """``page`` with each label cell its column wrapped joined on its first line ("Övriga deltagande    Jessica
    Ehn, ..."); the values beside the pieces stay where they stand. Only pieces that make a known label with
    the line above are joined, so a table's wrapped cell or a list under a heading stays as it is. An item's
    section label beside its text is put on a line of its own over it (see ``min_section_words``)."""
    if "  " not in page:
        return page
    lines = page.split("\n")
    out: list[str] = []
    k = 0
    gated = settings.min_gap >= 2  # (a line without two whitespace characters in a row then has no such gap)
    while k < len(lines):
        line = lines[k]
        cells = _leading_cells(line, 3) if not gated or _TWO_WHITESPACE.search(line) else ()
        # (three cells: whether it holds just two is asked below)
        if len(cells) < 2 or cells[1][0] - (cells[0][0] + len(cells[0][1])) < settings.min_gap:
            out.append(line)
            k += 1
            continue
        (at, head), value_at = cells[0], cells[1][0]
        pieces, rests, ends = [], [], []  # ends: the line after each piece
        j = k + 1
        skipped = 0  # blank lines passed over between the label's lines
        while j < len(lines) and len(pieces) < settings.max_pieces:
            if not lines[j].strip() and skipped < settings.blank_between and j + 1 < len(lines):
                skipped += 1
                j += 1
                continue
            below = _leading_cells(lines[j], 2)
            if not below or abs(below[0][0] - at) > settings.column_slack or \
                    below[0][0] + len(below[0][1]) >= value_at - settings.column_slack or \
                    len(below[0][1].split()) > settings.max_piece_words or not _PIECE.match(below[0][1]) or \
                    (len(below) > 1 and abs(below[1][0] - value_at) > settings.column_slack):
                break
            pieces.append(below[0][1])
            rests.append(lines[j][below[1][0]:] if len(below) > 1 else "")
            j += 1
            ends.append(j)
        joined = None if pieces else head
        while pieces and joined is None:
            joined = _glued_label(head, pieces)
            if joined is None:
                pieces.pop()
                rests.pop()
                ends.pop()
        if joined is None:
            out.append(line)
            k += 1
            continue
        value = line[value_at:]
        if len(cells) == 2 and _section_label(joined) and len(value.split()) >= settings.min_section_words:
            out += [" " * at + joined, " " * value_at + value]  # the label over its text
        elif pieces and len(joined) < value_at - at:  # a space at least, the values where they stood
            out.append(" " * at + joined.ljust(value_at - at) + value)
        else:  # a label that would push its values out of their column (a roll's party column) stays wrapped
            out.append(line)
            k += 1
            continue
        out += [" " * value_at + rest for rest in rests if rest]
        k = ends[-1] if pieces else k + 1
    return "\n".join(out)


# A running sentence in the value column of a label column ("Närvarande vid uppropet:   ordföranden Gunnel Strand
# (S), ... andre vice" / "ordföranden Britt-Louise Moberg (C) ..."), wrapped at the page's right edge: one line
# again, so that a name or a place the wrap cut ("Petra" / "Lindfors (M)", "Skogslunda" / "rådhus.") is whole.
@dataclass(frozen=True)
class WrappedValueSettings:
    min_column: int = 12  # a value column stands this far in at least (a label column's width)
    full_slack: int = 10  # a line ending this close to the page's longest line runs to the right edge: wrapped
    min_words: int = 6  # a wrapped line of prose holds this many words (a roll's name and party do not fill it) ...
    min_lower_words: int = 2  # ... this many of them in lower case: a sentence ("ordföranden", "samt"), no roll of names
    column_slack: int = 2  # the line under starts where the value cell does, give or take this


WRAPPED_VALUES = WrappedValueSettings()
_SENTENCE_END = regexes.compile(r"[.:;!?)]$")  # a sentence or a roll's entry ("Sara Nyhed (C)") ends there
_LAST_CELL = regexes.compile(r"(?:^ *|  +)(?=\S)(?!.*  +\S)")  # where a line's last cell starts


def join_wrapped_values(page: str, settings: WrappedValueSettings = WRAPPED_VALUES) -> str:
    """``page`` with each line of a front page's label and value that runs to the page's right edge mid-sentence
    joined with the line under it, where that one stands alone at the value's column (no label of its own): the
    cell's sentence, wrapped, on one line again. A roll a name a line, a list, a finished sentence at the edge, an
    item's text beside its section label ("Beslut") stay as they are."""
    if "  " not in page:
        return page
    if ";" not in page and _indented(settings.min_column).search(page) is None:
        return page  # no line stands as far in as a value's column, no cell holds a roll's entries: nothing wraps
    lines = page.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    edges = _column_edges(lines)
    out: list[str] = []
    for line in lines:
        if out and (_wraps_onto(out[-1], line, width, settings, edges) or
                    _roll_wraps_onto(out[-1], line, edges, settings)):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


@functools.lru_cache(maxsize=8)
def _indented(column: int) -> re.Pattern:
    """A line led by ``column`` whitespace characters or more (its indent, len(line) - len(line.lstrip()), at
    least ``column``): found in a whole page in one search."""
    return regexes.compile(rf"^[^\S\n]{{{column}}}", re.MULTILINE)


def _column_edges(lines: list[str]) -> dict[int, int]:
    """Where each column's text ends, the furthest right: column (where a line's last cell starts) → end. A page
    in two columns side by side, or a label table in one of them, wraps its values at the column's edge, short
    of the page's."""
    edges: dict[int, int] = {}
    for line in lines:
        text = line.rstrip()
        if text.strip():
            at = _LAST_CELL.search(text).end()
            edges[at] = max(edges.get(at, 0), len(text))
    return edges


def _roll_wraps_onto(above: str, line: str, edges: dict[int, int], settings: WrappedValueSettings) -> bool:
    """Whether ``line`` goes on with a roll written as semicolon entries in a value cell ("Regionen:   Maja Ek (S),
    ordförande; Olof Bro (M); Tuva" / "Lind (C)"), cut mid-entry at its column's edge: the cell holds a semicolon,
    ends with none (nor with a full stop) and reaches the column's edge; the line under stands alone at the cell's
    column."""
    text = above.rstrip()
    if not edges or ";" not in text or text[-1:] in ";." or not line.strip() or "  " in line.strip():
        return False
    cell = _LAST_CELL.search(text).end()
    at = len(line) - len(line.lstrip())
    if cell < settings.min_column or abs(cell - at) > settings.column_slack or ";" not in text[cell:]:
        return False
    edge = max(end for col, end in edges.items() if abs(col - cell) <= settings.column_slack)
    return len(text) >= edge - settings.full_slack


def _wraps_onto(above: str, line: str, width: int, settings: WrappedValueSettings,
                edges: dict[int, int] | None = None) -> bool:
    """Whether ``line`` goes on with the value cell that ``above`` ends with (see ``join_wrapped_values``). The cell
    runs to its column's edge: the page's, or a column's of its own where the page has two (``edges``)."""
    at = len(line) - len(line.lstrip())
    text = above.rstrip()
    if at < settings.min_column or not line.strip() or not text or _SENTENCE_END.search(text):
        return False
    cell = _LAST_CELL.search(text).end()
    edge = max((end for col, end in (edges or {}).items() if abs(col - cell) <= settings.column_slack),
               default=width)
    if len(text) < min(width, edge) - settings.full_slack:
        return False
    words = text[:cell].split()  # the label beside the value: the front page's ("Närvarande vid uppropet:")
    front = any(label_kind(" ".join(words[:n])) in ("list", "one") for n in range(len(words), 0, -1))
    value = text[cell:].split()
    if _ROLL_ENTRY.match(text[cell:]) and _ROLL_ENTRY.match(line.strip()):
        return False  # "Kerstin Lövgren (S), ordförande, Ådalens kommun" over "Bo Engström (C), ...": a roll, a line each
    return front and abs(cell - at) <= settings.column_slack and len(value) >= settings.min_words \
        and sum(w[:1].islower() for w in value) >= settings.min_lower_words


# A roll's entry: a full name, perhaps its party, then a comma before what the list writes beside it.
_ROLL_ENTRY = regexes.compile(r"[A-ZÅÄÖÉ][\wåäöé'-]+(?: [A-ZÅÄÖÉ][\wåäöé'-]+){1,3}(?: \([^()]{1,12}\))?,")


# A header table of meeting data with its labels on one row and the values under them (LibreOffice, Pages, Word:
# "Datum | Tid | Plats" over "tisdag 3 februari 2026 | 18:30 | Bystugan"): each label with its value on a line of
# its own, as a text source writes them ("Datum: ...").
HEADER_ROW_LABELS = frozenset({"datum", "tid", "plats", "lokal", "plats och tid", "tid och plats", "mötesdatum",
                               "sammanträdesdatum", "mötesplats", "klockan", "löpnummer"})
# A document's header grid, repeated on each page ("Organisation | Dokument | Datum | Sida", small labels over the
# values beside the logo): the labels of what the document is and of its page. Their values read as a header block
# writes them without a grid: the organisation and the kind of document each on a line of its own ("Storåns
# fiskevårdsområdesförening", "Protokoll"); the page number is furniture and goes.
DOCUMENT_LABELS = frozenset({"organisation", "dokument", "dokumenttyp"})
PAGE_LABELS = frozenset({"sida", "sidnummer"})


@dataclass(frozen=True)
class HeaderRowSettings:
    min_labels: int = 2  # one label over one value is any line over another
    column_slack: int = 3  # a value's cell starts where its label's cell does, give or take this
    max_blanks: int = 1  # small labels over larger values may stand a blank line apart in the page's text


HEADER_ROW = HeaderRowSettings()


def spread_header_row(page: str, settings: HeaderRowSettings = HEADER_ROW) -> str:
    """``page`` with a row of meeting-data labels over a row of as many values, cell under cell, written as
    "Label: value" lines (a document header grid's organisation and kind of document as their values alone, its
    page number left out: see DOCUMENT_LABELS). A row with any other cell (a signature row's "Ordförande
    Justerare", a table's column titles) stays as it is."""
    if "  " not in page:
        return page
    known = HEADER_ROW_LABELS | DOCUMENT_LABELS | PAGE_LABELS
    lines = page.split("\n")
    for k, line in enumerate(lines[:-1]):
        first = _CELL.search(line)  # a row of labels starts with one: most lines are spared the list of cells
        if first is None or first.group().lower().rstrip(":") not in known:
            continue
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        if len(cells) < settings.min_labels or not all(t.lower().rstrip(":") in known for _, t in cells):
            continue
        under = next((j for j in range(k + 1, min(len(lines), k + 2 + settings.max_blanks)) if lines[j].strip()),
                     None)
        if under is None:
            continue
        values = [(m.start(), m.group()) for m in _CELL.finditer(lines[under])]
        if len(values) != len(cells) or any(abs(a - b) > settings.column_slack for (a, _), (b, _) in
                                            zip(cells, values)):
            continue
        indent = " " * cells[0][0]
        kinds = [label.lower().rstrip(":") for _, label in cells]
        spread = [f"{indent}{value}" for kind, (_, value) in zip(kinds, values) if kind in DOCUMENT_LABELS]
        spread += [f"{indent}{label.rstrip(':')}: {value}" for kind, (_, label), (_, value) in zip(kinds, cells, values)
                   if kind in HEADER_ROW_LABELS]
        return "\n".join(lines[:k] + spread + lines[under + 1:])
    return page


# --- an item's title in the left margin under its number -------------------------------------------------------
# A foundation's or a board's layout prints each item's number and title in a margin column and its text beside
# them: "§ 11               Beslut: att fastställa föreliggande dagordning." / "Fastställande av" /
# "föredragningslistan". Laid out by position, the title's pieces stand at the left edge under the number, the text
# going on at its own column beside them. The title is put back on the number's line, over the text.
@dataclass(frozen=True)
class MarginTitleSettings:
    min_text_column: int = 10  # the text column stands this far in at least (the margin's width)
    max_pieces: int = 3  # a title wraps over at most this many lines in its margin
    max_piece_words: int = 4  # a piece of a title is short
    min_text_words: int = 6  # the text beside the number is a sentence, not a title of its own ...
    max_indent: int = 2  # a page laid out by position may set the margin's text a space or two in
    max_blank_lines: int = 1  # a table's cell padding reads as a blank line between a row's lines


MARGIN_TITLES = MarginTitleSettings()
_MARGIN_NUMBER = regexes.compile(r"^(?P<label>§\s*\d{1,3})(?P<gap>\s{2,})(?P<text>\S.*)$")
_SECTION_COLON = regexes.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+)?:\s")  # ... or opens with "Beslut:"
_CASE_CELL = regexes.compile(r"\s{2,}(?:Dnr|Diarienr)\b", re.IGNORECASE)  # "Val av justerare    Dnr BU 2025/2": a title
_CONTENTS_ENTRY = regexes.compile(r"(?:\.{4,}|…{2,})\s*\d{0,4}\s*$")  # "Budget 2026 ........ 3": a contents entry, no text


def _opens_column_block(before: str, column: int) -> bool:
    """Whether a "§ N" line may open an item after ``before``: a blank line, a line of the same two-column layout
    (its own text at ``column``: "Frånvarande:       Göran Lindh", the last line of the item before) or one wholly
    right of the margin (the text column's last line, a page mark at the right edge), which is all a text without
    blank lines (a PDF's text layer) keeps between two items."""
    if not before.strip():
        return True
    return len(before) > column and before[column - 1] == " " and (before[column] != " " or not before[:column].strip())


def _margin_piece(line: str, column: int, settings: MarginTitleSettings,
                  sentence: bool = True) -> tuple[str, str] | None:
    """(piece, text beside it) of a line that holds a piece of a margin title at its left edge, else None; the
    next item's "§ N" is none. ``sentence``: the text beside the number ends a sentence or opens with a label."""
    indent = len(line) - len(line.lstrip())
    if indent > settings.max_indent or not line.strip() or line.lstrip()[:1] == "§" \
            or len(line) > column and line[column - 1] != " ":
        return None
    piece = " ".join(line[:column].split())
    if not piece or len(piece.split()) > settings.max_piece_words or piece.endswith((".", ":")) or "§" in piece:
        return None  # (an item's own label, "KSAU § 176", is no piece of the title above)
    text = line[column:]
    if not text.strip() and not sentence and labels.section_of(piece):
        # "§ 42   Yttrande över detaljplan för Norra Bryggan" / "Omröstning": a title beside the number, a section's
        # label alone over its text (beside a sentence, "Inga jäv förelåg." / "Jäv", a label word is the title)
        return None
    return (piece, text) if not text[:1].isspace() else None


def raise_margin_titles(page: str, settings: MarginTitleSettings = MARGIN_TITLES) -> str:
    """``page`` with each item title printed in the left margin under its number put back beside the number
    ("§ 11 Fastställande av föredragningslistan"), the text that stood beside the number and the title's pieces
    under it in its own column. Only where the text beside the number reads as a sentence (a full stop, a section
    label "Beslut:" first, or ``min_text_words`` words), so a heading "§ 5   Budget" over text at the margin stays."""
    if "§" not in page or "  " not in page:
        return page
    lines = page.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        indent = len(line) - len(line.lstrip())
        m = _MARGIN_NUMBER.match(line[indent:]) if line[indent:indent + 1] == "§" and indent <= settings.max_indent \
            else None
        text = m.group("text") if m else ""
        column = indent + m.start("text") if m else 0
        if m is None or column < settings.min_text_column or _CONTENTS_ENTRY.search(text) or _CASE_CELL.search(text) or \
                out and not _opens_column_block(out[-1], column) or not (
                text.rstrip().endswith(".") or _SECTION_COLON.match(text) or
                len(text.split()) >= settings.min_text_words):
            out.append(line)
            k += 1
            continue
        pieces: list[tuple[str, str]] = []
        j = k + 1
        while j < len(lines) and len(pieces) < settings.max_pieces:
            # (a row's lines a blank line apart, the cells padded: the piece under the blank goes on)
            at = next((x for x in range(j, min(j + settings.max_blank_lines + 1, len(lines))) if lines[x].strip()), j)
            piece = _margin_piece(lines[at], column, settings, text.rstrip().endswith(".") or
                                  _SECTION_COLON.match(text) is not None)
            if piece is None:
                break
            pieces.append(piece)
            j = at + 1
        if not pieces or not pieces[0][0][:1].isupper():
            out.append(line)
            k += 1
            continue
        out.append(f"{line[:indent]}{m.group('label')} {' '.join(p for p, _ in pieces)}")
        out.append(" " * column + text)
        out += [" " * column + beside for _, beside in pieces if beside.strip()]
        k = j
    return "\n".join(out)
