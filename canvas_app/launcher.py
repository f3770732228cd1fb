"""Where the headless CLI reaches Qt, and only when it must: opening the editor window
(`journey-canvas [FILE.journey…]`) and painting a PNG (`export … -o map.png`)."""

from __future__ import annotations

import gc
import os
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap

# The application object a PNG export made (kept alive for the process, as Qt requires).
_gui_app: Any = None


def launch_editor(paths: list[str]) -> int:
    """Open a window on each map in `paths` (a new current-state map when none); returns the
    exit code when the last window closes."""
    # No cyclic collection while the application's modules load (they make no garbage worth
    # it, and each pass walks everything allocated so far: ~5 ms of start-up); app.run turns it
    # back on once the first window has painted.
    gc.disable()
    from canvas_app.app import run

    return run(paths)


def render_png(journey: "JourneyMap", output: str | os.PathLike[str],
               scale: Optional[float] = None, dpi: Optional[float] = None) -> tuple[int, int]:
    """Paint `journey` into a PNG at `output` (atomically) with the screen's painter, at `scale`
    pixels per point or `dpi` (automatic when neither); returns the image's pixel size.

    Qt is imported only here. Without an application object, an offscreen one is made: an
    export never needs a display (nor shows a Dock icon), so it works over SSH and in CI.
    """
    _ensure_gui_application()
    from canvas_app.ui.image_export import PngOptions, export_png

    if dpi is not None:
        options = PngOptions.from_dpi(dpi)
    else:
        options = PngOptions(scale)
    return export_png(journey, output, options)


def _ensure_gui_application() -> None:
    global _gui_app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _gui_app = QGuiApplication(["journey-canvas"])
