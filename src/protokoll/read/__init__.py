"""Source file → pages of text. One module per kind of source; each external program has one wrapper."""
from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (issue 12: parse's start-up)
if TYPE_CHECKING:
    from typing import Callable

# Files read as images (``read.image``) by their name; ``pipeline.kind_of`` also knows them by their bytes.
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}


# Swedish prose has about 3 % å/ä/ö among its letters; OCR without a Swedish model, or a lossy conversion, leaves
# far fewer. Fewer than this share, over at least this many letters, is text that lost them.
SWEDISH_LETTERS = "åäöÅÄÖ"
LOST_SWEDISH_SHARE = 0.008
LOST_SWEDISH_MIN_LETTERS = 200
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def swedish_share(text: str) -> tuple[int, int]:
    """(å/ä/ö, letters) of a text."""
    # Counted with bytes.translate, which runs in C: ASCII letters plus the Swedish ones.
    swedish = sum(text.count(c) for c in SWEDISH_LETTERS)
    return swedish, len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS)) + swedish


def lost_swedish(text: str, min_letters: int = LOST_SWEDISH_MIN_LETTERS) -> bool:
    """True when a Swedish text of at least ``min_letters`` letters has far fewer å/ä/ö than Swedish prose always
    has (it lost them)."""
    swedish, letters = swedish_share(text)
    return letters >= max(1, min_letters) and swedish / letters < LOST_SWEDISH_SHARE


@dataclass
class Page:
    """The text of one page, as the reader got it, with what it knows about its quality."""

    number: int
    text: str
    method: str  # "text", "text-layer", "ocr", "docx"
    confidence: float | None = None  # mean OCR word confidence, 0–100
    low_confidence: list[tuple[int, int]] = field(default_factory=list)  # char ranges of doubtful words


@dataclass
class Options:
    ocr: str = "auto"  # auto | always | never
    lang: str = "swe"
    dpi: int = 300
    workers: int | None = None  # OCR processes; None = all cores
    progress: bool = False
    # How the pages to OCR are run: ``read.ocr.ocr_pages`` (this machine's cores) unless a caller spreads
    # them wider (``protokoll.scale`` sends each page to a Dask worker). Same signature and errors.
    ocr_map: Callable | None = None


@dataclass(frozen=True)
class PageLimits:
    """How much of a document is rendered and read (PDF pages, image frames)."""

    max_pages: int = 500  # a document with more pages is refused
    scale_area_points: float = 842.0 * 1191.0  # pages larger than A3 are rendered down to A3's area
    max_side_points: float = 14400.0  # a page side longer than PDF's own limit (200 in) is refused
    max_pixels: int = 40_000_000  # no page image is larger than this (also caps a high --dpi)


PAGE_LIMITS = PageLimits()


def render_scale(width: float, height: float, dpi: int, limits: PageLimits = PAGE_LIMITS) -> float | None:
    """The scale (pixels per point) at which a page of ``width`` × ``height`` points is rendered for OCR:
    ``dpi``, less for pages larger than A3 or images over ``max_pixels``; None for an absurd size."""
    if not (0 < width <= limits.max_side_points and 0 < height <= limits.max_side_points):
        return None
    scale = dpi / 72
    area = width * height
    if area > limits.scale_area_points:
        scale *= (limits.scale_area_points / area) ** 0.5
    if area * scale * scale > limits.max_pixels:
        scale = (limits.max_pixels / area) ** 0.5
    return scale
