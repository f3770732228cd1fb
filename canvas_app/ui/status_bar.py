"""The status bar: a zoom indicator (click it for preset zooms), the note count (and how many are
selected), and the file state (saved, modified, not saved yet); plus the zoom actions' wiring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolButton, QWidget

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.ui.actions import Actions
from canvas_app.ui.file_controller import FileController
from canvas_app.ui.labels import fill

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView

ZOOM_PRESETS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 4.0)


def zoom_text(factor: float) -> str:
    """A zoom as a percentage in the interface language ("150 %", "150%")."""
    return fill(QCoreApplication.translate("ZoomIndicator", "%1 %"),
                QLocale().toString(round(factor * 100)))


def connect_zoom_actions(actions: Actions, view: "BoardView") -> None:
    actions.zoom_in.triggered.connect(view.zoom_in)
    actions.zoom_out.triggered.connect(view.zoom_out)
    actions.zoom_fit.triggered.connect(view.zoom_to_fit)
    actions.zoom_selection.triggered.connect(view.zoom_to_selection)
    actions.zoom_100.triggered.connect(lambda: view.set_zoom(1.0))

    def zoom_to_current_stage() -> None:
        cell = view.current_cell()
        if cell is not None:
            view.zoom_to_stage(cell[0])

    actions.zoom_stage.triggered.connect(zoom_to_current_stage)


class ZoomIndicator(QToolButton):
    """Shows the board's zoom; its menu offers preset zooms, fit and selection."""

    def __init__(self, view: "BoardView", actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoom_indicator")
        self._view = view
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        menu.setObjectName("zoom_menu")
        for factor in ZOOM_PRESETS:
            action = menu.addAction(zoom_text(factor))
            action.setData(factor)
            action.triggered.connect(lambda _checked=False, f=factor: view.set_zoom(f))
        menu.addSeparator()
        menu.addAction(actions.zoom_fit)
        menu.addAction(actions.zoom_selection)
        self.setMenu(menu)
        view.zoom_changed.connect(self.show_zoom)
        self.show_zoom(view.zoom())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for action in self.menu().actions():
                if isinstance(action.data(), float):
                    action.setText(zoom_text(action.data()))
            self.show_zoom(self._view.zoom())
        super().changeEvent(event)

    def show_zoom(self, factor: float) -> None:
        self.setToolTip(self.tr("Zoom (click for presets)"))
        self.setText(zoom_text(factor))
        self.setAccessibleName(fill(self.tr("Zoom %1"), zoom_text(factor)))


class StatusBarController(QObject):
    """Fills the window's status bar and keeps its labels current."""

    def __init__(self, window: QMainWindow, document: Document, view: "BoardView",
                 files: FileController, actions: Actions) -> None:
        super().__init__(window)
        self._document = document
        self._view = view
        self._files = files
        bar = window.statusBar()
        self.file_state = QLabel(bar)
        self.file_state.setObjectName("file_state_label")
        self.file_state.setTextFormat(Qt.TextFormat.PlainText)
        self.note_count = QLabel(bar)
        self.note_count.setObjectName("note_count_label")
        self.note_count.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom = ZoomIndicator(view, actions, bar)
        bar.addPermanentWidget(self.file_state)
        bar.addPermanentWidget(self.note_count)
        bar.addPermanentWidget(self.zoom)
        document.changed.connect(self._on_changed)
        view.selection_changed.connect(lambda _ids: self.show_counts())
        files.state_changed.connect(self.show_state)
        self.show_counts()
        self.show_state()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_counts()
            self.show_state()
        return super().event(event)

    def show_counts(self) -> None:
        total = len(self._document.journey.notes)
        selected = len(self._view.selected_note_ids())
        text = self.tr("1 note") if total == 1 else self.tr("%Ln notes", "", total)
        if selected:
            text = fill(self.tr("%1 (%2 selected)"), text, QLocale().toString(selected))
        self.note_count.setText(text)

    def show_state(self) -> None:
        self.file_state.setText(self._files.state_text())

    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset or change.notes_added or change.notes_removed:
            self.show_counts()
