"""The New-from-template dialog: every template listed, a live preview, the map built as chosen."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from canvas_app.model.kinds import Language, MapType
from canvas_app.model.templates import TEMPLATE_IDS
from canvas_app.ui.template_dialog import TemplateDialog, choose_template


@pytest.fixture
def dialog(qtbot) -> Iterator[TemplateDialog]:  # type: ignore[no-untyped-def]
    widget = TemplateDialog()
    qtbot.addWidget(widget)
    widget.set_language(Language.EN)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def click_template(dialog: TemplateDialog, template_id: str, double: bool = False) -> None:
    """Click (or double-click) the template's row in the list with the mouse."""
    view = dialog.template_list
    for row in range(view.count()):
        item = view.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == template_id:
            view.scrollToItem(item)
            point = view.visualItemRect(item).center()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, point)
            if double:
                # A real double click: the first click, then the double-click event.
                QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier, point)
            return
    raise AssertionError(f"{template_id} is not listed")


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Commit `text` the way a Vietnamese input method does (QTest only types Latin-1 keys)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def distinct_colours(image: QImage) -> int:
    """How many different colours a grid of sample points of `image` has."""
    colours = set()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colours.add(image.pixel(QPoint(x, y)))
    return len(colours)


def test_every_template_is_listed(dialog: TemplateDialog) -> None:
    """All 14 templates (4 map types, frameworks, the preset) appear, in catalogue order."""
    assert dialog.template_ids() == list(TEMPLATE_IDS)
    assert len(dialog.template_ids()) == 14
    assert dialog.selected_template_id() == "current-state"


def test_list_follows_the_map_language(dialog: TemplateDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Choosing Tiếng Việt rewrites titles and description in Vietnamese, keeping the selection."""
    click_template(dialog, "aida")
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert dialog.language() is Language.VI
    assert dialog.selected_template_id() == "aida"
    assert dialog.template_list.currentItem().text() == "Mô hình AIDA"
    assert dialog.description_label.text().startswith("Mô hình hành trình")


def test_enter_creates_the_chosen_map(dialog: TemplateDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A framework put on a service blueprint, in Vietnamese, with a typed title, on Enter."""
    click_template(dialog, "aida")
    assert dialog.map_type_combo.isEnabled()
    dialog.map_type_combo.setFocus()
    while dialog.map_type() is not MapType.SERVICE_BLUEPRINT:
        qtbot.keyClick(dialog.map_type_combo, Qt.Key.Key_Down)
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Summer ")
    type_with_input_method(dialog.title_edit, "chiến dịch")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    journey = dialog.created_map()
    assert journey is not None
    assert journey.framework == "aida"
    assert journey.map_type is MapType.SERVICE_BLUEPRINT
    assert journey.language is Language.VI
    assert journey.title == "Summer chiến dịch"
    assert [stage.title for stage in journey.stages][:2] == ["Nhận thức", "Thích thú"]
    assert journey.lines  # the blueprint's lines came with its lanes


def test_map_type_template_fixes_the_board_type(dialog: TemplateDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Selecting a map type shows it as the (disabled) board type; an empty title keeps the default."""
    click_template(dialog, "day-in-the-life")
    assert dialog.map_type() is MapType.DAY_IN_THE_LIFE
    assert not dialog.map_type_combo.isEnabled()
    qtbot.keyClick(dialog.template_list, Qt.Key.Key_Return)
    journey = dialog.created_map()
    assert journey is not None and journey.map_type is MapType.DAY_IN_THE_LIFE
    assert journey.framework is None
    assert journey.title == dialog.title_edit.placeholderText() != ""


def test_keyboard_moves_through_templates_skipping_headings(dialog: TemplateDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Down from the last map type lands on the first framework, not on the group heading."""
    dialog.select_template("service-blueprint")
    dialog.template_list.setFocus()
    qtbot.keyClick(dialog.template_list, Qt.Key.Key_Down)
    assert dialog.selected_template_id() == "aida"


def test_preview_is_drawn_and_follows_the_selection(dialog: TemplateDialog) -> None:
    """The preview has a varied picture of the board, and another template changes it."""
    first = dialog.preview.pixmap().toImage()
    assert distinct_colours(first) > 20
    click_template(dialog, "service-blueprint")
    second = dialog.preview.pixmap().toImage()
    assert distinct_colours(second) > 20
    assert first != second
    board = dialog.preview.board()
    assert board is not None and len(board.lines) == 3


def test_double_click_creates(dialog: TemplateDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Double-clicking a template accepts the dialog with that template."""
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click_template(dialog, "buyer-persona", double=True)
    journey = dialog.created_map()
    assert journey is not None and journey.framework == "buyer-persona"


def press_on_modal(key: Qt.Key, seen: list[str]) -> None:
    """Once the modal dialog is up, press `key` on it (run from a timer during exec)."""
    def press() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, press)
            return
        seen.append(widget.objectName())
        QTest.keyClick(widget, key)
    QTimer.singleShot(0, press)


def test_choose_template_cancel_returns_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Escape on the modal dialog cancels: no map."""
    seen: list[str] = []
    press_on_modal(Qt.Key.Key_Escape, seen)
    assert choose_template(None) is None
    assert seen == ["templateDialog"]


def test_choose_template_ok_returns_a_map(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter on the modal dialog creates the default (current-state) map."""
    seen: list[str] = []
    press_on_modal(Qt.Key.Key_Return, seen)
    journey = choose_template(None)
    assert journey is not None and journey.map_type is MapType.CURRENT_STATE
    assert seen == ["templateDialog"]


# The smallest stage-title size (logical pixels) a preview may draw: below about 8 px the board
# painter turns text into grey bars and the preview shows structure only.
MIN_PREVIEW_TITLE_PX = 8.0


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_template_preview_is_large_enough_to_read_its_titles(
        dialog: TemplateDialog, template_id: str) -> None:
    """At the dialog's usual size, the preview scales each template so that its stage and lane
    titles are drawn as text (the compact preview style keeps eight-stage boards readable)."""
    from canvas_app.ui.template_preview import MARGIN, TEMPLATE_PREVIEW_STYLE

    click_template(dialog, template_id)
    layout = dialog.preview.board()
    assert layout is not None
    size = dialog.preview.size()
    scale = min((size.width() - 2 * MARGIN) / layout.width,
                (size.height() - 2 * MARGIN) / layout.height)
    smallest = min(TEMPLATE_PREVIEW_STYLE.stage_font_size, TEMPLATE_PREVIEW_STYLE.lane_font_size)
    assert smallest * scale >= MIN_PREVIEW_TITLE_PX, (template_id, scale)
