"""The syntax other tools wrap minutes in, taken off before the lines are read: an e-mail's quote markers,
Markdown's heading, emphasis and checkbox markers, its pipe tables, "@" mentions and the addresses of an
Outlook list of people.

Minutes reach Protokoll as a reply that quotes them ("> 3. Vägunderhåll"), as a Notion, Obsidian or Google Docs
export ("## 3. Vägunderhåll", "**Beslut:** …", "- [ ] @Ulla tar fram …", "| 5 | Investering | … |"), or as
notes from Teams or Loop that mention people ("@Karin Öst"). None of the markers is content: left on, they hide
the heading, label or name the parser knows the line by ("## Deltagare" is no roll heading, "> Närvarande:" no
label). Each form is taken off only where the document uses it on several lines, so a lone ">" or "#" in
ordinary minutes ("# 4", "> 50 %") stays as written. Not length-preserving, as clean.tabrows is not: spans
then index the page text without the markers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from protokoll import regexes


@dataclass(frozen=True)
class ExportSettings:
    min_quoted_lines: int = 5  # lines behind ">" before the document is taken for a quoted e-mail
    min_markdown_lines: int = 2  # Markdown headings, checkboxes or pipe rows before the document is Markdown
    min_addressed_names: int = 2  # "Name <address>" on one line before the line is a mail program's list of people


EXPORTS = ExportSettings()

_QUOTE = regexes.compile(r"^(?:[ \t]*>)+[ \t]?", re.M)
_HEADING = regexes.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)
_CHECKBOX = regexes.compile(r"^([ \t]*)[-*+][ \t]+\[[ xX]\][ \t]+", re.M)
_PIPE_ROW = regexes.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_PIPE_RULE = regexes.compile(r"^[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$")
# "**Beslut:**", "__Datum__": emphasis around text on one line; a lone "*" (a footnote, a bullet) is no marker
_STRONG = regexes.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# "Anders Vall <anders@x.example>": the address a mail program writes after each name of a meeting's invitees
_ADDRESS = regexes.compile(r"[ \t]*<[^<>\s@]+@[^<>\s]+>")
# "@Karin Öst": a mention before a capitalised name, never the "@" inside an e-mail address
_MENTION = regexes.compile(r"(?<![\w.@])@(?=[A-ZÅÄÖ])")


def take_off(text: str, settings: ExportSettings = EXPORTS) -> str:
    """``text`` without the quote markers and Markdown syntax it uses; other text as it is."""
    # (every quote marker holds a ">" of its own: a text with fewer is spared the pattern's walk over every line)
    if text.count(">") >= settings.min_quoted_lines and len(_QUOTE.findall(text)) >= settings.min_quoted_lines:
        text = _quoted_part(text)
    if "@" in text:
        text = _MENTION.sub("", text)
        if "<" in text:
            text = "\n".join(_without_addresses(line, settings) for line in text.split("\n"))
    if not _is_markdown(text, settings):
        return text
    text = _HEADING.sub("", text)
    # A checkbox is a task tool's item: a plain dash keeps each task a list item of its own (spec: a task
    # sentence under "Beslut: ..." is a decision of its own), where without any marker one task without a full
    # stop would run on into the next.
    text = _CHECKBOX.sub(r"\1- ", text)
    text = _STRONG.sub(r"\2", text)
    if "|" in text:
        text = "\n".join(_pipe_row_as_tabs(line) for line in text.split("\n") if not _PIPE_RULE.match(line))
    return text


def _quoted_part(text: str) -> str:
    """The quoted lines without their markers. Where most of the text is quoted, the minutes are what the mail
    quotes, and the lines around them (the reply's header, greeting and signature: "Med vänliga hälsningar" /
    name / title) are the reply's, not the minutes' header: they are left blank, so lines keep their places."""
    lines = text.split("\n")
    quoted = [bool(_QUOTE.match(line)) for line in lines]
    written = sum(1 for line in lines if line.strip())
    if 2 * sum(quoted) > written:
        lines = [line if q else "" for line, q in zip(lines, quoted)]
    return _QUOTE.sub("", "\n".join(lines))


def _without_addresses(line: str, settings: ExportSettings) -> str:
    """An Outlook list of people ("Deltagare: Anders Vall <anders@x.example>; Lena Ström <lena@x.example>; Per
    Hjort") without the addresses, which hide the names from the roll reader; a line naming one address (a contact
    field) keeps it."""
    if "<" not in line or len(_ADDRESS.findall(line)) < settings.min_addressed_names:
        return line
    return _ADDRESS.sub("", line)


def _is_markdown(text: str, settings: ExportSettings) -> bool:
    if "#" not in text and "[" not in text and "|" not in text:
        return False
    # Each pattern walks the whole text: asked only where its own mark is in it.
    marks = (len(_HEADING.findall(text)) if "#" in text else 0) + \
        (len(_CHECKBOX.findall(text)) if "[" in text else 0) + (len(_PIPE_ROW.findall(text)) if "|" in text else 0)
    return marks >= settings.min_markdown_lines


def _pipe_row_as_tabs(line: str) -> str:
    """A pipe table's row as a word processor's row copied as text (cells apart by tabs), the shape
    clean.tabrows lays out in columns."""
    if not _PIPE_ROW.match(line):
        return line
    return "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
