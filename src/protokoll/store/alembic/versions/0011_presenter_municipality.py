"""The pages that were over 100 ms at 100,000 meetings (issue 9): a municipality's items presented by
its organisation, its people, and the actions board filtered by who must act.

* ``presenters.municipality_id``: the municipality a presenter's organisation or role names
  (``municipalities.named_in``), resolved where presenters are written, so the municipality's page finds
  its organisation's items in an index instead of a LIKE over every presenter; and
  ``presenters.meeting_date`` (as attendance has it) to take the latest of them in that index's order.
  Both are filled here for the presenters already stored. The same order by presenter
  (``ix_presenters_person_date``): a person's latest items presented, however many they presented.
* ``ix_actions_assignee_due``: who must act, by due date (the board filtered by one assignee reads its
  first page in order and stops).
* ``ix_attendance_municipality_person``: a municipality's people, one index step each.
* ``ix_action_states_status_action``: the board's counts by status in the index alone (with one status
  on nearly every action, the planner would otherwise read the table to count a status no action has).

Revision ID: 0011_presenter_municipality
Revises: 0010_sort_indexes
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

from protokoll.municipalities import named_in

revision = '0011_presenter_municipality'
down_revision = '0010_sort_indexes'
branch_labels = None
depends_on = None

LAST = "'9999-12-31'"  # paging.LAST_DATE, as the queries write it
FK = 'fk_presenters_municipality_id_municipalities'
BATCH = 5000  # presenters resolved per round trip while filling the column


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # A plain ADD COLUMN with its reference inline: batch mode would rebuild (copy) the whole table.
        op.execute(f"ALTER TABLE presenters ADD COLUMN municipality_id INTEGER CONSTRAINT {FK} "
                   "REFERENCES municipalities (id)")
    else:
        op.add_column('presenters', sa.Column('municipality_id', sa.Integer(), nullable=True))
        op.create_foreign_key(FK, 'presenters', 'municipalities', ['municipality_id'], ['id'])
    op.add_column('presenters', sa.Column('meeting_date', sa.Date(), nullable=True))
    bind.execute(sa.text("UPDATE presenters SET meeting_date = "
                         "(SELECT items.meeting_date FROM items WHERE items.id = presenters.item_id)"))
    ids = {name: id_ for id_, name in bind.execute(sa.text("SELECT id, name FROM municipalities"))}
    found = []
    # Only presenters with an organisation or a role can name one; read in id order, a batch at a time.
    rows = bind.execute(sa.text("SELECT id, organisation, role FROM presenters "
                                "WHERE organisation IS NOT NULL OR role IS NOT NULL ORDER BY id"))
    for row in rows:
        name = named_in(row.organisation, row.role)
        if name in ids:
            found.append({"id": row.id, "municipality_id": ids[name]})
    for start in range(0, len(found), BATCH):
        bind.execute(sa.text("UPDATE presenters SET municipality_id = :municipality_id WHERE id = :id"),
                     found[start:start + BATCH])

    op.create_index('ix_presenters_municipality_date', 'presenters',
                    ['municipality_id', sa.text(f"coalesce(meeting_date, {LAST})"), 'item_id'], unique=False,
                    sqlite_where=sa.text('municipality_id IS NOT NULL'),
                    postgresql_where=sa.text('municipality_id IS NOT NULL'))
    op.create_index('ix_presenters_person_date', 'presenters',
                    ['person_id', sa.text(f"coalesce(meeting_date, {LAST})"), 'item_id'], unique=False,
                    sqlite_where=sa.text('person_id IS NOT NULL'), postgresql_where=sa.text('person_id IS NOT NULL'))
    op.create_index('ix_actions_assignee_due', 'actions', ['assignee_key', sa.text(f"coalesce(due, {LAST})")],
                    unique=False)
    op.create_index('ix_attendance_municipality_person', 'attendance', ['municipality_id', 'person_id'],
                    unique=False)
    op.create_index('ix_action_states_status_action', 'action_states', ['status', 'action_id'], unique=False)
    # The planner's statistics of the tables changed, with the new indexes in them: these tables only (a
    # bare ANALYZE would take a lock on every table of every schema on a shared PostgreSQL server).
    for table in ("presenters", "actions", "attendance", "action_states"):
        op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    op.drop_index('ix_action_states_status_action', table_name='action_states')
    op.drop_index('ix_attendance_municipality_person', table_name='attendance')
    op.drop_index('ix_actions_assignee_due', table_name='actions')
    op.drop_index('ix_presenters_person_date', table_name='presenters')
    op.drop_index('ix_presenters_municipality_date', table_name='presenters')
    with op.batch_alter_table('presenters', schema=None) as batch_op:  # SQLite: the table rebuilt without them
        if op.get_bind().dialect.name != "sqlite":  # SQLite reflects the inline reference without its name
            batch_op.drop_constraint(FK, type_='foreignkey')
        batch_op.drop_column('meeting_date')
        batch_op.drop_column('municipality_id')
