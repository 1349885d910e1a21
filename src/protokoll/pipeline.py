"""The whole intake for one file: read → clean → parse. The CLI and web layers call only this."""
from __future__ import annotations

import hashlib
from pathlib import Path

from protokoll.clean.lines import clean
from protokoll.errors import TooLarge, UnreadableInput
from protokoll.model import Protocol, SourceFile
from protokoll.parse.minutes import parse_clean
from protokoll.read.text import decode

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def parse_text(text: str, path: str = "<text>") -> Protocol:
    """Parse the text of one set of minutes."""
    return parse_clean(clean(text), path)


def parse_file(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Protocol:
    """Parse one minutes file; raises a ``ProtokollError`` naming the file and the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UnreadableInput(str(path), e.strerror or str(e)) from None
    if path.is_dir():
        raise UnreadableInput(str(path), "is a directory")
    if size > max_bytes:
        raise TooLarge(str(path), f"{size} bytes is over the limit of {max_bytes} bytes")
    data = path.read_bytes()
    text = decode(data, str(path))
    protocol = parse_clean(clean(text), str(path))
    protocol.source_file = SourceFile(path=str(path), sha256=hashlib.sha256(data).hexdigest(),
                                      pages=max(1, text.count("\f") + 1))
    return protocol
