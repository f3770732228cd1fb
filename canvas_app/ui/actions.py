"""Every QAction of the window, created in this one place, each with an `objectName`.

Shortcuts come from `QKeySequence.StandardKey` where Qt has one, plus explicit fallbacks where a
platform binds nothing (see docs/shortcuts.md). Controllers connect the actions' signals. On a
language change the texts are applied again (`retranslate`), the actions themselves stay.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence, Union

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from canvas_app.ui import icons, room_actions
from canvas_app.ui.labels import fill

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


class Actions(QObject):
    """The window's actions as attributes (`actions.save`, …), owned by `parent`."""

    # Made by room_actions.define (presentation, audience window, hide and reveal).
    present: QAction
    audience_window: QAction
    next_stage: QAction
    previous_stage: QAction
    next_lane: QAction
    previous_lane: QAction
    whole_map: QAction
    hide_notes: QAction
    hide_lane: QAction
    hide_all: QAction
    reveal_all: QAction

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._parent = parent
        self._undo_stack = undo_stack
        self._all: list[QAction] = []
        self._by_name: dict[str, QAction] = {}
        self._explicit: dict[QAction, list[QKeySequence]] = {}
        self._drawn: list[tuple[QAction, Callable[..., QIcon]]] = []
        self._creating = True
        self._define()
        self._creating = False
        # The toolbar's size now (what the first picture shows), every size with draw_icons.
        ratio = max(1, round(parent.devicePixelRatioF()))
        self.draw_icons(sorted({icons.TOOLBAR_SIZE, icons.TOOLBAR_SIZE * ratio}))
        self._follow_undo_stack()
        self._give_way_to_explicit_keys()

    def retranslate(self) -> None:
        """Apply every text again in the interface language (after a language change), the
        undo history's command names included."""
        from canvas_app.document.commands import retranslate_commands  # (records: not at start-up)

        self._define()
        stack = self._undo_stack
        retranslate_commands(stack)
        self._undo_text, self._redo_text = stack.undoText(), stack.redoText()
        self._show_undo_texts()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def _define(self) -> None:
        """Make the actions (the first time) or re-apply their texts (later calls)."""
        key = QKeySequence.StandardKey
        # -- file
        self.new = self._make("action_new", self.tr("&New…"), [key.New],
                              self.tr("Start a new map from a template"), icons.new_icon)
        self.open = self._make("action_open", self.tr("&Open…"), [key.Open],
                               self.tr("Open a map file"), icons.open_icon)
        self.save = self._make("action_save", self.tr("&Save"), [key.Save],
                               self.tr("Save the map"), icons.save_icon)
        self.save_as = self._make("action_save_as", self.tr("Save &As…"),
                                  [key.SaveAs, "Ctrl+Shift+S"], self.tr("Save the map to a new file"))
        self.export = self._make("action_export", self.tr("&Export…"), ["Ctrl+E"],
                                 self.tr("Export the map as PDF, PNG, SVG or CSV"))
        self.print = self._make("action_print", self.tr("&Print…"), [key.Print, "Ctrl+P"],
                                self.tr("Print the board, fitted to the page or tiled"))
        self.print_preview = self._make("action_print_preview", self.tr("Print Pre&view…"), [],
                                        self.tr("See the printed pages before printing"))
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
        self.undo = self._make("action_undo", self.tr("Undo"), [key.Undo, "Ctrl+Z"],
                               self.tr("Undo the last change"), icons.undo_icon)
        self.redo = self._make("action_redo", self.tr("Redo"),
                               [key.Redo, "Ctrl+Y", "Ctrl+Shift+Z"],
                               self.tr("Redo the change last undone"), icons.redo_icon)
        # The menu names the command ("Undo Rename stage …", see _show_undo_texts); the toolbar
        # keeps a short, steady label.
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
        # Moving from the keyboard; these act on the board only (see board_actions()).
        self.move_notes_left = self._make(
            "action_move_notes_left", self.tr("Move Notes Left"), ["Alt+Left"],
            self.tr("Move the selected notes into the same lane of the stage on the left"))
        self.move_notes_right = self._make(
            "action_move_notes_right", self.tr("Move Notes Right"), ["Alt+Right"],
            self.tr("Move the selected notes into the same lane of the stage on the right"))
        self.move_notes_up = self._make(
            "action_move_notes_up", self.tr("Move Notes Up"), ["Alt+Up"],
            self.tr("Move the selected notes up in their cell, then into the lane above"))
        self.move_notes_down = self._make(
            "action_move_notes_down", self.tr("Move Notes Down"), ["Alt+Down"],
            self.tr("Move the selected notes down in their cell, then into the lane below"))
        self.move_stage_left = self._make(
            "action_move_stage_left", self.tr("Move Stage Left"), ["Alt+Shift+Left"],
            self.tr("Move the current stage one place to the left"))
        self.move_stage_right = self._make(
            "action_move_stage_right", self.tr("Move Stage Right"), ["Alt+Shift+Right"],
            self.tr("Move the current stage one place to the right"))
        self.move_lane_up = self._make(
            "action_move_lane_up", self.tr("Move Lane Up"), ["Alt+Shift+Up"],
            self.tr("Move the current lane one place up"))
        self.move_lane_down = self._make(
            "action_move_lane_down", self.tr("Move Lane Down"), ["Alt+Shift+Down"],
            self.tr("Move the current lane one place down"))
        self.preferences = self._make(
            "action_preferences", self.tr("Prefere&nces…"), [key.Preferences, "Ctrl+,"],
            self.tr("Interface language and high-contrast display"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # -- view
        self.zoom_in = self._make("action_zoom_in", self.tr("Zoom &In"), [key.ZoomIn, "Ctrl+="],
                                  self.tr("Zoom in"))
        self.zoom_out = self._make("action_zoom_out", self.tr("Zoom &Out"), [key.ZoomOut],
                                   self.tr("Zoom out"))
        self.zoom_fit = self._make("action_zoom_fit", self.tr("Zoom to &Fit"), ["Ctrl+0"],
                                   self.tr("Show the whole board"))
        self.zoom_100 = self._make("action_zoom_100", self.tr("&Actual Size (100 %)"), ["Ctrl+1"],
                                   self.tr("Zoom to 100 %"))
        self.zoom_selection = self._make("action_zoom_selection", self.tr("Zoom to &Selection"),
                                         ["Ctrl+2"], self.tr("Show the selected notes"))
        self.zoom_stage = self._make("action_zoom_stage", self.tr("Zoom to Current S&tage"),
                                     ["Ctrl+3"], self.tr("Show the current stage"))
        self.freeze_headers = self._make(
            "action_freeze_headers", self.tr("Freeze &Headers"), [],
            self.tr("Keep the stage and lane titles in view while scrolling the board"))
        if self._creating:
            self.freeze_headers.setCheckable(True)
            self.freeze_headers.setChecked(True)  # (ui/view_options.py applies the stored choice)
        self.next_panel = self._make(
            "action_next_panel", self.tr("Ne&xt Panel"), ["F6"],
            self.tr("Move the keyboard to the next panel (the board, then each panel shown)"))
        self.previous_panel = self._make(
            "action_previous_panel", self.tr("Pre&vious Panel"), ["Shift+F6"],
            self.tr("Move the keyboard to the previous panel"))
        self.guide = self._make("action_guide", self.tr("&Guide"), ["Ctrl+Shift+G"],
                                self.tr("The eight steps of the method and what the map still "
                                        "lacks"))
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
        self.map_properties = self._make(
            "action_map_properties", self.tr("&Map Properties…"), [],
            self.tr("The map's title, description, board type, map language and client logo"))
        self.set_logo = self._make("action_set_logo", self.tr("Client L&ogo…"), [],
                                   self.tr("Choose the client's logo for the report cover"))
        self.remove_logo = self._make("action_remove_logo", self.tr("&Remove Client Logo"), [],
                                      self.tr("Take the client's logo off the report cover"))
        # Toolbar labels: the menu text alone ("Note" under Insert) would be unclear there.
        self.add_note.setIconText(self.tr("Add Note"))
        self.connector_mode.setIconText(self.tr("Connect"))
        self.zoom_fit.setIconText(self.tr("Fit"))
        if self._creating:  # drawn icons: once is enough
            self._drawn.extend(((self.add_note, icons.note_icon),
                                (self.connector_mode, icons.connector_icon),
                                (self.zoom_in, icons.zoom_in_icon),
                                (self.zoom_out, icons.zoom_out_icon),
                                (self.zoom_fit, icons.zoom_fit_icon),
                                (self.find, icons.find_icon),
                                (self.export, icons.export_icon)))
        room_actions.define(self)  # presentation, audience window, hide and reveal
        # -- help
        self.shortcuts = self._make("action_shortcuts", self.tr("&Keyboard Shortcuts"),
                                    [key.HelpContents], self.tr("List the keyboard shortcuts"))
        self.about = self._make("action_about", self.tr("&About Journey Canvas"), [],
                                self.tr("About this program"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def step_actions(self) -> list[QAction]:
        """The actions that step a running presentation (enabled only while presenting)."""
        return room_actions.step_actions(self)

    def draw_icons(self, sizes: Sequence[int] = icons.SIZES) -> None:
        """Give the actions with drawn icons (ui/icons.py) their icons at `sizes` pixels."""
        for action, make_icon in self._drawn:
            action.setIcon(make_icon(sizes))

    def board_actions(self) -> list[QAction]:
        """The actions that act on the board only: their keys (Alt+arrows) work while the
        board has the focus and stay free for other widgets (Alt+Down opens a combo box)."""
        return [self.move_notes_left, self.move_notes_right, self.move_notes_up,
                self.move_notes_down, self.move_stage_left, self.move_stage_right,
                self.move_lane_up, self.move_lane_down]

    def _follow_undo_stack(self) -> None:
        stack = self._undo_stack
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        # The texts come with the signals: the stack may be on its way out when it sends them.
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        for action in self.board_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._undo_text, self._redo_text = stack.undoText(), stack.redoText()
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self._show_undo_texts()

    def _undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self._show_undo_texts()

    def _redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        """Undo and Redo name the command they would undo or redo, in the current language
        (made here rather than by QUndoStack, whose prefix is fixed when its action is made)."""
        undo_text, redo_text = self._undo_text, self._redo_text
        self.undo.setText(fill(self.tr("Undo %1"), undo_text) if undo_text else self.tr("Undo"))
        self.redo.setText(fill(self.tr("Redo %1"), redo_text) if redo_text else self.tr("Redo"))

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
              icon: Optional[Callable[[], QIcon]] = None) -> QAction:
        """A new action, or (on a language change) the existing one with new texts."""
        action = self._by_name.get(name)
        if action is None:
            action = QAction(text, self._parent)
            self._register(action, name, keys, icon)
            self._by_name[name] = action
        else:
            action.setText(text)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def _register(self, action: QAction, name: str, keys: Sequence[Key],
                  icon: Optional[Callable[[], QIcon]]) -> None:
        action.setObjectName(name)
        sequences = shortcuts_for(keys)
        self._explicit[action] = [QKeySequence(key) for key in keys if isinstance(key, str)]
        if sequences:
            action.setShortcuts(sequences)
            # Window-wide, so they work whichever panel has focus; text fields still take their
            # own editing keys first (they accept the shortcut-override event).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            self._drawn.append((action, icon))
        self._all.append(action)
