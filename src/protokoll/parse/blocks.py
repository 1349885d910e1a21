"""Clean lines → blocks: the paragraphs, headings, labels and list lines of the minutes.

Text extraction wraps paragraphs at the page width and sometimes puts blank lines inside them, OCR
keeps blank lines between paragraphs but not always. A line therefore continues the one before when
it starts in lower case, or when the one before runs to the full width without ending a sentence;
blank lines count as breaks only in documents where they never fall inside a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from protokoll.clean.lines import Line, join
from protokoll.parse import labels

NUMBERED = re.compile(r"^(?:§\s*)?(?P<n>\d{1,2})(?:\.|\)|\s)\s*(?P<title>[A-ZÅÄÖÉ\"”'’«].*)$")
# An item number OCR misread ("l. Budget" for "1. Budget").
GARBLED_NUMBER = re.compile(r"^(?:\d{1,2}[.,)]?|[\dlIiOo|]{1,2}[.,)])\s+(?=[A-ZÅÄÖ])")
DASH = re.compile(r"^[-–—•*·]\s*")
STARTS_ATT = re.compile(r"^(?:att|Att)\b")
# "Nätverket för miljö och klimat får i uppdrag att ..." opens a decision of its own.
GIVES_TASK = re.compile(r"^[A-ZÅÄÖ][\w-]*(?:\s+[\wåäö-]+){0,6}?\s+(?:får|ges|erhåller)\s+(?:i\s+)?"
                        r"(?:uppdrag|följande)")
ENDS_SENTENCE = re.compile(r"[.!?:;,]$")
# A line ending in one of these words cannot end a paragraph.
OPEN_WORDS = frozenset("och eller samt i till med om för av på att som från vid under inom kring mot efter en ett de "
                       "den det sin sitt sina ska skall har är kan vill bör".split())


def ends_open(text: str) -> bool:
    return text.rsplit(None, 1)[-1].lower() in OPEN_WORDS


@dataclass
class Block:
    lines: list[Line]
    kind: str = "text"  # text | label | dash | heading
    label: str | None = None  # section or attendance label name
    rest: str = ""  # text after the label on the label's line(s)
    number: int | None = None  # printed item number of a numbered heading
    blank_before: bool = False

    @property
    def text(self) -> str:
        return join([line.text for line in self.lines])


def wrap_width(lines: list[Line]) -> float:
    """The width lines are wrapped at: the typical length of a line that is continued in lower case."""
    wrapped = [len(a.text) for a, b in zip(lines, lines[1:])
               if b.text[:1].islower() and not STARTS_ATT.match(b.text)]
    return median(wrapped) if len(wrapped) >= 3 else float("inf")


def blank_lines(lines: list[Line]) -> str:
    """What blank lines mean in this text: "noise", "breaks" or "paragraphs" (see ``_continues``)."""
    lower = [line for line in lines if line.text[:1].islower() and not STARTS_ATT.match(line.text)]
    if len(lower) >= 3 and sum(line.blank_before for line in lower) / len(lower) >= 0.1:
        return "noise"
    upper = [line for line in lines if not line.text[:1].islower()]
    if upper and sum(line.blank_before for line in upper) / len(upper) >= 0.3:
        return "paragraphs"
    return "breaks"


def numbered_headings(lines: list[Line]) -> dict[int, int]:
    """Line index → item number for the run of numbered headings 1, 2, 3 ... (a gap of one allowed)."""
    found: dict[int, int] = {}
    expected = None
    for i, line in enumerate(lines):
        m = NUMBERED.match(line.text)
        if not m or labels.section_of(m.group("title")):
            continue
        n = int(m.group("n"))
        if expected is None and n in (1, 2) or expected is not None and expected <= n <= expected + 1:
            found[i] = n
            expected = n + 1
    return found if len(found) >= 3 else {}


def to_blocks(lines: list[Line]) -> list[Block]:
    width = wrap_width(lines)
    blanks = blank_lines(lines)
    headings = numbered_headings(lines)
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        text = line.text
        if i in headings:
            blocks.append(Block([line], "heading", number=headings[i], blank_before=line.blank_before,
                                rest=NUMBERED.match(text).group("title")))
            continue
        section = labels.section_of(text)
        if section:
            blocks.append(Block([line], "label", label=section[0], rest=section[1], blank_before=line.blank_before))
            continue
        if DASH.match(text):
            blocks.append(Block([line], "dash", blank_before=line.blank_before))
            continue
        prev = blocks[-1] if blocks else None
        # A short line right before "Sammanfattning:" is a heading, however the line before it ended.
        heads_summary = i + 1 < len(lines) and labels.SUMMARY.match(lines[i + 1].text) is not None \
            and not text[:1].islower() and not ENDS_SENTENCE.search(text)
        if prev is not None and not heads_summary and _continues(prev, line, width, blanks):
            prev.lines.append(line)
            if prev.kind in ("label", "heading"):
                prev.rest = join([prev.rest, line.text])
            continue
        blocks.append(Block([line], "text", blank_before=line.blank_before))
    return blocks


def _continues(prev: Block, line: Line, width: float, blanks: str) -> bool:
    """Whether ``line`` continues the paragraph ``prev``; ``blanks`` says what blank lines mean here:
    "paragraphs" (every paragraph break is blank), "breaks" (a blank is a break, not every break is
    blank) or "noise" (blanks fall inside sentences, as some PDF extractions have them)."""
    last = prev.lines[-1].text
    text = line.text
    if prev.kind == "label" and not prev.rest:
        return False  # "Mötet beslutar" alone: what follows is its first decision
    broken = blanks != "noise" and line.blank_before
    long_prev = len(last) >= 0.75 * width and not ENDS_SENTENCE.search(last)
    if ends_open(last):
        return True
    if STARTS_ATT.match(text):
        return False  # a new "att" paragraph: a wrap seldom falls right before "att", decisions often end unpunctuated
    if GARBLED_NUMBER.match(text):
        return False
    if prev.kind == "heading":
        # A wrapped heading goes on in lower case, or with a short capitalised tail ("... inom Familjen /
        # Helsingborg") when the heading line ran to the full width.
        short_tail = len(text.split()) <= 3 and not ENDS_SENTENCE.search(text) and len(last) >= 0.75 * width
        return text[:1].islower() or (short_tail and not broken)
    if text[:1].islower() and not GARBLED_NUMBER.match(text):
        return True  # no Swedish paragraph starts in lower case, whatever blank lines OCR put before it
    if broken or GIVES_TASK.match(text):
        return False
    if prev.kind == "dash":
        return long_prev
    if last[-1] in ".!?" and not ENDS_SENTENCE.search(text):
        return False  # a one-line "sentence" without a full stop after a full stop is a heading
    return blanks == "paragraphs" or long_prev
