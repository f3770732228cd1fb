"""Undoable commands that dismiss a completeness check for one note or stage, or restore it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from canvas_app.document.commands import MapEditCommand, tr
from canvas_app.model import edit_dismissals

if TYPE_CHECKING:
    from canvas_app.document.document import Document

# The checks' short names as the undo history quotes them ("commands" context, so a language
# change renames the history entries too).
_NAMES = {
    "stage-without-touchpoint": QT_TRANSLATE_NOOP("commands", "no touchpoint"),
    "pain-without-opportunity": QT_TRANSLATE_NOOP("commands", "no opportunity"),
    "note-without-persona": QT_TRANSLATE_NOOP("commands", "no persona"),
    "emotion-without-score": QT_TRANSLATE_NOOP("commands", "no emotion score"),
    "stage-without-emotion": QT_TRANSLATE_NOOP("commands", "no emotion"),
    "stage-without-goal": QT_TRANSLATE_NOOP("commands", "no campaign goal"),
    "assumed-evidence": QT_TRANSLATE_NOOP("commands", "assumption"),
}


def _name(check: str) -> str:
    source = _NAMES.get(check)
    return tr(str(source)) if source is not None else check


class DismissCheckCommand(MapEditCommand):
    def __init__(self, document: "Document", check: str, target: str) -> None:
        result = edit_dismissals.dismiss(document.journey, check, target)
        super().__init__(document, result, tr("Dismiss check “%1”", _name(check)))


class RestoreCheckCommand(MapEditCommand):
    def __init__(self, document: "Document", check: str, target: str) -> None:
        result = edit_dismissals.restore(document.journey, check, target)
        super().__init__(document, result, tr("Restore check “%1”", _name(check)))
