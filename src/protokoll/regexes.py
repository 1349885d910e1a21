"""Regular expressions compiled once per machine, not once per process.

Python compiles a pattern in Python code (``re._parser`` and ``re._compiler``); the parser's five hundred
patterns cost about a third of every command's start-up (issue 12). The result of that work is a list
of numbers for the C engine, so it is kept in a cache file and handed straight back to the engine
(``_sre.compile``, microseconds a pattern) by later processes.

The file is keyed by the interpreter's exact version and the engine's ``MAGIC`` (the code format), lives
in the folder ``config.cache_dir()`` names (``$PROTOKOLL_CACHE``, as the lexicon) and is
rewritten whole, atomically, at exit when a process compiled something new. A missing, foreign or damaged
file, an unwritable directory or an interpreter without these internals only costs the ordinary
``re.compile``: the cache changes speed, never a result (the engine validates every code list it is given).
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

from protokoll.config import cache_dir

try:  # CPython 3.11+ internals; without them every pattern goes through re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

# One entry: (flags as compiled, code words, groups - 1, group index, index group) — _sre.compile's arguments.
_Entry = tuple
# More entries than any run of the parser compiles: past it, a file grown by patterns built from data
# is cut back to what the saving process used.
CACHE_LIMIT = 5000
_entries: dict[tuple[str, int], _Entry] | None = None
_compiled: dict[tuple[str, int], re.Pattern] = {}  # this process's patterns, as re's own cache keeps them
_added = False


def cache_file() -> Path:
    tag = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}-{getattr(_sre, 'MAGIC', 0)}"
    return cache_dir() / f"regexes-{tag}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _entries
    if _entries is None:
        _entries = {}
        try:
            loaded = marshal.loads(cache_file().read_bytes())
            if isinstance(loaded, dict):
                _entries = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass
        atexit.register(save)
    return _entries


def _compile_new(source: str, flags: int) -> tuple[re.Pattern, _Entry]:
    """What re._compiler.compile does, keeping the engine's arguments."""
    parsed = _parser.parse(source, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # marshal takes plain ints only
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(source, *entry), entry


def compile(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    """``re.compile(source, flags)``, from the cache when an earlier process compiled the same pattern."""
    flags = int(flags)
    if _sre is None or not isinstance(source, str) or flags & re.DEBUG:
        return re.compile(source, flags)
    key = (source, flags)
    pattern = _compiled.get(key)
    if pattern is not None:
        return pattern
    entry = _load().get(key)
    if entry is not None:
        try:
            pattern = _compiled[key] = _sre.compile(source, *entry)
            return pattern
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # a damaged entry: compile afresh and replace it
    try:
        pattern, entry = _compile_new(source, flags)
    except re.error:
        raise
    except Exception:  # internals changed shape: the ordinary way, uncached
        return re.compile(source, flags)
    global _added
    _entries[key] = entry
    _compiled[key] = pattern
    _added = True
    return pattern


def save() -> None:
    """Write the cache when this process added to it; a failure to write is not an error."""
    global _added
    if not _added or _entries is None:
        return
    target = cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        merged = dict(_entries)
        try:  # keep what processes running beside this one wrote meanwhile
            other = marshal.loads(target.read_bytes())
            if isinstance(other, dict):
                merged = {**other, **merged}
        except (OSError, ValueError, EOFError, TypeError):
            pass
        if len(merged) > CACHE_LIMIT:
            merged = {key: merged[key] for key in _compiled if key in merged}
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".regexes-")
        with os.fdopen(fd, "wb") as out:
            marshal.dump(merged, out)
        os.replace(tmp, target)
        _added = False
    except OSError:
        pass
