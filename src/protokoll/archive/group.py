"""Documents of new meetings stored together (issue 12): decided in memory for the whole run of them,
written a table at a time.

``store_batch`` hands the documents of its batch here in order; a run of documents that each describe
a meeting not yet in the archive (nor earlier in the run) and not corrected by an editor is taken
(``Group.take``): what saving them one after another would read is read once for the run (which
hashes are stored, the meetings held on every date they mention, the items that name those dates or
report back on their subjects, the scheduled dates still waiting, the next number of each action
series, the items of the meetings they refer to), and each document is decided against that and
against the documents before it in the run — the same decisions ``ingest.save`` makes, one document
after another. Then the rows of all of them go in with one ``executemany`` per table (``store.bulk``),
and the links that reach rows already stored with one per kind of update.

The first document that needs more (another source of a meeting held already, or a corrected one)
ends the run: it is saved alone (``ingest.save``), and the next run starts after it. Whatever fails
while a run is decided or written rolls the run back and its documents are saved one by one, each
under a savepoint of its own, so the one that fails is reported alone and the others are kept.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from protokoll.archive.ingest import (ACTIONS, ATTACHMENTS, ATTENDANCE, BALLOTS, DECISIONS, ITEMS, MEETINGS, NEW,
                                      PEOPLE, PERSON_NAMES, PRESENTERS, REFERS, SCHEDULED, SOURCE_TEXTS, SOURCES,
                                      VOTES, _DECISIONS_OF, _MEETINGS_ON_DATES, Batch, Who, _flatten,
                                      _item_texts, _latest_on_subject, _Meeting, _municipality_ids, action_rows,
                                      content_hash, page_texts_row, resolve_people)
from protokoll.archive.actions import assign_ids, series_of
from protokoll.archive.search import add as index_add
from protokoll.model import Item, Protocol
from protokoll.municipalities import named_in
from protokoll.resolve import followups, people
from protokoll.resolve.meetings import body_key, quality_score, same_body
from protokoll.store import bulk, mapping
from protokoll.store import tables as t

SIGNATURES = t.SourceSignature.__table__
STATES, EVENTS = t.ActionState.__table__, t.ActionEvent.__table__

_STORED = select(SOURCES.c.sha256).where(SOURCES.c.sha256.in_(bindparam("hashes", expanding=True)))
_NAMING_ON = (select(ITEMS.c.id, ITEMS.c.title, ITEMS.c.summary, ITEMS.c.refers_date, MEETINGS.c.body_key)
              .join(MEETINGS, MEETINGS.c.id == ITEMS.c.meeting_id)
              .where(ITEMS.c.refers_date.in_(bindparam("dates", expanding=True)), ITEMS.c.refers_kind == "explicit"))
_WAITING_ON = (select(SCHEDULED.c.id, SCHEDULED.c.date, MEETINGS.c.body_key)
               .join(MEETINGS, MEETINGS.c.id == SCHEDULED.c.meeting_id)
               .where(SCHEDULED.c.date.in_(bindparam("dates", expanding=True)), SCHEDULED.c.held_meeting_id.is_(None))
               .order_by(SCHEDULED.c.id))
_TARGET = MEETINGS.alias("target")
_REPORTING_AFTER = (select(ITEMS.c.id, ITEMS.c.report_back_key, ITEMS.c.meeting_date, ITEMS.c.refers_meeting_id,
                           _TARGET.c.date.label("target_date"))
                    .outerjoin(_TARGET, _TARGET.c.id == ITEMS.c.refers_meeting_id)
                    .where(ITEMS.c.report_back_key.in_(bindparam("subjects", expanding=True)),
                           ITEMS.c.meeting_date > bindparam("date"), ITEMS.c.refers_kind == "report-back"))
_ITEMS_OF_MEETINGS = (select(ITEMS.c.id, ITEMS.c.meeting_id, ITEMS.c.title, ITEMS.c.summary)
                      .where(ITEMS.c.meeting_id.in_(bindparam("meeting_ids", expanding=True))).order_by(ITEMS.c.id))
_HIGHEST_SEQS = (select(STATES.c.series, STATES.c.seq).where(STATES.c.series.in_(bindparam("series", expanding=True))))


LATEST_AT_ONCE = 100  # (subject, date) pairs a statement: two SELECTs each, SQLite takes 500 in a compound


def _date(value) -> dt.date:
    """A date as the driver gives it back from a statement written as text (SQLite: ISO text)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


class Prepared:
    """What a document is, before anything about the archive is known: its hash, its meeting's date and
    body, its items in document order (``ingest._flatten``) and what each refers back to."""

    def __init__(self, document) -> None:
        protocol: Protocol = document.protocol
        self.document = document
        self.sha = content_hash(protocol)
        self.date = protocol.date
        self.body_key = body_key(protocol.body)
        self.flat = _flatten(protocol.items)
        self.refs = [followups.reference(item.title, [item.summary], self.date, self.body_key)
                     for item, _, _ in self.flat]


class Group:
    """A run of documents of new meetings, decided in memory (``take``) and then written (``write``)."""

    def __init__(self, session: Session, batch: Batch, documents: list[Prepared], now: dt.datetime) -> None:
        self.session, self.batch, self.now = session, batch, now
        self.documents = documents
        self.dialect = session.get_bind().dialect.name
        self.rows: dict[str, list[dict]] = defaultdict(list)  # table name → rows, in the order they go in
        self.tables = {}
        self.hashes: set[str] = set()
        self.meetings: list[_Meeting] = []  # of the run, in id order
        self.meetings_on: dict[dt.date | None, list[_Meeting]] = defaultdict(list)  # the same, by date
        self.items: dict[int, list[dict]] = {}  # meeting of the run → its item rows, by id
        self.on_subject: dict[str, list[dict]] = defaultdict(list)  # the same rows by title key and report-back subject
        self.decisions: dict[int, list[str]] = {}  # item of the run → its decisions' texts
        self.attended: dict[int, list[tuple[str, dt.date | None]]] = defaultdict(list)  # person → (municipality, date)
        self.updates: dict[int, dict] = {}  # stored item → the reference values it gets
        self.held: dict[int, int] = {}  # stored scheduled row → the meeting held
        self.latest: dict[tuple[str, dt.date], list] = {}  # (subject, before) → the archive's latest
        self.index: list[tuple[int, Item]] = []  # items to index, in document order
        self.tried = 0  # documents take() has looked at
        self.municipality_ids = _municipality_ids(session)
        self._read(documents)

    # --- what the run reads once ---------------------------------------------------------------------

    def _read(self, documents: list[Prepared]) -> None:
        s = self.session
        self.stored = set(s.scalars(_STORED, {"hashes": [d.sha for d in documents]}))
        mentioned = {d.date for d in documents if d.date}
        for d in documents:
            mentioned |= {x.date for x in d.document.protocol.scheduled_meetings if x.date}
            mentioned |= {r.date for r in d.refs if r is not None and r.kind == "explicit"}
        self.held_on: dict[dt.date, list[tuple[int, str]]] = defaultdict(list)  # stored meetings, by id
        if mentioned:
            for meeting_id, date, key in s.execute(_MEETINGS_ON_DATES, {"dates": sorted(mentioned)}):
                self.held_on[date].append((meeting_id, key))
        documents = documents[:self._extent(documents)]  # the rest is read again by the next run
        dates = {d.date for d in documents if d.date}
        subjects: set[str] = set()
        for d in documents:
            for item, _, _ in d.flat:
                subjects.add(followups.title_key(item.title))
                subject = followups.report_back_subject(item.title)
                if subject:
                    subjects.add(subject)
        self.naming: dict[dt.date, list[dict]] = defaultdict(list)  # items naming a date (stored and of the run)
        self.waiting: dict[dt.date, list[dict]] = defaultdict(list)  # scheduled dates not yet held
        self.reporting: dict[str, list[dict]] = defaultdict(list)  # report-back items, by subject
        if dates:
            for row in s.execute(_NAMING_ON, {"dates": sorted(dates)}):
                self.naming[row.refers_date].append({"id": row.id, "title": row.title, "summary": row.summary,
                                                     "body_key": row.body_key, "stored": True})
            for row in s.execute(_WAITING_ON, {"dates": sorted(dates)}):
                self.waiting[row.date].append({"id": row.id, "body_key": row.body_key, "stored": True})
            if subjects:
                for row in s.execute(_REPORTING_AFTER, {"subjects": sorted(subjects), "date": min(dates)}):
                    self.reporting[row.report_back_key].append({
                        "id": row.id, "meeting_date": row.meeting_date, "refers_meeting_id": row.refers_meeting_id,
                        "target_date": row.target_date, "stored": True})
        self._read_latest(sorted({(r.subject, d.date) for d in documents if d.date for r in d.refs
                                  if r is not None and r.kind == "report-back"}))
        targets = {self._stored_meeting_on(r.date, d.body_key) for d in documents for r in d.refs
                   if r is not None and r.kind == "explicit"} - {None}
        self.texts: dict[int, list[tuple[int, str]]] = {}  # stored meeting → (item id, its text)
        if targets:
            rows = s.execute(_ITEMS_OF_MEETINGS, {"meeting_ids": sorted(targets)}).all()
            decisions: dict[int, list[str]] = {}
            for item_id, text in s.execute(_DECISIONS_OF, {"item_ids": [r.id for r in rows]}):
                decisions.setdefault(item_id, []).append(text)
            for r in rows:
                self.texts.setdefault(r.meeting_id, []).append(
                    (r.id, " ".join([r.title, r.summary or "", *decisions.get(r.id, [])])))
        series = self.batch.unknown_series({d.date.isoformat() for d in documents if d.date})
        if series:
            highest: dict[str, int] = dict.fromkeys(series, 0)
            for name, seq in s.execute(_HIGHEST_SEQS, {"series": sorted(series)}):
                highest[name] = max(highest[name], seq)
            self.batch.know_seqs({name: seq + 1 for name, seq in highest.items()})
        if self.dialect != "sqlite":  # ids from the sequences, for what the run will store, in one look each
            hashes: set[str] = set()
            documents = [d for d in documents if not (d.sha in self.stored or d.sha in hashes or hashes.add(d.sha))]
            self.batch.reserve(MEETINGS, len(documents))
            self.batch.reserve(ITEMS, sum(len(d.flat) for d in documents))
            decisions_ = [x for d in documents for item, _, _ in d.flat for x in item.decisions]
            self.batch.reserve(DECISIONS, len(decisions_))
            self.batch.reserve(VOTES, sum(len(x.votes) for x in decisions_))

    def _read_latest(self, pairs: list[tuple[str, dt.date]]) -> None:
        """``ingest._latest_on_subject`` of every (subject, before) at once: each a step down its index,
        as there, the answers gathered by UNION ALL (``LATEST_AT_ONCE`` pairs a statement)."""
        sqlite = self.dialect == "sqlite"
        for start in range(0, len(pairs), LATEST_AT_ONCE):
            chunk = pairs[start:start + LATEST_AT_ONCE]
            parts, values = [], {}
            for k, (subject, before) in enumerate(chunk):
                values[f"s{k}"], values[f"b{k}"] = subject, before.isoformat() if sqlite else before
                self.latest[(subject, before)] = []
                for column in ("title_key", "report_back_key"):
                    parts.append(f"SELECT * FROM (SELECT {k} AS k, id, meeting_id, meeting_date FROM items"
                                 f" WHERE {column} = :s{k} AND meeting_date < :b{k}"
                                 f" ORDER BY {column} DESC, meeting_date DESC LIMIT 1) AS q{len(parts)}")
            found: dict[int, list] = defaultdict(list)
            for row in self.session.execute(text(" UNION ALL ".join(parts)), values):
                found[row.k].append(row)
            for k, key in enumerate(chunk):
                best = max(found[k], key=lambda r: (_date(r.meeting_date), r.id), default=None)
                if best is not None:
                    self.latest[key] = [(_date(best.meeting_date), best.id, best.meeting_id)]

    def _extent(self, documents: list[Prepared]) -> int:
        """How many of the documents the run can take (``take`` decides; this is what it will find,
        so that the run reads and draws ids for those alone): up to another source of a meeting held
        already, or of one earlier in the run, or of a corrected date."""
        hashes: set[str] = set()
        meetings: list[tuple[dt.date, str]] = []
        dates, _ = self.batch.corrected_sets()
        for n, d in enumerate(documents):
            if d.sha in self.stored or d.sha in hashes:
                continue
            if d.date is not None and (d.date in dates or self._stored_meeting_on(d.date, d.body_key) is not None
                                       or any(date == d.date and same_body(key, d.body_key)
                                              for date, key in meetings)):
                return n
            hashes.add(d.sha)
            meetings.append((d.date, d.body_key))
        return len(documents)

    def _stored_meeting_on(self, date: dt.date | None, key: str) -> int | None:
        for meeting_id, other in self.held_on.get(date, []):
            if same_body(other, key):
                return meeting_id
        return None

    def _meeting_on(self, date: dt.date | None, key: str) -> int | None:
        """``ingest._meeting_on`` over the archive and the run (the archive's ids are the lower)."""
        found = self._stored_meeting_on(date, key)
        if found is not None:
            return found
        for meeting in self.meetings_on.get(date, ()):
            if same_body(meeting.body_key, key):
                return meeting.id
        return None

    def _item_texts(self, meeting_id: int) -> list[tuple[int, str]]:
        if meeting_id in self.items:
            return [(row["id"], " ".join([row["title"], row["summary"] or "", *self.decisions.get(row["id"], [])]))
                    for row in self.items[meeting_id]]
        if meeting_id not in self.texts:  # a stored meeting no prepared reference pointed at
            self.texts[meeting_id] = _item_texts(self.session, meeting_id)
        return self.texts[meeting_id]

    def _latest_on_subject(self, subject: str, before: dt.date | None):
        """``ingest._latest_on_subject`` over the archive and the run: (meeting date, id, meeting id)."""
        if before is None:
            return None
        key = (subject, before)
        if key not in self.latest:
            found = _latest_on_subject(self.session, subject, before)
            self.latest[key] = [(found.meeting_date, found.id, found.meeting_id)] if found else []
        found = list(self.latest[key])
        found += [(r["meeting_date"], r["id"], r["meeting_id"]) for r in self.on_subject.get(subject, ())
                  if r["meeting_date"] is not None and r["meeting_date"] < before]
        return max(found, default=None)

    # --- deciding, document by document ----------------------------------------------------------------

    def take(self) -> list[str]:
        """Decide the documents in order while each is one this run can store: their outcomes
        ("ingested" or "skipped"); the first one that is not ends the run (not counted)."""
        outcomes = []
        for prepared in self.documents:
            self.tried = len(outcomes) + 1
            if prepared.sha in self.stored or prepared.sha in self.hashes:
                outcomes.append("skipped")
                continue
            if not self._new_meeting(prepared):
                break
            self._add(prepared)
            self.hashes.add(prepared.sha)
            outcomes.append("ingested")
        self.tried = len(outcomes)
        return outcomes

    def _new_meeting(self, prepared: Prepared) -> bool:
        """Whether the document describes a meeting of its own, in neither the archive nor the run, and
        not one editors corrected (a correction is written over the rows: ``ingest.save`` does that)."""
        if prepared.date is not None and self._meeting_on(prepared.date, prepared.body_key) is not None:
            return False
        dates, ids = self.batch.corrected_sets()
        return prepared.date not in dates and (not ids or self.batch.peek_id(MEETINGS) not in ids)

    def _add(self, prepared: Prepared) -> None:
        p = prepared.document.protocol
        batch = self.batch
        directory = batch.people()
        directory.begin()
        who = resolve_people(self.session, p.date, p, directory=directory, seen_also=self.attended,
                             flat=prepared.flat)
        meeting = _Meeting(batch.next_ids(MEETINGS, 1)[0], p.date, prepared.body_key)
        self.rows[MEETINGS.name].append({**mapping.meeting_values(p), "body_key": prepared.body_key, "id": meeting.id})
        ids = self._people(who)
        self.meetings.append(meeting)
        self.meetings_on[meeting.date].append(meeting)
        items = self._items(meeting, prepared)
        self._attendance(meeting, p, who, ids)
        self._children(meeting, items, [ids[pid] for pid in who.presenters])
        self._scheduled(meeting, p)
        self._link_later(meeting, items)
        self.index += [(row["id"], item) for row, item in items]
        document, file = prepared.document, p.source_file
        self.rows[SOURCES.name].append({
            "meeting_id": meeting.id, "sha256": prepared.sha,
            "path": document.path or (file.path if file else "<memory>"),
            "pages": file.pages if file else 1, "methods": ",".join(file.methods) if file else "",
            "quality": quality_score(p), "record": mapping.pack(p), "ingested_at": self.now})
        if document.pages is not None:
            self.rows[SOURCE_TEXTS.name].append(page_texts_row(prepared.sha, document.pages, self.now))
        self.rows[SIGNATURES.name] += [{**row, "sha256": prepared.sha} for row in document.signatures or []]

    def _people(self, who: Who) -> dict:
        """``ingest._write_people``, the rows kept for later."""
        ids: dict = {None: None}
        directory = who.directory
        new = directory.new_people
        for n, person_id in enumerate(self.batch.next_ids(PEOPLE, len(new)) if new else []):
            ids[NEW + n] = person_id
            self.rows[PEOPLE.name].append({"id": person_id, "name": new[n]})
        self.rows[PERSON_NAMES.name] += [{"person_id": ids.get(pid, pid), "name": name, "key": key}
                                             for pid, name, key in directory.new_names]
        directory.settle(ids)
        for pid in who.attendees + who.presenters:
            ids.setdefault(pid, pid)
        return ids

    def _items(self, meeting: _Meeting, prepared: Prepared) -> list[tuple[dict, Item]]:
        """``ingest._write_items``: ids level by level, each row with the earlier business it refers to."""
        flat = prepared.flat
        depth = [0] * len(flat)
        for i, (_, parent, _) in enumerate(flat):
            depth[i] = 0 if parent is None else depth[parent] + 1
        order = sorted(range(len(flat)), key=lambda i: depth[i])  # stable: document order within a level
        ids = [0] * len(flat)
        for i, item_id in zip(order, self.batch.next_ids(ITEMS, len(flat)) if flat else []):
            ids[i] = item_id
        rows = []
        for i, (item, parent, position) in enumerate(flat):
            rows.append({**mapping.item_values(item, position), "id": ids[i], "meeting_id": meeting.id,
                         "parent_id": ids[parent] if parent is not None else None, "meeting_date": meeting.date,
                         "title_key": followups.title_key(item.title),
                         "report_back_key": followups.report_back_subject(item.title),
                         **self._refers(meeting, item, prepared.refs[i])})
        self.items[meeting.id] = [rows[i] for i in order]
        for row in rows:
            self.on_subject[row["title_key"]].append(row)
            if row["report_back_key"] and row["report_back_key"] != row["title_key"]:
                self.on_subject[row["report_back_key"]].append(row)
        for row, (item, _, _) in zip(rows, flat):
            target_date = row.pop("_target_date")
            self.decisions[row["id"]] = [d.text for d in item.decisions]
            if row["refers_kind"] == "explicit" and row["refers_date"] is not None:
                self.naming[row["refers_date"]].append({"row": row, "body_key": meeting.body_key, "id": row["id"],
                                                        "title": row["title"], "summary": row["summary"]})
            if row["refers_kind"] == "report-back" and row["report_back_key"]:
                self.reporting[row["report_back_key"]].append(
                    {"row": row, "id": row["id"], "meeting_date": meeting.date,
                     "refers_meeting_id": row["refers_meeting_id"], "target_date": target_date})
        return [(row, item) for row, (item, _, _) in zip(rows, flat)]  # document order

    def _refers(self, meeting: _Meeting, item: Item, ref) -> dict:
        """``ingest._references`` of one item."""
        values = dict.fromkeys(REFERS)
        values["_target_date"] = None
        if ref is None:
            return values
        values.update(refers_kind=ref.kind, refers_text=ref.text[:1000], refers_date=ref.date)
        if ref.kind == "explicit":
            target = self._meeting_on(ref.date, meeting.body_key)
            if target is not None:
                values.update(refers_meeting_id=target, _target_date=ref.date,
                              refers_item_id=followups.pick_item(f"{item.title} {item.summary or ''}",
                                                                 self._item_texts(target)))
        else:
            found = self._latest_on_subject(ref.subject, meeting.date)
            if found:
                date, item_id, meeting_id = found
                values.update(refers_meeting_id=meeting_id, refers_item_id=item_id, refers_date=date,
                              _target_date=date)
        return values

    def _attendance(self, meeting: _Meeting, p: Protocol, who: Who, ids: dict) -> None:
        municipality_ids = self.municipality_ids
        for n, (attendee, person) in enumerate(zip(p.attendees, who.attendees)):
            municipality = people.municipality_of(attendee.affiliation)
            municipality_id = municipality_ids.get(municipality) if municipality else None
            self.rows[ATTENDANCE.name].append({
                **mapping.attendee_values(attendee, n), "meeting_id": meeting.id,
                "municipality_id": municipality_id, "person_id": ids[person], "meeting_date": meeting.date})
            if municipality_id is not None and ids[person] is not None:
                self.attended[ids[person]].append((municipality, meeting.date))

    def _children(self, meeting: _Meeting, items: list[tuple[dict, Item]], presenter_ids: list) -> None:
        """``ingest._write_item_children``: presenters, attachments, decisions, votes, ballots, actions."""
        rows, batch = self.rows, self.batch
        person_ids = iter(presenter_ids)
        municipality_ids = self.municipality_ids
        decisions = []
        for row, item in items:  # in document order, as the presenters' people are
            item_id = row["id"]
            rows[PRESENTERS.name] += [
                {**mapping.presenter_values(x, n), "item_id": item_id, "person_id": next(person_ids),
                 "municipality_id": municipality_ids.get(named_in(x.organisation, x.role)),
                 "meeting_date": meeting.date} for n, x in enumerate(item.presenters)]
            rows[ATTACHMENTS.name] += [{**mapping.attachment_values(x, n), "item_id": item_id}
                                           for n, x in enumerate(item.documents)]
            decisions += [(item_id, item, n, d) for n, d in enumerate(item.decisions)]
        decision_ids = batch.next_ids(DECISIONS, len(decisions)) if decisions else []
        votes = []
        for decision_id, (item_id, _, n, decision) in zip(decision_ids, decisions):
            rows[DECISIONS.name].append({**mapping.decision_values(decision, n), "item_id": item_id,
                                             "id": decision_id})
            votes += [(decision_id, m, vote) for m, vote in enumerate(decision.votes)]
        vote_ids = batch.next_ids(VOTES, len(votes)) if votes else []
        for vote_id, (decision_id, m, vote) in zip(vote_ids, votes):
            rows[VOTES.name].append({**mapping.vote_values(vote, m), "decision_id": decision_id, "id": vote_id})
            rows[BALLOTS.name] += [{**mapping.ballot_values(ballot, k), "vote_id": vote_id}
                                       for k, ballot in enumerate(vote.ballots)]
        decided = ((decision_id, item_id, item, decision)
                   for decision_id, (item_id, item, _, decision) in zip(decision_ids, decisions))
        new_refs, actions = action_rows(meeting, decided, batch)
        if not actions:
            return
        series = series_of(meeting.date, meeting.id)
        ids = assign_ids(series, new_refs, [], batch.next_seq(series))
        note = f"ur protokollet från {meeting.date or 'ett möte utan datum'}"
        for row, (action_id, seq) in zip(actions, ids):
            row["id"] = action_id
            rows[STATES.name].append({"action_id": action_id, "series": series, "seq": seq, "status": "open",
                                      "changed_at": self.now})
            rows[EVENTS.name].append({"action_id": action_id, "at": self.now, "status": "open", "note": note})
        rows[ACTIONS.name] += actions
        batch.numbered(series, [seq for _, seq in ids])

    def _scheduled(self, meeting: _Meeting, p: Protocol) -> None:
        """``ingest._write_scheduled``: the dates it schedules (held already or not), and the earlier
        minutes that scheduled this day now see it held."""
        for n, s in enumerate(p.scheduled_meetings):
            row = {**mapping.scheduled_values(s, n), "meeting_id": meeting.id,
                   "held_meeting_id": self._meeting_on(s.date, meeting.body_key)}
            self.rows[SCHEDULED.name].append(row)
            if row["held_meeting_id"] is None and s.date is not None:
                self.waiting[s.date].append({"row": row, "body_key": meeting.body_key})
        if meeting.date is None:
            return
        still = []
        for waiting in self.waiting.get(meeting.date, []):
            if not same_body(waiting["body_key"], meeting.body_key):
                still.append(waiting)
            elif waiting.get("stored"):
                self.held[waiting["id"]] = meeting.id
            else:
                waiting["row"]["held_meeting_id"] = meeting.id
        self.waiting[meeting.date] = still

    def _link_later(self, meeting: _Meeting, items: list[tuple[dict, Item]]) -> None:
        """``ingest._link_later`` over the archive and the run."""
        if meeting.date is None:
            return
        texts = None
        for naming in self.naming.get(meeting.date, []):
            if not same_body(naming["body_key"], meeting.body_key):
                continue
            texts = texts if texts is not None else self._item_texts(meeting.id)
            self._set(naming, refers_meeting_id=meeting.id,
                      refers_item_id=followups.pick_item(f"{naming['title']} {naming['summary'] or ''}", texts))
        subjects: dict[str, int] = {}
        for row, item in items:
            subjects.setdefault(followups.title_key(item.title), row["id"])
            subject = followups.report_back_subject(item.title)
            if subject:
                subjects.setdefault(subject, row["id"])
        for subject, item_id in subjects.items():
            for reporting in self.reporting.get(subject, []):
                if reporting["meeting_date"] is None or not reporting["meeting_date"] > meeting.date:
                    continue
                target = reporting["target_date"]
                if target is None or target < meeting.date or reporting["refers_meeting_id"] == meeting.id:
                    reporting.update(refers_meeting_id=meeting.id, target_date=meeting.date)
                    self._set(reporting, refers_meeting_id=meeting.id, refers_item_id=item_id,
                              refers_date=meeting.date)

    def _set(self, found: dict, **values) -> None:
        if found.get("stored"):
            self.updates.setdefault(found["id"], {}).update(values)
        else:
            found["row"].update(values)

    # --- writing ---------------------------------------------------------------------------------------

    def write(self) -> None:
        """The rows of the run, a statement per table, parents before children; links to rows of the
        run that go in later (an item naming a meeting stored after it) are set once they are in."""
        s, rows = self.session, self.rows
        later = []
        ids = {row["id"] for rows_ in self.items.values() for row in rows_}
        item_rows = [row for meeting in self.meetings for row in self.items[meeting.id]]
        for row in item_rows:
            target = row["refers_item_id"]
            if target is not None and target in ids and target > row["id"]:
                later.append({"id": row["id"], "refers_item_id": target})
                row["refers_item_id"] = None
        for table in (MEETINGS, PEOPLE, PERSON_NAMES, SOURCES, SOURCE_TEXTS):
            bulk.insert(s, table, rows[table.name])
        if rows[SIGNATURES.name]:
            s.execute(SIGNATURES.insert(), rows[SIGNATURES.name])
        bulk.insert(s, ITEMS, item_rows)
        for table in (PRESENTERS, ATTACHMENTS, DECISIONS, VOTES, BALLOTS, ACTIONS,
                      STATES, EVENTS, ATTENDANCE, SCHEDULED):
            bulk.insert(s, table, rows[table.name])
        index_add(s, self.index)
        bulk.update(s, ITEMS, "id", later)
        stored = [{"id": item_id, **values} for item_id, values in sorted(self.updates.items())]
        for keys in {tuple(sorted(u)) for u in stored}:
            bulk.update(s, ITEMS, "id", [u for u in stored if tuple(sorted(u)) == keys])
        bulk.update(s, SCHEDULED, "id", [{"id": i, "held_meeting_id": m} for i, m in sorted(self.held.items())])
