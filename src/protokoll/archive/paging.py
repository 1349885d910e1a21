"""Pages of a list, in SQL: each list has named sorts (``Sort``), each a tuple of never-NULL SQL
expressions ending in a unique one, so the order is total and stable. The web's ``?page=N`` is an
OFFSET; the API's opaque ``cursor`` is keyset pagination: the sort values of the last row of a page,
and the next page is the rows after them (``WHERE (a, b) > (x, y)``, an index step however deep).

A cursor is base64url JSON of [sort name, values]; it is only good for the sort it was made by.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import namedtuple

# typing.TYPE_CHECKING without loading typing, nor dataclasses below: ``archive.lists`` (protokoll meetings,
# protokoll search) imports this module for ``check_limit`` (issue 12).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from sqlalchemy.sql import Select

DEFAULT_LIMIT = 50  # rows on a page of the web app and of /api when no limit is given
MAX_LIMIT = 500  # the most rows one web request may ask for (the routes check it; the CLI may ask for more)
LAST_DATE = dt.date(9999, 12, 31)  # where rows without a date sort (after every date)


def date_or_last(column):
    """``column``, or ``LAST_DATE`` where it is NULL: a date sort key. The date is written into the SQL
    (not a parameter), so the expression indexes on it (migration 0010) serve the sorts."""
    from sqlalchemy import Date, func, literal_column

    return func.coalesce(column, literal_column(f"'{LAST_DATE.isoformat()}'", Date))


class BadPage(ValueError):
    """A cursor, sort, page or limit that does not make sense (the web answers 422)."""


class Key(namedtuple("Key", ("expr", "descending", "kind"), defaults=(False, "str"))):
    """A sort key: ``expr`` an SQL expression that is never NULL (coalesce it), ``descending``, and
    ``kind`` ("str" | "int" | "date"): how the cursor holds its value."""

    __slots__ = ()


class Sort(namedtuple("Sort", ("name", "keys", "label"), defaults=("",))):
    """A named order: its ``keys`` (the last one unique) and ``label`` (Swedish, for the page's sort menu)."""

    __slots__ = ()


def pick(sorts: dict[str, Sort], name: str | None, default: str) -> Sort:
    if not name:
        return sorts[default]
    if name not in sorts:
        raise BadPage(f"okänd sortering {name!r}: välj bland {', '.join(sorts)}")
    return sorts[name]


def check_limit(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_LIMIT
    if limit < 1:
        raise BadPage("limit ska vara 1 eller mer")
    return limit


def _dump(value: Any, kind: str) -> Any:
    return value.isoformat() if kind == "date" else value


def _load(value: Any, kind: str) -> Any:
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError
        return value
    if not isinstance(value, str):
        raise TypeError
    return value


def encode(sort: Sort, values: list[Any]) -> str:
    raw = json.dumps([sort.name, [_dump(v, k.kind) for v, k in zip(values, sort.keys)]],
                     ensure_ascii=False, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(sort: Sort, cursor: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, values = json.loads(raw)
        if name != sort.name or len(values) != len(sort.keys):
            raise ValueError
        return [_load(v, k.kind) for v, k in zip(values, sort.keys)]
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadPage("ogiltig cursor (gäller bara den sortering den kom från)") from None


def after(sort: Sort, values: list[Any]):
    """The SQL condition "after ``values`` in this order", for keys ascending and descending alike. It
    starts with a bound on the first key alone (implied by the rest), which the databases can seek to
    in an index, so a deep cursor is an index step, not a scan of the rows before it."""
    from sqlalchemy import and_, or_

    alternatives = []
    for i, key in enumerate(sort.keys):
        equal = [k.expr == v for k, v in zip(sort.keys[:i], values[:i])]
        beyond = key.expr < values[i] if key.descending else key.expr > values[i]
        alternatives.append(and_(*equal, beyond))
    first = sort.keys[0]
    bound = first.expr <= values[0] if first.descending else first.expr >= values[0]
    return and_(bound, or_(*alternatives))


class Page(namedtuple("Page", ("rows", "next_cursor", "page", "has_more"))):
    """One page: ``rows`` (the query's rows, with the sort columns after the query's own; its entity if it
    has one), ``next_cursor``, ``page`` (the number asked for (web), None for a cursor), ``has_more``."""

    __slots__ = ()


def fetch(session, query: Select, sort: Sort, limit: int | None = None, cursor: str | None = None,
          page: int | None = None) -> Page:
    """One page of ``query`` (a select whose first entities are what the caller wants) in ``sort``:
    after ``cursor``, or the ``page``-th (from 1), or the first. One row more is read to know whether
    there is a next page."""
    limit = check_limit(limit)
    if page is not None and page < 1:
        raise BadPage("sidan ska vara 1 eller mer")
    width = len(query.column_descriptions)  # an entity counts once
    query = query.add_columns(*(k.expr.label(f"_sort{i}") for i, k in enumerate(sort.keys)))
    if cursor:
        query = query.where(after(sort, decode(sort, cursor)))
    query = query.order_by(None).order_by(*(k.expr.desc() if k.descending else k.expr.asc() for k in sort.keys))
    if page and not cursor:
        query = query.offset((page - 1) * limit)
    rows = session.execute(query.limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode(sort, list(rows[-1][width:])) if more and rows else None
    return Page([r if width > 1 else r[0] for r in rows], next_cursor, page if not cursor else None, more)
