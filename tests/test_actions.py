"""The action tracker: stable ids, statuses with history, filters; statuses survive re-ingesting."""
import datetime as dt

import pytest

from archive_support import EXAMPLE_FILES, EXAMPLES, scan_of
from protokoll import archive
from protokoll.archive.actions import ActionRef, assign_ids, check_status
from protokoll.errors import NotInArchive

FEB = EXAMPLES / "2025-02-21_kommundirektorsmote.txt"


def test_new_actions_are_numbered_in_document_order_from_the_next_free_number():
    new = [ActionRef("Punkt", "att uppdra", "sekretariatet"), ActionRef("Punkt", "att be", "Bjuv")]
    assert assign_ids("2025-02-21", new, [], 1) == [("2025-02-21-1", 1), ("2025-02-21-2", 2)]
    assert assign_ids("2025-02-21", new, [], 7)[0] == ("2025-02-21-7", 7)


def test_a_re_merged_action_keeps_its_id_and_a_new_one_gets_a_fresh_number():
    old = [("2025-02-21-1", ActionRef("Energiåtgärder", "att uppdra till fastighetsnätverket att ta fram",
                                      "fastighetsnätverket")),
           ("2025-02-21-2", ActionRef("Solceller", "att Bjuv delar med sig", "Bjuvs kommun"))]
    new = [ActionRef("Solceller", "att Bjuv delar med sig.", "Bjuvs kommun"),
           ActionRef("Energiatgarder", "att uppdra till fastighetsnatverket att ta fram", "fastighetsnätverket"),
           ActionRef("Energiåtgärder", "att uppdra till sekretariatet", "sekretariatet")]
    assert assign_ids("2025-02-21", new, old, 3) == [("2025-02-21-2", 2), ("2025-02-21-1", 1), ("2025-02-21-3", 3)]


def test_only_the_three_statuses_exist():
    assert [check_status(s) for s in ("open", "done", "cancelled")] == ["open", "done", "cancelled"]
    with pytest.raises(ValueError):
        check_status("closed")


def test_every_action_gets_an_id_an_open_status_and_a_first_event(db_url):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    found = archive.actions(db=db_url)
    assert len(found) == len({a["id"] for a in found}) == 15
    assert all(a["status"] == "open" and [e["status"] for e in a["history"]] == ["open"] for a in found)
    gym = next(a for a in found if a["assignee"] == "Gymnasiechefsnätverket")
    assert gym["id"].startswith("2025-02-21-") and gym["due"] == "2025-05-23"
    assert gym["meeting"]["date"] == "2025-02-21" and gym["item"]["title"] and gym["decision"]["kind"] == "assignment"


def test_done_cancel_and_reopen_are_recorded_with_notes(db_url):
    archive.ingest([FEB], db=db_url)
    first, second = [a["id"] for a in archive.actions(db=db_url)][:2]
    assert archive.set_action_status(first, "done", "klart i maj", db=db_url)["status"] == "done"
    archive.set_action_status(second, "cancelled", "inte aktuellt längre", db=db_url)
    archive.set_action_status(second, "open", db=db_url)
    found = {a["id"]: a for a in archive.actions(db=db_url)}
    assert [(e["status"], e["note"]) for e in found[first]["history"]] == [
        ("open", "ur protokollet från 2025-02-21"), ("done", "klart i maj")]
    assert [e["status"] for e in found[second]["history"]] == ["open", "cancelled", "open"]
    assert {a["id"] for a in archive.actions(open_only=True, db=db_url)} == set(found) - {first}
    assert [a["id"] for a in archive.actions(status="done", db=db_url)] == [first]


def test_an_unknown_id_is_not_in_the_archive(db_url):
    archive.ingest([FEB], db=db_url)
    with pytest.raises(NotInArchive) as caught:
        archive.set_action_status("2099-01-01-1", "done", db=db_url)
    assert caught.value.exit_code == 6


def test_filters_by_assignee_and_due_date(db_url):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    secretariat = archive.actions(assignee="SEKRETARIATSCHEF", db=db_url)
    assert secretariat and all("sekretariatschef" in a["assignee"].lower() for a in secretariat)
    due = archive.actions(due_before=dt.date(2024, 1, 1), db=db_url)
    assert [(a["assignee"], a["due"]) for a in due] == [("varje kommundirektör", "2023-12-08")]


def test_statuses_survive_reingesting_and_a_new_source_of_the_same_meeting(db_url, tmp_path):
    archive.ingest([FEB], db=db_url)
    before = archive.actions(db=db_url)
    done = before[0]["id"]
    archive.set_action_status(done, "done", "klart", db=db_url)
    archive.ingest([FEB], db=db_url)  # the same file: skipped
    scan = scan_of(FEB, tmp_path / "scan.txt")
    assert archive.ingest([scan], db=db_url).ingested == 1  # another source: the meeting is merged again
    after = archive.actions(db=db_url)
    assert [(a["id"], a["assignee"]) for a in after] == [(a["id"], a["assignee"]) for a in before]
    status = {a["id"]: a["status"] for a in after}
    assert status[done] == "done" and list(status.values()).count("done") == 1
    assert len(archive.meetings(db=db_url)[0]["sources"]) == 2
