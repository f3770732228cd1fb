"""Tests of the pure layout engine: wrapping, sizes, headers, lines, emotion curves, connectors."""

from __future__ import annotations

import math

import pytest
from pdf_tools import MARKUP, blueprint_map, grid_map, sample_map

from canvas_app.model import (
    Connector,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    MapType,
    Note,
    NoteKind,
    Phase,
    Stage,
)
from canvas_app.model import layout_text
from canvas_app.model.emotion_curve import score_y
from canvas_app.model.fonts import FontWeight, font_path
from canvas_app.model.contrast import contrast_ratio
from canvas_app.model.kinds import KIND_COLORS, LINE_LABELS
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.model.layout_geometry import BoardLayout, TextBlock
from canvas_app.model.layout_text import text_width, wrap_text

LONG_WORD = "Siêu" * 40 + "dài"


def _all_blocks(layout: BoardLayout) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    for box in layout.notes:
        blocks.append(box.text)
        if box.footer is not None:
            blocks.append(box.footer)
    blocks += [phase.title for phase in layout.phases]
    for stage in layout.stages:
        blocks.append(stage.title)
        if stage.time is not None:
            blocks.append(stage.time)
    blocks += [lane.title for lane in layout.lanes]
    blocks += [line.label for line in layout.lines]
    blocks += [c.label for c in layout.connectors if c.label is not None]
    return blocks


def _stress_map() -> JourneyMap:
    """Awkward text everywhere: long words, newlines, long titles, tags, a tall custom lane."""
    stages = (
        Stage(id="a", title="Một tiêu đề giai đoạn rất dài cần được xuống dòng nhiều lần " * 3,
              phase="p"),
        Stage(id="b", title=LONG_WORD, width=120, phase="p"),
        Stage(id="c", title="C", time_of_day="07:30"),
    )
    lanes = (
        Lane(id="x", title="Làn có tiêu đề dài " * 6, kind=LaneKind.THOUGHTS),
        Lane(id="y", title="Tall", height=600),
    )
    notes = (
        Note(id="n1", stage="a", lane="x", text=LONG_WORD),
        Note(id="n2", stage="a", lane="x", order=1, text="dòng một\ndòng hai\n\ndòng bốn"),
        Note(id="n3", stage="b", lane="x", text="Trải nghiệm khách hàng " * 20, votes=12,
             tags=tuple(f"thẻ-{i}" for i in range(10)), evidence=Evidence.ASSUMED),
        Note(id="n4", stage="c", lane="y", text=MARKUP, color="#1A237E"),
        Note(id="n5", stage="b", lane="y", text=""),
    )
    return JourneyMap(title="Stress", phases=(Phase(id="p", title=LONG_WORD),), stages=stages,
                      lanes=lanes, notes=notes, map_type=MapType.DAY_IN_THE_LIFE,
                      connectors=(Connector(id="k", source="n1", target="n4",
                                            label="nhãn rất dài " * 8),))


@pytest.mark.parametrize("build", [sample_map, blueprint_map, _stress_map, lambda: grid_map(4, 3)])
def test_every_line_fits_its_width(build) -> None:  # type: ignore[no-untyped-def]
    """Every wrapped line of every text block (notes, footers, headers, labels) fits its width."""
    layout = compute_layout(build())
    for block in _all_blocks(layout):
        assert len(block.lines) == len(block.baselines)
        for line in block.lines:
            assert text_width(line, block.size, block.weight) <= block.width + 1e-6, line


@pytest.mark.parametrize("build", [sample_map, blueprint_map, _stress_map])
def test_boxes_nest_and_grow(build) -> None:  # type: ignore[no-untyped-def]
    """Notes sit inside their cell, cells inside their lane, text inside its note, lanes grow."""
    journey = build()
    layout = compute_layout(journey)
    cells = {(c.stage_id, c.lane_id): c.rect for c in layout.cells}
    lanes = {lane.lane_id: lane for lane in layout.lanes}
    assert len(cells) == len(journey.stages) * len(journey.lanes)
    for box in layout.notes:
        cell = cells[(box.stage_id, box.lane_id)]
        assert cell.contains(box.rect)
        assert lanes[box.lane_id].rect.contains(cell)
        for block in (box.text, box.footer):
            if block is None or not block.lines:
                continue
            assert block.x >= box.rect.x and block.x + block.width <= box.rect.right + 1e-6
            top = block.baselines[0] - block.size  # the font's ascent is one em
            bottom = block.baselines[-1] + 0.265 * block.size
            assert box.rect.y < top and bottom < box.rect.bottom
    for lane in journey.lanes:
        row = lanes[lane.id]
        tallest = max((b.rect.bottom for b in layout.notes if b.lane_id == lane.id),
                      default=row.rect.y)
        assert row.rect.bottom >= tallest + DEFAULT_STYLE.cell_padding - 1e-6
        if lane.height is not None:
            assert row.rect.height >= lane.height
        title = row.title
        assert title.baselines[-1] < row.rect.bottom
    assert layout.height >= max(r.rect.bottom for r in layout.lanes)


def test_headers_hold_their_titles() -> None:
    """Stage and phase headers grow to hold every wrapped line of their titles."""
    layout = compute_layout(_stress_map())
    for header in list(layout.stages) + list(layout.phases):
        block = header.title
        assert len(block.lines) >= 1
        assert header.rect.y < block.baselines[0] - block.size
        assert block.baselines[-1] + 0.265 * block.size <= header.rect.bottom + 1e-6
    assert layout.header_height >= max(h.rect.bottom for h in layout.stages)
    assert min(lane.rect.y for lane in layout.lanes) == pytest.approx(layout.header_height)


def test_long_word_is_broken_by_characters() -> None:
    """A word wider than the line is cut between characters and nothing is lost."""
    lines = wrap_text(LONG_WORD, 150.0, 11.5)
    assert len(lines) > 3
    assert "".join(lines) == LONG_WORD
    assert all(text_width(line, 11.5) <= 150.0 for line in lines)


def test_explicit_newlines_are_kept() -> None:
    """A newline always starts a new line, blank lines stay, trailing blank lines go."""
    assert wrap_text("một\nhai", 500.0, 11.5) == ("một", "hai")
    assert wrap_text("a\n\nb\n\n", 500.0, 11.5) == ("a", "", "b")
    assert wrap_text("   ", 500.0, 11.5) == ()


def test_greedy_wrap_on_spaces() -> None:
    """Words fill a line greedily; runs of spaces and tabs collapse; no word is split needlessly."""
    text = "Trải nghiệm  khách\thàng với nhiều ưu đãi hấp dẫn"
    width = text_width("Trải nghiệm khách hàng", 11.5) + 0.01
    lines = wrap_text(text, width, 11.5)
    assert lines[0] == "Trải nghiệm khách hàng"
    assert " ".join(lines) == "Trải nghiệm khách hàng với nhiều ưu đãi hấp dẫn"


def test_vietnamese_widths_match_reportlab() -> None:
    """Vietnamese text is measured with the embedded font's real widths (what reportlab draws)."""
    from reportlab.pdfbase.ttfonts import TTFont

    for weight in (FontWeight.REGULAR, FontWeight.SEMIBOLD):
        font = TTFont(f"LayoutTest-{weight.value}", str(font_path(weight)))
        for text in ("Đánh giá sản phẩm", "Trải nghiệm khách hàng", "ưu đãi", "Ấn tượng ỡ"):
            expected = font.stringWidth(text, 12.0)
            assert text_width(text, 12.0, weight) == pytest.approx(expected, abs=1e-6)
    # A narrow "i" line and a wide "Đ" line differ: real advance widths, not a fixed estimate.
    assert text_width("iiiii", 12.0) < text_width("ĐĐĐĐĐ", 12.0) / 2


def test_phases_span_their_stages() -> None:
    """A phase header spans exactly its consecutive stages, above the stage headers."""
    layout = compute_layout(sample_map())
    stages = layout.stages
    first, second = layout.phases
    assert (first.first_stage, first.last_stage) == (0, 2)
    assert (second.first_stage, second.last_stage) == (3, 4)
    assert first.rect.x == pytest.approx(stages[0].rect.x)
    assert first.rect.right == pytest.approx(stages[2].rect.right)
    assert second.rect.right == pytest.approx(stages[4].rect.right)
    assert all(first.rect.bottom <= s.rect.y for s in stages)


def test_no_phase_row_without_phases() -> None:
    """Without phases the stage headers start at the top of the board."""
    layout = compute_layout(grid_map(3, 2))
    assert layout.phases == ()
    assert layout.stages[0].rect.y == 0.0


def test_stage_width_and_time_of_day() -> None:
    """A stage's own width is used; day-in-the-life maps show the time above the title."""
    journey = _stress_map()
    layout = compute_layout(journey)
    widths = [c.rect.width for c in layout.cells if c.lane_id == "x"]
    assert widths == [DEFAULT_STYLE.stage_width, 120.0, DEFAULT_STYLE.stage_width]
    timed = layout.stages[2]
    assert timed.time is not None and timed.time.lines == ("07:30",)
    assert timed.time.baselines[0] < timed.title.baselines[0]
    other = compute_layout(journey.model_copy(update={"map_type": MapType.CURRENT_STATE}))
    assert other.stages[2].time is None


def test_note_colours_and_footer() -> None:
    """Fill is the note's colour or its kind's; dark fills get light ink; the footer says it all."""
    layout = compute_layout(_stress_map())
    boxes = layout.notes_by_id()
    assert boxes["n1"].fill == KIND_COLORS[NoteKind.NOTE]
    assert boxes["n4"].fill == "#1A237E" and boxes["n4"].text.color == DEFAULT_STYLE.ink_on_dark
    assert boxes["n1"].text.color == DEFAULT_STYLE.ink
    footer = boxes["n3"].footer
    assert footer is not None
    joined = " ".join(footer.lines)
    assert joined.startswith("12 votes · #thẻ-0") and joined.endswith("· assumed")
    assert boxes["n1"].footer is None
    assert boxes["n5"].rect.height == DEFAULT_STYLE.note_min_height


def test_blueprint_lines_below_their_lane() -> None:
    """Each blueprint line lies in a band just below its lane, labelled in the map's language."""
    journey = blueprint_map()
    layout = compute_layout(journey)
    lanes = [lane.rect for lane in layout.lanes]
    index = {lane.id: i for i, lane in enumerate(journey.lanes)}
    for line, drawn in zip(journey.lines, layout.lines):
        i = index[line.after_lane]
        assert lanes[i].bottom < drawn.y < lanes[i + 1].y
        assert drawn.label.baselines[-1] < drawn.y
        assert (drawn.x_start, drawn.x_end) == (0.0, layout.width)
    assert layout.lines[0].label.lines == (LINE_LABELS[layout.lines[0].kind]["en"],)
    assert "reservations team" in " ".join(layout.lines[2].label.lines)
    assert len({line.dash for line in layout.lines}) == 3
    vietnamese = compute_layout(sample_map(Language.VI))
    assert vietnamese.lines[0].label.lines == ("Đường tương tác",)


def test_emotion_curve_points_at_mean_scores() -> None:
    """One point per scored stage at the cell's mean score; unscored stages are skipped."""
    layout = compute_layout(sample_map())
    (curve,) = layout.curves
    stage_x = {s.stage_id: s.rect.center.x for s in layout.stages}
    assert [p.stage_id for p in curve.points] == ["s0", "s1", "s3", "s4"]
    assert [p.score for p in curve.points] == [1.0, 0.5, -2.0, 2.0]
    for point in curve.points:
        assert point.point.x == pytest.approx(stage_x[point.stage_id])
        assert point.point.y == pytest.approx(score_y(point.score, curve.band, DEFAULT_STYLE))
    assert curve.points[2].point.y == pytest.approx(curve.bottom_y)
    assert curve.points[3].point.y == pytest.approx(curve.top_y)
    assert curve.band.y < curve.top_y < curve.zero_y < curve.bottom_y < curve.band.bottom
    # The curve joins the scored points in order, skipping s2, and stays within ±2.
    assert len(curve.segments) == 3
    for segment, (a, b) in zip(curve.segments, zip(curve.points, curve.points[1:])):
        assert segment.start == a.point and segment.end == b.point
        for control in (segment.c1, segment.c2):
            assert curve.top_y - 1e-6 <= control.y <= curve.bottom_y + 1e-6
            assert a.point.x < control.x < b.point.x
    # The notes of the emotions lane stack below the band.
    assert all(box.rect.y > curve.band.bottom for box in layout.notes if box.lane_id == "emo")


def test_emotion_lane_without_scores_has_no_points() -> None:
    """An emotions lane with no scored notes still gets its band, with no points or segments."""
    journey = JourneyMap(stages=(Stage(id="s", title="S"),),
                         lanes=(Lane(id="e", title="Feelings", kind=LaneKind.EMOTIONS),))
    (curve,) = compute_layout(journey).curves
    assert curve.points == () and curve.segments == ()


def test_connectors_end_at_the_notes() -> None:
    """A connector starts on its source's edge and its arrow tip lies on the target's edge."""
    layout = compute_layout(sample_map())
    boxes = layout.notes_by_id()
    for connector in layout.connectors:
        source, target = boxes[connector.source_id].rect, boxes[connector.target_id].rect
        start, tip = connector.segments[0].start, connector.arrow[0]
        assert start.x in (source.x, source.right) and source.y <= start.y <= source.bottom
        assert tip.x in (target.x, target.right) and target.y <= tip.y <= target.bottom
        end = connector.segments[-1].end
        assert math.dist((tip.x, tip.y), (end.x, end.y)) == \
            pytest.approx(DEFAULT_STYLE.arrow_length)
    same_column = next(c for c in layout.connectors if c.connector_id == "c2")
    assert same_column.arrow[0].x == boxes["n-s1-act-1"].rect.right
    labelled = next(c for c in layout.connectors if c.connector_id == "c1")
    assert labelled.label is not None and labelled.label.lines == ("dẫn tới",)
    assert labelled.label_box is not None


def test_board_extent_includes_connectors_in_the_last_column() -> None:
    """A labelled connector within the last column bows past the grid; the board grows to hold it."""
    stages = (Stage(id="s1", title="One"), Stage(id="s2", title="Two"))
    lanes = (Lane(id="l1", title="Actions", kind=LaneKind.ACTIONS),)
    notes = tuple(Note(id=f"n{i}", stage="s2", lane="l1", order=i, text=f"note {i}")
                  for i in range(2))
    journey = JourneyMap(stages=stages, lanes=lanes, notes=notes, connectors=(
        Connector(id="c", source="n0", target="n1", label="một nhãn khá dài"),))
    layout = compute_layout(journey)
    grid_right = max(lane.rect.right for lane in layout.lanes)
    connector = layout.connectors[0]
    assert connector.label_box is not None
    assert layout.width >= max(*(p.x for piece in connector.segments for p in piece),
                               connector.label_box.right)
    assert layout.width > grid_right


def test_layout_is_deterministic() -> None:
    """The same map gives an equal layout, whatever is in the wrap caches."""
    journey = sample_map()
    first = compute_layout(journey)
    layout_text.wrap_text.cache_clear()
    layout_text._word_ems.clear()
    second = compute_layout(JourneyMap.model_validate(journey.model_dump()))
    assert first == second


def test_empty_map_lays_out() -> None:
    """A map with no stages, lanes or notes still gives a (small) layout."""
    layout = compute_layout(JourneyMap())
    assert layout.notes == () and layout.lanes == () and layout.width > 0
    assert layout.height > 0


def test_small_print_is_readable_on_every_note_colour() -> None:
    """Footers (votes, tags, evidence) are 9.5 pt: their ink keeps 6:1 or more on every kind's
    colour (WCAG asks 4.5:1; the margin covers anti-aliased small glyphs on screen), and the main
    text 8:1."""
    style = DEFAULT_STYLE
    for kind, fill in KIND_COLORS.items():
        assert contrast_ratio(style.muted_ink, fill) >= 6.0, kind
        assert contrast_ratio(style.ink, fill) >= 8.0, kind
    layout = compute_layout(sample_map())
    footers = [box.footer for box in layout.notes if box.footer is not None]
    assert footers and all(f.color in (style.muted_ink, style.ink_on_dark) for f in footers)
