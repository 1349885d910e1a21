"""Presenters ("Föredragande: ...", guests) and attached documents ("Underlag: Bilaga 1 – ...")."""
from __future__ import annotations

import re

from protokoll import regexes
from protokoll import municipalities
from protokoll.record import Document, Presenter
from protokoll.vocab.labels import Folded, word_led

_NAME_WORD = r"[A-ZÅÄÖÉÜ][\wåäöéü'’-]+"
NAME = regexes.compile(rf"^{_NAME_WORD}(?:\s+(?:af\s+|von\s+|de\s+)?{_NAME_WORD}){{1,3}}$")
_ORG_HINT = Folded(word_led(  # "\b(?:kommun|...)\b", written so that re skips straight to the words' letters
    "kommun|kommuns|stad|stads|region|länsstyrelsen|familjen helsingborg|sekretariatet|nätverket|"
    "förvaltning|bolag|ab|universitet|myndighet"))
# "Från traineegrupp 19:" opens a group of names.
GROUP = regexes.compile(r"(?:^|\s)(?:Från|Fran|Frå n)\s+[^:]{1,60}:\s*", re.IGNORECASE)
GUEST = regexes.compile(r"^(?P<name>[^():]{3,60}?)\s*(?:\((?P<org>[^)]*)\))?\s*:\s*(?P<what>.*)$")


def is_name(text: str) -> bool:
    text = text.strip()
    return bool(NAME.match(text)) and not _ORG_HINT.search(text) and municipalities.canonical(text) is None


# "Tore Blom och Göran Frisk", "A, B samt C": people named one after another, nothing else.
_NAME_JOIN = regexes.compile(r"\s*(?:,|\boch\b|\bsamt\b)\s*")


def only_names(text: str) -> bool:
    """Whether ``text`` is nothing but people's full names ("Elin Wass", "Tore Blom och Göran Frisk.")."""
    text = text.strip().rstrip(".")
    if "." in text:
        return False  # no name holds a full stop, nor does a separator take one: a text of sentences is none
    people = _name_pieces(text)
    first = next(people, None)
    return first is not None and is_name(first) and all(map(is_name, people))


def _name_pieces(text: str):
    """The non-empty pieces of ``text`` between _NAME_JOIN's separators, as ``_NAME_JOIN.split`` gives them, one
    at a time: a test that stops at the first piece that is no name (a summary's first words) reads no further."""
    pos = 0
    for m in _NAME_JOIN.finditer(text):
        if m.start() > pos:
            yield text[pos:m.start()]
        pos = m.end()
    if pos < len(text):
        yield text[pos:]


def parse_presenters(text: str) -> list[Presenter]:
    """ "A och B, kulturchefsnätverket" / "Name, role, Organisation" / "Från grupp: A, B och C"."""
    out: list[Presenter] = []
    for group in GROUP.split(text) if ":" in text else [text]:  # a group heading ends in ":"
        group = group.strip().rstrip(".")
        if not group:
            continue
        pending: list[Presenter] = []  # names waiting for the role/organisation that follows them
        for piece in _pieces(group):
            names = _names(piece)
            if names:
                if pending and (pending[-1].role or pending[-1].organisation):
                    pending = []
                for name in names:
                    p = Presenter.made(name=name)
                    out.append(p)
                    pending.append(p)
            elif pending:
                for p in pending:
                    if p.role is None and not _ORG_HINT.search(piece) and piece[:1].islower():
                        p.role = piece
                    elif p.organisation is None:
                        p.organisation = piece
                    elif p.role is None:
                        p.role = piece
    return out


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in _COMMA_OR_SEMICOLON.split(text) if p.strip()]


def _names(piece: str) -> list[str]:
    """The person names a piece holds: "A", or "A och B" when both sides are names."""
    if is_name(piece):
        return [piece]
    parts = _AND_OR_AMP.split(piece)
    # "Båstad kommun och Susanne Burström" (an organisation, then the next name) is split earlier,
    # by parse_presenters_text.
    return parts if len(parts) > 1 and all(is_name(p) for p in parts) else []


def split_org_and_name(piece: str) -> tuple[str, str] | None:
    parts = _AND.split(piece)
    if len(parts) == 2 and is_name(parts[1]) and not is_name(parts[0]):
        return parts[0], parts[1]
    return None


def parse_presenters_text(text: str) -> list[Presenter]:
    """Presenters from a whole "Föredragande" section, organisations shared across "och"."""
    # Turn "A, Org och B, Org2" into "A, Org; B, Org2" so each name keeps its own organisation.
    fixed = []
    for piece in _COMMA_KEPT.split(text):
        pair = split_org_and_name(piece.strip()) if piece != "," else None
        fixed.append(f" {pair[0]}; {pair[1]}" if pair else piece)
    return parse_presenters("".join(fixed))


def parse_guest(text: str) -> Presenter | None:
    """ "Thomas Nilsson (Ett-IT): Redogjorde för ..." → presenter with organisation."""
    m = GUEST.match(text.strip())
    if not m or not is_name(m.group("name")):
        return None
    return Presenter.made(name=m.group("name").strip(), organisation=(m.group("org") or "").strip() or None)


BILAGA = regexes.compile(r"\b(?P<label>Bilaga\s+\d+[a-z]?)\s*(?:[–—:-]\s*|\s+)(?P<title>.*?)(?=\s*\bBilaga\s+\d|$)",
                    re.IGNORECASE)


def parse_documents(text: str) -> list[Document]:
    out = []
    for m in BILAGA.finditer(text):
        label = " ".join(m.group("label").split())
        label = label[0].upper() + label[1:]
        title = m.group("title").strip().rstrip(".,;").strip() or None
        out.append(Document.made(label=label, title=title))
    if not out and text.strip():
        out.append(Document.made(label=text.strip().rstrip("."), title=None))
    return out


# Patterns of the calls above, compiled once (re.split(...) and friends pay a cache lookup each call).
_COMMA_OR_SEMICOLON = regexes.compile(r",|;")
_AND_OR_AMP = regexes.compile(r"\s+(?:och|samt|&)\s+")
_AND = regexes.compile(r"\s+(?:och|samt)\s+")
_COMMA_KEPT = regexes.compile(r"(,)")
