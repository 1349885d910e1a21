"""Attendance lists in every shape minutes use.

A list opens with a heading that gives its status and often a role ("Beslutande", "Tjänstgörande
ersättare", "Anmält förhinder"). Entries come one a line ("Name, Municipality", "Name (S), ordförande",
"Name"), several to a line when a PDF-to-text tool flattened two columns ("Anna Berg, Bjuv Lars Holm,
Perstorp"), as a comma list over wrapped lines ("A, B och C"), as a sentence ("Närvarande var
ledamöterna A, B och C"), or as a table (Befattning | Namn | Närvarande).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, replace

from protokoll import regexes
from protokoll import municipalities
from protokoll import tableheads
from protokoll.folding import fold
from protokoll.clean.lines import Line
from protokoll.record import Attendee, Span, span_at
from protokoll.vocab import conventions as cv
from protokoll.vocab.labels import per_document, tolerant
from protokoll.vocab import names
from protokoll.vocab.lists import (ACRONYM_LED, CAP_WORD, DIGIT, ORGANISATION, PARTICLES, TOP_AND, TOP_COMMA,
                                   TOP_SEMICOLON, continues_list, is_name, is_person_piece, name_word, role_lead,
                                   role_tail, capitalised_role_tail, paragraphs_after_title, sentence_breaks,
                                   split_trailing_note,
                                   BARE_PARAGRAPHS_AFTER_PARTY)
from protokoll.vocab.names import mask_nicknames, surname_first, unmask_nicknames

_LEAD_VERBS = ("var", "är", "voro", "hade", "har", ":")  # "Närvarande var ...": the verb before a sentence's list
_SENTENCE_LEAD = regexes.compile(r"^(?:" + "|".join(_LEAD_VERBS) + r")?\s*(?:[a-zåäöé][\wåäö-]*\s+){0,3}?(?=[A-ZÅÄÖÉ])")
_SPLIT_COLUMNS = regexes.compile(r"(\s{3,})")
_FIRST_CELL = regexes.compile(r",|\(|\s{3,}")
# A name and then a code in capitals ("Lars Holmgren PRO", "Elon Kvist SKPF"); not a name's initials ("Karin Lund KL").
# A company's form after its name ("Fastighetsservice AB", "Byggare HB"): part of a company's name, no code of its own.
COMPANY_FORMS = frozenset({"AB", "HB", "KB", "EF", "EK"})
_CODE_AFTER_NAME = regexes.compile(r"^(?P<name>[^()]+?)\s+(?P<code>[A-ZÅÄÖ]{2,6})$")
# "Maria Lindqvist Sportfiskarna", "Per Ek Scouterna": the organisation a guest comes from after the name without a
# comma, one word in its definite plural ("-arna", "-erna", "-orna"), which no surname takes.
_GROUP_AFTER_NAME = regexes.compile(r"^(?P<name>[A-ZÅÄÖ][^()]+?)\s+(?P<org>[A-ZÅÄÖ][a-zåäö-]{3,}(?:arna|erna|orna))$")
# "ers PRO för Margit Nyberg": a substitute's role, the organisation's code, then whom they serve for.
_CODE_IN_SERVING = regexes.compile(r"^(?P<role>[a-zåäö][\wåäö.]*)\s+(?P<code>[A-ZÅÄÖ]{2,6})\s+(?P<whom>för\s+[A-ZÅÄÖ].*)$")
_GROUP_ENDINGS = ("rna",)  # _GROUP_AFTER_NAME's endings share their last letters: the cheap test first
_NAME_PAREN_TAIL = regexes.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<paren>[^()]*)\)\s*(?P<tail>.*))?$")


_STEPS_IN = regexes.compile(r"(?:inträder|inträdde|tjänstgör|tjänstgjorde)$")  # a roll heading written as a sentence
# A roll heading that is a sentence's verb ("Dessutom närvarade"), then a person by their title in the definite
# form: "Dessutom närvarade ekonomichefen Lena Rydh och fastighetschefen Ola Björk (§§ 5–6)."
_SENTENCE_HEAD = regexes.compile(r"(?:närvarade|\s(?:var|är))$")
# After a sentence's verb, a person led by a title in the indefinite form: "Närvarande vid mötet var rektor Camilla
# Norén, biträdande rektor Jakob Alm, ..." (a title of one or two words).
_TITLE_LED_AFTER_VERB = regexes.compile(r"[a-zåäö][\wåäö-]+(?:\s+[a-zåäö][\wåäö-]+)?\s+[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ]")
_TITLED_AFTER_VERB = regexes.compile(r"[a-zåäö][\wåäö-]+(?:en|n)\s+[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ]")
_QUALIFIED_HEADING = regexes.compile(r"(?:[a-zåäöé-]+\s+){0,2}[a-zåäöé-]+\s*:\s*")


@dataclass(frozen=True)  # heading_of answers a line once a document: every asker shares the heading
class Heading:
    status: str
    role: str | None
    rest: str  # text after the heading on its line
    colon: bool = False


@per_document
def heading_of(text: str) -> Heading | None:
    """The attendance heading a line starts with. Without a colon the heading must stand alone or be
    followed by a capitalised entry, so "Närvarande var ..." sentences count and prose does not."""
    if text[:2] == "* ":  # "* Övriga beslutande ledamöter": the list a front page's "* ... redovisas på nästa sida" points to
        return heading_of(text[2:].lstrip())
    m = cv.ATTENDANCE_HEADING.match(text)
    if not m:
        group = cv.FROM_GROUP_HEADING.match(text) if text[:4].lower() in ("från", "närv") else None
        if group is None and text[:4].lower() in ("från", "närv") and cv.FROM_GROUP_LINE.match(text.strip()):
            return Heading("present", None, "")  # "Från förbundskansliet" over its people
        if text[:4] == "För " and cv.FOR_SIDE_LINE.match(text.strip()):
            return Heading("present", None, "")  # "För organisationerna" over its side of a council's roll
        return Heading("present", None, text[group.end():], True) if group else None
    rest = text[m.end():]
    if m.group("colon") and rest[:1] in "SsHh":
        board = cv.BOARD_GROUP_LABEL.match(rest)
        rest = rest[board.end():] if board else rest  # "Närvarande: Styrelsen: Maja Lind, ...": the group's name
    status, role = cv.heading_info(m.group("head"))
    described = None if m.group("colon") else cv.HEADING_QUALIFIER.match(rest)
    if described:  # "Närvarande ledamöter (röstberättigade)", "Närvarande med yttrande- och förslagsrätt"
        rest = rest[described.end():]
        if described.group("colon") or not rest.strip() or re.match(r"[A-ZÅÄÖÉ]", rest):
            return Heading(status, role, rest, bool(described.group("colon")))
        return None
    qualified = None if m.group("colon") else _QUALIFIED_HEADING.match(rest)
    if qualified:  # "Närvarande från styrelsen: ...", "Ledamöter närvarande: ..."
        return Heading(status, role, rest[qualified.end():], True)
    if rest and not m.group("colon"):
        sentence = re.match(r"(?:var|är|hade|har)\s", rest)
        titled = _TITLED_AFTER_VERB.match(rest) or \
            _SENTENCE_HEAD.search(m.group("head")) and _TITLE_LED_AFTER_VERB.match(rest)
        if not sentence and not re.match(r"[A-ZÅÄÖÉ]", rest) and not titled \
                or titled and not _SENTENCE_HEAD.search(m.group("head")):
            return None
        if not sentence and len(rest.split()) > 12 and "," not in rest and not _STEPS_IN.search(m.group("head")):
            return None  # (a heading that is a sentence's verb, "Som ersättare ... inträder", is followed by its list)
    return Heading(status, role, rest, bool(m.group("colon")))


def is_role_entry(h: Heading) -> bool:
    """ "Ersättare Anna Öberg" inside a list: an entry with its role, not a new list."""
    return not h.colon and h.role is not None and is_name(h.rest.strip()) and len(h.rest.split()) <= 4


_ROLE_LABEL = regexes.compile(r"^(?P<role>[A-ZÅÄÖa-zåäö][\wåäö. ]{1,30}?):\s+(?P<rest>[A-ZÅÄÖ].*)$")


def role_label(text: str) -> str | None:
    """ "Kassör: Per Ek" inside a list → "Kassör  Per Ek" (the same length: spans stay): a role written as a
    label before one person, read as a role before the name; None for other lines."""
    m = _ROLE_LABEL.match(text) if ":" in text else None
    if not m:
        return None
    role = m.group("role").strip()
    person = re.split(r",|\(", m.group("rest"), maxsplit=1)[0].strip()
    if not cv.role_base(role) or cv.is_plural_role(role) or role.lower().endswith("er") or not is_name(person) \
            or len(person.split()) < 2:
        return None
    return f"{text[:m.end('role')]} {text[m.end('role') + 1:]}"


def took_part_as(text: str) -> str | None:
    """ "Kamrer Per Ek deltog som adjungerad." → "Kamrer Per Ek, adjungerad": a person written as a sentence of
    the role they took part in, read as the entry "Name, role"; None for other lines."""
    m = cv.TOOK_PART_AS.match(text.strip()) if " som " in text else None
    if not m or not cv.is_role(m.group("role")):
        return None
    return f"{m.group('who')}, {m.group('role')}"


def looks_like_entries(text: str) -> bool:
    """True for a line of attendance entries ("Name, Affiliation", "Name (S)", "Name")."""
    if len(text) >= 200:
        return False
    text = mask_nicknames(slashed_apart(text)).split(";")[0]  # "Ulrika (Uffe) Berg": the nickname's parentheses are the name's
    proxy = cv.PROXY.match(text.strip()) if "," in text and cv.may_be_proxy(text) else None
    if proxy and is_name(proxy.group("name")):
        return True  # "Harsjö kommun, genom ombudet Anna Ek, 10 000 aktier"
    text = role_label(text) or took_part_as(text) or municipality_first(text) or text  # "Kassör: Per Ek", "Per Ek deltog
    # som adjungerad.", "Götene     Lena Hallgren": a row by municipality
    lead = cv.CLASS_LEAD.match(text.strip()) if text[:1].isdigit() else None
    text = lead.group("names") if lead else text  # "7A Elin Ljung": the class before the name
    if DIGIT.search(text) and group_count_row(text):
        return True  # "Dalsjö 2 Lennart Smed, Jenny Håkansdotter": a roll's row by district
    if (" och " in text or " samt " in text) and all(is_person_piece(p) for p in _comma_list(text) or ["-"]):
        return True  # "Charlotta Ek och Mats Berg.": names joined by "och", nothing more
    substitute = _substitute(text.split(",")[0]) if " för " in text or " ersätter " in text else None
    text = substitute[0] if substitute else text  # "Maj Falk för Olle Sten"
    marked = presence_mark(text)
    text = marked[0] if marked else text  # "Tina Lund X, sekreterare": the presence mark beside the name
    if role_tail(_FIRST_CELL.split(text.strip(), maxsplit=1)[0].strip()):
        return True  # "Anna Berg ordförande": the role after the name, no comma
    if paragraphs_after_title(text) or "   " not in text and capitalised_role_tail(text.strip()):
        return True  # "Anders Lundell Teknisk chef 2-5, 7-9": a title after the name, then the paragraphs attended
    if "   " not in text and _title_led_run(text.strip()):
        return True  # "Ekonomichef Niklas Brem § 63-64 Utredare Malin Fund § 65": officials title first, run together
    cells = [c for _, c in _row_cells(text)] if "   " in text else [text]
    if tableheads.column_titles(cells):
        return False  # "Ärende          Beslut / åtgärd": the titles of the minutes' columns under the roll
    text = cells[0] if cells else text  # "Vice ordförande     Bo Ek (M)": the role column joined to its person
    if len(cells) == 1 and (marked := presence_mark(text)):
        text = marked[0]  # "Per Ek, Ledarna     anmält förhinder": the mark column set beside the name by _row_cells
    text = dash_as_comma(text)  # "Karin Ek – ordförande": the dash stands for the comma
    text = split_trailing_note(text)[0]  # "Controller Jonas Lilja §§ 2–3": the part-time note is no name
    first = _FIRST_CELL.split(text, maxsplit=1)[0].split()
    if "(" in text and not all(name_word(w) for w in first):
        first = _ocr_joined_name(" ".join(first)).split()  # "Bertil Ån man (M)"
    for n in (3, 2):  # "Vice ordförande Anna Öberg", "Vice ordföranden Anna Öberg": a role before the name
        if len(first) > n + 1 and (cv.role_base(" ".join(first[:n])) or
                                   any(p.fullmatch(" ".join(first[:n])) for p, _ in cv.ROLE_FORMS)):
            first = first[n:]
            break
    if not 1 <= len(first) <= 5 or not all(name_word(w) for w in first):
        return False
    return "," in text or "(" in text or is_name(" ".join(first)) or "   " in text


def _couples_apart(text: str) -> str:
    """ "Mats o Marianne Udén" → "Mats Udén, Marianne Udén": each of a couple a roll names together (see
    conventions.COUPLE) an entry of their own, where the word alone before the joiner is a given name."""
    def apart(m: re.Match) -> str:
        if not names.is_first_name(m.group("a")):
            return m.group(0)
        return f"{m.group('lead')}{m.group('a')} {m.group('surname')}, {m.group('b')} {m.group('surname')}"
    return cv.COUPLE.sub(apart, text)


# Two people who share a seat or a task, written with a slash ("Annika Roos/Sara Lund, kansliet"), and a group's
# plural role word before its people ("Utvärderarna Jonas Mellberg och Frida Ask (punkt 5)").
_SLASHED_PAIR = regexes.compile(r"^(?P<a>[A-ZÅÄÖÉ][^,/()]+?)\s*/\s*(?P<b>[A-ZÅÄÖÉ][^,/()]+?)(?P<rest>\s*[,(].*)?$")
_PLURAL_LEAD = regexes.compile(r"^(?P<role>[A-ZÅÄÖ][a-zåäö-]+(?:na|erna|arna))\s+(?P<names>[A-ZÅÄÖÉ].*)$")


def slashed_apart(text: str) -> str:
    """ "Annika Roos/Sara Lund, kansliet" → "Annika Roos, kansliet; Sara Lund, kansliet"; "Utvärderarna Jonas Mellberg
    och Frida Ask" → "Jonas Mellberg och Frida Ask"; other lines as they are."""
    stripped = text.strip()
    lead = _PLURAL_LEAD.match(stripped) if " och " in stripped else None
    if lead and not names.is_first_name(lead.group("role")) and not cv.is_plural_role(lead.group("role")) and all(
            is_name(p.split("(")[0].strip()) for p in lead.group("names").split(" och ")):
        return lead.group("names")  # (a plural noun before names; a plural role word, "Ersättarna", is read as a role)
    m = _SLASHED_PAIR.match(stripped) if "/" in stripped else None
    if not m or any("  " in m.group(k) or len(m.group(k).split()) < 2 or not is_name(m.group(k)) for k in "ab"):
        return text  # (each a full name: a table's header "Namn   N/F   Anteckning" is no pair)
    rest = m.group("rest") or ""
    return f"{m.group('a')}{rest}; {m.group('b')}{rest}"


# A line of the roll that says in a sentence who sent word they could not come, often in parentheses under the
# list: "(Ulf lämnade återbud)", "Mirja och Tor har lämnat återbud.", "Eva Ek hade anmält förhinder." Read as the
# list "Förhinder: Ulf" (spec "Attendance": those who sent word are excused).
_SENT_WORD_LINE = regexes.compile(
    r"^\(?(?P<names>[A-ZÅÄÖÉ][^():.!?]*?)\s+(?:lämnade|(?:har|hade)\s+lämnat)\s+återbud\.?\)?\.?$"
    r"|^\(?(?P<before>[A-ZÅÄÖÉ][^():.!?]*?)\s+(?:hade|har)\s+anmält\s+förhinder\.?\)?\.?$")


def sent_word_as_list(text: str) -> str:
    """ "(Ulf lämnade återbud)" → "Förhinder: Ulf"; other lines as they are."""
    m = _SENT_WORD_LINE.match(text.strip()) if "återbud" in text or "förhinder" in text else None
    return f"Förhinder: {m.group('names') or m.group('before')}" if m else text


def parse_attendance(lines: list[Line], status: str = "present", role: str | None = None) -> list[Attendee]:
    """Attendees from lines that start with a heading (or continue the list ``status``/``role``)."""
    lines = [replace(line, text=_couples_apart(line.text)) if cv.COUPLE.search(line.text) else line for line in lines]
    lines = [replace(line, text=slashed_apart(sent_word_as_list(line.text))) for line in lines]
    out: list[Attendee] = []
    for section_status, section_role, section, group in _sections(_group_titles_down(lines), status, role):
        found = _organisations_after_names(_section_entries(section, section_status, section_role))
        for a in found if group else ():
            a.affiliation = a.affiliation or group  # "Styrelsen" over its table: what the list writes beside each
        out.extend(found)
    return out


MIN_NAMES_BEFORE_ORGANISATIONS = 2  # a shorter list is not read as a names column and its organisations column


def _organisations_after_names(found: list[Attendee]) -> list[Attendee]:
    """A roll typed "Name     Organisation" that plain text gives column after column ("Hans Andrén" / "Fredrik
    Cullman" / "Northland Timber" / "Björkå Sågverk"): the people, each of a given name, then as many entries
    that start with none and say nothing more, are the people's organisations in order."""
    half = len(found) // 2
    if half < MIN_NAMES_BEFORE_ORGANISATIONS or len(found) != 2 * half:
        return found
    people, organisations = found[:half], found[half:]
    if all(names.is_first_name(a.name.split()[0]) and len(a.name.split()) >= 2 and not a.affiliation for a in people) \
            and not any(names.is_first_name(a.name.split()[0]) or a.affiliation or a.role or a.note
                        or names.surname_like(a.name) for a in organisations):
        for person, organisation in zip(people, organisations):
            person.affiliation = organisation.name
        return people
    return found


GROUP_TITLE_MAX_WORDS = 3  # "Styrelsen", "Övriga medlemmar": a group's title over its table is a short line


def group_title_over_table(line: Line, below: Line | None) -> str | None:
    """The title of a group of the roll that stands over its own presence table ("Styrelsen" / "Namn
    Närvarande" / "Sam Hammar   Ja", then "Övriga medlemmar" / "Namn   Närvarande" / ...): a short capitalised
    line that is no list heading, right over a header row that titles a name column; None otherwise."""
    text = line.text.strip().rstrip(":")
    if below is None or below.blank_before or "   " not in below.text or not text[:1].isupper() or \
            len(text.split()) > GROUP_TITLE_MAX_WORDS or DIGIT.search(text) or "," in text or "   " in line.text:
        return None
    cols = table_columns(below.text, below.indent)
    if not cols or "name" not in cols or heading_of(line.text) is not None:
        return None
    return text


def _group_titles_down(lines: list[Line]) -> list[Line]:
    """A presence table whose column groups are titled a row above its name column's title: "Närvaro    Votering
    § 19" over "LEDAMÖTER    Ja   Nej    Ja   Nej". Given back as the header the table reading knows, the name
    column's title with the group titles ("LEDAMÖTER    Närvaro    Votering § 19"), over the row of what the
    marks under each group mean ("Ja   Nej    Ja   Nej")."""
    if not any("   " in line.text for line in lines):
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        below = lines[k + 1] if k + 1 < len(lines) else None
        pair = _titles_over_names(line, below) if below is not None and "   " in line.text else None
        if pair is None:
            out.append(line)
            k += 1
            continue
        name_at, name = pair
        width = max(len(line.text) + line.indent, len(below.text) + below.indent)
        header = list(" " * width)
        for start, word in _columns(line.text):
            header[line.indent + start:line.indent + start + len(word)] = word
        header[below.indent + name_at:below.indent + name_at + len(name)] = name
        subs = list(" " * (below.indent + len(below.text)))
        for start, word in _columns(below.text):
            if start != name_at:
                subs[below.indent + start:below.indent + start + len(word)] = word
        out.append(replace(below, text="".join(header).strip(), indent=below.indent + name_at))
        out.append(replace(below, text="".join(subs).strip(), indent=len("".join(subs)) - len("".join(subs).lstrip()),
                           blank_before=False))
        k += 2
    return out


def _titles_over_names(line: Line, below: Line) -> tuple[int, str] | None:
    """(where, title) of the name column's title on ``below`` where ``line`` holds only the titles of column
    groups to the right of it ("Närvaro", "Votering § 19") and ``below`` the name column's title ("LEDAMÖTER",
    "Namn") and the titles of the marks under those groups ("Ja", "Nej"); None otherwise."""
    top = [(line.indent + start, word) for start, word in _columns(line.text)]
    cells = [(start, word) for start, word in _columns(below.text)]
    if not top or len(cells) < 3 or not all(_column_kind(w) in ("presence", "vote", "serving") for _, w in top):
        return None
    name_at, name = cells[0]
    h = heading_of(name)
    named = _column_kind(name) == "name" or bool(h and not h.rest.strip() and not h.colon)
    if not named or below.indent + name_at >= min(at for at, _ in top) or \
            not all(w.lower() in cv.SUB_TITLES for _, w in cells[1:]):
        return None
    return name_at, name


def _sections(lines: list[Line], status: str, role: str | None):
    current: list[tuple[Line, int, str]] = []  # (line, offset of text in line, text)
    started = False
    # The status of a bare status heading ("Förhindrade") with group headings right under it ("Ledamöter",
    # then "Ersättare" after the members): each group keeps that status. A group heading after entries of a
    # status heading that had none is a list of its own.
    outer: str | None = None
    grouped = just_status = table_open = marks_open = False
    beside: tuple[str | None, str | None] | None = None  # two group titles one after the other, see _side_by_side
    group_before = False  # the heading before was a group's title under a status heading
    group: str | None = None  # the title of a group of the roll over its own table ("Styrelsen")
    for k, line in enumerate(lines):
        titled = group_title_over_table(line, lines[k + 1] if k + 1 < len(lines) else None) \
            if line.text[:1].isupper() else None
        if titled:  # "Styrelsen" / "Namn   Närvarande": the group's rows are a list of their own, its status kept
            if current:
                yield from _grouped(_side_by_side(status, role, current, beside), group)
            group, current, beside, started = titled, [], None, True
            continue
        h = heading_of(line.text)
        if h and started and is_role_entry(h):
            h = None
        if h and table_open and _table_group(line.text, h):
            h = None  # "Ersättare" inside a roll table: a group of its rows, under the same columns
        if h and marks_open and not h.rest.strip():
            # "Närvarande ledamöter", "Frånvarande" alone inside a table of marks ("Namn | Närvarande | Frånvarande",
            # an X in the column that applies): a group row of the table, its rows' status in their marks
            h = None
        status_line = False
        if h and not h.rest.strip():
            word = " ".join(line.text.strip().rstrip(":;").lower().split())
            if word in cv.STATUS_HEADINGS:
                outer, grouped, status_line = h.status, False, True
            elif cv.is_group_heading(word) and outer is not None and (grouped or just_status):
                h = Heading(outer, h.role, h.rest, h.colon)  # "Ersättare" under "Förhindrade": excused
                grouped = True
            else:
                outer = None
        elif h:
            outer = None
        just_status = status_line
        was_started = started
        started = started or h is not None
        if h:
            if current:
                yield from _grouped(_side_by_side(status, role, current, beside), group)
            head = line.text[:len(line.text) - len(h.rest)].strip().rstrip(":;").strip()
            # "Kommittéer: A, B": a group the list names as what its people are there for; "Från förbundskansliet:
            # A, B": the part of the organisation they come from
            from_group = cv.FROM_GROUP_NAME.match(head) if h.status == "present" and h.role is None else None
            group = head if " ".join(head.lower().split()) in cv.AFFILIATION_GROUPS else \
                head[from_group.end():] if from_group else None
            # "Ledamöter" / "Ersättare" with no one between: the titles of two columns side by side
            beside = (role, h.role) if grouped and was_started and not current and not h.rest.strip() \
                and h.status == status and not status_line and group_before else None
            group_before = grouped and not h.rest.strip() and not status_line
            head_role = role_column(line.text, h) if was_started else None
            status, role, current = h.status, h.role or head_role or _group_beside_label(line.text, h), []
            table_open = "   " in line.text and bool(table_columns(h.rest, line.indent + len(line.text) - len(h.rest))
                                                      or table_columns(line.text, line.indent))
            if h.rest.strip():
                current.append((line, len(line.text) - len(h.rest), h.rest))
            marks_open = False
            continue
        marks_open = marks_open or marks_header(line)
        current.append((line, 0, line.text))
    if current:
        yield from _grouped(_side_by_side(status, role, current, beside), group)


def marks_header(line: Line) -> bool:
    """A presence table's header row with a column for each status the marks give ("Namn   Närvarande
    Frånvarande"): the headings alone under it are its group rows."""
    if "   " not in line.text:
        return False
    cols = table_columns(line.text, line.indent)
    return bool(cols) and "name" in cols and "presence" in cols and "absent" in cols


def _group_beside_label(text: str, h: Heading) -> str | None:
    """ "Övriga närvarande    Ersättare" over "Mona Ek (M)": a front page's label with a group title beside it in
    the value column (the layout's row holds both): the group's role holds for the names under it."""
    if h.colon or h.role or not h.rest.strip() or "   " not in text[:len(text) - len(h.rest) + 1]:
        return None
    inner = heading_of(h.rest.strip())
    return inner.role if inner and not inner.rest.strip() and inner.status == h.status else None


def _grouped(sections, group: str | None):
    for status, role, section in sections:
        yield status, role, section, group


def _side_by_side(status: str, role: str | None, section, beside):
    """A section as it is, or, under two group titles read one after the other (``beside``: the roles of the
    left and the right column), its entries given back to their columns. Plain text of a two-column table
    ("Ledamöter | Ersättare") reads each row's cells one paragraph each, left then right; a row with its left
    cell only adds a line to the paragraph before. So paragraphs alternate between the columns, the left
    first, and a paragraph of several lines is left cells."""
    blocks: list[list] = []
    for item in section:
        if not blocks or item[0].blank_before:
            blocks.append([])
        blocks[-1].append(item)
    if beside is None or len(blocks) < 2 or any(len(b) > 1 for b in blocks[:-1]):
        yield status, role, section
        return
    yield status, beside[0], [item for b in blocks[0::2] for item in b]
    yield status, beside[1] or role, [item for b in blocks[1::2] for item in b]


def _table_group(text: str, h: Heading) -> bool:
    """A group heading inside a presence table: alone ("Ordinarie ledamöter") or over the table's own column
    titles ("Ersättare      Närvaro")."""
    if not h.rest.strip():
        return " ".join(text.strip().rstrip(":").lower().split()) in cv.GROUP_HEADINGS
    return "   " in text and all(_column_kind(c) for _, c in _columns(h.rest))


def role_column(text: str, h: Heading) -> str | None:
    """ "Ledamöter            Siv Hammar (C)" inside a list: a plural role in the layout's role column,
    holding for the names beside and under it ("ledamot")."""
    head = text[: len(text) - len(h.rest)]
    if h.colon or not h.rest.strip() or not head.endswith("   "):
        return None
    base = cv.role_base(head.strip())
    return base.lower() if base and base.lower() != head.strip().lower() else None


def _label_then_group(section, table: dict[str, int]) -> bool:
    """ "Beslutande              Ledamöter" over "Anna Fjäll, M, Ordförande" in the value column: a front page's
    label and the group title under it, not a table of two people a row (no row has a cell in the first column)."""
    second = table.get("name#1")
    if second is None or set(table) != {"name", "name#1"}:
        return False
    rows = [line.indent + offset + len(t) - len(t.lstrip()) for line, offset, t in section[1:] if t.strip()]
    return bool(rows) and all(start >= second - 1 for start in rows)


def _section_entries(section, status: str, role: str | None) -> list[Attendee]:
    header = section[0][2] if section else ""
    table = table_columns(header, section[0][0].indent + section[0][1]) if section else None
    if table is not None and section[0][1] and \
            _column_kind(section[0][0].text[:section[0][1]].strip().rstrip(":")) == "name":
        # "Ledamöter   Tjänstgörande ersättare   Närvarande §": the heading is the first column's title, the
        # whole line the header (members, then who serves for them)
        whole = table_columns(section[0][0].text, section[0][0].indent)
        if whole is not None and len(whole) > len(table):
            header, table = section[0][0].text, whole
    if table is None and section and section[0][1]:
        header = section[0][0].text
        table = table_columns(header, section[0][0].indent)  # "Ledamöter     Organisation"
    if table and _label_then_group(section, table):
        table = None
    if table:
        roles = group_roles(header)
        left = heading_of(header[:section[0][1]].strip()) if header == section[0][0].text and section[0][1] else None
        if left and "name#1" in table and role is not None and roles.get("1") == role != left.role:
            # "Ledamöter        Ersättare" over rows with a cell under each: two columns side by side, not a label
            # with its group under it (see _group_beside_label): the left column's people take the left title's role
            role = left.role
        return _table_entries(section[1:], table, status, role, roles)
    out: list[Attendee] = []
    if sum("   " in t for _, _, t in section) >= 1:
        aligned = align_cells([(line.indent + offset, t) for line, offset, t in section])
        section = [(line, offset, t) for (line, offset, _), t in zip(section, aligned)]
    section = [(line, offset, role_label(t) or t) for line, offset, t in section]  # "Kassör: Per Ek"
    organisations = _organisation_column(section)
    firms = _organisation_after_comma(section)
    one_a_line = _furn_one_a_line([t for _, _, t in section])  # a lone run-together line may then be split
    held: tuple[str, int] | None = None  # a plural role of the role column and where its names stand
    written: dict[int, tuple[str, str | None]] = {}  # id of an entry read: its text and the role it was read under
    for chunks, text in _sentences(_logical_lines(section)):
        grouped = cv.GROUP_LINE.match(text.strip()) if ":" in text else \
            cv.CLASS_LEAD.match(text.strip()) if text[:1].isdigit() else None
        # "Dalsjö 2 Lennart Smed, Jenny Håkansdotter": a roll's row by district, the district whom they represent
        counted = group_count_row(text) if not grouped and DIGIT.search(text) else None
        represented = organisation_group(text) if not grouped and not counted and \
            (":" in text or "–" in text or "—" in text) else None
        if represented:  # "PRO Ljungsta – Bertil Åhs", "FUB Västerbygd: Birgit Alm, Sune Alm": whom they represent
            organisation = municipalities.canonical(represented[0]) or municipalities.plain(represented[0])
            for piece in represented[1]:
                a = _entry(piece, status, role)
                if a:
                    a.affiliation = organisation
                    a.source = _span_for(chunks, piece)
                    out.append(a)
            continue
        if grouped or counted:  # "7A: Alva Berg, Noah Lind", "7A Elin Ljung": the class is what the list writes beside each name
            group = (grouped or counted).group("group")
            for piece in _group_pieces((grouped or counted).group("names")):
                a = _entry(piece, status, role)
                if a:
                    a.affiliation = a.affiliation or group
                    if grouped:
                        a.note = a.note or group
                    a.source = _span_for(chunks, piece)
                    out.append(a)
            continue
        # Entries laid out in columns ("Anna Berg, ordförande      Lars Ek, kassör") are read cell by cell: as
        # one comma list, a role would run into the name in the next column ("ordförande Lars Ek").
        in_columns = any(_CELL_GAP.search(c[2].strip()) for c in chunks)
        single_join = one_a_line and "," in text and len(_furn_split_single_join(text.strip())) == 2
        but = None if in_columns else _ALL_BUT.search(text)
        if but:  # "ordföranden A (S) samt övriga ledamöter utom B (S) och C (M)": those after "utom" are away
            for part, part_status in ((text[:but.start()], status), (text[but.end():], "absent")):
                pieces = _comma_list(part, wrapped=True) or ([part.strip()] if part.strip() else [])
                out.extend(_comma_entries(pieces, chunks, part_status, role, written))
            continue
        swap = None if in_columns or not left_and_replaced(text) else _LEFT_AND_REPLACED.match(text.strip())
        if swap:  # "Elsa Tall (KD) lämnar sammanträdet efter § 12 och ersätts av Filip Ahl (KD).": both took part
            # (and "Kerstin Ek (S) infinner sig efter § 12 (dessförinnan ersatt av Pål Lind (S))")
            member = _entry(swap.group("member"), status, None)
            if member:
                member.note = swap.group("when")
            sub = swap.group("sub") or swap.group("before")  # who took the seat after, or held it before
            substitute = _entry(f"{sub}, ersätter {swap.group('member')}", status, cv.SERVING_ROLES["ersättare"]) \
                if sub else None
            if substitute and swap.group("before"):  # "ersätter Kerstin Ek (S) före § 12"
                substitute.note = f"{substitute.note or 'ersätter ' + swap.group('member')} före " \
                                  f"{swap.group('when')[swap.group('when').index('§'):]}"
            for a, piece in ((member, swap.group("member")), (substitute, sub)):
                if a:
                    a.source = _span_for(chunks, piece)
                    out.append(a)
            continue
        if len(chunks) == 1 and id(chunks[0][0]) in firms:  # "Mikael Dahlin, Dahlins Järn": a person and his firm
            a = _entry(text.strip().rstrip("."), status, role)
            if a:
                a.source = _span_for(chunks, text.strip())
                out.append(a)
                continue
        if not in_columns and "," in text and DIGIT.search(text):
            text = _with_paragraph_signs(text)
        comma_list = None if in_columns else _comma_list(text, wrapped=len(chunks) > 1, single_join=single_join)
        as_one_line = _one_entry_wrapped(comma_list, chunks, text, single_join)
        if comma_list is not None and not as_one_line:
            out.extend(_comma_entries(comma_list, chunks, status, role, written))
            continue
        if text != " ".join(c[2] for c in chunks) or as_one_line:
            # one sentence of several on the line: "D (via Teams)."; or a line of entries a narrower column wrapped
            # ("Karin Sund, enhetschef, §§ 21-22 Omar" / "Nasser, socialsekreterare"), read as the one line is
            for entry_text, _, _ in _entries(text.strip().rstrip(".")):
                a = _entry(entry_text, status, role)
                if a:
                    a.source = _span_for(chunks, entry_text)
                    out.append(a)
            continue
        for line, offset, part in chunks:
            whole = _whom_wrapped(out[-1], written.get(id(out[-1])), part, status) if out else None
            if whole:  # "Per Berg (M), tjänstgörande ersättare för" / "Kjell Andersson (S)": whom, wrapped
                whole.source = out[-1].source
                out[-1] = whole
                continue
            if out and out[-1].note and _WHOM_CUT.search(out[-1].note) and _ONE_NAME.fullmatch(part.strip()):
                out[-1].note = f"{out[-1].note} {part.strip()}"  # "..., tjänstgör för Hamid" / "Sadeghi": the name wrapped
                continue
            held = _column_role(line.indent + offset, part, held)
            cells = _row_cells(part)
            if id(line) in organisations and len(cells) == 2:  # "Mats Lejon      Norrskogs Såg": whom they represent
                cells = [(cells[0][0], f"{cells[0][1]}, {cells[1][1]}")]
            if one_a_line:
                cells = [(start + at, piece) for start, chunk in cells for at, piece in _furn_split_single_join(chunk)]
            for chunk_start, chunk in cells:
                for entry_text, start, end in _entries(chunk):
                    a = _entry(entry_text, status, role or (held[0] if held else None))
                    if a:
                        a.source = span_at(line.page, line.start + offset + chunk_start + start,
                                           line.start + offset + chunk_start + end, line.low_confidence)
                        out.append(a)
                        written[id(a)] = (entry_text, role or (held[0] if held else None))
    return out


def _comma_entries(comma_list: list[str], chunks, status: str, role: str | None, written: dict) -> list[Attendee]:
    """The people of a comma list's pieces (see _comma_list) under a roll's ``status`` and heading ``role``; each
    entry read is noted in ``written`` (its text and the role it was read under)."""
    out: list[Attendee] = []
    carried = role
    led = False  # whether ``carried`` is a plural role the list wrote before its names (not the heading's)
    mode = _group_mode(comma_list)
    for piece in comma_list:
        lead = role_lead(piece.split("(", 1)[0].rstrip())  # the piece without its parenthesis and what follows
        if lead and cv.is_plural_role(piece.split()[0]):
            carried, led = lead[0].lower(), True  # "Ersättarna A (M) och B (C)": both are ersättare
        a = _entry(piece[: piece.rindex("(")].strip() if mode and piece.endswith(")") else piece, status, carried)
        if a and led and a.affiliation is None and a.party is None \
                and a.role == (cv.role_base(carried) or carried).lower():
            # "samt suppleanterna Lena Ek och Leif Jonsson": the role the list writes before both is beside each
            a.affiliation = a.role
        if a:
            a.note = a.note or mode
            a.source = _span_for(chunks, piece)
            out.append(a)
            written[id(a)] = (piece, carried)
    _share_plural_role(out)
    return out


# A council's roll told as one sentence: "ordföranden A (S), ... samt övriga ledamöter utom B (S), C (M) och D (SD)":
# the members named after "utom" (all but them) are the ones away; the others present are not named.
# The same as a label's value: "Beslutande  Kommunfullmäktiges samtliga ledamöter med undantag för A (S), B (M) och
# C (SDP)" (the body's genitive before "samtliga" is part of the phrase, no one's name).
_ALL_BUT = regexes.compile(r"\s*,?\s*(?:\b(?:samt|och)\s+)?(?:\b[\wåäöÅÄÖ-]+s\s+(?=samtliga\b))?"
                           r"\b(?:(?:övriga|samtliga|alla)\s+(?:ordinarie\s+)?(?:ledamöter(?:na)?|medlemmar(?:na)?)|"
                           # "Hela styrelsen utom Olle Ny": the whole board named by its word, those after "utom" away
                           r"(?:hela|samtliga\s+i|alla\s+i)\s+(?:styrelsen|nämnden|utskottet|rådet|gruppen|kommittén))"
                           r"\s+(?:utom|med\s+undantag\s+(?:för|av))(?:\s+|$)",
                           re.IGNORECASE)


# A council's roll told as sentences goes on with who changed places during the meeting: "Elsa Tall (KD) lämnar
# sammanträdet efter § 12 och ersätts av Filip Ahl (KD)." The member was there (when she left, a note) and the
# substitute served for her from then on. A member who came late is told the same way, with the substitute who
# served before: "Kerstin Ek (S) infinner sig efter ärendet § 12 (dessförinnan ersatt av Pål Lind (S))", "Nils Hök
# (M) ansluter från § 5" (no substitute named): the member was there (from when, a note), the substitute too.
_LEFT = tolerant(r"lämnar\s+sammanträdet\s+(?:efter|under|före)")
_ARRIVED = tolerant(r"(?:infinner\s+sig|ansluter|ankommer|anländer|inträder)(?:\s+till\s+sammanträdet)?"
                    r"\s+(?:efter|från|under|vid|till)")
_SUBSTITUTE = r"[A-ZÅÄÖ][^,()]+?(?:\s*\([^()]+\))?"
_LEFT_AND_REPLACED = regexes.compile(
    r"^(?P<member>[A-ZÅÄÖ][^,.]+?)\s+(?P<when>(?:(?P<left>" + _LEFT + r")|" + _ARRIVED + r")\s+(?:ärendet\s+)?"
    + r"§\s*\d{1,3})(?:\s*,?\s+och\s+" + tolerant(r"ersätts") + r"\s+(?:som\s+ledamot\s+)?av\s+(?P<sub>[A-ZÅÄÖ][^,]+?)"
    + r"|\s*[(,]\s*" + tolerant(r"(?:dessförinnan|innan\s+dess)\s+(?:ersatt|ersätts|ersattes)")
    + r"\s+av\s+(?P<before>" + _SUBSTITUTE + r")\s*\)?)?\.?$")
# The words one of those lines holds, tested before the pattern runs.
_CHANGED_PLACES = ("sammantr", "infinner", "ansluter", "ankommer", "anländer", "inträder")


def left_and_replaced(text: str) -> bool:
    """Whether ``text`` tells a member who left or came late, and the substitute who held the seat meanwhile ("Elsa
    Tall (KD) lämnar sammanträdet efter § 12 och ersätts av Filip Ahl (KD).", "Kerstin Ek (S) infinner sig efter
    ärendet § 12 (dessförinnan ersatt av Pål Lind (S))"): a line of the council's roll told as sentences."""
    if "§" not in text or not any(w in text for w in _CHANGED_PLACES):
        return False
    m = _LEFT_AND_REPLACED.match(text.strip())
    return bool(m) and bool(m.group("sub") or not m.group("left"))


_ALL_BUT_ENDS = regexes.compile(_ALL_BUT.pattern.removesuffix(r"(?:\s+|$)") + r"$", re.IGNORECASE)


# A comma run of people and titles whose paragraph notes lost their "§" on the way to text: "Kerstin Holm,
# ekonomidirektör, 87 Anders Lejon, strateg, 88" (the number after a title, before the next name or at the end).
_BARE_PARAGRAPH = regexes.compile(r"(?<=,)(?P<title>\s[a-zåäö][\wåäö -]*?,)\s(?P<n>\d{1,3})"
                                  r"(?:\s(?=[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ])|\s*$)")


def _with_paragraph_signs(text: str) -> str:
    """``text`` with "§" before the paragraph numbers _BARE_PARAGRAPH finds, each closed by a comma."""
    def signed(m: re.Match) -> str:
        tail = "," if m.end() < len(text) else ""
        return f"{m.group('title')} § {m.group('n')}{tail} "
    return _BARE_PARAGRAPH.sub(signed, text).rstrip()


def all_but(text: str) -> bool:
    """Whether a roll's line names the members away from all of them ("samtliga ledamöter med undantag för")."""
    return bool(_ALL_BUT.search(text))


def _group_pieces(names: str) -> list[str]:
    """The people of a group's line ("Ciro, Elvin & Tilde", "Lennart Smed, Jenny Håkansdotter")."""
    return [p.strip() for part in TOP_COMMA.split(names.rstrip(".")) for p in TOP_AND.split(part) if p.strip()]


def organisation_group(text: str) -> tuple[str, list[str]] | None:
    """ "PRO Ljungsta – Bertil Åhs, vice ordförande", "FUB Västerbygd: Birgit Alm, Sune Alm": the organisation the
    people represent, written before them, and each person's entry; None where the text is not such a line."""
    t = text.strip().rstrip(".")
    m = cv.ORGANISATION_DASH_ENTRY.match(t) if "–" in t or "—" in t else None
    if m:
        pieces = [m.group("names")]
    else:
        m = cv.ORGANISATION_COLON_LINE.match(t) if ":" in t else None
        if m is None:
            return None
        names = m.group("names")
        pieces = []
        for p in (names.split(";") if ";" in names else TOP_COMMA.split(names)):
            if pieces and ";" not in names and not is_person_piece(p.strip()):
                pieces[-1] = f"{pieces[-1]}, {p.strip()}"  # "Lars Ek, ordförande": what stands beside the name
            elif p.strip():
                pieces.append(p.strip())
    group = m.group("group").strip()
    if is_person_piece(group) or cv.is_role(group) or heading_of(group) is not None or \
            not all(is_person_piece(TOP_COMMA.split(p)[0].strip()) for p in pieces):
        return None
    return group, pieces


def group_count_row(text: str) -> re.Match | None:
    """A row of a roll by group ("Gotmark 2 Eric Jonsson 2 röster") whose every piece after the count is a
    person's name of two words or more; None for other text."""
    m = cv.GROUP_COUNT_ROW.match(text.strip())
    if not m:
        return None
    pieces = _group_pieces(m.group("names"))
    return m if pieces and all(len(p.split()) >= 2 and is_name(p) for p in pieces) else None


MIN_GROUP_ROLL_ROWS = 2  # rows by group in a row, under a sentence about the roll, that make the meeting's roll


def roll_by_group(lines: list[Line]) -> list[Attendee]:
    """The delegates of a voting roll written by group inside an item ("Röstlängden konstateras omfatta 14 ombud
    ... enligt följande:" / "Dalsjö 2 Lennart Smed, Jenny Håkansdotter" / "Gotmark 2 Eric Jonsson 2 röster"):
    present, the group their affiliation; [] where ``lines`` hold no such roll."""
    k = 1
    while k < len(lines):
        j = k
        while j < len(lines) and DIGIT.search(lines[j].text) and group_count_row(lines[j].text):
            j += 1
        if j - k >= MIN_GROUP_ROLL_ROWS and any(w in _sentence_over(lines, k) for w in cv.ROLL_WORDS):
            return _section_entries([(line, 0, line.text) for line in lines[k:j]], "present", None)
        k = max(j, k + 1)
    return []


def roll_of_holdings(lines: list[Line]) -> list[Attendee]:
    """The people of a röstlängd table inside an item, whose columns give what each one holds ("Aktieägare   Antal
    aktier   Antal röster" / "Henrik Ståhlberg   4 000   4 000", a stämma's shareholders): present; [] where
    ``lines`` hold no such table. The holding column tells the table is the meeting's roll, not a list of names
    the item treats; its rows run to the first blank line, and a sum row ("Summa", "Totalt") is no one."""
    for k, line in enumerate(lines):
        cols = table_columns(line.text, line.indent) if "   " in line.text else None
        if not cols or "holding" not in cols:
            continue
        rows = []
        for row in lines[k + 1:]:
            if row.blank_before and rows:
                break
            rows.append((row, 0, row.text))
        return [a for a in _table_entries(rows, cols, "present")
                if is_name(a.name) and a.name.lower() not in cv.ROLL_GRID_WORDS]
    return []


ROLL_SENTENCE_MAX_LINES = 3  # lines a sentence over a roll may be wrapped on ("... med 11 röster" / "enligt följande:")


def _sentence_over(lines: list[Line], k: int) -> str:
    """The lower-cased sentence right over ``lines[k]``: the line above, and the lines before it while the one after
    goes on in lower case (a wrapped sentence), at most ROLL_SENTENCE_MAX_LINES of them; a line that starts with a
    capital starts the sentence (the item's heading above it is not read with it)."""
    first = k - 1
    while first > 0 and k - first < ROLL_SENTENCE_MAX_LINES and lines[first].text[:1].islower() \
            and not lines[first].blank_before:
        first -= 1
    return " ".join(line.text for line in lines[first:k]).lower()


# A note cut right after the words that say whom one serves for: "tjänstgörande ersättare för", "ersätter".
_WHOM_LEFT = regexes.compile(r"(?:^|\s)(?:" + cv.SERVES_FOR_WORDS + r"|ersätter)$")


def _whom_wrapped(before: Attendee, written: tuple[str, str | None] | None, part: str, status: str) -> Attendee | None:
    """The entry before read again with ``part`` after it, where its text ends in "för" / "ersätter" (or in the
    first name after them) and ``part`` is the person it names ("Kjell Andersson (S)"), or the rest of their name
    ("Andersson (S)"), on the line or in the cell a wrap put them; None otherwise."""
    if written is None or before.status != status:
        return None
    lead = cv.WHOM_LEAD.match(part.strip())  # "tjänstgörande ersättare" / "för Kjell Andersson (S)"
    whole = lead or _WHOM_LEFT.search(written[0].rstrip())
    if not whole and not _WHOM_CUT.search(written[0].rstrip()):
        return None
    whom = mask_nicknames(part.strip()[lead.end():] if lead else part.strip()).rstrip(".,")
    whom_name = whom.split("(")[0].strip()
    # the whole name after "för"; after "för Kjell", the rest of it ("Andersson (S)")
    if not is_name(whom_name) or len(whom_name.split()) < (2 if whole else 1) or "," in whom or "   " in whom:
        return None
    text, role = written
    again = _entry(f"{text.rstrip()} {part.strip().rstrip(',')}", status, role)
    return again if again and again.name == before.name and again.note and again.note != before.note else None


_WHOM_CUT = regexes.compile(r"\b(?:för|ersätter)\s+[A-ZÅÄÖÉ][\w-]+$")  # a note on whom one serves for, cut after the first name
_ONE_NAME = regexes.compile(r"[A-ZÅÄÖÉ][\w-]+")
ROLE_COLUMN_SLACK = 2  # characters a name column's start may wander between rows


def _column_role(at: int, text: str, held: tuple[str, int] | None) -> tuple[str, int] | None:
    """ "Ledamöterna    Bertil Sand (S)" / "               Monica Frid (C)": a plural role in the layout's role column
    holds for the names under its name column, until a row with a cell of its own in the role column."""
    cells = list(_columns(text))
    if len(cells) >= 2 and cv.is_plural_role(cells[0][1]):
        return cv.role_base(cells[0][1]).lower(), at + cells[1][0]
    if held and len(cells) == 1 and abs(at + cells[0][0] - held[1]) <= ROLE_COLUMN_SLACK:
        return held
    return None


_CELL_GAP = regexes.compile(r"\S\s{3,}\S")  # two cells of a layout line, apart by a run of spaces


def _sentences(logical_lines):
    """(chunks, text) of each logical line, a line of two sentences ("A och B (på plats). C (via Teams).") as two."""
    for chunks in logical_lines:
        text = " ".join(c[2] for c in chunks)
        if ")." not in text and ". " not in text:
            yield chunks, text
            continue
        for sentence in sentence_breaks(text):
            yield chunks, sentence


def _group_mode(pieces: list[str]) -> str | None:
    """ "på plats" in "A, B och C (på plats)": how the group attended, written once after the last name of a
    list of two or more with no other aside; None otherwise."""
    if len(pieces) < 2 or any("(" in p for p in pieces[:-1]):
        return None
    m = _NAME_PAREN_TAIL.match(pieces[-1]) if pieces[-1].endswith(")") else None
    paren = m.group("paren") if m and not m.group("tail") else None
    return paren.strip() if paren and cv.ATTENDANCE_MODE.match(paren.strip()) else None


def _logical_lines(section):
    """Lines joined where a comma list wraps: a line ending in "," or "och", or one starting with "och"."""
    group: list = []
    for item in section:
        text = item[2].strip()
        if not text:
            continue
        # the paragraph so far, not its last line: "... samt sekreterare Jenny" / "Nyström, socialchef" / "Anders
        # Wall, ...": whether a title before a name wrapped depends on the people listed before it
        if group and (continues_list(" ".join(g[2].strip() for g in group), text)
                      or _ALL_BUT_ENDS.search(group[-1][2].rstrip())
                      or cv.PROXY_OPEN_END.search(group[-1][2].rstrip())) \
                and not (("–" in text or "—" in text) and organisation_group(text)):
            # ("Hälso- och sjukvårdsnämnden – Jonas Brandt (S)" after "…, ordförande": a line of its own)
            # "... samtliga ledamöter med undantag för" / "A (S), B (M) och C (V)": the members away, wrapped
            group.append(item)
            continue
        if group:
            yield group
        group = [item]
    if group:
        yield group


# A roll run together onto one line, each person closed by their party's parenthesis and the next one's name
# right after it: "Karin Sjölund (S), ordförande Peter Alm (M) Aina Berg (S)". A short lower-case role after the
# comma stays with the person before; one that names whom they serve for ("ersättare för Lena Ros (S)") is a note.
_SECTIONS = r"§\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?"  # "§ 62-66": the paragraphs one took part in
_TAIL_WORD = rf"(?:[a-zåäö][\wåäö.]*|{_SECTIONS})"
_RUN_TOGETHER = regexes.compile(rf"\)(?P<tail>(?:,\s+|\s+(?=[a-zåäö§])){_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,2}})?\s+"
                                r"(?=[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}\s+\([^()]{1,12}\))")
_JOINING_WORDS = frozenset(("och", "samt", "eller"))
_SECTIONS_NOTE = regexes.compile(_SECTIONS)
_SERVES_FOR_END = regexes.compile(r"\b(?:" + cv.SERVES_FOR_WORDS + r"|ersätter)$|^\s+ers\.?$")
MIN_RUN_TOGETHER = 2  # people joined by a space alone before a roll line is read as run together
PAIRED_NAME_WORDS = 2  # "Kjell Grahn Maria Lundin": two people of a given name and a surname each on one line


def _unrun(text: str, least: int = MIN_RUN_TOGETHER) -> str:
    """A roll run together onto one line (``least`` joins or more), with a comma between its people."""
    if len(_RUN_TOGETHER.findall(text)) < least:
        return text

    def comma(m: re.Match) -> str:
        tail = m.group("tail") or ""
        if tail[:1] == " " and (tail.split()[0] in _JOINING_WORDS or not (
                _SECTIONS_NOTE.fullmatch(tail.strip()) or cv.role_base(tail.strip()) or cv.NOTE.match(tail.strip()))):
            # "(KAH) och Eva Abbe (EAB)", "(C) samt ledamöterna Leyla Demir (V)": only a role or a note runs on
            # without its comma, and the list's own joining word leads the next person
            return m.group(0)
        if _SERVES_FOR_END.search(tail):
            return m.group(0)  # "(C), ersättare för Eva Holm (C)": whom the person before serves for
        if tail and _definite_singular(tail.split()[-1]):
            # "(S), förste vice ordföranden Arvid Ek (M)": an office in its definite form leads the next person's
            # name (the indefinite "(S), ordförande Per Alm (M)" stays with the person before)
            return m.group(0)
        return f"){tail}, "
    return _RUN_TOGETHER.sub(comma, text)


# A lone join in a roll of one person a line ("Marie-Louise Berg (M) Ronny Sjödin (S)" among "Per Holm (M)" lines):
# two people whose line break was lost. Split where the roll's other lines hold one person each, at least this
# many of them a name with its party, and both halves are such a person (a short role after the first one's comma).
SINGLE_JOIN_MIN_LINES = 2
_PERSON_WITH_PARTY = regexes.compile(r"^(?P<name>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,3})\s*\([^()]{1,12}\)"
                                     r"(?:,\s+[a-zåäö][\wåäö.]*(?:\s+[a-zåäö][\wåäö.]*){0,2})?$")


def _furn_one_a_line(texts: list[str]) -> bool:
    """Whether a roll's lines ``texts`` hold one person each but for lines of two run together (fewer of those)."""
    singles = joined = 0
    for text in texts:
        text = text.strip()
        if not text:
            continue
        joins = len(_RUN_TOGETHER.findall(text)) if ")" in text else 0
        if joins == 1:
            joined += 1
        elif joins or text.count("(") > 1:
            return False
        elif _PERSON_WITH_PARTY.match(text):
            singles += 1
    return joined > 0 and singles >= SINGLE_JOIN_MIN_LINES and singles > joined


def _furn_split_single_join(chunk: str) -> list[tuple[int, str]]:
    """``chunk`` as (start, text) pieces: two people with parties run together split apart; else itself whole."""
    found = list(_RUN_TOGETHER.finditer(chunk)) if ")" in chunk else []
    if len(found) != 1 or _SERVES_FOR_END.search(found[0].group("tail") or ""):
        return [(0, chunk)]
    m = found[0]
    first, second = chunk[:m.end("tail") if m.group("tail") else m.start() + 1], chunk[m.end():]
    halves = [_PERSON_WITH_PARTY.match(first.strip()), _PERSON_WITH_PARTY.match(second.strip())]
    if not all(h is not None and is_name(h.group("name")) for h in halves):
        return [(0, chunk)]
    return [(0, first), (m.end(), second)]


def _comma_list(text: str, wrapped: bool = False, single_join: bool = False) -> list[str] | None:
    """The entries of a comma paragraph: "A, B och C"; "A (S), ordförande, B (M), vice ordförande, C (C)"
    (what follows a person up to the next person is theirs: a role, a note, a municipality); or None for
    other shapes (a flattened two-column list "Name, Aff Name2, Aff2" is read column by column)."""
    masked = mask_nicknames(text)
    if masked != text:  # "Ulrika (Uffe) Berg, Sven Dahl": the nickname's parentheses are the name's
        pieces = _comma_list(masked, wrapped, single_join)
        return [unmask_nicknames(p) for p in pieces] if pieces is not None else None
    named = _first_names_with_roles(text)
    if named:
        return named  # "Kerstin – ordförande, Sten – kassör"
    text = _titles_apart(_unrun(dash_as_comma(text.strip().rstrip(".")), 1))
    lead = _SENTENCE_LEAD.match(text)
    if lead and lead.end():
        words = lead.group(0).split()
        titled = words[1:] if words[:1] and words[0] in _LEAD_VERBS else words
        if titled and (cv.is_role(" ".join(titled)) or _definite_singular(titled[-1])):
            # "förvaltningschef Ronja Malm, controller Eskil Berg": the first person's title, kept with them (so is
            # an office in its definite form: "ordföranden Gunnel Strand (S), förste vice ordföranden ...")
            text = re.sub(r"^\s*\S+\s+", "", text, count=1) if len(titled) < len(words) else text
        else:
            text = text[lead.end():]
    pieces = [r for part in TOP_COMMA.split(text) for p in TOP_AND.split(part) if p.strip()
              for q in _paired_piece(p.strip()) for r in _after_role_stop(q)]
    if len(pieces) == 1 and lead and lead.end() and is_name(pieces[0]) and len(pieces[0].split()) >= 2:
        return pieces  # "Frånvarande var Anna Öberg."
    if len(pieces) < 2:  # no comma: a list apart by semicolons alone, as Outlook writes invitees, or none
        return _semicolon_entries(text) if ";" in text else None
    turned = _surname_first_pairs(text, pieces)
    if turned:
        return turned  # "Berg, Anna; Holm, Lisa (M)", "Berg, Anna, Holm, Lisa och Ek, Per": surname first
    by_semicolon = _semicolon_entries(text) if ";" in text else None
    if by_semicolon:
        return by_semicolon  # "Jonas Ek, nämndsekreterare; Emma Sjö, bygglovschef": one person and their title a part
    if _first_names_only(pieces, text):
        return pieces  # "Maja, Jörgen, Lena och Ingrid": four people known by their first names
    entries: list[list[str]] = []
    for piece in pieces:
        piece = _case_mended(piece)
        title = piece.split()[0].lower() if entries and piece[:1].islower() else None
        if is_person_piece(piece) and title not in cv.ORGANISATION_TITLES:  # "Ros, ombudsman Byggnads Väst"
            entries.append([piece])
        elif entries and _is_info(piece):
            entries[-1].append(piece)
        else:
            return None
    _hand_back_lead_roles(entries)
    if len(entries) == len(pieces) or wrapped or len(entries) >= 2:
        return [", ".join(e) for e in entries]
    return None


# "Ove Marklund sekr. Kerstin Alm past president": an abbreviated role's full stop where the comma before the next
# person was left out.
_ROLE_STOP = regexes.compile(r"^(?P<first>.+?\s(?P<role>[a-zåäö]+)\.)\s+(?=[A-ZÅÄÖ])")


def _after_role_stop(piece: str) -> list[str]:
    """A comma list's piece cut after an abbreviated role that ends one person's entry and before the next
    person's name, where both halves are a person with what the list writes beside them; else [piece]."""
    m = _ROLE_STOP.match(piece) if "." in piece else None
    if m is None or not cv.is_role(m.group("role")):
        return [piece]
    rest = piece[m.end():]
    if not (is_person_piece(m.group("first")) and is_person_piece(rest)):
        return [piece]
    return [m.group("first").rstrip("."), *_after_role_stop(rest)]


def _one_entry_wrapped(comma_list: list[str] | None, chunks, text: str, single_join: bool) -> bool:
    """Whether the wrapped lines ``chunks`` (joined: ``text``) read as one comma entry only because they are wrapped
    (``comma_list`` the wrapped reading), where the one line would not be a comma list at all."""
    return comma_list is not None and len(comma_list) == 1 and len(chunks) > 1 \
        and _comma_list(text, single_join=single_join) is None


def _paired_piece(piece: str) -> list[str]:
    """A comma list's piece of two people side by side where a comma was lost ("Kassören Roger Ylitalo Jan
    Isaksson", "Roger Ylitalo Jan Isaksson") as two pieces, a role before them the first one's where it is one
    person's (see _definite_singular), else both's; else [piece]."""
    spaces = piece.count(" ")
    at = _paired_names(piece) if spaces == 2 * PAIRED_NAME_WORDS - 1 else None
    lead = None
    if at is None and spaces >= 2 * PAIRED_NAME_WORDS:
        led = _role_led_pair(piece)
        lead, at = led if led else (None, None)
    if not at:
        return [piece]
    # a group's role word holds for both ("Revisorer Britt Nyhlén Kent Wadström", as _entries reads a column);
    # one person's office in its definite singular ("Kassören") for the first alone
    second = piece[at:] if not lead or _definite_singular(lead) else f"{lead} {piece[at:]}"
    return [piece[:at].rstrip(), second]


def _definite_singular(word: str) -> bool:
    """ "Kassören", "Ordföranden": one office-holder's role in its definite form (not "Ledamöterna", "Revisorer")."""
    base = cv.role_base(word)
    low = word.lower()
    return low.endswith("n") and base is not None and base.lower() != low and not cv.is_plural_role(word)


def _names_a_role(info: str) -> bool:
    """Whether ``info``, written after a person's name, is a role ("ersättare", "ej tjg ers")."""
    info = info.strip()
    return cv.is_role(info) or any(p.fullmatch(info) for p, _ in cv.ROLE_FORMS)


def _share_plural_role(entries: list[Attendee]) -> None:
    """ "Ebba Nord (EN), Oskar Fält (OF) ledamöter": a role in the plural after the last of a run of names is the
    role of each name of the run (those the list writes nothing beside). In place."""
    run: list[Attendee] = []
    for a in entries:
        written = (a.affiliation or "").strip().rstrip(".")
        base = cv.role_base(written) if written[:1].islower() and a.role is None and not cv.is_role(written) else None
        if base and base.lower() != written.lower():
            for b in [*run, a]:
                b.role, b.affiliation = base.lower(), b.affiliation or a.affiliation
            run = []
        elif a.affiliation is None and a.role is None and a.party is None:
            run.append(a)
        else:
            run = []


def _hand_back_lead_roles(entries: list[list[str]]) -> None:
    """ "Jessica Ehn, nämndsekreterare Robert Falk (V), ej tjg ers": a lower-case role between two people
    belongs to the one before it (written "Name, role") where the one after has a role of their own written
    after their name; alone ("Per Berg, sekreterare Anna Ek") it stays the next person's. In place."""
    for before, entry in zip(entries, entries[1:]):
        if len(before) != 1 or len(entry) < 2 or not entry[0][:1].islower() \
                or not any(_names_a_role(info) for info in entry[1:]):
            continue
        lead = role_lead(_NAME_PAREN_TAIL.match(entry[0]).group("name").strip())
        if lead is None:
            continue
        at = entry[0].index(lead[1])
        before.append(entry[0][:at].strip())
        entry[0] = entry[0][at:]


def _semicolon_entries(text: str) -> list[str] | None:
    """The entries of a list apart by semicolons where each part is a person and what the list writes about them
    ("Jonas Ek, nämndsekreterare; Emma Sjö, bygglovschef"); None where a part does not start with a person."""
    parts = [p.strip() for p in TOP_SEMICOLON.split(text) if p.strip()]
    if len(parts) < 2 or not all(is_person_piece(TOP_COMMA.split(p)[0].strip()) for p in parts):
        return None
    return parts


def _surname_first_pairs(text: str, pieces: list[str]) -> list[str] | None:
    """The entries of a paragraph of names written surname first: apart by semicolons ("Berg, Anna (S); Holm,
    Lisa"), or by commas and "och" with every other piece a surname and the next its given names ("Berg, Anna,
    Holm, Lisa och Ek, Per"); None for any other paragraph."""
    if ";" in text:
        entries = [p.strip() for part in text.split(";") for p in TOP_AND.split(part) if p.strip()]
        return entries if len(entries) >= 2 and all(_surname_first(e) for e in entries) else None
    if len(pieces) % 2 or len(pieces) < 4:
        return None  # one pair alone is read as a line ("Uggla, Eddie"), by _entry
    pairs = [f"{a}, {b}" for a, b in zip(pieces[::2], pieces[1::2])]
    return pairs if all(_surname_first(p) for p in pairs) else None


def _surname_first(text: str) -> tuple[str, str] | None:
    """names.surname_first, where the word before the comma names no organisation ("Kansliet, Maja")."""
    turned = surname_first(text)
    return turned if turned and not ORGANISATION.search(text.partition(",")[0]) else None


_FIRST_NAME_DASH = regexes.compile(r"^(?P<name>[A-ZÅÄÖÉ][\wåäöé-]+)\s+[–—-]\s+(?P<info>[a-zåäö].*)$")


def _first_names_with_roles(text: str) -> list[str] | None:
    """ "Kerstin – ordförande, Sten – kassör och Tiina – sekreterare": people a club knows by their first names,
    each with a dash and a role (or a note); the pieces, or None for other lists."""
    if "–" not in text and " - " not in text and "—" not in text:
        return None
    pieces = [p.strip() for part in TOP_COMMA.split(text.strip().rstrip(".")) for p in TOP_AND.split(part)
              if p.strip()]
    for piece in pieces:
        m = _FIRST_NAME_DASH.match(piece)
        if not m or not is_name(m.group("name")) or municipalities.canonical(m.group("name")) or \
                cv.role_base(m.group("name")) or not (cv.role_base(m.group("info")) or cv.NOTE.match(m.group("info"))):
            return None
    return pieces if len(pieces) >= 2 else None


MIN_FIRST_NAMES = 3  # "Maja, Jörgen" could be a name and a place; three or more, or a list closed by "och"


def _first_names_only(pieces: list[str], text: str) -> bool:
    """A list of first names ("Maja, Jörgen, Lena och Ingrid", "Maja (ordf), Jörgen"): every piece one
    capitalised word (with an aside in parentheses) that is neither a place, an organisation nor a role."""
    if len(pieces) < MIN_FIRST_NAMES and not TOP_AND.search(text) and \
            not all(names.is_first_name(piece.split("(")[0].strip()) for piece in pieces):
        return False  # (two known given names are two people: "Förhinder: Ove, Majken", no "Name, Affiliation")
    for piece in pieces:
        word = piece.split("(")[0].strip()
        if len(word.split()) != 1 or not is_name(word) or municipalities.canonical(word) or cv.role_base(word) \
                or word.isupper() and len(word) > 1:
            return False
    return True


@lru_cache(maxsize=cv.ROLE_CACHE_SIZE)  # pure, and asked again and again of the same words
def _is_info(piece: str) -> bool:
    """What a list writes about the person before it: a role, a note, a municipality or organisation
    ("ordförande", "§§ 3–5", "t.o.m. 13", "Tallmo kommun"), not a piece that runs into the next name."""
    if cv.role_base(piece) or cv.NOTE.match(piece) or _ROLE_THEN_NOTE.match(piece) and cv.is_role(
            _ROLE_THEN_NOTE.match(piece).group(1)):
        return True
    owned = _OWNER_THEN_ROLE.match(piece)
    if owned and cv.role_base(owned.group("role").split()[0]):
        return True  # "Riksbyggens ledamot i styrelsen", "HSB:s ledamot": the seat an organisation holds
    if not (piece[:1].islower() or municipalities.canonical(piece) or ORGANISATION.search(piece)
            or ACRONYM_LED.match(piece)):
        return False
    own, next_name = _split_affiliation(piece) if piece[:1].isupper() else (piece, "")
    return not (next_name and is_name(next_name))


# A role held for an organisation, the organisation in the genitive before it: "Riksbyggens ledamot i styrelsen",
# "HSB:s ledamot" (a housing association's board member the manager appoints), after a person's comma.
_OWNER_THEN_ROLE = regexes.compile(r"^(?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]*(?::s|s)\s+(?P<role>[a-zåäö][\wåäö ]*)$")


def _span_for(chunks, piece: str) -> Span:
    for line, offset, part in chunks:
        k = part.find(piece.split("(")[0].strip())
        if k >= 0:
            return span_at(line.page, line.start + offset + k, line.start + offset + k + len(piece),
                           line.low_confidence)
    line = chunks[0][0]
    return span_at(line.page, line.start, line.end, line.low_confidence)


@per_document  # the roll's readers each ask a line's cells (a line is asked ten times on average)
def _columns(text: str) -> tuple[tuple[int, str], ...]:
    """(start, cell) of each cell of ``text``, the cells parted by three spaces or more."""
    out = []
    pos = 0
    for part in _SPLIT_COLUMNS.split(text):
        if part.strip():
            out.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos += len(part)
    return tuple(out)


def _row_cells(text: str) -> list[tuple[int, str]]:
    """Column chunks of a line with a role column joined to the person they describe:
    "Ordförande    Anna Ek (S)" → "Ordförande Anna Ek (S)"; "Helena Ås     kanslichef, § 4" →
    "Helena Ås, kanslichef, § 4"."""
    cells: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None  # a role cell waiting for its person
    text = municipality_first(text) or text  # "Götene     Lena Hallgren, kommunchef": the municipality's cell first
    for start, chunk in _columns(text):
        if pending is not None:
            start, chunk = pending[0], f"{pending[1]} {chunk}"
            pending = None
        elif cells and _MARK_CELL.match(chunk):
            # "Carina Grön    X": her mark, read by presence_mark; after a name with its title or side ("Helena Qvist,
            # Vision    X") the mark goes beside the name, where presence_mark reads it
            head, comma, tail = cells[-1][1].partition(",")
            cells[-1] = (cells[-1][0], f"{head} {chunk}{comma}{tail}")
            continue
        elif _is_party_cell(cells, chunk):
            cells[-1] = (cells[-1][0], f"{cells[-1][1]} ({chunk})")  # "Karin Lövgren    S": her party's column
            continue
        elif _is_place_cell(cells, chunk, text):
            cells[-1] = (cells[-1][0], f"{cells[-1][1]}, {chunk}")  # "Rune Dahl    Gransjö": where the person is from
            continue
        elif cells and chunk[:1].islower() and _WHOM_CELL.match(chunk):
            # "Ola Rask (KD)    tjänstgör för Emma Dahl (KD)": whom the person serves for, in a column of
            # its own (the note that "Name, tjänstgör för ..." writes after a comma)
            cells[-1] = (cells[-1][0], f"{cells[-1][1]}, {chunk}")
            continue
        elif cells and "(" in chunk and _side_with_note(cells[-1][1], chunk):
            # "Sara Wiklander     SACO (närvaro- och yttranderätt)": the side the person speaks for, with a note
            cells[-1] = (cells[-1][0], f"{cells[-1][1]}, {chunk}")
            continue
        elif _is_role_cell(chunk):
            if cells:
                cells[-1] = (cells[-1][0], f"{cells[-1][1]}, {chunk}")
            else:
                pending = (start, chunk)
            continue
        cells.append((start, chunk))
    return cells


def municipality_first(text: str) -> str | None:
    """A layout row of a network's roll by member municipality with the municipality's cell first and the
    person's entry in the next ("Götene     Lena Hallgren, kommunchef (ordförande)", "Karlsborgs kommun Ingela
    Fahl" where a long cell leaves one space), read as the person's entry with the municipality after it
    ("Lena Hallgren, kommunchef (ordförande), Götene"); None for any other row. The municipality is the
    person's, no label of the list. (The cheap tests first: most rows are none, and a name no municipality
    is spelled as would be tried against them all.)"""
    cells = [c for _, c in _columns(text)]
    if len(cells) >= 2 and cells[0][:1].isupper() and not _FIRST_CELL.search(cells[0]) \
            and len(cells[0].split()) <= MUNICIPALITY_CELL_WORDS:
        place, entry = cells[0], cells[1]
    elif cells and _SUFFIX_THEN_NAME.search(cells[0]):
        led = municipalities.leading(cells[0])
        place = cells[0][: len(cells[0]) - len(led[1])].strip() if led and led[1] else ""
        entry = led[1] if led else ""
        if not municipalities.with_suffix(place):
            return None
    else:
        return None
    name = _FIRST_CELL.split(entry, maxsplit=1)[0].strip()
    if len(name.split()) < 2 or not is_name(name) or \
            not (municipalities.with_suffix(place) or municipalities.canonical(place)):
        return None
    return "   ".join([f"{entry}, {place}"] + cells[2:])


MUNICIPALITY_CELL_WORDS = 4  # "Upplands Väsby kommun": a municipality's cell is short
_SUFFIX_THEN_NAME = regexes.compile(r"\b(?:kommun|stad)\s+[A-ZÅÄÖ]")


ORGANISATION_COLUMN_MIN_ROWS = 3  # rows with a second cell in one column that make a column of the roll


def _side_with_note(name: str, cell: str) -> bool:
    """ "SACO (närvaro- och yttranderätt)" beside a person's name: one word, or what an organisation's name ends
    in, then a note in parentheses: the side they speak for, no second person."""
    side, _, note = cell.partition("(")
    side = side.strip()
    return bool(side) and note.rstrip().endswith(")") and is_name(name.split(",")[0].strip()) and \
        (len(side.split()) == 1 or bool(ORGANISATION.search(side))) and not names.is_first_name(side.split()[0])


def _plainly_no_person(cell: str) -> bool:
    """A cell no person's name reads so: one word ("Unionen", "GS-facket"), a word in lower case after the first
    ("Luleå tekniska universitet", "Högskolan i Dalälven"), or what an organisation's name ends in."""
    words = _PLACE_NOTE.sub("", cell).split()
    return len(words) == 1 or any(w[:1].islower() for w in words[1:]) or bool(ORGANISATION.search(cell))


def _organisation_column(section) -> set[int]:
    """Ids of the roll lines "Name     Organisation" (a committee's or a network's roll, the organisation each
    person represents in a column of its own) whose second cell is that column's: a column where most cells
    are plainly no person's name, half of them at least ("Arbetsmiljöverket", "Luleå tekniska universitet"), so that "Norrskogs Såg"
    in it is an organisation too; a cell there that starts with a given name is a second person."""
    rows = []
    for line, offset, text in section:
        cells = list(_columns(text)) if "   " in text else []
        if len(cells) == 2 and is_name(cells[0][1].split(",")[0].split("(")[0].strip()) \
                and not _is_role_cell(cells[1][1]) and not _MARK_CELL.match(cells[1][1]):
            rows.append((id(line), line.indent + offset + cells[1][0], cells[1][1]))
    if len(rows) < ORGANISATION_COLUMN_MIN_ROWS:
        return set()
    at = max({c for _, c, _ in rows}, key=lambda c: sum(abs(c - k) <= ROLE_COLUMN_SLACK for _, k, _ in rows))
    column = [(i, cell) for i, c, cell in rows if abs(c - at) <= ROLE_COLUMN_SLACK]
    if len(column) < ORGANISATION_COLUMN_MIN_ROWS or 2 * sum(_plainly_no_person(c) for _, c in column) < len(column):
        return set()
    return {i for i, cell in column if not names.is_first_name(cell.split()[0])}


def _organisation_after_comma(section) -> set[int]:
    """Ids of the roll lines "Name, Organisation" one a line (a business association's members by their firms, a
    network's by their bodies) where the list as a whole writes organisations after the comma: of its lines "Name,
    X" (ORGANISATION_COLUMN_MIN_ROWS at least) half or more hold an X that reads as no person's name ("Blomsterboden",
    "ICA Kvantum Västerbro", "Västerbro kommun, näringslivsenheten"), so that "Mikael Dahlin, Dahlins Järn" there is a person and his firm,
    not two people; an X that starts with a given name ("Anna Ek, Per Berg") stays a second person. A line whose X
    opens with the genitive of the person's surname is a person and their firm in any list."""
    rows = []
    for line, _, text in section:
        name, comma, rest = text.strip().rstrip(".").partition(",")
        rest = _ANY_ASIDE.sub(r"\1", rest.strip())  # "Stråhles Skor (ordförande)": the role aside
        if comma and rest and " " in name.strip() and is_name(name.strip()) and not _CELL_GAP.search(text.strip()):
            rows.append((id(line), name.split()[-1], rest))
    # (a firm's name is one capitalised phrase: "nämndsekreterare Robert Falk (V), ej tjg ers" is a title and a person)
    firm = {i for i, _, rest in rows if rest[:1].isupper() and "," not in rest and is_person_piece(rest)}
    # "Lena Hedström, Hedströms Bageri": a firm named for the person, its first word their surname's genitive
    # (only lines that would read as two people are taken here: the rest keep the roll's own reading)
    own = {i for i, surname, rest in rows if i in firm and rest.split()[0].lower() == surname.lower() + "s"}
    if len(rows) < ORGANISATION_COLUMN_MIN_ROWS or \
            2 * sum(_plainly_no_person(r) or not is_person_piece(r) for _, _, r in rows) < len(rows):
        return own
    return own | {i for i, _, rest in rows if i in firm and not names.is_first_name(rest.split()[0])}


# A cell that says whom the person before serves for: "tjänstgör för Emma Dahl (KD)", "ersätter Per Ek (S)",
# "tjänstgörande ersättare för Kjell Andersson (S)".
_WHOM_CELL = regexes.compile(r"^(?:[a-zåäö][\wåäö.]*(?:\s+[a-zåäö][\wåäö.]*)?\s+)?(?:" + cv.SERVES_FOR_WORDS +
                             r"|ersätter)\s+[A-ZÅÄÖ]")


def _is_party_cell(cells: list[tuple[int, str]], chunk: str) -> bool:
    """A cell that holds only a party's abbreviation right after a person's name: a roll typed as a table
    (or with tab stops) with the party in a column of its own ("Karin Lövgren | S | ordförande")."""
    if not cells or " " in chunk or not cv.is_party_abbreviation(chunk):
        return False
    name = cells[-1][1]
    return "(" not in name and "," not in name and is_name(name)


def _is_place_cell(cells: list[tuple[int, str]], chunk: str, text: str) -> bool:
    """The second and last cell of a row "Rune Dahl    Gransjö": one capitalised word beside a full name is the
    village or municipality the person comes from, not a person (a roll of full names has no one-word names)."""
    if len(cells) != 1 or not text.rstrip().endswith(chunk.strip()):
        return False
    if "," in chunk:  # "Peter Berg, Lövhamra kommun": a person of the next column with their municipality
        return False
    if municipalities.with_suffix(_PLACE_NOTE.sub("", chunk)):
        # "Birgitta Hällgren, ordförande     Tunaberga kommun", "Ulf Lind     Sotenäs kommun (tjänstgör 1-5)"
        return is_name(cells[0][1].split(",")[0].split("(")[0].strip())
    if _written_municipality(_PLACE_NOTE.sub("", chunk)):
        # "Linnea Ståhl (V)      Mora", "Gustav Ek    KD    Rättvik": a municipality's plain name in the row's last
        # cell, after a name with its party or role, is whom the person represents (no one-word person's name)
        return is_name(cells[0][1].split(",")[0].split("(")[0].strip())
    if "," in cells[0][1] or "(" in cells[0][1]:
        return False
    # "Kjell Ek      Sörbyn (via telefon)": a note in parentheses after the place is no part of it
    words, name = _PLACE_NOTE.sub("", chunk).split(), cells[0][1].split()
    return len(words) == 1 and len(name) >= 2 and is_name(cells[0][1]) and bool(CAP_WORD.match(words[0])) \
        and not cv.role_base(words[0]) and not cv.is_party(words[0])


_PLACE_NOTE = regexes.compile(r"\s*\([^()]*\)\s*$")


def _written_municipality(cell: str) -> bool:
    """A cell that is a known municipality's plain name as written ("Rättvik", or "Rattvik" that lost its
    letters), not a near spelling a fuzzy match repairs (a village one letter from a municipality)."""
    known = municipalities.canonical(cell) if cell[:1].isupper() and len(cell.split()) <= 2 else None
    return known is not None and fold(known) == fold(cell)


ALIGN_SLACK = 1  # a PDF's text laid out by position may set a cell one character on, past a long cell before it


def align_cells(rows: list[tuple[int, str]]) -> list[str]:
    """Rows (column where the text starts, text) of a list whose columns are aligned: "Rune Dahl    Gransjö" /
    "Siv Åkerman  Tallmo" (the longer name leaves two spaces before the column): a narrow gap at a column
    other rows open is a gap too."""
    cols = {at + m.end() for at, t in rows for m in re.finditer(r"\S\s{3,}(?=\S)", t)}
    if not cols:
        return [t for _, t in rows]
    out = []
    for at, t in rows:
        m = re.search(r"\S\s{2}(?=\S)", t) if "   " not in t and t.count("  ") == 1 else None
        near = m is not None and any(abs(at + m.end() - c) <= ALIGN_SLACK for c in cols)
        out.append(t[:m.start() + 1] + "   " + t[m.end():] if near else t)
    return out


ROLE_REMIT_MAX_WORDS = 2  # "Ledamot, hallar", "Suppleant, bryggor": what a board member answers for, after the role


def _role_remit(words: list[str]) -> bool:
    return 0 < len(words) <= ROLE_REMIT_MAX_WORDS and all(w[:1].islower() for w in words)


# A title and the unit of the administration it belongs to, written with a capital: "avdelningschef
# Anläggningsavdelningen", "enhetschef Gatuenheten" (the unit's name ends in one of UNIT_ENDINGS).
_ROLE_OF_UNIT = regexes.compile(r"^(?P<role>[a-zåäö][\wåäö-]*)\s+[A-ZÅÄÖ][\wåäö-]*(?:" + "|".join(cv.UNIT_ENDINGS) + r")$")


@lru_cache(maxsize=cv.ROLE_CACHE_SIZE)  # pure, and asked again and again of the same words
def _is_role_cell(cell: str) -> bool:
    """A column cell that only says what someone is: "Ordförande", "1:e vice ordförande",
    "kanslichef, §§ 24–26" (a role written in lower case after its first word, or a note); "tjänstgörande
    ersättare för Kjell" too, whom a narrow cell cut after the first name (the rest is on the next line)."""
    served = _SERVES_NAMED.match(cell) if " för " in cell and "(" not in cell else None
    if served and cv.is_role(served.group("role")) and _WHOM_CUT.search(cell):
        return True
    if "(" in cell:
        return False
    if cell[-1:].isdigit():  # "Bygglovshandläggare § 51–53": the paragraphs attended after the title, no comma
        cell = split_trailing_note(cell)[0].rstrip() or cell
    unit = _ROLE_OF_UNIT.match(cell)
    if unit and cv.is_role(unit.group("role")):
        return True  # "avdelningschef Anläggningsavdelningen": the title, then the unit the person heads
    # "mark- och exploateringschef," whose note a narrow cell wrapped onto the next line
    for k, piece in enumerate(p.strip() for p in cell.rstrip().rstrip(",").split(",")):
        words = piece.split()
        if k and (cv.NOTE.match(piece) or _role_remit(words)):
            continue
        if not words or any(w[:1].isupper() for w in words[1:]) or not (cv.role_base(piece) or cv.NOTE.match(piece)):
            return False
    return True


def _paired_names(chunk: str) -> int | None:
    """Where a line of two people's names side by side without a comma splits ("Kjell Grahn Maria Lundin", as
    plain text gives a roll typed two names a line): given name, surname, given name, surname, told by the
    given names' list; None for any other text."""
    words = chunk.split()
    if len(words) != 2 * PAIRED_NAME_WORDS or not all(name_word(w) for w in words):
        return None
    pieces = names.cut_at_given_names(words)
    if pieces is None or [len(p) for p in pieces] != [PAIRED_NAME_WORDS] * 2:
        return None
    return chunk.index(words[PAIRED_NAME_WORDS], len(" ".join(words[:PAIRED_NAME_WORDS])))


ROLE_LEAD_MAX_WORDS = 2  # "Fiskekontrollanter", "Adjungerade ledamöter": a group's role word(s) before a pair


def _role_led_pair(chunk: str) -> tuple[str, int] | None:
    """A roll line led by a role or a group's role word, then two people's names side by side without a comma
    ("Fiskekontrollanter Claes Tornberg Nils Lillja", "Ersättare Gun Ek Bo Holm"): the lead as written and
    where the second name starts; None for any other line."""
    words = chunk.split()
    for n in range(ROLE_LEAD_MAX_WORDS, 0, -1):
        lead = " ".join(words[:n])
        if len(words) != n + 2 * PAIRED_NAME_WORDS or not cv.role_base(lead):
            continue
        rest_at = chunk.index(words[n], len(lead))
        at = _paired_names(chunk[rest_at:])
        if at:
            return lead, rest_at + at
    return None


def _entries(chunk: str):
    """Yield (entry text, start, end) for each entry in one column chunk: "Name, Aff Name2, Aff2" is two."""
    if "," not in chunk:
        at = _paired_names(chunk) if chunk.count(" ") == 2 * PAIRED_NAME_WORDS - 1 else None
        if at:
            yield chunk[:at].rstrip(), 0, len(chunk[:at].rstrip())
            yield chunk[at:], at, len(chunk)
            return
        titled = _title_led_run(chunk) if chunk.count(" ") >= 2 * PAIRED_NAME_WORDS + 1 else None
        if titled:  # "Ekonomichef Niklas Brem § 63-64 Utredare Malin Fund § 65": each official with the title first
            for start, end in zip(titled, titled[1:] + [len(chunk)]):
                yield chunk[start:end].rstrip(), start, start + len(chunk[start:end].rstrip())
            return
        led = _role_led_pair(chunk) if chunk.count(" ") >= 2 * PAIRED_NAME_WORDS else None
        if led:  # "Fiskekontrollanter Claes Tornberg Nils Lillja": the group's word holds for both
            lead, at = led
            yield chunk[:at].rstrip(), 0, len(chunk[:at].rstrip())
            yield f"{lead} {chunk[at:]}", at, len(chunk)
            return
        yield chunk, 0, len(chunk)
        return
    pieces = TOP_COMMA.split(chunk)
    entries: list[list[str]] = [[pieces[0].strip()]]
    for k, piece in enumerate(pieces[1:], start=1):
        piece = piece.strip()
        own, next_name = (piece, "") if k == len(pieces) - 1 else _split_affiliation(piece)
        if own:
            entries[-1].append(own)
        if next_name:
            entries.append([next_name])
    cursor = 0
    for parts in entries:
        text = ", ".join(parts)
        start = chunk.find(parts[0], cursor)
        start = cursor if start < 0 else start
        end = start + len(parts[0])
        for p in parts[1:]:
            k = chunk.find(p, end)
            if k >= 0:
                end = k + len(p)
        cursor = end
        yield text, start, end


# Officials written with their title first, run together on one line where a PDF's columns lost their gap
# ("Ekonomichef Niklas Brem § 63-64 Utredare Malin Fund § 65", "Kommunchef Tommy Ek Näringslivsstrateg Ida Berg"):
# a new person starts at a capitalised job title followed by a given name and a surname, after a name or a note.
# (the title may be two words, "Administrativ chef", "Nämnd- och utredningssekreterare")
_TITLE_THEN_NAME = regexes.compile(r"(?:^|(?<=[\wåäö])\s+)(?P<title>[A-ZÅÄÖ][a-zåäö]+(?:-\s+och\s+[a-zåäö]+|\s+[a-zåäö]+)?)"
                                   r"\s+[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ][a-zåäöé-]+(?=\s|,|$)")


def _titles_apart(text: str) -> str:
    """A roll's logical line with a comma before each title-led person run on after the one before ("Lars Ek (M)
    ej tjg ers Miljöchef Anna Berg § 12-13 Planarkitekt Jon Lind § 14": the front page's next row joined on)."""
    if not _TITLE_THEN_NAME.search(text, 1):
        return text
    starts = [m.start("title") for m in _TITLE_THEN_NAME.finditer(text)
              if m.start("title") and _job_title(m.group("title"))]
    for at in reversed(starts):
        text = text[:at].rstrip() + ", " + text[at:]
    return text


def _job_title(title: str) -> bool:
    """Whether a capitalised word or two before a name is a job title ("Miljöchef", "Administrativ chef"): two
    words must be a title as a whole, not a name and a word ("Sandberg och")."""
    base = cv.role_base(title.lower())
    return bool(base) and (" " not in title or base == title.lower())


def _title_led_run(chunk: str) -> list[int] | None:
    """Where each title-led person of a run-together line starts (see _TITLE_THEN_NAME), or None where the line
    does not open with one or holds only one."""
    starts = [m.start("title") for m in _TITLE_THEN_NAME.finditer(chunk) if _job_title(m.group("title"))]
    if len(starts) < 2 or starts[0] != 0:
        return None
    return starts


# "Maria Sund, enhetschef, §§ 112-115 Hanna Berg, socialsekreterare": two people run into one line of a municipal
# front page; the first one's part-time note ends where the second one's name begins.
_NOTE_THEN_PERSON = regexes.compile(r"^(?P<note>(?:[A-ZÅÄÖ]{1,6}\s*)?§§?\s*\d[\d\s,–-]*?)\s+"
                                    r"(?P<name>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})(?:\s*\([^()]*\))?$")


def _split_affiliation(piece: str) -> tuple[str, str]:
    """ "Bjuv Elin Ask" → ("Bjuv", "Elin Ask"); "sekretariatet Anna Berg" → ("sekretariatet", "Anna Berg")."""
    run_on = _NOTE_THEN_PERSON.match(piece) if "§" in piece[:4] else None
    if run_on and is_name(run_on.group("name")):
        return run_on.group("note").strip(), piece[run_on.start("name"):]
    if "(" in piece or not piece[:1].isupper():
        return piece, ""
    found = municipalities.leading(piece)
    if found:
        rest = found[1]
        head = piece[: len(piece) - len(rest)].strip()
        return head, rest if is_name(rest) else ""
    words = piece.split()
    # Otherwise the next person's name is the run of capitalised words at the end (two or three).
    tail = 0
    while tail < len(words) and CAP_WORD.match(words[len(words) - 1 - tail]):
        tail += 1
    if tail >= 2 and tail < len(words) and not cv.NOTE.match(piece):
        return " ".join(words[:-tail]), " ".join(words[-tail:])
    if tail >= 3 and not cv.is_role(" ".join(words[:1])):
        return words[0], " ".join(words[1:])
    return piece, ""


# "controller p 3", "rektor Fageråsskolan p 4–5": a title, then the agenda points ("p" for punkt) attended.
_POINTS_AFTER = regexes.compile(r"^(?P<info>.+?)\s+(?P<note>p\.?\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)$")
_ROLE_THEN_NOTE = regexes.compile(
    r"^(.+?)\s+((?:[A-ZÅÄÖ]{1,6}\s*)?§§?\s*\d.*|(?:från|till|ej|kl\.?|t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?|del av)\s.*|"
    # (not a school's years after the role: "ordförande elevrådet år 7-9", "klassföreträdare åk 4"; nor a
    # numbered branch of an organisation: "SKPF avd 84", "SPF avdelning 12")
    r"(?<!\bår\s)(?<!\båk\s)(?<!\bklass\s)(?<!\bårskurs\s)(?<!\bavd\s)(?<!\bavd\.\s)(?<!\bavdelning\s)"
    r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*(?:,|och)\s*\d{1,3})*)$")


# One level of parentheses inside: "(ers Marita Jonsson (M))", whom a member serves for with the party.
# A meeting office written last in a parenthesis after a job title: "(projektägare, ordförande)".
_MEETING_OFFICES = frozenset({cv.CHAIR, cv.SECRETARY})
_TITLE_WORDS = regexes.compile(r"^[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,2}$")


def _office_last(paren: str) -> bool:
    parts = [p.strip() for p in paren.split(",")]
    return len(parts) >= 2 and cv.office_of(parts[-1].rstrip(".")) in _MEETING_OFFICES and \
        all(_TITLE_WORDS.match(p) for p in parts[:-1])


_LEADING_PAREN = regexes.compile(r"\(((?:[^()]|\([^()]*\))*)\)\s*")
_ASIDE = regexes.compile(r"^(.*\S)\s*\(([a-zåäö§][^()]*|(?:[A-ZÅÄÖ]{1,6}\s*)?§[^()]*)\)$")
_ANY_ASIDE = regexes.compile(r"^(.*\S)\s*\(([^()]*)\)$")


# "Lisa Berg – fritidspedagog", "Per Ek - kassör": a dash between a name and what the list says of it is a comma.
_DASH_INFO = regexes.compile(r"(?<=[\wåäöé.)])\s+[–—-]\s+(?=[a-zåäö(]|[A-ZÅÄÖ][\wåäö]*\s+(?:kommun|stad|region)\b)")


# "Håkan Vestin – Ordförande", "Maria Pekkari – Adjungerad sekreterare": the role after the dash capitalised, as a
# district federation's roll writes it (the whole rest of the entry a role, so a name after a dash stays a name).
_DASH_ROLE = regexes.compile(r"(?<=[\wåäöé.)])\s+[–—-]\s+(?=(?P<role>[A-ZÅÄÖ][^,;()]*?)\s*(?:[,;(]|$))")


# "Anna Ek/ordf, Per Berg/kassör": a slash between a name and its role, as a club's roll writes it (a role only:
# "Anna Ek/Per Berg" is two people).
# (after a capitalised word, the surname: "administratör/direktionssekreterare" is one title)
_SLASH_ROLE = regexes.compile(r"(?P<surname>\b[A-ZÅÄÖ][a-zåäöé-]+)\s*/\s*"
                              r"(?=(?P<role>[\wåäöÅÄÖ.]+(?:\s+[\wåäö.]+)?)\s*(?:[,;(]|\s+och\s|$))")


def dash_as_comma(text: str) -> str:
    """The dash (or a slash before a role) that stands for the comma between a name and what the list says of it."""
    if "/" in text:
        text = _SLASH_ROLE.sub(lambda m: m.group("surname") + ", " if cv.role_base(m.group("role").lower())
                               else m.group(0), text)
    if not ("–" in text or " - " in text or "—" in text):
        return text
    text = _DASH_ROLE.sub(lambda m: ", " if cv.role_base(m.group("role")) else m.group(0), text)
    return _DASH_INFO.sub(", ", text)


def _substitute(text: str) -> tuple[str, str] | None:
    """ "Maj Falk för Olle Sten" → ("Maj Falk", "för Olle Sten"); a substitute and whom they serve for, both
    people's full names (a party in parentheses after the second); None for other text."""
    m = cv.SUBSTITUTE_FOR.match(text.strip())
    if not m or not is_name(m.group("name")):
        return None
    whom = m.group("whom").split("(")[0].strip()
    return (m.group("name"), m.group("note")) if is_name(whom) and len(whom.split()) >= 2 else None


def _initials(name: str) -> str:
    return "".join(w[0] for part in name.split() for w in part.split("-") if w[:1].isupper())


# One person's initials as a list writes them: a capital for each part of the name, a part's next letter or two
# after it where two members share the capitals ("BS", "BSt", "KLj", "TBE").
_INITIAL_GROUP = regexes.compile(r"[A-ZÅÄÖÉ][a-zåäöé]{0,2}")


def initials_fit(text: str, name: str) -> bool:
    """Whether ``text`` ("BSt", "(PÅ)") is ``name``'s initials ("Berit Stenlund", "Pia Åsberg"): each group of
    it, a capital and the small letters after it, starts a part of the name in turn (a double name's parts
    counted apart or as one word: "Tomas Berg-Ek" is "TBE" or "TB")."""
    text = text.strip().removeprefix("(").removesuffix(")")
    if not text[:1].isupper() or not text.isalpha():  # the cheap test first
        return False
    groups = _INITIAL_GROUP.findall(text)
    if "".join(groups) != text or len(groups) < 2:
        return False
    for words in (name.split(), [w for part in name.split() for w in part.split("-")]):
        if len(words) == len(groups) and all(w.lower().startswith(g.lower()) for w, g in zip(words, groups)):
            return True
    return False


def _initials_lead(info: str, name: str) -> str | None:
    """What follows a person's initials in parentheses at the start of ``info`` ("(MG) vid protokollet" →
    "vid protokollet", "(BSt)" → ""); None where ``info`` does not start with them."""
    if info[:1] != "(" or ")" not in info:
        return None
    inside, _, after = info[1:].partition(")")
    return after.strip() if initials_fit(inside, name) else None


_SERVES_NAMED = regexes.compile(r"^(?P<role>[a-zåäö][\wåäö. ]*?)\s+" + cv.SERVES_FOR_WORDS + r"\s+[A-ZÅÄÖ]")


def _nomination_group(text: str) -> bool:
    """ "Kyrkans Väl", "Frimodig kyrka": a group of words in parentheses that is neither a role, a note, a
    place nor an organisation."""
    return bool(cv.NOMINATION_GROUP.match(text)) and not cv.role_base(text) and not cv.NOTE.match(text) \
        and not municipalities.canonical(text) and not ORGANISATION.search(text)


def _lower_case_code(text: str) -> bool:
    """ "ö", "spi", "ka": a local party's short name in small letters (see cv.LOWER_CASE_PARTY_CODE), neither a role
    nor a note."""
    return bool(cv.LOWER_CASE_PARTY_CODE.match(text)) and text not in cv.NOT_PARTY_SHORT_WORDS \
        and not cv.is_role(text) and not cv.role_base(text) and not cv.NOTE.match(text) \
        and not any(pattern.fullmatch(text) for pattern, _ in cv.ROLE_FORMS)


def _nomination_code(text: str) -> bool:
    """ "Posk", "Sfk", "BorgA": a nomination group's short name, neither a role, a municipality nor a given name."""
    return bool(cv.NOMINATION_CODE.match(text)) and not cv.is_role(text) and not cv.role_base(text) \
        and not municipalities.canonical(text) and not names.is_first_name(text)


# A presence table read with single spaces ("Ledamöter Närvarande" / "Hanna Rask X, mötesordförande § 94"): the
# mark written right after the name, before any comma.
_MARKS = r"X|anmält förhinder|anmäld frånvaro|förhinder|frånvarande|ej närvarande"
# A yes/no column run into the name ("Namn Närvarande" / "Elvira Sand Ja", a röstlängd as a PDF's text gives
# it): capitalised as a cell is, never a word of the name.
_YES_NO_MARKS = r"(?-i:Ja|JA|Nej|NEJ)"
_MARK_TAIL = regexes.compile(rf"^(?P<name>[^,()]+?)\s+(?P<mark>{_MARKS}|{_YES_NO_MARKS})(?P<rest>\s*,.*)?$", re.IGNORECASE)
# The same mark in a column of its own beside the name ("Carina Grön      X, ej § 40–42"), under a group heading
# of a presence table whose own header row stands above the first group.
_MARK_CELL = regexes.compile(rf"^(?:{_MARKS})(?:\s*,.*)?$", re.IGNORECASE)


def presence_mark(text: str) -> tuple[str, str] | None:
    """ "Tina Lund X, sekreterare" → ("Tina Lund, sekreterare", "present"); "Per Ek anmält förhinder" →
    ("Per Ek", "excused"): a presence table's mark beside the name; None where there is none."""
    m = _MARK_TAIL.match(text.strip()) if " " in text else None
    if not m or not is_name(m.group("name")) or len(m.group("name").split()) < 2 or m.group("mark") == "x":
        return None
    mark = " ".join(m.group("mark").lower().split())
    status = "present" if mark == "x" else cv.PRESENCE_VALUES.get(mark) or \
        ("excused" if "förhinder" in mark or "frånvaro" in mark else "absent")
    return m.group("name") + (m.group("rest") or ""), status


# The space OCR sets inside a name's last word, before a short lower-case piece of it ("Ån man", "Lind qvist").
_OCR_SPLIT_TAIL = regexes.compile(r"^[a-zåäöé]{2,5}$")


def _ocr_joined_name(name: str) -> str:
    words = name.split()
    if len(words) >= 3 and _OCR_SPLIT_TAIL.match(words[-1]) and words[-1] not in PARTICLES and CAP_WORD.match(words[-2]):
        return " ".join(words[:-2] + [words[-2] + words[-1]])
    return name


def _roles_side_by_side(info: str) -> bool:
    """Whether ``info`` is two role words written after one another without a comma ("verksamhetschef adj.")."""
    words = info.split()
    return len(words) == 2 and not cv.is_role(info) and all(cv.is_role(w) for w in words)


def _uncapitalised(role: str) -> str:
    """ "Ordförande" → "ordförande": a role word leading its line has the line's capital, not its own (written
    beside the name it is "ordförande"); an abbreviation keeps its capitals ("IFO-chef")."""
    return role[:1].lower() + role[1:] if role[1:2].islower() else role


# A part of an entry that only goes on with the paragraphs of the note before it ("33, 35-38", "§ 41, 43").
_NUMBER_LIST_PART = regexes.compile(r"(?:§§?\s*)?\d{1,3}(?:\.\d{1,2})?(?:\s*[-–]\s*\d{1,3}(?:\.\d{1,2})?)?")
_NUMBER_LIST_FIRST = frozenset("§0123456789")


_COLUMN_TITLES = cv.TABLE_NAME | cv.TABLE_AFFILIATION | cv.TABLE_ROLE | cv.TABLE_PRESENCE


# "Bo Kvarn (s) 33", "Jenny Ek (S) 59 65": the paragraphs a member took part in, after the party and without the sign
# (old case systems); after a party nothing else is written in bare numbers.
_BARE_PARAGRAPHS = regexes.compile(r"^\d{1,3}(?:\s*[-–,]?\s*\d{1,3})*$")


def _case_mended(piece: str) -> str:
    """A roll's piece that is no person's as read but is one with its surname's case mended ("Lena vik (ordf)",
    "Kent ÅS kass.": OCR read the capital small, or the short surname in capitals; ``names.case_slipped``), so
    mended; else as it is."""
    slipped = names.case_slipped(piece)
    if slipped is None or is_person_piece(piece) and not piece.split()[1].isupper():
        return piece  # ("Kent ÅS" is a given name and a party's code as read: the capitals are mended all the same)
    return slipped if is_person_piece(slipped) else piece


def _entry(text: str, status: str, heading_role: str | None) -> Attendee | None:
    """One entry: "Karin Lövgren (S), ordförande", "Eva Ek, kommundirektör, § 114", "Ordförande Anna Ek"."""
    masked = mask_nicknames(text)
    if masked != text:  # "Ulrika (Uffe) Berg (S)": the nickname's parentheses are the name's
        a = _entry(masked, status, heading_role)
        if a:
            a.name = unmask_nicknames(a.name)
        return a
    text = took_part_as(text) or _case_mended(text)  # "Kamrer Per Ek deltog som adjungerad."
    turned = _surname_first(text) if "," in text else None
    if turned:  # "Berg, Anna-Karin (C), kassör": the name as "First Last", then what the list writes beside it
        text = turned[0] + turned[1]
    marked = presence_mark(text)
    if marked:
        text, status = marked
    attended = paragraphs_after_title(text)
    if attended:  # "Anders Lundell Teknisk chef 2-5, 7-9": the person and title as such, the paragraphs a note
        a = _entry(attended[0], status, heading_role)
        if a:
            a.note = attended[1] if a.note is None else f"{a.note}, {attended[1]}"
        return a
    proxy = cv.PROXY.match(text.strip().rstrip(".;")) if cv.may_be_proxy(text) else None
    if proxy and is_name(proxy.group("name")) and not is_name(proxy.group("org")):
        # "Harsjö kommun, genom ombudet Anna Ek, 10 000 aktier": the representative attends for the organisation
        org = proxy.group("org").strip()
        return Attendee.made(name=proxy.group("name").strip(), status=status, role=heading_role,
                        affiliation=municipalities.canonical(org) or municipalities.plain(org),
                        note=(proxy.group("note") or proxy.group("held") or "").strip() or None)
    parts = [p.strip() for p in TOP_COMMA.split(dash_as_comma(text.strip()).rstrip(".;")) if p.strip()]
    parts = [p.rstrip(".") if cv.is_role(p) else p for p in parts]  # "Anna Ek, ordf., Per Berg": "ordf"
    for k in range(len(parts) - 1, 0, -1):
        if parts[k][:1] in _NUMBER_LIST_FIRST and _NUMBER_LIST_PART.fullmatch(parts[k]) and parts[k - 1][-1:].isdigit() \
                and (k > 1 or BARE_PARAGRAPHS_AFTER_PARTY.search(parts[0])):
            # "Samuel Öst, deltog i 33, 35-38", "Rut Sandell (L) 1–4, 6–8": one note
            parts[k - 1:k + 1] = [f"{parts[k - 1]}, {parts[k]}"]
    if not parts or all(p.lower() in _COLUMN_TITLES for p in parts):
        return None  # "Närvarande: Namn, Organisation": the titles of the lines under it, no one
    before, paren_on = parts[0].split("(", 1) if "(" in parts[0] else (None, None)
    between = role_tail(before.strip()) if before and not is_name(before.strip()) else None
    if between:  # "Ebbe Lönnqvist 1:e v. ordf. (m)": the role between the name and the party, as old templates write it
        parts[:1] = [f"{between[0]} ({paren_on}", between[1]]
    tail = None if "(" in parts[0] else capitalised_role_tail(parts[0]) if is_name(parts[0]) else \
        capitalised_role_tail(parts[0]) or role_tail(parts[0])  # ("Emma Sandberg Bitr. kyrkoledare")
    if tail:  # "Torgny Lindell ordf.": the role after the name without a comma
        parts[:1] = [tail[0], tail[1]]
    substitute = None if tail or is_name(parts[0]) else _substitute(parts[0])
    if substitute:  # "Maj Falk för Olle Sten": a substitute serving, whom for a note
        parts[:1] = list(substitute)
        heading_role = cv.SERVING_ROLES.get(heading_role or "ersättare", heading_role)
    came_from = None if tail or substitute or " från " not in parts[0] else cv.FROM_ORGANISATION.match(parts[0])
    if came_from and is_name(came_from.group("name")):  # "Hans Ljung från Länsstyrelsen i Lövby län"
        parts[:1] = [came_from.group("name"), came_from.group("org")]
    first, trailing_note = split_trailing_note(parts[0])
    coded = _CODE_AFTER_NAME.match(first) if first[-1:].isupper() else None
    if coded and coded.group("code") not in COMPANY_FORMS and is_name(coded.group("name")) \
            and not initials_fit(coded.group("code"), coded.group("name")):
        # "Lars Holmgren PRO, ordförande", "Birgitta Sved SPF": the organisation's (or party's) code after the name,
        # without a comma (a pensioners' or disability council's roll); what the list writes beside the name
        first = coded.group("name")
        parts[1:1] = [coded.group("code")]
    grouped = _GROUP_AFTER_NAME.match(first) if first[-3:] in _GROUP_ENDINGS and not coded else None
    if grouped and is_name(grouped.group("name")) and len(grouped.group("name").split()) >= 2:
        first = grouped.group("name")
        parts[1:1] = [grouped.group("org")]
    m = _NAME_PAREN_TAIL.match(first)
    if not m:
        return None
    name, paren, tail = m.group("name").strip(), m.group("paren"), (m.group("tail") or "").strip()
    role = org = None
    lead = role_lead(name)  # "Ordförande Anna Ek", "Vice ordförande Per Berg", "suppleanten Oskar Fält"
    if lead:
        org, name = _uncapitalised(lead[0]), lead[1]
        role = lead[0].lower()
    if not is_name(name) and paren and cv.is_party(paren.strip()):
        name = _ocr_joined_name(name)  # "Bertil Ån man (M)": OCR cut a surname in two
    if not is_name(name):
        return None  # (nor is "Vakant (M)", the party's empty seat)
    more = []
    while tail.startswith("("):  # "Ewa Ek (S) (ordförande)", "Bo Ek (SD) (ersättare) ersätter Per Ek (SD)"
        group = _LEADING_PAREN.match(tail)
        if not group:
            break
        more.append(group.group(1))
        tail = tail[group.end():]
    infos = ([paren] if paren else []) + more + ([tail] if tail else []) + parts[1:]
    split = []
    for info in infos:  # "ordförande (S)": the role and the party after it
        rp = cv.ROLE_PARTY.match(info.strip()) if info.endswith(")") else None
        if rp and cv.is_role(rp.group("role")) and (cv.is_party(rp.group("party").strip())
                                                    or rp.group("party").strip() in cv.LOWER_CASE_PARTIES):
            # ("ordf (mp)", "v ordf (s)": a case system's lower-case party after the role)
            split += [rp.group("party").strip(), rp.group("role")]
        elif info is paren and _office_last(info):
            # "(projektägare, ordförande)": a job title, then the meeting office the person holds here; the office
            # is the person's role (it names the chair), the title stays beside it
            *titles, office = (p.strip() for p in info.split(","))
            split += [office] + titles
        elif (coded := _CODE_IN_SERVING.match(info.strip())) and coded.group("role").lower() in cv.SERVING_ROLES:
            split += [coded.group("code"), f"{coded.group('role')} {coded.group('whom')}"]
        elif info is paren and "," in info and municipalities.canonical(info.split(",")[0].strip()) \
                and cv.is_role(info.split(",", 1)[1].strip()):
            # "Ulrika Strand (Luleå, ordförande)": the municipality the person comes from, then their role
            place, office = (p.strip() for p in info.split(",", 1))
            split += [office, place]
        elif "," in info and all(cv.is_role(p) for p in info.split(",")):
            split += [p.strip() for p in info.split(",")]  # "(rektor, adjungerad)": roles, the first the person's
        elif "," in info and cv.is_role(info.split(",")[0]) and cv.NOTE.match(info.split(",", 1)[1].strip()):
            split += [p.strip() for p in info.split(",", 1)]  # "(ersättare, §§ 1–6)": the role, then a note
        else:
            split.append(info)
    infos = split
    party = None
    note = None
    written_short = False
    for info in infos:
        info = info.strip()
        after_initials = _initials_lead(info, name) if info[:1] == "(" else None
        if after_initials is not None:  # "Berit Stenlund, (BSt).", "Maja Gullberg, (MG) vid protokollet": no party
            info = after_initials
            if not info:
                continue
        office = cv.LIST_OFFICE_PHRASES.get(" ".join(info.lower().split()).rstrip("."))
        if office and role is None:  # "vid protokollet" beside a name: the one who keeps the minutes
            role, org = office, org or info
            continue
        if info[:1] == "(" and info[-1:] == ")" and (cv.is_party(info[1:-1].strip()) or cv.NOTE.match(info[1:-1])):
            info = info[1:-1].strip()  # "Ida Staf, (C)": the party in parentheses after a comma; "(S), (§§ 1–6)"
        aside = _ASIDE.match(info)
        if aside is None and info[-1:] == ")" and (aside := _ANY_ASIDE.match(info)) and not cv.NOTE.match(aside.group(2)):
            aside = None  # ("Vänsterpartiet (Del av § 7)": a note written with a capital is still a note)
        if aside and role is None and cv.is_role(aside.group(2)):
            # "Åke Berg, Lönnviks kommun (ordförande)": the person's role in parentheses after the organisation
            info, role = aside.group(1), aside.group(2).lower()
        elif aside:  # "Tallmo kommun (per telefon)": a note in parentheses after the affiliation
            info = aside.group(1)
            note = aside.group(2) if note is None else f"{note}, {aside.group(2)}"
        elif role is None and info[-1:] == ")" and (held := _ANY_ASIDE.match(info)) and cv.is_role(held.group(1)) \
                and not cv.is_role(held.group(2)) and held.group(2)[:1].isupper():
            # "personalföreträdare (Saco-S)": the person's post, then the organisation they sit for in parentheses
            role, info = held.group(1).lower(), held.group(2).strip()
        if not info:
            continue
        points = _POINTS_AFTER.match(info) if info[-1:].isdigit() else None
        if points:  # "controller p 3", "rektor Fageråsskolan p 5": the agenda points attended, a note after the title
            info = points.group("info")
            note = points.group("note") if note is None else f"{note}, {points.group('note')}"
        form = next(((m, full) for pattern, full in cv.ROLE_FORMS for m in [pattern.match(info)] if m), None)
        serves = cv.SERVES_FOR.match(info[form[0].end():]) if form else None
        if serves:  # "tjg ers för Bo Rask (M)": the role written short, whom the person serves for a note
            written_short = True  # ("ej tjg ersättare, DHR": the organisation after it is the affiliation)
            role = role or form[1]
            org = org or (form[1] if party is None else None)  # beside a name without a party, the role
            if serves.group("note"):
                note = serves.group("note") if note is None else f"{note}, {serves.group('note')}"
            continue
        role_then_note = _ROLE_THEN_NOTE.match(info)
        short = next((full for pattern, full in cv.ROLE_FORMS if pattern.fullmatch(role_then_note.group(1))), None) \
            if role_then_note and not cv.is_role(role_then_note.group(1)) else None
        if short:  # "tjänstgörande §§ 36–38": the role written short, with a part-time note
            role = role or short
            org = org or (short if party is None else None)
            note = role_then_note.group(2) if note is None else f"{note}, {role_then_note.group(2)}"
            continue
        if role_then_note and cv.is_role(role_then_note.group(1)):
            # "tjänstgörande ersättare §§ 181–183": a role with a part-time note
            served = _SERVES_NAMED.match(role_then_note.group(1))
            if served:  # "ersättare för Eva Strand (S) §§ 124–126": whom and when, a note; the substitute serves
                role = role or cv.SERVING_ROLES.get(served.group("role").lower(), served.group("role").lower())
                note = info if note is None else f"{note}, {info}"
                continue
            if role is None:
                role = role_then_note.group(1).lower()
                org = org or role_then_note.group(1)
            note = role_then_note.group(2) if note is None else f"{note}, {role_then_note.group(2)}"
            continue
        if info.isupper() and info == _initials(name) or info is paren and initials_fit(info, name):
            continue  # "Karin Lund (KL)", "Berit Stenlund (BSt)": the initials the minutes use for her, not a party
        if party is None and info is paren and (_nomination_group(info) or _nomination_code(info)):
            party = info  # "(Kyrkans Väl)", "(Posk)": a nomination group
        elif party is None and cv.is_party(info) and not municipalities.canonical(info):
            party = info
        elif party is None and info in cv.LOWER_CASE_PARTIES:
            # "Tord Ek, s, ordförande", "Kent Åslund (m)": the party in lower case after a comma or in parentheses,
            # as old case systems and company boards write it
            party = info
        elif party is None and info is paren and _lower_case_code(info):
            party = info  # "Kjell Åström (ö)", "Ronny Sjögren (spi)": a local party's short name in small letters
        elif cv.NOTE.match(info) or party is not None and _BARE_PARAGRAPHS.match(info):
            note = info if note is None else f"{note}, {info}"
            served = re.match(r"^(?P<role>.+?)\s+för\s+[A-ZÅÄÖ]", info)
            if served and cv.is_role(served.group("role")) and role is None:
                role = served.group("role").lower()
                role = cv.SERVING_ROLES.get(role, role)
            elif role is None and heading_role is None and cv.SERVING_NOTE.match(info):
                role = cv.SERVING_ROLES["ersättare"]  # "ersätter Sten Bly (V)" among the members: serves for one
        elif role is None and (served := _SERVES_NAMED.match(info)) and \
                served.group("role").lower() in cv.SERVING_ROLES:
            # "ers. för Lisa Holm (C)": a substitute serving for a member; whom, a note
            role = cv.SERVING_ROLES[served.group("role").lower()]
            note = info if note is None else f"{note}, {info}"
        elif role is None and (rto := cv.ROLE_THEN_ORGANISATION.match(info)) and cv.is_role(rto.group("role")) \
                and (not is_name(rto.group("org")) or rto.group("role").lower() in cv.ORGANISATION_TITLES):
            role, org = rto.group("role"), org or rto.group("org")  # "ombudsman Brandmännens Riksförbund"
        elif role is None and _roles_side_by_side(info):
            # "verksamhetschef adj.": a job title and how the person sits in ("adj.", "suppl."), the title the role
            role, org = info.split()[0].lower(), org or info
        elif cv.is_role(info) and lead and cv.office_of(info.lower().rstrip(".")) in _MEETING_OFFICES \
                and cv.office_of(lead[0].lower()) not in _MEETING_OFFICES:
            # "Ordinarie ledamöter: Lena Ek, ordf, ...": the group before the first name, her own office after it
            # (the office names the chair; the group holds for all the names of the list)
            role = info if info in cv.ROLE_ABBREVIATIONS else info.lower()
            org = org if org and org.lower() != lead[0].lower() else info
        elif role is not None and cv.office_of(info.lower().rstrip(".")) == cv.CHAIR \
                and cv.office_of(role.lower().rstrip(".")) not in _MEETING_OFFICES:
            # "Petra Lindqvist, prodekanus, tjänstgörande ordförande": a title, then the chair's office held at the
            # meeting (as "(projektägare, ordförande)" in brackets); the office is the role, it names the chair
            org = org or role
            role = info.lower()
        elif role is None and (owned := _OWNER_THEN_ROLE.match(info)) and cv.role_base(owned.group("role").split()[0]):
            role, org = info, org or info  # "Riksbyggens ledamot i styrelsen": the seat the organisation holds
        elif (cv.is_role(info) or cv.is_role_in_field(info)) and role is None:  # ("områdeschef skola")
            role = info if info in cv.ROLE_ABBREVIATIONS else info.lower()  # "VD" stays as written
            if org is None and party is None:
                org = info
        elif org is None or ((municipalities.canonical(info) or municipalities.with_suffix(info))
                             and not municipalities.canonical(org)) or \
                (lead or written_short) and org.lower() == role or \
                org.lower() == role and ORGANISATION.search(info) and not cv.is_role(info):
            # "Kyrkvärd Rune Dahl, Gransjö": where the person comes from, rather than the title before the name
            org = info  # "Name, role, Municipality", "Name, role, Björkå skidklubb": whom the person represents
    if trailing_note:  # "Petra Ros §§ 34–37", "Rut Sandell (L) 1–4, 6–8": split off the name, a note as written,
        note = trailing_note if note is None else f"{note}, {trailing_note}"  # last, where the line writes it
    affiliation = org if org and not cv.is_role(org) else (party or org)
    if affiliation and not (affiliation[:1].islower() or cv.is_role(affiliation) or affiliation == party):
        affiliation = municipalities.canonical(affiliation.strip().rstrip(".")) or \
            municipalities.plain(affiliation.strip().rstrip("."))
    if role and heading_role and heading_role.endswith(f" {role}"):
        role = heading_role  # "Tjänstgörande ersättare:" / "X (S), ersättare för Y (S)": the heading says more
    return Attendee.made(name=name, affiliation=affiliation, status=status, role=role or heading_role, party=party,
                    note=note)


# --- tables ---------------------------------------------------------------------------------------

def table_columns(header: str, indent: int) -> dict[str, int] | None:
    """Column roles → start positions, when ``header`` is a presence table's header row. A table with
    two people to a row ("Namn | N/F | Namn | N/F") repeats its columns: the second group's keys end
    in "#1" ("name#1", "presence#1")."""
    cols: dict[str, int] = {}
    group = 0
    cells = list(_header_cells(header))
    # "Ledamöter:        Ersättare:": titles side by side, each with its colon (a label with a value has one)
    titled = len(cells) > 1 and all(word.endswith(":") for _, word in cells)
    for start, word in cells:
        start += indent
        kind = _column_kind(word)
        if kind is None and (not cols or "name" in cols):
            # "Ordinarie ledamöter     Närvaro": the list's group titles the name column; a group further right
            # ("Ledamöter   Närvarande   Ersättare   Tjänstgör") titles a second person's column of each row
            h = heading_of(word)
            kind = "name" if h and not h.rest.strip() and (not h.colon or titled) and (not cols or h.role) else None
        if kind is None:
            return None
        if kind == "vote" and "vote" in cols:
            continue  # "§ 19    § 21": one column of votes is enough to keep their marks out of presence
        if kind == "name" and _key("name", group) in cols:
            group += 1  # the columns start over: a second person on the row
        cols[_key(kind, group)] = start
    if "surname" in cols and "given" in cols and "name" not in cols:
        return cols if len(cols) >= 3 else None  # "Efternamn | Förnamn | Närvarande": the name in two cells
    if "name" not in cols and "presence" in cols and cols.get("affiliation") == min(cols.values()) \
            and "serving" not in cols and "not serving" not in cols:
        # "Fastighet | Närvarande": a roll by property whose presence column names who came for each one (a table
        # with no name column has no other place for the people it lists). Not the columns right of a name that
        # heads the table from its own line ("Ordinarie ledamöter" / "Kommun | Tjg | Ej tjg | Närvaro §§").
        cols["name"] = cols.pop("presence")
    return cols if "name" in cols and len(cols) >= 2 else None


def is_column_title(word: str) -> bool:
    """ "Närvarande", "Parti", "Ersättare": a word a presence table's header row titles a column with."""
    if _column_kind(word) is not None:
        return True
    h = heading_of(word)
    return bool(h and not h.rest.strip() and not h.colon)


def group_roles(header: str) -> dict[str, str]:
    """The role each name column's title gives its people, by column group ("" for the first, "1" for the
    next): "Ledamöter   Närvarande   Ersättare   Tjänstgör" → {"": "ledamot", "1": "ersättare"}."""
    roles: dict[str, str] = {}
    group = -1
    for _, word in _header_cells(header):
        kind = _column_kind(word)
        h = heading_of(word) if kind is None else None
        if kind == "name" or h and not h.rest.strip():
            group += 1
            if h and h.role:
                roles[str(group) if group else ""] = h.role
    return roles


def _column_kind(word: str) -> str | None:
    w = word.lower()
    sections = cv.TABLE_PRESENCE_SECTIONS.match(w)
    if sections and sections.group("title") in cv.TABLE_PRESENCE:
        return "presence"  # "Närvarande §": the paragraphs attended
    kind = _one_column_kind(w, word)
    if kind is None and "/" in w:
        # "Kommun/organisation", "Kommun/region": one column titled by two of its titles, slashed
        kinds = {_one_column_kind(p.strip(), p.strip()) for p in w.split("/")}
        kind = kinds.pop() if len(kinds) == 1 else None
    return kind


def _one_column_kind(w: str, word: str) -> str | None:
    return ("name" if w in cv.TABLE_NAME else "role" if w in cv.TABLE_ROLE else
            "presence" if w in cv.TABLE_PRESENCE else "party" if w in cv.TABLE_PARTY else
            "affiliation" if w in cv.TABLE_AFFILIATION else "note" if w in cv.TABLE_NOTE else
            "absent" if w in cv.TABLE_ABSENT else "excused" if w in cv.TABLE_EXCUSED else
            "serving" if w in cv.TABLE_SERVING else "not serving" if w in cv.TABLE_NOT_SERVING else
            "surname" if w in cv.TABLE_SURNAME else "given" if w in cv.TABLE_GIVEN else
            "vote" if cv.TABLE_VOTE.match(word) else "holding" if w in cv.TABLE_HOLDING else "proxy" if w in cv.TABLE_PROXY else None)


@per_document  # every line of a roll is asked whether it is a table's header row, by several readers
def _header_cells(header: str) -> tuple[tuple[int, str], ...]:
    """The cells of a header row; a cell of two titles two spaces apart ("Ej tjg  Anmärkning", a PDF's narrow
    columns) as two."""
    out: list[tuple[int, str]] = []
    for start, word in _columns(header):
        parts = list(re.finditer(r"\S+(?: \S+)*", word)) if "  " in word and _column_kind(word) is None else []
        if len(parts) > 1 and all(_column_kind(p.group()) for p in parts):
            out.extend((start + p.start(), p.group()) for p in parts)
        else:
            out.append((start, word))
    return tuple(out)


# Titles of a header's second row under a presence column that are marks' meanings: "Ja" present, "Nej" absent.
_SUB_PRESENCE = {"ja": "presence", "nej": "absent"}


def _sub_header(text: str, at: int, cols: dict[str, int]) -> dict[str, int] | None:
    """The columns of a header's second row ("Närvaro   § 19" over "Tjg   Ej tjg   Ja   Nej"): each title under
    the column it stands beneath, the presence column split into what its marks say ("Tjg", "Ej tjg"); None
    where ``text`` is no such row."""
    cells = [(at + start, word) for start, word in _header_cells(text)] if "   " in text else []
    if len(cells) < 2:
        return None
    refined = {k: v for k, v in cols.items() if k != "presence"}
    for start, word in cells:
        parent = min(cols.items(), key=lambda kv: abs(kv[1] - start))[0]
        if parent == "vote" and word.lower() in cv.VOTE_VALUES:
            continue  # "Ja", "Nej" under "§ 19": votes
        kind = _SUB_PRESENCE.get(word.lower()) if parent == "presence" else None
        kind = kind or _column_kind(word)
        if kind is None or kind == "name" or kind in refined:
            return None
        refined[kind] = start
    return refined


def _key(kind: str, group: int) -> str:
    return kind if group == 0 else f"{kind}#{group}"


def _table_entries(rows, cols: dict[str, int], status: str, role: str | None = None,
                   roles: dict[str, str] | None = None) -> list[Attendee]:
    """The people of a presence table's rows under the header ``cols``: a second header row refines the columns,
    group headings among the rows give their role to the rows under them, and a role alone on the line under
    a name is that person's."""
    out: list[Attendee] = []
    header_kinds = {k.partition("#")[0] for k in cols}
    if rows:
        line, offset, text = rows[0]
        refined = _sub_header(text, line.indent + offset, cols)
        if refined:  # "Tjg    Ej tjg    Ja    Nej" under "Närvaro    § 19"
            cols, rows = refined, rows[1:]
    if "party" not in cols:
        party_at = _party_column(rows, cols)
        if party_at is not None:
            cols = {**cols, "party": party_at}  # "Nils Matsson, ordf    m    x": the party's column has no title
    order = sorted(cols.items(), key=lambda kv: kv[1])
    groups = sorted({k.partition("#")[2] for k in cols})
    seat_cols = _seat_columns(cols)
    marked = False  # whether the table marks presence ("X", "Närvarande"): then a row left blank is someone absent
    excused_group = False  # under a group row "Förhinder" / "Anmält förhinder"
    blank: list[Attendee] = []
    for line, offset, text in rows:
        cells: dict[str, tuple[int, str]] = {}
        for start, chunk in _columns(text):
            start += line.indent + offset
            # a cell belongs to the column whose start is nearest at or before it
            column = min(order, key=lambda kv: (abs(kv[1] - start)))[0]
            cells[column] = (start, chunk) if column not in cells else (cells[column][0], cells[column][1] + " " + chunk)
        if "presence" in cols and "presence" not in cells and "name" in cells:
            cells = _mark_run_in(cells)  # "Namn Närvarande" / "Elvira Sand Ja": the columns one space apart
        seat = next((k for k in cols if k.startswith("presence#")), None) if "presence" not in cols else None
        if seat and "name" in cells:
            # "Ledamöter | Tjänstgörande ersättare | Närvarande §": one presence column for the seat, the member's
            # where no one serves for them; a member someone serves for is absent
            if any(k.startswith("name#") for k in cells):
                cells["presence"] = (cells["name"][0], cv.NONE_ATTENDED)
            elif seat in cells:
                cells["presence"] = cells.pop(seat)
        head = heading_of(cells["name"][1]) if "name" in cells else None
        if head and not head.rest.strip() and all(_column_kind(c) for k, (_, c) in cells.items() if k != "name"):
            role = head.role  # "Ersättare     Närvaro": a group of the roll, under the same columns ...
            excused_group = head.status == "excused"  # "Förhinder": its rows marked absent sent word
            retitled = table_columns(text, line.indent + offset)
            if retitled and not {k.partition("#")[0] for k in retitled} <= header_kinds:
                # ... or under columns of its own ("Ersättare   Parti   Tjänstgör" under "... Närvarande")
                cols = retitled
                order = sorted(cols.items(), key=lambda kv: kv[1])
                groups = sorted({k.partition("#")[2] for k in cols})
            continue
        if len(cells) == 1 and "name" in cells and out and out[-1].role is None and \
                cells["name"][1][:1].islower() and cv.role_base(cells["name"][1]):
            out[-1].role = cells["name"][1].lower()  # "ordförande" on the line under "Marie Holt (S)    X"
            out[-1].affiliation = out[-1].affiliation or cells["name"][1]
            continue
        wrapped = _WRAPPED_PARTY.match(cells["name"][1]) if len(cells) == 1 and "name" in cells and out else None
        if wrapped and out[-1].party is None and cv.is_party(wrapped.group("party")) and \
                (not wrapped.group("role") or out[-1].role is None and cv.role_base(wrapped.group("role"))):
            # a narrow name cell wraps the party and role under the name: "Anna Berg" / "(S), ordförande"
            out[-1].party = wrapped.group("party")
            if wrapped.group("role"):
                out[-1].role = wrapped.group("role").lower()
            continue
        serves_for = _serves_for(cells, cols, roles)
        for g in groups:
            own = {k.partition("#")[0]: v for k, v in cells.items() if k.partition("#")[2] == g}
            for key in seat_cols:  # "Ledamot | Ersättare | Parti": the party is the seat's, whoever holds it
                if key in cells:
                    own.setdefault(key.partition("#")[0], cells[key])
            if serves_for is not None and not g:
                continue  # the member someone serves for is away: the row is the substitute's
            # "Ledamöter ... Ersättare": a second group's title gives its people their role
            a = _table_person(own, line, status, (roles or {}).get(g, role) if g else role)
            if a and serves_for is not None:
                a.role = cv.SERVING_SUBSTITUTE
                a.note = a.note or f"{cv.SERVES_FOR_NOTE} {serves_for}"
            if a and excused_group and a.status == "absent":
                a.status = "excused"
            if a:
                out.append(a)
                mark = own.get("presence", own.get("serving", own.get("not serving", (0, ""))))[1]
                said = mark.partition(",")[0].strip().lower()
                # (a mark "X", or the word a presence column writes for someone there: "Närvarande" under "Närvaro")
                marked = marked or said in cv.TABLE_MARKS or cv.PRESENCE_VALUES.get(said) == "present"
                if not any(k in own for k in ("presence", "serving", "not serving", "absent", "excused")):
                    blank.append(a)
    if marked or "serving" in cols:
        for a in blank:
            if " " not in a.name and not names.is_first_name(a.name):
                # "Ärendelista", "Folkhälsorådet": a heading after the table (past its legend, over the page
                # break) that the rows ran into, no one absent
                out.remove(a)
                continue
            a.status = "absent"  # "Ahmad Karimi (S)" with no mark in a roll of marks
    return out


def _seat_columns(cols: dict[str, int]) -> set[str]:
    """The columns of a table of two name groups that belong to the row's seat: a party column titled once
    ("Ledamot | Ersättare | Parti"), not once for each group."""
    kinds = [k.partition("#")[0] for k in cols]
    if "name#1" not in cols:
        return set()
    return {k for k in cols if k.partition("#")[0] in cv.TABLE_SEAT_COLUMNS and kinds.count(k.partition("#")[0]) == 1}


def _serves_for(cells: dict[str, tuple[int, str]], cols: dict[str, int], roles: dict[str, str] | None) -> str | None:
    """The member a row's substitute serves for, in a table "Ledamot | Ersättare | Parti" with no marks: a name in
    the substitutes' column beside the member's ("Jan Sälg | Nora Wik | v") is the substitute serving for them."""
    if "name" not in cells or "name#1" not in cells or (roles or {}).get("1") not in cv.SEAT_SUBSTITUTE_ROLES:
        return None
    if any(k.partition("#")[0] not in ("name", *cv.TABLE_SEAT_COLUMNS) for k in cols):
        return None  # marks, roles or notes of their own say who serves and who is away
    member = cells["name"][1].partition(",")[0].strip()
    return member if is_name(member) else None


# The party, and the role after it, that a narrow name cell wraps onto the line under the name: "(S), ordförande".
_WRAPPED_PARTY = regexes.compile(r"^\((?P<party>[^()\s]{1,6})\)(?:\s*,\s*(?P<role>[a-zåäö][\wåäö -]*))?$")
PARTY_COLUMN_SLACK = 2  # characters the cells of an untitled party column may wander between rows


def _party_word(text: str) -> bool:
    """A cell of an untitled party column: "m", "fp" (older minutes write parties in lower case) or "KD"."""
    return text.lower() in cv.LOWER_CASE_PARTIES or (cv.is_party_abbreviation(text) and text.isupper() and len(text) <= 3)


def _party_column(rows, cols: dict[str, int]) -> int | None:
    """Where an untitled column of parties stands between the names and the next titled column ("m", "fp", "KD"
    beside each name, the header titling only names and marks): the start its cells share in most rows."""
    if "name" not in cols or len(cols) < 2:
        return None
    right = min(v for k, v in cols.items() if k != "name" and v > cols["name"]) if \
        any(v > cols["name"] for k, v in cols.items() if k != "name") else None
    starts: list[int] = []
    named = 0
    for line, offset, text in rows:
        cells = [(line.indent + offset + start, word) for start, word in _columns(text)]
        if len(cells) < 2 or not is_name(cells[0][1].split(",")[0].strip()):
            continue
        named += 1
        at = next((start for start, word in cells[1:] if _party_word(word)), None)
        if at is not None and (right is None or at < right - PARTY_COLUMN_SLACK):
            starts.append(at)
    if not starts or len(starts) * 2 < named:
        return None
    first = min(starts)
    return first if sum(1 for s in starts if s - first <= PARTY_COLUMN_SLACK) * 2 >= len(starts) else None


def _mark_run_in(cells: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """A row of a presence table whose mark ran into the name cell ("Elvira Sand Ja", "Per Ek X, sekreterare"),
    the mark moved to the presence column; the cells as they were where the name cell ends in no mark."""
    start, text = cells["name"]
    m = _MARK_TAIL.match(text) if " " in text else None
    if not m or m.group("mark") == "x" or len(m.group("name").split()) < 2 or not is_name(m.group("name")):
        return cells
    return {**cells, "name": (start, m.group("name") + (m.group("rest") or "")), "presence": (start, m.group("mark"))}


_PARTY_IN_PARENS = regexes.compile(r"^\(\s*[^()\s]{1,6}\s*\)$")


def _table_person(cells: dict[str, tuple[int, str]], line: Line, status: str,
                  group_role: str | None = None) -> Attendee | None:
    """One person of a table row from the cells of their column group."""
    if "name" not in cells and "surname" in cells and "given" in cells:
        # "Westergren | Maria": the name read "First Last", starting where the given name does
        cells = {**cells, "name": (cells["given"][0], f"{cells['given'][1]} {cells['surname'][1]}")}
    if "name" not in cells:
        return None
    if "proxy" in cells and cells["proxy"][1].strip().lower() not in cv.IN_PERSON:
        # "Hällberga Byalag   Ingemar Fors, ombud": the ombud attended, for the shareholder they represent
        cells = {**cells, "name": cells["proxy"], "affiliation": cells["name"]}
    person, party_in_name = cells["name"][1], None
    person, _, beside = person.partition(",") if "," in person else (person, "", "")
    aside = beside.strip()
    beside = aside if cv.is_role(aside) else ""  # "Marie Holt (S), ordförande"
    person = person.strip()
    paren = _NAME_PAREN_TAIL.match(person) if person.endswith(")") else None
    if paren and paren.group("paren") and cv.is_party(paren.group("paren").strip()) and not paren.group("tail"):
        person, party_in_name = paren.group("name").strip(), paren.group("paren").strip()  # "Stig Ahl (S)"
    if set(cells) == {"name"} and (not is_name(person) or aside and (not beside or "," in aside)):
        # a name cell alone (two columns of people side by side) with what a list writes after a name: "Karin Ek
        # (C) §§ 3–5", "Karin Ek (C), ordförande, från § 4": read as a list's entry is
        return _cell_entry(cells["name"], line, status, group_role)
    if len(cells) > 1 and set(cells) <= _MARK_COLUMNS and is_name(person) and aside and not beside and "(" in aside:
        # "Lena Hedström, Hedströms Bageri (ordförande)   X" under "Namn | Närvarande | Frånvarande": the name cell
        # is a list's entry (its organisation, its role in parentheses), the marks beside it give the status
        entry = _cell_entry(cells["name"], line, status, group_role)
        if entry is not None:
            entry.status = _marks_status(cells, status)
            return entry
    inner = _entry(cells["name"][1], status, None) if not is_name(person) and "(" in person else None
    if inner is not None and is_name(inner.name):
        # "Johan Ebbesson (ersätter Ulf Lind)" in a name column: what the parenthesis says is the person's note
        person, beside = inner.name, beside or inner.role or ""
        party_in_name = party_in_name or inner.party
    if not is_name(person):
        return None
    row_status, note = status, inner.note if inner is not None else None
    if "presence" in cells:
        value = cells["presence"][1]
        head, _, rest = value.partition(",")
        row_status = cv.PRESENCE_VALUES.get(head.strip().lower(), status)
        if head.strip() in cv.NO_SECTIONS:
            row_status = "absent"  # "-" under "Närvarande §": no paragraph attended
        note = rest.strip() or None
        if note and cv.office_of(note.lower().rstrip(".")) is not None and "role" not in cells and not beside:
            # "X, ordförande", "X, sekreterare" under "Närvarande": the mark, then the office the person holds here
            beside, note = note, None
    for column in ("absent", "excused"):  # a mark in a column of absence of its own
        if column in cells and cells[column][1].strip().lower() in cv.TABLE_MARKS:
            row_status = column
    role_text = cells.get("role", (0, None))[1] or beside or None
    if "serving" in cells and not role_text and _is_role_cell(cells["serving"][1]):
        # "Tjänstgör" over "Ordförande", "Ledamot", "Ersättare": the column says as what each one serves
        role_text, cells = cells["serving"][1], {k: v for k, v in cells.items() if k != "serving"}
    serving = _marked(cells, "serving")
    if serving or _marked(cells, "not serving"):
        row_status = "present"
        base = (group_role or "").lower()
        if base in ("ersättare", "suppleant"):
            # under "Tjg" the substitute serves; under "Ej tjg" one present who does not
            role_text = role_text or ("tjänstgörande ersättare" if serving else base)
    role_text = role_text or group_role  # "Suppleanter" over rows of the table: what the group's heading says
    written = cells.get("note", (0, None))[1]
    voted = cells.get("vote", (0, ""))[1].split()
    while voted and voted[0].lower() in cv.VOTE_VALUES:
        voted.pop(0)  # the votes themselves; what follows them in that column is a note ("ersätter X (S)")
    written = ", ".join(w for w in (written, " ".join(voted)) if w) or None
    if written and role_text is None and cv.is_role(written):
        role_text = written  # "ordförande" in the notes column
    elif written and (cv.NOTE_STATUSES.get(written.strip().lower()) or
                      cv.PRESENCE_VALUES.get(written.strip().lower()) == "absent"):
        # "Frånvarande", "deltog ej", "Förhinder" in the notes column
        row_status = cv.NOTE_STATUSES.get(written.strip().lower(), "absent")
    elif written:
        note = written if note is None else f"{note}, {written}"
    # "Rebecka Lund, HR-partner   anmält förhinder": a title no role word names, or a union, is what the list
    # writes beside the name (a part-time note "§§ 14–19" or a party is none)
    titled = aside and not beside and not DIGIT.search(aside) and not party_in_name and "party" not in cells
    if aside and not beside and DIGIT.search(aside):
        note = aside if note is None else f"{aside}, {note}"  # "Karin Ek (C), §§ 3–5": the paragraphs attended
    represents = cells.get("affiliation", (0, None))[1] or (aside if titled else None)
    led = municipalities.leading(represents) if represents and "role" not in cells else None
    if led and led[1] and not is_name(led[1]):
        # "Leksand     ordförande", "Mora     tjg ersättare för Åsa Rydell (S)": an untitled column of roles right of
        # the municipality's, run into its cell; read as a list writes it after the name
        after = _entry(f"{person}, {led[1]}", status, None)
        represents = led[0]
        if after is not None:
            role_text, note = role_text or after.role, note or after.note
    if represents:
        represents = municipalities.canonical(represents) or municipalities.plain(represents)
    start, name = cells["name"][0], person
    party = cells.get("party", (0, None))[1] or party_in_name
    if party and _PARTY_IN_PARENS.match(party):
        party = party[1:-1].strip()  # "(S)" in the party's column
    # What the list writes beside the name: the party before a role (the spec's reading of "(S), ordförande")
    return Attendee.made(name=name, affiliation=represents or party or role_text, status=row_status,
                    role=role_text.lower() if role_text else None,
                    party=party, note=note,
                    source=span_at(line.page, line.start + start - line.indent,
                                   line.start + start - line.indent + len(name), line.low_confidence))


_MARK_COLUMNS = frozenset({"name", "presence", "absent", "excused"})  # a table of marks beside each name


def _marks_status(cells: dict[str, tuple[int, str]], status: str) -> str:
    """The status the marks of a row give: the presence column's word or mark, a mark in a column of absence."""
    found = cv.PRESENCE_VALUES.get(cells["presence"][1].partition(",")[0].strip().lower(), status) \
        if "presence" in cells else status
    for column in ("absent", "excused"):
        if column in cells and cells[column][1].strip().lower() in cv.TABLE_MARKS:
            found = column
    return found


def _cell_entry(cell: tuple[int, str], line: Line, status: str, group_role: str | None) -> Attendee | None:
    """The person of a table's name cell read as a list's entry, the source their name's place in the cell."""
    start, text = cell
    if text.rstrip().endswith(":"):
        return None  # "Närvarande, ej tjg ers:": a label over the rows after, no person
    a = _entry(text, status, group_role)
    if a is None or not is_name(a.name):
        return None
    at = line.start + start - line.indent + max(text.find(a.name), 0)
    a.source = span_at(line.page, at, at + len(a.name), line.low_confidence)
    return a


def _marked(cells: dict[str, tuple[int, str]], column: str) -> bool:
    return column in cells and cells[column][1].partition(",")[0].strip().lower() in cv.TABLE_MARKS


# --- attendance written as an agenda item ---------------------------------------------------------------

# A list heading with its colon after a full stop: the next list, written on in the same paragraph.
_LIST_HEADS = "|".join(
    h[:1].upper() + h[1:] for h in sorted((h for h, _, _ in cv.ATTENDANCE_HEADINGS), key=lambda w: (-len(w), w)))
_NEXT_LIST = regexes.compile(r"(?<=[.!?])\s+(?=(?:" + _LIST_HEADS + r")\s*:)")
# A list heading with its colon at a line's start: the next list, its own line (joined to the last by a space).
_NEXT_LIST_LINE = regexes.compile(r"\s+(?=(?:" + _LIST_HEADS + r")\s*:)")
_ITEM_LEAD = regexes.compile(r"^(?P<lead>[A-ZÅÄÖ][^:]{2,60}):\s+(?=[A-ZÅÄÖ])")  # "Följande närvarade vid mötet: ..."


def roll_title(title: str | None) -> bool:
    """Whether an item's title is an attendance heading alone ("Närvaro", "Röstlängd"): the item is the roll."""
    title = (title or "").strip().rstrip(".:")
    h = heading_of(title) if title else None
    return h is not None and not h.rest.strip()


def _labelled_lists(kept: str) -> list[Attendee]:
    """The attendees of an opening item whose whole text is labelled lists ("Fastställande av närvarolista" /
    "Närvarande: Emil, Annica, Malin" / "Frånvarande: Petra och Annika"): every line starts with an attendance
    heading and its colon; else none (a line of prose in the item is no list of the meeting's people)."""
    lines = [Line(x.strip()) for x in _NEXT_LIST_LINE.split(" ".join(kept.split())) if x.strip()]
    if not lines or any((h := heading_of(line.text)) is None or not h.colon or not h.rest.strip() for line in lines):
        return []
    return [a for a in parse_attendance(lines) if is_name(a.name)]


def _lists_over_lines(kept: str) -> list[Attendee]:
    """The attendees of an opening item that settles the roll and holds it one name a line under labelled headings
    ("Närvarande med rösträtt:" / "Rasmus Eld" / ... / "Övriga närvarande (utan rösträtt):" / "Lena Kask, förälder"),
    the item's sentences around the lists left out ("Mötet fastställde röstlängden till 7 personer.")."""
    lines = [Line(x.strip()) for x in kept.split("\n") if x.strip()]
    listed: list[Line] = []
    for line in lines:
        h = heading_of(line.text)
        if h is not None and h.colon:
            listed.append(line)
        elif listed and not (line.text.endswith((".", "!", "?")) and not is_name(line.text.rstrip("."))):
            listed.append(line)  # an entry under the heading (a sentence ends the list)
        elif listed:
            break
    return [a for a in parse_attendance(listed) if is_name(a.name)] if listed else []


def attendance_in_items(items) -> list[Attendee]:
    """Attendees from an opening item that is itself the list ("2. Närvaro" / "Följande närvarade vid mötet:
    Anna Ek, Per Berg, ..."), for minutes that list no one before their items."""
    for item in items:
        title = (item.title or "").strip().rstrip(".:")
        if not item.summary:
            continue
        kept = item.summary.strip()  # its lines kept (see minutes.ItemParser._finish)
        if not roll_title(title):
            found = _labelled_lists(kept) or _lists_over_lines(kept)
            if found:
                for a in found:
                    a.source = item.source
                return found
            continue
        text = " ".join(kept.split())
        lead = _ITEM_LEAD.match(text)
        if lead and not looks_like_entries(lead.group("lead")):
            text = text[lead.end():]
        # "... och Roger Ek. Frånvarande: Lisa Berg.": a list of another status after the first, a line of its own
        found = parse_attendance([Line(f"{title}: {part}" if k == 0 else part)
                                  for k, part in enumerate(_NEXT_LIST.split(text))])
        if not found and "\n" in kept:  # a name a line with no commas between, after a lead sentence
            lines = kept.split("\n")
            if lines[0].rstrip().endswith(":") and not looks_like_entries(lines[0].rstrip()[:-1]):
                lines = lines[1:]
            found = [a for a in parse_attendance([Line(f"{title}:")] + [Line(x) for x in lines]) if is_name(a.name)]
        for a in found:
            a.source = item.source
        if found:
            return found
    return []


# A sentence of an opening item that names the members who sent word they could not come, in any of its
# orders: "Anmält förhinder hade Eva Ek och Per Berg.", "Förhinder hade anmälts av Eva Ek.", "Eva Ek och Per
# Berg hade anmält förhinder.", "Förhinder: Eva Ek, Per Berg." Those named are excused (spec "Attendance").
_EXCUSED_SENTENCE = regexes.compile(
    r"(?:^|(?<=[.!?])\s+)(?:"
    r"(?:Anmält|Anmälda|Anmäld)\s+förhinder\s+(?:hade|har)\s+(?P<after>[A-ZÅÄÖÉ][^.!?]*)"
    r"|Förhinder\s+(?:hade|har)\s+anmälts\s+(?:av|från)\s+(?P<by>[A-ZÅÄÖÉ][^.!?]*)"
    r"|Förhinder\s*:\s*(?P<listed>[A-ZÅÄÖÉ][^.!?]*)"
    r"|(?P<before>[A-ZÅÄÖÉ][^.!?:]*?)\s+(?:hade|har)\s+anmält\s+förhinder)")


def excused_in_items(items) -> list[Attendee]:
    """Excused members named by a sentence in the text of an opening item ("1. Förklarade ordföranden mötet
    öppnat ... Anmält förhinder hade Eva Ek och Per Berg."), where every name it lists is a person's."""
    out: list[Attendee] = []
    for item in items:
        title = (item.title or "").strip().rstrip(".:")
        h = heading_of(title) if item.summary and "örhinder" in title else None
        if h is not None and h.status == "excused" and not h.rest.strip():
            # "§4 Anmälda förhinder" over "Rolf Strand och Anita Berglöf.": the item is the list of those excused
            found = parse_attendance([Line(f"Förhinder: {' '.join(item.summary.split()).rstrip('.')}")])
            if found and all(is_name(a.name) and a.status == "excused" for a in found):
                for a in found:
                    a.source = item.source
                out.extend(found)
                continue
        for text in (item.title, item.summary):
            if not text or "örhinder" not in text:  # every reading of _EXCUSED_SENTENCE holds the word
                continue
            for m in _EXCUSED_SENTENCE.finditer(text):
                names = next(g for g in m.groups() if g is not None).strip()
                found = parse_attendance([Line(f"Förhinder: {names}")])
                if not found or not all(is_name(a.name) and a.status == "excused" for a in found):
                    continue
                for a in found:
                    a.source = item.source
                out.extend(found)
    return out
