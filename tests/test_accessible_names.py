"""Every widget the Tab key can reach, in the main window and the program's dialogs, is named for
a screen reader in English and in Vietnamese (its accessible name, or the label it is labelled
by); Qt's own inner parts (`qt_*`, such as a spin box's line edit) are announced by their owner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from canvas_app.ui import prompts
from canvas_app.ui.export_dialog import ExportDialog
from canvas_app.ui.map_properties_dialog import MapPropertiesDialog
from canvas_app.ui.preferences_dialog import PreferencesDialog
from canvas_app.ui.prompts import SaveChoice
from canvas_app.ui.template_dialog import TemplateDialog
from canvas_app.ui.timer_dialog import TimerDialog
from canvas_app.ui.voting_dialog import VotingDialog
from test_edits import small_map
from test_ui_window import make_window


@pytest.fixture(autouse=True)
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: SaveChoice.DISCARD)




def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    name = interface.text(QAccessible.Text.Name)
    if name:
        return name
    for other, _relation in interface.relations(QAccessible.RelationFlag.Label):
        if other.text(QAccessible.Text.Name):
            return other.text(QAccessible.Text.Name)
    return ""


def nameless_tab_stops(top: QWidget) -> list[str]:
    found = []
    for widget in top.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not widget.objectName().startswith("qt_") and not spoken_name(widget)):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{widget.parent().objectName()!r}")
    return found


def test_every_tab_stop_of_the_main_window_is_named(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    window = make_window(qtbot, tmp_path, small_map(), size=(1400, 900))
    window.view.select_notes(["n1"])  # the inspector's fields enabled
    # Each dock's panel in front once, so its fields count as shown.
    for dock in window.panels.docks.values():
        dock.raise_()
        QApplication.processEvents()
        assert nameless_tab_stops(dock) == [], dock.objectName()
    assert nameless_tab_stops(window) == []


DIALOGS: dict[str, Callable[[Path], QWidget]] = {
    "export": lambda folder: ExportDialog(small_map(), folder / "map.pdf"),
    "map properties": lambda folder: MapPropertiesDialog(small_map()),
    "preferences": lambda folder: PreferencesDialog(
        QSettings(str(folder / "p.ini"), QSettings.Format.IniFormat)),
    "template": lambda folder: TemplateDialog(),
    "timer": lambda folder: TimerDialog(),
    "voting": lambda folder: VotingDialog(True),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_tab_stop_of_a_dialog_is_named(
        qtbot: QtBot, tmp_path: Path, language: str, name: str) -> None:
    dialog = DIALOGS[name](tmp_path)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert nameless_tab_stops(dialog) == []
