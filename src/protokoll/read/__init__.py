"""Source file → pages of text. One module per kind of source; each external program has one wrapper."""
from __future__ import annotations

from dataclasses import dataclass, field


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
