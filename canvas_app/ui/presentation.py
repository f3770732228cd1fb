"""Presentation mode: the board for the room, stepped stage by stage and lane by lane.

F5 starts it. With one screen, the editor window itself goes full screen with every piece of
chrome hidden (menu bar, toolbar, docks, status bar) and its board switches to the audience
map (hidden notes absent) — editing stays possible: double-click edits a note, the window's
shortcuts keep working. With a second screen, the audience window (ui/audience_window.py) opens
full screen on the other screen and is stepped there, while the laptop keeps the editor with
its panels. Escape (or F5 again) leaves and restores the chrome, the window state and the zoom.

Both use the projector theme while presenting: the board's high-contrast drawing
(scene/screen_style.py: black text, black borders, darker grid) on a near-black surround, and a
shade dimming all but the current stage (scene/presentation_shade.py).

Keys on the presenting board: Right/Left step stage by stage, Down/Up lane by lane within the
stage, Home shows the whole map — while no note is selected and no note is being edited (with a
selection the arrows keep moving between notes; Escape first clears the selection, then leaves).
Page Down/Page Up (what presentation clickers send) step stages from anywhere in the window,
Shift+Page Down/Up lanes. The zoom of each step follows scene/presentation_steps.py (the 2.5 %
legibility floor).

Other features reach the audience view through `audience_view_created(view)` (emitted each time
an audience window is made) or `audience_view()` (None when no window is open).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QByteArray, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from canvas_app.document import Document, Editor
from canvas_app.scene import presentation_steps as steps
from canvas_app.scene import screen_style
from canvas_app.scene.board_view import BoardView
from canvas_app.scene.check_badges import AUDIENCE_PROPERTY
from canvas_app.scene.layout_painter import qrect
from canvas_app.scene.lane_rail import LaneRail
from canvas_app.scene.presentation_shade import PresentationShade
from canvas_app.scene.presentation_steps import Step
from canvas_app.scene.viewport import CANVAS_COLOR
from canvas_app.ui.actions import Actions
from canvas_app.ui.audience_window import PROJECTOR_BACKGROUND, AudienceWindow
from canvas_app.ui.presentation_caption import PresentationCaption

_STATE_VERSION = 7301  # saveState version of the chrome kept while presenting


@dataclass
class _Saved:
    """What presenting on the editor window changes, to put back on leaving."""

    window_state: Qt.WindowState
    dock_state: QByteArray
    menu_bar: bool
    status_bar: bool
    zoom: float
    center: QPointF
    scroll_policies: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]


class Presentation(QObject):
    """Presentation mode of one main window. Signals: `active_changed(bool)`,
    `step_changed(object)` (a presentation_steps.Step), `audience_view_created(object)` (the
    AudienceView of a new audience window)."""

    active_changed = Signal(bool)
    step_changed = Signal(object)
    audience_view_created = Signal(object)

    def __init__(self, window: QMainWindow, view: BoardView, document: Document, editor: Editor,
                 actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._document = document
        self._editor = editor
        self._actions = actions
        self._audience: Optional[AudienceWindow] = None
        self._audience_opened_by_start = False
        self._target: Optional[BoardView] = None
        self._saved: Optional[_Saved] = None
        self._high_contrast_before = False
        self._step = Step(0)
        self._shades: dict[int, PresentationShade] = {}
        self._rails: dict[int, LaneRail] = {}
        self._captions: dict[int, PresentationCaption] = {}
        self._reapply = QTimer(self)
        self._reapply.setSingleShot(True)
        self._reapply.setInterval(0)
        self._reapply.timeout.connect(self._apply)
        a = actions
        a.present.triggered.connect(self.toggle)
        a.audience_window.triggered.connect(self.toggle_audience_window)
        a.next_stage.triggered.connect(lambda: self.step_stage(1))
        a.previous_stage.triggered.connect(lambda: self.step_stage(-1))
        a.next_lane.triggered.connect(lambda: self.step_lane(1))
        a.previous_lane.triggered.connect(lambda: self.step_lane(-1))
        a.whole_map.triggered.connect(self.show_whole_map)
        self._enable_steps(False)
        # Closing the window while presenting first leaves the presentation, so the window
        # saves its real layout (docks, toolbar), not the presentation's bare one.
        window.installEventFilter(self)

    # -- state -------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._target is not None

    @property
    def step(self) -> Step:
        return self._step

    def presenting_view(self) -> Optional[BoardView]:
        """The board the room sees while presenting (None when not presenting)."""
        return self._target

    def audience_view(self) -> Optional[BoardView]:
        """The audience window's board, if that window is open."""
        return self._audience.view if self._audience is not None else None

    def audience_window(self) -> Optional[AudienceWindow]:
        return self._audience

    def other_screen(self) -> Optional[QScreen]:
        """A screen other than the editor window's (the projector), if one is attached."""
        own = self._window.screen()
        for screen in QGuiApplication.screens():
            if screen is not own:
                return screen
        return None

    # -- the audience window -----------------------------------------------------------------

    def open_audience_window(self, full_screen: Optional[bool] = None) -> AudienceWindow:
        """Open (or raise) the audience window: full screen on the other screen when there is
        one, otherwise a window on this screen (for rehearsal)."""
        if self._audience is None:
            window = AudienceWindow(self._document, self._editor, self._window)
            window.closed.connect(self._audience_closed)
            self._audience = window
            window.view.installEventFilter(self)
            self._theme_view(window.view, self.active)
            self.audience_view_created.emit(window.view)
        other = self.other_screen()
        self._audience.show_on(other if other is not None else self._window.screen(),
                               other is not None if full_screen is None else full_screen)
        self._actions.audience_window.setChecked(True)
        if not self.active:
            QTimer.singleShot(0, self._fit_audience)
        return self._audience

    def close_audience_window(self) -> None:
        if self._audience is not None:
            self._audience.close()

    def toggle_audience_window(self) -> None:
        if self._audience is None:
            self.open_audience_window()
        else:
            self.close_audience_window()

    def _audience_closed(self) -> None:
        window, self._audience = self._audience, None
        self._actions.audience_window.setChecked(False)
        if window is not None and self._target is window.view:
            self._target = None  # the room's screen went away: presentation ends with it
            self._audience_opened_by_start = False
            self._finish()

    def _fit_audience(self) -> None:
        if self._audience is not None and not self.active:
            self._frame(self._audience.view, steps.WHOLE_MAP, shade=False)

    # -- starting and leaving ----------------------------------------------------------------

    def toggle(self) -> None:
        if self.active:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        """Present: on the other screen if there is one, else full screen on this window."""
        if self.active:
            return
        self._high_contrast_before = screen_style.high_contrast()
        screen_style.set_high_contrast(True)
        if self.other_screen() is not None:
            self._audience_opened_by_start = self._audience is None
            self._target = self.open_audience_window(full_screen=True).view
        else:
            self._target = self._view
            self._present_on_editor()
        for view in self._views():
            self._theme_view(view, True)
        self._enable_steps(True)
        self._actions.present.setChecked(True)
        self._step = Step(0)
        self._target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._apply()
        self.active_changed.emit(True)

    def stop(self) -> None:
        """Leave presentation mode, putting back the chrome, the window state and the zoom."""
        if not self.active:
            return
        target, self._target = self._target, None
        if target is not None and self._audience is not None and target is self._audience.view \
                and self._audience_opened_by_start:
            self._audience_opened_by_start = False
            self._audience.close()  # _audience_closed sees no target: _finish runs below
        self._finish()

    def _finish(self) -> None:
        screen_style.set_high_contrast(self._high_contrast_before)
        if self._saved is not None:
            self._leave_editor()
        for view in self._views() + [self._view]:
            self._theme_view(view, False)
        for item in [*self._shades.values(), *self._rails.values()]:
            item.setVisible(False)
        for caption in self._captions.values():
            caption.hide()
        self._enable_steps(False)
        self._actions.present.setChecked(False)
        if self._audience is not None:
            self._fit_audience()
        self.active_changed.emit(False)

    def _views(self) -> list[BoardView]:
        views: list[BoardView] = []
        if self._target is not None:
            views.append(self._target)
        if self._audience is not None and self._audience.view not in views:
            views.append(self._audience.view)
        return views

    def _present_on_editor(self) -> None:
        window, view = self._window, self._view
        self._saved = _Saved(
            window_state=window.windowState(),
            dock_state=window.saveState(_STATE_VERSION),
            menu_bar=window.menuBar().isVisible(),
            status_bar=window.statusBar().isVisible(),
            zoom=view.zoom(),
            center=view.mapToScene(view.viewport().rect().center()),
            scroll_policies=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()))
        start_mode = getattr(window, "start_mode", None)
        if start_mode is not None:
            start_mode.show_board()
        window.menuBar().hide()
        window.statusBar().hide()
        for child in window.findChildren(QWidget):
            if child.parent() is window and child.objectName().startswith(("toolbar_", "dock_")):
                child.hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.board_scene.set_audience(True)
        view.setProperty(AUDIENCE_PROPERTY, True)  # editor-only badges paint nothing for the room
        view.installEventFilter(self)
        window.showFullScreen()

    def _leave_editor(self) -> None:
        saved, self._saved = self._saved, None
        assert saved is not None
        window, view = self._window, self._view
        view.removeEventFilter(self)
        view.board_scene.set_audience(False)
        view.setProperty(AUDIENCE_PROPERTY, False)
        view.setHorizontalScrollBarPolicy(saved.scroll_policies[0])
        view.setVerticalScrollBarPolicy(saved.scroll_policies[1])
        window.setWindowState(saved.window_state)
        window.menuBar().setVisible(saved.menu_bar)
        window.restoreState(saved.dock_state, _STATE_VERSION)
        window.statusBar().setVisible(saved.status_bar)
        view.set_zoom(saved.zoom)
        view.centerOn(saved.center)
        # The window manager gives the window its size back a moment later: centre again then.
        QTimer.singleShot(120, view, lambda: view.centerOn(saved.center))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _theme_view(self, view: BoardView, presenting: bool) -> None:
        """The projector look: a dark surround (the board itself drawn in high contrast)."""
        scene = view.board_scene
        dark = presenting or scene.clean
        scene.setBackgroundBrush(QColor(PROJECTOR_BACKGROUND if dark else CANVAS_COLOR))
        for item in scene.board_items():
            item.update()
        scene.set_highlight(scene.highlight)  # redraws the overview picture too
        view.viewport().update()

    # -- stepping ----------------------------------------------------------------------------

    def _enable_steps(self, on: bool) -> None:
        for action in self._actions.step_actions():
            action.setEnabled(on)

    def go(self, step: Step) -> None:
        """Show `step` (clamped to the map) on the presenting board."""
        if self._target is None:
            return
        self._step = steps.clamp(self._target.board_scene.layout, step)
        self._follow(self._target, self._step)
        self._apply()
        self.step_changed.emit(self._step)

    @staticmethod
    def _follow(view: BoardView, step: Step) -> None:
        """Make the shown stage (and lane) the board's current cell, so the board's accessible
        description, read by screen readers, names where the presentation is, and a note added
        with Ins lands in the stage the room is looking at."""
        if step.stage is None:
            return
        scene = view.board_scene
        layout = scene.layout
        stage_id = layout.stages[step.stage].stage_id
        current = scene.current_cell()
        if step.lane is not None:
            lane_id = layout.lanes[step.lane].lane_id
        elif current is not None:
            lane_id = current[1]
        elif layout.lanes:
            lane_id = layout.lanes[0].lane_id
        else:
            return
        if current != (stage_id, lane_id):
            scene.set_current_cell(stage_id, lane_id)

    def step_stage(self, offset: int) -> None:
        if self._target is not None:
            self.go(steps.next_stage(self._target.board_scene.layout, self._step, offset))

    def step_lane(self, offset: int) -> None:
        if self._target is not None:
            self.go(steps.next_lane(self._target.board_scene.layout, self._step, offset))

    def show_whole_map(self) -> None:
        self.go(steps.WHOLE_MAP)

    def current_frame(self) -> Optional[steps.Frame]:
        """The frame the presenting board shows now (None when not presenting)."""
        view = self._target
        if view is None:
            return None
        viewport = view.viewport().rect()
        return steps.frame_for(view.board_scene.layout, self._step, viewport.width(),
                               viewport.height())

    def _apply(self) -> None:
        if self._target is not None:
            self._frame(self._target, self._step, shade=True)
        else:
            self._fit_audience()  # an audience window between presentations shows the map

    def _frame(self, view: BoardView, step: Step, shade: bool) -> None:
        viewport = view.viewport().rect()
        if viewport.isEmpty():
            return
        scene = view.board_scene
        frame = steps.frame_for(scene.layout, step, viewport.width(), viewport.height())
        view.zoomer.set(frame.zoom, None, largest=steps.PRESENTATION_MAX_ZOOM)
        view.centerOn(frame.center_x, frame.center_y)
        item = self._shades.get(id(scene))
        if item is None or item.scene() is not scene:
            item = PresentationShade()
            scene.addItem(item)
            self._shades[id(scene)] = item
        item.set_lit(scene.sceneRect(), [qrect(rect) for rect in frame.lit] if shade else [])
        self._show_rail(view, step, frame, shade)
        caption = self._captions.get(id(view))
        if caption is None:
            caption = self._captions[id(view)] = PresentationCaption(view.viewport())
        if shade:
            caption.show_step(scene.layout, step)
        else:
            caption.hide()

    def _show_rail(self, view: BoardView, step: Step, frame: steps.Frame, shade: bool) -> None:
        """Keep the lane titles on screen when the board's own lane headers are off it."""
        scene = view.board_scene
        rail = self._rails.get(id(scene))
        if rail is None or rail.scene() is not scene:
            rail = LaneRail()
            scene.addItem(rail)
            self._rails[id(scene)] = rail
        layout = scene.layout
        left = view.mapToScene(view.viewport().rect().topLeft()).x()
        column = layout.stages[step.stage].rect if step.stage is not None and layout.stages \
            else None
        fits = column is not None and left + layout.lane_header_width <= column.x
        if shade and fits and left > 1.0:
            rail.show_at(layout, left, step.lane)
        else:
            rail.setVisible(False)

    # -- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self._window and self.active:
            self.stop()
        elif kind == QEvent.Type.Resize and watched in (self._target, self.audience_view()):
            self._reapply.start()
        elif kind == QEvent.Type.KeyPress and isinstance(watched, BoardView):
            assert isinstance(event, QKeyEvent)
            if self._target is not None and watched is self._target:
                return self._key(watched, event)
            if watched is self.audience_view() and event.key() == Qt.Key.Key_Escape:
                self.close_audience_window()
                return True
        return super().eventFilter(watched, event)

    def _key(self, view: BoardView, event: QKeyEvent) -> bool:
        """Stepping keys on the presenting board; True when used."""
        if view.inline_editor.active:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        # A clicker's Page keys: on the editor window its actions take them first; the audience
        # window (a window of its own) gets them here.
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and modifiers in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            offset = 1 if key == Qt.Key.Key_PageDown else -1
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                self.step_lane(offset)
            else:
                self.step_stage(offset)
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if view.selected_note_ids():
            return False  # the arrows move between notes; Escape clears the selection first
        if key == Qt.Key.Key_Escape:
            self.stop()
        elif key == Qt.Key.Key_Right:
            self.step_stage(1)
        elif key == Qt.Key.Key_Left:
            self.step_stage(-1)
        elif key == Qt.Key.Key_Down:
            self.step_lane(1)
        elif key == Qt.Key.Key_Up:
            self.step_lane(-1)
        elif key == Qt.Key.Key_Home:
            self.show_whole_map()
        else:
            return False
        return True
