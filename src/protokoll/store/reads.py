"""The SQL text of the reads behind ``protokoll meetings`` and ``protokoll search``, run both ways: through
SQLAlchemy on any database (``store.db.SessionReader``) and through the ``sqlite3`` module alone on an
SQLite file (``store.sqlite.begin_read``), so these commands start without SQLAlchemy (issue 12). One text
a query, written so both databases read it the same way.

A ``Reader`` has ``dialect`` ("sqlite" | "postgresql"), ``all(sql, params)`` → the rows as tuples and
``execute(sql, params)`` for a statement without rows. Parameters are named (``:name``); a list is
written ``IN :name`` and expanded by the reader. Dates and moments come back as the database hands them
over: ``datetime`` objects from PostgreSQL, text from SQLite (``archive.common.iso`` reads both).
"""
from __future__ import annotations

# --- what ``archive.common.open_archive`` writes before a read may go on -------------------------------

PENDING_CORRECTION = "SELECT 1 FROM web_corrections WHERE active AND state = 'pending' LIMIT 1"
UNKEYED_ACTION = "SELECT 1 FROM actions WHERE assignee_key IS NULL LIMIT 1"

# --- meetings as the lists show them (``archive.lists``) ---------------------------------------------

MEETING_FIELDS = ("id", "date", "organisation", "body", "number", "start_time", "end_time", "location", "room")
# Oldest first, undated last: the sort key is the expression of the index migration 0010 made for it
# (``coalesce(date, paging.LAST_DATE)``, then id), so the first N meetings are an index walk.
MEETINGS = f"SELECT {', '.join(MEETING_FIELDS)} FROM meetings ORDER BY coalesce(date, '9999-12-31'), id"
FIRST_MEETINGS = MEETINGS + " LIMIT :limit"
SOURCES_OF_MEETINGS = ("SELECT meeting_id, path, sha256, methods, quality, ingested_at FROM sources"
                       " WHERE meeting_id IN :ids ORDER BY meeting_id, quality DESC, id")
# Top-level items counted per meeting (a filter on parent_id IS NULL would lead SQLite to its index,
# which holds nearly every item, instead of the meetings').
ITEMS_OF_MEETINGS = ("SELECT meeting_id, sum(CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END) FROM items"
                     " WHERE meeting_id IN :ids GROUP BY meeting_id")
ATTENDANCE_OF_MEETINGS = ("SELECT meeting_id, status, count(*) FROM attendance WHERE meeting_id IN :ids"
                          " GROUP BY meeting_id, status")

# --- search hits as search shows them (``archive.lists.search_results``) ------------------------------

HIT_ITEMS = "SELECT id, meeting_id, parent_id, number, label, case_number, title, summary FROM items WHERE id IN :ids"
HIT_MEETINGS = "SELECT id, date, number, body FROM meetings WHERE id IN :ids"
HIT_PARENTS = "SELECT id, number, title FROM items WHERE id IN :ids"
HIT_DECISIONS = "SELECT item_id, text FROM decisions WHERE item_id IN :ids ORDER BY position"
HIT_PRESENTERS = "SELECT item_id, name, role, organisation FROM presenters WHERE item_id IN :ids ORDER BY position"
