"""The meeting cycle (issue 13): drafts of minutes written in the web app and their saved versions
(``drafts``, ``draft_versions``), the electronic signatures found in a source PDF at ingest
(``source_signatures``) and the reminder addresses of each assignee key (``assignee_addresses``).

Revision ID: 0008_meeting_cycle
Revises: 0007
Create Date: 2026-12-06

Sources ingested before this revision have no signature rows: ingesting the same file again is a no-op,
so their signatures are not read (``protokoll verify`` reads them from the file).
"""
from alembic import op
import sqlalchemy as sa

revision = '0008_meeting_cycle'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('published_version', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('published_by', sa.String(length=100), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('source_sha256', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_drafts_meeting_id_meetings'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts'))
    )
    op.create_index(op.f('ix_drafts_date'), 'drafts', ['date'], unique=False)
    op.create_table('draft_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('record', sa.Text(), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['draft_id'], ['drafts.id'], name=op.f('fk_draft_versions_draft_id_drafts'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft_versions'))
    )
    op.create_index('ix_draft_versions_draft_version', 'draft_versions', ['draft_id', 'version'], unique=True)
    op.create_table('source_signatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=200), nullable=False),
    sa.Column('signer', sa.Text(), nullable=True),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('signed_at', sa.String(length=40), nullable=True),
    sa.Column('intact', sa.Boolean(), nullable=False),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.Column('modified', sa.Boolean(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['sha256'], ['sources.sha256'], name=op.f('fk_source_signatures_sha256_sources'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_signatures'))
    )
    op.create_index(op.f('ix_source_signatures_sha256'), 'source_signatures', ['sha256'], unique=False)
    op.create_table('assignee_addresses',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('emails', sa.JSON(), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_assignee_addresses'))
    )


def downgrade() -> None:
    op.drop_table('assignee_addresses')
    op.drop_index(op.f('ix_source_signatures_sha256'), table_name='source_signatures')
    op.drop_table('source_signatures')
    op.drop_index('ix_draft_versions_draft_version', table_name='draft_versions')
    op.drop_table('draft_versions')
    op.drop_index(op.f('ix_drafts_date'), table_name='drafts')
    op.drop_table('drafts')
