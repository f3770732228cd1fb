"""The overview: the whole board as one cached picture, shown instead of the items when zoomed
out so far that text is unreadable (thousands of notes then repaint as a single blit).

The picture is drawn by paint_board at the zoom it is shown at, so at a steady zoom it is copied
pixel for pixel; while zooming it is scaled, and the scene re-renders it once zooming pauses.
"""

from __future__ import annotations

from math import sqrt
from typing import Mapping, Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.scene import screen_style
from canvas_app.scene.items import PAINTS
from canvas_app.scene.layout_painter import paint_board, qcolor, qrect
from canvas_app.scene.vote_badge import BadgeStamps

# Largest picture kept (pixels): beyond it the picture is drawn smaller and scaled up.
MAX_PIXELS = 24_000_000
_DIM = QColor(255, 255, 255, 190)


def render_overview(layout: BoardLayout, scale: float, dimmed: Optional[set[str]] = None,
                    device_ratio: float = 1.0, votes: Optional[Mapping[str, int]] = None,
                    hidden: Optional[set[str]] = None) -> tuple[QPixmap, float]:
    """The board drawn at `scale` device pixels per point (capped to MAX_PIXELS), with the notes
    in `dimmed` washed out; returns the picture and the scale actually used.

    The editor's marks that the shared layout does not draw (they are the screen's, not the
    PDF's) are painted over it as the note items paint them: the vote badge of each note in
    `votes` (so a dot-voting tally still reads on a large map at fit zoom) and the hidden mark of
    each note in `hidden`."""
    area = max(layout.width * layout.height, 1.0)
    scale = min(scale, sqrt(MAX_PIXELS / area))
    width = max(1, int(layout.width * scale + 0.999))
    height = max(1, int(layout.height * scale + 0.999))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(layout.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(scale, scale)
    with screen_style.on_screen():
        paint_board(painter, layout)
        if votes or hidden:
            _paint_note_marks(painter, layout, scale, scale / device_ratio, votes or {},
                              hidden or set())
    if dimmed:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_DIM)
        painter.drawRects([qrect(box.rect) for box in layout.notes if box.note_id in dimmed])
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap, scale


def _paint_note_marks(painter: QPainter, layout: BoardLayout, device_scale: float, zoom: float,
                      votes: Mapping[str, int], hidden: set[str]) -> None:
    """Vote badges and hidden marks, sized for `zoom` screen pixels per point like the items'
    (`painter` draws board points at `device_scale` device pixels each). The badges are copied
    from stamps in device pixels; notes never overlap, so drawing the hidden marks after them
    gives the items' order (a note's badge, then its mark)."""
    if votes:
        stamps = BadgeStamps(device_scale, zoom)
        painter.save()
        painter.resetTransform()
        for box in layout.notes:
            count = votes.get(box.note_id, 0)
            if count:
                stamps.paint(painter, qrect(box.rect), count)
        painter.restore()
    if hidden:
        # Imported on use: its kind-glyph geometry is not needed by a first picture.
        from canvas_app.scene.hidden_mark import hidden_mark_rect, paint_hidden_mark

        for box in layout.notes:
            if box.note_id in hidden:
                color = qcolor(screen_style.text_color(box.text.color))
                paint_hidden_mark(painter, hidden_mark_rect(qrect(box.rect)), color)


class OverviewItem(QGraphicsItem):
    """Shows the overview picture over the board's rectangle."""

    KIND = "overview"

    def __init__(self) -> None:
        super().__init__()
        self._pixmap: Optional[QPixmap] = None
        self._scale = 0.0  # device pixels per point the picture was drawn at
        self._rect = QRectF()
        self.hide()

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_board_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    @property
    def picture_scale(self) -> float:
        return self._scale if self._pixmap is not None else 0.0

    def set_picture(self, pixmap: Optional[QPixmap], scale: float) -> None:
        self._pixmap = pixmap
        self._scale = scale
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        PAINTS[self.KIND] += 1
        pixmap = self._pixmap
        if pixmap is None:
            return
        transform = painter.worldTransform()
        ratio = pixmap.devicePixelRatio()
        device_scale = sqrt(abs(transform.determinant())) * ratio
        if (transform.type().value <= QTransform.TransformationType.TxScale.value
                and abs(device_scale - self._scale) <= 0.002 * self._scale):
            # Drawn at this very zoom: copy it pixel for pixel at the mapped, rounded origin.
            corner = transform.map(self._rect.topLeft())
            painter.save()
            painter.setWorldTransform(QTransform())
            painter.drawPixmap(QPointF(round(corner.x()), round(corner.y())), pixmap)
            painter.restore()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        source = QRectF(0.0, 0.0, pixmap.width(), pixmap.height())
        target = QRectF(self._rect.x(), self._rect.y(), pixmap.width() / self._scale,
                        pixmap.height() / self._scale)
        painter.drawPixmap(target, pixmap, source)
