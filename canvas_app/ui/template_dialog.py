"""New map from a template: pick a map type, framework or preset, the board type, the map's language
and title, with a live preview of the board that will be created.

A map's language (the words on the board) is independent of the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Language, MapType
from canvas_app.model.templates import MAP_TYPE_IDS, TemplateInfo, build_map, list_templates
from canvas_app.model.text import clean_line
from canvas_app.ui.template_list import TEMPLATE_ID_ROLE, add_heading, add_template
from canvas_app.ui.template_list import make_template_list
from canvas_app.ui.template_preview import BoardPreview, template_layout


def default_map_language() -> Language:
    """Vietnamese when the user's locale is, English otherwise."""
    is_vi = QLocale().language() == QLocale.Language.Vietnamese
    return Language.VI if is_vi else Language.EN


class TemplateDialog(QDialog):
    """The modal "New from template" dialog; `created_map()` is the map after it is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New Map from Template"))
        self._templates: dict[str, TemplateInfo] = {info.id: info for info in list_templates()}
        self._created: JourneyMap | None = None
        self._build()
        self._fill_list()
        self.select_template(MAP_TYPE_IDS[0])
        self.template_list.setFocus()

    # -- public API ---------------------------------------------------------------------------

    def template_ids(self) -> list[str]:
        """The ids listed, in list order."""
        return [str(item.data(TEMPLATE_ID_ROLE)) for item in self._template_items()]

    def selected_template_id(self) -> str | None:
        item = self.template_list.currentItem()
        return None if item is None or item.data(TEMPLATE_ID_ROLE) is None else str(
            item.data(TEMPLATE_ID_ROLE))

    def select_template(self, template_id: str) -> None:
        for item in self._template_items():
            if item.data(TEMPLATE_ID_ROLE) == template_id:
                self.template_list.setCurrentItem(item)
                return
        raise ValueError(f"no template '{template_id}' in the list")

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def set_language(self, language: Language) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.value))

    def map_type(self) -> MapType:
        return MapType(self.map_type_combo.currentData())

    def title(self) -> str | None:
        """The title typed, or None to keep the template's own title."""
        return clean_line(self.title_edit.text()) or None

    def preview_map(self) -> JourneyMap | None:
        """The map the current choices make (what the preview shows), or None with no selection."""
        template_id = self.selected_template_id()
        if template_id is None:
            return None
        framework = None if template_id in MAP_TYPE_IDS else template_id
        return build_map(self.map_type(), framework, self.language(), self.title())

    def created_map(self) -> JourneyMap | None:
        """The new map once the dialog was accepted; None otherwise."""
        return self._created

    def accept(self) -> None:
        created = self.preview_map()
        if created is None:
            return  # nothing chosen: stay open
        self._created = created
        super().accept()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 12)
        outer.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        left.setSpacing(6)
        list_label = QLabel(self.tr("&Templates"), self)
        self.template_list = make_template_list(self)
        self.template_list.setMinimumWidth(300)
        self.template_list.setAccessibleName(self.tr("Templates"))
        list_label.setBuddy(self.template_list)
        left.addWidget(list_label)
        left.addWidget(self.template_list, 1)
        columns.addLayout(left, 4)

        right = QVBoxLayout()
        right.setSpacing(10)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("templateTitle")
        self.title_edit.setMaxLength(limits.MAX_TITLE)
        self.title_edit.setClearButtonEnabled(True)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        self.map_type_combo = QComboBox(self)
        self.map_type_combo.setObjectName("templateMapType")
        form.addRow(self.tr("&Board type:"), self.map_type_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("templateLanguage")
        self.language_combo.addItem(self.tr("English"), Language.EN.value)
        self.language_combo.addItem(self.tr("Tiếng Việt"), Language.VI.value)
        self.language_combo.setToolTip(self.tr(
            "The language of the words on the new board; the interface language does not change."))
        self.set_language(default_map_language())
        form.addRow(self.tr("Map &language:"), self.language_combo)
        right.addLayout(form)

        self.description_label = QLabel(self)
        self.description_label.setObjectName("templateDescription")
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setWordWrap(True)
        right.addWidget(self.description_label)
        self.preview = BoardPreview(self)
        self.preview.setAccessibleName(self.tr("Preview of the new board"))
        right.addWidget(self.preview, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("templateSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a caption
        right.addWidget(self.summary_label)
        columns.addLayout(right, 7)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.template_list.currentItemChanged.connect(self._template_changed)
        self.template_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.map_type_combo.currentIndexChanged.connect(self._refresh_preview)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.setTabOrder(self.template_list, self.title_edit)
        self.setTabOrder(self.title_edit, self.map_type_combo)
        self.setTabOrder(self.map_type_combo, self.language_combo)
        self.resize(1040, 640)

    def _fill_list(self) -> None:
        """(Re)write the list and the board-type choices in the map language, keeping selections."""
        language = self.language()
        selected = self.selected_template_id()
        board_type = self.map_type_combo.currentData()
        self.template_list.blockSignals(True)
        self.template_list.clear()
        headings = {
            "map-type": self.tr("Map types"),
            "framework": self.tr("Frameworks"),
            "preset": self.tr("Presets"),
        }
        category = None
        for info in self._templates.values():
            if info.category != category:
                category = info.category
                add_heading(self.template_list, headings.get(category, category))
            add_template(self.template_list, info.id, info.title(language),
                         info.description(language))
        self.template_list.blockSignals(False)

        self.map_type_combo.blockSignals(True)
        self.map_type_combo.clear()
        for map_type_id in MAP_TYPE_IDS:
            self.map_type_combo.addItem(self._templates[map_type_id].title(language), map_type_id)
        self.map_type_combo.setCurrentIndex(max(0, self.map_type_combo.findData(board_type)))
        self.map_type_combo.blockSignals(False)
        if selected is not None:
            self.select_template(selected)

    def _template_items(self) -> list[QListWidgetItem]:
        items = (self.template_list.item(row) for row in range(self.template_list.count()))
        return [item for item in items if item.data(TEMPLATE_ID_ROLE) is not None]

    # -- reacting to choices --------------------------------------------------------------------

    def _template_changed(self) -> None:
        template_id = self.selected_template_id()
        is_map_type = template_id in MAP_TYPE_IDS
        if is_map_type:
            # A map type is its own board type; frameworks and presets go on the chosen one.
            self.map_type_combo.blockSignals(True)
            self.map_type_combo.setCurrentIndex(self.map_type_combo.findData(template_id))
            self.map_type_combo.blockSignals(False)
        self.map_type_combo.setEnabled(not is_map_type)
        self.map_type_combo.setToolTip("" if is_map_type else self.tr(
            "The kind of board to lay this framework's stages on."))
        self._refresh_preview()

    def _language_changed(self) -> None:
        self._fill_list()
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        template_id = self.selected_template_id()
        journey = self.preview_map()
        if template_id is None or journey is None:
            self.description_label.clear()
            self.summary_label.clear()
            self.preview.set_board(None)
            return
        self.description_label.setText(self._templates[template_id].description(self.language()))
        self.title_edit.setPlaceholderText(journey.title)
        self.summary_label.setText(self._summary(journey))
        self.preview.set_board(template_layout(journey))

    def _summary(self, journey: JourneyMap) -> str:
        def count(number: int, one: str, many: str) -> str:
            return one if number == 1 else many.replace("%1", str(number))

        parts = [count(len(journey.stages), self.tr("1 stage"), self.tr("%1 stages")),
                 count(len(journey.lanes), self.tr("1 lane"), self.tr("%1 lanes"))]
        if journey.phases:
            parts.append(count(len(journey.phases), self.tr("1 phase"), self.tr("%1 phases")))
        if journey.lines:
            parts.append(count(len(journey.lines), self.tr("1 blueprint line"),
                               self.tr("%1 blueprint lines")))
        if journey.personas:
            parts.append(self.tr("persona: %1").replace("%1", journey.personas[0].name))
        return " \u00b7 ".join(parts)


def choose_template(parent: QWidget | None) -> JourneyMap | None:
    """Ask for a template (modal); the new map built from it, or None if cancelled."""
    dialog = TemplateDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.created_map()
        return None
    finally:
        dialog.deleteLater()
