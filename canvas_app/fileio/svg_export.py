"""SVG export of a whole journey map, written by hand from the layout engine (no library, no Qt).

The SVG is the board at 100 %, one SVG unit per layout point (width and height in `pt`, so it
prints at the size of the PDF poster). Text is real <text>, set in Be Vietnam Pro with common
fallbacks and kerning off, as the layout measured it; shapes are rects, paths and polygons.

The font's two weights the board uses are embedded (`@font-face` with the TTF as a data URL,
about 190 KB each): the layout measured every line in that font, so on a machine without it a
fallback font would let text run out of its notes. `embed_fonts=False` leaves them out.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from canvas_app import APP_NAME, __version__
from canvas_app.fileio.errors import ExportError
from canvas_app.model.messages import msg

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.model.layout_style import LayoutStyle

SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def render_svg(journey: "JourneyMap", style: "LayoutStyle | None" = None,
               embed_fonts: bool = True) -> str:
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
        "<style>",
        *(font_faces() if embed_fonts else []),
        "text { font-kerning: none; font-variant-ligatures: none; }",
        "</style>",
        f'<g font-family="{attr(FONT_FAMILY)}">',
    ]
    parts += board_elements(layout)
    parts += ["</g>", "</svg>", ""]
    return "\n".join(parts)


def font_faces() -> list[str]:
    """`@font-face` rules carrying the canvas font's weights the SVG uses, as data URLs."""
    import base64

    from canvas_app.fileio.svg_draw import FONT_WEIGHTS
    from canvas_app.model.fonts import FAMILY, font_path

    rules = []
    for weight, css_weight in FONT_WEIGHTS.items():
        data = base64.b64encode(font_path(weight).read_bytes()).decode("ascii")
        rules.append(f"@font-face {{ font-family: '{FAMILY}'; font-weight: {css_weight}; "
                     f"src: url(data:font/ttf;base64,{data}) format('truetype'); }}")
    return rules


def export_svg(journey: "JourneyMap", path: str | os.PathLike[str],
               style: "LayoutStyle | None" = None) -> None:
    """Write the SVG of `journey` to `path` atomically: on failure an existing file is kept."""
    data = render_svg(journey, style).encode("utf-8")
    from canvas_app.fileio.atomic import write_atomic

    try:
        write_atomic(path, data)
    except OSError as error:
        from canvas_app.fileio.saving import write_failure

        raise ExportError(msg("cannot write the SVG to '{file}': {reason}", file=os.fspath(path),
                              reason=write_failure(error, Path(path)))) from error
