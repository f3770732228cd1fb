"""The questions of issue 7 (a map locked by someone else, a file changed on disk, a save that
failed, discarding recovered maps), as plain-text message boxes behind one seam like `prompts`:
tests replace a function here with an answer and drive the real work behind it.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from canvas_app.ui.labels import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("session_prompts", text)


class LockChoice(Enum):
    """The answer to "someone else is editing this map"."""

    READ_ONLY = "read-only"
    COPY = "copy"
    CANCEL = "cancel"


class DiskChoice(Enum):
    """The answer to "the file changed on disk"."""

    RELOAD = "reload"
    KEEP_MINE = "keep mine"
    SAVE_COPY = "save copy"


class OverwriteChoice(Enum):
    """The answer to "replace a version someone else saved?"."""

    REPLACE = "replace"
    SAVE_AS = "save as"
    CANCEL = "cancel"


def ask_lock_held(parent: Optional[QWidget], file_name: str, holder: str) -> LockChoice:
    """`file_name` is being edited by `holder` (who, where, since when): look or copy?"""
    box = plain_box(parent, QMessageBox.Icon.Warning, _tr("Map in use"),
                    fill(_tr("“%1” is being edited by %2."), file_name, holder))
    box.setInformativeText(_tr(
        "Open it read-only to look at it without saving over their work, or open a copy to "
        "edit and save under another name."))
    read_only = _button(box, "open_read_only_button", _tr("Open &Read-Only"),
                        QMessageBox.ButtonRole.AcceptRole)
    copy = _button(box, "open_copy_button", _tr("Open a &Copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if clicked is copy:
        return LockChoice.COPY
    return LockChoice.CANCEL


def ask_disk_changed(parent: Optional[QWidget], file_name: str, modified: bool) -> DiskChoice:
    """`file_name` changed on disk (a colleague or a sync client saved it): reload, keep yours,
    or save yours as a copy. Closing the box keeps yours (nothing is lost either way)."""
    box = plain_box(parent, QMessageBox.Icon.Warning, _tr("Map changed on disk"),
                    fill(_tr("“%1” was changed on disk by another program or person."),
                         file_name))
    box.setInformativeText(_tr(
        "Reload shows their version and drops your unsaved changes. Keep Mine keeps your "
        "version open; saving it asks before replacing theirs.") if modified else _tr(
        "Reload shows their version. Keep Mine keeps the version you have open; saving it asks "
        "before replacing theirs."))
    reload_button = _button(box, "reload_button", _tr("&Reload"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = _button(box, "keep_mine_button", _tr("&Keep Mine"), QMessageBox.ButtonRole.RejectRole)
    copy = _button(box, "save_copy_button", _tr("&Save Mine as a Copy…"),
                   QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(keep if modified else reload_button)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return DiskChoice.RELOAD
    if clicked is copy:
        return DiskChoice.SAVE_COPY
    return DiskChoice.KEEP_MINE


def confirm_reload_discarding(parent: Optional[QWidget], file_name: str) -> bool:
    """Reloading drops the unsaved changes: does the user mean it?"""
    box = plain_box(parent, QMessageBox.Icon.Warning, _tr("Reload the map"),
                    fill(_tr("Reload “%1” and lose your unsaved changes?"), file_name))
    box.setInformativeText(_tr("Your changes cannot be brought back after reloading."))
    discard = _button(box, "reload_discard_button", _tr("Reload and &Discard Mine"),
                      QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is discard


def confirm_overwrite_changed(parent: Optional[QWidget], file_name: str) -> OverwriteChoice:
    """Saving would replace a version of `file_name` someone else saved since it was opened."""
    box = plain_box(parent, QMessageBox.Icon.Warning, _tr("Replace their version?"),
                    fill(_tr("“%1” was changed on disk since you opened it."), file_name))
    box.setInformativeText(_tr(
        "Replace it with your version? Their version is kept as a backup. Or save yours "
        "under another name."))
    replace = _button(box, "replace_button", _tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = _button(box, "save_as_button", _tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return OverwriteChoice.REPLACE
    if clicked is save_as:
        return OverwriteChoice.SAVE_AS
    return OverwriteChoice.CANCEL


def ask_save_failed(parent: Optional[QWidget], message: str) -> bool:
    """Say why the save failed (`message`, one line, plain text); True if the user wants to
    Save As elsewhere."""
    box = plain_box(parent, QMessageBox.Icon.Critical, _tr("Cannot save the map"), message)
    box.setInformativeText(_tr("The map stays open with all your changes."))
    save_as = _button(box, "save_as_button", _tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save_as)
    box.exec()
    return box.clickedButton() is save_as


def confirm_discard_recovered(parent: Optional[QWidget], count: int) -> bool:
    """Deleting recovered maps cannot be undone: does the user mean it?"""
    text = _tr("Discard the recovered map?") if count == 1 else fill(
        _tr("Discard %1 recovered maps?"), count)
    box = plain_box(parent, QMessageBox.Icon.Warning, _tr("Discard recovered work"), text)
    box.setInformativeText(_tr("The unsaved changes they hold are deleted for good."))
    discard = _button(box, "discard_button", _tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is discard


def plain_box(parent: Optional[QWidget], icon: QMessageBox.Icon, title: str,
              text: str) -> QMessageBox:
    """A message box whose texts are plain text (a file name or a colleague's name from a lock
    file must never be read as HTML)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def _button(box: QMessageBox, name: str, text: str,
            role: QMessageBox.ButtonRole) -> QPushButton:
    button = box.addButton(text, role)
    button.setObjectName(name)
    return button
