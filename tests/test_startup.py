"""Start-up speed measures that must not change behaviour: the Qt-free model imported before
PySide6, the collector paused only until the first window has painted, and the board's own
viewport behaving like the one Qt would have made."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from canvas_app import app as app_module
from canvas_app.model import JourneyMap, Lane, Note, Stage
from canvas_app.scene import items
from scene_helpers import make_view

ROOT = Path(__file__).resolve().parent.parent


FIRST_PAINT_IMPORTS = r"""
import sys, traceback
culprit = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "pydantic" and not culprit:
            culprit.extend(f"{f.filename}:{f.lineno}" for f in traceback.extract_stack()
                           if "canvas_app" in f.filename)
        return None

sys.meta_path.insert(0, Watch())
import canvas_app.app, canvas_app.ui.main_window
names = list(sys.modules)
print(" <- ".join(reversed(culprit)) or "none")
print(names.index("canvas_app.fileio.draft_load") < names.index("PySide6"),
      names.index("canvas_app.model.layout") < names.index("PySide6"))
"""


def test_the_application_module_leaves_pydantic_for_after_the_first_paint() -> None:
    """Importing canvas_app.app and the main window loads no pydantic (the records come after the
    first paint: docs/architecture.md, "Start-up"), and loads the Qt-free modules of the first
    picture before PySide6 (whose import hook reads the source of every module imported after
    it). On failure the message names the import chain that brought pydantic in."""
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_IMPORTS], capture_output=True,
                            text=True, cwd=str(ROOT), check=True, timeout=60)
    who, order = result.stdout.splitlines()
    assert who == "none", f"pydantic imported before the first paint by: {who}"
    assert order.split() == ["True", "True"]


def test_the_collector_resumes_after_the_first_paint(qtbot: QtBot) -> None:
    """With the collector paused for start-up, the window's first paint turns it back on and the
    watcher stops listening to the window."""
    window = QWidget()
    qtbot.addWidget(window)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        watcher = app_module._GcAfterFirstPaint(window)
        assert not gc.isenabled()
        window.resize(200, 100)
        window.show()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        gc.disable()
        window.repaint()  # a later paint is no longer watched
        qtbot.wait(20)
        assert not gc.isenabled()
        assert watcher.parent() is window
    finally:
        if was_enabled:
            gc.enable()


def test_the_board_viewport_is_like_qts_own(qtbot: QtBot) -> None:
    """The board's viewport (made by the view, not by Qt) has Qt's name, background role and
    background filling, and the board's notes paint on it."""
    journey = JourneyMap(stages=(Stage(id="s1", title="Stage"),),
                         lanes=(Lane(id="l1", title="Lane"),),
                         notes=(Note(id="n1", stage="s1", lane="l1", text="Hello"),))
    items.PAINTS.clear()
    view = make_view(qtbot, journey)
    viewport = view.viewport()
    assert viewport.parent() is view
    assert viewport.objectName() == "qt_scrollarea_viewport"
    assert viewport.backgroundRole() == QPalette.ColorRole.Base
    assert viewport.autoFillBackground()
    qtbot.waitUntil(lambda: items.PAINTS["note"] >= 1, timeout=5000)
