"""Alembic environment for the archive. ``protokoll`` runs migrations itself on first use
(``protokoll.store.db.upgrade``), handing over a connection that already holds the write lock; the
URL branch is for running ``alembic`` by hand against a database (set sqlalchemy.url)."""
from alembic import context
from sqlalchemy import create_engine

from protokoll.store.tables import Base  # every table, the web app's included: one metadata

config = context.config
connection = config.attributes.get("connection")

def run(conn) -> None:
    # render_as_batch: SQLite cannot ALTER most things, batch mode rebuilds tables instead.
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()

if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run(conn)
