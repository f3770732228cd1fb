"""The document: the current map, its file path and its undo stack; the only writer of the map.

Commands change the map through `_apply`, which emits exactly one `changed(ChangeSet)` per real
change and nothing for a no-op. "Modified" is simply "the undo stack is not at its clean index".
Saving is safe (`fileio.saving`): a failure raises SaveError and leaves the document modified.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from canvas_app.document.change_set import ChangeSet
from canvas_app.fileio import codec
from canvas_app.fileio.atomic import RETRY_DELAYS, ReplaceFunction
from canvas_app.model.draft_map import is_draft, same_map

if TYPE_CHECKING:
    from canvas_app.fileio.backup import BackupStore
    from canvas_app.fileio.saving import SaveOutcome
    from canvas_app.model.journey_map import JourneyMap


class Document(QObject):
    """A journey map being edited. Signals: `changed(ChangeSet)`, `modified_changed(bool)`,
    `path_changed(Path | None)`, `saved(SaveOutcome)`.

    `backups` (None: no backups) receives the version a save replaces, when this document did not
    write that version itself; the application passes `BackupStore.default()`.
    """

    changed = Signal(object)
    modified_changed = Signal(bool)
    path_changed = Signal(object)
    saved = Signal(object)

    def __init__(
        self,
        journey: Optional[JourneyMap] = None,
        path: Optional[str | os.PathLike[str]] = None,
        parent: Optional[QObject] = None,
        backups: Optional[BackupStore] = None,
    ) -> None:
        super().__init__(parent)
        if journey is None:
            from canvas_app.model.journey_map import JourneyMap  # (pydantic: not at start-up)

            journey = JourneyMap()
        self._journey = journey
        self._path = Path(path) if path is not None else None
        self._undo_stack = QUndoStack(self)
        # Through a weak reference: a document freed by Python's garbage collector destroys its
        # stack, whose destructor still emits cleanChanged for an unsaved history; a slot bound
        # to the half-destroyed document would crash the interpreter.
        this = weakref.ref(self)
        self._undo_stack.cleanChanged.connect(lambda clean: _forward_clean(this, clean))
        self.backups = backups
        # SHA-256 of the bytes last read from or written to `path` (None: not known).
        self._disk_digest: Optional[str] = None
        # The file whose pre-existing content has been backed up (or needed none) this session.
        self._backed_up: Optional[Path] = None
        # Tests pass a replace step that really fails a few times; see fileio.atomic.
        self.replace_function: Optional[ReplaceFunction] = None
        self.retry_delays: Sequence[float] = RETRY_DELAYS

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

    @property
    def disk_digest(self) -> Optional[str]:
        """SHA-256 (hex) of the file content this document last loaded or saved; None if unknown.

        The file watcher compares the disk with it, so the document's own saves never look like
        someone else's change.
        """
        return self._disk_digest

    # -- whole-map operations (not undoable: they start a new history) --------------------

    def reset(
        self, journey: JourneyMap, path: Optional[str | os.PathLike[str]] = None
    ) -> None:
        """Replace the map (new from a template, or opened), clear the history, mark it clean."""
        self._reset(journey, path, None)

    def _reset(
        self, journey: JourneyMap, path: Optional[str | os.PathLike[str]], digest: Optional[str]
    ) -> None:
        self._journey = journey
        self._undo_stack.clear()
        self._disk_digest = digest
        self._backed_up = None
        self._set_path(Path(path) if path is not None else None)
        self.changed.emit(ChangeSet.full_reset())

    def open(self, path: str | os.PathLike[str]) -> None:
        """Load a `.journey` file; on FileFormatError the document is left exactly as it was."""
        data = codec.read_map_file(path)
        journey = codec.load_bytes(data, source=str(Path(path)))
        import hashlib  # (here and below: what saving needs is not needed to show a map)

        digest = hashlib.sha256(data).hexdigest()
        draft = self._journey
        if is_draft(draft) and same_map(draft, journey):  # type: ignore[arg-type]
            # The start-up draft of this very file (model/draft_map.py), which the views already
            # show: the validated map takes its place without making them build it all again.
            self._journey = journey
            self._undo_stack.clear()
            self._disk_digest = digest
            self._backed_up = None
            self._set_path(Path(path))
            return
        self._reset(journey, path, digest)

    def restore_recovered(
        self, journey: JourneyMap, path: Optional[str | os.PathLike[str]] = None,
        disk_digest: Optional[str] = None,
    ) -> None:
        """Show a map recovered after a crash: like `reset`, but modified until it is saved.
        `disk_digest`: what the file held when the crashed session last read or wrote it, so a
        save notices a colleague's version saved since (None: what the file holds now)."""
        self._reset(journey, path, disk_digest)
        # A clean index no undo step can reach: modified until the next save.
        self._undo_stack.resetClean()

    def save(self) -> SaveOutcome:
        """Write the map to its file and mark the history clean.

        SaveError (with a one-line reason) if it could not be written; the document then stays
        modified and nothing is lost.
        """
        if self._path is None:
            raise ValueError("this map has no file yet: save it with save_as")
        return self._save_to(self._path)

    def save_as(self, path: str | os.PathLike[str]) -> SaveOutcome:
        """Write the map to `path`, which becomes the document's file; mark the history clean.

        On SaveError the document keeps its previous file and stays modified.
        """
        return self._save_to(Path(path))

    def _save_to(self, target: Path) -> SaveOutcome:
        # Back up what is on disk unless it is exactly what this document last wrote there.
        unless = self._disk_digest if self._backed_up == target else None
        from canvas_app.fileio.saving import save_map

        outcome = save_map(
            self._journey, target, backups=self.backups, backup_unless=unless,
            replace=self.replace_function or os.replace, retry_delays=self.retry_delays,
        )
        self._disk_digest = outcome.digest
        self._backed_up = target if outcome.backup.error is None else None
        self._set_path(target)
        self._undo_stack.setClean()
        self.saved.emit(outcome)
        return outcome

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


def _forward_clean(document: "weakref.ref[Document]", clean: bool) -> None:
    alive = document()
    if alive is None:
        return
    try:
        alive._on_clean_changed(clean)
    except RuntimeError:
        pass  # its Qt side is being destroyed (a closed window): nobody is left to tell
