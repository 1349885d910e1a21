"""A scanned page set straight before it is read: its small skew (a page laid askew on the glass, each
page its own way) measured by the projection profile and turned out. Pillow only.

The profile of a page is the darkness of each pixel row; lines of text make it peak where the page is
straight (rows run along the lines, gaps between them are empty) and smear when it is turned. The angle
whose profile varies most is the page's skew. Measured on a small copy of the page, binarised, first in
coarse steps over the whole range and then finely around the best.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeskewSettings:
    max_degrees: float = 4.0  # scans are rarely more askew; a larger turn is OSD's (90°, 180°), not this
    coarse_step: float = 0.5
    fine_step: float = 0.1
    min_degrees: float = 0.25  # a smaller skew is left alone: Tesseract reads it as well, and resampling costs
    measure_width: int = 1000  # pixels: the page is measured at about 120 dpi
    min_ink: float = 0.002  # share of dark pixels below which a page is blank (nothing to measure)
    ink_share: float = 0.02  # the grey level under this share of the pixels is the ink's (the median is the paper's)
    min_contrast: int = 40  # grey levels between ink and paper below which a page is blank or a photo
    # The skew's profile must vary this much more than the level page's: a page without lines along
    # it (one lying sideways, a photo) peaks nowhere, and its best angle is noise (sideways: 1.04;
    # a page 0.6° askew: 1.4, 1.6° askew: 2.4).
    min_gain: float = 1.1


DESKEW = DeskewSettings()


def _percentile(histogram: list[int], share: float) -> int:
    """The grey level under which ``share`` of a histogram's pixels lie."""
    total, seen = sum(histogram), 0
    for level, n in enumerate(histogram):
        seen += n
        if seen >= share * total:
            return level
    return len(histogram) - 1


def _ink(image, settings: DeskewSettings):
    """A small binary copy of the page, ink 255 on 0: the threshold halfway between the ink (the 2nd
    percentile of grey) and the paper (the median), so grey paper and uneven light count as paper."""
    from PIL import Image

    gray = image.convert("L")
    scale = settings.measure_width / max(1, gray.width)
    if scale < 1:
        gray = gray.resize((settings.measure_width, max(1, round(gray.height * scale))), Image.BILINEAR)
    histogram = gray.histogram()
    dark, paper = _percentile(histogram, settings.ink_share), _percentile(histogram, 0.5)
    threshold = (dark + paper) / 2
    if paper - dark < settings.min_contrast:  # nothing lined up to measure
        return None
    ink = gray.point(lambda v: 255 if v < threshold else 0)
    share = ink.histogram()[255] / sum(histogram)
    return ink if share >= settings.min_ink else None


def _profile_spread(ink, angle: float) -> float:
    """The variance of the row sums of ``ink`` turned by ``angle`` degrees (counter-clockwise)."""
    from PIL import Image, ImageStat

    turned = ink.rotate(angle, resample=Image.NEAREST, fillcolor=0) if angle else ink
    rows = turned.resize((1, turned.height), Image.BOX)
    return ImageStat.Stat(rows).var[0]


def skew_angle(image, settings: DeskewSettings = DESKEW) -> float:
    """Degrees to turn ``image`` counter-clockwise (PIL's ``rotate``) to set its lines level; 0.0 when it
    is level within ``min_degrees`` or has no lines to measure."""
    ink = _ink(image, settings)
    if ink is None:
        return 0.0

    def best(angles):
        return max(angles, key=lambda a: (_profile_spread(ink, a), -abs(a)))

    steps = int(settings.max_degrees / settings.coarse_step)
    coarse = best([k * settings.coarse_step for k in range(-steps, steps + 1)])
    fine_steps = int(settings.coarse_step / settings.fine_step)
    angle = best([coarse + k * settings.fine_step for k in range(-fine_steps, fine_steps + 1)])
    if abs(angle) < settings.min_degrees or _profile_spread(ink, angle) < settings.min_gain * _profile_spread(ink, 0):
        return 0.0
    return round(angle, 2)


def straighten(image, settings: DeskewSettings = DESKEW):
    """``image`` turned level (``skew_angle``); the corners it turns in are filled with its paper."""
    from PIL import Image

    angle = skew_angle(image, settings)
    if not angle:
        return image
    gray = image.convert("L")
    paper = _percentile(gray.histogram(), 0.75)  # most of a page is paper, lighter than the ink
    return gray.rotate(angle, resample=Image.BICUBIC, fillcolor=paper)
