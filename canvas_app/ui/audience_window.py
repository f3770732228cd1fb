"""The audience window: the clean board for the room — no selection, no current-note ring, no
focus frame, no hidden-note marks, and hidden notes absent.

It is a second BoardView on its own BoardScene fed by the same Document: each change set updates
both boards (only what changed), and the audience scene draws `audience_map` (the map without
hidden notes), which one shared scene could not do without leaking hidden notes or marks onto
the projector. The window takes no editing input: the facilitator edits on the laptop. On a
second screen it shows full screen there; on one screen it opens as an ordinary window (for
rehearsal and testing).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QScreen,
)
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from canvas_app.document import Document, Editor
from canvas_app.scene.board_view import BoardView

PROJECTOR_BACKGROUND = "#101214"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AudienceWindow", text)


class AudienceView(BoardView):
    """A board that only shows: the audience scene, no scroll bars, no editing input."""

    key_pressed = Signal(QKeyEvent)

    def __init__(self, document: Document, editor: Editor,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(document, editor, parent)
        self.setObjectName("audienceView")
        self.board_scene.set_audience(True, clean=True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(_tr("Audience view"))

    # Input is not editing here: presses, drags and menus do nothing; keys go to whoever
    # listens (presentation stepping), never to the board's note navigation.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.accept()


class AudienceWindow(QWidget):
    """A top-level window holding an AudienceView. Signal `closed()` when it closes."""

    closed = Signal()

    def __init__(self, document: Document, editor: Editor,
                 parent: Optional[QWidget] = None) -> None:
        # A top-level window of its own (a parent only ties lifetimes), full screen elsewhere.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PROJECTOR_BACKGROUND))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = AudienceView(document, editor, self)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Journey Canvas — audience"))
        self.setAccessibleName(_tr("Audience window"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_on(self, screen: Optional[QScreen], full_screen: bool) -> None:
        """Show on `screen` (None: where the window system puts it), full screen or windowed."""
        if screen is not None:
            self.setScreen(screen)
            geometry = screen.geometry()
            if full_screen:
                self.setGeometry(geometry)
            else:
                self.resize(min(1280, geometry.width()), min(720, geometry.height()))
                self.move(geometry.topLeft() + (geometry.center() - geometry.topLeft()) / 4)
        if full_screen:
            self.showFullScreen()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
