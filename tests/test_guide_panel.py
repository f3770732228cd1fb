"""The guide panel and the board's check badges, driven through a real main window: View ▸ Guide,
steps ticked from the map, findings that appear and clear as real edits happen, clicks on a
finding and on a badge, dismissing (undoable, saved), Show me, editor-only badges, Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path
from canvas_app.model import checks
from canvas_app.model.kinds import Evidence, LaneKind
from canvas_app.scene.check_badges import AUDIENCE_PROPERTY, BadgeItem, badge_point
from canvas_app.ui import i18n, prompts
from canvas_app.ui.guide_panel import GuidePanel
from canvas_app.ui.main_window import MainWindow
from scene_helpers import at
from test_checks import bare_map

SAMPLES = Path(__file__).resolve().parent.parent / "sample_canvases"


def open_window(qtbot: QtBot, tmp_path: Path, journey: object) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(journey, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1500, 950)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows closed at the end of a test have unsaved edits: closing discards them."""
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: prompts.SaveChoice.DISCARD)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, tmp_path, bare_map())


def guide(window: MainWindow) -> GuidePanel:
    return window.panels.guide


def listed(window: MainWindow) -> list[tuple[str, str]]:
    model = guide(window).model
    return [model.finding(row)[0].key for row in range(model.rowCount())]


def click_row(qtbot: QtBot, window: MainWindow, key: tuple[str, str]) -> None:
    panel = guide(window)
    row = panel.model.row_of(key)
    assert row >= 0
    rect = panel.list.visualRect(panel.model.index(row))
    panel.list.scrollTo(panel.model.index(row))
    rect = panel.list.visualRect(panel.model.index(row))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())


def test_view_guide_opens_the_panel_with_its_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    # The guide starts once the window has painted (start-up does not pay for it), and its
    # panel's widgets are made when its tab is first shown.
    qtbot.waitUntil(lambda: window.guide_starter.started)
    panel = guide(window)
    assert not panel.shown and not panel.rows
    menu_texts = [a.objectName() for a in window.menuBar().findChild(
        type(window.menuBar().actions()[0].menu()), "menu_view").actions()]
    assert "action_guide" in menu_texts
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.shown)
    assert list(panel.rows) == ["goals", "personas", "motivations", "pain-points", "stages",
                                "touchpoints", "tools", "revise"]
    assert panel.rows["stages"].done and not panel.rows["personas"].done
    assert panel.rows["stages"].mark.accessibleName() == "done"
    assert panel.rows["goals"].button.accessibleName() == "Show me: Set goals"
    assert panel.progress.text() == "The method: 1 of 8 steps done"


def test_findings_and_badges_appear_and_clear_with_real_edits(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    window.guide.show_guide()
    key = (checks.STAGE_WITHOUT_TOUCHPOINT, "s2")
    assert key in listed(window)
    badges = window.guide.badges.items
    assert "s2" in badges and badges["s2"].on_stage
    assert "no touchpoint" in badges["s2"].description()
    count_before = len(badges["s2"].findings)
    # Add a touchpoint note in stage 2 with the keyboard: current cell, Ins, type, Enter.
    window.view.set_current_cell("s2", "l-tp")
    window.view.setFocus()
    window.window_actions.add_note.trigger()
    qtbot.waitUntil(lambda: window.view.inline_editor.proxy is not None)
    editor_widget = window.view.inline_editor.proxy.widget()
    QTest.keyClicks(editor_widget, "Counter")
    QTest.keyClick(editor_widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: key not in listed(window))
    assert len(badges.get("s2", BadgeItem("x", True)).findings) == count_before - 1
    note_id = next(n.id for n in window.document.journey.notes if n.lane == "l-tp")
    # Delete it: the finding and the badge come back.
    window.view.select_notes([note_id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: key in listed(window))
    assert len(badges["s2"].findings) == count_before
    # An assumed note gets a badge of its own, cleared when it is marked observed.
    window.editor.add_note("s1", "l-act", 0, text="They compare prices",
                           evidence=Evidence.ASSUMED)
    assumed = next(n.id for n in window.document.journey.notes if n.evidence is Evidence.ASSUMED)
    assert assumed in badges and not badges[assumed].on_stage
    window.editor.set_note_fields([assumed], evidence=Evidence.OBSERVED)
    assert assumed not in badges
    assert (checks.ASSUMED_EVIDENCE, assumed) not in listed(window)


def test_badges_move_with_their_note_and_only_changed_ones_are_touched(
        qtbot: QtBot, window: MainWindow) -> None:
    first = window.editor.add_note("s1", "l-act", 0, text="A", evidence=Evidence.ASSUMED)
    badge = window.guide.badges.items[first]
    before = badge.pos()
    stage_badge = window.guide.badges.items["s3"]
    window.editor.add_note("s1", "l-act", 0, text="B goes above")  # pushes A down
    assert window.guide.badges.items[first] is badge
    assert badge.pos().y() > before.y()
    assert window.guide.badges.items["s3"] is stage_badge  # untouched stage: same item


def test_clicking_a_finding_selects_its_target_on_the_board(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    pain = window.editor.add_note("s3", "l-pain", 0, text="Battery dies")
    window.guide.show_guide()
    key = (checks.PAIN_WITHOUT_OPPORTUNITY, pain)
    qtbot.waitUntil(lambda: key in listed(window))
    click_row(qtbot, window, key)
    qtbot.waitUntil(lambda: window.view.selected_note_ids() == [pain])
    # A stage finding marks the stage header and makes its touchpoints cell current.
    click_row(qtbot, window, (checks.STAGE_WITHOUT_TOUCHPOINT, "s2"))
    qtbot.waitUntil(lambda: window.view.board_scene.marked_stages == ["s2"])
    assert window.view.current_cell() == ("s2", "l-tp")
    assert window.view.selected_note_ids() == []


def test_a_missing_campaign_goal_opens_the_stage_details(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    window.editor.set_map_properties(framework="value-journey")
    details = window.panels.docks["stage_details"]
    details.close()
    window.guide.show_guide()
    key = (checks.STAGE_WITHOUT_GOAL, "s3")
    qtbot.waitUntil(lambda: key in listed(window))
    click_row(qtbot, window, key)
    qtbot.waitUntil(details.isVisible)
    assert window.panels.stage_details.stage_id() == "s3"
    goal = window.panels.stage_details.campaign_fields["goal"]
    goal.setFocus()
    QTest.keyClicks(goal, "First visit")
    QTest.keyClick(goal, Qt.Key.Key_Tab)  # leaving the field commits it
    qtbot.waitUntil(lambda: key not in listed(window))
    assert window.document.journey.stage("s3").campaign.goal == "First visit"


def test_clicking_a_badge_selects_its_finding(qtbot: QtBot, window: MainWindow) -> None:
    note = window.editor.add_note("s1", "l-act", 0, text="Guess", evidence=Evidence.ASSUMED)
    window.view.set_zoom(1.0)
    badge = window.guide.badges.items[note]
    window.view.ensureVisible(badge.sceneBoundingRect(), 40, 40)
    # Resting the pointer on it gives the tooltip naming the problem.
    viewport = window.view.viewport()
    point = at(window.view, badge_point(badge))
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                viewport.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("Note “Guess” (stage “Discover”) is an assumption")
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, at(window.view, badge_point(badge)))
    panel = guide(window)
    qtbot.waitUntil(lambda: panel.shown)
    current = panel.current_finding()
    assert current is not None and current[0].key == (checks.ASSUMED_EVIDENCE, note)
    assert window.view.selected_note_ids() == [note]


def test_dismiss_from_the_panel_is_undoable_and_saved(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    window.guide.show_guide()
    panel = guide(window)
    key = (checks.STAGE_WITHOUT_TOUCHPOINT, "s1")
    click_row(qtbot, window, key)
    assert panel.dismiss_button.isEnabled() and panel.dismiss_button.text() == "D&ismiss"
    QTest.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert key not in listed(window)
    assert window.guide.badges.items["s1"].findings  # other checks of s1 still open
    assert all(f.check != key[0] for f in window.guide.badges.items["s1"].findings)
    assert panel.show_dismissed.text() == "Show &dismissed (1)"
    assert window.document.undo_stack.undoText() == "Dismiss check “no touchpoint”"
    window.window_actions.undo.trigger()
    assert key in listed(window)
    window.window_actions.redo.trigger()
    assert key not in listed(window)
    path = tmp_path / "dismissed.journey"
    window.document.save_as(path)
    assert [(d.check, d.target) for d in load_path(path).dismissals] == [key]
    # Show the dismissed ones and restore it.
    QTest.mouseClick(panel.show_dismissed, Qt.MouseButton.LeftButton)
    assert key in listed(window)
    click_row(qtbot, window, key)
    assert panel.dismiss_button.text() == "&Restore"
    QTest.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert key not in {f.key for f in window.guide.monitor.dismissed}
    assert key in {f.key for f in window.guide.monitor.findings}


def test_reopened_file_keeps_the_dismissal(qtbot: QtBot, tmp_path: Path) -> None:
    first = open_window(qtbot, tmp_path, bare_map())
    first.editor.dismiss_check(checks.STAGE_WITHOUT_TOUCHPOINT, "s3")
    path = tmp_path / "kept.journey"
    first.document.save_as(path)
    second = open_window(qtbot, tmp_path, load_path(path))
    keys = {f.key for f in second.guide.monitor.findings}
    assert (checks.STAGE_WITHOUT_TOUCHPOINT, "s3") not in keys
    assert (checks.STAGE_WITHOUT_TOUCHPOINT, "s2") in keys
    assert not any(f.check == checks.STAGE_WITHOUT_TOUCHPOINT
                   for f in second.guide.badges.items["s3"].findings)


def test_show_me_selects_what_the_step_is_about(qtbot: QtBot, window: MainWindow) -> None:
    window.guide.show_guide()
    panel = guide(window)
    pain = window.editor.add_note("s2", "l-pain", 0, text="Slow checkout")
    QTest.mouseClick(panel.rows["pain-points"].button, Qt.MouseButton.LeftButton)
    assert window.view.selected_note_ids() == [pain]
    QTest.mouseClick(panel.rows["personas"].button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.panels.personas.isVisible)
    assert panel.hint.text() == "Add a persona with the Add button."
    # Touchpoints: the first stage without one, its touchpoints cell current.
    window.guide.show_guide()
    QTest.mouseClick(panel.rows["touchpoints"].button, Qt.MouseButton.LeftButton)
    assert window.view.current_cell() == ("s1", "l-tp")
    assert window.view.board_scene.marked_stages == ["s1"]
    # Goals: no goals lane and no description: the hint says what to do.
    QTest.mouseClick(panel.rows["goals"].button, Qt.MouseButton.LeftButton)
    assert "Goals lane" in panel.hint.text()
    lane = window.editor.add_lane(None, "Goals", LaneKind.GOALS)
    QTest.mouseClick(panel.rows["goals"].button, Qt.MouseButton.LeftButton)
    assert window.view.current_cell() == ("s1", lane)
    # Tools: no channel or KPI anywhere: the first stage's details (campaign channel, KPIs).
    window.panels.docks["stage_details"].close()
    QTest.mouseClick(panel.rows["tools"].button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.panels.docks["stage_details"].isVisible)
    assert window.panels.stage_details.stage_id() == "s1"
    assert "Channels or KPIs lane" in panel.hint.text()


def test_steps_follow_edits_and_the_sample_maps(qtbot: QtBot, tmp_path: Path) -> None:
    for path in sorted(SAMPLES.glob("*.journey")):
        journey = load_path(path)
        window = open_window(qtbot, tmp_path, journey)
        window.guide.show_guide()
        panel = guide(window)
        findings = checks.compute_findings(journey)
        assert listed(window) == [f.key for f in findings], path.name
        assert panel.rows["personas"].done and panel.rows["stages"].done, path.name
        assert not panel.rows["revise"].done
        assert len(window.guide.badges.items) == len({f.target for f in findings})
        window.close()
    window = open_window(qtbot, tmp_path, bare_map())
    window.guide.show_guide()
    panel = guide(window)
    assert not panel.rows["personas"].done
    window.editor.add_persona("Lan")
    assert panel.rows["personas"].done
    window.window_actions.undo.trigger()
    assert not panel.rows["personas"].done


def test_screen_readers_hear_the_findings_of_the_current_note_and_stage(
        qtbot: QtBot, window: MainWindow) -> None:
    note = window.editor.add_note("s1", "l-act", 0, text="Guess", evidence=Evidence.ASSUMED)
    window.view.select_notes([note])
    description = window.view.accessibleDescription()
    assert "Note 1 of 1" in description
    assert description.endswith("Note “Guess” (stage “Discover”) is an assumption: observe it "
                                "with real customers.")
    window.editor.set_note_fields([note], evidence=Evidence.OBSERVED)
    assert "assumption" not in window.view.accessibleDescription()
    window.view.clear_selection()
    window.view.set_current_cell("s2", "l-act")
    assert "no touchpoint" not in window.view.accessibleDescription()  # passing through
    window.guide.show_guide()
    click_row(qtbot, window, (checks.STAGE_WITHOUT_TOUCHPOINT, "s2"))  # gone to: heard
    assert "Stage “Buy” has no touchpoint" in window.view.accessibleDescription()


def test_note_badges_hide_at_overview_zoom_with_the_notes(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    note = window.editor.add_note("s1", "l-act", 0, text="Guess", evidence=Evidence.ASSUMED)
    badges = window.guide.badges.items
    window.view.set_zoom(1.0)
    assert badges[note].isVisible() and badges["s1"].isVisible()
    window.view.set_zoom(0.3)
    assert window.view.board_scene.overview_mode
    assert not badges[note].isVisible() and badges["s1"].isVisible()
    added = window.editor.add_note("s2", "l-act", 0, text="Also", evidence=Evidence.ASSUMED)
    assert not badges[added].isVisible()  # made while zoomed out: hidden too
    window.view.set_zoom(1.0)
    assert badges[note].isVisible() and badges[added].isVisible()


def test_badges_are_editor_only(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.add_note("s1", "l-act", 0, text="Guess", evidence=Evidence.ASSUMED)
    window.view.set_zoom(1.0)
    badge = next(b for b in window.guide.badges.items.values() if not b.on_stage)
    window.view.ensureVisible(badge.sceneBoundingRect(), 40, 40)

    def badge_pixels() -> int:
        # Painted as on screen: the viewport's own paint event (the view is the widget's
        # parent, whose "audience" property the badge reads).
        image = window.view.viewport().grab().toImage()
        point = at(window.view, badge_point(badge))
        ink = 0
        for dx in range(-8, 9):
            for dy in range(-6, 7):
                color = image.pixelColor(point + QPoint(dx, dy))
                if color.red() > 150 and color.green() < 90 and color.blue() < 40:
                    ink += 1  # the badge's dark orange
        return ink

    assert badge_pixels() > 5
    window.view.setProperty(AUDIENCE_PROPERTY, True)
    assert badge_pixels() == 0
    assert window.guide.badges.badge_at(at(window.view, badge_point(badge))) is None
    window.view.setProperty(AUDIENCE_PROPERTY, False)
    assert window.guide.badges.badge_at(at(window.view, badge_point(badge))) is badge
    # Not part of the board's own items (exports and audience scenes never see them).
    assert badge not in window.view.board_scene.board_items()


def test_vietnamese_texts(qtbot: QtBot, tmp_path: Path) -> None:
    i18n.install_language("vi")
    try:
        window = open_window(qtbot, tmp_path, bare_map())
        window.guide.show_guide()
        panel = guide(window)
        assert panel.rows["goals"].title.text() == "1. Đặt mục tiêu"
        assert panel.rows["goals"].button.text() == "Chỉ cho tôi"
        assert window.window_actions.guide.text() == "Hướng &dẫn"
        text = panel.model.data(panel.model.index(0))
        assert "chưa có điểm chạm" in text
        assert "điểm chạm" in window.guide.badges.items["s1"].description()
        window.editor.dismiss_check(checks.STAGE_WITHOUT_TOUCHPOINT, "s1")
        assert window.document.undo_stack.undoText() == "Bỏ qua kiểm tra “chưa có điểm chạm”"
    finally:
        i18n.install_language("en")


def test_switching_the_language_retranslates_the_open_guide(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    window.guide.show_guide()
    panel = guide(window)
    window.editor.dismiss_check(checks.STAGE_WITHOUT_TOUCHPOINT, "s1")
    assert panel.rows["touchpoints"].title.text() == "6. Map the touchpoints"
    try:
        i18n.install_language("vi")
        qtbot.waitUntil(lambda: panel.rows["touchpoints"].title.text() == "6. Vẽ các điểm chạm")
        assert panel.progress.text().startswith("Phương pháp: đã xong")
        assert panel.show_dismissed.text() == "Hiện vấn đề đã &bỏ qua (1)"
        texts = [panel.model.data(panel.model.index(row))
                 for row in range(panel.model.rowCount())]
        assert "Giai đoạn “Buy” chưa có điểm chạm: khách hàng gặp bạn ở đâu trong giai đoạn "\
               "này?" in texts
        assert window.document.undo_stack.undoText() == "Bỏ qua kiểm tra “chưa có điểm chạm”"
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: panel.rows["touchpoints"].title.text() == "6. Map the touchpoints")
