"""The Workshop menu's actions (timer and dot voting), each with an `objectName`.

Kept apart from `actions.py` (the editor's own commands) so the workshop tools stay one feature;
the window lists them in Help ▸ Keyboard Shortcuts with the rest. Shortcuts are documented in
docs/shortcuts.md. Texts follow the interface language (`LanguageChange`).
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from canvas_app.ui.labels import fill
from canvas_app.ui.workshop_timer import PRESET_MINUTES

MENU_NAME = "menu_workshop"
TIMER_MENU_NAME = "menu_timer_presets"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopActions", text)


def menu_titles() -> dict[str, str]:
    return {MENU_NAME: _tr("Wo&rkshop"), TIMER_MENU_NAME: _tr("Start Timer &For")}


class WorkshopActions(QObject):
    """The workshop actions as attributes, owned by the window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._by_name: dict[str, QAction] = {}
        self._all: list[QAction] = []
        self._define()

    def all(self) -> list[QAction]:
        return list(self._all)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._define()
            titles = menu_titles()
            for menu in self._window.findChildren(QMenu):
                if menu.objectName() in titles:
                    menu.setTitle(titles[menu.objectName()])
        return super().event(event)

    def _define(self) -> None:
        # -- timer
        self.timer_start = self._make("action_timer_start", _tr("&Start Timer…"),
                                      ["Ctrl+Shift+T"],
                                      _tr("Start a countdown: 1, 3, 5, 10 minutes or your own"))
        self.timer_toggle = self._make("action_timer_toggle", _tr("&Pause or Resume Timer"),
                                       ["Ctrl+T"],
                                       _tr("Pause the countdown, resume it, or start it again"))
        self.timer_add1 = self._make("action_timer_add1", _tr("Add &1 Minute"), ["F7"],
                                     _tr("Give one more minute"))
        self.timer_add5 = self._make("action_timer_add5", _tr("Add &5 Minutes"), ["Shift+F7"],
                                     _tr("Give five more minutes"))
        self.timer_reset = self._make("action_timer_reset", _tr("&Reset Timer"), ["Ctrl+F7"],
                                      _tr("Stop the countdown and hide the timer"))
        self.timer_corner = self._make("action_timer_corner", _tr("&Move Timer to Next Corner"),
                                       [], _tr("Move the timer to the next corner of the board, "
                                               "clockwise (it can also be dragged)"))
        locale = QLocale()
        self.timer_presets: dict[int, QAction] = {}
        for minutes in PRESET_MINUTES:
            text = fill(_tr("%1 Minutes") if minutes != 1 else _tr("1 Minute"),
                        locale.toString(minutes))
            self.timer_presets[minutes] = self._make(
                f"action_timer_preset_{minutes}", text, [],
                fill(_tr("Start a %1-minute countdown"), locale.toString(minutes)))
        self._define_voting()

    def voting_actions(self) -> dict[str, QAction]:
        """The voting actions by short name (the Votes panel shows them as buttons)."""
        return {"start": self.vote_start, "next": self.vote_next, "end": self.vote_end,
                "reset": self.vote_reset, "clicking": self.vote_clicking,
                "highlight": self.vote_highlight}

    def votes_title(self) -> str:
        """The Votes panel's title."""
        return _tr("Votes")

    def board_actions(self) -> list[QAction]:
        """Actions whose keys (+, −) act only while the board has the focus: elsewhere they
        are typed."""
        return [self.vote_place, self.vote_take_back]

    def _define_voting(self) -> None:
        self.vote_start = self._make("action_vote_start", _tr("Start &Dot Voting…"), ["F9"],
                                     _tr("Start a voting session: dots per participant and "
                                         "who votes"))
        self.vote_next = self._make("action_vote_next", _tr("&Next Voter"), ["Ctrl+Shift+N"],
                                    _tr("Hand the dots over to the next participant"))
        self.vote_clicking = self._make("action_vote_clicking", _tr("&Vote by Clicking Notes"),
                                        [], _tr("While on, a click on a note places a dot of "
                                                "the current voter"))
        self.vote_clicking.setCheckable(True)
        self.vote_place = self._make("action_vote_place", _tr("Place a D&ot"), ["+", "="],
                                     _tr("Place a dot of the current voter on the selected note"))
        self.vote_take_back = self._make("action_vote_take_back", _tr("&Take Back a Dot"), ["-"],
                                         _tr("Take a dot of the current voter back from the "
                                             "selected note"))
        self.vote_highlight = self._make("action_vote_highlight", _tr("&Highlight Top Votes"),
                                         ["Ctrl+Shift+H"],
                                         _tr("Highlight the most voted notes and dim the others"))
        self.vote_highlight.setCheckable(True)
        self.vote_reset = self._make("action_vote_reset", _tr("Reset Vot&es"), [],
                                     _tr("Set every note's votes and every participant's dots "
                                         "back to zero"))
        self.vote_end = self._make("action_vote_end", _tr("End Dot Votin&g"), ["Shift+F9"],
                                   _tr("End the session; the notes keep their votes"))
        self.vote_panel = self._make("action_vote_panel", _tr("Votes Pane&l"), [],
                                     _tr("Show the tally of votes and the participants"))
        self.vote_panel.setCheckable(True)

    def _make(self, name: str, text: str, keys: Sequence[str], tip: str) -> QAction:
        action = self._by_name.get(name)
        if action is None:
            action = QAction(text, self._window)
            action.setObjectName(name)
            if keys:
                action.setShortcuts([QKeySequence(key) for key in keys])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._by_name[name] = action
            self._all.append(action)
        else:
            action.setText(text)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action
