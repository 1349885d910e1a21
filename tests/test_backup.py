"""Backup and restore of a SQLite archive: every meeting, action status, correction and user comes back."""
from __future__ import annotations

from typer.testing import CliRunner

from archive_support import EXAMPLE_FILES, snapshot
from protokoll import archive
from protokoll.cli import app
from protokoll.store.db import open_database
from protokoll.archive import users
from protokoll.web import service

RUNNER = CliRunner()


def test_backup_then_restore_into_an_empty_archive_keeps_everything(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.db'}"
    archive.ingest(EXAMPLE_FILES, db=url)
    action = archive.actions(db=url)[0]
    archive.set_action_status(action["id"], "done", "klart enligt protokoll", db=url)
    database = open_database(url)
    with database.write() as session:
        users.add_user(session, "sekreterare", "ett-langt-losenord", "editor")
    meeting = archive.meetings(db=database)[0]
    service.correct(database, meeting["id"], "location", "Stadshuset, sal 2", "rättat", "sekreterare")
    database.close()

    backup_file = tmp_path / "archive.backup"
    result = RUNNER.invoke(app, ["backup", str(backup_file), "--db", url])
    assert result.exit_code == 0, result.output
    restored = f"sqlite:///{tmp_path / 'restored.db'}"
    result = RUNNER.invoke(app, ["restore", str(backup_file), "--db", restored])
    assert result.exit_code == 0, result.output

    before, after = snapshot(url), snapshot(restored)
    for table in ("meetings", "actions", "web_corrections", "web_users"):
        assert after[table] and after[table] == before[table], table
    assert after == before
    done = [a for a in archive.actions(db=restored) if a["id"] == action["id"]]
    assert done and done[0]["status"] == "done"


def test_restore_refuses_an_archive_that_has_meetings_and_a_file_that_is_no_backup(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.db'}"
    archive.ingest(EXAMPLE_FILES[:1], db=url)
    backup_file = tmp_path / "b.backup"
    assert RUNNER.invoke(app, ["backup", str(backup_file), "--db", url]).exit_code == 0
    result = RUNNER.invoke(app, ["restore", str(backup_file), "--db", url])
    assert result.exit_code == 7 and "har redan möten" in result.output
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a database at all" * 100)
    result = RUNNER.invoke(app, ["restore", str(junk), "--db", f"sqlite:///{tmp_path / 'new.db'}"])
    assert result.exit_code == 7 and "ingen säkerhetskopia från Protokoll" in result.output


def test_postgresql_archives_are_pointed_to_pg_dump(tmp_path):
    result = RUNNER.invoke(app, ["backup", str(tmp_path / "x.backup"), "--db", "postgresql+psycopg://u@127.0.0.1/none"])
    assert result.exit_code == 7 and "pg_dump" in result.output


def test_user_revoke_from_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'users.db'}"
    open_database(url).close()  # `user add` adds to an archive, it makes none
    result = RUNNER.invoke(app, ["user", "add", "kassor", "--password", "ett-langt-losenord", "--db", url])
    assert result.exit_code == 0, result.output
    database = open_database(url)
    with database.read() as session:
        before = users.user_by_id(session, 1)["generation"]
    database.close()
    assert RUNNER.invoke(app, ["user", "revoke", "kassor", "--db", url]).exit_code == 0
    database = open_database(url)
    with database.read() as session:
        assert users.user_by_id(session, 1)["generation"] == before + 1
    database.close()
    result = RUNNER.invoke(app, ["user", "revoke", "ingen", "--db", url])
    assert result.exit_code == 6 and "ingen användare heter" in result.output
