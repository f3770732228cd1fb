"""Where a report's board continues on the next page. The candidates are the lane boundaries and
the gaps between notes; of the cuts needing the fewest pages, the chosen ones cut inside a lane
as rarely as possible (a lane stays whole, its emotion curve with its notes), then fill the
pages most evenly. A note is cut only when it alone is taller than a page. Also the even split
of a row of lengths into pages, shared by the stage packing. Pure geometry.
"""

from __future__ import annotations

import bisect
import math
from typing import Callable, Sequence

from canvas_app.model.layout_geometry import BoardLayout

_PAGE_COST = 1e12  # partitions: fewer pages first,
_INNER_CUT_COST = 1e8  # then fewer cuts inside a lane,
_FORCED_CUT_COST = 1e10  # (cutting through a note is worst of all)
_EPSILON = 1e-6  # then the most even fill (the squared slack of each page).


def balanced_partition(lengths: Sequence[float], cap: float,
                       joinable: Callable[[int], bool] = lambda index: True,
                       end_cost: Callable[[int], float] = lambda end: 0.0
                       ) -> list[tuple[int, int]]:
    """Consecutive groups [begin, end) of `lengths`: fewest groups, then the lowest sum of
    `end_cost(end)` over the groups' ends, then the most even fill.

    Items share a group only when their sum fits `cap` and `joinable(k)` holds between each
    item k and the next; an item longer than `cap` gets a group of its own.
    """
    count = len(lengths)
    best = [0.0] + [math.inf] * count
    start = [0] * (count + 1)
    for end in range(1, count + 1):
        total = 0.0
        closing = end_cost(end) if end < count else 0.0
        for begin in range(end - 1, -1, -1):
            total += lengths[begin]
            if begin < end - 1 and (total > cap + _EPSILON or not joinable(begin)):
                break
            slack = max(cap - total, 0.0)
            cost = best[begin] + _PAGE_COST + closing + slack * slack
            if cost < best[end]:
                best[end] = cost
                start[end] = begin
    groups = []
    end = count
    while end > 0:
        groups.append((start[end], end))
        end = start[end]
    return groups[::-1]


def lane_edges(layout: BoardLayout) -> list[float]:
    """The body's top, each lane boundary below it (a blueprint line band goes with the lane
    above it), and the bottom of the board."""
    tops = sorted({lane.rect.y for lane in layout.lanes
                   if layout.header_height + _EPSILON < lane.rect.y < layout.height - _EPSILON})
    return [layout.header_height, *tops, layout.height]


def cut_points(layout: BoardLayout, spans: list[tuple[float, float]], room: float
               ) -> list[tuple[float, float]]:
    """Every place the body may be cut, top to bottom, with what cutting there costs: the body's
    top and bottom and the lane boundaries (0), the middle of each gap between notes inside a
    lane (an inner cut), and, where a stretch taller than `room` has no gap, forced cuts where
    they cross the fewest notes. `spans` are the y extents of what a cut should not cross."""
    busy = merge(spans)
    edges = lane_edges(layout)
    points = {y: 0.0 for y in edges}
    gaps = [(a_end, b_start) for (_, a_end), (b_start, _) in zip(busy, busy[1:])]
    top, bottom = edges[0], edges[-1]
    if busy:
        gaps = [(top, busy[0][0]), *gaps, (busy[-1][1], bottom)]
    for low, high in gaps:
        low, high = max(low, top), min(high, bottom)
        if high - low <= _EPSILON or any(low <= y <= high for y in edges):
            continue  # a lane boundary already cuts this gap
        points.setdefault((low + high) / 2, _INNER_CUT_COST)
    ordered = sorted(points.items())
    result = [ordered[0]]
    starts = sorted(a for a, _ in spans)
    ends = sorted(b for _, b in spans)
    for y, cost in ordered[1:]:
        previous = result[-1][0]
        while y - previous > room + _EPSILON:
            previous = _least_crossed(starts, ends, previous + room / 2, previous + room)
            result.append((previous, _FORCED_CUT_COST))
        result.append((y, cost))
    return result


def _least_crossed(starts: list[float], ends: list[float], low: float, high: float) -> float:
    """The y in [low, high] crossing the fewest spans (given by their sorted starts and ends),
    the lowest such: as much as possible stays on this page."""
    def crossed(y: float) -> int:
        # Spans starting above y, less those also ending by y: the ones running across it.
        return bisect.bisect_left(starts, y) - bisect.bisect_right(ends, y)

    first = bisect.bisect_left(ends, low - 2.0)
    last = bisect.bisect_right(ends, high - 2.0)
    candidates = [high] + [end + 2.0 for end in ends[first:last]]
    return min(candidates, key=lambda y: (crossed(y), -y))


def pages_down(points: list[tuple[float, float]], room: float) -> int:
    """The fewest pages of `room` the body needs when cut at `points` (farthest reach)."""
    pages = 0
    index = 0
    while index < len(points) - 1:
        reach = index + 1
        top = points[index][0]
        while reach + 1 < len(points) and points[reach + 1][0] - top <= room + _EPSILON:
            reach += 1
        index = reach
        pages += 1
    return max(pages, 1)


def slices_down(layout: BoardLayout, x0: float, x1: float, room: float
                ) -> list[tuple[float, float]]:
    """Board y ranges of the body (below the headers) of the columns x0..x1 on successive
    pages of `room` points of board each."""
    room = max(room, 40.0)
    points = cut_points(layout, obstacles(layout, x0, x1), room)
    if len(points) < 2:
        return [(layout.header_height, layout.height)]
    lengths = [b[0] - a[0] for a, b in zip(points, points[1:])]
    groups = balanced_partition(lengths, room, end_cost=lambda end: points[end][1])
    return [(points[begin][0], points[end][0]) for begin, end in groups]


def obstacles(layout: BoardLayout, x0: float, x1: float) -> list[tuple[float, float]]:
    """Sorted y extents a cut should not cross in the columns x0..x1: notes, emotion bands,
    blueprint lines with their labels, connector labels."""
    spans = [(box.rect.y, box.rect.bottom) for box in layout.notes
             if box.rect.right > x0 and box.rect.x < x1]
    spans += [(curve.band.y, curve.band.bottom) for curve in layout.curves]
    for line in layout.lines:
        label = line.label
        label_top = label.baselines[0] - label.size if label.lines else line.y
        spans.append((label_top - 2.0, line.y + line.width + 2.0))
    spans += [(c.label_box.y, c.label_box.bottom) for c in layout.connectors
              if c.label_box is not None and c.label_box.right > x0 and c.label_box.x < x1]
    spans.sort()
    return spans


def merge(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sorted spans with the overlapping ones joined."""
    merged: list[tuple[float, float]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged
