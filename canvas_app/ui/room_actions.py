"""The actions of the room: presentation mode, the audience window, stepping, hide and reveal.

Defined by `Actions._define` through `define(actions)` (so they are made once, re-texted on a
language change, listed in the shortcuts dialog, and carry an objectName like every action);
kept in this module so the workshop features do not grow actions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from canvas_app.ui.actions import Actions


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def define(a: "Actions") -> None:
    """Make (or re-text) the room's actions as attributes of `a`."""
    make = a._make
    # -- presentation (View ▸ Presentation)
    a.present = make("action_present", _tr("&Present"), ["F5"],
                     _tr("Show the board full screen for the room, stage by stage (Escape "
                         "leaves)"))
    a.audience_window = make("action_audience_window", _tr("&Audience Window"), ["Ctrl+F5"],
                             _tr("Open the clean board for the room: full screen on a second "
                                 "screen, or a window on this one"))
    a.next_stage = make("action_next_stage", _tr("&Next Stage"), ["PgDown"],
                        _tr("Presentation: show the next stage"))
    a.previous_stage = make("action_previous_stage", _tr("P&revious Stage"), ["PgUp"],
                            _tr("Presentation: show the previous stage"))
    a.next_lane = make("action_next_lane", _tr("Next &Lane"), ["Shift+PgDown"],
                       _tr("Presentation: show the next lane of the current stage"))
    a.previous_lane = make("action_previous_lane", _tr("Pre&vious Lane"), ["Shift+PgUp"],
                           _tr("Presentation: show the previous lane of the current stage"))
    a.whole_map = make("action_whole_map", _tr("&Whole Map"), ["Ctrl+Shift+Home"],
                       _tr("Presentation: show the whole map"))
    # -- hide and reveal (Edit ▸ Audience)
    a.hide_notes = make("action_hide_notes", _tr("&Hide Selected Notes"), ["Ctrl+Alt+H"],
                        _tr("Hide the selected notes from the audience until revealed (again: "
                            "reveal them)"))
    a.hide_lane = make("action_hide_lane", _tr("Hide Current &Lane"), ["Ctrl+Alt+Shift+L"],
                       _tr("Hide every note of the current lane from the audience, new notes "
                           "too (again: reveal it)"))
    a.hide_all = make("action_hide_all", _tr("Hide &All Notes"), ["Ctrl+Alt+Shift+H"],
                      _tr("Hide every note from the audience (silent brainstorming)"))
    a.reveal_all = make("action_reveal_all", _tr("&Reveal Everything"), ["Ctrl+Alt+Shift+R"],
                        _tr("Show every note and lane to the audience"))
    if a._creating:
        for action in (a.present, a.audience_window, a.hide_notes, a.hide_lane):
            action.setCheckable(True)


def step_actions(a: "Actions") -> list[QAction]:
    """The actions that step a running presentation (enabled only while presenting)."""
    return [a.next_stage, a.previous_stage, a.next_lane, a.previous_lane, a.whole_map]
