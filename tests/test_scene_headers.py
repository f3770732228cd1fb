"""Stage, lane and phase headers on the board: reorder by dragging, resize by their edges,
rename in place, and the context menus' structural edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from canvas_app.model import JourneyMap, Lane, LaneKind, Note, Phase, Stage
from canvas_app.scene import board_menus
from scene_helpers import double_click, drag, make_view, type_text


def grid_map() -> JourneyMap:
    stages = tuple(Stage(id=f"s{i}", title=f"Stage {i}", phase="p1" if i < 3 else None)
                   for i in (1, 2, 3))
    lanes = (Lane(id="l1", title="Actions", kind=LaneKind.ACTIONS),
             Lane(id="l2", title="Thoughts", kind=LaneKind.THOUGHTS),
             Lane(id="l3", title="Feelings", kind=LaneKind.EMOTIONS))
    notes = (Note(id="a", stage="s1", lane="l1", text="Alpha"),
             Note(id="b", stage="s2", lane="l2", text="Bravo"),
             Note(id="f", stage="s1", lane="l3", text="Calm", emotion=1))
    return JourneyMap(title="Grid", phases=(Phase(id="p1", title="Before"),), stages=stages,
                      lanes=lanes, notes=notes)


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    return make_view(qtbot, grid_map())


def stage_ids(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.id for s in view.document.journey.stages]


def header_point(view, stage_id: str) -> QPointF:  # type: ignore[no-untyped-def]
    rect = next(h for h in view.board_scene.layout.stages if h.stage_id == stage_id).rect
    return QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2)


def lane_header_point(view, lane_id: str) -> QPointF:  # type: ignore[no-untyped-def]
    rect = next(r for r in view.board_scene.layout.lanes if r.lane_id == lane_id).header
    return QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2)


def test_dragging_a_stage_header_sideways_reorders_stages(view) -> None:  # type: ignore[no-untyped-def]
    """Dropping stage 1's header over stage 3 moves it to the end, in one undo step."""
    drag(view, header_point(view, "s1"), header_point(view, "s3"))
    assert stage_ids(view) == ["s2", "s3", "s1"]
    assert view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert stage_ids(view) == ["s1", "s2", "s3"]


def test_dragging_a_lane_header_reorders_lanes(view) -> None:  # type: ignore[no-untyped-def]
    """Dropping the last lane's header on the first lane's moves it to the top."""
    drag(view, lane_header_point(view, "l3"), lane_header_point(view, "l1"))
    assert [lane.id for lane in view.document.journey.lanes] == ["l3", "l1", "l2"]


def test_header_drag_shows_a_guide_and_escape_cancels(view) -> None:  # type: ignore[no-untyped-def]
    """While a header is dragged a guide shows where it goes; Escape cancels the move."""
    drag(view, header_point(view, "s1"), header_point(view, "s3"), finish=False)
    assert view.board_scene.guide.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.board_scene.guide.isVisible()
    assert stage_ids(view) == ["s1", "s2", "s3"]
    assert view.document.undo_stack.count() == 0


def test_dragging_a_stage_edge_resizes_it_once(view) -> None:  # type: ignore[no-untyped-def]
    """Dragging the right edge of a stage header 60 points wider sets its width once."""
    index = view.board_scene.index
    left, right = index.columns[0]
    y = view.board_scene.layout.stages[0].rect.y + 10
    drag(view, QPointF(right, y), QPointF(right + 60, y))
    assert view.document.journey.stage("s1").width == pytest.approx(right - left + 60, abs=1.0)
    assert view.document.undo_stack.count() == 1


def test_dragging_a_lane_edge_sets_its_height(view) -> None:  # type: ignore[no-untyped-def]
    """Dragging the bottom edge of a lane header down makes the lane taller, in one step."""
    top, bottom = view.board_scene.index.rows[1]
    drag(view, QPointF(40, bottom), QPointF(40, bottom + 80))
    assert view.document.journey.lane("l2").height == pytest.approx(bottom - top + 80, abs=1.0)
    top2, bottom2 = view.board_scene.index.rows[1]
    assert bottom2 - top2 == pytest.approx(bottom - top + 80, abs=1.0)
    assert view.document.undo_stack.count() == 1


def test_double_click_a_stage_header_renames_it_in_place(view) -> None:  # type: ignore[no-untyped-def]
    """Double-click a stage header, type a new title, Enter: the stage is renamed."""
    double_click(view, header_point(view, "s2"))
    editor = view.inline_editor
    assert editor.active and editor.text() == "Stage 2"
    editor.widget.selectAll()
    type_text(view, "Thanh toán")
    QTest.keyClick(editor.widget, Qt.Key.Key_Return)
    assert view.document.journey.stage("s2").title == "Thanh toán"
    assert view.document.undo_stack.count() == 1


def test_double_click_phase_and_lane_headers_rename_them(view) -> None:  # type: ignore[no-untyped-def]
    """Phases and lanes are renamed in place the same way; Escape leaves a title unchanged."""
    phase = view.board_scene.layout.phases[0].rect
    double_click(view, QPointF(phase.x + 20, phase.y + phase.height / 2))
    view.inline_editor.widget.selectAll()
    type_text(view, "Trước")
    QTest.keyClick(view.inline_editor.widget, Qt.Key.Key_Return)
    assert view.document.journey.phases[0].title == "Trước"
    double_click(view, lane_header_point(view, "l1"))
    type_text(view, "zzz")
    QTest.keyClick(view.inline_editor.widget, Qt.Key.Key_Escape)
    assert view.document.journey.lane("l1").title == "Actions"


def trigger(menu, name: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.objectName() == name)
    action.trigger()


def test_stage_menu_adds_before_and_after_and_deletes_with_notes(view) -> None:  # type: ignore[no-untyped-def]
    """The stage header menu adds stages around it and deletes it with its notes (undoable)."""
    menu = board_menus.build_menu(view, header_point(view, "s2"))
    trigger(menu, "addStageAfter")
    view.inline_editor.commit()
    journey = view.document.journey
    assert len(journey.stages) == 4 and journey.stages[2].id not in {"s1", "s2", "s3"}
    menu = board_menus.build_menu(view, header_point(view, "s2"))
    trigger(menu, "deleteStage")
    assert "b" not in view.document.journey.note_by_id
    view.document.undo_stack.undo()
    assert "b" in view.document.journey.note_by_id


def test_lane_menu_adds_above_and_below_and_deletes(view) -> None:  # type: ignore[no-untyped-def]
    """The lane header menu adds lanes above and below it and deletes it."""
    menu = board_menus.build_menu(view, lane_header_point(view, "l2"))
    trigger(menu, "addLaneAbove")
    view.inline_editor.commit()
    lanes = [lane.id for lane in view.document.journey.lanes]
    assert lanes[0] == "l1" and lanes[2] == "l2" and len(lanes) == 4
    menu = board_menus.build_menu(view, lane_header_point(view, "l2"))
    trigger(menu, "addLaneBelow")
    view.inline_editor.commit()
    assert [lane.id for lane in view.document.journey.lanes].index("l2") == 2
    menu = board_menus.build_menu(view, lane_header_point(view, "l2"))
    trigger(menu, "deleteLane")
    assert "l2" not in [lane.id for lane in view.document.journey.lanes]


def test_phase_over_marked_stages_and_rename(view) -> None:  # type: ignore[no-untyped-def]
    """Clicking stage 3's header marks it; the menu's Add Phase groups it and opens the title."""
    drag(view, header_point(view, "s3"), header_point(view, "s3"))  # a click
    assert view.board_scene.marked_stages == ["s3"]
    menu = board_menus.build_menu(view, header_point(view, "s3"))
    trigger(menu, "addPhase")
    assert view.inline_editor.active
    view.inline_editor.widget.selectAll()
    type_text(view, "After")
    QTest.keyClick(view.inline_editor.widget, Qt.Key.Key_Return)
    journey = view.document.journey
    assert [p.title for p in journey.phases] == ["Before", "After"]
    assert journey.stage("s3").phase == journey.phases[1].id
    menu = board_menus.build_menu(view, QPointF(view.board_scene.layout.phases[1].rect.center.x,
                                                view.board_scene.layout.phases[1].rect.center.y))
    trigger(menu, "removePhase")
    assert [p.title for p in view.document.journey.phases] == ["Before"]


def test_cell_menu_offers_note_stage_and_lane_actions(view) -> None:  # type: ignore[no-untyped-def]
    """The menu of an empty cell adds a note there (and has the stage and lane actions)."""
    rect = view.board_scene.index.cell_rects[("s3", "l2")]
    menu = board_menus.build_menu(view, QPointF(rect.center.x, rect.center.y))
    names = {a.objectName() for a in menu.actions()}
    assert {"addNoteHere", "addStageBefore", "deleteStage", "addLaneAbove", "deleteLane"} <= names
    trigger(menu, "addNoteHere")
    assert view.inline_editor.active
    assert len(view.document.journey.notes_in("s3", "l2")) == 1
    assert board_menus.build_menu(view, QPointF(-10, -10)) is None


def test_note_menu_deletes_the_arrows_of_selected_notes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The note menu removes every arrow touching the selected notes in one step."""
    from canvas_app.model import Connector

    journey = grid_map()
    journey = JourneyMap(title=journey.title, phases=journey.phases, stages=journey.stages,
                         lanes=journey.lanes, notes=journey.notes,
                         connectors=(Connector(id="c1", source="a", target="b"),))
    view = make_view(qtbot, journey)
    box = view.board_scene.index.note_boxes["a"].rect
    menu = board_menus.build_menu(view, QPointF(box.center.x, box.center.y))
    assert view.selected_note_ids() == ["a"]
    trigger(menu, "deleteConnectors")
    assert view.document.journey.connectors == ()
    assert view.document.undo_stack.count() == 1
    trigger(board_menus.build_menu(view, QPointF(box.center.x, box.center.y)), "connectNotes")
    assert view.connector_mode
