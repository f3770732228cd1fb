"""Application start: names and fonts, the first window on a file or a new map, and the real
`journey-canvas FILE` command opening a window and exiting cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas_app import app as app_module
from canvas_app.fileio.codec import load_path
from canvas_app.model.fonts import FAMILY
from canvas_app.model.kinds import MapType
from canvas_app.ui import prompts
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import SAMPLE


def test_create_application_names_and_fonts(qapp: QApplication) -> None:
    """The application is named for settings and the desktop, and uses the canvas font."""
    app = app_module.create_application(["journey-canvas"])
    assert app is qapp
    assert app.applicationName() == "Journey Canvas"
    assert app.organizationName() == "Journey Canvas"
    assert app.desktopFileName() == "journey-canvas"
    assert FAMILY in QFontDatabase.families()
    assert app.font().family() == FAMILY


def test_open_window_on_a_file_and_on_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """A path opens that map; no path gives a new, unmodified current-state map."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    opened: Any = app_module.open_window(str(SAMPLE), settings)
    fresh: Any = app_module.open_window(None, settings)
    try:
        assert opened.document.journey == load_path(SAMPLE)
        assert opened.document.path == SAMPLE
        assert fresh.document.journey.map_type is MapType.CURRENT_STATE
        assert fresh.document.path is None and not fresh.isWindowModified()
    finally:
        opened.close()
        fresh.close()


def test_a_broken_file_on_the_command_line_is_explained(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be opened gets a message naming it; the window shows a new map."""
    broken = tmp_path / "broken.journey"
    broken.write_text("not json", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, message: errors.append(message))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window: Any = app_module.open_window(str(broken), settings)
    try:
        qtbot.waitUntil(lambda: bool(errors))
        assert "broken.journey" in errors[0]
        assert window.document.path is None and window.document.journey.stages
    finally:
        window.close()


LAUNCH_SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from canvas_app.app import create_application
from canvas_app.cli import main

app = create_application(["journey-canvas"])
def finish():
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("windows:", titles, flush=True)
    QApplication.closeAllWindows()
QTimer.singleShot(1500, finish)
sys.exit(main([sys.argv[1]]))
"""


def test_the_command_line_opens_a_window_and_exits_cleanly(tmp_path: Path) -> None:
    """`journey-canvas SAMPLE` shows a window titled with the file and exits 0 when closed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    # A copy: the program locks the map it opens, and another run may have the sample open.
    sample = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, sample)
    result = subprocess.run([sys.executable, "-c", LAUNCH_SCRIPT, str(sample)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"{SAMPLE.name}[*] — Journey Canvas" in result.stdout
