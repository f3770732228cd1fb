"""The look of a board: sizes (points at 100 %), type sizes and colours, in one frozen record.

Sizes are chosen for reading at arm's length on screen and on paper: note text 11.5 pt, headers
larger and semibold. Colours keep dark ink on pale fills (contrast well above 7:1).
"""

from __future__ import annotations

from typing import NamedTuple

from canvas_app.model.kinds import LineKind


class LayoutStyle(NamedTuple):
    # Columns and rows.
    stage_width: float = 236.0
    lane_header_width: float = 168.0
    lane_min_height: float = 92.0
    cell_padding: float = 12.0
    # Notes.
    note_gap: float = 10.0
    note_padding_x: float = 10.0
    note_padding_y: float = 9.0
    note_radius: float = 5.0
    note_min_height: float = 32.0
    note_font_size: float = 11.5
    note_leading: float = 15.0
    footer_font_size: float = 9.5
    footer_leading: float = 12.5
    footer_gap: float = 5.0
    # Headers.
    header_padding_x: float = 12.0
    header_padding_y: float = 10.0
    phase_font_size: float = 14.5
    phase_leading: float = 18.5
    stage_font_size: float = 13.5
    stage_leading: float = 17.5
    time_font_size: float = 10.5
    time_gap: float = 3.0
    lane_font_size: float = 12.5
    lane_leading: float = 16.0
    # Service-blueprint lines: the gap they sit in below their lane and their label.
    line_label_size: float = 10.0
    line_label_leading: float = 12.5
    line_label_width: float = 320.0
    line_band_padding: float = 5.0
    line_width: float = 1.4
    # Emotion curves.
    emotion_band_height: float = 112.0
    emotion_band_inset: float = 14.0
    emotion_hint_size: float = 16.0
    emotion_line_width: float = 2.2
    emotion_marker_radius: float = 4.2
    # Several curves in one lane (personas, as-is / to-be): a colour each, to-be lines dashed,
    # and a legend strip at the top of the band.
    emotion_series_colors: tuple[str, ...] = (
        "#D9541E", "#2F6FB0", "#2E7D4F", "#8E44AD", "#A8740A", "#C2185B", "#00838F", "#6D4C41")
    emotion_to_be_dash: tuple[float, ...] = (7.0, 4.0)
    emotion_legend_size: float = 9.5
    emotion_legend_swatch: float = 22.0
    emotion_legend_label_width: float = 190.0
    # Connectors.
    connector_width: float = 1.3
    arrow_length: float = 8.0
    arrow_half_width: float = 4.0
    connector_label_size: float = 9.5
    connector_label_leading: float = 12.0
    connector_label_width: float = 150.0
    # Colours.
    background: str = "#FFFFFF"
    ink: str = "#1D2530"
    ink_on_dark: str = "#FFFFFF"
    muted_ink: str = "#374151"  # ≥ 6:1 on every kind colour: footers are small type
    phase_fill: str = "#1F5F6B"
    stage_fill: str = "#2C3A4B"
    time_color: str = "#C9D6E3"
    lane_fill: str = "#FFFFFF"
    lane_fill_alternate: str = "#F5F7F9"
    lane_header_fill: str = "#E9EDF1"
    grid_color: str = "#CDD4DB"
    note_border: str = "#9AA3AD"
    emotion_color: str = "#D9541E"
    emotion_axis: str = "#8894A0"
    emotion_positive_fill: str = "#EDF7EE"
    emotion_negative_fill: str = "#FCEFEE"
    connector_color: str = "#3D4F63"
    connector_label_fill: str = "#FFFFFF"

    def line_color(self, kind: LineKind) -> str:
        return _LINE_COLORS[kind]

    def line_dash(self, kind: LineKind) -> tuple[float, ...]:
        return _LINE_DASHES[kind]


# Each blueprint line has its own colour and dash so the three stay distinct in greyscale print.
_LINE_COLORS: dict[LineKind, str] = {
    LineKind.INTERACTION: "#2F6690",
    LineKind.VISIBILITY: "#B23A48",
    LineKind.INTERNAL_INTERACTION: "#5C6B7A",
}
_LINE_DASHES: dict[LineKind, tuple[float, ...]] = {
    LineKind.INTERACTION: (7.0, 4.0),
    LineKind.VISIBILITY: (2.5, 3.0),
    LineKind.INTERNAL_INTERACTION: (9.0, 3.0, 2.0, 3.0),
}

DEFAULT_STYLE = LayoutStyle()
