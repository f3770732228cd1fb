"""The board pages of a report: which stages go on which page, at what scale, cut where.

A section is a phase (or a run of stages on maps without phases). Narrow sections share a page
with their neighbours and wide ones are split, so pages are neither orphan-thin nor illegible;
every board page uses one scale: of the scales from 100 % down to the legibility floor, the
largest of those needing the fewest pages. A section taller than its page continues on more
pages, cut between lanes (or notes), with the stage and lane headers repeated. Pure geometry:
pdf_report draws it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from canvas_app.fileio.pdf_pages import PagePlan, header_placements
from canvas_app.fileio.pdf_report_cuts import (
    balanced_partition,
    cut_points,
    obstacles,
    pages_down,
    slices_down,
)
from canvas_app.fileio.pdf_report_frame import MARGIN, content_box, page_head
from canvas_app.fileio.pdf_words import report_words
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import BoardLayout, Point, Rect
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.records import Phase

# The legibility floor: no board page is printed below 70 % (note text 8 pt, footers 6.7 pt,
# lane titles 8.75 pt: small but comfortable on paper at reading distance).
MIN_SCALE = 0.7
SCALE_STEP = 0.01


@dataclass(frozen=True, slots=True)
class _Unit:
    first: int  # stage indices, inclusive
    last: int
    width: float
    phase: int | None  # index in phase_spans, None for a stage outside any phase
    part: int = 1
    parts: int = 1


@dataclass(frozen=True, slots=True)
class BoardEntry:
    """An outline entry of a board section: its title and the page it starts on."""

    title: str
    page: int  # index into BoardSection.pages


@dataclass(frozen=True, slots=True)
class BoardSection:
    kicker: str
    title: str
    pages: tuple[PagePlan, ...]
    headings: tuple[str, ...]  # the heading of each page ("Attract", "Attract (continued)")
    entries: tuple[BoardEntry, ...]
    scale: float


def board_sections(journey: JourneyMap, layout: BoardLayout, page_w: float, page_h: float,
                   style: LayoutStyle) -> list[BoardSection]:
    """The report's board pages, section by section."""
    if not journey.stages:
        return []
    language = journey.language.value
    words = report_words(language)
    lane_w = layout.lane_header_width
    edges = _column_edges(journey, lane_w, style)
    avail_w = page_w - 2 * MARGIN
    probe_h = _box_for("x", "x", page_w, page_h, style).height
    scale, groups = _choose_scale(journey, layout, edges, avail_w, probe_h)
    spans = journey.phase_spans()
    drafts = [(_titles(group, journey, spans, words)) for group in groups]
    sections = []
    for group, (kicker, title, entry_titles) in zip(groups, drafts):
        x0, x1 = edges[group[0].first][0], edges[group[-1].last][1]
        room = avail_w / scale - lane_w
        if group[-1].last == len(journey.stages) - 1 and x1 - x0 <= room:
            # Connectors bowing past the last column, as far as the page allows.
            x1 = min(max(x1, layout.width), x0 + room)
        continued = f"{title} ({words['continued']})"
        box = _box_for(kicker, title, page_w, page_h, style)
        later_box = _box_for(kicker, continued, page_w, page_h, style)
        board_room = min(box.height, later_box.height) / scale - layout.header_height
        pages: list[PagePlan] = []
        headings: list[str] = []
        for x_start, x_end in _slices_across(x0, x1, room):
            for y_start, y_end in slices_down(layout, x_start, x_end, board_room):
                frame = later_box if pages else box
                region = Rect(x_start, y_start, x_end - x_start, y_end - y_start)
                origin = Point(frame.x + lane_w * scale, frame.y + layout.header_height * scale)
                placements = header_placements(region, origin, frame.y, frame.x,
                                               layout.header_height, lane_w, scale)
                pages.append(PagePlan(page_w, page_h, None, placements))
                headings.append(continued if len(pages) > 1 else title)
        entries = tuple(BoardEntry(entry, 0) for entry in entry_titles)
        sections.append(BoardSection(kicker, title, tuple(pages), tuple(headings), entries,
                                     scale))
    return sections


def _choose_scale(journey: JourneyMap, layout: BoardLayout, edges: list[tuple[float, float]],
                  avail_w: float, avail_h: float) -> tuple[float, list[list[_Unit]]]:
    """The scale needing the fewest board pages (stage groups across × continuations down), the
    largest such, from 100 % down to the legibility floor; and the stage groups at that scale."""
    base = _units(journey, edges)
    # Continuations are estimated with the whole board's notes (a group's own columns can only
    # offer more places to cut).
    spans = obstacles(layout, 0.0, layout.width)
    head = layout.header_height
    lane_w = layout.lane_header_width
    best: tuple[int, float, list[list[_Unit]]] | None = None
    steps = round((1.0 - MIN_SCALE) / SCALE_STEP)
    for step in range(steps + 1):
        scale = 1.0 - step * SCALE_STEP
        cap = avail_w / scale - lane_w
        groups = _pack(_split_wide(base, edges, cap), cap)
        across = sum(max(1, math.ceil(sum(u.width for u in group) / max(cap, 1.0) - 1e-9))
                     for group in groups)
        room = max(avail_h / scale - head, 40.0)
        down = pages_down(cut_points(layout, spans, room), room)
        if best is None or across * down < best[0]:
            best = (across * down, scale, groups)
    assert best is not None
    return best[1], best[2]


def _box_for(kicker: str, heading: str, page_w: float, page_h: float, style: LayoutStyle) -> Rect:
    return content_box(page_head(kicker, heading, page_w, style), page_w, page_h)


def _column_edges(journey: JourneyMap, left: float, style: LayoutStyle
                  ) -> list[tuple[float, float]]:
    """Board x of each stage column's left and right edge (the layout engine's arithmetic)."""
    edges = []
    x = left
    for stage in journey.stages:
        width = stage.width if stage.width is not None else style.stage_width
        edges.append((x, x + width))
        x += width
    return edges


def _units(journey: JourneyMap, edges: list[tuple[float, float]]) -> list[_Unit]:
    """Each phase is one unit; each stage outside a phase is one unit."""
    start_of = {first: (index, last) for index, (_, first, last) in
                enumerate(journey.phase_spans())}
    units = []
    stage = 0
    while stage < len(journey.stages):
        if stage in start_of:
            index, last = start_of[stage]
            units.append(_Unit(stage, last, edges[last][1] - edges[stage][0], index))
            stage = last + 1
        else:
            units.append(_Unit(stage, stage, edges[stage][1] - edges[stage][0], None))
            stage += 1
    return units


def _split_wide(units: list[_Unit], edges: list[tuple[float, float]], cap: float) -> list[_Unit]:
    """A phase wider than a page becomes parts of consecutive stages, as even as possible."""
    result = []
    for unit in units:
        if unit.width <= cap or unit.first == unit.last:
            result.append(unit)
            continue
        stages = [_Unit(i, i, edges[i][1] - edges[i][0], unit.phase)
                  for i in range(unit.first, unit.last + 1)]
        groups = _pack(stages, cap)
        for part, group in enumerate(groups, start=1):
            result.append(_Unit(group[0].first, group[-1].last, sum(u.width for u in group),
                                unit.phase, part, len(groups)))
    return result


def _pack(units: list[_Unit], cap: float) -> list[list[_Unit]]:
    """Consecutive units on pages: fewest pages, then the most even page widths. Units share a
    page only when alike (whole phases, or stages outside phases); a part of a split phase
    always has its page to itself."""
    def joinable(index: int) -> bool:
        this, following = units[index], units[index + 1]
        return (this.parts == 1 and following.parts == 1
                and (this.phase is None) == (following.phase is None))

    groups = balanced_partition([unit.width for unit in units], cap, joinable)
    return [units[begin:end] for begin, end in groups]


def _titles(group: list[_Unit], journey: JourneyMap, spans: list[tuple[Phase, int, int]],
            words: dict[str, str]
            ) -> tuple[str, str, tuple[str, ...]]:
    """Kicker, heading and outline entries of a page group."""
    count = len(journey.stages)
    first, last = group[0].first, group[-1].last
    stage_range = (words["stage"].format(first=first + 1, count=count) if first == last else
                   words["stages"].format(first=first + 1, last=last + 1, count=count))
    if group[0].phase is None:
        titles = [journey.stages[i].title for i in range(first, last + 1)]
        title = " \u00b7 ".join(t for t in titles if t) or stage_range
        return stage_range, title, (title,)
    phases = [spans[u.phase][0] for u in group if u.phase is not None]
    phase_count = len(spans)
    indices = [u.phase + 1 for u in group if u.phase is not None]
    if len(group) == 1:
        unit = group[0]
        kicker = words["phase"].format(index=indices[0], count=phase_count)
        title = phases[0].title
        if unit.parts > 1:
            title += f" ({words['part'].format(part=unit.part, parts=unit.parts)})"
            kicker += f" \u00b7 {stage_range}"
        return kicker, title, (title,)
    kicker = " \u00b7 ".join(words["phase"].format(index=i, count=phase_count) for i in indices)
    return kicker, " \u00b7 ".join(p.title for p in phases), tuple(p.title for p in phases)


def _slices_across(x0: float, x1: float, room: float) -> list[tuple[float, float]]:
    """Board x ranges of a group: one, unless a single stage is wider than the page."""
    if x1 - x0 <= room + 1e-6 or room <= 0:
        return [(x0, x1)]
    count = math.ceil((x1 - x0) / room - 1e-9)
    step = (x1 - x0) / count
    return [(x0 + i * step, x0 + (i + 1) * step) for i in range(count)]
