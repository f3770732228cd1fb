"""Help ▸ About Journey Canvas (version, licence, font credit, Qt/PySide6/Python versions), the
application icon, and `journey-canvas --version`."""

from __future__ import annotations

import platform
import subprocess
import sys
import tomllib
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from canvas_app import APP_NAME, __version__
from canvas_app import app as app_module
from canvas_app.ui.about_dialog import ICON_SIZES, AboutDialog, application_icon
from test_ui_window import make_window
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)

ROOT = Path(__file__).resolve().parent.parent


def test_about_dialog_shows_version_licence_font_and_versions(qtbot: QtBot) -> None:
    """The dialog states the version, the pyproject licence, the Be Vietnam Pro OFL credit and the
    Qt, PySide6 and Python versions, all as plain text."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    licence = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["license"]
    assert __version__ in dialog.version_label.text()
    assert licence in dialog.licence_label.text()
    assert "Be Vietnam Pro" in dialog.font_label.text()
    assert "Open Font License" in dialog.font_label.text()
    assert "The Be Vietnam Pro Project Authors" in dialog.font_label.text()
    versions = dialog.versions_label.text()
    assert f"Qt {qVersion()}" in versions and f"PySide6 {PySide6.__version__}" in versions
    assert f"Python {platform.python_version()}" in versions
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in dialog.findChildren(QLabel) if label.text())


def test_copy_version_details_fills_the_clipboard(qtbot: QtBot) -> None:
    """The Copy button puts the version lines on the clipboard for a bug report."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith(f"{APP_NAME} {__version__}\nQt {qVersion()}")


def test_help_about_opens_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    """Help ▸ About Journey Canvas opens the About dialog (closed here as a user would)."""
    window = make_window(qtbot, tmp_path)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AboutDialog):
            seen.append(dialog.version_label.text())
            dialog.reject()
        else:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(0, close_it)
    about = window.findChild(QAction, "action_about")
    assert about is not None
    about.trigger()
    assert seen and __version__ in seen[0]


def test_application_icon_has_every_size(qapp: QApplication) -> None:
    """The icon carries the shipped PNG sizes, and the application uses it for its windows."""
    sizes = {size.width() for size in application_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
    app_module.create_application(["journey-canvas"])
    assert not qapp.windowIcon().isNull()


def test_version_on_the_command_line() -> None:
    """`journey-canvas --version` prints the name and version and exits 0."""
    result = subprocess.run([sys.executable, "-m", "canvas_app", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"
