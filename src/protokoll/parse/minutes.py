"""Clean lines → Protocol: split into header, attendance and agenda items, then parse each part."""
from __future__ import annotations

import itertools
import datetime as dt
import re
from dataclasses import replace as dc_replace

from protokoll import regexes
from protokoll.clean import furniture
from protokoll.clean.lines import CleanText, Line, join
from protokoll.errors import NotMinutes
from protokoll.record import Action, Item, Protocol, Span, span_at
from protokoll.parse import decisions as dec
from protokoll.vocab import conventions, dates, labels, numbers
from protokoll.parse import celltables, people, tables
from protokoll.parse.blocks import (CASE_REF, NAMING_LABELS, heading_at, report_sentence, case_before_label, wrap_width, Heading, heading_like_line, DASH, DASH_CHARS, ELECTED_LINE, ELECTION_LEADS, election_lead, GARBLED_NUMBER, GIVES_TASK, NUMBERED_CLAUSE, STARTS_ATT, Block, ends_open, ends_sentence,
                                    numbered_headings, to_blocks, join_signs_at_right, join_signs_after_titles,
                                    MIN_NUMBERED_HEADINGS)
from protokoll.vocab.conventions import ADJUSTER, CHAIR, SECRETARY, office_of
from protokoll.parse.frontmatter import (SPACED_NAME_WORDS, appendix_roll, closing_roll, appendix_start, join_broken_titles, read_front, read_signatures,
                                        signature_start, signed_keeper, split_inline_labels, unstack_labels)
from protokoll.parse.header import PREFIX, box_body_and_date, is_place_or_date_line, is_time_line, organ_of, parse_header
from protokoll.parse.recognise import not_minutes_reason
from protokoll.parse.elections import (OPENING_ITEMS, constituted_chair, elected_officers, front_officers, kept_by,
                                       led_by, opening_chair, untitled_opener)
from protokoll.parse.roll import find_listed_roll, find_roll, find_split_roll, is_ballot_table
from protokoll.parse.attendance import (attendance_in_items, excused_in_items, heading_of, initials_fit, roll_by_group,
                                       roll_of_holdings, roll_title)
from protokoll.vocab.names import in_full, turned_bare, without_nickname, writes_surname_first


HEADER_PARAGRAPH_LINES = 30  # without numbered items, where a header paragraph may stand


# "Ekholm ska ...": a task said as one, in a round of reports (see labels.ROUND_ITEMS)
_SHALL = regexes.compile(r"\b(?:ska|skall)\b", re.IGNORECASE)


def span_of(lines: list[Line]) -> Span | None:
    if not lines:
        return None
    first, last = lines[0], lines[-1]
    end = last.end if last.page == first.page else first.end
    # most spans are one line: the line's own flag, no list built
    low = first.low_confidence or len(lines) > 1 and any([x.low_confidence for x in lines])
    return span_at(first.page, first.start, end, low)


def parse_clean(clean: CleanText, path: str = "<text>") -> Protocol:
    labels.forget_lowered()
    reason = not_minutes_reason([line.text for line in clean.lines])
    if reason:
        raise NotMinutes(path, reason)
    lines, table_ends = tables.unfold_marked(clean.lines)
    lines = celltables.unfold(lines)  # tables given one cell a paragraph, as layout rows
    lines = join_broken_titles(lines)[0]  # "Närvarand" / "e": a header word a narrow cell broke, whole again
    lines = join_signs_at_right(lines)  # "     § 4" / "Till justerare valdes ...": the sign's paragraph as its text
    lines = join_signs_after_titles(lines)  # "Mötets öppnande" / "§ 31" / "Ordföranden ...": the sign of that title
    lines = unstack_labels(lines[:HEADER_PARAGRAPH_LINES]) + lines[HEADER_PARAGRAPH_LINES:]  # labels, then values
    lines = _after_standing_agenda(lines)
    roll = find_roll(lines) or find_listed_roll(lines) or find_split_roll(lines)
    if roll and not is_ballot_table(lines, roll[0]):  # a roll printed apart (an appendix): read it, and keep it out of the items
        lines = lines[:roll[0]] + lines[roll[1]:]
    headings = numbered_headings(lines)
    front_end = min(headings) if headings else min(len(lines), HEADER_PARAGRAPH_LINES)
    split = split_inline_labels(lines[:front_end])
    if len(split) != front_end:  # a header paragraph "Tid: ... Plats: ... Deltagande: ..." (one field a line)
        lines = split + lines[front_end:]
        headings = numbered_headings(lines)
    first_item = min(headings) if headings else None
    lines = _without_glosses(lines[:first_item]) + lines[first_item:] if first_item is not None else _without_glosses(lines)
    front = read_front(lines[:first_item] if first_item is not None else lines, stop_after_lists=first_item is None)
    if first_item is not None:
        body_start = first_item - 1 if first_item and case_before_label(lines[first_item - 1].text) else first_item
    elif front.first_list is not None:
        body_start = front.lists_end
    else:
        body_start = _first_heading(lines)
    opening = _opening_items(lines, front.used, body_start)
    if opening:  # "Mötets öppnande" / "Ordföranden förklarade mötet öppnat." before the list (or the roll): items too
        if first_item is not None:
            headings.update({i: Heading(None, None, 0, lines[i].text.strip()) for i in opening})
        body_start = min(opening)
    closing = _items_after_table(lines, headings, table_ends, body_start)
    if closing:  # an item table's rows, then "Information från distriktet" / its paragraph: items of their own
        headings.update({i: Heading(None, None, 0, lines[i].text.strip()) for i in closing})
    # (the roll under an opening item's "Närvaro" stays the front matter's: its entries are no item text)
    roll_entries = {i for i in range(body_start, front.lists_end) if i in front.used and i not in opening} \
        if opening else set()
    header_end = front.first_list if front.first_list is not None else body_start
    header_end = min(header_end, body_start)
    header_lines = [line for i, line in enumerate(lines[:body_start])
                    if i < header_end or i not in front.used or is_time_line(line.text)
                    or is_place_or_date_line(line.text)]
    header = parse_header(header_lines, frozenset(id(line) for i, line in enumerate(lines[:body_start]) if i >= header_end))
    if not header.values.get("body") and front.first_list is None and body_start >= len(lines):
        raise NotMinutes(path, "inget mötesprotokoll: ingen rubrik, närvarolista eller ärendelista hittades")

    body = furniture.cut_notices([line for i, line in enumerate(lines) if i >= body_start and i not in roll_entries])
    appended = appendix_start(body)
    appendix = body[appended:] if appended is not None else []
    body = body[:appended]  # (None: no attachments after the signatures)
    end_roll = None  # the people of a roll written after the last item, its lines out of the body
    if not front.attendees and not roll:
        heads = {id(lines[i]) for i in headings if i >= body_start}
        last = max((k for k, line in enumerate(body) if id(line) in heads), default=None)
        end_roll = closing_roll(body[last + 1:]) if last is not None else None
        if end_roll:
            body = body[:last + 1 + end_roll[0]] + body[last + 1 + end_roll[1]:]
    sig = signature_start(body)
    foot = body[-FIRST_NAME_SIGNATURE_LINES:]  # the signatures too, for one signed by a given name alone
    # What the front matter labels stays apart: an election in the minutes overrides a signature
    # block's guess, never a label.
    # Two signatures side by side under one "Justerande" line may come run into one name there too.
    known = {a.name for a in front.attendees} | {n for names in front.offices.values() for n in names}
    offices = {office: list(dict.fromkeys(part for name in names for part in _run_together(name, known)))
               for office, names in front.offices.items()}
    signed: list[str] = []  # the names signed in full at the foot: who a first name elected in the text is
    if sig is not None:
        known = {a.name for a in front.attendees} | {n for names in front.offices.values() for n in names}
        for office, names in read_signatures(body[sig:]).items():
            names = [part for name in names for part in _run_together(name, known)]
            signed.extend(names)
            have = offices.setdefault(office, [])
            for name in names:
                if name not in have and (office == ADJUSTER or not have):
                    have.append(name)
        body = body[:sig]

    if not header.values.get("organisation"):
        organ = organ_of(lines)  # the ANSLAG/BEVIS block's "Organ Omvårdnadsnämnden i Västra Hälleby kommun"
        if organ:
            header.values["organisation"] = organ[1]
            header.values.setdefault("body", organ[0])
    if not header.values.get("body") or not header.values.get("date"):
        box_body, box_day = box_body_and_date(lines[:body_start])  # "Organ    Kommunstyrelsens arbetsutskott"
        if box_body and not header.values.get("body"):
            header.values["body"] = box_body
        if box_day and not header.values.get("date"):
            header.values["date"] = box_day
    if not header.values.get("date"):
        day = _day_without_year(header_lines, lines)
        if day:
            header.values["date"] = day
    protocol = Protocol.made(**header.values)
    if header.lines:
        protocol.source = span_of(lines[:header_end])
    protocol.attendees = _present_part_time(front.attendees)
    if roll:
        listed = {a.name for a in protocol.attendees}
        protocol.attendees += [a for a in roll[2] if a.name not in listed]
    surname_first = _turn_surname_first(protocol.attendees)
    at = {id(line): k for k, line in enumerate(body)}  # a notice cut from the body moves what follows it
    body_headings = {at[id(lines[i])]: h for i, h in headings.items() if i >= body_start and id(lines[i]) in at}
    if not protocol.attendees and end_roll:
        protocol.attendees = end_roll[2]  # "5. Mötet avslutades" / text / "Närvarande:" / names
    protocol.items = ItemParser(to_blocks(body, body_headings), protocol).run()
    if not protocol.attendees:  # "2. Närvaro" / "Följande närvarade: ...": the list written as an opening item
        first_items = body[:_opening_end(body_headings, len(body))]
        protocol.attendees = attendance_in_items(protocol.items[:OPENING_ITEMS]) or \
            roll_by_group(first_items) or roll_of_holdings(lines[:body_start] + first_items) or \
            appendix_roll(appendix)  # "Dalsjö 2 Lennart Smed"; "Bilaga 1 Röstlängd" after the signatures
        surname_first = _turn_surname_first(protocol.attendees)
        if protocol.attendees:  # the items again, now that the people their tasks name are known
            protocol.items = ItemParser(to_blocks(body, body_headings), protocol).run()
    if not protocol.attendees and REFERS_TO_ROLL.search(" ".join(line.text for line in lines[:body_start + HEADER_PARAGRAPH_LINES])):
        # a protokollsutdrag whose roll stays in the whole minutes ("Beslutande / Se närvarolista i protokollet."):
        # those its vote table names by name voted, so were there
        protocol.attendees = _voters_present(protocol.items)
    listed = {a.name for a in protocol.attendees}
    protocol.attendees += [a for a in excused_in_items(protocol.items[:OPENING_ITEMS]) if a.name not in listed]
    if not protocol.items and not protocol.attendees:
        raise NotMinutes(path, "inget mötesprotokoll: ingen närvarolista eller ärendelista hittades")
    _spell_out_roles(protocol.attendees)
    case = header_case_number(lines[:body_start]) if len(protocol.items) == 1 else None
    if case and protocol.items[0].case_number is None:
        # a protokollsutdrag's "Diarienummer" cell in its header: the case of the one paragraph it extracts
        protocol.items[0].case_number = case
    for office, names in elected_officers(protocol.items).items():
        if office not in front.offices or not front.offices[office]:
            offices[office] = names  # elected in the minutes: truer than a signature block's guess
    for office, names in front_officers(" ".join(line.text for line in lines[:body_start])).items():
        if not offices.get(office):
            offices[office] = names  # "Att jämte ordföranden X justera protokollet valdes Y. Sekreterare är Z."
    opening = [line.text for line in lines[:body_start]] + \
        [t for item in protocol.items[:OPENING_ITEMS] for t in (item.title, item.summary, *(d.text for d in item.decisions)) if t]
    leader = next((n for n in map(led_by, opening) if n), None)
    if leader and not front.offices.get(CHAIR):
        offices[CHAIR] = [leader]  # "Mötet leddes av X": as good as a label
    if not offices.get(CHAIR):
        opener = opening_chair(opening)
        roll_chairs = [a.name for a in protocol.attendees
                       if a.role and a.status == PRESENT and office_of(a.role.rstrip(".")) == CHAIR]
        if opener and roll_chairs != [opener]:
            # "Ordförande X öppnade mötet": the chair where none was elected (the roll's one "ordförande" opening
            # the meeting is found there, as the board's own chair: see _fill_offices)
            offices[CHAIR] = [opener]
    if not offices.get(CHAIR) and not any(office_of((a.role or "").rstrip(".")) == CHAIR and a.status == PRESENT
                                          for a in protocol.attendees):
        constituted = constituted_chair(protocol.items)
        if constituted:
            offices[CHAIR] = [constituted]  # "Styrelsen konstituerade sig: Ordförande: X": the board's chair leads
        else:
            opened = untitled_opener(protocol.items)
            if opened:
                offices[CHAIR] = [opened]  # "Lena förklarar mötet öppnat.": who opens leads where no one else is named
    if not offices.get(SECRETARY):
        keeper = kept_by([line.text for line in body]) or signed_keeper(body) or _listed_keeper(lines[:body_start])
        if keeper:
            offices[SECRETARY] = [keeper]
    for office, names in _first_name_signatures(body, protocol.attendees).items():
        if not offices.get(office):
            offices[office] = names  # "Ordförande: Mira" under minutes whose roll names people by first name
    for office, names in _given_name_signatures(foot, protocol.attendees).items():
        if not offices.get(office):
            offices[office] = names  # "Vid protokollet" / "Anna" under a roll that names her in full
    if surname_first:  # "Utses att justera Lindqvist Per-Olof", signed "Ekholm Tobias": as the list is written
        offices = {office: [turned_bare(n) for n in names] for office, names in offices.items()}
        signed = [turned_bare(n) for n in signed]
    _fill_offices(protocol, offices, signed)
    _times_from_text(protocol, body)
    protocol.scheduled_meetings = _one_per_date(protocol.scheduled_meetings)
    _next_meeting_deadlines(protocol)
    return protocol


MIN_AGENDA_HEADINGS = 3  # a printed agenda lists at least this many points
MAX_AGENDA_OTHER_LINES = 2  # ... with no more lines of other text than its own heading ("Stående dagordning ...")


def _after_standing_agenda(lines: list[Line]) -> list[Line]:
    """The lines from the minutes' title on, where a club's standing agenda is printed above it ("Stående
    dagordning vid månadsmöten" / "1. Mötet öppnas" ... / "Protokoll fört vid <club> månadsmöte <date>." /
    "1. LP X öppnade mötet."): the agenda's points are no items, and the title under them is the header."""
    numbers: list[int] = []
    other = 0
    for t, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if PREFIX.match(text) and len(numbers) >= MIN_AGENDA_HEADINGS:
            restart = next((h.number for h in map(heading_at, (x.text for x in lines[t + 1:]))
                            if h is not None and h.number is not None), None)
            # the agenda runs 1, 2, 3 ... and the minutes' own points start over under the title
            if restart == numbers[0] == 1 and numbers == list(range(1, len(numbers) + 1)):
                return lines[t:]
            return lines
        h = heading_at(text)
        if h is not None and h.number is not None and h.level == 0:
            numbers.append(h.number)
        else:
            other += 1
            if other > MAX_AGENDA_OTHER_LINES or numbers:
                return lines
    return lines


# "Se närvarolista i protokollet", "Se protokollet", "Se deltagarförteckning i huvudprotokollet": the roll is elsewhere.
REFERS_TO_ROLL = regexes.compile(r"\b[Ss]e\s+(?:närvaro\S*|deltagar\S*|huvudprotokoll\S*|protokollet)", re.IGNORECASE)


# A header's cell that names the case: "Sammanträdesdatum   Diarienummer" over "2025-06-12   HSN 2025/402".
CASE_CELL = regexes.compile(r"(?<!\S)(?:diarienummer|diarienr|dnr|ärendenummer)\.?(?=\s{2,}|\s*$)", re.IGNORECASE)
CASE_VALUE = regexes.compile(r"(?!\d{4}-\d{2}-\d{2})" + CASE_REF)  # (a date in the cell below is no case)
CASE_CELL_SLACK = 2  # how far a value may start from its cell's title, in characters


def header_case_number(lines: list[Line]) -> str | None:
    """The case number a header's "Diarienummer" cell holds in the row under it (the same column), or None."""
    for line, nxt in zip(lines, lines[1:]):
        m = CASE_CELL.search(line.text) if "iarie" in line.text or "nr" in line.text.lower() else None
        if not m:
            continue
        start = line.indent + m.start()
        for value in CASE_VALUE.finditer(nxt.text):
            if abs(nxt.indent + value.start() - start) <= CASE_CELL_SLACK:
                return value.group(0)
    return None


def _voters_present(items: list[Item]) -> list:
    """The people named in the items' roll-call votes, present once each, the party their affiliation."""
    from protokoll.record import Attendee

    out: dict[str, Attendee] = {}
    for item in items:
        for decision in item.decisions:
            for vote in decision.votes:
                for ballot in vote.ballots:
                    if ballot.vote != "absent" and ballot.name not in out:
                        role = conventions.role_word(ballot._role)
                        out[ballot.name] = Attendee.made(name=ballot.name, affiliation=ballot.party or role,
                                                         status="present", party=ballot.party,
                                                         role=role.lower() if role else None)
    return list(out.values())


def _gloss_at(text: str) -> re.Match | None:
    m = conventions.ENGLISH_GLOSS.search(text) if " / " in text else None
    if m and any(w.islower() and len(w) >= conventions.GLOSS_WORD_MIN for w in m.group("gloss").split()):
        return m
    return None


def _without_glosses(lines: list[Line]) -> list[Line]:
    """The front matter of minutes kept in two languages without its English glosses (see
    conventions.ENGLISH_GLOSS): "Närvarande / Board members ...:" is "Närvarande:", "Annika Fahl, sekreterare /
    secretary" is "Annika Fahl, sekreterare". Lines stay as they are unless enough of them are glossed."""
    glossed = {k: m for k, line in enumerate(lines) if (m := _gloss_at(line.text))}
    if len(glossed) < conventions.MIN_GLOSSED_LINES:
        return lines
    return [dc_replace(line, text=line.text[:glossed[k].start()] + (glossed[k].group("colon") or ""))
            if k in glossed else line for k, line in enumerate(lines)]


def _next_meeting_deadlines(protocol: Protocol) -> None:
    """ "Per tar fram ett förslag till nästa möte": once the whole document is read, the next meeting's date
    (where the minutes give it, in any item) is the deadline of a task that has none."""
    if not protocol.scheduled_meetings:
        return
    for item in protocol.items:
        for d in [d for it in (item, *item.subitems) for d in it.decisions]:
            for action in d.actions:
                if action.due is None:
                    action.due = dec.next_meeting_deadline(action.task or d.text, protocol.scheduled_meetings,
                                                           protocol.date) \
                        or dec.next_meeting_deadline(_own_sentences(d, action), protocol.scheduled_meetings,
                                                     protocol.date)


def _own_sentences(decision, action) -> str:
    """The text of ``decision`` that may set ``action``'s deadline: all of it, less the sentences that give
    another actor a task of their own ("Gunilla uppdaterar kölistan. Tobias tar fram ett förslag till nästa
    styrelsemöte.": the next meeting is Tobias's deadline, not Gunilla's)."""
    others = {a.task for a in decision.actions if a.task and a.task != action.task}
    if not others:
        return decision.text
    return " ".join(s for s in dec.sentences(decision.text) if not any(t in s for t in others))


# A year standing alone in the header ("Årsmöte 2025") or counting its minutes ("Protokoll 3/2025", "nr 5/2025"),
# of this or the last century
_HEADER_YEAR = regexes.compile(r"(?:(?<![\d/.-])|(?<=(?<![\d/])\d/)|(?<=(?<![\d/])\d\d/)|(?<=(?<![\d/])\d\d\d/))"
                               r"(?:19|20)\d{2}(?![\d-])")


def _day_without_year(header_lines: list[Line], lines: list[Line]) -> dt.date | None:
    """The meeting's day where the header writes it without a year ("Datum: tisdagen den 4 mars"): the year the
    header names elsewhere, else the year that puts it nearest the first full date of the minutes."""
    day = next((d for line in header_lines if (d := dates.day_without_year(line.text))), None)
    if day is None:
        return None
    year = next((int(m.group(0)) for line in header_lines if (m := _HEADER_YEAR.search(line.text))), None)
    if year:
        try:
            return dt.date(year, *day)
        except ValueError:  # "30 februari"
            return None
    anchor = next((found[0][0] for line in lines if dates.DIGIT.search(line.text)
                   and (found := dates.find_dates(line.text, None))), None)
    return dates.nearest_year(*day, anchor) if anchor else None


def _one_per_date(meetings: list) -> list:
    """One scheduled meeting a date: a date read twice (in a list and again with its time) is one meeting."""
    by_date: dict = {}
    for m in meetings:
        have = by_date.get(m.date)
        if have is None:
            by_date[m.date] = m
        else:
            have.start_time = have.start_time or m.start_time
            have.end_time = have.end_time or m.end_time
    return list(by_date.values())


# "Mötet öppnades kl 18.34", "förklarade årsmötet avslutat kl. 20.40", "Mötet avslutades 20.05", and in the
# present tense minutes also use: "Ordföranden öppnar mötet kl. 18.00", "förklarar mötet avslutat kl. 17.45".
_MEETING = r"\S*(?:mötet|stämman|sammanträdet|landskapet)"  # (a student nation's meeting is its "landskap")
_AT = r"\s*(?:kl\.?|klockan)?\s*(?P<h>\d{1,2})[.:](?P<m>\d{2})\b"
# who opened or closed it may stand between: "Mötet avslutades av Sam Hammar 18:47", "... av ordföranden kl. 16.05"
_BY = r"(?:\s+av\s+[\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})?"


def _moment(verb: str) -> re.Pattern:
    """The sentence that opens (verb "öppna") or closes ("avsluta") the meeting, with its time."""
    return regexes.compile(rf"\b(?:{verb}(?:des|s)|förklara(?:de|des|s|r)?\s+(?:{_MEETING}\s+)?{verb}[td]?|"
                      rf"{verb}(?:de|r)\s+{_MEETING}){_BY}{_AT}", re.IGNORECASE)


OPENED = _moment("öppna")
CLOSED = _moment("avsluta")
# "§ 8 Sammanträdet, som pågick kl. 13.00–15.10, förklaras avslutat.": the closing sentence gives the whole span.
LASTED = regexes.compile(rf"\b{_MEETING},?\s+som\s+(?:har\s+)?pågick\s+(?:mellan\s+)?(?:kl\.?|klockan)?\s*"
                         r"(?P<h>\d{1,2})[.:](?P<m>\d{2})\s*(?:[-–—]{1,2}|till|och)\s*(?:kl\.?\s*)?"
                         r"(?P<h2>\d{1,2})[.:](?P<m2>\d{2})\b", re.IGNORECASE)


def _times_from_text(protocol: Protocol, body: list[Line]) -> None:
    """Where the header gives no time, the opening and closing sentences do."""
    if protocol.start_time and protocol.end_time:
        return
    text = join([line.text for line in body])
    lasted = LASTED.search(text) if "pågick" in text else None
    if lasted:
        protocol.start_time = protocol.start_time or f"{int(lasted.group('h')):02d}:{lasted.group('m')}"
        protocol.end_time = protocol.end_time or f"{int(lasted.group('h2')):02d}:{lasted.group('m2')}"
    if protocol.start_time is None:
        m = OPENED.search(text)
        if m:
            protocol.start_time = f"{int(m.group('h')):02d}:{m.group('m')}"
    if protocol.end_time is None:
        found = list(CLOSED.finditer(text))
        if found:
            protocol.end_time = f"{int(found[-1].group('h')):02d}:{found[-1].group('m')}"


def _spell_out_roles(attendees) -> None:
    """An abbreviated role beside a name as the role word it stands for ("(ordf)", "sekr.", "v. ordf" →
    "ordförande", "sekreterare", "vice ordförande"). The affiliation stays as the list writes it (the
    spec: what the list writes beside the name), so the person is still found by what the page says."""
    for a in attendees:
        if a.role:
            a.role = conventions.role_word(a.role)


def _turn_surname_first(attendees) -> bool:
    """Put the attendees' names in the order "First Last" where the document writes them surname first without
    a comma ("Dahlgren Birgitta (S), ordförande"); whether it does."""
    if not writes_surname_first([a.name for a in attendees]):
        return False
    for a in attendees:
        a.name = turned_bare(a.name)
    return True


FIRST_NAME_SIGNATURE_LINES = 6  # the last lines of the minutes read for an office signed by a first name


def _first_name_signatures(body: list[Line], attendees) -> dict[str, list[str]]:
    """ "Ordförande: Mira" / "Sekreterare: Liam" at the foot of minutes whose roll names people by their first
    name only: that attendee holds the office (a first name alone is read as a signature nowhere else)."""
    firsts = {a.name for a in attendees if a.name and " " not in a.name.strip()}
    out: dict[str, list[str]] = {}
    for line in body[-FIRST_NAME_SIGNATURE_LINES:] if firsts else ():
        text = line.text.strip()
        m = conventions.OFFICE.match(text) if ":" in text else None
        office = office_of(m.group("word")) if m and ":" in m.group(0) else None
        name = text[m.end():].strip().rstrip(".") if office else ""
        if name in firsts:
            out.setdefault(office, []).append(name)
    return out


def _given_name_signatures(foot: list[Line], attendees) -> dict[str, list[str]]:
    """ "Vid protokollet" / "Anna", "Hälsningar" / "Anna" / "Sekreterare": the foot of minutes signed with a given
    name alone, under the secretary's label or over the office's word; the office goes to that name where exactly one
    attendee has it as a given name (``_fill_offices`` writes the name in full)."""
    given: dict[str, int] = {}
    for a in attendees:
        words = (a.name or "").split()
        if len(words) >= 2:
            given[words[0]] = given.get(words[0], 0) + 1
    out: dict[str, list[str]] = {}
    for k, line in enumerate(foot):
        name = line.text.strip().rstrip(".,")
        if given.get(name) != 1:
            continue
        above = foot[k - 1].text.strip().rstrip(":").lower() if k else ""
        below = foot[k + 1].text.strip().rstrip(".:").lower() if k + 1 < len(foot) else ""
        office = office_of(below) or (SECRETARY if above in conventions.KEEPER_LABELS else None)
        if office and name not in out.get(office, []):
            out.setdefault(office, []).append(name)
    return out


# "Fastställande av röstlängd", "Justering av röstlängd", "Upprop och fastställande av närvarolista": an opening item
# that settles the roll, and may hold it ("Närvarande med rösträtt:" / one name a line).
ROLL_SETTLED = regexes.compile(r"\b(?:röstlängd|röstlängden|närvarolista|närvarolistan)\b", re.IGNORECASE)
PRESENT = "present"  # an attendee's status as the record writes it: only one present can have led or kept the minutes


def _fill_offices(protocol: Protocol, offices: dict[str, list[str]], signed: list[str] = ()) -> None:
    """Chair, secretary and adjusters from labels and signatures; else from the attendees' roles. ``signed``:
    the names of the signature block, where a first name elected in the text ("Stina valdes till sekreterare")
    finds its surname when the attendees do not give it."""
    people = [a.name for a in protocol.attendees]
    people += [n for n in signed if n not in people]
    # "Till ordförande valdes Lisa": the attendee of that first name, where the list has one
    offices = {office: [in_full(n, people) for n in names] for office, names in offices.items()}
    if offices.get(CHAIR):
        protocol.chair = offices[CHAIR][0]
    if offices.get(SECRETARY):
        protocol.secretary = offices[SECRETARY][0]
    board_chair = False  # the chair is the one the roll names so: a board's own chair
    if protocol.chair is None:
        # "ordförande", "ordf.", "mötesordförande": the role names the chair ("vice ordförande" does not); one
        # listed under "Anmält förhinder" ("Name, ordförande SDN X") chaired nothing
        chairs = [without_nickname(a.name) for a in protocol.attendees
                  if a.role and a.status == PRESENT and office_of(a.role.rstrip(".")) == CHAIR]
        if len(chairs) == 1:
            protocol.chair = chairs[0]
            board_chair = True
    if protocol.secretary is None:
        # "sekreterare", "sekr.": a board's secretary keeps its minutes where no one else is named for it
        keepers = [without_nickname(a.name) for a in protocol.attendees
                   if a.role and a.status == PRESENT and _keeps_minutes(a.role)]
        if len(keepers) == 1:
            protocol.secretary = keepers[0]
    # The chair signs with the adjusters ("Justeras: <chair>, <adjuster>") but checks no minutes of their own.
    signers = offices.get(ADJUSTER, [])
    protocol.adjusters = [n for n in signers if n not in (protocol.chair, protocol.secretary)]
    if board_chair and not protocol.adjusters and signers == [protocol.chair]:
        # "Justeras: <chair>" alone under a board's roll ("Tommy Lindqvist, ordf"): the chair checks the minutes
        # (a meeting's elected chair signs as chair)
        protocol.adjusters = signers


def _present_part_time(attendees: list) -> list:
    """A member present for some paragraphs ("Anders Fröjd, dekanus, §§ 5–11") and listed again as not present
    for the others ("Ej närvarande ledamöter" / "Anders Fröjd, §§ 1–4") is one attendee, present (a faculty's or
    an academy's board writes both)."""
    part_time = {a.name for a in attendees if a.status == PRESENT and a.note and "§" in a.note}
    if not part_time:
        return attendees
    return [a for a in attendees if not (a.status != PRESENT and a.name in part_time and a.note and "§" in a.note)]


# Compound secretaries who keep a body's minutes: "nämndsekreterare", "kommunsekreterare", "styrelsesekreterare"
# (a "generalsekreterare" or "vice sekreterare" keeps none).
KEEPER_SECRETARY = regexes.compile(r"^(?!general|vice\b)[a-zåäö]+sekreterare$")


def _keeps_minutes(role: str) -> bool:
    role = role.lower().rstrip(".")
    return office_of(role) == SECRETARY or bool(KEEPER_SECRETARY.match(role))


def _opening_items(lines: list[Line], used: set[int], start: int) -> list[int]:
    """Unnumbered items before the body's ``start`` (the first numbered heading, or the line after the roll):
    a heading opening the meeting ("Mötets öppnande", see labels.OPENING) that stands apart with a sentence
    under it (which the front matter does not read), and each heading standing apart after it up to ``start`` ("Val av
    justerare" over its sentence; "Närvaro" alone over the roll the front matter reads). The indexes of those
    headings, or none where a paragraph between is no such heading (a header field, an agenda of bare titles)."""
    # A text without blank lines (a PDF's text without its paragraph spacing) marks a heading by the full stop
    # of the sentence before it, or by the roll's last entry, instead.
    blankless = not any(line.blank_before for line in lines[1:start])  # (the first line stands after the start)
    first = next((i for i in range(start) if (lines[i].blank_before or blankless) and labels.OPENING.match(lines[i].text)
                  and heading_like_line(lines[i].text)), None)
    if first is None or first + 1 >= start or first + 1 in used or lines[first + 1].blank_before \
            or not ends_sentence(lines[first + 1].text):
        return []
    heads = [first]
    for i in range(first + 1, start):
        line = lines[i]
        bare_roll_head = i in used and (h := heading_of(line.text)) is not None and not h.rest.strip() \
            and ":" not in line.text
        apart = line.blank_before or blankless and (i not in used or bare_roll_head) \
            and (ends_sentence(lines[i - 1].text) or i - 1 in used and i - 1 not in heads)
        if not apart:
            continue  # a heading's text, or the roll's entries
        if (i not in used or bare_roll_head) and heading_like_line(line.text) and i + 1 < start \
                and not lines[i + 1].blank_before:
            heads.append(i)
        else:
            return []
    return heads


def _items_after_table(lines: list[Line], headings: dict, ends: list[Line], start: int) -> list[int]:
    """Unnumbered items after a table of items that holds the last numbered ones (``ends``: the line right after each
    item table, see tables.unfold_marked): a table's row holds all its item's text, so what follows the table is no
    row's. The indexes of the headings standing apart there, each a short line with its paragraph under it, up to the
    signatures; none where the first paragraph after the table is no such heading (a note to the last row)."""
    after = {id(line) for line in ends}
    end = next((i for i in range(start, len(lines)) if id(lines[i]) in after), None)
    if end is None or any(i >= end for i in headings) \
            or sum(1 for h in headings.values() if h.number is not None) < MIN_NUMBERED_HEADINGS:
        return []  # (a table of one or two rows, a scan's header cells read apart, lists no document's items)
    sig = signature_start(lines[end:])
    stop = end + sig if sig is not None else len(lines)
    heads = []
    for i in range(end, stop):
        if not (lines[i].blank_before or i == end):
            continue
        last = next((k for k in range(i + 1, stop) if lines[k].blank_before), stop) - 1  # its paragraph's last line
        if last > i and heading_like_line(lines[i].text) and ends_sentence(lines[last].text) \
                and labels.section_of(lines[i].text) is None and not is_place_or_date_line(lines[i].text):
            heads.append(i)
        elif i == end:
            return []
    return heads


def _first_heading(lines: list[Line]) -> int:
    for i, line in enumerate(lines):
        if re.match(r"^(?:§\s*)?1\.?\s+[A-ZÅÄÖ]", line.text) or labels.OPENING.match(line.text):
            return i
    return len(lines)


_HEADING_START = regexes.compile(r"^[A-ZÅÄÖÉ0-9\"”'’«]")
_CLAUSE_ENDS = frozenset(".,;:")  # "[.,;:]$", tested by ends_sentence


def _heading_like(text: str) -> bool:
    text = GARBLED_NUMBER.sub("", text)
    return (bool(_HEADING_START.match(text)) and not STARTS_ATT.match(text)
            and len(text) <= 160 and len(text.split(None, 20)) <= 20 and not ends_sentence(text, _CLAUSE_ENDS))


# "Körresan: Sofie undersöker priser ...": a topic under "Övriga frågor" named before a colon, its text after.
OTHER_TOPIC = regexes.compile(r"^(?P<topic>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,%d}):\s+(?=\S)" % (labels.TOPIC_MAX_WORDS - 1))
# ("Nästa samråd": a tenants' association's and its landlord's standing meeting)
NEXT_TITLE = regexes.compile(r"^nästa\s+(?:\w+)?(?:möte|sammanträde|träff|samråd)", re.IGNORECASE)
# "Datum inför höstens möten:" / "• 14 augusti kl 18:15" / "• 11 september kl 18:15": a title over the dates of the
# meetings to come, one a list line each; each such line is a meeting.
MEETING_DATES_TITLE = regexes.compile(r"^(?:datum\s+(?:inför|för)\s+(?:\w+\s+)?(?:möten|sammanträden)|"
                                      r"(?:kommande|höstens|vårens|vinterns|sommarens)\s+(?:\w+)?(?:möten|sammanträden)|"
                                      r"(?:möte|sammanträde)sdatum\s+(?:för\s+)?(?:hösten|våren)|mötestider|sammanträdestider|"
                                      # "Möten under våren:", "Styrelsemöten under hösten 2026"
                                      r"\w*(?:möten|sammanträden)\s+under\s+(?:hösten|våren|vintern|sommaren|året))",
                                      re.IGNORECASE)
# The same words as a paragraph's label before its dates ("Kommande möten: 15 april, 20 maj och 17 juni kl. 19.00").
MEETING_DATES_LABEL = regexes.compile(MEETING_DATES_TITLE.pattern + r"\s*:\s*", re.IGNORECASE)
ADOPTED = regexes.compile(r"\battsats(?:erna)?\s+(?P<nums>\d+(?:\s*(?:,|och|&)\s*\d+)*)\s+(?P<verb>bifalles|bifalls|"
                     r"bifölls|antas|antogs|godkänns|godkändes|avslås|avslogs)", re.IGNORECASE)
# "att attsatsen bifalles." (the proposal's one clause, the decision itself written as an att-clause)
ALL_ADOPTED = regexes.compile(r"^(?:att\s+)?(?:förslaget|förslagen|attsatserna|attsatsen)\s+(?:bifalles|bifalls|bifölls|antas|antogs|godkänns)|"
                         r"\bbifaller\s+förslaget\b|^bifall\s+till\s+förslaget", re.IGNORECASE)


_BEFORE_ATT = regexes.compile(r"(?<=[,.;])\s+(?=att\s)")  # where the next att-clause of a proposal starts


def _att_clauses(section) -> list[str]:
    """The att-clauses of an item's section (its (block, text) pairs), in order: "att A, samt" / "att B."."""
    return [_until_proposal(c) for _, text in section
            for c in _BEFORE_ATT.split(text) if STARTS_ATT.match(c.strip())]


def _adopted_clauses(text: str, clauses: list[str]) -> list[str] | None:
    """The proposal clauses ``text`` adopts ("attsats 1 bifalles attsats 2 bifalles"), or None when it is
    a decision of its own."""
    found = list(ADOPTED.finditer(text))
    if found:
        out = []
        for m in found:
            if m.group("verb").lower().startswith("avsl"):
                continue
            for n in re.findall(r"\d+", m.group("nums")):
                if 1 <= int(n) <= len(clauses):
                    out.append(clauses[int(n) - 1])
        return out
    if ALL_ADOPTED.search(text.strip()):
        return list(clauses)
    return None


# Written to start with the space it consumes, the stop tested behind it: a pattern that starts with a
# character class lets re skip straight to the spaces (a leading lookbehind is tried at every position).
# The same matches as "(?<=[.!?])\s+" (sentences themselves: dec.sentences, which knows abbreviations).
_AFTER_STOP = regexes.compile(r"\s(?<=[.!?]\s)\s*")


def _sentences(block: Block, width: float = float("inf")) -> list[tuple[str, bool, list, bool]]:
    """The sentences of a paragraph, each with whether it starts a line, the lines it spans, and whether
    it is a line of a list after a line ending in a colon (each such line is a sentence of its own). With the
    text's wrap ``width``, a line that opens a decision or a task after a line well short of it starts a sentence
    of its own, full stop or not (minutes written one sentence a line without stops)."""
    out: list[list] = []
    listing = electing = opened = False  # opened: the line before was an election verb without its object
    before = None  # the line before
    for line in block.lines:
        text = line.text
        bullet = dec.BULLET.match(text) or dec.LETTERED_POINT.match(text)
        if bullet:  # "• Per kontaktar kommunen ...", "a) Per ...": a point starts a sentence, its mark is no part of it
            text = text[bullet.end():]
        parts = dec.sentences(text)
        unstopped = before is not None and before.text.strip() and len(before.text) < WRAP_SHARE * width \
            and not ends_open(before.text) \
            and text[:1].isupper() and _opens_decision(parts[0])
        before = line
        for k, part in enumerate(parts):
            if k == 0 and out and not listing and not bullet and not unstopped and \
                    (not dec.ends_sentence_or_tail(out[-1][0]) or ends_open(out[-1][0])  # "kl." / "10.00"
                     or part[:1] == "(" and dec.RESPONSIBLE_OPENS.match(part)):  # "(Ansvar: Per)" wrapped off its task
                out[-1][0] = join([out[-1][0], part])
                out[-1][2].append(line)
            else:
                out.append([part, k == 0, [line], listing and k == 0])
        if line.text.rstrip().endswith(":") and not dec.RESPONSIBLE_OPEN_END.search(line.text.rstrip()) or opened:
            # (not "… före påsk. (Ansvar:" / "Omar och Tuva)": a responsible tail wrapped after its label)
            # "Mötet valde" / "Saga Berg till mötesordförande." / "Noa Vik till sekreterare.": the lines after the
            # first of an election list are its points, as after a colon
            electing = opened
            listing = True
        elif listing and re.search(r"[.!?]$", line.text.rstrip()) and len(line.text.split()) >= 5 \
                and not (electing and ELECTED_LINE.match(line.text)):
            listing = electing = False
        opened = line.text.endswith(ELECTION_LEADS) and election_lead(line.text)
    return [tuple(x) for x in out]


# A line at least this share of the wrap width may have been wrapped: a sentence on the next line may go on
# with it. A shorter line ending a sentence ends the decision there.
WRAP_SHARE = 0.75


def _opens_decision(text: str) -> bool:
    """Whether a line opens a decision or a task sentence ("Styrelsen beslöt att ...", "Rolf S återkommer ...")."""
    return dec.running_decision(text) or bool(GIVES_TASK.match(text)) or dec.task_sentence(text, strict=True)


def _sentence_decisions(block: Block, judged: bool, initials: frozenset[str] = frozenset(),
                        width: float = float("inf"), body: str | None = None) -> list[tuple[str, list]]:
    """Decisions in one paragraph of running text: each runs from a decision or task sentence to the
    paragraph's end, or to the next such sentence that starts a line or follows a full stop; a sentence that
    starts a line after a short line ending a sentence (no wrap) is no part of the decision before it."""
    out: list[list] = []  # [text, lines, (text, line count) before the first sentence joined after its full stop]
    listed = closed = leads = False  # list lines after a decision ending in a colon; a full sentence after them
    for sentence, line_start, lines, in_list in _sentences(block, width):
        # A full sentence after list lines ends the list ("Konstituerade sig styrelsen enligt följande: /
        # Kassör: X / Beslöts att ..."): it may open a decision of its own.
        ends_list = listed and line_start and sentence.endswith(".") and len(sentence.split()) >= 5 and \
            bool(out) and not out[-1][0].endswith((".", "!", "?"))
        opens = (not (in_list and out) or ends_list) and not reported_task(sentence, body) and (
            dec.running_decision(sentence) or dec.task_sentence(dec.without_topic(sentence, initials), initials)
            or own_proposal_sentence(sentence, body) or GIVES_TASK.match(sentence)
            or (judged and STARTS_ATT.match(sentence)))
        # A sentence after a full stop mid-line: typesetting reflows a paragraph, so that where its lines start
        # says little. A reservation or a proposal there ends the decision before it as at a line's start; a
        # task or decision sentence goes on with it (the writer's "att beställa grus. Olle beställer gruset
        # senast den 15 september." is one decision).
        stopped = line_start or (bool(out) and out[-1][0].endswith((".", "!", "?")) and not ends_open(out[-1][0]))
        if opens and (not out or line_start or closed):
            # (after a report that closed the decision before, a decision sentence mid-line opens its own:
            # "Kassören redovisade ekonomin. Styrelsen beslutade att ...")
            rest = labels.formula_of(sentence)
            out.append([rest if rest else sentence, list(lines), None])
            listed = closed = False
        elif stopped and (dec.reserves(sentence) or dec.ADJOURNMENT.match(sentence)
                          or (leads := bool(out and dec.PROPOSES.search(sentence)))
                          or (line_start and out and _may_count(sentence.lower()) and dec.counted_vote(sentence))):
            # "Per Berg reserverade sig mot beslutet.", "Sammanträdet ajourneras 14.10–14.25.": no part of
            # the decision before it. A proposal leads the next decision, and so do the sentences of report
            # run on before it after the decision's full stop ("... 2024. En motion har kommit in ...
            # Styrelsen föreslår att motionen avslås."): the decision ends at its own full stop.
            if out and not closed and leads and out[-1][2] is not None:
                out[-1][0], kept = out[-1][2]
                del out[-1][1][kept:]
            closed = True
        elif out and not closed and line_start and not in_list and not listed \
                and dec.ends_sentence_or_tail(out[-1][0]) and (len(out[-1][1][-1].text) < WRAP_SHARE * width
                                                               or out[-1][0].endswith(")")
                                                               and dec.RESPONSIBLE_TAIL.search(out[-1][0])):
            # "Styrelsen beslutade att ... . / Kassören berättade att ...": a report after it; a task closed by
            # who carries it out ("... (Ansvar: Malin)") has ended, however long its line
            closed = True
        elif out and not closed:
            if ends_list:
                # "Följande valdes: / A  Sandvreten  omval / ... / Följande har ett år kvar: ...": a full
                # sentence after list lines that are none ends the list.
                closed = True
                continue
            listed = listed or in_list
            if stopped and out[-1][2] is None:
                out[-1][2] = (out[-1][0], len(out[-1][1]))
            out[-1][0] = join([out[-1][0], sentence])
            out[-1][1].extend(lines)
    return [(t, ls) for t, ls, _ in out if t.strip()]


def _topic_bullet(block: Block, text: str, after: list[tuple[Block, str]]) -> bool:
    """Whether a bullet line names the topic of the text under it ("• Vårresan" / "Styrelsen beslutar att ..." /
    "• Medlemsmöte" / "Anna bokar lokal."): a few capitalised words without a stop, over a line of text, no task
    of its own. Such a line opens the next topic; it is no point of the decision before it."""
    if block.kind != "dash" or len(block.lines) != 1 or not dec.BULLET.match(block.lines[0].text):
        return False
    topic = dec.BULLET.sub("", text).strip()
    return bool(after) and after[0][0].kind == "text" and topic[:1].isupper() and topic[-1:].isalnum() \
        and len(topic.split()) <= labels.TOPIC_MAX_WORDS and not dec.task_sentence(topic)


def _terms_changed(item: Item, blocks: list[Block]) -> list[tuple[str, list]]:
    """An item with no decision otherwise whose text changes a term in the present passive ("Hyresavtalet med X
    förlängs ett år.", see decisions.TERMS_CHANGED): each such sentence is its decision. Not under a report's title
    ("Information", "Övriga frågor"), where it tells what happens."""
    title = item.title or ""
    if labels.REPORT_ITEMS.match(title) or labels.OTHER_QUESTIONS.match(title) or labels.ROUND_ITEMS.match(title):
        return []
    return [(sentence, list(block.lines)) for block in blocks for sentence in dec.sentences(block.text)
            if dec.TERMS_CHANGED.match(sentence) and not dec.NOT_RUNNING.search(sentence)]


def _summary_decisions(blocks: list[Block], initials: frozenset[str], width: float,
                       body: str | None = None) -> list[tuple[str, list]]:
    """Decisions in an item's report with no decision section. A one-sentence paragraph, a decision or not,
    that leads a dash list of tasks ("Föreningen står för fikat. / – Pia köper bullar. / – Jamal ordnar
    kaffe.") is one decision with its list: dash lines under a paragraph belong to it."""
    out: list[tuple[str, list]] = []
    # "Bilaga 2", "Bilaga 2.1 & 2.2" alone on a line: a reference to the papers, no report before the clauses
    blocks = [b for b in blocks if not (b.text[:3] in ("Bil", "bil") and ATTACHMENT_REFERENCE.match(b.text))]
    closing = _closing_clauses(blocks)
    if closing:
        blocks, clauses = blocks[:-closing], blocks[-closing:]
    else:
        leading = _leading_clauses(blocks)
        out.extend((b.text, list(b.lines)) for b in blocks[:leading])
        blocks = blocks[leading:]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "dash" and STARTS_ATT.match(_undashed(block).text):
            # "Motion har inkommit om att stämman beslutar / -att styrelsen ska bestå av ... / -att ordföranden
            # väljs på ett år ...": an att-clause listed in a report is what someone proposes, no decision
            i += 1
            continue
        found = _sentence_decisions(_undashed(block), judged=False, initials=initials, width=width, body=body)
        n = _led_tasks(blocks, i, initials) if len(found) <= 1 and block.kind == "text" else 0
        if n:
            listed = blocks[i + 1:i + 1 + n]
            out.append((join([block.text] + [dec.BULLET.sub("- ", b.text) for b in listed]),
                        list(block.lines) + [line for b in listed for line in b.lines]))
            i += 1 + n
            continue
        n = _dash_lines_under(blocks, i, spaced=True) if found and found[-1][0].rstrip().endswith(":") else 0
        if n:
            # "Medskick till socialchefsnätverket:" / "- ta fram ...": the lines after a decision that ends in a
            # colon belong to it, dashes or not (spec "Where a reading is open")
            listed = blocks[i + 1:i + 1 + n]
            found[-1] = (join([found[-1][0]] + [dec.BULLET.sub("- ", b.text) for b in listed]),
                         found[-1][1] + [line for b in listed for line in b.lines])
        out.extend(found)
        i += 1 + n
    if closing:
        out.extend((b.text, list(b.lines)) for b in clauses)
    return out


_REPORT_ENDS = frozenset(".!?")  # a report sentence ends so; a colon would lead a proposal's clauses


def _closing_clauses(blocks: list[Block]) -> int:
    """How many att-clauses close an item's report with no formula before them ("Jenny gick igenom protokollet." /
    "att lägga protokollet till handlingarna."; after a report's points too): the item's decisions, their formula ("Styrelsen beslutade") left
    out as understood or set in a margin the text lost. None after a proposal ("Motionären föreslår ...")."""
    n = 0
    while n < len(blocks) and blocks[-1 - n].kind == "text" and STARTS_ATT.match(blocks[-1 - n].text):
        n += 1
    if not n or n == len(blocks):
        return 0
    before = blocks[-1 - n]
    # (the report may end in points: "a) Hyresförhandlingarna inleds i september." / "att lägga informationen ...")
    if before.kind not in ("text", "dash") or not ends_sentence(before.lines[-1].text, _REPORT_ENDS) \
            or dec.PROPOSES.search(before.text):
        return 0
    return n


ATTACHMENT_REFERENCE = regexes.compile(r"^(?:bilag(?:a|or)|bil\.)\s*\d[\d.]*(?:\s*(?:[-–&,]|och)\s*\d[\d.]*)*\.?$",
                                       re.IGNORECASE)


def _leading_clauses(blocks: list[Block]) -> int:
    """How many att-clauses open an item's text right under its title, each a paragraph of its own ("§ 9
    Föregående protokoll" / "att lägga protokollet till handlingarna." / "Beslutsunderlag ..."): the item's
    decisions, a case system's "Beslut" set in a margin the text lost and the report after them. Only
    where the clauses end a sentence ("att …, samt" / "att …."): a clause running on into a report is none."""
    n = 0
    while n < len(blocks) and blocks[n].kind == "text" and STARTS_ATT.match(blocks[n].text):
        n += 1
    if n and not ends_sentence(blocks[n - 1].lines[-1].text, _REPORT_ENDS):
        return 0
    return n


_LEAD_ENDS = frozenset(".:")  # a list's lead ends a sentence or opens the list


def _led_tasks(blocks: list[Block], i: int, initials: frozenset[str]) -> int:
    """How many dash lines right under the one-sentence paragraph ``blocks[i]`` make a list of tasks it leads
    (0 where the list holds no task or the paragraph is longer)."""
    block = blocks[i]
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "dash" or not ends_sentence(block.lines[-1].text, _LEAD_ENDS) \
            or len(_sentences(block)) != 1:
        return 0  # (the cheap tests first: most paragraphs lead no list)
    n = _dash_lines_under(blocks, i)
    tasks = [dec.task_sentence(_undashed(b).text, initials) for b in blocks[i + 1:i + 1 + n]]
    return n if tasks and any(tasks) else 0


def _dash_lines_under(blocks: list[Block], i: int, spaced: bool = False) -> int:
    """How many dash lines stand right under ``blocks[i]``, no blank line between; ``spaced``: the first may stand a
    blank line under it (a word processor's list under a lead that ends in a colon: "Medskick till X:" / (blank) /
    "– ta …")."""
    n = 0
    while i + 1 + n < len(blocks) and blocks[i + 1 + n].kind == "dash" and \
            (spaced and not n or not blocks[i + 1 + n].blank_before):
        n += 1
    return n


def _undashed(block: Block) -> Block:
    """A list line without its dash or bullet ("• Greta samordnar ..."), read as the sentence it holds."""
    if block.kind != "dash":
        return block
    first = block.lines[0]
    cut = DASH.match(first.text)
    if not cut or not cut.end():
        return block
    line = dc_replace(first, text=first.text[cut.end():], start=first.start + cut.end())
    return dc_replace(block, lines=[line] + block.lines[1:])


def _task_sentences(block: Block, initials: frozenset[str], body: str | None = None) -> list[tuple[str, list]]:
    """Task sentences in a paragraph of report, each with the sentences that follow it on its line (not those of
    the meeting's own ``body``: "Valnämnden ska besluta om ..." in a valnämnd's Ärendebeskrivning says what the
    matter asks of it, the decision follows)."""
    out: list[list] = []
    for sentence, line_start, lines, _ in _sentences(block):
        if dec.report_task(sentence, initials) and not _own_body_acts(sentence, body) \
                and not reported_task(sentence, body):
            out.append([sentence, list(lines), True])
        elif out and out[-1][2] and not line_start:
            out[-1][0] = join([out[-1][0], sentence])
            out[-1][1].extend(lines)
        elif out:
            out[-1][2] = False  # a sentence on a later line is report again
    return [(t, ls) for t, ls, _ in out]


def _decides_after_vote(text: str) -> bool:
    """Whether a formula line in a vote section is the decision that follows the vote rather than the vote's
    result: "Omröstningsresultat: 9 ja, 33 nej / Stämman beslutade att avslå motionen." decides; "Med 7
    ja-röster mot 5 nej-röster beslutar nämnden enligt ordförandens förslag" tells the result."""
    rest = labels.formula_of(text)
    return bool(rest) and rest.startswith("att") and dec.counted_vote(text) is None


# "Tomas Lind, kanslichef, sekreterare" in the roll: an official's job, then the office they hold at the meeting.
_LISTED_KEEPER = regexes.compile(r"^(?:[A-ZÅÄÖ][\wåäöé-]*\s+){0,3}?(?P<name>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2}),"
                                 r"\s*[a-zåäö][\wåäö -]{1,40},\s*(?:sekreterare|protokollförare|sekr\.?)$")


def _listed_keeper(lines: list[Line]) -> str | None:
    """The name of a front-matter roll's entry whose last role is the secretary's (see _LISTED_KEEPER), or None.
    The roll's heading may stand before the name on the line ("Övriga närvarande   Tomas Lind, ...")."""
    for line in lines:
        text = line.text.strip()
        if "," not in text or not text.endswith(("sekreterare", "protokollförare", "sekr", "sekr.")):
            continue
        m = _LISTED_KEEPER.match(_COLUMN_LABEL.sub("", text))
        if m:
            return m.group("name")
    return None


_COLUMN_LABEL = regexes.compile(r"^.*?\S\s{3,}(?=\S)")  # a label cell before the value in a layout row


def _tells_result(text: str) -> bool:
    """Whether a formula line after the "Propositionsordning" tells the vote's result: a tally, and no att-clause of
    its own ("Med 5 ja-röster mot 2 nej-röster beslutar nämnden enligt förslaget till beslut.")."""
    return dec.counted_vote(text) is not None and _ATT_WORD.search(text) is None


_ATT_WORD = regexes.compile(r"\batt\b", re.IGNORECASE)


def _may_count(low: str) -> bool:
    """Whether a lower-cased text may hold a reservation or a tally (see _extras)."""
    return "reserver" in low or dec.may_count(low)


# Definite and genitive endings of a body's name: "Arbetsutskottet", "Nämndens", "Styrelsen" → the stem.
_BODY_ENDING = regexes.compile(r"(?:ens|ets|en|et|ns|s|n)$")
_PROPOSER = regexes.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,2}?(?P<who>[\wåäö-]+)\s+föreslår\b")


_SUBJECT = regexes.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+)\s")


def _own_body_acts(sentence: str, body: str | None) -> bool:
    """Whether ``sentence`` opens with the meeting's own ``body`` as its subject ("Regionstyrelsen ska ta ställning
    till ..." in a regionstyrelse's minutes)."""
    m = _SUBJECT.match(sentence) if body else None
    return bool(m) and _same_body(m.group("who"), body)


# A task another body gave before this meeting, told in its minutes: "Årsmötet gav styrelsen i uppdrag att ta in
# offerter." in the board's minutes, "Förra årsmötet gav styrelsen i uppdrag ..." in the annual meeting's own.
# An earlier meeting of the same name is marked before the verb ("Förra årsmötet", "Årsmötet 2025 gav") or after it
# ("Årsmötet gav förra året styrelsen ...", "Styrelsen gav vid förra mötet ...").
_BODY_GAVE = regexes.compile(r"^(?P<earlier>(?:Förra|Föregående|Fjolårets|Senaste)\s+)?(?P<who>[A-ZÅÄÖ][\wåäö-]+)"
                             r"(?P<year>\s+(?:19|20)\d\d)?\s+(?:gav|uppdrog)\s+(?P<when>(?:i\s+fjol|förra\s+året|"
                             r"(?:vid|på)\s+(?:förra|föregående|sitt|ett\s+tidigare)\s)"
                             r")?", re.IGNORECASE)
# The meeting itself as the giver: its own task ("Mötet gav Per i uppdrag att ...").
_THIS_MEETING = frozenset(("mötet", "sammanträdet", "vi"))


def reported_task(sentence: str, body: str | None) -> bool:
    """Whether ``sentence`` reports a task given earlier by another body than the meeting's own ``body``, or by
    an earlier meeting of it: its context, no task of this meeting (the task it leads to follows: "Olof tar in
    offerter till styrelsens möte den 22 april.")."""
    m = _BODY_GAVE.match(sentence) if ("gav " in sentence[:40] or "uppdrog " in sentence[:40]) else None
    if not m:
        return False
    if m.group("earlier") or m.group("year") or m.group("when"):
        return True
    who = m.group("who")
    return bool(body) and who.lower() not in _THIS_MEETING and conventions.deciding_body(who) \
        and not _same_body(who, body) and not (conventions.general_meeting(who) and conventions.general_meeting(body))


def _same_body(who: str, body: str) -> bool:
    """Whether the word ``who`` names ``body`` (its last word's stem, "Valnämnden" for "Valnämnden")."""
    who = _BODY_ENDING.sub("", who.lower())
    head = _BODY_ENDING.sub("", body.split()[-1].lower())
    return len(who) >= 4 and (head.endswith(who) or head.startswith(who))


_GIVEN_ITSELF = regexes.compile(r"\b(?:uppdra\w*|uppdrag|ska|skall|ombeds|åläggs)\b", re.IGNORECASE)


def _drop_own_body_actions(item: Item, body: str | None) -> None:
    """A decision whose subject is the meeting's own body ("Barn- och utbildningsnämnden lägger till ärendet ...",
    "Socialnämnden skickar ärendet till ...") is the body's decision, written in the present: the body carries out
    no task of its own decision (a task is given to someone else)."""
    if not body:
        return
    for decision in item.decisions:
        if _GIVEN_ITSELF.search(decision.text):
            continue  # "Styrelsen uppdras att ...", "fick i uppdrag", "Nämnden ska återkomma ...": a task all the same
        own = [a for a in decision.actions if decision.text.lower().startswith(a.assignee.lower())
               and (a.assignee.lower() == body.lower() or " " not in a.assignee and _same_body(a.assignee, body))]
        if own:
            decision.actions = [a for a in decision.actions if a not in own]
            if not decision.actions:
                decision.kind = dec.kind_of(decision.text, [])


def own_body(text: str, body: str | None) -> bool:
    """Whether the body that proposes in ``text`` ("Arbetsutskottet föreslår ...") is the meeting's own (``body``
    "Kommunstyrelsens arbetsutskott"): the stem of the proposer's head word ("Kommunstyrelsens arbetsutskott"
    has "arbetsutskott") ends the last word of the body's name, or starts it ("Styrelsen" in a "Styrelsemöte")."""
    m = _PROPOSER.match(text.strip())
    if not m or not body:
        return False
    return _same_body(m.group("who"), body)


# The meeting's own body proposing to the association's meeting in a sentence ("Styrelsen föreslår årsmötet
# oförändrade avgifter.", "Styrelsen föreslår stämman att ..."): in the board's own minutes its decision, the
# whole sentence; in the stämma's minutes (another body) a proposal reported.
_PROPOSES_TO_MEETING = regexes.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,2}?[\wåäö-]+\s+föreslår\s+"
                                       r"[\wåäö-]*(?:mötet|stämman|fullmäktige)\s+\S")


def own_proposal_sentence(sentence: str, body: str | None) -> bool:
    """Whether ``sentence`` is the meeting's own body proposing to the association's meeting ("Styrelsen
    föreslår årsmötet oförändrade avgifter." in a board's minutes): the board's decision."""
    return "föreslår" in sentence and bool(_PROPOSES_TO_MEETING.match(sentence)) and own_body(sentence, body)


# A body's proposal to another body as a heading: "Arbetsutskottets förslag till kommunstyrelsen",
# "Kommunstyrelsens förslag till kommunfullmäktige" (not "... förslag till beslut", a proposal of any body).
_PROPOSAL_TO = regexes.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,2}?(?P<who>[\wåäö-]+s)\s+förslag\s+till\s+"
                               r"(?!beslut\b)[\wåäö-]+(?:\s+[\wåäö-]+){0,2}\s*:?$", re.IGNORECASE)


def own_proposal(text: str, body: str | None) -> bool:
    """Whether a proposal heading is the meeting's own body proposing to another ("Arbetsutskottets förslag till
    kommunstyrelsen" in the minutes of "Kommunstyrelsens arbetsutskott"): the meeting's decision."""
    m = _PROPOSAL_TO.match(text.strip())
    return bool(m) and own_body(f"{m.group('who')} föreslår", body)


def _gives_decision(item: Item, block: Block) -> bool:
    """Whether one of ``item``'s decisions was read from ``block``'s lines."""
    first, last = block.lines[0], block.lines[-1]
    return any(d.source is not None and (first.page, first.start) <= (d.source.page, d.source.start)
               <= (last.page, last.end) for d in item.decisions)


def _opening_end(headings: dict[int, object], end: int) -> int:
    """Where the opening items end among the body's lines (their headings at ``headings``' keys)."""
    starts = sorted(headings)
    return starts[OPENING_ITEMS] if len(starts) > OPENING_ITEMS else end


# Initials that tell two members apart carry a part's next letter after its capital ("Berit Stenlund" → "BSt",
# "Kerstin Ljung" → "KLj", "Maria Grahn" → "MaG"); names of more parts than this are left to their capitals.
LETTERED_INITIALS_MAX_PARTS = 3


def _lettered_initials(words: list[str]) -> set[str]:
    """Every form of a name's initials in which a part's capital may be followed by that part's next letter
    (lower-cased), beside the capitals alone ("Britt Stenmark" → "BrS", "BSt", "BrSt")."""
    if len(words) > LETTERED_INITIALS_MAX_PARTS:
        return set()
    forms = [(w[0].upper(), w[0].upper() + w[1:2].lower()) for w in words]
    return {"".join(pick) for pick in itertools.product(*forms)}


def _code_of(code: str, name: str) -> bool:
    """Whether ``code``, written beside ``name`` in a roll, is that person's initials: initials_fit ("KL" for "Karin
    Lund"), or a staff code of the first name's capital and the surname's first letters ("LEK" for "Linnea Ek", "MLI"
    for "Maria Lind"); an organisation's abbreviation ("DHR" beside "Birgitta Ahl") is neither."""
    words = name.split()
    if initials_fit(code, name):
        return True
    return len(words) >= 2 and code[:1] == words[0][:1].upper() and words[-1][:1].upper() in code[1:].upper()


def hyphened_initials(words: list[str]) -> set[str]:
    """A hyphenated first name's initials with their hyphen and the surname's capital after them ("Lars-Göran Alm" →
    "L-GA"); for a first name alone, with every capital a surname may start with ("Lars-Göran" → "L-GA", "L-GB", ...).
    Empty where the first name has no hyphen."""
    parts = words[0].split("-") if words else []
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return set()
    first = "-".join(p[0] for p in parts)
    if len(words) >= 2:
        return {first + "".join(w[0].upper() for w in words[1:])}
    return {first + c for c in conventions.SURNAME_CAPITALS}


def initials_of(protocol: Protocol) -> frozenset[str]:
    """The attendees' first names and initials ("Karin Lund" → "KL", "Per-Ola Sand" → "PS" and "POS"), and initials the
    list writes beside a name ("Karin Lund (KL)"), which minutes may use for who does what."""
    out: set[str] = set()
    for a in protocol.attendees:
        # str.split() splits at the same whitespace as \s+ (and the empty pieces \s+ leaves are no words).
        words = [w for w in a.name.split() if w[:1].isupper()]
        if words:
            out.add(words[0])  # the first name, which minutes use alone ("Mehmet meddelar ...")
        if len(words) >= 2:
            out.add("".join([w[0] for w in words]).upper())
            out.add("".join([p[0] for w in words for p in w.split("-") if p]).upper())  # "Fastighets-" wrapped: no empty part
            out.update(_lettered_initials(words))
        out.update(hyphened_initials(words))
        for field in (a.affiliation, getattr(a, "note", None)):
            # (initials that fit the name: an organisation's abbreviation after a representative, "Birgitta Ahl
            # (DHR)", is their affiliation and no actor's initials)
            if field and _INITIALS.fullmatch(field.strip("() ")) and _code_of(field.strip("() "), a.name):
                out.add(field.strip("() "))
    return frozenset(x for x in out if len(x) >= 2)


ELECTION_GROUP_MAX_WORDS = 2  # "Styrelsen", "Revisorer", "Festkommittén": a group's name over its elections is short
BARE_HEADINGS_MAX = 2  # headings standing apart one after another, with no text between, before a heading with text


def _tally_of_this_meeting(text: str):
    """The tally ``text`` tells, unless only a sentence reporting an earlier meeting's decision holds it
    ("Förslaget antogs vid ordinarie stämma den 24 april med 29 röster mot 2.")."""
    vote = dec.counted_vote(text)
    if vote is None or not labels.earlier_decision(text.lstrip()) and "." not in text.rstrip()[:-1]:
        return vote
    kept = [x for x in _AFTER_STOP.split(text) if not labels.earlier_decision(x.strip())]
    return dec.counted_vote(" ".join(kept)) if kept else None


# A report under "Rapporter" led by the reporting officer's letters ("LP: Zonmötet hålls ...", "LK: Kassarapporten
# godkändes.", "LS: Inget." in a Lions club, a president's, treasurer's and secretary's): two or three capitals.
OFFICER_REPORTS = regexes.compile(r"^[A-ZÅÄÖ]{2,3}:\s")


class ItemParser:
    """Walks the blocks of the agenda, opening items and sub-items and filling their sections."""

    def __init__(self, blocks: list[Block], protocol: Protocol):
        self.blocks = blocks
        self.protocol = protocol
        self.numbered = any(b.kind == "heading" and b.number is not None for b in blocks)
        self.items: list[Item] = []
        self.top: Item | None = None
        self.cur: Item | None = None
        self.section = "summary"
        self.proposal_named = False  # whether the last proposal label was a "förslag" (see run)
        self.proposal_inline = False  # whether the last proposal label held its text on its own line (see run)
        self.parts: dict[int, dict[str, list]] = {}  # id(item) → section → blocks
        self.initials = initials_of(protocol)
        self.width = wrap_width([line for b in blocks for line in b.lines])
        self.headed: set[int] = set()  # the items whose decisions stand under a "Beslut" heading of its own

    def run(self) -> list[Item]:
        for i, block in enumerate(self.blocks):
            text = block.text if block.kind in ("text", "dash") else ""  # joined once, read below
            if block.kind == "heading":
                self._open(block.rest, block, number=block.number, top=block.level == 0, label=block.item_label,
                           case_number=block.case_number)
            elif block.kind == "label":
                if block.label == "proposes":
                    # The meeting's own proposal to another body ("Arbetsutskottet föreslår kommunstyrelsen besluta
                    # att ..." in the utskott's minutes) is its decision wherever it stands.
                    block.label = "decisions" if self.section in ("decisions", "formula") \
                        or not (self.section == "proposal" and self.proposal_named) \
                        and own_body(block.lines[0].text, self.protocol.body) else "proposal"
                if block.label == "responsible" and dec.TASK_SENTENCE.match(block.rest):
                    # "Ansvarig: Tor Vennberg kontaktar entreprenören ... senast 31 oktober.": a whole task
                    # sentence after the label, not the names of who carries out the decision above it: a
                    # task recorded apart, as an "Åtgärd:" line is
                    block.label = "action"
                if block.label in ("responsible", "due", "action"):
                    self.parts.get(id(self.cur), {}).setdefault(block.label, []).append((block, block.rest)) \
                        if self.cur is not None else None
                    continue
                if block.label == "proposal" and own_proposal(block.lines[0].text, self.protocol.body):
                    # "Arbetsutskottets förslag till kommunstyrelsen" in the utskott's own minutes: what it
                    # proposes to another body is its decision
                    block.label = "decisions"
                if block.label == "proposal" and block.rest and labels.ONE_LINE_YRKANDE.match(block.lines[0].text):
                    # "Yrkande Hugo: entré 40 kr", "Yrkande 1: ..." among a decision's att-lines: a proposal of one
                    # line; the lines after it are read as before it ("att båda yrkandena bifalles")
                    held, self.section = self.section, "proposal"
                    self._add(block, block.rest)
                    self.section = held
                    continue
                if block.label == "proposal":
                    # "Förvaltningens förslag till beslut" holds someone's proposal, whoever its formula names;
                    # "Beslutsgång", "Yrkanden" hold none of their own.
                    self.proposal_named = "förslag" in block.lines[0].text.lower()
                    # "Valberedningens förslag: A, omval 2 år, ..." (the proposal on its label's line): the lines
                    # after it may record what the meeting did with it ("Stämman valde enhälligt enligt ...")
                    self.proposal_inline = bool(block.rest.strip())
                if block.label == "formula" and (self.section == "votes" or self.section == "proposal"
                                                 and _tells_result(block.text)) and not _decides_after_vote(block.text):
                    # "Med 17 ja-röster mot 11 nej-röster beslutar fullmäktige att ...": the vote's result, under
                    # "Omröstning" or told after the "Propositionsordning" ("Med 5 ja-röster mot 2 nej-röster
                    # beslutar nämnden enligt förslaget till beslut.")
                    self.section = "votes"
                    self._add(block, block.text)
                    continue
                if block.label == "formula" and self.section in ("proposal", PROPOSED) and self.proposal_named:
                    # "Förslag till beslut" / "Nämnden beslutar att ...": the proposal's wording, which the
                    # "Beslut" after it repeats; a decision only where the item records none (see _finish)
                    self.section = PROPOSED
                    self._add(block, block.rest)
                    continue
                self.section = block.label
                roll_of = _VOTE_ROLL_OF.search(block.text) if block.label == "votes" else None
                if roll_of and self.cur is not None and self.cur.number is not None \
                        and int(roll_of.group(1)) != self.cur.number:
                    # "Omröstningsbilaga 1, § 112" after the last §: another item's roll by name (its tally stands
                    # in that item's own text), neither a vote nor any text of this one
                    self.section = APPENDIX
                    continue
                if self.cur is not None and block.label == "decisions":
                    self.parts[id(self.cur)].setdefault("decisions", [])
                    if not block.rest.strip():  # "Beslut" on a line of its own: a heading over the decisions
                        self.headed.add(id(self.cur))
                    if not block.rest and (vote := dec.counted_vote(block.text)) is not None:
                        # "Efter votering (7 röster för bifall, 8 röster för avslag) beslutar förbundsmötet" /
                        # "att avslå motionen.": the tally is the vote of the decision under the formula (the
                        # formula's lines read as one, where a narrower column wrapped it)
                        self.parts[id(self.cur)].setdefault(FORMULA_TALLY, []).append((block, vote))
                        continue
                if block.rest or block.label == "formula":
                    self._add(block, block.rest)
                if block.label == "decisions" and block.lines[0].text[:1] in DASH_CHARS:
                    self.section = "summary"  # "• Beslut: ...": one point of a list, the next is report again
            elif block.kind == "text" and self.numbered and len(block.lines) == 1 and labels.AGENDA_GROUP.match(text) \
                    and i + 1 < len(self.blocks) and self.blocks[i + 1].kind == "heading":
                continue  # "Anmälningsärenden" between two numbered items: the agenda's group, no text of either
            elif block.kind == "text" and self._is_heading(i, text):
                in_other = bool(self.top and labels.OTHER_QUESTIONS.match(self.top.title))
                # Outside "Övriga frågor" a heading of a numbered document is an item whose number OCR
                # lost or garbled ("l. Budget", "A Budget"); its number is filled in from its neighbours.
                top = labels.CLOSING.match(text) or labels.OPENING.match(text) or labels.ACTION_LIST_TITLE.match(text) \
                    or (not in_other and (not self.numbered or GARBLED_NUMBER.match(text) or self._number_gap(i)))
                if self.numbered and top:
                    text = GARBLED_NUMBER.sub("", text)
                self._open(text, block, number=None, top=bool(top))
            elif block.kind == "text" and self.top is not None and self._topic_over_text(i):
                # "Övriga frågor" / "Laddinfrastruktur" / "Susanne tog upp ... VD återkommer med ...": the topic's
                # own short line over its paragraph opens a sub-item
                self._open(block.lines[0].text.strip(), dc_replace(block, lines=block.lines[:1]), number=None, top=False)
                if len(block.lines) > 1:
                    rest = dc_replace(block, lines=block.lines[1:])
                    self._add(rest, rest.text)
            elif block.kind == "text" and self._officer_report(text):
                # "LK: Kassarapporten godkändes.": the report goes on the item, its officer's letters left out
                m = OFFICER_REPORTS.match(text)
                first = block.lines[0]
                block = dc_replace(block, lines=[dc_replace(first, text=first.text[m.end():], start=first.start + m.end())]
                                   + block.lines[1:])
                self._add(block, block.text)
            elif block.kind == "text" and self.top is not None and (topic := self._other_topic(text)) \
                    and not (self.cur is self.top and self._lone_topic(i)):
                self._open(topic.group("topic"), block, number=None, top=False)
                first = block.lines[0]
                rest = dc_replace(first, text=first.text[topic.end():], start=first.start + topic.end())
                block = dc_replace(block, lines=[rest] + block.lines[1:])
                self._add(block, block.text)
            elif self.cur is None:
                if not self.numbered and block.kind == "text":
                    self._open(text, block, number=None, top=True)
            elif self.section == APPENDIX or block.kind == "text" and self._appendix_page(i):
                # "Bilaga 1" atop a page after the last §: the minutes' appendices (a roll, a voting list, a
                # statement), no text of the last item
                self.section = APPENDIX
            else:
                if self.section in NAMING_LABELS and block.kind == "text" and report_sentence(block.lines[0].text):
                    self.section = "summary"  # "Föredragande: Jenny Ask" / "Jenny redogjorde för ...": the report
                # (after a vote or a list of documents only a decision sentence, no task: a vote's named sides
                # "Ja-röster: A (M), B (SD)" are none)
                tasks = self.section not in ("documents", "votes")
                # (a line in lower case goes on with the sentence above it: "... Den som" / "bifaller X:s yrkande
                # röstar nej." starts no decision)
                at = next((j for j, line in enumerate(block.lines)
                           if not (j and line.text[:1].islower()) and self._decides(line.text, tasks)), None) \
                    if (self.section in AFTER_DECISION or self.section == "proposal" and self.proposal_inline) \
                    and block.kind == "text" else None
                if at is not None:
                    # "Reservation: Sara Ek" / "Ulrika kontaktar entreprenören ...": a decision or task after a
                    # reservation or a member's note goes back among the item's decisions.
                    if at:
                        self._add(dc_replace(block, lines=block.lines[:at]), join([x.text for x in block.lines[:at]]))
                        block = dc_replace(block, lines=block.lines[at:])
                        text = block.text
                    have = self.parts.get(id(self.cur), {})
                    self.section = "decisions" if "decisions" in have else "formula" if "formula" in have \
                        else "summary"
                self._add(block, text)
        for item in self._all_items():
            self._finish(item)
        for before, item, after in zip(self.items, self.items[1:], self.items[2:]):
            if item.number is None and before.number is not None and after.number == before.number + 2:
                item.number = before.number + 1
        return self.items

    def _appendix_page(self, i: int) -> bool:
        """Whether block ``i`` opens a page with "Bilaga N" alone on its first line, after the last item's heading
        (no heading follows): an appendix printed after the minutes."""
        first = self.blocks[i].lines[0]
        before = self.blocks[i - 1].lines[-1] if i else None
        return bool(APPENDIX_HEAD.match(first.text)) and before is not None and before.page != first.page \
            and not any(b.kind == "heading" for b in self.blocks[i + 1:])

    def _decides(self, text: str, tasks: bool = True) -> bool:
        """Whether a paragraph opens with a decision or (where ``tasks``) a task (not a reservation)."""
        first = _AFTER_STOP.split(text, 1)[0]
        if dec.reserves(first):
            return False
        return dec.running_decision(first) or tasks and (dec.task_sentence(first, self.initials)
                                                         or bool(GIVES_TASK.match(first)))

    def _other_topic(self, text: str) -> re.Match | None:
        """A topic line under "Övriga frågor" ("Körresan: Sofie undersöker ...") or a report item ("Rapporter" /
        "Ekonomi: Mats redogjorde ...") opens a sub-item."""
        if not (labels.OTHER_QUESTIONS.match(self.top.title) or labels.REPORT_ITEMS.match(self.top.title)):
            return None
        if ":" not in text[:60]:
            # "Hemsidan. Agneta uppdaterar ...": the topic ends in a full stop (itself no decision or task)
            topic = labels.dot_topic(text)
            return topic if topic and not self._decides(topic.group("topic") + ".") else None
        if dec.NEXT_MEETING.match(text) or labels.ADVICE.match(text):
            return None  # "Nästa möte: 12 juni" is the schedule, "Medskick: ..." the item's decision, not topics
        if self._officer_report(text):
            return None  # "LK: Kassarapporten godkändes.": who reports (a club officer's letters), not a topic
        return OTHER_TOPIC.match(text)

    def _officer_report(self, text: str) -> bool:
        """Whether a paragraph under a report item opens with its officer's letters ("LP: ...", see OFFICER_REPORTS)."""
        return text[:1].isupper() and self.top is not None and bool(OFFICER_REPORTS.match(text)) \
            and bool(labels.REPORT_ITEMS.match(self.top.title))

    def _topic_over_text(self, i: int) -> bool:
        """Whether a paragraph under "Övriga frågor" opens with its topic on a short line of its own, without a
        stop, over the sentences about it ("Medlemsbladet" / "Britt tog upp ... Tove återkommer ..."); the topic
        may be a paragraph of its own, over the next, where the text has no blank lines to join them by."""
        block = self.blocks[i]
        elections = not labels.OTHER_QUESTIONS.match(self.top.title) and bool(labels.ELECTION_ITEMS.match(self.top.title))
        if not (elections or labels.OTHER_QUESTIONS.match(self.top.title)):
            return False
        if len(block.lines) >= 2:
            below = block.lines[1]
        elif i + 1 < len(self.blocks) and self.blocks[i + 1].kind == "text" and not self.blocks[i + 1].blank_before:
            below = self.blocks[i + 1].lines[0]
        else:
            return False
        first, second = block.lines[0].text.strip(), below.text.strip()
        if elections and not (block.blank_before and len(first.split()) <= ELECTION_GROUP_MAX_WORDS
                              and dec.running_decision(second)):
            return False  # (under an election item only a group's name, apart, over an election line)
        return len(first.split()) <= labels.TOPIC_MAX_WORDS and first[:1].isupper() and first[-1:].isalnum() \
            and second[:1].isupper() and len(second) > len(first) and not self._decides(first) \
            and not dec.NEXT_MEETING.match(first)

    def _lone_topic(self, i: int) -> bool:
        """Whether the topic line ``blocks[i]`` is the only one of its item, among paragraphs without a topic
        ("Övriga frågor / Farthinder: Flera vill ha ... / Styrelsen fick i uppdrag ... // Mirja tar kontakt ..."):
        it names what its paragraph is about, and the item's text is not divided into sub-items."""
        others = False
        for j in range(i + 1, len(self.blocks)):
            block = self.blocks[j]
            if block.kind != "text" or self._is_heading(j, block.text):
                break
            if self._other_topic(block.text):
                return False
            others = others or block.blank_before  # (a line right under the topic's is its paragraph's)
        return others

    def _number_gap(self, i: int) -> bool:
        """True when the next numbered heading skips the number this heading would have had."""
        nxt = next((b.number for b in self.blocks[i + 1:] if b.kind == "heading"), None)
        return nxt is not None and self.top is not None and self.top.number is not None \
            and nxt == self.top.number + 2

    def _all_items(self):
        for item in self.items:
            yield item
            yield from item.subitems

    def _open(self, title: str, block: Block, number: int | None, top: bool, label: str | None = None,
              case_number: str | None = None) -> None:
        # "Ekonomi:" — a colon after a heading introduces its text, it is not part of the title.
        item = Item.made(number=number, title=title.strip().removesuffix(":").rstrip(), source=span_of(block.lines),
                    label=label, case_number=case_number)
        if top or self.top is None:
            self.items.append(item)
            self.top = item
        else:
            self.top.subitems.append(item)
        self.cur = item
        self.section = "summary"
        self.parts[id(item)] = {}

    def _add(self, block: Block, text: str) -> None:
        if self.cur is None:
            return
        self.parts[id(self.cur)].setdefault(self.section, []).append((block, text))

    def _has_content(self, item: Item) -> bool:
        return any(self.parts.get(id(item), {}).values())

    def _is_heading(self, i: int, text: str) -> bool:
        """Whether the text block ``i`` (whose text is ``text``) heads an item."""
        if len(text) <= 80 and (labels.CLOSING.match(text) or labels.OTHER_QUESTIONS.match(text)
                                or labels.OPENING.match(text)):
            return not self.numbered or bool(labels.CLOSING.match(text))
        if labels.ACTION_LIST_TITLE.match(text) and i + 1 < len(self.blocks):
            return True  # "Åtgärdslista" / "Åtgärd   Ansvarig   Klart": the list of tasks after the last item
        if not _heading_like(text) or i + 1 >= len(self.blocks):
            return False
        if self._over_headings(i):
            return True
        nxt = self.blocks[i + 1]
        if nxt.kind == "label" and nxt.label == "summary":
            return True
        cur = self.cur
        empty_ok = cur is not None and (
            (self.section == "decisions" and bool(self.parts[id(cur)].get("decisions")))
            or (not self._has_content(cur) and bool(labels.OTHER_QUESTIONS.match(cur.title)
                                                    or labels.OPENING.match(cur.title))))
        if not empty_ok or STATING_VERB.search(text):
            return False  # ("Hallen är stängd vecka 44" over a formula: a sentence without its stop, no heading)
        if nxt.kind == "label":
            return nxt.label != "summary"
        after = self.blocks[i + 2] if i + 2 < len(self.blocks) else None
        return nxt.kind == "text" and after is not None and after.kind == "label"

    def _over_headings(self, i: int) -> bool:
        """Whether the text block ``i``, one short line standing apart in minutes without numbers, is a heading
        with no text of its own: "Närvaro" over a roll read as front matter, "Val av mötesfunktionärer" over
        "Val av mötesordförande" / its sentence. The next heading comes within BARE_HEADINGS_MAX such lines."""
        if self.numbered:
            return False
        for block in self.blocks[i:i + BARE_HEADINGS_MAX + 1]:
            if block.kind == "heading":
                return True
            if block.kind != "text" or len(block.lines) != 1 or not block.blank_before \
                    or not _heading_like(block.text):
                return False
        return False

    def _finish(self, item: Item) -> None:
        parts = self.parts.get(id(item), {})
        proposed = parts.pop(PROPOSED, [])
        if proposed and not parts.get("decisions") and not parts.get("formula"):
            parts["formula"] = proposed  # the proposal's formula, where no "Beslut" follows it, is the decision
        summary = [text for _, text in parts.get("summary", [])]
        if summary and (roll_title(item.title) or ROLL_SETTLED.search(item.title or "")):
            # "§ 2 Röstlängd" / "Antecknas närvarande ... enligt följande:" / one name a line: the roll keeps its
            # lines (a name a line, no commas between), read by attendance_in_items
            summary = ["\n".join(line.text for block, _ in parts["summary"] for line in block.lines)]
        if summary:
            text = join(summary) if len(summary) > 1 else summary[0]
            while True:
                m = labels.SUMMARY.match(text)
                if not m:
                    break
                text = text[m.end():]
            item.summary = text.strip() or None
        if parts.get("presenters"):
            text = join([t for _, t in parts["presenters"]])
            for p in people.parse_presenters_text(text):
                p.source = span_of([line for b, _ in parts["presenters"] for line in b.lines])
                item.presenters.append(p)
        for block, text in parts.get("guests", []):
            guest = people.parse_guest(text)
            if guest:
                guest.source = span_of(block.lines)
                item.presenters.append(guest)
        if parts.get("documents"):
            for d in people.parse_documents(join([t for _, t in parts["documents"]])):
                d.source = span_of([line for b, _ in parts["documents"] for line in b.lines])
                item.documents.append(d)
        self._decisions(item, parts.get("decisions", []))
        for block, vote in parts.pop(FORMULA_TALLY, []):
            where = (block.lines[0].page, block.lines[0].start)
            after = [d for d in item.decisions if d.source and (d.source.page, d.source.start) >= where]
            if after and not after[0].votes:
                vote.source = span_of(block.lines)
                dec.vote_sides(vote, block.lines[0].text)
                after[0].votes.append(vote)
        self._running(item, parts)
        _drop_own_body_actions(item, self.protocol.body)
        _drop_bare_adoptions(item)
        for block, text in parts.get("action", []):
            decision = self._add_decision(item, text, list(block.lines))
            if decision is not None:
                decision.kind = "assignment"
                if not decision.actions:
                    # "Åtgärd: Lisa putsar fönstren senast 1 maj.": the label says it is a task, so the
                    # attendees it opens with carry it out, whatever its verb
                    decision.actions = dec.leading_actors(text, self.protocol.date, self.initials)
                    for action in decision.actions:
                        action.source = decision.source
        self._adopted(item, parts)
        self._extras(item, parts)

    def _running(self, item: Item, parts: dict) -> None:
        """Decisions recorded in running text: a formula's paragraph and the task and decision sentences
        after it, and, in items without a decision section, decision sentences anywhere."""
        found: list[tuple[str, list]] = []
        clauses = False  # whether the dash lines so far were att-clauses of their own
        headed = id(item) in self.headed
        formula = parts.get("formula", [])
        for k, (block, text) in enumerate(formula):
            clauses = clauses and block.kind == "dash"
            if block.kind == "text" and NUMBERED_CLAUSE.match(text):
                # "beslutar att / 1. godkänna ... / 2. uppdra åt ...": each clause is a decision, and
                # the formula's bare "att" none.
                if found and found[-1][0].strip() in ("att", "Att", ":"):
                    found.pop()
                found.extend(_numbered_clauses(text, block.lines))
                continue
            if block.kind == "label" and text.strip():
                # The formula's sentence opens a decision; a decision or task sentence on a later line of
                # the same paragraph opens the next ("Stämman beslöt att ... / Styrelsen fick i uppdrag ...").
                opened = _sentence_decisions(block, judged=True, initials=self.initials, width=self.width)
                found.extend(opened if opened and opened[0][0] == text[: len(opened[0][0])]
                             else [(text, list(block.lines))])
            elif block.kind == "dash" and found and (clauses or found[-1][0].strip() in BARE_ATT
                                                     or DASH_ATT.match(text)):
                # "beslutar att / - anta budgeten / - höja avgiften", "beslutade: / - att anta ...": att-clauses as
                # dash lines, each a decision as numbered ones are; the formula's bare "att" is none
                if found[-1][0].strip() in BARE_ATT:
                    found.pop()
                clauses = True
                found.append((DASH.sub("", text, count=1), list(block.lines)))
                continue
            elif block.kind == "dash" and found and not _topic_bullet(block, text, formula[k + 1:k + 2]):
                found[-1] = (join([found[-1][0], dec.BULLET.sub("- ", text)]), found[-1][1] + list(block.lines))
            else:
                opened = _sentence_decisions(block, judged=True, initials=self.initials, width=self.width)
                if headed and block.kind == "text" and text.rstrip().endswith(SENTENCE_ENDS) \
                        and not dec.PROCEDURE_NOTE.match(text.strip()) \
                        and not (opened and opened[0][0] == text[: len(opened[0][0])]):
                    # Under a "Beslut" heading every paragraph after the formula is a decision, whatever it says
                    # ("Nämnden beslutar att anta taxan. / Taxan ska gälla från och med den 1 januari 2027."), where
                    # it is a sentence (a page's "Dela sidan", "Senast uppdaterad: 2025-09-25" below it are none)
                    opened = [(text, list(block.lines))]
                found.extend(opened)
        if "decisions" not in parts:
            summary_found = _summary_decisions([b for b, _ in parts.get("summary", []) if b.kind != "label"],
                                               self.initials, self.width, self.protocol.body)
            if not summary_found and not found:
                summary_found = _terms_changed(item, [b for b, _ in parts.get("summary", []) if b.kind == "text"])
            if labels.ROUND_ITEMS.match(item.title or ""):
                # "Laget runt": each member's own news; a task there is one with a deadline or a "ska"
                summary_found = [(t, ls) for t, ls in summary_found
                                 if dec.running_decision(t) or dec.DEADLINE.search(t) or _SHALL.search(t)]
            found = summary_found + found
        else:
            # Beside a "Beslut" section, a task in the report is still a task ("Linda redovisade ekonomin.
            # ... Linda kontaktar kommunen om utbetalningen."), but no other sentence there is a decision;
            # it comes before the section's decisions, as in the text.
            tasks = [d for block, _ in parts.get("summary", []) if block.kind != "label"
                     for d in _task_sentences(_undashed(block), self.initials, self.protocol.body)]
            if tasks:
                section = item.decisions[:]
                item.decisions.clear()
                for text, lines in tasks:
                    self._add_decision(item, text, lines)
                item.decisions.extend(section)
        for text, lines in found:
            low = labels.lowered(text)  # once for the decision's tests and its meeting dates
            decision = self._add_decision(item, text, lines, low)
            if decision is None:
                continue
            if not decision.votes and "decisions" not in parts:
                # "Efter diskussion begärdes votering. 33 röstade för förslaget, 6 emot och 2 avstod. / Stämman
                # beslutade att ...": a tally in the report is the vote of the formula's decision after it.
                vote = next((v for block, t in parts.get("summary", []) if (v := _tally_of_this_meeting(t))), None) \
                    if not any(d.votes for d in item.decisions) else None
                if vote is not None:
                    vote.source = decision.source
                    dec.vote_sides(vote, " ".join(t for _, t in parts.get("summary", [])))
                    decision.votes.append(vote)
            for meeting in dec.scheduled_meetings(text, self.protocol.date, low):  # "att hålla möten följande datum:"
                meeting.source = decision.source
                self.protocol.scheduled_meetings.append(meeting)  # one per date: see _one_per_date

    def _line_tasks(self, lines: list[Line]) -> list[Action]:
        """The actions of the lines after the first that each hold a whole task sentence, starting after a line
        that does not go on into it (no open word, no comma at its end)."""
        year = self.protocol.date.year if self.protocol.date else None
        out: list[Action] = []
        for before, line in zip(lines, lines[1:]):
            text = line.text.strip()
            if not text[:1].isupper() or ends_open(before.text) or before.text.rstrip().endswith((",", ":")) \
                    or not dec.task_sentence(text, self.initials, strict=True):
                continue
            for action in dec.person_actions(text, year, self.initials, strict=True):
                action.due = dec.deadline(text, self.protocol.date) if action.due else None  # (a year ahead, as analyse)
                out.append(action)
        return out

    def _add_decision(self, item: Item, text: str, lines: list[Line], low: str | None = None,
                      labelled: bool = False):
        """The decision ``text`` records, appended to ``item``; a reservation is no decision of its own.
        ``low``, where given, is ``text.lower()``: the decision's tests share it. ``labelled``: the text
        stands under a "Beslut" label, where a next meeting set in a sentence of its own is decided too
        ("Beslut / Nästa sammanträde hålls den 21 oktober")."""
        low = labels.lowered(text) if low is None else low
        bare = text.strip()
        if not text or dec.reserves(text, low) or dec.furniture(text) \
                or (dec.NEXT_MEETING.match(bare) and not (labelled and dec.NEXT_MEETING_DECIDED.match(bare))
                    and not dec.NEXT_MEETING_FIXED.match(bare)) \
                or dec.ADJOURNMENT.match(bare) or labels.earlier_decision(text):
            return None
        decision = dec.analyse(text, self.protocol.date, self.initials, low)
        if not decision.actions and len(lines) > 1:
            # "Mötet beslutar:" / "att anta budgeten" / "Anna skickar budgeten till revisorn.": one decision, and the
            # task sentence that starts a line of it still gives its task
            decision.actions = self._line_tasks(lines)
            if decision.actions:
                decision.kind = dec.kind_of(text, decision.actions, low)
        advice = labels.ADVICE.match(bare) if "medskick" in low[:12] else None
        if advice:
            # "Medskick till X: ..." passes the text on to X, its one actor; "Medskick: ..." to no one named
            due = next((a.due for a in decision.actions if a.due), None)
            to = advice.group("to")
            decision.kind = "assignment" if to else "other"
            decision.actions = [Action.made(assignee=to.strip(), task=bare[advice.end():].strip() or None, due=due)] \
                if to else []
        decision.source = span_of(lines)
        for action in decision.actions:
            action.source = decision.source
        # A count in the formula or the sentence itself: "Stämman beslutade med 17 röster mot 12 att ...".
        full = join([line.text for line in lines])
        at = full.find(text[:40])
        first, *more = _FIRST_STOP.split(text, 1)
        formula = full[:at] if at > 0 else ""
        if decision.kind == "other" and "förslag" in formula and labels.ADOPTED_PROPOSAL.search(formula) \
                and not dec.ELECTION.search(text, low):
            # "Stämman beslutade i enlighet med styrelsens förslag att ändra bolagsordningen": the proposal adopted
            decision.kind = "approval"
        vote = dec.counted_vote(formula + " " + first)
        if vote:
            if vote.abstain is None and more:
                vote.abstain = dec.abstained(more[0])  # "... med 71 röster mot 12 att kalla X. 3 röster var blanka."
            vote.source = decision.source
            dec.vote_sides(vote, full)
            decision.votes.append(vote)
        if "nsv" in low:  # cheap gate: most decisions name no one responsible
            # "Styrelsen beslutar att köpa in nya bord. Ansvarig: Per.": a responsible sentence on the decision's
            # own line gives its actions as a line of its own would.
            for m in RESPONSIBLE_SENTENCE.finditer(text):
                rest = text[m.end():]
                label = labels.RESPONSIBLE.match(rest)  # (anchored at "^": matched on the slice, not at a pos)
                if label:
                    # its sentence, and a deadline's that follows it ("Ansvarig: Anna. Klart till: 1/5"), not the rest
                    pieces = _AFTER_STOP.split(rest[label.end():])
                    kept = pieces[:1] + list(itertools.takewhile(DUE_START.match, pieces[1:]))
                    self._responsible(decision, " ".join(kept), decision.source)
        item.decisions.append(decision)
        return decision

    def _responsible(self, target, text: str, source) -> None:
        """The people a responsible line's ``text`` names ("Per och Lisa, klart 15/4") as actions of ``target``."""
        date = self.protocol.date
        # "Ansvarig: Ulf Nerman, senast 15/4": the deadline after the names.
        # "Ansvarig: Lisa, klart 15/4", "Ansvar: Per (senast 20/4)", "Ansvarig: Anna. Klart till: 2024-05-01"
        when = RESPONSIBLE_WHEN.search(text)
        phrase = text[when.end():].strip(" ()") if when else ""
        due = (dec.deadline(phrase, date) or dec.deadline("senast " + DUE_WORDS.sub("", phrase), date)) \
            if when else None
        names = text[: when.start()] if when else text
        names = RESPONSIBLE_PART.sub("", names)  # "Petra Nord (program), Mikael Dahlin (tillstånd)"
        # The deciding body as the decision's subject ("Elevrådet anordnar ...") gives way to the named people.
        # (the body as an actor is written in lower case, "föreningen", where the sentence opens "Föreningen ...")
        target.actions[:] = [a for a in target.actions if not (conventions.deciding_body(a.assignee)
                                                               and target.text.lower().startswith(a.assignee.lower()))]
        for name in RESPONSIBLE_SPLIT.split(names):
            name = name.strip().strip("()").rstrip(".").strip()
            if not name:
                continue
            have = [a for a in target.actions if a.assignee.lower() == name.lower()
                    or a.assignee.lower().split()[0] == name.lower().split()[0]]
            if not have:
                # "Ansvar: Karin, till nästa möte": the deadline in words goes with the task, where the next
                # meeting's date can be found for it once the whole document is read
                task = f"{target.text.rstrip('.')} {text[when.end():].strip()}" if when and due is None else None
                target.actions.append(Action.made(assignee=name, due=due, task=task, source=source))
            elif due and have[0].due is None:
                have[0].due = due
        target.kind = "assignment"

    def _adopted(self, item: Item, parts: dict) -> None:
        """ "attsats 1 bifalles": the decision is the proposal's adopted att-clause."""
        self._adopted_yrkande(item, parts)
        clauses = _att_clauses(parts.get("proposal", []))
        if not clauses and any(ADOPTED.search(d.text) for d in item.decisions):
            # "Kårstyrelsen föreslår fullmäktige" / "att …" / "att …" under no proposal label: the numbered
            # att-clauses the decision adopts stand in the item's text before it
            clauses = _att_clauses(parts.get("summary", []))
        if not clauses:
            return
        kept = []
        for d in item.decisions:
            adopted = _adopted_clauses(d.text, clauses)
            if adopted is None:
                kept.append(d)
                continue
            for clause in adopted:
                new = dec.analyse(clause.strip(), self.protocol.date, self.initials)
                new.source = d.source
                kept.append(new)
        item.decisions[:] = kept

    def _adopted_yrkande(self, item: Item, parts: dict) -> None:
        """ "Yrkande från X: att ... / Mötet biföll yrkandet.": the decision is the adopted yrkande's att-clause
        (the last yrkande before it), and the rest of the decision's line stays with it."""
        if not any(labels.may_hold(d.text, "yrkande") and ADOPTS_YRKANDE.search(d.text) for d in item.decisions):
            return
        found = []  # (where, att-clause) of each yrkande in the item's text
        for section in ("summary", "proposal"):
            for block, _ in parts.get(section, []):
                full = join([line.text for line in block.lines])
                where = (block.lines[0].page, block.lines[0].start)
                found.extend((where, m.group("clause").strip()) for m in YRKANDE_CLAUSE.finditer(full))
        for k, d in enumerate(item.decisions):
            first, *rest = _FIRST_STOP.split(d.text, 1)
            if not ADOPTS_YRKANDE.search(first) or d.source is None:
                continue
            before = [c for where, c in sorted(found) if where < (d.source.page, d.source.start)]
            if before:
                new = dec.analyse(join([before[-1], *rest]), self.protocol.date, self.initials)
                new.source = d.source
                item.decisions[k] = new

    def _extras(self, item: Item, parts: dict) -> None:
        """Votes, reservations, recipients, "Ansvarig:" lines and the next meeting of one item."""
        date = self.protocol.date
        every = [(b, t) for section in parts.values() for b, t in section]
        first = item.decisions[0] if item.decisions else None
        # Each text's sentences, split once for the reservations and the running votes below.
        # Each text lower-cased once: a sentence can hold a reservation or a tally only where its whole
        # text holds the word (reserves and counted_vote test the same words per sentence), so only such
        # texts are split (the loops below skip the others by the same tests).
        lows = [labels.lowered(text) for _, text in every] if first is not None else []
        sentences = [_AFTER_STOP.split(text) if _may_count(low) else [] for (_, text), low in zip(every, lows)]
        if first is not None:
            vote_lines = [line for block, _ in parts.get("votes", []) for line in block.lines]
            told_apart = _votes_told_apart([line.text for line in vote_lines]) if vote_lines else []
            if told_apart:
                first.votes.extend(told_apart)
            elif vote_lines:
                vote = dec.parse_vote([line.text for line in vote_lines], [line.indent for line in vote_lines])
                if vote:
                    first.votes.append(vote)
            for block, text in parts.get("reservations", []):
                first.reservations.extend(n for n in dec.reservations_in(text) if n not in first.reservations)
            for (block, text), split, low in zip(every, sentences, lows):
                if "reserver" not in low and not labels._unfoldable(low):
                    continue
                if block.kind != "label" or block.label != "reservations":
                    for sentence in split:
                        if dec.reserves(sentence):
                            # A reservation in running text goes on the decision it follows. (From the line that
                            # opens with the reserving member, where the sentence ran on from a line without a stop.)
                            named = next((x for x in block.lines if NAMED_RESERVATION.match(x.text)), None)
                            at = sentence.find(named.text[:30]) if named is not None else -1
                            sentence = sentence[at:] if at > 0 else sentence
                            line = _line_of(block.lines, sentence)
                            where = (line.page, line.start)
                            before = [d for d in item.decisions
                                      if d.source and (d.source.page, d.source.start) < where]
                            target = before[-1] if before else first
                            target.reservations.extend(n for n in dec.reservations_in(sentence)
                                                       if n not in target.reservations)
            for block, text in parts.get("recipients", []):
                lines = [line.text for line in block.lines]
                if block.kind == "label":
                    lines = [text] if text.strip() else []
                    if lines and "," in text:
                        lines = [p for p in text.split(",")]
                first.recipients.extend(r.strip().rstrip(".") for r in lines if r.strip())
        self._running_votes(item, every, sentences, lows, {id(b) for b, _ in parts.get("votes", [])})
        for block, text in parts.get("responsible", []):
            # "Ansvarig: X" goes on the decision it follows: the last one before it.
            where = (block.lines[0].page, block.lines[0].start)
            before = [(d.source.page, d.source.start, k) if d.source else (-1, -1, k)
                      for k, d in enumerate(item.decisions) if d.source is None or (d.source.page, d.source.start) < where]
            # (by place, not by list order: an "Åtgärd:" line before the "Beslut:" above may come later in the list)
            target = item.decisions[max(before)[2]] if before else (item.decisions[-1] if item.decisions else None)
            if target is None:
                # "Cykelrensning genomförs i april. Lappar sätts upp senast den 15 mars." / "Ansvarig: Margareta":
                # under no decision, the paragraph right above the line is the task it gives out
                above = [(b.lines[-1].page, b.lines[-1].start, k) for k, (b, _) in enumerate(parts.get("summary", []))
                         if b.kind != "label" and (b.lines[-1].page, b.lines[-1].start) < where]
                if not above:
                    continue
                paragraph, told = parts["summary"][max(above)[2]]
                target = self._add_decision(item, told, paragraph.lines)
                if target is None:
                    continue
                self._responsible(target, text, span_of(block.lines))
                for action in target.actions:
                    action.due = action.due or dec.deadline(told, date)  # "... senast den 15 mars.": the task's own
                continue
            self._responsible(target, text, span_of(block.lines))
        for block, text in parts.get("due", []):
            # "Klart till: 15/4" under a task: its deadline, where the task has none of its own.
            where = (block.lines[0].page, block.lines[0].start)
            before = [d for d in item.decisions if d.actions and d.source and (d.source.page, d.source.start) < where]
            due = dec.deadline("senast " + text, date)
            if before and due:
                for action in before[-1].actions:
                    action.due = action.due or due
        for d in item.decisions:
            for vote in d.votes:
                dec.orient(vote, d.text)  # "12 röstade för avslag, 6 för bifall": the decision's side is yes
        title_says = bool(NEXT_TITLE.match(item.title))
        listed = not title_says and bool(MEETING_DATES_TITLE.match(item.title))
        for k, (block, text) in enumerate(every):
            if listed and block.kind != "dash":
                continue  # (a decision under such a title is read as decisions are, with its own year)
            label = MEETING_DATES_LABEL.match(text) if not (title_says or listed) else None
            # "Kommande möten: 15 april, 20 maj och 17 juni kl. 19.00" under an item of another title: the label says
            meetings = dec.next_meetings(text[label.end():], date, title_says=True) if label else \
                dec.next_meetings(text, date, title_says=title_says or listed)
            for meeting in meetings:
                meeting.source = span_of(block.lines)
                self.protocol.scheduled_meetings.append(meeting)  # one per date: see _one_per_date
            if meetings and not listed:
                if title_says and len(meetings) == 1 and meetings[0].start_time is None:
                    meetings[0].start_time = _time_below(block, every[k + 1:], meetings[0].date.year)
                break
        else:
            # "§ 113 Nästa styrelsemöte torsdagen den 20 november kl. 18.30": the heading is the schedule; an item
            # written as one sentence ("9. Meddelade ordföranden att nästa sammanträde hålls den 9 juni") tells it,
            # with or without text under it ("Dag som ovan"): next_meeting finds "nästa … hålls/är …" in it.
            meeting = dec.next_meeting(item.title, date)
            if meeting:
                meeting.source = item.source
                self.protocol.scheduled_meetings.append(meeting)

    def _running_votes(self, item: Item, every: list[tuple[Block, str]], sentences: list[list[str]],
                       lows: list[str], in_votes: set[int] = frozenset()) -> None:
        """A tally told in running text apart from the decision ("5 fastigheter röstade ja och 9 röstade
        nej.") goes on the decision that follows it, else on the last one before it. ``sentences`` holds
        each text of ``every`` split at its sentence ends (_AFTER_STOP), ``lows`` each text lower-cased."""
        if not item.decisions:
            return
        for b, ((block, text), split, low) in enumerate(zip(every, sentences, lows)):
            if block.kind == "label" and block.label in ("votes", "decisions") or id(block) in in_votes:
                continue  # (a vote section's lines are its vote: parse_vote read them)
            if not dec.may_count(low):
                continue  # counted_vote finds no tally in any of its sentences
            for k, sentence in enumerate(split):
                vote = dec.counted_vote(sentence)
                if vote is None or labels.earlier_decision(sentence.strip()):
                    # (the tally of a decision taken at an earlier meeting, "Förslaget antogs vid ordinarie stämma
                    # den 24 april med 29 röster mot 2", is none of this meeting's votes)
                    continue
                formula = labels.formula_of(sentence)
                if (formula is not None and not labels.BARE_ADOPTION.match(formula.strip())
                        or formula is None and dec.running_decision(sentence)) and _gives_decision(item, block):
                    # the vote of the decision the sentence gives (an adoption only: of the one after it); in a
                    # "Beslutsgång" ("Med 6 ja-röster mot 1 nej-röst bifaller direktionen förslaget.") the
                    # sentence gives none, and its vote is the item's decision's
                    continue
                if vote.abstain is None and k + 1 < len(split):
                    vote.abstain = dec.abstained(split[k + 1])  # "... 10 för höjningen. 2 avstod."
                # A proposal after the paragraph's last decision before the tally leads the matter the tally
                # decides: the decision after it ("Stämman beslöt att ge ... 2024. En motion ... Styrelsen
                # föreslår att motionen avslås. ... 5 röstade ja och 9 nej." / "Stämman beslöt att avslå
                # motionen."); else the tally goes with the paragraph's own decision.
                told = list(itertools.takewhile(lambda x: not dec.running_decision(x), reversed(split[:k])))
                line = _line_of(block.lines, sentence) if any(dec.PROPOSES.search(x) for x in told) \
                    else block.lines[0]
                where = (line.page, line.start)
                after = [d for d in item.decisions if d.source and (d.source.page, d.source.start) >= where]
                target = after[0] if after else item.decisions[-1]
                # "Votering begärdes om den andra att-satsen." / the tally / "beslutar / att ... / att ...":
                # the vote of the clause the minutes name, among the decisions that follow it
                named = [m for _, t in every[:b + 1] for m in VOTED_CLAUSE.finditer(t)]
                place = _clause_place(named[-1]) if named else None
                if place and len(after) >= place:
                    target = after[place - 1]
                same = next((v for v in target.votes if (v.yes, v.no) == (vote.yes, vote.no)), None)
                if same is None:
                    vote.source = span_of(block.lines)
                    # (the proposition may stand in a paragraph of its own before the tally: the last one before it)
                    told = text.find(sentence)
                    dec.vote_sides(vote, " ".join([t for _, t in every[:b]] + [text[:told + len(sentence)]]))
                    target.votes.append(vote)
                elif same.abstain is None:
                    same.abstain = vote.abstain

    def _decisions(self, item: Item, parts: list[tuple[Block, str]]) -> None:
        paragraphs: list[list] = []  # [texts, lines, led by a dash]
        in_list = False
        for block, text in parts:
            # OCR often loses the dashes of a list: short lines after "...:" are still its items.
            lost_dash = in_list and block.kind == "text" and len(text) <= 200 and not STARTS_ATT.match(text) \
                and not text.endswith(":") and not GIVES_TASK.match(text)
            if block.kind == "dash" and paragraphs and not paragraphs[-1][2] and _bare_formula(paragraphs[-1][0]):
                paragraphs.pop()  # "Styrelsen beslutar att" / "- anta ...": the clauses are the decisions
            if (block.kind == "dash" or lost_dash) and paragraphs and not paragraphs[-1][2] and \
                    not (block.kind == "dash" and (DASH_ATT.match(text) or _sentence_after_sentence(paragraphs[-1][0], text))):
                paragraphs[-1][0].append(dec.BULLET.sub("- ", text) if block.kind == "dash" else "- " + text)
                paragraphs[-1][1].extend(block.lines)
            elif block.kind == "dash":
                # Dash lines right under the label, with no paragraph they complete, are decisions each;
                # a formula inside one is left out as on a line of its own ("- Nämnden föreslår
                # kommunfullmäktige besluta att ..." gives "att ...").
                line = DASH.sub("", text)
                rest = labels.formula_of(line)
                paragraphs.append([[rest if rest and rest.strip() else line], list(block.lines), True])
                in_list = False
            else:
                cut = _reservation_line(block) if block.kind == "text" and labels.may_hold(text, "reserver") else None
                lines = block.lines[:cut] if cut else block.lines
                if cut:
                    text = join([line.text for line in lines])  # the reservation is read apart (see _extras)
                paragraphs.append([[NUMBERED_DECISION.sub("", text, count=1)], list(lines), False])
                in_list = text.rstrip().endswith(":")
        date = self.protocol.date
        for k, (texts, lines, _) in enumerate(paragraphs):
            text = join(texts)
            if k + 1 < len(paragraphs) and _subject_alone(text):
                continue  # "Beslut" / "Regionstyrelsen" / "1. Godkänner ...": the subject of the decisions under it
            low = labels.lowered(text)  # once for the decision's tests and its meeting dates
            decision = self._add_decision(item, text, lines, low, labelled=True)
            if decision is None:
                continue
            for meeting in dec.scheduled_meetings(text, date, low):
                meeting.source = decision.source
                self.protocol.scheduled_meetings.append(meeting)


# The next meeting's details as labelled lines under its title ("Datum: lördag 21 mars" / "Tid: 13:00" /
# "Plats: ..."): how many paragraphs after the date its time may stand.
NEXT_MEETING_TIME_REACH = 2


def _votes_told_apart(texts: list[str]) -> list:
    """The votes of a "Votering" section that tells two or more, each in a sentence of its own ("Votering begärs om
    motförslag. Med 30 röster för M:s förslag mot 12 röster för SD:s förslag, 39 avstod, utses ..." / "Votering
    begärs i huvudvoteringen. ... Med 41 ja-röster mot 30 nej-röster ..."), in order; none where it tells one."""
    joined = " ".join(texts)
    if not _may_count(labels.lowered(joined)):
        return []
    # (dec.sentences, the parser's one splitter: "Moderaternas m.fl. förslag" runs on, no capital after the stop)
    votes = [vote for sentence in dec.sentences(joined) if (vote := dec.counted_vote(sentence)) is not None]
    return votes if len(votes) >= 2 else []


def _time_below(block: Block, rest: list[tuple[Block, str]], year: int) -> str | None:
    """The time on a paragraph of its own just below the next meeting's date ("Tid: 13:00"), None where a
    paragraph with another date comes first."""
    where = (block.lines[0].page, block.lines[0].start)
    below = sorted(((b.lines[0].page, b.lines[0].start), t) for b, t in rest if (b.lines[0].page, b.lines[0].start) > where)
    for _, text in below[:NEXT_MEETING_TIME_REACH]:
        if dates.find_dates(text, year):
            return None
        time = dates.labelled_time(text) or dates.clock(text)
        if time:
            return time
    return None

def _subject_alone(text: str) -> bool:
    """A deciding body's name alone on its line ("Regionstyrelsen", "Nämnden:"), the subject of the numbered
    verbs under it ("1. Godkänner rapporten.")."""
    text = text.strip().rstrip(":")
    return " " not in text and conventions.deciding_body(text)


# The att-clause a vote or a reservation concerns: "den andra att-satsen", "attsats 2", "att-sats nr 2".
VOTED_CLAUSE = regexes.compile(r"\b(?:(?P<ord>" + numbers.ORDINAL + r")\s+att-?satsen|att-?sats(?:en)?\s+(?:nr\.?\s+)?"
                               r"(?P<n>\d{1,2})\b)", re.IGNORECASE)


def _clause_place(m: re.Match) -> int | None:
    """The place (1 for the first) of the att-clause a VOTED_CLAUSE match names."""
    return numbers.ORDINALS.get(m.group("ord").lower()) if m.group("ord") else int(m.group("n"))


# A numbered clause run on after the one before it: "... 184 000 kronor. 2. uppdra åt kyrkoherden ...".
RUN_ON_CLAUSE = regexes.compile(r"(?<=[.;,])\s+(?=(?P<n>\d{1,2})[.)]\s+[a-zåäö])")


def _until_proposal(clause: str) -> str:
    """A proposal's clause without the counter-proposal run on after its full stop ("att ... från och med den
    1 mars 2025. Oscar Bergkvist yrkade avslag ...", where a PDF lost the blank line between them)."""
    sentences = dec.sentences(clause)
    kept = list(itertools.takewhile(lambda x: not dec.PROPOSES.search(x), sentences[1:]))
    return " ".join(sentences[:1] + kept) if len(kept) < len(sentences) - 1 else clause


def _numbered_clauses(text: str, lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """The clauses of a paragraph that opens with a numbered one ("1. anta anbudet ..."), each without its
    number: the clauses after it that a typeset paragraph ran on after its full stop ("... 184 000 kronor.
    2. uppdra åt kyrkoherden ...") are decisions of their own, as on lines of their own."""
    n = int(NUMBERED_CLAUSE.match(text).group("n"))
    cuts = [0]
    for m in RUN_ON_CLAUSE.finditer(text):
        if int(m.group("n")) == n + 1:
            cuts.append(m.end())
            n += 1
    clauses = [NUMBERED_CLAUSE.sub("", text[start:end].strip(), count=1)
               for start, end in zip(cuts, cuts[1:] + [len(text)])]
    firsts = [0] + [lines.index(_line_of(lines, clause)) for clause in clauses[1:]]
    return [(clause, lines[first:last + 1]) for clause, first, last in zip(clauses, firsts, firsts[1:] + [len(lines)])]


def _line_of(lines: list[Line], sentence: str) -> Line:
    """The one of a paragraph's ``lines`` that ``sentence`` starts on, else the first."""
    texts = [line.text for line in lines]
    at = join(texts).find(sentence[:30])
    if at > 0:
        for k in range(1, len(texts)):
            if len(join(texts[:k + 1])) - len(texts[k].strip()) > at:
                return lines[k - 1]
        return lines[-1]
    return lines[0]


def _drop_bare_adoptions(item: Item) -> None:
    """A vote's outcome told as a formula that only adopts a proposal, before the decision it adopts ("Med 7
    röster mot 4 beslutar nämnden enligt ordförandens förslag." / "Beslut" / "Nämnden beslutar att ..."), is
    no decision of its own: its vote goes to the att-decision after it."""
    for k in range(len(item.decisions) - 2, -1, -1):
        d, after = item.decisions[k], item.decisions[k + 1]
        if d.votes and not after.votes and labels.BARE_ADOPTION.match(d.text.strip()) and STARTS_ATT.match(after.text):
            after.votes = d.votes
            del item.decisions[k]


def _reservation_line(block: Block) -> int | None:
    """The index of a line of a decision's paragraph that starts a reservation after a full sentence
    ("att föreslå årsmötet ... 2026. / Christian Gräll reserverar sig mot beslutet."), else None."""
    lines = block.lines
    for k in range(1, len(lines)):
        if (lines[k - 1].text.rstrip().endswith((".", "!", "?")) or NAMED_RESERVATION.match(lines[k].text)) and \
                dec.reserves(join([line.text for line in lines[k:]])):
            return k
    return None


# A line that opens with a member's full name reserving themselves starts the reservation whatever the line
# before it ends in ("attsats 1 bifalles" / "Oscar Bergkvist reserverade sig mot beslutet.", where a PDF
# lost the blank line between them).
NAMED_RESERVATION = regexes.compile(r"^[A-ZÅÄÖ][a-zåäöéü-]+(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+)+(?:\s*\([^()]{1,12}\))?"
                                    r"\s+reserver(?:ar|ade)\s+sig\b")


# "Mötet biföll yrkandet.", "Yrkandet bifölls.": the meeting adopts a member's yrkande (see _adopted_yrkande).
ADOPTS_YRKANDE = regexes.compile(r"\b(?:biföll|bifaller|bifölls|bifalls|bifalles|antog|antogs|antar)\s+yrkandet\b|"
                            r"^yrkandet\s+(?:bifölls|bifalls|bifalles|antogs|antas)\b", re.IGNORECASE)
# A yrkande with its att-clause: "Yrkande från Simon Rapp: att budgeten sänks till 20 000 kr.", "Yrkande: att ...",
# "Per Berg yrkar att ...". The clause runs to its sentence's end.
YRKANDE_CLAUSE = regexes.compile(r"(?:^|(?<=[.!?]\s))(?:[Yy]rkande(?:\s+från\s+[^:.]{1,60}?)?\s*:\s*|"
                            r"[A-ZÅÄÖ][^.:]{0,60}?\s+yrka(?:r|de)\s+)(?P<clause>att\s+.*?(?:[.!?](?=\s|$)|$))")


def _sentence_after_sentence(texts: list[str], dash_text: str) -> bool:
    """A dash line that is a sentence of its own after a paragraph that ended one ("Beslut: Festen hålls 16
    oktober." / "- Anna Berg bokar lokal"): a decision or task of its own ("- att ..." is one too), not an item
    of a list the paragraph opened ("... följande ändringar:" / "- ...")."""
    line = DASH.sub("", dash_text)
    if len(texts) != 1 or not texts[0].rstrip().endswith(SENTENCE_END) or not line[:1].isupper():
        return False
    # (a sentence, or a task without its full stop: "- Henrik Ås ordnar ved"; not a topic: "- Julbord den 10 december")
    return line.rstrip().endswith(SENTENCE_END) or bool(dec.analyse(line, None).actions)


SENTENCE_END = (".", "!", "?", '"', "”")


def _bare_formula(texts: list[str]) -> bool:
    """Whether a decision paragraph is a formula alone ("Styrelsen beslutar att", "Nämnden beslutar att:"), its
    clauses on the lines that follow."""
    text = texts[-1].rstrip() if len(texts) == 1 else ""
    if not text.endswith(("att", "att:")):
        return False
    if text.strip() in BARE_ATT:
        return True  # "Beslut: Styrelsen beslutar att": the label's formula already left out
    rest = labels.formula_of(text)
    return rest is not None and rest.strip() in BARE_ATT


# A finite verb that makes a short line a statement, not a topic: "Planen vid skolan är avstängd till 1/5" typed
# without its full stop (minutes whose every line lacks one) is a sentence about the item, no sub-item's title.
STATING_VERB = regexes.compile(r"\b(?:är|var|blir|blev|har|hade|finns|fanns|ska|skall|kommer|behöver)\b", re.IGNORECASE)
# Where a responsible sentence can start inside a decision: after a sentence's stop ("... nya bord. Ansvarig: Per.").
RESPONSIBLE_SENTENCE = regexes.compile(r"(?<=[.!?])\s+(?=ansv)", re.IGNORECASE)
# The words that open a deadline ("klart 15/4", "senast 1/5", "Deadline: 20 april").
_DUE_OPENS = r"(?:senast|till|före|innan|klart|klar|deadline)\b"
# A sentence that gives a deadline ("Klart senast 1/5.").
DUE_START = regexes.compile(_DUE_OPENS, re.IGNORECASE)
# Where the names of a responsible line end and its deadline starts: "Ansvarig: Lisa, klart 15/4".
RESPONSIBLE_WHEN = regexes.compile(r"(?:,\s*|\.\s+|\s*\(\s*|\s+)(?=" + _DUE_OPENS + ")", re.IGNORECASE)
# The words before a deadline's date ("klart till:", "deadline"), where "senast" reads the date as one.
DUE_WORDS = regexes.compile(r"^(?:klart?|deadline)(?:\s+(?:till|senast|den))?\s*:?\s*", re.IGNORECASE)
# What a responsible line writes after a name of the person's part in the work: "Susanne Kärr (tillstånd)", "Lotta
# Ring (lokal och inbjudan)" (a deadline in parentheses, "Per (senast 20/4)", is cut off before as RESPONSIBLE_WHEN).
RESPONSIBLE_PART = regexes.compile(r"\s*\([^()]*\)")
# Names in a responsible line: "Per och Lisa", "Per, Lisa", "Per/Lisa", "Per & Lisa" (not a date's "20/4").
RESPONSIBLE_SPLIT = regexes.compile(r",|\s+och\s+|(?<!\d)\s*/\s*(?!\d)|\s+&\s+")
# Sections that end with their paragraph: a decision after them belongs to the item's decisions again.
# A decision sentence after a list of documents or a vote's result ("Beslutsunderlag / ... / Kommunfullmäktige
# godkänner delårsrapporten.", "Omröstning / ... / Kommunfullmäktige avslår motionen.") is the item's decision.
# A vote's roll by name headed with the § it belongs to: "Omröstningsbilaga 1, § 112", "Röstlista § 141".
_VOTE_ROLL_OF = regexes.compile(r"^\s*(?:röstlista|(?:omröstnings|voterings)bilaga|omröstningslista|voteringslista)\b"
                                r"[^§]{0,12}§\s*(\d{1,4})\b", re.IGNORECASE)
APPENDIX = "appendix"  # the section of an appendix that belongs to another item (read into nothing)
# "Bilaga 1", "Bilaga 2 till § 204", "Bilaga 3, § 112": an appendix's heading alone on its line.
APPENDIX_HEAD = regexes.compile(r"^\s*Bilaga\s+\d{1,2}(?:\s*(?:,|till)?\s*(?:[A-ZÅÄÖ]{2,6}\s*)?§\s*\d{1,4})?\s*$", re.IGNORECASE)
AFTER_DECISION = frozenset({"reservations", "note", "documents", "votes"})
# The section of a formula written under a named proposal ("Förslag till beslut" / "Nämnden beslutar att ...").
PROPOSED = "proposed"
SENTENCE_ENDS = (".", "!", ":")  # how a paragraph that is a sentence (or leads a list) ends
FORMULA_TALLY = "formula_tally"  # a tally in the formula's line over the decisions ("Efter votering (7 för, 8 emot)
                                 # beslutar förbundsmötet"), kept apart from the item's sections
# What a formula leaves when its clauses follow on lines of their own ("Styrelsen beslutar att" / "- anta ...").
BARE_ATT = frozenset({"att", "Att", "att:", "Att:", ":"})
# A dash line that is an att-clause ("- att anta budgeten"): a decision of its own, under any formula.
DASH_ATT = regexes.compile(r"^[-–—•*·]\s*att\s", re.IGNORECASE)
# A number before a clause under a decision heading ("1. Nämnden godkänner ..."), whatever its case.
NUMBERED_DECISION = regexes.compile(r"^\d{1,2}[.)]\s+(?=\S)")

# Patterns of the calls above, compiled once (re.split(...) and friends pay a cache lookup each call).
_INITIALS = regexes.compile(conventions.INITIALS)
_FIRST_STOP = regexes.compile(r"\s(?<=[.!?]\s)")  # "(?<=[.!?])\s", led by the space (see _AFTER_STOP)


def _run_together(name: str, known: set[str]) -> list[str]:
    """ "Karl-Erik Udd Elsa Brandt": two signatures side by side that a PDF's text ran into one name, split
    where both halves are people the minutes name elsewhere."""
    words = name.split()
    if len(words) != 2 * SPACED_NAME_WORDS:
        return [name]
    halves = [" ".join(words[:SPACED_NAME_WORDS]), " ".join(words[SPACED_NAME_WORDS:])]
    return halves if all(h in known for h in halves) else [name]
