"""Starting the desktop application: the QApplication (names, fonts) and the first windows."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from canvas_app import APP_NAME, __version__
from canvas_app.model.fonts import FAMILY
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Language, MapType

DESKTOP_FILE_NAME = "journey-canvas"

# Windows stay alive while open (Qt deletes a closed window; Python must not keep a dead wrapper).
_open_windows: list[object] = []


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, named for settings and desktop integration, with the canvas font
    registered and used for the interface too (it covers Vietnamese)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from canvas_app.scene.canvas_font import ensure_canvas_font

    ensure_canvas_font()
    font = QFont(FAMILY)
    size = app.font().pointSizeF()
    font.setPointSizeF(size if size > 0 else 10.0)
    app.setFont(font)
    return app


def interface_language() -> Language:
    """Vietnamese when the system speaks it, English otherwise (for new maps' titles)."""
    return Language.VI if QLocale().language() == QLocale.Language.Vietnamese else Language.EN


def new_default_map() -> JourneyMap:
    """The empty map a window starts with when no file is given: the current-state template."""
    from canvas_app.model.templates import build_map

    return build_map(MapType.CURRENT_STATE, language=interface_language())


def open_window(path: Optional[str] = None, settings: Optional[QSettings] = None) -> object:
    """Show a new window on the map at `path` (or a new map); a file that cannot be opened is
    explained in a message and the window keeps a new map."""
    from PySide6.QtCore import Qt

    from canvas_app.fileio.codec import load_path
    from canvas_app.fileio.errors import InputError
    from canvas_app.ui.main_window import MainWindow

    journey: Optional[JourneyMap] = None
    problem: Optional[str] = None
    if path is not None:
        try:
            journey = load_path(path)
        except InputError as error:
            problem = error.message
    window = MainWindow(journey if journey is not None else new_default_map(), settings,
                        path=path if journey is not None else None)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.append(window)
    window.destroyed.connect(lambda _obj=None, w=window: _forget(w))
    window.show()
    if problem is not None:
        from canvas_app.ui import prompts

        message = problem
        QTimer.singleShot(0, lambda: prompts.show_error(
            window, window.tr("Cannot open the map"), message))
    return window


def _forget(window: object) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


def run(paths: Sequence[str]) -> int:
    """Open one window per map in `paths` (one new map when none) and run until all close."""
    app = create_application(sys.argv[:1] or [DESKTOP_FILE_NAME])
    if paths:
        for path in paths:
            open_window(str(Path(path)))
    else:
        open_window()
    return app.exec()
