"""Where presentation mode looks: the steps (whole map, a stage, a lane of a stage) and, for each,
the zoom and the point to centre, honouring the legibility floor.

The floor: note text at least `LEGIBLE_FRACTION` (2.5 %) of the screen height. Reading on a
projector needs the farthest viewer within about 6× the image height and characters of about
4 mm per metre of distance, i.e. about 2.4 % of the image height. A note's text height on screen
is its layout font size × the zoom (scene units are points, one point one logical pixel at
100 %), so the smallest legible zoom is `0.025 × viewport height / note font size`.

A stage step zooms its column to fill the screen but never below that zoom; when the column does
not fit at it (the usual case: a column is tall), the step shows the top of the column (its
headers and first lanes) and the lane steps pan down within the stage at the same zoom, one
lane at a time — the presentation pans, it never shrinks text below the floor. A stage wider
than the screen at the floor shows its left part. Only the explicit "whole map" step (Home) may
go below the floor: it is the overview, announced as such.

Pure geometry: no Qt, so the rules are tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from canvas_app.model.layout_geometry import BoardLayout, Rect
from canvas_app.model.layout_style import DEFAULT_STYLE

LEGIBLE_FRACTION = 0.025
# The presentation may zoom further than the editor (a 4K projector at a device ratio of 1).
PRESENTATION_MAX_ZOOM = 8.0
_PADDING = 12.0  # points around what a step shows


@dataclass(frozen=True)
class Step:
    """A place in the presentation: `stage` None is the whole map; `lane` None the whole stage."""

    stage: Optional[int] = None
    lane: Optional[int] = None

    @property
    def whole_map(self) -> bool:
        return self.stage is None


WHOLE_MAP = Step()


@dataclass(frozen=True)
class Frame:
    """What a step shows: the zoom, the scene point at the viewport's centre, and the areas kept
    bright (everything else is dimmed; none on the whole map)."""

    zoom: float
    center_x: float
    center_y: float
    lit: tuple[Rect, ...]


def note_text_size(layout: BoardLayout) -> float:
    """The smallest note text size of the layout (the style's size on a board without notes)."""
    sizes = [box.text.size for box in layout.notes if box.text.lines]
    return min(sizes) if sizes else DEFAULT_STYLE.note_font_size


def legible_zoom(layout: BoardLayout, viewport_height: float) -> float:
    """The smallest zoom at which note text is LEGIBLE_FRACTION of the viewport height."""
    return LEGIBLE_FRACTION * viewport_height / note_text_size(layout)


def text_fraction(layout: BoardLayout, zoom: float, viewport_height: float) -> float:
    """The note text height at `zoom` as a fraction of the viewport height."""
    if viewport_height <= 0:
        return 0.0
    return note_text_size(layout) * zoom / viewport_height


def _columns(layout: BoardLayout) -> list[Rect]:
    bottom = layout.lanes[-1].rect.bottom if layout.lanes else layout.header_height
    return [Rect(stage.rect.x, 0.0, stage.rect.width, bottom) for stage in layout.stages]


def _fit(rect: Rect, width: float, height: float) -> float:
    if rect.width <= 0 or rect.height <= 0 or width <= 0 or height <= 0:
        return 1.0
    return min(width / (rect.width + 2 * _PADDING), height / (rect.height + 2 * _PADDING))


def _centre(start: float, length: float, visible: float) -> float:
    """The centre that shows [start, start+length] whole, or its beginning when too long."""
    if length + 2 * _PADDING <= visible:
        return start + length / 2
    return start - _PADDING + visible / 2


def clamp(layout: BoardLayout, step: Step) -> Step:
    """`step` made valid for `layout` (after stages or lanes were deleted)."""
    if step.stage is None or not layout.stages:
        return WHOLE_MAP
    stage = min(max(step.stage, 0), len(layout.stages) - 1)
    lane = step.lane
    if lane is not None:
        lane = min(max(lane, 0), len(layout.lanes) - 1) if layout.lanes else None
    return Step(stage, lane)


def frame_for(layout: BoardLayout, step: Step, width: float, height: float) -> Frame:
    """The frame of `step` in a viewport of `width` × `height` logical pixels."""
    step = clamp(layout, step)
    if step.stage is None:
        board = layout.rect
        zoom = min(_fit(board, width, height), PRESENTATION_MAX_ZOOM)
        return Frame(zoom, board.center.x, board.center.y, ())
    column = _columns(layout)[step.stage]
    zoom = min(max(_fit(column, width, height), legible_zoom(layout, height)),
               PRESENTATION_MAX_ZOOM)
    visible_w, visible_h = width / zoom, height / zoom
    center_x = _centre(column.x, column.width, visible_w)
    if step.lane is None:
        headers = tuple(row.header for row in layout.lanes)
        return Frame(zoom, center_x, _centre(column.y, column.height, visible_h),
                     (column,) + headers)
    lane = layout.lanes[step.lane].rect
    cell = Rect(column.x, lane.y, column.width, lane.height)
    header = layout.stages[step.stage].rect
    if lane.bottom + _PADDING <= visible_h:
        center_y = _centre(column.y, column.height, visible_h)  # the whole top fits: stay put
    else:
        center_y = _centre(lane.y, lane.height, visible_h)
    return Frame(zoom, center_x, center_y, (header, cell, layout.lanes[step.lane].header))


def next_stage(layout: BoardLayout, step: Step, offset: int) -> Step:
    """One stage right (+1) or left (-1); from the whole map, the first or last stage."""
    if not layout.stages:
        return WHOLE_MAP
    if step.stage is None:
        return Step(0 if offset > 0 else len(layout.stages) - 1)
    target = step.stage + offset
    if not 0 <= target < len(layout.stages):
        return step
    return Step(target)


def next_lane(layout: BoardLayout, step: Step, offset: int) -> Step:
    """One lane down (+1) or up (-1) within the current stage; up from the first lane is the
    whole stage again. From the whole map, the first stage's first lane."""
    if not layout.stages or not layout.lanes:
        return step
    if step.stage is None:
        return Step(0, 0 if offset > 0 else len(layout.lanes) - 1)
    if step.lane is None:
        return Step(step.stage, 0) if offset > 0 else step
    target = step.lane + offset
    if target < 0:
        return Step(step.stage)
    if target >= len(layout.lanes):
        return step
    return Step(step.stage, target)
