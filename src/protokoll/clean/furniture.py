"""Page furniture: what a PDF repeats on every page or appends, which is not part of the minutes.

- page numbers ("Sidan 1 av 3", "Sidan 1av 3", "Sida 2 (3)", "2 (3)", "- 2 -", a lone "2");
- running headers and footers: lines that recur at the top or bottom of several pages, and any later
  repetition of the document's title line (a PDF extraction leaves it in mid-text);
- the electronic-signature page ("Underskriftssida ...") and everything after it.
"""
from __future__ import annotations

import functools
import itertools
import re

from protokoll import regexes
from protokoll.vocab.labels import NUMBER_LABEL
from protokoll.vocab import conventions as cv
from collections import Counter
from difflib import SequenceMatcher

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (issue 12: parse's start-up)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from protokoll.clean.lines import Line

PAGE_NUMBER = regexes.compile(
    # ("3 av 8" alone on its line: the page's number without "Sida", as plain pdftotext leaves a header's cell)
    r"^(?:sid(?:an|a)?\.?\s*[\dlI]+\s*(?:av|/|\()\s*[\dlI]+\)?|\d+\s*\(\s*\d+\s*\)|[-–]\s*\d+\s*[-–]|\d{1,3}|"
    r"\d{1,3}\s+av\s+\d{1,3}|"
    r"\d1\d\)|"  # OCR's "1 (2)" with the "(" read as a "1": "112)"
    r"page\s+\d+\s+of\s+\d+|\d+\s*/\s*\d+)$",
    re.IGNORECASE,
)
_PAGE_NUMBER_START = set("0123456789-–sSpP")
PAGE_NUMBER_TAIL = regexes.compile(r"\s{2,}sid(?:an|a)?\.?\s*[\dlI]+\s*(?:av|/)\s*[\dlI]+$", re.IGNORECASE)
# What PAGE_NUMBER_TAIL's last character may be besides a digit (the letters it matches, ignoring case).
_PAGE_TAIL_LAST = frozenset("lLiI\u0130\u0131")
# A running footer or header read from a PDF's text layer: "Lindmo Båtklubb Sida 2 av 2", one space
# before the page number (PDFium joins the two text runs so); trusted only on a page's edge lines.
EDGE_PAGE_NUMBER_TAIL = regexes.compile(r"\s+sid(?:an|a)\.?\s*\d+\s*(?:av\s*\d+|\(\s*\d+\s*\))$", re.IGNORECASE)
SIGNATURE_START = regexes.compile(
    r"^(?:underskriftssida|signaturer|dokumentet har skrivits under elektroniskt|"
    r"detta dokument har (?:signerats|undertecknats) elektroniskt|"
    # an e-signing service's own page after the minutes: its verification, certificate or proof of signing, or
    # its statement that the signatures are binding
    r"(?:underskrifterna|signaturerna) i detta dokument är juridiskt bindande|"
    r"(?:verifikat|signeringsbevis|signeringsintyg|certifikat om slutförande|certificate of completion)\s*$)",
    re.IGNORECASE)
# Municipal page furniture: the signature boxes at the foot of every page, alone on a line or side by
# side ("Justerandes signatur  Utdragsbestyrkande", as a PDF's text layer reads two boxes on one line).
# (and written short, as a case system's page foot does: "Ordf sign   Just sign   Utdragsbestyrkande"; an older
# template's "Justerandes signum   Anslagsdatum   Utdragsbestyrkande", the date of posting on the line under it)
# (and the word as OCR misreads a letter of it: "Justerandes signatun", "Justerandes stgnatur"; or cuts its last at the
# scan's edge: "Justerandes signatu")
_FOOT_BOX = (r"(?:(?:justerandes?|justerares|justerarnas|justerarens|ordförandes|sekreterarens|ordf\.?|just\.?|sekr\.?)\s+"
             r"(?:s[it]gn(?:um|atur(?:er)?|atu[nr]?)?\.?|initialer)|utdragsbestyrkande|anslagsdatum|signatur(?:er)?\s+justerare)"
             r"[|)\]}!j]?"  # (a scan's box rule read glued to its word: "Justerandes signatur)", "signaturj")
             r"(?:\s*(?:\.{2,}|_{2,}|…+))?")  # a word processor's footer leaves a dotted or ruled space to sign
# A word processor's footer field with the document's file name and path ("S:\Styrelsen\Protokoll\2025\
# styrelsemöte 2025-03-12.docx", "\\server\kansli\prot.doc", "protokoll_2025-03-12.docx"): no line of the minutes.
# (not an attachment named by its file under a label: "Bilaga: Verksamhetsplan 2025.docx")
FILE_PATH_LINE = regexes.compile(r"^(?:[A-Za-z]:\\|\\\\)\S.{0,160}$|^[\w\\/. -]{1,120}\.(?:docx?|odt|rtf|dotx?)$",
                                 re.IGNORECASE)
FOOT_LINE_MAX = 80  # a longer line is text, not the signature boxes of a page's foot (its wide gaps not counted)


def _short_foot(text: str) -> bool:
    return len(text) < FOOT_LINE_MAX or len(" ".join(text.split())) < FOOT_LINE_MAX
# The body's abbreviation before an item's "§": "KS §", "SBN §", and of a committee of it, in up to three
# words ("RUN AU §", "KS AU §"); or none ("§ 45").
ORGAN_SIGN = r"(?:[A-ZÅÄÖ]{2,6}\s+){0,2}[A-ZÅÄÖ]{0,6}\s*§"
# The page's number set at the right of the same line, after a wide gap ("Justerandes sign      4(5)",
# "Justerandes sign      Sida 4 av 5"): a case system's foot as pdftotext -layout prints it.
_FOOT_PAGE = r"(?:\s{2,}(?:sid(?:an|a)?\.?\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s*\d{1,3}|/\s*\d{1,3}))"
# (a scan's first box with its first word lost under a stamp or the scanner's edge: "signatur) Utdragsbestyrkande"; only
# beside another box, so that a line "Signatur" alone stays)
_HALF_BOX = r"s[it]gn(?:um|atur(?:er)?|atun)?\.?[|)\]}!j]?"
FOOT_LINE = regexes.compile(
    rf"^(?:{_FOOT_BOX}|{_HALF_BOX}(?=\s+{_FOOT_BOX}))(?:\s+{_FOOT_BOX})*{_FOOT_PAGE}?$"
    r"|^" + ORGAN_SIGN + r"\s*\d+\s*\(forts(?:\.|ättning)?\)$", re.IGNORECASE)
# The letters FOOT_LINE's box words start with, in either case (IGNORECASE matches ſ for s); its other
# alternative needs a "§".
_FOOT_INITIALS = frozenset("jJoOsSuU\u017f")
TOP_BLOCK_LINES = 8  # a running header block (title, organisation, body, date, page) is at most this long
# Lone numbers on their own lines that count up one by one at least this many times are item numbers
# ("1" above "Mötets öppnande:"), not page numbers, wherever on the page they stand.
MIN_ITEM_NUMBER_RUN = 4
# "1." / "1)" alone count too: a word processor's list number, set apart from the title it numbers.
_LONE_ITEM_NUMBER = regexes.compile(r"^(?P<n>\d{1,3})[.)]?$")
# "142 Dnr KS 2025/0388" / "142 Delårsrapport": an item's number leading its label line. A case system prints
# the number alone over the title where the item has no Dnr ("141" / "Ändring av dagordningen") and beside the
# Dnr where it has one, so the lone numbers of one run may stand apart, the led ones between them; those count
# in the run (they are kept as they are) and join its lone numbers up.
_LED_ITEM_NUMBER = regexes.compile(r"^(?P<n>\d{1,3})\s+(?:Dnr\b|[A-ZÅÄÖ][a-zåäö])")
# Dot leaders ending a contents entry, with or without its page number ("Val av justerare ....... 2"); plain
# pdftotext gives a contents table's cells on lines of their own, so the page number may follow alone.
LEADERS = r"(?:\.{4,}|…{2,}|\s(?:\.\s){3,})"
CONTENTS_LEADERS = regexes.compile(LEADERS + r"\s*\d{0,4}$")
# Dot leaders as Tesseract reads them: runs of letters ("ssssmssssersresrerrerr rea 2", "..........ssireerererr",
# "Sekreterare smmssssrrrrer rer rrrr rad Paragrafer 30-38"). A token is one where it is long and made
# almost only of the letters dots turn into, or holds the same one three times over (no Swedish word does).
OCR_LEADER_LETTERS = frozenset("rse.:,;'`´")
FOOTED_PAGE_MIN_LINES = 5  # a shorter page (a signature page, a list's tail) has no footer of two lines
OCR_LEADER_MIN_CHARS = 8  # a shorter token is a word
OCR_LEADER_SHARE = 0.75  # of a token's characters, without a threefold run
OCR_LEADER_REST_CHARS = 4  # a short lower-case token beside such a token ("rea", "rrrr") is part of the leader
OCR_LEADER_REST_LETTERS = frozenset("rsenmaoiu.:,")  # ... or one made only of these ("sissi", "renen")
OCR_LEADER_OPENING = frozenset("o.…=")  # the leader's first dots read as "ooo"
_OCR_LEADER_RUN = regexes.compile(r"([rs.])\1\1")
_OCR_LEADER_TOKEN = regexes.compile(r"^[a-zåäö.:,;'`´…€-]+$")


@functools.lru_cache(maxsize=8192)  # asked of every word of the lines with "ss", "rr" or "..": words recur
def _ocr_leader(token: str) -> bool:
    if len(token) < OCR_LEADER_MIN_CHARS or not _OCR_LEADER_TOKEN.match(token) or token.strip(".…:,;") == "" \
            or not any(c.isalpha() for c in token):
        return False
    if _OCR_LEADER_RUN.search(token.strip(".…")) or "...." in token:  # "............nnn."
        return True
    from protokoll.clean.swedish import word_score  # ("reserverar", "sekreterare" are words)

    return sum(map(OCR_LEADER_LETTERS.__contains__, token)) >= OCR_LEADER_SHARE * len(token) and \
        word_score(token.strip(".:,;")) is None


def mend_ocr_leaders(text: str) -> str:
    """``text`` with dot leaders that OCR read as letters given back as dots: "§ 177 Ekonomisk uppföljning
    ssssmsssserrer rea 2" → "§ 177 Ekonomisk uppföljning ........ 2"; else ``text`` itself."""
    tokens = text.split()
    marks = [_ocr_leader(t) for t in tokens]
    if not any(marks):
        return text
    first, last = marks.index(True), len(marks) - 1 - marks[::-1].index(True)

    def rest(t: str) -> bool:
        return _OCR_LEADER_TOKEN.match(t) is not None and t.islower() and \
            (len(t) <= OCR_LEADER_REST_CHARS or set(t) <= OCR_LEADER_REST_LETTERS)

    while last + 1 < len(tokens) and rest(tokens[last + 1]):
        last += 1
    while first > 1 and set(tokens[first - 1]) <= OCR_LEADER_OPENING:
        first -= 1
    return " ".join(tokens[:first] + ["........"] + tokens[last + 1:])
# Lines that recur because minutes repeat them, not because a page template does.
# (An item's label "RUN AU § 21" at the top of two pages is no running header, though its key is the same; nor
# is "26      Dnr KS 2025/14", an item's running number and case heading the page its item starts.)
_LABEL_START = r"^(?:\d{1,3}\s+)?(?:dnr|diarie|" + ORGAN_SIGN + r")"
CONTENT = regexes.compile(r"^(?:att|Att)\b|beslutar|\bbeslut\b|förslag|dragande|mmanfattning|underlag|" + _LABEL_START,
                          re.IGNORECASE)
# An item's label at a page's edge ("UN § 17") is kept though its key is a running header's ("UN 2006-05-02  2 (6)":
# digits and signs fold away, both are "un").
ITEM_LABEL = regexes.compile(_LABEL_START + r"\s*\d", re.IGNORECASE)
# "BUAU 8/2025   Dnr BUN 2025/0040", "TN 3   25/TN 0132": a committee's label without "§", the body's capitals before
# the paragraph's number (with its year in some case systems); such lines differ only in their digits, as a running
# header's do, but each is an item's label (and one among the opening lines is an item, no header to echo).
PREFIXED_LABEL = regexes.compile(r"^[A-ZÅÄÖ]{2,6}\s+\d{1,3}(?:/\d{4})?(?=\s|$)")
TITLE_LINE = regexes.compile(r"^\S*(?:m[oöeé6]te|sammantr[aä]de|styrelse|n[aä]tverk)\S*\s+i\s+\S", re.IGNORECASE)


# (letter, its plain form): replaced one by one where present, which is several times faster than
# str.translate with a dict (that raises and catches a KeyError for every unmapped character).
_FOLD = tuple(zip("åäàáâãöòóôõéèêëüùúûïíìçñ", "aaaaaaoooooeeeeuuuuiiicn"))
# Runs of anything but letters: digits are folded with the spacing and punctuation around them.
_NON_LETTERS = regexes.compile(r"[\W\d_]+")
# Non-ASCII characters that _NON_LETTERS takes (each one tested below): key makes them spaces before its ASCII pass.
_KEY_SEPARATORS = tuple("§–—…”“’‘•«»°\xa0\u2009\u202f")
assert all(_NON_LETTERS.fullmatch(sign) for sign in _KEY_SEPARATORS)


def without_page_tail(text: str) -> str:
    """``text`` less a trailing page number ("Protokoll    Sida 2 av 5"); a cheap test of the last
    character first, as this runs on many lines."""
    last = text[-1:]
    if last.isdecimal() or last in _PAGE_TAIL_LAST:
        return PAGE_NUMBER_TAIL.sub("", text)
    return text


# A page's mark after the last sentence of a line ("12. Till kassör valdes Claes Norrman. 2/2", "… godkänns.
# 1 (3)"): pdftotext sets a page's number on the page's last line of text, after what the line says. After a
# full stop the mark belongs to no sentence; the page's number is never above the count (see _day_month).
PAGE_MARK_TAIL = regexes.compile(r"(?<=[.!?])\s+(?P<n>\d{1,3})\s*(?:/\s*(?P<m>\d{1,3})|\(\s*(?P<p>\d{1,3})\s*\))$")


def without_page_mark(text: str) -> str:
    """``text`` less a page mark after its last sentence (see PAGE_MARK_TAIL); a cheap test of the last
    character first."""
    if not (text[-1:].isdecimal() or text[-1:] == ")"):
        return text
    m = PAGE_MARK_TAIL.search(text)
    if m is None or int(m.group("n")) > int(m.group("m") or m.group("p")):
        return text
    return text[:m.start()]


# For ASCII text: every character but a small letter as a space (key lower-cases first, so no capital is
# left), which split() and join() then make single spaces between the words: what _NON_LETTERS.sub(" ", ...)
# .strip() gives, in two C loops instead of a class test per character.
_ASCII_LETTERS_ONLY = "".join(ch if "a" <= ch <= "z" else " " for ch in map(chr, range(128)))


def key(text: str) -> str:
    """Comparison key for repeated lines: case, diacritics, digits and spacing folded."""
    text = text.lower()
    if not text.isascii():
        for letter, plain in _FOLD:
            if letter in text:
                text = text.replace(letter, plain)
        if not text.isascii():
            # The signs Swedish lines hold past the letters ("§", a dash, quotes) part words as any non-letter
            # does: made spaces, a line that holds no other is done in the ASCII pass below, not the pattern.
            for sign in _KEY_SEPARATORS:
                if sign in text:
                    text = text.replace(sign, " ")
            if not text.isascii():
                return _NON_LETTERS.sub(" ", text).strip()
    return " ".join(text.translate(_ASCII_LETTERS_ONLY).split())


_SLASHED = regexes.compile(r"^(\d+)\s*/\s*(\d+)$")


YEARS = range(1900, 2100)  # "10/2025" alone on a line is a meeting's number and year, not "page 10 of 2025"


def _day_month(text: str) -> bool:
    """ "31/10", "14/11" alone on a line (a table's date cell) is a day and month, not "page 3 of 4": a page's
    number is never above the count ("2025/101", a case number's serial wrapped onto a line of its own, is no
    page either). Nor is "10/2025" (a header table's "Protokollnummer" cell) a page's."""
    m = _SLASHED.match(text)
    return bool(m) and (int(m.group(1)) > int(m.group(2)) or int(m.group(2)) in YEARS)


_WEB_CHROME_MAX = max(map(len, cv.WEB_CHROME_LINES)) + 8  # (with the spaces a saved page indents it by)


def _address_feet(lines: list[Line]) -> set[int]:
    """The lines of a letterhead's address footer: a row of address labels alone ("Postadress   Besöksadress
    Telefon / E-post   Org.nr / Bankgiro") and the rows of values under it on the same page; on a single page too,
    where no repetition shows it for furniture."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        cells = [c.strip().lower() for c in _GAP.split(line.text.strip())] if "  " in line.text else []
        if len(cells) < 2 or not all(c in cv.ADDRESS_FOOT_LABELS for c in cells):
            continue
        out.add(id(line))
        for below in lines[k + 1:k + 1 + cv.ADDRESS_FOOT_ROWS]:
            if below.page != line.page:
                break
            out.add(id(below))
    return out | _address_feet_cells(lines)


def _address_feet_cells(lines: list[Line]) -> set[int]:
    """The same footer as plain pdftotext gives it, a cell a line: the labels one under the other ("Postadress" /
    "Besöksadress" / "Telefon" / "E-post"), then their values, a value a line."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and lines[run].page == lines[k].page \
                and lines[run].text.strip().lower() in cv.ADDRESS_FOOT_LABELS:
            run += 1
        if run - k < ADDRESS_CELL_LABELS:
            k += 1
            continue
        # the row of values under the labels, a value a line (as many as the labels, on the same page)
        values = [j for j in range(run, min(2 * run - k, len(lines))) if lines[j].page == lines[k].page]
        out.update(id(lines[j]) for j in [*range(k, run), *values])
        k = run + len(values)
    return out


_GAP = regexes.compile(r"\s{2,}")
ADDRESS_CELL_LABELS = 3  # labels one a line: at least this many in a row (two could be a contact's lines)


# The words (in ``remove``, the characters) that let a line be a web page's or a fax's furniture at all, found with
# one pattern's search rather than a test a word: what any(w in text for w in words) answers. A fax's sender words
# and a trail's separators are read in ``text``, a web bar's anchors (to log in or out, the menu) lowered.
_FAX_SENDER_WORD = regexes.compile("|".join(map(re.escape, cv.FAX_SENDER_WORDS)))
_TRAIL_SEPARATOR = regexes.compile("[" + re.escape(cv.TRAIL_SEPARATORS) + "]")
_FAX_OR_TRAIL = regexes.compile(f"{_FAX_SENDER_WORD.pattern}|{_TRAIL_SEPARATOR.pattern}")
_WEB_BAR_ANCHOR = regexes.compile("|".join(map(re.escape, cv.WEB_BAR_ANCHORS)))


def _web_bar(text: str, low: str | None = None) -> bool:
    """A printed web page's top bar: the site's name, then its links after a column gap, one to log in or out or
    the menu among them (``cv.WEB_BAR``). ``low``, where given, is ``text.lower()``."""
    low = text.lower() if low is None else low
    return _WEB_BAR_ANCHOR.search(low) is not None and bool(cv.WEB_BAR.match(text.strip()))


_FOOT_CELL_DATE = regexes.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")  # a date alone on the line under a page's foot


def remove(lines: list[Line]) -> list[Line]:
    lines = _cut_signature_page(lines)
    numbers = _item_numbers(lines)
    lines = _drop_top_blocks(lines, numbers)
    labelled = _labelled_numbers(lines)
    pages = _page_lines(lines, numbers)  # (read by four of the tests below)
    running_keys = _running_keys(lines, pages)
    title = next((line for line in lines[:12] if TITLE_LINE.match(line.text)), None)
    title_key = key(title.text) if title is not None else None
    # One matcher for every comparison with the title: SequenceMatcher indexes its second sequence once.
    title_matcher = SequenceMatcher(None, "", title_key) if title_key is not None else None
    edges = _edge_lines(pages) if running_keys else set()
    feet = _foot_lines(pages) if running_keys else set()
    repeated_headers = _furn_repeated_headers(lines)
    footers_apart = _footers_apart(lines, pages)
    opening_echoes = _opening_echoes(lines, numbers)
    footnotes = _page_footnotes(lines, numbers)
    address_feet = _address_feet(lines) if "adress" in "".join(line.text for line in lines).lower() else set()
    dropped = repeated_headers | opening_echoes | address_feet | footnotes  # ids, each kind dropped whole
    out: list[Line] = []
    seen: set[str] = set()
    after_foot = False
    first_head = True  # no line of the text kept yet
    for line in lines:
        if after_foot and _FOOT_CELL_DATE.match(line.text):
            after_foot = False
            continue  # "Justerandes signum   Anslagsdatum   Utdragsbestyrkande" / "2025-12-11": the foot's date cell
        after_foot = False
        ident = id(line)
        if ident in dropped:
            # a running header repeated where a page break was lost; a letterhead's address footer; a footnote at
            # a page's foot
            continue
        raw = line.text
        if ("\\" in raw or "." in raw[-6:]) and FILE_PATH_LINE.match(raw.strip()):
            continue  # a word processor's footer field: the document's file name and path
        low = raw.lower()
        if len(raw) <= _WEB_CHROME_MAX and (low.strip() in cv.WEB_CHROME_LINES or low.strip() in cv.CASE_SYSTEM_CELL_LINES):
            continue  # a saved web page's skip link, a case system's lone column title
        if "ookie" in raw and low.strip().startswith(cv.WEB_COOKIE_NOTICE):
            continue  # ... and its cookie notice
        if _FAX_OR_TRAIL.search(raw) is not None:
            if len(raw) <= cv.FAX_LINE_MAX and _FAX_SENDER_WORD.search(raw) and cv.FAX_LINE.search(raw):
                continue  # a fax's or a copier's transmission line over a page sent on paper
            if _TRAIL_SEPARATOR.search(raw) and cv.WEB_TRAIL.match(raw.strip()):
                continue  # ... and a web page's trail of links, bare
        if _WEB_BAR_ANCHOR.search(low) is not None and _web_bar(raw, low):  # (the anchor first: no call a line)
            continue  # ... and its bar with the site's name and links ("Sammanträdesportalen   Sök   Logga in")
        text = without_page_tail(raw).rstrip() if "  " in raw else raw
        numbered = text[-1:].isdecimal() or text[-1:] == ")"  # (what a page mark or number at the end needs)
        if numbered:
            text = without_page_mark(text)
            numbered = text[-1:].isdecimal() or text[-1:] == ")"
        if len(text) < len(raw) and _footer_of_title(line, text, lines, repeated_headers):
            continue  # the title repeated with the page number at a page's edge, on a single page too
        if numbered and EDGE_PAGE_NUMBER_TAIL.search(text) \
                and _footer_of_title(line, EDGE_PAGE_NUMBER_TAIL.sub("", text), lines, repeated_headers):
            continue  # ... with one space before the page number ("Protokoll Sida 1 av 1", pdftotext -raw)
        if ident in footers_apart:
            continue  # ... on a line of its own over the page number (plain pdftotext)
        if running_keys and ident in edges and EDGE_PAGE_NUMBER_TAIL.search(text) \
                and (k := key(EDGE_PAGE_NUMBER_TAIL.sub("", text))) in running_keys:
            if line.page > 1 or k in seen or not first_head:
                continue  # a running footer with its page number: "Lindmo Båtklubb Sida 2 av 2"
            # the first page's head, the document's own heading: its words stay ("Region Västersjö   Sida 1 (3)")
            text = EDGE_PAGE_NUMBER_TAIL.sub("", text).rstrip()
        first_head = False
        if text[:1] in _PAGE_NUMBER_START and PAGE_NUMBER.match(text) and ident not in numbers \
                and not _day_month(text) and ident not in labelled:
            continue
        if (text[:1] in _FOOT_INITIALS or "§" in text) and _short_foot(text) and FOOT_LINE.match(text):
            after_foot = True
            continue
        near_title = title is not None and -2 <= len(text) - len(title.text) <= 16
        # Running headers sit at page edges; only those lines (and title look-alikes) need a key.
        k = key(text) if near_title or ident in edges else ""
        if line is not title:
            if near_title and _same_title(k, title_key, title_matcher):
                continue
            # The first occurrence on page 1 may be the document's own heading; later ones are furniture.
            if k and k in running_keys and (line.page > 1 or k in seen or ident in feet) \
                    and not ("§" in text and ITEM_LABEL.match(text)):
                continue
        seen.add(k)
        line.text = text
        out.append(line)
    _keep_breaks(lines, out)
    return out


# A numbered heading ("1. Val av justerare", "§ 4 Ekonomi") that a dropped page mark stood over.
_HEADING_AFTER_BREAK = regexes.compile(r"^(?:§\s*\d|\d{1,3}[.)]\s+[A-ZÅÄÖ])")


def _keep_breaks(lines: list[Line], kept: list[Line]) -> None:
    """The paragraph break a dropped line stood after, kept where a numbered heading follows it: "3. Åtgärdslista"
    / "" / "          2 (3)" / "1. Val av justerare" is a list and then an item, not one list (a layout's page
    mark between them, the page break itself lost)."""
    ids = {id(line) for line in kept}
    gap = False
    for line in lines:
        if id(line) not in ids:
            gap = gap or line.blank_before
            continue
        if gap and not line.blank_before and line.text[:1] in _HEADING_FIRST and _HEADING_AFTER_BREAK.match(line.text):
            line.blank_before = True
        gap = False


_HEADING_FIRST = frozenset("§0123456789")



# A running header repeated in mid-text, where the page break was lost (pages joined without a form feed, as some
# PDF-to-text tools give them): "Kommunstyrelsen 2025-03-04 Sida 3 (9)", "Svenska Xförbundet Förbundsmöte 2025
# 2 (3)" between two halves of a sentence. Its page mark, after the header's words: "Sida N (M)", "Sidan N av M",
# "N (M)", "N/M" (the page's number never above the count).
RUNNING_PAGE_MARK = regexes.compile(
    r"\s+(?:sid(?:an|a)?\.?\s*(?P<n1>\d{1,3})\s*(?:av|/|\()\s*(?P<m1>\d{1,3})\)?"
    r"|(?P<n2>\d{1,3})\s*(?:\(\s*(?P<m2>\d{1,3})\s*\)|/\s*(?P<m3>\d{1,3}))"
    # "Datum        2 av 6": "N av M" without "Sida", apart from the header's words by a layout's wide gap
    r"|(?<=\s\s)(?P<n4>\d{1,3})\s+av\s+(?P<m4>\d{1,3})"
    # "Protokoll från X:s 43:e sammanträde den 14 maj 2025 (3)": the page count alone in brackets, the page's
    # number lost to the other corner of the foot (found only where the line recurs, as every such mark)
    r"|\((?P<m5>\d{1,3})\)"
    # "Tekniska nämnden    2025-06-10    Sida 2": the page's number without the count
    r"|sid(?:an|a)\.?\s*(?P<n6>\d{1,3}))$"
    # "Tekniska nämnden    2025-06-10    2": a bare number after the head's date and a wide gap
    r"|(?<=\d{4}-\d{2}-\d{2})\s{2,}(?P<n7>\d{1,3})$", re.IGNORECASE)
HEADER_TAIL_MAX_CHARS = 30  # a running header's second line (its date under "Datum    2 av 6") is this short
MIN_HEADER_REPEATS = 2  # a line with a page mark seen this often (page number aside) is a running header
RUNNING_HEADER_MAX_CHARS = 90  # a longer line is text, whatever it ends with
FIRST_HEADER_LINES = 3  # the document's first-page header line stands among its first lines ...
FIRST_HEADER_MIN_WORDS = 2  # ... and says more than one word ("PROTOKOLL  Sammanträdesdatum  2025-02-11")
_ISO_DATE = regexes.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_ISO_DATE_END = regexes.compile(r"\b\d{4}-\d{2}-\d{2}$")
_PARTY_MARK = regexes.compile(r"\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{1,3})\)")  # an attendee's "(S)", "(KD)", "(Fi)"


def _may_end_in_page_mark(text: str) -> bool:
    """Whether RUNNING_PAGE_MARK may be found in ``text``: read from its end, after a ")" and the last number,
    stands "/", "(" or the "v" of "av" ("2/3", "2 (3)", "Sida 2 av 3"). A look at a few characters that spares
    most lines ending in a number (dates, times, "§ 12") the pattern, which, led by a run of whitespace, starts
    a match attempt at every character of the line."""
    k = len(text)
    if text[k - 1:k] == ")":
        k -= 1
    while k and text[k - 1].isspace():
        k -= 1
    j = k
    while j and text[j - 1].isdecimal():  # the count, as \d reads digits
        j -= 1
    if j == k:
        return False
    gap = j
    while j and text[j - 1].isspace():
        j -= 1
    # ("Sida 2", "Sidan 2": the page's number alone; "2025-06-10    2": a bare number after a date and a wide gap)
    return text[j - 1:j] in ("/", "(", "v", "V", "a", "A", "n", "N") or \
        (gap - j >= 2 and _ISO_DATE_END.search(text, 0, j) is not None)


def _furn_header_stem(text: str) -> tuple[str, bool]:
    """``text`` without its page mark, folded for comparison (case and spacing), and whether it had one."""
    m = RUNNING_PAGE_MARK.search(text) if (text[-1:].isdecimal() or text[-1:] == ")") and \
        _may_end_in_page_mark(text) else None
    if m is not None:
        # (a mark without its count, "Sida 2" or a bare number after the date, is never above it)
        n = m.group("n1") or m.group("n2") or m.group("n4") or m.group("n6") or m.group("n7")
        count = m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5") or n
        n = n or count
        if int(n) <= int(count):
            text = text[:m.start()]
        else:
            m = None
    return " ".join(text.casefold().split()), m is not None


def _folded_length(text: str) -> int:
    """The length of ``text`` with each run of spaces read as one: a layout's wide gaps between a running header's
    cells ("HEDVIKS KOMMUN          SAMMANTRÄDESPROTOKOLL          2 (6)") are no text."""
    return len(" ".join(text.split())) if "  " in text else len(text)


def _furn_may_be_header(text: str) -> bool:
    """Whether ``text`` could be page furniture at all: short, and no item's label, decision or attendee."""
    # (its length with the layout's wide gaps read as one space: "Idrottsnämnden      Sammanträdesdatum 2025-11-06
    #  2 (8)" spread over a page's width is a short line)
    return _folded_length(text) <= RUNNING_HEADER_MAX_CHARS and not CONTENT.search(text) and not ITEM_LABEL.match(text) \
        and not _PARTY_MARK.search(text) and bool(key(text))


def _furn_repeated_headers(lines: list[Line]) -> set[int]:
    """Ids of running-header lines wherever they stand: a line with a page mark whose text but the page number
    recurs at least MIN_HEADER_REPEATS times, or one that says again the document's first-page header line but
    for its page number. The first such line atop the document stays (it is its heading)."""
    stems: dict[int, str] = {}
    counts: Counter[str] = Counter()
    for line in lines:
        text = line.text.strip()
        if not (text[-1:].isdecimal() or text[-1:] == ")") or _folded_length(text) > RUNNING_HEADER_MAX_CHARS \
                or not _may_end_in_page_mark(text):
            continue  # no page mark: no stem needed
        stem, marked = _furn_header_stem(text)
        if marked and _furn_may_be_header(stem):
            stems[id(line)] = stem
            counts[stem] += 1
    repeated = {stem for stem, n in counts.items() if n >= MIN_HEADER_REPEATS}
    if len(counts) > len(repeated):
        repeated |= _page_heads(lines, counts.keys() - repeated, stems.keys())
    led = _page_led_headers(lines)
    for line in lines:
        if id(line) in led:
            stems[id(line)] = led[id(line)]
    repeated |= set(led.values())
    firsts: dict[str, int] = {}
    for line in lines[:FIRST_HEADER_LINES]:
        text = line.text.strip()
        stem, marked = _furn_header_stem(text)
        if len(stem.split()) >= FIRST_HEADER_MIN_WORDS and (marked or _ISO_DATE.search(stem)) \
                and _furn_may_be_header(stem):
            firsts.setdefault(stem, id(line))
    if not repeated and not firsts:
        return set()
    # A stem's first word is its line's first word case-folded (a page mark is cut after a space): a line whose
    # first word opens no first header line's stem is spared folding the whole line twice.
    first_words = {stem.split(" ", 1)[0] for stem in firsts}
    out: set[int] = set()
    kept: set[str] = set()
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not text or _folded_length(text) > RUNNING_HEADER_MAX_CHARS:
            continue
        stem = stems.get(id(line))
        if stem not in repeated:
            if not firsts or text.split(None, 1)[0].casefold() not in first_words:
                continue
            stem = " ".join(text.casefold().split())
            if stem not in firsts:
                stem = _furn_header_stem(text)[0]
                if stem not in firsts:
                    continue
        if k < FIRST_HEADER_LINES and stem not in kept:
            kept.add(stem)  # the document's own heading
            continue
        out.add(id(line))
    return out | _furn_header_tails(lines, out)


_CELL_GAP = regexes.compile(r"\s{2,}")


def _page_heads(lines: list[Line], stems: Iterable[str], marked: Collection[int]) -> set[str]:
    """The ``stems`` (of lines with a page mark, seen once) that are a case system's page head, where a page break
    left one in mid-text: the words before the mark, the head's dates aside, are the template's
    (cv.PAGE_HEAD_WORDS: "Sammanträdesprotokoll  Sida 4 (12)") or a cell of the document's opening lines, such as
    its body ("Kommunfullmäktige        3(9)", "Kommunstyrelsen   2025-03-04   2(2)"); lines with a page mark
    (``marked``, ids) are not among those that name the cells."""
    cells = {" ".join(_ISO_DATE.sub(" ", cell).split()) for line in lines[:TOP_BLOCK_LINES] if id(line) not in marked
             for cell in _CELL_GAP.split(line.text.strip().casefold())}
    cells = {cell for cell in cells if any(c.isalpha() for c in cell)} | cv.PAGE_HEAD_WORDS
    return {stem for stem in stems if " ".join(_ISO_DATE.sub(" ", stem).split()) in cells}


# "2 SAMMANTRÄDESPROTOKOLL", "3 SAMMANTRÄDESPROTOKOLL": the page's number before the running header's words (a
# transcript that reads the page's top corner first); the words without a digit, the numbers rising page by page
# (an item and its contents entry, "102 Meddelanden" twice, share their number).
_PAGE_LED = regexes.compile(r"^(?P<n>\d{1,3})\s+(?P<rest>\D{3,})$")


def _page_led_headers(lines: list[Line]) -> dict[int, str]:
    """Ids of the lines _PAGE_LED finds whose words (folded) recur at least MIN_HEADER_REPEATS times with rising
    numbers, each with its stem."""
    found: dict[str, list[tuple[int, int]]] = {}
    for line in lines:
        text = line.text.strip()
        m = _PAGE_LED.match(text) if text[:1].isdecimal() and _folded_length(text) <= RUNNING_HEADER_MAX_CHARS else None
        if m and _furn_may_be_header(m.group("rest")):
            found.setdefault(" ".join(m.group("rest").casefold().split()), []).append((int(m.group("n")), id(line)))
    out: dict[int, str] = {}
    for stem, hits in found.items():
        numbers = [n for n, _ in hits]
        if len(hits) >= MIN_HEADER_REPEATS and all(b > a for a, b in zip(numbers, numbers[1:])):
            out.update((at, stem) for _, at in hits)
    return out


def _furn_header_tails(lines: list[Line], headers: set[int]) -> set[int]:
    """Ids of the second lines of a two-line running header ("Datum    2 av 6" / "2025-04-24"): the short line
    right after each repeated header line, where it says again what stands after the document's first one."""
    at = [k for k, line in enumerate(lines) if id(line) in headers]
    if not at:
        return set()
    first = next((k for k in range(at[0]) if _furn_header_stem(lines[k].text.strip())[0]
                  == _furn_header_stem(lines[at[0]].text.strip())[0]), None)
    if first is None or first + 1 >= len(lines):
        return set()
    tail = " ".join(lines[first + 1].text.split())
    if not tail or len(tail) > HEADER_TAIL_MAX_CHARS:
        return set()
    return {id(lines[k + 1]) for k in at if k + 1 < len(lines) and " ".join(lines[k + 1].text.split()) == tail}


LABEL_COLUMN_MAX = 8  # a header table's label column ("Datum:" / "Plats:" / "Löpnummer:") is short


def _labelled_numbers(lines: list[Line]) -> set[int]:
    """Ids of the lone numbers that are the value of a meeting-number label in a column of labels whose values
    follow one a line in the same order ("Datum:" / "Plats:" / "Löpnummer:" / "8 februari 2025" / "Kansliet" /
    "2"): the protocol's number, not a page's."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if line.page > 1:
            break
        text = line.text.strip()
        if not (text.endswith(":") and NUMBER_LABEL.match(text)):
            continue
        start = k
        while start > 0 and k - start < LABEL_COLUMN_MAX and lines[start - 1].text.rstrip().endswith(":") \
                and len(lines[start - 1].text.split()) <= 3:
            start -= 1
        end = k + 1
        while end < len(lines) and end - start < LABEL_COLUMN_MAX and lines[end].text.rstrip().endswith(":") \
                and len(lines[end].text.split()) <= 3:
            end += 1
        at = end + (k - start)
        if end - start >= 2 and at < len(lines) and lines[at].text.strip().isdigit():
            out.add(id(lines[at]))
    return out


def _footer_of_title(line: Line, text: str, lines: list[Line], dropped: Collection[int] = frozenset()) -> bool:
    """Whether ``line``, ``text`` with a page number after it ("Protokoll    Sida 1 av 1"), stands at the
    foot or top of its page and says again one of the document's first lines: a running footer or header,
    which a document of one page has too. (Not a line the header dropped as saying ``line`` again, ids in
    ``dropped``: "Ljungmarkens Brukshundklubb    Sida 1 (1)" over "Ljungmarkens Brukshundklubb" keeps one of them.)"""
    page = [x for x in lines if x.page == line.page]
    if line is not page[-1] and line is not page[0]:
        return False
    k = key(text)
    return bool(k) and any(key(x.text) == k for x in lines[:TOP_BLOCK_LINES] if x is not line and id(x) not in dropped)


ECHO_RUN_MIN = 2  # this many lines in a row that say again the document's opening lines in their order ...
ECHO_LINE_MIN_WORDS = 3  # ... or one line of at least this many words that says again one opening line
ECHO_TAIL_MAX_CHARS = 20  # a date under a repeated header block ("2025-10-14") is at most this long
_ECHO_TAIL = regexes.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,3}\s*\(\s*\d{1,3}\s*\)|sid(?:an|a)?\s*\d{1,3}.*)$", re.IGNORECASE)
_ITEM_LED = regexes.compile(r"^\W*(?:\d|[§&$])")  # an item's number or sign first: an item or a contents entry
_NAME_LIKE = regexes.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü-]+(?:\s+[A-ZÅÄÖÉ][a-zåäöéü-]+){1,3}$")  # "Anna Ek": a signature
# The meeting's date under a running header block ("Sammanträdesdatum 2025-10-09"), which the opening may not hold.
_HEADER_DATE = regexes.compile(r"^(?:sammanträdesdatum|mötesdatum|datum)\s*:?\s*\d{4}-\d{2}-\d{2}$", re.IGNORECASE)


_NO_ECHO = "§"  # stands for the key of a line that says again no opening line: no key holds a "§"


@functools.cache
def _key_initial(letter: str) -> str:
    """The first character of the key of any text led by ``letter`` (a letter)."""
    return key(letter)[:1]


def _opening_echoes(lines: list[Line], numbers: set[int] = frozenset()) -> set[int]:
    """Ids of the lines that say again the document's opening lines (its first TOP_BLOCK_LINES) in mid-page, where
    a source's page break was lost or its running header stands in the text flow: ECHO_RUN_MIN lines or more in a
    row, in the opening's order ("VITTERSJÖ KOMMUN" / "Socialnämndens individutskott" / ...), with the date or
    page number lines between and just under them; or one line of ECHO_LINE_MIN_WORDS words or more ("Lindåsa
    kommun | Miljönämnden | Protokoll 2025-10-07" under a first line without the date). Lines that only name
    people (a signature row says again names listed at the top), or that no running header could be (an
    attendee's "(S)", a decision; see _furn_may_be_header), are never echoes; nor are items and contents
    entries among the opening lines."""
    opening = [line for line in lines[:TOP_BLOCK_LINES] if line.page == lines[0].page] if lines else []
    # (a contents list at the top, "§ 21 Godkännande av föredragningslista ..... 2", says the items' titles)
    first = [(k, key(line.text)) for k, line in enumerate(opening)
             if not _ITEM_LED.match(line.text) and not PREFIXED_LABEL.match(line.text)
             and not CONTENTS_LEADERS.search(line.text)]
    first = [(k, x) for k, x in first if x]
    if not first:
        return set()
    where: dict[str, list[int]] = {}
    for n, (_, x) in enumerate(first):
        where.setdefault(x, []).append(n)
    # A line led by a letter keys from that letter (key's folding goes letter by letter): where no opening line's
    # key starts as it does, the line keys as no opening line does and only parts runs, so it is spared key.
    initials = {x[0] for x in where}
    keyed = [(i, _NO_ECHO if (lead := line.text[:1]).isalpha() and _key_initial(lead) not in initials
              else key(line.text)) for i, line in enumerate(lines[len(opening):], len(opening))]
    keyed = [(i, x) for i, x in keyed if x]
    out: set[int] = set()
    n = 0
    while n < len(keyed):
        i, x = keyed[n]
        best = 0
        for start in where.get(x, ()):  # the longest run from here that follows the opening in order
            run = 1
            while n + run < len(keyed) and start + run < len(first) and keyed[n + run][1] == first[start + run][1]:
                run += 1
            best = max(best, run)
        texts = [lines[keyed[n + r][0]].text.strip() for r in range(best)]
        alone = best == 1 and len(x.split()) >= ECHO_LINE_MIN_WORDS
        if (best >= ECHO_RUN_MIN or alone) and not all(_NAME_LIKE.match(t) for t in texts) \
                and all(_furn_may_be_header(t) for t in texts):
            end = keyed[n + best - 1][0]
            out.update(id(line) for line in lines[i:end + 1])  # with the date and number lines between
            for line in lines[end + 1:end + 3]:
                text = line.text.strip()
                # (a date or a page mark: never the next item's "§ 15", whose key is as empty)
                if id(line) not in numbers and (len(text) <= ECHO_TAIL_MAX_CHARS and _ECHO_TAIL.match(text)
                                                or _HEADER_DATE.match(text)):
                    out.add(id(line))
                else:
                    break
            n += best
            continue
        n += 1
    return out


FOOTER_APART_LINES = 2  # plain pdftotext puts a footer's words this near the page number it gives apart


def _footers_apart(lines: list[Line], pages: dict[int, list[list[Line]]]) -> set[int]:
    """Ids of running footers given apart from their page number: among the FOOTER_APART_LINES lines before a
    page number that ends its page, one that says again one of the document's first FIRST_HEADER_LINES lines
    ("PROTOKOLL" / "Inger Wahl" / "Sida 1 av 1", as plain pdftotext reads a footer beside a signature row).
    ``pages`` is ``_page_lines(lines, ...)``."""
    firsts = {key(line.text): id(line) for line in lines[:FIRST_HEADER_LINES]}
    firsts.pop("", None)
    if not firsts:
        return set()
    out: set[int] = set()
    for runs in pages.values():
        if len(runs) < 2 or runs[-1]:
            continue  # the page does not end with its page number
        page = [line for run in runs for line in run]
        for line in page[-FOOTER_APART_LINES:]:
            if len(line.text) <= RUNNING_HEADER_MAX_CHARS and firsts.get(key(line.text), id(line)) != id(line):
                out.add(id(line))
    return out


_NUMBER_LED = frozenset("0123456789§")


def _item_numbers(lines: list[Line]) -> set[int]:
    """Ids of the lone-number lines that number items: the longest run of them counting up by one
    (page numbers between them start runs of their own), where it is long enough."""
    runs: dict[int, list[Line]] = {}
    best: list[Line] = []
    previous = ""
    for i, line in enumerate(lines):
        text = line.text.strip()
        leaders, previous = previous, text
        lone = _LONE_ITEM_NUMBER.match(text) if len(text) <= 4 else None
        led = _LED_ITEM_NUMBER.match(text) if lone is None and text[:1].isdigit() else None
        if led:
            value = int(led.group("n"))
            runs[value] = runs.get(value - 1, []) + [line]
            continue
        if lone:
            if leaders.endswith(".") and CONTENTS_LEADERS.search(leaders):
                continue  # the page number of a contents entry
            value = int(lone.group("n"))
            if value == line.page and _first_or_last_of_page(lines, i):
                continue  # "3" atop page 3: its page's number, though the pages count up by one as items do
            if i + 1 < len(lines) and lines[i + 1].text.lstrip()[:1] in _NUMBER_LED:
                continue  # "3" over "105 Åtgärder ...": the item's own number leads the next line, so no title follows it
            run = runs.get(value - 1, []) + [line]
            runs[value] = run
            if len(run) > len(best):
                best = run
    return {id(line) for line in best if _LONE_ITEM_NUMBER.match(line.text.strip())} \
        if len(best) >= MIN_ITEM_NUMBER_RUN else set()


# A footnote at a page's foot as plain pdftotext gives it: its mark alone on a line ("1"), then the note's
# sentence, then only the page's foot boxes ("Justerandes signatur" / "Utdragsbestyrkande") or its end.
_FOOTNOTE_MARK = regexes.compile(r"^[1-9]$")
FOOTNOTE_MAX_LINES = 3  # a longer run under the mark is the page's text, not a note
FOOTNOTE_MIN_WORDS = 3  # the note is a sentence, not a heading whose item begins on the page after


def _page_footnotes(lines: list[Line], numbers: set[int] = frozenset()) -> set[int]:
    """Ids of the lines of footnotes at the pages' feet (the mark and its note): no part of the minutes."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not (line.text.strip()[:1].isdigit() and _FOOTNOTE_MARK.match(line.text.strip())) or id(line) in numbers:
            continue
        note = [k for k in range(i + 1, min(i + 1 + FOOTNOTE_MAX_LINES, len(lines))) if lines[k].page == line.page]
        end = next((k for k in note if _short_foot(lines[k].text) and FOOT_LINE.match(lines[k].text.strip())), None)
        body = note[:note.index(end)] if end is not None else note
        rest = itertools.takewhile(lambda k: lines[k].page == line.page,
                                   range(end if end is not None else i + 1 + len(body), len(lines)))
        words = " ".join(lines[k].text for k in body).split()
        if not body or len(words) < FOOTNOTE_MIN_WORDS or not words[-1].endswith(".") \
                or not lines[body[0]].text.lstrip()[:1].isupper():
            continue
        # nothing of the page's text after the note: its foot boxes, page numbers, or the next page
        if all(FOOT_LINE.match(lines[k].text.strip()) or PAGE_NUMBER.match(lines[k].text.strip()) for k in rest):
            out.update(id(lines[k]) for k in [i, *body])
    return out


def _first_or_last_of_page(lines: list[Line], i: int) -> bool:
    page = lines[i].page
    return (i == 0 or lines[i - 1].page != page) or (i + 1 == len(lines) or lines[i + 1].page != page)


def _drop_top_blocks(lines: list[Line], keep: set[int] = frozenset()) -> list[Line]:
    """Drop the header block municipal minutes repeat at the top of every page: the leading lines of a
    page that also stand among the first lines of the first page."""
    if not lines or lines[-1].page == lines[0].page:
        return lines  # one page: no page repeats a header (lines run in page order)
    first = [line for line in lines[:TOP_BLOCK_LINES * 2] if line.page == lines[0].page][:TOP_BLOCK_LINES]
    keys = {key(line.text) for line in first} - {""}
    if len(keys) < 2:
        return lines
    out: list[Line] = []
    dropped: set[str] = set()
    page, leading = None, False
    for line in lines:
        if line.page != page:
            page, leading = line.page, line.page != lines[0].page
        if leading and id(line) not in keep:
            text = line.text
            k = key(text)
            # a date or page number carries no letters: its key is empty (but "§ 43", which starts the
            # page's first item, carries none either)
            label = "§" in text and ITEM_LABEL.match(text)  # "UN § 17" under "UN 2006-05-02  3 (6)": the same key
            # (a header table's row of values, "2025-11-24          2 (2)", is measured without its column gap)
            if k in keys and not label or (not k and len(" ".join(text.split())) <= 20 and "§" not in text) or \
                    (text[:1] in _PAGE_NUMBER_START and PAGE_NUMBER.match(text)):
                dropped.add(k)
                continue
            leading = False
        out.append(line)
    # The first page's top line repeated atop later pages, whose every word the title block under it says again
    # on lines of their own ("Ekby kommun | Kommunstyrelsen | Protokoll 2025-03-04" over "Kommunstyrelsen" /
    # "Ekby kommun" / "PROTOKOLL"), is the running header there too, not the title.
    # (Not where it carries the protocol's number, which no line under it says: "STIFTELSEN X   Protokoll 2/2020" over
    # "Protokoll fört vid sammanträde med styrelsen för Stiftelsen X": the number is read there.)
    top = key(first[0].text)
    if top and top in dropped and len(first) > 1 and \
            set(top.split()) <= set(" ".join(key(line.text) for line in first[1:]).split()) \
            and not _numbered_top(first[0].text, first[1:]):
        out = [line for line in out if line is not first[0]]
    return out


# A protocol's running number in a running header: "Protokoll 2/2020", "Styrelsemöte nr 4", "Protokoll nr 3/2021".
_TOP_NUMBER = regexes.compile(r"\b(?:protokoll|möte|sammanträde|styrelsemöte)\s+(?:nr\.?\s*)?\d{1,3}\s*/\s*"
                              r"(?:19|20)\d{2}\b|\bnr\.?\s*\d{1,3}\b", re.IGNORECASE)


def _numbered_top(text: str, below: list[Line]) -> bool:
    """Whether the first page's top line ``text`` carries the protocol's number and no line ``below`` says it."""
    m = _TOP_NUMBER.search(text) if any(c.isdigit() for c in text) else None
    return bool(m) and not any(m.group(0) in line.text for line in below)


def _page_lines(lines: list[Line], numbers: set[int] = frozenset()) -> dict[int, list[list[Line]]]:
    """Each page's lines but its bare page numbers (not the item numbers ``numbers``), in the runs those
    numbers end: a footer set above its own page number line ("Kören – styrelseprotokoll 2025-10-07" / "1")
    stands at its page's foot, and where typesetting moved the end of a page of the writer's into the middle
    of one of its own (a document printed again), the number still marks where that page ended."""
    pages: dict[int, list[list[Line]]] = {}
    for line in lines:
        runs = pages.setdefault(line.page, [[]])
        text = line.text.strip()
        if text[:1] in _PAGE_NUMBER_START and PAGE_NUMBER.match(text) and not _day_month(text) \
                and id(line) not in numbers:
            runs.append([])
            continue
        runs[-1].append(line)
    return pages


def _edges_of(runs: list[list[Line]], size: int = 2) -> list[Line]:
    """A page's first and last ``size`` lines, and the ``size`` lines before each page number inside it."""
    page = [line for run in runs for line in run]
    inner = [line for run in runs[:-1] for line in run[-size:]]
    return page[:size] + page[-size:] + inner


def _edge_lines(pages: dict[int, list[list[Line]]]) -> set[int]:
    """Ids of the lines ``_edges_of`` each page of ``pages`` (``_page_lines``)."""
    return {id(line) for runs in pages.values() for line in _edges_of(runs)}


def _foot_lines(pages: dict[int, list[list[Line]]]) -> set[int]:
    """The last two lines of each page, and before a page number inside it: a running footer there is
    furniture on page 1 too. ``pages`` is ``_page_lines``'s."""
    out: set[int] = set()
    for runs in pages.values():
        if sum(map(len, runs)) >= FOOTED_PAGE_MIN_LINES:
            out.update(id(line) for run in runs for line in run[-2:])
    return out


def _same_title(k: str, title_key: str, matcher: SequenceMatcher | None = None) -> bool:
    # A running header may add a date or page number to the title ("Kommundirektörsmöte i ... 2024-04-19").
    # Extractions of one PDF may also spell it differently ("Kommundirektörmöte"/"Kommundirektörsmöte").
    if k == title_key:
        return True
    if not 0 <= len(k) - len(title_key) <= 14 or k[:3] != title_key[:3]:
        return False
    if matcher is None:
        matcher = SequenceMatcher(None, "", title_key)
    matcher.set_seq1(k[: len(title_key) + 2])
    return matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


# The notice of the minutes' posting ("ANSLAG/BEVIS", "BEVIS OM ANSLAG": Protokollet är justerat ...,
# Anslaget sätts upp / tas ned, Förvaringsplats för protokollet, Underskrift): page furniture of municipal and
# parish minutes, on the first page or a page of its own at the end.
NOTICE_HEAD = regexes.compile(r"^(?:anslag\s*/\s*bevis|bevis\s*/\s*anslag|bevis\s+om\s+anslag|anslagsbevis|"
                         r"tillkännagivande\s+om\s+(?:protokolls)?justering)\s*$", re.IGNORECASE)
_NSLAG = regexes.compile("[nN][sS][lL][aA][gG]")
# Where a notice ends before its page does: the next item's label ("§ 45", "45 §", "KS § 45").
_NOTICE_END = regexes.compile(r"^(?:" + ORGAN_SIGN + r"\s*\d{1,3}|\d{1,3}\s*§)(?!\d)")


def cut_notices(lines: list[Line]) -> list[Line]:
    """``lines`` without the posting notices in them: each from its heading to the end of its page (or to
    the next item's label, where one follows on that page)."""
    # "nslag" in the first 40 characters of a line, whatever its case: one search over those of every line
    # (no letter but these lower-cases to them, and no match runs over a line break).
    if not _NSLAG.search("\n".join([line.text[:40] for line in lines])):
        return lines
    out: list[Line] = []
    page = None  # the page of the notice being cut
    headed = None  # the page a notice's head was printed on apart from its text (plain pdftotext's margin column)
    for k, line in enumerate(lines):
        text = line.text.strip()
        if page is not None and line.page != page and _notice_goes_on(lines, k):
            page = line.page  # the notice's table runs on at the top of the next page
        if page is not None and (line.page != page or _NOTICE_END.match(text)):
            page = None
        after = lines[k + 1].text if k + 1 < len(lines) else ""
        if page is None and _notice_head(text, after):
            page = line.page
        elif page is None and k + 1 < len(lines) and NOTICE_HEAD.match(f"{text} {after.strip()}"):
            headed = line.page  # "BEVIS OM" / "ANSLAG", wrapped in its margin cell, before the last item's text
        elif page is None and headed == line.page and NOTICE_SENTENCE.match(text):
            page = line.page  # the notice's own text, after the item's
        if page is None:
            out.append(line)
    return out


# A notice's first sentence: "Protokollet är justerat.", "Barn- och utbildningsnämndens protokoll har justerats och
# anslagits ...".
NOTICE_SENTENCE = regexes.compile(r"^(?:[\w-]+\s+){0,5}protokoll(?:et)?\s+(?:är|har)\s+justera(?:ts|t)\b", re.IGNORECASE)


# The rows of a notice's table ("Anslaget sätts upp   2025-11-10", "Förvaringsplats för protokollet   Kansliet"): one
# among the first lines of a page after a notice's head (under the page's running header) goes on with the notice.
NOTICE_ROW = regexes.compile(r"^(?:datum (?:då|för) )?(?:anslaget (?:sätts upp|tas ned)|anslags (?:uppsättande|nedtagande)|"
                             r"förvaringsplats(?: för protokollet)?)(?![\wåäö])", re.IGNORECASE)
NOTICE_ROW_WITHIN = 4  # lines from the page's top


def _notice_goes_on(lines: list[Line], k: int) -> bool:
    """Whether the page that starts at line ``k`` opens with the rest of a notice's table."""
    page = lines[k].page
    top = [line for line in lines[k:k + NOTICE_ROW_WITHIN] if line.page == page]
    return any(NOTICE_ROW.match(line.text.strip()) for line in top)


_NOTICE_CELL_GAP = regexes.compile(r"\s{3,}")  # between a label column and its text (not _CELL_GAP's two spaces)


def _notice_head(text: str, after: str) -> bool:
    """Whether a notice's heading opens at ``text``: alone on its line, or in a label column with the notice's
    text beside it, wrapped there or not ("BEVIS OM      Barn- och utbildningsnämndens protokoll …" / "ANSLAG")."""
    if len(text) <= 40 and NOTICE_HEAD.match(text):
        return True
    if "   " not in text:
        return False
    cell = _NOTICE_CELL_GAP.split(text, 1)[0]
    return bool(NOTICE_HEAD.match(cell) or NOTICE_HEAD.match(f"{cell} {_NOTICE_CELL_GAP.split(after.strip(), 1)[0]}"))


# The letters SIGNATURE_START's words start with, in either case (IGNORECASE matches ſ for s).
_SIGNATURE_INITIALS = frozenset("uUsSdDvVcC\u017f")


# Of the signing pages' first lines, those that say what they are wherever they stand; the others ("Signaturer",
# "Verifikat", a proof's heading alone on its line) also head a hand-signed block at the end of the minutes or a
# line of an item's text, and count only at the top of a page of their own.
_SIGNING_PAGE_ANYWHERE = ("underskriftssida", "dokumentet har skrivits", "detta dokument har", "underskrifterna i detta",
                          "signaturerna i detta")


def _cut_signature_page(lines: list[Line]) -> list[Line]:
    for i, line in enumerate(lines):
        if i > 10 and line.text[:1] in _SIGNATURE_INITIALS and SIGNATURE_START.match(line.text):
            # "Signaturer" also heads a hand-signed block at the end of the minutes: only at the top of a page
            # of its own is it a signing service's page.
            if not line.text.lower().startswith(_SIGNING_PAGE_ANYWHERE) and lines[i - 1].page == line.page:
                continue
            return lines[:i]
    return lines


# A contents list's entry "106  Tilläggsanslag för feriearbeten" (the § number, then the item's title) and the
# § sign with its number wherever it stands ("§ 106", "106 §").
_CONTENTS_ENTRY = regexes.compile(r"^\s*(?P<n>\d{1,3})\s+[A-ZÅÄÖ]")
_PARAGRAPH_NUMBER = regexes.compile(r"§\s*(\d{1,3})(?!\d)|(?<!\d)(\d{1,3})\s*§")


def _paragraph_numbers(lines: list[Line]) -> set[str]:
    return {a or b for line in lines if "§" in line.text for a, b in _PARAGRAPH_NUMBER.findall(line.text)}


def _numbered_contents_entry(text: str, labelled: set[str]) -> bool:
    m = _CONTENTS_ENTRY.match(text) if text[:1].isdecimal() or text[:1] == " " else None
    return bool(m) and m.group("n") in labelled


# An item's numbered heading atop a page ("7. Nästa möte"): its key, digits folded, may equal a cell's at the
# foot of the page before ("Nästa möte" in an action table's Klart column), yet it repeats nothing.
_NUMBERED_HEADING = regexes.compile(r"^\s*\d{1,3}[.)]\s+[A-ZÅÄÖ]")


def _running_keys(lines: list[Line], pages: dict[int, list[list[Line]]]) -> set[str]:
    """Keys of lines found among the first or last two lines of at least two pages (``pages``: ``_page_lines``)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    labelled = _paragraph_numbers(lines)
    for runs in pages.values():
        # (A contents entry "Title ....... 9" ending a page is no running line, though its key is the title's
        # at the top of the page its item starts; nor is one numbered as its § is, "106  Title".)
        edge = {key(EDGE_PAGE_NUMBER_TAIL.sub("", without_page_tail(line.text)))
                for line in _edges_of(runs)
                if not CONTENT.search(line.text) and not CONTENTS_LEADERS.search(line.text)
                and not _numbered_contents_entry(line.text, labelled) and not _NUMBERED_HEADING.match(line.text)}
        counts.update(k for k in edge if k)
    return {k for k, n in counts.items() if n >= 2}
