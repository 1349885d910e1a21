"""The Swedish lexicon the OCR repair weighs words with, in a compact, memory-mapped form.

wordfreq's Swedish list (340,000 words) as a Python dict costs about 50 MiB and half a second per
process. The same words and probabilities, with the project's vocabulary of well-spelled minutes given
a floor, are built once into a marisa-trie file (about 1.5 MB) in the user's cache folder and mapped
into memory on first use; a process that never meets OCR-damaged text never opens it.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from protokoll.config import CACHE_ENV, cache_dir, data_text  # noqa: F401 - CACHE_ENV: where the lexicon is kept

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (issue 12: parse's start-up)

if TYPE_CHECKING:  # imported where used: parsing text that needs no repair never pays for them
    import marisa_trie

VOCABULARY_FLOOR = 1e-5  # the probability a word of the project's vocabulary has at least
# and how much likelier than in general text it is in minutes: enough for "val" (election) to beat "väl"
# (well), six times as common in general Swedish, once the word as written has its own bonus.
VOCABULARY_BOOST = 4.0
_RECORD = "<d"  # one little-endian double per word: its probability (as wordfreq gives it)


def _vocabulary() -> str:
    return data_text("vocabulary.txt")


def _path() -> Path:
    """The lexicon file for this wordfreq and this vocabulary: a new version of either builds anew."""
    from importlib import metadata

    weights = f"{VOCABULARY_FLOOR}/{VOCABULARY_BOOST}"
    key = hashlib.sha256(f"{metadata.version('wordfreq')}\n{weights}\n{_vocabulary()}".encode()).hexdigest()[:16]
    return cache_dir() / f"lexicon-sv-{key}.marisa"


def _words() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    words = dict(get_frequency_dict("sv"))
    for line in _vocabulary().splitlines():
        word = line.strip().lower()
        if word and not word.startswith("#"):
            words[word] = max(words.get(word, 0.0) * VOCABULARY_BOOST, VOCABULARY_FLOOR)
    return words


def build(path: Path) -> "marisa_trie.RecordTrie":
    """Build the lexicon and write it to ``path`` atomically (a rename), so that concurrent builders
    and a reader never see half a file."""
    import tempfile

    import marisa_trie

    trie = marisa_trie.RecordTrie(_RECORD, ((w, (p,)) for w, p in _words().items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        trie.save(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return trie


class Lexicon:
    """Word → probability (0.0 for a word it does not know)."""

    def __init__(self, trie: "marisa_trie.RecordTrie"):
        self._trie = trie

    def __contains__(self, word: str) -> bool:
        return word in self._trie

    def prob(self, word: str) -> float:
        found = self._trie.get(word)
        return found[0][0] if found else 0.0

    def __len__(self) -> int:
        return len(self._trie)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, mapped from the cache (built there first if missing); built in memory only where
    no cache folder can be written."""
    import marisa_trie

    path = _path()
    if not path.exists():
        try:
            build(path)
        except OSError:
            return Lexicon(marisa_trie.RecordTrie(_RECORD, ((w, (p,)) for w, p in _words().items())))
    try:
        return Lexicon(marisa_trie.RecordTrie(_RECORD).mmap(str(path)))
    except (OSError, RuntimeError):  # a damaged cache file: build it again
        return Lexicon(build(path))
