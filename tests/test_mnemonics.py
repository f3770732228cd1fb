"""Mnemonics (the underlined Alt+letter) in English and Vietnamese: every menu bar title opens
its menu with Alt+its letter while the board has the focus (a panel label with the same letter
would make the key ambiguous, and Qt then opens nothing), no two entries of one menu or one dialog
share a letter, and the keyboard never works in a panel hidden behind another dock's tab."""

from __future__ import annotations

import re
from xml.etree import ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canvas_app import app as app_module
from canvas_app.ui import i18n, prompts
from canvas_app.ui.export_dialog import ExportDialog
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.prompts import SaveChoice
from test_edits import small_map
from test_ui_window import make_window

LANGUAGES = (i18n.ENGLISH, i18n.VIETNAMESE)


@pytest.fixture(autouse=True)
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: SaveChoice.DISCARD)




@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, language: str) -> MainWindow:
    window = make_window(qtbot, tmp_path, small_map(), size=(1400, 900))
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    return window


def mnemonic(text: str) -> str | None:
    """The letter after the single '&' of `text` ('&&' is a literal ampersand), lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def widget_text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def menu_clashes(menu: QMenu, path: str) -> list[str]:
    entries = [action for action in menu.actions() if not action.isSeparator()]
    found = [f"{path}: {texts}" for texts in clashes([a.text() for a in entries]).values()]
    for action in entries:
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{path} > {action.text()}")
    return found


def test_alt_and_a_menu_titles_letter_opens_that_menu(window: MainWindow, qtbot: QtBot) -> None:
    titles = [action for action in window.menuBar().actions() if action.menu() is not None]
    assert len(titles) >= 5
    for action in titles:
        letter = mnemonic(action.text())
        assert letter is not None and letter.isascii(), action.text()
        window.view.setFocus()
        qtbot.waitUntil(window.view.hasFocus)
        QTest.keyClick(window.view, getattr(Qt.Key, f"Key_{letter.upper()}"),
                       Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
        assert QApplication.activePopupWidget() is action.menu(), action.text()
        action.menu().close()


def test_no_menu_shares_a_letter_and_no_panel_takes_a_menu_titles_letter(
        window: MainWindow) -> None:
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    problems = [f"menu bar: {texts}" for texts in clashes(titles).values()]
    for action in bar.actions():
        if action.menu() is not None:
            problems += menu_clashes(action.menu(), action.text())
    menu_letters = {mnemonic(title) for title in titles}
    for widget in window.findChildren(QWidget):
        if any(isinstance(parent, QMenu) for parent in (widget, widget.parent())):
            continue
        letter = mnemonic(widget_text(widget))
        if letter in menu_letters:
            problems.append(f"{widget.objectName() or type(widget).__name__} "
                            f"{widget_text(widget)!r} takes a menu's Alt+{letter}")
    assert not problems, "\n".join(problems)


def visible_clashes(dialog: QDialog, qtbot: QtBot) -> dict[str, list[str]]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return clashes([widget_text(widget) for widget in dialog.findChildren(QWidget)
                    if widget.isVisible()])


def test_export_file_and_colour_dialogs_give_each_letter_once(
        qtbot: QtBot, language: str, tmp_path: Path) -> None:
    export = ExportDialog(small_map(), tmp_path / "map.pdf")
    file_dialog = QFileDialog(None, "Open", str(tmp_path))
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    colour_dialog = QColorDialog(QColor("red"))
    colour_dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    for dialog in (export, file_dialog, colour_dialog):
        assert visible_clashes(dialog, qtbot) == {}, type(dialog).__name__
        dialog.close()


@pytest.mark.parametrize("language", [i18n.ENGLISH], indirect=True)  # Alt+Q: Quote, once
def test_focus_given_to_a_panel_behind_a_tab_brings_that_panel_forward(
        window: MainWindow, qtbot: QtBot) -> None:
    """The personas dock starts behind the inspector's tab, yet Qt keeps its fields 'visible'
    off screen: its Quote label's Alt+Q used to move the keyboard into a field nobody saw."""
    personas = window.panels.docks["personas"]
    assert personas.visibleRegion().isEmpty()
    quote = window.findChild(QWidget, "persona_quote")
    label = next(label for label in window.findChildren(QLabel) if label.buddy() is quote)
    letter = mnemonic(label.text())
    assert letter is not None
    QTest.keyClick(window.view, getattr(Qt.Key, f"Key_{letter.upper()}"),
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(quote.hasFocus)
    qtbot.waitUntil(lambda: not personas.visibleRegion().isEmpty())
    assert window.panels.docks["inspector"].visibleRegion().isEmpty()


def test_the_start_screen_leaves_the_menu_titles_their_letters(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    """The start screen shows File, Workshop and Help above its own buttons and map-language
    box: each letter once, and Alt+a title's letter opens that menu."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app_module.open_window(None, settings, start_screen=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.start_screen_visible()
    titles = [action for action in window.menuBar().actions() if action.isVisible()]
    shown = [widget_text(widget) for widget in window.start_screen.findChildren(QWidget)
             if widget.isVisible()]
    assert clashes([action.text() for action in titles] + shown) == {}
    for action in titles:
        letter = mnemonic(action.text())
        assert letter is not None
        QTest.keyClick(window.start_screen, getattr(Qt.Key, f"Key_{letter.upper()}"),
                       Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
        assert QApplication.activePopupWidget() is action.menu(), action.text()
        action.menu().close()


# Red is "Đỏ": no letter of it is on an unmodified Latin keyboard.
UNTYPEABLE_ALLOWED = {("QColorDialog", "&Red:")}


def test_every_vietnamese_mnemonic_is_a_key_on_the_keyboard() -> None:
    """Alt+ử cannot be typed: with an input method on a Latin layout, Alt with a key sends the
    key's own letter, so a mnemonic must be a plain letter or digit."""
    untypeable = []
    folder = Path(__file__).resolve().parents[1] / "resources" / "i18n"
    for catalogue in ("journey_canvas_vi.ts", "qt_extra_vi.ts"):
        root = ElementTree.parse(folder / catalogue).getroot()
        for context in root.iter("context"):
            context_name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                texts = [translation.text or ""] + [form.text or ""
                                                    for form in translation.iter("numerusform")]
                for text in texts:
                    letter = mnemonic(text)
                    if (letter is not None and not (letter.isascii() and letter.isalnum())
                            and (context_name, source) not in UNTYPEABLE_ALLOWED):
                        untypeable.append(f"{context_name}: {source!r} -> {text!r}")
    assert untypeable == []


# Vietnamese words with too few plain letters for a letter each: "Tên" and "Tính cách" have
# only n free, "Tiểu sử" and "Nguồn thông tin" only i (t, s, h, g, c belong to the menus).
SHARED_IN_A_PANEL = {i18n.ENGLISH: {}, i18n.VIETNAMESE: {"n": 2, "i": 2}}


def test_each_panel_gives_a_letter_to_one_field(window: MainWindow, language: str) -> None:
    """Within one dock (its panel, its form and buttons), Alt+a letter goes to one field."""
    problems = []
    for name, dock in window.panels.docks.items():
        texts = [widget_text(widget) for widget in dock.findChildren(QWidget)]
        for letter, found in clashes(texts).items():
            if len(found) > SHARED_IN_A_PANEL[language].get(letter, 1):
                problems.append(f"{name}: {found}")
    assert problems == []
