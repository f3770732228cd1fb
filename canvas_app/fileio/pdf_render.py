"""Builds the PDF document: fonts, metadata, the optional cover, then the board pages of a plan.

Every page is set up with y pointing down (`1 0 0 -1 0 H cm`) so the layout's top-left
coordinates are used as they are.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, BinaryIO

from canvas_app.fileio.pdf_labels import framework_label, map_type_label
from canvas_app.fileio.pdf_draw import NoteIndex, draw_board
from canvas_app.fileio.pdf_export import PdfOptions, creator
from canvas_app.fileio.pdf_fonts import font_name, register_fonts
from canvas_app.fileio.pdf_ink import Ink
from canvas_app.fileio.pdf_pages import (
    PAPERS,
    PagePlan,
    fit_plan,
    poster_plan,
    tiled_plan,
)
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.model.layout_geometry import BoardLayout, Rect
from canvas_app.model.layout_style import LayoutStyle

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def render(journey: JourneyMap, options: PdfOptions, out: BinaryIO,
           style: LayoutStyle = DEFAULT_STYLE) -> None:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_fonts()
    layout = compute_layout(journey, style)
    title = journey.title or map_type_label(journey)
    language = journey.language.value
    if options.layout == "poster":
        plans = poster_plan(layout, title, style)
    elif options.layout == "fit":
        plans = fit_plan(layout, title, options.paper, style)
    else:
        plans = tiled_plan(layout, title, options.paper, language, style)

    canvas = Canvas(out, pagesize=(plans[0].width, plans[0].height),
                    initialFontName=font_name(FontWeight.REGULAR),  # type: ignore[arg-type]  # stub is wrong
                    pageCompression=1)
    _set_metadata(canvas, journey, title)
    ink = Ink(canvas, fonts)
    if options.cover:
        _draw_cover(canvas, ink, journey, options, style)
    index = NoteIndex(layout.notes) if options.layout == "tiled" else None
    for plan in plans:
        _draw_page(canvas, ink, layout, plan, index)
    # ASCII85 on top of zlib makes streams 25 % bigger and, in pure Python, costs more time
    # than all the drawing: write plain zlib streams (the module-level switch, restored).
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = saved


def _set_metadata(canvas: "Canvas", journey: JourneyMap, title: str) -> None:
    subject = map_type_label(journey)
    if journey.framework:
        subject += f" \u00b7 {framework_label(journey.framework, journey.language.value)}"
    canvas.setTitle(title)
    author = journey.personas[0].name if journey.personas else creator().rsplit(" ", 1)[0]
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(creator())
    keywords = ["customer journey map", journey.map_type.value]
    if journey.framework:
        keywords.append(journey.framework)
    keywords += [lane.title for lane in journey.lanes[:12]]
    canvas.setKeywords(", ".join(dict.fromkeys(keywords)))


def _begin_page(canvas: "Canvas", ink: Ink, width: float, height: float) -> None:
    canvas.setPageSize((width, height))
    ink.reset_state()
    ink.ops.append(f"1 0 0 -1 0 {height:.3f} cm")


def _draw_page(canvas: "Canvas", ink: Ink, layout: BoardLayout, plan: PagePlan,
               index: NoteIndex | None) -> None:
    _begin_page(canvas, ink, plan.width, plan.height)
    if plan.heading is not None:
        ink.begin_text()
        ink.text_block(plan.heading)
        ink.end_text()
    whole = len(plan.placements) == 1 and plan.placements[0].region == layout.rect
    for placement in plan.placements:
        region = placement.region
        if region.width <= 0 or region.height <= 0:
            continue
        ink.save()
        ink.clip(placement.page_rect)
        scale = placement.scale
        ink.transform(scale, placement.origin.x - region.x * scale,
                      placement.origin.y - region.y * scale)
        draw_board(ink, layout, None if whole else region, index, pin_titles=not whole)
        ink.restore()
    ink.flush()
    canvas.showPage()


def _draw_cover(canvas: "Canvas", ink: Ink, journey: JourneyMap, options: PdfOptions,
                style: LayoutStyle) -> None:
    from canvas_app.fileio.pdf_cover import cover_pages, made_with

    width, height = PAPERS[options.paper]
    date = options.date or datetime.date.today()
    for page in cover_pages(journey, date, width, height, style):
        _begin_page(canvas, ink, width, height)
        if page.first:
            ink.fill_color(style.stage_fill)
            ink.rect(Rect(0.0, 0.0, width, 14.0))
            ink.fill_color(style.phase_fill)
            ink.rect(Rect(0.0, 14.0, width, 4.0))
        if page.card is not None:
            ink.fill_color(style.lane_header_fill)
            ink.stroke_color(style.grid_color)
            ink.line_width(0.6)
            ink.round_rect(page.card, 8.0)
        ink.begin_text()
        for block in page.blocks:
            ink.text_block(block)
        ink.fill_color(style.muted_ink)
        ink.text_line(made_with(journey), 54.0, height - 30.0, 9.0, FontWeight.REGULAR)
        ink.end_text()
        ink.flush()
        canvas.showPage()
