"""The web app: users, corrections, review decisions, cached source texts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('web_users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_web_users')),
    sa.UniqueConstraint('name', name=op.f('uq_web_users_name'))
    )
    op.create_table('web_corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('body_key', sa.String(length=200), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('path', sa.String(length=300), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('original', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_web_corrections'))
    )
    with op.batch_alter_table('web_corrections', schema=None) as batch_op:
        batch_op.create_index('ix_web_corrections_meeting', ['meeting_date', 'body_key'], unique=False)

    op.create_table('web_review_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('body_key', sa.String(length=200), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('path', sa.String(length=300), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_web_review_decisions'))
    )
    with op.batch_alter_table('web_review_decisions', schema=None) as batch_op:
        batch_op.create_index('ix_web_review_decisions_meeting', ['meeting_date', 'body_key'], unique=False)

    op.create_table('web_source_texts',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.LargeBinary(), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_web_source_texts'))
    )


def downgrade() -> None:
    op.drop_table('web_source_texts')
    with op.batch_alter_table('web_review_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_web_review_decisions_meeting')
    op.drop_table('web_review_decisions')
    with op.batch_alter_table('web_corrections', schema=None) as batch_op:
        batch_op.drop_index('ix_web_corrections_meeting')
    op.drop_table('web_corrections')
    op.drop_table('web_users')
