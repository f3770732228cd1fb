"""Map Properties: the map's title, description, board type, map language and client logo,
edited together and applied as one undo step.

The map language is the language of the words drawn on the board and in exports (blueprint line
names, evidence labels, PDF headings); it is a property of the map, independent of the interface
language. Every text is the user's and is shown as plain text.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canvas_app.document.editor import Editor
from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Language, MapType
from canvas_app.model.records import Photo
from canvas_app.model.text import clean_line, clean_text
from canvas_app.ui import prompts
from canvas_app.ui.persona_photo import PhotoError, image_file_filter, photo_from_file, photo_image

LOGO_PREVIEW_WIDTH = 180
LOGO_PREVIEW_HEIGHT = 72


class MapPropertiesDialog(QDialog):
    """Edits a copy of the map's properties; `changes()` are what differ once accepted."""

    def __init__(self, journey: JourneyMap, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPropertiesDialog")
        self.setWindowTitle(self.tr("Map Properties"))
        self._journey = journey
        self._logo: Optional[Photo] = journey.logo
        self._build()
        self._load()

    # -- answers --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The properties as the dialog shows them now."""
        return {
            "title": clean_line(self.title_edit.text()),
            "description": clean_text(self.description_edit.toPlainText()),
            "map_type": MapType(self.map_type_combo.currentData()),
            "language": Language(self.language_combo.currentData()),
            "logo": self._logo,
        }

    def changes(self) -> dict[str, Any]:
        """Only the properties that differ from the map's."""
        return {name: value for name, value in self.values().items()
                if getattr(self._journey, name) != value}

    # -- the logo -------------------------------------------------------------------------------

    def choose_logo(self) -> bool:
        """Pick an image file as the logo (kept until OK); False when cancelled or refused."""
        directory = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation)
        path = prompts.open_file_path(self, self.tr("Choose the Client's Logo"), directory,
                                      image_file_filter())
        if path is None:
            return False
        try:
            self._logo = photo_from_file(path)
        except PhotoError as error:
            prompts.show_error(self, self.tr("Cannot use this logo"), str(error))
            return False
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self._logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        image = photo_image(self._logo)
        if image is None:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        else:
            pixmap = QPixmap.fromImage(image).scaled(
                LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            self.logo_label.setPixmap(pixmap)
        self.remove_logo_button.setEnabled(self._logo is not None)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("mapTitle")
        self.title_edit.setMaxLength(limits.MAX_TITLE)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("mapDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)
        form.addRow(self.tr("&Description:"), self.description_edit)
        self.map_type_combo = QComboBox(self)
        self.map_type_combo.setObjectName("mapType")
        for map_type, name in ((MapType.CURRENT_STATE, self.tr("Current state")),
                               (MapType.DAY_IN_THE_LIFE, self.tr("Day in the life")),
                               (MapType.FUTURE_STATE, self.tr("Future state")),
                               (MapType.SERVICE_BLUEPRINT, self.tr("Service blueprint"))):
            self.map_type_combo.addItem(name, map_type.value)
        form.addRow(self.tr("&Board type:"), self.map_type_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("mapLanguage")
        self.language_combo.addItem(self.tr("English"), Language.EN.value)
        self.language_combo.addItem(self.tr("Tiếng Việt"), Language.VI.value)
        self.language_combo.setToolTip(self.tr(
            "The language of the words drawn on the board and in exports; the interface "
            "language does not change."))
        form.addRow(self.tr("Map &language:"), self.language_combo)

        logo_row = QHBoxLayout()
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("mapLogo")
        self.logo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_label.setFixedSize(LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setAccessibleName(self.tr("Client logo"))
        self.choose_logo_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_logo_button.setObjectName("chooseLogo")
        self.remove_logo_button = QPushButton(self.tr("&Remove"), self)
        self.remove_logo_button.setObjectName("removeLogo")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        form.addRow(self.tr("Client logo:"), logo_row)
        hint = QLabel(self.tr("The logo is drawn on the cover of report PDFs."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        outer.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(560, 420)

    def _load(self) -> None:
        journey = self._journey
        self.title_edit.setText(journey.title)
        self.description_edit.setPlainText(journey.description)
        self.map_type_combo.setCurrentIndex(self.map_type_combo.findData(journey.map_type.value))
        self.language_combo.setCurrentIndex(self.language_combo.findData(journey.language.value))
        self._show_logo()


def edit_map_properties(parent: QWidget, editor: Editor) -> bool:
    """Show the dialog on the editor's map and apply what changed as one undo step; True when
    something changed."""
    dialog = MapPropertiesDialog(editor.document.journey, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = dialog.changes()
    finally:
        dialog.deleteLater()
    if not changes:
        return False
    editor.set_map_properties(**changes)
    return True
