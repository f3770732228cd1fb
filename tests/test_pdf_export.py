"""Tests of the PDF export: real files read back with qpdf and poppler (pdfinfo, pdffonts,
pdftotext) — page sizes and counts, embedded fonts, literal text, metadata, cover, atomic writes.
"""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest
from pdf_tools import (
    MARKUP,
    blueprint_map,
    grid_map,
    page_size,
    pdf_fonts,
    pdf_info,
    pdf_outline,
    pdf_text,
    qpdf_check,
    sample_map,
    squeeze,
)

from canvas_app.fileio.errors import ExportError
from canvas_app.fileio.pdf_export import PdfOptions, export_pdf, render_pdf
from canvas_app.fileio.pdf_pages import PAPERS, POSTER_MARGIN
from canvas_app.fileio.pdf_tiles import tiled_plan
from canvas_app.model import JourneyMap, Lane, Language, Note, Stage
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout

LAYOUTS = ("poster", "fit", "tiled")
PAPER_NAMES = ("a4", "a3", "letter")
DATE = datetime.date(2026, 11, 25)


def _write(tmp_path: Path, journey: JourneyMap, options: PdfOptions, name: str = "m.pdf") -> Path:
    path = tmp_path / name
    export_pdf(journey, path, options)
    return path


def _raw_text(path: Path) -> str:
    """pdftotext in content-stream order: each note's lines come out together."""
    result = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, text=True, check=True)
    return squeeze(result.stdout)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("paper", PAPER_NAMES)
def test_every_layout_and_paper(tmp_path: Path, layout: str, paper: str) -> None:
    """Each layout × paper gives a sound PDF with the expected pages and every note's text."""
    journey = sample_map()
    options = PdfOptions(layout=layout, paper=paper)  # type: ignore[arg-type]
    path = _write(tmp_path, journey, options)
    assert "No syntax or stream encoding errors found" in qpdf_check(path)
    board = compute_layout(journey)
    pages = int(pdf_info(path)["Pages"])
    if layout == "poster":
        assert pages == 1
        width, height = page_size(path)
        assert width == pytest.approx(board.width + 2 * POSTER_MARGIN, abs=0.01)
        assert height > board.height + 2 * POSTER_MARGIN
    else:
        expected = 1
        if layout == "tiled":
            tiles = len(tiled_plan(board, journey.title, paper, "vi", DEFAULT_STYLE))
            expected = tiles + (1 if tiles > 1 else 0)  # the assembly guide comes first
        assert pages == expected
        for page in range(1, pages + 1):
            assert page_size(path, page) == pytest.approx(PAPERS[paper], abs=0.01)
    text = _raw_text(path)
    for note in journey.notes:
        assert squeeze(note.text) in text, note.text
    _assert_fonts_embedded(path)


def _assert_fonts_embedded(path: Path) -> None:
    rows = pdf_fonts(path)
    assert rows, "no fonts listed"
    for row in rows:
        assert row.embedded and row.subset, row
        assert row.type == "TrueType"
        assert "+BeVietnamPro-" in row.name
    assert b"Helvetica" not in path.read_bytes()
    assert not any("Vera" in row.name or "Helvetica" in row.name for row in rows)
    assert {row.name.split("+")[1] for row in rows} == {"BeVietnamPro-Regular",
                                                         "BeVietnamPro-SemiBold"}


def test_vietnamese_text_extracted_exactly(tmp_path: Path) -> None:
    """pdftotext returns Vietnamese with every diacritic, in the normal reading mode too."""
    path = _write(tmp_path, sample_map(), PdfOptions())
    text = pdf_text(path)
    for phrase in ("Đánh giá sản phẩm", "Trải nghiệm khách hàng", "ưu đãi", "Điểm đau",
                   "Trước khi mua", "Đường tương tác", "3 phiếu bầu · #ưu tiên #web · đã quan sát"):
        assert phrase in text, phrase


def test_markup_is_drawn_literally(tmp_path: Path) -> None:
    """Markup-like note text is drawn as the characters typed, never interpreted."""
    path = _write(tmp_path, sample_map(), PdfOptions())
    assert squeeze(MARKUP) in _raw_text(path)
    expanded = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), "-"],
                              capture_output=True, check=True).stdout
    assert b"/Subtype /Image" not in expanded and b"/XObject" not in expanded


def test_many_glyphs_and_special_characters(tmp_path: Path) -> None:
    """Over 256 distinct glyphs (several font subsets), escapes and unknown glyphs all work."""
    vowels = "aăâeêioôơuưy"
    tones = "\u0300\u0301\u0303\u0309\u0323"
    import unicodedata

    letters = "".join(unicodedata.normalize("NFC", v + t) for v in vowels for t in tones)
    letters += vowels + letters.upper() + vowels.upper() + "đĐ"
    letters += "".join(chr(c) for c in range(0xC0, 0x100) if chr(c) not in letters)
    ascii_part = "".join(chr(c) for c in range(33, 127))
    texts = [letters[i:i + 30] for i in range(0, len(letters), 30)]
    texts += [ascii_part[:47], ascii_part[47:], "back\\slash (paren) ) ( \\) end",
              "nbsp\u00a0here", "emoji 🙂 and 漢字 stay"]
    stages = (Stage(id="s", title="Stage"),)
    notes = tuple(Note(id=f"n{i}", stage="s", lane="l", order=i, text=t)
                  for i, t in enumerate(texts))
    journey = JourneyMap(title="Glyphs", stages=stages, lanes=(Lane(id="l", title="Lane"),),
                         notes=notes)
    path = _write(tmp_path, journey, PdfOptions())
    qpdf_check(path)
    assert len({row.name for row in pdf_fonts(path)}) >= 3  # subsets 0 and 1 of Regular, SemiBold
    text = _raw_text(path)
    # Unbroken runs are cut between characters to fit the note: compare without the breaks.
    solid = "".join(text.split())
    for chunk in texts[:-2]:
        assert "".join(chunk.split()) in solid, chunk
    assert "back\\slash (paren) ) ( \\) end" in text
    assert "nbsp here" in text  # a no-break space is set as a space
    assert "emoji" in text and "stay" in text


def test_metadata(tmp_path: Path) -> None:
    """Title, author (the persona), subject (type and framework), creator and keywords are set."""
    path = _write(tmp_path, sample_map(), PdfOptions())
    info = pdf_info(path)
    assert info["Title"] == "Hành trình mua sắm trực tuyến"
    assert info["Author"] == "Chị Lan"
    assert info["Subject"] == "Bản đồ hành trình hiện tại · AIDA"
    assert info["Creator"].startswith("Journey Canvas ")
    assert "customer journey map" in info["Keywords"] and "aida" in info["Keywords"]
    anonymous = _write(tmp_path, grid_map(2, 2), PdfOptions(), "g.pdf")
    assert pdf_info(anonymous)["Author"] == "Journey Canvas"


def test_cover_page(tmp_path: Path) -> None:
    """The cover comes first with title, type, framework, persona and the given date."""
    journey = sample_map()
    path = _write(tmp_path, journey, PdfOptions(layout="fit", cover=True, date=DATE))
    assert int(pdf_info(path)["Pages"]) == 2
    cover = squeeze(pdf_text(path, 1, 1))
    for expected in ("Hành trình mua sắm trực", "BẢN ĐỒ HÀNH TRÌNH HIỆN TẠI", "AIDA", "Chị Lan",
                     "“Tôi muốn mua nhanh và yên tâm.”", "32 tuổi, nhân viên văn phòng",
                     "25 tháng 11 năm 2026", "Bản đồ mẫu"):
        assert expected in cover, expected
    assert "Đánh giá sản phẩm" not in cover
    english = journey.model_copy(update={"language": Language.EN})
    path = _write(tmp_path, english, PdfOptions(cover=True, date=DATE), "en.pdf")
    assert "25 November 2026" in pdf_text(path, 1, 1)
    assert "Current-state journey map".upper() in pdf_text(path, 1, 1)


def test_long_cover_flows_onto_more_pages(tmp_path: Path) -> None:
    """A very long description continues on further cover pages instead of being cut."""
    description = " ".join(f"câu{i}" for i in range(1500))
    journey = sample_map().model_copy(update={"description": description})
    path = _write(tmp_path, journey, PdfOptions(layout="fit", cover=True, date=DATE))
    pages = int(pdf_info(path)["Pages"])
    assert pages >= 3
    text = squeeze(pdf_text(path, 1, pages - 1))
    assert "câu0 " in text and "câu1499" in text


def test_tiled_page_count_grows_with_the_map(tmp_path: Path) -> None:
    """Bigger maps need more tiles; every tile is labelled and repeats the headers."""
    counts = []
    for stages, lanes in ((2, 2), (8, 4), (16, 8)):
        path = _write(tmp_path, grid_map(stages, lanes), PdfOptions(layout="tiled"),
                      f"{stages}.pdf")
        counts.append(int(pdf_info(path)["Pages"]))
    assert counts[0] == 1 and counts[0] < counts[1] < counts[2]
    path = tmp_path / "16.pdf"
    pages = counts[2]
    for page in range(1, pages + 1):
        text = pdf_text(path, page, page)
        # The header row and the lane column are repeated on every tile.
        assert "Stage " in text and "Lane " in text, page
    plan = tiled_plan(compute_layout(grid_map(16, 8)), "Grid 16×8", "a4", "en", DEFAULT_STYLE)
    assert len(plan) + 1 == pages  # the assembly guide, then the tiles
    columns = len({p.placements[0].region.x for p in plan})
    rows = len({p.placements[0].region.y for p in plan})
    assert rows * columns == len(plan) and rows > 1 and columns > 1
    first = pdf_text(path, 2, 2)
    assert f"row 1, column 1 of {rows}×{columns}" in first
    # A tile carries only its own notes, not the whole board's text.
    assert "Note 0.0.0" in first and "Note 15.7.0" not in first
    assert f"row {rows}, column {columns} of {rows}×{columns}" in pdf_text(path, pages, pages)


def test_tiles_overlap_and_cover_the_board() -> None:
    """Neighbouring tiles overlap by 12 mm, show equal shares of the board (no sliver of a last
    sheet) and together cover the whole board body with as few sheets as will do."""
    board = compute_layout(grid_map(12, 6, 2))
    plan = tiled_plan(board, "t", "a4", "en", DEFAULT_STYLE)
    bodies = [page.placements[0].region for page in plan]
    xs = sorted({r.x for r in bodies})
    assert xs[0] == board.lane_header_width
    assert max(r.right for r in bodies) == pytest.approx(board.width)
    assert max(r.bottom for r in bodies) == pytest.approx(board.height)
    width = bodies[0].width
    assert {round(r.width, 6) for r in bodies} == {round(width, 6)}
    for left, right in zip(xs, xs[1:]):
        assert left + width - right == pytest.approx(12 * 72 / 25.4)
    # One sheet fewer, even full, would not reach: the count is the least possible.
    full = PAPERS["a4"][0] - 2 * 10 * 72 / 25.4 - board.lane_header_width
    body = board.width - board.lane_header_width
    assert (len(xs) - 1) * (full - 12 * 72 / 25.4) + 12 * 72 / 25.4 < body


def test_poster_respects_the_page_size_limit(tmp_path: Path) -> None:
    """A board wider than 200 inches is scaled down onto a page within the limit."""
    stages = tuple(Stage(id=f"w{i}", title=f"Stage {i}", width=1500) for i in range(12))
    journey = JourneyMap(title="Wide", stages=stages, lanes=(Lane(id="l", title="Lane"),),
                         notes=(Note(id="n", stage="w11", lane="l", text="far right"),))
    path = _write(tmp_path, journey, PdfOptions())
    width, height = page_size(path)
    assert width <= 14400 and height <= 14400
    assert "far right" in pdf_text(path)


def test_blueprint_lines_are_dashed_and_labelled(tmp_path: Path) -> None:
    """The three blueprint lines are drawn with their dash patterns and labels."""
    path = _write(tmp_path, blueprint_map(), PdfOptions())
    text = pdf_text(path)
    for label in ("Line of interaction", "Line of visibility", "reservations team"):
        assert label in text
    expanded = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), "-"],
                              capture_output=True, check=True).stdout
    for dash in (b"[7 4] 0 d", b"[2.5 3] 0 d", b"[9 3 2 3] 0 d"):
        assert dash in expanded


def test_render_is_bytes_and_export_is_atomic(tmp_path: Path) -> None:
    """render_pdf returns a PDF; a failed export leaves the existing file and no temp files."""
    data = render_pdf(grid_map(2, 2))
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old contents")
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"x")
    for bad in (tmp_path / "missing-dir" / "x.pdf", blocker / "x.pdf", tmp_path):
        with pytest.raises(ExportError) as caught:
            export_pdf(grid_map(2, 2), bad)
        assert "cannot write the PDF" in str(caught.value)
    assert target.read_bytes() == b"old contents"
    export_pdf(grid_map(2, 2), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "keep.pdf"]


def test_unknown_options_are_refused() -> None:
    """An unknown layout or paper is an ExportError with a message naming the choices."""
    with pytest.raises(ExportError, match="poster, fit, tiled, report"):
        PdfOptions(layout="banner")  # type: ignore[arg-type]
    with pytest.raises(ExportError, match="a4, a3, letter"):
        PdfOptions(paper="a5")  # type: ignore[arg-type]
    with pytest.raises(ExportError, match="landscape, portrait"):
        PdfOptions(orientation="upright")  # type: ignore[arg-type]


def test_empty_map_exports(tmp_path: Path) -> None:
    """A map with nothing in it still exports a valid one-page PDF in every layout."""
    for layout in LAYOUTS:
        options = PdfOptions(layout=layout)  # type: ignore[arg-type]
        path = _write(tmp_path, JourneyMap(), options, f"{layout}.pdf")
        qpdf_check(path)
        assert int(pdf_info(path)["Pages"]) == 1


def test_poster_and_fit_bookmarks(tmp_path: Path) -> None:
    """Poster and fit PDFs bookmark the cover (when there is one) and the map page."""
    journey = sample_map()
    path = _write(tmp_path, journey, PdfOptions(layout="fit", cover=True, date=DATE))
    assert [(e.title, e.page) for e in pdf_outline(path)] == [
        ("Trang bìa", 1), ("Hành trình mua sắm trực tuyến", 2)]
    path = _write(tmp_path, grid_map(2, 2), PdfOptions(), "poster.pdf")
    assert [(e.title, e.page) for e in pdf_outline(path)] == [("Grid 2×2", 1)]


def test_portrait_sheets(tmp_path: Path) -> None:
    """Portrait turns fit pages, tiles and the cover; a poster keeps the board's own shape."""
    width, height = PAPERS["a4"]
    for layout in ("fit", "tiled"):
        options = PdfOptions(layout=layout, cover=True,  # type: ignore[arg-type]
                             orientation="portrait")
        path = _write(tmp_path, sample_map(), options, f"{layout}.pdf")
        for page in range(1, int(pdf_info(path)["Pages"]) + 1):
            assert page_size(path, page) == pytest.approx((height, width), abs=0.01)
    path = _write(tmp_path, sample_map(), PdfOptions(orientation="portrait"), "poster.pdf")
    board = compute_layout(sample_map())
    assert page_size(path)[0] == pytest.approx(board.width + 2 * POSTER_MARGIN, abs=0.01)
