"""Indexes for the read model's sorts and pages at 100,000 meetings (issue 9's benchmark, bench/web.py):
the date sort keys of meetings and actions as the queries write them (``paging.date_or_last``: the
date, or 9999-12-31 where there is none), so the first page of a list, a deep page and a keyset cursor
are steps in an index instead of a sort of every row; and a person's attendance by date, for the
latest meetings a person's page shows, and by spelling and status, for the counts every list of people
shows (read from the index, not the rows). Then the planner's statistics are gathered.

Revision ID: 0010_sort_indexes
Revises: 0009_subscription_tokens
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0010_sort_indexes'
down_revision = '0009_subscription_tokens'
branch_labels = None
depends_on = None

LAST = "'9999-12-31'"  # paging.LAST_DATE, as the queries write it


def upgrade() -> None:
    op.create_index('ix_meetings_sort_date', 'meetings', [sa.text(f"coalesce(date, {LAST})"), 'id'], unique=False)
    op.create_index('ix_actions_sort_due', 'actions', [sa.text(f"coalesce(due, {LAST})")], unique=False)
    op.create_index('ix_attendance_person_date', 'attendance', ['person_id', 'meeting_date'], unique=False)
    # Only the rows of people (their names are at most ingest.MAX_NAME long; a longer "name" is a parsing
    # accident, and PostgreSQL refuses index rows over 2,704 bytes).
    op.create_index('ix_attendance_person_name', 'attendance', ['person_id', 'name', 'status'], unique=False,
                    sqlite_where=sa.text('person_id IS NOT NULL'), postgresql_where=sa.text('person_id IS NOT NULL'))

    # The planner's statistics, so that it knows the new indexes and how few values a status has
    # (SQLite has none until ANALYZE; ingesting keeps them: ``store.db.refresh_statistics``). On PostgreSQL the
    # tables indexed here only: a bare ANALYZE takes a lock on every table of every schema on the server, and two
    # archives migrating side by side deadlocked on it. (An SQLite file is one archive.)
    if op.get_bind().dialect.name == "postgresql":
        for table in ("meetings", "actions", "attendance"):
            op.execute(f"ANALYZE {table}")
    else:
        op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index('ix_attendance_person_name', table_name='attendance')
    op.drop_index('ix_attendance_person_date', table_name='attendance')
    op.drop_index('ix_actions_sort_due', table_name='actions')
    op.drop_index('ix_meetings_sort_date', table_name='meetings')
