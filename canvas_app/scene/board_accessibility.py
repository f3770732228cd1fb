"""What a screen reader hears on the board.

QGraphicsItems are not accessible objects in Qt: notes cannot be reached one by one by assistive
technology. The board view itself is, so it carries the current position: its accessible name is
"Journey board" and its accessible description names the current note's stage, lane, kind and
text (or the current cell and how many notes it holds), with positions ("stage 2 of 5"). Each
time the selection, the current cell or the map changes, the description is rewritten and a
DescriptionChanged event (a Focus event while the board has the focus) tells the screen reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from canvas_app.scene.kind_marks import kind_label

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.model.records import Note
    from canvas_app.scene.board_view import BoardView

_MAX_TEXT = 300
_PLACEHOLDER = re.compile(r"%([1-9])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardAccessibility", text)


def _fill(template: str, *args: object) -> str:
    """%1, %2… replaced in one pass (a title containing "%2" is left alone)."""
    return _PLACEHOLDER.sub(lambda m: str(args[int(m.group(1)) - 1])
                            if int(m.group(1)) <= len(args) else m.group(0), template)


def _untitled(title: str) -> str:
    return title if title.strip() else _tr("untitled")


def describe_position(journey: JourneyMap, cell: Optional[tuple[str, str]],
                      note_id: Optional[str], selected: int) -> str:
    """One sentence for a screen reader: where the keyboard is on the board and what is there."""
    if cell is None or cell[0] not in journey.stage_index or cell[1] not in journey.lane_index:
        return _tr("Empty board: add a stage and a lane first.")
    stage = journey.stage(cell[0])
    lane = journey.lane(cell[1])
    where = _fill(_tr("Stage %1 of %2, %3. Lane %4 of %5, %6."),
                  journey.stage_index[stage.id] + 1, len(journey.stages), _untitled(stage.title),
                  journey.lane_index[lane.id] + 1, len(journey.lanes), _untitled(lane.title))
    notes = journey.notes_in(stage.id, lane.id)
    note: Optional[Note] = journey.note_by_id.get(note_id) if note_id is not None else None
    if note is None:
        if not notes:
            return _fill(_tr("%1 Empty cell."), where)
        if len(notes) == 1:
            return _fill(_tr("%1 One note in this cell, not selected."), where)
        return _fill(_tr("%1 %2 notes in this cell, none selected."), where, len(notes))
    position = next((i for i, n in enumerate(notes) if n.id == note.id), 0) + 1
    text = note.text.strip() or _tr("(no text)")
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT - 1] + "…"
    sentence = _fill(_tr("%1 Note %2 of %3, %4: %5"), where, position, len(notes),
                     kind_label(note.kind), text)
    if note.hidden or lane.hidden:
        sentence = _fill(_tr("%1 Hidden from the audience."), sentence)
    if selected > 1:
        sentence += " " + _fill(_tr("(%1 notes selected)"), selected)
    return sentence


class BoardAccessibility(QObject):
    """Keeps `view`'s accessible name and description current."""

    def __init__(self, view: "BoardView") -> None:
        super().__init__(view)
        self._view = view
        # Extra sentences about the current note or cell (the check badges add their findings):
        # each is called with the current note id and cell and returns "" or a sentence.
        self.annotations: list[Callable[[Optional[str], Optional[tuple[str, str]]], str]] = []
        view.selection_changed.connect(self.update_description)
        view.current_cell_changed.connect(self.update_description)
        view.board_scene.layout_changed.connect(self.update_description)
        self.update_description()

    def description(self) -> str:
        view = self._view
        scene = view.board_scene
        selected = scene.selected_ids()
        note_id = scene.current_note or (selected[0] if selected else None)
        cell = scene.current_cell()
        text = describe_position(scene.journey, cell, note_id, len(selected))
        for annotate in self.annotations:
            extra = annotate(note_id, cell)
            if extra:
                text += " " + extra
        return text

    def update_description(self, *_args: object) -> None:
        view = self._view
        name = _tr("Journey board")
        if view.accessibleName() != name:
            view.setAccessibleName(name)
        text = self.description()
        if text == view.accessibleDescription():
            return
        view.setAccessibleDescription(text)
        if not view.isVisible():
            return  # nobody to tell yet (and start-up need not load QAccessible, ~2 ms of enums)
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(view, QAccessible.Event.DescriptionChanged))
            if view.hasFocus():  # what screen readers announce: the focused object again
                QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.Focus))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_description()
        return super().event(event)
