"""``store.bulk`` writes the values SQLAlchemy's own insert would, however it spares itself conversions."""
import datetime as dt

from sqlalchemy import JSON, Column, Date, DateTime, Integer, MetaData, Table, text

from protokoll.store import bulk
from protokoll.store.db import open_database


def test_bulk_insert_stores_what_sqlalchemy_stores(db_url):
    """Values repeated as one object (a meeting's date on every row, the transaction's time), empty
    lists (converted once per plan), None (JSON null) and values that differ from the row before: the
    rows ``bulk.insert`` writes read back, as stored, equal to those of SQLAlchemy's ``insert``."""
    meta = MetaData()
    table = Table("bulk_probe", meta, Column("id", Integer, primary_key=True), Column("day", Date),
                  Column("at", DateTime(timezone=True)), Column("names", JSON), Column("other", JSON))
    day, now = dt.date(2025, 3, 14), dt.datetime(2025, 3, 14, 9, 30, 5, 120, tzinfo=dt.timezone.utc)
    empty = []
    values = [(day, now, empty, []), (day, now, empty, None), (dt.date(2025, 3, 15), now, ["Anna Berg"], []),
              (None, None, [], ["Bo Ek", "Åsa Öberg"]), (None, now, None, {"a": [1]}), (day, now, [], [])]
    database = open_database(db_url)
    try:
        with database.engine.begin() as c:
            meta.create_all(c)
        rows = [{"id": n, "day": d, "at": a, "names": x, "other": y} for n, (d, a, x, y) in enumerate(values)]
        with database.write() as session:
            session.execute(table.insert(), rows)
        with database.write() as session:
            bulk.insert(session, table, [{**row, "id": row["id"] + 100} for row in rows])
        with database.engine.connect() as c:
            cast = "CAST(names AS TEXT), CAST(other AS TEXT)"  # as stored: JSON text, not parsed back
            stored = c.execute(text(f"SELECT id, CAST(day AS TEXT), CAST(at AS TEXT), {cast} FROM bulk_probe"
                                    " ORDER BY id")).all()
    finally:
        database.close()
    by_sqlalchemy = [tuple(r[1:]) for r in stored if r[0] < 100]
    by_bulk = [tuple(r[1:]) for r in stored if r[0] >= 100]
    assert len(by_bulk) == len(values)
    assert by_bulk == by_sqlalchemy
