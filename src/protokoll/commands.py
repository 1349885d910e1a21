"""What the commands people wait for do — ``parse``, ``search``, ``meetings`` — once their options are
read: plain functions that print and return the exit code. The Typer commands (``cli``, ``archive_cli``)
call them, and so does the launcher's short path (``launch``), which reads the plain forms of these
commands without building the Typer app: one body, the same output either way.

Nothing heavy is imported here: the parser and the archive load on first use (``lazy``), so ``parse``
never loads SQLAlchemy and ``search`` never loads the parser; on an SQLite archive ``search`` and
``meetings`` load no SQLAlchemy either (``archive.common.rows``), and to a pipe ``search`` prints without
rich (``plainprint``)."""
from __future__ import annotations

import json
import re
import sys

from protokoll.errors import INTERNAL_ERROR, ProtokollError
from protokoll.lazy import on_first_use

archive = on_first_use("protokoll.archive")
pipeline = on_first_use("protokoll.pipeline")

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing or pathlib (issue 12)
if TYPE_CHECKING:
    from pathlib import Path

# Terminal colour codes, dropped from text printed to anything but a terminal (as ``click.echo`` does,
# which the Typer commands printed with before).
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def echo(message: str = "", err: bool = False) -> None:
    """One line on standard out (or error), flushed: ``typer.echo``'s behaviour for text."""
    stream = sys.stderr if err else sys.stdout
    if not stream.isatty():
        message = _ANSI.sub("", message)
    stream.write(message + "\n")
    stream.flush()


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _parse_one(path: Path, options, max_bytes: int):
    """The plain record (``protokoll.record``), parsed with a progress bar on a terminal (pages read so far)."""
    if not sys.stderr.isatty():
        return pipeline.parse_file_record(path, options, max_bytes)[0]
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True) as bar:
        task = bar.add_task(f"{path.name}: läser", total=None)
        return pipeline.parse_file_record(path, options, max_bytes, progress=lambda page: bar.update(
            task, description=f"{path.name}: sida {page.number} läst ({page.method})"))[0]


def parse(files: list[Path], as_json: bool, provenance: bool, options, max_bytes: int) -> int:
    """``protokoll parse``: each file's record, as a summary or JSON; a file that fails is one line on
    standard error and the others go on. The exit code is the first failure's."""
    code = 0
    results = []
    for path in files:
        try:
            protocol = _parse_one(path, options, max_bytes)
        except ProtokollError as err:
            echo(f"protokoll: {err}", err=True)
            code = code or err.exit_code
            continue
        except Exception as err:  # a bug, not the input's fault: still one line, and the other files go on
            reason = " ".join(f"{type(err).__name__}: {err}".split())
            echo(f"protokoll: {path}: internt fel ({reason})", err=True)
            code = code or INTERNAL_ERROR
            continue
        if as_json and not provenance:
            # The plain record's JSON: no pydantic loaded (issue 12); the same JSON as the model's to_json.
            from protokoll.record import plain_json

            results.append(plain_json(protocol))
            continue
        from protokoll.model import from_record

        protocol = from_record(protocol)
        if as_json:
            from protokoll import provenance_boxes

            provenance_boxes.add_boxes(protocol)
            results.append(protocol.to_json(provenance=True))
        else:
            from protokoll import summary

            echo(summary.render(protocol, str(path)))
    if as_json and results:
        print_json(results[0] if len(files) == 1 else results)
    return code


def _read(reading, *args, **kwargs):
    """(what ``reading`` returns, 0), or (None, the error's exit code) after saying the error on stderr."""
    try:
        return reading(*args, **kwargs), 0
    except ProtokollError as err:
        echo(f"protokoll: {err}", err=True)
        return None, err.exit_code


def meetings(as_json: bool, db: str | None, limit: int | None) -> int:
    """``protokoll meetings``: the archive's meetings, oldest first, with their sources."""
    found, code = _read(archive.meetings, db=db, limit=limit)
    if found is None:
        return code
    if as_json:
        print_json(found)
        return 0
    for m in found:
        number = f"nr {m['number']}" if m["number"] is not None else "nr ?"
        sources = len(m["sources"])
        echo(f"{m['date'] or '(utan datum)'}  {number:6}  {m['body'] or ''}  {m['items']} ärenden, "
             f"{m['attendance']['present']} närvarande, {sources} {'källa' if sources == 1 else 'källor'}")
    return 0


def search(query: str, limit: int, as_json: bool, db: str | None) -> int:
    """``protokoll search``: the best hits first, each its meeting, item and a snippet with the matches marked."""
    found, code = _read(archive.search, query, db=db, limit=limit)
    if found is None:
        return code
    if as_json:
        print_json(found)
        return 0
    import html

    lines = []  # each printed line as (text, style) parts
    for hit in found:
        number = f"{hit['item']['number']}. " if hit["item"]["number"] is not None else ""
        lines.append([(f"{hit['meeting']['date']}  {number}{hit['item']['title']}", "bold")])
        line = [("    ", None)]
        for part in re.split(r"(<mark>.*?</mark>)", hit["snippet"]):
            if part.startswith("<mark>"):
                line.append((html.unescape(part[6:-7]), "black on yellow"))
            else:
                line.append((html.unescape(part), None))
        lines.append(line)
    _print_styled(lines)
    if not found:
        echo("inga träffar", err=True)
    return 0


def _print_styled(lines: list[list[tuple[str, str | None]]]) -> None:
    """Lines of styled parts, as rich's console prints them: with their styles on a terminal, else as
    plain lines wrapped at its width — printed without loading rich where that comes out the same
    (``plainprint``)."""
    from protokoll import plainprint

    texts = ["".join(text for text, _ in line) for line in lines]
    columns = plainprint.width()
    if columns is not None and all(map(plainprint.printable, texts)):
        sys.stdout.write("".join(wrapped + "\n" for text in texts for wrapped in plainprint.wrap(text, columns)))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    for (first, style), *rest in lines:
        text = Text(first, style=style or "")
        for part, part_style in rest:
            text.append(part, style=part_style)
        console.print(text)
