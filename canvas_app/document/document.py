"""The document: the current map, its file path and its undo stack; the only writer of the map.

Commands change the map through `_apply`, which emits exactly one `changed(ChangeSet)` per real
change and nothing for a no-op. "Modified" is simply "the undo stack is not at its clean index".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from canvas_app.document.change_set import ChangeSet
from canvas_app.fileio import codec
from canvas_app.model.journey_map import JourneyMap


class Document(QObject):
    """A journey map being edited. Signals: `changed(ChangeSet)`, `modified_changed(bool)`,
    `path_changed(Path | None)`."""

    changed = Signal(object)
    modified_changed = Signal(bool)
    path_changed = Signal(object)

    def __init__(
        self,
        journey: Optional[JourneyMap] = None,
        path: Optional[str | os.PathLike[str]] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self._journey = journey if journey is not None else JourneyMap()
        self._path = Path(path) if path is not None else None
        self._undo_stack = QUndoStack(self)
        self._undo_stack.cleanChanged.connect(self._on_clean_changed)

    # -- state ----------------------------------------------------------------------------

    @property
    def journey(self) -> JourneyMap:
        """The current map (immutable: edits replace it)."""
        return self._journey

    @property
    def path(self) -> Optional[Path]:
        """The file the map was opened from or last saved to; None for a new map."""
        return self._path

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def modified(self) -> bool:
        return not self._undo_stack.isClean()

    # -- whole-map operations (not undoable: they start a new history) --------------------

    def reset(
        self, journey: JourneyMap, path: Optional[str | os.PathLike[str]] = None
    ) -> None:
        """Replace the map (new from a template, or opened), clear the history, mark it clean."""
        self._journey = journey
        self._undo_stack.clear()
        self._set_path(Path(path) if path is not None else None)
        self.changed.emit(ChangeSet.full_reset())

    def open(self, path: str | os.PathLike[str]) -> None:
        """Load a `.journey` file; on FileFormatError the document is left exactly as it was."""
        journey = codec.load_path(path)
        self.reset(journey, path)

    def save(self) -> None:
        """Write the map to its file and mark the history clean."""
        if self._path is None:
            raise ValueError("this map has no file yet: save it with save_as")
        codec.save_path(self._journey, self._path)
        self._undo_stack.setClean()

    def save_as(self, path: str | os.PathLike[str]) -> None:
        """Write the map to `path`, which becomes the document's file; mark the history clean."""
        target = Path(path)
        codec.save_path(self._journey, target)
        self._set_path(target)
        self._undo_stack.setClean()

    # -- the one writer -------------------------------------------------------------------

    def _apply(self, journey: JourneyMap, change_set: ChangeSet) -> bool:
        """Replace the map and announce it; nothing happens (and False) when it is unchanged.

        Called only by commands (their redo and undo).
        """
        if journey is self._journey or journey == self._journey:
            return False
        self._journey = journey
        self.changed.emit(change_set)
        return True

    def _set_path(self, path: Optional[Path]) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)
