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


def test_archive_commands_load_the_archive_but_not_the_web_app(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.db'}"
    from typer.testing import CliRunner

    from protokoll.cli import app

    assert CliRunner().invoke(app, ["ingest", str(EXAMPLE), "--db", db]).exit_code == 0
    for args in (("meetings", "--db", db), ("search", "budget", "--db", db), ("actions", "--db", db)):
        run = loaded_by(WEB + ("sqlalchemy", "alembic", "icalendar"), *args)  # alembic: the archive is current
        assert run["exit_code"] == 0, run["output"]
        assert "sqlalchemy" in run["loaded"], args  # the probe sees what a command imports
        assert [m for m in run["loaded"] if not m.startswith("sqlalchemy")] == [], args
