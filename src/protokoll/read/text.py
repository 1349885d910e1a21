"""Plain-text minutes: bytes → str, with the encoding detected (UTF-8, UTF-16, cp1252/latin-1)."""
from __future__ import annotations

from pathlib import Path

from protokoll.errors import UnreadableInput

# Control characters other than tab, newline, carriage return and form feed mark binary data.
_PRINTABLE = bytes([9, 10, 12, 13] + list(range(32, 256)))  # deleting these leaves the control bytes


def _replaced(data: bytes, encoding: str, path: str) -> str:
    """``data`` decoded with undecodable bytes replaced by U+FFFD, and a warning saying how many."""
    import logging  # here, not at the top: loading it costs a hundredth of a parse's start; few texts need it

    text = data.decode(encoding, errors="replace")
    logging.getLogger("protokoll").warning(
        "protokoll: %s: warning: %d undecodable byte sequence(s) in %s text replaced",
        path, text.count("\ufffd"), encoding.upper())
    return text


def decode(data: bytes, path: str = "<bytes>") -> str:
    """The text of ``data`` in whatever encoding it has; any byte sequence gives either text or an
    ``UnreadableInput`` (UTF-16 of odd length or with stray bytes is decoded with replacements)."""
    if not data.strip():
        raise UnreadableInput(path, "filen är tom")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return _replaced(data, "utf-16", path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:65536]
    if b"\x00" in sample or len(sample.translate(None, _PRINTABLE)) > len(sample) * 0.01:
        raise UnreadableInput(path, "binärdata, ingen text (är det en PDF eller bild med fel filnamn?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]).best()
    if best is None:
        # Mostly UTF-8 with a few stray bytes: keep the text, say what was replaced.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") <= max(16, len(text) // 1000):
            return _replaced(data, "utf-8", path)
        raise UnreadableInput(path, "text i en okänd teckenkodning")
    return str(best)


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableInput(str(path), e.strerror or str(e)) from None
    return decode(data, str(path))
