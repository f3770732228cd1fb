"""CheckMonitor: the map's completeness findings, kept up to date as the document changes.

It recomputes only the stages a change touched (the notes' old and new stages, edited stages);
a change of the grid, the lanes, the framework or of how many personas there are recomputes every
stage; a dismissal only filters again. `updated(bool)` follows every change of the document, with
True when the findings (open or dismissed) changed — views with nothing else to show skip work.
"""

from __future__ import annotations

import weakref
from typing import Optional

from PySide6.QtCore import QObject, Signal

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.model.checks import Finding, FindingCache
from canvas_app.model.journey_map import JourneyMap

# Map properties that change which checks apply to every stage.
_EVERY_STAGE = frozenset({"framework"})


def _multi_persona(journey: JourneyMap) -> bool:
    return len(journey.personas) >= 2


class CheckMonitor(QObject):
    """The open and dismissed findings of a document's map. Signal: `updated(bool)`."""

    updated = Signal(bool)

    def __init__(self, document: Document, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        # Weak: the document outlives nothing here, and a strong reference from a child of the
        # window back to the document would tie their lifetimes in a cycle.
        self._document_ref = weakref.ref(document)
        self._cache = FindingCache()
        self._journey = document.journey
        self._cache.update(self._journey)
        document.changed.connect(self._on_changed)

    @property
    def findings(self) -> list[Finding]:
        """The open findings, stage by stage in board order."""
        return self._cache.findings

    @property
    def dismissed(self) -> list[Finding]:
        """The findings the team dismissed, in the same order."""
        return self._cache.dismissed

    @property
    def journey(self) -> JourneyMap:
        """The map the findings are of."""
        return self._journey

    def _on_changed(self, change: ChangeSet) -> None:
        document = self._document_ref()
        if document is None:
            return
        old, new = self._journey, document.journey
        self._journey = new
        before = (self._cache.findings, self._cache.dismissed)
        if (change.reset or change.structure or change.lanes
                or change.properties & _EVERY_STAGE
                or (change.personas and _multi_persona(old) != _multi_persona(new))):
            self._cache.update(new)
        else:
            stages = set(change.stages)
            if change.notes:
                old_notes, new_notes = old.note_by_id, new.note_by_id
                for note_id in change.notes:
                    for notes in (old_notes, new_notes):
                        note = notes.get(note_id)
                        if note is not None:
                            stages.add(note.stage)
            if stages:
                self._cache.update(new, stages)
            elif "dismissals" in change.properties:
                self._cache.refilter(new)
        after = (self._cache.findings, self._cache.dismissed)
        self.updated.emit(after != before)
