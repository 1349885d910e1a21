"""Who must act: each action's assignee resolved to a key ("role:sekretariatschef", "person:17",
"municipality:Bjuv", "network:…"), so that every spelling of one assignee finds the same tasks.

Revision ID: 0006_assignee_keys
Revises: 0005
Create Date: 2026-12-05

The column starts empty for the actions already stored: the keys need the archive's people and the
role words of the parser, which the store does not import, so the archive fills them the next time it
is opened (``protokoll.archive.open_database``, ``archive.assignees.fill_missing``); ingesting fills
them for new actions.
"""
from alembic import op
import sqlalchemy as sa

revision = '0006_assignee_keys'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee_key', sa.String(length=120), nullable=True))
        batch_op.create_index(batch_op.f('ix_actions_assignee_key'), ['assignee_key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_assignee_key'))
        batch_op.drop_column('assignee_key')
