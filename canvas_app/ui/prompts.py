"""The seam for every modal question the window asks (file pickers, message boxes, colour, text).

Controllers call these functions instead of QFileDialog/QMessageBox directly, so tests replace one
function (monkeypatch) with an answer and drive the real work behind it. Messages are plain text.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from canvas_app.ui.labels import fill

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("prompts", text)


class SaveChoice(Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def map_filter() -> str:
    return _tr("Journey maps (*.journey)")


def csv_filter() -> str:
    return _tr("CSV files (*.csv *.tsv *.txt)")


def open_file_path(parent: Optional[QWidget], title: str, directory: str,
                   name_filter: str) -> Optional[Path]:
    """The file the user picked to open, or None when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, directory, name_filter)
    return Path(chosen) if chosen else None


def save_file_path(parent: Optional[QWidget], title: str, suggested: str,
                   name_filter: str, default_suffix: str = "") -> Optional[Path]:
    """The file the user chose to write, or None. The dialog adds `default_suffix` to a name
    typed without one before it asks whether to replace an existing file."""
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    if suggested:
        dialog.selectFile(suggested)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_save_changes(parent: Optional[QWidget], document_name: str) -> SaveChoice:
    """Ask whether to save the unsaved changes of `document_name` before they are lost."""
    box = _plain_box(parent, QMessageBox.Icon.Warning, _tr("Unsaved changes"),
                     fill(_tr("Do you want to save the changes to “%1”?"), document_name))
    box.setInformativeText(_tr("Your changes are lost if you do not save them."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def show_error(parent: Optional[QWidget], title: str, message: str,
               details: str = "") -> None:
    """Tell the user something failed; `message` (often from a file) is shown as plain text."""
    # Details join the main text: only that label is guaranteed to stay plain text.
    text = f"{message}\n\n{details}" if details else message
    _plain_box(parent, QMessageBox.Icon.Critical, title, text).exec()


def show_about(parent: Optional[QWidget], title: str, text: str) -> None:
    box = _plain_box(parent, QMessageBox.Icon.Information, title, text)
    box.exec()


def ask_text(parent: Optional[QWidget], title: str, label: str, initial: str) -> Optional[str]:
    """A line of text the user typed (stripped), or None when cancelled or left empty."""
    text, accepted = QInputDialog.getText(parent, title, label, text=initial)
    text = text.strip()
    return text if accepted and text else None


def ask_item(parent: Optional[QWidget], title: str, label: str, items: list[str],
             current: int = 0) -> Optional[int]:
    """The index of the item the user picked from `items`, or None when cancelled."""
    chosen, accepted = QInputDialog.getItem(parent, title, label, items, current, False)
    if not accepted or chosen not in items:
        return None
    return items.index(chosen)


def choose_color(parent: Optional[QWidget], initial: QColor, title: str) -> Optional[QColor]:
    """A colour the user picked, or None when cancelled."""
    color = QColorDialog.getColor(initial, parent, title)
    return color if color.isValid() else None


def ask_print(parent: Optional[QWidget], printer: "QPrinter", options: QWidget) -> Optional[str]:
    """The system print dialog on `printer`, with `options` (a combo box whose data is the
    print mode) on a tab of its own where the platform allows; the chosen mode, or None."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QComboBox, QFormLayout

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print"))
    page = QWidget()
    page.setWindowTitle(_tr("Board"))
    form = QFormLayout(page)
    form.addRow(_tr("Board:"), options)
    dialog.setOptionTabs([page])
    try:
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
    finally:
        dialog.deleteLater()
    return str(options.currentData()) if isinstance(options, QComboBox) else ""


def run_dialog(dialog: "QDialog") -> int:
    """Run a modal dialog (print preview, …) to its end; its result code."""
    return dialog.exec()


def _plain_box(parent: Optional[QWidget], icon: QMessageBox.Icon, title: str,
               text: str) -> QMessageBox:
    # Plain text: a message quoting a file name or map text must never be read as HTML.
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask_new_lane(parent: Optional[QWidget], kinds: list[tuple[str, str]],
                 initial_title: str) -> Optional[tuple[str, str]]:
    """(title, kind value) for a new lane, from a small dialog; None when cancelled.

    `kinds` lists (value, translated label) in the order shown; the first is preselected.
    """
    from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Add Lane"))
    dialog.setMinimumWidth(420)
    form = QFormLayout(dialog)
    title = QLineEdit(initial_title, dialog)
    title.selectAll()
    kind = QComboBox(dialog)
    for value, label in kinds:
        kind.addItem(label, value)
    form.addRow(_tr("&Title:"), title)
    form.addRow(_tr("&Kind of lane:"), kind)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted or not title.text().strip():
        return None
    return title.text().strip(), str(kind.currentData())
