"""The archive: meetings, sources, items, people, actions, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

The full-text index is dialect-specific (see ``protokoll.search``): an FTS5 table on SQLite, fed with
terms already stemmed by Snowball; on PostgreSQL a table whose ``tsvector`` is generated with the
``swedish`` text search configuration, behind a GIN index. Both hold text that was folded (no
diacritics) and stripped of Swedish stop words in Python, so "krisberedskapsradet" finds
"Krisberedskapsrådet" and "och" never reaches the index.
"""
from alembic import op
import sqlalchemy as sa

# Frozen here on purpose: a migration must not change when protokoll.municipalities does.
MUNICIPALITIES = ("Bjuv", "Båstad", "Helsingborg", "Höganäs", "Klippan", "Landskrona",
                  "Perstorp", "Svalöv", "Åstorp", "Ängelholm", "Örkelljunga")
SECRETARIAT = "sekretariatet"


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('action_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_events'))
    )
    with op.batch_alter_table('action_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_events_action_id'), ['action_id'], unique=False)

    op.create_table('action_states',
    sa.Column('action_id', sa.String(length=40), nullable=False),
    sa.Column('series', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('action_id', name=op.f('pk_action_states'))
    )
    with op.batch_alter_table('action_states', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_states_series'), ['series'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_states_status'), ['status'], unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('organisation', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('body_key', sa.Text(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('start_time', sa.Text(), nullable=True),
    sa.Column('end_time', sa.Text(), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('room', sa.Text(), nullable=True),
    sa.Column('contact', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_date'), ['date'], unique=False)

    op.create_table('municipalities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipalities')),
    sa.UniqueConstraint('name', name=op.f('uq_municipalities_name'))
    )
    municipalities = sa.table("municipalities", sa.column("id", sa.Integer), sa.column("name", sa.String),
                              sa.column("kind", sa.String))
    op.bulk_insert(municipalities,
                   [{"id": i + 1, "name": name, "kind": "municipality"} for i, name in enumerate(MUNICIPALITIES)]
                   + [{"id": len(MUNICIPALITIES) + 1, "name": SECRETARIAT, "kind": "secretariat"}])
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('affiliation', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], name=op.f('fk_attendance_municipality_id_municipalities')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_attendance_person_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_attendance_person', ['person_id', 'municipality_id', 'meeting_date'], unique=False)

    op.create_table('items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('title_key', sa.String(length=300), nullable=False),
    sa.Column('report_back_key', sa.String(length=300), nullable=True),
    sa.Column('refers_kind', sa.String(length=16), nullable=True),
    sa.Column('refers_text', sa.Text(), nullable=True),
    sa.Column('refers_date', sa.Date(), nullable=True),
    sa.Column('refers_meeting_id', sa.Integer(), nullable=True),
    sa.Column('refers_item_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['items.id'], name=op.f('fk_items_parent_id_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['refers_item_id'], ['items.id'], name=op.f('fk_items_refers_item_id_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['refers_meeting_id'], ['meetings.id'], name=op.f('fk_items_refers_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_items'))
    )
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_items_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_items_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_items_refers_date'), ['refers_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_items_refers_item_id'), ['refers_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_items_refers_meeting_id'), ['refers_meeting_id'], unique=False)
        batch_op.create_index('ix_items_report_back_key_date', ['report_back_key', 'meeting_date'], unique=False)
        batch_op.create_index('ix_items_title_key_date', ['title_key', 'meeting_date'], unique=False)

    op.create_table('person_names',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_names_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_names')),
    sa.UniqueConstraint('name', name=op.f('uq_person_names_name'))
    )
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_names_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_names_person_id'), ['person_id'], unique=False)

    op.create_table('scheduled_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Text(), nullable=True),
    sa.Column('end_time', sa.Text(), nullable=True),
    sa.Column('held_meeting_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['held_meeting_id'], ['meetings.id'], name=op.f('fk_scheduled_meetings_held_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_scheduled_meetings_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scheduled_meetings'))
    )
    with op.batch_alter_table('scheduled_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scheduled_meetings_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_scheduled_meetings_held_meeting_id'), ['held_meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scheduled_meetings_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('methods', sa.Text(), nullable=False),
    sa.Column('quality', sa.Float(), nullable=False),
    sa.Column('record', sa.LargeBinary(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_sources_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('sha256', name=op.f('uq_sources_sha256'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_attachments_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_item_id'), ['item_id'], unique=False)

    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_decisions_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decisions_item_id'), ['item_id'], unique=False)

    op.create_table('presenters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('organisation', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_presenters_item_id_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_presenters_person_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presenters'))
    )
    with op.batch_alter_table('presenters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_presenters_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_presenters_person_id'), ['person_id'], unique=False)

    op.create_table('actions',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('assignee', sa.Text(), nullable=False),
    sa.Column('task', sa.Text(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_actions_decision_id_decisions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_actions_item_id_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_actions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actions'))
    )
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actions_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_due'), ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_meeting_id'), ['meeting_id'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE TABLE item_search (
                item_id integer PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
                title text NOT NULL,
                body text NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('swedish', title), 'A') ||
                    setweight(to_tsvector('swedish', body), 'B')) STORED
            )""")
        op.execute("CREATE INDEX ix_item_search_tsv ON item_search USING gin (tsv)")
        # The newest items again, in a small table of their own: a GIN index cannot hand out matches
        # newest first, so a word found in thousands of items would make every query read them all;
        # searching this table first keeps that cost bounded (see protokoll.search).
        op.execute("""
            CREATE TABLE item_search_recent (
                item_id integer PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
                tsv tsvector NOT NULL
            )""")
        op.execute("CREATE INDEX ix_item_search_recent_tsv ON item_search_recent USING gin (tsv)")
    else:
        # rowid = items.id; rows are removed explicitly (a virtual table has no foreign keys).
        op.execute("CREATE VIRTUAL TABLE item_search USING fts5(title, body, "
                   "tokenize = 'unicode61 remove_diacritics 2')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE item_search_recent")
    op.execute("DROP TABLE item_search")
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_actions_item_id'))
        batch_op.drop_index(batch_op.f('ix_actions_due'))
        batch_op.drop_index(batch_op.f('ix_actions_decision_id'))

    op.drop_table('actions')
    with op.batch_alter_table('presenters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_presenters_person_id'))
        batch_op.drop_index(batch_op.f('ix_presenters_item_id'))

    op.drop_table('presenters')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decisions_item_id'))

    op.drop_table('decisions')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_item_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_meeting_id'))

    op.drop_table('sources')
    with op.batch_alter_table('scheduled_meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scheduled_meetings_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_scheduled_meetings_held_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_scheduled_meetings_date'))

    op.drop_table('scheduled_meetings')
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_names_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_names_key'))

    op.drop_table('person_names')
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.drop_index('ix_items_title_key_date')
        batch_op.drop_index('ix_items_report_back_key_date')
        batch_op.drop_index(batch_op.f('ix_items_refers_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_items_refers_item_id'))
        batch_op.drop_index(batch_op.f('ix_items_refers_date'))
        batch_op.drop_index(batch_op.f('ix_items_parent_id'))
        batch_op.drop_index(batch_op.f('ix_items_meeting_id'))

    op.drop_table('items')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_person')
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    op.drop_table('people')
    op.drop_table('municipalities')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_date'))

    op.drop_table('meetings')
    with op.batch_alter_table('action_states', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_states_status'))
        batch_op.drop_index(batch_op.f('ix_action_states_series'))

    op.drop_table('action_states')
    with op.batch_alter_table('action_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_events_action_id'))

    op.drop_table('action_events')
