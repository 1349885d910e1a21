"""The CLI's human output is Swedish, its help pages included: `--help` of every command (found from the
app itself, so a new command is checked too) has no common English words. Command and option names are
the interface and stay as they are; Typer's own "Usage:" and the --help option's line are left out."""
from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from protokoll.cli import app

# Words that are common in English and not words of Swedish (nor of the names and values the help shows).
ENGLISH = {"the", "and", "or", "of", "to", "with", "when", "where", "this", "these", "that", "which", "from",
           "into", "for", "is", "are", "be", "by", "an", "it", "its", "each", "every", "only", "default", "file",
           "files", "list", "show", "print", "write", "instead", "meeting", "meetings", "minutes", "archive",
           "date", "user", "users", "password", "people", "actions", "action", "search", "export", "options",
           "arguments", "commands", "required", "env", "not", "one", "than", "else", "again", "new"}
# Names that are the interface (commands, options, values, variables, formats), not prose.
NAMES = re.compile(r"--[\w-]+|`[^`]*`|\$?PROTOKOLL_\w+|_[A-Z]+\b|\w+://\S*|\[\[\w+\]\]|\b\w+\[\d+\]\S*|"
                   r"\{[^}]*\}|'[^']*'|\"[^\"]*\"")
FRAMEWORK = re.compile(r"^\s*Usage:.*$|^.*--help\s.*Show this message and exit\.\s*│?\s*$", re.M)
ROW_NAME = re.compile(r"^│\s+(\*\s+)?[\w.-]+", re.M)  # a panel row's name: a command, an argument's metavar
TYPES = re.compile(r"<[\w\[\], ]+>")  # the option's type, as Typer shows it
VALUES = {"open", "done", "cancelled", "cancel", "reopen", "auto", "always", "never", "editor", "admin",
          "json", "csv", "ics", "text", "name", "email", "aliases", "assignee", "role", "person"}


def _commands(group, path=()) -> list[tuple[str, ...]]:
    found = [path]
    for name, command in group.commands.items():
        found += _commands(command, (*path, name)) if hasattr(command, "commands") else [(*path, name)]
    return found


COMMANDS = _commands(typer.main.get_command(app))


def test_every_command_is_found():
    assert {("parse",), ("ingest",), ("actions", "done"), ("user", "add"), ("export",), ("remind",)} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "protokoll")
def test_help_is_in_swedish(command):
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"})
    assert result.exit_code == 0, result.output
    text = FRAMEWORK.sub("", result.output)
    prose = NAMES.sub(" ", TYPES.sub(" ", ROW_NAME.sub(" ", text)))
    words = {w for w in re.findall(r"[A-Za-zÅÄÖåäö]+", prose) if w.lower() in ENGLISH and w.lower() not in VALUES}
    assert not words, f"English in `protokoll {' '.join(command)} --help`: {sorted(words)}\n{text}"
    for title in ("Flaggor", ):
        assert title in text
