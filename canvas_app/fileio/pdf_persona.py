"""Persona pages of the report, laid out like a persona card: a card at the left with the photo
(or initials), the quote and demographics; every other field in columns beside it; long text
continues on further pages, never cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from canvas_app.fileio.pdf_flow import LEAVE_FIRST_FRAME, Para, flow
from canvas_app.fileio.pdf_photo import CheckedPhoto, check_photo, fitted
from canvas_app.fileio.pdf_report_frame import content_box, page_head
from canvas_app.fileio.pdf_words import PERSONA_FIELDS, report_words
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import Rect, TextBlock
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block, text_width
from canvas_app.model.records import Persona

CARD_PADDING = 14.0
GUTTER = 24.0
PHOTO_MAX_HEIGHT = 170.0
INITIALS_DIAMETER = 72.0


@dataclass(frozen=True, slots=True)
class PersonaPage:
    kicker: str
    heading: str
    blocks: tuple[TextBlock, ...]
    card: Rect | None  # the card's background, on the first page
    photo: CheckedPhoto | None
    photo_rect: Rect | None  # where the photo goes (first page, when there is one)
    badge: Rect | None  # the initials' circle (first page), drawn when there is no photo
    initials: TextBlock | None


def initials(name: str) -> str:
    letters = [word[0] for word in name.split() if word[:1].isalnum()]
    if not letters:
        return "?"
    return (letters[0] + (letters[-1] if len(letters) > 1 else "")).upper()


def persona_pages(journey: JourneyMap, persona: Persona, index: int, page_w: float,
                  page_h: float, style: LayoutStyle) -> list[PersonaPage]:
    """The pages of persona number `index` (from 1)."""
    language = journey.language.value
    words = report_words(language)
    kicker = words["persona"].format(index=index, count=len(journey.personas))
    heading = persona.name or kicker
    head = page_head(kicker, heading, page_w, style)
    box = content_box(head, page_w, page_h)
    continued = f"{heading} ({words['continued']})"
    later = content_box(page_head(kicker, continued, page_w, style), page_w, page_h)
    wide = box.width >= 600.0
    card_w = min(250.0, box.width * 0.3) if wide else box.width * 0.4
    inner = Rect(box.x + CARD_PADDING, box.y + CARD_PADDING, card_w - 2 * CARD_PADDING,
                 box.height - 2 * CARD_PADDING)
    photo = check_photo(persona.photo)
    size = INITIALS_DIAMETER
    # The initials stand in for a missing photo, or for one reportlab turns out unable to read.
    badge = Rect(inner.x + (inner.width - size) / 2, inner.y, size, size)
    letters = initials(persona.name)
    letter_size = 26.0
    letters_w = text_width(letters, letter_size, FontWeight.SEMIBOLD)
    letters_h = block_height(1, letter_size, letter_size, FontWeight.SEMIBOLD)
    initials_block = text_block(letters, badge.x + (size - letters_w) / 2,
                                badge.y + (size - letters_h) / 2, letters_w + 1.0, letter_size,
                                letter_size, FontWeight.SEMIBOLD, style.ink_on_dark)
    photo_rect = None
    text_top = badge.bottom + 12.0
    if photo is not None:
        photo_rect = fitted(photo, Rect(inner.x, inner.y, inner.width,
                                        min(PHOTO_MAX_HEIGHT, inner.height / 2)))
        text_top = max(photo_rect.bottom, badge.bottom) + 12.0
    right_x = box.x + card_w + GUTTER
    right_w = box.right - right_x
    if wide:
        column_w = (right_w - GUTTER) / 2
        first_frames = [Rect(inner.x, text_top, inner.width, inner.bottom - text_top),
                        Rect(right_x, box.y, column_w, box.height),
                        Rect(right_x + column_w + GUTTER, box.y, column_w, box.height)]
        # Later pages: two wide columns (at least as wide as page one's, so lines still fit).
        half = (later.width - GUTTER) / 2
        later_frames = [Rect(later.x, later.y, half, later.height),
                        Rect(later.x + half + GUTTER, later.y, half, later.height)]
    else:
        first_frames = [Rect(inner.x, text_top, inner.width, inner.bottom - text_top),
                        Rect(right_x, box.y, right_w, box.height)]
        later_frames = [later]

    flowed = flow(_paragraphs(journey, persona, style),
                  lambda page: first_frames if page == 0 else later_frames)
    pages = []
    for number, placed in enumerate(flowed):
        first = number == 0
        card = None
        if first:
            used = placed.used.get(0)
            bottom = (used[1] if used else text_top - 12.0) + CARD_PADDING
            card = Rect(box.x, box.y, card_w, min(bottom, box.bottom) - box.y)
        pages.append(PersonaPage(
            kicker, heading if first else continued,
            tuple(placed.blocks), card, photo if first else None,
            photo_rect if first else None, badge if first else None,
            initials_block if first else None))
    return pages


def _paragraphs(journey: JourneyMap, persona: Persona, style: LayoutStyle) -> list[Para | None]:
    language = journey.language.value
    words = report_words(language)
    regular, semibold = FontWeight.REGULAR, FontWeight.SEMIBOLD
    paras: list[Para | None] = []
    if persona.quote:
        paras.append(Para(f"\u201c{persona.quote}\u201d", 12.5, regular, style.muted_ink, 0.0,
                          1.4))
    for number, (field, english, vietnamese) in enumerate(PERSONA_FIELDS):
        if number == 1:
            paras.append(LEAVE_FIRST_FRAME)  # the card holds the quote and demographics only
        value: str = getattr(persona, field)
        if not value:
            continue
        label = vietnamese if language == "vi" else english
        paras.append(Para(label.upper(), 8.5, semibold, style.phase_fill, 12.0, 1.3, True))
        paras.append(Para(value, 10.5, regular, style.ink, 2.0, 1.42))
    attributed = sum(1 for note in journey.notes if note.persona == persona.id)
    if attributed:
        paras.append(Para(words["notes_count"].format(count=attributed), 9.5, regular,
                          style.muted_ink, 16.0))
    return paras
