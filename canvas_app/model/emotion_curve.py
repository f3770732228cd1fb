"""The emotion curves of an emotions lane: score → height in the lane's band, smooth curves (one
per score group: personas, as-is / to-be) and their legend.

The curve is a monotone cubic (Fritsch–Butland tangents) through the stage points, as Bézier
pieces: unlike Catmull-Rom it never swings past a point's score (a −2 never dips below −2) and
never loops back when neighbouring stages have very different widths.
"""

from __future__ import annotations

from typing import Optional, Sequence

from canvas_app.model import limits
from canvas_app.model.emotion_groups import TO_BE, ScoreGroup
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import (
    CubicSegment,
    CurveLegendEntry,
    CurveSeries,
    EmotionCurve,
    EmotionPoint,
    Point,
    Rect,
)
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block, text_width

# The one group of a lane that is not split (by persona or by as-is / to-be).
SINGLE = ScoreGroup("", "", None, None, 0)
# The legend strip: its padding and the gaps between swatch, label and the next entry.
_LEGEND_TOP = 5.0
_LEGEND_BOTTOM = 3.0
_LEGEND_LEFT = 10.0
_SWATCH_GAP = 6.0
_ENTRY_GAP = 16.0


def score_y(score: float, band: Rect, style: LayoutStyle) -> float:
    """Height of `score` (−2 … +2) in `band`: +2 near the top, 0 midway, −2 near the bottom."""
    half = band.height / 2 - style.emotion_band_inset
    return band.y + band.height / 2 - score / limits.EMOTION_MAX * half


SeriesScores = tuple[ScoreGroup, Sequence[tuple[str, float, Optional[float]]]]


def build_curve(
    lane_id: str,
    band: Rect,
    stage_scores: list[tuple[str, float, float | None]],
    style: LayoutStyle,
) -> EmotionCurve:
    """The curve for `stage_scores` = (stage id, centre x, mean score or None) in stage order."""
    return build_lane_curve(lane_id, band, [(SINGLE, stage_scores)], style)


def build_lane_curve(
    lane_id: str, band: Rect, groups: Sequence[SeriesScores], style: LayoutStyle
) -> EmotionCurve:
    """The band of an emotions lane with one line per score group, each through the group's
    (stage id, centre x, mean score or None); with several groups, a legend strip on top.

    `band` must be `legend_height(...)` taller than the style's band for several groups.
    """
    several = len(groups) > 1
    strip = legend_height([group.label for group, _ in groups], band.width, style)
    plot = Rect(band.x, band.y + strip, band.width, band.height - strip)
    colors = _series_colors(groups, style)
    series = tuple(
        _series(group, scores, plot, color, style) for (group, scores), color in zip(groups,
                                                                                     colors)
    )
    hint_x = band.x + 6.0
    size = style.emotion_hint_size
    # The hints sit just inside the plot's top and bottom edges, clear of the +2 and −2 markers.
    plus = text_block("+", hint_x, plot.y + 2.0, 20.0, size, size, FontWeight.SEMIBOLD,
                      style.emotion_axis)
    minus_top = plot.bottom - 2.0 - block_height(1, size, size, FontWeight.SEMIBOLD)
    minus = text_block("\u2212", hint_x, minus_top, 20.0, size, size, FontWeight.SEMIBOLD,
                       style.emotion_axis)
    first = series[0]
    return EmotionCurve(
        lane_id=lane_id,
        band=band,
        zero_y=plot.y + plot.height / 2,
        top_y=score_y(limits.EMOTION_MAX, plot, style),
        bottom_y=score_y(limits.EMOTION_MIN, plot, style),
        positive_fill=style.emotion_positive_fill,
        negative_fill=style.emotion_negative_fill,
        axis_color=style.emotion_axis,
        color=first.color,
        line_width=style.emotion_line_width,
        marker_radius=style.emotion_marker_radius,
        points=first.points,
        segments=first.segments,
        plus_hint=plus,
        minus_hint=minus,
        series=series,
        legend=_legend(series, band, style) if several else (),
    )


def curve_series(curve: EmotionCurve) -> tuple[CurveSeries, ...]:
    """The lines to draw for `curve`: its series, or its one line for a curve built without."""
    if curve.series:
        return curve.series
    return (CurveSeries("", "", curve.color, (), curve.points, curve.segments),)


def _series(group: ScoreGroup, scores: Sequence[tuple[str, float, Optional[float]]],
            plot: Rect, color: str, style: LayoutStyle) -> CurveSeries:
    points = tuple(
        EmotionPoint(stage_id, Point(x, score_y(score, plot, style)), score)
        for stage_id, x, score in scores
        if score is not None
    )
    dash = style.emotion_to_be_dash if group.horizon == TO_BE else ()
    return CurveSeries(group.key, group.label, color, dash, points,
                       monotone_segments([p.point for p in points]), group.persona_id,
                       group.horizon)


def _series_colors(groups: Sequence[SeriesScores], style: LayoutStyle) -> list[str]:
    """A colour per group: per persona when the lane is split by persona (its as-is and to-be
    lines then share the colour and differ by dash), else per group; the first is the style's
    emotion colour, so a lone curve looks as it always has."""
    palette = (style.emotion_color, *style.emotion_series_colors[1:])
    by_persona = any(group.key.startswith("persona:") for group, _ in groups)
    ranks: dict[Optional[str], int] = {}
    colors = []
    for index, (group, _) in enumerate(groups):
        if by_persona:
            rank = ranks.setdefault(group.persona_id, len(ranks))
        else:
            rank = index
        colors.append(palette[rank % len(palette)])
    return colors


def legend_height(labels: Sequence[str], band_width: float, style: LayoutStyle) -> float:
    """Height of the legend strip above the plot: 0 for a lone curve."""
    if len(labels) < 2:
        return 0.0
    rows = _pack(labels, band_width, style)[-1][0] + 1
    return _LEGEND_TOP + rows * _row_height(style) + _LEGEND_BOTTOM


def _legend(series: tuple[CurveSeries, ...], band: Rect,
            style: LayoutStyle) -> tuple[CurveLegendEntry, ...]:
    size = style.emotion_legend_size
    weight = FontWeight.REGULAR
    entries = []
    placed = _pack([s.label for s in series], band.width, style)
    for item, (row, x, text) in zip(series, placed):
        top = band.y + _LEGEND_TOP + row * _row_height(style)
        label = text_block(text, band.x + x + style.emotion_legend_swatch + _SWATCH_GAP, top,
                           style.emotion_legend_label_width + 1.0, size, size * 1.25, weight,
                           style.ink)
        # The stroke at the height of the text's lower-case letters.
        stroke_y = label.baselines[0] - size * 0.3 if label.baselines else top + size * 0.6
        entries.append(CurveLegendEntry(
            item.key, Point(band.x + x, stroke_y),
            Point(band.x + x + style.emotion_legend_swatch, stroke_y), item.color, item.dash,
            label))
    return tuple(entries)


def _pack(labels: Sequence[str], band_width: float,
          style: LayoutStyle) -> list[tuple[int, float, str]]:
    """(row, x from the band's left, one-line label) for each label, rows filled left to right."""
    size = style.emotion_legend_size
    swatch = style.emotion_legend_swatch + _SWATCH_GAP
    right = max(band_width - _LEGEND_LEFT, _LEGEND_LEFT + swatch + 40.0)
    placed = []
    row, x = 0, _LEGEND_LEFT
    for label in labels:
        text = one_line(label, style.emotion_legend_label_width, size, FontWeight.REGULAR)
        width = swatch + text_width(text, size, FontWeight.REGULAR)
        if x > _LEGEND_LEFT and x + width > right:
            row, x = row + 1, _LEGEND_LEFT
        placed.append((row, x, text))
        x += width + _ENTRY_GAP
    return placed


def _row_height(style: LayoutStyle) -> float:
    return style.emotion_legend_size * 1.5


def one_line(text: str, width: float, size: float, weight: FontWeight) -> str:
    """`text` on one line no wider than `width`, cut with an ellipsis when longer."""
    text = " ".join(text.split())
    if text_width(text, size, weight) <= width:
        return text
    while text and text_width(text + "\u2026", size, weight) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def monotone_segments(points: list[Point]) -> tuple[CubicSegment, ...]:
    """Bézier pieces of the monotone cubic through `points` (x strictly increasing)."""
    count = len(points)
    if count < 2:
        return ()
    widths = [points[i + 1].x - points[i].x for i in range(count - 1)]
    slopes = [(points[i + 1].y - points[i].y) / widths[i] for i in range(count - 1)]
    tangents = [slopes[0]] + [0.0] * (count - 2) + [slopes[-1]]
    for i in range(1, count - 1):
        before, after = slopes[i - 1], slopes[i]
        if before * after <= 0:
            continue  # a peak or a valley: flat there, so the curve stays within the scores
        h0, h1 = widths[i - 1], widths[i]
        tangents[i] = 3 * (h0 + h1) / ((2 * h1 + h0) / before + (h1 + 2 * h0) / after)
    segments = []
    for i in range(count - 1):
        start, end = points[i], points[i + 1]
        third = widths[i] / 3
        segments.append(
            CubicSegment(
                start,
                Point(start.x + third, start.y + tangents[i] * third),
                Point(end.x - third, end.y - tangents[i + 1] * third),
                end,
            )
        )
    return tuple(segments)
