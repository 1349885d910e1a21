"""Source file → pages of text. One module per kind of source; each external program has one wrapper."""
from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (issue 12: parse's start-up)
if TYPE_CHECKING:
    from typing import Callable

# Files read as images (``read.image``) by their name; ``pipeline.kind_of`` also knows them by their bytes.
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}


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
