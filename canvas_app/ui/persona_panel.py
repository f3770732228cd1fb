"""The Personas panel: the map's personas in the map language's order, with add, delete, "show
only this persona's notes" and the editor of every field of the chosen persona.

Every change goes through the Editor (undoable). Filtering is asked for with `filter_requested`
(the window hands it to the search panel, where the filter shows and can be cleared).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.document.editor import Editor
from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_style import DEFAULT_STYLE
from canvas_app.model.records import Persona
from canvas_app.ui.persona_form import PersonaForm
from canvas_app.ui.persona_photo import photo_image
from canvas_app.ui.search_sorting import collated, map_collator

_ID_ROLE = Qt.ItemDataRole.UserRole
# A new persona's name is map text, so in the map's language; the user renames it at once.
NEW_PERSONA_NAMES = {"en": "New persona", "vi": "Chân dung mới"}
_ICON_SIDE = 32


class PersonaPanel(QWidget):
    """List, create, delete and edit the personas of the document's map."""

    filter_requested = Signal(str)  # show only the notes of this persona id

    def __init__(self, document: Document, editor: Editor,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaPanel")
        self._document = document
        self._editor = editor
        self._build()
        document.changed.connect(self._on_changed)
        self._refill()

    # -- public API ---------------------------------------------------------------------------

    def persona_ids(self) -> list[str]:
        """The listed personas' ids, in the order shown."""
        return [str(self.list.item(row).data(_ID_ROLE)) for row in range(self.list.count())]

    def current_id(self) -> Optional[str]:
        item = self.list.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else None

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == persona_id:
                self.list.setCurrentRow(row)
                return

    def add_persona(self) -> str:
        """Create a persona, select it and put the keyboard in its name."""
        self.form.commit()
        journey = self._document.journey
        name = NEW_PERSONA_NAMES.get(journey.language.value, NEW_PERSONA_NAMES["en"])
        persona_id = self._editor.add_persona(name)
        self.select(persona_id)
        self.form.focus_name()
        return persona_id

    def delete_current(self) -> None:
        """Delete the chosen persona (its notes keep their text and lose the reference)."""
        persona_id = self.current_id()
        if persona_id is not None:
            self.form.commit()
            self._editor.delete_persona(persona_id)

    def show_only_current(self) -> None:
        persona_id = self.current_id()
        if persona_id is not None:
            self.form.commit()
            self.filter_requested.emit(persona_id)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.list = QListWidget(self)
        self.list.setObjectName("personaList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setIconSize(QSize(_ICON_SIDE, _ICON_SIDE))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.list.setFixedHeight(4 * (_ICON_SIDE + 4) + 6)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        layout.addWidget(self.list)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("personaAdd")
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("personaDelete")
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.show_notes_button = QPushButton(self)
        self.show_notes_button.setObjectName("personaShowNotes")
        self.show_notes_button.clicked.connect(self.show_only_current)
        layout.addWidget(self.show_notes_button)

        self.form = PersonaForm(self._editor, self)
        scroll = QScrollArea(self)
        scroll.setObjectName("personaScroll")
        # The fields inside take the focus (the area scrolls to them); the area itself would be
        # a nameless stop for Tab and screen readers.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self._set_texts()

    def _set_texts(self) -> None:
        """Every interface text, in the interface language (again after a language change)."""
        self.list.setAccessibleName(self.tr("Personas"))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a persona to the map"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr(
            "Delete this persona; its notes stay, no longer attached to it"))
        self.show_notes_button.setText(self.tr("Show only this persona's notes"))
        self.show_notes_button.setToolTip(self.tr(
            "Highlight this persona's notes on the board (clear it in Find and Filter)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self._refill()  # "(unnamed)" entries
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------------------------

    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset or change.personas or change.properties:
            self._refill()
        elif change.notes:
            self.form.set_note_count(self._note_count(self.current_id()))

    def _refill(self) -> None:
        """List the personas in the map language's order, keeping the chosen one."""
        journey = self._document.journey
        current = self.current_id()
        personas = collated(journey.personas, lambda p: p.name, map_collator(journey.language))
        wanted = [(p.id, _display_name(p, self.tr("(unnamed)")), p.photo) for p in personas]
        shown = [(str(self.list.item(row).data(_ID_ROLE)), self.list.item(row).text(),
                  self.list.item(row).data(Qt.ItemDataRole.UserRole + 1))
                 for row in range(self.list.count())]
        if [(i, t) for i, t, _ in wanted] != [(i, t) for i, t, _ in shown] or any(
                photo != old for (_, _, photo), (_, _, old) in zip(wanted, shown)):
            self.list.blockSignals(True)
            self.list.clear()
            for persona_id, text, photo in wanted:
                item = QListWidgetItem(text, self.list)  # list items never interpret markup
                item.setData(_ID_ROLE, persona_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, photo)
                item.setIcon(_photo_icon(journey, persona_id))
                if persona_id == current:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
            self.list.blockSignals(False)
        self.add_button.setEnabled(len(journey.personas) < limits.MAX_PERSONAS)
        self._show_current()

    def _show_current(self) -> None:
        persona_id = self.current_id()
        persona = _find(self._document.journey, persona_id)
        self.form.set_persona(persona, self._note_count(persona_id))
        self.delete_button.setEnabled(persona is not None)
        self.show_notes_button.setEnabled(persona is not None)

    def _note_count(self, persona_id: Optional[str]) -> int:
        if persona_id is None:
            return 0
        return sum(1 for note in self._document.journey.notes if note.persona == persona_id)


def _find(journey: JourneyMap, persona_id: Optional[str]) -> Optional[Persona]:
    return next((p for p in journey.personas if p.id == persona_id), None)


def _display_name(persona: Persona, unnamed: str) -> str:
    return persona.name or unnamed


def _photo_icon(journey: JourneyMap, persona_id: str) -> QIcon:
    """The persona's photo, or its initials on a disc (every row alike, never blank)."""
    persona = _find(journey, persona_id)
    image = photo_image(persona.photo) if persona is not None else None
    if image is not None:
        return QIcon(QPixmap.fromImage(image).scaled(
            _ICON_SIDE, _ICON_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
    return initials_icon(persona.name if persona is not None else "")


def initials(name: str) -> str:
    """Up to two initials from the name before any dash ("Lan Anh – kế toán" gives "LA")."""
    for dash in (" \u2013 ", " \u2014 ", " - "):
        name = name.split(dash)[0]
    letters = [word[0] for word in name.split() if word[0].isalnum()]
    return "".join(letters[:2]).upper()


def initials_icon(name: str) -> QIcon:
    pixmap = QPixmap(_ICON_SIDE * 2, _ICON_SIDE * 2)  # drawn large: crisp on dense screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(DEFAULT_STYLE.phase_fill))
    painter.drawEllipse(2, 2, _ICON_SIDE * 2 - 4, _ICON_SIDE * 2 - 4)
    font = QFont(painter.font())
    font.setPixelSize(round(_ICON_SIDE * 0.8))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return QIcon(pixmap)
