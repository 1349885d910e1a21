"""Ingesting: parse → resolve → write. ``ingest`` walks files and folders and stores the documents
parsed a batch per write transaction, each document under a savepoint of its own (``store_batch``: a
document that fails is rolled back alone and reported); ``save`` stores one parsed document inside the
caller's transaction.

1. A document already in the archive (same content hash) is skipped: re-ingesting is a no-op.
2. What the document means for the archive is decided first, reading only (``decide``): the meeting
   it describes is found (same date, same body) or is new; when found, all its sources are merged
   again (``resolve.meetings.merge``) and the ids of its actions are noted to be carried over; and who
   everyone in it is (``resolve_people``: each attendance line and presenter is a known person, by
   spelling or by a close spelling seen for the same municipality, or a new one).
3. Then it is written: the source (its record, and the cleaned page texts its spans index), the
   merged record — items, presenters, attachments, decisions with their votes and ballots, actions
   (ids carried over, ``actions``), attendance resolved to people and canonical municipalities, the
   meetings it schedules, the search index — and the editors' corrections of the meeting are applied
   to the rows again (``corrections.reapply``), so a correction outlives every rebuild.
4. Links that reach across meetings are made in both directions, so the order in which documents
   arrive does not matter: scheduled dates ↔ meetings held on them, items ↔ the earlier business they
   refer to.

What needs the rows just written is settled as they are written, in the same transaction: action ids
carried over by likeness to the old ones, and links to the meetings held on scheduled dates. The
earlier business an item refers to is found before its row is written (it needs earlier meetings
only), so the row goes in with its link.

Every lookup here is by an indexed key (date, name key, title key), and rows go in with one
``executemany`` per table (``store.bulk``), so saving a document costs about twenty statements however
big the archive grows; what every document would read again (the people's spellings, SQLite's next
ids, which meetings were corrected) is read once per batch (``Batch``). ``store_batch`` goes further
for the common case, documents of meetings new to the archive: a run of them is decided in memory
and written a table at a time (``archive.group``: the same decisions, about one statement a document);
a document that merges into a stored meeting is saved as above, alone. Plain Core statements
(``tables.X.__table__``) are used on purpose: the ORM's unit of work is not needed for rows that are
written once and read back by the views.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import bindparam, delete, func, select, text, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from protokoll.archive import assignees
from protokoll.archive import signatures as signing
from protokoll.archive.actions import ActionRef, assign_ids, next_seq, open_new, series_of
from protokoll.archive.common import first_line, opened
from protokoll.archive.corrections import corrected_meetings, reapply
from protokoll.archive.search import TIDY_EVERY, tidy
from protokoll.archive.search import add as index_add
from protokoll.archive.search import remove as index_remove
from protokoll.errors import INTERNAL_ERROR, ArchiveUnavailable, ProtokollError
from protokoll.lazy import on_first_use
from protokoll.model import Item, Protocol
from protokoll.municipalities import named_in
from protokoll.read import IMAGE_SUFFIXES
from protokoll.resolve import followups, people
from protokoll.resolve.meetings import body_key, merge, quality_score, same_body
from protokoll.store import bulk, mapping
from protokoll.store import tables as t
from protokoll.store.db import Database

# The parser is loaded by the first file ingested: the archive's reading commands (search, meetings)
# import this module with the rest of ``protokoll.archive`` and never parse.
pipeline = on_first_use("protokoll.pipeline")

MEETINGS = t.Meeting.__table__
SOURCES = t.Source.__table__
ITEMS = t.Item.__table__
PRESENTERS = t.Presenter.__table__
ATTACHMENTS = t.Attachment.__table__
DECISIONS = t.Decision.__table__
VOTES = t.Vote.__table__
BALLOTS = t.Ballot.__table__
ACTIONS = t.Action.__table__
ATTENDANCE = t.Attendance.__table__
SCHEDULED = t.ScheduledMeeting.__table__
PEOPLE = t.Person.__table__
PERSON_NAMES = t.PersonName.__table__
SOURCE_TEXTS = t.SourceText.__table__
REFERS = ("refers_kind", "refers_text", "refers_date", "refers_meeting_id", "refers_item_id")
MAX_NAME = 200  # longer "names" are parsing accidents, not people
NEW = 2**62  # the people a document adds are numbered from here until they are written


@dataclass(frozen=True)
class Saved:
    meeting_id: int | None
    skipped: bool = False  # the document was in the archive already
    merged: bool = False  # the document is another source of a meeting already in the archive


def content_hash(protocol: Protocol) -> str:
    """The source file's hash, or (for records made in memory) the hash of the record itself."""
    if protocol.source_file and protocol.source_file.sha256:
        return protocol.source_file.sha256
    return hashlib.sha256(mapping.pack(protocol)).hexdigest()


# The lookups made for every document are built once, their values bound at each use: building a
# statement cost SQLAlchemy several times what the database spends answering it (issue 12).
_SOURCE_BY_HASH = select(SOURCES.c.id).where(SOURCES.c.sha256 == bindparam("sha256"))
_MEETINGS_ON = select(MEETINGS.c.id, MEETINGS.c.body_key).where(MEETINGS.c.date == bindparam("date")).order_by(MEETINGS.c.id)
_MEETINGS_ON_DATES = (select(MEETINGS.c.id, MEETINGS.c.date, MEETINGS.c.body_key)
                      .where(MEETINGS.c.date.in_(bindparam("dates", expanding=True))).order_by(MEETINGS.c.id))
_WAITING = (select(SCHEDULED.c.id, MEETINGS.c.body_key).join(MEETINGS, MEETINGS.c.id == SCHEDULED.c.meeting_id)
            .where(SCHEDULED.c.date == bindparam("date"), SCHEDULED.c.held_meeting_id.is_(None)))
_ITEMS_OF = (select(ITEMS.c.id, ITEMS.c.title, ITEMS.c.summary)
             .where(ITEMS.c.meeting_id == bindparam("meeting_id")).order_by(ITEMS.c.id))
_DECISIONS_OF = select(DECISIONS.c.item_id, DECISIONS.c.text).where(
    DECISIONS.c.item_id.in_(bindparam("item_ids", expanding=True)))
_LATEST_ON = {column.name: select(ITEMS.c.id, ITEMS.c.meeting_id, ITEMS.c.meeting_date)
              .where(column == bindparam("subject"), ITEMS.c.meeting_date < bindparam("before"))
              .order_by(column.desc(), ITEMS.c.meeting_date.desc()).limit(1)
              for column in (ITEMS.c.title_key, ITEMS.c.report_back_key)}
_NAMING = (select(ITEMS.c.id, ITEMS.c.title, ITEMS.c.summary, MEETINGS.c.body_key)
           .join(MEETINGS, MEETINGS.c.id == ITEMS.c.meeting_id)
           .where(ITEMS.c.refers_date == bindparam("date"), ITEMS.c.refers_kind == "explicit"))
_TARGET = MEETINGS.alias("target")
_REPORTING_BACK = (select(ITEMS.c.id, ITEMS.c.report_back_key, ITEMS.c.refers_meeting_id,
                          _TARGET.c.date.label("target_date"))
                   .outerjoin(_TARGET, _TARGET.c.id == ITEMS.c.refers_meeting_id)
                   .where(ITEMS.c.report_back_key.in_(bindparam("subjects", expanding=True)),
                          ITEMS.c.meeting_date > bindparam("date"), ITEMS.c.refers_kind == "report-back"))


_DRAW_IDS = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")


def has_source(session: Session, sha256: str) -> bool:
    return session.scalar(_SOURCE_BY_HASH, {"sha256": sha256}) is not None


def _ids(session: Session, table, rows: list[dict], batch: Batch | None = None) -> list[int]:
    """Insert rows in one statement; their new ids, in order."""
    if not rows:
        return []
    if session.get_bind().dialect.name == "sqlite" and (len(rows) > 1 or batch is not None):
        # SQLite does not promise RETURNING's order, so SQLAlchemy would insert row by row (an item or a
        # decision a statement). The writer holds the write lock, and a new row's id is the largest plus
        # one (no AUTOINCREMENT): the ids are known before the rows go in, in one statement.
        ids = batch.next_ids(table, len(rows)) if batch else _next_ids(session, table, len(rows))
        bulk.insert(session, table, [{**row, "id": id_} for row, id_ in zip(rows, ids)])
        return ids
    result = session.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


def _next_ids(session: Session, table, n: int) -> list[int]:
    first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(first, first + n))


def _insert(session: Session, table, rows: list[dict]) -> None:
    bulk.insert(session, table, rows)


def page_texts_row(sha256: str, pages: list[str], now: dt.datetime) -> dict:
    return {"sha256": sha256, "read_at": now,
            "pages": zlib.compress(json.dumps(list(pages), ensure_ascii=False).encode("utf-8"))}


def has_page_texts(session: Session, sha256: str) -> bool:
    return session.scalar(select(SOURCE_TEXTS.c.sha256).where(SOURCE_TEXTS.c.sha256 == sha256)) is not None


@dataclass
class Plan:
    """What saving a document will do, decided before anything is written."""

    meeting_id: int | None  # the meeting it is another source of; None: a new meeting
    merged: Protocol  # the meeting's record from all its sources
    who: Who  # the people of its attendance and presenters
    old_actions: list[tuple[str, ActionRef]] = field(default_factory=list)  # ids to carry over
    affected: set[int] = field(default_factory=set)  # people of the rows that are rebuilt


class Batch:
    """What saving documents one after another in one write transaction reads once, not once a
    document (issue 12): the people's spellings, the next id of each table whose ids are decided here
    (SQLite), the next number of each action series, and which meetings editors corrected. Each
    document's writes are added to it, so it stays what the archive holds while the transaction holds
    the write lock; a document that rebuilt a meeting (spellings and people may be gone, corrections
    were written) or failed (``forget``: its savepoint rolled back) has it read again."""

    def __init__(self, session: Session):
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.forget()

    def forget(self) -> None:
        self._people: _People | None = None
        self._next_id: dict[str, int] = {}
        self._pool: dict[str, list[int]] = {}  # PostgreSQL: ids drawn from a table's sequence, not yet used
        self._next_seq: dict[str, int] = {}
        self._corrected: tuple[set, set] | None = None

    def people(self) -> _People:
        if self._people is None:
            self._people = _People(self.session)
        return self._people

    def next_ids(self, table, n: int) -> list[int]:
        if not self.sqlite:
            self.reserve(table, n)
            pool = self._pool[table.name]
            self._pool[table.name] = pool[n:]
            return pool[:n]
        first = self._next_id.get(table.name)
        if first is None:
            first = _next_ids(self.session, table, 1)[0]
        self._next_id[table.name] = first + n
        return list(range(first, first + n))

    def reserve(self, table, n: int) -> None:
        """PostgreSQL: have at least ``n`` ids of ``table`` drawn from its sequence (one statement)."""
        pool = self._pool.setdefault(table.name, [])
        if len(pool) < n:
            pool += sorted(self.session.scalars(_DRAW_IDS, {"table": table.name, "n": n - len(pool)}))

    def peek_id(self, table) -> int:
        """The id ``next_ids`` gives next, not taken."""
        if not self.sqlite:
            self.reserve(table, 1)
            return self._pool[table.name][0]
        first = self._next_id.get(table.name)
        return first if first is not None else _next_ids(self.session, table, 1)[0]

    def next_seq(self, series: str) -> int:
        if series not in self._next_seq:
            self._next_seq[series] = next_seq(self.session, series)
        return self._next_seq[series]

    def unknown_series(self, series: set[str]) -> set[str]:
        """Those of ``series`` whose next number is not read yet."""
        return series - set(self._next_seq)

    def know_seqs(self, next_seqs: dict[str, int]) -> None:
        """The next number of action series, read for many at once (``archive.group``)."""
        self._next_seq.update(next_seqs)

    def numbered(self, series: str, seqs: Iterable[int]) -> None:
        self._next_seq[series] = max([self.next_seq(series) - 1, *seqs]) + 1

    def corrected_sets(self) -> tuple[set, set]:
        """(dates, meeting ids) of the active corrections (``corrections.corrected_meetings``)."""
        if self._corrected is None:
            self._corrected = corrected_meetings(self.session)
        return self._corrected

    def corrected(self, meeting: _Meeting) -> bool:
        """Whether editors corrected the meeting (an active correction of its date or of it)."""
        dates, ids = self.corrected_sets()
        return meeting.date in dates or meeting.id in ids


def decide(session: Session, protocol: Protocol, batch: Batch | None = None) -> Plan:
    """Which meeting the document describes, its record merged from all its sources, and who everyone
    in it is. Reads only (the batch's directory of people takes the document's new people and names)."""
    directory = batch.people() if batch else _People(session)
    directory.begin()
    meeting_id = _find_meeting(session, protocol)
    if meeting_id is None:
        return Plan(None, protocol, resolve_people(session, protocol.date, protocol, directory=directory))
    sources = [mapping.unpack(blob) for blob in
               session.scalars(select(SOURCES.c.record).where(SOURCES.c.meeting_id == meeting_id))]
    merged = merge([*sources, protocol])
    return Plan(meeting_id, merged, resolve_people(session, merged.date, merged, rebuilt=meeting_id,
                                                   directory=directory),
                _action_refs(session, meeting_id), _people_of(session, meeting_id))


def save(session: Session, protocol: Protocol, path: str | None = None,
         now: dt.datetime | None = None, pages: list[str] | None = None,
         signatures: list[dict] | None = None, batch: Batch | None = None) -> Saved:
    """Store one parsed document (see the module's docstring) and, given, the cleaned page texts its
    spans index and the electronic signatures found in its file (``archive.signatures.read``); the
    caller owns the transaction. ``batch``: what earlier documents of the same transaction read
    (``Batch``); without one, everything is read afresh."""
    now = now or dt.datetime.now(dt.timezone.utc)
    sha = content_hash(protocol)
    if has_source(session, sha):
        return Saved(None, skipped=True)
    own = batch or Batch(session)
    plan = decide(session, protocol, own)
    merged, meeting_id = plan.merged, plan.meeting_id
    if meeting_id is None:
        meeting_id = _ids(session, MEETINGS, [_meeting_row(merged)], own)[0]
    else:
        _unlink(session, meeting_id)
        session.execute(update(MEETINGS).where(MEETINGS.c.id == meeting_id).values(**_meeting_row(merged)))
    file = protocol.source_file
    _insert(session, SOURCES, [{
        "meeting_id": meeting_id, "sha256": sha, "path": path or (file.path if file else "<memory>"),
        "pages": file.pages if file else 1, "methods": ",".join(file.methods) if file else "",
        "quality": quality_score(protocol), "record": mapping.pack(protocol), "ingested_at": now}])
    if pages is not None:
        _insert(session, SOURCE_TEXTS, [page_texts_row(sha, pages, now)])
    signing.store(session, sha, signatures)
    meeting = _Meeting(meeting_id, merged.date, body_key(merged.body))
    _link(session, meeting, merged, plan.who, plan.old_actions, now, own)
    if plan.affected:
        _forget_unused_names(session, plan.affected)
    if own.corrected(meeting):
        reapply(session, meeting_id)
    if plan.meeting_id is not None or own.corrected(meeting):
        own.forget()  # a rebuild may drop people and spellings; corrections rewrite rows
    return Saved(meeting_id, merged=plan.meeting_id is not None)


@dataclass(frozen=True)
class _Meeting:
    id: int
    date: dt.date | None
    body_key: str


def _meeting_row(p: Protocol) -> dict:
    return {**mapping.meeting_values(p), "body_key": body_key(p.body)}


def _find_meeting(session: Session, protocol: Protocol) -> int | None:
    if protocol.date is None:
        return None
    return _meeting_on(session, protocol.date, body_key(protocol.body))


def _meeting_on(session: Session, date: dt.date, key: str) -> int | None:
    """The meeting of the same body held on ``date``, if in the archive."""
    for meeting_id, other in session.execute(_MEETINGS_ON, {"date": date}):
        if same_body(other, key):
            return meeting_id
    return None


def _action_refs(session: Session, meeting_id: int) -> list[tuple[str, ActionRef]]:
    rows = session.execute(
        select(ACTIONS.c.id, ITEMS.c.title, DECISIONS.c.text, ACTIONS.c.assignee, ACTIONS.c.task)
        .join(ITEMS, ITEMS.c.id == ACTIONS.c.item_id).join(DECISIONS, DECISIONS.c.id == ACTIONS.c.decision_id)
        .where(ACTIONS.c.meeting_id == meeting_id)
        .order_by(ACTIONS.c.item_id, ACTIONS.c.decision_id, ACTIONS.c.position)).all()
    return [(r.id, ActionRef(r.title, r.text, r.assignee, r.task)) for r in rows]


def _people_of(session: Session, meeting_id: int) -> set[int]:
    ids = set(session.scalars(select(ATTENDANCE.c.person_id).where(ATTENDANCE.c.meeting_id == meeting_id)))
    ids |= set(session.scalars(select(PRESENTERS.c.person_id).join(ITEMS, ITEMS.c.id == PRESENTERS.c.item_id)
                               .where(ITEMS.c.meeting_id == meeting_id)))
    ids.discard(None)
    return ids


def _unlink(session: Session, meeting_id: int) -> None:
    """Remove a meeting's derived rows (the meeting row, its sources and the durable rows stay)."""
    item_ids = list(session.scalars(select(ITEMS.c.id).where(ITEMS.c.meeting_id == meeting_id)))
    index_remove(session, item_ids)
    session.execute(delete(ITEMS).where(ITEMS.c.meeting_id == meeting_id))  # cascades to their rows
    session.execute(delete(ATTENDANCE).where(ATTENDANCE.c.meeting_id == meeting_id))
    session.execute(delete(SCHEDULED).where(SCHEDULED.c.meeting_id == meeting_id))


def _link(session: Session, meeting: _Meeting, p: Protocol, who: Who, old_actions, now: dt.datetime,
          batch: Batch) -> None:
    ids = _write_people(session, who, batch)
    items = _write_items(session, meeting, p, batch)
    _write_attendance(session, meeting, p, who, ids)
    _write_item_children(session, meeting, items, old_actions, now, [ids[pid] for pid in who.presenters], batch)
    _write_scheduled(session, meeting, p)
    index_add(session, [(item_id, item) for item_id, item, _ in items])
    _link_later(session, meeting, items)


def _flatten(items: list[Item]) -> list[tuple[Item, int | None, int]]:
    """(item, index of its parent in the output, position) in document order, parents first (the
    agenda as ``model.walk`` goes through it, without the paths it makes)."""
    out: list[tuple[Item, int | None, int]] = []

    def add(children: list[Item], parent: int | None) -> None:
        for position, item in enumerate(children):
            out.append((item, parent, position))
            if item.subitems:
                add(item.subitems, len(out) - 1)

    add(items, None)
    return out


def _write_items(session: Session, meeting: _Meeting, p: Protocol, batch: Batch) -> list[tuple[int, Item, int | None]]:
    """Insert the item tree level by level (a sub-item needs its parent's id), each item with the
    earlier business it refers to (``_references``); returns (item id, item, parent item id) in
    document order."""
    flat = _flatten(p.items)
    refers = _references(session, meeting, [item for item, _, _ in flat])
    ids: list[int | None] = [None] * len(flat)
    depth = [0] * len(flat)
    for i, (_, parent, _) in enumerate(flat):
        depth[i] = 0 if parent is None else depth[parent] + 1
    for level in range(max(depth, default=-1) + 1):
        todo = [i for i in range(len(flat)) if depth[i] == level]
        rows = []
        for i in todo:
            item, parent, position = flat[i]
            rows.append({**mapping.item_values(item, position), "meeting_id": meeting.id,
                         "parent_id": ids[parent] if parent is not None else None,
                         "meeting_date": meeting.date, "title_key": followups.title_key(item.title),
                         "report_back_key": followups.report_back_subject(item.title), **refers[i]})
        for i, item_id in zip(todo, _ids(session, ITEMS, rows, batch)):
            ids[i] = item_id
    return [(ids[i], flat[i][0], ids[flat[i][1]] if flat[i][1] is not None else None)
            for i in range(len(flat))]


def action_rows(meeting: _Meeting, decided, batch: Batch) -> tuple[list[ActionRef], list[dict]]:
    """The actions that ``decided`` ((decision id, item id, item, decision) each) give: their references
    for numbering and their rows, each with its assignee's key (ids are left to the caller)."""
    refs, rows = [], []
    for decision_id, item_id, item, decision in decided:
        for n, action in enumerate(decision.actions):
            refs.append(ActionRef(item.title, decision.text, action.assignee, action.task))
            rows.append({**mapping.action_values(action, n), "meeting_id": meeting.id, "item_id": item_id,
                         "decision_id": decision_id})
    if rows:
        known = batch.people().keys_of(assignees.name_keys(row["assignee"] for row in rows))
        for row in rows:
            row["assignee_key"] = assignees.key_of(row["assignee"], known)
    return refs, rows


def _write_item_children(session: Session, meeting: _Meeting, items, old_actions, now: dt.datetime,
                         presenter_ids: list[int | None], batch: Batch) -> None:
    presenters, attachments, decisions, decision_of = [], [], [], []
    person_ids = iter(presenter_ids)
    municipality_ids = _municipality_ids(session)
    for item_id, item, _ in items:
        presenters += [{**mapping.presenter_values(x, n), "item_id": item_id, "person_id": next(person_ids),
                        "municipality_id": municipality_ids.get(named_in(x.organisation, x.role)),
                        "meeting_date": meeting.date}
                       for n, x in enumerate(item.presenters)]
        attachments += [{**mapping.attachment_values(x, n), "item_id": item_id}
                        for n, x in enumerate(item.documents)]
        for n, decision in enumerate(item.decisions):
            decisions.append({**mapping.decision_values(decision, n), "item_id": item_id})
            decision_of.append((item_id, item, decision))
    _insert(session, PRESENTERS, presenters)
    _insert(session, ATTACHMENTS, attachments)
    decision_ids = _ids(session, DECISIONS, decisions, batch)
    _write_votes(session, [(decision_id, d) for decision_id, (_, _, d) in zip(decision_ids, decision_of)], batch)
    decided = ((decision_id, item_id, item, decision)
               for decision_id, (item_id, item, decision) in zip(decision_ids, decision_of))
    new_refs, rows = action_rows(meeting, decided, batch)
    if not rows:
        return
    series = series_of(meeting.date, meeting.id)
    ids = assign_ids(series, new_refs, old_actions, batch.next_seq(series))
    for row, (action_id, _) in zip(rows, ids):
        row["id"] = action_id
    _insert(session, ACTIONS, rows)
    carried = {action_id for action_id, _ in old_actions}
    fresh = [(i, seq) for i, seq in ids if i not in carried]
    open_new(session, fresh, series, f"ur protokollet från {meeting.date or 'ett möte utan datum'}", now)
    batch.numbered(series, [seq for _, seq in fresh])


def _write_votes(session: Session, decisions, batch: Batch) -> None:
    """The votes of (decision id, decision) pairs, then their ballots: two statements for all of them."""
    votes = [(decision_id, n, vote) for decision_id, decision in decisions for n, vote in enumerate(decision.votes)]
    vote_ids = _ids(session, VOTES, [{**mapping.vote_values(vote, n), "decision_id": decision_id}
                                     for decision_id, n, vote in votes], batch)
    _insert(session, BALLOTS, [{**mapping.ballot_values(ballot, n), "vote_id": vote_id}
                               for vote_id, (_, _, vote) in zip(vote_ids, votes)
                               for n, ballot in enumerate(vote.ballots)])


_MUNICIPALITY_IDS: dict[str, dict[str, int]] = {}


def _municipality_ids(session: Session) -> dict[str, int]:
    """Name → id of the canonical municipalities (a fixed table: read once per database)."""
    key = str(session.get_bind().engine.url)
    if key not in _MUNICIPALITY_IDS:
        table = t.Municipality.__table__
        _MUNICIPALITY_IDS[key] = {name: id_ for id_, name in session.execute(select(table.c.id, table.c.name))}
    return _MUNICIPALITY_IDS[key]


def _seen(session: Session, person_id: int, rebuilt: int | None = None,
          also: dict[int, list] | None = None) -> list[people.Seen]:
    """Where a candidate person was seen: municipality, first and last meeting date (not counting the
    meeting ``rebuilt``, whose rows are about to be written again; ``also``: person → (municipality,
    date) of attendance decided but not yet written)."""
    if person_id >= NEW:
        return []  # new in this document: seen nowhere yet
    table = t.Municipality.__table__
    query = (select(table.c.name, ATTENDANCE.c.meeting_date)
             .join(table, table.c.id == ATTENDANCE.c.municipality_id)
             .where(ATTENDANCE.c.person_id == person_id))
    if rebuilt is not None:
        query = query.where(ATTENDANCE.c.meeting_id != rebuilt)
    spans: dict[str, list] = {}
    for name, date in [*session.execute(query).all(), *(also or {}).get(person_id, [])]:
        spans.setdefault(name, []).append(date)
    return [people.Seen(name, min((d for d in ds if d), default=None), max((d for d in ds if d), default=None))
            for name, ds in spans.items()]


class _People:
    """The archive's known spellings, loaded once per batch of documents (the list is short: people,
    not rows), and what the current document adds to them: new people (numbered from ``NEW`` until
    they are written, above every id in the archive, as the ids they get will be) and new spellings,
    in the order they were decided. Once written (``settle``) they are known like the rest."""

    def __init__(self, session: Session):
        self.by_key: dict[str, int] = {}
        self.known: list[people.Known] = []
        self.names: set[str] = set()
        for person_id, name, key in session.execute(
                select(PERSON_NAMES.c.person_id, PERSON_NAMES.c.name, PERSON_NAMES.c.key)):
            self.by_key.setdefault(key, person_id)
            self.known.append(people.Known(person_id, key))
            self.names.add(name)
        self.begin()

    def begin(self) -> None:
        """A new document: nothing added yet."""
        self.new_people: list[str] = []
        self.new_names: list[tuple[int, str, str]] = []  # (person, name, key)
        self._first = len(self.known)

    def settle(self, ids: dict[int | None, int | None]) -> None:
        """The document's new people are written: their ``NEW`` numbers become the ids they got."""
        if not self.new_people:
            return
        for n in range(self._first, len(self.known)):
            if self.known[n].person_id >= NEW:
                self.known[n] = people.Known(ids[self.known[n].person_id], self.known[n].key)
        for _, _, key in self.new_names:
            if self.by_key[key] >= NEW:
                self.by_key[key] = ids[self.by_key[key]]

    def keys_of(self, keys: Iterable[str]) -> dict[str, int]:
        """Name key → person id of the spellings known, for ``keys`` (``assignees.people_keys``)."""
        return {key: self.by_key[key] for key in keys if key in self.by_key}

    def add_name(self, person_id: int, name: str, key: str) -> None:
        if name not in self.names:
            self.new_names.append((person_id, name, key))
            self.names.add(name)
            self.known.append(people.Known(person_id, key))
            self.by_key.setdefault(key, person_id)

    def new_person(self, name: str, key: str) -> int:
        person_id = NEW + len(self.new_people)
        self.new_people.append(name)
        self.add_name(person_id, name, key)
        return person_id


def _person_key(name: str) -> str:
    """The name key, or "" for what cannot be a person's name (nothing left, or a whole sentence)."""
    key = people.name_key(name)
    return key if len(name) <= MAX_NAME else ""


@dataclass
class Who:
    """Who each attendance line and each presenter (document order) of a document is: a person's id,
    a new person (``NEW`` and up), or None (not a name)."""

    attendees: list[int | None]
    presenters: list[int | None]
    directory: _People


def resolve_people(session: Session, date: dt.date | None, p: Protocol, rebuilt: int | None = None,
                   directory: _People | None = None, seen_also: dict[int, list] | None = None,
                   flat: list | None = None) -> Who:
    """Decide who everyone in the document is, against the people the archive knows (reads only;
    ``rebuilt``: the meeting whose rows this document's replace, which does not count; ``directory``:
    the spellings already read; ``seen_also``: attendance decided for earlier documents, not yet
    written, as ``_seen`` takes it; ``flat``: the document's ``_flatten``ed items, when made already)."""
    directory = directory or _People(session)
    taken: set[int] = set()
    person_of: dict[str, int] = {}
    attendees: list[int | None] = []
    for attendee in p.attendees:
        key = _person_key(attendee.name)
        municipality = people.municipality_of(attendee.affiliation)
        person_id = None
        if key:
            person_id = person_of.get(key) or directory.by_key.get(key)
            if person_id is None or (person_id in taken and key not in person_of):
                candidates = people.fuzzy_candidates(key, directory.known)[:5]
                seen = {pid: _seen(session, pid, rebuilt, seen_also) for pid, _ in candidates}
                person_id = people.choose(candidates, seen, municipality, date, taken)
            if person_id is None:
                person_id = directory.new_person(attendee.name, key)
            else:
                directory.add_name(person_id, attendee.name, key)
            taken.add(person_id)
            person_of[key] = person_id
        attendees.append(person_id)
    presenters = [_presenter_person(directory, person_of, x.name)
                  for item, _, _ in (flat if flat is not None else _flatten(p.items)) for x in item.presenters]
    return Who(attendees, presenters, directory)


def _write_people(session: Session, who: Who, batch: Batch) -> dict[int | None, int | None]:
    """Insert the new people and spellings decided; person (as decided) → id."""
    ids: dict[int | None, int | None] = {None: None}
    new = who.directory.new_people
    for n, person_id in enumerate(_ids(session, PEOPLE, [{"name": name} for name in new], batch)):
        ids[NEW + n] = person_id
    _insert(session, PERSON_NAMES, [{"person_id": ids.get(pid, pid), "name": name, "key": key}
                                    for pid, name, key in who.directory.new_names])
    who.directory.settle(ids)
    for pid in who.attendees + who.presenters:
        ids.setdefault(pid, pid)
    return ids


def _write_attendance(session: Session, meeting: _Meeting, p: Protocol, who: Who, ids: dict) -> None:
    """Insert the attendance list, each line with its person and canonical municipality."""
    municipality_ids = _municipality_ids(session)
    rows = []
    for n, (attendee, person) in enumerate(zip(p.attendees, who.attendees)):
        municipality = people.municipality_of(attendee.affiliation)
        rows.append({**mapping.attendee_values(attendee, n), "meeting_id": meeting.id,
                     "municipality_id": municipality_ids.get(municipality) if municipality else None,
                     "person_id": ids[person], "meeting_date": meeting.date})
    _insert(session, ATTENDANCE, rows)


def _presenter_person(directory: _People, person_of: dict[str, int], name: str) -> int | None:
    """A presenter is the person of the same spelling, or one of this meeting's attendees whose name
    is nearly the same, else a new person (guests mostly: no municipality, so no fuzzier matching)."""
    key = _person_key(name)
    if not key:
        return None
    person_id = directory.by_key.get(key)
    if person_id is None:
        close = people.fuzzy_candidates(key, [people.Known(pid, k) for k, pid in person_of.items()])
        person_id = close[0][0] if close and close[0][1] >= 0.9 else None
    if person_id is None:
        return directory.new_person(name, key)
    directory.add_name(person_id, name, key)
    return person_id


def _write_scheduled(session: Session, meeting: _Meeting, p: Protocol) -> None:
    held: dict[dt.date, int] = {}
    dates = sorted({s.date for s in p.scheduled_meetings})
    if dates:
        for meeting_id, date, other in session.execute(_MEETINGS_ON_DATES, {"dates": dates}):
            if same_body(other, meeting.body_key):
                held.setdefault(date, meeting_id)
    _insert(session, SCHEDULED, [{**mapping.scheduled_values(s, n), "meeting_id": meeting.id,
                                  "held_meeting_id": held.get(s.date)}
                                 for n, s in enumerate(p.scheduled_meetings)])
    if meeting.date is None:
        return
    # Earlier minutes that scheduled this day now see it held.
    waiting = session.execute(_WAITING, {"date": meeting.date}).all()
    ids = [r.id for r in waiting if same_body(r.body_key, meeting.body_key)]
    if ids:
        session.execute(update(SCHEDULED).where(SCHEDULED.c.id.in_(ids)).values(held_meeting_id=meeting.id))


def _item_texts(session: Session, meeting_id: int) -> list[tuple[int, str]]:
    """(item id, title + summary + decisions) of a meeting's items, to pick the one a reference means."""
    rows = session.execute(_ITEMS_OF, {"meeting_id": meeting_id}).all()
    decisions: dict[int, list[str]] = {}
    # By item ids, not a join on the meeting: PostgreSQL's generic plan for the join read every decision.
    for item_id, text in session.execute(_DECISIONS_OF, {"item_ids": [r.id for r in rows]}):
        decisions.setdefault(item_id, []).append(text)
    return [(r.id, " ".join([r.title, r.summary or "", *decisions.get(r.id, [])])) for r in rows]


def _latest_on_subject(session: Session, subject: str, before: dt.date):
    """The latest earlier item titled ``subject`` or reporting back on it (one query per index, each a
    single step down it: an OR of the two would read every such item)."""
    found = []
    for statement in _LATEST_ON.values():
        row = session.execute(statement, {"subject": subject, "before": before}).first()
        if row:
            found.append(row)
    return max(found, key=lambda r: (r.meeting_date, r.id), default=None)


def _references(session: Session, meeting: _Meeting, items: list[Item]) -> list[dict]:
    """The earlier business each item (document order) refers to, as its row's ``refers_*`` values
    (empty when none): decided before the items are written, as it needs only earlier meetings."""
    out: list[dict] = []
    for item in items:
        ref = followups.reference(item.title, [item.summary], meeting.date, meeting.body_key)
        values = dict.fromkeys(REFERS)  # every row of one multi-row INSERT names the same columns
        out.append(values)
        if ref is None:
            continue
        values.update(refers_kind=ref.kind, refers_text=ref.text[:1000], refers_date=ref.date)
        if ref.kind == "explicit":
            target = _meeting_on(session, ref.date, meeting.body_key)
            if target is not None:
                values["refers_meeting_id"] = target
                values["refers_item_id"] = followups.pick_item(f"{item.title} {item.summary or ''}",
                                                               _item_texts(session, target))
        else:
            found = _latest_on_subject(session, ref.subject, meeting.date)
            if found:
                values.update(refers_meeting_id=found.meeting_id, refers_item_id=found.id,
                              refers_date=found.meeting_date)
    return out


def _link_later(session: Session, meeting: _Meeting, items) -> None:
    """Resolve the references of later meetings (already in the archive) to this one."""
    if meeting.date is None:
        return
    # Later meetings that name this one by date (their link was left open, or lost in a rebuild).
    texts = None
    for row in session.execute(_NAMING, {"date": meeting.date}).all():
        if not same_body(row.body_key, meeting.body_key):
            continue
        texts = texts if texts is not None else _item_texts(session, meeting.id)
        session.execute(update(ITEMS).where(ITEMS.c.id == row.id).values(
            refers_meeting_id=meeting.id,
            refers_item_id=followups.pick_item(f"{row.title} {row.summary or ''}", texts)))

    # Later report-back items on the subject of an item here, when this meeting is nearer to them.
    subjects: dict[str, int] = {}
    for item_id, item, _ in items:
        subjects.setdefault(followups.title_key(item.title), item_id)
        subject = followups.report_back_subject(item.title)
        if subject:
            subjects.setdefault(subject, item_id)
    for row in session.execute(_REPORTING_BACK, {"subjects": list(subjects), "date": meeting.date}).all():
        if row.target_date is None or row.target_date < meeting.date or row.refers_meeting_id == meeting.id:
            session.execute(update(ITEMS).where(ITEMS.c.id == row.id).values(
                refers_meeting_id=meeting.id,
                refers_item_id=subjects[row.report_back_key], refers_date=meeting.date))


def _forget_unused_names(session: Session, person_ids: set[int]) -> None:
    """After a rebuild: drop spellings no row uses any more, and people left with none."""
    for person_id in person_ids:
        used = set(session.scalars(select(ATTENDANCE.c.name).where(ATTENDANCE.c.person_id == person_id)))
        used |= set(session.scalars(select(PRESENTERS.c.name).where(PRESENTERS.c.person_id == person_id)))
        if not used:
            session.execute(delete(PEOPLE).where(PEOPLE.c.id == person_id))
            continue
        session.execute(delete(PERSON_NAMES).where(PERSON_NAMES.c.person_id == person_id,
                                                   PERSON_NAMES.c.name.not_in(used)))


# --- ingesting files ---------------------------------------------------------------------------------

# What a folder walk picks up; files named explicitly are always tried.
SUFFIXES = {".txt", ".text", ".pdf", ".docx", ".docm"} | IMAGE_SUFFIXES


@dataclass
class Failure:
    path: str
    error: str
    exit_code: int = 1


@dataclass
class IngestReport:
    ingested: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"ingested": self.ingested, "skipped": self.skipped,
                "failed": [{"path": f.path, "error": f.error} for f in self.failed]}


def expand(paths: Iterable[Path | str]) -> tuple[list[Path], list[Failure]]:
    """Files to ingest: named files as they are, folders walked recursively (hidden entries and
    unsupported suffixes skipped), in a stable order; names that do not exist are failures."""
    files, missing = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            files.append(path)
        else:
            missing.append(Failure(str(path), "filen eller mappen finns inte", 3))
    return files, missing


# Documents stored in one write transaction (each under a savepoint of its own): the transaction's
# begin and commit and what saving reads once (``Batch``) are shared by this many documents, and the
# write lock is held for no longer than that many saves, or ``BATCH_SECONDS`` of parsing.
BATCH_DOCUMENTS = 50
BATCH_SECONDS = 2.0


def ingest(paths: Iterable[Path | str], db: Database | str | None = None,
           progress: Callable[[Path, str], None] | None = None, options=None,
           files: list[Path] | None = None) -> IngestReport:
    """Parse and store each file. A file already in the archive (same bytes) is skipped without being
    parsed (only read, where the archive lacks its page texts); the files parsed are stored a batch at
    a time (``store_batch``): a file that fails is reported and leaves the archive as it was, the others
    are stored. ``progress(path, outcome)`` is called for each file, in order, once its batch is stored
    ("ingested", "skipped" or "failed")."""
    report = IngestReport()
    if files is None:
        files, report.failed = expand(paths)
    with opened(db, create=True) as database:
        _each(database, report, progress, _batched(database, (
            (path, _prepare(database, path, lambda path=path: pipeline.parse_file_pages(path, options),
                            lambda path=path: pipeline.read_clean(path, options)[0].pages))
            for path in files)))
    return report


def _each(database: Database, report: IngestReport, progress, outcomes: Iterable[tuple[Path, str | Failure]]) -> None:
    """Go through the (file, outcome) of an ingest as they happen: each counted in the report, the
    search index tidied every ``TIDY_EVERY`` documents and at the end, the caller told of each file."""
    for path, outcome in outcomes:
        outcome = _count(report, outcome)
        if outcome == "ingested" and report.ingested % TIDY_EVERY == 0:
            tidy(database.engine)
        if progress:
            progress(path, outcome)
    if report.ingested % TIDY_EVERY:
        tidy(database.engine)


def _count(report: IngestReport, outcome: str | Failure) -> str:
    if isinstance(outcome, Failure):
        report.failed.append(outcome)
        return "failed"
    if outcome == "ingested":
        report.ingested += 1
    else:
        report.skipped += 1
    return outcome


@dataclass
class Parsed:
    """A document ready to be stored: its record, its file's page texts and signatures."""

    protocol: Protocol
    path: str | None = None
    pages: list[str] | None = None
    signatures: list[dict] | None = None


def _batched(database: Database, prepared: Iterable[tuple[Path, str | Failure | Parsed]]
             ) -> Iterator[tuple[Path, str | Failure]]:
    """(file, outcome) in file order, the parsed documents stored ``BATCH_DOCUMENTS`` at a time, or
    sooner when parsing them took ``BATCH_SECONDS`` (slow files do not hold the others back)."""
    waiting: list[tuple[Path, str | Failure | Parsed]] = []
    parsed, since = 0, time.monotonic()

    def flush() -> Iterator[tuple[Path, str | Failure]]:
        stored = iter(store_batch(database, [x for _, x in waiting if isinstance(x, Parsed)]))
        done = [(path, next(stored) if isinstance(x, Parsed) else x) for path, x in waiting]
        waiting.clear()
        yield from done

    for path, outcome in prepared:
        if not waiting:
            since = time.monotonic()
        waiting.append((path, outcome))
        parsed += isinstance(outcome, Parsed)
        if parsed >= BATCH_DOCUMENTS or time.monotonic() - since >= BATCH_SECONDS:
            yield from flush()
            parsed = 0
    yield from flush()


def store_batch(database: Database, documents: list[Parsed]) -> list[str | Failure]:
    """Store parsed documents in one write transaction: runs of documents of new meetings together
    (``_store_run``), the others one at a time, each under a savepoint; a document that fails is rolled
    back alone (nothing of it stays, the others are stored) and reported with its reason. Outcomes in order: "ingested", "skipped" (in the archive already) or a ``Failure``. The
    archive unreachable or refusing the transaction (``OperationalError``): ``ArchiveUnavailable``,
    the batch not stored."""
    if not documents:
        return []
    outcomes: list[str | Failure] = []
    try:
        with _collector_paused(), database.write() as session:
            batch = Batch(session)
            done = 0
            while done < len(documents):
                done += _store_run(session, batch, documents[done:], outcomes)
                if done < len(documents):  # the document that ended the run: saved alone
                    outcomes.append(_store_one(session, batch, documents[done]))
                    done += 1
    except OperationalError as err:
        raise ArchiveUnavailable(database.shown, f"databasfel: {first_line(err)}") from None
    except DBAPIError as err:  # the commit refused: nothing of the batch was stored
        return [_failure(document, err) for document in documents]
    return outcomes


_PAUSED = {"count": 0, "resume": False}
_PAUSED_LOCK = threading.Lock()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a batch is stored, and the young objects collected
    once at its end. Storing a batch makes tens of thousands of rows (dicts and tuples, freed by
    reference counting, no cycles among them) that live until they are written: every few hundred set
    a collection off, and those promote the batch's documents and rows until a full collection walks
    every object the process holds — 6–7 % of the CPU time of storing a batch (issue 12), for no
    garbage found. Process-wide, so counted: the collector is turned on again (if it was on) when the
    last of the batches stored at once (the web app's upload threads) is done."""
    with _PAUSED_LOCK:
        if _PAUSED["count"] == 0:
            _PAUSED["resume"] = gc.isenabled()
            gc.disable()
        _PAUSED["count"] += 1
    try:
        yield
    finally:
        with _PAUSED_LOCK:
            _PAUSED["count"] -= 1
            if _PAUSED["count"] == 0 and _PAUSED["resume"]:
                gc.enable()
        gc.collect(0)


def _store_run(session: Session, batch: Batch, documents: list[Parsed], outcomes: list) -> int:
    """Store the run of new meetings that ``documents`` starts with (``archive.group``), under one
    savepoint; how many documents it took (their outcomes added). Should anything fail, the run is
    rolled back and its documents are saved one by one (``_store_one``), each failure their own."""
    from protokoll.archive import group as grouping

    prepared = []
    for document in documents:
        try:
            prepared.append(grouping.Prepared(document))
        except Exception:  # noqa: BLE001 - saved alone, where the failure is reported
            break
    if not prepared:
        return 0
    group = None
    try:
        with session.begin_nested():
            group = grouping.Group(session, batch, prepared, dt.datetime.now(dt.timezone.utc))
            run = group.take()
            group.write()
    except OperationalError:
        raise
    except Exception:  # noqa: BLE001 - the savepoint rolled back: each document again, alone
        batch.forget()
        tried = group.tried if group is not None else 0
        outcomes += [_store_one(session, batch, document) for document in documents[:tried]]
        return tried
    outcomes += run
    return len(run)


def _store_one(session: Session, batch: Batch, document: Parsed) -> str | Failure:
    """``save`` under a savepoint of its own: its outcome, or its failure (nothing of it kept)."""
    try:
        with session.begin_nested():
            saved = save(session, document.protocol, path=document.path, pages=document.pages,
                         signatures=document.signatures, batch=batch)
    except OperationalError:
        raise
    except Exception as err:  # noqa: BLE001 - a bug must not stop a long ingest; the savepoint rolled back
        batch.forget()
        return _failure(document, err)
    return "skipped" if saved.skipped else "ingested"


def _failure(document: Parsed, err: Exception) -> Failure:
    path = document.path or "<memory>"
    if isinstance(err, ProtokollError):
        return Failure(err.path, err.reason, err.exit_code)
    if isinstance(err, DBAPIError):  # the database refused this document's data
        return Failure(path, f"kan inte sparas: {first_line(err)}", INTERNAL_ERROR)
    return Failure(path, f"kan inte sparas: {type(err).__name__}: {err}", INTERNAL_ERROR)


def ingest_file(path: Path, parse: Callable[[], tuple[Protocol, list[str]]],
                db: Database | str | None = None) -> IngestReport:
    """``ingest`` of one file whose record ``parse()`` gives, with its page texts (the web app parses
    uploads in a child process with limits): called only when the archive lacks the file; whatever it
    raises (a ``ProtokollError`` for a file over a limit) is the file's failure, nothing written."""
    report = IngestReport()
    with opened(db, create=True) as database:
        if _count(report, _stored(database, path, parse, lambda: parse()[1])) == "ingested":
            tidy(database.engine)
    return report


def ingest_on_cluster(files: list[Path], cluster, db: Database | str | None = None,
                      progress: Callable[[Path, str], None] | None = None, options=None) -> IngestReport:
    """``ingest`` with read → clean → parse on a Dask cluster (``protokoll.scale.Cluster``) and this
    process the one writer: files already stored are skipped before any is sent; the parsed records
    are stored a batch at a time as they come back (``store_batch``); a file the cluster could not
    parse is a failure."""
    from protokoll import scale

    report = IngestReport()
    with opened(db, create=True) as database:
        todo = []
        for path in files:
            try:
                with database.read() as session:
                    sha = pipeline.sha256_of(path)
                    stored = has_source(session, sha) and has_page_texts(session, sha)
            except OSError as err:
                report.failed.append(Failure(str(path), err.strerror or str(err), 3))
                stored = None
            if stored is False:
                todo.append(path)
            elif progress:
                progress(path, "skipped" if stored else "failed")
            if stored:
                report.skipped += 1
        _each(database, report, progress, _batched(database, (
            (Path(result.path), _prepared_result(database, result))
            for result in scale.parse_files(todo, cluster, options))))
    return report


def _prepared_result(database: Database, result) -> str | Failure | Parsed:
    def parsed():
        if result.error is not None:
            raise result.error
        return result.protocol, result.pages

    return _prepare(database, Path(result.path), parsed, lambda: parsed()[1])


def _stored(database: Database, path: Path, parse: Callable, page_texts: Callable) -> str | Failure:
    """One file prepared (``_prepare``) and, parsed, stored in a transaction of its own."""
    outcome = _prepare(database, path, parse, page_texts)
    return store_batch(database, [outcome])[0] if isinstance(outcome, Parsed) else outcome


def _prepare(database: Database, path: Path, parse: Callable, page_texts: Callable) -> str | Failure | Parsed:
    """One file made ready to be stored (``parse()`` gives its record with its page texts): "skipped"
    when the archive has it already (given its page texts, ``page_texts()``, where the archive lacks
    them), a ``Failure`` when it cannot be read or parsed, else the parsed document."""
    try:
        sha = pipeline.sha256_of(path) if path.exists() else None
        if sha is not None:
            with database.read() as session:
                known, has_texts = has_source(session, sha), has_page_texts(session, sha)
            if known and has_texts:
                return "skipped"
            if known:  # stored before its page texts were (0005): keep them now, so no view reads the file
                pages = page_texts()
                with database.write() as session:
                    if not has_page_texts(session, sha):
                        _insert(session, SOURCE_TEXTS, [page_texts_row(sha, pages, dt.datetime.now(dt.timezone.utc))])
                return "skipped"
        protocol, pages = parse()
        return Parsed(protocol, str(path), pages, signing.read(path))  # signatures: None when unreadable
    except ProtokollError as err:
        return Failure(err.path, err.reason, err.exit_code)
    except OSError as err:
        return Failure(str(path), err.strerror or str(err), 3)
    except OperationalError as err:
        raise ArchiveUnavailable(database.shown, f"databasfel: {first_line(err)}") from None
    except DBAPIError as err:  # the database refused this file's page texts; nothing was written
        return Failure(str(path), f"kan inte sparas: {first_line(err)}", INTERNAL_ERROR)
    except Exception as err:  # noqa: BLE001 - a bug must not stop a long ingest
        return Failure(str(path), f"kan inte sparas: {type(err).__name__}: {err}", INTERNAL_ERROR)
