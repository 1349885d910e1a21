"""Counts a page shows that would otherwise walk every row of the archive: counted up to a cap
(``COUNT_CAP``; beyond it the page says "över 1 000", and ``over`` says so in JSON), and the distinct
values of an indexed column read one index step each (a loose index scan), not as a pass over all rows.

At 100,000 meetings the actions board's counts (by status, by who must act, the filtered total) were
each a pass over 375,000 actions (issue 9); capped, each is at most ``COUNT_CAP`` index steps.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

COUNT_CAP = 1000  # a count shown exactly up to this many; more is "över 1 000"


@dataclass(frozen=True)
class Count:
    n: int  # exact when not ``over``, else COUNT_CAP
    over: bool  # more than COUNT_CAP


def of(n: int) -> Count:
    """A count read up to one more than ``COUNT_CAP`` (``capped_count_of``) as a page shows it."""
    return Count(min(n, COUNT_CAP), n > COUNT_CAP)


def capped(session: Session, query) -> Count:
    """How many rows ``query`` (a select) gives, counted up to ``COUNT_CAP`` and one more to know if
    there are more: the rows beyond are never read."""
    limited = query.with_only_columns(literal(1), maintain_column_froms=True).order_by(None).limit(COUNT_CAP + 1).subquery()
    return of(session.scalar(select(func.count()).select_from(limited)))


def capped_count_of(column, value, *where, along=None):
    """An SQL expression: the rows whose ``column`` is ``value`` (and ``where``), counted exactly up to
    ``COUNT_CAP``, else ``COUNT_CAP`` + 1. ``value`` may be a column of the enclosing query (one capped
    count per row of it), so no subquery in a FROM (which would not correlate): whether there is a row
    beyond the cap is looked up first, and only when there is none are the rows counted. ``along``: the
    next column of the index that holds ``column`` (and ``where``'s columns), so that the look-up walks
    that index and stops at the cap (PostgreSQL would otherwise scan the table for a value it thinks
    common, and read all of it for one that is rare)."""
    rows = (column == value, *where)
    beyond = select(literal(1)).where(*rows)
    if along is not None:
        beyond = beyond.order_by(along)
    beyond = beyond.limit(1).offset(COUNT_CAP).exists()
    return case((beyond, COUNT_CAP + 1), else_=select(func.count()).where(*rows).scalar_subquery())


def loose_scan(column, *where):
    """A recursive CTE (column ``v``) of the distinct non-null values of an indexed ``column`` (among the
    rows ``where`` selects: conditions on the columns before it in the index), in order: from the least,
    each the least value greater than the one before, one index step each."""
    first = select(func.min(column).label("v")).where(*where).cte("loose", recursive=True)
    step = select(select(func.min(column)).where(*where, column > first.c.v).scalar_subquery()) \
        .where(first.c.v.is_not(None))
    return first.union_all(step)


def values_of(session: Session, column, *where) -> list:
    """The distinct non-null values ``loose_scan`` reads, as a list."""
    found = loose_scan(column, *where)
    return list(session.scalars(select(found.c.v).where(found.c.v.is_not(None))))
