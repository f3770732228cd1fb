"""The whole-journey emotion chart of one emotions lane for the report's overview: every stage
across the page, the phases above, the scores −2 … +2 up the side, the same monotone curve as
the board, and each stage's mean score by its marker.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.model import limits
from canvas_app.model.emotion_curve import curve_series, monotone_segments, one_line
from canvas_app.model.fonts import FontWeight
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import (
    BoardLayout,
    CubicSegment,
    CurveSeries,
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
_MARKER = 3.4


@dataclass(frozen=True, slots=True)
class ChartLine:
    """One series of the chart (a persona's, as-is or to-be, or the only one)."""

    color: str
    dash: tuple[float, ...]
    segments: tuple[CubicSegment, ...]
    markers: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class ChartKey:
    """A legend entry under the lane's title: a stroke in the series' look, then its label."""

    start: Point
    end: Point
    color: str
    dash: tuple[float, ...]
    label: TextBlock


@dataclass(frozen=True, slots=True)
class EmotionChart:
    height: float
    plot: Rect
    title: TextBlock
    phase_bars: tuple[Rect, ...]
    separators: tuple[float, ...]  # x of the lines between stages
    score_rows: tuple[tuple[int, float], ...]  # (score, y)
    lines: tuple[ChartLine, ...]
    keys: tuple[ChartKey, ...]  # empty for a lone curve
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
        for line in self.lines:
            ink.stroke_color(line.color)
            ink.line_width(style.emotion_line_width, line.dash)
            ink.curve(line.segments)
        for key in self.keys:
            ink.stroke_color(key.color)
            ink.line_width(style.emotion_line_width, key.dash)
            ink.line(key.start, key.end)
        ink.stroke_color(style.background)
        ink.line_width(1.0)
        for line in self.lines:
            ink.fill_color(line.color)
            for marker in line.markers:
                ink.circle(marker, _MARKER)
        for key in self.keys:
            ink.fill_color(key.color)
            ink.circle(Point((key.start.x + key.end.x) / 2, key.start.y), _MARKER)
        ink.ops.append("0 J 0 j")
        ink.begin_text()
        ink.text_block(self.title)
        for key in self.keys:
            ink.text_block(key.label)
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
    series = curve_series(curve)
    chart_lines: list[ChartLine] = []
    for one in series:
        markers = tuple(Point(at(centres[p.stage_id]), score_y(p.score)) for p in one.points)
        chart_lines.append(ChartLine(one.color, one.dash, monotone_segments(list(markers)),
                                     markers))
    if narrowest >= 24.0:
        texts += _score_labels(series, chart_lines, plot)
    keys = _keys(series, title, label_w - 12.0, style) if len(series) > 1 else ()
    height = max(label_top + label_height, max((k.label.baselines[-1] for k in keys),
                                               default=0.0) + 4.0) + 10.0
    return EmotionChart(height, plot, title, tuple(bars), separators, scores,
                        tuple(chart_lines), keys, tuple(texts), style, bookmark=bookmark)


def _score_labels(series: tuple[CurveSeries, ...], lines: list[ChartLine],
                  plot: Rect) -> list[TextBlock]:
    """Each stage's mean by its marker, in the series' colour: above the marker for the highest
    series at that stage, below it for the lowest (middle ones of three or more go unlabelled,
    rather than overlap)."""
    at_stage: dict[float, list[tuple[float, float, str, Point]]] = {}
    for line, chart_line in zip(series, lines):
        for point, marker in zip(line.points, chart_line.markers):
            at_stage.setdefault(marker.x, []).append((marker.y, point.score, line.color, marker))
    texts = []
    weight = FontWeight.SEMIBOLD
    for entries in at_stage.values():
        entries.sort(key=lambda entry: entry[0])
        chosen = [(entries[0], True)]
        if len(entries) > 1:
            chosen.append((entries[-1], False))
        for (_, score, color, marker), prefer_above in chosen:
            label = _score_text(round(score, 1))
            label_w_pt = text_width(label, LABEL_SIZE, weight)
            above = marker.y - 6.0 - LABEL_SIZE
            below = marker.y + 6.0
            fits_above = above >= plot.y + 1.0
            fits_below = below + LABEL_SIZE <= plot.bottom - 1.0
            if len(entries) == 1:
                label_y = above if fits_above else below
            elif prefer_above:
                label_y = above if fits_above else below
            else:
                label_y = below if fits_below else above
            texts.append(text_block(label, marker.x - label_w_pt / 2, label_y, label_w_pt + 1.0,
                                    LABEL_SIZE, LABEL_SIZE, weight, color))
    return texts


def _keys(series: tuple[CurveSeries, ...], title: TextBlock, width: float,
          style: LayoutStyle) -> tuple[ChartKey, ...]:
    """The legend of a chart with several lines, one entry a row under the lane's title."""
    top = (title.baselines[-1] + 8.0) if title.baselines else 0.0
    swatch, gap, row = 18.0, 5.0, LABEL_SIZE * 1.6
    keys = []
    for number, line in enumerate(series):
        row_top = top + number * row
        text = one_line(line.label, width - swatch - gap, LABEL_SIZE, FontWeight.REGULAR)
        label = text_block(text, swatch + gap, row_top, width - swatch - gap + 1.0, LABEL_SIZE,
                           LABEL_SIZE, FontWeight.REGULAR, style.ink)
        y = label.baselines[0] - LABEL_SIZE * 0.3
        keys.append(ChartKey(Point(0.0, y), Point(swatch, y), line.color, line.dash, label))
    return tuple(keys)
