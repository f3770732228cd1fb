"""Context menus of the board: on notes, stage/phase/lane headers and cells.

`build_menu` returns the menu for a scene point (tests trigger its actions directly); each action
is one Editor call. New stages, lanes and phases open their title for renaming in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QApplication, QMenu

from canvas_app.model.edit_checks import EditError

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardView", text)


def build_menu(view: "BoardView", point: QPointF) -> Optional[QMenu]:
    """The context menu for what lies at `point`, or None for the margin around the board."""
    index = view.board_scene.index
    x, y = point.x(), point.y()
    menu = QMenu(view)
    menu.setObjectName("boardContextMenu")
    note = index.note_at(x, y)
    phase = index.phase_header_at(x, y)
    stage = index.stage_header_at(x, y)
    lane_id = index.lane_header_at(x, y)
    cell = index.cell_at(x, y)
    if note is not None:
        if note.note_id not in view.selected_note_ids():
            view.select_notes([note.note_id])
        _note_items(view, menu, note.note_id)
    elif phase is not None:
        _phase_items(view, menu, phase.phase_id)
    elif stage is not None:
        _stage_items(view, menu, stage.stage_id, with_rename=True)
    elif lane_id is not None:
        _lane_items(view, menu, lane_id, with_rename=True)
    elif cell is not None:
        view.set_current_cell(*cell)
        _add(menu, "addNoteHere", tr("Add Note Here"),
             lambda: view.editing.create_note(cell[0], cell[1], None, None))
        menu.addSeparator()
        _stage_items(view, menu, cell[0], with_rename=False)
        menu.addSeparator()
        _lane_items(view, menu, cell[1], with_rename=False)
    else:
        menu.deleteLater()
        return None
    return menu


def _add(menu: QMenu, name: str, text: str, action: Callable[[], object]) -> None:
    item = menu.addAction(text)
    item.setObjectName(name)
    item.triggered.connect(lambda _checked=False: _run(action))


def _run(action: Callable[[], object]) -> None:
    try:
        action()
    except EditError:
        QApplication.beep()


def _note_items(view: "BoardView", menu: QMenu, note_id: str) -> None:
    _add(menu, "editNote", tr("Edit Text"), lambda: view.edit_note(note_id))
    _add(menu, "deleteNotes", tr("Delete"),
         lambda: view.editor.delete_notes(view.selected_note_ids()))
    selected = set(view.selected_note_ids())
    arrows = [c.id for c in view.document.journey.connectors
              if c.source in selected or c.target in selected]
    if arrows:
        _add(menu, "deleteConnectors", tr("Delete Arrows of Selected Notes"),
             lambda: view.editor.delete_connectors(arrows))
    menu.addSeparator()
    _add(menu, "connectNotes", tr("Draw Arrows Between Notes"),
         lambda: view.set_connector_mode(True))
    by_id = view.document.journey.note_by_id
    hidden = bool(selected) and all(by_id[i].hidden for i in selected if i in by_id)
    if hidden:
        _add(menu, "revealNotes", tr("Reveal to the Audience"),
             lambda: view.editor.set_notes_hidden(view.selected_note_ids(), False))
    else:
        _add(menu, "hideNotes", tr("Hide from the Audience"),
             lambda: view.editor.set_notes_hidden(view.selected_note_ids(), True))


def _stage_items(view: "BoardView", menu: QMenu, stage_id: str, with_rename: bool) -> None:
    journey = view.document.journey
    position = journey.stage_index[stage_id]
    if with_rename:
        _add(menu, "renameStage", tr("Rename Stage"), lambda: view.editing.rename("stage", stage_id))
    _add(menu, "addStageBefore", tr("Add Stage Before"), lambda: _new_stage(view, position))
    _add(menu, "addStageAfter", tr("Add Stage After"), lambda: _new_stage(view, position + 1))
    _add(menu, "deleteStage", tr("Delete Stage"), lambda: view.editor.delete_stage(stage_id))
    if with_rename:
        menu.addSeparator()
        _add(menu, "addPhase", tr("Add Phase Over Selected Stages"),
             lambda: _new_phase(view, stage_id))
        _add(menu, "zoomToStage", tr("Zoom to Stage"), lambda: view.zoom_to_stage(stage_id))


def _lane_items(view: "BoardView", menu: QMenu, lane_id: str, with_rename: bool) -> None:
    position = view.document.journey.lane_index[lane_id]
    if with_rename:
        _add(menu, "renameLane", tr("Rename Lane"), lambda: view.editing.rename("lane", lane_id))
    _add(menu, "addLaneAbove", tr("Add Lane Above"), lambda: _new_lane(view, position))
    _add(menu, "addLaneBelow", tr("Add Lane Below"), lambda: _new_lane(view, position + 1))
    _add(menu, "deleteLane", tr("Delete Lane"), lambda: view.editor.delete_lane(lane_id))
    if view.document.journey.lane(lane_id).hidden:
        _add(menu, "revealLane", tr("Reveal Lane to the Audience"),
             lambda: view.editor.set_lane_hidden(lane_id, False))
    else:
        _add(menu, "hideLane", tr("Hide Lane from the Audience"),
             lambda: view.editor.set_lane_hidden(lane_id, True))


def _phase_items(view: "BoardView", menu: QMenu, phase_id: str) -> None:
    _add(menu, "renamePhase", tr("Rename Phase"), lambda: view.editing.rename("phase", phase_id))
    _add(menu, "removePhase", tr("Remove Phase"), lambda: view.editor.delete_phase(phase_id))


def _new_stage(view: "BoardView", position: int) -> None:
    stage_id = view.editor.add_stage(position, tr("New stage"))
    view.editing.rename("stage", stage_id)


def _new_lane(view: "BoardView", position: int) -> None:
    lane_id = view.editor.add_lane(position, tr("New lane"))
    view.editing.rename("lane", lane_id)


def _new_phase(view: "BoardView", clicked_stage: str) -> None:
    """A phase over the stages marked by clicking their headers (or the stages of the selected
    notes, or the clicked stage)."""
    scene = view.board_scene
    stage_ids = scene.marked_stages
    if not stage_ids:
        boxes = scene.index.note_boxes
        stage_ids = list(dict.fromkeys(boxes[i].stage_id for i in view.selected_note_ids()))
    if clicked_stage not in stage_ids:
        stage_ids = [clicked_stage]
    phase_id = view.editor.add_phase(stage_ids, tr("New phase"))
    scene.set_marked_stages([])
    view.editing.rename("phase", phase_id)
