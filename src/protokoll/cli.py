"""The ``protokoll`` command: a thin layer over the library.

The plain forms of ``parse``, ``search`` and ``meetings`` usually run without this app (``launch``);
both run the same bodies (``commands``). Imports here are only what building the app needs: each
command loads the rest when it runs, so ``parse`` never loads the archive and the archive's commands
never load the parser."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from typing import Optional

from protokoll import commands
from protokoll.config import DEFAULT_MAX_BYTES
from protokoll.errors import EXIT_CODES, ProtokollError
from protokoll.read import Options
from protokoll.typer_swedish import SwedishGroup


app = typer.Typer(help="Gör svenska mötesprotokoll till en typad, sökbar post.",
                  no_args_is_help=True, add_completion=False, cls=SwedishGroup)


def _fail(err: ProtokollError) -> None:
    typer.echo(f"protokoll: {err}", err=True)
    raise typer.Exit(err.exit_code)


def _options(ocr: str, lang: str, dpi: int, workers: int | None) -> Options:
    if ocr not in ("auto", "always", "never"):
        raise typer.BadParameter("--ocr ska vara auto, always eller never")
    return Options(ocr=ocr, lang=lang, dpi=dpi, workers=workers)


OCR_OPT = typer.Option("auto", "--ocr", help="OCR av sidor: auto (sidor utan textlager), always (alla), never (ingen).")
LANG_OPT = typer.Option("swe", "--lang", help="Tesseracts språk, t.ex. swe eller swe+eng.")
DPI_OPT = typer.Option(300, "--dpi", help="Upplösning (dpi) som PDF-sidor ritas i för OCR.")
WORKERS_OPT = typer.Option(None, "--workers", help="OCR-processer samtidigt (standard: en per kärna).")
MAX_OPT = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Vägra filer större än så här (byte).")


@app.command()
def parse(
    files: list[Path] = typer.Argument(..., metavar="FILER", help="Protokoll: text, PDF, skannad PDF, bild (PNG/JPEG/TIFF) eller DOCX."),
    as_json: bool = typer.Option(False, "--json", help="Skriv ut posten som protokoll/1-JSON."),
    provenance: bool = typer.Option(False, "--provenance", help="Ta med källspann (sida, tecken) och filens SHA-256."),
    ocr: str = OCR_OPT, lang: str = LANG_OPT, dpi: int = DPI_OPT, workers: Optional[int] = WORKERS_OPT,
    max_bytes: int = MAX_OPT,
) -> None:
    """Läs protokoll och skriv ut posten (en läsbar sammanfattning, eller JSON med --json)."""
    raise typer.Exit(commands.parse(files, as_json, provenance, _options(ocr, lang, dpi, workers), max_bytes))


@app.command()
def trace(
    file: Path = typer.Argument(..., metavar="FIL", help="Protokollfilen."),
    expr: str = typer.Argument(..., metavar="VÄRDE", help='Vilket värde, t.ex. "items[3].decisions[0]" eller "attendees[2]".'),
    ocr: str = OCR_OPT, lang: str = LANG_OPT, dpi: int = DPI_OPT, workers: Optional[int] = WORKERS_OPT,
) -> None:
    """Visa var ett värde i posten kommer ifrån: sida, tecken och källtexten markerad."""
    from rich.console import Console
    from rich.text import Text

    from protokoll import pipeline
    from protokoll import trace as tracing

    try:
        cleaned, pages = pipeline.read_clean(file, _options(ocr, lang, dpi, workers))
        protocol = pipeline.parse_cleaned(cleaned, str(file))
        found = tracing.trace(protocol, cleaned.pages, expr)
    except ProtokollError as err:
        _fail(err)
    except KeyError as err:
        typer.echo(f"protokoll: {file}: {err.args[0]}", err=True)
        raise typer.Exit(2)
    page = pages[found.span.page - 1]
    conf = f", OCR-säkerhet {page.confidence:.0f}" if page.confidence is not None else ""
    flag = " — läst ur osäker OCR-text, kontrollera det" if found.span.low_confidence else ""
    console = Console(highlight=False)
    console.print(f"{file}: {tracing.path_in_words(expr)} ({expr})\nsida {found.span.page} ({page.method}{conf}), "
                  f"tecken {found.span.start}–{found.span.end}{flag}")
    console.print(Text(json.dumps(found.value, ensure_ascii=False), style="bold"))
    console.print(Text("…" + found.before) + Text(found.hit, style="black on yellow") + Text(found.after + "…"))


@app.command()
def schema() -> None:
    """Skriv ut JSON-schemat för protokoll/1-posten."""
    from protokoll import model

    typer.echo(json.dumps(model.json_schema(), ensure_ascii=False, indent=2))


@app.command("exit-codes")
def exit_codes() -> None:
    """Lista kommandonas slutkoder."""
    for code, meaning in sorted(EXIT_CODES.items()):
        typer.echo(f"{code}  {meaning}")


from protokoll import archive_cli  # noqa: E402
archive_cli.register(app)

from protokoll.cycle import cli as cycle_cli  # noqa: E402
cycle_cli.register(app)

from protokoll.web import cli as web_cli  # noqa: E402
web_cli.register(app)


if __name__ == "__main__":
    app()
