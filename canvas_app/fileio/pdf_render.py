"""Builds the PDF document: fonts, metadata, outline, then the pages of the chosen layout (the
optional cover and the board pages of a plan here; the report in pdf_report).

Every page is set up with y pointing down (`1 0 0 -1 0 H cm`) so the layout's top-left
coordinates are used as they are.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, BinaryIO

from canvas_app.fileio.pdf_bookmarks import Outline
from canvas_app.fileio.pdf_draw import NoteIndex, draw_placements
from canvas_app.fileio.pdf_export import PdfOptions, creator
from canvas_app.fileio.pdf_fonts import font_name, register_fonts
from canvas_app.fileio.pdf_ink import Ink, begin_page
from canvas_app.fileio.pdf_labels import framework_label, map_type_label
from canvas_app.fileio.pdf_pages import PagePlan, fit_plan, paper_size, poster_plan
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.layout_style import LayoutStyle

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_BOARD_WORDS = {"en": ("Cover", "Map", "Row {row}"), "vi": ("Trang bìa", "Bản đồ", "Hàng {row}")}


def render(journey: JourneyMap, options: PdfOptions, out: BinaryIO,
           style: LayoutStyle = DEFAULT_STYLE) -> None:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_fonts()
    layout = compute_layout(journey, style)
    title = journey.title or map_type_label(journey)
    language = journey.language.value
    plans: list[PagePlan] = []
    if options.layout == "poster":
        plans = poster_plan(layout, title, style)
    elif options.layout == "fit":
        plans = fit_plan(layout, title, options.paper, style, options.orientation)
    elif options.layout == "tiled":
        from canvas_app.fileio.pdf_tiles import tiled_plan

        plans = tiled_plan(layout, title, options.paper, language, style, options.orientation)
    first_size = (plans[0].width, plans[0].height) if plans else paper_size(
        options.paper, options.orientation)
    canvas = Canvas(out, pagesize=first_size,
                    initialFontName=font_name(FontWeight.REGULAR),  # type: ignore[arg-type]  # stub is wrong
                    pageCompression=1)
    _set_metadata(canvas, journey, title)
    ink = Ink(canvas, fonts)
    outline = Outline(canvas)
    if options.layout == "report":
        from canvas_app.fileio.pdf_report import render_report

        render_report(canvas, ink, outline, journey, layout, options, style)
    else:
        words = _BOARD_WORDS.get(language, _BOARD_WORDS["en"])
        if options.cover:
            outline.mark(words[0], 0)
            _draw_cover(canvas, ink, journey, options, style)
        if options.layout == "tiled":
            _draw_tiles(canvas, ink, outline, layout, plans, language, style)
        else:
            outline.mark(title or words[1], 0)
            _draw_page(canvas, ink, layout, plans[0], None)
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


def _draw_page(canvas: "Canvas", ink: Ink, layout: BoardLayout, plan: PagePlan,
               index: NoteIndex | None, style: LayoutStyle = DEFAULT_STYLE) -> None:
    begin_page(canvas, ink, plan.width, plan.height)
    if plan.heading is not None:
        ink.begin_text()
        ink.text_block(plan.heading)
        ink.end_text()
    draw_placements(ink, layout, plan.placements, index)
    if plan.tile is not None:
        from canvas_app.fileio.pdf_tiles import draw_tile_marks

        draw_tile_marks(canvas, ink, plan, style)
    ink.flush()
    canvas.showPage()


def _draw_tiles(canvas: "Canvas", ink: Ink, outline: "Outline", layout: BoardLayout,
                plans: list[PagePlan], language: str, style: LayoutStyle) -> None:
    """The assembly guide first (when there is more than one sheet), then the sheets, each row
    of sheets one outline entry with an entry per sheet under it."""
    from canvas_app.fileio.pdf_tiles import (
        assembly_guide,
        draw_assembly_guide,
        tile_label,
        words,
    )

    if len(plans) > 1:
        outline.show()
        guide = assembly_guide(layout, plans, language, style)
        tile = plans[0].tile
        assert tile is not None
        outline.mark(words(language)["guide"].format(rows=tile.rows, columns=tile.columns), 0)
        begin_page(canvas, ink, guide.width, guide.height)
        draw_assembly_guide(ink, guide, layout, style)
        canvas.showPage()
    index = NoteIndex(layout.notes)
    row_word = _BOARD_WORDS.get(language, _BOARD_WORDS["en"])[2]
    for plan in plans:
        tile = plan.tile
        if tile is not None and len(plans) > 1:
            if tile.column == 1:
                outline.mark(row_word.format(row=tile.row), 0, closed=True)
            outline.mark(tile_label("", tile.row, tile.column, tile.rows, tile.columns, language),
                         1)
        _draw_page(canvas, ink, layout, plan, index, style)


def _draw_cover(canvas: "Canvas", ink: Ink, journey: JourneyMap, options: PdfOptions,
                style: LayoutStyle) -> None:
    from canvas_app.fileio.pdf_cover import cover_pages, draw_cover_page, made_with

    width, height = paper_size(options.paper, options.orientation)
    date = options.date or datetime.date.today()
    for page in cover_pages(journey, date, width, height, style):
        begin_page(canvas, ink, width, height)
        draw_cover_page(canvas, ink, page, width, height, style)
        ink.begin_text()
        ink.fill_color(style.muted_ink)
        ink.text_line(made_with(journey), 54.0, height - 30.0, 9.0, FontWeight.REGULAR)
        ink.end_text()
        ink.flush()
        canvas.showPage()
