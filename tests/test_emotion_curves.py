"""Tests of several emotion curves on one map: grouping by persona and by as-is / to-be, the
legend strip in the band, and the drawing of every line in the PDF (board and report), SVG and
on screen."""

from __future__ import annotations

import re
from pathlib import Path

from pdf_tools import page_content, pdf_text, sample_map, squeeze

from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.fileio.svg_export import render_svg
from canvas_app.model import Evidence, JourneyMap, Language, MapType, Note, NoteKind, Persona
from canvas_app.model.emotion_curve import curve_series
from canvas_app.model.emotion_groups import AS_IS, TO_BE, lane_scores
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.model.layout_geometry import EmotionCurve

LAN, MINH = "Lan – nhân viên văn phòng", "Minh – sinh viên"
SCORES_A = [1, -1, -2, 1, 2]
SCORES_B = [0, 1, -1, -2, 1]
BLUE = DEFAULT_STYLE.emotion_series_colors[1]


def _with_emotions(journey: JourneyMap, notes: list[Note],
                   personas: tuple[Persona, ...] = ()) -> JourneyMap:
    kept = [note for note in journey.notes if note.lane != "emo"]
    return journey.model_copy(update={"personas": personas, "notes": tuple(kept + notes)})


def _emotion(stage: str, order: int, score: int, persona: str | None = None,
             evidence: Evidence | None = None) -> Note:
    return Note(id=f"e-{stage}-{order}", stage=stage, lane="emo", order=order,
                kind=NoteKind.EMOTION, text=f"cảm xúc {stage} {order}", emotion=score,
                persona=persona, evidence=evidence)


def two_persona_map(language: Language = Language.VI) -> JourneyMap:
    """The sample map whose emotions lane holds one scored note per stage for each of two
    personas."""
    base = sample_map(language)
    personas = (Persona(id="pa", name=LAN), Persona(id="pb", name=MINH))
    notes = []
    for i, stage in enumerate(base.stages):
        notes.append(_emotion(stage.id, 0, SCORES_A[i], "pa"))
        notes.append(_emotion(stage.id, 1, SCORES_B[i], "pb"))
    return JourneyMap.model_validate(_with_emotions(base, notes, personas).model_dump())


def as_is_to_be_map(language: Language = Language.VI) -> JourneyMap:
    """Observed scores and proposed (to-be) scores in the same emotions lane."""
    base = sample_map(language)
    notes = []
    for i, stage in enumerate(base.stages):
        notes.append(_emotion(stage.id, 0, SCORES_A[i], evidence=Evidence.OBSERVED))
        notes.append(_emotion(stage.id, 1, min(2, SCORES_A[i] + 1), evidence=Evidence.PROPOSED))
    return JourneyMap.model_validate(_with_emotions(base, notes).model_dump())


def _curve(journey: JourneyMap) -> EmotionCurve:
    (curve,) = compute_layout(journey).curves
    return curve


# -- grouping and layout (no Qt) ---------------------------------------------------------------


def test_one_group_keeps_one_curve_without_legend() -> None:
    """Scores of one persona (or none) give one series, no legend and the usual band height."""
    base = sample_map()
    notes = [_emotion(stage.id, 0, SCORES_A[i]) for i, stage in enumerate(base.stages)]
    curve = _curve(_with_emotions(base, notes))
    assert len(curve.series) == 1 and curve.legend == ()
    assert curve.band.height == DEFAULT_STYLE.emotion_band_height
    assert curve.series[0].points == curve.points and curve.series[0].key == ""
    assert curve.color == DEFAULT_STYLE.emotion_color
    assert [p.score for p in curve.points] == SCORES_A


def test_two_personas_give_two_coloured_curves_and_a_legend() -> None:
    """Notes of two personas: a curve each through that persona's scores, distinct colours,
    labelled with the names in a legend strip inside the band above the plot."""
    curve = _curve(two_persona_map())
    first, second = curve.series
    assert (first.persona_id, second.persona_id) == ("pa", "pb")
    assert (first.label, second.label) == (LAN, MINH)
    assert [p.score for p in first.points] == SCORES_A
    assert [p.score for p in second.points] == SCORES_B
    assert first.color != second.color and first.dash == second.dash == ()
    assert curve.points == first.points and curve.color == first.color
    assert [entry.label.lines for entry in curve.legend] == [(LAN,), (MINH,)]
    strip = curve.band.height - DEFAULT_STYLE.emotion_band_height
    assert strip > 10.0
    for entry in curve.legend:
        assert curve.band.y < entry.start.y < curve.band.y + strip
        assert entry.start.x >= curve.band.x and entry.end.x > entry.start.x
    # The plot sits below the strip: +2 lies under the legend, −2 above the band's bottom.
    assert curve.top_y > curve.band.y + strip and curve.bottom_y < curve.band.bottom
    for series in curve.series:
        for point in series.points:
            assert curve.top_y - 1e-6 <= point.point.y <= curve.bottom_y + 1e-6


def test_notes_below_the_band_move_down_by_the_legend_strip() -> None:
    """The legend strip makes the lane taller: its notes start below the taller band."""
    layout = compute_layout(two_persona_map())
    curve = layout.curves[0]
    lane_notes = [box for box in layout.notes if box.lane_id == "emo"]
    assert lane_notes and min(box.rect.y for box in lane_notes) > curve.band.bottom


def test_persona_and_notes_without_persona_are_two_groups() -> None:
    """One persona's scores beside unassigned ones: that persona and "No persona" (in the map's
    language), the unassigned last."""
    base = sample_map(Language.EN)
    notes = [_emotion("s0", 0, 1, "pa"), _emotion("s1", 0, -1), _emotion("s2", 0, 2, "pa")]
    journey = _with_emotions(base, notes, (Persona(id="pa", name="Ann"),))
    groups = lane_scores(journey, "emo")
    assert [g.group.label for g in groups] == ["Ann", "No persona"]
    assert groups[0].means[:3] == (("s0", 1.0), ("s1", None), ("s2", 2.0))
    vi = journey.model_copy(update={"language": Language.VI})
    assert lane_scores(vi, "emo")[1].group.label == "Chưa gán chân dung"


def test_as_is_and_to_be_curves() -> None:
    """Proposed scores beside observed ones: an as-is line and a dashed to-be line in another
    colour, labelled in the map's language."""
    curve = _curve(as_is_to_be_map())
    as_is, to_be = curve.series
    assert (as_is.horizon, to_be.horizon) == (AS_IS, TO_BE)
    assert (as_is.label, to_be.label) == ("hiện tại", "tương lai")
    assert as_is.dash == () and to_be.dash == DEFAULT_STYLE.emotion_to_be_dash
    assert as_is.color != to_be.color
    assert [p.score for p in to_be.points] == [min(2, s + 1) for s in SCORES_A]
    english = _curve(as_is_to_be_map(Language.EN))
    assert [s.label for s in english.series] == ["as-is", "to-be"]


def test_assumed_and_unmarked_scores_join_the_map_s_own_journey() -> None:
    """Without both observed and proposed scores there is one curve; with both, assumed and
    unmarked scores join as-is on a current-state map and to-be on a future-state map."""
    base = sample_map(Language.EN)
    only_proposed = [_emotion("s0", 0, 1, evidence=Evidence.PROPOSED),
                     _emotion("s1", 0, -1, evidence=Evidence.ASSUMED), _emotion("s2", 0, 2)]
    assert len(_curve(_with_emotions(base, only_proposed)).series) == 1
    mixed = only_proposed + [_emotion("s3", 0, -2, evidence=Evidence.OBSERVED)]
    current = _curve(_with_emotions(base, mixed))
    as_is, to_be = current.series
    assert [p.stage_id for p in as_is.points] == ["s1", "s2", "s3"]
    assert [p.stage_id for p in to_be.points] == ["s0"]
    future = _with_emotions(base.model_copy(update={"map_type": MapType.FUTURE_STATE}), mixed)
    as_is, to_be = _curve(future).series
    assert [p.stage_id for p in as_is.points] == ["s3"]
    assert [p.stage_id for p in to_be.points] == ["s0", "s1", "s2"]


def test_samples_keep_one_curve_a_lane() -> None:
    """The sample maps (one persona each, no observed-with-proposed lane) draw one curve."""
    from canvas_app.fileio.codec import load_path

    folder = Path(__file__).resolve().parent.parent / "sample_canvases"
    for path in sorted(folder.glob("*.journey")):
        for curve in compute_layout(load_path(path)).curves:
            assert len(curve.series) == 1 and curve.legend == (), path.name


def test_personas_and_horizons_together() -> None:
    """Two personas each with as-is and to-be scores: four lines, a colour per persona and a
    dash per horizon, the persona's lines together in the legend."""
    base = sample_map(Language.EN)
    personas = (Persona(id="pa", name="Ann"), Persona(id="pb", name="Bao"))
    notes = [
        _emotion("s0", 0, 1, "pa", Evidence.OBSERVED), _emotion("s0", 1, 2, "pa", Evidence.PROPOSED),
        _emotion("s1", 0, -1, "pb", Evidence.ASSUMED), _emotion("s1", 1, 1, "pb", Evidence.PROPOSED),
    ]
    curve = _curve(_with_emotions(base, notes, personas))
    assert [s.label for s in curve.series] == ["Ann · as-is", "Ann · to-be", "Bao · as-is",
                                               "Bao · to-be"]
    colors = [s.color for s in curve.series]
    assert colors[0] == colors[1] != colors[2] == colors[3]
    assert [bool(s.dash) for s in curve.series] == [False, True, False, True]


def test_legend_wraps_long_labels_into_rows_inside_the_band() -> None:
    """Many personas with long names: legend entries wrap onto rows, each label cut to one line,
    none overlapping and all inside the band."""
    base = sample_map(Language.EN)
    personas = tuple(Persona(id=f"p{i}", name=f"Persona {i} " + "with a very long name " * 6)
                     for i in range(7))
    notes = [_emotion(stage.id, i, (i % 5) - 2, f"p{i}")
             for i in range(7) for stage in base.stages[:2]]
    curve = _curve(_with_emotions(base, notes, personas))
    assert len(curve.legend) == 7
    rows = {round(entry.start.y, 2) for entry in curve.legend}
    assert len(rows) >= 2
    boxes = []
    for entry in curve.legend:
        (line,) = entry.label.lines
        assert line.endswith("…")
        assert entry.label.x + entry.label.width <= curve.band.right + 1.0
        boxes.append((round(entry.start.y, 2), entry.start.x, entry.label.x + entry.label.width))
    for (row, left, right), (row2, left2, _) in zip(boxes, boxes[1:]):
        assert row2 > row or left2 >= right
    assert max(entry.label.baselines[0] for entry in curve.legend) < curve.top_y


def test_curve_series_of_an_old_style_curve() -> None:
    """A curve record built without series still gives its one line to draw."""
    curve = _curve(two_persona_map())
    bare = curve._replace(series=(), legend=())
    (line,) = curve_series(bare)
    assert line.points == curve.points and line.color == curve.color


# -- drawing: PDF and SVG ------------------------------------------------------------------------


def test_pdf_board_draws_both_curves_and_the_legend(tmp_path: Path) -> None:
    """The poster strokes a curve in each series' colour, the to-be one dashed, and prints the
    legend labels as text."""
    path = tmp_path / "two.pdf"
    export_pdf(two_persona_map(), path, PdfOptions(layout="poster"))
    text = squeeze(pdf_text(path))
    assert LAN in text and MINH in text
    content = page_content(path, 1)
    strokes = [[float(v) for v in s.split()] for s in re.findall(r"([\d.]+ [\d.]+ [\d.]+) RG",
                                                                   content)]
    for color in (BLUE, DEFAULT_STYLE.emotion_color):
        wanted = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        assert any(all(abs(a - b) < 0.003 for a, b in zip(rgb, wanted)) for rgb in strokes)

    dashed = tmp_path / "asis.pdf"
    export_pdf(as_is_to_be_map(), dashed, PdfOptions(layout="poster"))
    dash = " ".join(f"{d:g}" for d in DEFAULT_STYLE.emotion_to_be_dash)
    assert f"[{dash}] 0 d" in page_content(dashed, 1)
    assert "tương lai" in squeeze(pdf_text(dashed))


def test_report_overview_chart_has_both_lines_and_their_key(tmp_path: Path) -> None:
    """The report's journey-at-a-glance chart names both personas beside a line each."""
    path = tmp_path / "report.pdf"
    export_pdf(two_persona_map(), path, PdfOptions(layout="report"))
    text = squeeze(pdf_text(path))
    overview = text[text.index("Đường cảm xúc"):]
    assert LAN in overview and MINH in overview


def test_svg_draws_each_series_with_its_colour_and_dash() -> None:
    """The SVG has a path per series (the to-be one dashed) and the legend labels as text."""
    svg = render_svg(as_is_to_be_map())
    curve = _curve(as_is_to_be_map())
    for series in curve.series:
        assert f'stroke="{series.color}"' in svg
    dash = " ".join(f"{d:g}" for d in DEFAULT_STYLE.emotion_to_be_dash)
    assert f'stroke-dasharray="{dash}"' in svg
    assert ">hiện tại</text>" in svg and ">tương lai</text>" in svg


# -- on screen ------------------------------------------------------------------------------------


def test_board_view_draws_every_curve_and_the_legend(qtbot: object) -> None:
    """The editor's board paints the second persona's curve in its colour and the legend."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from scene_helpers import make_view

    journey = two_persona_map()
    view = make_view(qtbot, journey)
    (curve,) = compute_layout(journey).curves
    second = curve.series[1]
    band = curve.band
    image = QImage(round(band.width), round(band.height), QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    view.board_scene.render(painter, QRectF(0, 0, band.width, band.height),
                            QRectF(band.x, band.y, band.width, band.height))
    painter.end()
    target = QColor(second.color)

    def near(point: QPointF) -> bool:
        pixel = image.pixelColor(round(point.x() - band.x), round(point.y() - band.y))
        return (abs(pixel.red() - target.red()) + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())) < 40

    assert all(near(QPointF(p.point.x, p.point.y)) for p in second.points)
    entry = curve.legend[1]
    assert near(QPointF((entry.start.x + entry.end.x) / 2, entry.start.y))


def test_every_report_board_page_names_the_curves(tmp_path: Path) -> None:
    """A board page starting mid-band (the second phase) moves the legend and ± hints into
    view, so each page says whose curves it shows."""
    from pdf_tools import page_count

    path = tmp_path / "report.pdf"
    export_pdf(two_persona_map(), path, PdfOptions(layout="report"))
    last = page_count(path)
    text = squeeze(pdf_text(path, last, last))
    assert "Sau khi mua" in text  # the second phase's page
    assert LAN in text and MINH in text
