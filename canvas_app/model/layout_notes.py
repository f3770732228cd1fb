"""Note boxes: wrapped text, a footer (votes, tags, evidence), colours, stacked within a cell.

This is the hot loop of the layout (thousands of notes), so per-note work is kept to the wrap
(cached), a few additions and the records themselves.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Sequence

from canvas_app.model.contrast import relative_luminance
from canvas_app.model.fonts import FontWeight
from canvas_app.model.kinds import EVIDENCE_LABELS, KIND_COLORS
from canvas_app.model.layout_geometry import NoteBox, Rect, TextBlock
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, first_baseline, wrap_text

if TYPE_CHECKING:
    from canvas_app.model.records import Note

_VOTES = {
    "en": lambda count: "1 vote" if count == 1 else f"{count} votes",
    "vi": lambda count: f"{count} phiếu bầu",
}
_SEPARATOR = " \u00b7 "
# A note's text baselines, footer baselines (from its top) and height, by its numbers of lines.
Offsets = tuple[tuple[float, ...], tuple[float, ...], float]


def footer_text(note: Note, language: str) -> str:
    """The footer line of a note ("3 votes · #urgent #web · observed"), empty when none."""
    parts = []
    if note.votes:
        parts.append(_VOTES.get(language, _VOTES["en"])(note.votes))
    if note.tags:
        parts.append(" ".join(f"#{tag}" for tag in note.tags))
    if note.evidence is not None:
        parts.append(EVIDENCE_LABELS[note.evidence].get(language, note.evidence.value))
    return _SEPARATOR.join(parts)


@lru_cache(maxsize=512)
def _is_dark(color: str) -> bool:
    """True when dark ink would be hard to read on `color` (relative luminance below ~0.4)."""
    luminance = relative_luminance(color)
    # Black-on-fill contrast (L+0.05)/0.05 equals fill-on-white 1.05/(L+0.05) near L = 0.18.
    return luminance < 0.18


def note_ink(fill: str, style: LayoutStyle) -> str:
    """The colour of text (and of the kind glyph) on a note of this fill."""
    return style.ink_on_dark if _is_dark(fill) else style.ink


@lru_cache(maxsize=512)
def _border(color: str) -> str:
    """A darker shade of the fill, so each note reads as a sheet without a heavy outline."""
    channels = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * 0.72):02X}" for c in channels)


@lru_cache(maxsize=256)
def _steps(leading: float, count: int) -> tuple[float, ...]:
    """Baseline offsets of `count` lines: 0, leading, 2 × leading, …"""
    return tuple(leading * i for i in range(count))


class NotePainter:
    """Lays out the notes of one map: fixed style and language, the cell given per call.

    A note's geometry is computed relative to its own top and a cell's notes relative to the cell
    top (`rels`: each note's offset): the boxes are `top + offset`, so a cell whose top moved
    (a lane above grew) is placed again with `place` rather than laid out again, to the very same
    numbers (model/layout.py, LayoutMemo)."""

    def __init__(self, style: LayoutStyle, language: str) -> None:
        self.style = style
        self.language = language
        weight = FontWeight.REGULAR
        self._text_first = first_baseline(0.0, style.note_font_size, weight)
        self._footer_first = first_baseline(0.0, style.footer_font_size, weight)
        self._text_extra = block_height(1, style.note_font_size, 0.0, weight)
        self._footer_extra = block_height(1, style.footer_font_size, 0.0, weight)
        self._offset_cache: dict[tuple[int, int], Offsets] = {}

    def stack(self, notes: tuple[Note, ...], column_x: float, column_width: float, top: float,
              out: list[NoteBox], rels: Optional[list[float]] = None) -> float:
        """Append the boxes of `notes` stacked from `top` in the column (and their offsets from
        `top` to `rels`); return the last bottom's offset from `top` (-gap for no note)."""
        style = self.style
        x = column_x + style.cell_padding
        width = column_width - 2 * style.cell_padding
        inner = width - 2 * style.note_padding_x
        text_x = x + style.note_padding_x
        size = style.note_font_size
        footer_size = style.footer_font_size
        regular = FontWeight.REGULAR
        gap = style.note_gap
        rel_bottom = -gap
        for note in notes:
            fill = note.color or KIND_COLORS[note.kind]
            dark = _is_dark(fill)
            lines = wrap_text(note.text, inner, size, regular)
            footer_line = footer_text(note, self.language) if (
                note.votes or note.tags or note.evidence is not None) else ""
            footer_lines = wrap_text(footer_line, inner, footer_size, regular) \
                if footer_line else None
            key = (len(lines), -1 if footer_lines is None else len(footer_lines))
            offsets = self._offset_cache.get(key) or self._offsets(*key)
            text_offsets, footer_offsets, height = offsets
            rel = rel_bottom + gap
            y = top + rel
            text = TextBlock(lines, text_x, tuple(map(y.__add__, text_offsets)), size, regular,
                             style.ink_on_dark if dark else style.ink, inner)
            footer = None
            if footer_lines is not None:
                footer = TextBlock(footer_lines, text_x, tuple(map(y.__add__, footer_offsets)),
                                   footer_size, regular,
                                   style.ink_on_dark if dark else style.muted_ink, inner)
            out.append(NoteBox(note.id, note.stage, note.lane, Rect(x, y, width, height), fill,
                               _border(fill), text, footer, note.kind))
            if rels is not None:
                rels.append(rel)
            rel_bottom = rel + height
        return rel_bottom

    def place(self, boxes: Sequence[NoteBox], rels: Sequence[float], top: float,
              out: list[NoteBox]) -> None:
        """Append `boxes` (made by `stack`, with their offsets `rels`) moved to a cell at `top`:
        exactly what `stack` would make there."""
        # (Records made field by field: NamedTuple._replace is several times slower.)
        for box, rel in zip(boxes, rels):
            y = top + rel
            note_id, stage_id, lane_id, rect, fill, border, text, footer, kind = box
            key = (len(text.lines), -1 if footer is None else len(footer.lines))
            text_offsets, footer_offsets, _ = self._offset_cache.get(key) or self._offsets(*key)
            lines, x, _, size, weight, color, width = text
            text = TextBlock(lines, x, tuple(map(y.__add__, text_offsets)), size, weight, color,
                             width)
            if footer is not None:
                lines, x, _, size, weight, color, width = footer
                footer = TextBlock(lines, x, tuple(map(y.__add__, footer_offsets)), size, weight,
                                   color, width)
            out.append(NoteBox(note_id, stage_id, lane_id, Rect(rect.x, y, rect.width, rect.height),
                               fill, border, text, footer, kind))

    def _offsets(self, text_lines: int, footer_lines: int) -> Offsets:
        """Baselines of a note's text and footer (`footer_lines` -1: no footer) from the note's
        top, and the note's height (kept for the next note with as many lines)."""
        style = self.style
        cursor = style.note_padding_y
        text = tuple(map((cursor + self._text_first).__add__,
                         _steps(style.note_leading, text_lines)))
        if text_lines:
            cursor += self._text_extra + style.note_leading * (text_lines - 1)
        footer: tuple[float, ...] = ()
        if footer_lines >= 0:
            if text_lines:
                cursor += style.footer_gap
            footer = tuple(map((cursor + self._footer_first).__add__,
                               _steps(style.footer_leading, footer_lines)))
            cursor += self._footer_extra + style.footer_leading * (footer_lines - 1)
        offsets = (text, footer, max(cursor + style.note_padding_y, style.note_min_height))
        self._offset_cache[(text_lines, footer_lines)] = offsets
        return offsets
