"""The menu bar (File with Open Recent, Edit, View, Insert, Help) and the main toolbar; their
titles follow the interface language (`MenuTitles` re-applies them on a language change).

Both can be made in two steps, so the start-up window's first picture has them without the
window's actions: `title_menus` and `make_toolbar` make the titled menus and the empty toolbar,
`build_menus` and `fill_toolbar` fill those same objects once the window is complete."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QToolButton

from canvas_app.ui.recent_files import RecentFiles, fill_recent_menu

if TYPE_CHECKING:
    from canvas_app.ui.actions import Actions


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def bar_titles() -> dict[str, str]:
    """The menus' and toolbar's titles by object name, in the interface language."""
    return {
        "menu_file": _tr("&File"),
        "menu_recent": _tr("Open &Recent"),
        "menu_edit": _tr("&Edit"),
        "menu_move": _tr("&Move"),
        "menu_view": _tr("&View"),
        "menu_panels": _tr("&Panels"),
        "menu_presentation": _tr("P&resentation"),
        "menu_audience": _tr("Aud&ience"),
        "menu_insert": _tr("&Insert"),
        "menu_help": _tr("&Help"),
        "toolbar_main": _tr("Main"),
    }


class MenuTitles(QObject):
    """Re-titles the window's menus and toolbar when the interface language changes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            titles = bar_titles()
            for menu in self._window.findChildren(QMenu):
                if menu.objectName() in titles:
                    menu.setTitle(titles[menu.objectName()])
            for toolbar in self._window.findChildren(QToolBar):
                if toolbar.objectName() in titles:
                    toolbar.setWindowTitle(titles[toolbar.objectName()])
        return super().event(event)


# The menu bar's menus, in order (the Workshop menu is ui/workshop.py's).
TOP_MENUS = ("menu_file", "menu_edit", "menu_view", "menu_insert", "menu_workshop", "menu_help")


def title_menus(window: QMainWindow) -> None:
    """The menu bar's menus, empty: what the start-up window's first picture shows of them
    (build_menus and the workshop fill these very menus once the window is complete)."""
    # The Workshop menu's title as workshop_actions.menu_titles gives it (that module, with its
    # actions, is imported once the window is complete).
    titles = {**bar_titles(),
              "menu_workshop": QCoreApplication.translate("WorkshopActions", "Wo&rkshop")}
    bar = window.menuBar()
    for name in TOP_MENUS:
        bar.addMenu(titles[name]).setObjectName(name)


def _top_menu(window: QMainWindow, name: str, title: str) -> QMenu:
    """The menu bar's menu `name`: the one title_menus made, or a new one at the end."""
    bar = window.menuBar()
    menu = bar.findChild(QMenu, name, Qt.FindChildOption.FindDirectChildrenOnly)
    if menu is None:
        menu = bar.addMenu(title)
        menu.setObjectName(name)
    return menu


def build_menus(window: QMainWindow, actions: Actions, docks: Mapping[str, QDockWidget],
                recent: RecentFiles, open_path: Callable[[Path], object]) -> QMenu:
    """Fill the menu bar; returns the Open Recent menu (rebuilt whenever it is about to show)."""
    a = actions
    titles = bar_titles()
    MenuTitles(window)
    bar = window.menuBar()

    file_menu = _top_menu(window, "menu_file", titles["menu_file"])
    file_menu.addActions([a.new, a.open])
    recent_menu = file_menu.addMenu(titles["menu_recent"])
    recent_menu.setObjectName("menu_recent")
    recent_menu.aboutToShow.connect(lambda: fill_recent_menu(recent_menu, recent, open_path))
    recent.changed.connect(lambda: fill_recent_menu(recent_menu, recent, open_path))
    fill_recent_menu(recent_menu, recent, open_path)
    file_menu.addAction(a.start_screen)
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as])
    file_menu.addSeparator()
    file_menu.addAction(a.map_properties)
    file_menu.addSeparator()
    file_menu.addActions([a.import_csv, a.export])
    file_menu.addActions([a.print_preview, a.print])
    file_menu.addSeparator()
    file_menu.addActions([a.close, a.quit])

    edit_menu = _top_menu(window, "menu_edit", titles["menu_edit"])
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.cut, a.copy, a.paste, a.duplicate, a.delete])
    edit_menu.addSeparator()
    edit_menu.addActions([a.select_all, a.find, a.edit_note])
    edit_menu.addSeparator()
    edit_menu.addActions([a.rename_stage, a.rename_lane, a.delete_stage, a.delete_lane])
    move_menu = edit_menu.addMenu(titles["menu_move"])
    move_menu.setObjectName("menu_move")
    move_menu.addActions([a.move_notes_left, a.move_notes_right, a.move_notes_up,
                          a.move_notes_down])
    move_menu.addSeparator()
    move_menu.addActions([a.move_stage_left, a.move_stage_right, a.move_lane_up, a.move_lane_down])
    audience_menu = edit_menu.addMenu(titles["menu_audience"])
    audience_menu.setObjectName("menu_audience")
    audience_menu.addActions([a.hide_notes, a.hide_lane])
    audience_menu.addSeparator()
    audience_menu.addActions([a.hide_all, a.reveal_all])
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)

    view_menu = _top_menu(window, "menu_view", titles["menu_view"])
    view_menu.addActions([a.zoom_in, a.zoom_out])
    view_menu.addSeparator()
    view_menu.addActions([a.zoom_fit, a.zoom_100, a.zoom_selection, a.zoom_stage])
    view_menu.addSeparator()
    view_menu.addAction(a.freeze_headers)
    view_menu.addSeparator()
    view_menu.addActions([a.next_panel, a.previous_panel])
    view_menu.addSeparator()
    view_menu.addAction(a.guide)
    presentation_menu = view_menu.addMenu(titles["menu_presentation"])
    presentation_menu.setObjectName("menu_presentation")
    presentation_menu.addActions([a.present, a.audience_window])
    presentation_menu.addSeparator()
    presentation_menu.addActions([a.next_stage, a.previous_stage, a.next_lane, a.previous_lane,
                                  a.whole_map])
    view_menu.addSeparator()
    panels_menu = view_menu.addMenu(titles["menu_panels"])
    panels_menu.setObjectName("menu_panels")
    for dock in docks.values():
        panels_menu.addAction(dock.toggleViewAction())

    insert_menu = _top_menu(window, "menu_insert", titles["menu_insert"])
    insert_menu.addAction(a.add_note)
    insert_menu.addSeparator()
    insert_menu.addActions([a.add_stage, a.add_lane, a.add_phase])
    insert_menu.addSeparator()
    insert_menu.addAction(a.connector_mode)
    insert_menu.addSeparator()
    insert_menu.addActions([a.set_logo, a.remove_logo])

    help_menu = _top_menu(window, "menu_help", titles["menu_help"])
    help_menu.addActions([a.shortcuts, a.about])
    return recent_menu


def make_toolbar(window: QMainWindow) -> QToolBar:
    """The main toolbar, empty but as tall as fill_toolbar will make it (so the board keeps its
    size when the buttons come): what the start-up window's first picture shows of it."""
    toolbar = window.addToolBar(bar_titles()["toolbar_main"])
    toolbar.setObjectName("toolbar_main")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    size = toolbar.iconSize()
    placeholder = QToolButton(toolbar)
    placeholder.setObjectName("toolbar_placeholder")
    placeholder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    placeholder.setAutoRaise(True)
    placeholder.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    placeholder.setIconSize(size)
    blank = QPixmap(size)
    blank.fill(Qt.GlobalColor.transparent)
    placeholder.setIcon(QIcon(blank))
    placeholder.setText(" ")
    toolbar.addWidget(placeholder)
    return toolbar


def fill_toolbar(toolbar: QToolBar, actions: Actions) -> None:
    """Put the actions' buttons in the toolbar (in place of make_toolbar's placeholder)."""
    a = actions
    toolbar.clear()
    toolbar.addActions([a.new, a.open, a.save])
    toolbar.addSeparator()
    toolbar.addActions([a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.add_note, a.connector_mode])
    toolbar.addSeparator()
    toolbar.addActions([a.zoom_out, a.zoom_in, a.zoom_fit])
    toolbar.addSeparator()
    toolbar.addActions([a.find, a.export])
