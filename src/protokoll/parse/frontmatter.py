"""The front matter before the first item: attendance lists, who chairs, keeps and checks the minutes,
and the labels municipal minutes put there (justering, paragrafer, anslag); and the signature block
at the end ("Vid protokollet ... Justeras ...").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from protokoll import municipalities, regexes
from protokoll.clean.lines import Line
from protokoll.record import Attendee
from protokoll.vocab import conventions as cv
from protokoll.vocab import dates
from protokoll.vocab.labels import NUMBER_LABEL
from protokoll.vocab.labels import tolerant
from protokoll.vocab.names import cut_at_given_names, is_first_name, mask_nicknames, surname_first, unmask_nicknames
from protokoll.parse.blocks import heading_like_line, report_sentence
from protokoll.parse.attendance import (all_but, group_title_over_table, left_and_replaced, table_columns, heading_of, is_column_title, is_role_entry, looks_like_entries, marks_header, municipality_first, organisation_group, role_label, parse_attendance, role_column, sent_word_as_list)
from protokoll.vocab.lists import continues_list, is_name, role_lead
from protokoll.tableheads import NUMBER_TITLES  # an item table's "Punkt" ends a list of people

_AND_OR_GAP = regexes.compile(r"\s+(?:och|samt|&)\s+|\s{3,}")  # between the names of a list ("A och B", "A      B")
_NAME_COMMA = regexes.compile(r",(?![^()]*\))")  # a comma between names, not one inside "(S, ordförande)"
_PARTY_TAIL = regexes.compile(r"\s*\([^()]*\)\s*$")
_NAME_ROLE = regexes.compile(r"^(?P<name>[^,]+?)\s*,\s*(?P<role>[^,]+)$")
_SIGNATURES_LABEL = regexes.compile(tolerant(r"^underskrift(?:er)?\b"), re.IGNORECASE)  # the offices sign beside it
_NAME_PART = regexes.compile(r",|\(")  # what follows a name in an entry: ", E-11", " (S)"
_COLUMN_GAP = regexes.compile(r"\s{3,}")  # between the columns of a layout put side by side
# The dotted or ruled line a signature is written on; ellipses alone too, however few (a Word PDF's dotted cell
# wraps its last "………" or "…" onto a line of its own).
SIGNING_RULE = regexes.compile(r"[_.…\s-]{4,}|\s*…+\s*")
# "Justerare: ____________", "Ordförande ..........": a signing label and the line to sign on, no name (a page
# foot's space to initial, or a signature left to sign): a line of the signature block, naming no one.
LABELLED_RULE = regexes.compile(r"(?P<label>[^\W\d_][^\W\d_ .]*(?:\s+[^\W\d_]+)?\.?)\s*:?\s*(?:_{3,}|\.{4,}|…+)")


@dataclass
class FrontMatter:
    attendees: list[Attendee] = field(default_factory=list)
    offices: dict[str, list[str]] = field(default_factory=dict)  # chair/secretary/adjusters → names
    first_list: int | None = None  # index of the first attendance heading
    lists_end: int = 0  # index after the last line the lists and their labels use
    used: set[int] = field(default_factory=set)  # indices of lines read as lists or offices


def person(text: str) -> str | None:
    """The name in "Johan Ekström (M)", "Johan Ekström, justerare", "Ekström, Johan", or None."""
    masked = mask_nicknames(text)
    if masked != text:  # "Ulrika (Uffe) Berg": the nickname's parentheses are the name's
        found = person(masked)
        return unmask_nicknames(found) if found else None
    text = _PARTY_TAIL.sub("", text.strip().rstrip(".,"))
    turned = surname_first(text) if "," in text else None
    if turned and not turned[1].strip():
        return turned[0]  # "Ekström, Johan": signed surname first
    m = _NAME_ROLE.match(text)
    if m and cv.is_role(m.group("role")):
        text = m.group("name")
    lead = role_lead(text)  # "Landshövding Eva Marklund" under "Ordförande": the title before the name is no part of it
    text = lead[1] if lead else text
    return text if is_name(text) and len(text.split()) >= 2 else None


# "Tommy Rehn (M) och som ersättare Elin Grape (C)", "A (M) med B (C) som ersättare", "A med ersättare B": the
# stand-in named with the adjuster checks the minutes only if the adjuster cannot, so is none of the names.
_STAND_IN = regexes.compile(r"\s+(?:(?:och|samt)\s+(?:som\s+)?ersättare\s|med\s+(?:ersättare\s|[^,]+?\s+som\s+ersättare\b)).*$")


def names_in(text: str) -> list[str]:
    """ "Kalle Persson och Anneli Öberg", "A (S), B (M)", "A        B" (side by side in a layout) → the names."""
    if "ersättare" in text:
        text = _STAND_IN.sub("", text)
    if "," not in text:  # no name written surname first ("Berg, Anna") and no comma list
        return [n for n in map(person, _AND_OR_GAP.split(text.strip())) if n]
    parts = []
    for chunk in _AND_OR_GAP.split(text.strip()):
        # "Berg, Anna och Ek, Per": a name written surname first holds its own comma
        turned = surname_first(chunk) if "," in chunk else None
        parts.extend([turned[0]] if turned and not _PARTY_TAIL.sub("", turned[1]).strip(" .")
                     else _NAME_COMMA.split(chunk))
    found = [person(p) for p in parts if p.strip()]
    return [n for n in found if n]


def _add(offices: dict, office: str, names: list[str]) -> None:
    have = offices.setdefault(office, [])
    for n in names:
        if n not in have:
            have.append(n)


def read_front(lines: list[Line], stop_after_lists: bool) -> FrontMatter:
    """Read lists and offices from ``lines``; with ``stop_after_lists`` (minutes without item numbers)
    the front matter ends at the first line after the lists that is neither label nor entry."""
    fm = FrontMatter()
    sections: list[list[Line]] = []
    mode: str | None = None  # "list", "office:<office>", "label"
    under_status = False  # the open list has a bare status heading ("Förhindrade") over group headings
    grouped = False  # a group heading stood right under it: later group headings are groups of it too
    # Each rewrite of the lines says, for each line it gives, which of its input lines it came from: chained,
    # ``origin`` maps every rewritten line back to ``lines``.
    unfolded, origin = lines, list(range(len(lines)))
    for rewrite in (close_spaced_role_rows, split_sentence_lists, join_wrapped_labels, split_status_columns,
                    split_label_pairs, join_sentence_roll, unfold_label_column, split_right_heading_column, pair_role_column, party_code_first,
                    plain_roll_lines, municipality_groups):
        unfolded, came_from = rewrite(unfolded)
        origin = [origin[k] for k in came_from]
    short_labels = _short_label_rows(unfolded)
    roles_of: dict[int, tuple[str, str]] = {}  # section number → (status, role) of a role label's one person
    signed_to = -1  # the last row of a names-over-offices signature grid under "Underskrifter" (read at its label)
    for k, line in enumerate(unfolded):
        i = origin[k]
        text = line.text
        if k <= signed_to:
            fm.used.add(i)
            continue
        if k in short_labels:
            # "Ordf.   Anna Berg" / "Sekr.   Per Lund" / "Just." / "Eva Ek": a label column's short labels under the
            # roll (a ruled label table's cells in plain text), the adjuster's among them: offices, no entries
            kind, rest = short_labels[k]
            if rest:
                _add(fm.offices, kind, names_in(rest))
            mode = f"office:{kind}"
            fm.used.add(i)
            continue
        h = heading_of(text)
        if h and mode == "list" and is_role_entry(h):
            h = None
        if h and mode == "list" and role_column(text, h) and not _table_header(line):
            sections[-1].append(line)  # "Ledamöter     Siv Hammar (C)": a role column inside the list
            fm.used.add(i)
            fm.lists_end = i + 1
            continue
        office = cv.OFFICE.match(text)
        label_beside_table = mode == "list" and office is not None and \
            cv.office_of(office.group("word")) != cv.CHAIR and _office_beside_table(sections[-1], line)
        if mode == "list" and office and ":" not in office.group(0) and not label_beside_table and \
                cv.office_of(office.group("word")) != cv.ADJUSTER and (is_name(_NAME_PART.split(text[office.end():], maxsplit=1)[0].strip() or "x y")
                 or "   " in text[:office.end()]):
            # "Ordförande Anna Ek", "Ordförande Anna Ek, E-11" or "Ordförande    Anna Ek (S)" in a list: an entry with
            # its role ("Justerare Magnus Ek" after the lists is the label of who checks the minutes)
            office = None
        if office and mode == "list" and text[:1].islower() and continues_list(sections[-1][-1].text, text):
            # "..., Lena Lind," / "sekreterare", "..., Tuva –" / "sekreterare, Jimmy – ...": a role wrapped off its
            # entry in the list, no office label of its own (a label is written with a capital)
            office = None
        opened = heading_of(sections[-1][0].text) if mode == "list" else None  # (a table's header row is none)
        if opened and office and ":" in office.group(0) and not line.blank_before and \
                not opened.rest.strip() and role_label(text) and \
                office.group("word").lower() in cv.BOARD_OFFICES and opened.status == "present":
            # "Närvarande:" / "Ordförande: Anna Ek" / "Kassör: Per Berg": a list written "Role: Name" holds the
            # officers too
            _add(fm.offices, cv.office_of(office.group("word")), names_in(text[office.end():]))
            office = None
        in_table = mode == "list" and ("   " in text or _inside_table(text)) and not _ends_table(text, h, office) \
            and not label_beside_table and _is_table(sections[-1]) and not _header_of_its_own(sections[-1], line) \
            or mode == "list" and h is not None and not h.rest.strip() and _marks_table(sections[-1])
        if in_table:
            sections[-1].append(line)
        elif not h and not (mode == "label" and unfolded[k - 1].text.rstrip().endswith(":")) and \
                _titled_group(unfolded, k):  # (a bare label's value is no group: "Plats:" / "Styrelserummet")
            # "Övriga medlemmar" / "Namn   Närvarande": a group of the roll over its own table, the list going on
            # (or, with no heading over it, starting)
            if mode != "list":
                sections.append([line])
                under_status = grouped = False
                fm.first_list = i if fm.first_list is None else fm.first_list
                mode = "list"
            else:
                sections[-1].append(line)
        elif not h and mode != "list" and _headless_group_roll(unfolded, k):
            sections.append([line])  # "Åk 1: Ciro, Elvin & Tilde" / "Åk 2: Fia": a roll by class with no heading over it
            under_status = grouped = False
            fm.first_list = i if fm.first_list is None else fm.first_list
            mode = "list"
        elif not h and mode != "list" and _headless_table(line):
            sections.append([line])  # "Funktion   Namn   Närvaro" with no "Närvarande" over it: the table is the list
            under_status = grouped = False
            fm.first_list = i if fm.first_list is None else fm.first_list
            mode = "list"
        elif h:
            word = " ".join(text.strip().rstrip(":;").lower().split()) if not h.rest.strip() else ""
            if cv.is_group_heading(word) and under_status and mode == "list" and (grouped or len(sections[-1]) == 1):
                # "Förhindrade" / "Ledamöter" / ... / "Ersättare": groups right under a status heading keep its status
                sections[-1].append(line)
                grouped = True
            else:
                grouped = False
                sections.append([line])
                under_status = word in cv.STATUS_HEADINGS
            fm.first_list = i if fm.first_list is None else fm.first_list
            mode = "list"
        elif office:
            kind = cv.office_of(office.group("word")) or ""
            rest = text[office.end():].strip()
            for kind, rest in _offices_on_line(kind, rest):  # "Ordförande: A Sekreterare: B"
                if rest:
                    _add(fm.offices, kind, names_in(rest))
            mode = f"office:{kind}"
        elif mode == "list" and municipality_first(text):
            sections[-1].append(line)  # "Karlsborgs kommun Ingela Fahl": a row of the roll by municipality
        elif mode == "list" and _group_over_rows(unfolded, k):
            pass  # "Kommunrepresentanter" / "Areella näringar/markägare" over "Name    Organisation" rows: a group
        elif mode == "list" and text.strip().lower() not in NUMBER_TITLES \
                and text.strip().rstrip(":").lower() not in cv.AGENDA_HEADINGS \
                and not cv.OFFICERS_HEADING.match(text.strip()) \
                and (looks_like_entries(text) or continues_list(sections[-1][-1].text, text) or all_but(text)
                                 or left_and_replaced(text)
                                 or cv.GROUP_LINE.match(text)
                                 or ("–" in text or "—" in text or ":" in text) and organisation_group(text)
                                 or len(sections[-1]) == 1 and _header_row(text, line.indent)) \
                and (not _after_inline_list(sections[-1], line) or left_and_replaced(text)) \
                and not _topic_after_full_names(sections[-1], line) and not _topic_over_paragraph(unfolded, k):
            sections[-1].append(line)
        elif mode == "list" and _group_label(text):
            pass  # "Kyrkvärdar:" from a label column inside a list: the rows under it are its people
        elif mode == "list" and _label_over_person(unfolded, k) and not _role_row_label(unfolded, k):
            pass  # "Styrelsen   Anna Ek   ordförande" in a label column under "Närvarande": a group of the roll
        elif mode == "list" and _role_row_label(unfolded, k):
            # "Vattensamordnare        Anders Dahlgren" in a label column under "Närvarande": the label is the
            # role of the one person beside it, who is present as the list is
            head = heading_of(sections[-1][0].text)
            role = text.strip().rstrip(":")
            roles_of[len(sections)] = (head.status if head and head.status else "present", role[:1].lower() + role[1:])
            sections.append([line])  # (the label stays the section's first line, as a heading does)
        elif cv.FRONT_LABEL.match(text):
            mode = "label"
            beside = _COLUMN_GAP.split(text.strip(), maxsplit=1)[1:]
            signed = _SIGNATURES_LABEL.match(text.strip())
            if not beside and signed and text.strip()[signed.end():].strip():
                beside = [text.strip()[signed.end():].strip()]  # "Underskrifter Sekreterare Paragrafer §§ 30–37"
            office_beside = cv.OFFICE.match(beside[0]) if beside else None
            grid = _names_over_offices(unfolded, k) if signed and not beside else None
            if grid is not None:  # "Underskrifter" / "Rune Sand     Mats Kron" / "Ordförande     Sekreterare"
                signed_to = grid
                for kind, names in read_signatures(unfolded[k + 1:grid + 1]).items():
                    _add(fm.offices, kind, names)
                mode = None
            if beside and not office_beside:
                mode = None  # "Paragrafer     17–22": the value beside its label; the next line is no value of it
            if office_beside:  # "Underskrifter     Sekreterare    ........" / "Sara Ek": the office in the next column
                kind = cv.office_of(office_beside.group("word")) or ""
                _add(fm.offices, kind, names_in(beside[0][office_beside.end():]))
                mode = f"office:{kind}"
        elif mode and mode.startswith("office:") and names_in(text):
            _add(fm.offices, mode.split(":", 1)[1], names_in(text))
        elif mode and mode.startswith("office:") and _signing_line(text):
            pass  # "Sekreterare" / "........" / "Anna Berg": the line to sign on, the name under it
        elif mode == "label":
            mode = None  # the label's value
        else:
            if stop_after_lists and fm.first_list is not None:
                break
            mode = None
            continue
        fm.used.add(i)
        if fm.first_list is not None:
            fm.lists_end = i + 1
    for n, section in enumerate(sections):
        fm.attendees.extend(parse_attendance(section[1:], *roles_of[n]) if n in roles_of else parse_attendance(section))
    return fm


def _short_label_rows(lines: list[Line]) -> dict[int, tuple[str, str]]:
    """Line index → (office, the name beside it) of each row of a run of signing labels written short with their
    stop ("Ordf.   Anna Berg", or "Just." alone over its name's line), where the run holds the adjuster's label
    and another: a label table's rows, not a roll's role entries ("Ordf. Erik Lundmark" / "Sekr. Helena Ek" in a
    board's roll name no adjuster)."""
    out: dict[int, tuple[str, str]] = {}
    k = 0
    while k < len(lines):
        run: dict[int, tuple[str, str]] = {}
        j = k
        while j < len(lines):
            label, _, rest = lines[j].text.strip().partition(" ")
            if label not in _SHORT_LABEL_CELLS:
                break
            run[j] = (cv.office_of(label.lower()), rest.strip())
            j += 2 if not rest.strip() and j + 1 < len(lines) and names_in(lines[j + 1].text) else 1
        written = {lines[n].text.split()[0] for n in run}
        if "Just." in written and len(written) >= 2:
            out.update(run)
        k = max(j, k + 1)
    return out


_SHORT_LABEL_CELLS = frozenset({"Ordf.", "Sekr.", "Just."})
ROLE_ROW_LABEL_WORDS = 2  # "Vattensamordnare:", "Biträdande rektor:": a job title as a label is a word or two


def _label_over_person(lines: list[Line], k: int) -> bool:
    """A label of the label column ("Styrelsen:", "Vattensamordnare:") that is no heading, front-matter label or
    office, with a person's full name as its value on the next line."""
    text = lines[k].text.strip()
    if not text.endswith(":") or len(text.split()) > ROLE_ROW_LABEL_WORDS or k + 1 >= len(lines) \
            or lines[k + 1].blank_before or not text[:1].isupper() or any(c.isdigit() for c in text) \
            or heading_of(text) or cv.OFFICE.match(text) or cv.FRONT_LABEL.match(text):
        return False
    nxt = _GAP.split(lines[k + 1].text.strip(), maxsplit=1)[0]
    return len(nxt.split()) >= 2 and is_name(nxt)


def _role_row_label(lines: list[Line], k: int) -> bool:
    """A job title alone as a label of the label column ("Vattensamordnare:", "Handläggare:") over one person."""
    role = lines[k].text.strip().rstrip(":")
    # (a plural, "Kyrkvärdar:", names a group: _group_label)
    return _label_over_person(lines, k) and cv.role_base(role) == role


# A second labelled office on the same line: "Ordförande: Anna Ek Sekreterare: Per Berg".
@functools.cache  # compiled on first use: only a line holding an office and a second colon asks for it
def _next_office() -> re.Pattern:
    return regexes.compile(r"\s+(?=(?:" + "|".join(
        tolerant(w[:1].upper() + w[1:]) for w, _ in sorted(cv.OFFICE_WORDS, key=lambda o: -len(o[0]))) + r")\s*:)")


def _offices_on_line(kind: str, rest: str) -> list[tuple[str, str]]:
    """(office, names) of each office written with its colon on one line, the first ``kind`` with ``rest``."""
    if ":" not in rest:
        return [(kind, rest)]
    out = []
    for k, piece in enumerate(_next_office().split(rest)):
        office = cv.OFFICE.match(piece) if k else None
        if k and not office:
            return [(kind, rest)]
        out.append((cv.office_of(office.group("word")) or "", piece[office.end():].strip()) if k else (kind, piece))
    return out


def _names_over_offices(lines: list[Line], k: int) -> int | None:
    """The index of the offices row of a signature grid right under the label ``lines[k]`` ("Underskrifter"): a row
    of names side by side, then the row of their offices under them ("Ordförande     Sekreterare     Justerare"),
    each cell an office word. None where the lines under the label are no such grid."""
    if k + 2 >= len(lines) or lines[k + 2].blank_before:
        return None
    names, offices = (_COLUMN_GAP.split(lines[j].text.strip()) for j in (k + 1, k + 2))
    if len(names) < 2 or len(names) != len(offices) or not all(is_name(n) for n in names):
        return None
    return k + 2 if all(cv.office_of(o.rstrip(":")) for o in offices) else None


def _signing_line(text: str) -> bool:
    """The dotted line a signature is written on, alone or with a label beside it ("........ Paragrafer 30–38")."""
    rule = SIGNING_RULE.match(text.strip())
    return bool(rule) and (rule.end() == len(text.strip()) or bool(cv.FRONT_LABEL.match(text.strip()[rule.end():])))


_CELL_END_WORD = regexes.compile(r"[\w-]+(?=\s{2,}|\s*$)")  # the last word of a line or of a cell of it
_WRAPS_BEFORE = ("för", "och", "av")  # "tjänstgör för" / "Ingrid": a line cut before the name that follows


def _name_cut_above(text: str) -> bool:
    """Whether the line ``text`` is cut short of a name the next line finishes: a cell of it ends in a given name
    or its first cell in a word that leads on to one (" Rolf Ahl, tjänstgör för Ingrid   Västmo kommun" / " Bergsten")."""
    first = _COLUMN_GAP.split(text.strip(), maxsplit=1)[0].split()
    return bool(first) and first[-1].lower() in _WRAPS_BEFORE \
        or any(is_first_name(m.group(0)) for m in _CELL_END_WORD.finditer(text))


def _topic_after_full_names(section: list[Line], line: Line) -> bool:
    """Whether ``line`` is a single word that is no given name, under a list whose people have full names: the
    first topic of minutes without item numbers ("Frånvarande: Greta Lund" / "Skolgårdsdagen"), standing right
    under the list where no blank line parts them (a PDF's text without its paragraph spacing)."""
    word = line.text.strip()
    if line.blank_before or not word.isalpha() or not word[:1].isupper() or is_first_name(word) \
            or cv.role_base(word.lower()) or cv.is_group_heading(word.lower()):
        return False  # ("Rektor" / "Karin Wallén": a role's group over its people)
    if continues_list(section[-1].text, word) or _name_cut_above(section[-1].text):
        return False  # "... och Anna af" / "Klinteberg": the list's last name wrapped
    head = heading_of(section[0].text)
    entries = [head.rest if head else section[0].text] + [entry.text for entry in section[1:]]
    return any(len(_NAME_PART.split(entry, maxsplit=1)[0].split()) >= 2 for entry in entries if entry.strip())


def _topic_over_paragraph(lines: list[Line], k: int) -> bool:
    """Whether ``lines[k]``, under a list, is the first topic of minutes without item numbers: a heading line with
    running text right under it ("Närvarande:" / "Sanna Berg" / "" / "Budget" / "Kassören gick igenom förslaget.").
    A given name stays an entry ("Karin" / "Olle" / "Maja"), alone or leading a name ("Maja Ek"), and so does an
    entry with its party or role, before the name too ("Ordförande Åsa Åkesson" / "Anmält förhinder hade …")."""
    text = lines[k].text.strip()
    below = lines[k + 1] if k + 1 < len(lines) else None
    if below is None or below.blank_before or not report_sentence(below.text.strip()) \
            or not heading_like_line(text) or "," in text or "(" in text or "   " in text:
        return False  # (a row of cells, "Camilla Vinter      nämndsekreterare", is an entry: no heading has a gap)
    words = text.split()
    if len(words) > 2 and cv.role_base(words[0]) and is_first_name(words[1]):
        return False
    return not is_first_name(words[0])


GROUP_OVER_ROWS_WORDS = 4  # "Areella näringar/markägare", "Ideella naturvården": a group's name is short


def _group_over_rows(lines: list[Line], k: int) -> bool:
    """A group of a roll named on a line of its own, over rows laid out "Name      Organisation" (a water council's
    board by whom it represents: "Kommunrepresentanter", "Företag/industrier"): no one's name, no gap, no colon."""
    text = lines[k].text.strip()
    if k + 1 >= len(lines) or "   " in text or ":" in text or not text[:1].isupper() \
            or not 1 <= len(text.split()) <= GROUP_OVER_ROWS_WORDS or any(c.isdigit() for c in text) \
            or cv.FRONT_LABEL.match(text):
        return False  # ("Underskrifter" / "Tove Ring     Stina Lax": the signatures' label over the names signing)
    nxt = lines[k + 1].text.strip()
    if "   " not in nxt or lines[k + 1].blank_before or not looks_like_entries(nxt):
        return False
    if k and _name_cut_above(lines[k - 1].text):
        return False  # " Rolf Ahl, tjänstgör för Ingrid      Västmo kommun" / " Bergsten": a name wrapped, no group
    return not is_first_name(text.split()[0].split("/")[0].split("-")[0])


def _group_label(text: str) -> bool:
    """A plural role as a label ("Kyrkvärdar:", "Revisorer:") inside a list: it names a group, not a person."""
    word = text.strip()
    return word.endswith(":") and len(word.split()) <= 2 and cv.role_base(word) is not None \
        and cv.role_base(word).lower() != word.rstrip(":").lower()


_PARTY_ENTRY = regexes.compile(r"^(?P<name>[^()]+?)\s*\((?P<party>[^()]{1,6})\)$")


def _after_inline_list(section: list[Line], line: Line) -> bool:
    """ "Närvarande: Anna Berg, Per Ek, Lisa Holm" / (blank) / "Skolgården": a list written out on its
    heading's line ends there; a lone line after a blank line is what comes next, not one more name. So too
    after one name ("Frånvarande: Per Ek" / (blank) / "Luciafirandet"), where the lone line is one word and no
    given name: a heading, not a person."""
    if not (line.blank_before and len(section) == 1 and "," not in line.text):
        return False
    word = line.text.strip()
    if ":" in word and cv.GROUP_LINE.match(word):
        return False  # "Åk 1: Ciro, Elvin & Tilde" / (blank) / "Åk 2: Fia": the roll's next group
    first = heading_of(section[0].text)
    party = _PARTY_ENTRY.match(word)
    if party and is_name(party.group("name")) and cv.is_party(party.group("party")):
        return False  # "Beslutande: Anna Ek (S), ordförande" / (blank) / "Per Berg (M)": a list spaced as every paragraph
    words = word.split()
    if len(words) >= 2 and is_first_name(words[0]) and is_name(word):
        return False  # "Ledamöter: Anna Ek, Per Berg" / (blank) / "Lisa Holm": a full name goes on with the roll
    return "," in section[0].text or bool(first and first.rest.strip()) and " " not in word \
        and not is_first_name(word)


# --- header paragraphs ----------------------------------------------------------------------------

# "... Ekbacka. Tid: 2024-11-19 10.00. Plats: Träffpunkten. Deltagande: Rune Ahlqvist (ordf.), ...":
# labels that start a new field inside a running header paragraph, after a full stop (or after a party's closing
# parenthesis: "... Nils Ekman (SD) Tjänstgörande ersättare: Göran Tell (C), ...", a roll run onto one line).
_INLINE_LABELS = sorted({h for h, _, _ in cv.ATTENDANCE_HEADINGS} | {w for w, _ in cv.OFFICE_WORDS} |
                        {"tid", "plats", "datum", "lokal", "plats och tid", "tid och plats", "mötesplats"},
                        key=lambda w: (-len(w), w))  # longest first; ties in a fixed order, the same pattern every run
INLINE_LABEL = regexes.compile(r"(?<=[.!?)])\s+(?=(?:" + "|".join(
    tolerant(w[:1].upper() + w[1:]) for w in _INLINE_LABELS) + r")\s*:|Från\s+(?:[\wåäöÅÄÖ-]+\s+){0,3}[\wåäöÅÄÖ-]+\s*:)")


def split_inline_labels(lines: list[Line]) -> list[Line]:
    """Lines that hold several labelled fields of a header paragraph, split into one line a field."""
    out: list[Line] = []
    for line in lines:
        cuts = [m.end() for m in INLINE_LABEL.finditer(line.text)] if ":" in line.text else []
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            piece = line.text[a:b].rstrip()
            out.append(replace(line, text=piece, start=line.start + a, end=line.start + a + len(piece),
                               blank_before=line.blank_before if k == 0 else False))
    return out


# --- layouts with a label column ---------------------------------------------------------------

MIN_LABEL_ROWS = 3  # rows of "Label   value" at the same two columns that make a label column
COLUMN_SLACK = 2  # characters a column's start may wander between rows
_GAP = regexes.compile(r"\s{3,}")
_GAP_SPLIT = regexes.compile(r"(\s{3,})")  # _GAP kept in what it splits: the cells' columns are counted from it


def _cells(line: Line) -> list[tuple[int, str]]:
    """(column, text) of each cell of a layout line."""
    out, pos = [], 0
    for part in _GAP_SPLIT.split(line.text):
        if part.strip():
            out.append((line.indent + pos, part))
        pos += len(part)
    return out


def _status_pair(line: Line) -> int | None:
    """The column of the second heading where a line holds two attendance headings of different status side
    by side ("Närvarande        Förhindrade"), else None."""
    cells = _cells(line) if "   " in line.text else []
    if len(cells) != 2:
        return None
    heads = [heading_of(text.strip()) for _, text in cells]
    if not all(h and not h.rest.strip() for h in heads) or heads[0].status == heads[1].status:
        return None
    return cells[1][0]


WRAPPED_LABEL_WORDS = 3  # "tjänstgörande ersättare:" under "Närvarande ej": the end of a label is short


def _join_next(lines: list[Line], joined_of) -> tuple[list[Line], list[int]]:
    """``lines`` with each line for which ``joined_of(line, next line)`` gives a text replaced by that text and
    the next line dropped. Returns the lines and, for each, the index of the line it came from."""
    out: list[Line] = []
    origin: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        joined = joined_of(line, lines[i + 1]) if i + 1 < len(lines) else None
        out.append(replace(line, text=joined) if joined else line)
        origin.append(i)
        i += 2 if joined else 1
    return out, origin


def join_wrapped_labels(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A label that a narrow table cell wrapped ("Närvarande ej" / "tjänstgörande ersättare:") joined into one
    line, where only the joined text is a list heading with its colon. Returns the lines and, for each, the
    index of the line it came from."""
    return _join_next(lines, _joined_label)


def _joined_label(line: Line, nxt: Line) -> str | None:
    if not nxt.text[:1].islower() or line.text.rstrip().endswith(":"):
        return None
    if nxt.blank_before and ("   " in line.text or nxt.text.rstrip().endswith(":")):
        return None
    if "   " in line.text:
        return _label_wrapped_beside_prose(line, nxt)
    if not nxt.text.rstrip().endswith(":"):
        # "Tjänstgörande" / "ersättare          Bo Kvarn (S)": the label cell wrapped, the value beside its second half
        # (a blank line between them too, as OCR spaces a table's cell of two lines: "Tjänstgörande" / "" / "ersättare
        # Bo Kvarn (s)")
        tail = nxt.text.strip()
        gap = tail.find("   ")
        if gap < 0 or len(tail[:gap].split()) > WRAPPED_LABEL_WORDS or not _open_label(line.text) \
                or "   " in tail[gap:].strip():
            return None  # (a value in cells of its own, "ersättare   Kurt Ahl   S", is read as the roll's row)
        label = f"{line.text.strip()} {tail[:gap]}"
        h = heading_of(label + ":")
        return label + tail[gap:] if h and h.colon and not h.rest.strip() else None
    if len(nxt.text.split()) > WRAPPED_LABEL_WORDS or not _open_label(line.text):
        return None
    both = f"{line.text.rstrip()} {nxt.text.strip()}"
    h = heading_of(both)
    return both if h and h.colon and not h.rest.strip() else None


_VALUE_BESIDE = regexes.compile(r"^(?P<label>\S.*?)\s{3,}(?P<value>\S.*)$")


def _label_wrapped_beside_prose(line: Line, nxt: Line) -> str | None:
    """ "Närvarande vid      ordföranden, förste ... samt övriga" / "uppropet:     ledamöter utom A (S) och B (M).": a
    label cell wrapped beside its value, a sentence that wrapped on as well (its second line goes on in lower case):
    one line, the label whole with its colon, then the sentence. A list under a wrapped label ("Tjänstgörande   Anna
    Ek (S)" / "ersättare:   Bo Lind (M)", each line a person) is left as it is."""
    first, second = _VALUE_BESIDE.match(line.text.strip()), _VALUE_BESIDE.match(nxt.text.strip())
    if not first or not second or not second.group("label").endswith(":") \
            or len(second.group("label").split()) > WRAPPED_LABEL_WORDS or not second.group("value")[:1].islower() \
            or "   " in first.group("value") or "   " in second.group("value") or not _open_label(first.group("label")):
        return None
    label = f"{first.group('label')} {second.group('label')}"
    h = heading_of(label)
    return f"{label} {first.group('value')} {second.group('value')}" if h and h.colon and not h.rest.strip() else None


STACKED_LABELS_MIN = 2  # labels written one under the other, their values after them all


def _bare_label(text: str) -> bool:
    """ "Organ:", "Plats och tid:", "Beslutande:": a header label with its colon and nothing after it."""
    text = text.strip()
    if not text.endswith(":") or len(text.split()) > WRAPPED_LABEL_WORDS + 2:
        return False
    h = heading_of(text)
    return bool(h and h.colon and not h.rest.strip()) or bool(cv.FRONT_LABEL.fullmatch(text.rstrip(":").rstrip())) \
        or bool(_ORGAN_LABEL.match(text)) or bool(NUMBER_LABEL.match(text))  # "Löpnummer:" too


_ORGAN_LABEL = regexes.compile(r"^(?:organ|forum|instans)\s*:$", re.IGNORECASE)


def unstack_labels(lines: list[Line]) -> list[Line]:
    """A header table given column by column ("Organ:" / "Plats och tid:" / "Beslutande:", then "Primärkommunala
    nämnden" / "Regionförbundet, Storgatan 34" / "Rolf Åkerlund, ordf" / ...): each label before its value, one
    line a label, the last label (a list's heading) with the lines after it up to a blank line or the next label."""
    if not any(line.text.rstrip().endswith(":") for line in lines):
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and _bare_label(lines[k].text) and (k == i or not lines[k].blank_before):
            k += 1
        labels_ = lines[i:k]
        values = _stacked_values(labels_, lines, k) if len(labels_) >= STACKED_LABELS_MIN else None
        if values is None:
            out.append(lines[i])
            i += 1
            continue
        for label, (value, end) in zip(labels_, values):
            text = " ".join([label.text.strip()] + [line.text.strip() for line in lines[value:end]])
            out.append(replace(lines[value], text=text, blank_before=label.blank_before or label is not labels_[0]))
        i = values[-1][1]
    return out


# Labels whose value tells both where and when, which a narrow cell may give on two lines ("Regionförbundet,
# Storgatan 34" / "Torsdagen den 11 september 2025 kl 13.00").
PLACE_AND_TIME_LABELS = frozenset({"plats och tid", "tid och plats"})


def _when(text: str) -> bool:
    """Whether a line tells a date or a time of day."""
    return bool(dates.DIGIT.search(text)) and bool(dates.first_date(text, 2000) or dates.CLOCK.search(text)
                                                   or dates.time_span(text))


def _stacked_values(labels_: list[Line], lines: list[Line], k: int) -> list[tuple[int, int]] | None:
    """(first, end) line indices of each stacked label's value from line ``k`` on: one line a label, a
    place-and-time label's place and then its date on the next; None where the lines after the labels are not
    their values (too few, a label among them, a blank line inside)."""
    out: list[tuple[int, int]] = []
    at = k
    for n, label in enumerate(labels_):
        if at >= len(lines) or _bare_label(lines[at].text) or (n and lines[at].blank_before):
            return None
        end = at + 1
        word = " ".join(label.text.strip().rstrip(":").lower().split())
        if word in PLACE_AND_TIME_LABELS and end < len(lines) and not _when(lines[at].text) and \
                not lines[end].blank_before and _when(lines[end].text):
            end += 1
        out.append((at, end))
        at = end
    return out


BROKEN_TITLE_LETTERS = 4  # "Närvarand" / "e": the end of a header word a narrow cell broke off is a few letters


def join_broken_titles(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A table's header row whose narrow cell broke a title ("Ledamöter   Närvarand   Ersättare" over a line
    "e" under that cell) joined into one row, where only the joined word titles a column. Returns the lines and,
    for each, the index of the line it came from."""
    if not any("   " in line.text for line in lines[:-1]):
        return list(lines), list(range(len(lines)))  # no header row (cells three spaces apart) with a line after it
    return _join_next(lines, lambda line, nxt: _joined_title(line, nxt) if "   " in line.text
                      and not nxt.blank_before and nxt.text[:1].islower()
                      and len(nxt.text.split(None, 1)[0]) <= BROKEN_TITLE_LETTERS else None)


def _joined_title(line: Line, nxt: Line) -> str | None:
    """The text of ``line`` with each fragment of ``nxt`` put back on the end of the header cell above it; None
    unless every fragment stands under a cell that is no title alone and is one with it."""
    cells = _cells(line)
    text = line.text
    for at, frag in reversed(_cells(nxt)):
        if len(frag) > BROKEN_TITLE_LETTERS or not frag.isalpha() or not frag.islower():
            return None
        above = [(start, cell) for start, cell in cells if start <= at <= start + len(cell)]
        if not above or is_column_title(above[0][1]):
            return None
        start, cell = above[0]
        word = next((w for w in (cell + frag, f"{cell} {frag}") if is_column_title(w)), None)
        if word is None:
            return None
        cut = start - line.indent + len(cell)
        spaces = len(text[cut:]) - len(text[cut:].lstrip(" "))
        eaten = min(len(word) - len(cell), max(spaces - 3, 0))  # the row keeps its columns where the gap allows
        text = text[:cut - len(cell)] + word + text[cut + eaten:]
    return text


_SENTENCE_START = regexes.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def split_sentence_lists(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A list's line that goes on with a second list as a sentence ("Närvarande: 27 medlemmar enligt röstlängd.
    Dessutom" / "närvarade Hans Ljung från Länsstyrelsen."): the second list cut off onto a line of its own, joined
    with the rest of its sentence where the line wrapped inside its heading. Returns the lines and, for each, the
    index of the line it came from."""
    out: list[Line] = []
    origin: list[int] = []
    i = 0
    in_list = False  # the line goes on a list's paragraph (its heading's line above, no blank line between)
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) and not lines[i + 1].blank_before else None
        cut = None
        in_list = bool(heading_of(line.text)) or (in_list and not line.blank_before)
        # (cheap test first: only a list's own lines, "Närvarande: A, B och" / "C. Frånvarande D" its wrapped one too)
        if ". " in line.text and in_list:
            for m in _SENTENCE_START.finditer(line.text):
                tail = line.text[m.end():]
                if heading_of(tail):
                    cut = (m.end(), replace(line, text=tail, start=line.start + m.end(), blank_before=False), False)
                    break
                if nxt is not None and len(tail.split()) <= WRAPPED_LABEL_WORDS and not heading_of(nxt.text) and \
                        heading_of(f"{tail.rstrip()} {nxt.text.strip()}"):
                    cut = (m.end(), replace(line, text=f"{tail.rstrip()} {nxt.text.strip()}", start=line.start + m.end(),
                                            end=nxt.end, blank_before=False), True)
                    break
        if cut is None:
            out.append(line)
            origin.append(i)
            i += 1
            continue
        at, second, wrapped = cut
        out += [replace(line, text=line.text[:at].rstrip(), end=line.start + at), second]
        origin += [i, i + 1 if wrapped else i]
        i += 2 if wrapped else 1
    return out, origin


def _open_label(text: str) -> bool:
    """A line that may be the first half of a wrapped label: no heading, or a bare one without its colon."""
    h = heading_of(text)
    return h is None or not h.colon and not h.rest.strip()


def split_status_columns(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """Two lists side by side in a layout ("Närvarande" over one column, "Förhindrade" over the next) → the
    left column's lines, then the right column's, each list on its own. The columns run to the next blank
    line. Returns the lines and, for each, the index of the line it came from."""
    def rows_end(i: int) -> int:
        j = i + 1
        while j < len(lines) and (not lines[j].blank_before or _status_row_goes_on(lines[j], lines[i])):
            j += 1
        return j

    return _split_columns(lines, _status_pair, rows_end)


def _split_columns(lines: list[Line], column_at, rows_end) -> tuple[list[Line], list[int]]:
    """``lines`` with each run of two columns given one column after the other: ``column_at(line)`` gives the
    right column's start where a run begins at ``line`` (else None), ``rows_end(i)`` the index after the run
    that begins at ``i``. Returns the lines and, for each, the index of the line it came from."""
    out: list[Line] = []
    origin: list[int] = []
    i = 0
    while i < len(lines):
        at = column_at(lines[i])
        if at is None:
            out.append(lines[i])
            origin.append(i)
            i += 1
            continue
        j = rows_end(i)
        _columns_apart(lines, i, j, at, out, origin)
        i = j
    return out, origin


def _columns_apart(lines: list[Line], i: int, j: int, at: int, out: list[Line], origin: list[int]) -> None:
    """``lines[i:j]`` cut at column ``at``: the left column's lines, then the right column's, added to ``out`` (and
    the index each came from to ``origin``)."""
    left: list[tuple[Line, int]] = []
    right: list[tuple[Line, int]] = []
    for k in range(i, j):
        line = lines[k]
        cut = next((c - line.indent for c, _ in _cells(line) if c >= at - COLUMN_SLACK), None)
        if cut is None:
            left.append((line, k))
        else:
            if cut > 0:
                left.append((replace(line, text=line.text[:cut].rstrip(), end=line.start + cut), k))
            right.append((replace(line, text=line.text[cut:], start=line.start + cut, indent=line.indent + cut,
                                  blank_before=False), k))
    for line, k in left + right:
        out.append(line)
        origin.append(k)


def _right_heading(line: Line) -> int | None:
    """The column of a list's heading standing right of its first entry, where a roll's right column is headed
    in its first row ("Karin Ek (C), ordförande      Ej tjänstgörande ersättare" under "Ledamöter"), else None."""
    cells = _cells(line) if "   " in line.text else []
    if len(cells) != 2 or heading_of(cells[0][1].strip()) is not None:
        return None
    head = heading_of(cells[1][1].strip())
    first = cells[0][1].strip()
    person = first.split(",")[0].split("(")[0].strip()
    if head is None or head.rest.strip() or not looks_like_entries(first) or len(person.split()) < 2 \
            or not is_name(person) or is_column_title(first):
        return None  # (a table's head "Namn      Närvarande" is no entry beside a heading)
    return cells[1][0]


def split_right_heading_column(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A roll whose right column is headed in its first row beside the left column's first entry (see
    _right_heading) → the left column's lines, then the right column's under its heading. The columns run to
    the next blank line or the next label to the left of them. Returns the lines and, for each, the index of
    the line it came from."""
    def rows_end(i: int) -> int:
        j = i + 1
        while j < len(lines) and not lines[j].blank_before and lines[j].indent >= lines[i].indent - COLUMN_SLACK:
            j += 1
        return j

    at = {id(line): k for k, line in enumerate(lines)}

    def first_row_heading(line: Line) -> int | None:
        # only the roll's first row, right under its own heading alone on its line ("Ledamöter"): a later row's
        # "Vera Lind      anmält förhinder" is a presence table's cell, not a column's heading
        k = at[id(line)]
        above = lines[k - 1].text.strip() if k else ""
        if "   " in above or heading_of(above) is None:
            return None
        return _right_heading(line)

    return _split_columns(lines, first_row_heading, rows_end)


def _status_row_goes_on(line: Line, head: Line) -> bool:
    """Whether ``line``, after a blank line, is a row of the two lists under ``head`` all the same: it starts in
    the left list's column and its cells are people ("Name" or "Name, role"). A table's cell padding reads as a
    blank line between its rows in pdftotext -layout."""
    cells = _cells(line)
    return abs(line.indent - head.indent) <= COLUMN_SLACK and len(cells) <= 2 and \
        all(looks_like_entries(text.strip()) and is_name(text.split(",")[0].strip()) for _, text in cells)


def split_label_pairs(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A row of two label–value pairs ("Adjungerade:   Jimmy Ek      Förhinder:   Karl Sjödin": a landscape page's
    details, two pairs a row) as two rows, the second pair under the first in the label column. Returns the
    lines and, for each, the index of the line it came from."""
    out: list[Line] = []
    origin: list[int] = []
    for i, line in enumerate(lines):
        cells = _cells(line) if "   " in line.text and ":" in line.text else []
        at = next((k for k in range(2, len(cells)) if _label_cell(cells[k][1])), None) \
            if len(cells) >= 3 and _label_cell(cells[0][1]) else None
        if at is None:
            out.append(line)
            origin.append(i)
            continue
        cut = cells[at][0] - line.indent
        head = line.text[:cut].rstrip()
        out += [replace(line, text=head, end=line.start + len(head)),
                replace(line, text=line.text[cut:], start=line.start + cut, blank_before=False)]
        origin += [i, i]
    return out, origin


def join_sentence_roll(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """An attendance heading alone on its line over a roll written as a sentence led by a lower-case word ("Närvarande:"
    / "revisorerna Maj Lindholm (C), ordförande, …": plain pdftotext gives a label table's two cells a paragraph
    each) as one line, as a text source writes it. Returns the lines and, for each, the index of the line it came
    from."""
    out: list[Line] = []
    origin: list[int] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        h = heading_of(line.text) if nxt is not None and line.text.rstrip().endswith(":") else None
        if h is not None and not h.rest.strip() and _SENTENCE_ROLL.match(nxt.text.strip()) is not None:
            out.append(replace(line, text=f"{line.text.rstrip()} {nxt.text.strip()}"))
            origin.append(i)
            skip = True
            continue
        out.append(line)
        origin.append(i)
    return out, origin


def _label_cell(text: str) -> bool:
    """A cell that is a whole label with its colon ("Förhinder:", "Plats:")."""
    text = text.strip()
    return text.endswith(":") and _is_label(text[:-1])


def unfold_label_column(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """Municipal front matter typeset as a two-column table ("Närvarande     Ordförande    Anna Ek (S)",
    values continuing under the value column, labels wrapped onto a second line: "Justeringens" /
    "plats och tid") → a line "Label:" and the value lines after it. Returns the lines and, for each,
    the index of the line it came from."""
    rows = []
    for i, line in enumerate(lines):
        gap = _GAP.search(line.text)
        # (a bullet set off by a word processor's tab, "–   Ebba Strand – ordförande", is no label: plain_roll_lines)
        if gap and not line.text[:1].isdigit() and not (gap.start() == 1 and _ROLL_BULLET.match(line.text)):
            rows.append((i, line.indent, line.indent + gap.end()))
    if rows:
        # Rows that start in the value column are values (a roll typed as a table inside the value cell:
        # "Karin Lövgren    S    ordförande"); the value column is where the label column's rows go on.
        left = min(at for _, at, _ in rows)
        rows = [row for row in rows if row[1] - left <= COLUMN_SLACK]
    value_cols = [v for _, _, v in rows]
    if len(rows) < MIN_LABEL_ROWS or any(_table_header(line) for line in lines):
        # a presence table (Befattning | Namn | Närvarande) is read by its own columns
        return lines, list(range(len(lines)))
    value_col = max(set(value_cols), key=lambda c: sum(abs(v - c) <= COLUMN_SLACK for v in value_cols))
    entries = _role_first_rows(lines) | _person_first_rows(lines, rows) | \
        {i for i, _, _ in rows if municipality_first(lines[i].text)}
    label_rows = {i: v for i, _, v in rows if abs(v - value_col) <= COLUMN_SLACK and i not in entries}
    if len(label_rows) < MIN_LABEL_ROWS:
        return lines, list(range(len(lines)))
    label_col = min(lines[i].indent for i in label_rows)
    cuts = {i: (m.start(), m.end()) for i in label_rows for m in [_GAP.search(lines[i].text)]}
    cuts.update(_narrow_label_rows(lines, cuts, label_col, value_col))
    out: list[Line] = []
    origin: list[int] = []
    last_label: Line | None = None
    for i, line in enumerate(lines):
        if i in cuts and abs(line.indent - label_col) <= COLUMN_SLACK:
            label_end, value_at = cuts[i]
            label = line.text[:label_end].rstrip(":")
            value = replace(line, text=line.text[value_at:], start=line.start + value_at,
                            indent=line.indent + value_at, blank_before=False)
            if label[:1].islower() and last_label is not None:
                # "Ej tjänstgörande   Petra Ek (C)" / "ersättare   Roger Falk (SD)": the label wrapped beside a value
                last_label.text = f"{last_label.text[:-1]} {label}:"
                out.append(value)
                origin.append(i)
                continue
            if line.text[:label_end].rstrip().endswith(":") and not _is_label(label) and \
                    organisation_group(f"{label}: {value.text}"):
                # "Regionen:      Maja Ek (S), ordförande; Olof Bro (M)" under "Närvarande": a group of the roll
                # and its people, in the label column; one line, as a text source writes it
                out.append(replace(line, text=f"{label}: {value.text}"))
                origin.append(i)
                last_label = None
                continue
            if value.text[:1].islower() and heading_of(label) is not None and \
                    _SENTENCE_ROLL.match(value.text) is not None:
                # "Närvarande:    revisorerna Maj Lindholm (C), ordförande, …": a roll written as a sentence after
                # its label, its lead word in lower case; one line, as a text source writes it
                out.append(replace(line, text=f"{label}: {value.text}"))
                origin.append(i)
                last_label = None
                continue
            last_label = replace(line, text=f"{label}:", end=line.start + label_end)
            out += [last_label, value]
            origin += [i, i]
            continue
        wrapped_label = last_label is not None and abs(line.indent - label_col) <= COLUMN_SLACK and \
            line.text[:1].islower() and len(line.text.split()) <= 4 and "   " not in line.text
        if wrapped_label:  # "ersättare" under "Tjänstgörande": the label goes on
            last_label.text = f"{last_label.text[:-1]} {line.text.rstrip(':')}:"
            continue
        if line.indent < value_col - COLUMN_SLACK:
            last_label = None
        out.append(line)
        origin.append(i)
    return out, origin


# a roll written as a sentence: a lower-case lead of a word or two ("revisorerna", "samtliga ledamöter") before a name
_SENTENCE_ROLL = regexes.compile(r"^[a-zåäöé][\wåäöé-]*(?:\s+[a-zåäöé][\wåäöé-]*)?\s+[A-ZÅÄÖÉ][\wåäöé-]+\s+[A-ZÅÄÖÉ]")


def _person_first_rows(lines: list[Line], rows: list[tuple[int, int, int]]) -> set[int]:
    """Rows whose first cell is a person's full name ("Mats Lejon      Norrskogs Såg", a roll with whom each
    person represents in a second column): entries of a list, no label beside its value."""
    out = set()
    for i, _, _ in rows:
        cell = _GAP.split(lines[i].text.strip(), maxsplit=1)[0].split(",")[0].strip()
        if len(cell.split()) >= 2 and ":" not in cell and is_name(cell) and not _is_label(cell):
            out.add(i)
    return out


def _is_label(text: str) -> bool:
    """A whole label of the label column: an attendance heading, a front-matter label or an office."""
    h = heading_of(text)
    if h is not None:
        return not h.rest.strip()
    m = cv.FRONT_LABEL.match(text) or cv.OFFICE.match(text)
    return bool(m) and m.end() >= len(text.rstrip(": "))


def _narrow_label_rows(lines: list[Line], cuts: dict[int, tuple[int, int]], label_col: int,
                       value_col: int) -> dict[int, tuple[int, int]]:
    """Label rows whose long label leaves fewer than three spaces before the value column ("Ej tjänstgörande  Ronja
    Falk (S)" / "ersättare", "Övriga närvarande Selma Hjort"): (label end, value start) of each, where the text
    before the value column is a whole label, or one with the lower-case word the next line wraps onto."""
    found = {}
    for i, line in enumerate(lines):
        at = value_col - line.indent
        # a page laid out by position may set the value a character or two past its column, after a long label
        while 0 < at < len(line.text) - 1 and at < value_col - line.indent + COLUMN_SLACK and line.text[at] == " ":
            at += 1
        # (a gap after the value column parts the value's own cells: "Gunnel Åberg    S")
        if i in cuts or _GAP.search(line.text[:max(at, 0) + 1]) or abs(line.indent - label_col) > COLUMN_SLACK \
                or not 0 < at < len(line.text) \
                or line.text[at - 1] != " " or line.text[at] == " " or line.text[:1].isdigit():
            continue
        label = line.text[:at].rstrip()
        nxt = lines[i + 1].text.strip() if i + 1 < len(lines) and not lines[i + 1].blank_before else ""
        nxt = _GAP.split(nxt, maxsplit=1)[0]  # "ersättare       Gustav Ek (KD)": the label cell, a value beside it
        wrapped = nxt[:1].islower() and len(nxt.split()) <= 2 and abs(lines[i + 1].indent - label_col) <= COLUMN_SLACK
        if _is_label(label) or wrapped and _is_label(f"{label} {nxt}"):
            found[i] = (len(label), at)
    return found


def _role_only(text: str) -> str | None:
    """The role a line holds and nothing else ("Ordföranden", "Ledamöterna", "Verkställande direktör")."""
    text = text.strip().rstrip(":")
    words = text.split()
    if not words or "   " in text or any(c in text for c in ",()–-") or any(w[:1].isupper() for w in words[1:]) \
            or heading_of(text):
        return None  # a name ("Kari Ek – ordförande") or a list's own heading ("Ordinarie ledamöter")
    return cv.role_base(text)


def _share(roles: list[str], count: int) -> list[str] | None:
    """Each of ``count`` names the role it stands beside, for roles printed as a column before their names: one
    name to each role, a plural role ("Ledamöterna") taking those left over; None where that does not add up."""
    if count == len(roles):
        return roles
    plural = [k for k, r in enumerate(roles) if cv.is_plural_role(r)]
    if count < len(roles) or len(plural) != 1:
        return None
    k = plural[0]
    return roles[:k] + [roles[k]] * (count - len(roles) + 1) + roles[k + 1:]


_WORDS_ONLY = regexes.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+){0,2}")


def _single_office(lines: list[Line], i: int) -> str | None:
    """The office a lone line names where it stands apart over one name alone, a blank line or the end after
    it ("Rektor" / "Karin Ek" inside a university board's roll), else None. Not a minutes office
    ("Protokollförare" / "Name" is a label of the front page) nor a plural group ("Ledamöterna")."""
    if i + 1 >= len(lines) or not lines[i].blank_before or lines[i + 1].blank_before or \
            i + 2 < len(lines) and not lines[i + 2].blank_before:
        return None
    role = _role_only(lines[i].text) if _WORDS_ONLY.fullmatch(lines[i].text.strip()) else None
    name = lines[i + 1].text.strip()
    if not role or cv.OFFICE.match(lines[i].text.strip()) or cv.office_of(role.lower()) or cv.is_plural_role(role) or \
            "," in name or "(" in name or person(name) != name:
        return None
    return role


def pair_role_column(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A list written as a role column beside its names that the converter printed column by column
    ("Närvarande:" / "Ordföranden" / "Vice ordföranden" / "Ledamöterna" / then the names "Christer Holmberg (S)",
    ...): each name line given the role of the row it stood on ("Christer Holmberg (S), ordförande"). A role
    alone over names ("Suppleanterna" / "Leila Omerović (S)" / "Per-Erik Gran (M)") holds for all of them.
    Returns the lines and, for each, the index of the line it came from."""
    out: list[Line] = []
    origin: list[int] = []
    i = 0
    listed = False  # an attendance heading stood above: a lone office over one name is the roll's
    while i < len(lines):
        h = heading_of(lines[i].text)
        listed = listed or h is not None
        single = _single_office(lines, i) if listed and not h else None
        if single:  # "Rektor" / "Karin Ek": a heading that names one person's office, over that person alone
            name = lines[i + 1]
            out.append(replace(name, text=f"{name.text.rstrip()}, {single.lower()}", blank_before=True))
            origin.append(i + 1)
            i += 2
            continue
        out.append(lines[i])
        origin.append(i)
        i += 1
        if not h or h.rest.strip() or i >= len(lines) or not _role_only(lines[i].text):
            continue
        while i < len(lines):  # runs of roles, each followed by its names
            j = i
            while j < len(lines) and _role_only(lines[j].text):
                j += 1
            k = j
            while k < len(lines) and not _role_only(lines[k].text) and not heading_of(lines[k].text) and \
                    looks_like_entries(lines[k].text):
                k += 1
            shared = _share([line.text.strip().rstrip(":") for line in lines[i:j]], k - j) if k > j else None
            if shared is None:
                break
            for n, role in zip(range(j, k), shared):
                line = lines[n]
                # the role right after the name (and party), before what the line itself says of the person
                name, comma, rest = line.text.rstrip().partition(",")
                out.append(replace(line, text=f"{name}, {_role_only(role).lower()}{comma}{rest}", blank_before=False))
                origin.append(n)
            i = k
    return out, origin


# "M    Sofia Sjöstrand     ordförande", "S Per Ek, vice ordförande": a roll with the party's code in a column
# before the name; the name runs to a column gap, a comma or the line's end.
_PARTY_CODE_FIRST = regexes.compile(r"^(?P<party>[A-ZÅÄÖ]{1,3})\s+(?P<name>[^\s,()][^,()]*?)(?P<rest>(?:\s{3,}|,).*)?$")
MIN_PARTY_FIRST_ROWS = 2  # rows written so before the code is read as a party, not a person's initial


def _party_code_first(text: str) -> tuple[str, str, str] | None:
    """(party, name, rest) of a roll row written party code first, if it is one."""
    m = _PARTY_CODE_FIRST.match(text.strip()) if text.strip()[:1].isupper() else None
    if not m or m.group("party") not in cv.PARTIES or len(m.group("name").split()) < 2 or not is_name(m.group("name")):
        return None
    return m.group("party"), m.group("name"), m.group("rest") or ""


# A bullet before an entry of a roll written as a bulleted list: "- Vera Alm – ordförande", "* Per Ek", "• Ali".
_ROLL_BULLET = regexes.compile(r"^[-–—•*·]\s+(?=[A-ZÅÄÖÉ])")


# Guests listed by the item they came for, its number first: "Inbjudna gäster" / "4 Kristina Hedlund, Anders
# Moberg" / "7 Johan Fält" (a foundation's board).
_ITEM_FIRST_ROW = regexes.compile(r"^(?P<n>\d{1,3})\s+(?P<rest>[A-ZÅÄÖÉ].*)$")
_ROW_PEOPLE = regexes.compile(r",\s+|\s+(?:och|samt)\s+")


# "Programansvarig (ordförande): Katrin Ölund": a roll's line labelled by the person's post, the office held at the
# meeting in brackets after it.
_ROLE_OFFICE_LABEL = regexes.compile(r"^(?P<role>[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+)?)\s*\((?P<office>[^()]+)\)\s*:\s*"
                                     r"(?P<name>[A-ZÅÄÖÉ][^,()]+?)\.?$")


def _item_first_people(text: str) -> str | None:
    """ "4 Kristina Hedlund, Anders Moberg" → "Kristina Hedlund (§ 4), Anders Moberg (§ 4)": a row of full names led
    by the number of the item they attended, each name with that item as its note; None for other rows."""
    m = _ITEM_FIRST_ROW.match(text.strip())
    if m is None:
        return None
    people = _ROW_PEOPLE.split(m.group("rest").strip().rstrip("."))
    if not all(len(p.split()) >= 2 and is_name(p) for p in people):
        return None
    return ", ".join(f"{p} (§ {m.group('n')})" for p in people)


MIN_MUNICIPALITY_GROUPS = 2  # municipalities' names over their people that make a roll by municipality
MUNICIPALITY_HEADING_WORDS = 3  # "Upplands Väsby kommun" over its people


def _municipality_heading(lines: list[Line], k: int) -> str | None:
    """The municipality a line names alone ("Berg", "Åre:", "Krokom kommun") right over an entry of the roll."""
    text = lines[k].text.strip().rstrip(":").strip()
    if "   " in text or "," in text or k + 1 >= len(lines) or lines[k + 1].blank_before or not text[:1].isupper() \
            or len(text.split()) > MUNICIPALITY_HEADING_WORDS or heading_of(text) is not None:
        return None
    below = lines[k + 1].text
    # (the cheap tests first: a name no municipality is spelled as is tried against all of them)
    if heading_of(below) is not None or not looks_like_entries(below) or municipalities.canonical(below.strip().rstrip(":")) \
            or not (municipalities.with_suffix(text) or municipalities.canonical(text)):
        return None
    return municipalities.canonical(text) or municipalities.plain(text)


# A nomineringsgrupp's or party's name alone over its people in a church council's or a council's roll: written out
# with its code in parentheses ("Partipolitiskt obundna i Svenska kyrkan (POSK)", "Socialdemokraterna (S)") or a
# party's name alone ("Moderaterna").
_GROUP_WITH_CODE = regexes.compile(r"^(?P<group>[A-ZÅÄÖ][\wåäöÅÄÖ -]+?)\s*\((?P<code>[^()]+)\)$")
PARTY_HEADING_WORDS = 6  # "Partipolitiskt obundna i Svenska kyrkan (POSK)"


def _party_heading(lines: list[Line], k: int) -> str | None:
    """The party code a line names alone ("Socialdemokraterna (S)", "Partipolitiskt obundna i Svenska kyrkan
    (POSK)", "Moderaterna") right over an entry of the roll; None for other lines."""
    text = lines[k].text.strip().rstrip(":").strip()
    if "   " in text or "," in text or k + 1 >= len(lines) or lines[k + 1].blank_before or not text[:1].isupper() \
            or heading_of(text) is not None:
        return None
    m = _GROUP_WITH_CODE.match(text) if text.endswith(")") else None
    code = m.group("code").strip() if m and cv.is_party(m.group("code").strip()) \
        and len(m.group("group").split()) <= PARTY_HEADING_WORDS \
        and (cv.PARTY_NAME.match(m.group("group")) or not is_name(m.group("group"))) else \
        text if cv.PARTY_NAME.match(text) else None
    below = lines[k + 1].text
    if code is None or heading_of(below) is not None or not looks_like_entries(below):
        return None
    return code


def _with_party(text: str, code: str) -> str:
    """ "Karin Ek, ordförande" under "Socialdemokraterna (S)" → "Karin Ek (S), ordförande"; an entry that writes a
    party of its own keeps it."""
    first, comma, rest = text.rstrip().partition(",")
    return text.rstrip() if "(" in first else f"{first.rstrip()} ({code}){comma}{rest}"


def municipality_groups(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A federation's roll with each member municipality's name over its people ("Närvarande ombud" / "Berg" /
    "Kjell Mårtensson (C)" / "Ingela Fors (S)" / "" / "Bräcke" / ...): each entry with its municipality after it
    ("Kjell Mårtensson (C), Berg"), the municipality's line no person; a church council's roll under each
    nomineringsgrupp's name ("Socialdemokraterna (S)" / "Anneli Forsén") the same way, each entry with the group's
    code as its party ("Anneli Forsén (S)"). Two such groups at least; a group runs to the next blank line or
    heading. Returns the lines and, for each, the index of the line it came from."""
    heads = {k: (place, lambda t, p=place: f"{t.rstrip()}, {p}") for k in range(len(lines))
             if (place := _municipality_heading(lines, k))}
    if len(heads) < MIN_MUNICIPALITY_GROUPS:
        heads = {k: (code, lambda t, c=code: _with_party(t, c)) for k in range(len(lines))
                 if (code := _party_heading(lines, k))}
    if len(heads) < MIN_MUNICIPALITY_GROUPS:
        return lines, list(range(len(lines)))
    out: list[Line] = []
    origin: list[int] = []
    attach = None
    for k, line in enumerate(lines):
        if k in heads:
            attach = heads[k][1]
            continue
        if attach and (line.blank_before or heading_of(line.text) is not None or not looks_like_entries(line.text)):
            attach = None
        if attach:
            line = replace(line, text=attach(line.text), blank_before=False)
        out.append(line)
        origin.append(k)
    return out, origin


def plain_roll_lines(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A roll typed as a bulleted list under a heading alone ("NÄRVARANDE" / "- Vera Alm – ordförande" / "- Jakob
    Frost – kassör", as notes copied from a document or a chat write it): the entries without their bullets; rows
    led by an item's number ("4 Kristina Hedlund, Anders Moberg") with the number as each one's note; and a
    sentence under the roll of who sent word ("(Ulf lämnade återbud)") as the list it stands for.
    Returns the lines and, for each, the index of the line it came from."""
    out: list[Line] = []
    under = False  # the bullets stand right under a list's heading
    for line in lines:
        said = sent_word_as_list(line.text)  # "(Ulf lämnade återbud)" under the list: the list "Förhinder: Ulf"
        line = replace(line, text=said) if said != line.text else line
        m = _ROLL_BULLET.match(line.text)
        labelled = _ROLE_OFFICE_LABEL.match(line.text.strip()) if m is None and "):" in line.text else None
        if labelled and cv.is_role(labelled.group("role")) and is_name(labelled.group("name")):
            # "Programansvarig (ordförande): Katrin Ölund": the post as a label, the office at the meeting in
            # brackets; written as a roll's entry, "Katrin Ölund (programansvarig, ordförande)"
            line = replace(line, text=f"{labelled.group('name')} ({labelled.group('role').lower()}, "
                                      f"{labelled.group('office').strip()})")
        guests = _item_first_people(line.text) if m is None and under and line.text[:1].isdecimal() else None
        if guests is not None:
            out.append(replace(line, text=guests))
            continue
        if m is None:
            h = heading_of(line.text)
            under = h is not None and not h.rest.strip()
        elif under and looks_like_entries(line.text[m.end():]):
            line = replace(line, text=line.text[m.end():], indent=line.indent + m.end())
        out.append(line)
    return out, list(range(len(lines)))


def party_code_first(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """Rows of a roll with the party's code in a column before the name ("M    Sofia Sjöstrand     ordförande",
    "KD   Ola Rask") → the name with its party after it, as rolls write it ("Sofia Sjöstrand (M)     ordförande"),
    where at least MIN_PARTY_FIRST_ROWS rows are written so. Returns the lines and, for each, the index of the
    line it came from."""
    found = {i: row for i, line in enumerate(lines) for row in [_party_code_first(line.text)] if row}
    out = list(lines)
    # a table whose header titles the party's column ("Parti   Ledamot   Tjänstgör") is read by its columns
    titled = len(found) >= MIN_PARTY_FIRST_ROWS and any(
        "party" in (table_columns(line.text, line.indent) or {}) for line in lines if "   " in line.text)
    if len(found) >= MIN_PARTY_FIRST_ROWS and not titled:
        for i, (party, name, rest) in found.items():
            text = lines[i].text
            out[i] = replace(lines[i], text=f"{text[:len(text) - len(text.lstrip())]}{name} ({party}){rest}")
    return out, list(range(len(lines)))


def _role_first_rows(lines: list[Line]) -> set[int]:
    """Rows "Ordf.     Anna Ek" / "Kassör     Per Berg" under an attendance heading that stands alone
    ("Närvarande"): a list written role first in two columns, each row one person, not label rows."""
    out: set[int] = set()
    in_list = False
    value_col: int | None = None  # where the names of the role rows start
    for i, line in enumerate(lines):
        h = heading_of(line.text)
        if h and not h.rest.strip():
            in_list, value_col = True, None
            continue
        gap = _GAP.search(line.text)
        role_row = gap is not None and bool(cv.role_base(line.text[:gap.start()].strip())) and \
            is_name(line.text[gap.end():].split(",")[0].split("(")[0].strip())
        person = line.text[:gap.start()].split(",")[0].split("(")[0].strip() if gap else ""
        # "Birgitta Hällgren, ordförande     Tunaberga kommun": a person first, what they represent beside
        person_row = gap is not None and len(person.split()) >= 2 and is_name(person)
        if in_list and (role_row or person_row):
            out.add(i)
            value_col = line.indent + gap.end()
            continue
        if in_list and value_col is not None and gap is None and abs(line.indent - value_col) <= COLUMN_SLACK and \
                is_name(line.text.split(",")[0].split("(")[0].strip()):
            continue  # "Ledamöterna   Bertil Sand (S)" / "              Monica Frid (C)": more names of the role above
        in_list = False
    return out


def close_spaced_role_rows(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """Role-first rows of a roll a blank line apart ("Deltagare" / (blank) / "Ordförande:     Anna Ek (C), Ekbacka" /
    (blank) / "Förbundschef:     Per Berg"): a table's cell padding reads as blank lines between its rows; the rows
    stand right under each other again, one list, as a text source writes them."""
    rows = _role_first_rows(lines) if any(line.blank_before for line in lines) else set()
    out = list(lines)
    for i in sorted(rows):
        h = heading_of(lines[i - 1].text) if i else None
        if lines[i].blank_before and (i - 1 in rows or h is not None and not h.rest.strip()):
            out[i] = replace(lines[i], blank_before=False)
    return out, list(range(len(lines)))


def _header_row(text: str, at: int) -> bool:
    # A header row has columns, and columns stand three spaces apart or more.
    return "   " in text and table_columns(text, at) is not None


def _table_header(line: Line) -> bool:
    """Whether ``line`` is a presence table's header row, alone or beside a list heading."""
    heading = heading_of(line.text)
    text = heading.rest if heading and heading.rest.strip() else line.text
    # the heading word may itself title the name column ("Ledamöter     Organisation")
    return _header_row(text, line.indent + len(line.text) - len(text)) or \
        text is not line.text and _header_row(line.text, line.indent)


MIN_OWN_HEADER_COLUMNS = 3  # a group's line that titles this many columns of its own starts a table of its own


def _header_of_its_own(section: list[Line], line: Line) -> bool:
    """Whether ``line`` is a group of the roll that heads a table of its own, its columns elsewhere than the table
    above ("Ersättare    Kommun    Tjg    Ej tjg" under "Ordinarie ledamöter    Kommun    Tjg    Ej tjg", each
    laid out to its own widths, as a web page's two tables are), not one more group of the same table."""
    h = heading_of(line.text)
    if h is None or not h.rest.strip():
        return False
    cols = table_columns(line.text, line.indent)
    if cols is None or len(cols) < MIN_OWN_HEADER_COLUMNS:
        return False
    above = next((c for c in (table_columns(l.text, l.indent) for l in section) if c is not None), None)
    return above is not None and sorted(above.values()) != sorted(cols.values())


def _ends_table(text: str, h, office) -> bool:
    """Whether a line closes a presence table, however far its cells stand apart: another list's heading
    ("Övriga närvarande", not a group of the roll such as "Ersättare"), who checks the minutes ("Utses att
    justera"), or a label of the front matter that is no office ("Justeringens plats och tid", "Underskrifter")."""
    if office and cv.office_of(office.group("word")) == cv.ADJUSTER:
        return True
    if h:
        head = cv.ATTENDANCE_HEADING.match(text).group("head")
        return " ".join(head.lower().split()) not in cv.GROUP_HEADINGS
    return bool(cv.FRONT_LABEL.match(text)) and not cv.OFFICE.match(text)


def _office_beside_table(section: list[Line], line: Line) -> bool:
    """ "Sekreterare      Jonas Blom" under a table that stands beside its heading ("Närvarande   Namn   Närvaro"):
    an office and a name alone, the office in the heading's column that the table's rows leave blank, is the
    next label of the front matter, not a row. (The caller leaves "Ordförande" there a row: a chair is often
    listed so among the members.)"""
    heading = heading_of(section[0].text)
    if heading is None or not heading.rest.strip() or not _table_header(section[0]):
        return False
    cells_start = section[0].indent + len(section[0].text) - len(heading.rest.lstrip())
    return line.indent < cells_start and len(_COLUMN_GAP.split(line.text.strip())) == 2


def _marks_table(section: list[Line]) -> bool:
    """Whether the list is a table of marks under a header with a column for each status ("Namn   Närvarande
    Frånvarande", an X in the column that applies): a heading alone inside it ("Närvarande ledamöter",
    "Frånvarande") is a group row of the table, its rows' status in their marks (see attendance._sections)."""
    return any(marks_header(line) for line in section[:2])


def _inside_table(text: str) -> bool:
    """A line of one cell that a presence table holds: a group of the roll ("Ersättare", "Ordinarie ledamöter")
    or the role written under a member's name ("ordförande")."""
    word = " ".join(text.strip().rstrip(":").lower().split())
    return word in cv.GROUP_HEADINGS or bool(word) and text.strip()[:1].islower() and cv.role_base(word) is not None


# Column titles that make a header row an attendance list without a heading over it: a name column beside one
# of these ("Funktion   Namn   Närvaro", "Namn   Parti   Förhinder"); a name column beside a due date or a task
# is an action table.
HEADLESS_TABLE_KINDS = frozenset({"presence", "role", "absent", "excused"})


MIN_HEADLESS_GROUP_LINES = 2  # "Åk 1: ..." lines in a row (blank lines between allowed) that are a roll by themselves


def _headless_group_roll(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` starts a roll written group by group with no list heading over it ("Åk 1: Ciro,
    Elvin & Tilde" / "Åk 2: Fia", a school council's classes)."""
    run = 0
    for line in lines[k:k + MIN_HEADLESS_GROUP_LINES]:
        if ":" not in line.text or not cv.GROUP_LINE.match(line.text.strip()):
            break
        run += 1
    return run >= MIN_HEADLESS_GROUP_LINES


def _titled_group(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a roll group's title over its own table ("Styrelsen" / "Namn   Närvarande"), or
    that table's header row under it."""
    below = lines[k + 1] if k + 1 < len(lines) else None
    return bool(group_title_over_table(lines[k], below) or k and group_title_over_table(lines[k - 1], lines[k]))


def _headless_table(line: Line) -> bool:
    """A presence table's header row that stands where a list heading would ("Funktion   Namn   Närvaro")."""
    if "   " not in line.text:
        return False
    cols = table_columns(line.text, line.indent)
    return cols is not None and bool(HEADLESS_TABLE_KINDS & cols.keys())


def _is_table(section: list[Line]) -> bool:
    """Whether the list is a presence table: its header row beside the heading ("Röstlängd:   Fastighet
    Företrädd av"), on the line below, or the list's first line itself where no heading stands over it."""
    heading = heading_of(section[0].text)
    if heading is None:
        return _header_row(section[0].text, section[0].indent)
    if heading and heading.rest.strip():
        return _table_header(section[0])
    return len(section) >= 2 and _header_row(section[1].text, section[1].indent)


# --- the signature block ----------------------------------------------------------------------------

MAX_SIGNATURE_LINES = 30  # a signature block is short; a "Justeras" further up is in the text


# A row of offices over a row of names that lost the gaps between their columns ("Sekreterare Ordförande
# Justerare" / "Stina Ek Anna Berg Per Holm", as a PDF's text may give it): each name taken as this many words.
SPACED_NAME_WORDS = 2
USUAL_ADJUSTERS = 2  # minutes are checked by two adjusters, signing side by side under one "Justeras"
COLUMN_GAP_TEXT = "   "  # the gap _COLUMN_GAP reads between columns


def _spread_rows(lines: list[Line]) -> list[Line]:
    """``lines`` with an office row and the name row beside it (over or under) cut back into columns three
    spaces apart, where every word of the office row is in an office's label and the name row holds a name for
    each (see _signed_names); the same number of lines, so indices hold."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.text.count(",") >= 2 and "   " not in line.text:
            cells = _name_office_cells(line.text)
            if cells:
                out[i] = replace(line, text=COLUMN_GAP_TEXT.join(cells))
                continue
        # cheap tests first: two words or more, no column gap
        words = _office_cells(line.text) if "   " not in line.text else []
        if not words or len(words) < 2 and cv.office_of(words[0].rstrip(":")) != cv.ADJUSTER:
            continue  # one label alone: only "Justeras" over the adjusters signing side by side
        for j in _name_row_places(lines, i):
            if "   " in lines[j].text:
                continue
            cut = _signed_names(lines[j].text, len(words))
            if len(words) == 1 and len(cut) < 2:
                continue
            if len(cut) > len(words) and cv.office_of(words[-1].rstrip(":")) == cv.ADJUSTER:
                # "Vid protokollet Justeras" / "Ingrid Falk Gun Björkman Allan Sjöö": the names left over sign
                # under the last label, as the adjusters signing side by side do
                words = words + [words[-1]] * (len(cut) - len(words))
            if len(cut) == len(words):
                # each column as wide as its longer cell, so that both rows' cells start at the same places
                widths = [max(len(a), len(b)) + len(COLUMN_GAP_TEXT) for a, b in zip(words, cut)]
                out[i] = replace(line, text="".join(w.ljust(n) for w, n in zip(words, widths)).rstrip())
                out[j] = replace(lines[j], text="".join(c.ljust(n) for c, n in zip(cut, widths)).rstrip(),
                                 indent=line.indent)
                break
    return out


def _name_row_places(lines: list[Line], i: int) -> list[int]:
    """Where the names of the office row at ``i`` may stand: right under it, right over it, or under the
    line signed on right under it ("Vid protokollet Ordförande" / "_____ _____" / "Lena Lind Maria Frost")."""
    places = [j for j in (i + 1, i - 1) if 0 <= j < len(lines)]
    if i + 2 < len(lines) and SIGNING_RULE.fullmatch(lines[i + 1].text.strip()):
        places.insert(1, i + 2)
    return places


def _office_cells(text: str) -> list[str]:
    """ "Sekreterare Ordförande Justerare", "Vid protokollet Justeras": a row of signature labels that lost the
    gaps between them, one label a cell (a label of two words kept whole); none unless every word is in one."""
    words, cells, k = text.split(), [], 0
    while k < len(words):
        two = " ".join(words[k:k + 2]).rstrip(":")
        if k + 1 < len(words) and cv.office_of(two):
            cells.append(two)
            k += 2
        elif cv.office_of(words[k].rstrip(":")):
            cells.append(words[k])
            k += 1
        else:
            return []
    return cells


def _signed_names(text: str, count: int) -> list[str]:
    """The names of a row of signatures that lost the gaps between them: SPACED_NAME_WORDS words each where
    the row holds ``count`` of those, else cut at given names (names.cut_at_given_names: "Ingrid Falk
    Gun Björkman Allan Sjöö"); none unless every piece is a name as it stands."""
    words = text.split()
    if len(words) == SPACED_NAME_WORDS * count:
        cut = [" ".join(words[k:k + SPACED_NAME_WORDS]) for k in range(0, len(words), SPACED_NAME_WORDS)]
    else:
        pieces = cut_at_given_names(words)
        if pieces is None:
            return []
        cut = [" ".join(p) for p in pieces]
    return cut if all(person(n) == n for n in cut) else []


def _name_office_cells(text: str) -> list[str]:
    """ "Ebba Holt, mötesordförande Leo Berg, sekreterare": signatures written as name and office side by side
    that lost the gap between them, as "Name, office" cells (none unless every piece reads so)."""
    parts = [p.strip() for p in text.strip().split(",")]
    if not cv.office_of(parts[-1].lower()):
        return []  # the last signature's office ends the line: this rules out almost every line of prose
    cells, name = [], parts[0]
    for k, part in enumerate(parts[1:], start=1):
        words = part.split()
        if k == len(parts) - 1:
            cells.append(f"{name}, {part}")
            break
        # the office's words, then the next signature's name
        cut = next((j for j in range(1, len(words)) if cv.office_of(" ".join(words[:j]).lower())
                    and person(" ".join(words[j:])) == " ".join(words[j:])), None)
        if cut is None or not person(name):
            return []
        cells.append(f"{name}, {' '.join(words[:cut])}")
        name = " ".join(words[cut:])
    return cells if len(cells) >= 2 else []


def signed_keeper(lines: list[Line]) -> str | None:
    """The secretary signed under "Vid protokollet" anywhere in the minutes, the label alone on its line and the
    name alone on the next (a protocol extract signs each paragraph so); the last such."""
    found = None
    for line, nxt in zip(lines, lines[1:]):
        label = line.text.strip().rstrip(":").lower()
        if label in ("vid protokollet", "vid anteckningarna"):
            name = person(nxt.text.strip())
            found = name if name and name == nxt.text.strip() else found
    return found


def appendix_start(lines: list[Line]) -> int | None:
    """Index of the line that opens the attachments after the minutes: an attachment's heading ("Bilaga 1 till
    protokoll ...") at the top of a page or after a blank line, where the lines before it end with the closing
    signatures. An attachment within the minutes (no signatures before it) is no end of them."""
    for i in range(1, len(lines)):
        line = lines[i]
        if (line.page != lines[i - 1].page or line.blank_before) and line.text.lstrip()[:1] in "bB" and \
                len(line.text) <= cv.ATTACHMENT_HEADING_MAX_CHARS and cv.ATTACHMENT_HEADING.match(line.text) and \
                signature_start(lines[:i]) is not None:
            return i
    return None


def appendix_roll(lines: list[Line]) -> list[Attendee]:
    """The people of a roll printed as an attachment after the signatures ("Bilaga 1 Röstlängd" / "Lgh  Namn  Anm." /
    rows): ``lines`` are the attachments (from appendix_start on). The attachment's heading names the roll ("Bilaga 1
    Röstlängd", "Bilaga 2: Närvarolista"), its lines up to the next attachment are read as a roll under that heading."""
    for i, line in enumerate(lines):
        m = cv.ATTACHMENT_HEADING.match(line.text) if line.text.lstrip()[:1] in "bB" else None
        if not m:
            continue
        title = line.text[m.end():].strip(" .:–-")
        h = heading_of(title) if title else None
        if h is None or h.rest.strip():
            continue
        end = next((k for k in range(i + 1, len(lines)) if lines[k].text.lstrip()[:1] in "bB"
                    and cv.ATTACHMENT_HEADING.match(lines[k].text)), len(lines))
        return read_front([replace(line, text=title)] + lines[i + 1:end], stop_after_lists=True).attendees
    return []


def closing_roll(lines: list[Line]) -> tuple[int, int, list[Attendee]] | None:
    """The roll some small associations write after their last item ("5. Mötet avslutades" / "Ordföranden
    avslutade mötet." / "Närvarande:" / one name a line), before or after the signatures: ``lines`` are the body
    after the last item's heading. Where a line there opens an attendance list (a heading of its own, with or
    without entries after it), the lists from it on are read as a front matter's; gives where they start and end
    in ``lines`` and the people, or None where no such line leads a list of anyone."""
    for i, line in enumerate(lines):
        h = heading_of(line.text.strip())
        if h is None or is_role_entry(h):
            continue
        front = read_front(lines[i:], stop_after_lists=True)
        return (i, i + max(front.lists_end, 1), front.attendees) if front.attendees else None
    return None


def signature_start(lines: list[Line]) -> int | None:
    """Index of the line that opens the closing signature block, if the minutes end with one."""
    lo = max(0, len(lines) - MAX_SIGNATURE_LINES)
    lines = lines[:lo] + _spread_rows(_label_rows_joined(lines[lo:]))
    # Only a line whose every follower is a signature line can open the block: find where that tail
    # of signature lines starts (reading back from the end), and test the lines from just before it.
    tail = len(lines)
    while tail > lo + 1 and _signature_line(lines[tail - 1].text):
        tail -= 1
    lo = max(lo, tail - 1)
    # Each line's columns, split once: a line is read as names and again as the roles under the names.
    columns = [_COLUMN_GAP.split(line.text) for line in lines[lo:]]
    cells = [[c for c in row if c.strip()] for row in columns]
    for k, i in enumerate(range(lo, len(lines))):
        opens = cv.SIGNATURE_START.match(columns[k][0]) or _inline_signature(columns[k][0]) or \
            (k + 1 < len(cells) and (_names_over_roles(cells[k], cells[k + 1]) or
                                     _names_over_roles(cells[k + 1], cells[k]))) or \
            (cv.OFFICE.fullmatch(columns[k][0].strip()) and i + 1 < len(lines) and person(lines[i + 1].text)) or \
            (k + 1 < len(cells) and len(cells[k]) > 1 and all(cv.OFFICE.fullmatch(c.strip()) for c in cells[k])) or \
            (k + 1 < len(cells) and len(_office_cells(columns[k][0])) >= 2) or \
            _name_with_office(columns[k][0]) or _office_then_name(columns[k][0])
        if opens:
            return i
    return None


# Where a second signature follows on the same line with one space ("Vid protokollet: A B Justeras: C D").
_NEXT_SIGNATURE = regexes.compile(r"\s+(?=(?:vid protokollet|vid anteckningarna|justeras|protokollet justeras)\s*:)",
                             re.IGNORECASE)


def _label_rows_joined(lines: list[Line]) -> list[Line]:
    """ "Ordförande:<TAB>Anna Ek": a signature's label and its name in two columns (a tab stop) as the one cell
    "Ordförande: Anna Ek" that _inline_signature reads, not a column of labels beside a column of names."""
    out = []
    for line in lines:
        cells = _COLUMN_GAP.split(line.text.strip()) if ":" in line.text else []
        joined = " ".join(cells)
        out.append(replace(line, text=joined) if len(cells) == 2 and cells[0].endswith(":")
                   and _inline_signature(joined) else line)
    return out


def _inline_parts(cell: str) -> list[str]:
    """A cell cut before each signature label after its first: one signature a part."""
    return _NEXT_SIGNATURE.split(cell.strip()) if cell.count(":") > 1 else [cell]


def _inline_signature(cell: str) -> list[str]:
    """The names of a signature written on one line ("Justeras: Jonas Berglund, Sanna Vik"), if it is one;
    of each, where two stand on the line."""
    parts = _inline_parts(cell)
    if len(parts) > 1:
        found = [_inline_signature(part) for part in parts]
        return [n for names in found for n in names] if all(found) else []
    m = cv.SIGNATURE_INLINE.match(cell.strip()) if ":" in cell else None
    if not m:
        return []
    written = _without_signed_office(m.group("names"))
    names = names_in(written)
    return names if len(names) == len(re.split(r",|\s+(?:och|samt|&)\s+", written)) else []


# A club office's abbreviation after a signed name ("Vid protokollet: Helena Rask, LS": the Lions secretary).
_OFFICE_ABBREVIATION = regexes.compile(r"[A-ZÅÄÖ]{2,3}")


def _without_signed_office(names: str) -> str:
    """ "Maria Grön, sekreterare" → "Maria Grön": the office written after the one name signed on the line."""
    head, _, tail = names.rpartition(",")
    tail = tail.strip().rstrip(".")
    if head and "," not in head and (cv.office_of(tail.lower()) or cv.is_role(tail)
                                     or _OFFICE_ABBREVIATION.fullmatch(tail)):
        return head
    return names


def _name_with_office(cell: str) -> bool:
    """A signature written as its name and office: "Anna Berg, sekreterare"."""
    m = _NAME_ROLE.match(cell.strip()) if "," in cell else None
    return bool(m) and cv.office_of(m.group("role").strip().lower()) is not None and bool(person(m.group("name")))


def _office_then_name(cell: str) -> list[str]:
    """ "Sekreterare Lena Lind", "Justeras Eva Lund Ali Reza" at the foot (a label and the names signed under
    it, run onto one line): each name with the office as "office:name"; none unless the rest is names only."""
    m = cv.OFFICE.match(cell.strip())
    if not m or ":" in m.group(0) or not m.group(0).endswith(" "):
        return []
    office = cv.office_of(m.group("word").lower())
    rest = cell.strip()[m.end():]
    names = _signed_names(rest, 1) if office else []
    if not names and office == cv.ADJUSTER and len(rest.split()) == SPACED_NAME_WORDS * USUAL_ADJUSTERS:
        # "Justeras Eva Lund Ali Reza": no cut at given names where a surname is one too ("Reza"); the minutes'
        # two adjusters, two words each
        names = _signed_names(rest, USUAL_ADJUSTERS)
    return [f"{office}:{name}" for name in names]


def _names_over_roles(names: list[str], roles: list[str]) -> bool:
    """Signatures without a heading: a line of names (its cells) with their offices on the line below."""
    # The office words first: cheap, and they rule out almost every line before person() runs.
    return bool(names) and len(roles) == len(names) and all(cv.office_of(c.strip().lower()) for c in roles) \
        and all(person(c) for c in names)


# The side a signer signs for, under the name: "För arbetsgivaren", "För arbetstagarorganisationerna", "För
# Kommunal" (a negotiation's two parties each sign). Part of the block, no name and no office.
SIGNED_FOR = regexes.compile(r"^[Ff]ör\s+[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}$")


def _signature_line(text: str) -> bool:
    for cell in _COLUMN_GAP.split(text):
        cell = cell.strip()
        if not cell or SIGNED_FOR.match(cell):
            continue
        if cv.SIGNATURE_START.match(cell) or cv.OFFICE.fullmatch(cell) or person(cell) or cv.is_role(cell) \
                or cv.office_of(cell) \
                or _inline_signature(cell) or _name_with_office(cell) \
                or cell[-1:].isdigit() and cv.SIGNATURE_START.match(_SIGNED_ON.sub("", cell)):
            continue  # ("Justeras den 28 oktober 2025": the label and the day the minutes were checked)
        if re.fullmatch(r"[\d\s./:–-]+|.{0,40}\d{4}-\d{2}-\d{2}.{0,10}|[_.\s-]+", cell) or SIGNING_RULE.fullmatch(cell):
            continue  # dates, a page's number ("– 2 –"), and the line signed on (dots, rules or "……" ellipses)
        ruled = LABELLED_RULE.fullmatch(cell) if cell[-1:] in "_.…" else None
        if ruled and (cv.office_of(ruled.group("label").lower()) or cv.SIGNATURE_START.match(ruled.group("label"))):
            continue  # ... under its label ("Justerare: ______")
        return False
    return True


# "Justeras 2025-10-21", "Justeras den 28 oktober 2025" (a Riksdag committee's): the day the minutes were checked
# after the label, no part of it.
_SIGNED_ON = regexes.compile(r"(?<=[a-zåäö:])\s+(?:den\s+)?(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+(?:%s)\.?\s+(?:19|20)\d{2})$"
                             % dates.MONTH_NAMES, re.IGNORECASE)


# An extract's certification in the closing block ("Rätt utdraget, intygar" / "Helga Nordén" / "nämndsekreterare"):
# the one who certifies the copy signs for no office of the meeting (not an adjuster under "Justeras" before it).
EXTRACT_CERTIFIED = regexes.compile(r"^(?:rätt\s+utdrag(?:et)?,?\s+(?:intygar|betygar)|utdraget\s+bestyrkes|"
                                    r"utdragsbestyrkande)\s*:?$", re.IGNORECASE)


def _without_certification(lines: list[Line]) -> list[Line]:
    """The signature block's lines without an extract's certification and the lines under it, up to the next
    signature's label."""
    out, skipping = [], False
    for line in lines:
        text = line.text.strip()
        if EXTRACT_CERTIFIED.match(text):
            skipping = True
        elif skipping and cv.SIGNATURE_START.match(text):
            skipping = False
        if not skipping:
            out.append(line)
    return out


def read_signatures(lines: list[Line]) -> dict[str, list[str]]:
    """Offices from a signature block: names with the role under, over or beside them, read column by
    column where a layout put signatures side by side."""
    tokens: list[tuple[str, str]] = []  # (kind, value): ("name", n) | ("role", office) | ("intro", office)
    lines = _label_rows_joined(_without_certification(lines))
    for column in _columns(_spread_rows(lines)):
        _labels_under_names(tokens)
        tokens.append(("column", ""))  # a name takes no office from the column beside it
        for cell in column:
            inline = _inline_signature(cell)
            if inline:
                for part in _inline_parts(cell):
                    office = cv.office_of(cv.SIGNATURE_INLINE.match(part.strip()).group("label"))
                    tokens.extend(("pair", f"{office}:{name}") for name in _inline_signature(part) if office)
                continue
            run_on = _office_then_name(cell)
            if run_on:
                tokens.extend(("pair", pair) for pair in run_on)
                continue
            m = _NAME_ROLE.match(cell)
            if m and cv.office_of(m.group("role").strip()) and person(m.group("name")):
                tokens.append(("pair", f"{cv.office_of(m.group('role').strip())}:{person(m.group('name'))}"))
                continue
            word = _SIGNED_ON.sub("", cell.strip()).rstrip(":").lower()
            office = cv.office_of(word)
            if SIGNING_RULE.fullmatch(cell.strip()):
                tokens.append(("rule", ""))
            elif office:
                tokens.append(("intro" if word in cv.SIGNATURE_INTRO else "role", office))
            elif person(cell):
                tokens.append(("name", person(cell)))
    _labels_under_names(tokens)
    ends_under_office = _ends_under_office(tokens)
    tokens = _paired_runs(_ruled_pairs(tokens, ends_under_office))
    offices: dict[str, list[str]] = {}
    names = [k for k, (kind, _) in enumerate(tokens) if kind == "name"]
    after = sum(1 for k in names if k + 1 < len(tokens) and tokens[k + 1][0] == "role")
    before = sum(1 for k in names if k > 0 and tokens[k - 1][0] == "role")
    # as many names over an office as under one ("Vid protokollet" / "Siv Åman" / "Ordförande" / "Hedda Lööf"):
    # the block's last name, under an office with none after it, says offices stand over names
    over = after < before or after == before and ends_under_office
    roles = any(kind == "role" for kind, _ in tokens)
    for k, (kind, value) in enumerate(tokens):
        if kind == "pair":
            office, name = value.split(":", 1)
            _add(offices, office, [name])
        elif kind == "name":
            if over and k > 0 and tokens[k - 1][0] == "intro":
                # offices over names: "Vid protokollet" / "Omar Said" over "Ordförande   Justerare" / names, the
                # name right under the label signs for it, not over the office below it
                _add(offices, tokens[k - 1][1], [value])
                continue
            near = (k - 1, k + 1) if over else (k + 1, k - 1)
            for j in near:
                if 0 <= j < len(tokens) and tokens[j][0] == "role":
                    _add(offices, tokens[j][1], [value])
                    break
            else:
                intro = next((tokens[j][1] for j in range(k - 1, -1, -1) if tokens[j][0] == "intro"), None)
                # "Justeras" read last in its column, after the offices over other names: the names under it adjust
                last = next((tokens[j] for j in range(k - 1, -1, -1) if tokens[j][0] in ("intro", "role", "column")),
                            None)
                if intro == cv.SECRETARY and offices.get(cv.SECRETARY) and ("intro", cv.ADJUSTER) in tokens:
                    # signers two to a row, "Vid protokollet" | "Justeras" over the first row: the one keeping
                    # the minutes signs once, a name on the next row under the first column goes on "Justeras"
                    intro = cv.ADJUSTER
                    last = ("intro", cv.ADJUSTER)
                if intro == cv.SECRETARY or intro == cv.ADJUSTER and (not roles or last == ("intro", cv.ADJUSTER)
                                                                     or _beside_adjusting(tokens, k)):
                    _add(offices, intro, [value])  # "Justeras" over names with no office beside any of them
    return offices


def _beside_adjusting(tokens: list[tuple[str, str]], k: int) -> bool:
    """Whether the name at ``k`` opens a column of its own right of a column that "Justeras" opens ("Justeras" /
    "Lennart Skog" / "ordförande" | "Karin Thunberg" / "ombud"): the label stands over the row of names beside it,
    and a name with no office of its own signs under it."""
    cols = [j for j in range(k) if tokens[j][0] == "column"]
    if len(cols) < 2 or any(tokens[j][0] not in ("rule", "column") for j in range(cols[-1] + 1, k)):
        return False
    before = [tokens[j] for j in range(cols[-2] + 1, cols[-1]) if tokens[j][0] != "rule"]
    return bool(before) and before[0] == ("intro", cv.ADJUSTER)


def _labels_under_names(tokens: list[tuple[str, str]]) -> None:
    """The last column of ``tokens`` where it opens with a name right over a signing label ("Hilma Sjöstrand" /
    "Vid protokollet", "Vera Lindkvist" / "Justeras": a LibreOffice table's names under their lines, the label
    under the name): each name right over such a label signs for it. Where a label opens the column, labels
    stand over names ("Vid protokollet" / "Hilma Sjöstrand") and the column is left as it is."""
    start = max((k + 1 for k, (kind, _) in enumerate(tokens) if kind == "column"), default=0)
    column = [k for k in range(start, len(tokens)) if tokens[k][0] != "rule"]
    if len(column) < 2 or tokens[column[0]][0] != "name" or tokens[column[1]][0] != "intro":
        return
    for a, b in zip(column, column[1:]):
        if tokens[a][0] == "name" and tokens[b][0] == "intro":
            tokens[a] = ("pair", f"{tokens[b][1]}:{tokens[a][1]}")
            tokens[b] = ("rule", "")  # spent: read as nothing, as a line signed on is


def _ends_under_office(tokens: list[tuple[str, str]]) -> bool:
    """Whether the block's last signature is a name under its office ("Ordförande" / "Vera Lind", lines
    signed on between them or not): nothing follows that name. Not where a label such as "Justeras" heads
    names after the first ("Justeras" / "Maria Wenger" / "Ordförande" / "Rakel Basso": the names under it
    sign over their own offices)."""
    kinds = [kind for kind, _ in tokens if kind not in ("rule", "column")]
    first = kinds.index("name") if "name" in kinds else len(kinds)
    return len(kinds) >= 2 and kinds[-1] == "name" and kinds[-2] == "role" and "intro" not in kinds[first:]


def _ruled_pairs(tokens: list[tuple[str, str]], ends_under_office: bool = False) -> list[tuple[str, str]]:
    """ "Vid protokollet" / "……………" / "Sixten Rapp": an office over the line signed on holds the name under
    that line (unless an office stands right under the name: then the name signs over its own office, and
    the line above it belongs to the signature before; not where the block ends in a name under its office,
    so that offices stand over names). The lines themselves are dropped."""
    out: list[tuple[str, str]] = []
    for k, (kind, value) in enumerate(tokens):
        if kind == "rule":
            continue
        if kind == "name" and k >= 2 and tokens[k - 1][0] == "rule" and tokens[k - 2][0] in ("role", "intro") \
                and (ends_under_office or not _own_office_under(tokens, k)):
            out.append(("pair", f"{tokens[k - 2][1]}:{value}"))
            continue
        out.append((kind, value))
    return out


def _own_office_under(tokens: list[tuple[str, str]], k: int) -> bool:
    """Whether the office right after the name at ``k`` is its own ("Anna Ek" / "Ordförande"), not the label
    of the next signature over its line ("Anna Ek" / "Ordförande" / "_______" / "Per Berg")."""
    return k + 1 < len(tokens) and tokens[k + 1][0] == "role" and not (k + 2 < len(tokens) and tokens[k + 2][0] == "rule")


def _paired_runs(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Signatures side by side that plain text gives one cell a line, a row after a row ("Sofie Lund" / "Ove
    Strand" / "Sekreterare" / "Justerare"): a run of two names or more right over as many offices pairs them
    in order; so does a run of two offices or more right over as many names, the end of the block, a
    column's end or the next signature's label after them ("Antecknat av" / "Justeras" / "Ingrid Lund" /
    "Karin Ekdahl"; "Vid protokollet" / "Ordförande" / "Lena Lind" / "Maria Frost" / "Justeras" / ...)."""
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(tokens):
        n = 0
        while k + n < len(tokens) and tokens[k + n][0] == "name":
            n += 1
        roles = tokens[k + n:k + 2 * n]
        if n >= 2 and len(roles) == n and all(kind == "role" for kind, _ in roles) and \
                (k + 2 * n == len(tokens) or tokens[k + 2 * n][0] != "role"):
            out.extend(("pair", f"{office}:{name}") for (_, name), (_, office) in zip(tokens[k:k + n], roles))
            k += 2 * n
            continue
        m = 0
        while k + m < len(tokens) and tokens[k + m][0] in ("role", "intro"):
            m += 1
        names = tokens[k + m:k + 2 * m]
        if m >= 2 and len(names) == m and all(kind == "name" for kind, _ in names) and \
                (k + 2 * m == len(tokens) or tokens[k + 2 * m][0] in ("column", "intro")):
            out.extend(("pair", f"{office}:{name}") for (_, office), (_, name) in zip(tokens[k:k + m], names))
            k += 2 * m
            continue
        out.extend(tokens[k:k + max(n, 1)])
        k += max(n, 1)
    return out


def _columns(lines: list[Line]) -> list[list[str]]:
    """Cells grouped into columns by where they start (layouts put signatures side by side)."""
    starts: list[int] = []
    columns: dict[int, list[str]] = {}
    for line in lines:
        pos = 0
        for part in _GAP_SPLIT.split(line.text):
            if part.strip():
                x = line.indent + pos
                col = next((s for s in starts if abs(s - x) <= 4), None)
                if col is None:
                    starts.append(x)
                    col = x
                columns.setdefault(col, []).append(part.strip())
            pos += len(part)
    return [columns[s] for s in sorted(starts)]
