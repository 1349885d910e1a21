"""Pages of raw text → clean lines that remember where they came from.

A ``Line`` is the unit every later stage works on. It keeps the page and the character span of
the raw line it was made from, so any value parsed out of it can point back at the source.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass

from protokoll import regexes
from protokoll.vocab import conventions, labels
from protokoll.clean import (cells, columns, coverblocks, exports, furniture, linenumbers, numbercolumn, swedish, tabrows,
                             twocolumns, watermarks)

_SPECIAL = {
    # A tab parts two cells of a word processor's table copied as text: a column gap, as -layout prints one.
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": "    ", "\u00ad": "-", "\ufb01": "fi", "\ufb02": "fl",
    "\u2010": "-", "\u2011": "-", "\u2212": "-", "\u00b4": "'",
    # PDFium gives a hyphen that ends a line as U+FFFE and joins the two lines ("HR\ufffechefsnätverket"): see
    # _line_end_hyphens; any other left is a hyphen.
    "\ufffe": "-",
    # List bullets: Word's Symbol and Wingdings glyphs come out of a PDF in the private use area
    # (U+F0B7 "", U+F0A7 "", U+F0D8 "", U+F076 "", U+F0FC ""), other bullet shapes as they are;
    # all are the one bullet the parser knows a list by.
    "\uf0b7": "•", "\uf0a7": "•", "\uf0a8": "•", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•", "\uf02d": "-",
    # A checkbox of OneNote's or Outlook's task lists ("☐ Uppdatera avtalet (Eva)") is a bullet too.
    "\u2610": "•", "\u2611": "•", "\u2612": "•",
    "\u25cf": "•", "\u25aa": "•", "\u25e6": "•", "\u27a2": "•", "\u2023": "•", "\u2219": "•",
}
_SPECIAL_RE = regexes.compile("[" + "".join(_SPECIAL) + "]")

# Longer lines are cut into pieces of at most this many characters (at a space where there is one
# near the end) before any pattern sees them: real minutes have lines of a few hundred characters,
# and a megabyte without a line break must cost no more than a thousand ordinary lines.
MAX_LINE_CHARS = 1000


@dataclass(slots=True)  # millions of attribute reads per second: slots make them cheaper
class Line:
    text: str
    page: int = 1
    start: int = 0  # offset of the raw line in its page's text
    end: int = 0
    blank_before: bool = False
    indent: int = 0
    low_confidence: bool = False


@dataclass
class CleanText:
    lines: list[Line]
    pages: list[str]  # the raw page texts the spans refer to
    repaired: bool = False


def normalize(text: str) -> str:
    # Length-preserving where it matters, so spans index the reader's page text ("\r\n" → " \n").
    text = unicodedata.normalize("NFC", text).replace("\r\n", " \n").replace("\r", "\n")
    # Quote markers and Markdown syntax off first: a pipe table becomes tab-parted rows for the step below.
    text = exports.take_off(text)
    # A table copied out of a word processor, a row a line, is laid out in columns first (not length-preserving:
    # spans then index the laid-out page text, as they do the tables cells.rebuild prints).
    text = tabrows.lay_out_tab_tables(text)
    # What _SPECIAL_RE.sub would do, one character at a time: `in` skips through the text far faster than
    # the pattern's class test at every position (and no replacement makes another special character).
    if "\ufffe" in text:
        text = _LINE_END_HYPHEN.sub(_line_end_hyphen, text)
    for special, plain in _SPECIAL.items():
        if special in text:
            text = text.replace(special, plain)
    return text


# PDFium's line-end hyphen between the two halves it joined: "förvalt\ufffeningen", "HR\ufffechefsnätverket",
# "kultur\ufffeoch fritidsnämnden".
_LINE_END_HYPHEN = regexes.compile(r"(?P<before>\w*)\ufffe(?P<after>\w*)")
KEPT_HYPHEN_MAX_LETTERS = 2  # "e-post", "it-stöd": a word this short before the hyphen is its compound's first part


def _line_end_hyphen(m: re.Match) -> str:
    """A word hyphenated where its line wrapped is one word again ("förvaltningen"); a hyphen that is the word's
    own stays: after a capital or a digit ("HR-chefsnätverket", "2025-års"), after a short first part ("e-post"),
    and in a shared compound before its joining word, with the line's space back ("kultur- och fritidsnämnden")."""
    before, after = m.group("before"), m.group("after")
    if after.lower() in SHARED_COMPOUND_JOINERS:
        return f"{before}- {after}"
    if not before or not after or not before[-1].islower() or not after[0].islower() \
            or len(before) <= KEPT_HYPHEN_MAX_LETTERS:
        return f"{before}-{after}"
    return before + after


def split_pages(text: str) -> list[str]:
    pages = text.split("\f")
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


def to_lines(pages: list[str]) -> list[Line]:
    out: list[Line] = []
    for page_no, page in enumerate(pages, start=1):
        blank = True
        pos = 0
        for raw in page.split("\n"):
            start, pos = pos, pos + len(raw) + 1
            stripped = raw.strip()
            if not stripped:
                blank = True
                continue
            # The stripped text stands right after the leading whitespace (it starts with none itself), and
            # the line less its trailing whitespace ends where the stripped text does.
            indent = raw.find(stripped) if raw[0].isspace() else 0
            length = len(stripped)
            if length > MAX_LINE_CHARS:
                for piece_start, piece in _pieces(stripped):
                    out.append(Line(piece, page_no, start + indent + piece_start,
                                    start + indent + piece_start + len(piece), blank_before=blank, indent=indent))
                    blank = False
                continue
            # Positional arguments: a Line per line of every document, and keywords cost a third more.
            out.append(Line(stripped, page_no, start + indent, start + indent + length, blank, indent))
            blank = False
    return out


# A list's bullets a lossy conversion left as another character: "? " (a web page's bullet glyph its encoding lost),
# "o " (Word's second-level bullet in Courier New; "o<TAB>" in Word's plain text), each before a capitalised text. Read as bullets only where the
# document starts this many lines with the same one: a lone "o" or "?" opening a line is text.
LOST_BULLETS = ("? ", "o ")
MIN_LOST_BULLETS = 2


# A scanned list's bullet ("•") read as a run of dashes or a dash and a stray quote: "—- Beslut: ...", '— " Hasse ...'.
_OCR_BULLET = regexes.compile(r"^(?:[-–—]{2,3}|[-–—]\s*[\"'”“„»])\s+(?=[A-ZÅÄÖ])")


def _mend_lost_bullets(lines: list[Line]) -> None:
    for mark in LOST_BULLETS:
        marked = [line for line in lines if line.text.startswith(mark) and line.text[len(mark):].lstrip()[:1].isupper()]
        if len(marked) >= MIN_LOST_BULLETS:
            for line in marked:
                line.text = "•" + line.text[1:]  # (length kept: spans index the page text)
    for line in lines:
        if line.text[:1] in "-–—" and (m := _OCR_BULLET.match(line.text)):
            line.text = "•" + " " * (m.end() - 1) + line.text[m.end():]


# A word hyphenated where its line wrapped ("Bostadsrätts-" / "föreningen Tallkotten 2"), as pdftotext and typeset
# or justified PDFs give it: the word is one again. A hyphen before one of these words is the first half of a
# shared compound ("kultur- och fritidsnämnden") and stays.
_HYPHENATED_END = regexes.compile(r"(?<=[^\W\d_]{2})-$")  # two letters before the hyphen: no dash, no "3-"
_LOWER_WORD_START = regexes.compile(r"[a-zåäöéü]+")
SHARED_COMPOUND_JOINERS = frozenset(("och", "eller", "samt", "respektive", "resp", "till", "som", "än"))


def _join_hyphenated_words(lines: list[Line]) -> list[Line]:
    """The lines with each word hyphenated at a line's end joined onto that line (its hyphen dropped); a line left
    empty goes. The rest of the next line keeps its own span (its start moves past the part taken)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (nxt is not None and line.text[-1:] == "-" and nxt.page == line.page and not nxt.blank_before
                and _HYPHENATED_END.search(line.text) and (m := _LOWER_WORD_START.match(nxt.text))
                and m.group() not in SHARED_COMPOUND_JOINERS):
            cut = len(nxt.text) - len(nxt.text[m.end():].lstrip())  # the word part and the spaces after it
            tail = nxt.text[:m.end()]
            rest = nxt.text[m.end():]
            if rest[:1] in ",.;:)":  # punctuation right after the word goes with it
                tail, rest = tail + rest[:1], rest[1:]
                cut = len(nxt.text) - len(rest.lstrip())
            line.text = line.text[:-1] + tail
            line.end = nxt.start + len(tail)
            nxt.text = rest.lstrip()
            nxt.start += cut
            out.append(line)
            if not nxt.text:
                k += 1  # the next line was the word's end alone
            k += 1
            continue
        out.append(line)
        k += 1
    return out


def _pieces(text: str, limit: int = 0):
    """(offset, piece) of a line longer than ``MAX_LINE_CHARS``: cut after the last space of each window
    when it stands in the window's second half, else at the limit; pieces are stripped."""
    limit = limit or MAX_LINE_CHARS
    pos = 0
    while pos < len(text):
        end = min(pos + limit, len(text))
        if end < len(text):
            space = text.rfind(" ", pos + limit // 2, end)
            if space > pos:
                end = space + 1
        piece = text[pos:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            yield pos + lead, piece.strip()
        pos = end


def _typed_only(step, pages: list[str], typed: list[bool] | None) -> list[str]:
    """``step`` applied to the pages that came as text (``clean``'s ``typed``; all of them by default)."""
    return [step(p) if typed is None or k >= len(typed) or typed[k] else p for k, p in enumerate(pages)]


def clean(text: str | None = None, pages: list[str] | None = None, repair: bool | None = None,
          low: list[list[tuple[int, int]]] | None = None, typed: list[bool] | None = None,
          scanned: list[bool] | None = None) -> CleanText:
    """Normalize, split into lines, repair OCR-damaged Swedish and drop page furniture.

    ``pages`` may be given by a reader that knows the page breaks; otherwise form feeds split pages.
    ``repair`` forces the Swedish repair on or off; by default it runs when the text looks damaged.
    ``low`` gives, per page, the character ranges OCR was unsure of; lines over them are flagged.
    ``typed`` tells, per page, whether it came as text (a text file, pdftotext's output) rather than from a reader
    that saw the page (PDF, scan, DOCX); by default every page did. ``scanned`` tells, per page, whether OCR read it
    from an image (by default none was).
    """
    if pages is None:
        pages = split_pages(normalize(text))
    else:
        pages = [normalize(p) for p in pages]
    # A word processor's line numbers, a column at each line's head or lines of their own, are no part of the text.
    pages = linenumbers.blank(pages)
    # A watermark's pieces ("ST" / "A" / "TK" / "U"), lines of their own among the text's, are no part of it either.
    pages = watermarks.blank(pages)
    # A page in two columns of running text, as -layout prints it (line by line across both), is read column by
    # column. Only a text's: the PDF reader reads columns from the characters' boxes, and what it leaves side by
    # side it found to be no two columns of running text.
    pages = _typed_only(twocolumns.split, pages, typed)
    # So is a cover's title block beside its roll block (the roll under its own heading), block after block.
    pages = _typed_only(coverblocks.split, pages, typed)
    # Text that lost its å/ä/ö is repaired before the layout is read: a table's column titles ("Narvarand" /
    # "e §"), a header's labels and the other words the layout steps know are spelt with å/ä/ö.
    # A roll given one cell a line (plain pdftotext of a kommun's front page: "Ulla Berggren" / "C" / "ordförande")
    # is printed a row a line. Only a text's: the PDF reader prints a table's rows from the characters' boxes.
    # So is a roll given column by column (its names, then their parties; its roles, then their names), and a
    # presence table given cell by cell ("Namn" / "Närvarande" / "Frånvarande" / "Siv Åkerlund" / "X"); a two-column
    # table of people given cell by cell ("Fastighet" / "Närvarande" / "Sjövik 1:3" / "Greger Holmqvist") is laid out, and
    # names and organisations in turn under a roll's label ("Helena Brandt" / "Norrviks kommun") are a row a line; a
    # roll group's label alone over its wrapped list ("Regionen:" / "Maja Sundqvist (S), ordförande; Tuva") is one line.
    pages = _typed_only(lambda p: cells.join_roll_cells(cells.join_role_columns(cells.join_roll_columns(
        cells.join_name_organisation_rows(cells.join_presence_cells(cells.lay_out_two_cell_rows(cells.join_group_lists(p))))))),
        pages, typed)
    do_repair = swedish.looks_damaged("\n".join(pages)) if repair is None else repair
    if do_repair:
        pages = [swedish.repair_text(p, same_length=True) for p in pages]
    # A table given cell by cell (plain pdftotext) is printed row by row; spans then index these page texts.
    # An item table's number column printed before its titles is paired with them again.
    # A label column read before its values (Tesseract's text of a two-column page) is paired again.
    # A bilingual label's gloss before the slash ("Báiki ja áigi/Plats och tid") is left out.
    # A column title wrapped in its narrow cell ("Närvarand" / "e §", "När-" / "varo") is one title again, and so is a label
    # its label column wrapped ("Övriga" / "deltagande").
    # A header table's labels over its values ("Datum   Tid   Plats" / "3 mars   18:30   Bystugan") are
    # "Datum: 3 mars" and so on again.
    # A case number printed before its item's lone number (its heading row's right cell) goes under the title.
    # An item's title printed in the left margin under its number ("§ 11    Beslut: att ..." / "Fastställande av")
    # stands beside its number again.
    # A value cell's running sentence wrapped at the page's edge ("... andre vice" / "ordföranden Britt-Louise
    # Moberg (C) ...") is one line again.
    pages = [columns.join_wrapped_values(cells.rebuild(columns.glue_wrapped_labels(numbercolumn.pair_titles(columns.pair(
        numbercolumn.lower_case_numbers(cells.glue_wrapped_titles(cells.glue_hyphenated_titles(columns.spread_header_row(
            columns.raise_margin_titles(columns.drop_label_glosses(p))))))))))) for p in pages]
    lines = to_lines(pages)
    _mend_lost_bullets(lines)
    lines = _join_hyphenated_words(lines)
    if low and any(low):
        for line in lines:
            ranges = low[line.page - 1] if line.page - 1 < len(low) else []
            line.low_confidence = any(a < line.end and b > line.start for a, b in ranges)
    for line in lines:  # dot leaders read as letters ("ssssrrrrr") before the repair takes them for words
        if "rr" in line.text or "ss" in line.text or ".." in line.text:
            line.text = furniture.mend_ocr_leaders(line.text)
    whole = "\n".join([line.text for line in lines])
    # The repair only turns letters into å/ä/ö (and "&" or "6" in a word into one), so only a line that holds a
    # "$", "&", "88" or "8 " now may hold a misread "§" after it: found here, from ``whole``.
    misread_at = _marked_lines(lines, whole) if "$" in whole or "&" in whole or "8 " in whole else []
    suspects = do_repair or swedish.has_suspects(whole)
    if do_repair:
        for line in lines:
            line.text = swedish.repair_text(swedish.CAPITAL_I_IN_WORD.sub("l", line.text))
    elif suspects:
        # Only the lines that hold a suspect can change (repair_suspects leaves any other line as it is):
        # find them from the suspects' positions in the joined text rather than testing every line.
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line.text) + 1
        for k in sorted({bisect_right(starts, pos) - 1 for pos in swedish.suspect_positions(whole)}):
            lines[k].text = swedish.repair_suspects(lines[k].text)
    for k in misread_at:
        line = lines[k]
        text = line.text
        if ("$" in text or "&" in text or "88" in text or text[:2] == "8 " or ", 8 " in text) \
                and _SECTION_MISREAD.search(text):
            line.text = text = _SECTION_MISREAD.sub(_section, text)
        if " 8 " in text[:9] and _PREFIXED_SECTION.match(text):
            line.text = _PREFIXED_SECTION.sub(r"\1§", text, count=1)
    for line in lines:
        if "nr" in line.text and _CASE_LABEL_MISREAD.search(line.text):
            line.text = _CASE_LABEL_MISREAD.sub("Dnr", line.text)
    _mend_edge_pipes(lines)
    _mend_party_codes(lines)
    read_by_ocr = bool(scanned) and any(scanned)
    _mend_glued_sections(lines, read_by_ocr)
    _mend_spaced_sections(lines)
    if _mend_long_glued_sections(lines):
        # a heading found so settles a glued "8" beside it ("8154" over "5155" → § 155)
        _mend_glued_sections(lines, read_by_ocr)
    if read_by_ocr:
        _mend_small_v(lines, scanned)
    lines = furniture.remove(lines)
    _mend_lost_parent_numbers(lines)
    _mend_garbled_item_numbers(lines)
    return CleanText(lines, pages, do_repair)


# Tesseract reads a capital "V" opening a line as a small "v" (the two differ in size alone, and a line's first letter
# has nothing before it to size it by): "vid protokollet", "valdes Olle Berg till ...", "votering begärdes." Read
# capital again on a page OCR read where a sentence begins: after a line that ends one ("... öppnade mötet.": a word of
# four letters or more before the point, no abbreviation's), or under an item's heading ("§ 2 Val av
# mötesfunktionärer", "6. Medlemsavgift"; not one that goes on, "... och" / "vice ordförande").
_SMALL_V = regexes.compile(r"^v[a-zåäö]")
_ENDS_SENTENCE = regexes.compile(r"[A-Za-zÅÄÖåäö0-9)]{4}[.!?]$")
_ITEM_HEADING = regexes.compile(r"^(?:(?:[A-ZÅÄÖ]{2,6}\s+)?§\s?\d{1,3}\.?|\d{1,2}[.)]?)\s+[A-ZÅÄÖ].*$")
_GOES_ON = frozenset("och samt eller för av i med till vid om på från inom mot".split())


def _mend_small_v(lines: list[Line], scanned: list[bool]) -> None:
    for k in range(1, len(lines)):
        line, before = lines[k], lines[k - 1].text.rstrip()
        if line.text[:1] != "v" or not _SMALL_V.match(line.text) or not (0 < line.page <= len(scanned)) \
                or not scanned[line.page - 1]:
            continue
        if _ENDS_SENTENCE.search(before) or _ITEM_HEADING.match(before) and before.rsplit(None, 1)[-1] not in _GOES_ON:
            line.text = "V" + line.text[1:]


# A copier's edge or a ruled margin read as a pipe glued to a line's first word, or to the title after its number:
# "85 |Nästa möte", "|Ekonomi". Only a capitalised word's and only where the line holds no other "|" (a pipe
# table's row has one between every two cells).
_EDGE_PIPE = regexes.compile(r"^(?P<number>[^\s|]{1,6}\s+)?\|(?=[A-ZÅÄÖ][a-zåäö])")


def _mend_edge_pipes(lines: list[Line]) -> None:
    for line in lines:
        if "|" in line.text and line.text.count("|") == 1 and (m := _EDGE_PIPE.match(line.text)):
            line.text = (m.group("number") or "") + line.text[m.end():]


# A party's code after a member's name as OCR reads it: "Hanna Rehn (5)" (the "S" read as a "5"), "Bo Lagerqvist SD)"
# (the bracket before it lost under a stamp's edge). Only after a full name, two capitalised words, and only a
# party's code (``conventions.PARTIES``).
_PARTY_MISREAD = regexes.compile(r"(?P<name>\b[A-ZÅÄÖ][a-zåäöé-]+ [A-ZÅÄÖ][a-zåäöé-]+ )"
                                 r"(?:\((?P<five>5)\)|(?P<code>[A-ZÅÄÖ]{1,3})\))")


def _party(m: re.Match) -> str:
    code = "S" if m.group("five") else m.group("code")
    return f"{m.group('name')}({code})" if code in conventions.PARTIES else m.group(0)


# ... and a party's one-letter code in a roll table's cell read doubled, its letter again in lower case: "Anders Lövgren
# Ss    1", "Vera Lindqvist    Vv    1" (only in a cell of its own after a full name)
_PARTY_DOUBLED = regexes.compile(r"(?P<name>\b[A-ZÅÄÖ][a-zåäöé-]+ [A-ZÅÄÖ][a-zåäöé-]+\s{2,})(?P<code>Ss|Vv|Cc|Mm|Ll)(?=\s{2,}|\s*$)")


def _mend_party_codes(lines: list[Line]) -> None:
    for line in lines:
        if ")" in line.text and ("(5)" in line.text or line.text.count("(") < line.text.count(")")):
            line.text = _PARTY_MISREAD.sub(_party, line.text)
        if "  " in line.text and _PARTY_DOUBLED.search(line.text):
            line.text = _PARTY_DOUBLED.sub(lambda m: f"{m.group('name')}{m.group('code')[0]} ", line.text)


# An item's number as OCR misread it at the start of its line: "Za Den avgående styrelsen ..." (7.), "i Beslöts att
# ..." (11.), "11, Ordförande ..." (1.1.). Read again only where the numbers of the items around it leave exactly
# that number out: "6." before and "8." after give "7.", "1." before and "1.2." after give "1.1.".
_ITEM_LABEL = regexes.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2})?)[.:,)]?\s+(?=[A-ZÅÄÖ])")
_GARBLED_LABEL = regexes.compile(r"^(?P<token>[0-9lIi|!ZzSsOoBgq]{1,2}[a.,:;)]?)\s+(?=[A-ZÅÄÖ][a-zåäö])")
GARBLED_LABEL_REACH = 12  # lines to look back and ahead for the numbered items around a garbled one


def _labels_around(lines: list[Line], k: int) -> tuple[str, str] | None:
    before = next((m.group("label") for j in range(k - 1, max(k - GARBLED_LABEL_REACH, 0) - 1, -1)
                   if (m := _ITEM_LABEL.match(lines[j].text))), None)
    after = next((m.group("label") for j in range(k + 1, min(k + GARBLED_LABEL_REACH, len(lines)))
                  if (m := _ITEM_LABEL.match(lines[j].text))), None)
    return (before, after) if before and after else None


def _left_out(before: str, after: str) -> str | None:
    """The one label between two that the numbering skips: "6"/"8" → "7", "1"/"1.2" → "1.1", "1.3"/"3" → None."""
    b, a = [int(x) for x in before.split(".")], [int(x) for x in after.split(".")]
    if len(b) == 1 and len(a) == 1 and a[0] == b[0] + 2:
        return str(b[0] + 1)
    if len(a) == 2 and a[1] == 2 and b == [a[0]]:
        return f"{a[0]}.1"
    if len(a) == 2 and len(b) == 2 and a[0] == b[0] and a[1] == b[1] + 2:
        return f"{a[0]}.{b[1] + 1}"
    return None


def _last_after(lines: list[Line], k: int, token: str) -> str | None:
    """The label of the last numbered item where its number's point was misread ("4, Mötets avslutande" after "3.
    Höstmarknaden", no numbered item after it): its number as written where it is the one after the item before."""
    digits = token.rstrip("a.,:;)")
    if not digits.isdigit() or any(_ITEM_LABEL.match(x.text) for x in lines[k + 1:k + GARBLED_LABEL_REACH]):
        return None
    before = next((m.group("label") for j in range(k - 1, max(k - GARBLED_LABEL_REACH, 0) - 1, -1)
                   if (m := _ITEM_LABEL.match(lines[j].text))), None)
    return digits if before and before.isdigit() and int(digits) == int(before) + 1 else None


def _mend_garbled_item_numbers(lines: list[Line]) -> None:
    for k, line in enumerate(lines):
        m = _GARBLED_LABEL.match(line.text)
        if m is None or m.group("token").rstrip(".").isdigit():
            continue  # a number as written ("12 Val av styrelse", "7. Budget"; "11, Ordförande" may be "1.1.")
        around = _labels_around(lines, k)
        label = _left_out(*around) if around else _last_after(lines, k, m.group("token"))
        if label is None:
            continue
        token = m.group("token").rstrip("a.,:;)")
        if any(c.isdigit() for c in token) and token != label.replace(".", ""):
            continue  # a number written that is not the one left out ("5" between "6." and "8.") stays
        line.text = f"{label}. {line.text[m.end():]}"


# Numbered headings of two levels: "2. Rapporter" over "2.1 Ordförande". OCR of a number column may lose a
# head's "3." and leave its title alone ("Beslutsärenden") over its first sub-item ("3.1 Budget ...").
_HEAD_NUMBER = regexes.compile(r"^(\d{1,2})\.\s+[A-ZÅÄÖ]")
_FIRST_SUB_NUMBER = regexes.compile(r"^(\d{1,2})\.1\s+[A-ZÅÄÖ]")
LOST_HEAD_MAX_WORDS = 6  # a head's title left without its number is short


def _mend_lost_parent_numbers(lines: list[Line]) -> None:
    """Give a head's title its lost number back: a short capitalised line without a number, right over
    the first sub-item "N.1 ..." of a head "N." the text has nowhere, where it writes other heads "M."."""
    heads = {int(m.group(1)) for line in lines if line.text[:1].isdigit() and (m := _HEAD_NUMBER.match(line.text))}
    if not heads:
        return
    for k in range(1, len(lines)):
        m = _FIRST_SUB_NUMBER.match(lines[k].text) if lines[k].text[:1].isdigit() else None
        if m is None or int(m.group(1)) in heads:
            continue
        title = lines[k - 1].text
        words = title.split()
        if title[:1].isupper() and not title[-1:] in ".:,;" and len(words) <= LOST_HEAD_MAX_WORDS \
                and not any(c.isdigit() for c in title) and (k < 2 or not lines[k - 2].text.endswith(",")) \
                and labels.section_of(title) is None:
            lines[k - 1].text = f"{m.group(1)}. {title}"
            heads.add(int(m.group(1)))


# An item's number with its "§" read as an "8" glued to it: "85 Ekonomi" (§ 5), "KSAU 8181" and "KSAU 8& 182"
# (§ 181, § 182), "844" over its title (§ 44), "318 Val av justerare" (31 §, numbers written before the sign).
# Only where the reading fits the numbers of the headings around it (§ 4 before "85", 32 after "318").
# (a point after the number too: "83. Dagordningen godkändes." for "§3. ...")
# (and a range: "86-8. Val av styrelse ..." for "§6–8.")
_GLUED_SECTION = regexes.compile(r"^(?P<prefix>[A-ZÅÄÖ]{2,6}\s+)?(?P<num>8[&$]?\s?\d{1,3}|\d{1,3}(?:\s8)?)"
                                 r"(?P<to>\s?[-–]\s?\d{1,3})?(?P<rest>(?:\.?\s+[A-ZÅÄÖ(].*)?)$")
_SECTION_HEADING = regexes.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?§\s*(?P<lead>\d{1,3})\b|^(?P<trail>\d{1,3})\s*§")


def _glued_readings(text: str) -> tuple[dict[int, str], int | None] | None:
    """The readings of a heading line's number: {number: the line read so}, and the number as written
    (None where a "§" stands in it); None for a line that is no numbered heading."""
    glued = _PREFIXED_GLUED.match(text) if text[:2].isupper() else None
    if glued is not None and (readings := _prefixed_glued_readings(glued)) and text not in readings.values():
        return readings, None
    known = _SECTION_HEADING.match(text)
    if known:
        return {int(known.group("lead") or known.group("trail")): text}, None
    m = _GLUED_SECTION.match(text) if text[:1].isdigit() or text[:1].isupper() else None
    if m is None:
        return None
    prefix, num, rest = m.group("prefix") or "", m.group("num"), m.group("rest")
    digits = re.sub(r"\D", "", num)
    if m.group("to"):
        return _glued_range(prefix, num, digits, m.group("to"), rest)
    readings = {}
    if num[0] == "8" and len(digits) > 1 and not num.endswith(" 8"):
        readings[int(digits[1:])] = f"{prefix}§ {digits[1:]}{rest}"
    if not prefix and num[-1] in "85" and num.replace(" ", "").isdecimal() and len(num) > 1:
        readings.setdefault(int(num[:-1]), f"{num[:-1].rstrip()} §{rest}")  # "318", "34 8": 31 §, 34 §
    if not prefix and not rest and len(num) == ITEM_DIGITS and num[0] in GLUED_RUN_OTHER_GLYPHS and num.isdecimal():
        # "341" alone over its title among "842", "§43": a serif "§" read as a "3" (or "5") glued to the number
        readings[int(num[1:])] = f"§ {num[1:]}"
    if not readings:
        return {int(digits): text} if num.isdecimal() else None, None
    # (an item's number has three digits at most: "8154" is "§ 154" however its neighbours read)
    written = int(digits) if num.replace(" ", "").isdecimal() and not prefix and len(digits) <= ITEM_DIGITS else None
    return readings, written


def _glued_range(prefix: str, num: str, digits: str, to: str, rest: str) -> tuple[dict[int, str], int | None] | None:
    """``_glued_readings`` of a heading of a range whose "§" may be the "8" glued to its first number: "86-8." is
    "§ 6-8." (86 to 8 is no range as written), "81-83" either; None for any other range ("12-14 ...")."""
    if num[0] != "8" or len(digits) < 2 or not num.isdecimal():
        return None
    end = int(re.sub(r"\D", "", to))
    if end <= int(digits[1:]):
        return None
    return {int(digits[1:]): f"{prefix}§ {digits[1:]}{to}{rest}"}, (int(digits) if end > int(digits) else None)


_RANGE_END = regexes.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?§\s?\d{1,3}\s?[-–]\s?(?P<end>\d{1,3})\b")


def _last_number(text: str, first: int) -> int:
    """The last number of a heading with its "§" that starts at ``first``: a range's end ("§ 6-8"), else ``first``."""
    m = _RANGE_END.match(text) if "-" in text[:12] or "–" in text[:12] else None
    return int(m.group("end")) if m else first


# A body's prefix with its "§" read as one or two glyphs glued to the number or set apart from it: "SBN 549",
# "SBN 85 47", "SBN $848" (after the "$" became "§": "SBN §848"). Read every way, the headings around decide.
_SECTION_GLYPHS = "§8$&£5"
ITEM_DIGITS = 3  # the most digits an item's number has ("§ 154"): a "8154" heading is no number as written
_PREFIXED_GLUED = regexes.compile(r"^(?P<prefix>[A-ZÅÄÖ]{2,6}\s+)(?P<body>[§8$&£5][§8$&£5]?\s?\d{1,3})"
                                  r"(?P<rest>(?:\s+[A-ZÅÄÖ(].*)?)$")


def _prefixed_glued_readings(m: re.Match) -> dict[int, str]:
    """{number: the heading read so} for each way the glyphs before a prefixed heading's number may be its
    "§" (one or two of them; all before a space where one stands)."""
    body, out = m.group("body"), {}
    marks, _, number = body.partition(" ")
    splits = [(marks, number)] if number else [(body[:i], body[i:]) for i in (1, 2)]
    for glyphs, digits in splits:
        if glyphs and all(c in _SECTION_GLYPHS for c in glyphs) and digits.isdecimal():
            out.setdefault(int(digits), f"{m.group('prefix')}§ {int(digits)}{m.group('rest')}")
    return out


def _mend_glued_sections(lines: list[Line], scanned: bool = False) -> None:
    for line in lines:
        if line.text[:1] == "£" or line.text[:2].isupper() and _PREFIXED_RARE.match(line.text):
            line.text = _PREFIXED_RARE.sub(r"\1§", _LEADING_POUND.sub("§", line.text), count=1)
    heads = [(k, r) for k, line in enumerate(lines)
             if (line.text[:1].isdigit() or line.text[:1] in "§" or line.text[:2].isupper())
             and (r := _glued_readings(line.text)) is not None and r[0] is not None]

    _mend_glued_run(lines, heads, scanned)

    def around(n: int, known: bool) -> set[int]:
        """The numbers the headings before and after heading ``n`` may have (only those with a "§": known)."""
        out: set[int] = set()
        for m in (n - 1, n + 1):
            if 0 <= m < len(heads):
                readings, written = heads[m][1]
                if not known or (written is None and len(readings) == 1):
                    out |= {x + (n - m) for x in readings} | ({written + (n - m)} if written is not None else set())
        return out

    # (again while a pass settles any: a heading settled by the one after it settles the one before, "8 40." over
    # "8 41." over "$ 42.", read "§ 42." first)
    settled = True
    while settled:
        settled = False
        for n, (k, (readings, written)) in enumerate(heads):
            if len(readings) == 1 and next(iter(readings.values())) == lines[k].text:
                continue
            # a reading that runs with a heading that has its "§" ("§ 4" before "85") wins; else the number as
            # written where it runs with its neighbours ("84" after "83"); else a reading that runs with them
            # ("318" before "328": 31 §, 32 §)
            fits = [number for number in readings if number in around(n, True)]
            if not fits and not (written is not None and written in around(n, False)):
                fits = [number for number in readings if number in around(n, False)]
            if fits:
                lines[k].text = readings[fits[0]]
                heads[n] = (k, ({fits[0]: lines[k].text}, None))  # now a heading with its "§" for the next
                settled = True


# "3 5 Mötets avslutande" after "§ 4 Julfesten": a serif "§" read as a "3" (or "5") set apart from its number.
_SPACED_SECTION = regexes.compile(r"^(?P<glyph>[35])\s(?P<num>\d{1,3})(?P<rest>\s+[A-ZÅÄÖ(].*)$")


# "$ I Mötets öppnande" over "§ 2 Val av justerare": the "1" of the first heading read as a letter (its "§" read as an
# "8" too: "8 I Val av justerare")
_ONE_AS_LETTER = regexes.compile(r"^(?:[§$&]\s?|8\s)[Il|](?P<rest>\s+[A-ZÅÄÖ(].*)$")


def _mend_spaced_sections(lines: list[Line]) -> None:
    """Give such a heading its "§" back where its number is the one after the heading with a "§" before it;
    and the first heading its "1" where the next heading with a "§" is § 2."""
    for k, line in enumerate(lines):
        one = _ONE_AS_LETTER.match(line.text) if line.text[:1] in "§$&8" else None
        if one:
            after = next((m for x in lines[k + 1:] if x.text[:1] == "§" and (m := _SECTION_HEADING.match(x.text))),
                         None)
            if after is not None and after.group("lead") == "2":
                line.text = f"§ 1{one.group('rest')}"
    last = None  # the number of the last heading that has its "§"
    for line in lines:
        known = _SECTION_HEADING.match(line.text) if line.text[:1] in "§0123456789" or line.text[:2].isupper() \
            else None
        spaced = _SPACED_SECTION.match(line.text) if line.text[:1] in "35" else None
        if spaced and last is not None and int(spaced.group("num")) == last + 1:
            line.text = f"§ {spaced.group('num')}{spaced.group('rest')}"
            last += 1
        elif known:
            last = int(known.group("lead") or known.group("trail"))


# "5161", "58162" among "§ 159" ... "§ 163": a three-digit number with one or two glyphs a "§" is read as glued
# before it (a stamp or a watermark over the sign); four digits or more are no item's number as written.
_LONG_GLUED = regexes.compile(r"^[§8$&£53]{1,2}(?P<num>\d{3})(?P<rest>(?:\.?\s+[A-ZÅÄÖ(].*)?)$")
LONG_GLUED_GAP = 3  # the number is at most this much over the heading before it (headings lost under a stamp)


def _mend_long_glued_sections(lines: list[Line]) -> bool:
    """Give such a heading its "§" where its number lies between the numbers of the headings with a "§" around it
    (or, before the first of them, at most ``LONG_GLUED_GAP`` under it); whether any was given one."""
    known = [(k, int(m.group("lead") or m.group("trail"))) for k, line in enumerate(lines)
             if line.text[:1] in "§0123456789" and (m := _SECTION_HEADING.match(line.text))]
    if not known:
        return False
    mended = False
    for k, line in enumerate(lines):
        m = _LONG_GLUED.match(line.text) if line.text[:1] in "§8$&£53" and len(line.text) >= 4 else None
        if m is None or _SECTION_HEADING.match(line.text):
            continue
        number = int(m.group("num"))
        before = [n for j, n in known if j < k]
        after = [n for j, n in known if j > k]
        if before and 0 < number - before[-1] <= LONG_GLUED_GAP and (not after or number < after[0]) \
                or not before and after and 0 < after[0] - number <= LONG_GLUED_GAP and _titled(lines, k, m):
            line.text = f"§ {number}{m.group('rest')}"
            known = sorted(known + [(k, number)])
            mended = True
    return mended


def _titled(lines: list[Line], k: int, m: re.Match) -> bool:
    """Whether heading ``k`` (``_LONG_GLUED``'s ``m``) has a title: after its number, or as the next line ("5155" over
    "Val av justeringsperson: ..."; not "5154" over "kronor.")."""
    return bool(m.group("rest")) or k + 1 < len(lines) and lines[k + 1].text[:1].isupper()


GLUED_RUN_MIN = 3  # headings "8N" in a run before their "8" is read as a "§" by the run alone
# The other glyphs a serif "§" is read as (_SPACED_SECTION's): glued to the next number of a run of "8N" headings
# ("85 Ansvarsområden", "36 Ekonomi", "87 Föregående protokoll"), one is that run's "§" too.
GLUED_RUN_OTHER_GLYPHS = "35"


_GLUED_HEAD = regexes.compile(r"^(?P<glyph>\d)(?P<num>\d{1,3})(?:\s?[-–]\s?(?P<to>\d{1,3}))?")


def _mend_glued_run(lines: list[Line], heads: list, scanned: bool = False) -> None:
    """A scanned "§1" ... "§11" read "81" ... "89", "810", "811": each heading's number runs with its
    neighbours both ways up to "89", so none is settled by them; the run as a whole is. Where every heading
    counts on by one with the glued "8"s read as "§" and not as written (89 is not followed by 810; a range "86-8."
    is "§ 6-8", no range as written), the run is read so. (A run that counts on both ways stays as written: a
    year's running numbers "81" ... "84"; but not in a text OCR read from a scan (``scanned``) where the run read
    with its "§" starts the meeting at § 1: "81 Mötets öppnande" ... "86 Mötets avslutande" there is "§1" ... "§6",
    the sign no typed heading without it lacks, and a meeting's first item is § 1 far more often than § 81.)
    (heads: (line index, (readings, written)) as _mend_glued_sections finds them.)"""
    glued, read, written = [], [], []  # read and written: (first, last) of each heading; written None: no number
    run = 0  # the headings up to the last glued one (the scanned run's: a bare number after it, a scrawl read "30",
    # ends it)
    for k, (readings, number) in heads:
        text = lines[k].text
        m = _GLUED_HEAD.match(text)
        first = int(m.group("num")) if m else None
        if m and m.group("glyph") == "8" and first in readings and (number is not None or m.group("to")):
            glued.append((k, readings[first]))
            read.append((first, int(m.group("to") or first)))
            written.append((number, number) if number is not None and not m.group("to") else None)
            run = len(read)
        elif m and m.group("glyph") in GLUED_RUN_OTHER_GLYPHS and not m.group("to") and glued \
                and glued[-1][0] == heads[len(read) - 1][0] and first == read[-1][1] + 1 and " " in text:
            glued.append((k, f"§ {first} {text.split(' ', 1)[1]}"))
            read.append((first, first))
            written.append((int(m.group(0)),) * 2)
            run = len(read)
        elif len(readings) == 1:  # a heading with its "§" (or a plain number) counts in both readings
            n = next(iter(readings))
            read.append((n, _last_number(readings[n], n)))
            written.append((number, number) if number is not None else read[-1])
        else:
            return

    def counts_on(numbers: list) -> bool:
        return None not in numbers and all(b[0] == a[1] + 1 for a, b in zip(numbers, numbers[1:]))

    if len(glued) >= GLUED_RUN_MIN and (counts_on(read) and not counts_on(written) or scanned and
                                        read[0][0] == 1 and len(glued) == run and counts_on(read[:run])):
        for k, text in glued:
            lines[k].text = text


# Tesseract reads a bold or small "§" as "$", "&" or "8": "& 112 Val av justerare", "Tomas Vikström (S),
# $$ 112-116", "8 114 Årsredovisning". Only before a paragraph number (a "$" or "&" there is no amount or
# company name; a leading "8" only before a number and a capitalised title).
# "§§ 12-14", "§§ 12 och 14", "§§ 12, 14" (a list only where it ends the line or a bracket: no count of things)
_MORE_SECTIONS = r"(?:\s?[-–]\s?|\s+och\s+|,\s?)"
_SECTION_MISREAD = regexes.compile(r"(?<![\w$&])(\$\$|&&|\$&|&\$|\$|&)(?=\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?![\d\s]*(?:kr|:-|%)))"
                              r"|^8(?=\s\d{1,3}(?:\s+[A-ZÅÄÖ]|\s*$))"
                              r"|(?<![\w$&])88(?=\s?\d{1,3}\s?[-–]\s?\d{1,3}(?![\d\s]*(?:kr|:-|%)))"
                              r"|(?<![\w$&])88(?=\s?\d{1,3}" + _MORE_SECTIONS + r"\d{1,3}\s*(?:$|[);]))"
                              # (a roll's entry's "§" after its role: "Petter Rask, projekthandläggare, 8 34, Ida ...";
                              # a word's letter before the comma, so no list of amounts "12 500, 8 340, ...")
                              r"|(?<=[a-zåäö)],\s)8(?=\s\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?:,|\)|\s*$))")
# The case number's label as OCR reads a bold "D" of it: "DPnr SN 2024/0020", "DRnr KS 2024/0051" (only before a case
# number: a body's letters and a year, or a year, with its running number)
_CASE_LABEL_MISREAD = regexes.compile(r"(?<![\w-])D[PRr]nr(?=\.?:?\s+(?:[A-ZÅÄÖ]{1,6}\s+)?(?:19|20)\d\d\s?[/.-]\s?\d)")
# ... and after a body's prefix: "KFN 8 30", "KSAU 8 177 Dnr KS 2024/0051" (a title, a case number or nothing after).
_PREFIXED_SECTION = regexes.compile(r"^([A-ZÅÄÖ]{2,6}\s)8(?=\s\d{1,3}(?:\s*$|\s+[A-ZÅÄÖ(]))")
# ... and the rarer readings at a heading's start: "KFN 58 32", "KFN 5 34", "£48" (only before a number, after a
# body's prefix or alone at the line's start, so no amount in pounds or fifty-eight of anything)
_PREFIXED_RARE = regexes.compile(r"^([A-ZÅÄÖ]{2,6}\s)(?:58|5|S|£)(?=\s\d{1,3}(?:\s*$|\s+[A-ZÅÄÖ(]))")
_LEADING_POUND = regexes.compile(r"^£(?=\s?\d{1,3}(?:\s*$|\s+[A-ZÅÄÖ(]))")


def _marked_lines(lines: list[Line], whole: str) -> list[int]:
    """Indexes, in order, of the lines that hold a "$", "&", "88" or "8 " (``whole``: their texts joined by
    newlines), where _SECTION_MISREAD or _PREFIXED_SECTION may find something."""
    starts = list(accumulate([len(line.text) + 1 for line in lines], initial=0))
    found = set()
    for mark in ("$", "&", "88", "8 "):
        at = whole.find(mark)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = whole.find(mark, at + 1)
    return sorted(found)


def _section(match: re.Match) -> str:
    # "$$ 112-116" is "§§" before a range or a list; "$& 1" is one bold "§" read as two glyphs
    rest = match.string[match.end():match.end() + 12]
    return "§§" if len(match.group(0)) == 2 and re.match(r"\s?\d{1,3}" + _MORE_SECTIONS, rest) else "§"


_LINKING = frozenset("och eller samt till respektive".split())


def join(texts: list[str]) -> str:
    """Join wrapped lines into one paragraph, undoing hyphenation at line ends."""
    out = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if not out:
            out = text
        elif out[-1] == "-" and len(out) > 1 and out[-2].isalpha() and text[0].islower() \
                and text.split(None, 1)[0] not in _LINKING:
            out = out[:-1] + text  # "utvecklings-" + "projekt"; but "test- och" keeps its hyphen
        elif out[-1] in "-–—" and len(out) > 1 and out[-2].isdigit() and text[0].isdigit():
            out = out + text  # "2026–" + "2037"
        else:
            out = out + " " + text
    return out
