"""The archive's commands (ingest, meetings, meeting, people, attendance, actions, search, export),
added to the ``protokoll`` app by ``register``. Each is a thin layer over ``protokoll.archive``:
parse the options, call one function, print the result as text or JSON."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Callable, Optional

import typer

from protokoll import commands
from protokoll.config import DEFAULT_URL, ENV_VAR, STATUSES
from protokoll.errors import ProtokollError
from protokoll.lazy import on_first_use
from protokoll.typer_swedish import SwedishGroup
from protokoll.model import AGENDA, walk

# Imported when a command first reads one of its names, not when the ``protokoll`` app is built:
# ``protokoll parse`` and ``--help`` never load the archive (SQLAlchemy, the store).
archive = on_first_use("protokoll.archive")

DB_OPT = typer.Option(None, "--db", envvar=ENV_VAR, show_envvar=True,
                      help=f"Arkivets databas-URL (sqlite:///FIL eller postgresql://...); standard {DEFAULT_URL}.")
JSON_OPT = typer.Option(False, "--json", help="Skriv ut JSON.")
LIMIT_OPT = typer.Option(None, "--limit", min=1, max=100_000, help="Högst så här många (de första, i ordning).")
# Human output is Swedish; JSON keeps the record's English values.
STATUS_SV = {"open": "öppen", "done": "klar", "cancelled": "struken"}
OUTCOME_SV = {"ingested": "inläst", "skipped": "redan i arkivet", "failed": "misslyckades"}


def _date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} är inget datum (ÅÅÅÅ-MM-DD)") from None


def _run(fn: Callable):
    """Call the library; a ProtokollError becomes one line on stderr and its exit code."""
    try:
        return fn()
    except ProtokollError as err:
        typer.echo(f"protokoll: {err}", err=True)
        raise typer.Exit(err.exit_code)


_print_json = commands.print_json


def ingest(
    paths: list[Path] = typer.Argument(..., metavar="SÖKVÄGAR", help="Protokollfiler och mappar (mappar gås igenom med undermappar)."),
    as_json: bool = typer.Option(False, "--json", help='Skriv ut {"ingested": N, "skipped": N, "failed": [...]} som JSON.'),
    db: Optional[str] = DB_OPT,
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Läs på ett Dask-kluster: schemaläggarens adress (tcp://värd:8786)."),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, help="Läs på ett lokalt Dask-kluster med N arbetarprocesser."),
) -> None:
    """Läs protokoll (filer, mappar) och lägg dem i arkivet.

    En transaktion per dokument; dokument som redan finns hoppas över, och en fil som misslyckas
    rapporteras och lämnar arkivet orört. Med --scheduler eller --workers läses filerna på ett
    Dask-kluster (pip install 'protokoll[scale]') och sparas här när de kommer tillbaka.
    """
    files, missing = archive.expand(paths)
    if scheduler or workers:
        report = _run(lambda: _ingest_on_cluster(files, db, scheduler, workers))
    else:
        report = _run(lambda: _ingest_with_bar(files, db))
    report.failed = missing + report.failed
    for failure in report.failed:
        typer.echo(f"protokoll: {failure.path}: {failure.error}", err=True)
    if as_json:
        _print_json(report.to_json())
    else:
        typer.echo(f"inlästa {report.ingested}, redan i arkivet {report.skipped}, misslyckade {len(report.failed)}")
    raise typer.Exit(report.failed[0].exit_code if report.failed else 0)


def _ingest_on_cluster(files: list[Path], db: Optional[str], scheduler: Optional[str], workers: Optional[int]):
    try:
        from protokoll import scale
    except ImportError:
        raise typer.BadParameter("Dask saknas: installera med pip install 'protokoll[scale]'") from None
    with scale.Cluster(scheduler, workers) as cluster:
        typer.echo(f"Dask: {cluster.workers()} arbetare, översikt {cluster.dashboard}", err=True)
        if not sys.stderr.isatty() or not files:
            return archive.ingest_on_cluster(files, cluster, db=db)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("läser in", total=len(files))
            return archive.ingest_on_cluster(files, cluster, db=db, progress=lambda path, outcome: bar.update(
                task, advance=1, description=f"{OUTCOME_SV.get(outcome, outcome)}: {path.name}"))


def _ingest_with_bar(files: list[Path], db: Optional[str]):
    if not sys.stderr.isatty() or not files:
        return archive.ingest([], db=db, files=files)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("läser in", total=len(files))
        return archive.ingest([], db=db, files=files, progress=lambda path, outcome: bar.update(
            task, advance=1, description=f"{OUTCOME_SV.get(outcome, outcome)}: {path.name}"))


def meetings(as_json: bool = JSON_OPT, db: Optional[str] = DB_OPT, limit: Optional[int] = LIMIT_OPT) -> None:
    """Lista arkivets möten, äldst först, med sina källor."""
    raise typer.Exit(commands.meetings(as_json, db, limit))


def meeting(
    date: str = typer.Argument(..., metavar="DATUM", help="Mötets datum, ÅÅÅÅ-MM-DD."),
    body: Optional[str] = typer.Option(None, "--body", help="Vilket organ, när flera hade möte den dagen."),
    as_json: bool = JSON_OPT, db: Optional[str] = DB_OPT,
) -> None:
    """Visa ett möte: den sammanslagna posten, källor, åtgärdernas id och status, kopplingar."""
    day = _date(date)
    data = _run(lambda: archive.meeting(day, db=db, body=body))
    if as_json:
        return _print_json(data)
    from protokoll import summary
    from protokoll.model import Protocol

    typer.echo(summary.render(Protocol.model_validate(data)).lstrip("\n"))
    for s in data["sources"]:
        typer.echo(f"  källa: {s['path']} ({', '.join(s['methods']) or 'text'}, sha256 {s['sha256'][:12]})")
    _print_links(data["items"])
    _print_actions(data["items"])
    if data["scheduled_by"]:
        typer.echo("  planerat i protokollet från " + ", ".join(x["date"] for x in data["scheduled_by"]))


def _walk(items):
    return (item for _, item in walk({"items": items}, lists=AGENDA))


def _print_links(items) -> None:
    for item in _walk(items):
        ref = item.get("refers_to")
        if not ref:
            continue
        target = ref.get("date") or "?"
        if ref.get("item"):
            target += f" › {ref['item']['title']}"
        if not ref.get("in_archive"):
            target += " (inte i arkivet)"
        typer.echo(f"  återkoppling: {item['title']} → {target}")


def _print_actions(items) -> None:
    for item in _walk(items):
        for decision in item["decisions"]:
            for action in decision["actions"]:
                typer.echo(f"  åtgärd {action['id']} [{STATUS_SV.get(action['status'], action['status'])}]: "
                           f"{action['assignee']}"
                           + (f", senast {action['due']}" if action["due"] else ""))


def people(as_json: bool = JSON_OPT, db: Optional[str] = DB_OPT, limit: Optional[int] = LIMIT_OPT) -> None:
    """Lista personer, deras stavningar och vilka kommuner de företrädde, när."""
    found = _run(lambda: archive.people(db=db) if limit is None else archive.people_list(db, limit=limit)["people"])
    if as_json:
        return _print_json(found)
    for p in found:
        periods = "; ".join(f"{m['municipality']} {m['from']}–{m['to']}" for m in p["memberships"])
        variants = [n for n in p["names"] if n != p["name"]]
        typer.echo(p["name"] + (f" (även {', '.join(variants)})" if variants else "")
                   + (f": {periods}" if periods else "") + (f"; föredragit {p['presented']}" if p["presented"] else ""))


_MARK = {"present": "N", "excused": "F", "absent": "A"}


def attendance(
    year: Optional[int] = typer.Option(None, "--year", help="Bara möten det här året."),
    as_json: bool = JSON_OPT, db: Optional[str] = DB_OPT,
) -> None:
    """Närvaro per kommun och möte (N närvarande, F anmält förhinder, A frånvarande)."""
    data = _run(lambda: archive.attendance(year, db=db))
    if as_json:
        return _print_json(data)
    width = max([len(r["municipality"]) for r in data["rows"]] + [12])
    typer.echo(" " * width + "  " + "  ".join(m["date"][5:] for m in data["meetings"]))
    for row in data["rows"]:
        cells = ["".join(_MARK[c["status"]] for c in cell) or "-" for cell in row["cells"]]
        typer.echo(row["municipality"].ljust(width) + "  " + "  ".join(c.center(5) for c in cells))


actions_app = typer.Typer(help="Åtgärderna: lista dem; markera dem klara, strukna eller öppna igen.",
                          no_args_is_help=False, add_completion=False, cls=SwedishGroup)


@actions_app.callback(invoke_without_command=True)
def actions(
    ctx: typer.Context,
    open_only: bool = typer.Option(False, "--open", help="Bara öppna åtgärder."),
    assignee: Optional[str] = typer.Option(
        None, "--assignee", help='Vem som ska göra det, i valfri stavning ("tf sekretariatschefen" hittar varje '
                                 'stavning av rollen) eller som nyckel ("role:sekretariatschef", "person:17").'),
    due_before: Optional[str] = typer.Option(None, "--due-before", help="Förfaller före det här datumet (ÅÅÅÅ-MM-DD)."),
    status: Optional[str] = typer.Option(None, "--status", help="Bara den här statusen: open (öppen), done (klar) eller cancelled (struken)."),
    as_json: bool = JSON_OPT, db: Optional[str] = DB_OPT, limit: Optional[int] = LIMIT_OPT,
) -> None:
    """Lista åtgärderna (varje uppdrag ett beslut ger), efter förfallodatum."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}  # `actions --db URL done ID` means that database too
        return
    if status is not None and status not in STATUSES:
        raise typer.BadParameter("--status ska vara open (öppen), done (klar) eller cancelled (struken)")
    found = _run(lambda: archive.actions(open_only=open_only, assignee=assignee, due_before=_date(due_before),
                                         status=status, db=db, limit=limit))
    if as_json:
        return _print_json(found)
    for a in found:
        due = a["due"] or "-"
        typer.echo(f"{a['id']:14} {STATUS_SV.get(a['status'], a['status']):9} {due:10}  "
                   f"{a['assignee']} [{a['assignee_key']}]: {a['task'] or a['decision']['text']}"
                   f"  [{a['meeting']['date']} {a['item']['title']}]")


def _set(status: str):
    def command(
        ctx: typer.Context,
        action_id: str = typer.Argument(..., metavar="ID", help="Åtgärdens id, som `protokoll actions` visar det."),
        note: Optional[str] = typer.Option(None, "--note", help="Varför, eller vad som gjordes; sparas i historiken."),
        as_json: bool = JSON_OPT, db: Optional[str] = DB_OPT,
    ) -> None:
        db = db or (ctx.obj or {}).get("db")
        result = _run(lambda: archive.set_action_status(action_id, status, note, db=db))
        if as_json:
            return _print_json(result)
        typer.echo(f"{result['id']}: {STATUS_SV.get(result['status'], result['status'])}")

    command.__doc__ = {"done": "Markera en åtgärd som klar.", "cancelled": "Stryk en åtgärd (den ska inte göras).",
                       "open": "Öppna en åtgärd igen."}[status]
    return command


actions_app.command("done")(_set("done"))
actions_app.command("cancel")(_set("cancelled"))
actions_app.command("reopen")(_set("open"))


def search(
    query: str = typer.Argument(..., metavar="FRÅGA", help="Ord att söka efter (svenska; ändelser och accenter spelar ingen roll)."),
    limit: int = typer.Option(20, "--limit", min=1, max=500, help="Högst så här många träffar."),
    as_json: bool = JSON_OPT, db: Optional[str] = DB_OPT,
) -> None:
    """Sök i rubriker, sammanfattningar, beslut, föredragande och diarienummer; bästa träffarna först."""
    raise typer.Exit(commands.search(query, limit, as_json, db))


def export(
    fmt: str = typer.Option(..., "--format", help="json (hela arkivet), csv (beslut och åtgärder) eller ics "
                                                  "(kalendern: hållna och planerade möten, åtgärdernas tidsfrister)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Skriv till den här filen i stället för "
                                                                       "till standard ut."),
    base_url: Optional[str] = typer.Option(
        None, "--base-url", envvar="PROTOKOLL_BASE_URL", show_envvar=True,
        help="Webbappens adress (https://protokoll.example.se): varje händelse i ics-kalendern länkar då till "
             "sitt möte."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Exportera arkivet (ics: samma händelser som webbappens kalender, /kalender.ics)."""
    if fmt not in ("json", "csv", "ics"):
        raise typer.BadParameter("--format ska vara json, csv eller ics")
    if output is None:
        return _run(lambda: archive.export(fmt, sys.stdout, db=db, base_url=base_url))
    try:
        with output.open("w", encoding="utf-8", newline="") as out:
            _run(lambda: archive.export(fmt, out, db=db, base_url=base_url))
    except OSError as err:
        typer.echo(f"protokoll: {output}: {err.strerror or err}", err=True)
        raise typer.Exit(2)  # a bad -o is a bad option


def backup(
    target: Path = typer.Argument(..., metavar="FIL", help="Säkerhetskopian som ska skrivas (en ny fil)."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Kopiera ett SQLite-arkiv till FIL, hel och konsistent också medan det används (PostgreSQL: pg_dump, se README)."""
    _run(lambda: archive.backup(db, target))
    typer.echo(f"säkerhetskopian är skriven till {target}")


def restore(
    source: Path = typer.Argument(..., metavar="FIL", help="En säkerhetskopia skriven av `protokoll backup`."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Återställ en säkerhetskopia till ett arkiv som ännu inte har några möten (uppgraderas på vägen)."""
    _run(lambda: archive.restore(source, db))
    typer.echo(f"återställt från {source}")


def register(app: typer.Typer) -> None:
    """Add the archive's commands to the ``protokoll`` app."""
    app.command("backup")(backup)
    app.command("restore")(restore)
    app.command("ingest")(ingest)
    app.command("meetings")(meetings)
    app.command("meeting")(meeting)
    app.command("people")(people)
    app.command("attendance")(attendance)
    app.add_typer(actions_app, name="actions")
    app.command("search")(search)
    app.command("export")(export)
