"""The persona editor: every field of one persona (name, photo, quote, demographics, background,
lifestyle, personality, shopping preferences, information sources, goals, pain points).

Typing is committed as it goes (after a short pause, and when the field loses focus), so Save
never misses a word; all the commits of one visit to a field share an edit session and merge
into one undo step. Every text is plain text.
"""

from __future__ import annotations

from typing import Optional, Union

from PySide6.QtCore import QEvent, QLocale, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from canvas_app.document.editor import Editor
from canvas_app.model import limits
from canvas_app.model.records import Persona
from canvas_app.model.text import clean_line, clean_text
from canvas_app.ui import prompts
from canvas_app.ui.persona_photo import PhotoError, image_file_filter, photo_from_file, photo_image

# Commit typing after this pause, so an edit is in the map (and saved) even if focus never moves.
COMMIT_DELAY_MS = 400
PHOTO_SIDE = 112
TEXT_FIELDS = ("quote", "demographics", "bio", "lifestyle", "personality", "shopping_preferences",
               "information_sources", "goals_motivations", "pain_points")
FieldEditor = Union[QLineEdit, QPlainTextEdit]


class PersonaForm(QWidget):
    """Edits one persona through the Editor; `set_persona(None)` shows an empty, disabled form."""

    photo_failed = Signal(str)  # the reason a chosen photo was refused (also shown to the user)

    def __init__(self, editor: Editor, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaForm")
        self._editor = editor
        self._persona: Optional[Persona] = None
        self._pending: set[str] = set()
        self._session = object()
        self._loading = False
        self._note_count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self.fields: dict[str, FieldEditor] = {}
        self._build()
        self.set_persona(None)

    # -- public API ---------------------------------------------------------------------------

    def persona_id(self) -> Optional[str]:
        return self._persona.id if self._persona is not None else None

    def set_persona(self, persona: Optional[Persona], note_count: int = 0) -> None:
        """Show `persona` (the same one again keeps what is being typed)."""
        if persona is None or self._persona is None or persona.id != self._persona.id:
            self.commit()
            self._pending.clear()
            self._session = object()
        self._persona = persona
        self._loading = True
        try:
            for name, widget in self.fields.items():
                value = getattr(persona, name) if persona is not None else ""
                if name in self._pending or _cleaned(name, _text_of(widget)) == value:
                    continue  # typing not yet committed, or already showing this value
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                else:
                    widget.setPlainText(value)
            self._show_photo()
            self.set_note_count(note_count)
        finally:
            self._loading = False
        for control in (*self.fields.values(), self.choose_photo_button):
            control.setEnabled(persona is not None)
        self.remove_photo_button.setEnabled(persona is not None and persona.photo is not None)

    def set_note_count(self, count: int) -> None:
        self._note_count = count
        if self._persona is None:
            self.notes_label.clear()
        elif count == 0:
            self.notes_label.setText(self.tr(
                "No note is about this persona yet: pick the persona in the inspector of a "
                "selected note."))
        elif count == 1:
            self.notes_label.setText(self.tr("1 note is about this persona."))
        else:
            self.notes_label.setText(self.tr("%1 notes are about this persona.").replace(
                "%1", QLocale().toString(count)))

    def focus_name(self) -> None:
        """Put the keyboard in the name field, its text selected to type over."""
        name = self.fields["name"]
        assert isinstance(name, QLineEdit)
        name.setFocus(Qt.FocusReason.OtherFocusReason)
        name.selectAll()

    def commit(self) -> None:
        """Write what has been typed into the map now (one undo step per field visit)."""
        self._timer.stop()
        persona, pending = self._persona, sorted(self._pending)
        self._pending.clear()
        if persona is None or not pending:
            return
        journey = self._editor.document.journey
        if all(p.id != persona.id for p in journey.personas):
            return  # the persona went away (deleted, or another map opened) meanwhile
        values = {name: _cleaned(name, _text_of(self.fields[name])) for name in pending}
        try:
            self._editor.set_persona_fields(persona.id, session=self._session, **values)
        except ValueError:  # a text beyond the model's limits (names are capped as typed)
            self.error_label.setText(self.tr(
                "Not saved: a persona's text may hold at most %1 characters.").replace(
                    "%1", f"{limits.MAX_TEXT:,}"))
            self.error_label.show()
            return
        self.error_label.hide()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        photo_row = QHBoxLayout()
        self.photo_label = QLabel(self)
        self.photo_label.setObjectName("personaPhoto")
        self.photo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.photo_label.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setWordWrap(True)
        self.photo_label.setStyleSheet("QLabel { background: #E9EDF1; color: #4A5563; }")
        photo_buttons = QVBoxLayout()
        self.choose_photo_button = QPushButton(self)
        self.choose_photo_button.setObjectName("personaChoosePhoto")
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self)
        self.remove_photo_button.setObjectName("personaRemovePhoto")
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_buttons.addWidget(self.choose_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photo_row.addWidget(self.photo_label)
        photo_row.addLayout(photo_buttons, 1)
        layout.addLayout(photo_row)

        self._labels: dict[str, QLabel] = {}
        name = QLineEdit(self)
        name.setMaxLength(limits.MAX_TITLE)
        self._add_field(layout, "name", name)
        for field in TEXT_FIELDS:
            editor = QPlainTextEdit(self)  # plain text: nothing typed is read as markup
            editor.setTabChangesFocus(True)
            editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            lines = 2 if field in ("quote", "demographics") else 4
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
            self._add_field(layout, field, editor)

        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("personaNoteCount")
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setWordWrap(True)
        layout.addWidget(self.notes_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("personaError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._set_texts()

    def _set_texts(self) -> None:
        """Every interface text, in the interface language (again after a language change)."""
        self.choose_photo_button.setText(self.tr("Choose &photo…"))
        self.choose_photo_button.setToolTip(self.tr(
            "A PNG, JPEG, BMP, GIF or WebP image, stored in the map (scaled down)"))
        self.remove_photo_button.setText(self.tr("Remove photo"))
        for name, label, hint in self._field_texts():
            self._labels[name].setText(label)
            widget = self.fields[name]
            widget.setPlaceholderText(hint)
            widget.setAccessibleName(label.replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self._show_photo()
            if self._persona is not None:
                self.set_note_count(self._note_count)
        super().changeEvent(event)

    def _field_texts(self) -> list[tuple[str, str, str]]:
        tr = self.tr
        return [
            ("name", tr("&Name"), tr("What the team calls this persona")),
            ("quote", tr("&Quote"), tr("Something they would say, in their words")),
            ("demographics", tr("&Demographics"), tr("Age, job, family, where they live")),
            ("bio", tr("&Background"), tr("Their story in a few sentences")),
            ("lifestyle", tr("&Lifestyle"), tr("How they spend their days")),
            ("personality", tr("Personalit&y"), tr("Traits that shape their choices")),
            ("shopping_preferences", tr("&Shopping preferences"),
             tr("How, where and when they buy")),
            ("information_sources", tr("Information s&ources"),
             tr("Where they learn about products")),
            ("goals_motivations", tr("&Goals and motivations"), tr("What they want to achieve")),
            ("pain_points", tr("Pain poin&ts"), tr("What frustrates them")),
        ]

    def _add_field(self, layout: QVBoxLayout, name: str, widget: FieldEditor) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        self._labels[name] = label
        widget.setObjectName(f"persona_{name}")
        widget.textChanged.connect(lambda: self._typed(name))
        widget.installEventFilter(self)
        layout.addWidget(label)
        layout.addWidget(widget)
        self.fields[name] = widget

    # -- behaviour ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self.fields.values():
            if event.type() == QEvent.Type.FocusIn:
                self._session = object()  # a new visit to a field: a new undo step
            elif event.type() == QEvent.Type.FocusOut:
                self.commit()
        return super().eventFilter(watched, event)

    def _typed(self, name: str) -> None:
        if self._loading or self._persona is None:
            return
        self._pending.add(name)
        self._timer.start()

    def choose_photo(self) -> None:
        """Pick an image file, check and shrink it, and embed it as the persona's photo."""
        if self._persona is None:
            return
        directory = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation)
        path = prompts.open_file_path(self, self.tr("Choose a Photo"), directory,
                                      image_file_filter())
        if path is None:
            return
        try:
            photo = photo_from_file(path)
        except PhotoError as error:
            message = str(error)
            self.photo_failed.emit(message)
            prompts.show_error(self, self.tr("Cannot use this photo"), message)
            return
        self.commit()
        self._editor.set_persona_fields(self._persona.id, photo=photo)

    def remove_photo(self) -> None:
        if self._persona is not None and self._persona.photo is not None:
            self.commit()
            self._editor.set_persona_fields(self._persona.id, photo=None)

    def _show_photo(self) -> None:
        persona = self._persona
        image = photo_image(persona.photo) if persona is not None else None
        if image is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo") if persona is not None else "")
            return
        pixmap = QPixmap.fromImage(image).scaled(
            PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.photo_label.setPixmap(pixmap)


def _text_of(widget: FieldEditor) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _cleaned(name: str, text: str) -> str:
    """`text` as the model stores it (names are one trimmed line)."""
    return clean_line(text) if name == "name" else clean_text(text)
