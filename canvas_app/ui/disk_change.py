"""What the window does when its map's file changes or disappears on disk behind it: asks
(reload, keep mine, save mine as a copy) and never overwrites either side silently; a removed
file leaves the map open and modified so the user saves it again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from canvas_app.document.document import Document
from canvas_app.ui import session_prompts
from canvas_app.ui.file_controller import MAP_SUFFIX
from canvas_app.ui.labels import fill
from canvas_app.ui.session_prompts import DiskChoice

if TYPE_CHECKING:
    from canvas_app.ui.file_controller import FileController


class DiskChangeHandler(QObject):
    """Answers the window's `SessionGuard` disk signals for `files` (one question at a time)."""

    def __init__(self, window: QWidget, document: Document, files: "FileController") -> None:
        super().__init__(files)
        self._window = window
        self._document = document
        self._files = files
        self._asking = False
        files.session.changed_on_disk.connect(self._on_changed)
        files.session.removed_from_disk.connect(self._on_removed)

    def _on_changed(self, path: Path) -> None:
        # Asked from the event loop, not from inside the watcher's signal emission.
        QTimer.singleShot(0, self, lambda: self._ask(Path(path)))

    def _ask(self, path: Path) -> None:
        if self._asking or self._document.path is None or self._document.path != path:
            return  # a newer change during the question is caught by the check before saving
        self._asking = True
        try:
            modified = self._files.is_modified()
            choice = session_prompts.ask_disk_changed(self._window, path.name, modified)
            if choice is DiskChoice.RELOAD:
                if modified and not session_prompts.confirm_reload_discarding(
                        self._window, path.name):
                    self._keep_mine(path)
                else:
                    self._files.reload()
            elif choice is DiskChoice.SAVE_COPY:
                copy = path.with_name(fill(self.tr("%1 (my copy)"), path.stem) + MAP_SUFFIX)
                if not self._files.save_copy_as(copy):
                    self._keep_mine(path)
            else:
                self._keep_mine(path)
        finally:
            self._asking = False

    def _keep_mine(self, path: Path) -> None:
        self._files.show_notice(fill(self.tr(
            "Keeping your version of “%1”: saving asks before replacing the one on disk."),
            path.name))

    def _on_removed(self, path: Path) -> None:
        if self._document.path is None or self._document.path != Path(path):
            return
        # Modified from now on (even with no edits), so closing asks to save it again.
        self._document.undo_stack.resetClean()
        self._files.show_notice(fill(self.tr(
            "“%1” was deleted or moved on disk. Your map is still open: save it to keep it."),
            Path(path).name))
