"""Start-up speed measures that must not change behaviour: the Qt-free model imported before
PySide6, the collector paused only until the first window has painted, and the board's own
viewport behaving like the one Qt would have made."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
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
      names.index("canvas_app.model.layout") < names.index("PySide6"),
      "canvas_app.model.kind_glyphs" not in names)
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
    # The kind glyphs' descriptions (~2.5 ms to build) wait until a glyph is big enough to draw.
    assert order.split() == ["True", "True", "True"]


def test_the_painter_knows_the_glyph_size_without_the_glyphs() -> None:
    from canvas_app.model.kind_glyphs import GLYPH_SIZE
    from canvas_app.scene import layout_painter

    assert layout_painter._GLYPH_SIZE == GLYPH_SIZE


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


def _badge_spots(image: QImage, boxes: list[QRectF]) -> list[tuple[int, float, float]]:
    """Per note rectangle (device pixels): how many pixels carry the vote badge's fill (or
    nearly: the ring's antialiasing), and where their centre is."""
    from canvas_app.scene.vote_badge import BADGE_FILL

    fill = (BADGE_FILL.red(), BADGE_FILL.green(), BADGE_FILL.blue())
    spots = []
    for box in boxes:
        xs, ys = [], []
        for y in range(int(box.top()), int(box.bottom())):
            for x in range(int(box.left()), int(box.right())):
                pixel = image.pixelColor(x, y)
                if sum(abs(a - b) for a, b in zip(fill, pixel.getRgb()[:3])) <= 24:
                    xs.append(x)
                    ys.append(y)
        spots.append((len(xs), sum(xs) / max(len(xs), 1), sum(ys) / max(len(ys), 1)))
    return spots


@pytest.mark.parametrize("scale", [0.4, 0.5])
def test_the_overview_copies_vote_badges_as_they_are_drawn(qtbot: QtBot, scale: float) -> None:
    """The overview copies each vote badge from a stamp drawn once per count and size (hundreds
    of badges at fit zoom cost more than the rest of the board): every badge is where and as
    large as paint_vote_badge draws it, to a pixel or so. (Far smaller, the count is left out:
    see the next test.)"""
    from canvas_app.model.layout import compute_layout
    from canvas_app.scene.layout_painter import qrect
    from canvas_app.scene.overview import render_overview
    from canvas_app.scene.vote_badge import paint_vote_badge

    texts = ["Short", "A note of two lines of text, wrapped", "Three\nlines\nhere", "x"]
    notes = tuple(Note(id=f"n{i}", stage=f"s{i % 3}", lane="l1", text=texts[i % 4],
                       votes=(i % 12) + 1 if i % 5 else 120) for i in range(24))
    journey = JourneyMap(stages=tuple(Stage(id=f"s{i}", title=f"Stage {i}") for i in range(3)),
                         lanes=(Lane(id="l1", title="Lane"),), notes=notes)
    layout = compute_layout(journey)
    votes = {note.id: note.votes for note in notes}
    stamped, used = render_overview(layout, scale, votes=votes)
    assert used == scale
    drawn = QImage(stamped.size(), QImage.Format.Format_ARGB32_Premultiplied)
    drawn.fill(QColor(layout.background))
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(scale, scale)
    for box in layout.notes:
        paint_vote_badge(painter, qrect(box.rect), votes[box.note_id], scale)
    painter.end()
    boxes = [QRectF(box.rect.x * scale, box.rect.y * scale, box.rect.width * scale,
                    box.rect.height * scale) for box in layout.notes]
    expected = _badge_spots(drawn, boxes)
    found = _badge_spots(stamped.toImage(), boxes)
    assert len({box.rect.height for box in layout.notes}) > 1  # badges of several sizes
    for (count, x, y), (want, want_x, want_y) in zip(found, expected):
        assert want > 8
        assert abs(count - want) <= max(6, want * 0.15), (count, want)
        # Snapped to whole pixels (≤ 0.5 px); the digit (white inside the fill) is hinted to
        # the pixel grid a little differently too.
        assert abs(x - want_x) <= 2.0 and abs(y - want_y) <= 2.0


def _stamp(scale: float, votes: int) -> QImage:
    from canvas_app.scene.vote_badge import BadgeStamps

    stamps = BadgeStamps(scale, scale)
    image = QImage(80, 80, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    stamps.paint(painter, QRectF(0.0, 0.0, 212.0, 60.0), votes)
    painter.end()
    (stamp,) = stamps._stamps.values()
    return stamp


def test_tiny_overview_badges_are_dots_without_a_count(qtbot: QtBot) -> None:
    """At the fit zoom of a large map a badge is a few pixels: it still shows on every voted
    note, without a count that would be a smudge (and a font size for Qt to prepare per badge
    size during the first paint)."""
    from canvas_app.model.layout import compute_layout
    from canvas_app.scene.overview import render_overview

    notes = tuple(Note(id=f"n{i}", stage=f"s{i % 3}", lane="l1", text="Note " * (1 + i % 4),
                       votes=i + 1) for i in range(12))
    journey = JourneyMap(stages=tuple(Stage(id=f"s{i}", title=f"Stage {i}") for i in range(3)),
                         lanes=(Lane(id="l1", title="Lane"),), notes=notes)
    layout = compute_layout(journey)
    scale = 0.1
    picture = render_overview(layout, scale, votes={note.id: note.votes for note in notes})[0]
    image = picture.toImage()
    for box in layout.notes:  # a dark blue dot on each (yellow) note
        inside = [image.pixelColor(x, y)
                  for x in range(int(box.rect.x * scale), int(box.rect.right * scale))
                  for y in range(int(box.rect.y * scale), int(box.rect.bottom * scale))]
        assert sum(1 for c in inside if c.blue() - c.red() > 60) >= 1
    # The badge of a 60-point-high note: 60 % of it, a whole number of pixels.
    assert _stamp(scale, 7).width() - 4 == round(36.0 * scale)
    # Tiny: 7 votes and 3 votes look alike (no count); readable: they differ.
    assert _stamp(scale, 7) == _stamp(scale, 3)
    assert _stamp(0.45, 7) != _stamp(0.45, 3)
