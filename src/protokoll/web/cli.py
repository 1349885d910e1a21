"""The web app's commands, added to ``protokoll`` by ``register``: ``serve``, ``demo``, ``user add``."""
from __future__ import annotations

import getpass
import sys
import tempfile
from pathlib import Path
from typing import Optional

import typer

from protokoll.archive_cli import archive  # imported on first use: `protokoll parse` never loads it
from protokoll.config import DEFAULT_URL, ENV_VAR
from protokoll.errors import ProtokollError

DB_OPT = typer.Option(None, "--db", envvar=ENV_VAR, show_envvar=True,
                      help=f"Archive database URL (sqlite:///FILE or postgresql://...); default {DEFAULT_URL}.")
HOST_OPT = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface).")
PORT_OPT = typer.Option(8000, "--port", help="Port to listen on.")
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
ROLE_SV = {"editor": "redaktören", "admin": "administratören"}

user_app = typer.Typer(help="Manage the web app's users.", no_args_is_help=True)


def _fail(err: Exception, code: int = 1):
    typer.echo(f"protokoll: {err}", err=True)
    raise typer.Exit(getattr(err, "exit_code", code))


def _serve(db: Optional[str], host: str, port: int, create: bool = True, **overrides) -> None:
    import uvicorn

    from protokoll.archive import open_database
    from protokoll.web.app import create_app
    from protokoll.web.settings import Settings

    try:
        database = open_database(db, create=create)  # a typo in --db is an error, not an empty archive
        app = create_app(db, Settings.from_env(**overrides), database=database)
    except ProtokollError as err:
        _fail(err)
    typer.echo(f"Protokoll: http://{host}:{port}/  (API: http://{host}:{port}/api/docs; Ctrl+C avslutar)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def serve(db: Optional[str] = DB_OPT, host: str = HOST_OPT, port: int = PORT_OPT,
          create: bool = typer.Option(False, "--create", help="Start a new, empty archive where --db names none.")
          ) -> None:
    """Serve the archive as a web app (pages in Swedish, JSON under /api, docs at /api/docs).

    Settings come from the environment: PROTOKOLL_SECRET_KEY, PROTOKOLL_PUBLIC_READ (1/0),
    PROTOKOLL_MAX_UPLOAD_BYTES, PROTOKOLL_UPLOAD_DIR, PROTOKOLL_SECURE_COOKIES, PROTOKOLL_SESSION_DAYS.
    """
    _serve(db, host, port, create=create)


def demo(
    host: str = HOST_OPT, port: int = PORT_OPT,
    db: Optional[str] = typer.Option(None, "--db", help="Where to build the demo archive; default a new "
                                                        "SQLite file in a temporary folder."),
    examples: Path = typer.Option(EXAMPLES, "--examples", help="Folder of minutes to ingest."),
    user: str = typer.Option("demo", "--user", help="Name of the demo editor account."),
    password: str = typer.Option("demo-demo", "--password", help="Password of the demo editor account."),
    no_serve: bool = typer.Option(False, "--no-serve", help="Build the archive and exit."),
) -> None:
    """Build an archive from the bundled example minutes and serve it, with an editor account."""
    folder = Path(tempfile.mkdtemp(prefix="protokoll-demo-"))
    url = db or f"sqlite:///{folder / 'demo.db'}"
    files = sorted(Path(examples).glob("*.txt"))
    if not files:
        _fail(ProtokollError(str(examples), "inga exempelprotokoll (*.txt) hittades"), 3)
    try:
        database = archive.open_database(url)
        report = archive.ingest([], db=database, files=[f.resolve() for f in files])
        archive.create_user(user, password, "editor", db=database, exist_ok=True)
        database.close()
    except (ProtokollError, archive.UserError) as err:
        _fail(err)
    typer.echo(f"demoarkiv {url}: inlästa {report.ingested}, redan i arkivet {report.skipped}, "
               f"misslyckade {len(report.failed)}")
    for failure in report.failed:
        typer.echo(f"protokoll: {failure.path}: {failure.error}", err=True)
    typer.echo(f"redaktörskonto: {user} / {password}")
    if no_serve:
        return
    _serve(url, host, port, upload_dir=folder / "uploads")


def user_add(
    name: str = typer.Argument(..., help="The user's login name."),
    role: str = typer.Option("editor", "--role", help="editor (upload, statuses, corrections) or admin."),
    password: Optional[str] = typer.Option(None, "--password", envvar="PROTOKOLL_PASSWORD",
                                           help="The password (else asked for; or $PROTOKOLL_PASSWORD)."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Add a user who can log in to the web app (passwords are stored as Argon2 hashes)."""
    if password is None:
        password = _ask_password()
    _with_users(db, lambda database: archive.create_user(name, password, role, db=database), 2)
    typer.echo(f"lade till {ROLE_SV.get(role, role)} {name}")


def user_passwd(
    name: str = typer.Argument(..., help="The user's login name."),
    password: Optional[str] = typer.Option(None, "--password", envvar="PROTOKOLL_PASSWORD",
                                           help="The new password (else asked for; or $PROTOKOLL_PASSWORD)."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Give a user a new password; every session with the old one ends (on every device)."""
    if password is None:
        password = _ask_password()
    _with_users(db, lambda database: archive.set_password(name, password, db=database), 2)
    typer.echo(f"nytt lösenord för {name}; alla inloggningar med det gamla är avslutade")


def _ask_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    password = getpass.getpass("Lösenord: ")
    if getpass.getpass("Samma lösenord igen: ") != password:
        _fail(ValueError("lösenorden är olika"), 2)
    return password


def _with_users(db: Optional[str], change, user_error_code: int) -> None:
    """Run ``change(database)`` on the archive's users; errors end the command."""
    try:
        with archive.open_database(db, create=False) as database:  # a typo in --db is no new archive
            change(database)
    except archive.UserError as err:
        _fail(err, user_error_code)
    except ProtokollError as err:
        _fail(err)


def user_revoke(
    name: str = typer.Argument(..., help="The user's login name."),
    db: Optional[str] = DB_OPT,
) -> None:
    """End every session of a user at once, on every device (a lost laptop, a copied cookie)."""
    _with_users(db, lambda database: archive.end_sessions_of(name, database), 6)
    typer.echo(f"alla inloggningar för {name} är avslutade")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(demo)
    user_app.command("add")(user_add)
    user_app.command("revoke")(user_revoke)
    user_app.command("passwd")(user_passwd)
    app.add_typer(user_app, name="user")


