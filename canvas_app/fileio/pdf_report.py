"""The report layout: a paginated deliverable on one paper size — the cover, a page per persona,
the journey at a glance (emotion curves and legend), then the board section by section — with
"page N of M" on every page and an outline entry for every section.

Pages are planned first (so the page count is known), then drawn one by one.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from canvas_app.fileio.pdf_bookmarks import Outline
from canvas_app.fileio.pdf_chart import emotion_chart
from canvas_app.fileio.pdf_cover import CoverPage, cover_pages, draw_cover_page, made_with
from canvas_app.fileio.pdf_draw import NoteIndex, draw_placements
from canvas_app.fileio.pdf_export import PdfOptions
from canvas_app.fileio.pdf_ink import Ink, begin_page
from canvas_app.fileio.pdf_labels import map_type_label
from canvas_app.fileio.pdf_legend import legend_items
from canvas_app.fileio.pdf_pages import Placement, paper_size
from canvas_app.fileio.pdf_persona import PersonaPage, persona_pages
from canvas_app.fileio.pdf_photo import draw_photo
from canvas_app.fileio.pdf_report_frame import accent_strip, content_box, footer, page_head
from canvas_app.fileio.pdf_report_plan import board_sections
from canvas_app.fileio.pdf_stack import Item, Placed, stack, text_item
from canvas_app.fileio.pdf_words import report_words
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.layout_style import LayoutStyle

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

COVER_MARGIN = 54.0  # the cover's own margin (pdf_cover), which its footer follows

Draw = Callable[["Canvas", Ink], None]


@dataclass(frozen=True, slots=True)
class Mark:
    """An outline entry on a page: its title, level and the y (from the top) it points at."""

    title: str
    level: int
    y: float | None = None
    closed: bool = False


@dataclass(slots=True)
class ReportPage:
    draw: Draw
    kicker: str = ""
    heading: str = ""
    cover: bool = False
    marks: list[Mark] = field(default_factory=list)


def plan_report(journey: JourneyMap, layout: BoardLayout, options: PdfOptions,
                style: LayoutStyle) -> list[ReportPage]:
    """Every page of the report, in order, ready to draw."""
    page_w, page_h = paper_size(options.paper, options.orientation)
    words = report_words(journey.language.value)
    pages = _cover(journey, options.date or datetime.date.today(), page_w, page_h, style)
    pages[0].marks.append(Mark(words["cover"], 0))
    for index, persona in enumerate(journey.personas, start=1):
        persona_set = [_persona_page(page, page_h, style) for page in
                       persona_pages(journey, persona, index, page_w, page_h, style)]
        if index == 1:
            persona_set[0].marks.append(Mark(words["personas"], 0))
        persona_set[0].marks.append(Mark(persona.name or persona_set[0].kicker, 1))
        pages += persona_set
    pages += _overview(journey, layout, page_w, page_h, style)
    notes = NoteIndex(layout.notes)
    for number, section in enumerate(board_sections(journey, layout, page_w, page_h, style)):
        for page_number, plan in enumerate(section.pages):
            page = ReportPage(_board_drawer(layout, plan.placements, notes), section.kicker,
                              section.headings[page_number])
            if page_number == 0 and number == 0:
                page.marks.append(Mark(words["map"], 0))
            page.marks += [Mark(entry.title, 1) for entry in section.entries
                           if entry.page == page_number]
            pages.append(page)
    return pages


def render_report(canvas: "Canvas", ink: Ink, outline: Outline, journey: JourneyMap,
                  layout: BoardLayout, options: PdfOptions, style: LayoutStyle) -> None:
    page_w, page_h = paper_size(options.paper, options.orientation)
    words = report_words(journey.language.value)
    pages = plan_report(journey, layout, options, style)
    title = journey.title or map_type_label(journey)
    outline.show()
    for number, page in enumerate(pages, start=1):
        for mark in page.marks:
            outline.mark(mark.title, mark.level, None if mark.y is None else page_h - mark.y,
                         mark.closed)
        begin_page(canvas, ink, page_w, page_h)
        if not page.cover:
            for rect, color in accent_strip(page_w, style):
                ink.fill_color(color)
                ink.rect(rect)
        page.draw(canvas, ink)
        number_text = words["page"].format(page=number, pages=len(pages))
        if page.cover:
            blocks = footer(made_with(journey), number_text, page_w, page_h, style, COVER_MARGIN)
        else:
            blocks = page_head(page.kicker, page.heading, page_w, style).blocks + footer(
                title, number_text, page_w, page_h, style)
        ink.begin_text()
        for block in blocks:
            ink.text_block(block)
        ink.end_text()
        ink.flush()
        canvas.showPage()


def _cover(journey: JourneyMap, date: datetime.date, page_w: float, page_h: float,
           style: LayoutStyle) -> list[ReportPage]:
    def drawer(page: CoverPage) -> Draw:
        return lambda canvas, ink: draw_cover_page(canvas, ink, page, page_w, page_h, style)

    # Each persona has a page of its own: the cover's card only introduces the first.
    return [ReportPage(drawer(page), cover=True)
            for page in cover_pages(journey, date, page_w, page_h, style, ("demographics",))]


def _persona_page(page: PersonaPage, page_h: float, style: LayoutStyle) -> ReportPage:
    def draw(canvas: "Canvas", ink: Ink) -> None:
        if page.card is not None:
            ink.fill_color(style.lane_header_fill)
            ink.stroke_color(style.grid_color)
            ink.line_width(0.6)
            ink.round_rect(page.card, 8.0)
        drawn = False
        if page.photo is not None and page.photo_rect is not None:
            ink.flush()
            drawn = draw_photo(canvas, page.photo, page.photo_rect, page_h)
            ink.reset_state()
        if not drawn and page.badge is not None and page.initials is not None:
            ink.fill_color(style.phase_fill)
            ink.stroke_color(style.background)
            ink.circle(page.badge.center, page.badge.width / 2)
            ink.begin_text()
            ink.text_block(page.initials)
            ink.end_text()
        ink.begin_text()
        for block in page.blocks:
            ink.text_block(block)
        ink.end_text()

    return ReportPage(draw, page.kicker, page.heading)


def _overview(journey: JourneyMap, layout: BoardLayout, page_w: float, page_h: float,
              style: LayoutStyle) -> list[ReportPage]:
    """Emotion curves of the whole journey, then the legend, stacked over as many pages as they
    need (none when the map has neither)."""
    words = report_words(journey.language.value)
    head = page_head("", words["overview"], page_w, style)
    box = content_box(head, page_w, page_h)
    items: list[Item] = []
    curves = [curve for curve in layout.curves if curve.points]
    if curves:
        items.append(text_item(words["emotions"], box.width, 13.5, FontWeight.SEMIBOLD,
                               style.phase_fill, 1.3, keep_with_next=True,
                               bookmark=words["emotions"]))
        items.append(text_item(words["emotions_hint"], box.width, 9.5, FontWeight.REGULAR,
                               style.muted_ink, 1.35, keep_with_next=True))
        items += [emotion_chart(journey, layout, curve, box.width, style) for curve in curves]
    items += legend_items(journey, layout, box.width, style, words["legend"])
    if not items:
        return []
    pages = []
    for placed in stack(items, box):
        def draw(canvas: "Canvas", ink: Ink, placed: list[Placed] = placed) -> None:
            for entry in placed:
                entry.item.draw(ink, box.x, entry.y)

        page = ReportPage(draw, "", words["overview"])
        page.marks += [Mark(entry.item.bookmark, 0, entry.y - 8.0) for entry in placed
                       if entry.item.bookmark]
        pages.append(page)
    return pages


def _board_drawer(layout: BoardLayout, placements: tuple[Placement, ...],
                  index: NoteIndex) -> Draw:
    def draw(canvas: "Canvas", ink: Ink) -> None:
        draw_placements(ink, layout, placements, index, whole_labels=True)
        ink.reset_state()

    return draw
