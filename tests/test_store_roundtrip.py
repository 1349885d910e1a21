"""Protocol → database → Protocol: what goes in comes back (property tests and the real minutes)."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text

from archive_support import EXAMPLE_FILES, council_minutes
from protokoll.model import (Action, Attendee, Ballot, Decision, Document, Item, Presenter, Protocol,
                             ScheduledMeeting, SourceFile, Span, Vote)
from protokoll.pipeline import parse_file
from protokoll.archive.ingest import save
from protokoll.store import mapping
from protokoll.store import tables as t
from protokoll.store.db import open_database

# PostgreSQL text cannot hold NUL (and the reader never produces one: binary input is refused);
# surrogates cannot be encoded at all.
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
SHORT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=12)
OPT = st.none() | TEXT
DATES = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
TIMES = st.none() | st.from_regex(r"\A[0-2][0-9]:[0-5][0-9]\Z")
SPANS = st.none() | st.builds(Span, page=st.integers(1, 9), start=st.integers(0, 999), end=st.integers(0, 999),
                              low_confidence=st.booleans())

COUNT = st.none() | st.integers(0, 999)

actions = st.builds(Action, assignee=SHORT, task=OPT, due=st.none() | DATES, source=SPANS)
ballots = st.builds(Ballot, name=SHORT, party=OPT, vote=st.sampled_from(["yes", "no", "abstain", "absent"]),
                    source=SPANS)
votes = st.builds(Vote, yes=COUNT, no=COUNT, abstain=COUNT, yes_means=OPT, no_means=OPT,
                  ballots=st.lists(ballots, max_size=3), source=SPANS)
decisions = st.builds(Decision, text=TEXT, kind=st.sampled_from(["noted", "assignment", "approval", "other"]),
                      actions=st.lists(actions, max_size=3), votes=st.lists(votes, max_size=2),
                      reservations=st.lists(SHORT, max_size=2), recipients=st.lists(TEXT, max_size=2),
                      source=SPANS)
leaf_items = st.builds(Item, number=st.none() | st.integers(-5, 99), label=OPT, case_number=OPT, title=TEXT,
                       summary=OPT,
                       presenters=st.lists(st.builds(Presenter, name=TEXT, role=OPT, organisation=OPT), max_size=2),
                       documents=st.lists(st.builds(Document, label=TEXT, title=OPT), max_size=2),
                       decisions=st.lists(decisions, max_size=2), source=SPANS)
items = st.builds(Item, number=st.none() | st.integers(0, 99), label=OPT, case_number=OPT, title=TEXT, summary=OPT,
                  presenters=st.lists(st.builds(Presenter, name=TEXT, role=OPT), max_size=2),
                  decisions=st.lists(decisions, max_size=2), subitems=st.lists(leaf_items, max_size=2))
protocols = st.builds(
    Protocol, organisation=OPT, body=OPT, number=st.none() | st.integers(0, 99), date=st.none() | DATES,
    start_time=TIMES, end_time=TIMES, location=OPT, room=OPT, contact=OPT, chair=OPT, secretary=OPT,
    adjusters=st.lists(SHORT, max_size=2),
    attendees=st.lists(st.builds(Attendee, name=SHORT, affiliation=OPT,
                                 status=st.sampled_from(["present", "excused", "absent"]), role=OPT, party=OPT,
                                 note=OPT), max_size=4),
    items=st.lists(items, max_size=3),
    scheduled_meetings=st.lists(st.builds(ScheduledMeeting, date=DATES, start_time=TIMES, end_time=TIMES),
                                max_size=3),
    source_file=st.none() | st.builds(SourceFile, path=SHORT, sha256=st.from_regex(r"\A[0-9a-f]{64}\Z"),
                                      pages=st.integers(1, 5), methods=st.lists(st.sampled_from(["text", "ocr"]))),
)


def _wipe(database) -> None:
    """Empty every table but the fixed municipalities (one database serves many examples)."""
    with database.write() as session:
        session.execute(text("DELETE FROM item_search"))
        for table in reversed(t.Base.metadata.sorted_tables):
            if table.name != "municipalities":
                session.execute(delete(table))


def _store_and_load(database, protocol: Protocol) -> tuple[Protocol, Protocol]:
    with database.write() as session:
        saved = save(session, protocol)
    with database.read() as session:
        blob = session.scalar(select(t.Source.record).where(t.Source.meeting_id == saved.meeting_id))
        return mapping.load_protocol(session, saved.meeting_id), mapping.unpack(blob)


@pytest.fixture
def database(db_url):
    database = open_database(db_url)
    yield database
    database.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(protocol=protocols)
def test_any_protocol_round_trips(database, protocol):
    _wipe(database)
    stored, record = _store_and_load(database, protocol)
    assert stored.to_json() == protocol.to_json()
    assert record.to_json(provenance=True) == protocol.to_json(provenance=True)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_parsed_minutes_round_trip(db_url, path):
    protocol = parse_file(path)
    with open_database(db_url) as database:
        stored, record = _store_and_load(database, protocol)
    assert stored.to_json() == protocol.to_json()
    assert record == protocol


def test_storing_the_same_record_twice_is_a_no_op(db_url):
    protocol = parse_file(EXAMPLE_FILES[0])
    with open_database(db_url) as database:
        with database.write() as session:
            first = save(session, protocol)
        with database.write() as session:
            second = save(session, protocol)
        with database.read() as session:
            assert session.scalar(select(t.Source.id).where(t.Source.meeting_id == first.meeting_id).limit(1))
            assert len(session.scalars(select(t.Meeting.id)).all()) == 1
    assert not first.skipped and second.skipped


def test_a_record_with_every_field_filled_round_trips(db_url):
    protocol = council_minutes()
    with open_database(db_url) as database:
        stored, record = _store_and_load(database, protocol)
        with database.read() as session:
            ballots = session.scalars(select(t.Ballot.vote).order_by(t.Ballot.position)).all()
    assert stored.to_json() == protocol.to_json()
    assert record == protocol
    assert stored.items[0].decisions[0].votes[0].yes == 7 and ballots == ["yes", "no", "abstain", "absent"]
