"""Tests of the report layout: real PDFs read back with qpdf and poppler — the sections and their
bookmarks, page numbers, text per page, personas with photos, the legend, the board pages'
grouping, scale and continuation, and maps at the edges (no personas, no phases, 200 stages).
"""

from __future__ import annotations

import base64
import datetime
import io
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from pdf_tools import (
    MARKUP,
    grid_map,
    page_content,
    page_count,
    page_size,
    pdf_fonts,
    pdf_outline,
    pdf_text,
    qpdf_check,
    sample_map,
    squeeze,
)

from canvas_app.cli import main
from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.fileio.pdf_pages import PAPERS
from canvas_app.fileio.pdf_photo import MAX_PIXELS, check_photo
from canvas_app.fileio.pdf_report import plan_report
from canvas_app.fileio.pdf_report_plan import MIN_SCALE, board_sections
from canvas_app.model import JourneyMap, Lane, Language, Note, Persona, Phase, Stage
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout
from canvas_app.model.records import Connector, Photo

DATE = datetime.date(2026, 11, 25)
REPORT = PdfOptions(layout="report", date=DATE)


def _write(tmp_path: Path, journey: JourneyMap, options: PdfOptions = REPORT,
           name: str = "r.pdf") -> Path:
    path = tmp_path / name
    export_pdf(journey, path, options)
    return path


def _raw_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    arguments = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if first is not None:
        arguments += ["-f", str(first), "-l", str(last or first)]
    result = subprocess.run(arguments + [str(path), "-"], capture_output=True, text=True,
                            check=True)
    return squeeze(result.stdout)


def _expanded(path: Path) -> bytes:
    return subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), "-"],
                          capture_output=True, check=True).stdout


def test_sections_bookmarks_and_page_numbers(tmp_path: Path) -> None:
    """The report has cover, persona, overview and phase pages, each numbered "Trang N/M", and an
    outline entry per section pointing at the page that holds it."""
    journey = sample_map()
    path = _write(tmp_path, journey)
    qpdf_check(path)
    pages = page_count(path)
    assert pages == len(plan_report(journey, compute_layout(journey), REPORT, DEFAULT_STYLE))
    for page in range(1, pages + 1):
        assert f"Trang {page}/{pages}" in pdf_text(path, page, page), page
        assert page_size(path, page) == pytest.approx(PAPERS["a4"], abs=0.01)
    outline = pdf_outline(path)
    titles = [(entry.title, entry.level) for entry in outline]
    assert titles[:6] == [("Trang bìa", 0), ("Chân dung khách hàng", 0), ("Chị Lan", 1),
                          ("Đường cảm xúc", 0), ("Chú giải", 0), ("Bản đồ hành trình", 0)]
    assert ("Trước khi mua", 1) in titles and ("Sau khi mua", 1) in titles
    by_title = {entry.title: entry.page for entry in outline}
    assert by_title["Trang bìa"] == 1
    assert "Hành trình mua sắm trực" in pdf_text(path, 1, 1)
    assert "Tôi muốn mua nhanh" in pdf_text(path, by_title["Chị Lan"], by_title["Chị Lan"])
    legend = pdf_text(path, by_title["Chú giải"], by_title["Chú giải"])
    assert "Loại ghi chú" in legend and "Điểm đau" in legend
    for phase, stage in (("Trước khi mua", "Nhận biết"), ("Sau khi mua", "Trung thành")):
        text = pdf_text(path, by_title[phase], by_title[phase])
        assert phase in text and stage in text
    assert by_title["Trước khi mua"] < by_title["Sau khi mua"] <= pages


def test_every_note_extractable_fonts_embedded_vietnamese_exact(tmp_path: Path) -> None:
    """Every note's words come out of the report, Vietnamese with every mark, in embedded subsets
    of Be Vietnam Pro only."""
    journey = sample_map()
    path = _write(tmp_path, journey)
    text = _raw_text(path)
    for note in journey.notes:
        assert squeeze(note.text) in text, note.text
    for phrase in ("Đánh giá sản phẩm", "Trải nghiệm khách hàng tốt nên mua lại", "ưu đãi",
                   "3 phiếu bầu · #ưu tiên #web · đã quan sát", "Đường tương tác"):
        assert phrase in text, phrase
    rows = pdf_fonts(path)
    assert rows and all(row.embedded and row.subset and row.type == "TrueType" for row in rows)
    assert {row.name.split("+")[1] for row in rows} == {"BeVietnamPro-Regular",
                                                         "BeVietnamPro-SemiBold"}
    assert b"Helvetica" not in path.read_bytes()


def test_board_pages_repeat_stage_and_lane_headers(tmp_path: Path) -> None:
    """Every board page names its stages and every lane it shows, continuation pages included."""
    journey = grid_map(6, 9, 3)
    path = _write(tmp_path, journey)
    outline = pdf_outline(path)
    first_board = next(e.page for e in outline if e.title == "Journey map")
    pages = page_count(path)
    assert pages - first_board + 1 >= 2
    for page in range(first_board, pages + 1):
        text = pdf_text(path, page, page)
        assert "Stage " in text and "Lane " in text and "Note " in text, page
        assert "OF 6" in text  # the kicker: "STAGES 1–3 OF 6"
    continued = [page for page in range(first_board, pages + 1)
                 if "(continued)" in pdf_text(path, page, page)]
    assert continued, "a tall board continues on more pages"


def test_markup_is_literal_everywhere(tmp_path: Path) -> None:
    """Markup-like text in notes, titles, persona fields, phases, lanes and connector labels is
    printed and bookmarked exactly as typed; nothing in the file comes from it."""
    journey = sample_map(Language.EN)
    persona = journey.personas[0].model_copy(update={"name": MARKUP, "bio": MARKUP})
    lanes = (journey.lanes[0].model_copy(update={"title": "<i>lane</i>"}), *journey.lanes[1:])
    phases = (journey.phases[0].model_copy(update={"title": "<u>phase</u> & co"}),
              journey.phases[1])
    connectors = (journey.connectors[0].model_copy(update={"label": "<a href=x>go</a>"}),
                  *journey.connectors[1:])
    journey = journey.model_copy(update={"title": "<h1>Title</h1>", "personas": (persona,),
                                         "lanes": lanes, "phases": phases,
                                         "connectors": connectors})
    path = _write(tmp_path, journey)
    text = _raw_text(path)
    for literal in (MARKUP, "<i>lane</i>", "<u>phase</u> & co", "<a href=x>go</a>",
                    "<h1>Title</h1>"):
        assert squeeze(literal) in text, literal
    titles = [entry.title for entry in pdf_outline(path)]
    assert squeeze(MARKUP) in titles and "<u>phase</u> & co" in titles
    expanded = _expanded(path)
    assert b"/Subtype /Image" not in expanded and b"/URI" not in expanded


def _png(width: int, height: int) -> bytes:
    """A real RGB PNG, built by hand."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([200, 80, 40]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _jpeg(width: int, height: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(buffer, format="JPEG")
    return buffer.getvalue()


def _photo(data: bytes, media_type: str = "image/png") -> Photo:
    return Photo(media_type=media_type, data=base64.b64encode(data).decode("ascii"))


def _persona(index: int, photo: Photo | None = None) -> Persona:
    return Persona(id=f"pp{index}", name=f"Persona number {index}", photo=photo,
                   quote=f"Quote {index}", demographics=f"Demographics {index}",
                   bio=f"Bio {index}", lifestyle=f"Lifestyle {index}",
                   personality=f"Personality {index}",
                   shopping_preferences=f"Shopping {index}",
                   information_sources=f"Sources {index}",
                   goals_motivations=f"Goals {index}", pain_points=f"Pains {index}")


def test_persona_pages_show_every_field_and_embedded_photos(tmp_path: Path) -> None:
    """A page per persona with every field; PNG and JPEG photos are drawn from the embedded
    bytes (the JPEG passed through as DCT), a damaged one gives way to the initials."""
    broken = _photo(b"\x89PNG\r\n\x1a\n" + b"\x00" * 8 + b"IHDR" + struct.pack(">II", 40, 40)
                    + b"garbage")
    personas = (_persona(1, _photo(_png(60, 40))), _persona(2, _photo(_jpeg(32, 48), "image/jpeg")),
                _persona(3, broken), _persona(4))
    journey = grid_map(2, 2).model_copy(update={"personas": personas})
    path = _write(tmp_path, journey)
    outline = pdf_outline(path)
    assert [e.title for e in outline if e.level == 1][:4] == [p.name for p in personas]
    for persona in personas:
        page = next(e.page for e in outline if e.title == persona.name)
        text = squeeze(pdf_text(path, page, page))
        for field in ("Quote", "Demographics", "Bio", "Lifestyle", "Personality", "Shopping",
                      "Sources", "Goals", "Pains"):
            assert f"{field} {persona.id[2:]}" in text, (persona.name, field)
        for label in ("DEMOGRAPHICS", "GOALS AND MOTIVATIONS", "PAIN POINTS", "BACKGROUND",
                      "LIFESTYLE", "PERSONALITY", "SHOPPING PREFERENCES", "INFORMATION SOURCES"):
            assert label in text
    expanded = _expanded(path)
    assert expanded.count(b"/Subtype /Image") == 2
    assert b"/DCTDecode" in expanded
    broken_page = next(e.page for e in outline if e.title == "Persona number 3")
    assert "P3" in pdf_text(path, broken_page, broken_page)  # the initials stand in


def test_photo_checks() -> None:
    """Photos are decoded from base64 and accepted only as sound, bounded PNGs and JPEGs."""
    png = check_photo(_photo(_png(60, 40)))
    assert png is not None and (png.width, png.height) == (60, 40)
    jpeg = check_photo(_photo(_jpeg(32, 48), "image/jpeg"))
    assert jpeg is not None and (jpeg.width, jpeg.height) == (32, 48)
    assert check_photo(None) is None
    assert check_photo(_photo(b"GIF89a" + b"\x00" * 20)) is None
    huge = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0d" + b"IHDR" + struct.pack(">II", 50_000, 50_000)
    assert check_photo(_photo(huge)) is None
    side = int(MAX_PIXELS ** 0.5) + 1
    square = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0d" + b"IHDR" + struct.pack(">II", side, side)
    assert check_photo(_photo(square)) is None
    assert check_photo(_photo(b"\xff\xd8\xff\xe0\x00\x02")) is None  # a JPEG with no frame


def test_no_personas_no_phases_two_hundred_stages(tmp_path: Path) -> None:
    """A map of 200 stages without phases or personas: balanced stage groups, every stage and
    note present, no board page below the legibility floor."""
    journey = grid_map(200, 3)
    path = _write(tmp_path, journey)
    qpdf_check(path)
    layout = compute_layout(journey)
    width, height = PAPERS["a4"]
    sections = board_sections(journey, layout, width, height, DEFAULT_STYLE)
    sizes = [section.kicker for section in sections]
    assert all(section.scale >= MIN_SCALE for section in sections)
    counts = [len({p.placements[0].region.x for p in s.pages}) for s in sections]
    assert counts == [1] * len(sections)  # no stage group is cut across
    stage_counts = [_stage_count(kicker) for kicker in sizes]
    assert sum(stage_counts) == 200 and max(stage_counts) - min(stage_counts) <= 1
    text = _raw_text(path)
    for note in journey.notes:
        assert note.text in text
    outline = pdf_outline(path)
    assert not any(e.title == "Personas" for e in outline)
    assert sum(1 for e in outline if e.level == 1) == len(sections)
    assert page_count(path) == len(plan_report(journey, layout, REPORT, DEFAULT_STYLE))


def _stage_count(kicker: str) -> int:
    """Stages on a page from its kicker ("Stages 4–6 of 200" → 3)."""
    numbers = kicker.split()[1].split("\u2013")
    return int(numbers[-1]) - int(numbers[0]) + 1


def test_narrow_phases_share_a_page_and_wide_ones_split() -> None:
    """Phases of one stage share pages; a phase wider than a page is split into even parts."""
    stages = tuple(Stage(id=f"s{i}", title=f"S{i}", phase=f"p{i}" if i < 4 else "wide")
                   for i in range(12))
    phases = tuple(Phase(id=f"p{i}", title=f"Phase {i}") for i in range(4)) + (
        Phase(id="wide", title="Wide"),)
    journey = JourneyMap(stages=stages, phases=phases, lanes=(Lane(id="l", title="L"),))
    width, height = PAPERS["a4"]
    sections = board_sections(journey, compute_layout(journey), width, height, DEFAULT_STYLE)
    titles = [section.title for section in sections]
    assert titles[0].startswith("Phase 0 · Phase 1")  # narrow phases packed together
    wide = [t for t in titles if t.startswith("Wide")]
    assert len(wide) >= 2 and all("part" in t for t in wide)
    entries = [entry.title for section in sections for entry in section.entries]
    assert entries[:4] == ["Phase 0", "Phase 1", "Phase 2", "Phase 3"]


def _board_regions(journey: JourneyMap, paper: str = "a4") -> list:
    width, height = PAPERS[paper]
    layout = compute_layout(journey)
    return [p.placements[0].region for s in
            board_sections(journey, layout, width, height, DEFAULT_STYLE) for p in s.pages]


def test_cuts_fall_between_lanes_when_they_can(tmp_path: Path) -> None:
    """Lanes that each fit a page are never cut: pages break at lane boundaries."""
    stages = (Stage(id="a", title="A"), Stage(id="b", title="B"))
    lanes = tuple(Lane(id=f"l{i}", title=f"Lane {i}") for i in range(4))
    notes = tuple(Note(id=f"n{i}-{k}", stage="a" if k % 2 else "b", lane=f"l{i}", order=k,
                       text=f"Note {i}.{k}") for i in range(4) for k in range(8))
    journey = JourneyMap(stages=stages, lanes=lanes, notes=notes)
    layout = compute_layout(journey)
    regions = _board_regions(journey)
    assert len(regions) > 1
    boundaries = {layout.header_height, layout.height} | {lane.rect.y for lane in layout.lanes}
    for region in regions:
        assert any(abs(region.y - b) < 1e-6 for b in boundaries), region
        assert any(abs(region.bottom - b) < 1e-6 for b in boundaries), region


def test_a_lane_taller_than_a_page_is_cut_between_notes(tmp_path: Path) -> None:
    """A lane taller than a page continues on the next page, cut in a gap between notes."""
    journey = JourneyMap(
        stages=(Stage(id="a", title="A"),), lanes=(Lane(id="l", title="Tall lane"),),
        notes=tuple(Note(id=f"n{i}", stage="a", lane="l", order=i,
                         text=f"Note {i} " + "words " * (i % 5 * 5)) for i in range(40)))
    layout = compute_layout(journey)
    regions = _board_regions(journey)
    assert len(regions) > 2
    for region in regions:
        for box in layout.notes:
            for cut in (region.y, region.bottom):
                assert not box.rect.y < cut < box.rect.bottom, (box.note_id, cut)
    path = _write(tmp_path, journey)
    text = _raw_text(path)
    for note in journey.notes:
        assert squeeze(note.text) in text
    for page in range(3, page_count(path) + 1):
        assert "Tall lane" in pdf_text(path, page, page)  # the lane title follows it down


def test_legend_lists_used_kinds_lanes_and_marks(tmp_path: Path) -> None:
    """The legend names the note kinds used (with counts), each lane and the marks present."""
    path = _write(tmp_path, sample_map(Language.EN))
    page = next(e.page for e in pdf_outline(path) if e.title == "Legend")
    text = squeeze(pdf_text(path, page, page))
    for expected in ("Action (8)", "Pain point (3)", "Emotion (5)", "Hành động của khách hàng — "
                     "Actions", "Cảm xúc — Emotions", "Line of interaction",
                     "Connector: one step leads to another", "Emotion curve of an emotions lane",
                     "votes, #tags and evidence"):
        assert expected in text, expected
    assert "Question" not in text and "Opportunity" not in text


def test_emotion_overview_chart(tmp_path: Path) -> None:
    """The overview charts each emotions lane over the whole journey: phases, stage names, the
    score scale and each stage's mean score."""
    path = _write(tmp_path, sample_map(Language.EN))
    page = next(e.page for e in pdf_outline(path) if e.title == "Emotion curve")
    text = squeeze(pdf_text(path, page, page))
    for expected in ("Cảm xúc", "Trước khi mua", "Nhận biết", "Trung thành", "+2", "\u22122",
                     "+0.5"):
        assert expected in text, expected
    assert "q" in page_content(path, page)  # drawn in its own graphics state


def test_empty_map_and_portrait(tmp_path: Path) -> None:
    """An empty map's report is its cover alone; portrait turns every page."""
    path = _write(tmp_path, JourneyMap(), name="empty.pdf")
    assert page_count(path) == 1 and "Page 1 of 1" in pdf_text(path)
    assert [e.title for e in pdf_outline(path)] == ["Cover"]
    portrait = PdfOptions(layout="report", paper="letter", orientation="portrait", date=DATE)
    path = _write(tmp_path, sample_map(), portrait, "portrait.pdf")
    width, height = PAPERS["letter"]
    for page in range(1, page_count(path) + 1):
        assert page_size(path, page) == pytest.approx((height, width), abs=0.01)


def test_connector_labels_are_whole_or_absent(tmp_path: Path) -> None:
    """A connector label the page edge would cut is left out of that page, never cut."""
    stages = tuple(Stage(id=f"s{i}", title=f"S{i}") for i in range(8))
    lane = Lane(id="l", title="L")
    notes = tuple(Note(id=f"n{i}", stage=f"s{i}", lane="l", text=f"N{i}") for i in range(8))
    connectors = tuple(Connector(id=f"c{i}", source=f"n{i}", target=f"n{i + 1}",
                                 label=f"step{i}") for i in range(7))
    journey = JourneyMap(stages=stages, lanes=(lane,), notes=notes, connectors=connectors)
    path = _write(tmp_path, journey)
    text = _raw_text(path)
    layout = compute_layout(journey)
    width, height = PAPERS["a4"]
    regions = [p.placements[0].region for s in
               board_sections(journey, layout, width, height, DEFAULT_STYLE) for p in s.pages]
    for connector in layout.connectors:
        assert connector.label_box is not None and connector.label is not None
        inside = any(region.contains(connector.label_box) for region in regions)
        word = connector.label.lines[0]
        assert (word in text) == inside, word


def test_command_line_report(tmp_path: Path) -> None:
    """`export --layout report --paper a3 --portrait` writes a portrait A3 report."""
    source = tmp_path / "m.journey"
    from canvas_app.fileio.codec import save_path

    save_path(sample_map(), source)
    target = tmp_path / "out.pdf"
    code = main(["export", str(source), "-o", str(target), "--layout", "report", "--paper", "a3",
                 "--portrait"])
    assert code == 0
    width, height = PAPERS["a3"]
    assert page_size(target, 1) == pytest.approx((height, width), abs=0.01)
    assert [e.title for e in pdf_outline(target)][0] == "Trang bìa"
