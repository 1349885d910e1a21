"""Each web user's personal subscription address for the calendar and the feeds (an archive that is not
public cannot be read by a calendar app, which cannot log in): ``web_users.subscription_token_hash``
(the SHA-256 of the secret token in the address; the token itself is shown once and never stored) and
``web_users.subscription_created_at``.

Revision ID: 0009_subscription_tokens
Revises: 0008_meeting_cycle
Create Date: 2026-12-10
"""
from alembic import op
import sqlalchemy as sa

revision = '0009_subscription_tokens'
down_revision = '0008_meeting_cycle'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('web_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subscription_token_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('subscription_created_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint('uq_web_users_subscription_token_hash', ['subscription_token_hash'])


def downgrade() -> None:
    with op.batch_alter_table('web_users', schema=None) as batch_op:
        batch_op.drop_constraint('uq_web_users_subscription_token_hash', type_='unique')
        batch_op.drop_column('subscription_created_at')
        batch_op.drop_column('subscription_token_hash')
