"""Ingest: one transaction per document, re-ingesting is a no-op, failures leave no trace, and two
processes can ingest into one SQLite file at once."""
import importlib
import os
import shutil
import subprocess
import sys

from contextlib import contextmanager

import pytest

from archive_support import EXAMPLE_FILES, snapshot
from protokoll import archive
from protokoll.archive.ingest import save
from protokoll.errors import NotMinutes, UnreadableInput
from protokoll.model import Attendee, Protocol
from protokoll.store import bulk
from protokoll.store.db import open_database


def test_folders_are_walked_recursively_and_hidden_or_foreign_files_skipped(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ["a/one.txt", "a/b/two.pdf", "a/b/notes.json", ".hidden/three.txt", "a/.four.txt"]:
        (tmp_path / name).write_text("x")
    files, missing = archive.expand([tmp_path, tmp_path / "nope.txt", tmp_path / "a" / "b" / "notes.json"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a/b/two.pdf", "a/one.txt", "a/b/notes.json"]
    assert [(m.path, m.exit_code) for m in missing] == [(str(tmp_path / "nope.txt"), 3)]


def test_reingesting_changes_nothing(db_url):
    report = archive.ingest(EXAMPLE_FILES, db=db_url)
    assert (report.ingested, report.skipped, report.failed) == (4, 0, [])
    before = snapshot(db_url)
    again = archive.ingest([EXAMPLE_FILES[0].parent], db=db_url)
    assert (again.ingested, again.skipped, again.failed) == (0, 4, [])
    assert snapshot(db_url) == before


@pytest.mark.parametrize("content, code", [(b"", UnreadableInput.exit_code),
                                           (bytes(range(256)) * 8, UnreadableInput.exit_code),
                                           ("Inköpslista\nmjölk\nägg\n".encode(), NotMinutes.exit_code)])
def test_a_file_that_cannot_be_parsed_is_reported_and_changes_nothing(db_url, tmp_path, content, code):
    archive.ingest(EXAMPLE_FILES[:2], db=db_url)
    before = snapshot(db_url)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    report = archive.ingest([bad], db=db_url)
    assert report.ingested == 0 and len(report.failed) == 1
    assert report.failed[0].path == str(bad) and report.failed[0].exit_code == code and report.failed[0].error
    assert snapshot(db_url) == before


def test_a_failure_half_way_through_storing_rolls_the_document_back(db_url, monkeypatch):
    archive.ingest(EXAMPLE_FILES[:2], db=db_url)
    before = snapshot(db_url)

    monkeypatch.setattr(*_fails_on(None))  # after the meeting, source and items are written
    report = archive.ingest(EXAMPLE_FILES[2:4], db=db_url)
    assert [(f.path, f.error, f.exit_code) for f in report.failed] == [
        (str(p), "kan inte sparas: RuntimeError: disk on fire", 1) for p in EXAMPLE_FILES[2:4]]
    assert snapshot(db_url) == before
    monkeypatch.undo()
    assert archive.ingest(EXAMPLE_FILES[2:3], db=db_url).ingested == 1


def test_what_cannot_be_a_name_is_stored_without_a_person(db_url):
    long_name = "Närvarande var " + "alla ledamöter " * 20
    protocol = Protocol(attendees=[Attendee(name=long_name, affiliation="Bjuv"), Attendee(name="…")])
    with open_database(db_url) as database:
        with database.write() as session:
            save(session, protocol)
    assert archive.people(db=db_url) == []
    assert archive.meetings(db=db_url)[0]["attendance"]["present"] == 2


def _ingest_process(url: str, *paths) -> subprocess.Popen:
    env = {**os.environ, "PROTOKOLL_DB": url}
    return subprocess.Popen([sys.executable, "-m", "protokoll", "ingest", "--json", *map(str, paths)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_ingest_processes_on_one_sqlite_file_both_succeed(tmp_path):
    # Many small documents, half of them in both runs, so that the two writers overlap in time
    # and race for the same documents; the file does not exist yet, so both also race to create it.
    folder = tmp_path / "minutes"
    folder.mkdir()
    for n in range(3):
        for path in EXAMPLE_FILES:
            text_ = path.read_text(encoding="utf-8")
            (folder / f"{n}_{path.name}").write_text(text_ + "\n" * (n + 1), encoding="utf-8")
    files = sorted(folder.iterdir())
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first = _ingest_process(url, *files[:9])
    second = _ingest_process(url, *files[3:])
    outs = [p.communicate(timeout=120) for p in (first, second)]
    for process, (out, err) in zip((first, second), outs):
        assert process.returncode == 0, err
        assert '"failed": []' in out
    assert len(archive.meetings(db=url)) == 4
    assert sum(len(m["sources"]) for m in archive.meetings(db=url)) == len(files)
    shutil.rmtree(folder)


def test_ingesting_a_stored_source_again_keeps_its_page_texts_when_the_archive_lacks_them(sqlite_url):
    """A source stored without its page texts (before 0005) gets them from `ingest` of its file: the
    source view never reads the file itself."""
    from protokoll.pipeline import parse_file

    path = EXAMPLE_FILES[0]
    protocol = parse_file(path)
    with open_database(sqlite_url) as database, database.write() as session:
        save(session, protocol, path=str(path))  # no pages: as an archive from before 0005 has it
    sha = protocol.source_file.sha256
    assert archive.source(sha, sqlite_url)["texts"] is None
    assert "protokoll ingest" in archive.source(sha, sqlite_url)["unavailable_reason"]
    before = snapshot(sqlite_url)
    report = archive.ingest([path], db=sqlite_url)
    assert (report.ingested, report.skipped) == (0, 1)
    texts = archive.source(sha, sqlite_url)["texts"]
    assert texts and "Kommundirektörsmöte" in "".join(texts)
    after = snapshot(sqlite_url)
    assert {k: v for k, v in after.items() if k != "source_texts"} == {k: v for k, v in before.items()
                                                                        if k != "source_texts"}


@contextmanager
def statements_of(found: list[str]):
    """Also the statements ``store.bulk`` hands the driver itself (SQLAlchemy's events do not see them)."""
    real = bulk.insert

    def spy(session, table, rows):
        if rows:
            found.append(f"INSERT INTO {table.name}")
        real(session, table, rows)

    bulk.insert = spy
    try:
        yield
    finally:
        bulk.insert = real


def test_a_documents_items_and_decisions_go_in_one_statement_per_level_on_sqlite(sqlite_url):
    """SQLite does not promise RETURNING's order, so rows whose ids are needed used to go in one statement
    each (issue 12): the ids are now decided before the rows are written. Same rows, same ids."""
    from sqlalchemy import event, text

    from protokoll.model import Decision, Item

    record = Protocol(date="2025-03-14", body="Kommundirektörsmöte", items=[
        Item(number=n, title=f"Ärende {n}", decisions=[Decision(text=f"Beslut {n}.{k}") for k in range(2)],
             subitems=[Item(title=f"Del {n}.{k}") for k in range(2)]) for n in range(1, 4)])
    database = open_database(sqlite_url)
    inserts: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: inserts.append(statement.split("(")[0].strip()))
    with database.write() as session, statements_of(inserts):
        save(session, record)
    assert inserts.count("INSERT INTO items") == 2  # the items, then their sub-items
    assert inserts.count("INSERT INTO decisions") == 1
    with database.engine.connect() as c:
        items = c.execute(text("SELECT id, parent_id, title FROM items ORDER BY id")).all()
        decisions = c.execute(text("SELECT d.text, i.title FROM decisions d JOIN items i ON i.id = d.item_id"
                                   " ORDER BY d.id")).all()
    by_id = {i.id: i.title for i in items}
    assert [t for _, _, t in items] == ["Ärende 1", "Ärende 2", "Ärende 3"] + [f"Del {n}.{k}" for n in (1, 2, 3)
                                                                             for k in (0, 1)]
    assert [(by_id[p], t) for _, p, t in items if p] == [(f"Ärende {n}", f"Del {n}.{k}") for n in (1, 2, 3)
                                                         for k in (0, 1)]
    assert [tuple(d) for d in decisions] == [(f"Beslut {n}.{k}", f"Ärende {n}") for n in (1, 2, 3) for k in (0, 1)]
    database.close()


def _fails_on(date: str | None):
    """``store.bulk.insert`` that fails for the attendance of the meeting on ``date`` (any meeting:
    None), after the meeting, source, people and items of the document went in, and works for the rest.
    Both ways of storing write through it: a run of new meetings (``archive.group``) and a document
    saved alone (``ingest.save``), as the run's documents are when the run fails."""
    real = bulk.insert

    def insert(session, table, rows):
        if table.name == "attendance" and any(date is None or str(row["meeting_date"]) == date for row in rows):
            raise RuntimeError("disk on fire")
        return real(session, table, rows)

    return bulk, "insert", insert


def _content(url: str) -> dict:
    """What an archive holds, without ids and times (sequences and clocks differ between archives)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    with engine.connect() as c:
        counts = {table: c.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                  for table in inspect(c).get_table_names() if not table.startswith("item_search_")}
    engine.dispose()
    meetings = [(m["date"], sorted(s["sha256"] for s in m["sources"])) for m in archive.meetings(db=url)]
    return {"rows": counts, "meetings": meetings, "people": sorted(p["name"] for p in archive.people(db=url))}


def test_a_bad_document_in_the_middle_of_a_batch_rolls_back_alone(db_url, tmp_path, monkeypatch):
    """Documents of a folder are stored a batch per transaction (issue 12), each under a savepoint: the
    one that fails half-way leaves nothing of itself, the documents before and after it in the same
    transaction are stored, and the failure names its file and reason."""
    files = EXAMPLE_FILES[:3]
    bad = files[1]
    monkeypatch.setattr(*_fails_on(bad.name[:10]))
    report = archive.ingest(files, db=db_url)
    assert (report.ingested, report.skipped) == (2, 0)
    assert [(f.path, f.error, f.exit_code) for f in report.failed] == [
        (str(bad), "kan inte sparas: RuntimeError: disk on fire", 1)]
    monkeypatch.undo()
    reference = f"sqlite:///{tmp_path / 'reference.db'}"  # the two good documents alone
    assert archive.ingest([files[0], files[2]], db=reference).ingested == 2
    assert _content(db_url) == _content(reference)
    assert archive.ingest(files, db=db_url).ingested == 1  # the bad one, now that it can be stored
    assert [m["date"] for m in archive.meetings(db=db_url)] == [f.name[:10] for f in files]


def test_one_transaction_stores_the_documents_of_a_batch(sqlite_url, monkeypatch):
    """A folder's documents share write transactions (``BATCH_DOCUMENTS`` each); a run of documents of
    new meetings is written together under one savepoint (``archive.group``: should it fail, each of its
    documents again under a savepoint of its own); outcomes and progress come in file order."""
    from sqlalchemy import event

    module = importlib.import_module("protokoll.archive.ingest")
    monkeypatch.setattr(module, "BATCH_DOCUMENTS", 3)
    monkeypatch.setattr(module, "BATCH_SECONDS", 3600.0)
    database = open_database(sqlite_url)
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: statements.append(" ".join(statement.split()[:2]).upper()))
    seen: list[tuple[str, str]] = []
    report = archive.ingest([], db=database, files=EXAMPLE_FILES,
                            progress=lambda path, outcome: seen.append((path.name, outcome)))
    assert report.ingested == 4
    assert seen == [(p.name, "ingested") for p in EXAMPLE_FILES]
    assert statements.count("BEGIN IMMEDIATE") == 2  # the write transactions: 3 documents, then 1
    assert sum(s.startswith("SAVEPOINT") for s in statements) == 2  # a run of new meetings each
    assert sum(s.startswith("RELEASE") for s in statements) == 2
    database.close()


def test_a_document_the_database_refuses_fails_alone_in_its_batch(db_url):
    """A document whose data the database refuses (PostgreSQL takes no NUL in text) is rolled back to
    its savepoint and reported; the batch's other documents are stored."""
    from protokoll.archive.ingest import Parsed, store_batch
    from protokoll.model import Item

    documents = [Parsed(Protocol(date=f"2025-0{n}-01", body="Kommundirektörsmöte",
                                 items=[Item(title="Budget\x00" if n == 2 else f"Ärende {n}")]),
                        path=f"doc{n}.txt") for n in (1, 2, 3)]
    with open_database(db_url) as database:
        outcomes = store_batch(database, documents)
    refused = db_url.startswith("postgresql")
    assert outcomes[0] == outcomes[2] == "ingested"
    if refused:
        assert outcomes[1].path == "doc2.txt" and outcomes[1].error.startswith("kan inte sparas: ")
        assert outcomes[1].exit_code == 1
    else:  # SQLite keeps the NUL
        assert outcomes[1] == "ingested"
    assert [m["date"] for m in archive.meetings(db=db_url)] == (
        ["2025-01-01", "2025-03-01"] if refused else ["2025-01-01", "2025-02-01", "2025-03-01"])


def _rows(url: str) -> dict[str, list]:
    """Every row of every table, ids included, without the clock's columns (times differ by run)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    out = {}
    with engine.connect() as c:
        for table in inspect(c).get_table_names():
            if table.startswith("item_search"):
                continue
            columns = [col["name"] for col in inspect(c).get_columns(table)
                       if col["name"] not in ("ingested_at", "changed_at", "at", "read_at")]
            out[table] = sorted(tuple(map(repr, row)) for row in c.execute(text(
                f"SELECT {', '.join(columns)} FROM {table}")))
        key = "rowid" if engine.dialect.name == "sqlite" else "item_id"
        out["item_search"] = sorted(tuple(map(repr, row)) for row in c.execute(text(
            f"SELECT {key}, title, body FROM item_search")))
    engine.dispose()
    return out


def _linked_documents():
    """Documents that reach each other across meetings, in an order that makes every link go both ways:
    the later meeting first (it names the earlier one by date, reports back on its business, is held on
    the date the earlier one schedules, and spells an attendee nearly as the earlier one does), then
    the earlier one, the later one again (the same file), an undated document, a meeting that reports
    back on the earlier one's other business, and last another source of the earlier one (a rebuild,
    which ends the run; last, so that the ids it frees are not the highest, which a run would not reuse
    and a transaction of its own would)."""
    from protokoll.model import Action, Decision, Item, ScheduledMeeting, SourceFile

    def source(name):
        return SourceFile(path=f"{name}.txt", sha256=(name * 64)[:64])

    body = "Kommundirektörsmöte"
    earlier = Protocol(date="2025-02-03", body=body, source_file=source("a"), attendees=[
        Attendee(name="Kristina Lindqvist", affiliation="Bjuvs kommun"), Attendee(name="Per Ek", affiliation="Höganäs")],
        items=[Item(title="Budget 2026", decisions=[Decision(text="Förslaget godkänns", actions=[
            Action(assignee="Kristina Lindqvist", task="återkomma med budget")])]),
            Item(title="Samverkan kring krisberedskap", summary="Arbetet med krisberedskap fortsätter.")],
        scheduled_meetings=[ScheduledMeeting(date="2025-03-03")])
    later = Protocol(date="2025-03-03", body=body, source_file=source("b"), attendees=[
        Attendee(name="Kristina Lindquist", affiliation="Bjuvs kommun")],
        items=[Item(title="Återrapportering kring Budget 2026"),
               Item(title="Information om budget", summary="Enligt beslut på kommundirektörsmötet den 3 februari "
                                                           "ska budget 2026 redovisas.")])
    again = earlier.model_copy(update={"source_file": source("c"), "items": earlier.items[:1]})
    undated = Protocol(body=body, source_file=source("d"), items=[Item(title="Budget 2026")])
    after = Protocol(date="2025-04-07", body=body, source_file=source("e"),
                     items=[Item(title="Uppföljning av samverkan kring krisberedskap",
                                 decisions=[Decision(text="Informationen noteras")])])
    return [later, earlier, later, undated, after, again]


@contextmanager
def _another_archive(db_url: str, tmp_path, request):
    """A second fresh archive on the same backend as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'another.db'}"
        return
    import uuid

    base, engine = request.getfixturevalue("pg_server")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with engine.begin() as c:
        c.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as c:
            c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")


def test_a_batch_decided_in_memory_stores_what_one_document_at_a_time_does(db_url, tmp_path, request):
    """A run of documents is decided in memory and written a table at a time (``archive.group``,
    issue 12): the archive holds the same rows, ids and links as when each document is stored in a
    transaction of its own (where every lookup finds the earlier documents in the archive)."""
    from protokoll.archive.ingest import Parsed, store_batch

    documents = _linked_documents()
    with open_database(db_url) as database:
        together = store_batch(database, [Parsed(p) for p in documents])
    with _another_archive(db_url, tmp_path, request) as alone_url:
        with open_database(alone_url) as database:
            alone = [store_batch(database, [Parsed(p)])[0] for p in documents]
        assert together == alone == ["ingested", "ingested", "skipped", "ingested", "ingested", "ingested"]
        rows = _rows(db_url)
        assert rows == _rows(alone_url)
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as c:
        links = c.execute(text("SELECT r.title, i.title FROM items r JOIN items i ON i.id = r.refers_item_id"
                               " ORDER BY r.id")).all()
        held = c.execute(text("SELECT m.date FROM scheduled_meetings s JOIN meetings m ON m.id = s.held_meeting_id")).all()
    engine.dispose()
    assert [tuple(link) for link in links] == [  # made both ways: to earlier items, and from later ones
        ("Återrapportering kring Budget 2026", "Budget 2026"), ("Information om budget", "Budget 2026"),
        ("Uppföljning av samverkan kring krisberedskap", "Samverkan kring krisberedskap")]
    assert [str(date) for date, in held] == ["2025-03-03"]  # the date scheduled is held
    assert len(rows["people"]) == 2  # "Lindquist" is the "Lindqvist" of the same municipality
