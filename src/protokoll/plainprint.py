"""Lines printed as rich's ``Console().print(Text(...))`` prints them to what is not a terminal — no
styles, words wrapped at the console's width — without loading rich (issue 12: it is a third of what
``protokoll search`` costs when its output goes to a pipe or a file).

Only where the result is the same: ``width`` says whether rich would print without styles (standard out
is no terminal, nothing in the environment makes rich think otherwise) and at what width, and
``printable`` whether every character is one whose width rich counts as one cell and that rich prints
as it is. Everything else is for rich to print (``commands.search`` falls back to it), and
tests/test_plainprint.py checks the wrapping against rich's own.
"""
from __future__ import annotations

import builtins
import os
import re
import sys

# rich's words: a run of non-space with the spaces around it (rich._wrap.re_word).
_WORD = re.compile(r"\s*\S+\s*")
# Characters rich measures as one cell each and prints as they are: Latin (with Latin-1, Extended-A and
# -B, IPA and the spacing modifiers), general punctuation (dashes, quotes, bullets, the ellipsis) and
# the euro sign. Not controls, not combining marks, not spaces other than the space.
_ONE_CELL = re.compile(r"[\u0020-\u007e\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]*")
# What rich reads from the environment (or an IPython session) that can change its output's colours,
# width or terminal-ness; with any of these set, rich prints.
_RICH_ENVIRONMENT = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES",
                     "DATABRICKS_RUNTIME_VERSION")


def width(stream=None) -> int | None:
    """The width rich would wrap ``stream``'s (standard out's) lines at when it prints no styles there;
    None where rich should print: a terminal, Windows, an IPython session, a stream encoding other than
    UTF-8, or an environment that changes what rich does."""
    stream = stream or sys.stdout
    try:
        if stream.isatty():
            return None
    except ValueError:  # closed
        return None
    if sys.platform == "win32" or hasattr(builtins, "get_ipython") \
            or any(name in os.environ for name in _RICH_ENVIRONMENT) \
            or (getattr(stream, "encoding", None) or "").lower().replace("-", "") != "utf8":
        return None
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns) or None  # rich wraps at 0 columns as no one would; let it
    for fd in (0, 1, 2):  # as rich asks: the first standard stream that is a terminal gives the width
        try:
            return os.get_terminal_size(fd).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def printable(text: str) -> bool:
    """Whether ``wrap`` wraps ``text`` as rich does (see ``_ONE_CELL``)."""
    return _ONE_CELL.fullmatch(text) is not None


def wrap(text: str, columns: int) -> list[str]:
    """The lines rich prints ``text`` as (one line of ``printable`` characters) at ``columns`` wide:
    broken before the word that does not fit, a word longer than a line folded, spaces past the edge
    cut off (rich.text.Text.wrap with rich._wrap.divide_line, overflow "fold", on one-cell characters)."""
    breaks: list[int] = []
    used = 0  # columns of the current line taken
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if columns - used >= length:
            used += len(word)
        elif length > columns:  # fits no line: folded, the rest of it starts the next line
            pieces = [word[i:i + columns] for i in range(0, len(word), columns)]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            used = len(pieces[-1])
        elif used and start:
            breaks.append(start)
            used = len(word)
    # A line longer than the width (spaces after the last word that fits) is cut at the width.
    return [text[begin:end][:columns] for begin, end in zip([0, *breaks], [*breaks, len(text)])]
