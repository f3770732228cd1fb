"""Two optional rows of the board's header: the funnel bar above the stage headers and the
campaign band below them (pure geometry in points, no Qt; drawn by the screen and the PDF).

- The **funnel row** appears when any stage has a funnel figure: per counted stage its figure
  ("12,400 visitors") above a slim bar whose width is proportional to the count (the largest
  count fills its column), and between consecutive counted stages the drop-off
  ("−62% (7,440 lost)"), centred between their columns (see model/funnel.py for the rules).
- The **campaign band** appears when any stage has a campaign card or KPIs: per stage a compact
  card — goal, channel, call to action and the KPIs — each value wrapped to the column and cut
  to a few lines with "…" (the whole text lives in the stage details editor), so the band stays
  compact and nothing spills out of its box.

Both rows are part of the header (above `BoardLayout.header_height`), so report pages and tiles
repeat them with the stage headers. Row titles ("Funnel", "Campaign") sit in the lane header
column. Words are in the map's language, like the blueprint line labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Optional, Sequence

from canvas_app.model.fonts import FontWeight
from canvas_app.model.funnel import drop_text, figure_text, funnel_drops
from canvas_app.model.layout_geometry import Rect, TextBlock
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import (
    block_height,
    first_baseline,
    text_width,
    wrap_text,
)

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.model.records import Stage

# Sizes and colours of the two rows (dark ink on pale fills, as everywhere on the board).
ROW_FILL = "#F1F4F7"
CARD_FILL = "#FFFFFF"
CARD_BORDER = "#B7C2CD"
BAR_FILL = "#2F6FB0"
LOSS_COLOR = "#A32A38"
GAIN_COLOR = "#2E6B3F"
LABEL_COLOR = "#374151"
LABEL_SIZE = 8.5
LABEL_LEADING = 10.5
VALUE_SIZE = 10.0
VALUE_LEADING = 12.5
FIGURE_SIZE = 10.5
FIGURE_LEADING = 13.0
DROP_SIZE = 9.5
DROP_LEADING = 12.0
BAR_HEIGHT = 9.0
MIN_BAR = 3.0
ROW_PADDING = 6.0
CARD_INSET = 5.0
CARD_PADDING = 7.0
FIELD_GAP = 4.0
MAX_VALUE_LINES = 3
MAX_KPI_LINES = 2
MAX_KPIS_SHOWN = 6
ELLIPSIS = "…"

_WORDS: dict[str, dict[str, str]] = {
    "funnel": {"en": "Funnel", "vi": "Phễu"},
    "campaign": {"en": "Campaign", "vi": "Chiến dịch"},
    "goal": {"en": "Goal", "vi": "Mục tiêu"},
    "channel": {"en": "Channel", "vi": "Kênh"},
    "call_to_action": {"en": "Call to action", "vi": "Lời kêu gọi hành động"},
    "kpis": {"en": "KPIs", "vi": "KPI"},
    "target": {"en": "target", "vi": "mục tiêu"},
    "more_kpis": {"en": "+{count} more", "vi": "+{count} KPI khác"},
}


def word(key: str, language: str) -> str:
    """A word of the two rows in the map's language."""
    texts = _WORDS[key]
    return texts.get(language, texts["en"])


class HeaderStrip(NamedTuple):
    """A full-width row of the header: its fill and its title in the lane header column."""

    rect: Rect
    fill: str
    title: TextBlock


class FunnelBar(NamedTuple):
    """One counted stage: its figure and its bar (None for a count of 0)."""

    stage_id: str
    label: TextBlock
    bar: Optional[Rect]
    fill: str


class FunnelDropLabel(NamedTuple):
    """The drop-off between two consecutive counted stages."""

    from_stage: str
    to_stage: str
    label: TextBlock


class FunnelRow(NamedTuple):
    strip: HeaderStrip
    bars: tuple[FunnelBar, ...]
    drops: tuple[FunnelDropLabel, ...]


class StageDetailsBox(NamedTuple):
    """A stage's compact campaign card in the campaign band: labels and values, top to bottom."""

    stage_id: str
    rect: Rect
    fill: str
    border: str
    blocks: tuple[TextBlock, ...]


def has_details(stage: Stage) -> bool:
    """Whether a stage shows a card in the campaign band."""
    card = stage.campaign
    shown = card is not None and any((card.goal, card.channel, card.call_to_action))
    return shown or bool(stage.kpis)


# -- the funnel row ---------------------------------------------------------------------------


def funnel_row(
    journey: JourneyMap,
    column_x: Sequence[float],
    column_width: Sequence[float],
    top: float,
    board_width: float,
    style: LayoutStyle,
) -> tuple[Optional[FunnelRow], float]:
    """The funnel row starting at `top`, and its bottom (`top` when no stage has a figure)."""
    stages = journey.stages
    columns = {stage.id: i for i, stage in enumerate(stages)}
    counted = [stage for stage in stages if stage.funnel is not None]
    if not counted:
        return None, top
    language = journey.language.value
    pad = style.header_padding_x
    largest = max(stage.funnel.count for stage in counted if stage.funnel is not None)
    figure_lines: dict[str, tuple[str, ...]] = {}
    for stage in counted:
        assert stage.funnel is not None
        column = columns[stage.id]
        text = figure_text(stage.funnel.count, stage.funnel.unit, language)
        figure_lines[stage.id] = wrap_text(text, column_width[column] - 2 * pad, FIGURE_SIZE,
                                           FontWeight.SEMIBOLD)
    figure_height = max(block_height(len(lines), FIGURE_SIZE, FIGURE_LEADING, FontWeight.SEMIBOLD)
                        for lines in figure_lines.values())
    bar_top = top + ROW_PADDING + figure_height + 3.0
    drops_top = bar_top + BAR_HEIGHT + 4.0
    bars = []
    for stage in counted:
        assert stage.funnel is not None
        column = columns[stage.id]
        x, width = column_x[column], column_width[column]
        room = width - 2 * pad
        lines = figure_lines[stage.id]
        # The figure ends at the bar's top: every figure's last line on one level.
        label_top = bar_top - 3.0 - block_height(len(lines), FIGURE_SIZE, FIGURE_LEADING,
                                                  FontWeight.SEMIBOLD)
        label = _centred(lines, x, width, label_top, FIGURE_SIZE, FIGURE_LEADING,
                         FontWeight.SEMIBOLD, style.ink)
        count = stage.funnel.count
        bar = None
        if count > 0 and largest > 0:
            bar_width = max(MIN_BAR, room * count / largest)
            bar = Rect(x + (width - bar_width) / 2, bar_top, bar_width, BAR_HEIGHT)
        bars.append(FunnelBar(stage.id, label, bar, BAR_FILL))
    drops = []
    bottom = drops_top
    for drop in funnel_drops(stages):
        first, second = columns[drop.from_stage], columns[drop.to_stage]
        centre_a = column_x[first] + column_width[first] / 2
        centre_b = column_x[second] + column_width[second] / 2
        width = max(60.0, centre_b - centre_a - 8.0)
        middle = (centre_a + centre_b) / 2
        color = LOSS_COLOR if drop.lost > 0 else GAIN_COLOR if drop.lost < 0 else LABEL_COLOR
        lines = wrap_text(drop_text(drop, language), width, DROP_SIZE, FontWeight.SEMIBOLD)
        label = _centred(lines, middle - width / 2, width, drops_top, DROP_SIZE, DROP_LEADING,
                         FontWeight.SEMIBOLD, color)
        drops.append(FunnelDropLabel(drop.from_stage, drop.to_stage, label))
        bottom = max(bottom, drops_top + block_height(len(lines), DROP_SIZE, DROP_LEADING,
                                                      FontWeight.SEMIBOLD))
    bottom += ROW_PADDING
    strip = _strip(word("funnel", language), top, bottom, board_width, style)
    return FunnelRow(strip, tuple(bars), tuple(drops)), bottom


# -- the campaign band ------------------------------------------------------------------------


def details_band(
    journey: JourneyMap,
    column_x: Sequence[float],
    column_width: Sequence[float],
    top: float,
    board_width: float,
    style: LayoutStyle,
) -> tuple[Optional[HeaderStrip], tuple[StageDetailsBox, ...], float]:
    """The campaign band starting at `top`: its strip, the stages' cards and its bottom."""
    if not any(has_details(stage) for stage in journey.stages):
        return None, (), top
    language = journey.language.value
    contents = []
    height = 0.0
    for column, stage in enumerate(journey.stages):
        if not has_details(stage):
            continue
        x = column_x[column] + CARD_INSET
        width = column_width[column] - 2 * CARD_INSET
        blocks, used = _card_blocks(stage, x + CARD_PADDING, top + ROW_PADDING + CARD_PADDING,
                                    width - 2 * CARD_PADDING, language, style)
        contents.append((stage.id, x, width, blocks))
        height = max(height, used)
    card_height = height + 2 * CARD_PADDING
    boxes = tuple(
        StageDetailsBox(stage_id, Rect(x, top + ROW_PADDING, width, card_height), CARD_FILL,
                        CARD_BORDER, blocks)
        for stage_id, x, width, blocks in contents
    )
    bottom = top + ROW_PADDING + card_height + ROW_PADDING
    strip = _strip(word("campaign", language), top, bottom, board_width, style)
    return strip, boxes, bottom


def _card_blocks(stage: Stage, x: float, top: float, width: float, language: str,
                 style: LayoutStyle) -> tuple[tuple[TextBlock, ...], float]:
    """The label and value blocks of one card, from `top`; and the height they use."""
    fields: list[tuple[str, list[str], int]] = []
    card = stage.campaign
    if card is not None:
        for key in ("goal", "channel", "call_to_action"):
            value = getattr(card, key)
            if value:
                fields.append((word(key, language), [value], MAX_VALUE_LINES))
    if stage.kpis:
        lines = [_kpi_text(kpi.name, kpi.target, kpi.actual, language)
                 for kpi in stage.kpis[:MAX_KPIS_SHOWN]]
        if len(stage.kpis) > MAX_KPIS_SHOWN:
            more = len(stage.kpis) - MAX_KPIS_SHOWN
            lines.append(word("more_kpis", language).format(count=more))
        fields.append((word("kpis", language), lines, MAX_KPI_LINES))
    blocks: list[TextBlock] = []
    cursor = top
    for index, (label, values, cap) in enumerate(fields):
        if index:
            cursor += FIELD_GAP
        label_lines = _capped(label, width, LABEL_SIZE, FontWeight.SEMIBOLD, 2)
        blocks.append(_block(label_lines, x, cursor, width, LABEL_SIZE, LABEL_LEADING,
                             FontWeight.SEMIBOLD, LABEL_COLOR))
        cursor += block_height(len(label_lines), LABEL_SIZE, LABEL_LEADING, FontWeight.SEMIBOLD)
        cursor += 2.0
        value_lines: list[str] = []
        for value in values:
            value_lines.extend(_capped(value, width, VALUE_SIZE, FontWeight.REGULAR, cap))
        blocks.append(_block(tuple(value_lines), x, cursor, width, VALUE_SIZE, VALUE_LEADING,
                             FontWeight.REGULAR, style.ink))
        cursor += block_height(len(value_lines), VALUE_SIZE, VALUE_LEADING, FontWeight.REGULAR)
    return tuple(blocks), cursor - top


def _kpi_text(name: str, target: str, actual: str, language: str) -> str:
    """ "Conversion: 2% (target 3%)" — the parts the team filled in."""
    text = name
    if actual:
        text += f": {actual}"
    if target:
        text += f" ({word('target', language)} {target})"
    return "• " + text


# -- helpers ----------------------------------------------------------------------------------


def _strip(title: str, top: float, bottom: float, board_width: float,
           style: LayoutStyle) -> HeaderStrip:
    pad = style.header_padding_x
    width = style.lane_header_width - 2 * pad
    lines = _capped(title, width, LABEL_SIZE + 1.5, FontWeight.SEMIBOLD, 2)
    block = _block(lines, pad, top + ROW_PADDING + 2.0, width, LABEL_SIZE + 1.5, LABEL_LEADING + 2,
                   FontWeight.SEMIBOLD, LABEL_COLOR)
    return HeaderStrip(Rect(0.0, top, board_width, bottom - top), ROW_FILL, block)


def _capped(text: str, width: float, size: float, weight: FontWeight,
            max_lines: int) -> tuple[str, ...]:
    """`text` wrapped to `width`, at most `max_lines` lines, the last ending in "…" if cut."""
    lines = wrap_text(text, width, size, weight)
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and text_width(last + ELLIPSIS, size, weight) > width:
        last = last[:-1].rstrip()
    return (*lines[: max_lines - 1], last + ELLIPSIS)


def _block(lines: tuple[str, ...], x: float, top: float, width: float, size: float,
           leading: float, weight: FontWeight, color: str) -> TextBlock:
    baseline = first_baseline(top, size, weight)
    baselines = tuple(baseline + leading * i for i in range(len(lines)))
    return TextBlock(lines, x, baselines, size, weight, color, width)


def _centred(lines: tuple[str, ...], x: float, width: float, top: float, size: float,
             leading: float, weight: FontWeight, color: str) -> TextBlock:
    """Lines centred in [x, x + width] (one block: centred on its widest line)."""
    widest = max((text_width(line, size, weight) for line in lines), default=0.0)
    left = x + max(0.0, (width - widest) / 2)
    return _block(lines, left, top, min(width, widest + 1.0), size, leading, weight, color)
