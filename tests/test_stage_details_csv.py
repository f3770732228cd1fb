"""CSV stage columns: funnel figure, campaign card and KPIs of each stage survive export → import
(also through a spreadsheet-style edit), are filled by hand the way docs/csv.md says, and
malformed values are refused with one message naming the row and the column."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvas_app.fileio.codec import load_path
from canvas_app.fileio.csv_io import export_csv, import_csv, import_csv_path
from canvas_app.fileio.errors import CsvFormatError
from canvas_app.model import edits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import CampaignCard, FunnelFigure, Kpi

SAMPLE = Path(__file__).parent.parent / "sample_canvases" / "value-journey-coffee-chain-vi.journey"


def _details(journey: JourneyMap) -> list[tuple[object, ...]]:
    return [(s.title, s.funnel, s.campaign, s.kpis) for s in journey.stages]


def _with_details() -> JourneyMap:
    journey = load_path(SAMPLE)
    stages = journey.stages
    journey, _ = edits.update_stage(
        journey, stages[0].id, funnel=FunnelFigure(count=12_000, unit="khách truy cập"),
        kpis=(Kpi(name="Lượt xem", target="500.000", actual="412.000"),
              Kpi(name="=HYPERLINK(x)", target="", actual="3%"), Kpi(name="Chỉ tên")))
    journey, _ = edits.update_stage(journey, stages[1].id, funnel=FunnelFigure(count=0, unit="khách"))
    journey, _ = edits.update_stage(journey, stages[2].id,
                                    campaign=CampaignCard(goal="+30% đăng ký\nhai dòng",
                                                          channel="Zalo, email"))
    return journey


def test_export_import_round_trip_keeps_stage_details(tmp_path: Path) -> None:
    journey = _with_details()
    data = export_csv(journey)
    header = data.decode("utf-8-sig").split("\r\n", 1)[0]
    assert header.endswith(",funnel_count,funnel_unit,campaign_goal,campaign_audience,"
                           "campaign_content,campaign_channel,campaign_call_to_action,kpis")
    back = import_csv(data, language="vi")
    assert _details(back) == _details(journey)
    # Formula guard: the stage columns are free text too.
    assert "'=HYPERLINK(x)" not in data.decode("utf-8-sig")  # (not at the start of its cell)
    assert "'+30% đăng ký" in data.decode("utf-8-sig")
    # With a base map (the UI's import into the open map), given cells replace the base's
    # values and empty cells keep them (an empty cell never clears).
    plain = load_path(SAMPLE)
    merged = import_csv(data, base=plain)
    assert [s.funnel for s in merged.stages] == [s.funnel for s in journey.stages]
    assert [s.kpis for s in merged.stages] == [s.kpis for s in journey.stages]
    card = merged.stages[2].campaign
    assert card is not None and card.goal == "+30% đăng ký\nhai dòng"
    assert card.channel == "Zalo, email"
    assert card.audience == plain.stages[2].campaign.audience != ""


def test_a_map_without_stage_details_keeps_the_plain_header() -> None:
    journey = load_path(SAMPLE)
    for stage in journey.stages:
        journey, _ = edits.update_stage(journey, stage.id, campaign=None, kpis=(), funnel=None)
    header = export_csv(journey).decode("utf-8-sig").split("\r\n", 1)[0]
    assert header == "stage,lane,text,kind,color,emotion,votes,tags,persona"


def test_a_spreadsheet_user_fills_the_columns_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "funnel.csv"
    path.write_text(
        "stage;lane;text;funnel_count;funnel_unit;campaign_goal;kpis\n"
        "Awareness;Actions;See an ad;12.000;visitors;Reach students;\"Views | 500,000 | 412,000\n"
        "CTR | 2% | 1.6%\"\n"
        "Awareness;Actions;Share it;;;;\n"
        "Consideration;Actions;;4 560;leads;;\n"  # a declaration carrying stage values
        "Purchase;Actions;Buy;912;;;\n",
        encoding="utf-8")
    journey = import_csv_path(path)
    awareness, consideration, purchase = journey.stages
    assert awareness.funnel == FunnelFigure(count=12_000, unit="visitors")
    assert awareness.campaign == CampaignCard(goal="Reach students")
    assert awareness.kpis == (Kpi(name="Views", target="500,000", actual="412,000"),
                              Kpi(name="CTR", target="2%", actual="1.6%"))
    assert consideration.funnel == FunnelFigure(count=4_560, unit="leads")
    assert len(journey.notes_in(consideration.id, journey.lanes[0].id)) == 0
    assert purchase.funnel == FunnelFigure(count=912, unit="")
    assert len(journey.notes) == 3


@pytest.mark.parametrize(("rows", "message"), [
    ("A,L,x,12.5k,,\n", "row 2, column 'funnel_count': '12.5k' is not a whole number from 0"),
    ("A,L,x,-3,,\n", "row 2, column 'funnel_count': '-3' is not a whole number"),
    ("A,L,x,10000000000000,,\n", "row 2, column 'funnel_count'"),
    ("A,L,x,,visitors,\n", "row 2, column 'funnel_unit': a unit needs a count in column "
                           "'funnel_count'"),
    ("A,L,x,100,,\nA,L,y,200,,\n", "row 3, column 'funnel_count': differs from row 2 of the "
                                   "same stage"),
    ('A,L,x,,,"a | b | c | d"\n', "row 2, column 'kpis': line 1 has 4 parts; write "
                                  "'name | target | actual'"),
    ('A,L,x,,,"ok\n | 3 | 4"\n', "row 2, column 'kpis': line 2 has no KPI name"),
    ("A,L,x,,,\"" + "\n".join(f"k{i}" for i in range(21)) + "\"\n",
     "row 2, column 'kpis': 21 KPIs; a stage has at most 20"),
])
def test_malformed_stage_cells_are_refused_with_row_and_column(rows: str, message: str) -> None:
    data = ("stage,lane,text,funnel_count,funnel_unit,kpis\n" + rows).encode()
    with pytest.raises(CsvFormatError) as caught:
        import_csv(data, source="funnel.csv")
    text = str(caught.value)
    assert text.startswith("funnel.csv: ") and message in text, text
    assert "\n" not in text
