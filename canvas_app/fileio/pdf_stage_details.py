"""Draws the funnel row and the campaign band (model/layout_stage_details) onto a PDF page.

Like pdf_draw, it only turns layout records into operators: fills and borders first, then the
text in one text object. Tiles and report pages draw whatever part meets their region.
"""

from __future__ import annotations

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.model.layout_geometry import BoardLayout, Rect, TextBlock

_CARD_RADIUS = 4.0
_CARD_BORDER_WIDTH = 0.6


def draw_stage_rows(ink: Ink, layout: BoardLayout, area: Rect) -> None:
    """The funnel row and the campaign band of `layout`, where they meet `area`."""
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
        for bar in funnel.bars:
            if bar.bar is not None:
                ink.fill_color(bar.fill)
                ink.rect(bar.bar)
            texts.append(bar.label)
        texts.extend(drop.label for drop in funnel.drops)
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
