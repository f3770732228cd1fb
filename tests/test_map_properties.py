"""Map Properties (File → Map Properties…): title, description, board type, map language and client
logo edited through the real dialog's widgets, applied as one undo step, reflected on the board
(the map language relabels the blueprint lines) and in the window title, saved with the map."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path
from canvas_app.model.kinds import Language, MapType
from canvas_app.model.templates import build_map
from canvas_app.ui import prompts
from canvas_app.ui.map_properties_dialog import MapPropertiesDialog
from scene_helpers import type_text
from test_ui_window import action, make_window, quiet_prompts  # noqa: F401 - autouse fixture


def in_next_dialog(qtbot: QtBot, work: Callable[[MapPropertiesDialog], None]) -> list[str]:
    """When the dialog shows, run `work` on it (real key clicks and mouse clicks); returns
    the problems met (asserting inside a timer would leave the modal dialog open)."""
    problems: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MapPropertiesDialog):
            QTimer.singleShot(10, attempt)
            return
        try:
            work(dialog)
        except Exception as error:  # noqa: BLE001 - reported by the test after the dialog
            problems.append(repr(error))
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return problems


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Pick the item with `data` with the arrow keys, as a keyboard user would."""
    while combo.currentData() != data:
        before = combo.currentIndex()
        down = combo.findData(data) > before
        qtbot.keyClick(combo, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
        assert combo.currentIndex() != before, "the combo box did not move"


def ok(dialog: MapPropertiesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_editing_every_property_is_one_undo_step(qtbot: QtBot, tmp_path: Path) -> None:
    journey = build_map("service-blueprint", language="en")
    window = make_window(qtbot, tmp_path, journey)
    scene = window.view.scene()
    english_label = scene.layout.lines[0].label.lines[0]

    def work(dialog: MapPropertiesDialog) -> None:
        title = dialog.findChild(QLineEdit, "mapTitle")
        title.selectAll()
        type_text(title, "Mở tài khoản ngân hàng")
        description = dialog.findChild(QPlainTextEdit, "mapDescription")
        type_text(description, "Khách hàng <b>mới</b>")
        choose(qtbot, dialog.findChild(QComboBox, "mapLanguage"), "vi")
        choose(qtbot, dialog.findChild(QComboBox, "mapType"), "future-state")
        ok(dialog)

    problems = in_next_dialog(qtbot, work)
    action(window, "action_map_properties").trigger()
    assert problems == []
    edited = window.document.journey
    assert edited.title == "Mở tài khoản ngân hàng"
    assert edited.description.endswith("Khách hàng <b>mới</b>")
    assert edited.language is Language.VI and edited.map_type is MapType.FUTURE_STATE
    assert window.document.undo_stack.undoText() == "Edit map properties"
    assert "Mở tài khoản ngân hàng" in window.windowTitle()
    # The board speaks the map's new language: the blueprint lines are relabelled.
    vietnamese_label = scene.layout.lines[0].label.lines[0]
    assert vietnamese_label != english_label and vietnamese_label.startswith("Đường")
    window.document.undo_stack.undo()
    assert window.document.journey == journey
    assert scene.layout.lines[0].label.lines[0] == english_label


def test_cancel_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    before = window.document.journey
    count = window.document.undo_stack.count()

    def work(dialog: MapPropertiesDialog) -> None:
        title = dialog.findChild(QLineEdit, "mapTitle")
        qtbot.keyClicks(title, " (draft)")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    problems = in_next_dialog(qtbot, work)
    action(window, "action_map_properties").trigger()
    assert problems == [] and window.document.journey is before
    assert window.document.undo_stack.count() == count


def test_ok_without_changes_adds_no_undo_step(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    count = window.document.undo_stack.count()
    problems = in_next_dialog(qtbot, ok)
    action(window, "action_map_properties").trigger()
    assert problems == [] and window.document.undo_stack.count() == count


def test_the_logo_is_chosen_in_the_dialog_and_saved(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#0B6E4F"))
    logo_path = tmp_path / "logo.png"
    assert image.save(str(logo_path))
    monkeypatch.setattr(prompts, "open_file_path", lambda *args: logo_path)
    window = make_window(qtbot, tmp_path)

    def work(dialog: MapPropertiesDialog) -> None:
        remove = dialog.findChild(QPushButton, "removeLogo")
        assert not remove.isEnabled() and dialog.logo_label.text() == "No logo"
        qtbot.mouseClick(dialog.findChild(QPushButton, "chooseLogo"), Qt.MouseButton.LeftButton)
        assert remove.isEnabled() and not dialog.logo_label.pixmap().isNull()
        ok(dialog)

    problems = in_next_dialog(qtbot, work)
    action(window, "action_map_properties").trigger()
    assert problems == []
    logo = window.document.journey.logo
    assert logo is not None
    assert window.document.undo_stack.undoText() == "Set client logo"
    target = tmp_path / "saved.journey"
    monkeypatch.setattr(prompts, "save_file_path", lambda *args, **kwargs: target)
    action(window, "action_save_as").trigger()
    assert load_path(target).logo == logo

    def remove_it(dialog: MapPropertiesDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton, "removeLogo"), Qt.MouseButton.LeftButton)
        ok(dialog)

    problems = in_next_dialog(qtbot, remove_it)
    action(window, "action_map_properties").trigger()
    assert problems == [] and window.document.journey.logo is None
    assert window.document.undo_stack.undoText() == "Remove client logo"


def test_user_text_stays_plain_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    journey = build_map("current-state", language="en", title='<img src="/etc/passwd"> Plan')
    dialog = MapPropertiesDialog(journey)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == '<img src="/etc/passwd"> Plan'
    assert dialog.logo_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.changes() == {}


def test_a_new_map_language_renames_standard_line_labels_but_keeps_the_users() -> None:
    from canvas_app.model import edits
    from canvas_app.model.kinds import LINE_LABELS

    journey = build_map("service-blueprint", language="en")
    lines = list(journey.lines)
    lines[1] = lines[1].model_copy(update={"label": "What the customer sees"})
    journey = journey.model_copy(update={"lines": tuple(lines)})
    changed, summary = edits.set_map_properties(journey, language=Language.VI)
    assert changed.lines[0].label == LINE_LABELS[changed.lines[0].kind]["vi"]
    assert changed.lines[1].label == "What the customer sees"
    assert summary.lines.updated == {changed.lines[0].id, changed.lines[2].id}
    same, unchanged = edits.set_map_properties(journey, title="Only the title")
    assert same.lines == journey.lines and not unchanged.lines.updated
