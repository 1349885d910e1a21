"""Which database, how to connect, and transactions that are safe with several processes at once.

The URL comes from ``--db``, else ``$PROTOKOLL_DB``, else ``sqlite:///protokoll.db``. A bare path is
taken as an SQLite file; ``postgresql://`` is given the psycopg 3 driver.

SQLite: WAL mode (readers never block the writer), a long busy timeout, and write transactions that
start with ``BEGIN IMMEDIATE`` — a deferred transaction that reads first and writes later can fail with
"database is locked" when another process wrote in between, an immediate one just waits its turn. So
two ``protokoll ingest`` processes on one file both succeed, one document at a time.
PostgreSQL: write transactions take one advisory lock, which gives the same one-writer-at-a-time order
(reconciliation reads the archive, then writes what it decided, so concurrent writers could both
create the same person or meeting).

The schema is brought to the newest migration on first use (``open_database``), under the same
write lock, so a fresh or older database just works.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import bindparam, create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from protokoll.config import DEFAULT_URL, ENV_VAR  # noqa: F401 (re-exported)
from protokoll.errors import ArchiveUnavailable
from protokoll.store import schema
from protokoll.store.schema import scripts_head
from protokoll.store.sqlite import BUSY_TIMEOUT_MS, configure, written_url

ALEMBIC_DIR = Path(schema.ALEMBIC_DIR)
_PG_LOCK = 0x70726F74  # "prot": the advisory lock every writer takes


def resolve_url(url: str | None = None) -> URL:
    """The database URL to use: the argument, else $PROTOKOLL_DB, else the default SQLite file."""
    raw = written_url(url)
    try:
        parsed = make_url(raw)
    except ArgumentError as err:
        raise ArchiveUnavailable(raw, f"ingen databas-URL ({err})") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def shown(url: URL) -> str:
    """The URL as it may be printed: without its password."""
    return url.render_as_string(hide_password=True)


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        configure(dbapi_connection)  # transactions begin in the "begin" event below, not in pysqlite

    @event.listens_for(engine, "begin")
    def _begin(connection):
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _postgresql_engine(url: URL) -> Engine:
    engine = create_engine(url, pool_pre_ping=False)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        # No JIT compilation: the archive's reads are short index walks, but the planner prices a count
        # capped per row of a list (archive.counting) over jit_above_cost, and compiling then takes
        # longer (400 ms) than the query. A session setting, so a shared server is left as it is.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET jit = off")
        dbapi_connection.commit()

    return engine


class Database:
    """An open archive database: ``read()`` and ``write()`` give sessions in one transaction each."""

    def __init__(self, url: URL):
        self.url = url
        self.shown = shown(url)
        if url.get_backend_name() == "sqlite":
            self.engine = _sqlite_engine(url)
            self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self.engine = _postgresql_engine(url)
            self._writer = self.engine
        self.dialect = self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read-only transaction: it never takes the write lock, and the database refuses a write
        in it (PostgreSQL: ``READ ONLY``; SQLite: ``query_only`` for the transaction's length)."""
        with Session(self.engine) as session, session.begin():
            if self.dialect == "postgresql":
                session.execute(text("SET TRANSACTION READ ONLY"))
                yield session
                return
            connection = session.connection()
            connection.exec_driver_sql("PRAGMA query_only = 1")
            try:
                yield session
            finally:
                connection.exec_driver_sql("PRAGMA query_only = 0")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction holding the archive's write lock; committed on success, else rolled back."""
        with Session(self._writer) as session, session.begin():
            if self.dialect == "postgresql":  # one lock per archive (schema), not per server
                session.execute(text("SELECT pg_advisory_xact_lock(:key, hashtext(current_schema()))"),
                                {"key": _PG_LOCK})
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SessionReader:
    """A ``Reader`` (``store.reads``) on a session of ``Database.read``: SQL text through SQLAlchemy."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def all(self, sql: str, params: dict | None = None) -> list:
        return self.session.execute(*_statement(sql, params)).all()

    def execute(self, sql: str, params: dict | None = None) -> None:
        self.session.execute(*_statement(sql, params))


def _statement(sql: str, params: dict | None):
    """``text(sql)`` with its list parameters (written ``IN :name``) expanding, and the parameters."""
    params = {name: list(value) if isinstance(value, (list, tuple, set, frozenset)) else value
              for name, value in (params or {}).items()}
    statement = text(sql)
    lists = [bindparam(name, expanding=True) for name, value in params.items() if isinstance(value, list)]
    return (statement.bindparams(*lists) if lists else statement), params


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    return config


STATISTICS_GROWTH = 2.0  # planner statistics are gathered again when the archive grew (or shrank) by this
# PostgreSQL: the tables whose growth during an ingest turns plans made on a smaller archive into scans
# (the foreign-key checks of every insert, the index's lookups by item ids).
ANALYZED_TABLES = ("meetings", "sources", "items", "presenters", "attachments", "decisions", "votes", "ballots",
                   "actions", "action_states", "action_events", "attendance", "scheduled_meetings", "people",
                   "person_names", "item_search", "item_search_recent")


def refresh_statistics(engine: Engine) -> bool:
    """Gather the planner's statistics (``ANALYZE``) when there are none or the archive's biggest
    derived table changed size by ``STATISTICS_GROWTH`` since they were gathered: amortised over an
    ingest, a constant cost a document. Without them SQLite takes any equality for selective — it
    would read every open action through the index on the status (three values) rather than walk
    the due dates in order; and PostgreSQL keeps the plans it made for an empty archive (autovacuum
    comes too late for an ingest that fills it), so every insert's foreign-key checks read more and
    more. Whether it gathered them."""
    if engine.dialect.name == "postgresql":
        return _refresh_postgresql(engine)
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT count(*) FROM actions")).scalar() or 0
        try:
            stat = connection.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'actions' LIMIT 1")).scalar()
        except SQLAlchemyError:  # no sqlite_stat1 yet: never analysed
            stat = None
    then = int(stat.split()[0]) if stat else 0
    if stat and then and 1 / STATISTICS_GROWTH < (rows or 1) / then < STATISTICS_GROWTH:
        return False
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    return True


def _refresh_postgresql(engine: Engine) -> bool:
    """PostgreSQL's half of ``refresh_statistics``: the size of items (their largest id: one step down
    the primary key, not a count) against the rows the last ``ANALYZE`` saw; only the archive's own
    tables are analysed (the server may hold other schemas)."""
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT max(id) FROM items")).scalar() or 0
        then = connection.execute(text("SELECT reltuples FROM pg_class WHERE oid = to_regclass('items')")).scalar()
    if then and then > 0 and 1 / STATISTICS_GROWTH < (rows or 1) / then < STATISTICS_GROWTH:
        return False
    if not rows and then is not None and then >= 0:
        return False  # analysed while empty, still empty
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE " + ", ".join(ANALYZED_TABLES))
    return True


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(db: Database) -> str | None:
    """The archive's migration as alembic records it (``alembic_version``); None when there is none yet."""
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def upgrade(db: Database) -> None:
    """Bring the schema to the newest migration; a no-op when it is there already."""
    stored = _stored_revision(db)
    if stored is not None and stored == scripts_head():
        return  # current: alembic is not even imported
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise ArchiveUnavailable(db.shown, f"schemaversionen {current} är nyare än den här versionen av protokoll")
    with db.write() as session:  # under the write lock: one process migrates, the others wait
        connection = session.connection()
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(url: str | None = None, migrate: bool = True, create: bool = True) -> Database:
    """Connect to the archive named by ``url`` (see ``resolve_url``) and make its schema current.
    With ``create`` false, a SQLite file that does not exist is an error, not a new empty archive
    (a typo in ``--db`` must not look like an archive with nothing in it)."""
    parsed = resolve_url(url)
    if not create and parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not Path(parsed.database).exists():
        raise ArchiveUnavailable(shown(parsed), "inget arkiv på den här sökvägen (`protokoll ingest` eller `protokoll serve --create` skapar ett)")
    try:
        db = Database(parsed)
    except (SQLAlchemyError, ImportError, ValueError) as err:
        raise ArchiveUnavailable(shown(parsed), _reason(err)) from None
    try:
        if migrate:
            upgrade(db)
        else:
            with db.engine.connect():
                pass
    except SQLAlchemyError as err:
        db.close()
        raise ArchiveUnavailable(db.shown, _reason(err)) from None
    return db


def _reason(err: Exception) -> str:
    """The first line of a driver's message, without SQLAlchemy's background link."""
    message = str(getattr(err, "orig", None) or err).strip().splitlines()
    return f"databasen kan inte öppnas: {message[0] if message else type(err).__name__}"
