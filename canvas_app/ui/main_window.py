"""The main window: one map (Document + Editor) on a BoardView, with menus, toolbar, dock panels
and status bar. Thin on purpose: each feature lives in its own module; this one wires them.

A window is made in two steps. The first makes what its first picture shows: the board, the menu
bar (titles), the toolbar (empty), the docks (empty) and the status bar. `complete()` makes the
rest: the actions (menus and toolbar filled), the workshop, the panels,
file handling (locks, autosave, the watcher), the editing controllers, the start screen's mode.
An ordinary window does both at once. The start-up window (app.py) paints its first picture after
the first step, on the start-up draft of the map it opens (model/draft_map.py), and completes
right after that paint: `complete()` then opens the file for real (lock, full validation), so the
map the user edits is always the validated one. Until then input to the board is held back
(`_HoldInput`) and the window has no actions: its menu bar shows the menus' titles, its toolbar
is empty (they are filled in `complete()`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from canvas_app import APP_NAME
from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.document.editor import Editor
from canvas_app.ui.docks import make_docks
from canvas_app.ui.labels import fill
from canvas_app.ui.menus import make_toolbar, title_menus
from canvas_app.ui.recent_files import RecentFiles

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractScrollArea

    from canvas_app.document.clipboard import NoteClipboard
    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.scene.board_preview import BoardPreview
    from canvas_app.scene.board_view import BoardView
    from canvas_app.ui.actions import Actions
    from canvas_app.ui.board_moves import BoardMoves
    from canvas_app.ui.docks import Panels
    from canvas_app.ui.edit_controller import EditController
    from canvas_app.ui.file_controller import FileController
    from canvas_app.ui.guide_navigation import GuideController
    from canvas_app.ui.guide_start import GuideStarter
    from canvas_app.ui.hiding_controller import HidingController
    from canvas_app.ui.presentation import Presentation
    from canvas_app.ui.start_mode import StartMode
    from canvas_app.ui.start_screen import StartScreen
    from canvas_app.ui.status_bar import StatusBarController
    from canvas_app.ui.workshop import Workshop

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_STATE_VERSION = 1
_SEARCH_REFRESH_MS = 250


class MainWindow(QMainWindow):
    """A window editing one journey map."""

    view: "BoardView"
    window_actions: "Actions"
    workshop: "Workshop"
    recent_menu: QMenu
    files: "FileController"
    clipboard: "NoteClipboard"
    edits: "EditController"
    moves: "BoardMoves"
    presentation: "Presentation"
    hiding: "HidingController"
    panels: "Panels"
    guide_starter: "GuideStarter"
    start_mode: "StartMode"
    status: "StatusBarController"

    def __init__(self, journey: Optional[JourneyMap] = None,
                 settings: Optional[QSettings] = None, parent: Optional[QWidget] = None,
                 path: Optional[str | os.PathLike[str]] = None, *,
                 opening: Optional[Path] = None,
                 new_map: Optional[Callable[[], JourneyMap]] = None) -> None:
        """A window on `journey` (an empty map if None), read from `path` if given.

        `opening` makes the start-up window: `journey` is then the start-up draft of the map file
        `opening`, only the first picture's parts are made, and `complete()` opens the file (or,
        if it cannot be opened, shows `new_map()`)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else QSettings()
        self.document = Document(journey, path, parent=self)
        self.editor = Editor(self.document)
        # The board and the start screen share the central area (start_mode switches them).
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("central_pages")
        self.preview: Optional[BoardPreview] = None
        self._auto_fit = True
        self._fitting = False
        if opening is None:
            self._make_view()
        self.setCentralWidget(self.pages)

        self.recent = RecentFiles(self.settings, self)
        self.docks = make_docks(self)
        self.toolbar = make_toolbar(self)
        if opening is None:
            self._make_actions()
        else:
            title_menus(self)  # the actions come with complete()
        # The status bar's place now, as tall as its contents (a tool button: the zoom indicator)
        # will make it, so the board keeps its size; its contents come with complete().
        self._status_placeholder: Optional[QToolButton] = QToolButton(self)
        self._status_placeholder.setAutoRaise(True)
        self._status_placeholder.setText(" ")
        self.statusBar().addPermanentWidget(self._status_placeholder)
        self.resize(1440, 900)
        self._restore_layout()
        self._path = path
        self._opening = opening
        self._new_map = new_map
        self._completed = False
        self._hold_input: Optional[_HoldInput] = None
        if opening is None:
            self.complete()
        else:
            # A large map's first picture is BoardPreview's (the board is made in complete()).
            assert journey is not None
            self.preview = self._preview_of(journey)
            if self.preview is None:
                self._make_view()
            self._hold_input = _HoldInput(self.preview if self.preview is not None else self.view)
            self.setWindowTitle(fill(QCoreApplication.translate("FileController", "%1[*] — %2"),
                                     opening.name.replace("[*]", "[ * ]"), APP_NAME))

    @property
    def completed(self) -> bool:
        """Whether `complete()` has made the whole window (always, except for the start-up
        window until just after its first paint)."""
        return self._completed

    def complete(self) -> None:
        """Make the rest of the window (see the module docstring); the start-up window then
        opens its file (on failure it says why and shows a new map, as at any start)."""
        if self._completed:
            return
        self._completed = True
        if self.preview is not None:
            self._replace_preview(self.preview)
        if not hasattr(self, "window_actions"):
            self._make_actions()
        from canvas_app.document.clipboard import NoteClipboard
        from canvas_app.ui.board_moves import BoardMoves
        from canvas_app.ui.docks import fill_docks
        from canvas_app.ui.edit_controller import EditController
        from canvas_app.ui.file_controller import FileController
        from canvas_app.ui.file_drop import FileDropFilter
        from canvas_app.ui.guide_start import GuideStarter
        from canvas_app.ui.hiding_controller import HidingController
        from canvas_app.ui.presentation import Presentation
        from canvas_app.ui.start_mode import StartMode
        from canvas_app.ui.status_bar import StatusBarController, connect_zoom_actions
        from canvas_app.ui.panel_focus import PanelFocus
        from canvas_app.ui.view_options import connect_freeze_headers

        self.files = FileController(self, self.document, self.recent, self.settings)
        self.clipboard = NoteClipboard(self.editor)
        self.edits = EditController(self, self.view, self.editor, self.clipboard, self.window_actions)
        self.moves = BoardMoves(self.view, self.editor, self.window_actions)
        # The room: presentation mode, the audience window (see `presentation.audience_view()`
        # and its `audience_view_created` signal), hide and reveal.
        self.presentation = Presentation(self, self.view, self.document, self.editor,
                                         self.window_actions)
        self.hiding = HidingController(self, self.view, self.document, self.editor,
                                       self.window_actions)
        # The room sees the same countdown and current voter on the audience window.
        self.presentation.audience_view_created.connect(self.workshop.attach)
        self.panels = fill_docks(self, self.docks, self.document, self.editor)
        self.guide_starter = GuideStarter(self, self.view, self.panels, self.window_actions)
        board_menus = [self.menuBar().findChild(QMenu, name)
                       for name in ("menu_edit", "menu_view", "menu_insert")]
        self.start_mode = StartMode(self, self.pages, self.view, self.view.viewport(),
                                    self._make_start_screen, self.window_actions,
                                    [menu for menu in board_menus if menu is not None],
                                    _STATE_VERSION)
        connect_zoom_actions(self.window_actions, self.view)
        connect_freeze_headers(self.window_actions.freeze_headers, self.view, self.settings)
        self.panel_focus = PanelFocus(self.view, list(self.docks.values()),
                                      self.window_actions.next_panel,
                                      self.window_actions.previous_panel)
        if self._status_placeholder is not None:
            self.statusBar().removeWidget(self._status_placeholder)
            self._status_placeholder.deleteLater()
            self._status_placeholder = None
        self.status = StatusBarController(self, self.document, self.view, self.files,
                                          self.window_actions)
        self._connect()
        self.window_actions.draw_icons()  # every size (menus show them at 16 px)
        self._drop_filter = FileDropFilter(self._open_dropped, self)
        self.setAcceptDrops(True)
        self.installEventFilter(self._drop_filter)
        self.view.viewport().installEventFilter(self._drop_filter)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(_SEARCH_REFRESH_MS)
        self._search_timer.timeout.connect(self._refresh_search)
        if self._path is not None:
            self.recent.add(self._path)
        opening, self._opening = self._opening, None
        if opening is not None:
            self._open_at_start(opening)
        else:
            self._on_map_replaced()
        if self._hold_input is not None:
            self._hold_input.release()
            self._hold_input = None

    def _make_view(self) -> None:
        """The board: made with the window, or in complete() after a preview (_preview_of)."""
        from canvas_app.scene.board_view import BoardView

        self.view = BoardView(self.document, self.editor, self)
        self.pages.insertWidget(0, self.view)
        self.view.zoom_changed.connect(self._on_zoom_changed)
        self.view.installEventFilter(self)

    def _preview_of(self, draft: JourneyMap) -> Optional[BoardPreview]:
        """The start-up window's first picture of a map so large that the window shows it as the
        board's overview picture (scene/board_preview.py: without the board's items, view and
        modules), or None: the board itself is made."""
        from canvas_app.model.layout import compute_layout
        from canvas_app.scene.board_preview import BoardPreview, fits_in_overview

        layout = compute_layout(draft)
        # Never larger than the window, or the screen it may be maximised on.
        screen = self.screen().availableGeometry()
        if not fits_in_overview(layout, max(self.width(), screen.width()),
                                max(self.height(), screen.height())):
            return None
        preview = BoardPreview(draft, layout, self)
        self.pages.insertWidget(0, preview)
        preview.installEventFilter(self)  # refitted as the window settles, like the board
        return preview

    def _replace_preview(self, preview: BoardPreview) -> None:
        """The board takes the preview's place at its size, fitted before anything is painted
        (showing it sends its pending resize, so the fit sees its real viewport): the picture
        does not move."""
        self._make_view()
        self.view.setGeometry(preview.geometry())
        self.pages.setCurrentWidget(self.view)
        self.preview = None
        # The preview's zoom and centre: a fit now would see the viewport less the scroll bars
        # the view shows at 100 % until it is laid out again (a later fit keeps this zoom).
        factor = preview.transform().m11()
        centre = preview.overview.boundingRect().center()
        self._fitting = True
        try:
            self.view.set_zoom(factor, centre)
            self.view.centerOn(centre)
        finally:
            self._fitting = False
        self.pages.removeWidget(preview)
        if self._hold_input is not None:
            self._hold_input.release()
        self._hold_input = _HoldInput(self.view)
        preview.deleteLater()

    def _make_actions(self) -> None:
        """The window's actions, in its menus and toolbar, and the workshop's (timer, voting and
        the Workshop menu). The start-up window makes them in complete(): building ~80 actions
        with their shortcuts and icons is not needed for its first picture, which shows the
        menus' titles and the empty toolbar (menus.title_menus, menus.make_toolbar)."""
        from canvas_app.ui.actions import Actions
        from canvas_app.ui.menus import build_menus, fill_toolbar
        from canvas_app.ui.workshop import Workshop

        self.window_actions = Actions(self, self.document.undo_stack)
        self.addActions(self.window_actions.all())
        self.recent_menu = build_menus(self, self.window_actions, self.docks, self.recent,
                                       self._open_recent)
        fill_toolbar(self.toolbar, self.window_actions)
        self.workshop = Workshop(self, self.view)  # timer and dot voting (the Workshop menu)

    def _open_at_start(self, path: Path) -> None:
        # What opening a file at start-up always did: claim its lock (asking if someone else
        # holds it), read and validate it in full, or say why not and start a new map.
        if not self.files.open_path(path, confirmed=True):
            if self._new_map is not None:
                self.files.start_new(self._new_map())
            else:
                from canvas_app.model.journey_map import JourneyMap

                self.files.start_new(JourneyMap())  # never the draft: it is not to be edited

    @property
    def guide(self) -> "GuideController":
        """The guide (findings, Guide panel, check badges), made now if not yet."""
        return self.guide_starter.controller

    def _connect(self) -> None:
        a, files, panels = self.window_actions, self.files, self.panels
        a.new.triggered.connect(files.new_map)
        a.open.triggered.connect(files.open_dialog)
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(files.save_as)
        a.export.triggered.connect(files.export)
        files.selected_notes = self.view.selected_note_ids
        a.print.triggered.connect(lambda: self._print(preview=False))
        a.print_preview.triggered.connect(lambda: self._print(preview=True))
        a.import_csv.triggered.connect(files.import_csv)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.find.triggered.connect(self.show_search)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._show_about)
        a.preferences.triggered.connect(self._show_preferences)
        a.start_screen.triggered.connect(lambda: self.show_start_screen(over_map=True))
        a.map_properties.triggered.connect(self._edit_map_properties)
        a.set_logo.triggered.connect(self._choose_logo)
        a.remove_logo.triggered.connect(self._remove_logo)
        files.map_replaced.connect(self._on_map_replaced)
        self.document.changed.connect(self._on_changed)
        self.view.selection_changed.connect(panels.inspector.set_selection)
        self.view.board_scene.marked_stages_changed.connect(self._show_stage_details)
        self.view.current_cell_changed.connect(self._follow_current_stage)
        panels.palette.kind_chosen.connect(self.edits.add_note)
        panels.search.highlight_changed.connect(self.view.set_highlight)

    def _show_shortcuts(self) -> None:
        from canvas_app.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.all_actions(), self).exec()

    def _show_about(self) -> None:
        from canvas_app.ui import about_dialog

        about_dialog.show_about(self)

    def _show_preferences(self) -> None:
        from canvas_app.ui import preferences_dialog

        preferences_dialog.show_preferences(self, self.settings)

    def _edit_map_properties(self) -> None:
        from canvas_app.ui import map_properties_dialog

        map_properties_dialog.edit_map_properties(self, self.editor)

    def _choose_logo(self) -> None:
        from canvas_app.ui import client_logo  # image decoding loads on first use

        client_logo.choose_logo(self, self.editor)

    def _remove_logo(self) -> None:
        from canvas_app.ui import client_logo

        client_logo.remove_logo(self.editor)

    def all_actions(self) -> list[QAction]:
        """Every action of the window: the editor's and the workshop's."""
        return self.window_actions.all() + self.workshop.actions.all()

    def _print(self, preview: bool) -> None:
        from canvas_app.ui import printing  # Qt's print support loads on first use

        if preview:
            printing.preview_map(self, self.document.journey)
        else:
            printing.print_map(self, self.document.journey)

    # -- opening ----------------------------------------------------------------------------

    def _open_recent(self, path: Path) -> object:
        self.complete()  # (a start-up window chosen from very early: it opens its file first)
        return self.files.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a map file in this window (asking first about unsaved work)."""
        return self.files.open_path(path)

    def _open_dropped(self, path: Path) -> None:
        if path.suffix.lower() == ".csv":
            if self.files.confirm_discard():
                self.files.import_csv_path(path)
        else:
            self.files.open_path(path)

    def _on_map_replaced(self) -> None:
        self._update_logo_action()
        self.start_mode.show_board()
        self.panels.inspector.set_selection(self.view.selected_note_ids())
        self._refresh_search()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        # A map opens fitted to the window, and stays fitted while the window settles (shown,
        # placed and maybe maximised by the window manager) until the user zooms.
        self._auto_fit = True
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        if self._auto_fit:
            self._fitting = True
            try:
                (self.preview if self.preview is not None else self.view).zoom_to_fit()
            finally:
                self._fitting = False

    def _on_zoom_changed(self, _factor: float) -> None:
        if not self._fitting:
            self._auto_fit = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Resize and self._auto_fit
                and watched in (self.preview, getattr(self, "view", None))):
            QTimer.singleShot(0, self._fit)
        return super().eventFilter(watched, event)

    def _on_changed(self, change: ChangeSet) -> None:
        if not change.reset:
            self._search_timer.start()
        if change.reset or "logo" in change.properties:
            self._update_logo_action()

    def _update_logo_action(self) -> None:
        self.window_actions.remove_logo.setEnabled(self.document.journey.logo is not None)

    def _refresh_search(self) -> None:
        self.panels.search.set_journey(self.document.journey)

    def _show_stage_details(self, stage_ids: list[str]) -> None:
        """Stage headers were clicked: the last one's details come forward in their panel
        (unless the user closed that panel)."""
        self.panels.stage_details.show_stages(stage_ids)
        dock = self.panels.docks["stage_details"]
        if stage_ids and dock.toggleViewAction().isChecked():
            dock.raise_()

    def _follow_current_stage(self, stage_id: str, _lane_id: str) -> None:
        """Without a picked stage, the Stage Details panel shows the current cell's stage, so
        keyboard navigation reaches every stage's details too."""
        if not self.view.board_scene.marked_stages:
            self.panels.stage_details.show_stage(stage_id)

    def show_search(self) -> None:
        dock = self.panels.docks["search"]
        dock.show()
        dock.raise_()
        self.panels.search.focus_search()

    # -- start screen -----------------------------------------------------------------------

    def show_start_screen(self, over_map: bool = False) -> None:
        """Show the start screen in place of the board (`over_map`: offer the way back)."""
        self.start_mode.show_start(over_map)

    def start_screen_visible(self) -> bool:
        return self._completed and self.start_mode.is_start_visible()

    @property
    def start_screen(self) -> StartScreen:
        return self.start_mode.screen()

    def _make_start_screen(self) -> StartScreen:
        from canvas_app.ui.start_screen import StartScreen

        screen = StartScreen(self.recent, self.window_actions, self)
        screen.recent_chosen.connect(self.files.open_path)
        screen.sample_chosen.connect(self._open_sample)
        screen.template_chosen.connect(self._start_new)
        return screen

    def _open_sample(self, path: Path) -> None:
        """A sample opens as a new, unsaved map: the shipped file is never overwritten."""
        journey = self.start_screen.sample_map(path)
        if journey is not None:
            self._start_new(journey)

    def _start_new(self, journey: JourneyMap) -> None:
        if self.files.confirm_discard():
            self.files.start_new(journey)

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._completed:
            # Closed before its file was opened (no lock, no edit, nothing to save).
            self.settings.setValue(_GEOMETRY, self.saveGeometry())
            self.settings.setValue(_STATE, self.saveState(_STATE_VERSION))
            event.accept()
            return
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.settings.setValue(_GEOMETRY, self.saveGeometry())
        self.settings.setValue(_STATE, self.start_mode.board_state())
        self.files.close_session()  # closed on purpose: no recovery snapshot, no lock file
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The board has its size now (the layout is done before a window shows): fit it at once,
        # so the first picture is the fitted board rather than a corner of it at 100 %.
        if self._auto_fit and not event.spontaneous():
            self._fit()

    def _restore_layout(self) -> None:
        geometry = self.settings.value(_GEOMETRY)
        state = self.settings.value(_STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state, _STATE_VERSION)


class _HoldInput(QObject):
    """Holds back input to the board until the window is complete (the start-up window shows a
    draft that must not be edited; the validated map replaces it right after the first paint)."""

    _HELD = frozenset({
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod, QEvent.Type.ContextMenu, QEvent.Type.DragEnter,
        QEvent.Type.DragMove, QEvent.Type.Drop, QEvent.Type.Gesture, QEvent.Type.NativeGesture,
        QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    })

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self._watched = (view, view.viewport())
        for widget in self._watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self._HELD

    def release(self) -> None:
        for widget in self._watched:
            widget.removeEventFilter(self)
        self.deleteLater()
