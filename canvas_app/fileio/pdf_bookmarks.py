"""The PDF outline (bookmarks): one entry per section, pointing at the page being drawn.

Titles are plain strings (reportlab writes them as PDF text strings, UTF-16 when needed), so a
persona named `<b>x</b>` is listed exactly so. Entries come in page order; a level never skips,
because reportlab refuses an entry two levels below the previous one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_UNTITLED = "\u2026"


class Outline:
    def __init__(self, canvas: "Canvas") -> None:
        self._canvas = canvas
        self._count = 0
        self._level = -1

    @property
    def count(self) -> int:
        return self._count

    def mark(self, title: str, level: int, top: float | None = None,
             closed: bool = False) -> None:
        """An entry for the current page; with `top` (PDF units, from the page's bottom), the
        reader scrolls to that height instead of showing the whole page."""
        key = f"outline-{self._count}"
        self._count += 1
        if top is None:
            self._canvas.bookmarkPage(key)
        else:
            self._canvas.bookmarkPage(key, fit="XYZ", left=0, top=round(top, 1))
        level = max(0, min(level, self._level + 1))
        self._canvas.addOutlineEntry(" ".join(title.split()) or _UNTITLED, key, level,
                                     closed or None)
        self._level = level

    def show(self) -> None:
        """Ask the reader to open with the bookmarks shown (for documents of many pages)."""
        self._canvas.showOutline()
