"""Storing a batch pauses Python's cyclic garbage collector (issue 12) and leaves it as it found it."""
import gc

import pytest

from archive_support import EXAMPLE_FILES
from protokoll import archive
from protokoll.archive.ingest import Parsed, _collector_paused, store_batch
from protokoll.model import Protocol
from protokoll.store.db import open_database


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def test_the_collector_is_on_again_after_an_ingest_and_a_failed_document(sqlite_url, collector_on):
    report = archive.ingest(EXAMPLE_FILES[:2], db=sqlite_url)
    assert report.ingested == 2 and gc.isenabled()
    database = open_database(sqlite_url)
    try:
        bad = Parsed(Protocol(date="2025-03-14", body="Kommundirektörsmöte"), pages=[object()])  # no JSON
        outcomes = store_batch(database, [bad])
    finally:
        database.close()
    assert outcomes[0] != "ingested" and gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(sqlite_url, collector_on):
    gc.disable()
    archive.ingest(EXAMPLE_FILES[:1], db=sqlite_url)
    assert not gc.isenabled()


def test_the_collector_waits_for_the_last_of_batches_stored_at_once(collector_on):
    """The web app's upload threads store batches at once: the first one done must not turn the collector
    on under the other, nor may an exception leave it off."""
    with _collector_paused():
        with pytest.raises(RuntimeError):
            with _collector_paused():
                assert not gc.isenabled()
                raise RuntimeError("a batch that failed")
        assert not gc.isenabled()  # the other batch is still being stored
    assert gc.isenabled()
