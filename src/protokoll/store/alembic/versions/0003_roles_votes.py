"""Roles, parties and notes of attendees; chair, secretary and adjusters; item labels and case
numbers; votes with their ballots, reservations and recipients of decisions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Every change adds: new columns are nullable or default to an empty JSON list, so the rows of an
archive at 0002 stay valid as they are (their sources were parsed before these values existed, so
there is nothing to fill in), and a later source of the same meeting fills them when it is merged.
The search index needs no change: case numbers are indexed as words of an item's body.
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# A plain string, not sa.text(): Alembic's batch mode rebuilds an SQLite table (copy, drop, rename)
# for a column whose default is an SQL expression, and with foreign keys on, dropping ``meetings``
# would cascade to every row that hangs off it. A literal default is a plain ADD COLUMN.
EMPTY_LIST = "[]"


def upgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chair', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('secretary', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('adjusters', sa.JSON(), server_default=EMPTY_LIST, nullable=False))

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('party', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=True))

    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('label', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('case_number', sa.Text(), nullable=True))

    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reservations', sa.JSON(), server_default=EMPTY_LIST, nullable=False))
        batch_op.add_column(sa.Column('recipients', sa.JSON(), server_default=EMPTY_LIST, nullable=False))

    op.create_table('votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('yes', sa.Integer(), nullable=True),
    sa.Column('no', sa.Integer(), nullable=True),
    sa.Column('abstain', sa.Integer(), nullable=True),
    sa.Column('yes_means', sa.Text(), nullable=True),
    sa.Column('no_means', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_votes_decision_id_decisions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes'))
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_decision_id'), ['decision_id'], unique=False)

    op.create_table('ballots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('party', sa.Text(), nullable=True),
    sa.Column('vote', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_ballots_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballots'))
    )
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballots_vote_id'), ['vote_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_ballots_vote_id'), table_name='ballots')
    op.drop_table('ballots')
    op.drop_index(op.f('ix_votes_decision_id'), table_name='votes')
    op.drop_table('votes')
    # Not in batch mode, for the reason given at EMPTY_LIST: SQLite (3.35 and later) drops a column in place.
    for table, columns in (('decisions', ('recipients', 'reservations')), ('items', ('case_number', 'label')),
                           ('attendance', ('note', 'party', 'role')),
                           ('meetings', ('adjusters', 'secretary', 'chair'))):
        for column in columns:
            op.drop_column(table, column)
