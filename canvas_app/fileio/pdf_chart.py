"""The whole-journey emotion chart of one emotions lane for the report's overview: every stage
across the page, the phases above, the scores −2 … +2 up the side, the same monotone curve as
the board, and each stage's mean score by its marker.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.model import limits
from canvas_app.model.emotion_curve import monotone_segments
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import (
    BoardLayout,
    CubicSegment,
    EmotionCurve,
    Point,
    Rect,
    TextBlock,
)
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import text_block, text_width, wrap_text

PLOT_HEIGHT = 112.0
PLOT_INSET = 9.0
LABEL_SIZE = 7.5
MAX_LABEL_LINES = 3
PHASE_BAR = 15.0
MIN_NAMED_COLUMN = 34.0  # narrower stage columns are numbered instead of named
_MINUS = "\u2212"


@dataclass(frozen=True, slots=True)
class EmotionChart:
    height: float
    plot: Rect
    title: TextBlock
    phase_bars: tuple[Rect, ...]
    separators: tuple[float, ...]  # x of the lines between stages
    score_rows: tuple[tuple[int, float], ...]  # (score, y)
    segments: tuple[CubicSegment, ...]
    markers: tuple[Point, ...]
    texts: tuple[TextBlock, ...]  # phase names, stage names or numbers, score values, axis
    style: LayoutStyle
    space_before: float = 0.0
    keep_with_next: bool = False
    bookmark: str | None = None

    def draw(self, ink: Ink, x: float, y: float) -> None:
        style, plot = self.style, self.plot
        ink.save()
        ink.transform(1.0, x, y)
        ink.fill_color(style.emotion_positive_fill)
        zero = self.score_rows[len(self.score_rows) // 2][1]
        ink.rect(Rect(plot.x, plot.y, plot.width, zero - plot.y))
        ink.fill_color(style.emotion_negative_fill)
        ink.rect(Rect(plot.x, zero, plot.width, plot.bottom - zero))
        ink.fill_color(style.phase_fill)
        for bar in self.phase_bars:
            ink.rect(bar)
        ink.stroke_color(style.grid_color)
        ink.line_width(0.5)
        for sx in self.separators:
            ink.line(Point(sx, plot.y), Point(sx, plot.bottom))
        for score, row_y in self.score_rows:
            if score:
                ink.line(Point(plot.x, row_y), Point(plot.right, row_y))
        ink.stroke_color(style.emotion_axis)
        ink.line_width(0.8, (3.0, 3.0))
        ink.line(Point(plot.x, zero), Point(plot.right, zero))
        ink.line_width(0.6)
        ink.rect(plot, "S")
        ink.ops.append("1 J 1 j")
        ink.stroke_color(style.emotion_color)
        ink.line_width(style.emotion_line_width)
        ink.curve(self.segments)
        ink.fill_color(style.emotion_color)
        ink.stroke_color(style.background)
        ink.line_width(1.0)
        for marker in self.markers:
            ink.circle(marker, 3.4)
        ink.ops.append("0 J 0 j")
        ink.begin_text()
        ink.text_block(self.title)
        for block in self.texts:
            ink.text_block(block)
        ink.end_text()
        ink.restore()


def _score_text(score: float) -> str:
    text = f"{score:+.0f}" if float(score).is_integer() else f"{score:+.1f}"
    return "0" if text in ("+0", "-0") else text.replace("-", _MINUS)


def _one_line(text: str, width: float, size: float, weight: FontWeight) -> str:
    """A chart label on one line, with an ellipsis when it is longer (the board page has it all)."""
    lines = wrap_text(text, width, size, weight)
    if len(lines) <= 1:
        return lines[0] if lines else ""
    return _ellipsis(lines[0], width, size, weight)


def _ellipsis(line: str, width: float, size: float, weight: FontWeight) -> str:
    while line and text_width(line + "\u2026", size, weight) > width:
        line = line[:-1]
    return line.rstrip() + "\u2026"


def emotion_chart(journey: JourneyMap, layout: BoardLayout, curve: EmotionCurve, width: float,
                  style: LayoutStyle, bookmark: str | None = None) -> EmotionChart:
    """The chart of `curve` (an emotions lane of `layout`) `width` points wide."""
    lane_title = journey.lane(curve.lane_id).title
    phase_titles = {phase.id: phase.title for phase in journey.phases}
    regular, semibold = FontWeight.REGULAR, FontWeight.SEMIBOLD
    label_w = min(150.0, width * 0.2)
    title = text_block(lane_title, 0.0, 0.0, label_w - 12.0, 10.5, 13.5, semibold, style.ink)
    top = PHASE_BAR + 6.0 if layout.phases else 2.0
    plot = Rect(label_w + 22.0, top, width - label_w - 30.0, PLOT_HEIGHT)
    start = layout.lane_header_width
    end = max((stage.rect.right + 1.0 for stage in layout.stages), default=start + 1.0)

    def at(board_x: float) -> float:
        return plot.x + (board_x - start) / max(end - start, 1.0) * plot.width

    def score_y(score: float) -> float:
        half = plot.height / 2 - PLOT_INSET
        return plot.y + plot.height / 2 - score / limits.EMOTION_MAX * half

    texts: list[TextBlock] = []
    bars = []
    for phase in layout.phases:
        bar = Rect(at(phase.rect.x), 0.0, at(phase.rect.right) - at(phase.rect.x), PHASE_BAR)
        bars.append(bar)
        name = _one_line(phase_titles[phase.phase_id], bar.width - 8.0, LABEL_SIZE, semibold)
        if name and bar.width > 24.0:
            texts.append(text_block(name, bar.x + 4.0, 3.5, bar.width - 8.0, LABEL_SIZE,
                                    LABEL_SIZE, semibold, style.ink_on_dark))
    scores = tuple((s, score_y(s)) for s in range(limits.EMOTION_MAX, limits.EMOTION_MIN - 1, -1))
    for score, row_y in scores:
        label = _score_text(score)
        label_w_pt = text_width(label, LABEL_SIZE, regular)
        texts.append(text_block(label, plot.x - 5.0 - label_w_pt, row_y - LABEL_SIZE * 0.5,
                                label_w_pt + 1.0, LABEL_SIZE, LABEL_SIZE, regular,
                                style.muted_ink))
    centres = {stage.stage_id: stage.rect.center.x for stage in layout.stages}
    columns = [(at(stage.rect.x - 1.0), at(stage.rect.right + 1.0)) for stage in layout.stages]
    separators = tuple(left for left, _ in columns[1:])
    narrowest = min((right - left for left, right in columns), default=plot.width)
    label_top = plot.bottom + 5.0
    label_height = LABEL_SIZE * 1.2 * MAX_LABEL_LINES
    if narrowest >= MIN_NAMED_COLUMN:
        for stage, (left, right) in zip(layout.stages, columns):
            name = journey.stage(stage.stage_id).title
            lines = list(wrap_text(name, right - left - 4.0, LABEL_SIZE, regular))
            if len(lines) > MAX_LABEL_LINES:
                lines = lines[:MAX_LABEL_LINES]
                lines[-1] = _ellipsis(lines[-1], right - left - 4.0, LABEL_SIZE, regular)
            for number, line in enumerate(lines):  # each line centred under its stage
                line_w = text_width(line, LABEL_SIZE, regular)
                texts.append(text_block(line, (left + right - line_w) / 2,
                                        label_top + number * LABEL_SIZE * 1.2, line_w + 1.0,
                                        LABEL_SIZE, LABEL_SIZE, regular, style.ink))
    else:
        # Numbers every few stages, as often as they fit.
        every = max(1, math.ceil(18.0 / max(narrowest, 0.1)))
        for number, (left, right) in enumerate(columns, start=1):
            if number == 1 or number % every == 0:
                label = str(number)
                label_w_pt = text_width(label, LABEL_SIZE, regular)
                texts.append(text_block(label, (left + right - label_w_pt) / 2, label_top,
                                        label_w_pt + 1.0, LABEL_SIZE, LABEL_SIZE, regular,
                                        style.muted_ink))
        label_height = LABEL_SIZE * 1.2
    markers = tuple(Point(at(centres[p.stage_id]), score_y(p.score)) for p in curve.points)
    if narrowest >= 24.0:
        for point, marker in zip(curve.points, markers):
            label = _score_text(round(point.score, 1))
            label_w_pt = text_width(label, LABEL_SIZE, FontWeight.SEMIBOLD)
            above = marker.y - 6.0 - LABEL_SIZE
            label_y = above if above >= plot.y + 1.0 else marker.y + 6.0
            texts.append(text_block(label, marker.x - label_w_pt / 2, label_y, label_w_pt + 1.0,
                                    LABEL_SIZE, LABEL_SIZE, FontWeight.SEMIBOLD,
                                    style.emotion_color))
    height = label_top + label_height + 10.0
    return EmotionChart(height, plot, title, tuple(bars), separators, scores,
                        monotone_segments(list(markers)), markers, tuple(texts), style,
                        bookmark=bookmark)
