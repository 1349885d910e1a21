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
from protokoll.typer_swedish import SwedishGroup

DB_OPT = typer.Option(None, "--db", envvar=ENV_VAR, show_envvar=True,
                      help=f"Arkivets databas-URL (sqlite:///FIL eller postgresql://...); standard {DEFAULT_URL}.")
HOST_OPT = typer.Option("127.0.0.1", "--host", help="Adress att lyssna på (0.0.0.0 för alla nätverksgränssnitt).")
PORT_OPT = typer.Option(8000, "--port", help="Port att lyssna på.")
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
ROLE_SV = {"editor": "redaktören", "admin": "administratören"}

user_app = typer.Typer(help="Webbappens användare.", no_args_is_help=True, cls=SwedishGroup)


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
          create: bool = typer.Option(False, "--create", help="Starta ett nytt, tomt arkiv där --db inte pekar på något.")
          ) -> None:
    """Visa arkivet som webbapp (sidor på svenska, JSON under /api, dokumentation på /api/docs).

    Inställningar ur miljön: PROTOKOLL_SECRET_KEY, PROTOKOLL_PUBLIC_READ (1/0),
    PROTOKOLL_MAX_UPLOAD_BYTES, PROTOKOLL_UPLOAD_DIR, PROTOKOLL_SECURE_COOKIES, PROTOKOLL_SESSION_DAYS.
    """
    _serve(db, host, port, create=create)


def demo(
    host: str = HOST_OPT, port: int = PORT_OPT,
    db: Optional[str] = typer.Option(None, "--db", help="Var demoarkivet ska byggas; standard en ny "
                                                        "SQLite-fil i en tillfällig mapp."),
    examples: Path = typer.Option(EXAMPLES, "--examples", help="Mapp med protokoll att läsa in."),
    user: str = typer.Option("demo", "--user", help="Namnet på demons redaktörskonto."),
    password: str = typer.Option("demo-demo", "--password", help="Lösenordet till demons redaktörskonto."),
    no_serve: bool = typer.Option(False, "--no-serve", help="Bygg arkivet och avsluta."),
) -> None:
    """Bygg ett arkiv av de medföljande exempelprotokollen och visa det, med ett redaktörskonto."""
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
    name: str = typer.Argument(..., metavar="NAMN", help="Användarens inloggningsnamn."),
    role: str = typer.Option("editor", "--role", help="editor (redaktör: uppladdning, status, rättelser) eller admin (administratör)."),
    password: Optional[str] = typer.Option(None, "--password", envvar="PROTOKOLL_PASSWORD",
                                           help="Lösenordet (annars frågas det efter; eller $PROTOKOLL_PASSWORD)."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Lägg till en användare som kan logga in i webbappen (lösenord sparas som Argon2-hashar)."""
    if password is None:
        password = _ask_password()
    _with_users(db, lambda database: archive.create_user(name, password, role, db=database), 2)
    typer.echo(f"lade till {ROLE_SV.get(role, role)} {name}")


def user_passwd(
    name: str = typer.Argument(..., metavar="NAMN", help="Användarens inloggningsnamn."),
    password: Optional[str] = typer.Option(None, "--password", envvar="PROTOKOLL_PASSWORD",
                                           help="Det nya lösenordet (annars frågas det efter; eller $PROTOKOLL_PASSWORD)."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Ge en användare ett nytt lösenord; varje inloggning med det gamla avslutas (på alla enheter)."""
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
    name: str = typer.Argument(..., metavar="NAMN", help="Användarens inloggningsnamn."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Avsluta alla inloggningar för en användare på en gång, på alla enheter (en borttappad dator, en kopierad kaka); också hens prenumerationsadress slutar gälla."""
    _with_users(db, lambda database: archive.end_sessions_of(name, database), 6)
    typer.echo(f"alla inloggningar för {name} är avslutade")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(demo)
    user_app.command("add")(user_add)
    user_app.command("revoke")(user_revoke)
    user_app.command("passwd")(user_passwd)
    app.add_typer(user_app, name="user")


