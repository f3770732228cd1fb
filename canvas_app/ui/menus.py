"""The menu bar (File with Open Recent, Edit, View, Insert, Help) and the main toolbar."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from canvas_app.ui.actions import Actions
from canvas_app.ui.docks import Panels
from canvas_app.ui.recent_files import RecentFiles, fill_recent_menu


def build_menus(window: QMainWindow, actions: Actions, panels: Panels, recent: RecentFiles,
                open_path: Callable[[Path], object]) -> QMenu:
    """Fill the menu bar; returns the Open Recent menu (rebuilt whenever it is about to show)."""
    a = actions
    tr = window.tr
    bar = window.menuBar()

    file_menu = bar.addMenu(tr("&File"))
    file_menu.setObjectName("menu_file")
    file_menu.addActions([a.new, a.open])
    recent_menu = file_menu.addMenu(tr("Open &Recent"))
    recent_menu.setObjectName("menu_recent")
    recent_menu.aboutToShow.connect(lambda: fill_recent_menu(recent_menu, recent, open_path))
    recent.changed.connect(lambda: fill_recent_menu(recent_menu, recent, open_path))
    fill_recent_menu(recent_menu, recent, open_path)
    file_menu.addAction(a.start_screen)
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as])
    file_menu.addSeparator()
    file_menu.addActions([a.import_csv, a.export])
    file_menu.addSeparator()
    file_menu.addActions([a.close, a.quit])

    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.setObjectName("menu_edit")
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.cut, a.copy, a.paste, a.duplicate, a.delete])
    edit_menu.addSeparator()
    edit_menu.addActions([a.select_all, a.find, a.edit_note])
    edit_menu.addSeparator()
    edit_menu.addActions([a.rename_stage, a.rename_lane, a.delete_stage, a.delete_lane])

    view_menu = bar.addMenu(tr("&View"))
    view_menu.setObjectName("menu_view")
    view_menu.addActions([a.zoom_in, a.zoom_out])
    view_menu.addSeparator()
    view_menu.addActions([a.zoom_fit, a.zoom_100, a.zoom_selection, a.zoom_stage])
    view_menu.addSeparator()
    panels_menu = view_menu.addMenu(tr("&Panels"))
    panels_menu.setObjectName("menu_panels")
    for dock in panels.docks.values():
        panels_menu.addAction(dock.toggleViewAction())

    insert_menu = bar.addMenu(tr("&Insert"))
    insert_menu.setObjectName("menu_insert")
    insert_menu.addAction(a.add_note)
    insert_menu.addSeparator()
    insert_menu.addActions([a.add_stage, a.add_lane, a.add_phase])
    insert_menu.addSeparator()
    insert_menu.addAction(a.connector_mode)

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.setObjectName("menu_help")
    help_menu.addActions([a.shortcuts, a.about])
    return recent_menu


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    a = actions
    toolbar = window.addToolBar(window.tr("Main"))
    toolbar.setObjectName("toolbar_main")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    toolbar.addActions([a.new, a.open, a.save])
    toolbar.addSeparator()
    toolbar.addActions([a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.add_note, a.connector_mode])
    toolbar.addSeparator()
    toolbar.addActions([a.zoom_out, a.zoom_in, a.zoom_fit])
    toolbar.addSeparator()
    toolbar.addActions([a.find, a.export])
    return toolbar
