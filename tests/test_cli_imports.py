"""Commands import only what they use (issue 12): ``protokoll parse`` (and trace, schema, exit-codes, --help)
never load the archive, SQL, the web app, calendars, signing, rendering or Dask; the archive's commands never
load the web app. Each case runs in a fresh interpreter, invokes the command through Typer and lists the
forbidden modules that ended up in ``sys.modules``."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import EXAMPLES

# Top-level packages, and our own modules (by prefix), that the parse path must not import.
FORBIDDEN = ("sqlalchemy", "alembic", "fastapi", "starlette", "jinja2", "uvicorn", "icalendar", "pyhanko",
             "reportlab", "docx", "distributed", "dask", "argon2",
             "protokoll.archive", "protokoll.store", "protokoll.web.app", "protokoll.cycle.sign",
             "protokoll.cycle.render", "protokoll.scale")
WEB = ("fastapi", "starlette", "jinja2", "uvicorn", "protokoll.web.app")

PROBE = """
import json, sys
from typer.testing import CliRunner
from protokoll.cli import app
result = CliRunner().invoke(app, sys.argv[2:])
names = json.loads(sys.argv[1])
loaded = sorted(m for m in sys.modules if any(m == n or m.startswith(n + ".") for n in names))
print(json.dumps({"exit_code": result.exit_code, "output": result.output, "loaded": loaded}))
"""


def loaded_by(names: tuple[str, ...], *args) -> dict:
    """Run ``protokoll ARGS`` in a new interpreter; which of ``names`` (and their submodules) it imported."""
    env = {**os.environ, "COLUMNS": "100"}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(names), *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


EXAMPLE = sorted(EXAMPLES.glob("*.txt"))[0]


@pytest.mark.parametrize("args", [("parse", "--json", EXAMPLE), ("parse", EXAMPLE), ("schema",), ("exit-codes",),
                                  ("trace", EXAMPLE, "items[0]"), ("--help",)], ids=lambda a: " ".join(getattr(x, "name", x) for x in a))
def test_parse_and_its_kin_import_no_archive_web_or_heavy_extras(args):
    run = loaded_by(FORBIDDEN, *args)
    assert run["exit_code"] == 0, run["output"]
    assert run["loaded"] == []


def test_help_still_lists_every_command():
    run = loaded_by((), "--help")
    for name in ("parse", "trace", "schema", "exit-codes", "backup", "restore", "ingest", "meetings", "meeting",
                 "people", "attendance", "search", "export", "render", "sign", "verify", "draft", "remind",
                 "serve", "demo", "actions", "user"):
        assert f" {name} " in run["output"], name


# What reading an SQLite archive's meetings or search hits must not load (issue 12): they are read with
# the sqlite3 module alone (protokoll.store.sqlite), not through SQLAlchemy and the ORM's tables; and the
# launcher's short path loads no record model either (the Typer app does, for its own options).
ORM = ("sqlalchemy", "alembic", "protokoll.store.tables", "protokoll.store.db", "protokoll.store.mapping",
       "protokoll.archive.queries", "protokoll.archive.corrections", "protokoll.archive.actions",
       "protokoll.archive.assignees", "protokoll.archive.ingest")
RECORD = ("pydantic", "protokoll.model")


def test_archive_commands_load_the_archive_but_not_the_web_app(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.db'}"
    from typer.testing import CliRunner

    from protokoll.cli import app

    assert CliRunner().invoke(app, ["ingest", str(EXAMPLE), "--db", db]).exit_code == 0
    run = loaded_by(WEB + ("sqlalchemy", "alembic", "icalendar"), "actions", "--db", db)  # alembic: the archive is current
    assert run["exit_code"] == 0, run["output"]
    assert "sqlalchemy" in run["loaded"]  # the probe sees what a command imports
    assert [m for m in run["loaded"] if not m.startswith("sqlalchemy")] == []
    for args in (("meetings", "--db", db), ("search", "budget", "--db", db)):
        run = loaded_by(WEB + ORM + ("icalendar",), *args)
        assert run["exit_code"] == 0, run["output"]
        assert run["loaded"] == [], args


# --- the launcher's short path (protokoll.launch) ------------------------------------------------------

def _run(cmd: list[str], env: dict | None = None) -> tuple[int, str, str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "COLUMNS": "100", **(env or {})})
    return done.returncode, done.stdout, done.stderr


TYPER_APP = "from protokoll.cli import app; app(prog_name='protokoll')"
SHORT_PATH_FORBIDDEN = ("typer", "click", "rich", "protokoll.cli", "protokoll.archive_cli")


def _loaded_by_launch(names: tuple[str, ...], *args) -> list[str]:
    probe = ("import json, runpy, sys\nnames = json.loads(sys.argv.pop(1))\nsys.argv[0] = 'protokoll'\n"
             "import atexit\natexit.register(lambda: print('LOADED ' + json.dumps(sorted(m for m in sys.modules "
             "if any(m == n or m.startswith(n + '.') for n in names)))))\n"
             "runpy.run_module('protokoll', run_name='__main__')")
    code, out, err = _run([sys.executable, "-c", probe, json.dumps(names), *map(str, args)])
    assert code == 0, err
    return json.loads(out.rsplit("LOADED ", 1)[1])


# Loaded by the parser only where a text needs it (read.text: a warning about undecodable bytes).
PARSE_RARELY = ("logging",)


def test_the_short_path_of_parse_builds_no_typer_app_and_loads_no_archive():
    assert _loaded_by_launch(FORBIDDEN + SHORT_PATH_FORBIDDEN + PARSE_RARELY, "parse", "--json", EXAMPLE) == []


def test_the_short_path_of_search_and_meetings_loads_no_parser(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert _run([sys.executable, "-m", "protokoll", "ingest", str(EXAMPLE), "--db", db])[0] == 0
    unused = WEB + SHORT_PATH_FORBIDDEN + ("protokoll.pipeline", "protokoll.parse.minutes", "protokoll.vocab.labels",
                                           "rapidfuzz", "argon2", "icalendar")
    for args in (("meetings", "--json", "--db", db), ("search", "budget", "--json", "--db", db)):
        assert _loaded_by_launch(unused, *args) == [], args


def test_the_short_path_of_search_and_meetings_reads_sqlite_without_sqlalchemy_or_rich(tmp_path):
    """On an SQLite archive the plain search and meetings read with sqlite3 alone, and print to a pipe
    without rich (protokoll.plainprint): no SQLAlchemy, ORM, record model or rich in the process."""
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert _run([sys.executable, "-m", "protokoll", "ingest", str(EXAMPLE), "--db", db])[0] == 0
    for args in (("search", "budget", "--db", db), ("search", "budget", "--json", "--limit", "3", "--db", db),
                 ("meetings", "--db", db), ("meetings", "--json", "--db", db)):
        assert _loaded_by_launch(ORM + RECORD + ("rich",), *args) == [], args
    # an archive with something to write first (here: an action stored without its assignee key, as
    # before 0006) is opened through SQLAlchemy, which writes it; then it is read without again
    import sqlite3

    with sqlite3.connect(tmp_path / "a.db") as connection:
        assert connection.execute("UPDATE actions SET assignee_key = NULL").rowcount > 0
    assert "sqlalchemy" in _loaded_by_launch(("sqlalchemy",), "search", "budget", "--db", db)
    assert _loaded_by_launch(("sqlalchemy",), "search", "budget", "--db", db) == []


def test_the_short_path_prints_what_the_typer_app_prints(tmp_path):
    """Same standard out, standard error and exit code, for the plain forms and for lines the short path
    leaves to Typer (which the launcher hands over)."""
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert _run([sys.executable, "-m", "protokoll", "ingest", str(EXAMPLES), "--db", db])[0] == 0
    lines = [("parse", EXAMPLE), ("parse", "--json", "--provenance", EXAMPLE, tmp_path / "missing.txt"),
             ("search", "budget", "--db", db), ("search", "--limit", "3", "--json", "budget", "--db", db),
             ("search", "ingenting", "--db", db), ("meetings", "--db", db), ("meetings", "--json", "--limit", "2"),
             ("search", "budget", "--limit", "0", "--db", db), ("parse", "--json"), ("parse", "--ocr", "x", EXAMPLE)]
    for args in lines:
        args = [str(a) for a in args]
        env = {"PROTOKOLL_DB": db}
        assert _run([sys.executable, "-m", "protokoll", *args], env) == \
               _run([sys.executable, "-c", TYPER_APP, *args], env), args


def test_the_typer_app_loads_its_rich_help_only_for_help_and_errors():
    """Typer's help module is loaded to print a help page or an error (in Swedish), not to run a command."""
    assert loaded_by(("typer.rich_utils",), "exit-codes")["loaded"] == []
    for args, title in ((("user",), "Kommandon"), (("parse", "--ocr", "x", EXAMPLE), "Fel"), ((), "Flaggor")):
        code, out, err = _run([sys.executable, "-c", TYPER_APP, *map(str, args)])
        assert title in out + err, args


def test_the_archive_package_imports_its_names_on_first_use_and_they_stay_its_functions():
    """``from protokoll import archive`` loads the lists and the search only; every name of ``__all__`` is
    there when read, and the names that are also modules' (archive.search, .ingest, .export, ...) stay
    the functions however their modules were imported before."""
    probe = """
import sys, types
import protokoll.archive.ingest, protokoll.archive.export, protokoll.archive.drafts  # the modules first
from protokoll import archive
for name in archive.__all__:
    assert not isinstance(getattr(archive, name), types.ModuleType), name
from protokoll.archive import lists, queries, users
assert archive.search is lists.search is queries.search and callable(archive.ingest) and callable(archive.export)
assert isinstance(users, types.ModuleType) and isinstance(sys.modules["protokoll.archive.search"], types.ModuleType)
"""
    code, out, err = _run([sys.executable, "-c", probe])
    assert code == 0, err
    light = "import sys\nfrom protokoll import archive\nprint(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'protokoll.archive.'))))"
    code, out, err = _run([sys.executable, "-c", light])
    assert code == 0, err
    assert out.strip() == str(["protokoll.archive.common", "protokoll.archive.lists", "protokoll.archive.paging",
                               "protokoll.archive.search"])


def test_the_short_path_freezes_what_loading_the_parser_made_and_collects_after():
    """launch.main: the collector is off while the command's modules load, what they made is frozen (never
    walked again), and the collector is on for the command itself."""
    probe = ("import atexit, gc, json, runpy, sys\nsys.argv[0] = 'protokoll'\n"
             "def report():\n    from protokoll import pipeline\n"
             "    print('GC ' + json.dumps({'enabled': gc.isenabled(), 'frozen': gc.get_freeze_count(),\n"
             "        'parser_frozen': gc.is_tracked(pipeline.parse_file)\n"
             "            and not any(o is pipeline.parse_file for o in gc.get_objects())}))\n"
             "atexit.register(report)\n"
             "runpy.run_module('protokoll', run_name='__main__')")
    code, out, err = _run([sys.executable, "-c", probe, "parse", "--json", str(EXAMPLE)])
    assert code == 0, err
    state = json.loads(out.rsplit("GC ", 1)[1])
    assert state["enabled"] and state["parser_frozen"]
    assert state["frozen"] > 10_000  # what the modules made, not a handful
