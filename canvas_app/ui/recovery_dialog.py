"""The start-up dialog listing maps recovered after a crash (title, original file or "unsaved
map", when it was last copied, note count) with Restore / Discard / Decide Later for each or for
all. Closing it decides later: the recovery files stay until the user discards them.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional, Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_app.fileio.recovery import RecoveryEntry
from canvas_app.ui.labels import fill


class RecoveryChoice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


_COLUMNS = 5
_ACTION_COLUMN = 4


class RecoveryDialog(QDialog):
    """One row per recovered map with a choice box; buttons for all at once."""

    def __init__(self, entries: Sequence[RecoveryEntry], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover Unsaved Maps"))
        self.setMinimumWidth(760)
        self._entries = list(entries)
        self._boxes: dict[str, QComboBox] = {}
        self._decided = False

        intro = QLabel(self.tr(
            "Journey Canvas did not close normally last time. These maps had changes that were "
            "not saved. Restore them to keep working, or discard them."), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.table = QTreeWidget(self)
        self.table.setObjectName("recovery_table")
        self.table.setColumnCount(_COLUMNS)
        self.table.setHeaderLabels([self.tr("Map"), self.tr("File"), self.tr("Last copied"),
                                    self.tr("Notes"), self.tr("Action")])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for entry in self._entries:
            self._add_row(entry)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, _COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(self)
        self.restore_all_button = self._button(
            buttons, "restore_all_button", self.tr("&Restore All"),
            QDialogButtonBox.ButtonRole.AcceptRole, RecoveryChoice.RESTORE)
        self.discard_all_button = self._button(
            buttons, "discard_all_button", self.tr("&Discard All"),
            QDialogButtonBox.ButtonRole.DestructiveRole, RecoveryChoice.DISCARD)
        self.later_button = buttons.addButton(self.tr("Decide &Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("later_button")
        self.later_button.clicked.connect(self.reject)
        self.apply_button = buttons.addButton(self.tr("&Apply Choices"),
                                              QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("apply_button")
        self.apply_button.clicked.connect(self._apply)
        self.restore_all_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, RecoveryChoice]:
        """Each entry's key and what to do with it (all LATER unless the dialog was accepted)."""
        if not self._decided:
            return {entry.key: RecoveryChoice.LATER for entry in self._entries}
        return {key: RecoveryChoice(box.currentData()) for key, box in self._boxes.items()}

    def set_choice(self, key: str, choice: RecoveryChoice) -> None:
        box = self._boxes[key]
        box.setCurrentIndex(box.findData(choice.value))

    def _add_row(self, entry: RecoveryEntry) -> None:
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(entry.saved_at.timestamp())),
            QLocale.FormatType.ShortFormat)
        file_text = entry.original_path.name if entry.original_path else self.tr("unsaved map")
        notes = QLocale().toString(entry.note_count) if entry.owner is not None else "?"
        # Item views never interpret their text as markup: titles and paths stay plain text.
        item = QTreeWidgetItem([entry.title or self.tr("Untitled"), file_text, when, notes, ""])
        if entry.original_path is not None:
            item.setToolTip(1, str(entry.original_path))
        item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.addTopLevelItem(item)
        box = QComboBox(self.table)
        box.setObjectName(f"choice_{entry.key}")
        box.setAccessibleName(fill(self.tr("What to do with %1"), item.text(0)))
        for choice, label in ((RecoveryChoice.RESTORE, self.tr("Restore")),
                              (RecoveryChoice.DISCARD, self.tr("Discard")),
                              (RecoveryChoice.LATER, self.tr("Decide later"))):
            box.addItem(label, choice.value)
        self.table.setItemWidget(item, _ACTION_COLUMN, box)
        self._boxes[entry.key] = box

    def _button(self, buttons: QDialogButtonBox, name: str, text: str,
                role: QDialogButtonBox.ButtonRole, choice: RecoveryChoice) -> QPushButton:
        button = buttons.addButton(text, role)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._all(choice))
        return button

    def _all(self, choice: RecoveryChoice) -> None:
        for key in self._boxes:
            self.set_choice(key, choice)
        self._apply()

    def _apply(self) -> None:
        self._decided = True
        self.accept()


def choose_recoveries(parent: Optional[QWidget],
                      entries: Sequence[RecoveryEntry]) -> dict[str, RecoveryChoice]:
    """Ask what to do with each recovered map (the seam tests may replace)."""
    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    choices = dialog.choices()
    dialog.deleteLater()
    return choices
