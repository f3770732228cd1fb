"""Every QAction of the window, created in this one place, each with an `objectName`.

Shortcuts come from `QKeySequence.StandardKey` where Qt has one, plus explicit fallbacks where a
platform binds nothing (see docs/shortcuts.md). Controllers connect the actions' signals.
"""

from __future__ import annotations

from typing import Optional, Sequence, Union

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from canvas_app.ui import icons

Key = Union[QKeySequence.StandardKey, str]


def shortcuts_for(keys: Sequence[Key]) -> list[QKeySequence]:
    """The key sequences of `keys` in order, standard keys expanded for this platform, with
    duplicates and empty sequences (a standard key the platform lacks) left out."""
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(key)
        else:
            candidates = [QKeySequence(key)]
        for sequence in candidates:
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


def _style_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


class Actions(QObject):
    """The window's actions as attributes (`actions.save`, …), owned by `parent`."""

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._parent = parent
        self._all: list[QAction] = []
        self._explicit: dict[QAction, list[QKeySequence]] = {}
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        # -- file
        self.new = self._make("action_new", self.tr("&New…"), [key.New],
                              self.tr("Start a new map from a template"), sp.SP_FileIcon)
        self.open = self._make("action_open", self.tr("&Open…"), [key.Open],
                               self.tr("Open a map file"), sp.SP_DialogOpenButton)
        self.save = self._make("action_save", self.tr("&Save"), [key.Save],
                               self.tr("Save the map"), sp.SP_DialogSaveButton)
        self.save_as = self._make("action_save_as", self.tr("Save &As…"),
                                  [key.SaveAs, "Ctrl+Shift+S"], self.tr("Save the map to a new file"))
        self.export = self._make("action_export", self.tr("&Export…"), ["Ctrl+E"],
                                 self.tr("Export the map as PDF or CSV"))
        self.import_csv = self._make("action_import_csv", self.tr("&Import CSV…"), ["Ctrl+Shift+I"],
                                     self.tr("Make a new map from a CSV file of notes"))
        self.start_screen = self._make("action_start_screen", self.tr("S&tart Screen"), [],
                                       self.tr("Show the start screen: recent maps, templates "
                                               "and samples"))
        self.close = self._make("action_close", self.tr("&Close"), [key.Close, "Ctrl+W"],
                                self.tr("Close this window"))
        self.quit = self._make("action_quit", self.tr("&Quit"), [key.Quit, "Ctrl+Q"],
                               self.tr("Close every window and quit"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # -- edit
        self.undo = undo_stack.createUndoAction(parent, self.tr("Undo"))
        self._register(self.undo, "action_undo", [key.Undo, "Ctrl+Z"], sp.SP_ArrowBack)
        self.redo = undo_stack.createRedoAction(parent, self.tr("Redo"))
        self._register(self.redo, "action_redo", [key.Redo, "Ctrl+Y", "Ctrl+Shift+Z"],
                       sp.SP_ArrowForward)
        # The stack renames these after each edit ("Undo Rename stage …"); the toolbar keeps a
        # short, steady label while the menu shows the full text.
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.cut = self._make("action_cut", self.tr("Cu&t"), [key.Cut],
                              self.tr("Cut the selected notes"))
        self.copy = self._make("action_copy", self.tr("&Copy"), [key.Copy],
                               self.tr("Copy the selected notes (as notes and as text)"))
        self.paste = self._make("action_paste", self.tr("&Paste"), [key.Paste],
                                self.tr("Paste notes or lines of text into the current cell"))
        self.duplicate = self._make("action_duplicate", self.tr("D&uplicate"), ["Ctrl+D"],
                                    self.tr("Copy the selected notes next to themselves"))
        self.delete = self._make("action_delete", self.tr("&Delete"), [key.Delete],
                                 self.tr("Delete the selected notes"))
        self.select_all = self._make("action_select_all", self.tr("Select &All"), [key.SelectAll],
                                     self.tr("Select every note"))
        self.find = self._make("action_find", self.tr("&Find…"), [key.Find],
                               self.tr("Find and filter notes by text, tag, kind or persona"))
        self.edit_note = self._make("action_edit_note", self.tr("&Edit Note Text"), ["F2"],
                                    self.tr("Edit the text of the selected note in place"))
        self.rename_stage = self._make("action_rename_stage", self.tr("Rename &Stage…"), [],
                                       self.tr("Rename the current stage"))
        self.rename_lane = self._make("action_rename_lane", self.tr("Rename &Lane…"), [],
                                      self.tr("Rename the current lane"))
        self.delete_stage = self._make("action_delete_stage", self.tr("Delete Stage"), [],
                                       self.tr("Delete the current stage with its notes"))
        self.delete_lane = self._make("action_delete_lane", self.tr("Delete Lane"), [],
                                      self.tr("Delete the current lane with its notes"))
        # -- view
        self.zoom_in = self._make("action_zoom_in", self.tr("Zoom &In"), [key.ZoomIn, "Ctrl+="],
                                  self.tr("Zoom in"))
        self.zoom_out = self._make("action_zoom_out", self.tr("Zoom &Out"), [key.ZoomOut],
                                   self.tr("Zoom out"))
        self.zoom_fit = self._make("action_zoom_fit", self.tr("Zoom to &Fit"), ["Ctrl+0"],
                                   self.tr("Show the whole board"))
        self.zoom_100 = self._make("action_zoom_100", self.tr("Actual &Size (100 %)"), ["Ctrl+1"],
                                   self.tr("Zoom to 100 %"))
        self.zoom_selection = self._make("action_zoom_selection", self.tr("Zoom to &Selection"),
                                         ["Ctrl+2"], self.tr("Show the selected notes"))
        self.zoom_stage = self._make("action_zoom_stage", self.tr("Zoom to Current S&tage"),
                                     ["Ctrl+3"], self.tr("Show the current stage"))
        # -- insert
        self.add_note = self._make("action_add_note", self.tr("&Note"), ["Ins"],
                                   self.tr("Add a note to the current cell"))
        self.add_stage = self._make("action_add_stage", self.tr("&Stage…"), [],
                                    self.tr("Add a stage after the current one"))
        self.add_lane = self._make("action_add_lane", self.tr("&Lane…"), [],
                                   self.tr("Add a lane below the current one"))
        self.add_phase = self._make("action_add_phase", self.tr("&Phase…"), [],
                                    self.tr("Group the current stage (or the selected notes' "
                                            "stages) into a phase"))
        self.connector_mode = self._make("action_connector_mode", self.tr("&Connector"),
                                         ["Ctrl+K"], self.tr("Draw an arrow from one note to "
                                                             "another"))
        self.connector_mode.setCheckable(True)
        # Toolbar labels: the menu text alone ("Note" under Insert) would be unclear there.
        self.add_note.setIconText(self.tr("Add Note"))
        self.connector_mode.setIconText(self.tr("Connect"))
        self.zoom_fit.setIconText(self.tr("Fit"))
        for action, make_icon in ((self.add_note, icons.note_icon),
                                  (self.connector_mode, icons.connector_icon),
                                  (self.zoom_in, icons.zoom_in_icon),
                                  (self.zoom_out, icons.zoom_out_icon),
                                  (self.zoom_fit, icons.zoom_fit_icon),
                                  (self.find, icons.find_icon),
                                  (self.export, icons.export_icon)):
            action.setIcon(make_icon())
        # -- help
        self.shortcuts = self._make("action_shortcuts", self.tr("&Keyboard Shortcuts"),
                                    [key.HelpContents], self.tr("List the keyboard shortcuts"))
        self.about = self._make("action_about", self.tr("&About Journey Canvas"), [],
                                self.tr("About this program"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.undo.setStatusTip(self.tr("Undo the last change"))
        self.redo.setStatusTip(self.tr("Redo the change last undone"))
        self._give_way_to_explicit_keys()

    def _give_way_to_explicit_keys(self) -> None:
        """A platform's standard list may bind a key this file gives another action on purpose
        (X11 binds Ctrl+D to Delete; here it is Duplicate): the explicit choice wins, since a
        key bound twice in one window triggers neither action."""
        for action in self._all:
            kept = [sequence for sequence in action.shortcuts()
                    if not any(sequence in self._explicit[other] for other in self._all
                               if other is not action)]
            if kept != action.shortcuts():
                action.setShortcuts(kept)

    def all(self) -> list[QAction]:
        """Every action made here, in creation order."""
        return list(self._all)

    def _make(self, name: str, text: str, keys: Sequence[Key], tip: str,
              icon: Optional[QStyle.StandardPixmap] = None) -> QAction:
        action = QAction(text, self._parent)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        self._register(action, name, keys, icon)
        return action

    def _register(self, action: QAction, name: str, keys: Sequence[Key],
                  icon: Optional[QStyle.StandardPixmap]) -> None:
        action.setObjectName(name)
        sequences = shortcuts_for(keys)
        self._explicit[action] = [QKeySequence(key) for key in keys if isinstance(key, str)]
        if sequences:
            action.setShortcuts(sequences)
            # Window-wide, so they work whichever panel has focus; text fields still take their
            # own editing keys first (they accept the shortcut-override event).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(_style_icon(icon))
        self._all.append(action)
