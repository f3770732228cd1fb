"""The geometry a laid-out board is made of: frozen records in points, origin top-left, y down.

The screen and the PDF draw exactly these records; they never measure text or pick colours.
They are NamedTuples rather than frozen dataclasses: a board's first picture needs every one of
them, and a NamedTuple class is made ten times faster (~0.05 ms, against ~0.55 ms for a frozen,
slotted dataclass: 12 ms of start-up for this module, layout_style and layout_stage_details) and
its instances are made faster too. A changed copy is `record._replace(field=value)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Optional

from canvas_app.model.fonts import FontWeight
from canvas_app.model.kinds import LaneKind, LineKind, NoteKind

if TYPE_CHECKING:  # (that module builds on this one)
    from canvas_app.model.layout_stage_details import FunnelRow, HeaderStrip, StageDetailsBox


class Point(NamedTuple):
    x: float
    y: float


class Rect(NamedTuple):
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return Point(self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, other: "Rect", tolerance: float = 1e-6) -> bool:
        """True when `other` lies entirely inside this rectangle."""
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def intersects(self, other: "Rect") -> bool:
        return (
            other.x < self.right
            and other.right > self.x
            and other.y < self.bottom
            and other.bottom > self.y
        )


class TextBlock(NamedTuple):
    """Left-aligned lines of one font, already wrapped to `width`; one baseline per line."""

    lines: tuple[str, ...]
    x: float
    baselines: tuple[float, ...]
    size: float
    weight: FontWeight
    color: str
    width: float


class NoteBox(NamedTuple):
    note_id: str
    stage_id: str
    lane_id: str
    rect: Rect
    fill: str
    border: str
    text: TextBlock
    # Votes, tags and evidence in smaller type below the text; None when the note has none.
    footer: Optional[TextBlock]
    # Drawn as a glyph (model/kind_glyphs.py) in the box `kind_glyphs.glyph_box(rect)` gives,
    # so a note's kind never shows by colour alone; none for a plain note.
    kind: NoteKind


class PhaseHeader(NamedTuple):
    phase_id: str
    rect: Rect
    fill: str
    title: TextBlock
    first_stage: int
    last_stage: int


class StageHeader(NamedTuple):
    stage_id: str
    rect: Rect
    fill: str
    title: TextBlock
    # The time of day ("07:30") above the title on day-in-the-life maps.
    time: Optional[TextBlock]


class LaneRow(NamedTuple):
    """A lane: its full-width band, its header cell at the left and the header's title."""

    lane_id: str
    kind: LaneKind
    rect: Rect
    fill: str
    header: Rect
    header_fill: str
    title: TextBlock


class Cell(NamedTuple):
    stage_id: str
    lane_id: str
    rect: Rect


class Segment(NamedTuple):
    start: Point
    end: Point


class BlueprintLineLayout(NamedTuple):
    """A dashed service-blueprint line across the board, with its label just above it."""

    line_id: str
    kind: LineKind
    y: float
    x_start: float
    x_end: float
    color: str
    width: float
    dash: tuple[float, ...]
    label: TextBlock


class CubicSegment(NamedTuple):
    """One cubic Bézier piece: from `start` through control points `c1`, `c2` to `end`."""

    start: Point
    c1: Point
    c2: Point
    end: Point


class EmotionPoint(NamedTuple):
    stage_id: str
    point: Point
    score: float


class CurveSeries(NamedTuple):
    """One line through an emotions lane: a persona's, the as-is or the to-be journey, or the
    lane's only one (`key` ""). `dash` is empty for a solid line (to-be lines are dashed)."""

    key: str
    label: str
    color: str
    dash: tuple[float, ...]
    points: tuple[EmotionPoint, ...]
    segments: tuple[CubicSegment, ...]
    persona_id: Optional[str] = None
    horizon: Optional[str] = None  # "as-is" | "to-be" when the lane is split by evidence


class CurveLegendEntry(NamedTuple):
    """A legend entry at the top of the band: a short stroke from `start` to `end` in the
    series' colour and dash, with a marker at its middle, then the series' label."""

    series_key: str
    start: Point
    end: Point
    color: str
    dash: tuple[float, ...]
    label: TextBlock


class EmotionCurve(NamedTuple):
    """The curve of an emotions lane: a band at the top of the lane, a zero axis, the points.

    `series` holds one line per score group (two personas, or as-is and to-be); `points`,
    `segments` and `color` repeat the first series for readers that draw a single curve. With
    more than one series the band starts with a legend strip (`legend`) above the plot.
    """

    lane_id: str
    band: Rect
    zero_y: float
    # y of the +2 and −2 scores, and the faint tints above and below the zero axis.
    top_y: float
    bottom_y: float
    positive_fill: str
    negative_fill: str
    axis_color: str
    color: str
    line_width: float
    marker_radius: float
    points: tuple[EmotionPoint, ...]
    segments: tuple[CubicSegment, ...]
    plus_hint: TextBlock
    minus_hint: TextBlock
    series: tuple[CurveSeries, ...] = ()
    legend: tuple[CurveLegendEntry, ...] = ()


class ConnectorLayout(NamedTuple):
    """An arrow from an edge of the source note to an edge of the target note.

    `segments` are the joined cubic pieces of its line (one S-curve, or a route through the
    grid's gutters around the notes in its way), ending at the base of the arrowhead; `arrow` is
    (tip, one base corner, the other), the tip lying on the target note's edge.
    """

    connector_id: str
    source_id: str
    target_id: str
    segments: tuple[CubicSegment, ...]
    arrow: tuple[Point, Point, Point]
    color: str
    line_width: float
    label: Optional[TextBlock]
    label_box: Optional[Rect]


class BoardLayout(NamedTuple):
    """Everything needed to draw a board, in points; (0, 0) is the top-left of the board."""

    width: float
    height: float
    background: str
    # Bottom of the header rows (phases, stages) = top of the first lane.
    header_height: float
    # Right edge of the lane header column = left of the first stage.
    lane_header_width: float
    phases: tuple[PhaseHeader, ...]
    stages: tuple[StageHeader, ...]
    lanes: tuple[LaneRow, ...]
    cells: tuple[Cell, ...]
    grid: tuple[Segment, ...]
    grid_color: str
    notes: tuple[NoteBox, ...]
    lines: tuple[BlueprintLineLayout, ...]
    curves: tuple[EmotionCurve, ...]
    connectors: tuple[ConnectorLayout, ...]
    note_radius: float
    # The optional header rows of layout_stage_details: the funnel bar above the stage headers,
    # the campaign band (strip and per-stage cards) below them.
    funnel: Optional["FunnelRow"] = None
    details_band: Optional["HeaderStrip"] = None
    details: tuple["StageDetailsBox", ...] = ()

    @property
    def rect(self) -> Rect:
        return Rect(0.0, 0.0, self.width, self.height)

    def notes_by_id(self) -> dict[str, NoteBox]:
        """A fresh id → note box mapping (O(n); callers keep it if they need it often)."""
        return {box.note_id: box for box in self.notes}
