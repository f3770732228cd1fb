"""Tests of the SVG export: well-formed XML of the layout's size, real text in Be Vietnam Pro
with fallbacks, user text escaped (never markup), dashed lines and curves, atomic writes, CLI.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pdf_tools import MARKUP, blueprint_map, sample_map

from canvas_app.cli import main
from canvas_app.fileio.codec import save_path
from canvas_app.fileio.errors import ExportError
from canvas_app.fileio.svg_export import export_svg, render_svg
from canvas_app.model import JourneyMap, Lane, Note, Stage
from canvas_app.model.layout import compute_layout

SVG = "{http://www.w3.org/2000/svg}"


def _root(document: str) -> ET.Element:
    return ET.fromstring(document.encode("utf-8"))


def _texts(root: ET.Element) -> list[str]:
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def test_document_parses_and_matches_the_layout() -> None:
    """The SVG parses, and its size and view box are the board's, in points."""
    journey = sample_map()
    root = _root(render_svg(journey))
    layout = compute_layout(journey)
    assert root.tag == f"{SVG}svg"
    assert float(root.get("width", "").removesuffix("pt")) == pytest.approx(layout.width, abs=0.01)
    assert float(root.get("height", "").removesuffix("pt")) == pytest.approx(layout.height,
                                                                          abs=0.01)
    assert [float(v) for v in root.get("viewBox", "").split()] == pytest.approx(
        [0, 0, layout.width, layout.height], abs=0.01)
    assert root.findtext(f"{SVG}title") == journey.title
    notes = root.findall(f".//{SVG}g[@class='note']")
    assert len(notes) == len(journey.notes)
    assert {note.get("data-note") for note in notes} == {n.id for n in journey.notes}


def test_text_is_real_text_in_the_canvas_font() -> None:
    """Every wrapped line of every note is a <text> element, Vietnamese exact, in Be Vietnam Pro
    with fallbacks, at the layout's positions."""
    journey = sample_map()
    root = _root(render_svg(journey))
    font = root.find(f"{SVG}g")
    assert font is not None
    assert font.get("font-family", "").startswith("'Be Vietnam Pro', ")
    assert "sans-serif" in font.get("font-family", "")
    texts = _texts(root)
    layout = compute_layout(journey)
    for box in layout.notes:
        for line in box.text.lines:
            if line:
                assert line in texts, line
    for phrase in ("Hành động của", "Trước khi mua", "Đường tương tác", "dẫn tới",
                   "3 phiếu bầu · #ưu tiên"):
        assert any(phrase in text for text in texts), phrase
    first = layout.notes[0].text
    element = next(e for e in root.iter(f"{SVG}text") if e.text == first.lines[0])
    assert float(element.get("x", "")) == pytest.approx(first.x, abs=0.01)
    assert float(element.get("y", "")) == pytest.approx(first.baselines[0], abs=0.01)


def test_user_text_never_becomes_markup() -> None:
    """Markup-like text is escaped: it reads back as typed and adds no element or attribute."""
    journey = sample_map()
    lanes = (journey.lanes[0].model_copy(update={"title": '"><script>alert(1)</script>'}),
             *journey.lanes[1:])
    journey = journey.model_copy(update={"title": "</title><g>&amp;", "lanes": lanes})
    document = render_svg(journey)
    root = _root(document)
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "title", "desc", "style", "g", "rect", "path", "line", "circle",
                    "polygon", "text"}
    joined = " ".join(_texts(root))
    for fragment in ("<b>x</b>", "<img", '<font color=red>&amp;</font>', "<script>alert(1)"):
        assert fragment in joined, fragment
    assert root.findtext(f"{SVG}title") == "</title><g>&amp;"
    assert "&lt;b&gt;x&lt;/b&gt;" in document
    assert MARKUP.split()[0] not in document


def test_characters_xml_cannot_hold_are_dropped() -> None:
    """A code point XML 1.0 forbids (U+FFFE) is left out rather than breaking the document."""
    journey = JourneyMap(stages=(Stage(id="s", title="S"),), lanes=(Lane(id="l", title="L"),),
                         notes=(Note(id="n", stage="s", lane="l", text="a\ufffeb \uffff c"),))
    root = _root(render_svg(journey))
    assert any(text.startswith("ab") for text in _texts(root))


def test_lines_dashes_curves_and_connectors() -> None:
    """Blueprint lines keep their dash patterns; curves and connectors are Bézier paths."""
    root = _root(render_svg(blueprint_map()))
    dashes = {line.get("stroke-dasharray") for line in root.iter(f"{SVG}line")}
    assert {"7 4", "2.5 3", "9 3 2 3"} <= dashes
    root = _root(render_svg(sample_map()))
    paths = [p.get("d", "") for p in root.iter(f"{SVG}path")]
    assert any(d.startswith("M") and "C" in d for d in paths)
    assert len(list(root.iter(f"{SVG}polygon"))) == 3  # one arrowhead per connector
    assert len(list(root.iter(f"{SVG}circle"))) == 4  # one marker per scored stage


def test_export_is_atomic_and_empty_maps_work(tmp_path: Path) -> None:
    """export_svg writes the file in one piece, refuses unwritable places with ExportError and
    keeps what was there; an empty map is a valid SVG."""
    target = tmp_path / "map.svg"
    export_svg(JourneyMap(), target)
    assert _root(target.read_text(encoding="utf-8")).tag == f"{SVG}svg"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write the SVG"):
        export_svg(sample_map(), tmp_path / "missing" / "map.svg")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.svg"]


def test_command_line_infers_svg(tmp_path: Path) -> None:
    """`export map.journey -o map.svg` writes the SVG (the extension picks the format)."""
    source = tmp_path / "m.journey"
    save_path(sample_map(), source)
    target = tmp_path / "map.SVG"
    assert main(["export", str(source), "-o", str(target)]) == 0
    root = _root(target.read_text(encoding="utf-8"))
    assert "Nhận biết" in _texts(root)


def test_the_canvas_font_is_embedded_for_each_weight_the_board_uses() -> None:
    """The layout measured every line in Be Vietnam Pro: the SVG carries the font's regular and
    semibold faces as data URLs (the exact TTF bytes), so it renders the same everywhere; the
    weights drawn are exactly those embedded."""
    import base64
    import re

    from canvas_app.model.fonts import FontWeight, font_path

    document = render_svg(sample_map())
    root = _root(document)
    style = root.findtext(f"{SVG}style") or ""
    faces = re.findall(r"@font-face \{ font-family: 'Be Vietnam Pro'; font-weight: (\d+); "
                       r"src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\) format\('truetype'\); \}",
                       style)
    assert [weight for weight, _ in faces] == ["400", "600"]
    for (_, data), weight in zip(faces, (FontWeight.REGULAR, FontWeight.SEMIBOLD)):
        assert base64.b64decode(data) == font_path(weight).read_bytes()
    drawn = {element.get("font-weight") for element in root.iter(f"{SVG}text")} - {None}
    assert drawn <= {"400", "600"} and drawn
    bare = render_svg(sample_map(), embed_fonts=False)
    assert "@font-face" not in bare and len(bare) < len(document) - 300_000
