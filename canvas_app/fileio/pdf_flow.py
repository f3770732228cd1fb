"""Paragraphs flowed line by line down columns and on to further pages, never cut.

Used by the persona pages: each page offers its columns (frames); a paragraph continues in the
next column when one is full, a heading is never left alone at the foot of a column, and
LEAVE_FIRST_FRAME sends what follows out of the first page's first frame (a card) if it is
still there. Lines are wrapped to the frame they start in: later frames must be at least as
wide as earlier ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import Rect, TextBlock
from canvas_app.model.layout_text import text_block, wrap_text


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    size: float
    weight: FontWeight
    color: str
    space_before: float = 0.0
    leading_factor: float = 1.3
    keep_with_next: bool = False  # a heading: moves on with the first line of what follows

    @property
    def leading(self) -> float:
        return self.size * self.leading_factor


LEAVE_FIRST_FRAME = None


@dataclass(slots=True)
class FlowPage:
    """The lines placed on one page, and per frame the y range they use (for card backgrounds)."""

    blocks: list[TextBlock] = field(default_factory=list)
    used: dict[int, tuple[float, float]] = field(default_factory=dict)


def flow(paras: Sequence[Para | None], frames: Callable[[int], Sequence[Rect]]) -> list[FlowPage]:
    """Place `paras` in the frames `frames(page_index)` gives, page after page."""
    pages = [FlowPage()]
    page_frames = list(frames(0))
    column = 0
    y = page_frames[0].y

    def next_column() -> None:
        nonlocal column, y, page_frames
        column += 1
        if column == len(page_frames):
            pages.append(FlowPage())
            page_frames = list(frames(len(pages) - 1))
            column = 0
        y = page_frames[column].y

    def place(line: str, para: Para) -> None:
        nonlocal y
        area = page_frames[column]
        if y + para.leading > area.bottom and y > area.y:
            next_column()
            area = page_frames[column]
        pages[-1].blocks.append(text_block(line, area.x, y, area.width, para.size, para.leading,
                                           para.weight, para.color))
        low, _ = pages[-1].used.get(column, (y, y))
        pages[-1].used[column] = (low, y + para.leading)
        y += para.leading

    for index, para in enumerate(paras):
        if para is LEAVE_FIRST_FRAME:
            if len(pages) == 1 and column == 0:
                next_column()
            continue
        area = page_frames[column]
        if y > area.y:
            y += para.space_before
        lines = wrap_text(para.text, area.width, para.size, para.weight) or ("",)
        if para.keep_with_next and y > area.y:
            following = paras[index + 1] if index + 1 < len(paras) else None
            needed = len(lines) * para.leading
            if following is not None:
                needed += following.space_before + following.leading
            if y + needed > area.bottom:
                next_column()
        for line in lines:
            place(line, para)
    return pages
