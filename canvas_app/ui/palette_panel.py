"""The note palette: one entry per note kind (colour swatch AND label). Drag an entry onto the
board to drop a note of that kind in a cell; click it (or press Enter) to add one to the current
cell."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from canvas_app.model.kinds import NoteKind
from canvas_app.ui.labels import fill, kind_icon, kind_label

NOTE_KIND_MIME = "application/x-journey-canvas-note-kind"
_KIND_ROLE = Qt.ItemDataRole.UserRole


def note_kind_mime(kind: NoteKind) -> QMimeData:
    """The drag payload the board accepts: the kind's value as UTF-8 (e.g. b"pain-point")."""
    mime = QMimeData()
    mime.setData(NOTE_KIND_MIME, QByteArray(kind.value.encode("utf-8")))
    return mime


class PalettePanel(QListWidget):
    """The list of note kinds. Signal `kind_chosen(NoteKind)`: add a note of that kind."""

    kind_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette_panel")
        self.setIconSize(QSize(18, 18))
        self.setSpacing(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setUniformItemSizes(True)
        for kind in NoteKind:
            item = QListWidgetItem(kind_icon(kind, 18), kind_label(kind))
            item.setData(_KIND_ROLE, kind.value)
            self.addItem(item)
        self.retranslate()
        self.itemClicked.connect(self._on_clicked)

    def retranslate(self) -> None:
        """(Re)apply the texts in the interface language."""
        self.setAccessibleName(self.tr("Note palette"))
        self.setToolTip(self.tr("Drag a kind onto the board, or click it to add a note to the "
                                "current cell"))
        for row in range(self.count()):
            item = self.item(row)
            kind = NoteKind(item.data(_KIND_ROLE))
            item.setText(kind_label(kind))
            item.setToolTip(fill(self.tr("Add a “%1” note"), kind_label(kind)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kind_at(self, row: int) -> NoteKind:
        return NoteKind(self.item(row).data(_KIND_ROLE))

    def row_of(self, kind: NoteKind) -> int:
        return list(NoteKind).index(kind)

    # -- choosing ---------------------------------------------------------------------------

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.kind_chosen.emit(NoteKind(item.data(_KIND_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.currentItem()
            if item is not None:
                self.kind_chosen.emit(NoteKind(item.data(_KIND_ROLE)))
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Reached with Tab, the current kind was only drawn with a faint frame (1.7:1 on white):
        # selecting it gives it the palette's highlight, the strong sign of where Enter acts.
        super().focusInEvent(event)
        current = self.currentItem()
        if current is not None and not self.selectedItems():
            current.setSelected(True)

    # -- dragging ---------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [NOTE_KIND_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        kind = NoteKind(items[0].data(_KIND_ROLE)) if items else NoteKind.NOTE
        return note_kind_mime(kind)

    def startDrag(self, supported: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(note_kind_mime(NoteKind(item.data(_KIND_ROLE))))
        drag.setPixmap(item.icon().pixmap(QSize(28, 28)))
        drag.exec(Qt.DropAction.CopyAction)
