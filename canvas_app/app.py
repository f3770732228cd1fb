"""Starting the desktop application: the QApplication (names, icon, fonts) and the first windows
(the start screen when no file is given).

Opening one map file at start-up, the window paints the board before pydantic is imported: the
file is read as a start-up draft (fileio/draft_load.py, model/draft_map.py), the window makes only
what its first picture shows, and right after that first paint it completes itself and opens the
file as always — lock, full validation, the validated map in place of the draft — before any
input reaches the board (ui/main_window.py). Whatever the draft reader is not sure about, a file
someone else has locked, or maps to recover after a crash: the usual way, with nothing painted
before the file is validated. docs/architecture.md ("Start-up") has the figures.

Test-only: with `JOURNEY_CANVAS_SMOKE_QUIT_MS=N` in the environment, the application prints one
JSON line about its first window once that window has painted, then quits N ms later (exit 0).
With `JOURNEY_CANVAS_SMOKE_READY=1` too, it prints a second line, `{"ready": true, ...}`, just
before quitting, once that window is complete (the start-up window: its file opened and
validated). The packaged-app smoke test (tests/test_packaging_app.py) runs the built binary that
way; benchmarks/board.py times both lines.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

# The Qt-free modules of the first picture first, on purpose: once PySide6 is imported, its
# import hook reads the source of every module imported after it (to see whether it uses
# PySide6). None of them imports pydantic (tests/test_startup.py checks).
from canvas_app import APP_NAME, __version__
from canvas_app.fileio import codec, draft_load, side_files
from canvas_app.fileio.errors import InputError
from canvas_app.model import layout  # noqa: F401 - the first picture lays the map out
from canvas_app.model.draft_map import as_journey
from canvas_app.model.fonts import FAMILY
from canvas_app.model.kinds import Language, MapType

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:
    from canvas_app.model.draft_map import DraftMap
    from canvas_app.model.journey_map import JourneyMap

DESKTOP_FILE_NAME = "journey-canvas"
SMOKE_QUIT_ENV = "JOURNEY_CANVAS_SMOKE_QUIT_MS"
SMOKE_READY_ENV = "JOURNEY_CANVAS_SMOKE_READY"
_GC_RESUME_MS = 3000
_COMPLETE_AT_LATEST_MS = 2000

# Windows stay alive while open (Qt deletes a closed window; Python must not keep a dead wrapper).
_open_windows: list[object] = []


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, named for settings and desktop integration, with the canvas font
    registered and used for the interface too (it covers Vietnamese), in the interface language
    and theme of the preferences."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from canvas_app.scene.canvas_font import ensure_canvas_font
    from canvas_app.ui.icons import application_icon

    app.setWindowIcon(application_icon())

    ensure_canvas_font()
    font = QFont(FAMILY)
    size = app.font().pointSizeF()
    font.setPointSizeF(size if size > 0 else 10.0)
    app.setFont(font)
    # The interface language (the system's unless the preferences name one) and the theme.
    from canvas_app.ui import i18n, theme

    settings = QSettings()
    i18n.apply_stored_language(settings, app)
    theme.apply_stored_theme(settings, app)
    return app


def interface_language() -> Language:
    """Vietnamese when the system speaks it, English otherwise (for new maps' titles)."""
    return Language.VI if QLocale().language() == QLocale.Language.Vietnamese else Language.EN


def new_default_map() -> JourneyMap:
    """The empty map a window starts with when no file is given: the current-state template."""
    from canvas_app.model.templates import build_map

    return build_map(MapType.CURRENT_STATE, language=interface_language())


def open_window(path: Optional[str] = None, settings: Optional[QSettings] = None,
                start_screen: bool = False, draft_first: bool = False) -> object:
    """Show a new window on the map at `path` (or a new map, behind the start screen when
    `start_screen`); a file that cannot be opened is explained in a message and the window keeps
    a new map. `draft_first` (the first window at start-up): paint the map's start-up draft first
    when it has one (see the module docstring)."""
    from canvas_app.ui.main_window import MainWindow

    if path is not None:
        existing = _window_on(Path(path))
        if existing is not None:  # e.g. a map just restored after a crash
            existing.raise_()
            existing.activateWindow()
            return existing
        draft = startup_draft(Path(path)) if draft_first else None
        if draft is not None:
            window = MainWindow(as_journey(draft), settings, opening=Path(path),
                                new_map=new_default_map)
            _keep_alive(window)
            window.show()
            _CompleteAfterFirstPaint(window)
            return window
    from canvas_app.model.journey_map import JourneyMap

    window = MainWindow(JourneyMap() if path is not None else new_default_map(), settings)
    _keep_alive(window)
    # Opening through the window locks the file (asking if someone else edits it); a file that
    # cannot be opened is explained there, and the window shows a new map instead.
    opened = path is not None and window.files.open_path(path, confirmed=True)
    if path is not None and not opened:
        window.files.start_new(new_default_map())
    if start_screen and path is None:
        window.show_start_screen()
    window.show()
    return window


def startup_draft(path: Path) -> Optional[DraftMap]:
    """The start-up draft of the map file at `path`, or None when the window must open it the
    usual way before painting: it cannot be read, someone holds its lock (the usual way asks
    whether to open it read-only or as a copy), or the draft reader is not sure of it."""
    try:
        if side_files.lock_path_for(path).exists():
            return None
        data = codec.read_map_file(path)
    except (InputError, OSError):
        return None
    return draft_load.read_draft(data)


def _forget(window: object) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


def _keep_alive(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.append(window)
    window.destroyed.connect(lambda _obj=None, w=window: _forget(w))


def _window_on(path: Path) -> Optional[QWidget]:
    """The open window showing the map file at `path`, if any."""
    target = path.absolute()
    for window in _open_windows:
        document = getattr(window, "document", None)
        shown = getattr(document, "path", None)
        if isinstance(window, QWidget) and shown is not None and shown.absolute() == target:
            return window
    return None


def restore_crashed_maps(settings: Optional[QSettings] = None) -> list[object]:
    """Offer the maps a crash left unsaved (the recovery dialog); open a window on each one the
    user restores, marked modified and autosaved under its recovery snapshot."""
    if not side_files.may_hold_snapshots(side_files.recovery_folder()):
        return []  # the usual start: nothing to offer (nor the recovery modules to import)
    from canvas_app.fileio.recovery import RecoveryStore

    store = RecoveryStore.default()
    if not store.list():
        return []
    from canvas_app.ui.main_window import MainWindow
    from canvas_app.ui.recovery_flow import offer_recovery

    def open_restored(journey: JourneyMap, path: Optional[Path], key: str) -> object:
        window = MainWindow(journey, settings)
        _keep_alive(window)
        window.files.show_recovered(path, key)
        window.show()
        return window

    return offer_recovery(open_restored, store)


def run(paths: Sequence[str]) -> int:
    """Open one window per map in `paths` (the start screen when none) and run until all close."""
    # Start-up allocates hundreds of thousands of objects that live as long as the program (the
    # modules imported so far: frozen, later collections skip them) or until the first window
    # has painted; the cyclic collector would spend ~30 ms on them. It resumes after that paint.
    gc.freeze()
    gc.disable()
    app = create_application(sys.argv[:1] or [DESKTOP_FILE_NAME])
    # At the latest (a window never exposed, or a recovery question waiting for the user).
    QTimer.singleShot(_GC_RESUME_MS, gc.enable)
    from canvas_app.ui.edit_script import start_from_environment

    start_from_environment()  # test-only (ui/edit_script.py): nothing unless its variable is set
    restored = restore_crashed_maps()
    # One map to open and nothing restored: its window paints the map's draft first.
    draft_first = len(paths) == 1 and not restored
    windows = ([open_window(str(Path(path)), draft_first=draft_first) for path in paths]
               or restored or [open_window(start_screen=True)])
    first = windows[0]
    assert isinstance(first, QWidget)
    _GcAfterFirstPaint(first)
    quit_after = os.environ.get(SMOKE_QUIT_ENV, "")
    if quit_after.isdigit():
        _SmokeQuit(app, first, int(quit_after))
    return app.exec()


class _GcAfterFirstPaint(QObject):
    """Turns the cyclic garbage collector back on once `window` has painted. Only the window's
    own events are watched: an application-wide filter would be called for every event of every
    widget during the first paint."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, gc.enable)  # after the whole first paint
        return False


class _CompleteAfterFirstPaint(QObject):
    """Completes a start-up window (main_window.MainWindow.complete: the rest of the window, then
    its file opened and validated) once the window has painted for the first time, or after
    `_COMPLETE_AT_LATEST_MS` if it has not (a window started minimised or never exposed must not
    stay on its draft, holding back input)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(_COMPLETE_AT_LATEST_MS, self, self._complete)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._complete)  # after the whole first paint
        return False

    def _complete(self) -> None:
        complete = getattr(self._window, "complete", None)
        if complete is not None:
            complete()


class _SmokeQuit(QObject):
    """Test-only (see the module docstring): once `window` has painted for the first time (its
    own paint event opens the paint of all its widgets), print what it shows as one JSON line
    and quit `delay_ms` later."""

    def __init__(self, app: QApplication, window: QWidget, delay_ms: int) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._delay_ms = delay_ms
        self._reported = False
        # The window's own events only: an application-wide filter would run Python for every
        # event of every widget during the first paint, slowing the start-up this hook measures.
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._reported and event.type() == QEvent.Type.Paint:
            self._reported = True
            QTimer.singleShot(0, self._report)  # after the whole first paint
        return False

    def _report(self) -> None:
        from canvas_app.ui.main_window import MainWindow

        window = self._window
        report: dict[str, object] = {"title": window.windowTitle(),
                                     "icon": not self._app.windowIcon().isNull()}
        # Whether the picture was of the start-up draft, and whether pydantic was imported by
        # then (tests/test_startup.py: the draft path keeps it off the way to the first paint).
        report.update(draft=isinstance(window, MainWindow) and not window.completed,
                      pydantic="pydantic" in sys.modules)
        if isinstance(window, MainWindow):
            journey = window.document.journey
            report.update(page="start" if window.start_screen_visible() else "board",
                          notes=len(journey.notes), map_title=journey.title)
            if window.start_screen_visible():
                report.update(samples=len(window.start_screen.sample_keys()),
                              templates=len(window.start_screen.template_ids()))
        print(json.dumps(report, ensure_ascii=False), flush=True)
        QTimer.singleShot(self._delay_ms, self._quit)

    def _quit(self) -> None:
        from canvas_app.ui.main_window import MainWindow

        window = self._window
        if isinstance(window, MainWindow) and os.environ.get(SMOKE_READY_ENV):
            window.complete()  # (done already unless the quit came very early)
            print(json.dumps({"ready": True, "notes": len(window.document.journey.notes),
                              "validated": type(window.document.journey).__name__}), flush=True)
        self._app.closeAllWindows()  # lets each window release its lock file
        self._app.quit()
