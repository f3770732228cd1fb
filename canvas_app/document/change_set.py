"""ChangeSet: what one do, undo, redo, new or open changed, as views need it to update."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass

if TYPE_CHECKING:
    from canvas_app.model.edits import ChangeSummary


_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ChangeSet:
    """Ids of changed records by type. Notes say how they changed; other types only which ids
    changed (a view looks each id up in the new map: absent means removed).

    `structure`: the grid changed (stages/lanes added, removed, moved, resized, regrouped), so a
    view lays the board out again. `properties`: names of map-level fields changed (title, …).
    `reset`: the whole map was replaced (new/open); a view rebuilds everything.
    """

    notes_added: frozenset[str] = _NONE
    notes_removed: frozenset[str] = _NONE
    notes_updated: frozenset[str] = _NONE
    stages: frozenset[str] = _NONE
    lanes: frozenset[str] = _NONE
    phases: frozenset[str] = _NONE
    lines: frozenset[str] = _NONE
    connectors: frozenset[str] = _NONE
    personas: frozenset[str] = _NONE
    structure: bool = False
    properties: frozenset[str] = _NONE
    reset: bool = False

    @staticmethod
    def from_summary(summary: ChangeSummary, undo: bool = False) -> "ChangeSet":
        """The change set of doing (or, with `undo`, undoing) the edit `summary` describes."""
        if undo:
            summary = summary.inverted()
        return ChangeSet(
            notes_added=summary.notes.added,
            notes_removed=summary.notes.removed,
            notes_updated=summary.notes.updated,
            stages=summary.stages.all,
            lanes=summary.lanes.all,
            phases=summary.phases.all,
            lines=summary.lines.all,
            connectors=summary.connectors.all,
            personas=summary.personas.all,
            structure=summary.structure,
            properties=summary.properties,
        )

    @staticmethod
    def full_reset() -> "ChangeSet":
        """The change set of replacing the whole map."""
        return ChangeSet(structure=True, reset=True)

    @property
    def notes(self) -> frozenset[str]:
        """Every note id touched, however."""
        return self.notes_added | self.notes_removed | self.notes_updated
