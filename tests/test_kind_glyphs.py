"""Kind glyphs from one description (model/kind_glyphs.py) on the board, in the PNG, the PDF and
the SVG (issue 6: colour is never the only signal of a note's kind).

Each kind but the plain note has a mark in its note's top-right corner. The marks are checked
where a user sees them: the real PDF rendered by pdftoppm (and its content stream read by
qpdf), the real SVG parsed and rendered by Qt's SVG renderer, the PNG export, and the board
grabbed from a shown view; the drawings of each mark are compared with each other pixel by
pixel.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable

import pytest
from pdf_tools import page_content, page_count, pdf_text, qpdf_check, render_gray, squeeze
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from scene_helpers import make_view

from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.fileio.pdf_glyphs import glyph_path, placed_glyph
from canvas_app.fileio.pdf_legend import SWATCH_H, SWATCH_W
from canvas_app.fileio.pdf_pages import poster_plan
from canvas_app.fileio.svg_export import SVG_NAMESPACE, render_svg
from canvas_app.model import kind_glyphs
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import KIND_COLORS, NoteKind
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.model.layout_geometry import BoardLayout, NoteBox, Rect
from canvas_app.model.records import Lane, Note, Stage

PX_PER_PT = 6  # 432 dpi: a 7-point glyph is 42 pixels across
DARK = 110  # grey level below which a pixel is ink (every note fill and border is lighter)


def all_kinds_map() -> JourneyMap:
    """One note of every kind, four to a cell, with the kind's name in its text."""
    return JourneyMap(
        title="Kinds",
        stages=tuple(Stage(id=f"s{i}", title=f"Stage {i}") for i in range(4)),
        lanes=(Lane(id="l", title="Notes"),),
        notes=tuple(Note(id=f"n-{kind.value}", stage=f"s{i % 4}", lane="l", order=i // 4,
                         kind=kind, text=f"{kind.value} note, long enough to wrap twice")
                    for i, kind in enumerate(NoteKind)))


def by_kind(layout: BoardLayout) -> dict[NoteKind, NoteBox]:
    return {box.kind: box for box in layout.notes}


Sampler = Callable[[float, float], int]  # board point -> grey level


def mask(sample: Sampler, area: Rect) -> set[tuple[int, int]]:
    """The ink pixels inside `area` (board points), on a PX_PER_PT grid."""
    found = set()
    for i in range(round(area.width * PX_PER_PT)):
        for j in range(round(area.height * PX_PER_PT)):
            if sample(area.x + (i + 0.5) / PX_PER_PT, area.y + (j + 0.5) / PX_PER_PT) < DARK:
                found.add((i, j))
    return found


def around(box: Rect) -> Rect:
    """The glyph's box with a point of room (round caps and strokes reach past it)."""
    return Rect(box.x - 1.0, box.y - 1.0, box.width + 2.0, box.height + 2.0)


def overlap(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> float:
    return len(a & b) / max(len(a | b), 1)


def image_sampler(image: QImage, offset: float, scale: float) -> Sampler:
    def sample(x: float, y: float) -> int:
        column = min(max(int((x + offset) * scale), 0), image.width() - 1)
        row = min(max(int((y + offset) * scale), 0), image.height() - 1)
        return QColor(image.pixel(column, row)).lightness()
    return sample


def sampled_outline(ops: tuple[kind_glyphs.PathOp, ...]) -> list[tuple[float, float]]:
    """Points along a path: its corners and 50 points on each Bézier piece."""
    points: list[tuple[float, float]] = []
    current = (0.0, 0.0)
    for op, coords in ops:
        if op in ("M", "L"):
            current = (coords[0], coords[1])
            points.append(current)
        elif op == "C":
            x0, y0 = current
            x1, y1, x2, y2, x3, y3 = coords
            for step in range(51):
                t = step / 50
                u = 1 - t
                points.append((u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
                               u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3))
            current = (x3, y3)
    return points


# -- the description -----------------------------------------------------------------------------


def test_every_kind_but_the_plain_note_has_its_own_glyph_inside_the_unit_square() -> None:
    unit = Rect(0.0, 0.0, 1.0, 1.0)
    seen = set()
    for kind in NoteKind:
        glyph = kind_glyphs.glyph(kind)
        if kind is NoteKind.NOTE:
            assert glyph is None and kind_glyphs.glyph_outline(kind, unit) == ()
            continue
        assert glyph is not None and glyph.shapes, kind
        outline = kind_glyphs.glyph_outline(kind, unit)
        points = sampled_outline(outline)
        assert len(points) >= 3, kind
        assert all(-1e-9 <= x <= 1 + 1e-9 and -1e-9 <= y <= 1 + 1e-9 for x, y in points), kind
        # It fills a fair part of its square: legible, not a speck in a corner.
        xs, ys = [x for x, _ in points], [y for _, y in points]
        assert max(xs) - min(xs) >= 0.6 and max(ys) - min(ys) >= 0.6, kind
        seen.add((outline, glyph.filled))
    assert len(seen) == len(NoteKind) - 1


def test_placing_scales_the_unit_shapes_into_a_box() -> None:
    box = Rect(100.0, 50.0, 7.0, 7.0)
    for kind in NoteKind:
        unit = kind_glyphs.glyph_outline(kind, Rect(0.0, 0.0, 1.0, 1.0))
        placed = kind_glyphs.glyph_outline(kind, box)
        assert [op for op, _ in unit] == [op for op, _ in placed]
        for (_, a), (_, b) in zip(unit, placed):
            expected = [100.0 + v * 7.0 if i % 2 == 0 else 50.0 + v * 7.0 for i, v in enumerate(a)]
            assert b == pytest.approx(expected)
    assert kind_glyphs.stroke_width(box) == pytest.approx(7.0 * kind_glyphs.STROKE)
    assert kind_glyphs.stroke_width(Rect(0, 0, 2, 2)) == kind_glyphs.MIN_STROKE


def test_the_layout_carries_each_notes_kind_and_the_glyph_box_clears_the_text() -> None:
    """The glyph's box lies inside its note, in the top padding above the first line's
    capitals and right of the text column: it never covers text."""
    layout = compute_layout(all_kinds_map())
    assert {box.kind for box in layout.notes} == set(NoteKind)
    for box in layout.notes:
        assert box.note_id == f"n-{box.kind.value}"
        glyph = kind_glyphs.glyph_box(box.rect)
        assert box.rect.contains(glyph)
        text = box.text
        assert glyph.x >= text.x + text.width  # right of the wrapped text column
        assert glyph.bottom < text.baselines[0] - text.size * 0.75  # above the first capitals


# -- PDF -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def journey() -> JourneyMap:
    return all_kinds_map()


@pytest.fixture(scope="module")
def layout(journey: JourneyMap) -> BoardLayout:
    return compute_layout(journey, DEFAULT_STYLE)


@pytest.fixture(scope="module")
def poster(journey: JourneyMap, layout: BoardLayout,
           tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Sampler]:
    """The poster PDF and a sampler of its page in board coordinates."""
    path = tmp_path_factory.mktemp("glyphs") / "kinds.pdf"
    export_pdf(journey, path, PdfOptions(layout="poster"))
    placement = poster_plan(layout, journey.title, DEFAULT_STYLE)[0].placements[0]
    page = render_gray(path, 1, dpi=72 * PX_PER_PT)
    origin, scale = placement.origin, placement.scale
    region = placement.region
    return path, lambda x, y: page.at(origin.x + (x - region.x) * scale,
                                      origin.y + (y - region.y) * scale)


def test_the_poster_draws_each_mark_as_vector_paths(poster: tuple[Path, Sampler],
                                                    layout: BoardLayout) -> None:
    """The page's content stream holds each glyph's path at its note's corner, the rendered
    page has ink there (none in the plain note's corner), and the text is intact."""
    path, sample = poster
    assert "No syntax or stream encoding errors found" in qpdf_check(path)
    content = page_content(path, 1)
    for kind, box in by_kind(layout).items():
        corner = kind_glyphs.glyph_box(box.rect)
        ink = mask(sample, around(corner))
        if kind is NoteKind.NOTE:
            assert ink == set()
            continue
        assert placed_glyph(kind, corner) in content, kind
        assert len(ink) > 0.08 * (corner.width * PX_PER_PT) ** 2, kind
    text = squeeze(pdf_text(path))
    for kind in NoteKind:
        assert f"{kind.value} note, long enough to wrap twice" in text


@pytest.mark.parametrize("page_layout", ["fit", "tiled", "report"])
def test_every_pdf_layout_draws_the_marks(page_layout: str, journey: JourneyMap,
                                          layout: BoardLayout, tmp_path: Path) -> None:
    """Fit, tiled and report pages draw the board through the same code: each mark's path is
    on some page, in board coordinates (pages place the board with a transform)."""
    path = tmp_path / f"{page_layout}.pdf"
    export_pdf(journey, path, PdfOptions(layout=page_layout))  # type: ignore[arg-type]
    assert "No syntax or stream encoding errors found" in qpdf_check(path)
    content = "\n".join(page_content(path, page) for page in range(1, page_count(path) + 1))
    for kind, box in by_kind(layout).items():
        if kind is not NoteKind.NOTE:
            assert placed_glyph(kind, kind_glyphs.glyph_box(box.rect)) in content, kind


def test_the_report_legend_shows_each_kinds_mark_beside_its_name(journey: JourneyMap,
                                                                 tmp_path: Path) -> None:
    """On the legend page, the sample left of each kind's name carries the kind's mark: ink in
    its top-right corner (none on the plain note's sample), and the glyph's path is in the page
    at a sample's corner."""
    path = tmp_path / "report.pdf"
    export_pdf(journey, path, PdfOptions(layout="report"))
    page = next(p for p in range(1, page_count(path) + 1) if "Note kinds" in pdf_text(path, p, p))
    content = page_content(path, page)
    # The legend's rows are drawn at their own origin: a sample is Rect(column offset, 0.5, …),
    # its glyph moved to the sample's corner (the path itself is formatted at the origin).
    corner = kind_glyphs.glyph_box(Rect(0.0, 0.5, SWATCH_W, SWATCH_H))
    for kind in NoteKind:
        if kind is not NoteKind.NOTE:
            local = glyph_path(kind, Rect(0.0, 0.0, corner.width, corner.height))
            placed = re.findall(r"q 1 0 0 1 (-?\d+\.\d\d) (-?\d+\.\d\d) cm " + re.escape(local),
                                content)
            columns = [float(x) - corner.x for x, y in placed if float(y) == round(corner.y, 2)]
            assert columns and all(c >= -0.01 for c in columns), kind
    # Pixels: the label's bounding box (pdftotext -bbox) locates each sample.
    image = render_gray(path, page, dpi=72 * PX_PER_PT)
    words = _word_boxes(path, page)
    for kind in NoteKind:
        label = {"pain-point": "Pain", "kpi": "KPI"}.get(kind.value, kind.value.capitalize())
        x, y = _label_start(words, label)
        sample = Rect(x - 8.0 - SWATCH_W, y - 4.0, SWATCH_W, SWATCH_H)
        corner = Rect(sample.x + SWATCH_W / 2, sample.y, SWATCH_W / 2, SWATCH_H / 2 + 3.0)
        ink = mask(lambda px, py: image.at(px, py), corner)
        if kind is NoteKind.NOTE:
            assert ink == set()
        else:
            assert len(ink) > 0.06 * (7 * PX_PER_PT) ** 2, kind


def _label_start(words: list[tuple[str, float, float]], first: str) -> tuple[float, float]:
    """The top-left corner of the legend label that starts with `first` and ends in a count."""
    for word, x, y in words:
        if word != first:
            continue
        line = [(w, wx) for w, wx, wy in words if abs(wy - y) < 1.0 and 0 <= wx - x < 120.0]
        if any(w.startswith("(") and w.endswith(")") for w, _ in line):
            return x, y
    raise AssertionError(f"no legend label starting with {first!r}")


def _word_boxes(path: Path, page: int) -> list[tuple[str, float, float]]:
    """Words of a page with their top-left corner (points, y down), from pdftotext -bbox."""
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, check=True, text=True).stdout
    return [(m.group(3), float(m.group(1)), float(m.group(2))) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
        html)]


# -- SVG -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def svg(journey: JourneyMap, qapp: QApplication) -> tuple[str, Sampler]:
    """The SVG and a sampler of it as Qt's SVG renderer draws it."""
    from PySide6.QtSvg import QSvgRenderer

    document = render_svg(journey)
    renderer = QSvgRenderer(document.encode("utf-8"))
    assert renderer.isValid()
    view = renderer.viewBoxF()
    image = QImage(round(view.width() * PX_PER_PT), round(view.height() * PX_PER_PT),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return document, image_sampler(image, -view.x(), PX_PER_PT)


def test_the_svg_has_one_glyph_element_per_marked_note_inside_its_note(
        svg: tuple[str, Sampler], layout: BoardLayout) -> None:
    """Each note's group holds one kind-glyph path named by its kind (none for a plain note),
    every coordinate of it inside the glyph's box on the note, and Qt's SVG renderer draws ink
    there."""
    document, sample = svg
    root = ET.fromstring(document)
    ns = {"svg": SVG_NAMESPACE}
    groups = {g.get("data-note"): g for g in root.iterfind(".//svg:g[@class='note']", ns)}
    assert len(groups) == len(NoteKind)
    assert len(root.findall(".//svg:path[@class='kind-glyph']", ns)) == len(NoteKind) - 1
    for kind, box in by_kind(layout).items():
        paths = groups[box.note_id].findall("svg:path[@class='kind-glyph']", ns)
        corner = kind_glyphs.glyph_box(box.rect)
        ink = mask(sample, around(corner))
        if kind is NoteKind.NOTE:
            assert paths == [] and ink == set()
            continue
        assert [p.get("data-kind") for p in paths] == [kind.value]
        # Placed by a translation of a path drawn at the origin.
        move = re.fullmatch(r"translate\((-?[\d.]+) (-?[\d.]+)\)", paths[0].get("transform", ""))
        assert move is not None
        dx, dy = float(move.group(1)), float(move.group(2))
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", paths[0].get("d", ""))]
        xs, ys = [dx + x for x in numbers[0::2]], [dy + y for y in numbers[1::2]]
        # Bézier control points may stray past the box (the heart's do); the drawing does not.
        loose = around(around(corner))
        assert all(loose.x <= x <= loose.right for x in xs), kind
        assert all(loose.y <= y <= loose.bottom for y in ys), kind
        assert box.rect.contains(corner)
        assert len(ink) > 0.08 * (corner.width * PX_PER_PT) ** 2, kind


# -- screen and PNG ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def png(journey: JourneyMap, qapp: QApplication) -> Sampler:
    """The PNG export of the map (the screen's painter, scene/layout_painter)."""
    from canvas_app.ui.image_export import MARGIN, PngOptions, render_png

    image = QImage.fromData(render_png(journey, PngOptions(scale=PX_PER_PT)))
    assert not image.isNull()
    return image_sampler(image, MARGIN, PX_PER_PT)


def board_masks(qtbot: QtBot, journey: JourneyMap) -> dict[NoteKind, set[tuple[int, int]]]:
    """Each note's glyph corner as a shown board view paints it at 400 %."""
    view = make_view(qtbot, journey, 900, 600)
    view.set_zoom(4.0)
    masks = {}
    for note_id, box in view.board_scene.index.note_boxes.items():
        corner = around(kind_glyphs.glyph_box(box.rect))
        view.centerOn(QPointF(corner.x + corner.width / 2, corner.y + corner.height / 2))
        qtbot.wait(10)
        image = view.viewport().grab().toImage()

        transform = view.viewportTransform()

        def sample(x: float, y: float) -> int:
            point = transform.map(QPointF(x, y))
            return QColor(image.pixel(int(point.x()), int(point.y()))).lightness()

        masks[box.kind] = mask(sample, corner)
    return masks


def test_board_png_pdf_and_svg_draw_the_same_marks(qtbot: QtBot, journey: JourneyMap,
                                                   layout: BoardLayout, png: Sampler,
                                                   poster: tuple[Path, Sampler],
                                                   svg: tuple[str, Sampler]) -> None:
    """Pixel by pixel, each kind's mark on the board, in the PNG, the PDF and the SVG covers the
    same places (anti-aliasing differs a little between the renderers)."""
    board = board_masks(qtbot, journey)
    assert board[NoteKind.NOTE] == set()
    for kind, box in by_kind(layout).items():
        area = around(kind_glyphs.glyph_box(box.rect))
        in_png, in_pdf, in_svg = mask(png, area), mask(poster[1], area), mask(svg[1], area)
        if kind is NoteKind.NOTE:
            assert in_png == set()
            continue
        assert board[kind] and in_png, kind
        # Measured: board/PNG 0.85-0.95 (400 % against 600 %), PNG/PDF and PNG/SVG 0.91-1.0.
        assert overlap(board[kind], in_png) > 0.8, (kind, overlap(board[kind], in_png))
        assert overlap(in_png, in_pdf) > 0.85, (kind, overlap(in_png, in_pdf))
        assert overlap(in_png, in_svg) > 0.85, (kind, overlap(in_png, in_svg))


def test_the_board_redraws_the_mark_of_a_changed_kind(qtbot: QtBot) -> None:
    """Changing a note's kind while its custom colour keeps its fill the same changes the mark
    the board paints (the fill alone would not tell)."""
    journey = JourneyMap(stages=(Stage(id="s", title="Stage"),), lanes=(Lane(id="l", title="L"),),
                         notes=(Note(id="n1", stage="s", lane="l", text="A note",
                                     color="#FFFFFF"),))
    view = make_view(qtbot, journey, 700, 400)
    view.set_zoom(4.0)
    item = view.board_scene.notes["n1"]

    def painted() -> set[tuple[int, int]]:
        corner = around(kind_glyphs.glyph_box(item.box.rect))
        view.centerOn(QPointF(corner.x + corner.width / 2, corner.y + corner.height / 2))
        qtbot.wait(10)
        image = view.viewport().grab().toImage()
        return mask(lambda x, y: QColor(image.pixel(view.mapFromScene(QPointF(x, y))))
                    .lightness(), corner)

    assert item.kind is NoteKind.NOTE and painted() == set()
    view.editor.set_note_fields(["n1"], kind=NoteKind.PAIN_POINT)
    assert item.kind is NoteKind.PAIN_POINT and item.box.fill == "#FFFFFF"
    triangle = painted()
    view.editor.set_note_fields(["n1"], kind=NoteKind.QUESTION)
    question = painted()
    assert triangle and question and overlap(triangle, question) < 0.5
    view.document.undo_stack.undo()
    assert item.kind is NoteKind.PAIN_POINT
    assert overlap(painted(), triangle) > 0.95


def test_the_legend_sample_is_a_light_note_with_dark_ink() -> None:
    """The legend draws each kind's mark in the ink the kind's notes use: every kind colour is
    light, so the marks are dark, as on the notes."""
    from canvas_app.model.layout_notes import note_ink

    for kind in NoteKind:
        assert note_ink(KIND_COLORS[kind], DEFAULT_STYLE) == DEFAULT_STYLE.ink
    assert note_ink("#102030", DEFAULT_STYLE) == DEFAULT_STYLE.ink_on_dark


def test_a_glyph_too_small_to_tell_kinds_apart_is_left_out(layout: BoardLayout,
                                                           qapp: QApplication) -> None:
    """Painted 3.5 device pixels across or more (the board's items, from 50 % zoom), a glyph is
    drawn; smaller (the overview picture below 50 %, tiny PNGs) it is left out, not a speck."""
    from canvas_app.scene.layout_painter import HIDE_GLYPH_BELOW_PX
    from canvas_app.ui.image_export import MARGIN, render_image

    assert kind_glyphs.GLYPH_SIZE * 0.5 >= HIDE_GLYPH_BELOW_PX
    box = by_kind(layout)[NoteKind.BACKSTAGE]
    corner = kind_glyphs.glyph_box(box.rect)
    fill = QColor(box.fill).lightness()

    def centre(scale: float) -> int:
        """The grey level at the glyph's centre (the filled diamond's middle)."""
        image = render_image(layout, scale)
        return image_sampler(image, MARGIN, scale)(*corner.center)

    assert centre(0.5) < fill - 40
    assert abs(centre(0.45) - fill) <= 3
