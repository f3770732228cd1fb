"""Dot voting on the board: whose turn it is, and what a click on a note means while voting.

While a session runs and "Vote by Clicking Notes" is on, a click on a note places one of the
current voter's dots on it; Shift+click or a right-click takes one of theirs back. Clicks
elsewhere (empty board, headers, scroll bars) work as usual. The facilitator can also record
dots from the keyboard on the selected note (+ and −). The current voter is a session detail,
not saved; the session itself (dots per participant, dots used) and the tallies are in the map.
"""

from __future__ import annotations

import weakref
from typing import Optional

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.commands_votes import dots_by_voter
from canvas_app.document.document import Document
from canvas_app.model.edit_checks import EditError
from canvas_app.model.records import Voter, VotingSession
from canvas_app.scene.board_view import BoardView
from canvas_app.ui.core_messages import error_text
from canvas_app.ui.labels import fill

_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class VotingController(QObject):
    """Turns clicks on notes into dots for the current voter. Signals: `changed()` (session,
    voter or dots changed), `refused(str)` (a dot could not be placed or taken back: why)."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._view_ref = weakref.ref(view)
        self._document = view.document
        self._editor = view.editor
        self._current = 0
        self._clicking = False
        self._swallow_release = False
        self._current = self._first_with_dots()  # a map opened with a session: who is next
        view.viewport().installEventFilter(self)
        this = weakref.ref(self)
        view.document.changed.connect(lambda change: _forward_change(this, change))

    # -- state -------------------------------------------------------------------------------

    @property
    def document(self) -> Document:
        return self._document

    @property
    def session(self) -> Optional[VotingSession]:
        return self._document.journey.voting

    @property
    def active(self) -> bool:
        """A session runs and clicks on notes place dots."""
        return self._clicking and self.session is not None

    @property
    def clicks_vote(self) -> bool:
        return self._clicking

    def set_clicks_vote(self, on: bool) -> None:
        if on != self._clicking:
            self._clicking = on
            if on and self.dots_left() <= 0:
                self._current = self._first_with_dots()
            self.changed.emit()

    @property
    def current_index(self) -> int:
        return self._current

    def current_voter(self) -> Optional[Voter]:
        session = self.session
        if session is None or not session.voters:
            return None
        return session.voters[min(self._current, len(session.voters) - 1)]

    def dots_left(self) -> int:
        session, voter = self.session, self.current_voter()
        if session is None or voter is None:
            return 0
        return session.dots_per_participant - voter.dots_used

    def set_current(self, index: int) -> None:
        session = self.session
        if session is None or not 0 <= index < len(session.voters):
            return
        if index != self._current:
            self._current = index
            self.changed.emit()

    def next_voter(self) -> None:
        session = self.session
        if session is not None and session.voters:
            self._current = (self._current + 1) % len(session.voters)
            self.changed.emit()

    def _first_with_dots(self) -> int:
        session = self.session
        if session is None:
            return 0
        for index, voter in enumerate(session.voters):
            if voter.dots_used < session.dots_per_participant:
                return index
        return 0

    # -- starting and ending -----------------------------------------------------------------

    def start(self, dots_per_participant: int, names: list[str], clear_votes: bool) -> None:
        """Start a session (one undo step) and vote by clicking, first voter first."""
        self._editor.start_voting(dots_per_participant, names, clear_votes)
        self._current = 0
        self._clicking = True
        self.changed.emit()

    def end(self) -> None:
        if self.session is not None:
            self._editor.end_voting()

    # -- dots --------------------------------------------------------------------------------

    def place(self, note_id: str) -> bool:
        """One of the current voter's dots on `note_id`; False (and `refused`) if refused."""
        voter = self.current_voter()
        if voter is None:
            return False
        if self.dots_left() <= 0:
            return self._refuse(fill(self.tr("%1 has used all their dots"), voter.name))
        try:
            self._editor.place_dot(note_id, self._current)
        except EditError as error:
            return self._refuse(error_text(error))
        return True

    def can_take_back(self, note_id: str) -> bool:
        """Whether the current voter has a dot on `note_id`. The history of this session says
        whose dots are where; dots it does not know (placed before the map was opened) may be
        taken back by a voter who has unknown dots, from a note that has unknown dots."""
        session, note = self.session, self._document.journey.note_by_id.get(note_id)
        voter = self.current_voter()
        if session is None or note is None or voter is None or note.votes <= 0:
            return False
        known = dots_by_voter(self._document.undo_stack)
        if known.get((self._current, note_id), 0) > 0:
            return True
        unknown_on_note = note.votes - sum(n for (_, nid), n in known.items() if nid == note_id)
        unknown_of_voter = voter.dots_used - sum(n for (v, _), n in known.items()
                                                 if v == self._current)
        return unknown_on_note > 0 and unknown_of_voter > 0

    def take_back(self, note_id: str) -> bool:
        """One of the current voter's dots back from `note_id`; False (and `refused`) if they
        have none there."""
        voter = self.current_voter()
        if voter is None:
            return False
        if not self.can_take_back(note_id):
            return self._refuse(fill(self.tr("%1 has no dot on this note"), voter.name))
        try:
            self._editor.remove_dot(note_id, self._current)
        except EditError as error:
            return self._refuse(error_text(error))
        return True

    def place_on_selection(self) -> None:
        """The + key: a dot of the current voter on the current (or first selected) note."""
        note_id = self._selected_note()
        if note_id is not None and self.session is not None:
            self.place(note_id)

    def take_back_from_selection(self) -> None:
        note_id = self._selected_note()
        if note_id is not None and self.session is not None:
            self.take_back(note_id)

    def _selected_note(self) -> Optional[str]:
        view = self._view_ref()
        if view is None:
            return None
        scene = view.board_scene
        return scene.current_note or next(iter(scene.selected_ids()), None)

    def _refuse(self, why: str) -> bool:
        QApplication.beep()
        self.refused.emit(why)
        return False

    # -- the board's clicks ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and self._swallow_release:
            self._swallow_release = False
            return True
        if not self.active:
            return False
        if kind == QEvent.Type.ContextMenu:
            return self._note_at(event.pos()) is not None  # type: ignore[attr-defined]
        if kind not in _PRESSES or not isinstance(event, QMouseEvent):
            return False
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False
        note_id = self._note_at(event.position().toPoint())
        if note_id is None:
            return False
        self._swallow_release = True
        view = self._view_ref()
        if view is not None:
            view.select_notes([note_id])
            view.setFocus(Qt.FocusReason.MouseFocusReason)
        if kind == QEvent.Type.MouseButtonDblClick:
            return True  # no in-place editing while voting
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if button == Qt.MouseButton.RightButton or shift:
            self.take_back(note_id)
        else:
            self.place(note_id)
        return True

    def _note_at(self, position) -> Optional[str]:  # type: ignore[no-untyped-def]
        view = self._view_ref()
        if view is None:
            return None
        point = view.board_point(position)  # (a pinned header hides the notes under it)
        box = view.board_scene.index.note_at(point.x(), point.y())
        return box.note_id if box is not None else None

    # -- the document ------------------------------------------------------------------------

    def document_changed(self, change: ChangeSet) -> None:
        session = self.session
        if change.reset:
            # Another map: its session (if any) waits until voting is switched on again.
            self._clicking = False
            self._current = self._first_with_dots()
            self.changed.emit()
        elif "voting" in change.properties or change.notes_updated:
            if session is None:
                self._current = 0
            elif self._current >= len(session.voters):
                self._current = 0
            self.changed.emit()


def _forward_change(this: "weakref.ref[VotingController]", change: ChangeSet) -> None:
    controller = this()
    if controller is not None:
        controller.document_changed(change)
