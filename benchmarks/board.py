"""Benchmarks of the board (BoardView on a BoardScene) for 1 000, 5 000 and 20 000 notes, each
beside its floor measured in the same run: a bare QGraphicsScene of plain items each drawing a
cached QStaticText in a rounded rectangle, and, for start-up, a bare PySide6 window.

    python benchmarks/board.py            # a table
    python benchmarks/board.py --json     # one JSON object of named figures

Each size runs in fresh processes (one for the board, one for the floor) so memory deltas and
"open" times are not flattered by an earlier run. Times are medians in milliseconds.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (1_000, 5_000, 20_000)
VIEWPORT = (1920, 1080)
# The floors: ratios to the bare scene, or absolute limits.
FLOORS = {
    "open_ratio": "≤ 1.5× bare (5 000 notes)",
    "repaint_100_ratio": "≤ 2× bare",
    "repaint_fit_ms": "≤ 16.7 ms (5 000 notes)",
    "edit_paints": "O(1) items",
    "drag_paints": "O(1) items",
    "memory_mb": "≤ 300 MB (20 000 notes)",
    "startup_ratio": "≤ 2× bare window (1 000 notes)",
    "startup_window_ratio": "≤ 2× bare window (1 000 notes)",
}


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def median_ms(function: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# -- workers (run in their own process) ----------------------------------------------------------


def show_and_paint(widget: Any) -> None:
    """Show `widget` and paint it once, synchronously (a repaint before the window is exposed
    would paint nothing)."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    handle = widget.windowHandle()
    for _ in range(1000):
        if handle is not None and handle.isExposed():
            break
        QApplication.processEvents()
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    target.repaint()


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def board_worker(size: int, repeat: int) -> dict[str, float]:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from canvas_app.scene.canvas_font import ensure_canvas_font
    from synthetic import synthetic_map

    app = QApplication.instance() or QApplication([])
    ensure_canvas_font()
    journey = synthetic_map(size)
    from canvas_app.document import Document, Editor
    from canvas_app.scene import items
    from canvas_app.scene.board_view import BoardView

    def open_board(journey: Any) -> tuple[Any, Any, Any]:
        document = Document(journey)
        editor = Editor(document)
        view = BoardView(document, editor)
        view.resize(*VIEWPORT)
        show_and_paint(view)
        return document, editor, view

    # Warm up Qt's lazily created types, enums and font engines with a small board, as in a
    # running application: "open" is opening a map, not starting Qt.
    warm = open_board(synthetic_map(60, seed=3))
    warm[2].close()
    warm[2].deleteLater()
    del warm
    _settle()
    items.PAINTS.clear()
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    document, editor, view = open_board(journey)
    figures = {"open_ms": (time.perf_counter() - start) * 1000}
    assert items.PAINTS["note"] > 0, "the first paint painted no note"
    _settle()
    figures["memory_mb"] = rss_mb() - before
    viewport = view.viewport()
    figures["repaint_100_ms"] = median_ms(viewport.repaint, repeat)
    view.zoom_to_fit()
    _settle()
    figures["fit_zoom"] = view.zoom()
    figures["repaint_fit_ms"] = median_ms(viewport.repaint, repeat)
    view.set_zoom(1.0)
    figures.update(_frozen_header_figures(view, repeat))
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    _settle()

    # A drag of the first note to the next stage's cell and back, by real mouse events.
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest

    note = journey.notes_in(journey.stages[0].id, journey.lanes[0].id)[0].id
    cells = [(journey.stages[0].id, journey.lanes[0].id), (journey.stages[1].id,
                                                            journey.lanes[0].id)]
    paints: list[int] = []

    def drag_once() -> None:
        box = view.board_scene.index.note_boxes[note]
        here = (box.stage_id, box.lane_id)
        target = cells[1] if here == cells[0] else cells[0]
        cell = view.board_scene.index.cell_rects[target]
        begin = QPointF(box.rect.x + 20, box.rect.y + 10)
        end = QPointF(cell.x + cell.width / 2, cell.y + 30)
        items.PAINTS.clear()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         view.mapFromScene(begin))
        for step in range(1, 5):
            point = begin + (end - begin) * (step / 4)
            position = QPointF(view.mapFromScene(point))
            event = QMouseEvent(QEvent.Type.MouseMove, position,
                                QPointF(viewport.mapToGlobal(position.toPoint())),
                                Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(viewport, event)
        _settle()
        items.PAINTS.clear()  # count what the drop repaints, not the drag feedback
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           view.mapFromScene(end))
        _settle()
        paints.append(items.PAINTS["note"])

    figures["drag_ms"] = median_ms(drag_once, repeat)
    figures["drag_paints"] = float(statistics.median(paints))

    texts = iter(f"Edited text number {i}" for i in range(10_000))
    edited = journey.notes_in(journey.stages[2].id, journey.lanes[0].id)[0].id
    edit_paints: list[int] = []

    def edit_once() -> None:
        items.PAINTS.clear()
        editor.edit_note_text(edited, next(texts))
        _settle()
        edit_paints.append(items.PAINTS["note"])

    figures["edit_ms"] = median_ms(edit_once, repeat)
    figures["edit_paints"] = float(statistics.median(edit_paints))
    figures["notes_on_screen"] = float(len(view.board_scene.index.notes_meeting(
        _visible_rect(view))))
    del app
    return figures


def _frozen_header_figures(view: Any, repeat: int) -> dict[str, float]:
    """At 100 %, scrolled to the middle of the board (headers pinned at the top and left): a
    full repaint and a scroll step of the scroll bars (scroll + repaint of what it exposed),
    with frozen headers on and off."""
    from PySide6.QtWidgets import QAbstractSlider

    figures: dict[str, float] = {}
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    for bar in bars:
        bar.setValue((bar.minimum() + bar.maximum()) // 2)
    _settle()
    viewport = view.viewport()
    steps = (QAbstractSlider.SliderAction.SliderSingleStepAdd,
             QAbstractSlider.SliderAction.SliderSingleStepSub)
    for on, suffix in ((True, "pinned"), (False, "unpinned")):
        view.set_frozen_headers(on)
        _settle()
        figures[f"repaint_100_{suffix}_ms"] = median_ms(viewport.repaint, repeat)
        turn = iter(range(1_000_000))

        def scroll_step() -> None:
            # Right, down, left, up in turn: a real scroll and the repaint it needs.
            i = next(turn)
            bars[i % 2].triggerAction(steps[(i // 2) % 2])
            _settle()

        figures[f"scroll_step_{suffix}_ms"] = median_ms(scroll_step, max(repeat * 4, 20))
    view.set_frozen_headers(True)
    return figures


def _visible_rect(view: Any) -> Any:
    from canvas_app.model.layout_geometry import Rect

    rect = view.mapToScene(view.viewport().rect()).boundingRect()
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def bare_worker(size: int, repeat: int) -> dict[str, float]:
    """The floor: plain items, each a rounded rect and one cached, wrapped QStaticText."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPainter, QStaticText
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsItem,
        QGraphicsScene,
        QGraphicsView,
    )

    from canvas_app.model.layout import compute_layout
    from canvas_app.scene.canvas_font import canvas_qfont
    from synthetic import synthetic_map

    app = QApplication.instance() or QApplication([])
    journey = synthetic_map(size)
    layout = compute_layout(journey)  # positions only; the floor lays nothing out
    texts = {note.id: note.text for note in journey.notes}
    font = canvas_qfont(11.5)
    paints = [0]

    class BareNote(QGraphicsItem):
        def __init__(self, x: float, y: float, width: float, height: float, text: str,
                     color: str) -> None:
            super().__init__()
            self.rect = QRectF(0, 0, width, height)
            self.setPos(x, y)
            self.brush = QBrush(QColor(color))
            self.set_text(text)

        def set_text(self, text: str) -> None:
            self.text = QStaticText(text)
            self.text.setTextWidth(self.rect.width() - 20)
            self.text.prepare(font=font)
            self.update()

        def boundingRect(self) -> QRectF:
            return self.rect

        def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:
            paints[0] += 1
            painter.setBrush(self.brush)
            painter.drawRoundedRect(self.rect, 5, 5)
            painter.setFont(font)
            painter.drawStaticText(10, 9, self.text)

    def open_bare(layout: Any, texts: dict[str, str]) -> tuple[Any, Any, list[Any]]:
        scene = QGraphicsScene()
        notes = []
        for box in layout.notes:
            item = BareNote(box.rect.x, box.rect.y, box.rect.width, box.rect.height,
                            texts[box.note_id], box.fill)
            scene.addItem(item)
            notes.append(item)
        scene.setSceneRect(0, 0, layout.width, layout.height)
        view = QGraphicsView(scene)
        view.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        view.resize(*VIEWPORT)
        show_and_paint(view)
        return scene, view, notes

    small = synthetic_map(60, seed=3)
    warm = open_bare(compute_layout(small), {note.id: note.text for note in small.notes})
    warm[1].close()
    del warm
    _settle()
    paints[0] = 0
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    scene, view, notes = open_bare(layout, texts)
    figures = {"open_ms": (time.perf_counter() - start) * 1000}
    assert paints[0] > 0, "the first paint painted no note"
    _settle()
    figures["memory_mb"] = rss_mb() - before
    viewport = view.viewport()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    figures["repaint_100_ms"] = median_ms(viewport.repaint, repeat)
    view.fitInView(scene.sceneRect())
    _settle()
    figures["repaint_fit_ms"] = median_ms(viewport.repaint, max(3, repeat // 3))
    view.resetTransform()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    _settle()
    first = notes[0]
    origin = first.pos()
    target = first.pos()
    target.setX(target.x() + layout.stages[1].rect.x - layout.stages[0].rect.x)
    counts: list[int] = []

    def move_once() -> None:
        paints[0] = 0
        first.setPos(target if first.pos() != target else origin)
        _settle()
        counts.append(paints[0])

    figures["drag_ms"] = median_ms(move_once, repeat)
    figures["drag_paints"] = float(statistics.median(counts))
    edits = iter(f"Edited text number {i}" for i in range(10_000))
    edit_counts: list[int] = []

    def edit_once() -> None:
        paints[0] = 0
        notes[2].set_text(next(edits))
        _settle()
        edit_counts.append(paints[0])

    figures["edit_ms"] = median_ms(edit_once, repeat)
    figures["edit_paints"] = float(statistics.median(edit_counts))
    del app
    return figures


# -- start-up -------------------------------------------------------------------------------------

# The board alone, opened the way the application opens a map at start-up (canvas_app/app.py):
# the Qt-free start-up draft of the file first (no pydantic: the full validation follows the first
# paint, as in the window, and is not part of this figure), fitted to the view like a map the
# window opens. Before the start-up draft (session of 2026-11-25) this script opened the map with
# Document.open (pydantic) and painted it at 100 %.
BOARD_STARTUP = r"""
import gc, os, sys
gc.disable()  # as the application's launcher does while its modules load
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from canvas_app.app import startup_draft
from canvas_app.model.draft_map import as_journey
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from canvas_app.document import Document, Editor
from canvas_app.scene.board_view import BoardView
from canvas_app.scene.canvas_font import ensure_canvas_font
ensure_canvas_font()
draft = startup_draft(Path(sys.argv[1]))
assert draft is not None
document = Document(as_journey(draft))
view = BoardView(document, Editor(document))
view.resize(1280, 800)
view.show()
view.zoom_to_fit()
while not view.windowHandle().isExposed():
    app.processEvents()
view.viewport().repaint()
from canvas_app.scene.items import PAINTS
assert PAINTS["overview"] + PAINTS["note"] > 0
sys.stdout.write("painted\n")
sys.stdout.flush()
os._exit(0)
"""

BARE_STARTUP = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1280, 800)
window.show()
while not window.windowHandle().isExposed():
    app.processEvents()
window.repaint()
sys.stdout.write("painted\n")
sys.stdout.flush()
os._exit(0)
"""

# Not a floor of the issue, a decomposition: the bare window plus reading the map into the
# pydantic model (importing pydantic and the model, validating the file) — what any start-up of
# this design pays before it builds a single item.
MODEL_STARTUP = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from canvas_app.fileio.codec import load_path
journey = load_path(sys.argv[1])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1280, 800)
window.show()
while not window.windowHandle().isExposed():
    app.processEvents()
window.repaint()
sys.stdout.write("painted\n")
sys.stdout.flush()
os._exit(0)
"""


# The real application: `python -m canvas_app FILE` prints one line once its main window has
# painted (the test hook in canvas_app/app.py), a second once the window is ready (its file
# opened and validated, panels made: the start-up window completes itself right after its first
# paint), then quits.
WINDOW_SMOKE_ENV = "JOURNEY_CANVAS_SMOKE_QUIT_MS"
WINDOW_READY_ENV = "JOURNEY_CANVAS_SMOKE_READY"


def _time_to_lines(command: list[str], env: dict[str, str],
                   count: int = 1) -> list[tuple[float, str]]:
    """Milliseconds from starting `command` to each of its first `count` lines of output, with
    the lines; the process must then end cleanly."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=str(HERE.parent), env=env)
    assert process.stdout is not None
    lines = []
    for _ in range(count):
        line = process.stdout.readline()
        lines.append(((time.perf_counter() - start) * 1000, line))
    _, errors = process.communicate(timeout=60)
    if process.returncode != 0 or not all(line.strip() for _, line in lines):
        raise RuntimeError(f"{command[1:3]} failed ({process.returncode}): {errors[-2000:]}")
    return lines


def _time_to_line(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    return _time_to_lines(command, env)[0]


def startup(repeat: int) -> dict[str, float]:
    """Start-up to a painted window with a 1 000-note map, in fresh processes, beside a bare
    PySide6 window: the board alone (BOARD_STARTUP) and the whole application's main window
    (`python -m canvas_app FILE`). The three are run in turn, so a busy machine slows them alike."""
    from canvas_app.fileio.codec import save_path
    from synthetic import synthetic_map

    with tempfile.TemporaryDirectory() as temp:
        # As installed, modules are byte-compiled: let the warm-up run cache them (outside the
        # checkout), even where the environment says not to write byte code.
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(temp) / "pycache")
        # The window keeps its settings, recent files and state in a private home.
        window_env = dict(env, **{WINDOW_SMOKE_ENV: "0", WINDOW_READY_ENV: "1"})
        for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                                 ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
            window_env[variable] = str(Path(temp) / folder)
        path = Path(temp) / "map-1000.journey"
        save_path(synthetic_map(1_000), path)

        def board() -> float:
            elapsed, line = _time_to_line([sys.executable, "-c", BOARD_STARTUP, str(path)], env)
            assert line.strip() == "painted"
            return elapsed

        def bare() -> float:
            elapsed, line = _time_to_line([sys.executable, "-c", BARE_STARTUP], env)
            assert line.strip() == "painted"
            return elapsed

        def model() -> float:
            elapsed, line = _time_to_line([sys.executable, "-c", MODEL_STARTUP, str(path)], env)
            assert line.strip() == "painted"
            return elapsed

        ready_times: list[float] = []

        def window() -> float:
            (painted, line), (ready, second) = _time_to_lines(
                [sys.executable, "-m", "canvas_app", str(path)], window_env, count=2)
            shown = json.loads(line)
            # The real board with the map's notes: the first paint is of the start-up draft
            # (before pydantic), the second line comes once the validated map replaced it.
            assert shown["page"] == "board" and shown["notes"] == 1_000, shown
            assert shown["draft"] and not shown["pydantic"], shown
            assert json.loads(second) == {"ready": True, "notes": 1_000,
                                          "validated": "JourneyMap"}, second
            ready_times.append(ready)
            return painted

        measures = {"board": board, "bare": bare, "window": window, "model": model}
        runs: dict[str, list[float]] = {name: [] for name in measures}
        for measure in measures.values():
            measure()  # warm the disk cache and the byte-compiled modules
        for _ in range(repeat):
            for name, measure in measures.items():
                runs[name].append(measure())
        del ready_times[0]  # the warm-up run's
    figures = {f"startup_{name}_spread_ms": max(times) - min(times)
               for name, times in runs.items()}
    figures["startup_window_ready_ms"] = statistics.median(ready_times)
    board_ms, bare_ms, window_ms = (statistics.median(runs[k]) for k in ("board", "bare", "window"))
    figures.update({"startup_ms": board_ms, "startup_bare_ms": bare_ms,
                    "startup_ratio": board_ms / bare_ms, "startup_window_ms": window_ms,
                    "startup_window_ratio": window_ms / bare_ms,
                    "startup_bare_with_model_ms": statistics.median(runs["model"])})
    return figures


# -- driver ---------------------------------------------------------------------------------------


def run_worker(kind: str, size: int, repeat: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--sizes", str(size),
         "--repeat", str(repeat)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(size: int, repeat: int) -> dict[str, float]:
    board = run_worker("board", size, repeat)
    bare = run_worker("bare", size, repeat)
    figures = dict(board)
    for key, value in bare.items():
        figures[f"{key}_bare"] = value
    figures["open_ratio"] = board["open_ms"] / bare["open_ms"]
    figures["repaint_100_ratio"] = board["repaint_100_ms"] / bare["repaint_100_ms"]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=9, help="runs per figure (median)")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--startup-only", action="store_true",
                        help="measure only the start-up figures")
    parser.add_argument("--worker", choices=("board", "bare"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        work = board_worker if args.worker == "board" else bare_worker
        print(json.dumps(work(args.sizes[0], args.repeat)))
        sys.stdout.flush()
        os._exit(0)  # skip tearing down thousands of items: not part of any figure
    # Start-up varies most between runs (a whole process each): at least 7 runs per median.
    start = startup(max(7, args.repeat))
    if args.startup_only:
        print(json.dumps(start, indent=2, sort_keys=True) if args.json else
              "\n".join(f"{key:<28}{value:10.2f}" for key, value in sorted(start.items())))
        return 0
    results = {str(size): measure(size, args.repeat) for size in args.sizes}
    if args.json:
        print(json.dumps({"board": results, "startup": start, "floors": FLOORS,
                          "viewport": list(VIEWPORT), "python": sys.version.split()[0],
                          "cpus": os.cpu_count()}, indent=2, sort_keys=True))
        return 0
    rows = [
        ("open to first paint (ms)", "open_ms", "open_ms_bare"),
        ("repaint at 100 % (ms)", "repaint_100_ms", "repaint_100_ms_bare"),
        ("repaint at fit (ms)", "repaint_fit_ms", "repaint_fit_ms_bare"),
        ("drag one note (ms)", "drag_ms", "drag_ms_bare"),
        ("notes repainted by a drag", "drag_paints", "drag_paints_bare"),
        ("edit one note (ms)", "edit_ms", "edit_ms_bare"),
        ("notes repainted by an edit", "edit_paints", "edit_paints_bare"),
        ("memory (MB RSS)", "memory_mb", "memory_mb_bare"),
    ]
    print(f"{'figure':<28}" + "".join(f"{size + ' notes':>22}" for size in results))
    print(f"{'':<28}" + "".join(f"{'board':>11}{'bare':>11}" for _ in results))
    for label, key, bare_key in rows:
        cells = "".join(f"{results[s][key]:>11.1f}{results[s][bare_key]:>11.1f}" for s in results)
        print(f"{label:<28}{cells}")
    for key in ("open_ratio", "repaint_100_ratio"):
        cells = "".join(f"{results[s][key]:>11.2f}{'':>11}" for s in results)
        print(f"{key:<28}{cells}   floor {FLOORS[key]}")
    print(f"{'fit zoom':<28}" + "".join(f"{results[s]['fit_zoom']:>11.3f}{'':>11}"
                                        for s in results))
    print(f"\nstart-up to a painted window, 1 000 notes (median ms, spread max-min): board "
          f"{start['startup_ms']:.0f} ({start['startup_board_spread_ms']:.0f}), main window "
          f"`python -m canvas_app FILE` {start['startup_window_ms']:.0f} "
          f"({start['startup_window_spread_ms']:.0f}); bare PySide6 window "
          f"{start['startup_bare_ms']:.0f} ({start['startup_bare_spread_ms']:.0f}); ratios "
          f"{start['startup_ratio']:.2f} and {start['startup_window_ratio']:.2f} "
          f"(floor {FLOORS['startup_ratio']}); the window ready (file opened and validated, "
          f"panels made) at {start['startup_window_ready_ms']:.0f}; for comparison, the bare "
          f"window plus reading the map into the pydantic model: "
          f"{start['startup_bare_with_model_ms']:.0f}")
    print("\nfrozen headers, 100 %, scrolled to the middle (ms, pinned / off): "
          + "; ".join(f"{s} notes: repaint {results[s]['repaint_100_pinned_ms']:.1f} / "
                      f"{results[s]['repaint_100_unpinned_ms']:.1f}, scroll step "
                      f"{results[s]['scroll_step_pinned_ms']:.1f} / "
                      f"{results[s]['scroll_step_unpinned_ms']:.1f}" for s in results))
    print("floors: " + "; ".join(f"{k} {v}" for k, v in FLOORS.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
