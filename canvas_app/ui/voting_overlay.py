"""The current voter, shown over the board while dot voting (bottom-left corner): whose turn it
is, how many dots they have left, and what to do — legible on the shared screen.

The editor's panel has a "Next voter" button; the audience window's has none.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QVBoxLayout

from canvas_app.ui.board_overlay import BoardOverlay, Corner, no_focus
from canvas_app.ui.labels import fill
from canvas_app.ui.voting_session import VotingController

NAME_SHARE = 0.036  # of the viewport height: ~39 px on a 1080-line projector
MIN_NAME_PX = 22
MAX_NAME_PX = 96
MESSAGE_MS = 2500
_BACKGROUND = QColor(20, 24, 32, 225)
_DONE_BACKGROUND = QColor("#2E7D32")
_DOT = "●"
_EMPTY_DOT = "○"
_MAX_DRAWN_DOTS = 12


class VotingOverlay(BoardOverlay):
    """Shows the current voter of `voting` over `view` while voting by clicking is on."""

    def __init__(self, view: QAbstractScrollArea, voting: VotingController,
                 controls: bool = True) -> None:
        super().__init__(view, Corner.BOTTOM_LEFT)
        self.setObjectName("voting_overlay")
        self._voting = voting
        self.name_label = QLabel(self)
        self.name_label.setObjectName("voting_voter")
        self.dots_label = QLabel(self)
        self.dots_label.setObjectName("voting_dots")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("voting_hint")
        for label in (self.name_label, self.dots_label, self.hint_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # voter names are user text
            label.setStyleSheet("color: #FFFFFF; background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 12)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.dots_label)
        layout.addWidget(self.hint_label)
        self.next_button: Optional[QPushButton] = None
        if controls:
            self.next_button = QPushButton(self)
            self.next_button.setObjectName("voting_next")
            no_focus(self.next_button)
            self.next_button.clicked.connect(voting.next_voter)
            layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._message = ""
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self._clear_message)
        voting.changed.connect(self.refresh)
        voting.refused.connect(self.show_message)
        self._scale_text()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def show_message(self, text: str) -> None:
        """Say for a moment why a click did nothing."""
        self._message = text
        self._message_timer.start()
        self.refresh()

    def _clear_message(self) -> None:
        self._message = ""
        self.refresh()

    def finished(self) -> bool:
        """The current voter has used all their dots."""
        return self._voting.current_voter() is not None and self._voting.dots_left() <= 0

    def refresh(self) -> None:
        voting = self._voting
        voter = voting.current_voter()
        session = voting.session
        if not voting.active or voter is None or session is None:
            self.hide()
            return
        locale = QLocale()
        left = voting.dots_left()
        total = session.dots_per_participant
        self.name_label.setText(fill(self.tr("Voting: %1"), voter.name))
        drawn = "" if total > _MAX_DRAWN_DOTS else \
            " " + _DOT * left + _EMPTY_DOT * (total - left)
        self.dots_label.setText(fill(self.tr("%1 of %2 dots left"), locale.toString(left),
                                     locale.toString(total)) + drawn)
        if self._message:
            hint = self._message
        elif left <= 0:
            hint = fill(self.tr("%1 has used all their dots: next voter, please"), voter.name)
        else:
            # The keys too: the hint is also the panel's accessible description.
            hint = self.tr("Click a note, or press + on the selected one, to place a dot\n"
                           "Shift+click, right-click or − takes one back")
        self.hint_label.setText(hint)
        if self.next_button is not None:
            self.next_button.setText(self.tr("Next Voter ▸"))
            self.next_button.setAccessibleName(self.tr("Next voter"))
        self.setAccessibleName(self.tr("Dot voting"))
        self.setAccessibleDescription(" ".join((self.name_label.text(), self.dots_label.text(),
                                                hint)))
        if not self.isVisible():
            self._scale_text()
            self.show()
        self.update()
        self.relayout()

    def _scale_text(self) -> None:
        size = int(min(MAX_NAME_PX, max(MIN_NAME_PX, self.viewport_height() * NAME_SHARE)))
        big = QFont(self.font())
        big.setPixelSize(size)
        big.setBold(True)
        self.name_label.setFont(big)
        middle = QFont(self.font())
        middle.setPixelSize(max(16, size * 7 // 10))
        self.dots_label.setFont(middle)
        small = QFont(self.font())
        small.setPixelSize(max(13, size * 2 // 5))
        self.hint_label.setFont(small)

    def resized(self) -> None:
        self._scale_text()
        self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_DONE_BACKGROUND if self.finished() else _BACKGROUND)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 12.0, 12.0)
        painter.end()
