"""A session generation per web user: logging out or an administrator's revocation raises it, and every
session cookie signed for an earlier generation stops working, copies included.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

The column is added with a literal server default, so existing users start at generation 0 and their
current sessions (which carry no generation) end once: they log in again.
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('web_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_generation', sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table('web_users', schema=None) as batch_op:
        batch_op.drop_column('session_generation')
