"""The ``protokoll`` command: a thin layer over the library."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from protokoll import model, pipeline, summary
from protokoll.errors import EXIT_CODES, ProtokollError

app = typer.Typer(help="Turn Swedish meeting minutes into a typed, searchable record.",
                  no_args_is_help=True, add_completion=False)


def _fail(err: ProtokollError) -> None:
    typer.echo(f"protokoll: {err}", err=True)
    raise typer.Exit(err.exit_code)


@app.command()
def parse(
    files: list[Path] = typer.Argument(..., help="Minutes files (text) to parse."),
    as_json: bool = typer.Option(False, "--json", help="Print the protokoll/1 JSON record."),
    provenance: bool = typer.Option(False, "--provenance", help="Include source spans in the JSON."),
    max_bytes: int = typer.Option(pipeline.DEFAULT_MAX_BYTES, help="Refuse files larger than this."),
) -> None:
    """Parse minutes and print the record (a readable summary, or JSON with --json)."""
    code = 0
    results = []
    for path in files:
        try:
            protocol = pipeline.parse_file(path, max_bytes=max_bytes)
        except ProtokollError as err:
            typer.echo(f"protokoll: {err}", err=True)
            code = code or err.exit_code
            continue
        if as_json:
            results.append(protocol.to_json(provenance=provenance))
        else:
            typer.echo(summary.render(protocol, str(path)))
    if as_json and results:
        out = results[0] if len(files) == 1 else results
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the protokoll/1 record."""
    typer.echo(json.dumps(model.json_schema(), ensure_ascii=False, indent=2))


@app.command("exit-codes")
def exit_codes() -> None:
    """List the exit codes the commands use."""
    for code, meaning in sorted(EXIT_CODES.items()):
        typer.echo(f"{code}  {meaning}")


if __name__ == "__main__":
    app()
