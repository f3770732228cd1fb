"""PNG export: the board (or the selected notes' part of it) painted by the screen's own painter
into an image at a chosen resolution, on white, and written atomically.

Resolution is a scale in pixels per point (1 = 72 dpi; the layout is in points), stored in the
PNG so it prints at the board's real size. Images are capped (MAX_PIXELS, MAX_SIDE): an automatic
scale shrinks to fit, an explicit one too large is refused with the largest that would fit.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter

from canvas_app import APP_NAME, __version__
from canvas_app.fileio.errors import ExportError
from canvas_app.model.excerpt import excerpt
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout import compute_layout
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.messages import ExplainedError, msg
from canvas_app.scene.canvas_font import ensure_canvas_font
from canvas_app.scene.layout_painter import paint_board

POINTS_PER_INCH = 72.0
DEFAULT_SCALE = 2.0  # 144 dpi: sharp on high-density screens and slides
MIN_SCALE = 0.1
MAX_SCALE = 10.0
MARGIN = 16.0  # white border around the board, in points
# 50 megapixels is 200 MB of pixels while painting; a side beyond 32 000 trips image viewers.
MAX_PIXELS = 50_000_000
MAX_SIDE = 32_000


@dataclass(frozen=True)
class PngOptions:
    """`scale` pixels per point (None: DEFAULT_SCALE, or less if the board is too large);
    `note_ids`: export only those notes with their stages and lanes (empty: the whole map)."""

    scale: Optional[float] = None
    note_ids: tuple[str, ...] = ()

    @staticmethod
    def from_dpi(dpi: float, note_ids: Sequence[str] = ()) -> "PngOptions":
        return PngOptions(dpi / POINTS_PER_INCH, tuple(note_ids))


def board_for(journey: JourneyMap, note_ids: Sequence[str] = ()) -> BoardLayout:
    """The layout to draw: the whole map, or the excerpt holding `note_ids`."""
    if not note_ids:
        return compute_layout(journey)
    try:
        return compute_layout(excerpt(journey, note_ids))
    except ValueError as error:
        reason = error.core_message if isinstance(error, ExplainedError) else str(error)
        raise ExportError(msg("cannot export the selection: {reason}", reason=reason)) from error


def pixel_size(layout: BoardLayout, scale: float) -> tuple[int, int]:
    """Width and height in pixels of the image of `layout` (with its margin) at `scale`."""
    return (math.ceil((layout.width + 2 * MARGIN) * scale),
            math.ceil((layout.height + 2 * MARGIN) * scale))


def largest_scale(layout: BoardLayout) -> float:
    """The largest scale whose image stays within MAX_PIXELS and MAX_SIDE."""
    width, height = layout.width + 2 * MARGIN, layout.height + 2 * MARGIN
    by_area = math.sqrt(MAX_PIXELS / (width * height))
    by_side = MAX_SIDE / max(width, height)
    return math.floor(min(by_area, by_side) * 1000) / 1000  # rounded down: always fits


def chosen_scale(layout: BoardLayout, scale: Optional[float]) -> float:
    """`scale` checked against the limits, or the automatic one when None."""
    if scale is None:
        return min(DEFAULT_SCALE, largest_scale(layout))
    if not MIN_SCALE <= scale <= MAX_SCALE or not math.isfinite(scale):
        raise ExportError(msg(
            "the scale must be between {low:g} and {high:g} ({low_dpi:g} to {high_dpi:g} dpi); "
            "{scale:g} was asked", low=MIN_SCALE, high=MAX_SCALE,
            low_dpi=MIN_SCALE * POINTS_PER_INCH, high_dpi=MAX_SCALE * POINTS_PER_INCH,
            scale=scale))
    width, height = pixel_size(layout, scale)
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        largest = largest_scale(layout)
        raise ExportError(msg(
            "the image would be {width} × {height} pixels ({megapixels:.0f} megapixels), more "
            "than the {limit:.0f} megapixels and {side} pixels a side a PNG export may have; "
            "use a scale of at most {largest:g} ({largest_dpi:.0f} dpi)", width=width,
            height=height, megapixels=width * height / 1e6, limit=MAX_PIXELS / 1e6,
            side=MAX_SIDE, largest=largest, largest_dpi=largest * POINTS_PER_INCH))
    return scale


def render_image(layout: BoardLayout, scale: float) -> QImage:
    """`layout` painted on white at `scale` pixels per point, with its margin (no limit check:
    callers pass a `chosen_scale`)."""
    ensure_canvas_font()
    width, height = pixel_size(layout, scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    if image.isNull():
        raise ExportError(msg("there is not enough memory for a {width} × {height} pixel image",
                              width=width, height=height))
    image.fill(Qt.GlobalColor.white)
    dots_per_meter = round(scale * POINTS_PER_INCH / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.scale(scale, scale)
        painter.translate(MARGIN, MARGIN)
        paint_board(painter, layout)
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    # Painted in ARGB32 on white; stored without the alpha channel, which is opaque anyway.
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    image.setText("Software", f"{APP_NAME} {__version__}")
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time although its stubs say bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportError(msg("the PNG could not be encoded"))
    buffer.close()
    return bytes(array.data())


def render_png(journey: JourneyMap, options: PngOptions = PngOptions()) -> bytes:
    """The PNG file of `journey` (or of the notes in `options.note_ids`) as bytes."""
    layout = board_for(journey, options.note_ids)
    return png_bytes(render_image(layout, chosen_scale(layout, options.scale)))


def export_png(journey: JourneyMap, path: str | os.PathLike[str],
               options: PngOptions = PngOptions()) -> tuple[int, int]:
    """Write the PNG atomically (an existing file survives a failure); returns its pixel size."""
    from canvas_app.fileio.atomic import write_atomic

    layout = board_for(journey, options.note_ids)
    scale = chosen_scale(layout, options.scale)
    image = render_image(layout, scale)
    data = png_bytes(image)
    try:
        write_atomic(path, data)
    except OSError as error:
        from canvas_app.fileio.saving import write_failure

        raise ExportError(msg("cannot write the PNG to '{file}': {reason}", file=os.fspath(path),
                              reason=write_failure(error, Path(path)))) from error
    return image.width(), image.height()
