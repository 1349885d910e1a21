"""Reminders: digests of the open tasks due soon or overdue, printed (dry run) or sent to a local SMTP
server (aiosmtpd) started by the test."""
import datetime as dt
import email
import email.policy
import json
import socket

import pytest
from typer.testing import CliRunner

from protokoll import archive
from protokoll.cli import app
from protokoll.cycle import remind
from protokoll.errors import MailFailed, UnreadableInput

TODAY = "2026-05-15"  # the HR network's task (2026-05-22) is due in 7 days; the 2024 task is overdue
HR, PLAN = "2026-03-27-3", "2024-04-19-3"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    url = f"sqlite:///{tmp_path_factory.mktemp('remind') / 'seeds.db'}"
    assert archive.ingest(sorted(seeds_dir.glob("*.txt")), db=url).ingested == 5
    return url


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "adresser.toml"
    path.write_text('[[recipient]]\nname = "HR-chefsnätverket"\nemail = "hr@example.se"\n\n'
                    '[[recipient]]\nname = "Planeringsnätverket"\nemail = ["plan@example.se", "ordf@example.se"]\n'
                    'aliases = ["Nätverket för strategisk samhällsplanering"]\n', encoding="utf-8")
    return path


def run(*args, env=None):
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def test_dry_run_lists_the_tasks_per_assignee(seeds_db):
    result = run("remind", "--dry-run", "--today", TODAY, "--db", seeds_db)
    assert result.exit_code == 0, result.output
    assert "Ingen adress för HR-chefsnätverket" in result.stdout
    assert "Ingen adress för nätverket för strategisk samhällsplanering" in result.stdout
    assert f"[{HR}]" in result.stdout and f"[{PLAN}]" in result.stdout
    # a task due after the horizon is left out
    result = run("remind", "--dry-run", "--today", TODAY, "--days", "3", "--db", seeds_db, "--json")
    report = json.loads(result.stdout)
    assert [d["overdue"] + d["upcoming"] for d in report["without_address"]] == [[PLAN]]


def test_dry_run_prints_the_mails(seeds_db, book):
    result = run("remind", "--dry-run", "--today", TODAY, "--db", seeds_db, "--addresses", book)
    assert result.exit_code == 0, result.output
    assert "Till: hr@example.se" in result.stdout and "Till: plan@example.se, ordf@example.se" in result.stdout
    assert "Ingen adress" not in result.stdout


def test_digests_split_overdue_and_upcoming():
    actions = [{"id": "a", "assignee": "Nätverket", "due": "2026-05-01", "status": "open"},
               {"id": "b", "assignee": "natverket", "due": "2026-05-20", "status": "open"},
               {"id": "c", "assignee": "Nätverket", "due": "2026-06-30", "status": "open"},
               {"id": "d", "assignee": "Nätverket", "due": None, "status": "open"},
               {"id": "e", "assignee": "Nätverket", "due": "2026-05-02", "status": "done"}]
    book = remind.AddressBook([remind.Recipient("Nätverket", ["n@example.se"])])
    (digest,) = remind.digests(actions, book, dt.date(2026, 5, 15), 14)
    assert [a["id"] for a in digest.overdue] == ["a"] and [a["id"] for a in digest.upcoming] == ["b"]
    assert digest.emails == ["n@example.se"]


@pytest.fixture
def smtp_server():
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")

    class Handler:
        def __init__(self):
            self.mails = []

        async def handle_DATA(self, server, session, envelope):
            self.mails.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=email.policy.default)))
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = Handler()
    controller = aiosmtpd.Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


def test_mails_reach_a_local_smtp_server(seeds_db, book, smtp_server):
    handler, port = smtp_server
    env = {"PROTOKOLL_SMTP_HOST": "127.0.0.1", "PROTOKOLL_SMTP_PORT": str(port),
           "PROTOKOLL_SMTP_FROM": "Protokoll <protokoll@example.se>"}
    result = run("remind", "--today", TODAY, "--db", seeds_db, "--addresses", book, env=env)
    assert result.exit_code == 0, result.output
    assert "Skickade 2 påminnelser" in result.stdout
    by_rcpt = {tuple(sorted(r)): m for r, m in handler.mails}
    assert set(by_rcpt) == {("hr@example.se",), ("ordf@example.se", "plan@example.se")}
    hr = by_rcpt[("hr@example.se",)]
    assert hr["Subject"] == "Påminnelse om uppdrag: 1 med snart slutdatum"
    assert f"[{HR}]" in hr.get_content() and "Tema Potentialutredningen" in hr.get_content()
    plan = by_rcpt[("ordf@example.se", "plan@example.se")]
    assert "försenade" in plan["Subject"] and f"[{PLAN}]" in plan.get_content()


def test_unreachable_server_and_missing_settings_exit_9(seeds_db, book):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    env = {"PROTOKOLL_SMTP_HOST": "127.0.0.1", "PROTOKOLL_SMTP_PORT": str(closed), "PROTOKOLL_SMTP_FROM": "p@example.se"}
    result = run("remind", "--today", TODAY, "--db", seeds_db, "--addresses", book, env=env)
    assert result.exit_code == MailFailed.exit_code == 9 and f"smtp://127.0.0.1:{closed}" in result.stderr
    result = run("remind", "--today", TODAY, "--db", seeds_db, "--addresses", book,
                 env={"PROTOKOLL_SMTP_HOST": "", "PROTOKOLL_SMTP_FROM": ""})
    assert result.exit_code == 9 and "PROTOKOLL_SMTP_HOST" in result.stderr


def test_bad_address_book_exit_3(seeds_db, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[recipient]]\nname = "X"\nemail = "ingen-adress"\n', encoding="utf-8")
    result = run("remind", "--dry-run", "--db", seeds_db, "--addresses", bad)
    assert result.exit_code == UnreadableInput.exit_code and str(bad) in result.stderr
