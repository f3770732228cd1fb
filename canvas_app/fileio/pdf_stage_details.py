"""Draws the funnel row and the campaign band (model/layout_stage_details) onto a PDF page.

Like pdf_draw, it only turns layout records into operators: fills and borders first, then the
text in one text object. Tiles draw whatever part meets their region (the sheets are glued back
into one poster). Report pages are read one by one, so there a drop-off label that the page's
right edge would cut is left to the next page, which shows it whole at its left edge, beside the
stage the people dropped off before reaching.
"""

from __future__ import annotations

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.model.layout_geometry import BoardLayout, Rect, TextBlock

_CARD_RADIUS = 4.0
_CARD_BORDER_WIDTH = 0.6
_EDGE_GAP = 3.0  # between a page's first column edge and a drop-off label moved onto it


def draw_stage_rows(ink: Ink, layout: BoardLayout, area: Rect, whole_labels: bool = False) -> None:
    """The funnel row and the campaign band of `layout`, where they meet `area` (with
    `whole_labels`, report pages: drop-off labels never cut by the area's edges)."""
    funnel, band = layout.funnel, layout.details_band
    if funnel is None and band is None:
        return
    texts: list[TextBlock] = []
    for strip in (funnel.strip if funnel else None, band):
        if strip is not None and strip.rect.intersects(area):
            ink.fill_color(strip.fill)
            ink.rect(strip.rect)
            texts.append(strip.title)
    if funnel is not None and funnel.strip.rect.intersects(area):
        # Only what meets the area: text outside it would be clipped from sight but still be
        # in the page's text (found by search, copied with a selection).
        for bar in funnel.bars:
            if bar.bar is not None and bar.bar.intersects(area):
                ink.fill_color(bar.fill)
                ink.rect(bar.bar)
            if _meets(bar.label, area):
                texts.append(bar.label)
        for drop in funnel.drops:
            label = _whole_label(drop.label, area) if whole_labels else drop.label
            if label is not None and _meets(label, area):
                texts.append(label)
    if band is not None and band.rect.intersects(area):
        ink.line_width(_CARD_BORDER_WIDTH)
        for box in layout.details:
            if box.rect.intersects(area):
                ink.fill_color(box.fill)
                ink.stroke_color(box.border)
                ink.round_rect(box.rect, _CARD_RADIUS)
                texts.extend(box.blocks)
    ink.begin_text()
    for block in texts:
        ink.text_block(block)
    ink.end_text()


def _meets(block: TextBlock, area: Rect) -> bool:
    """Whether a row's text block reaches into `area` across (the rows lie in the header band,
    so only the horizontal extent tells the pages and the lane-title corner apart)."""
    return block.x < area.right and block.x + block.width > area.x


def _whole_label(block: TextBlock, area: Rect) -> TextBlock | None:
    """`block` as a report page shows it: as is when it lies within `area`; moved right to start
    at the area's left edge when that edge cuts it (the page of the stage after the drop); left
    out when the right edge cuts it (that page ends before the next stage)."""
    left, right = block.x, block.x + block.width
    if left >= area.x and right <= area.right:
        return block
    if right > area.right or right <= area.x or left >= area.right:
        return None
    moved = area.x + _EDGE_GAP
    if moved + block.width > area.right:
        return None
    return block._replace(x=moved)
