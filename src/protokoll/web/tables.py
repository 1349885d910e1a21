"""The web app's own tables: users, corrections, review decisions and cached source texts.

They share the store's ``Base`` (one metadata, one Alembic history: ``0002_web``) but none of them is
rebuilt by ingesting. Corrections and review decisions are keyed by the meeting's identity — its date
and folded body, as ``resolve.meetings`` matches meetings — and a value path ("items[2].title"), not
by row ids, so they survive a meeting being rebuilt from its sources or ingested again.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from protokoll.store.tables import Base


class User(Base):
    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))  # "editor" | "admin"
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Raised at logout and by revocation: cookies signed for an earlier generation are refused (0004).
    session_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Correction(Base):
    """An editor's value for one field of a meeting, applied over the parsed value on every read."""

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
    """The cleaned page texts of a source file (what its spans index), read once and kept."""

    __tablename__ = "web_source_texts"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    pages: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed JSON list of page texts
    read_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
