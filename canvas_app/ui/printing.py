"""Printing: File ▸ Print… through the system print dialog, and File ▸ Print Preview…, the board
painted by the screen's painter fitted to the page or tiled at 100 % (print_plans).

The print dialog is asked through the prompts seam; the preview dialog has a choice of fitted or
tiled pages in its toolbar, and prints what it shows.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QLineF, QRectF
from PySide6.QtGui import QColor, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout import compute_layout
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.scene.canvas_font import ensure_canvas_font
from canvas_app.scene.layout_painter import device_scale, draw_block, paint_board
from canvas_app.ui import prompts
from canvas_app.ui.print_plans import FIT, MODES, TILED, PrintPage, print_pages

_MARK_COLOR = QColor("#1D2530")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def make_printer(journey: JourneyMap, layout: Optional[BoardLayout] = None) -> QPrinter:
    """A high-resolution printer set up for the map: landscape for a wide board."""
    layout = layout or compute_layout(journey)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(journey.title or _tr("Journey map"))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape
                               if layout.width >= layout.height
                               else QPageLayout.Orientation.Portrait)
    return printer


def print_board(printer: QPrinter, journey: JourneyMap, mode: str = FIT,
                layout: Optional[BoardLayout] = None) -> int:
    """Paint the board on `printer`'s pages (fitted or tiled); returns the number of pages."""
    if mode not in MODES:
        raise ValueError(f"unknown print mode {mode!r}")
    ensure_canvas_font()
    layout = layout or compute_layout(journey)
    area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    pages = print_pages(layout, journey.title, area.width(), area.height(), mode,
                        journey.language.value)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr("The printer could not be started."))
    try:
        # Page units are points from the printable area's top-left corner.
        dots = printer.resolution() / 72.0
        for number, page in enumerate(pages):
            if number and not printer.newPage():
                raise OSError(_tr("The printer refused a new page."))
            painter.save()
            painter.scale(dots, dots)
            _paint_page(painter, layout, page)
            painter.restore()
    finally:
        painter.end()
    return len(pages)


def _paint_page(painter: QPainter, layout: BoardLayout, page: PrintPage) -> None:
    plan = page.plan
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if plan.heading is not None:
        draw_block(painter, plan.heading, device_scale(painter))
    for placement in plan.placements:
        region = placement.region
        if region.width <= 0 or region.height <= 0:
            continue
        target = placement.page_rect
        painter.save()
        painter.setClipRect(QRectF(target.x, target.y, target.width, target.height))
        painter.translate(placement.origin.x, placement.origin.y)
        painter.scale(placement.scale, placement.scale)
        painter.translate(-region.x, -region.y)
        paint_board(painter, layout, QRectF(region.x, region.y, region.width, region.height))
        painter.restore()
    if page.marks:
        painter.setPen(QPen(_MARK_COLOR, 0.5))
        painter.drawLines([QLineF(a.x, a.y, b.x, b.y) for a, b in page.marks])


def print_map(parent: Optional[QWidget], journey: JourneyMap) -> bool:
    """Ask the system print dialog, then print the board fitted to the page (or tiled when the
    dialog's Board option says so); False when cancelled."""
    layout = compute_layout(journey)
    printer = make_printer(journey, layout)
    mode = prompts.ask_print(parent, printer, mode_choice(parent))
    if mode is None:
        return False
    print_board(printer, journey, mode, layout)
    return True


def mode_choice(parent: Optional[QWidget]) -> QComboBox:
    """A combo box choosing fitted or tiled pages (its data is the mode)."""
    combo = QComboBox(parent)
    combo.setObjectName("printMode")
    combo.addItem(_tr("Whole board on one page"), FIT)
    combo.addItem(_tr("Tiled at 100 % (with crop marks)"), TILED)
    combo.setAccessibleName(_tr("Board"))
    return combo


class PrintPreview(QPrintPreviewDialog):
    """The print preview, with the fitted / tiled choice in its toolbar."""

    def __init__(self, journey: JourneyMap, parent: Optional[QWidget] = None) -> None:
        self._journey = journey
        self._layout = compute_layout(journey)
        self._printer = make_printer(journey, self._layout)  # kept: the dialog only borrows it
        super().__init__(self._printer, parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(_tr("Print Preview"))
        self.pages_printed = 0
        self.mode_combo = mode_choice(self)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            label = QLabel(_tr("Board:"), self)
            toolbar.addWidget(label)
            toolbar.addWidget(self.mode_combo)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.paintRequested.connect(self._paint)
        self.resize(1100, 800)

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))

    def preview_widget(self) -> QPrintPreviewWidget:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        return widget

    def _mode_changed(self) -> None:
        self.preview_widget().updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        self.pages_printed = print_board(printer, self._journey, self.mode(), self._layout)


def preview_map(parent: Optional[QWidget], journey: JourneyMap) -> None:
    """Show the print preview (modal); printing from it uses the system print dialog."""
    dialog = PrintPreview(journey, parent)
    try:
        prompts.run_dialog(dialog)
    finally:
        dialog.deleteLater()

