"""The archive's tables (SQLAlchemy 2 declarative models).

These are deliberately separate from the pydantic record in ``protokoll.model``: the record describes
one document, the tables describe the archive — meetings with all their sources, people across
documents, action states that outlive re-ingesting. ``mapping`` converts between the two.

Two kinds of rows live here:

* derived rows (meetings' items, decisions, actions, attendance, scheduled meetings, search rows) are
  rebuilt from the meeting's sources whenever a new source of the meeting arrives, and hold the
  editors' corrections, written over them again after each rebuild (``protokoll.archive.corrections``);
* durable rows (sources and their page texts, people and their names, action states and their history,
  users, corrections, review decisions) are never rebuilt: they carry what cannot be derived again —
  the documents themselves and what users decided.

The full-text index (``item_search``) is not declared here: it is an FTS5 virtual table on SQLite and
a table with a generated ``tsvector`` on PostgreSQL, so the migration creates it per dialect and
``protokoll.archive.search`` talks to it in SQL.

Lists of objects (presenters, decisions, votes, ballots) are child tables ordered by ``position``;
lists of plain strings (a meeting's adjusters, a decision's reservations and recipients) are JSON
columns: nothing looks them up on their own, and a row per name would cost an INSERT per table and
document for values that are only ever read back with their parent.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Text, func, literal_column, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so that migrations can refer to them on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _date_or_last(column):
    """The date sort key as ``archive.paging.date_or_last`` writes it (its indexes: 0008)."""
    return func.coalesce(column, literal_column("'9999-12-31'", Date))


class Municipality(Base):
    """The eleven municipalities and the secretariat: the canonical places people represent."""

    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # "municipality" | "secretariat"


class Meeting(Base):
    """One meeting that took place, whatever number of documents describe it."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    organisation: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    body_key: Mapped[str] = mapped_column(Text, default="")  # folded body, for matching
    number: Mapped[int | None] = mapped_column(Integer)
    start_time: Mapped[str | None] = mapped_column(Text)  # "08:30"
    end_time: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    room: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    chair: Mapped[str | None] = mapped_column(Text)
    secretary: Mapped[str | None] = mapped_column(Text)
    adjusters: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


# The lists' date sort (date, then id; undated last) as an index: pages and cursors are index steps (0008).
Index("ix_meetings_sort_date", _date_or_last(Meeting.date), Meeting.id)


class Source(Base):
    """One ingested document, identified by the hash of its bytes; its full parse is kept compressed
    (with provenance) so that the meeting can be merged again when another source arrives."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    methods: Mapped[str] = mapped_column(Text, default="")  # how pages were read, comma-separated
    quality: Mapped[float] = mapped_column(Float, default=0.0)
    record: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed protokoll/1 JSON with spans
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Item(Base):
    """An agenda item (``parent_id`` set for sub-items), with its link to earlier business if any."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(Text)  # as printed: "§ 131", "KSAU 176"
    case_number: Mapped[str | None] = mapped_column(Text)  # "KS 2024/123"; searched through item_search
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    # Denormalised for follow-up lookups ("the latest earlier item with this title").
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)
    title_key: Mapped[str] = mapped_column(String(300))
    report_back_key: Mapped[str | None] = mapped_column(String(300))
    refers_kind: Mapped[str | None] = mapped_column(String(16))  # "explicit" | "report-back"
    refers_text: Mapped[str | None] = mapped_column(Text)
    refers_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    refers_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    refers_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"), index=True)

    # Key and date together, so "the latest earlier item on this subject" is one step down an index
    # however many meetings discussed the subject.
    __table_args__ = (Index("ix_items_title_key_date", "title_key", "meeting_date"),
                      Index("ix_items_report_back_key_date", "report_back_key", "meeting_date"))


class Person(Base):
    """Someone who attended or presented, across spelling variants and years."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)  # the first spelling seen; views show the most used one


class PersonName(Base):
    """A spelling of a person's name as some document writes it, and its folded key."""

    __tablename__ = "person_names"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    key: Mapped[str] = mapped_column(String(300), index=True)


class Presenter(Base):
    __tablename__ = "presenters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    # The municipality its organisation or role names (``municipalities.named_in``), and the meeting's
    # date (denormalised): a municipality's latest items presented are a step down an index (0011).
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)


Index("ix_presenters_municipality_date", Presenter.municipality_id, _date_or_last(Presenter.meeting_date),
      Presenter.item_id, sqlite_where=text("municipality_id IS NOT NULL"),
      postgresql_where=text("municipality_id IS NOT NULL"))
Index("ix_presenters_person_date", Presenter.person_id, _date_or_last(Presenter.meeting_date), Presenter.item_id,
      sqlite_where=text("person_id IS NOT NULL"), postgresql_where=text("person_id IS NOT NULL"))


class Attachment(Base):
    """A "Bilaga N" the item's decision was based on (``Document`` in the parsed model)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    reservations: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


class Vote(Base):
    """A vote taken on a decision ("Omröstning"): the tally as written and what yes and no meant."""

    __tablename__ = "votes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    yes: Mapped[int | None] = mapped_column(Integer)
    no: Mapped[int | None] = mapped_column(Integer)
    abstain: Mapped[int | None] = mapped_column(Integer)
    yes_means: Mapped[str | None] = mapped_column(Text)
    no_means: Mapped[str | None] = mapped_column(Text)


class Ballot(Base):
    """One member's vote in a roll-call ("Omröstningslista"), name and party as written."""

    __tablename__ = "ballots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    party: Mapped[str | None] = mapped_column(Text)
    vote: Mapped[str] = mapped_column(String(16))  # "yes" | "no" | "abstain" | "absent"


class Action(Base):
    """A task a decision gives. ``id`` is the tracker's stable id ("2024-04-19-3"); the row itself is
    derived and rebuilt, its status lives in ``ActionState`` under the same id."""

    __tablename__ = "actions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    assignee: Mapped[str] = mapped_column(Text)
    # Who must act, resolved ("role:sekretariatschef", "person:17", "municipality:Bjuv"): 0006.
    assignee_key: Mapped[str | None] = mapped_column(String(120), index=True)
    task: Mapped[str | None] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date, index=True)


Index("ix_actions_sort_due", _date_or_last(Action.due))  # the board's sort by due date (0008)
# Who must act, by due date: the board filtered by one assignee is a range of it in its order (0011).
Index("ix_actions_assignee_due", Action.assignee_key, _date_or_last(Action.due))


class ActionState(Base):
    """The tracker's durable state of one action id: never rebuilt, so it survives re-ingesting."""

    __tablename__ = "action_states"

    action_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    # The id is "<series>-<seq>": the series is the meeting's date, so new ids of a meeting are numbered
    # on from the highest ever given in its series (ids are never reused, not even of vanished actions).
    series: Mapped[str] = mapped_column(String(32), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), index=True)  # "open" | "done" | "cancelled"
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    # The board's counts by status, read in the index alone, however few or many one status has (0011).
    __table_args__ = (Index("ix_action_states_status_action", "status", "action_id"),)


class ActionEvent(Base):
    """One change of an action's status, with the note given."""

    __tablename__ = "action_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[str] = mapped_column(String(40), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class Attendance(Base):
    """One line of a meeting's attendance list, resolved to a person and a canonical municipality."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)  # as written
    status: Mapped[str] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(Text)  # "ordförande", "tjänstgörande ersättare", a job title
    party: Mapped[str | None] = mapped_column(Text)  # as written: "S", "KD"
    note: Mapped[str | None] = mapped_column(Text)  # "§§ 1–5", "ersätter Anna Berg"
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)  # denormalised for the context lookups

    __table_args__ = (Index("ix_attendance_person", "person_id", "municipality_id", "meeting_date"),
                      Index("ix_attendance_person_date", "person_id", "meeting_date"),  # (0008)
                      # A municipality's people, one index step each (0011).
                      Index("ix_attendance_municipality_person", "municipality_id", "person_id"),
                      Index("ix_attendance_person_name", "person_id", "name", "status",  # people's rows only
                            sqlite_where=text("person_id IS NOT NULL"), postgresql_where=text("person_id IS NOT NULL")))


class ScheduledMeeting(Base):
    """A meeting date decided in some minutes, matched to the meeting that took place that day."""

    __tablename__ = "scheduled_meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(Text)  # "08:30"
    end_time: Mapped[str | None] = mapped_column(Text)
    held_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True)


# --- the web app's rows: users, corrections, review decisions (0002_web); never rebuilt by ingesting.
# Corrections and review decisions are keyed by the meeting's identity (its date and folded body, as
# ``resolve.meetings`` matches meetings) and a value path ("items[2].title"), not by row ids, so they
# survive a meeting being rebuilt from its sources or ingested again.


class User(Base):
    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))  # "editor" | "admin"
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Raised at logout and by revocation: cookies signed for an earlier generation are refused (0004).
    session_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))  # (0006)
    # The personal calendar and feed address (0008): the SHA-256 of its secret token, never the token.
    subscription_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    subscription_created_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Correction(Base):
    """An editor's value for one field of a meeting, written over the parsed value (``archive.corrections``)."""

    __tablename__ = "web_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)
    body_key: Mapped[str] = mapped_column(String(200), default="")
    meeting_id: Mapped[int | None] = mapped_column(Integer)  # only used for meetings without a date
    path: Mapped[str] = mapped_column(String(300))
    value: Mapped[str] = mapped_column(Text)  # JSON
    original: Mapped[str] = mapped_column(Text)  # JSON: the parsed value when the correction was made
    note: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Written into the archive's rows (0005): the parsed value under it now (JSON), whether it is
    # "applied", "missing" (the meeting has no such value now) or "pending" (made before 0005), and the
    # row it is written into ("actions:2024-04-19-3").
    parsed: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending")
    target: Mapped[str | None] = mapped_column(String(80), index=True)

    __table_args__ = (Index("ix_web_corrections_meeting", "meeting_date", "body_key"),)


class ReviewDecision(Base):
    """A reviewer confirmed a flagged value as it is (a correction resolves a flag by itself)."""

    __tablename__ = "web_review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)
    body_key: Mapped[str] = mapped_column(String(200), default="")
    meeting_id: Mapped[int | None] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(300))
    value: Mapped[str] = mapped_column(Text)  # JSON of the value confirmed
    user_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_web_review_decisions_meeting", "meeting_date", "body_key"),)


class SourceText(Base):
    """The cleaned page texts of a source (what its spans index), stored when it is ingested (0005), so
    showing a source never reads the file again."""

    __tablename__ = "source_texts"

    sha256: Mapped[str] = mapped_column(ForeignKey("sources.sha256", ondelete="CASCADE"), primary_key=True)
    pages: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed JSON list of page texts
    read_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class UploadJob(Base):
    """A file uploaded through the web app and its way into the archive (0006): queued → reading → done |
    failed. Kept in the database so that a restarted server resumes the jobs it had not finished."""

    __tablename__ = "upload_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    filename: Mapped[str] = mapped_column(String(300))  # the name shown
    path: Mapped[str] = mapped_column(Text)  # the saved file
    size: Mapped[int] = mapped_column(Integer)  # bytes, for the per-user daily quota
    user_name: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16), default="queued")  # queued | reading | done | failed
    message: Mapped[str] = mapped_column(Text)  # in Swedish, shown to anyone who has the job's link
    outcome: Mapped[str | None] = mapped_column(String(16))  # ingested | skipped | failed
    meeting: Mapped[dict | None] = mapped_column(JSON)  # {"id", "date", ...} of the meeting it went into
    error: Mapped[str | None] = mapped_column(Text)  # the technical reason, shown to editors only
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_upload_jobs_user_state", "user_name", "state"),
                      Index("ix_upload_jobs_state", "state"))


# --- the meeting cycle (0008): drafts of minutes and their versions, signatures found at ingest,
# reminder addresses per assignee key. Durable rows: never rebuilt by ingesting.


class Draft(Base):
    """Minutes being written in the web app ("Nytt protokoll") for one body and date, until published."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Set when published: the version rendered, the meeting it became and the source file's hash.
    published_version: Mapped[int | None] = mapped_column(Integer)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str | None] = mapped_column(String(100))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    source_sha256: Mapped[str | None] = mapped_column(String(64))


class DraftVersion(Base):
    """One save of a draft: the whole protokoll/1 record as the editor left it. Versions count 1, 2, …
    per draft; a save names the version it was made from, and one made from an older one is refused."""

    __tablename__ = "draft_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    record: Mapped[str] = mapped_column(Text)  # protokoll/1 JSON
    user_name: Mapped[str] = mapped_column(String(100))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_draft_versions_draft_version", "draft_id", "version", unique=True),)


class SourceSignature(Base):
    """An electronic signature found in a source PDF when it was ingested (``cycle.sign.signatures``)."""

    __tablename__ = "source_signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("sources.sha256", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(200))
    signer: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    signed_at: Mapped[str | None] = mapped_column(String(40))  # ISO time the signer reported
    intact: Mapped[bool] = mapped_column(Boolean)
    valid: Mapped[bool] = mapped_column(Boolean)
    modified: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)


class AssigneeAddress(Base):
    """Where reminders to one who must act go (``archive.assignees`` key: person, role, network, …)."""

    __tablename__ = "assignee_addresses"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    user_name: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
