"""A dialog listing every action that has a keyboard shortcut (read from the actions, so it
never disagrees with them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


_BARE = {"action_undo", "action_redo"}


def _typeable(sequence: QKeySequence) -> bool:
    """A key a keyboard user can press: not the dedicated keys of old Sun or multimedia
    keyboards (Copy, Open, F14…) that the standard key lists also carry."""
    # QKeySequence is indexable at run time (its stubs do not say so).
    key = sequence[0].key() if sequence.count() else Qt.Key.Key_unknown  # type: ignore[index]
    if Qt.Key.Key_F13.value <= key.value <= Qt.Key.Key_F35.value or key == Qt.Key.Key_Help:
        return False
    return key.value < Qt.Key.Key_Back.value


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str, str]]:
    """(command name without mnemonics, its shortcuts as native text, what it does) for each
    action that has a shortcut."""
    rows = []
    for action in actions:
        keys = [seq.toString(QKeySequence.SequenceFormat.NativeText)
                for seq in action.shortcuts() if _typeable(seq)]
        if keys:
            # The undo actions' text names the last command; the icon text is the bare verb.
            text = action.iconText() if action.objectName() in _BARE else action.text()
            name = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((name.rstrip("…").rstrip("."), ", ".join(keys), action.statusTip()))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut"),
                                         self.tr("What it does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(820, 620)
