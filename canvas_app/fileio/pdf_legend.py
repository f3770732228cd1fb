"""The report's legend: the note kinds the map uses with their colours and glyphs (the marks the
notes carry, so a kind never shows by colour alone), the other colours the team chose, the lanes
and their kinds, the service-blueprint lines and the other marks, each entry a small sample beside
its words, in rows of columns that stack down the page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from canvas_app.fileio.pdf_glyphs import begin_glyphs, draw_glyph, end_glyphs
from canvas_app.fileio.pdf_ink import Ink
from canvas_app.fileio.pdf_stack import Item, text_item
from canvas_app.fileio.pdf_words import lane_kind_label, report_words
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kind_glyphs import glyph_box
from canvas_app.model.kinds import (
    DEFAULT_NOTE_KIND,
    KIND_COLORS,
    KIND_LABELS,
    LINE_LABELS,
    NoteKind,
)
from canvas_app.model.layout_geometry import BoardLayout, Point, Rect, TextBlock
from canvas_app.model.layout_notes import note_ink
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block
from canvas_app.model.text import fold

SWATCH_W = 28.0
SWATCH_H = 16.0
TEXT_GAP = 8.0
MIN_CELL = 190.0
LABEL_SIZE = 9.5
LABEL_LEADING = 12.5
ROW_GAP = 7.0

SwatchKind = Literal["note", "line", "curve", "connector", "footer"]


@dataclass(frozen=True, slots=True)
class Swatch:
    kind: SwatchKind
    fill: str = "#FFFFFF"
    color: str = "#000000"
    dash: tuple[float, ...] = ()
    # A note kind's glyph, in the sample's top-right corner as on the board's notes.
    glyph: NoteKind = NoteKind.NOTE


@dataclass(frozen=True, slots=True)
class LegendRow:
    """One row of legend entries: (x offset, sample, words laid out at the row's top)."""

    height: float
    cells: tuple[tuple[float, Swatch, TextBlock], ...]
    style: LayoutStyle
    space_before: float = 0.0
    keep_with_next: bool = False
    bookmark: str | None = None

    def draw(self, ink: Ink, x: float, y: float) -> None:
        ink.save()
        ink.transform(1.0, x, y)
        for offset, swatch, _ in self.cells:
            _draw_swatch(ink, swatch, Rect(offset, 0.5, SWATCH_W, SWATCH_H), self.style)
        ink.begin_text()
        for _, _, block in self.cells:
            ink.text_block(block)
        ink.end_text()
        ink.restore()


def _darker(color: str) -> str:
    """The swatch's outline: its fill darkened, as note sheets are drawn on the board."""
    return "#" + "".join(f"{round(int(color[i:i + 2], 16) * 0.72):02X}" for i in (1, 3, 5))


def _draw_swatch(ink: Ink, swatch: Swatch, box: Rect, style: LayoutStyle) -> None:
    middle = box.y + box.height / 2
    if swatch.kind in ("note", "footer"):
        ink.fill_color(swatch.fill)
        ink.stroke_color(_darker(swatch.fill))
        ink.line_width(0.6)
        ink.round_rect(box, 3.0)
        if swatch.kind == "footer":
            ink.fill_color(style.muted_ink)
            ink.rect(Rect(box.x + 4.0, box.bottom - 5.0, box.width * 0.55, 1.6))
        if swatch.glyph is not NoteKind.NOTE:
            begin_glyphs(ink)
            draw_glyph(ink, swatch.glyph, glyph_box(box), note_ink(swatch.fill, style))
            end_glyphs(ink)
    elif swatch.kind == "line":
        ink.stroke_color(swatch.color)
        ink.line_width(style.line_width, swatch.dash)
        ink.line(Point(box.x, middle), Point(box.right, middle))
    elif swatch.kind == "curve":
        ink.ops.append("1 J 1 j")
        ink.stroke_color(swatch.color)
        ink.line_width(style.emotion_line_width)
        ink.ops.append(f"{box.x:.2f} {box.bottom - 3:.2f} m {box.x + 10:.2f} {box.y - 2:.2f} "
                       f"{box.right - 10:.2f} {box.bottom + 2:.2f} {box.right:.2f} "
                       f"{box.y + 3:.2f} c S")
        ink.ops.append("0 J 0 j")
        ink.fill_color(swatch.color)
        ink.stroke_color(style.background)
        ink.line_width(1.0)
        ink.circle(Point(box.x + box.width / 2, middle), 3.2)
    else:  # connector
        ink.stroke_color(swatch.color)
        ink.line_width(style.connector_width)
        tip = Point(box.right, middle)
        ink.line(Point(box.x, middle), Point(tip.x - style.arrow_length, middle))
        ink.fill_color(swatch.color)
        back = tip.x - style.arrow_length
        ink.polygon((tip, Point(back, middle - style.arrow_half_width),
                     Point(back, middle + style.arrow_half_width)))
    ink.line_width(0.6)


def _rows(entries: list[tuple[Swatch, str]], width: float, style: LayoutStyle) -> list[Item]:
    columns = max(1, int(width // MIN_CELL))
    cell_w = width / columns
    text_w = cell_w - SWATCH_W - TEXT_GAP - 10.0
    rows: list[Item] = []
    for start in range(0, len(entries), columns):
        cells = []
        height = SWATCH_H
        for column, (swatch, label) in enumerate(entries[start:start + columns]):
            offset = column * cell_w
            block = text_block(label, offset + SWATCH_W + TEXT_GAP, 2.0, text_w, LABEL_SIZE,
                               LABEL_LEADING, FontWeight.REGULAR, style.ink)
            height = max(height, 2.0 + block_height(len(block.lines), LABEL_SIZE, LABEL_LEADING,
                                                    FontWeight.REGULAR))
            cells.append((offset, swatch, block))
        rows.append(LegendRow(height + ROW_GAP, tuple(cells), style))
    return rows


def _lane_entry(title: str, kind: str) -> str:
    """"Customer actions — Actions", or just the title when it already names the kind."""
    if not title:
        return kind
    return title if fold(title) == fold(kind) else f"{title} \u2014 {kind}"


def legend_items(journey: JourneyMap, layout: BoardLayout, width: float, style: LayoutStyle,
                 bookmark: str | None) -> list[Item]:
    """Headings and rows of the legend (empty when the map has nothing to explain)."""
    language = journey.language.value
    words = report_words(language)
    sections: list[tuple[str, list[tuple[Swatch, str]]]] = []
    kinds = Counter(note.kind for note in journey.notes)
    if kinds:
        sections.append((words["note_kinds"], [
            (Swatch("note", KIND_COLORS[kind], glyph=kind),
             f"{KIND_LABELS[kind][language]} ({kinds[kind]})")
            for kind in NoteKind if kinds[kind]]))
    custom = Counter(note.color.upper() for note in journey.notes if note.color is not None)
    if custom:
        sections.append((words["custom_colors"], [
            (Swatch("note", color), f"{color} ({count})")
            for color, count in custom.most_common()]))
    if journey.lanes:
        sections.append((words["lanes"], [
            (Swatch("note", KIND_COLORS[DEFAULT_NOTE_KIND[lane.kind]],
                    glyph=DEFAULT_NOTE_KIND[lane.kind]),
             _lane_entry(lane.title, lane_kind_label(lane.kind, language)))
            for lane in journey.lanes]))
    if layout.lines:
        records = {line.id: line for line in journey.lines}
        sections.append((words["lines"], [
            (Swatch("line", color=line.color, dash=line.dash),
             records[line.line_id].label or LINE_LABELS[line.kind][language])
            for line in layout.lines]))
    marks = []
    if any(curve.points for curve in layout.curves):
        marks.append((Swatch("curve", color=style.emotion_color), words["curve_mark"]))
    if layout.connectors:
        marks.append((Swatch("connector", color=style.connector_color), words["connector_mark"]))
    if any(box.footer is not None for box in layout.notes):
        marks.append((Swatch("footer", KIND_COLORS[NoteKind.NOTE]), words["footer_mark"]))
    if marks:
        sections.append((words["marks"], marks))
    items: list[Item] = []
    for title, entries in sections:
        items.append(text_item(title, width, 11.0, FontWeight.SEMIBOLD, style.ink, 1.3,
                               space_before=10.0 if items else 0.0, keep_with_next=True))
        items.extend(_rows(entries, width, style))
    if items:
        items.insert(0, text_item(words["legend"], width, 13.5, FontWeight.SEMIBOLD,
                                  style.phase_fill, 1.3, space_before=18.0, keep_with_next=True,
                                  bookmark=bookmark))
    return items
