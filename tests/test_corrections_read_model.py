"""Corrections are the truth of the read model: a corrected due date (and start time) is what the
filter, the sort, `protokoll actions`, `protokoll meeting`, the CSV export and the ICS give; the parsed
value stays in the correction's history; re-ingesting the source, or another source of the meeting
arriving, keeps the correction; withdrawing it brings the parsed value back everywhere."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

from icalendar import Calendar
from typer.testing import CliRunner

from archive_support import EXAMPLE_FILES, scan_of
from conftest import EXAMPLES
from protokoll import archive
from protokoll.archive.export import TIMEZONE
from protokoll.cli import app
from protokoll.model import walk

SOURCE = EXAMPLES / "2023-11-17_kommundirektorsmote.txt"
ACTION = "2023-11-17-2"  # due 2024-03-15 as parsed: the second-earliest due date of the examples
PARSED_DUE, CORRECTED_DUE = "2024-03-15", "2023-11-30"


def _action_path(meeting: dict, action_id: str) -> str:
    return next(path for path, node in walk(meeting)
                if path.rsplit(".", 1)[-1].startswith("actions[") and node["id"] == action_id)


def _csv_due(db: str, action_id: str) -> str:
    out = io.StringIO()
    archive.export("csv", out, db=db)
    return next(r["due"] for r in csv.DictReader(io.StringIO(out.getvalue())) if r["action_id"] == action_id)


def _ics_start(db: str, date: str):
    out = io.StringIO()
    archive.export("ics", out, db=db)
    events = [e for e in Calendar.from_ical(out.getvalue()).walk("VEVENT")
              if str(e.get("x-protokoll-status")) == "held" and e.decoded("dtstart").date().isoformat() == date]
    assert len(events) == 1
    return events[0].decoded("dtstart")


def _cli(db: str, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.output


def _everywhere(db: str) -> dict:
    """The action's due date as each view gives it."""
    cli_actions = json.loads(_cli(db, "actions", "--json"))
    cli_meeting = json.loads(_cli(db, "meeting", "2023-11-17", "--json"))
    node = dict(walk(cli_meeting))[_action_path(cli_meeting, ACTION)]
    return {
        "list": next(a["due"] for a in archive.actions(db=db) if a["id"] == ACTION),
        "cli actions": next(a["due"] for a in cli_actions if a["id"] == ACTION),
        "cli meeting": node["due"],
        "csv": _csv_due(db, ACTION),
        "first by due": archive.actions(db=db)[0]["id"] == ACTION,
        "due before 2023-12-01": [a["id"] for a in archive.actions(due_before=dt.date(2023, 12, 1), db=db)],
    }


def test_a_corrected_due_date_is_what_every_view_filter_sort_and_export_gives(db_url, tmp_path):
    db = db_url
    archive.ingest(EXAMPLE_FILES, db=db)
    parsed = _everywhere(db)
    assert {k: parsed[k] for k in ("list", "cli actions", "cli meeting", "csv")} == dict.fromkeys(
        ("list", "cli actions", "cli meeting", "csv"), PARSED_DUE)
    assert parsed["first by due"] is False and ACTION not in parsed["due before 2023-12-01"]
    assert _ics_start(db, "2023-11-17").time() == dt.time(8, 30)

    meeting = archive.meeting("2023-11-17", db=db)
    path = _action_path(meeting, ACTION) + ".due"
    archive.correct(meeting["id"], path, CORRECTED_DUE, "fel år i protokollet", "redaktör", db)
    archive.correct(meeting["id"], "start_time", "09:15", None, "redaktör", db)

    def corrected_everywhere() -> None:
        seen = _everywhere(db)
        assert {k: seen[k] for k in ("list", "cli actions", "cli meeting", "csv")} == dict.fromkeys(
            ("list", "cli actions", "cli meeting", "csv"), CORRECTED_DUE)
        assert seen["first by due"] is True  # the sort: now the earliest due date of all
        assert ACTION in seen["due before 2023-12-01"]  # the filter
        assert CORRECTED_DUE in _cli(db, "actions").splitlines()[0]  # the CLI's text too
        assert f"senast {CORRECTED_DUE}" in _cli(db, "meeting", "2023-11-17")
        assert _ics_start(db, "2023-11-17") == dt.datetime(2023, 11, 17, 9, 15, tzinfo=TIMEZONE)
        page = archive.meeting_page(archive.meeting("2023-11-17", db=db)["id"], db)
        fix = page["corrections"][path]
        assert fix["value"] == CORRECTED_DUE and fix["original"] == PARSED_DUE and fix["stale"] is False
        assert [(h["original"], h["value"]) for h in page["correction_history"] if h["path"] == path] == [
            (PARSED_DUE, CORRECTED_DUE)]  # the parsed value stays in the history
        board = archive.action_board(db=db)["actions"]
        assert next(a for a in board if a["id"] == ACTION)["corrected"] == ["due"]

    corrected_everywhere()

    # Re-ingesting the same source changes nothing; another source of the meeting rebuilds its rows
    # from the sources, and the corrections are written over them again.
    assert archive.ingest([SOURCE], db=db).skipped == 1
    corrected_everywhere()
    assert archive.ingest([scan_of(SOURCE, tmp_path / "scan.txt")], db=db).ingested == 1
    assert len(archive.meeting("2023-11-17", db=db)["sources"]) == 2
    corrected_everywhere()

    # Withdrawn: the parsed value is back everywhere.
    page = archive.meeting_page(meeting["id"], db)
    for fix in page["corrections"].values():
        archive.revert_correction(meeting["id"], fix["id"], db)
    back = _everywhere(db)
    assert back["list"] == back["cli actions"] == back["cli meeting"] == back["csv"] == PARSED_DUE
    assert back["first by due"] is False and ACTION not in back["due before 2023-12-01"]
    assert _ics_start(db, "2023-11-17").time() == dt.time(8, 30)


def test_a_correction_made_before_they_were_written_into_the_rows_is_written_on_opening(sqlite_url):
    """Corrections stored by an older protokoll (state "pending" after 0005) reach the rows the next
    time the archive is opened."""
    from sqlalchemy import update

    from protokoll.store import tables as t

    archive.ingest(EXAMPLE_FILES, db=sqlite_url)
    meeting = archive.meeting("2023-11-17", db=sqlite_url)
    path = _action_path(meeting, ACTION) + ".due"
    archive.correct(meeting["id"], path, CORRECTED_DUE, None, "redaktör", sqlite_url)
    with archive.open_database(sqlite_url) as database, database.write() as session:
        # As an older protokoll left it: the parsed value in the row, the correction only in its table.
        session.execute(update(t.Action.__table__).where(t.Action.__table__.c.id == ACTION)
                        .values(due=dt.date.fromisoformat(PARSED_DUE)))
        session.execute(update(t.Correction.__table__).values(state="pending", parsed=None, target=None))
    assert next(a["due"] for a in archive.actions(db=sqlite_url) if a["id"] == ACTION) == CORRECTED_DUE
    page = archive.meeting_page(meeting["id"], sqlite_url)
    assert page["corrections"][path]["original"] == PARSED_DUE and page["corrections"][path]["stale"] is False


def test_search_finds_a_corrected_title_and_not_the_parsed_one_once_withdrawn(db_url):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    meeting = archive.meeting("2023-11-17", db=db_url)
    assert archive.search("cykelplan", db=db_url) and not archive.search("cykelstrategi", db=db_url)
    fix = archive.correct(meeting["id"], "items[2].title", "Regional cykelstrategi", None, "redaktör", db_url)
    assert [h["item"]["title"] for h in archive.search("cykelstrategi", db=db_url)] == ["Regional cykelstrategi"]
    archive.revert_correction(meeting["id"], fix["id"], db_url)
    assert not archive.search("cykelstrategi", db=db_url)
    titles = [h["item"]["title"] for h in archive.search("cykelplan", db=db_url)]
    assert "Regional cykelplan för nordvästra Skåne" in titles
