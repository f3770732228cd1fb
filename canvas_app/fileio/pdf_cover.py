"""The cover page: the client's logo, the map's title, type and framework, its description, the
persona and the date.

Text flows down two columns (the map on the left, the persona on the right) and on to further
pages if a long description or persona needs them: like the board, the cover never cuts text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.fileio.pdf_photo import CheckedPhoto, check_photo, draw_photo, fitted
from canvas_app.fileio.pdf_labels import framework_label, map_type_label
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import Rect, TextBlock
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import text_block, wrap_text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_WORDS = {
    "en": {"framework": "Framework", "persona": "Persona", "date": "Date",
           "demographics": "Demographics", "goals_motivations": "Goals and motivations",
           "pain_points": "Pain points", "bio": "Background", "also": "Also mapped",
           "made": "Made with Journey Canvas"},
    "vi": {"framework": "Mô hình", "persona": "Chân dung khách hàng", "date": "Ngày",
           "demographics": "Nhân khẩu học", "goals_motivations": "Mục tiêu và động lực",
           "pain_points": "Điểm đau", "bio": "Tiểu sử", "also": "Các chân dung khác",
           "made": "Tạo bằng Journey Canvas"},
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_PERSONA_FIELDS = ("demographics", "goals_motivations", "pain_points", "bio")
_COLUMN_BREAK = None
CARD_PADDING = 18.0
COVER_SHRINK_STEPS = (0.94, 0.88, 0.82)
# The logo sits in the top-left corner above the title, within this box (points): a wide logo is
# limited by the width, a square one by the height, so both read at a similar weight.
LOGO_MAX_WIDTH = 180.0
LOGO_MAX_HEIGHT = 72.0
LOGO_TOP = 38.0
LOGO_GAP = 14.0  # between the logo and the first line of text


@dataclass(frozen=True)
class _Para:
    text: str
    size: float
    weight: FontWeight
    color: str
    space_before: float = 0.0
    leading_factor: float = 1.3


@dataclass(frozen=True)
class CoverPage:
    """One cover page: its text blocks, the persona card behind them, first page or not."""

    blocks: tuple[TextBlock, ...]
    first: bool
    card: Rect | None
    logo: CheckedPhoto | None = None  # first page only
    logo_rect: Rect | None = None


def format_date(date: datetime.date, language: str) -> str:
    if language == "vi":
        return f"{date.day} tháng {date.month} năm {date.year}"
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def cover_pages(journey: JourneyMap, date: datetime.date, page_w: float, page_h: float,
                style: LayoutStyle, persona_fields: tuple[str, ...] = _PERSONA_FIELDS
                ) -> list[CoverPage]:
    """The cover's text, flowed into two columns over as many pages as it needs; the persona
    card shows `persona_fields` (a report, with a page per persona, shows only the first).

    Text that overflows one page by a little is set slightly smaller instead, so a cover never
    ends in a second page holding a line or two; more than that flows on at full size.
    """
    margin = 54.0
    logo = check_photo(journey.logo)
    logo_rect = None
    top = max(margin + 30.0, page_h * 0.2)  # the first lines sit a fifth of the way down
    if logo is not None:
        # An unreadable logo is left out (check_photo refuses it), never a broken cover.
        logo_rect = fitted(logo, Rect(margin, LOGO_TOP, LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT))
        logo_rect = Rect(margin, logo_rect.y, logo_rect.width, logo_rect.height)
        top = max(top, logo_rect.bottom + LOGO_GAP)
    full = _flow(journey, date, page_w, page_h, style, persona_fields, 1.0, top)
    if len(full) > 1:
        for factor in COVER_SHRINK_STEPS:
            smaller = _flow(journey, date, page_w, page_h, style, persona_fields, factor, top)
            if len(smaller) == 1:
                full = smaller
                break
    if logo is not None:
        first = full[0]
        full[0] = CoverPage(first.blocks, first.first, first.card, logo, logo_rect)
    return full


def _flow(journey: JourneyMap, date: datetime.date, page_w: float, page_h: float,
          style: LayoutStyle, persona_fields: tuple[str, ...], factor: float,
          top: float) -> list[CoverPage]:
    margin = 54.0
    gutter = 48.0
    left_w = (page_w - 2 * margin - gutter) * 0.55
    right_w = page_w - 2 * margin - gutter - left_w
    bottom = page_h - margin - 24.0
    columns = [Rect(margin, top, left_w, bottom - top),
               Rect(margin + left_w + gutter + CARD_PADDING, top, right_w - 2 * CARD_PADDING,
                    bottom - top)]
    pages: list[list[TextBlock]] = [[]]
    persona_extent: list[tuple[float, float] | None] = [None]
    column = 0
    y = columns[0].y

    def next_column() -> None:
        nonlocal column, y
        column += 1
        if column == len(columns):
            pages.append([])
            persona_extent.append(None)
            column = 0
        y = columns[column].y

    for para in _paragraphs(journey, date, style, persona_fields):
        if para is None:  # the column break before the persona
            next_column()
            continue
        para = _Para(para.text, para.size * factor, para.weight, para.color,
                     para.space_before * factor, para.leading_factor)
        leading = para.size * para.leading_factor
        if y > columns[column].y:
            y += para.space_before
        for line in wrap_text(para.text, columns[column].width, para.size, para.weight) or ("",):
            if y + leading > columns[column].bottom and y > columns[column].y:
                next_column()
            area = columns[column]
            pages[-1].append(text_block(line, area.x, y, area.width, para.size, leading,
                                        para.weight, para.color))
            if column == 1:
                extent = persona_extent[-1]
                persona_extent[-1] = (extent[0] if extent else y, y + leading)
            y += leading
    covers = []
    for index, blocks in enumerate(pages):
        extent = persona_extent[index]
        card = None
        if extent is not None:
            card = Rect(columns[1].x - CARD_PADDING, extent[0] - CARD_PADDING,
                        columns[1].width + 2 * CARD_PADDING,
                        extent[1] - extent[0] + 2 * CARD_PADDING)
        covers.append(CoverPage(tuple(blocks), index == 0, card))
    return covers


def _paragraphs(journey: JourneyMap, date: datetime.date, style: LayoutStyle,
                persona_fields: tuple[str, ...]) -> list[_Para | None]:
    words = _WORDS.get(journey.language.value, _WORDS["en"])
    semibold, regular = FontWeight.SEMIBOLD, FontWeight.REGULAR
    kicker = map_type_label(journey)
    if journey.framework:
        name = framework_label(journey.framework, journey.language.value)
        kicker += f"  \u00b7  {words['framework']}: {name}"
    paras: list[_Para | None] = [
        _Para(kicker.upper(), 10.5, semibold, style.phase_fill),
        _Para(journey.title or map_type_label(journey), 30.0, semibold, style.ink, 8.0, 1.2),
    ]
    if journey.description:
        paras.append(_Para(journey.description, 12.5, regular, style.muted_ink, 14.0, 1.45))
    paras.append(_Para(f"{words['date']}: {format_date(date, journey.language.value)}", 11.0,
                       regular, style.muted_ink, 22.0))
    paras.append(_COLUMN_BREAK)
    if journey.personas:
        persona = journey.personas[0]
        paras.append(_Para(words["persona"].upper(), 10.5, semibold, style.phase_fill))
        paras.append(_Para(persona.name, 20.0, semibold, style.ink, 6.0, 1.2))
        if persona.quote:
            paras.append(_Para(f"\u201c{persona.quote}\u201d", 13.0, regular, style.muted_ink,
                               8.0, 1.4))
        for field in persona_fields:
            value = getattr(persona, field)
            if value:
                paras.append(_Para(words[field], 10.0, semibold, style.ink, 12.0))
                paras.append(_Para(value, 11.5, regular, style.ink, 2.0, 1.35))
        others = [p.name for p in journey.personas[1:]]
        if others:
            paras.append(_Para(words["also"], 10.0, semibold, style.ink, 12.0))
            paras.append(_Para(", ".join(others), 11.5, regular, style.ink, 2.0))
    return paras


def made_with(journey: JourneyMap) -> str:
    return _WORDS.get(journey.language.value, _WORDS["en"])["made"]


def draw_cover_page(canvas: "Canvas", ink: Ink, page: CoverPage, width: float, height: float,
                    style: LayoutStyle) -> None:
    """The band along the top (first page), the logo, the persona card and the text of one
    cover page."""
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
    if page.logo is not None and page.logo_rect is not None:
        ink.flush()  # the image goes between content flushes, in its own graphics state
        draw_photo(canvas, page.logo, page.logo_rect, height)
    ink.begin_text()
    for block in page.blocks:
        ink.text_block(block)
    ink.end_text()
