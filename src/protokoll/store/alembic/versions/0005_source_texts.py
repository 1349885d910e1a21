"""The cleaned page texts of every source are stored at ingest, in ``source_texts`` (an archive table,
tied to its source), so that showing a source never reads the file or runs Tesseract inside a request;
and corrections are written into the archive's rows, so each remembers the parsed value under it
(``parsed``), its ``state`` and the row it is written into (``target``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

The texts the web app had cached (``web_source_texts``, filled on first view) are kept: copied over,
for the sources still in the archive. Sources ingested before this revision and never viewed have no
texts until ``protokoll ingest`` is given their files again (it stores the texts of a source it skips).
Corrections made before this revision start ``pending``: the archive writes them into the rows the
next time it is opened (``protokoll.archive.open_database``).
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('source_texts',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.LargeBinary(), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['sha256'], ['sources.sha256'], name=op.f('fk_source_texts_sha256_sources'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_source_texts'))
    )
    op.execute("INSERT INTO source_texts (sha256, pages, read_at)"
               " SELECT w.sha256, w.pages, w.read_at FROM web_source_texts w"
               " WHERE w.sha256 IN (SELECT sha256 FROM sources)")
    op.drop_table('web_source_texts')
    with op.batch_alter_table('web_corrections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parsed', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('state', sa.String(length=16), nullable=False, server_default='pending'))
        batch_op.add_column(sa.Column('target', sa.String(length=80), nullable=True))
        batch_op.create_index(batch_op.f('ix_web_corrections_target'), ['target'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('web_corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_web_corrections_target'))
        batch_op.drop_column('target')
        batch_op.drop_column('state')
        batch_op.drop_column('parsed')
    op.create_table('web_source_texts',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.LargeBinary(), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_web_source_texts'))
    )
    op.execute("INSERT INTO web_source_texts (sha256, pages, read_at)"
               " SELECT sha256, pages, read_at FROM source_texts")
    op.drop_table('source_texts')
