"""A watermark's pieces in text as plain pdftotext gives it: blanked (length-preserving, so spans still hold).

A word set diagonally across the page ("UTKAST", "JUSTERAT") comes out of plain ``pdftotext`` as pieces of a few
capitals, each a line of its own among the text's blocks and out of order ("ST" / "A" / "TK" / "U"). Read so, a
piece stands between a label and its value, or between an item's number and its title. The PDF reader leaves a
turned text object out (``read.pdf``); this does it for text.

Only pieces that together spell a watermark word (vocab.conventions.WATERMARK_WORDS), each letter once, are
blanked: a page's other short capitals ("S", "KD" in a roll's party column) spell none.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from protokoll import regexes
from protokoll.vocab.conventions import WATERMARK_WORDS


@dataclass(frozen=True)
class WatermarkSettings:
    max_piece_letters: int = 4  # a piece of a turned word is this short; a longer capital line is a heading
    min_pieces: int = 2  # a whole word alone on its line is no piece: the page may print it as its own
    max_pieces: int = 12  # the page's pieces tried at most (their subsets are counted)


WATERMARKS = WatermarkSettings()

_PIECE = regexes.compile(r"^\s*([A-ZÅÄÖ]{1,4})\s*$")
_WORDS = tuple((word, Counter(word)) for word in WATERMARK_WORDS)


def blank(pages: list[str], settings: WatermarkSettings = WATERMARKS) -> list[str]:
    """``pages`` with each page's watermark pieces blanked; a page without them as it is."""
    return [_blank_page(page, settings) for page in pages]


def _blank_page(page: str, settings: WatermarkSettings) -> str:
    lines = page.split("\n")
    pieces = [(k, m.group(1)) for k, line in enumerate(lines)
              if len(line) <= 2 * settings.max_piece_letters + 8 and (m := _PIECE.match(line))
              and len(m.group(1)) <= settings.max_piece_letters]
    if len(pieces) < settings.min_pieces or len(pieces) > settings.max_pieces:
        return page
    chosen = _spelling(pieces, settings)
    if not chosen:
        return page
    for k in chosen:
        lines[k] = " " * len(lines[k])
    return "\n".join(lines)


def _spelling(pieces: list[tuple[int, str]], settings: WatermarkSettings) -> list[int]:
    """The lines of the most pieces that spell one watermark word (once or more, each letter used once); none
    where no such pieces are among them."""
    letters = Counter("".join(text for _, text in pieces))
    best: list[int] = []
    for word, counts in _WORDS:
        if any(letters[c] < n for c, n in counts.items()):
            continue
        for mask in range(1, 1 << len(pieces)):
            chosen = [pieces[b] for b in range(len(pieces)) if mask >> b & 1]
            if len(chosen) < settings.min_pieces or len(chosen) <= len(best):
                continue
            got = Counter("".join(text for _, text in chosen))
            copies, extra = divmod(sum(got.values()), len(word))
            if copies and not extra and all(got[c] == n * copies for c, n in counts.items()):
                best = [k for k, _ in chosen]
    return best
