"""Accessibility, driven from the keyboard only: moving notes, stages and lanes, navigating and
editing; accessible names of controls; what a screen reader hears on the board; colour is not
the only sign of a note's kind; the high-contrast theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from canvas_app.model.kinds import NoteKind
from canvas_app.model.layout import compute_layout
from canvas_app.scene import screen_style
from canvas_app.scene.kind_marks import glyph_path
from canvas_app.scene.layout_painter import paint_board
from canvas_app.ui import prompts, theme
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.preferences_dialog import PreferencesDialog
from canvas_app.ui.prompts import SaveChoice
from test_edits import small_map

ALT = Qt.KeyboardModifier.AltModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a test window discards its changes without asking."""
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: SaveChoice.DISCARD)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(small_map(), settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    return window


def cell_of(window: MainWindow, note_id: str) -> tuple[str, str, int]:
    journey = window.document.journey
    note = journey.note_by_id[note_id]
    order = [n.id for n in journey.notes_in(note.stage, note.lane)].index(note_id)
    return note.stage, note.lane, order


def select(window: MainWindow, note_id: str) -> None:
    window.view.select_notes([note_id])


def accessible_name(widget: QWidget) -> str:
    """What a screen reader names `widget`: its accessible name, or (combo boxes on Linux,
    where Qt reports the current value as the name) the label it is labelled by."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    for other, _relation in interface.relations(QAccessible.RelationFlag.Label):
        if other.text(QAccessible.Text.Name):
            return other.text(QAccessible.Text.Name)
    return interface.text(QAccessible.Text.Name)


# -- moving from the keyboard --------------------------------------------------------------------


def test_alt_right_then_alt_left_moves_a_note_to_the_next_cell_and_back(window: MainWindow) -> None:
    """Alt+Right carries the selected note into the same lane of the next stage at the same
    place, Alt+Left brings it back; each move is one undo step and the note stays selected."""
    select(window, "n2")
    assert cell_of(window, "n2") == ("s1", "l-act", 1)
    QTest.keyClick(window.view, Qt.Key.Key_Right, ALT)
    assert cell_of(window, "n2") == ("s2", "l-act", 1)
    assert window.view.selected_note_ids() == ["n2"]
    assert window.view.current_cell() == ("s2", "l-act")
    QTest.keyClick(window.view, Qt.Key.Key_Left, ALT)
    assert cell_of(window, "n2") == ("s1", "l-act", 1)
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    assert cell_of(window, "n2") == ("s2", "l-act", 1)


def test_alt_up_and_down_reorder_within_a_cell_then_cross_into_the_next_lane(
        window: MainWindow) -> None:
    """Alt+Up moves a note above its neighbour; at the top of its cell it goes to the end of the
    lane above; Alt+Down past the bottom goes to the start of the lane below."""
    select(window, "n3")
    QTest.keyClick(window.view, Qt.Key.Key_Up, ALT)
    assert cell_of(window, "n3") == ("s1", "l-act", 1)
    QTest.keyClick(window.view, Qt.Key.Key_Down, ALT)
    assert cell_of(window, "n3") == ("s1", "l-act", 2)
    QTest.keyClick(window.view, Qt.Key.Key_Down, ALT)
    assert cell_of(window, "n3") == ("s1", "l-emo", 0)
    QTest.keyClick(window.view, Qt.Key.Key_Up, ALT)
    assert cell_of(window, "n3") == ("s1", "l-act", 2)
    select(window, "n1")
    QTest.keyClick(window.view, Qt.Key.Key_Up, ALT)  # the top lane: nowhere to go
    assert cell_of(window, "n1") == ("s1", "l-act", 0)


def test_alt_shift_arrows_reorder_the_current_stage_and_lane(window: MainWindow) -> None:
    """With the current cell in stage s2 / lane l-emo, Alt+Shift+Right and Alt+Shift+Down move
    that stage right and that lane down (one undo step each); undo puts them back."""
    window.view.set_current_cell("s2", "l-emo")
    QTest.keyClick(window.view, Qt.Key.Key_Right, ALT_SHIFT)
    assert [s.id for s in window.document.journey.stages] == ["s1", "s3", "s2", "s4"]
    QTest.keyClick(window.view, Qt.Key.Key_Down, ALT_SHIFT)
    assert [lane.id for lane in window.document.journey.lanes] == ["l-act", "l-pain", "l-emo"]
    assert window.view.current_cell() == ("s2", "l-emo")
    QTest.keyClick(window.view, Qt.Key.Key_Left, ALT_SHIFT)
    QTest.keyClick(window.view, Qt.Key.Key_Up, ALT_SHIFT)
    assert [s.id for s in window.document.journey.stages] == ["s1", "s2", "s3", "s4"]
    assert [lane.id for lane in window.document.journey.lanes] == ["l-act", "l-emo", "l-pain"]
    assert window.document.undo_stack.count() == 4


def test_move_keys_belong_to_the_board_so_alt_down_still_opens_a_combo_box(
        window: MainWindow, qtbot: QtBot) -> None:
    """With the focus in the inspector's kind box, Alt+Down is the combo box's (it opens its
    list) and moves no note."""
    select(window, "n1")
    combo = window.panels.inspector.kind_combo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = window.document.journey
    QTest.keyClick(combo, Qt.Key.Key_Down, ALT)
    assert window.document.journey is before
    combo.hidePopup()


def test_navigate_and_edit_with_the_keyboard_only(window: MainWindow) -> None:
    """Arrows reach a note, Enter opens it, typed text and Ctrl+Enter commit it; Insert adds a
    note to the current cell and Escape leaves it out."""
    view = window.view
    view.clear_selection()
    view.set_current_cell("s1", "l-act")
    QTest.keyClick(view, Qt.Key.Key_Down)  # into the cell below: its first note
    assert view.selected_note_ids() == ["n5"]
    QTest.keyClick(view, Qt.Key.Key_Up)  # back up: the last note of the cell above
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_note_ids() == ["n2"]
    QTest.keyClick(view, Qt.Key.Key_Return)
    editor = view.inline_editor
    assert editor.active and editor.widget is not None
    QTest.keyClick(editor.widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.widget, " qua Zalo")
    QTest.keyClick(editor.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.note_by_id["n2"].text == "Ask a friend qua Zalo"
    count = len(window.document.journey.notes)
    QTest.keyClick(view, Qt.Key.Key_Insert)
    assert editor.active
    QTest.keyClick(editor.widget, Qt.Key.Key_Escape)
    assert len(window.document.journey.notes) == count


# -- what a screen reader hears -------------------------------------------------------------------


def test_board_description_names_stage_lane_kind_and_text_of_the_current_note(
        window: MainWindow) -> None:
    """The board is named, and its description follows the keyboard: stage and lane with their
    positions, then the note's kind and text; an empty cell says so."""
    view = window.view
    assert accessible_name(view) == "Journey board"
    window.editor.set_note_fields(["n6"], kind=NoteKind.ACTION)
    select(window, "n6")
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    description = interface.text(QAccessible.Text.Description)
    # Then the note's open findings (see test_guide_panel.py): this pain point has no
    # opportunity in its stage.
    assert description == ("Stage 3 of 4, Order. Lane 3 of 3, Pain points. "
                           "Note 1 of 1, Action: Slow Pain point “Slow” (stage “Order”) has no "
                           "opportunity in its stage.")
    view.clear_selection()
    view.set_current_cell("s4", "l-emo")
    assert view.accessibleDescription() == "Stage 4 of 4, Use. Lane 2 of 3, Emotions. Empty cell."
    window.editor.set_note_fields(["n6"], kind=NoteKind.PAIN_POINT, text="Slow delivery")
    select(window, "n6")
    assert view.accessibleDescription().endswith(
        "Note 1 of 1, Pain point: Slow delivery Pain point “Slow delivery” (stage “Order”) has no "
        "opportunity in its stage.")


def test_toolbar_buttons_docks_and_inputs_have_accessible_names(window: MainWindow) -> None:
    """Every toolbar button, dock, panel input and board reports a non-empty accessible name;
    toolbar buttons also describe what they do."""
    toolbar = window.findChild(QToolBar, "toolbar_main")
    assert toolbar is not None
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        button = toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert accessible_name(button), action.objectName()
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface is not None and interface.text(QAccessible.Text.Description)
    for dock in window.findChildren(QDockWidget):
        assert accessible_name(dock), dock.objectName()
        assert accessible_name(dock.widget()), dock.objectName()
    inspector = window.panels.inspector
    for field in (inspector.kind_combo, inspector.emotion_combo, inspector.votes_spin,
                  inspector.tags_edit, inspector.persona_combo, inspector.evidence_combo,
                  inspector.color_button):
        assert accessible_name(field), field.objectName()
    search = window.panels.search
    for field in (search.search_field, search.kind_list, search.tag_list, search.persona_list):
        assert accessible_name(field), field.objectName()
    assert accessible_name(window.status.zoom)


def test_preferences_inputs_have_accessible_names_and_descriptions(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The language box is named by its label and described by its note; so is the
    high-contrast check box."""
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    for field in (dialog.language_combo, dialog.contrast_check):
        assert accessible_name(field)
        interface = QAccessible.queryAccessibleInterface(field)
        assert interface is not None and interface.text(QAccessible.Text.Description)
    assert accessible_name(dialog.language_combo) == "Interface language"


# -- colour is not the only signal ---------------------------------------------------------------


def test_every_kind_but_the_plain_note_has_its_own_glyph() -> None:
    """Each kind draws a non-empty glyph that differs from every other kind's (a plain note,
    the default, has none)."""
    rect = QRectF(0, 0, 10, 10)
    shapes = {}
    for kind in NoteKind:
        path, filled = glyph_path(kind, rect)
        if kind is NoteKind.NOTE:
            assert path.isEmpty()
            continue
        assert not path.isEmpty()
        polygons = tuple(tuple((round(p.x(), 2), round(p.y(), 2)) for p in polygon)
                         for polygon in path.toFillPolygons())
        shapes[kind] = (polygons, filled)
    assert len(set(shapes.values())) == len(shapes)


def test_notes_on_the_board_carry_their_kind_even_with_a_custom_colour(
        window: MainWindow) -> None:
    """A note's item knows its kind (drawn as a glyph), also after a kind change that leaves
    its custom colour, and so its fill, unchanged."""
    items = window.view.board_scene.notes
    assert items["n1"].kind is NoteKind.NOTE
    window.editor.set_note_fields(["n1"], kind=NoteKind.ACTION)
    assert items["n1"].kind is NoteKind.ACTION
    window.editor.set_note_fields(["n1"], color="#FFFFFF")
    window.editor.set_note_fields(["n1"], kind=NoteKind.QUESTION)
    assert items["n1"].kind is NoteKind.QUESTION


def test_the_current_cell_and_note_are_outlined(window: MainWindow) -> None:
    """Keyboard focus on the board is visible: the current cell has an outline and the
    current note is drawn as current."""
    select(window, "n4")
    scene = window.view.board_scene
    assert scene.focus_outline.isVisible()
    assert scene.notes["n4"].current and scene.notes["n4"].selected


# -- high contrast -------------------------------------------------------------------------------


def _ink_at(image: QImage, rect: QRectF) -> int:
    """The darkest grey level inside `rect` of `image`."""
    darkest = 255
    for x in range(int(rect.left()), int(rect.right())):
        for y in range(int(rect.top()), int(rect.bottom())):
            darkest = min(darkest, QColor(image.pixel(x, y)).lightness())
    return darkest


def test_high_contrast_switches_palette_and_board_but_not_exports(window: MainWindow) -> None:
    """On: the window palette is black on white and the board paints black note borders; a
    board painted outside the screen (an export) keeps the map's colours; off restores all."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal_text = app.palette().color(QPalette.ColorRole.WindowText)
    layout = compute_layout(window.document.journey)
    box = next(b for b in layout.notes if b.note_id == "n1")

    def border_darkness(on_screen: bool) -> int:
        image = QImage(int(layout.width), int(layout.height), QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        if on_screen:
            with screen_style.on_screen():
                paint_board(painter, layout)
        else:
            paint_board(painter, layout)
        painter.end()
        edge = QRectF(box.rect.x + 8, box.rect.y + box.rect.height - 1.2, 20, 1.6)
        return _ink_at(image, edge)

    try:
        theme.apply_theme(True)
        assert app.palette().color(QPalette.ColorRole.WindowText) == QColor("#000000")
        assert screen_style.high_contrast()
        high, normal = border_darkness(on_screen=True), border_darkness(on_screen=False)
        print(high, normal)
        assert high < 100 and normal > high + 40
    finally:
        theme.apply_theme(False)
    assert not screen_style.high_contrast()
    assert app.palette().color(QPalette.ColorRole.WindowText) == normal_text
    assert border_darkness(on_screen=True) == border_darkness(on_screen=False)


def test_preferences_store_high_contrast_and_combo_choices(qtbot: QtBot, tmp_path: Path) -> None:
    """The dialog offers the system language, English and Tiếng Việt (named in themselves) and
    shows the stored high-contrast choice."""
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    theme.store_high_contrast(settings, True)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo: QComboBox = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "vi"]
    assert combo.itemText(2) == "Tiếng Việt" and combo.itemText(1) == "English"
    assert dialog.high_contrast() and dialog.language_choice() == "system"
