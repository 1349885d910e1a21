"""The compiled-pattern cache (protokoll.regexes): a pattern read back from the file behaves exactly as
re.compile's; a damaged file or an unwritable folder only costs the ordinary compile; a derived source is
read back only for the code that derived it."""
import importlib
import os
import re
import subprocess
import sys

import pytest

from protokoll import regexes

# Shapes the parser's patterns use: named groups, flags inline and passed, look-behind, Swedish classes,
# back-references, verbose mode, alternations of words.
PATTERNS = [
    (r"(?P<day>\d{1,2})\s+(?P<month>jan(?:uari)?|feb(?:ruari)?|mars?)\s+(?P<year>\d{4})", re.IGNORECASE),
    (r"(?<![\wåäö])§\s*(\d+)(?:\s*[-–]\s*(\d+))?", 0),
    (r"(?i)^(?:beslut|förslag till beslut)\s*:?\s*$", re.MULTILINE),
    (r"(\w)\1", 0),
    (r"""^ (?P<name>[A-ZÅÄÖ][a-zåäöé]+) \s+ \((?P<party>[A-ZÅÄÖ]{1,3})\) $""", re.VERBOSE),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE),
]
SUBJECTS = ["3 mars 2024", "12 Januari 1999", "§ 12–14 och §7", "Beslut:", "förslag till beslut", "aa bb",
            "Åsa (MP)", "Anna-Lena Öberg", "", "§§", "x\nBESLUT\n"]


def _new_process(monkeypatch) -> None:
    """Forget what this process compiled and derived: only the file is left."""
    monkeypatch.setattr(regexes, "_file", None)
    monkeypatch.setattr(regexes, "_compiled", {})
    monkeypatch.setattr(regexes, "_derived", {})
    monkeypatch.setattr(regexes, "_fingerprints", {})


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PROTOKOLL_CACHE", str(tmp_path))
    _new_process(monkeypatch)
    monkeypatch.setattr(regexes, "_added", False)
    return tmp_path


def _same(ours: re.Pattern, theirs: re.Pattern) -> None:
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
        theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
    for subject in SUBJECTS:
        assert [m.groups() for m in ours.finditer(subject)] == [m.groups() for m in theirs.finditer(subject)]
        assert [m.span() for m in ours.finditer(subject)] == [m.span() for m in theirs.finditer(subject)]


def test_patterns_read_back_from_the_file_behave_as_re_compile(fresh_cache, monkeypatch):
    for source, flags in PATTERNS:
        regexes.compile(source, flags)
    regexes.save()
    assert regexes.cache_file().parent == fresh_cache and regexes.cache_file().is_file()

    _new_process(monkeypatch)
    compiled_anew = []
    monkeypatch.setattr(regexes, "_compile_new", lambda *a: compiled_anew.append(a))
    for source, flags in PATTERNS:
        _same(regexes.compile(source, flags), re.compile(source, flags))
    assert compiled_anew == []  # every one came from the file


def test_a_damaged_file_is_ignored_and_replaced(fresh_cache):
    regexes.cache_file().parent.mkdir(parents=True, exist_ok=True)
    regexes.cache_file().write_bytes(b"\x00not marshal at all")
    source, flags = PATTERNS[0]
    _same(regexes.compile(source, flags), re.compile(source, flags))
    regexes.save()
    assert regexes.cache_file().read_bytes() != b"\x00not marshal at all"


def test_a_damaged_entry_is_compiled_afresh(fresh_cache, monkeypatch):
    source, flags = PATTERNS[1]
    regexes._load()["compiled"][(source, flags)] = (0, [1, 2, 3], 0, {}, ())  # code the engine refuses
    _same(regexes.compile(source, flags), re.compile(source, flags))


def test_an_unwritable_folder_costs_only_the_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("PROTOKOLL_CACHE", str(blocker / "below"))
    _new_process(monkeypatch)
    source, flags = PATTERNS[2]
    _same(regexes.compile(source, flags), re.compile(source, flags))
    regexes.save()  # no error
    assert not (blocker / "below").exists()


def test_syntax_errors_are_re_errors(fresh_cache):
    with pytest.raises(re.error):
        regexes.compile(r"(unclosed")


def test_a_later_process_parses_from_the_cache_alone(tmp_path):
    """The parser's own patterns: the first process fills the file, the second compiles and derives nothing
    (it has nothing to add to the file)."""
    env = {**os.environ, "PROTOKOLL_CACHE": str(tmp_path)}  # os.environ: PYTHONPATH names the code under test
    probe = ("import protokoll.regexes as r\nnew = []\nfresh = r._compile_new\n"
             "r._compile_new = lambda *a: new.append(a) or fresh(*a)\n"
             "import protokoll.pipeline\nprint(len(new), len(r._compiled), len(r._derived), int(r._added))")
    first = subprocess.run([sys.executable, "-c", "import protokoll.pipeline"], env=env, capture_output=True,
                           text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    compiled_anew, patterns, derived, added = map(int, second.stdout.split())
    assert compiled_anew == 0 and patterns > 100 and derived > 10 and added == 0


BUILDER = """
from protokoll import regexes

calls = []


@regexes.derived
def build(words, depth):
    calls.append(words)
    return "|".join(w * depth for w in words)
"""


def test_a_derived_source_is_read_back_only_for_the_code_that_derived_it(fresh_cache, tmp_path, monkeypatch):
    module = tmp_path / "derived_probe.py"
    module.write_text(BUILDER)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "derived_probe", raising=False)
    probe = importlib.import_module("derived_probe")
    assert probe.build(("a", "b"), 2) == "aa|bb" and probe.calls == [("a", "b")]
    regexes.save()

    _new_process(monkeypatch)
    probe.calls.clear()
    assert probe.build(("a", "b"), 2) == "aa|bb"
    assert probe.calls == []  # from the file
    assert probe.build(("a", "b"), 3) == "aaa|bbb" and probe.calls == [("a", "b")]  # other arguments: computed

    module.write_text(BUILDER + "# an edit beside the builder\n")  # its package changed: computed afresh
    _new_process(monkeypatch)
    probe.calls.clear()
    assert probe.build(("a", "b"), 2) == "aa|bb" and probe.calls == [("a", "b")]


def test_the_parsers_derived_sources_are_what_their_builders_compute(fresh_cache):
    """The cached builders answer as their code does (the file read back is the test above's)."""
    from protokoll.vocab import labels
    from protokoll.parse import recognise

    for pattern in (labels.SUMMARY.pattern, r"\b(?:får|fick|ges)\b", labels.word_led("kommun|region")):
        assert labels._folded_source(pattern) == labels.factored(labels._lower_source(pattern))
    led = r"\b(?:godkändes|godkänns)|\bnoteras\b"
    assert labels.letter_led(led) == labels.letter_led.__wrapped__(led)
    cues = tuple((i, cue.pattern) for i, cue in recognise._INDEXED if cue.where == recognise.ANY)
    assert recognise._search_source(cues) == recognise._search_source.__wrapped__(cues)
