"""Board interactions driven with real mouse and keyboard events on the view's viewport."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from canvas_app.model import JourneyMap, Lane, LaneKind, Note, NoteKind, Stage
from scene_helpers import (
    CTRL,
    cell_point,
    click,
    compose,
    double_click,
    drag,
    drop_mime,
    make_view,
    move,
    note_center,
    press,
    release,
    type_text,
)

NOTE_KIND_MIME = "application/x-journey-canvas-note-kind"


def small_map() -> JourneyMap:
    """Three stages × two lanes; cell (s1, l1) holds a, b, c; (s2, l1) holds d; (s1, l2) holds e."""
    stages = tuple(Stage(id=f"s{i}", title=f"Stage {i}") for i in (1, 2, 3))
    lanes = (Lane(id="l1", title="Actions", kind=LaneKind.ACTIONS),
             Lane(id="l2", title="Pain points", kind=LaneKind.PAIN_POINTS))
    notes = (
        Note(id="a", stage="s1", lane="l1", order=0, kind=NoteKind.ACTION, text="Alpha"),
        Note(id="b", stage="s1", lane="l1", order=1, kind=NoteKind.ACTION, text="Bravo"),
        Note(id="c", stage="s1", lane="l1", order=2, kind=NoteKind.ACTION, text="Charlie"),
        Note(id="d", stage="s2", lane="l1", order=0, kind=NoteKind.ACTION, text="Delta"),
        Note(id="e", stage="s1", lane="l2", order=0, kind=NoteKind.PAIN_POINT, text="Echo"),
    )
    return JourneyMap(title="Small", stages=stages, lanes=lanes, notes=notes)


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    return make_view(qtbot, small_map())


def cell_ids(view, stage: str, lane: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.id for n in view.document.journey.notes_in(stage, lane)]


def test_drag_note_to_another_cell_moves_it_in_one_undo_step(view) -> None:  # type: ignore[no-untyped-def]
    """Dragging a note onto another cell moves it there with one undo step; undo restores it."""
    stack = view.document.undo_stack
    before = view.document.journey
    drag(view, note_center(view, "b"), cell_point(view, "s3", "l1"))
    assert cell_ids(view, "s3", "l1") == ["b"]
    assert cell_ids(view, "s1", "l1") == ["a", "c"]
    assert stack.count() == 1
    stack.undo()
    assert view.document.journey == before


def test_drag_within_a_cell_reorders(view) -> None:  # type: ignore[no-untyped-def]
    """Dropping a note above the first note of its cell puts it first."""
    top = view.board_scene.index.note_boxes["a"].rect
    drag(view, note_center(view, "c"), QPointF(top.x + 20, top.y + 3))
    assert cell_ids(view, "s1", "l1") == ["c", "a", "b"]
    assert view.document.undo_stack.count() == 1


def test_drop_target_is_shown_while_dragging_and_escape_cancels(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """While dragging the target cell is highlighted; Escape cancels without touching history."""
    scene = view.board_scene
    drag(view, note_center(view, "a"), cell_point(view, "s2", "l1"), finish=False)
    assert scene.drop_indicator.isVisible()
    assert scene.ghost.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not scene.drop_indicator.isVisible()
    release(view, cell_point(view, "s2", "l1"))
    assert cell_ids(view, "s1", "l1") == ["a", "b", "c"]
    assert view.document.undo_stack.count() == 0


def test_rubber_band_selects_exactly_the_notes_it_meets(view) -> None:  # type: ignore[no-untyped-def]
    """A band dragged from empty space over notes a and b selects those two only."""
    a = view.board_scene.index.note_boxes["a"].rect
    b = view.board_scene.index.note_boxes["b"].rect
    start = QPointF(a.x - 6, a.y - 6)  # the cell's padding, left of and above a
    end = QPointF(b.x + 30, b.y + 10)
    drag(view, start, end)
    assert view.selected_note_ids() == ["a", "b"]
    assert not view.board_scene.rubber_band.isVisible()


def test_ctrl_click_toggles_notes_in_the_selection(view) -> None:  # type: ignore[no-untyped-def]
    """A click selects one note; Ctrl-click adds another, and Ctrl-click again removes it."""
    click(view, note_center(view, "a"))
    assert view.selected_note_ids() == ["a"]
    click(view, note_center(view, "d"), CTRL)
    assert view.selected_note_ids() == ["a", "d"]
    click(view, note_center(view, "a"), CTRL)
    assert view.selected_note_ids() == ["d"]


def test_click_on_empty_cell_clears_selection_and_sets_current_cell(view) -> None:  # type: ignore[no-untyped-def]
    """Clicking an empty cell clears the selection and makes that cell current."""
    click(view, note_center(view, "a"))
    cells = []
    view.current_cell_changed.connect(lambda s, l: cells.append((s, l)))
    click(view, cell_point(view, "s3", "l2"))
    assert view.selected_note_ids() == []
    assert view.current_cell() == ("s3", "l2")
    assert cells[-1] == ("s3", "l2")


def test_double_click_empty_cell_creates_and_edits_a_note(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Double-clicking an empty cell adds a note there and opens its editor; the typed text and
    the new note are one undo step."""
    double_click(view, cell_point(view, "s3", "l2"))
    editor = view.inline_editor
    assert editor.active
    QTest.keyClicks(editor.widget, "New idea")
    QTest.keyClick(editor.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.active
    notes = view.document.journey.notes_in("s3", "l2")
    assert [n.text for n in notes] == ["New idea"]
    assert notes[0].kind is NoteKind.PAIN_POINT
    stack = view.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert view.document.journey.notes_in("s3", "l2") == ()


def test_typing_vietnamese_commits_nfc_text(view) -> None:  # type: ignore[no-untyped-def]
    """Vietnamese typed into the in-place editor (decomposed accents included) is stored as NFC,
    in one undo step; clicking away commits."""
    view.edit_note("a")
    view.inline_editor.widget.selectAll()
    type_text(view, unicodedata.normalize("NFD", "Đánh giá ưu đãi"))
    click(view, cell_point(view, "s3", "l2"))
    assert not view.inline_editor.active
    assert view.document.journey.note_by_id["a"].text == "Đánh giá ưu đãi"
    assert unicodedata.is_normalized("NFC", view.document.journey.note_by_id["a"].text)
    assert view.document.undo_stack.count() == 1


def test_input_method_composition_reaches_the_editor(view) -> None:  # type: ignore[no-untyped-def]
    """Text composed by an input method (preedit, then commit) lands in the note unfiltered."""
    view.edit_note("d")
    widget = view.inline_editor.widget
    assert widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    compose(view, ["u", "uw", "ưu"], " ưu đãi")
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.document.journey.note_by_id["d"].text == "Delta ưu đãi"


def test_escape_cancels_an_edit(view) -> None:  # type: ignore[no-untyped-def]
    """Escape closes the editor and leaves the note and the history unchanged."""
    double_click(view, note_center(view, "d"))
    widget = view.inline_editor.widget
    QTest.keyClicks(widget, " changed")
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    assert not view.inline_editor.active
    assert view.document.journey.note_by_id["d"].text == "Delta"
    assert view.document.undo_stack.count() == 0


def test_escape_on_a_new_note_removes_it_without_history(view) -> None:  # type: ignore[no-untyped-def]
    """A note created by double-click and cancelled with Escape leaves no note and no step."""
    double_click(view, cell_point(view, "s3", "l1"))
    QTest.keyClick(view.inline_editor.widget, Qt.Key.Key_Escape)
    assert view.document.journey.notes_in("s3", "l1") == ()
    assert view.document.undo_stack.count() == 0
    assert len(view.document.journey.notes) == 5


def test_enter_edits_the_selected_note(view) -> None:  # type: ignore[no-untyped-def]
    """Enter opens the editor on the selected note with its text."""
    click(view, note_center(view, "e"))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.inline_editor.active
    assert view.inline_editor.text() == "Echo"


def test_arrow_keys_move_between_notes_and_cells(view) -> None:  # type: ignore[no-untyped-def]
    """Down walks a cell's notes then enters the cell below; Right goes to the next stage."""
    click(view, note_center(view, "a"))
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_note_ids() == ["b"]
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_note_ids() == ["e"]
    assert view.current_cell() == ("s1", "l2")
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_note_ids() == []
    assert view.current_cell() == ("s2", "l2")
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_note_ids() == ["d"]


def test_delete_key_deletes_the_selection_in_one_step(view) -> None:  # type: ignore[no-untyped-def]
    """Delete removes every selected note in one undo step."""
    view.select_notes(["a", "d"])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert set(view.document.journey.note_by_id) == {"b", "c", "e"}
    assert view.document.undo_stack.count() == 1
    assert view.selected_note_ids() == []


def test_palette_drop_creates_a_note_of_that_kind_and_edits_it(view) -> None:  # type: ignore[no-untyped-def]
    """Dropping the palette's MIME data on a cell adds a note of that kind there, in edit mode."""
    top = view.board_scene.index.note_boxes["d"].rect
    accepted = drop_mime(view, QPointF(top.x + 10, top.y + 2), NOTE_KIND_MIME, b"opportunity")
    assert accepted
    notes = view.document.journey.notes_in("s2", "l1")
    assert [n.kind for n in notes] == [NoteKind.OPPORTUNITY, NoteKind.ACTION]
    assert view.inline_editor.active and view.inline_editor.key == notes[0].id


def test_palette_drop_of_unknown_kind_is_refused(view) -> None:  # type: ignore[no-untyped-def]
    """A payload that is not a note kind adds nothing."""
    assert not drop_mime(view, cell_point(view, "s3", "l1"), NOTE_KIND_MIME, b"<img src=x>")
    assert len(view.document.journey.notes) == 5


def test_connector_mode_draws_an_arrow_between_notes(view) -> None:  # type: ignore[no-untyped-def]
    """In connector mode, press on one note and release on another adds a connector."""
    view.set_connector_mode(True)
    drag(view, note_center(view, "a"), note_center(view, "d"))
    connectors = view.document.journey.connectors
    assert [(c.source, c.target) for c in connectors] == [("a", "d")]
    assert set(view.board_scene.connectors) == {connectors[0].id}
    # The arrow follows the note when it moves (the layout re-routes it).
    before = view.board_scene.connectors[connectors[0].id].record.arrow[0]
    view.set_connector_mode(False)
    drag(view, note_center(view, "d"), cell_point(view, "s3", "l2"))
    after = view.board_scene.connectors[connectors[0].id].record.arrow[0]
    assert after != before


def test_press_and_move_without_button_does_not_drag(view) -> None:  # type: ignore[no-untyped-def]
    """A click without movement beyond the drag distance changes no note."""
    press(view, note_center(view, "a"))
    move(view, note_center(view, "a") + QPointF(1, 0))
    release(view, note_center(view, "a") + QPointF(1, 0))
    assert view.document.undo_stack.count() == 0
    assert view.selected_note_ids() == ["a"]


def test_escape_cancels_an_arrow_then_leaves_connector_mode(view) -> None:  # type: ignore[no-untyped-def]
    """Escape during an arrow drag cancels it; Escape again leaves connector mode (signalled)."""
    modes = []
    view.connector_mode_changed.connect(modes.append)
    view.set_connector_mode(True)
    drag(view, note_center(view, "a"), note_center(view, "d"), finish=False)
    assert view.board_scene.connector_preview.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    release(view, note_center(view, "d"))
    assert view.document.journey.connectors == ()
    assert view.connector_mode
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.connector_mode
    assert modes == [True, False]


def test_dragging_a_selection_moves_all_its_notes(view) -> None:  # type: ignore[no-untyped-def]
    """With two notes selected, dragging one of them moves both, in board order, one step."""
    view.select_notes(["a", "e"])
    drag(view, note_center(view, "a"), cell_point(view, "s3", "l1"))
    assert cell_ids(view, "s3", "l1") == ["a", "e"]
    assert view.document.undo_stack.count() == 1


def test_set_current_cell_and_enter_on_an_empty_cell_adds_a_note(view) -> None:  # type: ignore[no-untyped-def]
    """set_current_cell moves the focus outline; Enter with nothing selected adds a note there."""
    view.set_current_cell("s3", "l2")
    assert view.current_cell() == ("s3", "l2")
    assert view.board_scene.focus_outline.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.inline_editor.active
    type_text(view, "Typed")
    QTest.keyClick(view.inline_editor.widget, Qt.Key.Key_Return, CTRL)
    assert [n.text for n in view.document.journey.notes_in("s3", "l2")] == ["Typed"]
