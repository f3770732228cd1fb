"""The scene is a projection: edits update only the items they change, a reset rebuilds."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from canvas_app.model import JourneyMap, Lane, LaneKind, Note, Stage
from canvas_app.scene.items import PAINTS
from scene_helpers import big_map, make_view


def emotion_map() -> JourneyMap:
    stages = tuple(Stage(id=f"s{i}", title=f"Stage {i}") for i in range(4))
    lanes = (Lane(id="act", title="Actions", kind=LaneKind.ACTIONS),
             Lane(id="emo", title="Feelings", kind=LaneKind.EMOTIONS))
    notes = tuple(Note(id=f"e{i}", stage=f"s{i}", lane="emo", text=f"Feeling {i}", emotion=0)
                  for i in range(4)) + tuple(
        Note(id=f"a{i}", stage=f"s{i % 4}", lane="act", order=i, text=f"Action {i}")
        for i in range(12))
    return JourneyMap(title="Emotions", stages=stages, lanes=lanes, notes=notes)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let pending repaints happen."""
    qtbot.wait(30)
    QApplication.processEvents()


def test_editing_one_note_repaints_only_that_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Changing one note's text (same height) repaints that note and no other note item, and
    every item is still the same object."""
    view = make_view(qtbot, emotion_map())
    scene = view.board_scene
    items_before = {key: item for key, item in scene.notes.items()}
    settle(qtbot)
    PAINTS.clear()
    view.editor.edit_note_text("a5", "Action five")
    settle(qtbot)
    assert PAINTS["note"] == 1
    assert PAINTS["stage"] == 0 and PAINTS["curve"] == 0
    assert scene.notes == items_before
    assert all(scene.notes[k] is items_before[k] for k in items_before)
    assert scene.notes["a5"].box.text.lines == ("Action five",)


def test_a_growing_note_moves_the_notes_below_without_recreating_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A note that grows a line pushes the notes below it down: they move, nothing is rebuilt."""
    view = make_view(qtbot, emotion_map())
    scene = view.board_scene
    below = scene.notes["a8"]  # the third note of stage 0's action cell
    y_before = below.pos().y()
    same = dict(scene.notes)
    view.editor.edit_note_text("a0", "Action zero\nwith a second line\nand a third")
    assert below.pos().y() > y_before
    assert all(scene.notes[k] is same[k] for k in same)


def test_emotion_curve_follows_a_score_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Raising a note's emotion score moves that stage's curve point up, on the same item."""
    view = make_view(qtbot, emotion_map())
    curve = view.board_scene.curves["emo"]
    y_before = curve.record.points[2].point.y
    view.editor.set_note_fields(["e2"], emotion=2)
    assert view.board_scene.curves["emo"] is curve
    assert curve.record.points[2].point.y < y_before
    assert curve.record.points[2].score == 2
    view.document.undo_stack.undo()
    assert curve.record.points[2].point.y == pytest.approx(y_before)


def test_adding_and_removing_records_adds_and_removes_items(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new stage gets a header item; deleting a note removes its item; undo brings it back."""
    view = make_view(qtbot, emotion_map())
    scene = view.board_scene
    stage_id = view.editor.add_stage(1, "Inserted")
    assert set(scene.stages) == {"s0", "s1", "s2", "s3", stage_id}
    view.editor.delete_notes(["a1"])
    assert "a1" not in scene.notes
    assert scene.notes["a2"].scene() is scene
    view.document.undo_stack.undo()
    assert "a1" in scene.notes and scene.notes["a1"].scene() is scene
    assert len(scene.notes) == len(view.document.journey.notes)


def test_reset_rebuilds_every_item(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opening another map (a reset) replaces the items and clears the selection."""
    view = make_view(qtbot, emotion_map())
    view.select_notes(["a0"])
    old = view.board_scene.notes["a0"]
    view.document.reset(emotion_map())
    assert view.board_scene.notes["a0"] is not old
    assert not shiboken6.isValid(old) or old.scene() is None
    assert view.selected_note_ids() == []


def test_deleted_selected_notes_leave_the_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Notes deleted by any means leave the selection, which is announced."""
    view = make_view(qtbot, emotion_map())
    view.select_notes(["a0", "a1"])
    seen = []
    view.selection_changed.connect(seen.append)
    view.editor.delete_notes(["a0"])
    assert view.selected_note_ids() == ["a1"]
    assert seen == [["a1"]]


def test_edits_on_a_large_board_repaint_only_what_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a 2 000-note board, editing a note repaints one note and swapping two notes of a cell
    repaints at most those two: the cost does not grow with the board."""
    view = make_view(qtbot, big_map(2000), 1200, 800)
    settle(qtbot)
    PAINTS.clear()
    view.editor.edit_note_text("n31", "Changed text")
    settle(qtbot)
    assert PAINTS["note"] == 1
    first, second = [n.id for n in view.document.journey.notes_in("s0", "l0")][:2]
    top = view.board_scene.notes[first].pos()
    PAINTS.clear()
    view.editor.move_notes([second], "s0", "l0", 0)
    settle(qtbot)
    assert [n.id for n in view.document.journey.notes_in("s0", "l0")][:2] == [second, first]
    assert view.board_scene.notes[second].pos() == top
    # The two notes changed places: at most they are redrawn (moved items reuse their cache).
    assert PAINTS["note"] <= 2
