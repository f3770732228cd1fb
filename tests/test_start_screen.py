"""The start screen: shown when the app starts without a file and from File ▸ Start Screen; it lists
recent maps, the samples and every template with a preview, and a real click on any of them shows
that map on the board (samples as unsaved copies)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from canvas_app import app as app_module
from canvas_app.fileio.codec import load_path
from canvas_app.model.kinds import Language, MapType
from canvas_app.model.templates import list_templates
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.start_cards import StartCard
from canvas_app.ui.start_screen import StartScreen, sample_paths
from scene_helpers import cell_point, double_click
from test_ui_window import SAMPLES, make_window
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)


def _start_window(qtbot: QtBot, tmp_path: Path, recent: list[Path] | None = None) -> MainWindow:
    """A window as `journey-canvas` without a file opens it: on the start screen."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window: Any = app_module.open_window(None, settings, start_screen=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    for path in recent or []:
        window.recent.add(path)
    return window


def _card(grid_cards: list[StartCard], key: str) -> StartCard:
    return next(card for card in grid_cards if card.key == key)


def _click(widget: Any, position: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     position if position is not None else widget.rect().center())


def _copies(tmp_path: Path, names: list[str]) -> list[Path]:
    copies = []
    for name in names:
        copy = tmp_path / name
        shutil.copyfile(SAMPLES / name, copy)
        copies.append(copy)
    return copies


def test_starting_without_a_file_shows_the_start_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """The window opens on the start screen as a launcher: no toolbar, docks or board menus, and
    only the actions that start work (New, Open, Import, Close, Quit, Help) are offered."""
    window = _start_window(qtbot, tmp_path)
    assert window.start_screen_visible()
    assert window.pages.currentWidget() is window.start_screen
    toolbar = window.findChild(QToolBar, "toolbar_main")
    assert toolbar is not None and not toolbar.isVisible()
    assert not any(dock.isVisible() for dock in window.panels.docks.values())
    menus = {menu.objectName(): menu.menuAction().isVisible()
             for menu in window.menuBar().findChildren(QMenu) if menu.objectName()}
    assert menus["menu_file"] and menus["menu_help"]
    assert not menus["menu_edit"] and not menus["menu_insert"] and not menus["menu_view"]
    a = window.window_actions
    assert a.open.isVisible() and a.new.isVisible() and a.about.isVisible()
    assert not a.save.isVisible() and not a.undo.isVisible() and not a.add_note.isVisible()
    assert not window.start_screen.back_button.isVisible()  # nothing to go back to


def test_lists_recent_files_samples_and_every_template_with_previews(qtbot: QtBot,
                                                                      tmp_path: Path) -> None:
    """Recent maps newest first, one card per shipped sample (titled with its map title) and one
    per template, each card with a painted board preview."""
    first, second = _copies(tmp_path, ["future-state-online-grocery-en.journey",
                                       "service-blueprint-bank-account-vi.journey"])
    window = _start_window(qtbot, tmp_path, recent=[first, second])
    screen = window.start_screen
    assert screen.recent_paths() == [second, first]
    assert len(sample_paths()) >= 6
    assert screen.sample_keys() == [str(path) for path in sample_paths()]
    titles = {card.full_title for card in screen.sample_grid.cards()}
    assert load_path(SAMPLES / "service-blueprint-bank-account-vi.journey").title in titles
    assert screen.template_ids() == [info.id for info in list_templates()]
    qtbot.waitUntil(lambda: screen.template_grid.previews_pending() == 0
                    and screen.sample_grid.previews_pending() == 0, timeout=10_000)
    cards = screen.template_grid.cards() + screen.sample_grid.cards()
    assert all(card.has_preview and not card.icon().isNull() for card in cards)
    # A preview is a picture of a board, not a blank: it has more than a couple of colours.
    image = _card(screen.sample_grid.cards(), str(sample_paths()[0])).icon().pixmap(
        208, 128).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)}
    assert len(colours) > 20


def test_clicking_a_recent_file_opens_it_on_the_board(qtbot: QtBot, tmp_path: Path) -> None:
    """A click on a recent map opens that file; the board, toolbar and board actions return."""
    (path,) = _copies(tmp_path, ["future-state-online-grocery-en.journey"])
    window = _start_window(qtbot, tmp_path, recent=[path])
    recent_list = window.start_screen.recent_list
    _click(recent_list.viewport(), recent_list.visualItemRect(recent_list.item(0)).center())
    assert not window.start_screen_visible()
    assert window.pages.currentWidget() is window.view
    assert window.document.path == path
    assert window.document.journey == load_path(path)
    toolbar = window.findChild(QToolBar, "toolbar_main")
    assert toolbar is not None and toolbar.isVisible()
    assert window.window_actions.save.isVisible() and window.window_actions.add_note.isVisible()
    assert window.view.board_scene.index.note_boxes  # the notes are on the board


def test_clicking_a_sample_opens_an_unsaved_copy(qtbot: QtBot, tmp_path: Path) -> None:
    """A sample card opens the sample's map without its file, so Save never overwrites it."""
    window = _start_window(qtbot, tmp_path)
    sample = sample_paths()[1]
    _click(_card(window.start_screen.sample_grid.cards(), str(sample)))
    assert not window.start_screen_visible()
    assert window.document.journey == load_path(sample)
    assert window.document.path is None
    assert load_path(sample).title in window.windowTitle()
    assert len(window.view.board_scene.index.note_boxes) == len(load_path(sample).notes)


def test_clicking_a_template_starts_a_map_in_the_chosen_language(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    """With the map language set to Vietnamese, a click on the service-blueprint card starts a new
    Vietnamese service blueprint on the board."""
    window = _start_window(qtbot, tmp_path)
    screen: StartScreen = window.start_screen
    screen.language_combo.setCurrentIndex(screen.language_combo.findData(Language.VI.value))
    _click(_card(screen.template_grid.cards(), "service-blueprint"))
    journey = window.document.journey
    assert not window.start_screen_visible()
    assert journey.map_type is MapType.SERVICE_BLUEPRINT and journey.language is Language.VI
    assert journey.lines and window.document.path is None


def test_a_double_click_on_a_card_adds_no_note_to_the_new_board(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    """The second half of a double-click that opened a template does not add a note on the
    board that appeared under it; a later double-click does."""
    window = _start_window(qtbot, tmp_path)
    _click(_card(window.start_screen.template_grid.cards(), "current-state"))
    journey = window.document.journey
    point = cell_point(window.view, journey.stages[0].id, journey.lanes[0].id)
    double_click(window.view, point)
    assert window.document.journey.notes == ()
    QTest.qWait(QApplication.doubleClickInterval() + 100)
    double_click(window.view, point)
    qtbot.waitUntil(lambda: len(window.document.journey.notes) == 1)


def test_file_menu_start_screen_and_back_to_the_map(qtbot: QtBot, tmp_path: Path) -> None:
    """File ▸ Start Screen shows the screen over an open map with a way back; Escape returns to
    the same map with the docks as they were."""
    window = make_window(qtbot, tmp_path, load_path(SAMPLES / "future-state-online-grocery-en"
                                                    ".journey"))
    docks_before = {name: dock.isVisible() for name, dock in window.panels.docks.items()}
    start_action = window.findChild(QAction, "action_start_screen")
    assert start_action is not None and start_action in window.findChild(
        QMenu, "menu_file").actions()
    start_action.trigger()
    assert window.start_screen_visible() and window.start_screen.back_button.isVisible()
    title = window.document.journey.title
    QTest.keyClick(window.start_screen, Qt.Key.Key_Escape)
    assert not window.start_screen_visible()
    assert window.document.journey.title == title
    assert {name: dock.isVisible() for name, dock in window.panels.docks.items()} == docks_before


def test_a_broken_recent_file_is_explained_and_the_screen_stays(qtbot: QtBot, tmp_path: Path,
                                                                quiet_prompts: list[str]) -> None:
    """A recent map that no longer opens shows an error naming it and leaves the start screen."""
    broken = tmp_path / "broken.journey"
    broken.write_text("not a map", encoding="utf-8")
    window = _start_window(qtbot, tmp_path, recent=[broken])
    recent_list = window.start_screen.recent_list
    _click(recent_list.viewport(), recent_list.visualItemRect(recent_list.item(0)).center())
    assert quiet_prompts and "broken.journey" in quiet_prompts[0]
    assert window.start_screen_visible()
