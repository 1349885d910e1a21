"""A watermark taken off a scanned page before it is read ("KOPIA" across the page): a dot screen or a light grey.
Pillow only.

A watermark or a tint printed as a raster of small dots is kept as dots by a black-and-white scan (``cleared``).

Tesseract binarises such a page with the dots as ink: the lines the watermark crosses come apart into the
dots' "letters", and whole lines are lost. A dot of the screen is ink with hardly any ink around it (a few
pixels in a window where a letter's stroke fills many): those pixels are set to paper. A page whose ink is
hardly ever so alone (a clean page: a speck here and there) is read as it is, untouched.

A grey scan keeps the watermark as a light grey (``lightened``): Tesseract's threshold takes it for ink, and the words
it crosses are cut off where it starts ("justera protoko", "Riktlinjer för e"). Such a grey is a level of its own
between the ink and the paper, held by many pixels (the type's own greys, its letters' edges, are spread thin over
all levels between): that level and all lighter ones are set to paper. The letters over it are darker and stay.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenSettings:
    """When a page is screened, and what of it is the screen's (pixels of a page rendered at 300 dpi)."""

    ink_below: int = 128  # a pixel darker than this is ink (a black-and-white scan's dots are black)
    # A dot of the screen: an ink pixel with at most ``dot_pixels`` ink pixels in the window ``window`` pixels
    # either way around it (the screen's dots: 2 x 2 px, 6 px apart; a full stop of the type: 4 x 4 px or more)
    window: int = 3
    dot_pixels: int = 6
    # On a screened page, the dots set to paper may be larger: a 200 dpi scan's 2 px dots rendered at 300 dpi (as
    # an image-only PDF's page is) come out 3 x 3 px, and those left on cost Tesseract whole lines. (Only once the
    # page is found screened: on a grey scan without a screen, its noise and thin strokes counted at this size
    # would pass ``min_share``.)
    clear_pixels: int = 9
    # A screened page: this share of its ink or more is such dots (a watermark's screen: 2-4 %; a clean page's
    # specks: 0.05-0.6 %)
    min_share: float = 0.012
    # pixels around a dot set to paper with it: its edge, grey where the scan was resampled (a dot stands alone by
    # ``window`` pixels, so its edge is no letter's)
    edge: int = 1


SCREEN = ScreenSettings()


def _dots(gray, settings: ScreenSettings, pixels: int | None = None):
    """A mask (255) of the ink pixels of ``gray`` that stand alone as a screen's dots (at most ``pixels`` ink pixels
    in their window; ``settings.dot_pixels`` by default), and the count of ink pixels."""
    from PIL import ImageChops, ImageFilter

    pixels = settings.dot_pixels if pixels is None else pixels
    ink = gray.point(lambda v: 255 if v < settings.ink_below else 0)
    area = (2 * settings.window + 1) ** 2
    # the mean of the window's ink, scaled back to a count of its ink pixels
    alone = ink.filter(ImageFilter.BoxBlur(settings.window)).point(
        lambda v: 255 if v * area / 255 <= pixels + 0.5 else 0)
    return ImageChops.multiply(ink, alone), ink.histogram()[255]


def cleared(image, settings: ScreenSettings = SCREEN):
    """``image`` with its dot screen's dots set to paper (white) where it is screened (``ScreenSettings``); the
    same ``image`` where it is not."""
    from PIL import ImageChops, ImageFilter

    gray = image.convert("L")
    dots, ink = _dots(gray, settings)
    if not ink or dots.histogram()[255] < settings.min_share * ink:
        return image
    if settings.clear_pixels != settings.dot_pixels:
        dots = _dots(gray, settings, settings.clear_pixels)[0]
    if settings.edge:
        dots = dots.filter(ImageFilter.MaxFilter(2 * settings.edge + 1))
    return ImageChops.lighter(gray, dots)


@dataclass(frozen=True)
class GreyMarkSettings:
    """When a grey page carries a light grey watermark, and which levels are its (``lightened``)."""

    ink_share: float = 0.02  # the level under which this share of the pixels lie is the ink's
    paper_share: float = 0.5  # ... and this share, the paper's
    band: int = 8  # grey levels of one band of the histogram
    apart: int = 24  # levels the watermark's band keeps from the ink's and the paper's level
    # the watermark's band holds this share of the page's pixels or more (a watermark across an A4 page: 2-2.5 %;
    # the fullest band between ink and paper on a page without one: 0.3-0.5 %)
    min_share: float = 0.012
    below: int = 12  # levels under the band's that go to paper with it (its darker pixels: the JPEG's noise)


GREY_MARK = GreyMarkSettings()


def lightened(image, settings: GreyMarkSettings = GREY_MARK):
    """``image`` with a light grey watermark's levels (and all lighter ones) set to paper (white) where it has one
    (``GreyMarkSettings``); the same ``image`` where it has none."""
    from protokoll.read.deskew import _percentile

    gray = image.convert("L")
    histogram = gray.histogram()
    ink, paper = _percentile(histogram, settings.ink_share), _percentile(histogram, settings.paper_share)
    bands = [(sum(histogram[start:start + settings.band]), start)
             for start in range(ink + settings.apart, paper - settings.apart - settings.band + 1)]
    if not bands:
        return image
    pixels, start = max(bands)
    if pixels < settings.min_share * sum(histogram):
        return image
    cut = start - settings.below
    return gray.point(lambda v: 255 if v >= cut else v)


def without_watermark(image):
    """``image`` without a watermark's dot screen (``cleared``) or light grey (``lightened``)."""
    return lightened(cleared(image))
