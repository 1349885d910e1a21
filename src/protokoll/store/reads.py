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

# --- the best matches of a search (``archive.search.hits``: the archive decides the query and weights) -

def fts5_ranked(title_weight: float) -> str:
    """SQLite: (id, score) of the best ``:limit`` of the newest ``:candidates`` items matching the FTS5
    query ``:q``, by BM25 with the title weighted ``title_weight`` (lower scores are better)."""
    return ("SELECT id, score FROM ("
            f" SELECT rowid AS id, bm25(item_search, {float(title_weight)}, 1.0) AS score FROM item_search"
            " WHERE item_search MATCH :q ORDER BY rowid DESC LIMIT :candidates"
            ") ORDER BY score, id DESC LIMIT :limit")


INDEX_ONLY = "SET LOCAL enable_seqscan = off"  # PostgreSQL, for the transaction: indexes, never a scan


def pg_ranked(table: str, tsquery: str, weights: tuple[float, float, float, float]) -> str:
    """PostgreSQL: the same from ``table`` (item_search or item_search_recent) by ``ts_rank_cd`` with
    ``weights`` (higher scores are better). The tsquery is a literal, not a parameter, so that each query
    is planned with its own words (a prepared, generic plan cannot know how common they are); the archive
    makes it of \\w+ words only."""
    query = "to_tsquery('swedish', '" + tsquery.replace("'", "''") + "')"
    weighted = "'{" + ", ".join(str(float(w)) for w in weights) + "}'"
    return ("SELECT id, score FROM ("
            f" SELECT s.item_id AS id, ts_rank_cd({weighted}, s.tsv, {query}) AS score FROM {table} s"
            f" WHERE s.tsv @@ {query} ORDER BY s.item_id DESC LIMIT :candidates"
            ") c ORDER BY score DESC, id DESC LIMIT :limit")


# --- search hits as search shows them (``archive.lists.search_results``) ------------------------------

HIT_ITEMS = "SELECT id, meeting_id, parent_id, number, label, case_number, title, summary FROM items WHERE id IN :ids"
HIT_MEETINGS = "SELECT id, date, number, body FROM meetings WHERE id IN :ids"
HIT_PARENTS = "SELECT id, number, title FROM items WHERE id IN :ids"
HIT_DECISIONS = "SELECT item_id, text FROM decisions WHERE item_id IN :ids ORDER BY position"
HIT_PRESENTERS = "SELECT item_id, name, role, organisation FROM presenters WHERE item_id IN :ids ORDER BY position"
