"""The Stage Details panel in the real window: clicking a stage header shows the stage; typing in
the campaign card, the funnel figure and the KPI table (real key events) makes undoable,
translated, merged edits; the board's campaign band and funnel bar follow live (only their items
repaint); a bad count is refused with one message; save → reopen keeps everything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QScrollArea, QTableWidget
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path, save_path
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import FunnelFigure, Kpi, Stage
from canvas_app.scene import items
from canvas_app.ui.main_window import MainWindow
from canvas_app.model.funnel import parse_count
from canvas_app.ui.stage_details_panel import COMMIT_DELAY_MS, StageDetailsPanel
from scene_helpers import click, type_text
from test_edits import small_map
from test_ui_window import action, make_window, quiet_prompts  # noqa: F401  (autouse fixture)

WAIT = COMMIT_DELAY_MS * 6


def _panel(window: MainWindow) -> StageDetailsPanel:
    return window.panels.stage_details


def _stage(window: MainWindow, stage_id: str) -> Stage:
    return window.document.journey.stage(stage_id)


def _click_header(window: MainWindow, index: int) -> str:
    view = window.view
    header = view.board_scene.layout.stages[index]
    view.centerOn(QPointF(header.rect.center.x, header.rect.center.y))
    click(view, QPointF(header.rect.center.x, header.rect.center.y))
    return header.stage_id


def _leave(qtbot: QtBot, window: MainWindow) -> None:
    """Move the keyboard to the board (as clicking it would)."""
    window.view.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(window.view.hasFocus)


def _type_into(qtbot: QtBot, field: QLineEdit, text: str, replace: bool = True) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    if replace:
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)


def _finish_cell(qtbot: QtBot, editor: QLineEdit) -> None:
    """Enter in a table cell's editor (the delegate commits it from the event loop)."""
    table = editor.parent().parent()
    assert isinstance(table, QTableWidget)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, tmp_path, small_map())


def test_clicking_a_stage_header_shows_it_in_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(window)
    assert panel.stage_id() is None and not panel.campaign_box.isEnabled()
    stage_id = _click_header(window, 1)
    assert panel.stage_id() == stage_id
    assert panel.campaign_box.isEnabled()
    assert _stage(window, stage_id).title in panel.title_label.text()
    assert panel.title_label.textFormat() == Qt.TextFormat.PlainText
    assert window.panels.docks["stage_details"].isVisible()  # raised over the inspector
    assert panel.campaign_fields["goal"].accessibleName() == "Goal"
    assert panel.count_field.accessibleName() == "Count"


def test_campaign_card_typing_is_one_undo_step_per_field_and_updates_the_band(
        qtbot: QtBot, window: MainWindow) -> None:
    stack = window.document.undo_stack
    scene = window.view.board_scene
    stage_id = _click_header(window, 0)
    panel = _panel(window)
    assert scene.layout.details_band is None and not scene.stage_details
    goal = panel.campaign_fields["goal"]
    _type_into(qtbot, goal, "Đạt 5.000 đăng ký")
    qtbot.waitUntil(lambda: _stage(window, stage_id).campaign is not None, timeout=WAIT)
    type_text(goal, " mỗi tháng")
    qtbot.waitUntil(lambda: _stage(window, stage_id).campaign is not None
                    and _stage(window, stage_id).campaign.goal == "Đạt 5.000 đăng ký mỗi tháng",
                    timeout=WAIT)
    assert goal.text() == "Đạt 5.000 đăng ký mỗi tháng"
    assert stack.count() == 1  # the typing of one visit merged
    assert stack.text(0) == f"Edit campaign card of “{_stage(window, stage_id).title}”"
    # The board shows the band with the stage's card, live.
    assert scene.layout.details_band is not None
    card = scene.stage_details[stage_id]
    assert "Đạt 5.000 đăng ký mỗi tháng" in " ".join(
        line for block in card.record.blocks for line in block.lines)
    _leave(qtbot, window)
    channel = panel.campaign_fields["channel"]
    _type_into(qtbot, channel, "Zalo OA")
    _leave(qtbot, window)
    assert stack.count() == 2
    assert _stage(window, stage_id).campaign.channel == "Zalo OA"
    # Editing one card repaints that card, not the notes.
    items.PAINTS.clear()
    _type_into(qtbot, channel, "Zalo OA, email")
    _leave(qtbot, window)
    qtbot.waitUntil(lambda: items.PAINTS["stage_details"] > 0)
    QApplication.processEvents()
    assert items.PAINTS["note"] == 0
    stack.undo()
    assert _stage(window, stage_id).campaign.channel == "Zalo OA"
    assert channel.text() == "Zalo OA"
    stack.undo()
    stack.undo()
    assert _stage(window, stage_id).campaign is None  # emptied card is no card
    assert goal.text() == "" and scene.layout.details_band is None
    assert not scene.stage_details
    stack.redo()
    assert goal.text() == "Đạt 5.000 đăng ký mỗi tháng"
    assert stage_id in scene.stage_details


def test_funnel_figure_typed_with_separators_and_a_bad_count_refused(
        qtbot: QtBot, window: MainWindow) -> None:
    stack = window.document.undo_stack
    scene = window.view.board_scene
    first = _click_header(window, 0)
    panel = _panel(window)
    _type_into(qtbot, panel.count_field, "12.000")
    _type_into(qtbot, panel.unit_field, "visitors")
    _leave(qtbot, window)
    assert _stage(window, first).funnel == FunnelFigure(count=12_000, unit="visitors")
    second = _click_header(window, 1)
    assert panel.stage_id() == second and panel.count_field.text() == ""
    _type_into(qtbot, panel.count_field, "4 560")
    qtbot.keyClick(panel.count_field, Qt.Key.Key_Return)
    _type_into(qtbot, panel.unit_field, "leads")
    _leave(qtbot, window)
    assert _stage(window, second).funnel == FunnelFigure(count=4_560, unit="leads")
    assert stack.text(stack.count() - 1).startswith("Edit funnel figure of")
    row = scene.funnel["funnel"].record
    assert [bar.label.lines for bar in row.bars] == [("12,000 visitors",), ("4,560 leads",)]
    assert row.drops[0].label.lines == ("\u221262% (7,440 lost)",)
    # A count that is not a whole number: one message, the map untouched.
    before = window.document.journey
    _type_into(qtbot, panel.count_field, "nhiều lắm")
    _leave(qtbot, window)
    assert window.document.journey is before
    assert panel.funnel_error.isVisible()
    assert "whole number" in panel.funnel_error.text()
    _type_into(qtbot, panel.count_field, "")
    _leave(qtbot, window)
    assert not panel.funnel_error.isVisible()
    assert _stage(window, second).funnel is None  # emptied: no figure
    assert [bar.stage_id for bar in scene.funnel["funnel"].record.bars] == [first]
    stack.undo()
    assert _stage(window, second).funnel is not None
    assert panel.count_field.text() == "4,560"


def test_kpis_added_edited_reordered_and_removed(qtbot: QtBot, window: MainWindow) -> None:
    stack = window.document.undo_stack
    stage_id = _click_header(window, 0)
    panel = _panel(window)
    table = panel.kpi_table
    qtbot.mouseClick(panel.kpi_add, Qt.MouseButton.LeftButton)
    assert _stage(window, stage_id).kpis == (Kpi(name="New KPI"),)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the name is being edited at once
    editor.selectAll()
    type_text(editor, "Sign-ups")
    _finish_cell(qtbot, editor)
    assert _stage(window, stage_id).kpis == (Kpi(name="Sign-ups"),)
    # The target cell, edited through the keyboard.
    table.setCurrentCell(0, 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "5.000")
    _finish_cell(qtbot, editor)
    assert _stage(window, stage_id).kpis == (Kpi(name="Sign-ups", target="5.000"),)
    assert stack.text(stack.count() - 1).startswith("Edit KPIs of")
    qtbot.mouseClick(panel.kpi_add, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Cost per lead")
    _finish_cell(qtbot, editor)
    assert [k.name for k in _stage(window, stage_id).kpis] == ["Sign-ups", "Cost per lead"]
    table.selectRow(1)
    qtbot.mouseClick(panel.kpi_up, Qt.MouseButton.LeftButton)
    assert [k.name for k in _stage(window, stage_id).kpis] == ["Cost per lead", "Sign-ups"]
    assert [table.item(r, 0).text() for r in range(2)] == ["Cost per lead", "Sign-ups"]
    assert not panel.kpi_up.isEnabled() and panel.kpi_down.isEnabled()
    qtbot.mouseClick(panel.kpi_remove, Qt.MouseButton.LeftButton)
    assert [k.name for k in _stage(window, stage_id).kpis] == ["Sign-ups"]
    card = window.view.board_scene.stage_details[stage_id].record
    assert "• Sign-ups (target 5.000)" in [l for b in card.blocks for l in b.lines]
    stack.undo()
    assert table.rowCount() == 2
    stack.undo()
    assert [table.item(r, 0).text() for r in range(2)] == ["Sign-ups", "Cost per lead"]


def test_details_survive_save_and_reopen(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_path(small_map(), path)
    window = make_window(qtbot, tmp_path, load_path(path), path)
    stage_id = _click_header(window, 0)
    panel = _panel(window)
    _type_into(qtbot, panel.campaign_fields["call_to_action"], "Đặt ngay")
    _type_into(qtbot, panel.count_field, "900")
    _type_into(qtbot, panel.unit_field, "khách mua")
    _leave(qtbot, window)
    qtbot.mouseClick(panel.kpi_add, Qt.MouseButton.LeftButton)
    _leave(qtbot, window)
    action(window, "action_save").trigger()
    reopened: JourneyMap = load_path(path)
    assert reopened == window.document.journey
    stage = reopened.stage(stage_id)
    assert stage.campaign is not None and stage.campaign.call_to_action == "Đặt ngay"
    assert stage.funnel == FunnelFigure(count=900, unit="khách mua")
    assert stage.kpis == (Kpi(name="New KPI"),)
    other = make_window(qtbot, tmp_path, small_map())
    assert other.files.open_path(path)
    assert _click_header(other, 0) == stage_id
    assert _panel(other).campaign_fields["call_to_action"].text() == "Đặt ngay"
    assert _panel(other).count_field.text() == "900"
    assert _panel(other).kpi_table.item(0, 0).text() == "New KPI"


def test_parse_count() -> None:
    assert parse_count("") is None and parse_count("  ") is None
    assert parse_count("12000") == 12_000
    assert parse_count("12.000") == parse_count("12,000") == parse_count("12 000") == 12_000
    for bad in ("12.5k", "-3", "mười", "1" * 14, "١٢"):
        with pytest.raises(ValueError):
            parse_count(bad)


def test_clicking_a_campaign_card_or_a_funnel_figure_picks_its_stage(
        qtbot: QtBot, window: MainWindow) -> None:
    first = _click_header(window, 0)
    _type_into(qtbot, _panel(window).campaign_fields["goal"], "Reach students")
    _type_into(qtbot, _panel(window).count_field, "100")
    _leave(qtbot, window)
    scene = window.view.board_scene
    third = scene.layout.stages[2].stage_id
    # The third stage has no card and no figure: its column in both rows still picks it.
    for strip in (scene.layout.funnel.strip, scene.layout.details_band):
        assert strip is not None
        column = scene.index.columns[2]
        point = QPointF((column[0] + column[1]) / 2, strip.rect.center.y)
        click(window.view, point)
        assert _panel(window).stage_id() == third
        assert scene.marked_stages == [third]
        _click_header(window, 0)
    _click_header(window, 2)
    card = scene.stage_details[first].record.rect
    window.view.centerOn(QPointF(card.center.x, card.center.y))
    click(window.view, QPointF(card.center.x, card.center.y))
    assert _panel(window).stage_id() == first


def test_png_and_svg_draw_both_rows(qapp: object) -> None:
    """The whole-board painter (PNG export, overview, previews) and the SVG draw the funnel bars
    and the campaign cards of the value-journey sample."""
    from canvas_app.fileio.svg_export import render_svg
    from canvas_app.model.layout_stage_details import BAR_FILL, CARD_BORDER
    from canvas_app.ui.image_export import MARGIN, board_for, render_image

    journey = load_path(Path(__file__).parent.parent / "sample_canvases"
                        / "value-journey-coffee-chain-vi.journey")
    layout = board_for(journey)
    assert layout.funnel is not None and layout.details
    image = render_image(layout, 1.0)
    bar = next(b.bar for b in layout.funnel.bars if b.bar is not None)
    pixel = image.pixelColor(int(MARGIN + bar.center.x), int(MARGIN + bar.center.y))
    assert pixel.name().upper() == BAR_FILL.upper()
    card = layout.details[0].rect
    edge = image.pixelColor(int(MARGIN + card.center.x), round(MARGIN + card.y))
    assert edge.name().upper() != "#F1F4F7"  # the card's border is drawn over the band
    svg = render_svg(journey)
    assert "500.000 lượt xem video" in svg and "Chiến dịch" in svg
    assert BAR_FILL in svg and CARD_BORDER in svg


def test_keyboard_navigation_shows_the_current_cells_stage(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """Without a picked header, the panel follows the current cell (arrow keys)."""
    view = window.view
    scene = view.board_scene
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    first_stage = scene.current_cell()[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    stage, _ = scene.current_cell()
    assert stage != first_stage
    assert _panel(window).stage_id() == stage
    assert _panel(window).campaign_box.isEnabled()
    # A picked header wins over the current cell until the board is clicked elsewhere.
    picked = _click_header(window, 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert _panel(window).stage_id() == picked


def test_the_panel_fits_a_narrow_dock_without_cutting_its_fields(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    """The dock is about 300 px wide: nothing in the panel may ask for more, or the scroll area
    (no horizontal bar) cuts the fields' right edges; checked in both languages' words."""
    window = make_window(qtbot, tmp_path, small_map())
    panel = _panel(window)
    _click_header(window, 0)
    scroll = panel.findChild(QScrollArea, "stageDetailsScroll")
    assert scroll is not None
    body = scroll.widget()
    assert body.minimumSizeHint().width() <= 260
    dock = window.panels.docks["stage_details"]
    window.resizeDocks([dock], [300], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    viewport = scroll.viewport().width()
    assert body.width() <= viewport
    for field in panel.campaign_fields.values():
        right = field.mapTo(body, field.rect().topRight()).x()
        assert right <= viewport, field.objectName()
