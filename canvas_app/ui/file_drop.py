"""Opening files dropped on the window from a file manager: a `.journey` map opens, a `.csv`
file is imported. An event filter, so it also works over the board, whose own drops (palette
kinds, notes) it leaves alone."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

OPENABLE_SUFFIXES = (".journey", ".csv")


def dropped_file(mime: Optional[QMimeData]) -> Optional[Path]:
    """The first local `.journey` or `.csv` file among the dropped URLs, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in OPENABLE_SUFFIXES:
                return path
    return None


class FileDropFilter(QObject):
    """Accepts drags of map or CSV files on the watched widgets; calls `open_file` on a drop."""

    def __init__(self, open_file: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if dropped_file(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_file(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                self._open_file(path)
                return True
        return False
