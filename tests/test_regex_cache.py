"""Compiled patterns kept between runs (``protokoll.regex_cache``, issue 12): a pattern from the file is
the very pattern ``re`` compiles (``==`` compares the engine's code); a changed pattern, a damaged file
or a file of another interpreter mean compiling as usual; the parser's patterns are the same in every
run (else each run would miss and rewrite the file); ``protokoll parse`` gives the same record with the
file as without it."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import EXAMPLES

from protokoll import regex_cache

PATTERNS = [(r"(?P<day>\d{1,2}) (?P<month>[a-zåäö]+)", re.IGNORECASE), (r"^§\s*(\d+)\b", re.MULTILINE),
            (rb"%PDF-\d", 0), (r"(?<=[.!?])\s+(?=(?:Tid|Plats)\s*:)", 0), (r"x", re.IGNORECASE | re.VERBOSE)]


def _compile_all():
    return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_from_the_file_are_the_patterns_re_compiles(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.marshal"
    with regex_cache.cached(modules=(__name__,), path=path):
        first = _compile_all()
    assert regex_cache.stats == {"hits": 0, "misses": len(PATTERNS)} and path.exists()
    with regex_cache.cached(modules=(__name__,), path=path):
        again = _compile_all()
    assert regex_cache.stats == {"hits": len(PATTERNS), "misses": 0}
    plain = [re.compile(p, f) for p, f in PATTERNS]  # outside the block: re itself
    assert again == first == plain
    assert [(p.pattern, p.flags, p.groups, dict(p.groupindex)) for p in again] == \
           [(p.pattern, p.flags, p.groups, dict(p.groupindex)) for p in plain]
    assert again[0].match("17 December").group("month") == "December"
    assert re.compile is not None and re.compile.__module__ == "re"  # put back


def test_a_changed_pattern_is_compiled_again_and_other_modules_are_left_to_re(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.marshal"
    with regex_cache.cached(modules=(__name__,), path=path):
        re.compile(r"budget\s+\d{4}")
    with regex_cache.cached(modules=(__name__,), path=path):
        assert re.compile(r"budget\s+\d{4}s?").fullmatch("budget 2025s")
    assert regex_cache.stats == {"hits": 0, "misses": 1}
    with regex_cache.cached(modules=("protokoll.nothing",), path=path):
        re.compile(r"budget\s+\d{4}")
    assert regex_cache.stats == {"hits": 0, "misses": 0}


def test_a_damaged_or_foreign_file_means_compiling_as_usual(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.marshal"
    for junk in (b"", b"\x00garbage", __import__("marshal").dumps((("other", 0, 0), {(r"a", 0): (0, [1], 0, {}, ())}))):
        path.write_bytes(junk)
        with regex_cache.cached(modules=(__name__,), path=path):
            compiled = _compile_all()
        assert regex_cache.stats["misses"] == len(PATTERNS)
        assert compiled == [re.compile(p, f) for p, f in PATTERNS]


def test_not_written_without_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "patterns.marshal"
    with regex_cache.cached(modules=(__name__,), path=path):
        _compile_all()
    assert not path.exists()


def test_parse_gives_the_same_record_with_the_file_and_the_parsers_patterns_are_stable(tmp_path):
    """Two interpreters with different hash seeds: the second finds every pattern the first wrote (a
    pattern joined from a set in hash order would differ), and both print the same record."""
    example = sorted(EXAMPLES.glob("*.txt"))[0]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    probe = ("import json, sys; from protokoll import pipeline, regex_cache; "
             "print(json.dumps(regex_cache.stats)); print(json.dumps(pipeline.parse_file(sys.argv[1]).to_json()))")
    runs = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", probe, str(example)], capture_output=True, text=True,
                              env={**env, "PYTHONHASHSEED": seed}, timeout=300)
        assert done.returncode == 0, done.stderr
        runs.append(done.stdout.splitlines())
    first, second = (__import__("json").loads(r[0]) for r in runs)
    assert first["misses"] > 200 and first["hits"] == 0
    assert second == {"hits": first["misses"] + first["hits"], "misses": 0}
    assert runs[0][1] == runs[1][1]
    cli = subprocess.run([sys.executable, "-m", "protokoll", "parse", "--json", str(example)], capture_output=True,
                         text=True, env=env, timeout=300)
    plain = subprocess.run([sys.executable, "-m", "protokoll", "parse", "--json", str(example)], capture_output=True,
                           text=True, env={**env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(tmp_path / "none")},
                           timeout=300)
    assert cli.returncode == plain.returncode == 0 and cli.stdout == plain.stdout
