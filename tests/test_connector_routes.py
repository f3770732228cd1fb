"""Connectors never run over a note: one that would (an arrow from stage 1 to stage 3 across the
note between them) is routed through the grid's gutters (model/connector_routes.py), on the
board, in the PDF and in the SVG alike; one with a clear path keeps its single S-curve."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from pdf_tools import qpdf_check, render_gray

from canvas_app.fileio.codec import load_path
from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.fileio.pdf_pages import poster_plan
from canvas_app.fileio.svg_export import export_svg
from canvas_app.model import Connector, JourneyMap, Lane, LaneKind, Note, Stage
from canvas_app.model.connector_routes import curve_point, rounded_polyline
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.model.layout_geometry import BoardLayout, ConnectorLayout, Point

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sample_canvases").glob("*.journey"))


def _row_map(middle_note: bool = True) -> JourneyMap:
    """Three stages, two lanes; an arrow from stage 1 to stage 3 in the first lane, with (or
    without) a note in stage 2 right in its way."""
    stages = tuple(Stage(id=f"s{i}", title=f"Stage {i}") for i in range(3))
    lanes = (Lane(id="a", title="Actions", kind=LaneKind.ACTIONS),
             Lane(id="b", title="Thoughts", kind=LaneKind.THOUGHTS))
    notes = [Note(id="first", stage="s0", lane="a", text="Sees the advert"),
             Note(id="last", stage="s2", lane="a", text="Buys the camera"),
             Note(id="below", stage="s1", lane="b", text="Is it worth it?")]
    if middle_note:
        notes.append(Note(id="between", stage="s1", lane="a", text="Reads the reviews"))
    return JourneyMap(title="Route", stages=stages, lanes=lanes, notes=tuple(notes),
                      connectors=(Connector(id="c", source="first", target="last",
                                            label="leads to"),))


def _points(connector: ConnectorLayout, steps: int = 60) -> list[Point]:
    return [curve_point(piece, step / steps) for piece in connector.segments
            for step in range(steps + 1)]


def _notes_crossed(layout: BoardLayout, connector: ConnectorLayout) -> set[str]:
    """The notes, other than its own two, that the connector's line passes over."""
    crossed = set()
    for box in layout.notes:
        if box.note_id in (connector.source_id, connector.target_id):
            continue
        r = box.rect
        if any(r.x + 0.5 < p.x < r.right - 0.5 and r.y + 0.5 < p.y < r.bottom - 0.5
               for p in _points(connector)):
            crossed.add(box.note_id)
    return crossed


def test_rounded_polyline_is_one_joined_line() -> None:
    points = [Point(0, 0), Point(50, 0), Point(50, 80), Point(120, 80), Point(120, 20),
              Point(140, 20)]
    pieces = rounded_polyline(points, 8.0)
    assert pieces[0].start == points[0] and pieces[-1].end == points[-1]
    for before, after in zip(pieces, pieces[1:]):
        assert before.end == after.start
    # Corners are cut by the radius, no more: the line stays within 8 pt of the polyline's legs.
    for piece in pieces:
        for step in range(11):
            p = curve_point(piece, step / 10)
            assert -0.01 <= p.x <= 140.01 and -0.01 <= p.y <= 80.01
    short = rounded_polyline([Point(0, 0), Point(4, 0), Point(4, 4)], 8.0)
    assert short[0].start == Point(0, 0) and short[-1].end == Point(4, 4)


def test_an_arrow_across_a_note_goes_round_it_through_the_gutters() -> None:
    layout = compute_layout(_row_map())
    connector = layout.connectors[0]
    boxes = layout.notes_by_id()
    assert len(connector.segments) > 1
    assert _notes_crossed(layout, connector) == set()
    source, target = boxes["first"].rect, boxes["last"].rect
    start = connector.segments[0].start
    assert start.x == source.right and source.y <= start.y <= source.bottom
    tip = connector.arrow[0]
    assert tip.x == target.x and target.y <= tip.y <= target.bottom
    end = connector.segments[-1].end
    assert (tip.x - end.x, tip.y - end.y) == pytest.approx((DEFAULT_STYLE.arrow_length, 0.0))
    # Its horizontal leg runs along a lane boundary, in the gutter between two lanes.
    edges = {lane.rect.y for lane in layout.lanes} | {lane.rect.bottom for lane in layout.lanes}
    levels = {round(p.y, 3) for p in _points(connector)}
    assert levels & {round(edge, 3) for edge in edges}
    # The label sits on the route, covering no note.
    box = connector.label_box
    assert box is not None
    assert all(not (n.rect.x < box.right and n.rect.right > box.x and n.rect.y < box.bottom
                    and n.rect.bottom > box.y) for n in layout.notes)


def test_an_arrow_with_a_clear_way_keeps_its_single_curve() -> None:
    layout = compute_layout(_row_map(middle_note=False))
    connector = layout.connectors[0]
    assert len(connector.segments) == 1
    assert _notes_crossed(layout, connector) == set()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_no_sample_connector_runs_over_a_note(sample: Path) -> None:
    layout = compute_layout(load_path(sample))
    for connector in layout.connectors:
        assert _notes_crossed(layout, connector) == set(), connector.connector_id


def test_the_route_is_drawn_in_the_pdf_and_the_svg(tmp_path: Path) -> None:
    """The exports draw the routed line: ink along its horizontal leg in the PDF (a gutter
    holds nothing else), and one SVG path of several cubic pieces."""
    journey = _row_map()
    layout = compute_layout(journey)
    connector = layout.connectors[0]
    pdf = tmp_path / "route.pdf"
    export_pdf(journey, pdf, PdfOptions(layout="poster"))
    assert "No syntax or stream encoding errors" in qpdf_check(pdf)
    placement = poster_plan(layout, journey.title, DEFAULT_STYLE)[0].placements[0]
    page = render_gray(pdf, 1, dpi=144)
    origin, scale, region = placement.origin, placement.scale, placement.region

    def darkest(x: float, y: float) -> int:
        """The darkest grey within a point of board point (x, y)."""
        return min(page.at(origin.x + (x - region.x + dx) * scale,
                           origin.y + (y - region.y + dy) * scale)
                   for dx in (-1.0, -0.5, 0.0, 0.5, 1.0) for dy in (-1.0, -0.5, 0.0, 0.5, 1.0))

    # Points of the horizontal leg (the longest run at one height), clear of the label.
    points = _points(connector)
    level = max({round(p.y, 3) for p in points},
                key=lambda y: sum(1 for p in points if round(p.y, 3) == y))
    label = connector.label_box
    assert label is not None
    leg = [p for p in points if round(p.y, 3) == level
           and not label.x - 4 < p.x < label.right + 4]
    assert len(leg) > 10
    # Ink on the leg, much darker than the empty gutter (lane fill) a few points beside it.
    for p in leg[::5]:
        assert darkest(p.x, p.y) < 170
        assert darkest(p.x, p.y - 9.0) - darkest(p.x, p.y) > 40

    svg = tmp_path / "route.svg"
    export_svg(journey, svg)
    paths = [element.get("d", "") for element in ElementTree.parse(svg).iter()
             if element.tag.endswith("path")]
    assert any(d.count("C") >= len(connector.segments) for d in paths)
