"""Who must act: an action's assignee as written ("tf sekretariatschefen") resolved to one key, stored
with the action (``actions.assignee_key``), so that every spelling of the same person, municipality,
network or role finds the same tasks.

Keys are ``<kind>:<name>``:

* ``person:17``            someone in the archive's people, by a spelling of their name;
* ``municipality:Bjuv``    a municipality (``municipalities.canonical``), or ``municipality:sekretariatet``;
* ``network:gymnasiechefsnatverk``  a network ("…nätverket"), folded, its definite ending dropped;
* ``role:sekretariatschef``  a role (``parse.conventions.role_base``), folded, in its base form;
* ``text:…``               anything else, folded (still one key for case and accents).

Acting and quantifying prefixes ("tf", "t.f.", "vik.", "varje") are dropped first: the acting head of
the secretariat must act as the head would.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from protokoll import municipalities
from protokoll.archive.counting import values_of
from protokoll.municipalities import SECRETARIAT, fold
from protokoll.resolve.people import name_key
from protokoll.store import tables as t

KINDS = ("person", "municipality", "network", "role", "text")
KIND_SV = {"person": "person", "municipality": "kommun", "network": "nätverk", "role": "roll", "text": "övrigt"}
# Words before a role that do not change who must act: acting ("tf", "t.f.", "t f", "vik.",
# "tillförordnad") and quantifiers ("varje kommundirektör" acts as the role does).
PREFIXES = re.compile(r"^(?:t\.?\s?f\.?|vik\.?|vikarierande|tillf[öo]rordnade?|varje|respektive|resp\.|alla)\s+",
                      re.IGNORECASE)
NETWORK_WORD = "natverk"  # folded "nätverk"
NETWORK_DEFINITE = re.compile(NETWORK_WORD + r"(?:et|en)\b")  # "nätverket", "nätverken" → "nätverk"
KEY_MAX = 120  # the column's width


@lru_cache(maxsize=8192)
def strip_prefixes(text: str) -> str:
    """The assignee without its acting and quantifying prefixes (remembered: an archive's assignees are
    a few roles written again and again, and an action's is looked up twice as it is stored)."""
    text = " ".join(text.split()).strip(" .,;:")
    while True:
        stripped = PREFIXES.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


def _folded(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split()).strip(" .,;:")


def key_of(assignee: str | None, people: dict[str, int] | None = None) -> str:
    """The key of an assignee as written; ``people`` maps folded name keys (``resolve.people.name_key``)
    to person ids (``people_keys``)."""
    text = strip_prefixes(assignee or "")
    if not text:
        return "text:"
    if people:
        person = people.get(name_key(text))
        if person is not None:
            return f"person:{person}"
    return _key_of_text(text)


@lru_cache(maxsize=8192)
def _key_of_text(text: str) -> str:
    """``key_of`` of an assignee no person is known by (the key depends on the words alone)."""
    folded = _folded(text)
    if folded == fold(SECRETARIAT) or folded == "sekretariat":
        return f"municipality:{SECRETARIAT}"
    place = municipalities.canonical(text)
    if place is not None:
        return f"municipality:{place}"
    if NETWORK_WORD in folded:
        return f"network:{NETWORK_DEFINITE.sub(NETWORK_WORD, folded)}"[:KEY_MAX]
    from protokoll.vocab.conventions import role_base  # the parser's role words: loaded by the first key made

    base = role_base(text)
    if base is not None:
        return f"role:{_folded(strip_prefixes(base))}"[:KEY_MAX]
    return f"text:{folded}"[:KEY_MAX]


def parse_key(key: str) -> tuple[str, str] | None:
    """("role", "sekretariatschef") of a key, None of a string that is no key."""
    kind, sep, name = key.partition(":")
    return (kind, name) if sep and kind in KINDS and name else None


def name_keys(names: Iterable[str | None]) -> set[str]:
    """The name keys under which ``people_keys`` looks the assignees ``names`` up."""
    return {name_key(strip_prefixes(n)) for n in names if n}


def people_keys(session: Session, names: Iterable[str] | None = None) -> dict[str, int]:
    """Folded name key → person id, for the spellings of ``names`` (every spelling when None)."""
    query = select(t.PersonName.key, t.PersonName.person_id)
    if names is not None:
        keys = name_keys(names)
        if not keys:
            return {}
        query = query.where(t.PersonName.key.in_(keys))
    return {k: pid for k, pid in session.execute(query)}


def resolve(session: Session, assignee: str) -> str:
    """The key of one assignee, against the archive's people (a key given as such is taken as it is)."""
    if parse_key(assignee):
        return assignee
    return key_of(assignee, people_keys(session, [assignee]))


def keys_in_use(session: Session) -> list[str]:
    """Every key some action has, in order: one step each down the index on the keys, not a pass over
    every action."""
    return values_of(session, t.Action.assignee_key)


def matching(session: Session, column, wanted: str):
    """The SQL condition "who must act is ``wanted``" over a key column: a key given as such is that key;
    anything else is its resolved key, or any key containing its folded words ("sekretariat" finds the
    secretariat and its head; "role:sekretariatschef" only the role). The keys are picked here from those
    in use, so the condition is a list of keys (steps in their index), not a LIKE over every action."""
    if parse_key(wanted):
        return column == wanted
    found = _matching_keys(session, wanted)
    return column.in_(found) if len(found) > 1 else column == found[0]


def _matching_keys(session: Session, wanted: str) -> list[str]:
    """The keys ``matching`` lists for ``wanted``, looked up once per transaction (a page filters its
    rows and counts them with the same condition)."""
    known = session.info.setdefault("matching_keys", {})
    if wanted not in known:
        words = _folded(strip_prefixes(wanted))
        exact = resolve(session, wanted)
        found = {exact} | ({key for key in keys_in_use(session) if words in key.lower()} if words else set())
        known[wanted] = [exact] + sorted(found - {exact})
    return known[wanted]


def fill_missing(session: Session) -> int:
    """Give every action without a key its key (actions stored before keys were: 0006); how many."""
    rows = session.execute(select(t.Action.id, t.Action.assignee).where(t.Action.assignee_key.is_(None))).all()
    if not rows:
        return 0
    known = people_keys(session, [r.assignee for r in rows])
    for r in rows:
        session.execute(update(t.Action.__table__).where(t.Action.__table__.c.id == r.id)
                        .values(assignee_key=key_of(r.assignee, known)))
    return len(rows)


def label(key: str | None) -> dict | None:
    """What a page shows of a key: its kind in Swedish, a name and the page listing its tasks."""
    parsed = parse_key(key or "")
    if parsed is None:
        return None
    kind, name = parsed
    return {"key": key, "kind": kind, "kind_sv": KIND_SV[kind], "name": name}
