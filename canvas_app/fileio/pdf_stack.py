"""Items stacked down report pages: each knows its height at the page's width and draws itself
at a given top; a page break comes between items, a heading moves on with what follows it, and
an item may carry an outline entry that points at where it lands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import Rect, TextBlock
from canvas_app.model.layout_text import block_height, text_block


class Item(Protocol):
    @property
    def height(self) -> float: ...

    @property
    def space_before(self) -> float: ...  # dropped at the top of a page

    @property
    def keep_with_next(self) -> bool: ...  # a heading

    @property
    def bookmark(self) -> str | None: ...  # an outline entry pointing at the item

    def draw(self, ink: Ink, x: float, y: float) -> None: ...


@dataclass(frozen=True, slots=True)
class TextItem:
    """Wrapped text of one style; `space_before` is dropped at the top of a page."""

    block: TextBlock  # laid out at (0, 0)
    height: float
    space_before: float = 0.0
    keep_with_next: bool = False
    bookmark: str | None = None

    def draw(self, ink: Ink, x: float, y: float) -> None:
        block = self.block
        moved = TextBlock(block.lines, block.x + x, tuple(b + y for b in block.baselines),
                          block.size, block.weight, block.color, block.width)
        ink.begin_text()
        ink.text_block(moved)
        ink.end_text()


def text_item(text: str, width: float, size: float, weight: FontWeight, color: str,
              leading_factor: float = 1.35, space_before: float = 0.0,
              keep_with_next: bool = False, bookmark: str | None = None) -> TextItem:
    leading = size * leading_factor
    block = text_block(text, 0.0, 0.0, width, size, leading, weight, color)
    height = block_height(len(block.lines), size, leading, weight) + 4.0
    return TextItem(block, height, space_before, keep_with_next, bookmark)


@dataclass(frozen=True, slots=True)
class Placed:
    item: Item
    y: float


def stack(items: Sequence[Item], box: Rect) -> list[list[Placed]]:
    """The items placed down pages of content box `box`, in order."""
    pages: list[list[Placed]] = [[]]
    y = box.y
    for index, item in enumerate(items):
        gap = item.space_before if pages[-1] else 0.0
        needed = gap + item.height
        # Headings move on together with everything up to the first item that is not one.
        follower = index + 1
        while items[follower - 1].keep_with_next and follower < len(items):
            following = items[follower]
            needed += following.space_before + following.height
            follower += 1
        if pages[-1] and y + needed > box.bottom:
            pages.append([])
            y = box.y
            gap = 0.0
        y += gap
        pages[-1].append(Placed(item, y))
        y += item.height
    return pages
