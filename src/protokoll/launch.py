"""The ``protokoll`` program's entry point (``python -m protokoll`` too).

Most of what a short command costs is starting up, and building the Typer app (Typer, its Click, the
rich help and every command's options) is a good part of that. So the plain forms of the commands
people wait for run without it:

    protokoll parse [--json] [--provenance] FILE...
    protokoll search QUERY [--json] [--db URL] [--limit N]
    protokoll meetings [--json] [--db URL] [--limit N]

with the options in any order, each at most once, ``--db``/``--limit`` followed by their value (not
``--db=URL``). They run the same bodies as the Typer commands (``commands``), with the same defaults
(``$PROTOKOLL_DB`` for a missing ``--db``), output and exit codes. Anything else — another option,
``--help``, a limit out of range, an argument that starts with ``-`` — goes to the Typer app
(``protokoll.cli``), which reads and reports it as always.

Loading the command's modules makes some fifty thousand objects that live until the process ends
(functions, classes, compiled patterns). Python's cyclic garbage collector, which runs after every few
hundred new objects, would walk them again and again while they are made, and once more at exit, and
find almost no garbage among them: a tenth of what ``protokoll parse`` costs. So ``main`` keeps the
collector off while ``plain`` loads the command's code, then freezes what was made (``gc.freeze``: the
collector never walks it again; the few cycles of garbage loading leaves stay until exit) and turns it
back on for the command itself."""
from __future__ import annotations

import gc
import os
import re
import sys

from protokoll.config import DEFAULT_MAX_BYTES, ENV_VAR

# The Typer commands' --limit ranges (archive_cli: search's own option, LIMIT_OPT); outside them Typer
# reports the error.
SEARCH_LIMITS = (1, 500)
LIST_LIMITS = (1, 100_000)
SEARCH_DEFAULT_LIMIT = 20
_NUMBER = re.compile(r"[0-9]{1,9}")


def _read(args: list[str], flags: tuple[str, ...], valued: tuple[str, ...]) -> tuple[dict, list[str]] | None:
    """The options and positional arguments of a plain command line, or None where it is not plain."""
    options: dict = {}
    positional: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg in options:
            return None  # repeated: Typer decides what that means
        if arg in flags:
            options[arg] = True
        elif arg in valued:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None
            options[arg] = value
        elif arg.startswith("-"):
            return None
        else:
            positional.append(arg)
    return options, positional


def _limit(options: dict, bounds: tuple[int, int], default: int | None) -> int | None | bool:
    """--limit as a number, its default when missing, False when Typer must judge it."""
    if "--limit" not in options:
        return default
    value = options["--limit"]
    if not _NUMBER.fullmatch(value) or not bounds[0] <= int(value) <= bounds[1]:
        return False
    return int(value)


def _db(options: dict) -> str | None:
    return options.get("--db") or os.environ.get(ENV_VAR) or None


def plain(argv: list[str]):
    """The command line's short path: a function that runs it and returns the exit code, or None. The
    command's modules are loaded here, not when it runs (see the module's docstring)."""
    if not argv:
        return None
    command, args = argv[0], argv[1:]
    from protokoll import commands

    if command == "parse":
        read = _read(args, ("--json", "--provenance"), ())
        if read is None or not read[1]:
            return None
        options, files = read
        from pathlib import Path

        from protokoll import pipeline  # noqa: F401 - what commands.parse runs on
        from protokoll.read import Options

        return lambda: commands.parse([Path(f) for f in files], "--json" in options, "--provenance" in options,
                                      Options(), DEFAULT_MAX_BYTES)
    if command == "search":
        read = _read(args, ("--json",), ("--db", "--limit"))
        if read is None or len(read[1]) != 1:
            return None
        options, (query,) = read
        limit = _limit(options, SEARCH_LIMITS, SEARCH_DEFAULT_LIMIT)
        if limit is False:
            return None
        from protokoll import archive  # noqa: F401 - what commands.search runs on
        return lambda: commands.search(query, limit, "--json" in options, _db(options))
    if command == "meetings":
        read = _read(args, ("--json",), ("--db", "--limit"))
        if read is None or read[1]:
            return None
        options, _ = read
        limit = _limit(options, LIST_LIMITS, None)
        if limit is False:
            return None
        from protokoll import archive  # noqa: F401 - what commands.meetings runs on
        return lambda: commands.meetings("--json" in options, _db(options), limit)
    return None


def _exit_quietly_on_broken_pipe() -> None:
    """``protokoll ... | head``: the reader left; stop without a traceback, as Click does (exit 1)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(1)


def main() -> None:
    gc.disable()
    run = plain(sys.argv[1:])
    if run is not None:
        gc.freeze()
    gc.enable()
    if run is None:
        from protokoll.cli import app

        app(prog_name="protokoll")
        return
    try:
        code = run()
        sys.stdout.flush()
    except KeyboardInterrupt:
        sys.exit(130)  # as Typer does
    except BrokenPipeError:
        _exit_quietly_on_broken_pipe()
    sys.exit(code)
