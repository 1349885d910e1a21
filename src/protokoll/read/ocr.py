"""The one wrapper around Tesseract: page images → text with confidences.

In OCRmyPDF's manner: Tesseract runs as a child process with an environment of its own (a copy of the
process environment with OMP_THREAD_LIMIT=1: Tesseract's own threading made a page about 4x slower on
2-core machines, so pages run side by side, one single-threaded process per core), with a timeout per
page and a time budget per document, and its failures mapped to one-line errors. ``run_tesseract`` is
the one place a process starts: tests replace it to make Tesseract crash, hang or lack a language.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Iterator

from protokoll.errors import TooLarge, UnreadableInput
from protokoll.read import Page, deskew, screen

LOW_CONFIDENCE = 60.0  # words Tesseract is less sure of than this are flagged for review


@dataclass(frozen=True)
class OcrLimits:
    """How long Tesseract may work (seconds)."""

    page_seconds: float = 180.0  # one page; a page that takes longer is refused
    document_seconds: float = 900.0  # all OCR of one document, pages in parallel counted by the clock


LIMITS = OcrLimits()


class OcrFailed(Exception):
    """Tesseract failed on a page; ``reason`` is one line. Readers turn it into a ``ProtokollError``."""

    def __init__(self, reason: str, exit_code: int = UnreadableInput.exit_code):
        super().__init__(reason)
        self.reason = reason
        self.exit_code = exit_code


def available() -> bool:
    return shutil.which("tesseract") is not None


def tesseract_env() -> dict[str, str]:
    """The environment of a Tesseract process: a copy; the process's own is never changed."""
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def run_tesseract(args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    """Run Tesseract (the failure-injection seam: tests replace this function)."""
    return subprocess.run(args, env=env, capture_output=True, timeout=timeout, check=False)


@functools.lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """The languages the installed Tesseract has (empty when it cannot say)."""
    try:
        done = run_tesseract(["tesseract", "--list-langs"], tesseract_env(), 30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    out = (done.stdout or b"").decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in out[1:] if line.strip() and " " not in line.strip())


def check_languages(lang: str) -> None:
    """Raise ``OcrFailed`` naming each of ``lang`` ("swe+eng") that Tesseract does not have."""
    have = languages()
    missing = [x for x in lang.split("+") if x and have and x not in have]
    if missing or not lang.strip("+"):
        raise OcrFailed(f"Tesseract saknar språket {'+'.join(missing) or repr(lang)} "
                        f"(installerade: {', '.join(sorted(have)) or 'inga'})")


def _error(stderr: bytes, lang: str) -> str:
    text = stderr.decode("utf-8", "replace")
    m = re.search(r"Failed loading language '([^']*)'", text)
    if m:
        return f"Tesseract saknar språket {m.group(1)} (--lang {lang} angavs)"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "Tesseract misslyckades: " + ("; ".join(lines[-2:]) if lines else "inget meddelande")


def _tsv(text: str) -> dict[str, list]:
    """Tesseract's TSV as columns, numbers as ints (conf truncated), as pytesseract's DICT output."""
    rows = [row.split("\t") for row in text.strip().split("\n")]
    if len(rows) < 2:
        return {}
    header = rows.pop(0)
    if len(rows[-1]) < len(header):
        rows[-1].append("")
    out: dict[str, list] = {}
    for i, head in enumerate(header):
        column = out[head] = []
        for row in rows:
            if len(row) <= i:
                continue
            if i == len(header) - 1:
                column.append(row[i])
                continue
            try:
                column.append(int(float(row[i])))
            except ValueError:
                column.append(row[i])
    return out


@dataclass(frozen=True)
class ScanSettings:
    """How a scanned page is set upright before it is read."""

    # A page read with a lower mean word confidence than this (and at least ``orientation_min_words``
    # words) may lie turned on the glass: Tesseract's orientation detection (OSD, ``--psm 0``) is asked,
    # and the page is read again turned when OSD says so. Upright pages, even poor scans, read above it
    # (the degraded renderings: 75-95); an upside-down page reads at 30-45.
    orientation_check_below: float = 65.0
    orientation_min_words: int = 12
    # A page lying sideways is read well by Tesseract, which turns its lines itself, but its word boxes
    # stay those of the sideways image (taller than wide) and its layout is lost: such a page is asked
    # too. Words of ``sideways_min_chars`` letters or more are looked at; when ``sideways_share`` of
    # them stand on end, the page lies sideways (an upright page: none; a sideways one: all).
    sideways_min_chars: int = 4
    sideways_share: float = 0.5
    sideways_keep: float = 0.8  # the upright reading of a sideways page is kept unless it is this much poorer


SCAN = ScanSettings()


@dataclass(frozen=True)
class GapSettings:
    """Where a scanned page's paragraphs break, by its vertical gaps rather than by Tesseract's own segmentation.

    Tesseract's paragraphs of a typed page do not follow the page's paragraph spaces: a topic line a paragraph's
    space under the paragraph above is read as that paragraph's last line ("… vad som ska köpas." / "Program"),
    and a topic line set right over its paragraph as a paragraph of its own. Within one of Tesseract's blocks a
    paragraph therefore breaks where the page leaves more room between two lines than between its other lines."""

    # A line's pitch to the line before it (top to top: a line's top is its capitals' and ascenders', which
    # nearly every Swedish line has, while a short line often lacks descenders) at this share of the page's usual
    # pitch or more is a paragraph's space. Typed pages: lines 60 px apart at 300 dpi, 72-79 px across a
    # paragraph space, 61-65 px where a line's capitals differ.
    paragraph_pitch: float = 1.15
    # The page's usual pitch is the median of this many pitches or more; a page with fewer keeps Tesseract's
    # paragraphs.
    min_pitches: int = 6
    # A line this much taller than the page's usual line is set in larger type (a title over two lines, 60 px
    # high against the body's 40-46): its pitch is measured against the usual one grown by the same share.
    larger_type: float = 1.25
    # A block's first line starting this many line heights or less from the left of the line over it (the last of
    # the block before) goes on with that line's paragraph when it stands at the usual pitch under it.
    same_left: float = 1.0


GAPS = GapSettings()
SENTENCE_ENDS = (".", ":", "!", "?", ";")  # a line's last word ending so ends its sentence


@dataclass(frozen=True)
class NumberColumnSettings:
    """When a list's numbers are read as a block of their own, apart from the lines they number.

    Tesseract cuts a column of item numbers ("2.", "3.", "5." down the left edge, each a gap's width before its
    text) into a block of its own when the text beside them starts in blocks of their own: the page then reads
    "2" / "3" / "5" after or before ". Kallelsen till mötet" / ": Mötesordförande", and a side-by-side reading
    takes the page for a table. A number line whose row a line of another block continues, starting this close
    to its right, is that line's start: that line and the lines after it in its block are read from the number's
    place on."""

    # the text starts at most this many times the number's height to the right of it (a tab after "2.": 0.3-1)
    gap: float = 1.5
    # the two share this share of the lower one's height
    overlap: float = 0.5


NUMBERS = NumberColumnSettings()


@dataclass(frozen=True)
class CellGapSettings:
    """Where a line of a scanned page leaves a cell's gap between two words, as a ruled table's row does
    ("Ingela Brink (POSK), ordförande" | "X" | "Kjell Ström (S)" | "X", which Tesseract reads as one line).

    Such a gap is written as the text layer's reader writes a table's (``pdf.layout``): runs of spaces that set the
    next word at its column on the page (the page's usual character width apart), three at least; the rows of a
    table then stand in columns, as ``pdftotext -layout`` prints them."""

    # a gap this many of the page's usual character widths or wider is a cell's (a word space: 0.5-1; a justified
    # line's widest: 2)
    cell_gap: float = 3.0
    cell_spaces: int = 3  # the fewest spaces a cell's gap is written with (``pdf.CELL_SPACES``)
    min_chars: int = 4  # words this long or longer tell the page's character width
    # a line whose first word starts this many character widths or less from where a cell of the line over it
    # starts (and a cell's gap from the page's left) continues that cell: it is set at its column
    column_slack: float = 1.5


CELL_GAPS = CellGapSettings()
# A line that is only a list's number ("2", "12.", "3)") and the punctuation Tesseract splits off after it
# (". Kallelsen", ": Mötesordförande", "« Ekonomi": the number's point, read apart or as a quote sign)
LIST_NUMBER = re.compile(r"^\d{1,3}[.):]?$")
SPLIT_POINT = re.compile(r"^[.:,;«»'`´]{1,2}$")
# A "word" that is a ruled line read as letters: a table's or a stamp's upright rule ("|", "||", "¦"). No text;
# the gap it stood in stays (a cell's gap, ``CellGapSettings``).
RULE_GLYPHS = re.compile(r"^[|¦]{1,3}$")
SPECK_GLYPHS = re.compile(r"^[.,:;'`´\-–—~]{1,2}$")  # what a speck of toner is read as
FLAT_GLYPHS = re.compile(r"^[.,:;'`´\-–—~_Il|]{1,2}$")  # and a flat mark (a dash, a rule's stub), a speck or not


@dataclass(frozen=True)
class InkSettings:
    """A hand's ink on a typed page (signatures over their lines, initials in the page's foot box, a stamp's
    scrawl): Tesseract reads it as short "words" ("UU", "JASÅ", "UNUA") whose boxes stand far taller than the
    type's (100-130 px against 25-35 px at 300 dpi) and that it is unsure of (0-45). Such a word is no text."""

    # times the page's usual word height, or more (a title's type: 1.5-2; a title word read unsure stays)
    taller: float = 2.5
    below: float = LOW_CONFIDENCE  # read with a confidence under this
    max_chars: int = 6  # and this short (a hand's loops read as a few letters; a title's words are longer)
    min_words: int = 12  # the page's usual word height is told by this many words or more
    initials_max: int = 3  # letters of a hand's initials read as a word at the type's height ...
    initials_below: float = 40.0  # ... alone in its line and read with a confidence under this (type: 80-96)
    margin_max: int = 2  # letters of a mark in the margin read as a word a cell's gap before its line's text
    # a "word" of points or dashes whose box is smaller than this share of the usual word height either way, last in
    # its line and apart from the words before it (or alone), is a speck of the copier's toner (a printed dash is as
    # wide as a letter; a point or colon split off its word stands a word's space after it)
    speck: float = 0.35
    # ... and such a "word" lower than ``speck_unsure_height`` of the usual word height (a blot, 15 x 15 px; a point
    # or a dash of the type stands by its word, not apart) that Tesseract is all but unsure of, one or more last in
    # their line, each apart ("Kjell Ström (V)      -     -": specks of the copier, 15 x 9 and 15 x 3 px, at 0)
    speck_unsure: float = 10.0
    speck_unsure_height: float = 0.5
    # a punched hole (6 mm across: 70 px at 300 dpi) read as a letter or two in the margin: its box this many times
    # the usual word height or more, and square (its sides within ``hole_square`` of each other)
    hole: float = 1.6
    hole_square: float = 1.3
    # a hand's stroke read as a short word: its box this many times as wide as the page's usual letters would set it
    stroke: float = 3.0


INK = InkSettings()


@dataclass(frozen=True)
class StampSettings:
    """A rubber stamp pressed on the page ("JUSTERAT", "INKOM" over a date and a diary number, in a box, in the
    margin or over the text's edge): Tesseract reads its word, its date and its frame's edges ("LL", "Ke", "I",
    "oo") as words of the lines beside it ("… föreslog dagordning, som   JUSTERAT", "Kerstin Olofsson (M)   LL",
    "Amina Rashid (C), 2:e vice ordförande   Ke"), and they end up in a decision, a roll or the meeting's place.
    A stamp is told by its word in capitals (``words``), standing apart (``gap`` characters after the word before
    it in its line, or first in its line); its box reaches around that word (``reach_*``);
    the words in the box that stand apart from the line's text before them, and those after them in the box, are
    the stamp's. Text under the box that runs on from its line by a word's space stays."""

    words: frozenset[str] = frozenset({"JUSTERAT", "JUSTERAD", "INKOM", "INKOMMIT", "INKOMMEN", "ANKOM", "ANKOMMIT",
                                       "MOTTAGET", "MOTTAGEN", "EXPEDIERAT", "EXPEDIERAD", "REGISTRERAT",
                                       "REGISTRERAD", "DIARIENR", "DIARIENUMMER"})
    part_min: int = 4  # letters of a stamp's word that OCR cut apart ("JUSTE" / "RAT") that tell it
    # the characters' widths before the stamp's word, at least, that set it apart from the text of its line (wider
    # than a justified line's widest word space; the stamp's words in its box are apart by a cell's gap)
    gap: float = 2.0
    mark_max: int = 3  # characters of a frame's edge read as a word before the stamp's word ("PN:", "I", "LL")
    # the box around the stamp's word, in its word's width (either side) and height (over and under: the word
    # stands in the box's upper half, the date and number under it; a stamp pressed up to 15° askew)
    reach_side: float = 0.35
    reach_up: float = 1.6
    reach_down: float = 3.2


STAMP = StampSettings()


def _run(args: list[str], number: int, deadline: float) -> subprocess.CompletedProcess:
    """One Tesseract process for page ``number`` (a failure to start mapped); the page's time is shared by its runs."""
    try:
        return run_tesseract(args, tesseract_env(), max(0.0, deadline - time.monotonic()))
    except OSError as e:
        raise OcrFailed(f"Tesseract kunde inte startas ({e.strerror or e})") from None


def resolution(image) -> int | None:
    """The page image's resolution (dots per inch) where its reader knows it (``image.info["dpi"]``)."""
    dpi = image.info.get("dpi") if hasattr(image, "info") else None
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError, IndexError):
        return None
    return value if value >= MIN_DPI else None


# Below this a stated resolution is no real one (a file's 1 or 72 "dpi" written by default): Tesseract then guesses.
MIN_DPI = 100


def _with_image(image, args: list[str], number: int, deadline: float, dpi: int | None = None) -> subprocess.CompletedProcess:
    # Handed over as an uncompressed BMP: a PNG would cost a tenth of what Tesseract itself takes. A BMP states
    # no resolution Tesseract takes, so the page's own is given: guessed, it is too low, and the page's layout
    # comes apart (a column of item numbers read as a block of its own, after the text it numbers).
    dpi = dpi or resolution(image)
    with tempfile.TemporaryDirectory(prefix="protokoll-ocr-") as tmp:
        name = os.path.join(tmp, "page.bmp")
        image.save(name, format="BMP")
        return _run(["tesseract", name, "stdout", *(["--dpi", str(dpi)] if dpi else []), *args], number, deadline)


def _read_words(image, lang: str, number: int, deadline: float, dpi: int | None = None) -> dict[str, list]:
    done = _with_image(image, ["-l", lang, "tsv"], number, deadline, dpi)
    if done.returncode != 0:
        raise OcrFailed(f"sidan {number}: {_error(done.stderr or b'', lang)}")
    return _tsv((done.stdout or b"").decode("utf-8", "replace"))


def orientation(image, number: int = 1, deadline: float | None = None) -> int:
    """Degrees (90, 180, 270) to turn ``image`` clockwise to set it upright, by Tesseract's OSD; 0 when
    it is upright or OSD cannot tell (too little text, no osd data): the page is then read as it lies."""
    deadline = time.monotonic() + LIMITS.page_seconds if deadline is None else deadline
    done = _with_image(image, ["--psm", "0"], number, deadline)
    found = re.search(rb"^Rotate:\s*(\d+)", done.stdout or b"", re.M) if done.returncode == 0 else None
    return int(found.group(1)) % 360 if found else 0


def _confidence(data: dict[str, list]) -> tuple[int, float | None]:
    """(words, mean confidence) of Tesseract's TSV."""
    confs = [float(c) for c, w in zip(data.get("conf", []), data.get("text", []))
             if str(w).strip() and isinstance(c, (int, float)) and c >= 0]
    return len(confs), (sum(confs) / len(confs) if confs else None)


def _confident_chars(data: dict[str, list]) -> int:
    """How much of a reading Tesseract is sure of: the characters of its words at ``LOW_CONFIDENCE`` or over."""
    return sum(len(str(w).strip()) for c, w in zip(data.get("conf", []), data.get("text", []))
               if isinstance(c, (int, float)) and c >= LOW_CONFIDENCE)


def _sideways(data: dict[str, list], settings: ScanSettings | None = None) -> bool:
    """Whether Tesseract read the page's words on end (their boxes taller than wide): it lay sideways."""
    settings = settings or SCAN
    boxes = [(w, h) for t, w, h in zip(data.get("text", []), data.get("width", []), data.get("height", []))
             if len(str(t).strip()) >= settings.sideways_min_chars and isinstance(w, int) and isinstance(h, int)]
    return len(boxes) >= settings.orientation_min_words and \
        sum(h > w for w, h in boxes) >= settings.sideways_share * len(boxes)


def _upright_words(image, lang: str, number: int, deadline: float) -> dict[str, list]:
    """Tesseract's words of a page cleared of a watermark (``screen``) and set straight (``deskew``), read
    again turned when it reads poorly or on end and OSD finds it turned; of the two readings the one with more
    confident text is kept (a reading on end only when the upright one is much poorer: its layout is lost)."""
    dpi = resolution(image)  # the straightened copy is a new image, without the page's info
    image = screen.without_watermark(image)  # a watermark off first: it garbles the lines it crosses
    data = _read_words(deskew.straighten(image), lang, number, deadline, dpi)
    words, mean = _confidence(data)
    poor = mean is not None and mean < SCAN.orientation_check_below and words >= SCAN.orientation_min_words
    if not poor and not _sideways(data):
        return data
    turn = orientation(image, number, deadline)
    if not turn:
        return data
    turned = _read_words(deskew.straighten(image.rotate(-turn, expand=True)), lang, number, deadline, dpi)
    # a reading on end is as confident as the upright one but has lost the page's layout
    par = SCAN.sideways_keep if not poor else 1.0
    return turned if _confident_chars(turned) > par * _confident_chars(data) else data


def ocr_image(image, lang: str = "swe", number: int = 1, timeout: float | None = None) -> Page:
    """One page image (PIL) → Page, with the text laid out in Tesseract's lines and paragraphs."""
    timeout = LIMITS.page_seconds if timeout is None else timeout
    try:
        data = _upright_words(image, lang, number, time.monotonic() + timeout)
    except subprocess.TimeoutExpired:
        raise OcrFailed(f"OCR av sidan {number} tog mer än gränsen på {timeout:.0f} s", TooLarge.exit_code) from None
    data = _numbers_to_their_lines(_without_marks(data))
    rebuilt = _side_by_side_rows(data) if data.get("text") else None
    if rebuilt is not None:
        return Page(number=number, text=rebuilt[0], method="ocr", confidence=rebuilt[2], low_confidence=rebuilt[1])
    text, low, confs = [], [], []
    pos = 0
    last_line = last_par = None
    paragraph_of = _gap_paragraphs(data)
    cell_gaps = _cell_gaps(data)
    for i, word in enumerate(data.get("text", [])):
        word = str(word).strip()
        if not word:
            continue
        try:
            line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            par = paragraph_of.get(line, line[:2])
            conf = float(data["conf"][i])
        except (KeyError, IndexError, ValueError, TypeError):
            raise OcrFailed(f"sidan {number}: Tesseract skrev utdata som inte kan läsas") from None
        if last_line is not None and line != last_line:
            sep = ("\n\n" if par != last_par else "\n") + cell_gaps.get(i, "")
            text.append(sep)
            pos += len(sep)
        elif last_line is not None:
            sep = cell_gaps.get(i, " ")
            text.append(sep)
            pos += len(sep)
        if conf >= 0:
            confs.append(conf)
            if conf < LOW_CONFIDENCE:
                low.append((pos, pos + len(word)))
        text.append(word)
        pos += len(word)
        last_line, last_par = line, par
    mean = sum(confs) / len(confs) if confs else None
    return Page(number=number, text="".join(text), method="ocr", confidence=mean, low_confidence=low)


def _cell_gaps(data: dict, settings: CellGapSettings | None = None) -> dict[int, str]:
    """The spaces before each word that stands a cell's gap after the word before it in its line
    (``CellGapSettings``), by the word's index; words after an ordinary space are not in it."""
    settings = settings or CELL_GAPS
    words = _words(data)
    char = _char_width(words, settings.min_chars)
    if char is None:
        return {}
    left = min(b[0] for _, _, b, _ in words)
    out: dict[int, str] = {}
    previous = None
    columns: list[int] = []  # where the cells of the line before start (the cells' gaps' words)
    start = shift = 0  # the line's first word's column on the page, and the spaces it is written after
    for i, key, box, word in words:
        if previous is None or previous[0] != key:
            above, start, length, first = start - shift, round((box[0] - left) / char), len(word), word
            # a line that starts under a cell of the line before (a value cell's next line, its label cell
            # empty: "Beslutande   Bengt Alm (S)" / "Gunilla Rask (M)") is set at that column
            shift = 0
            if any(abs(box[0] - x) <= settings.column_slack * char for x in columns) and start - above > 0:
                shift = start - above
                out[i] = " " * shift
            columns = [box[0]] if shift else []
        else:
            # (a list's number and its text: a tab's gap, one cell)
            if box[0] - previous[1] >= settings.cell_gap * char and not (length == len(first) and
                                                                        LIST_NUMBER.match(first)):
                column = round((box[0] - left) / char) - start
                out[i] = " " * max(column - length, settings.cell_spaces)
                columns.append(box[0])
            length += len(out.get(i, " ")) + len(word)
        previous = (key, box[2])
    return out


def _words(data: dict) -> list[tuple[int, tuple, tuple, str]]:
    """Tesseract's words as (index, line key, box, text), empty rows left out; [] where its TSV lacks a box."""
    out = []
    for i, word in enumerate(data.get("text", [])):
        word = str(word).strip()
        if word:
            try:
                key, box = _word_box(data, i)
            except (KeyError, IndexError, TypeError):
                return []
            if not all(isinstance(x, int) for x in box):
                return []
            out.append((i, key, box, word))
    return out


def _line_boxes(data: dict) -> dict[tuple, list[int]]:
    """Tesseract's lines (block, paragraph, line) → [left, top, right, bottom] of their words."""
    boxes: dict[tuple, list[int]] = {}
    for _, key, box, _ in _words(data):
        boxes[key] = _union(boxes.get(key, box), box)
    return boxes


def _word_box(data: dict, i: int) -> tuple[tuple, tuple]:
    """The (block, paragraph, line) of Tesseract's word ``i`` and its box (left, top, right, bottom)."""
    key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
    return key, (data["left"][i], data["top"][i], data["left"][i] + data["width"][i], data["top"][i] + data["height"][i])


def _union(a, b) -> list:
    """The box that holds boxes ``a`` and ``b``."""
    return [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]


def _without_marks(data: dict, settings: InkSettings | None = None) -> dict:
    """Tesseract's words without those that are ruled lines (``RULE_GLYPHS``), a hand's ink (``InkSettings``) or a
    stamp's (``StampSettings``); ``data`` itself where none is."""
    settings = settings or INK
    texts = data.get("text", [])
    words = _words(data)
    heights = sorted(box[3] - box[1] for _, _, box, _ in words)
    usual = heights[len(heights) // 2] if len(heights) >= settings.min_words else None
    ink = {i for i, _, box, word in words if usual and box[3] - box[1] >= settings.taller * usual
           and len(word) <= settings.max_chars and isinstance(data["conf"][i], (int, float)) and 0 <= data["conf"][i] < settings.below}
    ink |= _stamped(words)
    if usual:  # a copier's speck read as a point or a dash: a line of its own (a "-" row in a ruled roll) or a
        # cell's gap after its line's text ("Sandgren, sekreterare        .")
        # (and a flat mark alone in its line, read as a letter: a list's dash read "I" in a block of its own)
        kept = [w for w in words if w[0] not in ink]
        last = {key: i for i, key, _, _ in kept}
        first = {key: i for i, key, _, _ in reversed(kept)}
        apart = _apart(kept)
        ink |= {i for i, key, box, word in kept if last[key] == i and i in apart and SPECK_GLYPHS.match(word)
                and max(box[2] - box[0], box[3] - box[1]) < settings.speck * usual}
        ink |= {i for i, key, box, word in kept if first[key] == i == last[key] and FLAT_GLYPHS.match(word)
                and box[3] - box[1] < settings.speck * usual}
        ink |= _unsure_specks([w for w in kept if w[0] not in ink], apart, data["conf"],
                              settings.speck_unsure_height * usual, settings.speck_unsure)
        # (and a speck read as a letter or a quote, anywhere: no letter's box is that small either way, '"I' 2 x 2 px)
        # (a point read apart as "«" or ":" stays: it tells a list's number, ``_numbers_to_their_lines``)
        ink |= {i for i, key, box, word in kept if any(c.isalnum() for c in word) and len(word) <= settings.margin_max
                and max(box[2] - box[0], box[3] - box[1]) < settings.speck * usual}
        # (and a flat mark read as a letter that Tesseract is hardly sure of: a rule's stub or a smear, 15 x 3 px, read
        # "i" after "Nästa möte"; no letter is that low)
        ink |= {i for i, key, box, word in kept if any(c.isalnum() for c in word) and len(word) <= settings.margin_max
                and box[3] - box[1] < settings.speck * usual and _unsure(data["conf"][i], settings.initials_below)}
    # a mark in the margin before a line's text (a punched hole, a watermark's or a stamp's edge) read as a letter or
    # two that Tesseract is hardly sure of, a cell's gap before the line's first word: "Ö   $ 2 Godkännande ..."
    # (left of where the page's lines start: a list's number garbled there, "Za" for "7.", is the line's)
    kept = [w for w in words if w[0] not in ink]
    apart = _apart(kept)
    starts = sorted(box[0] for n, (_, key, box, _) in enumerate(kept) if n == 0 or kept[n - 1][1] != key)
    # (or a speck there read as a point: ". SN 5 32 Dnr ..."; and anywhere a cell's gap before its line's first word:
    # ".          Fanny Ölund:    Granliden", a 2 x 2 px speck before a roll's name column)
    # (or a punched hole read as a big letter, however sure of it Tesseract is: "Ö     Ordförande   Anders Lövgren (S)",
    # a square box twice the type's height; no letter the type sets in a margin is so)
    for n, (i, key, box, word) in enumerate(kept[:-1]):
        if not ((n == 0 or kept[n - 1][1] != key) and kept[n + 1][1] == key):
            continue
        speck = usual and SPECK_GLYPHS.match(word) and max(box[2] - box[0], box[3] - box[1]) < settings.speck * usual
        if box[2] >= starts[len(starts) // 2]:
            if speck and kept[n + 1][0] in apart:
                ink.add(i)
            continue
        if kept[n + 1][0] in apart and len(word) <= settings.margin_max and not any(c.isdigit() for c in word) \
                and (isinstance(data["conf"][i], (int, float)) and 0 <= data["conf"][i] < settings.initials_below
                     or usual and _hole(box, usual, settings)) or speck:
            ink.add(i)
    # a hand's stroke read as a letter or two a cell's gap after a line's text, its box far wider than the type sets
    # them and Tesseract hardly sure of it: "Mötets avslutande        st" ("st" at 22, 156 px wide: a signature's loop
    # reaching up beside the last heading)
    char = _char_width(kept, CELL_GAPS.min_chars)
    ink |= {i for n, (i, key, box, word) in enumerate(kept) if char and n and kept[n - 1][1] == key and i in apart
            and word.isalpha() and len(word) <= settings.margin_max and box[2] - box[0] >= settings.stroke * char * len(word)
            and _unsure(data["conf"][i], settings.initials_below)}
    # a hand's initials at the type's height (in the foot's box, in a margin): a line of one short word of letters
    # that Tesseract is hardly sure of ("FÅ" at 13, "La" at 11)
    lines = Counter(key for i, key, _, _ in words if i not in ink)
    ink |= {i for i, key, _, word in words if lines[key] == 1 and word.isalpha() and len(word) <= settings.initials_max
            and isinstance(data["conf"][i], (int, float)) and 0 <= data["conf"][i] < settings.initials_below}
    keep = [i for i, word in enumerate(texts) if not RULE_GLYPHS.match(str(word).strip()) and i not in ink]
    if len(keep) == len(texts):
        return data
    return {column: [values[i] for i in keep] if isinstance(values, list) and len(values) == len(texts) else values
            for column, values in data.items()}


def _hole(box: tuple, usual: float, settings: InkSettings) -> bool:
    """Whether a word's ``box`` is a punched hole's: about square (``InkSettings.hole_square``) and ``hole`` times the
    page's ``usual`` word height or more."""
    width, height = box[2] - box[0], box[3] - box[1]
    return height >= settings.hole * usual and min(width, height) * settings.hole_square >= max(width, height)


def _unsure_specks(words: list, apart: set[int], confs: list, low: float, below: float) -> set[int]:
    """The indexes of the ``words`` (``_words``) that end their line as specks read as points or dashes
    (``InkSettings.speck_unsure``): each apart from the word before it (or a blot), lower than ``low`` and read at
    under ``below``."""
    out: set[int] = set()
    for n in range(len(words) - 1, -1, -1):
        i, key, box, word = words[n]
        at_end = n == len(words) - 1 or words[n + 1][1] != key or words[n + 1][0] in out
        blot = 2 * (box[3] - box[1]) >= box[2] - box[0]  # no dash's shape: a word's space after its line will do
        if at_end and (i in apart or blot) and SPECK_GLYPHS.match(word) and box[3] - box[1] < low \
                and _unsure(confs[i], below):
            out.add(i)
    return out


def _unsure(conf, below: float) -> bool:
    """Whether Tesseract gave a word a confidence (``conf``: a TSV cell) under ``below``."""
    return isinstance(conf, (int, float)) and 0 <= conf < below


def _char_width(words: list[tuple[int, tuple, tuple, str]], min_chars: int) -> float | None:
    """The page's usual character width: the median of its words of ``min_chars`` letters or more."""
    widths = sorted((b[2] - b[0]) / len(w) for _, _, b, w in words if len(w) >= min_chars)
    return (widths[len(widths) // 2] or 1) if widths else None


def _apart(words: list[tuple[int, tuple, tuple, str]], gap: float | None = None) -> set[int]:
    """The indexes of the ``words`` (``_words``) first in their line or a cell's gap (``CellGapSettings``; or
    ``gap`` characters) after the word before them."""
    char = _char_width(words, CELL_GAPS.min_chars) or 1
    gap = CELL_GAPS.cell_gap if gap is None else gap
    apart: set[int] = set()
    previous = None
    for i, key, box, _ in words:
        if previous is None or previous[0] != key or box[0] - previous[1] >= gap * char:
            apart.add(i)
        previous = (key, box[2])
    return apart


def _stamp_word(word: str, settings: StampSettings) -> str | None:
    """The stamp's word that ``word`` is, or is the start or end of where OCR cut it apart ("JUSTE" / "RAT",
    "J" / "USTERAT": ``settings.part_min`` letters at least), or its middle with both ends lost ("USTERA", two
    letters more), its first letter read small or not ("sUSTERA"); None for other words."""
    word = word.strip(".:,")
    if word in settings.words:
        return word
    if word[:-1] in settings.words and word[-1:].islower():
        return word[:-1]  # a letter of the text under the stamp read glued to its word ("INKOMn")
    if word[:1].islower() and word[1:].isupper() and len(word) > settings.part_min:
        word = word[1:]  # its first letter half-inked and read small ("sUSTERA")
    if len(word) < settings.part_min or not word.isupper():
        return None
    return next((w for w in sorted(settings.words) if w.startswith(word) or w.endswith(word)
                 or len(word) >= settings.part_min + 2 and word in w), None)


def _stamped(words: list[tuple[int, tuple, tuple, str]], settings: StampSettings | None = None) -> set[int]:
    """The indexes of the words of a stamp's box (``StampSettings``) among Tesseract's ``words`` (``_words``)."""
    settings = settings or STAMP
    anchors = [(i, box, word, whole) for i, _, box, word in words if (whole := _stamp_word(word, settings))]
    if not anchors:
        return set()
    apart = _apart(words)
    spaced = _apart(words, settings.gap)
    line_of = {i: key for i, key, _, _ in words}
    boxes = []
    for i, box, word, whole in anchors:
        before = [w for j, key, _, w in words if key == line_of[i] and j < i]  # in its line
        if i not in spaced and not all(len(w) <= settings.mark_max and not (w.isalpha() and w.islower())
                                       for w in before):
            continue  # (a frame's edge read just before it, "PN: JUSTERAT", leaves it a stamp's word)
        height, char = box[3] - box[1], (box[2] - box[0]) / len(word.strip(".:,"))
        left = box[0] if whole.startswith(word.strip(".:,")) else box[2] - char * len(whole)  # the whole word's
        width = char * len(whole)
        boxes.append((left - settings.reach_side * width, box[1] - settings.reach_up * height,
                      left + width + settings.reach_side * width, box[3] + settings.reach_down * height))
    out: set[int] = set()
    previous = None
    for i, key, box, _ in words:
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        inside = any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)
        if inside and (i in apart or previous is not None and previous[0] == key and previous[1] in out):
            out.add(i)
        previous = (key, i)
    # A line of the text that starts under the box's edge and runs on past it by a word's space is text, the words
    # in the box too: "§ 7 Val" of "§ 7 Val av revisor" over an "INKOM" stamp pressed in the margin below it.
    # (The stamp's own words, its date and its frame's edges, stand alone or a cell's gap from the text.)
    anchored = {i for i, _, _, _ in anchors}
    following = None  # (line, index, in out) of the word after, read from each line's end
    for i, key, _, _ in reversed(words):
        if i in out and i not in anchored and following is not None and following[0] == key \
                and not following[2] and following[1] not in apart:
            out.discard(i)
        following = (key, i, i in out)
    return out


def _numbers_to_their_lines(data: dict, settings: NumberColumnSettings | None = None) -> dict:
    """Tesseract's words with each list number that it read as a block of its own put back at the start of the
    line it numbers, and that line's block read from the number's place (``NumberColumnSettings``); ``data``
    itself where no number stands apart."""
    settings = settings or NUMBERS
    lines: dict[tuple, list[int]] = {}
    for i, key, _, _ in _words(data):
        lines.setdefault(key, []).append(i)
    boxes = _line_boxes(data)
    if not boxes:
        return data
    joined: dict[tuple, tuple] = {}  # a number's line → the line of another block that continues it
    for key, words in lines.items():
        if len(words) != 1 or not LIST_NUMBER.match(str(data["text"][words[0]]).strip()):
            continue
        box, height = boxes[key], boxes[key][3] - boxes[key][1]
        best = None
        for other_key, other in boxes.items():
            gap = other[0] - box[2]
            shared = min(box[3], other[3]) - max(box[1], other[1])
            if other_key[0] != key[0] and other_key not in joined.values() and 0 <= gap <= settings.gap * height \
                    and shared >= settings.overlap * min(height, other[3] - other[1]) and (best is None or gap < best[0]):
                best = (gap, other_key)
        if best:
            joined[key] = best[1]
    if not joined:
        return data
    # each continued line takes the lines after it in its block along, up to the next continued one
    starts = set(joined.values())
    follow: dict[tuple, list[tuple]] = {}
    current = None
    for key in sorted(lines):
        if key in starts:
            current = key
            follow[key] = [key]
        elif current is not None and key[0] == current[0]:
            follow[current].append(key)
        else:
            current = None
    moved = {k for keys in follow.values() for k in keys}
    order: list[tuple[int, tuple, str | None]] = []  # (word, new line key, new text)
    count: dict[tuple, int] = {}

    def put(words: list[int], where: tuple, first_text: str | None = None) -> None:
        count[where] = count.get(where, 0) + 1
        for n, i in enumerate(words):
            order.append((i, (*where, count[where]), first_text if n == 0 else None))

    for key in sorted(lines):
        if key in moved:
            continue
        where = key[:2]
        if key not in joined:
            put(lines[key], where)
            continue
        number = lines[key][0]
        block = follow[joined[key]]
        words = lines[block[0]]
        mark = str(data["text"][number]).strip()
        if len(words) > 1 and SPLIT_POINT.match(str(data["text"][words[0]]).strip()):
            words = words[1:]  # the number's own point, read apart from it
            mark = mark.rstrip(".):") + "."
        put([number] + words, where, mark)
        for k in block[1:]:
            put(lines[k], where)
    out = {column: [values[i] for i, _, _ in order] for column, values in data.items()
           if isinstance(values, list) and len(values) == len(data["text"])}
    for n, (_, (block, par, line), text) in enumerate(order):
        out["block_num"][n], out["par_num"][n], out["line_num"][n] = block, par, line
        if text is not None:
            out["text"][n] = text
    return out


def _gap_paragraphs(data: dict, settings: GapSettings | None = None) -> dict[tuple, tuple]:
    """Each line's paragraph (block, n) by the page's gaps (``GapSettings``); {} where the page has too few
    lines to tell its usual pitch (Tesseract's paragraphs are kept)."""
    settings = settings or GAPS
    boxes = sorted(_line_boxes(data).items())
    pairs = [(a, b) for a, b in zip(boxes, boxes[1:]) if a[0][0] == b[0][0] and b[1][1] > a[1][1]]
    pitches = sorted(b[1][1] - a[1][1] for a, b in pairs)
    if len(pitches) < settings.min_pitches:
        return {}
    usual = pitches[len(pitches) // 2] * settings.paragraph_pitch
    heights = sorted(box[3] - box[1] for _, box in boxes)
    height = heights[len(heights) // 2] or 1

    def size(a, b) -> float:
        taller = max(a[3] - a[1], b[3] - b[1]) / height
        return taller if taller >= settings.larger_type else 1.0

    spaced = {b[0] for a, b in pairs if b[1][1] - a[1][1] >= usual * size(a[1], b[1])}

    last_words = {key: word for _, key, _, word in _words(data)}

    def runs_on(above: tuple, a, b) -> bool:
        """A block's first line ``b`` right under the last line ``a`` (``above``) of the block before, at its left
        edge and at the usual pitch, where that line's sentence runs on (no full stop or colon at its end): the
        paragraph goes on ("..., sekreterare, Robin" / "Karlsson" read as two blocks)."""
        return 0 < b[1] - a[1] < usual * size(a, b) and abs(b[0] - a[0]) <= settings.same_left * height \
            and not last_words.get(above, ".").endswith(SENTENCE_ENDS)

    out: dict[tuple, tuple] = {}
    number, block = 0, None
    for n, (key, box) in enumerate(boxes):
        if n and (key[0] != boxes[n - 1][0][0] and not runs_on(*boxes[n - 1], box) or key in spaced
                  or boxes[n - 1][1][1] >= box[1]):
            number += 1
            block = key[0]
        out[key] = (block if block is not None else key[0], number)
    return out


def ocr_pages(images: Iterable[tuple[int, object]], lang: str, workers: int | None = None,
              limits: OcrLimits | None = None) -> Iterator[Page]:
    """OCR (page number, image) pairs in parallel, yielding pages in order; at most 2 pages per worker wait.

    Raises ``OcrFailed`` on the first page that fails or when the document's time budget is spent."""
    limits = limits or LIMITS
    check_languages(lang)
    workers = workers or os.cpu_count() or 1
    deadline = time.monotonic() + limits.document_seconds

    def one(image, number):
        left = deadline - time.monotonic()
        if left <= 0:
            raise OcrFailed(f"OCR av dokumentet tog mer än gränsen på {limits.document_seconds:.0f} s",
                            TooLarge.exit_code)
        try:
            return ocr_image(image, lang, number, timeout=min(limits.page_seconds, left))
        except OcrFailed as e:
            if e.exit_code == TooLarge.exit_code and left < limits.page_seconds:
                raise OcrFailed(f"OCR av dokumentet tog mer än gränsen på {limits.document_seconds:.0f} s",
                                TooLarge.exit_code) from None
            raise

    pool = ThreadPoolExecutor(max_workers=workers)  # each thread waits on a tesseract process
    try:
        pending = []
        for number, image in images:
            pending.append(pool.submit(one, image, number))
            if len(pending) >= 2 * workers:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


TABLE_GAP_ROWS = 1  # rows of a table that do not share their row with another block (a wrapped cell's) between two that do
# a line starting this close (times the line height) to where a table's value cells start is a line of a value cell
VALUE_COLUMN_SLACK = 1.0
WRAPPED_ROW_GAP = 0.9  # a row this close (times the line height) under a table's last row is its cell's wrapped line


def _top(row: list) -> int:
    return min(x["box"][1] for _, x in row)


def _bottom(row: list) -> int:
    return max(x["box"][3] for _, x in row)


def _side_by_side_rows(data: dict, min_pairs: int = 4):
    """The page laid out again by rows when Tesseract read a two-column table as two blocks: a label
    column ("Plats och tid", "Beslutande", "Justerare") first, then the values, so that no label stands
    by its value any more. Lines of different blocks that share a row on ``min_pairs`` rows or more make
    a page a table; it is then printed as ``pdftotext -layout`` does, each row's cells placed by their x.
    Returns (text, low-confidence ranges, mean confidence), or None for a page of ordinary columns."""
    lines: dict[tuple, dict] = {}
    for i, word in enumerate(data["text"]):
        word = word.strip()
        if not word:
            continue
        key, box = _word_box(data, i)
        line = lines.setdefault(key, {"words": [], "box": list(box)})
        line["words"].append((box, word, float(data["conf"][i])))
        line["box"] = _union(line["box"], box)
    items = sorted(lines.items(), key=lambda kv: (kv[1]["box"][1] + kv[1]["box"][3]) / 2)
    if len(items) < 2 * min_pairs:
        return None
    heights = sorted(v["box"][3] - v["box"][1] for _, v in items)
    height = heights[len(heights) // 2] or 1

    def overlap(a, b):
        return min(a[3], b[3]) - max(a[1], b[1]) >= 0.5 * min(a[3] - a[1], b[3] - b[1], height)

    rows: list[list] = []
    for key, line in items:  # rows: lines whose vertical extents overlap, whatever their block
        if rows and overlap(rows[-1][-1][1]["box"], line["box"]):
            rows[-1].append((key, line))
        else:
            rows.append([(key, line)])
    # Rows close together form a band; a band where lines of different blocks share min_pairs rows or
    # more is a table. Other rows that happen to share a row (a page header: organisation left,
    # "SAMMANTRÄDESPROTOKOLL 1 (5)" right, apart from the table by a rule and space) keep Tesseract's order.
    bands: list[list] = []
    for row in rows:
        top = _top(row)
        if bands and top - _bottom(bands[-1][-1]) <= 2.5 * height:
            bands[-1].append(row)
        else:
            bands.append([row])

    def shared(row):
        return len({k[0] for k, _ in row}) > 1 and all(
            a[1]["box"][2] < b[1]["box"][0] or b[1]["box"][2] < a[1]["box"][0] for a, b in zip(row, row[1:]))

    # A table is a run of a band's shared rows, no more than ``TABLE_GAP_ROWS`` other rows apart: a page's text
    # runs close over and under a table (a page head "Förbundet | Sida 1 (2)", a roll of delegates "Förening |
    # Ombud | Röster", then the items) and keeps Tesseract's order.
    # A value cell of several lines (a "Beslutande" label beside eight names) leaves rows of its value column alone
    # between two shared rows: those rows are the cell's, no gap.
    tables = []
    for band in bands:
        marks = [n for n, row in enumerate(band) if shared(row)]
        values = [sorted(row, key=lambda kv: kv[1]["box"][0])[1:] for n, row in enumerate(band) if n in marks]
        value_lefts = [x["box"][0] for row in values for _, x in row]

        def in_cell(row) -> bool:
            return all(any(abs(x["box"][0] - left) <= VALUE_COLUMN_SLACK * height for left in value_lefts)
                       for _, x in row)

        runs = [[m] for m in marks[:1]]
        for m in marks[1:]:
            if sum(not in_cell(row) for row in band[runs[-1][-1] + 1:m]) <= TABLE_GAP_ROWS:
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in runs:
            end = run[-1] + 1
            while end < len(band) and _top(band[end]) - _bottom(band[end - 1]) <= WRAPPED_ROW_GAP * height:
                end += 1  # a cell's wrapped line under the last row ("Justeringens plats" / "och tid")
            if len(run) >= min_pairs:
                tables.append(band[run[0]:end])
    if not tables:
        return None
    table_of = {k: n for n, band in enumerate(tables) for row in band for k, _ in row}
    widths = [(b[2] - b[0]) / len(w) for _, line in items for b, w, _ in line["words"] if len(w) >= 4]
    char_width = sorted(widths)[len(widths) // 2] if widths else height * 0.5
    left = min(line["box"][0] for _, line in items)
    out, low, confs = [], [], []
    pos = 0

    def emit(cells: list[dict], blank: bool, placed: bool) -> None:
        nonlocal pos
        if blank and out:
            out.append("\n")
            pos += 1
        text = ""
        for line in cells:
            if placed:
                column = round((line["box"][0] - left) / char_width)
                text += " " * max(column - len(text), 3 if text else 0)
            for n, (_, word, conf) in enumerate(line["words"]):
                if n:
                    text += " "
                if conf >= 0:
                    confs.append(conf)
                    if conf < LOW_CONFIDENCE:
                        low.append((pos + len(text), pos + len(text) + len(word)))
                text += word
        out.append(text + "\n")
        pos += len(text) + 1

    done, previous = set(), None
    for key, line in sorted(lines.items()):  # Tesseract's order: block, paragraph, line
        if key in table_of:
            if table_of[key] not in done:  # the table, row by row, where its first line stood
                bottom = None
                for row in tables[table_of[key]]:
                    top = _top(row)
                    emit([x for _, x in sorted(row, key=lambda kv: kv[1]["box"][0])],
                         bottom is None or top - bottom > 0.9 * height, True)
                    bottom = _bottom(row)
                done.add(table_of[key])
                previous = (None, None)
            continue
        emit([line], previous is not None and key[:2] != previous[:2], False)
        previous = key
    return "".join(out).rstrip("\n"), low, (sum(confs) / len(confs) if confs else None)
