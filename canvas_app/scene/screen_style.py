"""How the board looks on screen beyond what the layout says: the high-contrast option.

The layout's colours are the map's own (the PDF and image exports use them unchanged). On screen,
high contrast draws all dark text black, note borders black and thicker, and the grid darker.
It applies only inside `on_screen()` — the board's items and overview enter it; exports do not —
so turning it on never changes an exported file.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

_state = {"high_contrast": False, "depth": 0}

HC_INK = "#000000"
HC_INK_ON_DARK = "#FFFFFF"
HC_BORDER = "#000000"
HC_BORDER_WIDTH = 1.1
HC_GRID = "#3A3F45"
HC_GRID_WIDTH = 1.0


def set_high_contrast(on: bool) -> None:
    """Switch the board's on-screen high contrast (callers then repaint the board)."""
    _state["high_contrast"] = bool(on)


def high_contrast() -> bool:
    """True when the option is on (whether or not a screen painting is under way)."""
    return bool(_state["high_contrast"])


def active() -> bool:
    """True while painting for the screen with high contrast on."""
    return bool(_state["high_contrast"]) and _state["depth"] > 0


@contextmanager
def on_screen() -> Iterator[None]:
    """Mark painting done inside as on-screen painting (nestable)."""
    _state["depth"] += 1
    try:
        yield
    finally:
        _state["depth"] -= 1


@lru_cache(maxsize=256)
def _is_light(color: str) -> bool:
    channels = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2] > 160


def text_color(color: str) -> str:
    """The colour to draw text of layout colour `color` in: unchanged unless high contrast is
    active, then black (white where the layout chose light ink for a dark fill)."""
    if not active():
        return color
    return HC_INK_ON_DARK if _is_light(color) else HC_INK
