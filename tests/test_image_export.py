"""PNG export: image size = board size × scale plus margins, resolution stored, white background,
the selection as a small board of its own, size limits, atomic writes, and the Qt-free CLI that
paints offscreen (`journey-canvas export map.journey -o map.png [--scale N | --dpi N]`)."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from canvas_app.fileio.codec import load_path
from canvas_app.fileio.errors import ExportError
from canvas_app.model import JourneyMap, Lane, Note, Stage
from canvas_app.model.excerpt import excerpt
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.ui.image_export import (
    DEFAULT_SCALE,
    MARGIN,
    MAX_PIXELS,
    MAX_SIDE,
    PngOptions,
    chosen_scale,
    export_png,
    largest_scale,
    pixel_size,
    render_png,
)
from test_edits import small_map

SAMPLE = Path(__file__).resolve().parent.parent / "sample_canvases" / \
    "value-journey-coffee-chain-vi.journey"


def _expected(journey: JourneyMap, scale: float) -> tuple[int, int]:
    layout = compute_layout(journey)
    return (math.ceil((layout.width + 2 * MARGIN) * scale),
            math.ceil((layout.height + 2 * MARGIN) * scale))


def _image(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image


def test_png_size_is_the_board_times_the_scale_plus_margins(qapp: object) -> None:
    """At scale 1 and 3 the image is (board + 2 margins) × scale pixels, with that resolution
    stored (72 and 216 dpi), white in the margin and the stage header's colour on a header."""
    journey = small_map()
    layout = compute_layout(journey)
    for scale in (1.0, 3.0):
        data = render_png(journey, PngOptions(scale))
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        image = _image(data)
        assert (image.width(), image.height()) == _expected(journey, scale)
        assert round(image.dotsPerMeterX() * 0.0254) == round(72 * scale)
        assert image.pixelColor(2, 2) == QColor("#FFFFFF")
        header = layout.stages[0].rect
        inside = image.pixelColor(round((MARGIN + header.x + 3) * scale),
                                  round((MARGIN + header.bottom - 3) * scale))
        assert inside == QColor(layout.stages[0].fill)


def test_default_and_dpi_options(qapp: object) -> None:
    """No scale means 2 pixels a point; a DPI is turned into a scale."""
    journey = small_map()
    assert _image(render_png(journey)).width() == _expected(journey, DEFAULT_SCALE)[0]
    assert _image(render_png(journey, PngOptions.from_dpi(108))).width() == \
        _expected(journey, 1.5)[0]


def test_selection_exports_its_own_small_board(qapp: object) -> None:
    """Only the selected notes, with their stages and lanes: a smaller image exactly the
    excerpt's size."""
    journey = load_path(SAMPLE)
    chosen = [journey.notes[0].id, journey.notes[-1].id]
    part = excerpt(journey, chosen)
    image = _image(render_png(journey, PngOptions(1.0, tuple(chosen))))
    assert (image.width(), image.height()) == _expected(part, 1.0)
    assert image.width() < _expected(journey, 1.0)[0]
    with pytest.raises(ExportError):
        render_png(journey, PngOptions(1.0, ("no-such-note",)))


def test_excerpt_keeps_what_the_notes_need() -> None:
    """The excerpt keeps the notes' stages and lanes in board order, their phases, the lines
    below kept lanes and only the connectors between kept notes."""
    journey = small_map()
    first, last = journey.notes[0], journey.notes[-1]
    part = excerpt(journey, [last.id, first.id, "unknown"])
    assert [n.id for n in part.notes] == [first.id, last.id]
    assert [s.id for s in part.stages] == [s.id for s in journey.stages
                                           if s.id in {first.stage, last.stage}]
    assert {lane.id for lane in part.lanes} == {first.lane, last.lane}
    assert all(c.source in {first.id, last.id} and c.target in {first.id, last.id}
               for c in part.connectors)
    assert {p.id for p in part.phases} <= {s.phase for s in part.stages}
    assert part.personas == journey.personas and part.title == journey.title
    with pytest.raises(ValueError):
        excerpt(journey, [])


def _wide_map(stage_count: int) -> JourneyMap:
    stages = tuple(Stage(id=f"s{i}", title=f"Stage {i}", width=2000) for i in range(stage_count))
    lane = Lane(id="l", title="Lane")
    note = Note(id="n", stage="s0", lane="l", text="one note")
    return JourneyMap(title="Wide", stages=stages, lanes=(lane,), notes=(note,))


def test_absurd_sizes_are_refused_and_automatic_scale_shrinks(qapp: object,
                                                            tmp_path: Path) -> None:
    """A scale making too many pixels is refused naming the largest that fits; without a
    scale, a huge board gets the largest scale within the limits."""
    journey = _wide_map(40)  # 80 000 points wide
    layout = compute_layout(journey)
    with pytest.raises(ExportError, match="at most"):
        chosen_scale(layout, 2.0)
    with pytest.raises(ExportError):
        chosen_scale(layout, 0.0)
    scale = chosen_scale(layout, None)
    assert scale == largest_scale(layout) < DEFAULT_SCALE
    width, height = pixel_size(layout, scale)
    assert width <= MAX_SIDE and width * height <= MAX_PIXELS
    size = export_png(journey, tmp_path / "wide.png")
    assert size == (width, height)
    assert _image((tmp_path / "wide.png").read_bytes()).width() == width


def test_failed_write_keeps_the_old_file(qapp: object, tmp_path: Path) -> None:
    """Writing into a missing folder raises ExportError; an existing PNG is only ever replaced
    whole."""
    journey = small_map()
    with pytest.raises(ExportError, match="cannot write the PNG"):
        export_png(journey, tmp_path / "missing" / "map.png")
    target = tmp_path / "map.png"
    target.write_bytes(b"old")
    export_png(journey, target, PngOptions(1.0))
    assert _image(target.read_bytes()).width() == _expected(journey, 1.0)[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]


def test_two_curves_are_painted_in_their_colours(qapp: object) -> None:
    """The PNG of a two-persona map shows the second series' colour in the emotions band."""
    from test_emotion_curves import two_persona_map

    journey = two_persona_map()
    layout = compute_layout(journey)
    curve = layout.curves[0]
    second = curve.series[1]
    image = _image(render_png(journey, PngOptions(1.0)))
    target = QColor(second.color)
    found = 0
    for point in second.points:
        pixel = image.pixelColor(round(point.point.x + MARGIN), round(point.point.y + MARGIN))
        if abs(pixel.red() - target.red()) + abs(pixel.green() - target.green()) + \
                abs(pixel.blue() - target.blue()) < 40:
            found += 1
    assert found == len(second.points)
    legend = curve.legend[1]
    middle = ((legend.start.x + legend.end.x) / 2 + MARGIN, legend.start.y + MARGIN)
    assert image.pixelColor(round(middle[0]), round(middle[1])) != QColor("#FFFFFF")
    assert second.color != DEFAULT_STYLE.emotion_color


# -- the command line ---------------------------------------------------------------------------


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "canvas_app", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_cli_png_offscreen_without_a_display(tmp_path: Path) -> None:
    """`export -o map.png --scale 1` works with no display and no platform set (offscreen),
    and gives the board's size plus margins."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    output = tmp_path / "map.png"
    result = _cli("export", str(SAMPLE), "-o", str(output), "--scale", "1", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" or "propagateSizeHints" not in result.stderr
    image = QImage(str(output))
    assert (image.width(), image.height()) == _expected(load_path(SAMPLE), 1.0)


def test_cli_png_option_errors(tmp_path: Path) -> None:
    """--scale with --dpi, or with a non-PNG output, is a usage error (2); a scale too large is
    bad input (1); each is one line."""
    both = _cli("export", str(SAMPLE), "-o", str(tmp_path / "a.png"), "--scale", "2",
                "--dpi", "144")
    assert both.returncode == 2
    pdf = _cli("export", str(SAMPLE), "-o", str(tmp_path / "a.pdf"), "--scale", "2")
    assert pdf.returncode == 2 and "PNG" in pdf.stderr
    huge = _cli("export", str(SAMPLE), "-o", str(tmp_path / "a.png"), "--scale", "9.5")
    assert huge.returncode == 1 and len(huge.stderr.strip().splitlines()) == 1
    assert "at most" in huge.stderr
    assert not (tmp_path / "a.png").exists()
