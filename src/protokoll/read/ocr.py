"""The one wrapper around Tesseract (through pytesseract): page images → text with confidences.

Tesseract's own threading made a page about 4x slower on 2-core machines, so each call runs with
OMP_THREAD_LIMIT=1 and pages run side by side, one Tesseract process per core.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Iterator

from protokoll.read import Page

LOW_CONFIDENCE = 60.0  # words Tesseract is less sure of than this are flagged for review


def available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_image(image, lang: str = "swe", number: int = 1) -> Page:
    """One page image (PIL) → Page, with the text laid out in Tesseract's lines and paragraphs."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"  # inherited by the tesseract process pytesseract starts
    # Handed over as an uncompressed BMP: pytesseract would write a PNG, and compressing a 300 dpi
    # page costs a tenth of what Tesseract itself takes.
    with tempfile.NamedTemporaryFile(suffix=".bmp") as tmp:
        image.save(tmp.name, format="BMP")
        data = pytesseract.image_to_data(tmp.name, lang=lang, output_type=pytesseract.Output.DICT)
    text, low, confs = [], [], []
    pos = 0
    last_line = last_par = None
    for i, word in enumerate(data["text"]):
        word = word.strip()
        if not word:
            continue
        par = (data["block_num"][i], data["par_num"][i])
        line = par + (data["line_num"][i],)
        if last_line is not None and line != last_line:
            sep = "\n\n" if par != last_par else "\n"
            text.append(sep)
            pos += len(sep)
        elif last_line is not None:
            text.append(" ")
            pos += 1
        conf = float(data["conf"][i])
        if conf >= 0:
            confs.append(conf)
            if conf < LOW_CONFIDENCE:
                low.append((pos, pos + len(word)))
        text.append(word)
        pos += len(word)
        last_line, last_par = line, par
    mean = sum(confs) / len(confs) if confs else None
    return Page(number=number, text="".join(text), method="ocr", confidence=mean, low_confidence=low)


def ocr_pages(images: Iterable[tuple[int, object]], lang: str, workers: int | None = None) -> Iterator[Page]:
    """OCR (page number, image) pairs in parallel, yielding pages in order; at most 2 pages per worker wait."""
    workers = workers or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=workers) as pool:  # each thread waits on a tesseract process
        pending = []
        for number, image in images:
            pending.append(pool.submit(ocr_image, image, lang, number))
            if len(pending) >= 2 * workers:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
