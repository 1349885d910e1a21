"""Uploads as persisted jobs (``upload_jobs``), so a restarted web server resumes the jobs it had not
finished and per-user quotas can be counted; and each web user's last login (``web_users.last_login_at``),
shown on the administrator's sessions page.

Revision ID: 0007
Revises: 0006_assignee_keys
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006_assignee_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('upload_jobs',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('meeting', sa.JSON(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_upload_jobs'))
    )
    op.create_index(op.f('ix_upload_jobs_created_at'), 'upload_jobs', ['created_at'], unique=False)
    op.create_index('ix_upload_jobs_user_state', 'upload_jobs', ['user_name', 'state'], unique=False)
    op.create_index('ix_upload_jobs_state', 'upload_jobs', ['state'], unique=False)
    with op.batch_alter_table('web_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('web_users', schema=None) as batch_op:
        batch_op.drop_column('last_login_at')
    op.drop_index('ix_upload_jobs_state', table_name='upload_jobs')
    op.drop_index('ix_upload_jobs_user_state', table_name='upload_jobs')
    op.drop_index(op.f('ix_upload_jobs_created_at'), table_name='upload_jobs')
    op.drop_table('upload_jobs')
