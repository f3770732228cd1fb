"""Screenshots of the editor window for the docs: each sample canvas at fit zoom and at 100 %.

Run on a real display (or Xvfb with a window manager, e.g. openbox):
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_screenshots.py docs/screenshots
The window is captured from the screen (frame included), as a user would see it.

Presentation mode at 1920×1080 (one 1920×1080 screen; offscreen works, the window is full screen
and frameless then):
    QT_QPA_PLATFORM=offscreen:configfile=docs/screenshots/screen-1920x1080.json \
        .venv/bin/python docs/screenshots/make_screenshots.py docs/screenshots --presentation
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_canvases"
WINDOW_SIZE = (1600, 960)


def _settle(app: QApplication, milliseconds: int = 400) -> None:
    """Let the window paint (and the window manager place it) before grabbing."""
    done: list[bool] = []
    QTimer.singleShot(milliseconds, lambda: done.append(True))
    while not done:
        app.processEvents()


def capture(app: QApplication, window: object, target: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    _settle(app)
    frame = window.frameGeometry()
    screen = window.screen()
    pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    pixmap.save(str(target))
    print(target)


def main(argv: list[str]) -> int:
    from canvas_app.app import create_application
    from canvas_app.fileio.codec import load_path
    from canvas_app.ui.main_window import MainWindow

    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    only = [word for word in argv[2:] if not word.startswith("--")]
    if "--presentation" in argv:
        return presentation_shots(out, only)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["journey-canvas"])
    scratch = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    for sample in sorted(SAMPLES.glob("*.journey")):
        if only and not any(word in sample.stem for word in only):
            continue
        window = MainWindow(load_path(sample), settings, path=sample)
        window.resize(*WINDOW_SIZE)
        window.move(40, 30)
        window.show()
        window.activateWindow()
        _settle(app, 600)
        window.view.zoom_to_fit()
        capture(app, window, out / f"{sample.stem}-fit.png")
        # At 100 % a note is selected, so the inspector shows what it edits.
        first = window.document.journey.notes[0].id if window.document.journey.notes else None
        if first is not None:
            window.view.select_notes([first])
        window.view.set_zoom(1.0)
        window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().minimum())
        window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().minimum())
        capture(app, window, out / f"{sample.stem}-100.png")
        window.close()
    return 0


def presentation_shots(out: Path, only: list[str]) -> int:
    """Presentation mode on each sample: the second stage (the first one dimmed, the rest
    dimmed), and for the first sample also a lane step, the whole map, and the editor's board
    beside the audience's with notes hidden."""
    from canvas_app.app import create_application
    from canvas_app.fileio.codec import load_path
    from canvas_app.scene.presentation_steps import WHOLE_MAP, Step
    from canvas_app.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["journey-canvas"])
    scratch = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    first = True
    for sample in sorted(SAMPLES.glob("*.journey")):
        if only and not any(word in sample.stem for word in only):
            continue
        window = MainWindow(load_path(sample), settings, path=sample)
        window.show()
        _settle(app, 300)
        window.presentation.start()
        window.view.clear_selection()
        _settle(app, 500)
        window.presentation.go(Step(1))
        _settle(app)
        window.grab().save(str(out / f"presentation-{sample.stem}.png"))
        print(out / f"presentation-{sample.stem}.png")
        if first:
            window.presentation.go(Step(1, 1))
            _settle(app)
            window.grab().save(str(out / f"presentation-lane-{sample.stem}.png"))
            window.presentation.go(WHOLE_MAP)
            _settle(app)
            window.grab().save(str(out / f"presentation-whole-{sample.stem}.png"))
            window.presentation.stop()
            # Silent brainstorming: a lane hidden; the editor shows it marked, the room not.
            journey = window.document.journey
            window.editor.set_lane_hidden(journey.lanes[1].id, True)
            window.editor.set_notes_hidden([journey.notes[0].id], True)
            window.presentation.open_audience_window(full_screen=False)
            audience = window.presentation.audience_window()
            assert audience is not None
            audience.resize(1280, 720)
            window.showNormal()
            window.resize(1600, 960)
            _settle(app, 600)
            window.grab().save(str(out / "hidden-notes-editor.png"))
            audience.grab().save(str(out / "hidden-notes-audience.png"))
            audience.close()
            window.document.undo_stack.setClean()
            first = False
        window.document.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
