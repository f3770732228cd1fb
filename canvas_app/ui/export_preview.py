"""The export dialog's page preview: thumbnails of the real PDF's pages, so what is previewed is
exactly what is written.

Pages are rasterised by poppler's `pdftoppm` (a project dependency) in a background process,
the first MAX_THUMBNAILS of them; where pdftoppm is missing, each page is drawn as a blank sheet
of its true proportions (read from the PDF's page boxes) with its number. PNG and SVG exports
show a small image of the board itself.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

MAX_THUMBNAILS = 12
THUMBNAIL = 150  # longest side of a page's thumbnail, in logical pixels
SINGLE = 300  # a lone page (poster, fit) or an image is shown larger
POLL_MS = 30
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")


def pdftoppm_path() -> Optional[str]:
    """The pdftoppm program, if installed."""
    return shutil.which("pdftoppm")


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height in points of each page, in order (reportlab writes a page box per page)."""
    sizes = []
    for match in _MEDIA_BOX.finditer(pdf):
        x0, y0, x1, y1 = (float(value) for value in match.groups())
        sizes.append((abs(x1 - x0), abs(y1 - y0)))
    return sizes


class PagePreview(QWidget):
    """Thumbnails of the pages (or image) an export will make, with a line saying what is shown."""

    updated = Signal()  # thumbnails shown (for tests and accessibility)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPreview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QListWidget(self)
        self.pages.setObjectName("exportPreviewPages")
        self.pages.setAccessibleName(self.tr("Page preview"))
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.setSpacing(6)
        # White sheets on a grey desk, in light and dark themes alike.
        self.pages.setStyleSheet("QListWidget { background: #D5DBE1; color: #1D2530; }")
        # Two columns of thumbnails beside a scroll bar.
        self.pages.setMinimumSize(2 * (THUMBNAIL + 16) + 40, 320)
        self.status = QLabel(self)
        self.status.setObjectName("exportPreviewStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self._run: Optional[_Run] = None
        # Polls the running rasteriser: a timer dies with the widget, so no result can ever
        # arrive into a deleted widget (a process's "finished" signal could, mid-destruction).
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._total = 0

    # -- public API ---------------------------------------------------------------------------

    def show_pdf(self, pdf: bytes, page_count: int) -> None:
        """Show the pages of `pdf` (rasterised in the background where pdftoppm exists)."""
        self._cancel()
        self._total = page_count
        program = pdftoppm_path()
        if program is None:
            self._show_outlines(pdf)
            return
        side = SINGLE if page_count == 1 else THUMBNAIL
        ratio = max(1.0, self.devicePixelRatioF())
        try:
            self._run = _Run(program, pdf, min(page_count, MAX_THUMBNAILS), side,
                             round(side * ratio))
        except OSError:
            self._show_outlines(pdf)
            return
        self.status.setText(self.tr("Drawing the pages…"))
        self._poll.start()

    def show_image(self, image: QImage, caption: str) -> None:
        """Show one image (the board as a PNG or SVG will show it)."""
        self._cancel()
        self.pages.clear()
        self._add(QPixmap.fromImage(image), "", SINGLE)
        self.status.setText(caption)
        self.updated.emit()

    def show_message(self, text: str) -> None:
        """No thumbnails, only `text` (e.g. "press Count pages" for a large map)."""
        self._cancel()
        self.pages.clear()
        self.status.setText(text)

    def thumbnail_count(self) -> int:
        return self.pages.count()

    def is_busy(self) -> bool:
        return self._run is not None

    # -- behaviour ----------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self._cancel()  # the dialog closed: stop drawing pages nobody will see
        super().hideEvent(event)

    def _cancel(self) -> None:
        self._poll.stop()
        run, self._run = self._run, None
        if run is not None:
            run.stop()

    def _check(self) -> None:
        run = self._run
        if run is None:
            self._poll.stop()
            return
        if not run.done():
            return
        self._poll.stop()
        self._run = None
        files = run.pages()
        if len(files) < run.shown:
            self._show_outlines(run.pdf)
            run.stop()
            return
        self.pages.clear()
        ratio = max(1.0, self.devicePixelRatioF())
        for number, path in enumerate(files, start=1):
            pixmap = QPixmap(str(path))
            pixmap.setDevicePixelRatio(ratio)
            self._add(pixmap, str(number), run.side)
        run.stop()
        self._finish()

    def _show_outlines(self, pdf: bytes) -> None:
        """Blank sheets of the pages' true proportions, numbered (no rasteriser here)."""
        self.pages.clear()
        sizes = page_sizes(pdf)[:MAX_THUMBNAILS]
        side = SINGLE if len(sizes) == 1 else THUMBNAIL
        for number, (width, height) in enumerate(sizes, start=1):
            self._add(_outline(width, height, side, number), str(number), side)
        self._finish(outlines=True)

    def _finish(self, outlines: bool = False) -> None:
        total, shown = self._total, self.pages.count()
        locale = QLocale()
        if total == 1:
            text = self.tr("1 page")
        elif shown < total:
            text = self.tr("The first %1 of %2 pages").replace("%1", locale.toString(shown)).replace(
                "%2", locale.toString(total))
        else:
            text = self.tr("%1 pages").replace("%1", locale.toString(total))
        if outlines:
            text += " " + self.tr("(page shapes only: install poppler-utils to see them drawn)")
        self.status.setText(text)
        self.updated.emit()

    def _add(self, pixmap: QPixmap, caption: str, side: int) -> None:
        pixmap = _framed(pixmap)
        self.pages.setIconSize(QSize(side, side))
        self.pages.setGridSize(QSize(side + 16, side + (28 if caption else 12)))
        item = QListWidgetItem(QIcon(pixmap), caption, self.pages)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)


class _Run:
    """One pdftoppm run in a temporary folder of its own (removed by `stop`)."""

    def __init__(self, program: str, pdf: bytes, shown: int, side: int, pixels: int) -> None:
        self.pdf, self.shown, self.side = pdf, shown, side
        self._folder = tempfile.TemporaryDirectory(prefix="journey-canvas-preview-")
        folder = Path(self._folder.name)
        (folder / "export.pdf").write_bytes(pdf)
        self._process = subprocess.Popen(
            [program, "-png", "-scale-to", str(pixels), "-f", "1", "-l", str(shown),
             str(folder / "export.pdf"), str(folder / "page")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def done(self) -> bool:
        return self._process.poll() is not None

    def pages(self) -> list[Path]:
        """The thumbnails made, in page order (pdftoppm pads the numbers: page-01.png …)."""
        if self._process.returncode != 0:
            return []
        found = Path(self._folder.name).glob("page-*.png")
        return sorted(found, key=lambda p: int(p.stem.rsplit("-", 1)[1]))

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._folder.cleanup()


def _framed(pixmap: QPixmap) -> QPixmap:
    """`pixmap` with a thin grey edge, so a white page shows where it ends."""
    framed = QPixmap(pixmap)
    painter = QPainter(framed)
    painter.setPen(QPen(QColor("#8894A0"), 0))
    size = framed.deviceIndependentSize()
    painter.drawRect(QRectF(0.0, 0.0, size.width() - 1.0, size.height() - 1.0))
    painter.end()
    return framed


def _outline(width: float, height: float, side: int, number: int) -> QPixmap:
    scale = side / max(width, height, 1.0)
    pixmap = QPixmap(max(1, round(width * scale)), max(1, round(height * scale)))
    pixmap.fill(QColor("#FFFFFF"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#4A5563"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return pixmap
