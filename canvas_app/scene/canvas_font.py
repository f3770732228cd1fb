"""The canvas font in Qt: registering Be Vietnam Pro, QFonts for widgets, and exact layout text.

Qt rounds a font's pixel size to a whole pixel, so an 11.5 pt line would come out ~4 % wider than
the layout measured it. Layout text is therefore drawn with a reference font of 100 px scaled down
by the painter (advances then match the layout's metrics to ~0.02 %), kerning off like reportlab.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QStaticText

from canvas_app.model.fonts import FAMILY, FontWeight, font_path

# Pixel size of the reference fonts layout text is drawn with (then scaled to its size).
REFERENCE_PIXEL_SIZE = 100.0
# Unique lines are cached as QStaticText up to this many; the cache is then started afresh.
_STATIC_TEXT_LIMIT = 60_000

_QT_WEIGHTS = {
    FontWeight.REGULAR: QFont.Weight.Normal,
    FontWeight.MEDIUM: QFont.Weight.Medium,
    FontWeight.SEMIBOLD: QFont.Weight.DemiBold,
    FontWeight.BOLD: QFont.Weight.Bold,
}
_registered = False
_static_texts: dict[tuple[str, FontWeight], QStaticText] = {}


def ensure_canvas_font() -> None:
    """Register the canvas font's TTFs with Qt (once; needs a QGuiApplication)."""
    global _registered
    if _registered:
        return
    for weight in FontWeight:
        if QFontDatabase.addApplicationFont(str(font_path(weight))) < 0:
            raise RuntimeError(f"Qt could not load the canvas font {font_path(weight)}")
    _registered = True


def _base_font(weight: FontWeight) -> QFont:
    ensure_canvas_font()
    font = QFont(FAMILY)
    font.setWeight(_QT_WEIGHTS[weight])
    font.setStyleName(weight.value)
    # reportlab does not kern; neither may Qt, or lines would not fit the layout's widths.
    font.setKerning(False)
    return font


def canvas_qfont(size_pt: float, weight: FontWeight = FontWeight.REGULAR) -> QFont:
    """The canvas font for widgets (the in-place editor, previews) at `size_pt` scene units.

    One scene unit is one point of the layout and one device-independent pixel at 100 % zoom, so
    the size is converted with the screen's logical DPI. Qt rounds it to a whole pixel: for text
    that must match the layout exactly use `draw_block` (or `reference_font`).
    """
    font = _base_font(weight)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    font.setPointSizeF(size_pt * 72.0 / _screen_dpi())
    return font


def _screen_dpi() -> float:
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    dpi = screen.logicalDotsPerInchY() if screen is not None else 0.0
    return dpi if dpi > 0 else 96.0


@lru_cache(maxsize=8)
def reference_font(weight: FontWeight) -> QFont:
    """The `weight` face at REFERENCE_PIXEL_SIZE, unhinted, for drawing scaled layout text."""
    font = _base_font(weight)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setPixelSize(int(REFERENCE_PIXEL_SIZE))
    return font


@lru_cache(maxsize=8)
def reference_ascent(weight: FontWeight) -> float:
    """Ascent of the reference font in its pixels (QStaticText is placed by its top-left)."""
    return QFontMetricsF(reference_font(weight)).ascent()


def static_text(line: str, weight: FontWeight) -> QStaticText:
    """A prepared QStaticText of one line in the reference font, shared by every note using it."""
    key = (line, weight)
    cached = _static_texts.get(key)
    if cached is None:
        if len(_static_texts) >= _STATIC_TEXT_LIMIT:
            _static_texts.clear()
        cached = QStaticText(line)
        # QStaticText guesses rich text by default: a note reading "<img src=…>" would be laid out
        # as HTML and make Qt open a local file. User text is plain text, always.
        cached.setTextFormat(Qt.TextFormat.PlainText)
        cached.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        cached.prepare(font=reference_font(weight))
        _static_texts[key] = cached
    return cached


def line_origin(baseline: float, size: float, weight: FontWeight) -> QPointF:
    """Top-left, in the scaled reference frame, of a line whose baseline is at `baseline`."""
    return QPointF(0.0, baseline * REFERENCE_PIXEL_SIZE / size - reference_ascent(weight))
