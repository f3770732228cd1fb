"""SVG export of a whole journey map, written by hand from the layout engine (no library, no Qt).

The SVG is the board at 100 %, one SVG unit per layout point (width and height in `pt`, so it
prints at the size of the PDF poster). Text is real <text>, set in Be Vietnam Pro with common
fallbacks and kerning off, as the layout measured it; shapes are rects, paths and polygons.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from canvas_app import APP_NAME, __version__
from canvas_app.fileio.errors import ExportError

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.model.layout_style import LayoutStyle

SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def render_svg(journey: "JourneyMap", style: "LayoutStyle | None" = None) -> str:
    """The SVG document of `journey` as text."""
    from canvas_app.fileio.svg_draw import FONT_FAMILY, attr, board_elements, number, text
    from canvas_app.model.layout import DEFAULT_STYLE, compute_layout

    layout = compute_layout(journey, style or DEFAULT_STYLE)
    width, height = number(layout.width), number(layout.height)
    title = journey.title or "Journey map"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="{SVG_NAMESPACE}" version="1.1" width="{width}pt" height="{height}pt" '
        f'viewBox="0 0 {width} {height}" xml:lang="{attr(journey.language.value)}">',
        f"<title>{text(title)}</title>",
        f"<desc>{text(f'Made with {APP_NAME} {__version__}')}</desc>",
        "<style>text { font-kerning: none; font-variant-ligatures: none; }</style>",
        f'<g font-family="{attr(FONT_FAMILY)}">',
    ]
    parts += board_elements(layout)
    parts += ["</g>", "</svg>", ""]
    return "\n".join(parts)


def export_svg(journey: "JourneyMap", path: str | os.PathLike[str],
               style: "LayoutStyle | None" = None) -> None:
    """Write the SVG of `journey` to `path` atomically: on failure an existing file is kept."""
    data = render_svg(journey, style).encode("utf-8")
    from canvas_app.fileio.atomic import write_atomic

    try:
        write_atomic(path, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(f"cannot write the SVG to '{os.fspath(path)}': {reason}") from error
