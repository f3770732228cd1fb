"""Where the keyboard is in the panels: reached with Tab, the note palette's current kind is drawn
with the palette's selection highlight (at least 3:1 against the list's background, in the
normal and the high-contrast look), not only a faint frame."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas_app.model.contrast import contrast_ratio
from canvas_app.ui import prompts, theme
from canvas_app.ui.prompts import SaveChoice
from test_edits import small_map
from test_ui_window import make_window


@pytest.fixture(autouse=True)
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: SaveChoice.DISCARD)


@pytest.fixture(params=(False, True), ids=("normal", "high-contrast"))
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[bool]:
    theme.apply_theme(request.param)
    try:
        yield request.param
    finally:
        theme.apply_theme(False)


def test_tabbing_into_the_palette_highlights_its_current_kind(
        qtbot: QtBot, tmp_path: Path, look: bool) -> None:
    window = make_window(qtbot, tmp_path, small_map(), size=(1400, 900))
    palette = window.panels.palette
    window.view.setFocus()
    for _ in range(60):  # Tab from the board until the palette has the focus
        if palette.hasFocus():
            break
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert palette.hasFocus()
    current = palette.currentItem()
    assert current is not None and current.isSelected()
    image = palette.grab().toImage()
    rect = palette.visualItemRect(current)
    background = image.pixelColor(rect.right() - 4, rect.bottom() + 6 + rect.height())
    fill = image.pixelColor(rect.right() - 4, rect.center().y())
    assert contrast_ratio(fill.name(), background.name()) >= 3.0, (fill.name(), background.name())
