"""Regular expressions compiled once per machine, not once per process.

Python compiles a pattern in Python code (``re._parser`` and ``re._compiler``); the parser's five hundred
patterns cost about a third of every command's start-up (issue 12). The result of that work is a list
of numbers for the C engine, so it is kept in a cache file and handed straight back to the engine
(``_sre.compile``, microseconds a pattern) by later processes.

Many sources are themselves computed in Python from shorter ones (the label patterns' lower-cased and
factored forms, the recogniser's trie of cues), a walk over every character in Python that cost a sixth of
``protokoll parse``'s start-up. ``derived`` keeps a builder's result in the same file, under the builder's
name, its arguments and a fingerprint of its package's source files (``fingerprint``): an edited builder
computes afresh.

The file is keyed by the interpreter's exact version and the engine's ``MAGIC`` (the code format), lives
in the folder ``config.cache_dir()`` names (``$PROTOKOLL_CACHE``, as the lexicon) and is
rewritten whole, atomically, at exit when a process compiled something new. A missing, foreign or damaged
file, an unwritable directory or an interpreter without these internals only costs the ordinary
``re.compile``: the cache changes speed, never a result (the engine validates every code list it is given,
and a derived source is read back only for the code that computed it).
"""
from __future__ import annotations

import atexit
import functools
import hashlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

from protokoll.config import cache_dir

try:  # CPython 3.11+ internals; without them every pattern goes through re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

# The engine's code words are kept as the bytes of an array of this type: marshal reads bytes at memory speed,
# where the quarter of a million ints of the parser's patterns, read one by one, cost 2% of parse's start-up.
CODE_TYPE = "I"
if _sre is not None and array(CODE_TYPE).itemsize != _sre.CODESIZE:  # pragma: no cover - no such platform seen
    _sre = None
# One entry: (flags as compiled, code words as bytes, groups - 1, group index, index group) — _sre.compile's
# arguments, but for the words' list.
_Entry = tuple
# The file holds one dict of each: "compiled" maps (source, flags) to an _Entry, "derived" maps (builder,
# arguments, fingerprint) to the source the builder returned.
SECTIONS = ("compiled", "derived")
FORMAT = 2  # of the file's content, in its name: 1 was the compiled patterns alone, their code as lists
# More entries than any run of the parser makes (some 450 compiled, 40 derived): past it, a file grown by
# patterns built from data, or by the derived sources of earlier versions of the code, is cut back to what
# the saving process used.
CACHE_LIMIT = {"compiled": 5000, "derived": 200}
_DEBUG = int(re.DEBUG)  # an int: "flags & re.DEBUG" would build a RegexFlag at every compile
_file: dict[str, dict] | None = None  # the sections as read from the file, with what this process added
_compiled: dict[tuple[str, int], re.Pattern] = {}  # this process's patterns, as re's own cache keeps them
_derived: dict[tuple, str] = {}  # this process's derived sources
_fingerprints: dict[str, str] = {}  # folder → fingerprint, once a process
_added = False


def cache_file() -> Path:
    tag = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}-{getattr(_sre, 'MAGIC', 0)}"
    return cache_dir() / f"regexes-{FORMAT}-{tag}.marshal"


def _read(path: Path) -> dict[str, dict]:
    """The sections of the file at ``path``; empty where it is missing, foreign or damaged."""
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        loaded = None
    if not isinstance(loaded, dict):
        loaded = {}
    return {name: loaded[name] if isinstance(loaded.get(name), dict) else {} for name in SECTIONS}


def _load() -> dict[str, dict]:
    global _file
    if _file is None:
        _file = _read(cache_file())
        atexit.register(save)
    return _file


def _compile_new(source: str, flags: int) -> tuple[re.Pattern, _Entry]:
    """What re._compiler.compile does, keeping the engine's arguments."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (flags | parsed.state.flags, array(CODE_TYPE, code).tobytes(), parsed.state.groups - 1, groupindex,
             tuple(indexgroup))
    return _engine(source, entry), entry


def _engine(source: str, entry: _Entry) -> re.Pattern:
    flags, code, *rest = entry
    return _sre.compile(source, flags, array(CODE_TYPE, code).tolist(), *rest)


# A pattern led by a repeated character class ("\s+", "\s{3,}", "(\s{3,})", "\d+") is tried by re's search at every
# position of the text: the engine skips ahead only to characters a pattern's first element names, and a repeat is
# no such element. The same pattern led by one instance of the class ("\s\s*", "\s\s{2,}", "\d\d*") matches the
# same texts, and its greedy repeat gives characters back in the same order, so every match and group is the same;
# but the engine then skips to the class's characters in one C loop (most of a line is no whitespace). Patterns
# led so (page-number tails, column gaps, clause breaks) are searched in every line of every document.
_REPEATED_LEAD = re.compile(r"(\(?)\\([sSdDw])(?:\+|\{(\d+),\})(?![?+])")


def class_led(source: str) -> str:
    """``source`` with a leading greedy repeat of a class escape (inside an opening capture group, or not) written
    as one instance of the class and a repeat of the rest (see _REPEATED_LEAD); any other source as it is."""
    m = _REPEATED_LEAD.match(source)
    if m is None or m.group(3) == "0":  # "\s{0,}" may match nothing: no character leads it
        return source
    group, cls, least = m.group(1), m.group(2), int(m.group(3) or 1)
    rest = "*" if least == 1 else "{%d,}" % (least - 1)
    return f"{group}\\{cls}\\{cls}{rest}{source[m.end():]}"


def compile(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    """``re.compile(source, flags)``, from the cache when an earlier process compiled the same pattern; a source
    led by a repeated class is compiled as ``class_led`` writes it (the same matches, found faster)."""
    flags = int(flags)
    if isinstance(source, str) and source[:1] in ("\\", "("):
        source = class_led(source)
    if _sre is None or not isinstance(source, str) or flags & _DEBUG:
        return re.compile(source, flags)
    key = (source, flags)
    pattern = _compiled.get(key)
    if pattern is not None:
        return pattern
    entries = _load()["compiled"]
    entry = entries.get(key)
    if entry is not None:
        try:
            pattern = _compiled[key] = _engine(source, entry)
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
    entries[key] = entry
    _compiled[key] = pattern
    _added = True
    return pattern


def fingerprint(folder: str) -> str:
    """A digest of the name, size and modification time of every Python source in ``folder``: the test
    Python applies to its own bytecode cache, so a derived source is as fresh as the code that runs."""
    found = _fingerprints.get(folder)
    if found is None:
        try:
            stamps = sorted((entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
                            for entry in os.scandir(folder) if entry.name.endswith(".py"))
        except OSError:
            stamps = None  # unreadable: a digest no folder of sources has, so nothing stale is read
        found = _fingerprints[folder] = hashlib.blake2b(repr(stamps).encode(), digest_size=16).hexdigest()
    return found


def derived(builder):
    """``builder`` (a function that computes a regex source from its arguments: strings, numbers and tuples
    of them) answering from the cache where a process running the same code asked the same before.

    A builder must depend on nothing but its arguments and the code of its own package (the folder of its
    module, which the key's fingerprint covers): it may call helpers beside it, not read settings from
    elsewhere. Use it for the costly top-level builders only, not for what they call."""
    module = sys.modules[builder.__module__]
    if getattr(module, "__file__", None) is None:  # no source file to fingerprint: always compute
        return builder
    name, folder = f"{builder.__module__}.{builder.__qualname__}", os.path.dirname(module.__file__)

    @functools.wraps(builder)
    def cached(*args):
        key = (name, args, fingerprint(folder))
        source = _derived.get(key)
        if source is None:
            sources = _load()["derived"]
            source = sources.get(key)
            if not isinstance(source, str):  # new, or a damaged entry
                global _added
                source = sources[key] = builder(*args)
                _added = True
            _derived[key] = source
        return source

    return cached


def save() -> None:
    """Write the cache when this process added to it; a failure to write is not an error."""
    global _added
    if not _added or _file is None:
        return
    target = cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        other = _read(target)  # what processes running beside this one wrote meanwhile is kept
        merged = {}
        for name, used in (("compiled", _compiled), ("derived", _derived)):
            section = {**other[name], **_file[name]}
            if len(section) > CACHE_LIMIT[name]:
                section = {key: section[key] for key in used if key in section}
            merged[name] = section
        data = marshal.dumps(merged)  # ValueError where a builder was given what marshal cannot write
        import tempfile  # here: most processes never write the file, and tempfile cost 3 ms of start-up

        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".regexes-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
        _added = False
    except (OSError, ValueError):
        pass
