"""The board scene: a projection of the document's map into items, kept in step incrementally.

On every `document.changed` the layout is recomputed (fast) and only the items whose record
changed are touched; a reset (new/open) rebuilds. The scene also holds the view state that is not
part of the map: selection, current note and cell, search highlight, and the overview used when
zoomed far out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Optional, TypeVar

from PySide6.QtCore import QObject, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from canvas_app.document import ChangeSet, Document
from canvas_app.model.layout import LayoutMemo, compute_layout
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.map_shape import hidden_note_ids
from canvas_app.scene import overlays
from canvas_app.scene.board_index import BoardIndex, CellKey
from canvas_app.scene.items import (
    BackdropItem,
    BlueprintLineItem,
    ConnectorItem,
    CurveItem,
    LaneTitleItem,
    NoteItem,
    PhaseHeaderItem,
    RecordItem,
    StageHeaderItem,
)
from canvas_app.scene.layout_painter import qrect
from canvas_app.scene.overview import OverviewItem, render_overview
from canvas_app.scene.stage_details_items import FunnelItem, HeaderStripItem, StageDetailsItem
from canvas_app.scene.viewport import CANVAS_COLOR, OVERVIEW_BELOW_ZOOM, SCENE_MARGIN

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap

_OVERVIEW_SETTLE_MS = 160

_Z = {"backdrop": 0.0, "strip": 0.9, "lane": 1.0, "header": 1.0, "line": 2.0, "note": 3.0, "curve": 4.0,
      "connector": 5.0}

I = TypeVar("I", bound=RecordItem)  # type: ignore[type-arg]


class BoardScene(QGraphicsScene):
    """Items for the document's map. Signals: `selection_changed(list)` (note ids, board order),
    `current_cell_changed(str, str)`, `layout_changed()` (after every update)."""

    selection_changed = Signal(list)
    current_cell_changed = Signal(str, str)
    layout_changed = Signal()
    marked_stages_changed = Signal(list)  # stage ids, in the order they were clicked

    def __init__(self, document: Document, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setBackgroundBrush(QColor(CANVAS_COLOR))
        self._backdrop: Optional[BackdropItem] = None
        self.notes: dict[str, NoteItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.phases: dict[str, PhaseHeaderItem] = {}
        self.lanes: dict[str, LaneTitleItem] = {}
        self.lines: dict[str, BlueprintLineItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.connectors: dict[str, ConnectorItem] = {}
        # The funnel row and campaign band (layout_stage_details): strips by name, cards by stage.
        self.strips: dict[str, HeaderStripItem] = {}
        self.funnel: dict[str, FunnelItem] = {}
        self.stage_details: dict[str, StageDetailsItem] = {}
        self.overview = OverviewItem()
        self.focus_outline = overlays.CellFocusItem()
        self.drop_indicator = overlays.DropIndicatorItem()
        self.ghost = overlays.GhostItem()
        self.rubber_band = overlays.RubberBandItem()
        self.guide = overlays.GuideItem()
        self.connector_preview = overlays.ConnectorPreviewItem()
        self.selection_outline = overlays.SelectionOutlineItem()
        self.stage_marks = overlays.StageMarksItem()
        for item in (self.overview, self.focus_outline, self.drop_indicator, self.ghost,
                     self.rubber_band, self.guide, self.connector_preview, self.selection_outline,
                     self.stage_marks):
            self.addItem(item)
        self.overview.setZValue(-1.0)
        self._selected: set[str] = set()
        self._current_note: Optional[str] = None
        self._current_cell: Optional[CellKey] = None
        self._highlight: Optional[set[str]] = None
        self._marked_stages: list[str] = []
        self._covered: Optional[str] = None  # the note under the in-place editor
        self._zoom = 1.0
        self._device_ratio = 1.0
        self._overview_mode = False
        self._overview_dirty = True
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_OVERVIEW_SETTLE_MS)
        self._settle.timeout.connect(self._refresh_overview)
        # Audience mode draws the map without hidden notes; clean mode (the audience window)
        # also draws no selection, current note or focus frame. See set_audience.
        self._audience = False
        self._clean = False
        self._hidden: set[str] = set()  # notes marked hidden on the editor's board
        # Each layout reuses the cells the edit left alone (model/layout.py): an edit of one note
        # on a huge board lays out its cell, not the board.
        self._layout_memo = LayoutMemo()
        self.layout: BoardLayout = compute_layout(document.journey, memo=self._layout_memo)
        self.index = BoardIndex(self.layout)
        self._build()
        document.changed.connect(self._on_document_changed)

    # -- the projection ----------------------------------------------------------------------

    @property
    def journey(self) -> JourneyMap:
        return self._document.journey

    def _shown_map(self) -> JourneyMap:
        """The map these items draw: the document's, or the audience's (hidden notes left out)."""
        journey = self._document.journey
        if not self._audience:
            return journey
        # (here: the edits need the records, which the start-up's first picture goes without)
        from canvas_app.model.edit_hiding import audience_map

        return audience_map(journey)

    @property
    def audience(self) -> bool:
        return self._audience

    @property
    def clean(self) -> bool:
        return self._clean

    def set_audience(self, audience: bool, clean: bool = False) -> None:
        """Audience mode (presentation, the audience window): hidden notes are absent. `clean`
        also leaves out every editing mark (selection, current note, focus frame)."""
        if audience == self._audience and clean == self._clean:
            return
        self._audience, self._clean = audience, clean
        if clean:
            self.set_selection([])
        self._update(compute_layout(self._shown_map(), memo=self._layout_memo))
        self.layout_changed.emit()

    def _on_document_changed(self, change: ChangeSet) -> None:
        if change.reset:
            self._clear()
            self.layout = compute_layout(self._shown_map(), memo=self._layout_memo)
            self.index = BoardIndex(self.layout)
            self._selected = set()
            self._current_note = None
            self._current_cell = None
            self._highlight = None
            self._marked_stages = []
            self._covered = None
            self._build()
            self.selection_changed.emit([])
        else:
            # Votes first: the overview picture, redrawn by the update, shows them (a note's
            # kind comes with its box).
            # Votes first: the overview picture, redrawn by the update, shows them.
            self._show_votes(change.notes_updated)
            self._update(compute_layout(self._shown_map(), memo=self._layout_memo))
        self.layout_changed.emit()

    def _clear(self) -> None:
        for item in self.board_items():
            self.removeItem(item)
        self._backdrop = None
        for items in self._record_dicts():
            items.clear()
        self.notes.clear()

    def _show_votes(self, note_ids: Iterable[str]) -> None:
        """Give these notes' items their votes (a badge; a note's kind comes with its box)."""
        by_id = self._document.journey.note_by_id
        for note_id in note_ids:
            item = self.notes.get(note_id)
            note = by_id.get(note_id)
            if item is not None and note is not None:
                item.set_votes(note.votes)

    def _record_dicts(self) -> tuple[dict, ...]:  # type: ignore[type-arg]
        return (self.stages, self.phases, self.lanes, self.lines, self.curves, self.connectors,
                self.strips, self.funnel, self.stage_details)

    def _build(self) -> None:
        layout = self.layout
        self._backdrop = BackdropItem(layout)
        self._add(self._backdrop, "backdrop")
        self._sync_records(layout)
        radius = layout.note_radius
        notes = self.notes
        for box in layout.notes:
            item = notes[box.note_id] = NoteItem(box, radius)
            self._add(item, "note")
        self._show_votes(notes)
        self._hidden = set()
        self._after_layout()

    def _add(self, item: QGraphicsItem, layer: str) -> None:
        # Items are top-level on purpose: under a common parent, Qt would visit every child
        # (thousands of Python boundingRect calls) on each repaint instead of asking its index.
        item.setZValue(_Z[layer])
        if self._overview_mode:
            item.setVisible(False)
        self.addItem(item)

    def _update(self, layout: BoardLayout) -> None:
        self.layout = layout
        self.index = BoardIndex(layout)
        assert self._backdrop is not None
        self._backdrop.set_record(layout)
        self._sync_records(layout)
        notes = self.notes
        boxes = self.index.note_boxes
        radius = layout.note_radius
        for note_id, box in boxes.items():
            item = notes.get(note_id)
            if item is None:
                item = notes[note_id] = NoteItem(box, radius)
                self._add(item, "note")
                self._style_note(note_id, item)
                self._show_votes((note_id,))
            else:
                item.set_box(box)
        if len(boxes) != len(notes):
            for note_id in [i for i in notes if i not in boxes]:
                self.removeItem(notes.pop(note_id))
        stale = {i for i in self._selected if i not in boxes}
        if stale:
            self._selected -= stale
            self.selection_changed.emit(self.selected_ids())
        if self._current_note is not None and self._current_note not in boxes:
            self._current_note = None
        self._after_layout()

    def _sync_records(self, layout: BoardLayout) -> None:
        background = layout.background
        self._sync(self.stages, layout.stages, lambda r: r.stage_id, StageHeaderItem, "header")
        self._sync(self.phases, layout.phases, lambda r: r.phase_id, PhaseHeaderItem, "header")
        self._sync(self.lanes, layout.lanes, lambda r: r.lane_id, LaneTitleItem, "lane")
        self._sync(self.lines, layout.lines, lambda r: r.line_id, BlueprintLineItem, "line")
        self._sync(self.curves, layout.curves, lambda r: r.lane_id,
                   lambda r: CurveItem(r, background), "curve")
        self._sync(self.connectors, layout.connectors, lambda r: r.connector_id,
                   lambda r: ConnectorItem(r, background), "connector")
        for stage_id, item in self.stages.items():
            item.set_marked(stage_id in self._marked_stages)
        self._show_stage_marks()
        self._sync_stage_rows(layout)

    def _sync_stage_rows(self, layout: BoardLayout) -> None:
        band = [layout.details_band] if layout.details_band is not None else []
        self._sync(self.strips, band, lambda r: "campaign", HeaderStripItem, "strip")
        funnel = [layout.funnel] if layout.funnel is not None else []
        self._sync(self.funnel, funnel, lambda r: "funnel", FunnelItem, "header")
        self._sync(self.stage_details, layout.details, lambda r: r.stage_id, StageDetailsItem,
                   "header")

    def _sync(self, items: dict[str, I], records: Iterable[object], key: Callable[..., str],
              make: Callable[..., I], layer: str) -> None:
        seen = set()
        for record in records:
            record_id = key(record)
            seen.add(record_id)
            item = items.get(record_id)
            if item is None:
                item = items[record_id] = make(record)
                self._add(item, layer)
            else:
                item.set_record(record)
        for record_id in [i for i in items if i not in seen]:
            self.removeItem(items.pop(record_id))

    def _after_layout(self) -> None:
        layout = self.layout
        board = QRectF(0.0, 0.0, layout.width, layout.height)
        margin = SCENE_MARGIN
        rect = board.adjusted(-margin, -margin, margin, margin)
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        self.overview.set_board_rect(board)
        if self._current_cell is not None and self._current_cell not in self.index.cell_rects:
            self._current_cell = None
        if self._current_cell is None and self.index.cell_rects:
            first = self.layout.cells[0]
            self.set_current_cell(first.stage_id, first.lane_id)
        self._show_focus()
        self._mark_hidden()
        self._overview_dirty = True
        if self._overview_mode:
            self._refresh_overview()
            self._show_selection_outline()
        self._show_stage_marks()

    # -- zoom and the overview ---------------------------------------------------------------

    def set_view_zoom(self, zoom: float, device_ratio: float = 1.0) -> None:
        """The view's zoom changed: switch between items and the overview, refresh the picture."""
        self._zoom, self._device_ratio = zoom, device_ratio
        overview = zoom < OVERVIEW_BELOW_ZOOM
        if overview != self._overview_mode:
            self._overview_mode = overview
            if overview:
                if self._overview_dirty or self.overview.picture_scale == 0.0:
                    self._refresh_overview()
                else:
                    self._settle.start()
            for item in self.board_items():
                item.setVisible(not overview)
            covered = self.notes.get(self._covered) if self._covered else None
            if covered is not None:
                covered.setVisible(False)
            self.overview.setVisible(overview)
            self._show_selection_outline()
            self._show_stage_marks()
        elif overview:
            self._settle.start()

    @property
    def overview_mode(self) -> bool:
        return self._overview_mode

    def _refresh_overview(self) -> None:
        if not self._overview_mode:
            return
        wanted = self._zoom * self._device_ratio
        if not self._overview_dirty and abs(self.overview.picture_scale - wanted) <= 0.002 * wanted:
            return
        dimmed = None
        if self._highlight is not None:
            dimmed = {i for i in self.notes if i not in self._highlight}
        votes = {note_id: item.votes for note_id, item in self.notes.items() if item.votes}
        pixmap, scale = render_overview(self.layout, wanted, dimmed, self._device_ratio, votes,
                                        self._hidden)
        self.overview.set_picture(pixmap, scale)
        self._overview_dirty = False

    def _show_stage_marks(self) -> None:
        """In overview mode the header items are hidden: their marks go over the picture."""
        marks = self.stage_marks
        items = [self.stages[s] for s in self._marked_stages if s in self.stages]
        if not self._overview_mode or not items:
            marks.hide()
            return
        marks.set_rects([qrect(item.record.rect) for item in items])
        marks.show()

    def _show_selection_outline(self) -> None:
        outline = self.selection_outline
        if not self._overview_mode or not self._selected:
            outline.hide()
            return
        boxes = self.index.note_boxes
        outline.set_rects([qrect(boxes[i].rect) for i in self._selected if i in boxes])
        outline.show()

    # -- selection, current note and cell ----------------------------------------------------

    def selected_ids(self) -> list[str]:
        return self.index.in_board_order(self._selected)

    @property
    def current_note(self) -> Optional[str]:
        return self._current_note

    def set_selection(self, note_ids: Iterable[str], current: Optional[str] = None) -> None:
        """Select exactly `note_ids` (unknown ids ignored); `current` becomes the focus note."""
        wanted = {i for i in note_ids if i in self.notes}
        if self._clean:
            wanted, current = set(), None
        if current is not None and current not in self.notes:
            current = None
        changed = wanted != self._selected
        previous_current = self._current_note
        for note_id in self._selected ^ wanted:
            self.notes[note_id].set_state(note_id in wanted, note_id == current)
        self._selected = wanted
        self._current_note = current
        for key in (previous_current, current):
            item = self.notes.get(key) if key is not None else None
            if item is not None:
                item.set_state(key in wanted, key == current)
        if current is not None:
            box = self.index.note_boxes[current]
            self.set_current_cell(box.stage_id, box.lane_id)
        self._show_selection_outline()
        if changed:
            self.selection_changed.emit(self.selected_ids())

    def current_cell(self) -> Optional[CellKey]:
        return self._current_cell

    def set_current_cell(self, stage_id: str, lane_id: str) -> None:
        cell = (stage_id, lane_id)
        if cell not in self.index.cell_rects or cell == self._current_cell:
            return
        self._current_cell = cell
        self._show_focus()
        self.current_cell_changed.emit(stage_id, lane_id)

    def _mark_hidden(self) -> None:
        """On the editor's board, mark the notes hidden from the audience (absent otherwise)."""
        hidden = set() if self._audience else hidden_note_ids(self._document.journey)
        for note_id in hidden ^ self._hidden:
            note_item = self.notes.get(note_id)
            if note_item is not None:
                note_item.set_hidden_mark(note_id in hidden)
        self._hidden = {i for i in hidden if i in self.notes}
        journey = self._document.journey
        for lane_id, lane_item in self.lanes.items():
            lane = journey.lane_index.get(lane_id)
            lane_item.set_hidden_mark(not self._audience and lane is not None
                                 and journey.lanes[lane].hidden)

    def _show_focus(self) -> None:
        cell = self._current_cell
        if self._audience:  # the room sees no focus frame (selection rings still show)
            cell = None
        rect = self.index.cell_rects.get(cell) if cell is not None else None
        self.focus_outline.set_rect(qrect(rect) if rect is not None else None)

    def set_covered_note(self, note_id: Optional[str]) -> None:
        """Hide the note under the in-place editor (None: show it again)."""
        previous, self._covered = self._covered, note_id
        for key, visible in ((previous, True), (note_id, False)):
            item = self.notes.get(key) if key is not None else None
            if item is not None:
                item.setVisible(visible and not self._overview_mode)

    # -- highlight and marked stages ---------------------------------------------------------

    def set_highlight(self, note_ids: Optional[set[str]]) -> None:
        """None: every note normal; a set: those notes ringed, every other note dimmed."""
        self._highlight = set(note_ids) if note_ids is not None else None
        for note_id, item in self.notes.items():
            self._style_note(note_id, item)
        self._overview_dirty = True
        if self._overview_mode:
            self._refresh_overview()

    def _style_note(self, note_id: str, item: NoteItem) -> None:
        highlight = self._highlight
        if highlight is None:
            item.set_highlight(False, False)
        else:
            item.set_highlight(note_id not in highlight, note_id in highlight)
        if note_id in self._selected:
            item.set_state(True, note_id == self._current_note)

    @property
    def highlight(self) -> Optional[set[str]]:
        return self._highlight

    def set_marked_stages(self, stage_ids: list[str]) -> None:
        """Stages picked (by clicking their headers) for a new phase."""
        marked = [s for s in stage_ids if s in self.stages]
        changed = marked != self._marked_stages
        self._marked_stages = marked
        for stage_id, item in self.stages.items():
            item.set_marked(stage_id in self._marked_stages)
        self._show_stage_marks()
        if changed:
            self.marked_stages_changed.emit(list(marked))

    @property
    def marked_stages(self) -> list[str]:
        return list(self._marked_stages)

    def board_items(self) -> list[QGraphicsItem]:
        """Every item drawing the map (not overlays), for tests and diagnostics."""
        items: list[QGraphicsItem] = list(self.notes.values())
        for group in self._record_dicts():
            items.extend(group.values())
        if self._backdrop is not None:
            items.append(self._backdrop)
        return items
