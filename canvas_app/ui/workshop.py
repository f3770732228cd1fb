"""The window's workshop tools: the countdown timer, dot voting (the controller, the current
voter's overlay, the Votes panel, highlighting the top notes) and the Workshop menu.

The timer is a session tool: it lives as long as the window and is never saved in the map. The
voting session and the votes are in the map; whose turn it is is not. `attach(view)` puts
button-less timer and voter overlays over another board view — the audience window uses it — so
every screen shows the same countdown and the same current voter.

Only the actions, the menu and the countdown's clock are made with the window; the overlays, the
voting controller and the Votes panel are made (and their modules imported) when first needed,
so the workshop tools add next to nothing to start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDockWidget, QMainWindow, QMenu

from canvas_app.document.change_set import ChangeSet
from canvas_app.scene.board_view import BoardView
from canvas_app.ui.board_overlay import Corner
from canvas_app.ui.workshop_actions import MENU_NAME, TIMER_MENU_NAME, WorkshopActions, menu_titles
from canvas_app.ui.workshop_timer import TimerState, WorkshopTimer

if TYPE_CHECKING:
    from canvas_app.ui.timer_overlay import TimerOverlay
    from canvas_app.ui.voting_overlay import VotingOverlay
    from canvas_app.ui.voting_session import VotingController

Overlay = Union["TimerOverlay", "VotingOverlay"]

# Where the facilitator last put the timer (a corner's value), for every window and session.
TIMER_CORNER_KEY = "workshop/timer_corner"
BEEPS = 3
BEEP_GAP_MS = 350


class Workshop:
    """Owns the timer, its overlays and the Workshop menu of one main window."""

    def __init__(self, window: QMainWindow, view: BoardView) -> None:
        self._window = window
        self._view = view
        self.actions = WorkshopActions(window)
        board_only = self.actions.board_actions()
        window.addActions([a for a in self.actions.all() if a not in board_only])
        for action in board_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addActions(board_only)
        self.timer = WorkshopTimer(window)
        self._timer_overlay: Optional["TimerOverlay"] = None
        self._voting: Optional["VotingController"] = None
        self._voting_overlay: Optional["VotingOverlay"] = None
        self.audience_overlays: list[Overlay] = []
        self.votes_dock: Optional[QDockWidget] = None  # made when first shown (start-up cost)
        self.top_count = 3  # how many notes "Highlight Top Votes" keeps lit
        self.beeps = 0  # how many alarm beeps were sounded (the tests read it)
        self.menu = self._build_menu()
        self._connect()
        self._update_voting_actions()

    def _connect(self) -> None:
        a, timer = self.actions, self.timer
        a.timer_start.triggered.connect(self.ask_timer)
        a.timer_toggle.triggered.connect(timer.toggle)
        a.timer_add1.triggered.connect(lambda: timer.add(60))
        a.timer_add5.triggered.connect(lambda: timer.add(300))
        a.timer_reset.triggered.connect(timer.reset)
        a.timer_corner.triggered.connect(lambda: self.set_timer_corner(self.timer_corner().next()))
        for minutes, action in a.timer_presets.items():
            action.triggered.connect(lambda _=False, m=minutes: timer.start(m * 60))
        timer.finished.connect(self._sound_alarm)
        timer.changed.connect(self._timer_changed)
        a.vote_start.triggered.connect(self.ask_voting)
        a.vote_next.triggered.connect(lambda: self.voting.next_voter())
        a.vote_clicking.toggled.connect(lambda on: self.voting.set_clicks_vote(on))
        a.vote_place.triggered.connect(lambda: self.voting.place_on_selection())
        a.vote_take_back.triggered.connect(lambda: self.voting.take_back_from_selection())
        a.vote_reset.triggered.connect(self._reset_votes)
        a.vote_end.triggered.connect(lambda: self.voting.end())
        a.vote_highlight.toggled.connect(self._highlight_toggled)
        a.vote_panel.triggered.connect(self.show_votes_panel)
        self._view.document.changed.connect(self._document_changed)
        a.vote_panel.changed.connect(self._title_dock)
        search = getattr(getattr(self._window, "panels", None), "search", None)
        if search is not None:
            # A new search takes the board's highlight over from the top votes.
            search.highlight_changed.connect(lambda _ids: a.vote_highlight.setChecked(False))

    def _build_menu(self) -> QMenu:
        a = self.actions
        titles = menu_titles()
        bar = self._window.menuBar()
        # The start-up window's menu bar has the menu already, titled but empty (menus.title_menus).
        menu = bar.findChild(QMenu, MENU_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        if menu is None:
            menu = QMenu(titles[MENU_NAME], bar)
            menu.setObjectName(MENU_NAME)
            help_menu = bar.findChild(QMenu, "menu_help")
            if help_menu is not None:
                bar.insertMenu(help_menu.menuAction(), menu)
            else:
                bar.addMenu(menu)
        presets = menu.addMenu(titles[TIMER_MENU_NAME])
        presets.setObjectName(TIMER_MENU_NAME)
        presets.addActions(list(a.timer_presets.values()))
        menu.addActions([a.timer_start, a.timer_toggle, a.timer_add1, a.timer_add5,
                         a.timer_reset, a.timer_corner])
        menu.addSeparator()
        menu.addActions([a.vote_start, a.vote_next, a.vote_clicking, a.vote_place,
                         a.vote_take_back, a.vote_highlight, a.vote_reset, a.vote_end])
        menu.addSeparator()
        menu.addAction(a.vote_panel)
        return menu

    # -- made when first needed ----------------------------------------------------------------

    @property
    def timer_overlay(self) -> "TimerOverlay":
        """The countdown over the editor's board (with its buttons)."""
        if self._timer_overlay is None:
            from canvas_app.ui.timer_overlay import TimerOverlay

            self._timer_overlay = TimerOverlay(self._view, self.timer, controls=True,
                                               corner=self.timer_corner())
            self._timer_overlay.corner_chosen.connect(self.set_timer_corner)
        return self._timer_overlay

    def timer_corner(self) -> Corner:
        """The corner the timer sits in: the one stored last, top right at first."""
        settings = getattr(self._window, "settings", None)
        value = settings.value(TIMER_CORNER_KEY) if settings is not None else None
        try:
            return Corner(value)
        except ValueError:  # nothing stored yet, or a value from elsewhere
            return Corner.TOP_RIGHT

    def set_timer_corner(self, corner: Corner) -> None:
        """Put every timer overlay (this window's, the audience's) in `corner`, and remember it."""
        settings = getattr(self._window, "settings", None)
        if settings is not None:
            settings.setValue(TIMER_CORNER_KEY, corner.value)
        from canvas_app.ui.timer_overlay import TimerOverlay

        for overlay in (self._timer_overlay, *self.audience_overlays):
            if isinstance(overlay, TimerOverlay):
                overlay.set_corner(corner)

    def _timer_changed(self) -> None:
        if self._timer_overlay is None and self.timer.state is not TimerState.IDLE:
            self.timer_overlay.refresh()

    @property
    def voting(self) -> "VotingController":
        """Dot voting on the editor's board (whose turn it is, clicks on notes)."""
        if self._voting is None:
            self._make_voting()
        assert self._voting is not None
        return self._voting

    @property
    def voting_overlay(self) -> "VotingOverlay":
        """The current voter over the editor's board (with its Next Voter button)."""
        if self._voting_overlay is None:
            self._make_voting()
        assert self._voting_overlay is not None
        return self._voting_overlay

    def _make_voting(self) -> None:
        from canvas_app.ui.voting_overlay import VotingOverlay
        from canvas_app.ui.voting_session import VotingController

        self._voting = VotingController(self._view)
        self._voting_overlay = VotingOverlay(self._view, self._voting, controls=True)
        self._voting.changed.connect(self._update_voting_actions)

    # -- timer -------------------------------------------------------------------------------

    def ask_timer(self) -> None:
        """Ask for a duration (presets or custom) and start the countdown."""
        from canvas_app.ui.timer_dialog import TimerDialog

        dialog = TimerDialog(int(self.timer.duration) or 300, self._window)
        from canvas_app.ui import prompts  # (its dialogs load with the first one shown)

        if prompts.run_dialog(dialog):
            self.timer.start(dialog.seconds())
        dialog.deleteLater()

    def attach(self, view: QAbstractScrollArea) -> list[Overlay]:
        """Show this window's countdown and current voter over another board view too (the
        audience window's), without buttons."""
        return [self.attach_timer(view), self.attach_voting(view)]

    def attach_timer(self, view: QAbstractScrollArea) -> "TimerOverlay":
        """Show this window's countdown over another board view too (without buttons)."""
        from canvas_app.ui.timer_overlay import TimerOverlay

        overlay = TimerOverlay(view, self.timer, controls=False, corner=self.timer_corner())
        overlay.corner_chosen.connect(self.set_timer_corner)
        self._keep(overlay)
        return overlay

    def attach_voting(self, view: QAbstractScrollArea) -> "VotingOverlay":
        """Show the current voter over another board view too (without buttons)."""
        from canvas_app.ui.voting_overlay import VotingOverlay

        overlay = VotingOverlay(view, self.voting, controls=False)
        self._keep(overlay)
        return overlay

    def _keep(self, overlay: Overlay) -> None:
        self.audience_overlays.append(overlay)
        overlay.destroyed.connect(lambda: self._forget(overlay))

    def _forget(self, overlay: Overlay) -> None:
        if overlay in self.audience_overlays:
            self.audience_overlays.remove(overlay)

    # -- voting ------------------------------------------------------------------------------

    def ask_voting(self) -> None:
        """Ask how the session runs, start it (one undo step) and show the Votes panel."""
        from canvas_app.ui.voting_dialog import VotingDialog

        journey = self._view.document.journey
        dialog = VotingDialog(any(note.votes for note in journey.notes), self._window)
        from canvas_app.ui import prompts  # (its dialogs load with the first one shown)

        if prompts.run_dialog(dialog):
            self.voting.start(dialog.dots(), dialog.names(), dialog.clear_votes())
            self.show_votes_panel()
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()

    def _reset_votes(self) -> None:
        self._view.editor.reset_votes()

    def _update_voting_actions(self) -> None:
        a = self.actions
        running = self._view.document.journey.voting is not None
        clicking = self._voting is not None and self._voting.clicks_vote
        for action in (a.vote_next, a.vote_clicking, a.vote_end):
            action.setEnabled(running)
        for action in (a.vote_place, a.vote_take_back):
            action.setEnabled(running)
        blocked = a.vote_clicking.blockSignals(True)
        a.vote_clicking.setChecked(clicking and running)
        a.vote_clicking.blockSignals(blocked)

    def show_votes_panel(self) -> QDockWidget:
        """Show (making it the first time) the Votes panel."""
        dock = self.votes_dock
        if dock is None:
            dock = self._make_votes_dock()
        dock.show()
        dock.raise_()
        return dock

    def _make_votes_dock(self) -> QDockWidget:
        from canvas_app.ui.voting_panel import VotingPanel

        window = self._window
        panel = VotingPanel(self.voting, self.actions.voting_actions(), window)
        panel.note_chosen.connect(self._show_note)
        panel.top_spin.setValue(self.top_count)
        panel.top_spin.valueChanged.connect(self._set_top_count)
        dock = QDockWidget(window)
        dock.setObjectName("dock_votes")
        dock.setWidget(panel)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        # Where the saved layout had it; else a tab beside Find and Filter and History.
        if not window.restoreDockWidget(dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            docks = getattr(getattr(window, "panels", None), "docks", {})
            if "history" in docks:
                window.tabifyDockWidget(docks["history"], dock)
        dock.visibilityChanged.connect(self.actions.vote_panel.setChecked)
        self.votes_dock = dock
        self.votes_panel = panel
        self._title_dock()
        return dock

    def _title_dock(self) -> None:
        if self.votes_dock is not None:
            self.votes_dock.setWindowTitle(self.actions.votes_title())

    def _show_note(self, note_id: str) -> None:
        view = self._view
        if note_id in view.board_scene.notes:
            view.select_notes([note_id])
            view.ensure_readable(view.board_scene.notes[note_id].sceneBoundingRect())

    def _set_top_count(self, count: int) -> None:
        self.top_count = count
        if self.actions.vote_highlight.isChecked():
            self._apply_highlight()

    def _highlight_toggled(self, on: bool) -> None:
        if on:
            self._apply_highlight()
        else:
            search = getattr(getattr(self._window, "panels", None), "search", None)
            self._view.set_highlight(search.highlight() if search is not None else None)

    def _apply_highlight(self) -> None:
        from canvas_app.ui.voting_panel import top_voted

        self._view.set_highlight(top_voted(self._view.document.journey, self.top_count))

    def _document_changed(self, change: ChangeSet) -> None:
        if change.reset or "voting" in change.properties:
            self._update_voting_actions()
        if change.reset:
            self.actions.vote_highlight.setChecked(False)
        elif self.actions.vote_highlight.isChecked() and change.notes:
            self._apply_highlight()

    def _sound_alarm(self, remaining: Optional[int] = None) -> None:
        """A few beeps where the system has a bell (none offscreen; the flashing panel says it
        anyway). PySide6-Essentials ships no QtMultimedia, so the bell is QApplication.beep."""
        left = BEEPS if remaining is None else remaining
        if left <= 0:
            return
        QApplication.beep()
        self.beeps += 1
        if left > 1:
            QTimer.singleShot(BEEP_GAP_MS, lambda: self._sound_alarm(left - 1))
