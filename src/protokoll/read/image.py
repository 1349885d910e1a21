"""Images of pages (PNG, JPEG, TIFF; a TIFF may hold several pages) → OCR'd pages."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from protokoll.errors import TooLarge, UnreadableInput
from protokoll.read import PAGE_LIMITS, Options, Page, ocr


def read_image(path: Path, options: Options) -> Iterator[Page]:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    if not ocr.available():
        raise UnreadableInput(str(path), "bilder kräver Tesseract, som inte är installerat")
    try:
        image = Image.open(path)
        image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, EOFError, SyntaxError) as e:
        raise UnreadableInput(str(path), f"skadad bild eller bildformat som inte stöds ({e})") from None

    def frames():
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if number > PAGE_LIMITS.max_pages:
                raise TooLarge(str(path), f"över gränsen på {PAGE_LIMITS.max_pages} sidor")
            if frame.width * frame.height > PAGE_LIMITS.max_pixels:
                scale = (PAGE_LIMITS.max_pixels / (frame.width * frame.height)) ** 0.5
                frame = frame.resize((max(1, int(frame.width * scale)), max(1, int(frame.height * scale))))
            yield number, frame.convert("L")

    try:
        yield from (options.ocr_map or ocr.ocr_pages)(frames(), options.lang, options.workers)
    except ocr.OcrFailed as e:
        raise (TooLarge if e.exit_code == TooLarge.exit_code else UnreadableInput)(str(path), e.reason) from None
    except (OSError, ValueError, EOFError, SyntaxError, Image.DecompressionBombError) as e:  # a frame that cannot be decoded
        raise UnreadableInput(str(path), f"skadad bild eller bildformat som inte stöds ({e})") from None
