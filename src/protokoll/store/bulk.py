"""Rows into a table through the database driver's ``executemany``, in the caller's transaction.

An ingest writes a dozen tables for every document, a few rows each: through SQLAlchemy's statement
layer (building the statement, its cache key, the compiled parameters, the result) a multi-row insert
cost several times what the database itself spends on it (issue 12). Here the statement text and each
column's conversion to what the driver takes (``TypeEngine.bind_processor``: dates as text on SQLite,
JSON as text) are made once per table and set of columns, and the rows go straight to the driver on
the session's own connection. A table with Python-side column defaults that the rows leave out goes
through SQLAlchemy as before (the defaults are its to fill in).

The conversions are SQLAlchemy's own, but not made again for a value already converted: a bind
processor's result depends on the value alone, and most values of a batch of rows repeat — a
meeting's date on every row of the meeting, the transaction's time on every row it stamps, and the
empty list of almost every JSON list column (a decision's reservations and recipients, a
``json.dumps`` each): converting every value was 4 % of what storing a batch executed (issue 12). So a
value that is the same object as the row before's takes that row's result, and an empty list the
result for ``[]`` worked out once per plan.
"""
from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def insert(session: Session, table: Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys, column names) into ``table``: one ``executemany``."""
    if not rows:
        return
    connection = session.connection()
    columns = tuple(rows[0])
    plan = _plan(table, columns, connection.dialect)
    if plan is None:
        session.execute(table.insert(), rows)
        return
    statement, processors = plan
    values = list(map(itemgetter(*columns), rows)) if len(columns) > 1 else [(row[columns[0]],) for row in rows]
    if any(processors):  # None too: SQLAlchemy's JSON stores None as JSON null, as it would
        values = _converted(values, processors)
    _executemany(connection, statement, values)


def _converted(values: list[tuple], processors: tuple) -> list[tuple]:
    """Each column through its processor (``_Processor``), a column at a time, not a loop a row."""
    columns = list(zip(*values))
    for i, processor in enumerate(processors):
        if processor:
            columns[i] = processor.column(columns[i])
    return list(zip(*columns))


_UNSET = object()


class _Processor:
    """A column's bind processor (``TypeEngine.bind_processor``) applied to a column of values, each
    distinct value once (see the module's docstring): the same object as the value before gives the
    same result, and so does every empty list (``processor([])``, worked out here, for a type that
    takes lists)."""

    __slots__ = ("processor", "empty")

    def __init__(self, processor) -> None:
        self.processor = processor
        try:
            self.empty = processor([])
        except Exception:  # noqa: BLE001 - a type that takes no lists: a list goes to the processor, refused there
            self.empty = _UNSET

    def __call__(self, value):
        return self.processor(value)

    def column(self, values) -> list:
        processor, empty = self.processor, self.empty
        out = []
        last, result = _UNSET, None
        for value in values:
            if value is not last:
                last = value
                result = empty if value.__class__ is list and not value and empty is not _UNSET else processor(value)
            out.append(result)
        return out


def _processor(column, dialect: Dialect) -> _Processor | None:
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return _Processor(processor) if processor is not None else None


def update(session: Session, table: Table, key: str, rows: list[dict]) -> None:
    """Set the columns of ``rows`` (dicts with the same keys, column names) in the row of ``table``
    whose ``key`` column has the row's ``key`` value: one ``executemany``."""
    if not rows:
        return
    connection = session.connection()
    columns = tuple(c for c in rows[0] if c != key)
    dialect = connection.dialect
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    statement = (f"UPDATE {quote(table.name)} SET {', '.join(f'{quote(c)} = {marker}' for c in columns)}"
                 f" WHERE {quote(key)} = {marker}")
    processors = tuple(_processor(table.c[c], dialect) for c in (*columns, key))
    values = [tuple(p(row[c]) if p else row[c] for p, c in zip(processors, (*columns, key))) for row in rows]
    _executemany(connection, statement, values)


def _executemany(connection, statement: str, values: list[tuple]) -> None:
    cursor = connection.connection.dbapi_connection.cursor()
    driver_error = connection.dialect.loaded_dbapi.Error
    try:
        cursor.executemany(statement, values)
    except driver_error as err:  # as SQLAlchemy would raise it: OperationalError, IntegrityError, DataError …
        raise DBAPIError.instance(statement, values, err, driver_error, dialect=connection.dialect,
                                  ismulti=True) from err
    finally:
        cursor.close()


def insert_rows(session: Session, name: str, columns: tuple[str, ...], values: list[tuple]) -> None:
    """Insert ``values`` (tuples in the order of ``columns``, as the driver takes them: no conversion)
    into the table ``name``, one not declared in ``store.tables`` (the search index): one ``executemany``."""
    if not values:
        return
    connection = session.connection()
    _executemany(connection, _insert_statement(name, columns, connection.dialect), values)


@lru_cache(maxsize=256)
def _insert_statement(name: str, columns: tuple[str, ...], dialect: Dialect) -> str:
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    return (f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)})"
            f" VALUES ({', '.join(marker for _ in columns)})")


@lru_cache(maxsize=256)
def _plan(table: Table, columns: tuple[str, ...], dialect: Dialect):
    """(statement text, each column's bind processor or None), or None where SQLAlchemy must fill in
    a default the rows leave out."""
    if any(c.default is not None and c.name not in columns for c in table.c):
        return None
    processors = tuple(_processor(table.c[c], dialect) for c in columns)
    return _insert_statement(table.name, columns, dialect), processors
