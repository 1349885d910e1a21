"""The OCR repair's lexicon: built once into the cache, memory-mapped, loaded only for damaged text."""
import subprocess
import sys

from protokoll.clean import lexicon as lex


def test_built_into_the_cache_and_mapped(tmp_path, monkeypatch):
    monkeypatch.setenv(lex.CACHE_ENV, str(tmp_path))
    lex.lexicon.cache_clear()
    try:
        words = lex.lexicon()
        files = list(tmp_path.glob("lexicon-sv-*.marisa"))
        assert len(files) == 1 and files[0].stat().st_size < 5_000_000
        assert "för" in words and words.prob("för") > 0.01 and words.prob("qqxyzzy") == 0.0
        assert words.prob("kommundirektörsmöte") >= lex.VOCABULARY_FLOOR  # the project's vocabulary
        assert len(words) > 300_000
    finally:
        lex.lexicon.cache_clear()


def test_a_damaged_cache_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv(lex.CACHE_ENV, str(tmp_path))
    lex.lexicon.cache_clear()
    try:
        path = lex._path()
        path.write_bytes(b"not a trie")
        assert lex.lexicon().prob("och") > 0
        assert path.stat().st_size > 1_000_000
    finally:
        lex.lexicon.cache_clear()


CHECK = """
import sys
from protokoll.pipeline import parse_text
from protokoll.clean.lexicon import lexicon
p = parse_text(sys.stdin.read())
print(lexicon.cache_info().currsize, "wordfreq" in sys.modules)
"""
GOOD = ("Protokoll från styrelsemöte i Exempelföreningen\\nDatum: 2024-03-12\\nNärvarande: Anna Norén, Per Lindén\\n\\n"
        "1. Öppnande\\nMötet öppnades.\\n2. Turné\\nStyrelsen beslutade att genomföra en turné med nya idéer.\\n"
        "3. Avslutning\\n")


def _loads_lexicon(text: str) -> str:
    return subprocess.run([sys.executable, "-c", CHECK], input=text, capture_output=True, text=True,
                          check=True).stdout.split()


def test_ordinary_e_acute_words_do_not_load_the_lexicon():
    assert _loads_lexicon(GOOD.replace("\\n", "\n")) == ["0", "False"]


def test_ocr_damage_loads_it_and_once_built_wordfreq_stays_unread():
    damaged = GOOD.replace("\\n", "\n").replace("genomföra", "genomféra")
    assert _loads_lexicon(damaged)[0] == "1"  # the first run may build the cache from wordfreq
    assert _loads_lexicon(damaged) == ["1", "False"]
