"""The emotion curve of an emotions lane: score → height in the lane's band, and a smooth curve.

The curve is a monotone cubic (Fritsch–Butland tangents) through the stage points, as Bézier
pieces: unlike Catmull-Rom it never swings past a point's score (a −2 never dips below −2) and
never loops back when neighbouring stages have very different widths.
"""

from __future__ import annotations

from canvas_app.model import limits
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import CubicSegment, EmotionCurve, EmotionPoint, Point, Rect
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block


def score_y(score: float, band: Rect, style: LayoutStyle) -> float:
    """Height of `score` (−2 … +2) in `band`: +2 near the top, 0 midway, −2 near the bottom."""
    half = band.height / 2 - style.emotion_band_inset
    return band.y + band.height / 2 - score / limits.EMOTION_MAX * half


def build_curve(
    lane_id: str,
    band: Rect,
    stage_scores: list[tuple[str, float, float | None]],
    style: LayoutStyle,
) -> EmotionCurve:
    """The curve for `stage_scores` = (stage id, centre x, mean score or None) in stage order."""
    points = tuple(
        EmotionPoint(stage_id, Point(x, score_y(score, band, style)), score)
        for stage_id, x, score in stage_scores
        if score is not None
    )
    hint_x = band.x + 6.0
    size = style.emotion_hint_size
    top_y = score_y(limits.EMOTION_MAX, band, style)
    bottom_y = score_y(limits.EMOTION_MIN, band, style)
    # The hints sit just inside the band's top and bottom edges, clear of the +2 and −2 markers.
    plus = text_block("+", hint_x, band.y + 2.0, 20.0, size, size, FontWeight.SEMIBOLD,
                      style.emotion_axis)
    minus_top = band.bottom - 2.0 - block_height(1, size, size, FontWeight.SEMIBOLD)
    minus = text_block("\u2212", hint_x, minus_top, 20.0, size, size, FontWeight.SEMIBOLD,
                       style.emotion_axis)
    return EmotionCurve(
        lane_id=lane_id,
        band=band,
        zero_y=band.y + band.height / 2,
        top_y=top_y,
        bottom_y=bottom_y,
        positive_fill=style.emotion_positive_fill,
        negative_fill=style.emotion_negative_fill,
        axis_color=style.emotion_axis,
        color=style.emotion_color,
        line_width=style.emotion_line_width,
        marker_radius=style.emotion_marker_radius,
        points=points,
        segments=monotone_segments([p.point for p in points]),
        plus_hint=plus,
        minus_hint=minus,
    )


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
