"""The README's screenshot of frozen headers: the editor on a sample at 100 %, scrolled to the
middle of the board, so the stage titles are pinned at the top and the lane titles at the left.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_frozen_headers_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_canvases" / "current-state-action-camera-vi.journey"
TARGET = ROOT / "docs" / "screenshots" / "frozen-headers-current-state-action-camera-vi.png"


def _settle(app: QApplication, milliseconds: int = 400) -> None:
    done: list[bool] = []
    QTimer.singleShot(milliseconds, lambda: done.append(True))
    while not done:
        app.processEvents()


def main() -> int:
    from canvas_app.app import create_application
    from canvas_app.fileio.codec import load_path
    from canvas_app.ui.main_window import MainWindow

    app = create_application(["journey-canvas"])
    scratch = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_path(SAMPLE), settings, path=SAMPLE)
    window.resize(1400, 860)
    window.show()
    _settle(app)
    view = window.view
    view.set_zoom(1.0)
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue((bar.minimum() + bar.maximum()) // 2)
    _settle(app)
    window.grab().save(str(TARGET))
    print(TARGET)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
