"""Hide and reveal: per note, per lane (new notes too), all at once; undo/redo, saved in the file;
marked (dimmed + eye-slash + spoken) on the editor's board, absent from the audience view; from
the menus, shortcuts, the lane header's and note's context menus and the inspector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QMenu
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path, save_path
from canvas_app.model import edit_hiding
from canvas_app.model.edit_hiding import audience_map, hidden_note_ids
from canvas_app.scene import board_menus
from canvas_app.ui.main_window import MainWindow
from test_edits import small_map
from test_ui_window import action, make_window, quiet_prompts  # noqa: F401 (autouse fixture)


def audience_ids(window: MainWindow) -> set[str]:
    view = window.presentation.audience_view()
    assert view is not None
    return set(view.board_scene.notes)


def test_hiding_notes_lanes_and_all_is_pure_and_saved(tmp_path: Path) -> None:
    journey = small_map()
    hidden, _ = edit_hiding.set_notes_hidden(journey, ["n1", "n4"], True)
    assert hidden_note_ids(hidden) == {"n1", "n4"}
    lane, _ = edit_hiding.set_lane_hidden(hidden, "l-emo", True)
    assert hidden_note_ids(lane) == {"n1", "n4", "n5"}
    shown = audience_map(lane)
    assert {note.id for note in shown.notes} == {"n2", "n3", "n6"}
    # Connectors touching hidden notes are not shown either; the cells close up.
    assert all(c.source in {"n2", "n3", "n6"} and c.target in {"n2", "n3", "n6"}
               for c in shown.connectors)
    assert [n.order for n in shown.notes_in("s1", "l-act")] == [0, 1]
    everything, _ = edit_hiding.set_all_hidden(journey, True)
    assert hidden_note_ids(everything) == {n.id for n in journey.notes}
    revealed, _ = edit_hiding.set_all_hidden(lane, False)
    assert hidden_note_ids(revealed) == set()
    assert not any(l.hidden for l in revealed.lanes)
    # Saved in the file: a round trip keeps every flag.
    save_path(lane, tmp_path / "hidden.journey")
    again = load_path(tmp_path / "hidden.journey")
    assert hidden_note_ids(again) == {"n1", "n4", "n5"}
    assert again.lane("l-emo").hidden and again.note_by_id["n1"].hidden


def test_shortcuts_hide_and_reveal_with_undo_and_redo(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.presentation.open_audience_window(full_screen=False)
    view, stack = window.view, window.document.undo_stack
    view.select_notes(["n1", "n2"])
    qtbot.keyClick(view, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert hidden_note_ids(window.document.journey) == {"n1", "n2"}
    assert stack.undoText() == "Hide 2 notes from the audience"
    assert action(window, "action_hide_notes").isChecked()
    # On the editor's board: present, marked; on the audience view: absent.
    assert view.board_scene.notes["n1"].hidden_mark and view.board_scene.notes["n2"].hidden_mark
    assert not view.board_scene.notes["n3"].hidden_mark
    assert view.board_scene.notes["n1"].opacity() < 1.0
    assert "n1" not in audience_ids(window) and "n3" in audience_ids(window)
    stack.undo()
    assert hidden_note_ids(window.document.journey) == set()
    assert {"n1", "n2"} <= audience_ids(window)
    assert not view.board_scene.notes["n1"].hidden_mark
    stack.redo()
    assert "n1" not in audience_ids(window)
    # Again: reveals.
    view.select_notes(["n1", "n2"])
    qtbot.keyClick(view, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert hidden_note_ids(window.document.journey) == set()
    assert stack.undoText() == "Reveal 2 notes"
    # All at once.
    action(window, "action_hide_all").trigger()
    assert audience_ids(window) == set()
    assert set(view.board_scene.notes) == {n.id for n in window.document.journey.notes}
    action(window, "action_reveal_all").trigger()
    assert audience_ids(window) == {n.id for n in window.document.journey.notes}
    stack.undo()
    assert audience_ids(window) == set()
    window.presentation.close_audience_window()


def test_a_hidden_lane_hides_new_notes_too(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.presentation.open_audience_window(full_screen=False)
    view = window.view
    view.clear_selection()
    view.set_current_cell("s2", "l-pain")
    action(window, "action_hide_lane").trigger()
    assert window.document.journey.lane("l-pain").hidden
    assert view.board_scene.lanes["l-pain"].hidden_mark  # the header carries the eye-slash
    assert not view.board_scene.lanes["l-act"].hidden_mark
    assert window.document.undo_stack.undoText() == "Hide lane “Pain points” from the audience"
    assert "n6" not in audience_ids(window)
    new_id = window.editor.add_note("s2", "l-pain", text="Said in silence")
    assert new_id in view.board_scene.notes and view.board_scene.notes[new_id].hidden_mark
    assert new_id not in audience_ids(window)
    action(window, "action_hide_lane").trigger()  # again: reveals
    assert {new_id, "n6"} <= audience_ids(window)
    assert not view.board_scene.notes[new_id].hidden_mark
    window.presentation.close_audience_window()


def test_context_menus_offer_hide_and_reveal(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    view = window.view
    layout = view.board_scene.layout
    lane = next(row for row in layout.lanes if row.lane_id == "l-act")
    menu = board_menus.build_menu(view, QPointF(lane.header.center.x, lane.header.center.y))
    assert menu is not None
    hide = menu.findChild(type(menu.actions()[0]), "hideLane")
    assert hide is not None and hide.text() == "Hide Lane from the Audience"
    hide.trigger()
    assert window.document.journey.lane("l-act").hidden
    menu = board_menus.build_menu(view, QPointF(lane.header.center.x, lane.header.center.y))
    reveal = menu.findChild(type(menu.actions()[0]), "revealLane")
    assert reveal is not None
    reveal.trigger()
    assert not window.document.journey.lane("l-act").hidden
    box = view.board_scene.index.note_boxes["n4"]
    menu = board_menus.build_menu(view, QPointF(box.rect.center.x, box.rect.center.y))
    menu.findChild(type(menu.actions()[0]), "hideNotes").trigger()
    assert window.document.journey.note_by_id["n4"].hidden
    # Menus: Edit ▸ Audience holds the commands.
    audience = window.menuBar().findChild(QMenu, "menu_audience")
    assert audience is not None
    names = {a.objectName() for a in audience.actions()}
    assert {"action_hide_notes", "action_hide_lane", "action_hide_all",
            "action_reveal_all"} <= names


def test_the_inspector_shows_and_sets_the_hidden_state(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    inspector = window.panels.inspector
    box = inspector.findChild(QCheckBox, "inspector_hidden")
    assert box is not None and box.accessibleName() == "Hidden from the audience"
    window.view.select_notes(["n1"])
    assert box.isEnabled() and box.checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.document.journey.note_by_id["n1"].hidden
    window.view.select_notes(["n1", "n2"])
    assert box.checkState() == Qt.CheckState.PartiallyChecked
    window.document.undo_stack.undo()
    window.view.select_notes(["n1"])
    assert box.checkState() == Qt.CheckState.Unchecked


def test_the_board_description_says_a_note_is_hidden(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.editor.set_notes_hidden(["n1"], True)
    window.view.select_notes(["n1"])
    assert "Hidden from the audience." in window.view.accessibleDescription()
    window.view.select_notes(["n2"])
    assert "Hidden from the audience." not in window.view.accessibleDescription()


def test_pdf_export_includes_hidden_notes(tmp_path: Path) -> None:
    """Hiding is for the room, not the deliverable: the PDF still carries hidden notes."""
    from canvas_app.fileio.pdf_export import export_pdf
    from pdf_tools import pdf_text, squeeze

    journey, _ = edit_hiding.set_lane_hidden(small_map(), "l-act", True)
    journey, _ = edit_hiding.set_notes_hidden(journey, ["n6"], True)
    target = tmp_path / "hidden.pdf"
    export_pdf(journey, target)
    text = squeeze(pdf_text(target))
    for words in ("Search", "Ask a friend", "Compare prices", "Slow"):
        assert words in text
