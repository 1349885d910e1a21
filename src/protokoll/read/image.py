"""Images of pages (PNG, JPEG, TIFF; a TIFF may hold several pages) → OCR'd pages."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from protokoll.errors import UnreadableInput
from protokoll.read import Options, Page, ocr


def read_image(path: Path, options: Options) -> Iterator[Page]:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    if not ocr.available():
        raise UnreadableInput(str(path), "images need Tesseract, which is not installed")
    try:
        image = Image.open(path)
        image.load()
    except (UnidentifiedImageError, OSError) as e:
        raise UnreadableInput(str(path), f"corrupt or unsupported image ({e})") from None

    def frames():
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            yield number, frame.convert("L")

    yield from ocr.ocr_pages(frames(), options.lang, options.workers)
