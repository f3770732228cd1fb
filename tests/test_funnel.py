"""Funnel figures and the campaign band, Qt-free: conversion and drop-off (zero counts, stages
without a figure in between, gains), numbers in the map's language, the two header rows of the
layout (text wrapped inside its boxes), and the PDF (poster, report, tiles) read back with
pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_tools import page_count, pdf_text, squeeze

from canvas_app.fileio.codec import load_path
from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.model import edits
from canvas_app.model.funnel import (
    drop_text,
    figure_text,
    format_count,
    format_percent,
    funnel_drops,
)
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Language
from canvas_app.model.layout import compute_layout
from canvas_app.model.layout_geometry import Rect, TextBlock
from canvas_app.model.layout_text import text_width
from canvas_app.model.records import CampaignCard, FunnelFigure, Kpi, Stage

SAMPLE = Path(__file__).parent.parent / "sample_canvases" / "value-journey-coffee-chain-vi.journey"


def _stages(*figures: tuple[int, str] | None) -> list[Stage]:
    return [Stage(id=f"s{i}", title=f"Stage {i}",
                  funnel=FunnelFigure(count=f[0], unit=f[1]) if f else None)
            for i, f in enumerate(figures)]


def _map(language: Language = Language.EN, *figures: tuple[int, str] | None,
         cards: dict[int, CampaignCard] | None = None,
         kpis: dict[int, tuple[Kpi, ...]] | None = None) -> JourneyMap:
    journey = JourneyMap(title="Funnel", language=language)
    for index, figure in enumerate(figures):
        journey, _ = edits.add_stage(journey, None, f"Stage {index}", stage_id=f"s{index}")
        fields: dict[str, object] = {}
        if figure is not None:
            fields["funnel"] = FunnelFigure(count=figure[0], unit=figure[1])
        if cards and index in cards:
            fields["campaign"] = cards[index]
        if kpis and index in kpis:
            fields["kpis"] = kpis[index]
        if fields:
            journey, _ = edits.update_stage(journey, f"s{index}", **fields)
    journey, _ = edits.add_lane(journey, None, "Actions", lane_id="l0")
    return journey


# -- conversion and drop-off ------------------------------------------------------------------


def test_conversion_and_drop_off_between_consecutive_counted_stages() -> None:
    drops = funnel_drops(_stages((12_000, "visitors"), (4_560, "leads"), (912, "buyers")))
    assert [(d.from_stage, d.to_stage) for d in drops] == [("s0", "s1"), ("s1", "s2")]
    assert drops[0].conversion == pytest.approx(0.38)
    assert drops[0].drop_off == pytest.approx(0.62)
    assert drops[0].lost == 7_440
    assert drops[1].conversion == pytest.approx(0.2)
    assert drops[1].lost == 3_648


def test_stages_without_a_figure_are_skipped() -> None:
    # Visitors, (no figure), leads: the conversion runs from visitors to leads.
    drops = funnel_drops(_stages((1_000, "visitors"), None, None, (250, "leads"), None))
    assert [(d.from_stage, d.to_stage) for d in drops] == [("s0", "s3")]
    assert drops[0].conversion == pytest.approx(0.25)
    assert funnel_drops(_stages(None, (5, "x"), None)) == []
    assert funnel_drops(_stages(None, None)) == []


def test_zero_counts_and_gains() -> None:
    to_zero, from_zero = funnel_drops(_stages((400, "leads"), (0, "buyers"), (10, "fans")))
    assert to_zero.conversion == 0.0 and to_zero.drop_off == 1.0 and to_zero.lost == 400
    assert from_zero.conversion is None and from_zero.drop_off is None
    assert from_zero.lost == -10
    assert drop_text(to_zero, "en") == "\u2212100% (400 lost)"
    assert drop_text(from_zero, "en") == "no conversion from 0"
    assert drop_text(from_zero, "vi") == "không tính được từ 0"
    (gain,) = funnel_drops(_stages((200, "buyers"), (250, "buyers")))
    assert gain.drop_off == pytest.approx(-0.25)
    assert drop_text(gain, "en") == "+25% (50 more)"
    assert drop_text(gain, "vi") == "+25% (thêm 50)"
    (same,) = funnel_drops(_stages((7, "a"), (7, "b")))
    assert drop_text(same, "en") == "no drop-off"


def test_numbers_in_the_map_language() -> None:
    assert format_count(1_234_567, "en") == "1,234,567"
    assert format_count(1_234_567, "vi") == "1.234.567"
    assert format_count(999, "vi") == "999"
    assert format_count(10**12, "vi") == "1.000.000.000.000"
    assert format_percent(0.6249, "en") == "62%"
    assert format_percent(0.6251, "en") == "63%"
    assert format_percent(0.045, "en") == "4.5%"
    assert format_percent(0.045, "vi") == "4,5%"
    assert format_percent(0.05, "vi") == "5%"
    assert format_percent(0.62, "vi", signed=True) == "\u221262%"
    (drop,) = funnel_drops(_stages((12_000, "visitors"), (4_560, "leads")))
    assert drop_text(drop, "en") == "\u221262% (7,440 lost)"
    assert drop_text(drop, "vi") == "\u221262% (mất 7.440)"
    (small,) = funnel_drops(_stages((1_000, "a"), (955, "b")))
    assert drop_text(small, "vi") == "\u22124,5% (mất 45)"
    assert figure_text(12_000, "khách truy cập", "vi") == "12.000 khách truy cập"
    assert figure_text(12_000, "", "en") == "12,000"


# -- the layout ------------------------------------------------------------------------------


def _inside(block: TextBlock, rect: Rect) -> None:
    for line, baseline in zip(block.lines, block.baselines):
        assert block.x >= rect.x - 0.01
        assert block.x + text_width(line, block.size, block.weight) <= rect.right + 0.01, line
        assert baseline - block.size * 0.8 >= rect.y - 0.01
        assert baseline + block.size * 0.25 <= rect.bottom + 0.01


def test_no_rows_without_figures_or_cards() -> None:
    layout = compute_layout(_map(Language.EN, None, None))
    assert layout.funnel is None and layout.details_band is None and layout.details == ()
    assert layout.stages[0].rect.y == 0.0


def test_funnel_row_above_the_stage_headers() -> None:
    journey = _map(Language.EN, (12_000, "visitors"), None, (4_560, "leads"), (0, "buyers"))
    layout = compute_layout(journey)
    row = layout.funnel
    assert row is not None and layout.details_band is None
    assert row.strip.rect.bottom <= layout.stages[0].rect.y + 1e-6
    assert layout.header_height == pytest.approx(layout.stages[0].rect.bottom + 1.0)
    bars = {bar.stage_id: bar for bar in row.bars}
    assert set(bars) == {"s0", "s2", "s3"}
    assert bars["s3"].bar is None  # a count of 0 has no bar
    big, small = bars["s0"].bar, bars["s2"].bar
    assert big is not None and small is not None
    assert small.width / big.width == pytest.approx(4_560 / 12_000)
    assert [bar.label.lines for bar in row.bars] == [("12,000 visitors",), ("4,560 leads",),
                                                      ("0 buyers",)]
    assert [d.label.lines for d in row.drops] == [("\u221262% (7,440 lost)",),
                                                  ("\u2212100% (4,560 lost)",)]
    for bar in row.bars:
        _inside(bar.label, row.strip.rect)
    for drop in row.drops:
        _inside(drop.label, row.strip.rect)


def test_campaign_band_below_the_stage_headers_wraps_and_cuts_long_text() -> None:
    long_goal = "Reach five hundred thousand video views in the opening month " * 6
    cards = {0: CampaignCard(goal=long_goal, channel="TikTok", call_to_action="Visit us"),
             2: CampaignCard(audience="only the audience: not shown")}
    kpis = {1: (Kpi(name="Sign-ups", target="5,000", actual="5,200"),)}
    layout = compute_layout(_map(Language.EN, None, None, None, cards=cards, kpis=kpis))
    band = layout.details_band
    assert band is not None and layout.funnel is None
    assert band.rect.y == pytest.approx(layout.stages[0].rect.bottom + 1.0)
    assert band.rect.bottom == pytest.approx(layout.header_height)
    assert layout.lanes[0].rect.y == pytest.approx(layout.header_height)
    boxes = {box.stage_id: box for box in layout.details}
    assert set(boxes) == {"s0", "s1"}  # a card with only an audience shows nothing compact
    lines = [line for block in boxes["s0"].blocks for line in block.lines]
    assert lines[0] == "Goal" and lines[-1] == "Visit us"
    assert any(line.endswith("…") for line in lines)  # cut to a few lines
    assert [line for block in boxes["s1"].blocks for line in block.lines] == [
        "KPIs", "• Sign-ups: 5,200 (target 5,000)"]
    for box in layout.details:
        assert band.rect.contains(box.rect)
        for block in box.blocks:
            _inside(block, box.rect)


# -- the PDF -----------------------------------------------------------------------------------


def _sample_with_figures() -> JourneyMap:
    journey = load_path(SAMPLE)
    first, second, third = journey.stages[:3]
    # The second stage without a figure: the drop runs from the first to the third.
    journey, _ = edits.update_stage(journey, second.id, funnel=None)
    journey, _ = edits.update_stage(journey, first.id,
                                    funnel=FunnelFigure(count=12_000, unit="khách truy cập"))
    journey, _ = edits.update_stage(journey, third.id,
                                    funnel=FunnelFigure(count=4_560, unit="khách tiềm năng"),
                                    kpis=(Kpi(name="Đăng ký Zalo", target="5.000",
                                              actual="5.200"),))
    return journey


@pytest.mark.parametrize("layout", ["poster", "fit", "tiled"])
def test_pdf_carries_the_funnel_and_the_campaign_band(tmp_path: Path, layout: str) -> None:
    path = tmp_path / f"{layout}.pdf"
    export_pdf(_sample_with_figures(), path, PdfOptions(layout=layout))  # type: ignore[arg-type]
    text = squeeze(pdf_text(path))
    for expected in ("Phễu", "12.000 khách truy cập", "4.560 khách tiềm năng",
                     "\u221262% (mất 7.440)", "Chiến dịch", "Mục tiêu", "Kênh",
                     "• Đăng ký Zalo: 5.200 (mục tiêu 5.000)"):
        assert expected in text, expected


def test_report_repeats_the_rows_on_every_board_page(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    journey = _sample_with_figures()
    export_pdf(journey, path, PdfOptions(layout="report"))
    titles = [stage.title for stage in journey.stages]
    board_pages = [page for page in range(1, page_count(path) + 1)
                   if any(title in pdf_text(path, page, page) for title in titles)]
    assert len(board_pages) >= 2
    for page in board_pages:
        text = squeeze(pdf_text(path, page, page))
        assert "Phễu" in text and "Chiến dịch" in text, page


def test_report_pages_show_each_drop_off_once_and_whole(tmp_path: Path) -> None:
    """Sixteen counted stages over four report pages: a drop-off between the last stage of a
    page and the first of the next is not cut in two by the page edge (nor hidden, clipped, in
    the text of pages that do not show it); it appears whole on the next page, at its left."""
    figures = [(100_000 - index * 6_000, "visitors") for index in range(16)]
    journey = _map(Language.EN, *figures)
    path = tmp_path / "report.pdf"
    export_pdf(journey, path, PdfOptions(layout="report"))
    expected = [drop_text(drop, "en") for drop in funnel_drops(journey.stages)]
    assert len(expected) == 15
    figures_expected = [figure_text(count, unit, "en") for count, unit in figures]
    figures_seen: list[str] = []
    seen: list[str] = []
    board_pages = 0
    for page in range(1, page_count(path) + 1):
        text = squeeze(pdf_text(path, page, page))
        if not any(f"Stage {index}" in text for index in range(16)):
            continue
        board_pages += 1
        shown = [label for label in expected if label in text]
        seen += shown
        # No piece of a label outside the whole ones ("ost)" from a clipped "6,000 lost)").
        rest = text
        for label in shown:
            rest = rest.replace(label, "", 1)
        assert "lost" not in rest, (page, rest)
        figures_seen += [figure for figure in figures_expected if figure in text]
        assert text.count("visitors") == len([f for f in figures_expected if f in text]), page
    assert board_pages >= 2
    assert sorted(seen) == sorted(expected)
    assert sorted(figures_seen) == sorted(figures_expected)  # each stage's figure on one page
