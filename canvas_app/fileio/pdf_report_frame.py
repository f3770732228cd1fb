"""The frame of a report page: margins, the kicker and heading at the top, the footer with the
map title and "page N of M" at the bottom, and the content box between them (pure geometry)."""

from __future__ import annotations

from dataclasses import dataclass

from canvas_app.fileio.pdf_pages import PAPER_MARGIN
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import Rect, TextBlock
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block, text_width

MARGIN = PAPER_MARGIN
KICKER_SIZE = 8.5
HEADING_SIZE = 15.0
HEADING_LEADING = 18.5
HEADING_GAP = 10.0
FOOTER_SIZE = 8.0
FOOTER_ROOM = 16.0  # between the content box and the bottom margin, for the footer line
ACCENT_HEIGHT = 5.0  # the coloured strip along the top edge of every page


@dataclass(frozen=True, slots=True)
class PageHead:
    """The kicker and heading blocks of a page and the top of its content below them."""

    blocks: tuple[TextBlock, ...]
    content_top: float


def page_head(kicker: str, heading: str, page_w: float, style: LayoutStyle) -> PageHead:
    width = page_w - 2 * MARGIN
    blocks = []
    y = MARGIN
    if kicker:
        block = text_block(kicker.upper(), MARGIN, y, width, KICKER_SIZE, KICKER_SIZE * 1.25,
                           FontWeight.SEMIBOLD, style.phase_fill)
        blocks.append(block)
        y += block_height(len(block.lines), KICKER_SIZE, KICKER_SIZE * 1.25,
                          FontWeight.SEMIBOLD) + 4.0
    if heading:
        block = text_block(heading, MARGIN, y, width, HEADING_SIZE, HEADING_LEADING,
                           FontWeight.SEMIBOLD, style.ink)
        blocks.append(block)
        y += block_height(len(block.lines), HEADING_SIZE, HEADING_LEADING, FontWeight.SEMIBOLD)
    return PageHead(tuple(blocks), y + HEADING_GAP)


def content_box(head: PageHead, page_w: float, page_h: float) -> Rect:
    """Where a page's content goes, below its heading and above its footer."""
    bottom = page_h - MARGIN - FOOTER_ROOM
    return Rect(MARGIN, head.content_top, page_w - 2 * MARGIN, bottom - head.content_top)


def footer(left: str, right: str, page_w: float, page_h: float, style: LayoutStyle,
           left_margin: float = MARGIN) -> tuple[TextBlock, ...]:
    """The footer line: `left` (the map title, cut to one line) and `right` (the page number)."""
    baseline_top = page_h - MARGIN - FOOTER_SIZE * 0.9
    right_w = text_width(right, FOOTER_SIZE, FontWeight.REGULAR)
    right_x = page_w - left_margin - right_w
    blocks = [text_block(right, right_x, baseline_top, right_w + 1.0, FOOTER_SIZE,
                         FOOTER_SIZE, FontWeight.REGULAR, style.muted_ink)]
    if left:
        room = right_x - left_margin - 24.0
        line = text_block(left, left_margin, baseline_top, room, FOOTER_SIZE, FOOTER_SIZE,
                          FontWeight.REGULAR, style.muted_ink)
        # A running title is a reminder, not content: its first line is enough.
        first = line.lines[:1]
        if len(line.lines) > 1:
            first = (first[0].rstrip(" ,;:\u2014-") + " \u2026",)
        blocks.append(TextBlock(first, line.x, line.baselines[:1], line.size, line.weight,
                                line.color, line.width))
    return tuple(blocks)


def accent_strip(page_w: float, style: LayoutStyle) -> tuple[tuple[Rect, str], ...]:
    """The thin two-colour strip along the top edge that marks every page as one document."""
    return ((Rect(0.0, 0.0, page_w, ACCENT_HEIGHT), style.stage_fill),
            (Rect(0.0, ACCENT_HEIGHT, page_w, 1.6), style.phase_fill))
