"""Text folded for comparison: lower case without diacritics (``fold``). The municipalities' names,
people's names and the search index compare words so; a module of its own, so that the search loads
neither the municipalities' tables nor their patterns (issue 12). ``municipalities.fold`` is this one."""
from __future__ import annotations

import unicodedata


def fold(text: str, ocr: bool = True) -> str:
    """Lower case without diacritics; with ``ocr``, also OCR's é/6 read as o (names and places, where
    OCR confuses them; the search index folds words as written, ``ocr=False``). The one fold function."""
    text = text.lower()
    if ocr:
        text = text.replace("é", "o").replace("6", "o")
    if text.isascii():
        return text  # NFKD leaves ASCII as it is, and ASCII has no combining marks
    return unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS)


class _Marks(dict):
    """``str.translate`` table that drops combining marks: each character is looked up in
    ``unicodedata`` once, then translated in C (a loop over the characters in Python was a tenth of
    an ingest's time)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _Marks()
