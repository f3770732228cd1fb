"""What the guide does on the board: go to a finding's note or stage, and "Show me" for each step
of the method (select the notes a step is about, make its lane's cell current, raise a panel).

`GuideController` makes and wires the findings, the guide panel and the check badges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QObject, QRectF

from canvas_app.document.check_monitor import CheckMonitor
from canvas_app.model import checks
from canvas_app.model.checks import Finding
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import LaneKind, NoteKind
from canvas_app.scene.board_view import BoardView
from canvas_app.scene.check_badges import CheckBadges
from canvas_app.scene.layout_painter import qrect

if TYPE_CHECKING:
    from canvas_app.ui.docks import Panels

# The lane a stage finding's cell is in (so Ins adds the missing note in the right place).
_CHECK_LANES = {
    checks.STAGE_WITHOUT_TOUCHPOINT: (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS,
                                      LaneKind.PHYSICAL_EVIDENCE),
    checks.STAGE_WITHOUT_EMOTION: (LaneKind.EMOTIONS,),
}
# Per step: the lane kinds and note kinds it is about.
_STEP_KINDS: dict[str, tuple[tuple[LaneKind, ...], tuple[NoteKind, ...]]] = {
    "goals": ((LaneKind.GOALS,), (NoteKind.GOAL,)),
    "motivations": ((LaneKind.THOUGHTS,), (NoteKind.THOUGHT,)),
    "pain-points": ((LaneKind.PAIN_POINTS,), (NoteKind.PAIN_POINT,)),
    "touchpoints": ((LaneKind.TOUCHPOINTS, LaneKind.CHANNELS, LaneKind.PHYSICAL_EVIDENCE),
                    (NoteKind.TOUCHPOINT, NoteKind.CHANNEL)),
    "tools": ((LaneKind.CHANNELS, LaneKind.KPIS), (NoteKind.CHANNEL, NoteKind.KPI)),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidePanel", text)


def _first_lane(journey: JourneyMap, kinds: tuple[LaneKind, ...]) -> Optional[str]:
    for kind in kinds:
        for lane in journey.lanes:
            if lane.kind is kind:
                return lane.id
    return None


class GuideNavigator:
    """Moves the board to what a finding or a step is about."""

    def __init__(self, view: BoardView, panels: "Panels", guide: "GuideController") -> None:
        self._view = view
        self._panels = panels
        self._guide = guide

    def go_to(self, finding: Finding) -> None:
        """Select the finding's note, or mark its stage header and make one of its cells
        current; scroll (and zoom in from the overview) so it can be worked on."""
        view = self._view
        scene = view.board_scene
        if finding.on_stage:
            header = scene.stages.get(finding.stage)
            if header is None:
                return
            journey = view.document.journey
            lane = _first_lane(journey, _CHECK_LANES.get(finding.check, ()))
            if lane is None:
                cell = view.current_cell()
                lane = cell[1] if cell is not None else (
                    journey.lanes[0].id if journey.lanes else None)
            view.clear_selection()
            scene.set_marked_stages([finding.stage])
            if lane is not None:
                view.set_current_cell(finding.stage, lane)
            view.ensure_readable(qrect(header.record.rect))
            view.accessibility.update_description()  # the marked stage's findings are heard
            if finding.check == checks.STAGE_WITHOUT_GOAL:
                # The goal is written in the stage's campaign card (marking the stage has put
                # it in the Stage Details panel): bring that panel forward even if closed.
                dock = self._panels.docks["stage_details"]
                dock.show()
                dock.raise_()
        else:
            box = scene.index.note_boxes.get(finding.target)
            if box is None:
                return
            view.select_notes([finding.target])
            view.ensure_readable(qrect(box.rect))

    def show_step(self, step: str) -> str:
        """Do the step's "Show me"; returns a hint when there is nothing to select ("" else)."""
        view = self._view
        journey = view.document.journey
        docks = self._panels.docks
        if step == "personas" or (step == "motivations" and journey.personas
                                  and not self._notes_of(journey, step)):
            docks["personas"].show()
            docks["personas"].raise_()
            return "" if journey.personas else _tr("Add a persona with the Add button.")
        if step == "stages":
            if journey.stages and journey.lanes:
                view.set_current_cell(journey.stages[0].id, journey.lanes[0].id)
            view.zoom_to_fit()
            if len(journey.stages) < 3:
                return _tr("Add stages with Insert ▸ Stage…")
            return ""
        if step == "revise":
            findings = self._guide.monitor.findings
            if not findings:
                return _tr("Nothing left to revise.")
            self._guide.panel.select_key(findings[0].key)
            self.go_to(findings[0])
            return ""
        if step == "touchpoints":
            for finding in self._guide.monitor.findings:
                if finding.check == checks.STAGE_WITHOUT_TOUCHPOINT:
                    self._guide.panel.select_key(finding.key)
                    self.go_to(finding)
                    if _first_lane(journey, _STEP_KINDS[step][0]) is None:
                        return _tr("This map has no Touchpoints lane: add one with Insert ▸ "
                                   "Lane…")
                    return ""
        notes = self._notes_of(journey, step)
        if notes:
            view.select_notes(notes)
            view.zoom_to_selection()
            return ""
        lane_kinds = _STEP_KINDS.get(step, ((), ()))[0]
        lane = _first_lane(journey, lane_kinds)
        if lane is not None and journey.stages:
            view.clear_selection()
            view.set_current_cell(journey.stages[0].id, lane)
            rect = scene_cell(view, journey.stages[0].id, lane)
            if rect is not None:
                view.ensure_readable(rect)
            return _tr("The lane is still empty: press Ins to add a note to it.")
        if step == "goals":
            return _tr("Add a Goals lane (Insert ▸ Lane…) or describe the map's purpose (File ▸ "
                       "Map Properties…).")
        if step == "tools" and journey.stages:
            # A stage's campaign channel and KPIs count too: open the first stage's details.
            view.clear_selection()
            view.board_scene.set_marked_stages([journey.stages[0].id])
            dock = self._panels.docks["stage_details"]
            dock.show()
            dock.raise_()
            return _tr("Name a channel and KPIs in each stage's details, or add a Channels or "
                       "KPIs lane (Insert ▸ Lane…).")
        return _tr("This map has no such lane yet: add one with Insert ▸ Lane…")

    @staticmethod
    def _notes_of(journey: JourneyMap, step: str) -> list[str]:
        lane_kinds, note_kinds = _STEP_KINDS.get(step, ((), ()))
        lanes = {lane.id for lane in journey.lanes if lane.kind in lane_kinds}
        return [note.id for note in journey.notes
                if note.lane in lanes or note.kind in note_kinds]


def scene_cell(view: BoardView, stage_id: str, lane_id: str) -> Optional[QRectF]:
    rect = view.board_scene.index.cell_rects.get((stage_id, lane_id))
    return qrect(rect) if rect is not None else None


class GuideController(QObject):
    """The guide of one window: the findings (CheckMonitor), the Guide panel in its dock, the
    board's check badges, and what clicking them does. Made by ui/guide_start.py."""

    def __init__(self, view: BoardView, panels: "Panels",
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.panels = panels
        # Made after the board's scene connected to the document: the scene is laid out again
        # before the findings (and so the badges) follow a change.
        self.monitor = CheckMonitor(view.document, self)
        self.panel = panels.guide
        self.panel.attach(self.monitor)
        self.navigator = GuideNavigator(view, panels, self)
        self.badges = CheckBadges(view, self.monitor)
        self.panel.finding_chosen.connect(self.navigator.go_to)
        self.panel.step_requested.connect(
            lambda step: self.panel.show_hint(self.navigator.show_step(step)))
        self.badges.badge_clicked.connect(self._on_badge)

    def show_guide(self) -> None:
        dock = self.panels.docks["guide"]
        dock.show()
        dock.raise_()
        self.panel.set_shown(True)
        self.panel.list.setFocus()

    def _on_badge(self, target: str) -> None:
        self.show_guide()
        finding = self.panel.select_target(target)
        if finding is not None:
            self.navigator.go_to(finding)
