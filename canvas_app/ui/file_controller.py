"""New, Open, Save, Save As, Export, Import CSV, recent files, the window title with its modified
marker, and the save prompt before unsaved work is closed or replaced (one document per window);
with the window's `SessionGuard`: lock claims on open and save, read-only mode, the question
before replacing a version someone else saved, and the Save As offer when a save fails.

Every dialog goes through `ui.prompts` or `ui.session_prompts`, so tests answer them without
mocking the real work.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from canvas_app import APP_NAME
from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.fileio.backup import BackupStore
from canvas_app.fileio.errors import InputError
from canvas_app.model.journey_map import JourneyMap
from canvas_app.ui import prompts, session_prompts
from canvas_app.ui.core_messages import error_text
from canvas_app.ui.labels import fill
from canvas_app.ui.map_locks import Claim, ClaimState
from canvas_app.ui.prompts import SaveChoice
from canvas_app.ui.recent_files import RecentFiles
from canvas_app.ui.session_guard import SessionGuard
from canvas_app.ui.session_prompts import LockChoice, OverwriteChoice

MAP_SUFFIX = ".journey"
_LAST_DIRECTORY = "last_directory"
_UNSAFE_NAME_CHARACTERS = '<>:"/\\|?*'
NOTICE_MS = 30_000


def suggested_file_name(title: str, suffix: str) -> str:
    """A file name made from a map title (characters no file system accepts removed)."""
    cleaned = "".join(" " if ch in _UNSAFE_NAME_CHARACTERS or ord(ch) < 32 else ch for ch in title)
    stem = " ".join(cleaned.split()).strip(". ")[:80]
    return (stem or QCoreApplication.translate("FileController", "Untitled")) + suffix


class FileController(QObject):
    """File commands of one window. Signals: `map_replaced()` after New/Open/Import put another
    map in the document; `state_changed()` when the title, file or modified state changes."""

    map_replaced = Signal()
    state_changed = Signal()

    def __init__(self, window: QWidget, document: Document, recent: RecentFiles,
                 settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._recent = recent
        self._settings = settings
        # A map imported from CSV exists nowhere yet, though its undo history is clean.
        self._never_saved_import = False
        # The board's selected note ids, offered to PNG and SVG exports (the window sets it).
        self.selected_notes: Callable[[], Sequence[str]] = lambda: ()
        if document.backups is None:
            document.backups = BackupStore.default()
        self.session = SessionGuard(document, self)
        self.session.notice.connect(self.show_notice)
        self.session.lock_state_changed.connect(self.update_title)
        document.modified_changed.connect(lambda _modified: self.update_title())
        document.path_changed.connect(lambda _path: self.update_title())
        document.changed.connect(self._on_changed)
        from canvas_app.ui.disk_change import DiskChangeHandler

        self.disk_changes = DiskChangeHandler(window, document, self)
        self.update_title()

    # -- state ------------------------------------------------------------------------------

    def is_modified(self) -> bool:
        """Unsaved work: edits since the last save, or an imported map never saved."""
        return self._document.modified or self._never_saved_import

    def display_name(self) -> str:
        """The file name, or for a map without a file its title (or "Untitled")."""
        if self._document.path is not None:
            return self._document.path.name
        return self._document.journey.title or self.tr("Untitled")

    def state_text(self) -> str:
        if self._document.path is None:
            text = self.tr("Not saved yet")
        else:
            text = self.tr("Modified") if self.is_modified() else self.tr("Saved")
        if self.session.read_only:
            text = fill(self.tr("%1 · Read-only"), text)
        elif self.session.not_locked_reason:
            text = fill(self.tr("%1 · Not locked"), text)
        return text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_title()  # "Untitled", the state words
        return super().event(event)

    def update_title(self) -> None:
        # "[*]" is where Qt shows the modified marker; the title itself is plain text.
        name = self.display_name().replace("[*]", "[ * ]")
        title = self.tr("%1[*] (read-only) — %2") if self.session.read_only else self.tr(
            "%1[*] — %2")
        self._window.setWindowTitle(fill(title, name, APP_NAME))
        self._window.setWindowModified(self.is_modified())
        self.state_changed.emit()

    def show_notice(self, text: str) -> None:
        """A one-line note in the status bar (lock state, autosave trouble, file removed)."""
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, NOTICE_MS)

    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset or "title" in change.properties:
            self.update_title()

    # -- replacing the map ------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when the current map may be closed or replaced: saved, or the user said so."""
        if not self.is_modified():
            return True
        choice = prompts.ask_save_changes(self._window, self.display_name())
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def new_map(self) -> bool:
        """Ask for a template and start a new, untitled map from it."""
        if not self.confirm_discard():
            return False
        from canvas_app.ui import template_dialog

        journey = template_dialog.choose_template(self._window)
        if journey is None:
            return False
        self._replace(journey, None)
        return True

    def open_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        path = prompts.open_file_path(self._window, self.tr("Open Map"), self._directory(),
                                      prompts.map_filter())
        return path is not None and self.open_path(path, confirmed=True)

    def open_path(self, path: str | os.PathLike[str], confirmed: bool = False) -> bool:
        """Open a `.journey` file in this window; on failure say why and keep the current map."""
        if not confirmed and not self.confirm_discard():
            return False
        target = Path(path)
        claim = self.session.claim(target)
        as_copy = False
        if claim.state is ClaimState.HELD:
            choice = session_prompts.ask_lock_held(self._window, target.name, claim.holder)
            if choice is LockChoice.CANCEL:
                return False
            as_copy = choice is LockChoice.COPY
        try:
            with _busy():
                if as_copy:
                    from canvas_app.fileio.codec import load_path

                    journey = load_path(target)
                else:
                    self._document.open(target)
        except InputError as error:
            self.session.drop(claim)
            if not target.exists():
                self._recent.remove(target)
            prompts.show_error(self._window, self.tr("Cannot open the map"), error_text(error))
            return False
        if as_copy:
            # The original stays theirs: the copy is a new map, saved under a name of its own.
            self._replace(journey, None, unsaved=True)
            self._save_as(target.with_name(fill(self.tr("%1 (copy)"), target.stem) + MAP_SUFFIX))
            return True
        self._never_saved_import = False
        self.session.use(claim)
        self._remember(target)
        self.update_title()
        self.map_replaced.emit()
        return True

    def reload(self) -> bool:
        """Read the map's file again (someone else changed it), dropping the unsaved changes."""
        path = self._document.path
        if path is None:
            return False
        try:
            with _busy():
                self._document.open(path)
        except InputError as error:
            prompts.show_error(self._window, self.tr("Cannot reload the map"), error_text(error))
            return False
        self._never_saved_import = False
        self.update_title()
        self.map_replaced.emit()
        return True

    def show_recovered(self, path: Optional[Path], key: str) -> None:
        """Present the document's map as restored after a crash: from `path` (None: it never had
        a file), modified until saved, autosaved under the adopted recovery snapshot `key`."""
        self.session.adopt_snapshot(key)
        claim = self.session.claim(path) if path is not None else None
        self._document.restore_recovered(self._document.journey, path,
                                         self.session.snapshot_disk_digest(key))
        self._never_saved_import = False
        self.session.use(claim)
        self.update_title()
        self.map_replaced.emit()

    def start_new(self, journey: JourneyMap) -> None:
        """Show `journey` as a new map without a file (nothing asked)."""
        self._replace(journey, None)

    def close_session(self) -> None:
        """The window closes normally: remove the recovery snapshot, release the lock."""
        self.session.close()

    def import_csv(self) -> bool:
        """Make a new, untitled map from a CSV file of notes."""
        if not self.confirm_discard():
            return False
        path = prompts.open_file_path(self._window, self.tr("Import CSV"), self._directory(),
                                      prompts.csv_filter())
        return path is not None and self.import_csv_path(path)

    def import_csv_path(self, path: str | os.PathLike[str]) -> bool:
        from canvas_app.fileio.csv_io import import_csv_path

        try:
            with _busy():
                journey = import_csv_path(path)
        except InputError as error:
            prompts.show_error(self._window, self.tr("Cannot import the CSV file"),
                               error_text(error))
            return False
        self._settings.setValue(_LAST_DIRECTORY, str(Path(path).absolute().parent))
        # Modified until saved, so autosaved like any edit: the rows are work to keep.
        self._replace(journey, None, unsaved=True)
        self._never_saved_import = True
        self.update_title()
        return True

    def _replace(self, journey: JourneyMap, path: Optional[Path], unsaved: bool = False) -> None:
        self._never_saved_import = False
        self._document.reset(journey, path)
        if unsaved:
            # Modified until saved (and so autosaved), though nothing was edited yet.
            self._document.undo_stack.resetClean()
        self.session.use(None)
        self.update_title()
        self.map_replaced.emit()

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the map's file (Save As for a map that has none, or one opened read-only);
        False if not saved. Someone else's newer version is never replaced without asking."""
        path = self._document.path
        if path is None or self.session.read_only:
            return self.save_as()
        if self.session.disk_differs(path):
            choice = session_prompts.confirm_overwrite_changed(self._window, path.name)
            if choice is OverwriteChoice.SAVE_AS:
                return self.save_as()
            if choice is OverwriteChoice.CANCEL:
                return False
        problem = self._write(path)
        return True if problem is None else self._save_failed(problem)

    def save_as(self) -> bool:
        """Ask for a file and save the map there; it becomes the map's file."""
        return self._save_as(None)

    def save_copy_as(self, suggested: Path) -> bool:
        """Save As, suggesting `suggested` (e.g. "plan (my copy).journey")."""
        return self._save_as(suggested)

    def _save_as(self, suggested: Optional[Path]) -> bool:
        if suggested is None:
            suggested = self._document.path or Path(self._directory()) / suggested_file_name(
                self._document.journey.title, MAP_SUFFIX)
        path = prompts.save_file_path(self._window, self.tr("Save Map As"), str(suggested),
                                      prompts.map_filter(), MAP_SUFFIX.lstrip("."))
        if path is None:
            return False
        if path.suffix.lower() != MAP_SUFFIX:
            path = path.with_name(path.name + MAP_SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        current = self.session.claim_for(path)
        claim: Optional[Claim] = None
        if current is None or current.state is ClaimState.HELD:
            claim = self.session.claim(path)
            if claim.state is ClaimState.HELD:
                prompts.show_error(self._window, self.tr("Cannot save the map"), fill(self.tr(
                    "“%1” is being edited by %2. Save your map under another name."),
                    path.name, claim.holder))
                return False
        problem = self._write(path, save_as=True)
        if problem is not None:
            self.session.drop(claim)
            return self._save_failed(problem)
        if claim is not None:
            self.session.use(claim)
        return True

    def _write(self, path: Path, save_as: bool = False) -> Optional[str]:
        """Write the map; None when saved, else what went wrong (the map stays open, modified)."""
        try:
            with _busy():
                if save_as:
                    self._document.save_as(path)
                else:
                    self._document.save()
        except (OSError, InputError) as error:
            # A SaveError already says where and why.
            return error_text(error) if isinstance(error, InputError) else fill(
                self.tr("“%1” could not be written: %2"), path, _reason(error))
        self._never_saved_import = False
        self._remember(path)
        self.update_title()
        return None

    def _save_failed(self, problem: str) -> bool:
        """Say why the save failed and offer Save As; True if the map was saved elsewhere."""
        if session_prompts.ask_save_failed(self._window, problem):
            return self.save_as()
        return False

    # -- exporting --------------------------------------------------------------------------

    def export(self) -> bool:
        """Ask for a format, options and file (the export dialog), then write it."""
        from canvas_app.ui import export_dialog

        journey = self._document.journey
        base = self._document.path or Path(self._directory()) / suggested_file_name(
            journey.title, MAP_SUFFIX)
        request = export_dialog.choose_export(self._window, journey, base.with_suffix(".pdf"),
                                              self.selected_notes())
        if request is None:
            return False
        try:
            with _busy():
                from canvas_app.ui.export_writer import write_export

                write_export(journey, request)
        except (OSError, InputError) as error:
            prompts.show_error(self._window, self.tr("Cannot export the map"),
                               fill(self.tr("“%1” could not be written: %2"), request.path,
                                    _reason(error)))
            return False
        self._settings.setValue(_LAST_DIRECTORY, str(Path(request.path).absolute().parent))
        return True

    # -- helpers ----------------------------------------------------------------------------

    def _remember(self, path: Path) -> None:
        self._recent.add(path)
        self._settings.setValue(_LAST_DIRECTORY, str(path.absolute().parent))

    def _directory(self) -> str:
        if self._document.path is not None:
            return str(self._document.path.parent)
        stored = self._settings.value(_LAST_DIRECTORY, "")
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return stored
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def _reason(error: Exception) -> str:
    return error_text(error)


class _busy:
    """A wait cursor while files are read or written (large maps take a moment)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc_info: object) -> None:
        QGuiApplication.restoreOverrideCursor()
