"""The Votes panel: the session (dots per participant, who has voted how much, whose turn it is),
the live tally of notes by votes, and the voting commands as buttons.

The tally lists every note with votes, most first; ties read in the map language's collation
order (QCollator), numbers are written with QLocale. It is refreshed only while visible.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Note
from canvas_app.ui.labels import fill
from canvas_app.ui.search_sorting import map_collator
from canvas_app.ui.voting_session import VotingController

DEFAULT_TOP = 3
_NOTE_ROLE = Qt.ItemDataRole.UserRole


def tally(journey: JourneyMap) -> list[Note]:
    """Notes with votes, most votes first; ties in the collation order of their text."""
    collator = map_collator(journey.language)
    voted = [note for note in journey.notes if note.votes > 0]
    voted.sort(key=lambda note: collator.sortKey(note.text))
    voted.sort(key=lambda note: -note.votes)  # stable: ties keep the collated order
    return voted


def top_voted(journey: JourneyMap, count: int) -> set[str]:
    """Ids of the notes among the `count` most voted; a tie at the cut includes every note that
    has as many votes as the last one in (so equal notes are never told apart)."""
    ranked = tally(journey)
    if count <= 0 or not ranked:
        return set()
    cut = ranked[min(count, len(ranked)) - 1].votes
    return {note.id for note in ranked if note.votes >= cut}


class VotingPanel(QWidget):
    """Signals: `note_chosen(str)` (a tally row was activated)."""

    note_chosen = Signal(str)

    def __init__(self, voting: VotingController, actions: dict[str, QAction],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting_panel")
        self._voting = voting
        self.summary = QLabel(self)
        self.summary.setObjectName("voting_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.voters = QListWidget(self)
        self.voters.setObjectName("voting_voters")
        self.voters.setMaximumHeight(150)
        self.voters.itemClicked.connect(self._voter_clicked)
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout()
        for position, name in enumerate(("start", "next", "clicking", "end", "reset")):
            button = QToolButton(self)
            button.setDefaultAction(actions[name])
            button.setObjectName(f"voting_button_{name}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, position // 2, position % 2)
            self.buttons[name] = button
        highlight_row = QHBoxLayout()
        self.highlight_box = QCheckBox(self)
        self.highlight_box.setObjectName("voting_highlight")
        self._highlight_action = actions["highlight"]
        self.highlight_box.toggled.connect(self._highlight_action.setChecked)
        self._highlight_action.toggled.connect(self.highlight_box.setChecked)
        self.top_spin = QSpinBox(self)
        self.top_spin.setObjectName("voting_top_count")
        self.top_spin.setRange(1, 99)
        self.top_spin.setValue(DEFAULT_TOP)
        highlight_row.addWidget(self.highlight_box)
        highlight_row.addWidget(self.top_spin)
        highlight_row.addStretch(1)
        self.table = QTreeWidget(self)
        self.table.setObjectName("voting_tally")
        self.table.setColumnCount(2)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._row_chosen)
        self.table.itemClicked.connect(self._row_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.voters)
        layout.addLayout(grid)
        layout.addLayout(highlight_row)
        layout.addWidget(self.table, 1)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)  # several changes in one turn of the loop: one refresh
        self._pending.timeout.connect(self.refresh)
        voting.changed.connect(self._schedule)
        self._retranslate()

    # -- texts -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Votes"))
        self.voters.setAccessibleName(self.tr("Participants"))
        self.table.setAccessibleName(self.tr("Notes by votes"))
        self.table.setHeaderLabels([self.tr("Votes"), self.tr("Note")])
        self.highlight_box.setText(self.tr("&Highlight the top"))
        self.top_spin.setAccessibleName(self.tr("How many top notes to highlight"))
        self.top_spin.setSuffix(self.tr(" notes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._schedule()
        super().changeEvent(event)

    # -- refreshing --------------------------------------------------------------------------

    def _schedule(self) -> None:
        if self.isVisible():
            self._pending.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Show the session and the tally as the map has them now."""
        voting = self._voting
        journey = voting.document.journey
        locale = QLocale()
        session = journey.voting
        ranked = tally(journey)
        placed = sum(note.votes for note in ranked)
        if session is None:
            self.summary.setText(fill(self.tr("No voting session. Votes on the board: %1."),
                                      locale.toString(placed)))
        else:
            used = sum(voter.dots_used for voter in session.voters)
            self.summary.setText(fill(
                self.tr("%1 dots per participant · %2 participants · %3 of %4 dots placed"),
                locale.toString(session.dots_per_participant),
                locale.toString(len(session.voters)), locale.toString(used),
                locale.toString(session.dots_per_participant * len(session.voters))))
        self._fill_voters()
        self._fill_tally(journey, ranked, locale)

    def _fill_voters(self) -> None:
        voting = self._voting
        session = voting.session
        self.voters.clear()
        self.voters.setVisible(session is not None)
        if session is None:
            return
        locale = QLocale()
        current = voting.current_index
        for index, voter in enumerate(session.voters):
            text = fill(self.tr("%1 — %2 of %3 dots used"), voter.name,
                        locale.toString(voter.dots_used),
                        locale.toString(session.dots_per_participant))
            item = QListWidgetItem(text)
            if index == current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setText("▸ " + text)
            self.voters.addItem(item)
        self.voters.setCurrentRow(current)

    def _fill_tally(self, journey: JourneyMap, ranked: list[Note], locale: QLocale) -> None:
        self.table.clear()
        rows = []
        for note in ranked:
            text = " ".join(note.text.split()) or self.tr("(empty note)")
            stage = journey.stage(note.stage).title
            item = QTreeWidgetItem([locale.toString(note.votes), text])
            # The stage in the tooltip: the narrow panel keeps its width for the note's words.
            item.setToolTip(1, fill(self.tr("%1 (stage: %2)"), text, stage))
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, _NOTE_ROLE, note.id)
            rows.append(item)
        self.table.addTopLevelItems(rows)

    # -- choosing ----------------------------------------------------------------------------

    def tally_ids(self) -> list[str]:
        """The note ids of the tally, top row first."""
        rows = (self.table.topLevelItem(row) for row in range(self.table.topLevelItemCount()))
        return [str(item.data(0, _NOTE_ROLE)) for item in rows if item is not None]

    def _row_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.note_chosen.emit(str(item.data(0, _NOTE_ROLE)))

    def _voter_clicked(self, item: QListWidgetItem) -> None:
        self._voting.set_current(self.voters.row(item))
