"""Compiled regular expressions kept between runs, as Python keeps bytecode.

The parser's modules compile about 280 patterns when they load (the Swedish label and heading
alternations are long): some 70 ms of processor time, a third of what ``protokoll parse`` costs on top
of the bare interpreter and pydantic (issue 12). ``re`` cannot keep a compiled pattern between
processes, but compiling is two steps: parsing the pattern into the regex engine's code (the slow part,
in Python) and building the pattern object from that code (``_sre.compile``, fast, in C, which checks
the code it is given). Inside ``cached()`` the first step's result is looked up in a file written by an
earlier run, keyed by the pattern and its flags, so a pattern that changed is simply compiled again.
The pattern objects are the same either way (``==`` compares their code).

The file sits beside this package's bytecode (``__pycache__``, or under ``PYTHONPYCACHEPREFIX``),
one per interpreter version, and like bytecode it is not written when ``PYTHONDONTWRITEBYTECODE`` is
set or the folder is read-only; any trouble reading it means compiling as usual."""
from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import tempfile
import types
from importlib.util import cache_from_source
from pathlib import Path
from typing import Iterator

import _sre

# Identifies the engine's code format: a file from another interpreter is ignored.
ENGINE = (sys.implementation.cache_tag, sys.hexversion, _sre.MAGIC)
# Flags compiled through the cache; anything else (re.DEBUG prints while compiling) goes to ``re``.
PLAIN_FLAGS = re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE | re.ASCII
# Entries no longer compiled are dropped once the file holds this many times those that are.
STALE_FACTOR = 2

stats = {"hits": 0, "misses": 0}  # of the last ``cached()`` block (tests, benchmarks)


class _Arguments:
    """Stands for ``_sre`` in a copy of ``re._compiler.compile``: its last step hands back the arguments
    it would build the pattern from, instead of building it."""

    def __getattr__(self, name: str):
        return getattr(_sre, name)

    @staticmethod
    def compile(*args):
        return args


# ``re._compiler.compile`` itself, with ``_arguments`` for ``_sre``: whatever it does to turn the pattern
# into code, this follows, in every Python version whose compile ends with ``_sre.compile(...)``.
_compile_arguments = types.FunctionType(re._compiler.compile.__code__,
                                        {**vars(re._compiler), "_sre": _Arguments()})


def _plain_values(arguments: tuple) -> tuple:
    """The arguments with the engine's named opcodes and flags as plain ints (``marshal`` writes only those)."""
    flags, code, groups, groupindex, indexgroup = arguments
    return int(flags), [int(op) for op in code], int(groups), dict(groupindex), tuple(indexgroup)


def cache_file() -> Path:
    return Path(cache_from_source(__file__)).with_name(f"patterns.{sys.implementation.cache_tag}.marshal")


def _load(path: Path) -> dict:
    try:
        engine, entries = marshal.loads(path.read_bytes())
    except Exception:  # missing, unreadable, truncated, another format: compile as usual
        return {}
    return entries if engine == ENGINE and isinstance(entries, dict) else {}


def _save(path: Path, entries: dict) -> None:
    """Write the file whole or not at all (a concurrent run may be reading it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps((ENGINE, entries)))
        os.replace(tmp, path)
    except (OSError, ValueError):  # a read-only install: no cache, as with bytecode
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)


@contextlib.contextmanager
def cached(modules: tuple[str, ...] = ("protokoll.",), path: Path | None = None) -> Iterator[None]:
    """Within the block, ``re.compile`` called from the modules named (by prefix) reuses the engine
    code of earlier runs; patterns it had not seen are compiled and written down when the block ends."""
    path = path or cache_file()
    known = _load(path)
    used: dict = {}
    plain = re.compile
    stats.update(hits=0, misses=0)

    def compile(pattern, flags=0):
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        if (not isinstance(pattern, (str, bytes)) or flags & ~PLAIN_FLAGS
                or not sys._getframe(1).f_globals.get("__name__", "").startswith(modules)):
            return plain(pattern, flags)
        key = (pattern, flags)
        arguments = known.get(key)
        if arguments is not None:
            try:
                compiled = _sre.compile(pattern, *arguments)
            except Exception:  # code the engine refuses: compile it afresh below
                pass
            else:
                used[key] = arguments
                stats["hits"] += 1
                return compiled
        arguments = _plain_values(_compile_arguments(pattern, flags)[1:])
        used[key] = arguments
        stats["misses"] += 1
        return _sre.compile(pattern, *arguments)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = plain
        if stats["misses"] and not sys.dont_write_bytecode:
            entries = {**known, **used} if len(known) + len(used) <= STALE_FACTOR * len(used) else used
            _save(path, entries)
