"""CSV: the optional stage columns — funnel figure, campaign card and KPIs of a note's stage.

A CSV row is a note, but these columns describe its **stage**, so export writes them on the first
row of each stage only, and import takes them from any row naming the stage (a row with only
`stage`, `lane` and stage columns declares the stage without making a note). An empty cell says
nothing (it never clears a value); two rows of one stage giving different values is an error
naming both rows. See docs/csv.md.

KPIs live in one cell, one KPI per line (Alt+Enter in a spreadsheet), each line
`name | target | actual` (target and actual may be left out).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from canvas_app.fileio.csv_cells import CellError
from canvas_app.fileio.csv_write import guard_formula, unguard_formula
from canvas_app.model import limits
from canvas_app.model.funnel import parse_count
from canvas_app.model.messages import msg
from canvas_app.model.records import CampaignCard, FunnelFigure, Kpi, Stage
from canvas_app.model.text import clean_line, clean_text

CAMPAIGN_COLUMNS: dict[str, str] = {
    "campaign_goal": "goal",
    "campaign_audience": "audience",
    "campaign_content": "content",
    "campaign_channel": "channel",
    "campaign_call_to_action": "call_to_action",
}
STAGE_COLUMNS: tuple[str, ...] = ("funnel_count", "funnel_unit", *CAMPAIGN_COLUMNS, "kpis")
KPI_SEPARATOR = "|"


@dataclass(frozen=True)
class StageCells:
    """The stage columns a row filled in, checked: column → value (only non-empty cells)."""

    values: dict[str, object]


def parse_stage_cells(cells: dict[str, str]) -> Optional[StageCells]:
    """The row's non-empty stage cells, checked (None when it has none); CellError if bad."""
    values: dict[str, object] = {}
    for column in STAGE_COLUMNS:
        raw = cells.get(column, "")
        if not raw.strip():
            continue
        if column == "funnel_count":
            values[column] = _count(raw)
        elif column == "funnel_unit":
            values[column] = _label(column, raw)
        elif column == "kpis":
            values[column] = _kpis(raw)
        else:
            text = unguard_formula(clean_text(raw))
            if len(text) > limits.MAX_TEXT:
                raise CellError(column, msg("the text is {length} characters, longer than "
                                            "{limit}", length=len(text), limit=limits.MAX_TEXT))
            values[column] = text
    return StageCells(values) if values else None


def _count(raw: str) -> int:
    try:
        count = parse_count(raw)
    except ValueError:
        count = None
    if count is None:
        shown = clean_line(raw)[:40]
        raise CellError("funnel_count", msg(
            "'{value}' is not a whole number from 0 to {high} (thousands separators are "
            "allowed, decimals are not)", value=shown, high=limits.MAX_FUNNEL_COUNT))
    return count


def _label(column: str, raw: str) -> str:
    text = unguard_formula(clean_line(raw))
    if len(text) > limits.MAX_LABEL:
        raise CellError(column, msg("'{value}…' is longer than {limit} characters",
                                    value=text[:40], limit=limits.MAX_LABEL))
    return text


def _kpis(raw: str) -> tuple[Kpi, ...]:
    # (Export guards the cell as a whole, so the whole cell is unguarded, then split.)
    lines = [line for line in unguard_formula(clean_text(raw)).split("\n") if line.strip()]
    if len(lines) > limits.MAX_KPIS:
        raise CellError("kpis", msg("{count} KPIs; a stage has at most {limit}",
                                    count=len(lines), limit=limits.MAX_KPIS))
    kpis = []
    for number, line in enumerate(lines, start=1):
        parts = [part.strip() for part in line.split(KPI_SEPARATOR)]
        if len(parts) > 3:
            raise CellError("kpis", msg("line {line:d} has {parts} parts; write "
                                        "'name | target | actual' (one KPI per line)",
                                        line=number, parts=len(parts)))
        if not parts[0]:
            raise CellError("kpis", msg("line {line:d} has no KPI name before the first '|'",
                                        line=number))
        for part in parts:
            if len(part) > limits.MAX_LABEL:
                raise CellError("kpis", msg("line {line:d}: '{value}…' is longer than {limit} "
                                            "characters", line=number, value=part[:40],
                                            limit=limits.MAX_LABEL))
        name, target, actual = (parts + ["", ""])[:3]
        kpis.append(Kpi(name=name, target=target, actual=actual))
    return tuple(kpis)


def apply_stage_cells(stage: Stage, values: dict[str, object]) -> Stage:
    """`stage` with the values of its rows' stage columns (columns not given keep theirs)."""
    update: dict[str, object] = {}
    old_funnel = stage.funnel
    if "funnel_count" in values or ("funnel_unit" in values and old_funnel is not None):
        count = values.get("funnel_count", old_funnel.count if old_funnel else 0)
        unit = values.get("funnel_unit", old_funnel.unit if old_funnel else "")
        update["funnel"] = FunnelFigure(count=count, unit=unit)
    given = {field: values[column] for column, field in CAMPAIGN_COLUMNS.items()
             if column in values}
    if given:
        old = stage.campaign.model_dump() if stage.campaign is not None else {}
        update["campaign"] = CampaignCard(**{**old, **given})
    if "kpis" in values:
        update["kpis"] = values["kpis"]
    return stage.model_copy(update=update) if update else stage


def has_stage_columns(stages: tuple[Stage, ...]) -> bool:
    """Whether export writes the stage columns (some stage has a figure, card or KPIs)."""
    return any(s.funnel is not None or s.campaign is not None or s.kpis for s in stages)


def stage_cells(stage: Stage) -> tuple[str, ...]:
    """The stage columns of `stage` as written on its first row (in STAGE_COLUMNS order)."""
    funnel, card = stage.funnel, stage.campaign
    campaign = [guard_formula(getattr(card, field)) if card is not None else ""
                for field in CAMPAIGN_COLUMNS.values()]
    kpis = "\n".join(_kpi_line(kpi) for kpi in stage.kpis)
    return (
        str(funnel.count) if funnel is not None else "",
        guard_formula(funnel.unit) if funnel is not None else "",
        *campaign,
        guard_formula(kpis),
    )


def _kpi_line(kpi: Kpi) -> str:
    parts = [kpi.name, kpi.target, kpi.actual]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    return f" {KPI_SEPARATOR} ".join(parts)
