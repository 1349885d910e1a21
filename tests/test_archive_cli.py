"""The archive's commands, end to end: the issue's "Checked by" list over the real seed minutes
(skipped where ../shared/seeds is absent) and the same kind of checks over the bundled examples,
each against SQLite and PostgreSQL; plus errors, exit codes and help texts."""
import json
import re
from pathlib import Path

import click
import pytest
import typer
from typer.testing import CliRunner

from archive_support import (EXAMPLE_FILES, EXAMPLES, council_minutes, gold_actions, later_meeting, scan_of, snapshot,
                             unmatched_gold)
from conftest import ROOT, SHARED
from protokoll.cli import app

runner = CliRunner()
ARCHIVE_COMMANDS = ["ingest", "meetings", "meeting", "people", "attendance", "actions", "search", "export"]


def cli(url: str, *args, code: int = 0):
    result = runner.invoke(app, [str(a) for a in args], env={"PROTOKOLL_DB": url})
    assert result.exit_code == code, result.output
    return result


def as_json(url: str, *args):
    return json.loads(cli(url, *args, "--json").stdout)


def person(found: list[dict], name: str) -> dict:
    matches = [p for p in found if name in p["names"]]
    assert len(matches) == 1, matches
    return matches[0]


def periods(p: dict) -> list[tuple]:
    return [(m["municipality"], m["from"][:4], m["to"][:4]) for m in p["memberships"]]


def test_checked_by_on_the_seed_minutes(db_url, seeds_dir):
    report = as_json(db_url, "ingest", seeds_dir)
    assert report == {"ingested": 5, "skipped": 0, "failed": []}

    meetings = as_json(db_url, "meetings")
    assert [m["date"] for m in meetings] == ["2024-04-19", "2025-06-13", "2025-09-19", "2026-03-27"]
    april = meetings[0]
    assert len(april["sources"]) == 2 and april["number"] == 4

    people = as_json(db_url, "people")
    christer = person(people, "Christer Paulsson")
    assert set(christer["names"]) == {"Christer Paulsson", "Christer Pålsson"}
    assert set(person(people, "Herman Crespin")["names"]) == {"Herman Crespin", "Herman Crespín"}
    assert person(people, "Herman Crespín") == person(people, "Herman Crespin")
    assert periods(person(people, "Elin Ask")) == [("Perstorp", "2024", "2024"), ("Ängelholm", "2025", "2026")]

    open_actions = as_json(db_url, "actions", "--open")
    for date, gold in gold_actions(SHARED / "gold").items():
        mine = [a for a in open_actions if a["meeting"]["date"] == date]
        assert unmatched_gold(gold, mine) == [], date

    hits = as_json(db_url, "search", "krisberedskap")
    assert {h["meeting"]["date"] for h in hits} >= {"2025-06-13", "2025-09-19"}
    assert {"Civilt försvar och krisberedskap", "Krisberedskapsrådet"} <= {h["item"]["title"] for h in hits}
    assert [h["item"]["title"] for h in as_json(db_url, "search", "krisberedskapsradet")][:1] == ["Krisberedskapsrådet"]

    ics = cli(db_url, "export", "--format", "ics").stdout
    from test_export import events

    by_day = events(ics)
    schedule_2026 = ["2026-01-23", "2026-02-27", "2026-03-27", "2026-04-17", "2026-05-22", "2026-08-21",
                     "2026-09-25", "2026-10-23", "2026-11-20", "2026-12-11"]
    assert all(len(by_day.get(d, [])) == 1 for d in schedule_2026)
    assert [d for d in schedule_2026 if str(by_day[d][0]["x-protokoll-status"]) == "held"] == ["2026-03-27"]

    before = snapshot(db_url)
    assert as_json(db_url, "ingest", seeds_dir) == {"ingested": 0, "skipped": 5, "failed": []}
    assert snapshot(db_url) == before


def test_seed_links_between_meetings(db_url, seeds_dir):
    cli(db_url, "ingest", seeds_dir)
    september = as_json(db_url, "meeting", "2025-09-19")
    report_back = next(i for i in september["items"] if i["title"].startswith("Återrapportering"))
    assert report_back["refers_to"]["date"] == "2025-06-13"
    assert report_back["refers_to"]["item"]["title"] == "Återrapportering kring arbetet med ny/fördjupad samverkan"
    june = as_json(db_url, "meeting", "2025-06-13")
    explicit = next(i for i in june["items"] if i["title"].startswith("Återrapportering"))
    assert explicit["refers_to"] == {"kind": "explicit", "text": "kommundirektörsmötet den 28 februari",
                                     "date": "2025-02-28", "meeting_id": None, "in_archive": False}
    assert [s["held"] for s in june["scheduled_meetings"]].count(True) == 1
    assert as_json(db_url, "meeting", "2026-03-27")["scheduled_by"][0]["date"] == "2025-06-13"


def test_checked_by_on_the_examples(db_url, tmp_path):
    scan = scan_of(EXAMPLES / "2025-02-21_kommundirektorsmote.txt", tmp_path / "scan_2025-02-21.txt")
    later = later_meeting(tmp_path / "2027-01-22.txt")
    report = as_json(db_url, "ingest", EXAMPLES, scan, later)
    assert report == {"ingested": 6, "skipped": 0, "failed": []}

    meetings = as_json(db_url, "meetings")
    assert [m["date"] for m in meetings] == ["2023-11-17", "2024-10-18", "2025-02-21", "2026-11-20", "2027-01-22"]
    february = meetings[2]
    assert len(february["sources"]) == 2 and february["number"] == 2
    assert february["sources"][0]["path"].endswith("2025-02-21_kommundirektorsmote.txt")  # the better one first

    people = as_json(db_url, "people")
    assert set(person(people, "Karin Ödman")["names"]) == {"Karin Ödman", "Karin Ödmann"}
    assert periods(person(people, "Patrik Ljungberg")) == [("Svalöv", "2023", "2026"), ("Bjuv", "2027", "2027")]
    assert periods(person(people, "Henrik Sjöö")) == [("Bjuv", "2025", "2026"), ("Svalöv", "2027", "2027")]

    open_actions = as_json(db_url, "actions", "--open")
    for date, gold in gold_actions(EXAMPLES / "gold").items():
        assert unmatched_gold(gold, [a for a in open_actions if a["meeting"]["date"] == date]) == [], date

    hits = as_json(db_url, "search", "handlingsplan")
    assert {h["meeting"]["date"] for h in hits} >= {"2024-10-18", "2026-11-20"}
    assert all("<mark>" in h["snippet"] for h in hits)

    from test_export import events

    by_day = events(cli(db_url, "export", "--format", "ics").stdout)
    assert str(by_day["2027-01-22"][0]["x-protokoll-status"]) == "held"
    assert len([d for d in by_day if d.startswith("2027-")]) == 10

    january = as_json(db_url, "meeting", "2027-01-22")
    explicit = next(i for i in january["items"] if i["title"] == "Projektplan för traineegrupp 21")
    assert explicit["refers_to"]["date"] == "2026-11-20" and explicit["refers_to"]["in_archive"]
    assert explicit["refers_to"]["item"]["title"] == "Projektplan för traineegrupp 21"
    follow_up = next(i for i in january["items"] if i["title"].startswith("Uppföljning"))
    assert follow_up["refers_to"]["kind"] == "report-back" and follow_up["refers_to"]["date"] == "2026-11-20"

    before = snapshot(db_url)
    assert as_json(db_url, "ingest", EXAMPLES, scan, later) == {"ingested": 0, "skipped": 6, "failed": []}
    assert snapshot(db_url) == before


def _two_sources_of_the_council_meeting() -> tuple:
    """The council minutes read from text with some values missed, and a scan of them that has those."""
    from protokoll.model import SourceFile

    full = council_minutes()
    text = full.model_copy(deep=True)
    text.secretary, text.adjusters = None, []
    text.attendees[1] = text.attendees[1].model_copy(update={"party": None, "note": None})
    item = text.items[0]
    item.case_number, item.label = None, None
    decision = item.decisions[0]
    decision.recipients, decision.reservations = [], []
    decision.votes[0] = decision.votes[0].model_copy(update={"no_means": None, "abstain": None, "ballots": []})
    scan = full.model_copy(update={"source_file": SourceFile(path="ks-scan.pdf", sha256="d" * 64, pages=4,
                                                            methods=["ocr"] * 4, ocr_confidence=[80.0] * 4)})
    return full, text, scan


def test_meeting_and_export_show_roles_votes_and_case_numbers_merged_from_two_sources(db_url):
    from protokoll.archive.ingest import save
    from protokoll.store.db import open_database

    full, text, scan = _two_sources_of_the_council_meeting()
    with open_database(db_url) as database:
        for source in (text, scan):
            with database.write() as session:
                save(session, source)
    meeting = as_json(db_url, "meeting", "2025-03-11")
    assert [s["path"] for s in meeting["sources"]] == ["ks-2025-03-11.pdf", "ks-scan.pdf"]  # text first
    expected = full.to_json()
    for name in ("chair", "secretary", "adjusters"):
        assert meeting[name] == expected[name], name
    assert [{k: a[k] for k in ("name", "role", "party", "note", "status")} for a in meeting["attendees"]] == [
        {k: a[k] for k in ("name", "role", "party", "note", "status")} for a in expected["attendees"]]
    item = meeting["items"][0]
    assert (item["label"], item["case_number"]) == ("§ 131", "KS 2025/0102")
    assert item["subitems"][0]["case_number"] == "KS 2025/0103"
    decision, wanted = item["decisions"][0], expected["items"][0]["decisions"][0]
    for name in ("votes", "reservations", "recipients"):
        assert decision[name] == wanted[name], name
    exported = json.loads(cli(db_url, "export", "--format", "json").stdout)
    assert exported["meetings"] == [meeting]


def test_done_with_a_note_and_cancel(sqlite_url):
    cli(sqlite_url, "ingest", EXAMPLE_FILES[0])
    first, second = [a["id"] for a in as_json(sqlite_url, "actions")][:2]
    assert cli(sqlite_url, "actions", "done", first, "--note", "klart").stdout == f"{first}: klar\n"
    cli(sqlite_url, "actions", "cancel", second)
    assert first not in {a["id"] for a in as_json(sqlite_url, "actions", "--open")}
    history = as_json(sqlite_url, "actions", "--status", "done")[0]["history"]
    assert [(e["status"], e["note"]) for e in history][-1] == ("done", "klart")
    assert as_json(sqlite_url, "actions", "--due-before", "2023-12-31")[0]["assignee"] == "varje kommundirektör"
    assert as_json(sqlite_url, "actions", "--assignee", "Sekretariatschefen")
    third = as_json(sqlite_url, "actions", "--open")[0]["id"]
    result = runner.invoke(app, ["actions", "--db", sqlite_url, "reopen", first])  # --db before the sub-command
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["actions", "done", third, "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert {a["id"] for a in as_json(sqlite_url, "actions", "--status", "done")} == {third}


def test_views_print_text_without_json(sqlite_url):
    cli(sqlite_url, "ingest", EXAMPLES)
    meetings = cli(sqlite_url, "meetings").stdout
    assert "2023-11-17" in meetings and "ärenden" in meetings and "närvarande" in meetings
    assert not re.search(r"\b(items|present|source)\b", meetings)
    assert "Karin Ödman: Åstorp" in cli(sqlite_url, "people").stdout
    table = cli(sqlite_url, "attendance", "--year", "2025").stdout
    assert "Örkelljunga" in table and "02-21" in table and "2023" not in table
    assert "åtgärd 2025-02-21-1 [öppen]" in cli(sqlite_url, "meeting", "2025-02-21").stdout
    assert "handlingsplan" in cli(sqlite_url, "search", "handlingsplan").stdout.lower()
    assert cli(sqlite_url, "actions").stdout.count("öppen") == 15
    matrix = as_json(sqlite_url, "attendance", "--year", "2025")
    assert [m["date"] for m in matrix["meetings"]] == ["2025-02-21"]
    klippan = next(r for r in matrix["rows"] if r["municipality"] == "Klippan")
    assert [[(c["name"], c["status"]) for c in cell] for cell in klippan["cells"]] == [[("Sofia Bergkvist", "absent")]]
    assert klippan["cells"][0][0]["person_id"] is not None


def test_export_to_a_file(sqlite_url, tmp_path):
    cli(sqlite_url, "ingest", EXAMPLE_FILES[0])
    out = tmp_path / "archive.csv"
    assert cli(sqlite_url, "export", "--format", "csv", "-o", out).stdout == ""
    assert out.read_text(encoding="utf-8").startswith("meeting_date,")
    cli(sqlite_url, "export", "--format", "pdf", code=2)


@pytest.mark.parametrize("args, code, fragment", [
    (["meeting", "2020-01-01"], 6, "2020-01-01: inget möte det datumet"),
    (["actions", "done", "2099-01-01-9"], 6, "2099-01-01-9: ingen åtgärd med det id:t"),
])
def test_not_in_the_archive_is_one_line_and_exit_6(sqlite_url, args, code, fragment):
    from protokoll.store.db import open_database

    open_database(sqlite_url).close()  # an archive with nothing in it
    result = cli(sqlite_url, *args, code=code)
    assert result.stdout == "" and result.stderr.strip() == f"protokoll: {fragment} i arkivet"


def test_bad_arguments_are_usage_errors(sqlite_url):
    cli(sqlite_url, "meeting", "last friday", code=2)
    cli(sqlite_url, "actions", "--due-before", "soon", code=2)
    cli(sqlite_url, "actions", "--status", "closed", code=2)


def test_an_unusable_database_is_one_line_and_exit_7(tmp_path):
    result = cli(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}", "meetings", code=7)
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("protokoll: sqlite:///")
    result = cli("postgresql://someone:secret@127.0.0.1:1/none", "meetings", code=7)
    assert "secret" not in result.stderr and "Traceback" not in result.output


def test_a_failing_file_is_reported_and_the_others_are_ingested(sqlite_url, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = cli(sqlite_url, "ingest", "--json", bad, EXAMPLE_FILES[0], tmp_path / "missing.txt", code=3)
    report = json.loads(result.stdout)
    assert report["ingested"] == 1
    assert [f["path"] for f in report["failed"]] == [str(tmp_path / "missing.txt"), str(bad)]
    assert f"protokoll: {bad}: filen är tom" in result.stderr.splitlines()


def _commands() -> list[click.Command]:
    root = typer.main.get_command(app)
    out = []
    for name in ARCHIVE_COMMANDS:
        command = root.commands[name]
        out.append(command)
        if isinstance(command, click.Group):
            out += list(command.commands.values())
    return out


def test_every_archive_command_and_option_has_help_and_the_readme_documents_them():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in _commands():
        assert (command.help or "").strip(), command.name
        for param in command.params:
            if isinstance(param, click.Option) or getattr(param, "help", None) is not None:
                assert (param.help or "").strip(), f"{command.name} {param.name}"
    for name in ARCHIVE_COMMANDS + ["actions done", "PROTOKOLL_DB", "bench/archive.py"]:
        assert f"protokoll {name}" in readme or name in readme, name
    assert Path(ROOT / "bench" / "archive.py").is_file()


# Every command that takes --db, with arguments that get it as far as opening the archive; only ``ingest``,
# ``serve --create``, ``demo`` (its own new archive) and ``restore`` (a backup into a new file) create one.
READING_COMMANDS = {
    "meetings": [], "meeting": ["2024-01-01"], "people": [], "attendance": [], "actions": [],
    "actions done": ["2024-01-01-1"], "actions cancel": ["2024-01-01-1"], "actions reopen": ["2024-01-01-1"],
    "search": ["budget"], "export json": ["--format", "json"], "export csv": ["--format", "csv"],
    "export ics": ["--format", "ics"], "draft": ["--body", "Styrelsen"], "remind": ["--dry-run"],
    "user add": ["ny", "--password", "ett-långt-lösen"], "user passwd": ["ny", "--password", "ett-långt-lösen"],
    "user revoke": ["ny"], "backup": ["kopia.db"], "serve": [],
}
CREATING_COMMANDS = {"ingest", "demo", "restore"}


def _commands_with_db(group, prefix: str = "") -> set[str]:
    found = set()
    for name, command in group.commands.items():
        if hasattr(command, "commands"):  # a group (Typer's own, not always a click.Group)
            found |= _commands_with_db(command, f"{prefix}{name} ")
            if any("--db" in p.opts for p in command.params):  # `actions` itself lists
                found.add(prefix + name)
        elif any("--db" in getattr(p, "opts", ()) for p in command.params):
            found.add(prefix + name)
    return found


def test_every_command_with_a_db_is_checked_for_a_missing_archive():
    listed = {name.split(" ")[0] if name.startswith("export") else name for name in READING_COMMANDS}
    assert _commands_with_db(typer.main.get_command(app)) == listed | CREATING_COMMANDS


@pytest.mark.parametrize("name", READING_COMMANDS)
def test_a_typo_in_db_is_no_new_empty_archive(tmp_path, monkeypatch, name):
    """Regression: reading commands on a path with no archive made an empty one and reported nothing:
    every one says so in Swedish and exits 7, and no file is made."""
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "protokol.db"
    words = name.split(" ")
    command = words if words[0] != "export" else words[:1]
    result = cli(f"sqlite:///{missing}", *command, *READING_COMMANDS[name], code=7)
    assert "inget arkiv på den här sökvägen" in result.stderr and not missing.exists()


def test_serve_refuses_a_missing_archive_unless_asked_to_create_one(tmp_path):
    from typer.testing import CliRunner

    from protokoll.cli import app

    missing = tmp_path / "arkiv.db"
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 7 and "inget arkiv på den här sökvägen" in result.output and not missing.exists()
