"""A roll printed apart from the front matter: the "Närvaro- och omröstningslista" that council minutes
put in an appendix or on page 2 ("Beslutande: se bilaga 1"), one member a row:

    Ledamot Parti Närvarande Tjänstgörande ersättare § 27 § 29
    Sara Lind, 1:e vice ordförande M Ja – Nej Ja
    Per Holm M Nej Anita Borg (M) Nej Ja

A row gives the member (present or not), the substitute who served in the seat (present, as a
tjänstgörande ersättare) and the member's votes. PDF-to-text tools give the columns with one space or
many, so rows are read by their shape, not by column positions.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from protokoll import regexes
from protokoll.clean.lines import Line
from protokoll.record import Attendee, Span, span_at
from protokoll.vocab import conventions as cv
from protokoll.parse.attendance import heading_of, looks_like_entries, parse_attendance
from protokoll.vocab.lists import continues_list
from protokoll.vocab.labels import VOTES, Folded, _unfoldable, letter_led, lowered, tolerant

_NAME = r"[A-ZÅÄÖÉ][a-zåäöéü'’]+(?:-[A-ZÅÄÖÉ][a-zåäöéü'’]+)?"
_FULL_NAME = rf"{_NAME}(?:\s+(?:af|von|de|van|{_NAME})){{1,3}}"
_PRESENCE = r"(?i:ja|nej|x)|[01]|–|-"
# A function column between the party and the marks ("Namn  Parti  Funktion  Närv.  § 30 …" over "Eva Ek  S
# Beslutande  X  X"): the group heading of the row's person, one to three words (read by attendance.heading_of)
# (a row of one who has no party, "Eva Ek, socialchef      Övriga närvarande   X", leaves the party's cell empty)
_GROUP_CELL = r"(?!(?i:ja|nej|x)\b)[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]{3,}){0,2}"
_NO_PARTY = rf"(?=\s{{3,}}{_GROUP_CELL}\s{{2,}}(?:{_PRESENCE})(?:\s|$))"
ROW = regexes.compile(
    rf"^(?P<name>{_FULL_NAME})(?:\s*,\s*(?P<role>(?:(?!\s{{3}})[^,])+?))?"
    rf"(?:\s+(?P<party>[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{{0,3}}|-)|{_NO_PARTY})"
    rf"(?:(?:\s{{2,}}(?P<group>{_GROUP_CELL}))?(?:\s+|(?=[01–-]))(?P<presence>{_PRESENCE})(?=\s|$)\s*(?P<rest>.*)"
    rf"|\s+(?P<served>{_FULL_NAME}\s*\([^()]+\)(?:\s.*)?))?$")  # no mark at all: a member absent
# (a voting list has no presence column: a substitute named after the party served in the member's seat,
# "Lars Nyberg   S   Elin Hägg (S)   X", the mark after it the substitute's vote)
# (a mark of digit or dash may follow the party without a space: "pdftotext -layout" runs narrow columns
# together, "Lena Sundqvist   S1", "Elin Grahn   C-")
_CELLS = regexes.compile(r"\s{3,}")
SERVING_ROLE = "tjänstgörande ersättare"  # the role of one written "ersätter X" in the roll
_SUBSTITUTE = regexes.compile(rf"^(?P<name>{_FULL_NAME})\s*\((?P<party>[^()]+)\)")
# Presence values of such a roll; an empty seat is "Nej" with a substitute, or "–".
_PRESENT = frozenset({"ja", "x", "1"})
# "Ledamöter (7)", "Ersättare (6)": groups inside the roll, with the number of seats
_GROUP = regexes.compile(r"^(?P<head>[A-ZÅÄÖ][a-zåäö ]+?)\s*(?:\((?P<seats>\d+)\))?:?$")


def _is_header(text: str) -> bool:
    if "arti" not in text and "ARTI" not in text:
        return False  # cheap first test: a roll's header names the party column
    words = text.lower().split()
    return bool(words) and words[0] in cv.TABLE_NAME and "parti" in words \
        and (any(w in cv.TABLE_PRESENCE for w in words[1:]) or cv.VOTE_COLUMNS <= set(words[1:]))


_SEATS = regexes.compile(r"^\(\d+\)$")
_BARE_NAME = regexes.compile(rf"^{_FULL_NAME}$")


def _row_text(lines: list[Line], k: int) -> tuple[str, int]:
    """The row of a roll that starts at ``lines[k]``, and how many lines it takes. A PDF's text layer may give
    a row's first cell on a line of its own and the others on the next ("Lena Sundqvist" / "S 1"; "Ersättare"
    / "(6)"; "Namn" / "Parti Närvaro ..."): such two lines are one row."""
    text = lines[k].text.strip()
    if k + 1 < len(lines):
        joined = f"{text} {lines[k + 1].text.strip()}"
        if text.lower() in cv.TABLE_NAME and _is_header(joined) or _BARE_NAME.match(text) and ROW.match(joined) \
                or _SEATS.match(lines[k + 1].text.strip()) and _GROUP.match(joined):
            return joined, 2
    return text, 1


def find_roll(lines: list[Line]) -> tuple[int, int, list[Attendee]] | None:
    """(first line, line after the last, attendees) of the first roll in ``lines``, or None."""
    for i, line in enumerate(lines):
        header, end = _row_text(lines, i) if line.text.strip().lower() in cv.TABLE_NAME else (line.text, 1)
        if not _is_header(header):
            continue
        out: list[Attendee] = []
        end += i
        group_role = None
        while end < len(lines):
            row = lines[end]
            text, size = _row_text(lines, end)
            m = ROW.match(text)
            group = None if m else _GROUP.match(text)
            if not m and row.blank_before and out and not (group and group.group("seats")):
                # a list that follows the roll ("Övriga närvarande") is not part of it; a group of the roll
                # with its count of seats ("Ersättare (6)") is, however a PDF's lines are spaced
                break
            heading = heading_of(group.group("head")) if group else None
            if heading:
                group_role = heading.role
            elif m:
                wrapped = _wrapped_group(lines, end + size, row, m)
                if wrapped:  # the function cell wrapped onto the next line ("Ej tjänstgörande" / "ersättare")
                    m, size = ROW.match(text[:m.end("group")] + " " + wrapped + text[m.end("group"):]), size + 1
                out.extend(_row_attendees(m, row, group_role))
            elif _CELLS.split(text, maxsplit=1)[0].lower() in cv.VACANT_SEATS:
                pass  # "Vakant plats   SD": the party's empty seat, no one; the rows after it are the roll's
            elif not out and row.text[:1].islower() or row.indent > lines[i].indent + len(lines[i].text) // 2:
                pass  # the header row wrapped ("Anteckningar/" / "Tjänstgörande ersättare")
            else:
                break
            end += size
        if out:
            while end < len(lines) and _grid_rest(lines[end].text) and not _item_mark(lines, end):
                end += 1
            # The roll's title above its header row ("Närvaro- och omröstningslista") goes with it: left in the
            # body it would read as text of the last item.
            start = i - 1 if i and ROLL_TITLE.match(lines[i - 1].text.strip()) else i
            return start, end, _merged(out)
    return None


_CELL_REST = regexes.compile(r"^[a-zåäö]+(?:\s[a-zåäö]+)?$")  # a cell's words wrapped onto the next line


def _wrapped_group(lines: list[Line], k: int, row: Line, m: re.Match) -> str | None:
    """The rest of a row's function cell on the next line, under the cell (lower-case words alone), or None."""
    if not m.group("group") or k >= len(lines) or lines[k].blank_before:
        return None
    nxt = lines[k]
    column = row.indent + (len(row.text) - len(row.text.lstrip())) + m.start("group")
    rest = nxt.text.strip()
    return rest if _CELL_REST.match(rest) and abs(nxt.indent + len(nxt.text) - len(nxt.text.lstrip()) - column) \
        <= _CELL_SLACK else None


_CELL_SLACK = 2  # characters a wrapped cell's next line may stand off the cell's start


# The proposition a ballot table follows: "Den som vill bifalla ... röstar nej.", "Ja-röst för ..., nej-röst för ...".
_VOTE_PROPOSITION = regexes.compile(r"\b(?:röstar\s+(?:ja|nej)|(?:ja|nej)-?röst\s+för\b.*)\.?$", re.IGNORECASE)
BALLOT_LEAD_LINES = 3  # the lines above a ballot table that may tell the vote it records


def is_ballot_table(lines: list[Line], start: int) -> bool:
    """Whether the roll found at ``lines[start]`` is a vote's ballot table inside an item ("Omröstning" / "Den som
    ... röstar nej." over "Ledamot  Parti  Ja  Nej  Avstår"): a header of vote columns and no presence column, under
    the vote it records. Its names are the roll, and its marks the item's vote: it stays in the item's text."""
    words = set(lines[start].text.lower().split())
    if not cv.VOTE_COLUMNS <= words or words & cv.TABLE_PRESENCE or ROLL_TITLE.match(lines[start].text.strip()):
        return False
    above = [line.text.strip() for line in lines[max(0, start - BALLOT_LEAD_LINES):start] if line.text.strip()]
    return bool(above) and not ROLL_TITLE.match(above[-1]) and any(
        VOTES.match(text) or _VOTE_PROPOSITION.search(text) for text in above)


_MARK_ALONE = regexes.compile(r"^§\s*\d+[a-z]?$")


def _item_mark(lines: list[Line], k: int) -> bool:
    """Whether ``lines[k]`` is an item's bare "§ 45" over its text (not a roll's "§" column with its counts)."""
    return bool(_MARK_ALONE.match(lines[k].text.strip())) and (k + 1 == len(lines) or not _grid_rest(lines[k + 1].text))


def _grid_rest(text: str) -> bool:
    """Whether a line is what remains of a roll's grid (see conventions.ROLL_GRID_WORDS): its words grid
    words or counts only."""
    words = text.lower().split()
    return bool(words) and all(w in cv.ROLL_GRID_WORDS or w.isdigit() for w in words)


def _merged(attendees: list[Attendee]) -> list[Attendee]:
    """One entry a person: a substitute named in a member's row is also listed among the ersättare."""
    by_name: dict[str, Attendee] = {}
    for a in attendees:
        have = by_name.get(a.name)
        if have is None:
            by_name[a.name] = a
        elif have.note is None and a.note:
            have.note = a.note
    return list(by_name.values())


def _row_attendees(m: re.Match, line: Line, group_role: str | None) -> list[Attendee]:
    def span(name: str) -> Span:
        k = max(line.text.find(name), 0)
        return span_at(line.page, line.start + k, line.start + k + len(name), line.low_confidence)

    party = m.group("party") if m.group("party") not in ("-", None) else None
    role = m.group("role").strip() if m.group("role") else None
    present = (m.group("presence") or "").lower() in _PRESENT
    group = heading_of(m.group("group")) if m.group("group") else None
    if group:  # the row's own function cell: its group's role, and absent where the group is
        group_role = group.role or group_role
        present = present and group.status != "absent"
    rest = (m.group("rest") or m.group("served") or "").strip()
    sub = _SUBSTITUTE.match(rest)
    note = None
    serving = cv.SUBSTITUTE_FOR.match(f"{m.group('name')} {role}") if role else None
    if serving and serving.group("name") == m.group("name"):
        role, note = SERVING_ROLE, role  # "Lena Borg, ersätter Ove Strand": whom she serves for, a note
    for cell in ([] if sub else _CELLS.split(rest)):
        if role is None and cv.role_base(cell) and not cell[:1].isdigit() or role is None and cv.is_role(cell):
            role = cell
        elif cv.NOTE.match(cell):
            note = cell
    member = Attendee.made(name=m.group("name"), affiliation=party or role, status="present" if present else "absent",
                      role=(role or group_role or "").lower() or None, party=party, note=note,
                      source=span(m.group("name")))
    out = [member]
    if sub:
        out.append(Attendee.made(name=sub.group("name"), affiliation=sub.group("party"), status="present",
                            role="tjänstgörande ersättare", party=sub.group("party"), source=span(sub.group("name"))))
    return out


# --- a roll written as lists, on a page of its own --------------------------------------------------

# "Beslutande: Se närvarolista, sidan 4", "Enligt bifogad närvarolista", "Se närvaro- och omröstningslista":
# the front matter sends the reader to a roll printed further on.
# (Folded and led by its letters, see labels.letter_led: the cheap way to search a lower-cased text.)
REFERRAL = Folded(letter_led(tolerant(
    r"\b(?:se|enligt)\s+(?:bifogad|bilagd|bifogade|bilagda|särskild|separat)?\s*(?:närvaro\S*|förteckning|"
    r"uppropslista|upprop|röstlängd|bilaga\s+\d)")))
# The title of such a roll where it is printed: "Närvarolista", "Närvaro- och omröstningslista", "Bilaga 1
# Närvaroförteckning", "Förteckning över närvarande".
ROLL_TITLE = regexes.compile(tolerant(
    r"^(?:bilaga\s+\d+\s*[:–-]?\s*)?(?:närvaro-?\s*(?:och\s+(?:omröstnings|voterings))?(?:lista|förteckning)|"
    r"närvarolista|närvaroförteckning|uppropslista|förteckning över (?:närvarande|beslutande|ledamöter))"
    r"(?:\s+.{0,40})?\s*:?$"), re.IGNORECASE)
REFERRAL_LINES = 60  # the front matter that may refer to a roll further on
# What REFERRAL's last group needs in the lower-cased text, one a way to end it ("närvaro", "förteckning",
# "upprop", "röstlängd", "bilaga"), as the OCR-tolerant spellings keep it: a text with none is spared
# the search (REFERRAL leads with "se" and "enligt", which stand everywhere).
_REFERRAL_ENDS = ("rvaro", "rteckning", "upprop", "ngd", "bilaga")


def _first_referral(texts: list[str]) -> int | None:
    """The index of the first text REFERRAL finds anything in. A referral stands within one text and ends
    in one of _REFERRAL_ENDS: only the texts that hold one are searched, found by ``in`` and ``find`` over
    all the lower-cased texts joined (REFERRAL itself would be tried at every "s" and "e" of every line)."""
    lows = [lowered(text) for text in texts]
    joined = "\n".join(lows)
    if _unfoldable(joined):  # (then REFERRAL is no longer bound to the lower-cased words: every text is searched)
        return next((i for i, text in enumerate(texts) if REFERRAL.search(text)), None)
    starts = None
    candidates: set[int] = set()
    for end in _REFERRAL_ENDS:
        at = joined.find(end)
        while at >= 0:
            if starts is None:
                starts = list(accumulate([len(low) + 1 for low in lows], initial=0))
            candidates.add(bisect_right(starts, at) - 1)
            at = joined.find(end, at + 1)
    return next((i for i in sorted(candidates) if REFERRAL.search(texts[i], lows[i])), None)


def find_listed_roll(lines: list[Line]) -> tuple[int, int, list[Attendee]] | None:
    """(first line, line after the last, attendees) of a roll written as lists under its own title
    ("Närvarolista" / "Ledamöter" / "Name (S), ordförande" / ... / "Anmält förhinder" / ...) further on in
    minutes whose front matter refers to it; or None."""
    refer = _first_referral([line.text for line in lines[:REFERRAL_LINES]])
    if refer is None:
        return None
    for i in range(refer + 1, len(lines)):
        # ("NÄRVAROFÖRTECKNING      till protokoll 2025/26:9": the appendix's reference in a column beside the title)
        if not ROLL_TITLE.match(lines[i].text.strip()) and not ROLL_TITLE.match(_CELLS.split(lines[i].text.strip())[0]):
            continue
        end = i + 1
        while end < len(lines):
            text = lines[end].text.strip()
            if heading_of(text) or looks_like_entries(text) and not lines[end].text.isupper() or \
                    end == i + 1 and _spans_line(text) or continues_list(lines[end - 1].text, text):
                end += 1
                continue
            break
        marked = _marked_rows(lines, i, end)
        found = marked if marked is not None else parse_attendance([replace(lines[i], text="Närvarande")] + lines[i + 1:end])
        if marked is not None and end < len(lines) and MARK_LEGEND.match(lines[end].text.strip()):
            end += 1  # "N = närvarande   V = votering" under the table
        if found:
            start = i
            while start - 1 > refer and _appendix_head(lines[start - 1].text):
                start -= 1  # the appendix's own head goes with it (else it stands under the signatures)
            return start, end, found
    return None


# What a marked roll's column letters stand for, under it: "N = närvarande   V = votering".
MARK_LEGEND = regexes.compile(r"^[A-Z]{1,2}\s*=\s*[a-zåäö]+(?:\s+[A-Z]{1,2}\s*=\s*[a-zåäö]+)*$")
# The head of the appendix a roll is printed in, over its title: "Bilaga 1" / "till protokoll" / "2025/26:9".
APPENDIX_HEAD = regexes.compile(r"^(?:bilaga\s+\d{1,2}|till\s+protokoll(?:et)?(?:\s+.{0,30})?|(?:19|20)\d{2}/\d{2}:\d{1,3})$",
                                re.IGNORECASE)


def _appendix_head(text: str) -> bool:
    """A line of the appendix's head: "Bilaga 1", or the body's name in capitals beside it ("TRAFIKUTSKOTTET
    Bilaga 1", the page's running head)."""
    cells = _CELLS.split(text.strip())
    return bool(APPENDIX_HEAD.match(text.strip())) or len(cells) == 2 and cells[0].isupper() \
        and bool(APPENDIX_HEAD.match(cells[1]))


# A Riksdag committee's appendix "NÄRVAROFÖRTECKNING   § 1   § 2–4" / "Ledamot   N V   N V" / "Name (S), ordf.   X   X":
# a column pair a span of paragraphs, "N" (närvarande) and "V" (votering) under each, an "X" where the member was
# there. A row with a mark is someone present, a row without one a member who was not; "Suppleant" between the
# rows is the group of those below it.
_MARK_COLUMN_TITLES = regexes.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-Z]){2,}$")
_MARK_CELL = regexes.compile(r"^[xX](?:\s+[xX])*$")


# The spans of paragraphs a marked roll's columns stand for, on a line of their own under its title
# ("§ 1–3      § 4–7"), where the columns need no letters under them.
_SPAN_CELL = regexes.compile(r"^§§?\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?$")


def _spans_line(text: str) -> bool:
    return bool(text) and all(_SPAN_CELL.match(cell) for cell in _CELLS.split(text.strip()))


def _marked_rows(lines: list[Line], i: int, end: int) -> list[Attendee] | None:
    """The attendees of a roll whose row ``i + 1`` titles presence columns with single letters, or gives the spans
    of paragraphs its columns stand for (see _SPAN_CELL), each row's marks read apart from its entry (see
    _MARK_COLUMN_TITLES); None where the roll has no such columns."""
    first = i + 1
    spans = first < end and _spans_line(lines[first].text)
    first += spans
    if first < end and _MARK_COLUMN_TITLES.match(lines[first].text.strip()):
        first += 1
    elif not spans:
        return None
    present: list[Line] = [replace(lines[i], text="Närvarande")]
    absent: list[Line] = [replace(lines[i], text="Frånvarande")]
    for line in lines[first:end]:
        cells = _CELLS.split(line.text.strip())
        if heading_of(cells[0]) and len(cells) == 1:
            present.append(line)  # "Suppleant": the group of the rows below
            continue
        marks = cells[1:]
        if marks and not all(_MARK_CELL.match(mark) for mark in marks):
            continue  # no row of people ("N = närvarande   V = votering")
        (present if marks else absent).append(replace(line, text=cells[0]))
    return parse_attendance(present) + (parse_attendance(absent) if len(absent) > 1 else [])


# --- a roll in two halves side by side: members left, their substitutes right ----------------------------------

# A federation's or board's roll as one table of two halves ("Ledamöter  Kommun  Närv.  Ersättare  Kommun  Tjg
# Ej tjg"): the members with their presence column at the left, the substitutes with their serving columns at the
# right, each row pairing a member with a substitute. A mark's column says who was there and how: under "Närv." a
# member present; under "Tjg" a substitute serving, under "Ej tjg" one present who did not serve; a row's half without
# a mark is someone absent. The columns are read by where the header's titles stand.
_HALF_HEAD_CELLS = regexes.compile(r"\S+(?:\s\S+)*")
_HALF_PERSON = regexes.compile(rf"^(?P<name>{_FULL_NAME})\s*(?:\((?P<party>[^()]+)\))?(?:\s*,\s*(?P<role>[^,]+?))?$")
SUBSTITUTE_ROLE = "ersättare"
NOT_SERVING_ROLE = "ej tjänstgörande ersättare"


def _half_header(line: Line) -> dict[str, int] | None:
    """The column titles of a two-halves roll's header row, title → column, or None where the row is not one."""
    cells = {m.group(0).lower(): line.indent + m.start() for m in _HALF_HEAD_CELLS.finditer(line.text)}
    first = next(iter(cells), "")
    if first not in cv.TABLE_NAME or "ersättare" not in cells:
        return None
    if not any(c in cv.TABLE_SERVING for c in cells) or not any(c in cv.TABLE_PRESENCE for c in cells):
        return None
    return cells


def find_split_roll(lines: list[Line]) -> tuple[int, int, list[Attendee]] | None:
    """(first line, line after the last, attendees) of a roll in two halves (see above), or None."""
    for i, line in enumerate(lines):
        if "rsättare" not in line.text or "  " not in line.text:
            continue
        cells = _half_header(line)
        if cells is None:
            continue
        split = cells["ersättare"]
        present_at = next(at for c, at in cells.items() if c in cv.TABLE_PRESENCE)
        serving_at = next(at for c, at in cells.items() if c in cv.TABLE_SERVING)
        not_serving_at = next((at for c, at in cells.items() if c in cv.TABLE_NOT_SERVING), None)
        out: list[Attendee] = []
        end = i + 1
        while end < len(lines) and not lines[end].blank_before:
            row = " " * lines[end].indent + lines[end].text
            left, right = _half_person(row[:split]), _half_person(row[split:])
            if left is None:
                break
            marks = [m.start() for m in _CROSS_MARK.finditer(row)]
            member_there = any(split > at >= present_at - _MARK_SLACK for at in marks)
            out.append(_half_attendee(left, lines[end], "present" if member_there else "absent", None))
            if right is not None:
                serving = any(at >= serving_at - _MARK_SLACK and (not_serving_at is None or at < not_serving_at - _MARK_SLACK)
                              for at in marks)
                not_serving = not_serving_at is not None and any(at >= not_serving_at - _MARK_SLACK for at in marks)
                role = SERVING_ROLE if serving else NOT_SERVING_ROLE if not_serving else SUBSTITUTE_ROLE
                out.append(_half_attendee(right, lines[end], "present" if serving or not_serving else "absent", role))
            end += 1
        if out:
            return i, end, out
    return None


_MARK_SLACK = 2  # a mark may stand a little left of its column's title
_CROSS_MARK = regexes.compile(r"(?<!\S)[xX](?!\S)")  # a cell's "x" that marks presence or serving
_HALF_CELLS = regexes.compile(r"\s{2,}")  # a half's cells stand closer than a whole table's (a long role fills its cell)


def _half_person(text: str) -> tuple[re.Match, str | None] | None:
    """The person of a roll's half row and the place written beside them ("Älvdalen"), or None."""
    parts = _HALF_CELLS.split(text.strip())
    if not parts or not parts[0]:
        return None
    m = _HALF_PERSON.match(parts[0])
    if m is None:
        return None
    place = next((p for p in parts[1:] if p[:1].isupper() and p.lower() not in cv.TABLE_MARKS), None)
    return m, place


def _half_attendee(person: tuple[re.Match, str | None], line: Line, status: str, role: str | None) -> Attendee:
    m, place = person
    name = m.group("name")
    k = max(line.text.find(name), 0)
    return Attendee.made(name=name, affiliation=place or m.group("party"), status=status,
                         role=(m.group("role") or role or "").strip().lower() or None, party=m.group("party"),
                         source=span_at(line.page, line.start + k, line.start + k + len(name), line.low_confidence))
