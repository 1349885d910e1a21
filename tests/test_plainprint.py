"""``protokoll.plainprint`` prints what rich's console prints to a pipe or a file, without rich: the same
characters (one cell each), the same width, the same wrapping — checked against rich itself."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from conftest import EXAMPLES
from protokoll import plainprint

ALPHABET = [chr(c) for c in range(0x20, 0x3000) if plainprint.printable(chr(c))]


def rich_lines(text: str, width: int) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=width, highlight=False, force_terminal=False, color_system=None).print(Text(text))
    return out.getvalue().split("\n")[:-1]


def test_every_printable_character_is_one_cell_that_rich_prints_as_it_is():
    assert 700 < len(ALPHABET) < 1000 and "…" in ALPHABET and "–" in ALPHABET and "å" in ALPHABET
    for c in ALPHABET:
        assert cell_len(c) == 1 and rich_lines(c, 10) == [c], hex(ord(c))
    assert cell_len("".join(ALPHABET)) == len(ALPHABET)
    for c in ("\t", "\n", "\r", "\x1b", "\u00a0", "\u00ad", "\u0301", "\u200b", "\u3000", "日", "😀"):
        assert not plainprint.printable(f"a{c}b"), hex(ord(c))


# Words of a few letters and spaces in runs, so that lines break everywhere: before words, inside words
# longer than a line, at runs of spaces at the edge.
TEXT = st.lists(st.one_of(st.text(st.sampled_from(ALPHABET[:200]), min_size=1, max_size=14),
                          st.sampled_from([" ", "  ", "   ", " … ", "–"])), max_size=40).map("".join)


@settings(max_examples=800, deadline=None)
@given(TEXT, st.integers(min_value=1, max_value=90))
def test_lines_wrap_as_rich_wraps_them(text, width):
    assert plainprint.wrap(text, width) == rich_lines(text, width)


def test_snippet_lines_wrap_as_rich_wraps_them():
    line = ("    Förslaget till verksamhetsplan och budget för 2027 innehåller en uppräkning av medlemsavgiften med "
            "två procent. Nätverkens budgetramar är i stort sett oförändrade jämfört med …")
    for width in (1, 4, 5, 20, 37, 80, 200):
        assert plainprint.wrap(line, width) == rich_lines(line, width)


PROBE = """
import json
from rich.console import Console
from protokoll import plainprint
print(json.dumps([plainprint.width(), Console().width]))
"""


def _widths(env: dict) -> list:
    base = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE")}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          env={**base, "PYTHONIOENCODING": "utf-8", **env}, check=True)
    return json.loads(done.stdout)


def test_the_width_is_rich_s_and_rich_prints_where_it_would_print_otherwise():
    assert _widths({}) == [80, 80]  # no terminal on any standard stream
    assert _widths({"COLUMNS": "37"}) == [37, 37]
    assert _widths({"COLUMNS": "0"})[0] is None
    assert _widths({"FORCE_COLOR": "1"})[0] is None
    assert _widths({"PYTHONIOENCODING": "latin-1"})[0] is None


def test_search_prints_to_a_pipe_what_rich_prints(tmp_path):
    """The command's output with rich (FORCE_COLOR="" makes the launcher leave it to rich, and rich print
    no colours) and without it are the same, at any width."""
    db = f"sqlite:///{tmp_path / 'a.db'}"
    run = [sys.executable, "-m", "protokoll"]
    assert subprocess.run([*run, "ingest", str(EXAMPLES), "--db", db], capture_output=True).returncode == 0
    base = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE")}
    for query in ("budget", "sekretariatet kommun", "2024"):
        for columns in ("80", "33", "120"):
            env = {**base, "COLUMNS": columns}
            plain = subprocess.run([*run, "search", query, "--db", db], capture_output=True, text=True, env=env,
                                   stdin=subprocess.DEVNULL)
            rich = subprocess.run([*run, "search", query, "--db", db], capture_output=True, text=True,
                                  env={**env, "FORCE_COLOR": ""}, stdin=subprocess.DEVNULL)
            assert plain.returncode == rich.returncode == 0
            assert plain.stdout and plain.stdout == rich.stdout, (query, columns)
