"""The application icon (the shipped PNGs), and small toolbar icons drawn with QPainter (no icon
theme is guaranteed on every desktop): new, open, save, undo, redo, sticky note, connector, zoom in/out, zoom to fit, find,
export. The pen follows the palette's text colour, so they read on light and dark themes."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from canvas_app.model.kinds import KIND_COLORS, NoteKind

SIZES = (16, 24, 32, 48)
# What the first picture needs: the toolbar's size (its drawn icons get every size once the
# window is complete; see Actions.draw_icons).
TOOLBAR_SIZE = 24
Drawing = Callable[[QPainter, QColor], None]

ICON_NAME = "journey-canvas"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def icon_png_name(size: int) -> str:
    return f"{ICON_NAME}-{size}.png"


@lru_cache(maxsize=1)
def application_icon() -> QIcon:
    """The application icon at every shipped size (PNGs rendered from resources/icons/*.svg).
    Each PNG is read when a size is first drawn, not when the icon is made (start-up)."""
    import canvas_app.resources

    icon = QIcon()
    folder = Path(canvas_app.resources.__file__).parent / "icons"
    if not folder.is_dir():  # not a folder on disk (a zipped package): decode the PNGs now
        from importlib import resources

        for size in ICON_SIZES:
            pixmap = QPixmap()
            data = (resources.files("canvas_app.resources") / "icons" / icon_png_name(size))
            if pixmap.loadFromData(data.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
        return icon
    for size in ICON_SIZES:
        icon.addFile(os.fspath(folder / icon_png_name(size)), QSize(size, size))
    return icon


def _icon(draw: Drawing, sizes: Sequence[int] = SIZES) -> QIcon:
    """An icon drawn on a 24-unit grid at `sizes` pixels."""
    ink = QGuiApplication.palette().windowText().color()
    icon = QIcon()
    for size in sizes:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24.0, size / 24.0)
        draw(painter, ink)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _pen(ink: QColor, width: float = 1.8) -> QPen:
    pen = QPen(ink, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _note(painter: QPainter, ink: QColor) -> None:
    path = QPainterPath()
    path.moveTo(4, 4)
    path.lineTo(20, 4)
    path.lineTo(20, 15)
    path.lineTo(15, 20)
    path.lineTo(4, 20)
    path.closeSubpath()
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(QColor(KIND_COLORS[NoteKind.NOTE]))
    painter.drawPath(path)
    painter.drawLine(QPointF(8, 9), QPointF(16, 9))
    painter.drawLine(QPointF(8, 13), QPointF(13, 13))


def _connector(painter: QPainter, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(QColor(KIND_COLORS[NoteKind.ACTION]))
    painter.drawRoundedRect(QRectF(2, 3, 8, 7), 1.5, 1.5)
    painter.drawRoundedRect(QRectF(14, 14, 8, 7), 1.5, 1.5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(6, 10))
    path.cubicTo(QPointF(6, 17), QPointF(9, 17.5), QPointF(13, 17.5))
    painter.setPen(_pen(ink))
    painter.drawPath(path)
    painter.drawLine(QPointF(13, 17.5), QPointF(10.5, 15))
    painter.drawLine(QPointF(13, 17.5), QPointF(10.5, 20))


def _magnifier(painter: QPainter, ink: QColor) -> None:
    painter.setPen(_pen(ink))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(3, 3, 13, 13))
    painter.setPen(_pen(ink, 2.6))
    painter.drawLine(QPointF(14.5, 14.5), QPointF(21, 21))


def _zoom_in(painter: QPainter, ink: QColor) -> None:
    _magnifier(painter, ink)
    painter.setPen(_pen(ink, 1.6))
    painter.drawLine(QPointF(6.5, 9.5), QPointF(12.5, 9.5))
    painter.drawLine(QPointF(9.5, 6.5), QPointF(9.5, 12.5))


def _zoom_out(painter: QPainter, ink: QColor) -> None:
    _magnifier(painter, ink)
    painter.setPen(_pen(ink, 1.6))
    painter.drawLine(QPointF(6.5, 9.5), QPointF(12.5, 9.5))


def _zoom_fit(painter: QPainter, ink: QColor) -> None:
    painter.setPen(_pen(ink))
    for x, y, dx, dy in ((3, 3, 1, 1), (21, 3, -1, 1), (3, 21, 1, -1), (21, 21, -1, -1)):
        painter.drawLine(QPointF(x, y), QPointF(x + 5 * dx, y))
        painter.drawLine(QPointF(x, y), QPointF(x, y + 5 * dy))
    painter.setPen(_pen(ink, 1.2))
    painter.setBrush(QColor(KIND_COLORS[NoteKind.ACTION]))
    painter.drawRect(QRectF(8, 8, 8, 8))


def _export(painter: QPainter, ink: QColor) -> None:
    painter.setPen(_pen(ink))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(11, 5))
    path.lineTo(4, 5)
    path.lineTo(4, 20)
    path.lineTo(19, 20)
    path.lineTo(19, 13)
    painter.drawPath(path)
    painter.drawLine(QPointF(11, 13), QPointF(20, 4))
    painter.drawLine(QPointF(14, 4), QPointF(20, 4))
    painter.drawLine(QPointF(20, 4), QPointF(20, 10))


def _page(painter: QPainter, ink: QColor) -> None:
    path = QPainterPath()
    path.moveTo(5, 3)
    path.lineTo(14, 3)
    path.lineTo(19, 8)
    path.lineTo(19, 21)
    path.lineTo(5, 21)
    path.closeSubpath()
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawPath(path)
    painter.drawPolyline([QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)])
    painter.setPen(_pen(ink, 1.6))
    painter.drawLine(QPointF(12, 11.5), QPointF(12, 17.5))
    painter.drawLine(QPointF(9, 14.5), QPointF(15, 14.5))


def _folder(painter: QPainter, ink: QColor) -> None:
    back = QPainterPath()
    back.moveTo(3, 19)
    back.lineTo(3, 5)
    back.lineTo(9, 5)
    back.lineTo(11, 7.5)
    back.lineTo(19, 7.5)
    back.lineTo(19, 10)
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(back)
    front = QPainterPath()
    front.moveTo(3, 19)
    front.lineTo(6.5, 10)
    front.lineTo(22, 10)
    front.lineTo(18.5, 19)
    front.closeSubpath()
    painter.setBrush(QColor(KIND_COLORS[NoteKind.NOTE]))
    painter.drawPath(front)


def _save(painter: QPainter, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline([QPointF(4, 14), QPointF(4, 20), QPointF(20, 20), QPointF(20, 14)])
    painter.setPen(_pen(ink, 2.0))
    painter.drawLine(QPointF(12, 3.5), QPointF(12, 14.5))
    painter.drawPolyline([QPointF(7.5, 10.5), QPointF(12, 15), QPointF(16.5, 10.5)])


def _turn(painter: QPainter, ink: QColor, mirrored: bool) -> None:
    if mirrored:
        painter.translate(24, 0)
        painter.scale(-1, 1)
    painter.setPen(_pen(ink, 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(5, 10))
    path.lineTo(14, 10)
    path.cubicTo(QPointF(22, 10), QPointF(22, 20), QPointF(14, 20))
    path.lineTo(10, 20)
    painter.drawPath(path)
    painter.drawPolyline([QPointF(9, 5.5), QPointF(4.5, 10), QPointF(9, 14.5)])


def _undo(painter: QPainter, ink: QColor) -> None:
    _turn(painter, ink, mirrored=False)


def _redo(painter: QPainter, ink: QColor) -> None:
    _turn(painter, ink, mirrored=True)


def note_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_note, sizes)


def connector_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_connector, sizes)


def zoom_in_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_zoom_in, sizes)


def zoom_out_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_zoom_out, sizes)


def zoom_fit_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_zoom_fit, sizes)


def find_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_magnifier, sizes)


def export_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_export, sizes)


def new_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_page, sizes)


def open_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_folder, sizes)


def save_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_save, sizes)


def undo_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_undo, sizes)


def redo_icon(sizes: Sequence[int] = SIZES) -> QIcon:
    return _icon(_redo, sizes)
