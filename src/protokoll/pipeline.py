"""The whole intake for one file: read → clean → parse. The CLI and web layers call only this.

The parser builds the plain record (``protokoll.record``); what this module returns is the model's
(``protokoll.model``, pydantic), converted on the way out — except ``parse_file_record``, the plain record
itself, which ``protokoll parse --json`` writes without ever loading pydantic (issue 12)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from protokoll.clean.lines import CleanText, clean
from protokoll.config import DEFAULT_MAX_BYTES
from protokoll.errors import NotMinutes, TooLarge, UnreadableInput
from protokoll.lazy import on_first_use
from protokoll.parse.minutes import parse_clean
from protokoll.read import IMAGE_SUFFIXES, Options, Page
from protokoll.read.text import decode
from protokoll.record import SourceFile

model = on_first_use("protokoll.model")  # pydantic: loaded where a model record is asked for

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (issue 12: parse's start-up)
if TYPE_CHECKING:
    from typing import Iterable

    from protokoll import record
    from protokoll.model import Protocol

_TEXT_BYTES = bytes([9, 10, 12, 13] + list(range(32, 256)))  # deleting these leaves the control bytes


def parse_text(text: str, path: str = "<text>") -> Protocol:
    """Parse the text of one set of minutes."""
    return model.from_record(parse_clean(clean(text), path))


def parse_cleaned(cleaned: CleanText, path: str) -> Protocol:
    """The model's record of a cleaned text (``read_clean``)."""
    return model.from_record(parse_clean(cleaned, path))


def kind_of(path: Path, head: bytes) -> str:
    """What a file holds, by its first bytes where they tell, else by its name."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    # A PDF may have junk before its header (readers look in the first kilobyte), but text minutes
    # that merely mention "%PDF-" are text: only a prefix with control bytes makes it a PDF.
    at = head.find(b"%PDF-", 0, 1024)
    if at > 0 and head[:at].translate(None, _TEXT_BYTES):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")) or \
            suffix in IMAGE_SUFFIXES:
        return "image"
    if head.startswith(b"PK") and suffix in (".docx", ".docm"):
        return "docx"
    return "text"


def read_pages(path: Path, options: Options | None = None) -> Iterable[Page]:
    """The pages of any supported file, in order (a generator for PDFs and images, so memory stays bounded)."""
    options = options or Options()
    with path.open("rb") as f:
        head = f.read(2048)
    kind = kind_of(path, head)
    if kind == "pdf":
        from protokoll.read.pdf import read_pdf

        return read_pdf(path, options)
    if kind == "image":
        from protokoll.read.image import read_image

        return read_image(path, options)
    if kind == "docx":
        from protokoll.read.docx import read_docx

        return read_docx(path)
    text = decode(path.read_bytes(), str(path))
    return [Page(number=i + 1, text=t, method="text") for i, t in enumerate(text.split("\f"))
            if t.strip() or i == 0]


def sha256_of(path: Path) -> str:
    """The file's content hash, read in chunks: the identity of a source in the archive."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_clean(path: Path | str, options: Options | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               progress=None) -> tuple[CleanText, list[Page]]:
    """Read and clean one file; ``progress`` is called with each page as it is read."""
    path = Path(path)
    if path.is_dir():
        raise UnreadableInput(str(path), "är en mapp, ingen fil")
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UnreadableInput(str(path), e.strerror or str(e)) from None
    if size == 0:
        raise UnreadableInput(str(path), "filen är tom")
    if size > max_bytes:
        raise TooLarge(str(path), f"{size} byte, över gränsen på {max_bytes} byte")
    pages = []
    for page in read_pages(path, options):
        pages.append(page)
        if progress:
            progress(page)
    if not any(p.text.strip() for p in pages):
        raise NotMinutes(str(path), "ingen text kunde läsas ur den (tom sida eller bild utan text)")
    cleaned = clean(pages=[p.text for p in pages], low=[p.low_confidence for p in pages],
                    typed=[p.method == "text" for p in pages], scanned=[p.method == "ocr" for p in pages])
    return cleaned, pages


def parse_file(path: Path | str, options: Options | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               progress=None) -> Protocol:
    """Parse one minutes file (text, PDF, scan, image, DOCX); raises a ``ProtokollError`` naming the file."""
    return parse_file_pages(path, options, max_bytes, progress)[0]


def parse_file_pages(path: Path | str, options: Options | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                     progress=None) -> tuple[Protocol, list[str]]:
    """``parse_file``, and the cleaned page texts the record's spans index (the archive keeps them)."""
    protocol, pages = parse_file_record(path, options, max_bytes, progress)
    return model.from_record(protocol), pages


def parse_file_record(path: Path | str, options: Options | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                      progress=None) -> tuple[record.Protocol, list[str]]:
    """``parse_file_pages`` with the plain record (``protokoll.record``), as the parser built it."""
    path = Path(path)
    cleaned, pages = read_clean(path, options, max_bytes, progress)
    protocol = parse_clean(cleaned, str(path))
    protocol.source_file = SourceFile.made(path=str(path), sha256=sha256_of(path), pages=len(pages),
                                           methods=[p.method for p in pages],
                                           ocr_confidence=[p.confidence for p in pages])
    return protocol, list(cleaned.pages)
