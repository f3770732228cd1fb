"""The inspector: kind, colour, emotion score, votes, tags, persona and evidence of the selected
notes. An edit applies to every selected note as one undo step, through the Editor.

The emotion score is enabled only where it means something: when every selected note is of the
emotion kind or sits in an emotions lane (the lanes whose curve it draws), or already has a score
(so it can be cleared).
"""

from __future__ import annotations

from typing import Any, Optional, Sequence, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.document.editor import Editor
from canvas_app.model import limits
from canvas_app.model.kinds import KIND_COLORS, Evidence, LaneKind, NoteKind
from canvas_app.model.records import Note
from canvas_app.ui import prompts
from canvas_app.ui.core_messages import error_text
from canvas_app.ui.labels import emotion_label, evidence_label, kind_icon, kind_label, swatch_icon
from canvas_app.ui.search_sorting import collated, map_collator

T = TypeVar("T")


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags → a tuple without blanks or repeats, in the order typed."""
    tags = (part.strip() for part in text.split(","))
    return tuple(dict.fromkeys(tag for tag in tags if tag))


def emotion_applies(note: Note, lane_kinds: dict[str, LaneKind]) -> bool:
    return note.kind is NoteKind.EMOTION or lane_kinds.get(note.lane) is LaneKind.EMOTIONS


def _common(values: Sequence[T]) -> tuple[bool, Optional[T]]:
    """(True, the value) when every value is equal, else (False, None)."""
    if values and all(value == values[0] for value in values):
        return True, values[0]
    return False, None


def _spoken(label: str) -> str:
    """A form label as a screen reader should say it: "&Kind:" → "Kind"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":： ")


class InspectorPanel(QWidget):
    """Shows and edits the fields of the notes given to `set_selection`."""

    def __init__(self, document: Document, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector_panel")
        self._document = document
        self._editor = editor
        self._selection: list[str] = []
        self._build()
        document.changed.connect(self._on_changed)
        self.refresh()

    # -- public -----------------------------------------------------------------------------

    def selection(self) -> list[str]:
        return list(self._selection)

    def set_selection(self, note_ids: Sequence[str]) -> None:
        self._selection = list(note_ids)
        self.refresh()

    def notes(self) -> list[Note]:
        """The selected notes that still exist."""
        by_id = self._document.journey.note_by_id
        return [by_id[note_id] for note_id in self._selection if note_id in by_id]

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("inspector_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.summary)
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("inspector_kind")
        for kind in NoteKind:
            self.kind_combo.addItem(kind_icon(kind), kind_label(kind), kind.value)
        self.kind_combo.activated.connect(
            lambda index: self._apply(kind=NoteKind(self.kind_combo.itemData(index))))
        self._add_row(self.kind_combo)

        colour_row = QHBoxLayout()
        self.color_button = QPushButton(self)
        self.color_button.setObjectName("inspector_color")
        self.color_button.clicked.connect(self._choose_color)
        self.color_reset = QPushButton(self)
        self.color_reset.setObjectName("inspector_color_reset")
        self.color_reset.clicked.connect(lambda: self._apply(color=None))
        colour_row.addWidget(self.color_button, 1)
        colour_row.addWidget(self.color_reset, 1)
        self._colour_label = QLabel(self)
        self._colour_label.setBuddy(self.color_button)  # a row of two buttons has no buddy
        form.addRow(self._colour_label, colour_row)

        self.emotion_combo = QComboBox(self)
        self.emotion_combo.setObjectName("inspector_emotion")
        self.emotion_combo.addItem("", None)
        for score in range(limits.EMOTION_MIN, limits.EMOTION_MAX + 1):
            self.emotion_combo.addItem("", score)
        self.emotion_combo.activated.connect(
            lambda index: self._apply(emotion=self.emotion_combo.itemData(index)))
        self._add_row(self.emotion_combo)

        self.votes_spin = QSpinBox(self)
        self.votes_spin.setObjectName("inspector_votes")
        self.votes_spin.setKeyboardTracking(False)  # one edit per typed number, not per digit
        self.votes_spin.valueChanged.connect(self._votes_changed)
        self._add_row(self.votes_spin)

        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("inspector_tags")
        self.tags_edit.editingFinished.connect(self._tags_edited)
        self._add_row(self.tags_edit)

        self.persona_combo = QComboBox(self)
        self.persona_combo.setObjectName("inspector_persona")
        self.persona_combo.activated.connect(
            lambda index: self._apply(persona=self.persona_combo.itemData(index)))
        self._add_row(self.persona_combo)

        self.evidence_combo = QComboBox(self)
        self.evidence_combo.setObjectName("inspector_evidence")
        self.evidence_combo.addItem("", None)
        for evidence in Evidence:
            self.evidence_combo.addItem("", evidence.value)
        self.evidence_combo.activated.connect(self._evidence_chosen)
        self._add_row(self.evidence_combo)

        # Hide and reveal (presentation): the note's own flag; a hidden lane hides it as well.
        self.hidden_check = QCheckBox(self)
        self.hidden_check.setObjectName("inspector_hidden")
        self.hidden_check.clicked.connect(self._hidden_clicked)
        self._form.addRow(self.hidden_check)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("inspector_error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        outer.addStretch(1)
        self._fields: list[QWidget] = [
            self.kind_combo, self.color_button, self.color_reset, self.emotion_combo,
            self.votes_spin, self.tags_edit, self.persona_combo, self.evidence_combo,
            self.hidden_check,
        ]
        self._set_texts()

    def _add_row(self, field: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(field)  # its mnemonic (Alt+K…) moves the focus to the field
        self._form.addRow(label, field)

    def _set_texts(self) -> None:
        """The labels, buttons and choices in the interface language."""
        form = self._form
        for field, text in ((self.kind_combo, self.tr("&Kind:")),
                            (self.emotion_combo, self.tr("E&motion:")),
                            (self.votes_spin, self.tr("V&otes:")),
                            (self.tags_edit, self.tr("&Tags:")),
                            (self.persona_combo, self.tr("&Persona:")),
                            (self.evidence_combo, self.tr("Evi&dence:"))):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
            # A combo box would otherwise be announced by its current value alone.
            field.setAccessibleName(_spoken(text))
        self._colour_label.setText(self.tr("&Colour:"))
        self.color_button.setAccessibleName(_spoken(self._colour_label.text()))
        self.color_button.setText(self.tr("Choose…"))
        self.color_button.setToolTip(self.tr("Give the notes a colour of their own"))
        self.color_reset.setText(self.tr("Kind colour"))
        self.color_reset.setToolTip(self.tr("Go back to the colour of the note kind"))
        self.tags_edit.setToolTip(self.tr("Tags separated by commas"))
        self.hidden_check.setText(self.tr("Hidden from the a&udience"))
        self.hidden_check.setToolTip(self.tr("Hide these notes from the audience view and "
                                             "presentation until revealed"))
        self.hidden_check.setAccessibleName(self.tr("Hidden from the audience"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_label(NoteKind(self.kind_combo.itemData(index))))
        for index in range(self.emotion_combo.count()):
            score = self.emotion_combo.itemData(index)
            self.emotion_combo.setItemText(
                index, self.tr("No score") if score is None else emotion_label(score))
        for index in range(self.evidence_combo.count()):
            value = self.evidence_combo.itemData(index)
            self.evidence_combo.setItemText(
                index, self.tr("Not stated") if value is None else evidence_label(Evidence(value)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self.refresh()  # summary, "(mixed)" hints, persona choices
        super().changeEvent(event)

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the selected notes' fields (blank where they differ)."""
        notes = self.notes()
        for widget in self._fields:
            widget.blockSignals(True)
        try:
            self._fill_personas()
            if notes:
                self.summary.setText(self.tr("1 note selected") if len(notes) == 1
                                     else self.tr("%n notes selected", "", len(notes)))
            else:
                self.summary.setText(self.tr("No note selected"))
            for widget in self._fields:
                widget.setEnabled(bool(notes))
            if notes:
                self._show(notes)
            else:
                self._show_nothing()
        finally:
            for widget in self._fields:
                widget.blockSignals(False)

    def _show(self, notes: list[Note]) -> None:
        mixed = self.tr("(mixed)")
        for combo in (self.kind_combo, self.emotion_combo, self.persona_combo,
                      self.evidence_combo):
            combo.setPlaceholderText(mixed)
        self._select(self.kind_combo, [note.kind.value for note in notes])
        self._select(self.emotion_combo, [note.emotion for note in notes])
        self._select(self.persona_combo, [note.persona for note in notes])
        self._select(self.evidence_combo,
                     [note.evidence.value if note.evidence else None for note in notes])
        lane_kinds = {lane.id: lane.kind for lane in self._document.journey.lanes}
        self.emotion_combo.setEnabled(all(
            emotion_applies(note, lane_kinds) or note.emotion is not None for note in notes))
        same_votes, votes = _common([note.votes for note in notes])
        # The special text shows at the minimum: -1 stands for "mixed", 0 must read "0".
        self.votes_spin.setSpecialValueText("" if same_votes else mixed)
        self.votes_spin.setRange(0 if same_votes else -1, limits.MAX_VOTES)
        self.votes_spin.setValue(votes if same_votes and votes is not None else -1)
        same_tags, tags = _common([note.tags for note in notes])
        self.tags_edit.setText(", ".join(tags) if same_tags and tags else "")
        self.tags_edit.setPlaceholderText("" if same_tags else self.tr("(mixed: typing replaces all)"))
        self.tags_edit.setModified(False)
        same_color, color = _common([note.color or KIND_COLORS[note.kind] for note in notes])
        self.color_button.setIcon(swatch_icon(QColor(color)) if same_color and color else
                                  swatch_icon(QColor("#FFFFFF")))
        self.color_reset.setEnabled(any(note.color is not None for note in notes))
        same_hidden, hidden = _common([note.hidden for note in notes])
        state = Qt.CheckState.PartiallyChecked if not same_hidden else (
            Qt.CheckState.Checked if hidden else Qt.CheckState.Unchecked)
        self.hidden_check.setTristate(not same_hidden)
        self.hidden_check.setCheckState(state)

    def _show_nothing(self) -> None:
        """Blank, disabled fields: no "(mixed)" hint when nothing is selected."""
        for combo in (self.kind_combo, self.emotion_combo, self.persona_combo,
                      self.evidence_combo):
            combo.setPlaceholderText("")
            combo.setCurrentIndex(-1)
        self.votes_spin.setRange(-1, limits.MAX_VOTES)
        self.votes_spin.setSpecialValueText(" ")
        self.votes_spin.setValue(-1)
        self.tags_edit.clear()
        self.tags_edit.setPlaceholderText("")
        self.color_button.setIcon(QIcon())
        self.hidden_check.setTristate(False)
        self.hidden_check.setCheckState(Qt.CheckState.Unchecked)

    @staticmethod
    def _select(combo: QComboBox, values: Sequence[Any]) -> None:
        same, value = _common(values)
        combo.setCurrentIndex(combo.findData(value) if same else -1)

    def _fill_personas(self) -> None:
        journey = self._document.journey
        self.persona_combo.clear()
        self.persona_combo.addItem(self.tr("Nobody in particular"), None)
        for persona in collated(journey.personas, lambda p: p.name,
                                map_collator(journey.language)):
            self.persona_combo.addItem(persona.name or self.tr("(unnamed)"), persona.id)

    # -- editing ----------------------------------------------------------------------------

    def _apply(self, **fields: Any) -> None:
        """Set `fields` on every selected note: one command, one undo step."""
        ids = [note.id for note in self.notes()]
        if not ids:
            return
        try:
            self._editor.set_note_fields(ids, **fields)
        except ValueError as error:  # EditError: the model's refusal, with a human message
            self._show_error(error_text(error))
            self.refresh()
            return
        self.error_label.hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _hidden_clicked(self) -> None:
        # A click on a mixed box hides every note (the box then shows checked, two-state).
        hidden = self.hidden_check.checkState() != Qt.CheckState.Unchecked
        ids = [note.id for note in self.notes()]
        if ids:
            self._editor.set_notes_hidden(ids, hidden)

    def _votes_changed(self, value: int) -> None:
        if value >= 0:
            self._apply(votes=value)

    def _tags_edited(self) -> None:
        # Only the user's typing counts: focus leaving an untouched "(mixed)" field changes nothing.
        if self.tags_edit.isModified():
            self.tags_edit.setModified(False)
            self._apply(tags=parse_tags(self.tags_edit.text()))

    def _evidence_chosen(self, index: int) -> None:
        value = self.evidence_combo.itemData(index)
        self._apply(evidence=Evidence(value) if value else None)

    def _choose_color(self) -> None:
        notes = self.notes()
        if not notes:
            return
        initial = QColor(notes[0].color or KIND_COLORS[notes[0].kind])
        chosen = prompts.choose_color(self, initial, self.tr("Note colour"))
        if chosen is not None:
            self._apply(color=chosen.name(QColor.NameFormat.HexRgb).upper())

    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset:
            self._selection = []
            self.refresh()
        elif change.personas or change.lanes or change.notes & set(self._selection):
            self.refresh()

    def describe(self) -> str:
        """The summary line, e.g. "2 notes selected" (for tests and accessibility)."""
        return self.summary.text()

