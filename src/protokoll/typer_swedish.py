"""Typer's own words on the help pages and in its error panels, in Swedish (its panel titles and marks;
its "Usage:" and the --help option's line are fixed in Typer's bundled Click).

They live in Typer's rich help module, which costs a third of building the ``protokoll`` app to load, so
they are set only just before Typer prints a help page or an error: every group of the app is a
``SwedishGroup``, which knows when that is about to happen."""
from __future__ import annotations

import sys

import typer
from typer.core import TyperGroup


def swedish_help() -> None:
    from typer import rich_utils as words

    words.ARGUMENTS_PANEL_TITLE, words.OPTIONS_PANEL_TITLE, words.COMMANDS_PANEL_TITLE = "Argument", "Flaggor", "Kommandon"
    words.ERRORS_PANEL_TITLE, words.ABORTED_TEXT = "Fel", "Avbrutet."
    words.DEFAULT_STRING, words.ENVVAR_STRING, words.REQUIRED_LONG_STRING = "[standard: {}]", "[miljövariabel: {}]", "[krävs]"
    words.DEPRECATED_STRING = "(utgår) "
    words.RICH_HELP = "Prova [blue]'{command_path} {help_option}'[/] för hjälp."


class SwedishGroup(TyperGroup):
    """A command group that gives Typer its Swedish words before a help page (--help anywhere on the
    command line, no arguments, or a group's own page) or an error (raised while the command line is read
    or by a command) is printed. Every run passes through the app's top group (``main``)."""

    def main(self, args=None, *rest, **options):
        words = sys.argv[1:] if args is None else list(args)
        if not words or "--help" in words:
            swedish_help()
        return super().main(args, *rest, **options)

    def make_context(self, *args, **options):
        try:
            return super().make_context(*args, **options)
        except (typer.TyperException, typer.Abort):
            swedish_help()
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (typer.TyperException, typer.Abort):
            swedish_help()
            raise

    def format_help(self, ctx, formatter):
        swedish_help()
        return super().format_help(ctx, formatter)
