"""Note boxes: wrapped text, a footer (votes, tags, evidence), colours, stacked within a cell.

This is the hot loop of the layout (thousands of notes), so per-note work is kept to the wrap
(cached), a few additions and the records themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from functools import lru_cache

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
    channels = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # Black-on-fill contrast (L+0.05)/0.05 equals fill-on-white 1.05/(L+0.05) near L = 0.18.
    return luminance < 0.18


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
    """Lays out the notes of one map: fixed style and language, the cell given per call."""

    def __init__(self, style: LayoutStyle, language: str) -> None:
        self.style = style
        self.language = language
        weight = FontWeight.REGULAR
        self._text_first = first_baseline(0.0, style.note_font_size, weight)
        self._footer_first = first_baseline(0.0, style.footer_font_size, weight)
        self._text_extra = block_height(1, style.note_font_size, 0.0, weight)
        self._footer_extra = block_height(1, style.footer_font_size, 0.0, weight)

    def stack(self, notes: tuple[Note, ...], column_x: float, column_width: float, top: float,
              out: list[NoteBox]) -> float:
        """Append the boxes of `notes` stacked from `top` in the column; return the last bottom."""
        style = self.style
        x = column_x + style.cell_padding
        width = column_width - 2 * style.cell_padding
        inner = width - 2 * style.note_padding_x
        text_x = x + style.note_padding_x
        size, leading = style.note_font_size, style.note_leading
        footer_size, footer_leading = style.footer_font_size, style.footer_leading
        regular = FontWeight.REGULAR
        pad_y = style.note_padding_y
        gap = style.note_gap
        y = top
        bottom = top - gap
        for note in notes:
            fill = note.color or KIND_COLORS[note.kind]
            dark = _is_dark(fill)
            lines = wrap_text(note.text, inner, size, regular)
            cursor = y + pad_y
            baseline = cursor + self._text_first
            baselines = tuple(map(baseline.__add__, _steps(leading, len(lines))))
            text = TextBlock(lines, text_x, baselines, size, regular,
                             style.ink_on_dark if dark else style.ink, inner)
            if lines:
                cursor += self._text_extra + leading * (len(lines) - 1)
            footer = None
            footer_line = footer_text(note, self.language) if (
                note.votes or note.tags or note.evidence is not None) else ""
            if footer_line:
                footer_lines = wrap_text(footer_line, inner, footer_size, regular)
                if lines:
                    cursor += style.footer_gap
                baseline = cursor + self._footer_first
                footer = TextBlock(
                    footer_lines, text_x,
                    tuple(map(baseline.__add__, _steps(footer_leading, len(footer_lines)))),
                    footer_size, regular, style.ink_on_dark if dark else style.muted_ink, inner,
                )
                cursor += self._footer_extra + footer_leading * (len(footer_lines) - 1)
            height = max(cursor + pad_y - y, style.note_min_height)
            out.append(NoteBox(note.id, note.stage, note.lane, Rect(x, y, width, height), fill,
                               _border(fill), text, footer))
            bottom = y + height
            y = bottom + gap
        return bottom
