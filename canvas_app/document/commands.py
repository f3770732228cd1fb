"""The base of every undoable edit, and the helpers that give commands their translatable text.

A command keeps only the delta of its edit (the touched records, old and new, by id and place),
so the undo history costs O(change) memory; redo and undo replay that delta on the document.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from canvas_app.document.change_set import ChangeSet
from canvas_app.model.edits import ChangeSummary, EditResult, apply_delta
from canvas_app.model.journey_map import JourneyMap

if TYPE_CHECKING:
    from canvas_app.document.document import Document

_CONTEXT = "commands"
_PLACEHOLDER = re.compile(r"%([1-9])")
_MAX_QUOTED = 40


class CommandText(str):
    """A translated command text that can make itself again in the current language (the undo
    history follows a change of the interface language)."""

    remake: Callable[[], str]

    def __new__(cls, text: str, remake: Callable[[], str]) -> "CommandText":
        made = super().__new__(cls, text)
        made.remake = remake
        return made


def _again(args: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(arg.remake() if isinstance(arg, CommandText) else arg for arg in args)


def tr(source: str, *args: str) -> str:
    """`source` translated in the "commands" context, with %1, %2… replaced by `args`."""
    return CommandText(_fill(QCoreApplication.translate(_CONTEXT, source), args),
                       lambda: tr(source, *_again(args)))


def tr_count(singular: str, plural: str, count: int, *args: str) -> str:
    """The singular or plural source (by English rules) translated, %n being `count`."""
    source = singular if count == 1 else plural
    return CommandText(_fill(QCoreApplication.translate(_CONTEXT, source, None, count), args),
                       lambda: tr_count(singular, plural, count, *_again(args)))


def retranslate_commands(stack: QUndoStack) -> None:
    """Give every command of `stack` its text in the current interface language."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, MapEditCommand):
            command.retranslate()


def _fill(text: str, args: tuple[str, ...]) -> str:
    # One pass, so a title containing "%2" is never itself substituted.
    def replace(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return args[number - 1] if number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(replace, text)


def short(title: str) -> str:
    """A record title as quoted inside a command's text: shortened if long, never empty."""
    if not title:
        return tr("untitled")
    if len(title) > _MAX_QUOTED:
        return title[: _MAX_QUOTED - 1].rstrip() + "…"
    return title


class MapEditCommand(QUndoCommand):
    """One undoable edit of the document's map, built from the result of a pure edit."""

    def __init__(self, document: "Document", result: EditResult, text: str) -> None:
        super().__init__(text)
        self._remake = text.remake if isinstance(text, CommandText) else None
        # A weak reference: the document's undo stack owns the command, and a strong reference
        # back would make a Python/C++ ownership cycle that crashes the garbage collector.
        self._document_ref = weakref.ref(document)
        new_map, summary = result
        self._summary = summary
        # The first redo (the push) reuses the map the edit already built, if still current.
        self._pending: Optional[JourneyMap] = new_map
        self._base: Optional[JourneyMap] = document.journey

    def retranslate(self) -> None:
        """Make the text again in the current interface language (if it was made by tr)."""
        if self._remake is not None:
            self.setText(self._remake())

    @property
    def summary(self) -> ChangeSummary:
        return self._summary

    @property
    def is_noop(self) -> bool:
        """True when the edit changes nothing (the editor then pushes nothing)."""
        return self._summary.is_empty

    def redo(self) -> None:
        document = self._document_ref()
        if document is None:
            return
        journey = self._pending
        if journey is None or document.journey is not self._base:
            journey = apply_delta(document.journey, self._summary.delta)
        self._pending = self._base = None
        document._apply(journey, ChangeSet.from_summary(self._summary))

    def undo(self) -> None:
        document = self._document_ref()
        if document is None:
            return
        journey = apply_delta(document.journey, self._summary.delta, backward=True)
        document._apply(journey, ChangeSet.from_summary(self._summary, undo=True))
