"""The legend: which colour means which note kind, with how many notes of each the map holds."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.model.kinds import NoteKind
from canvas_app.ui.labels import fill, kind_icon, kind_label


class LegendPanel(QListWidget):
    """A read-only list: swatch, kind name and count; kinds absent from the map are dimmed."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend_panel")
        self.setIconSize(QSize(16, 16))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._document = document
        self._items: dict[NoteKind, QListWidgetItem] = {}
        for kind in NoteKind:
            item = QListWidgetItem(kind_icon(kind), kind_label(kind))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            self._items[kind] = item
        document.changed.connect(self._on_changed)
        self.refresh()

    def counts(self) -> dict[NoteKind, int]:
        """Notes per kind in the current map."""
        return dict(Counter(note.kind for note in self._document.journey.notes))

    def entry_text(self, kind: NoteKind) -> str:
        return self._items[kind].text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.refresh()  # names, number format, or the dimmed colour (high contrast)
        super().changeEvent(event)

    def refresh(self) -> None:
        """Names and counts (in the interface language and its number format)."""
        self.setAccessibleName(self.tr("Legend of note kinds"))
        locale = QLocale()
        counts = self.counts()
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        for kind, item in self._items.items():
            count = counts.get(kind, 0)
            label = kind_label(kind)
            item.setText(fill(self.tr("%1 · %2"), label, locale.toString(count))
                         if count else label)
            item.setForeground(normal if count else dim)

    def _on_changed(self, change: ChangeSet) -> None:
        # Only additions, removals, kind changes and resets alter the counts.
        if change.reset or change.notes:
            self.refresh()
