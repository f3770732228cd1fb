"""The start screen shown in the window when the app starts without a file (and from File ▸ Start
Screen): recent maps, every template with a preview of its board, and the sample maps.

It only offers choices: signals say what was chosen, and the main window opens it. A sample opens
as an untitled copy, so the shipped file is never overwritten.
"""

from __future__ import annotations

from functools import partial
from importlib import resources
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from canvas_app import APP_NAME, __version__
from canvas_app.fileio.codec import load_path
from canvas_app.fileio.errors import InputError
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Language, MapType
from canvas_app.model.layout import compute_layout
from canvas_app.ui.template_preview import template_layout
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.templates import MAP_TYPE_IDS, build_map, list_templates
from canvas_app.ui.about_dialog import application_icon
from canvas_app.ui.actions import Actions
from canvas_app.ui.labels import fill
from canvas_app.ui.recent_files import RecentFiles
from canvas_app.ui.start_cards import CardGrid
from canvas_app.ui.template_dialog import default_map_language

PATH_ROLE = Qt.ItemDataRole.UserRole
SAMPLE_SUFFIX = ".journey"


def sample_paths() -> list[Path]:
    """The sample maps shipped with the app (package data `canvas_app.samples`), by file name."""
    folder = resources.files("canvas_app.samples")
    return sorted((Path(str(entry)) for entry in folder.iterdir()
                   if entry.name.endswith(SAMPLE_SUFFIX)), key=lambda path: path.name)


def template_map(template_id: str, language: Language) -> JourneyMap:
    """The new map a template makes: a map type on its own board, a framework or preset on the
    current-state board (as the New from Template dialog does by default)."""
    if template_id in MAP_TYPE_IDS:
        return build_map(MapType(template_id), None, language)
    return build_map(MapType.CURRENT_STATE, template_id, language)


def _template_layout(template_id: str, language: Language) -> BoardLayout:
    return template_layout(template_map(template_id, language))


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class StartScreen(QWidget):
    """Choices for starting work. Signals: `recent_chosen(Path)`, `sample_chosen(Path)`,
    `template_chosen(JourneyMap)`, `back_requested()` (Escape or the Back button)."""

    recent_chosen = Signal(Path)
    sample_chosen = Signal(Path)
    template_chosen = Signal(object)
    back_requested = Signal()

    def __init__(self, recent: RecentFiles, actions: Actions,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._recent = recent
        self._actions = actions
        self._samples: dict[str, JourneyMap] = {}
        self._last_choice = ("", "")
        self._choice_clock = QElapsedTimer()
        self._build()
        self._fill_samples()
        self._fill_templates()
        self.refresh()
        recent.changed.connect(self.refresh)

    # -- what is offered --------------------------------------------------------------------

    def recent_paths(self) -> list[Path]:
        """The recent files listed, in order."""
        return [Path(str(self.recent_list.item(row).data(PATH_ROLE)))
                for row in range(self.recent_list.count())]

    def sample_keys(self) -> list[str]:
        return [card.key for card in self.sample_grid.cards()]

    def template_ids(self) -> list[str]:
        return [card.key for card in self.template_grid.cards()]

    def map_language(self) -> Language:
        return Language(self.language_combo.currentData())

    def set_back_visible(self, visible: bool) -> None:
        """Offer "Back to the Map" (when the screen was opened over a map)."""
        self.back_button.setVisible(visible)

    def refresh(self) -> None:
        """Re-read the recent files (missing ones drop out)."""
        self.recent_list.clear()
        for path in self._recent.paths():
            item = QListWidgetItem(f"{path.name}\n{path.parent}", self.recent_list)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.no_recent_label.setVisible(not has_recent)

    def render_all_previews(self) -> None:
        """Paint every card preview now (tests and screenshots; normally they come in the
        background)."""
        self.template_grid.render_all_previews()
        self.sample_grid.render_all_previews()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("startScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        content.setObjectName("startContent")
        content.setBackgroundRole(QPalette.ColorRole.Base)
        content.setAutoFillBackground(True)
        scroll.setWidget(content)
        page = QVBoxLayout(content)
        page.setContentsMargins(32, 28, 32, 28)
        page.setSpacing(24)
        page.addLayout(self._build_header(content))

        columns = QHBoxLayout()
        columns.setSpacing(36)
        page.addLayout(columns, 1)
        columns.addLayout(self._build_recent(content), 0)
        right = QVBoxLayout()
        right.setSpacing(10)
        columns.addLayout(right, 1)

        right.addWidget(_heading(self.tr("Sample maps"), content))
        self.sample_grid = CardGrid(content)
        self.sample_grid.setObjectName("startSamples")
        self.sample_grid.card_clicked.connect(self._sample_clicked)
        right.addWidget(self.sample_grid)
        right.addSpacing(16)
        template_row = QHBoxLayout()
        template_row.addWidget(_heading(self.tr("New from a template"), content))
        template_row.addStretch(1)
        language_label = QLabel(self.tr("Map &language:"), content)
        self.language_combo = QComboBox(content)
        self.language_combo.setObjectName("startLanguage")
        self.language_combo.addItem(self.tr("English"), Language.EN.value)
        self.language_combo.addItem(self.tr("Tiếng Việt"), Language.VI.value)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(default_map_language().value))
        self.language_combo.setToolTip(self.tr(
            "The language of the words on the new board; the interface language does not change."))
        self.language_combo.currentIndexChanged.connect(self._fill_templates)
        language_label.setBuddy(self.language_combo)
        template_row.addWidget(language_label)
        template_row.addWidget(self.language_combo)
        right.addLayout(template_row)
        self.template_grid = CardGrid(content)
        self.template_grid.setObjectName("startTemplates")
        self.template_grid.card_clicked.connect(self._template_clicked)
        right.addWidget(self.template_grid)
        right.addStretch(1)

    def _build_header(self, parent: QWidget) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(16)
        icon = QLabel(parent)
        icon.setPixmap(application_icon().pixmap(64, 64))
        header.addWidget(icon)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        name = QLabel(APP_NAME, parent)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name_font = QFont(name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.9)
        name_font.setWeight(QFont.Weight.DemiBold)
        name.setFont(name_font)
        titles.addWidget(name)
        tagline = QLabel(fill(self.tr("Customer journey maps, offline · version %1"),
                              __version__), parent)
        tagline.setTextFormat(Qt.TextFormat.PlainText)
        tagline.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        titles.addWidget(tagline)
        header.addLayout(titles)
        header.addStretch(1)
        a = self._actions
        for name_, text, action in (("startNew", self.tr("&New from Template…"), a.new),
                                    ("startOpen", self.tr("&Open…"), a.open),
                                    ("startImport", self.tr("&Import CSV…"), a.import_csv)):
            button = QPushButton(text, parent)
            button.setObjectName(name_)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            header.addWidget(button)
        self.back_button = QPushButton(self.tr("&Back to the Map"), parent)
        self.back_button.setObjectName("startBack")
        self.back_button.setToolTip(self.tr("Return to the open map (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        header.addWidget(self.back_button)
        return header

    def _build_recent(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(_heading(self.tr("Recent maps"), parent))
        self.recent_list = QListWidget(parent)
        self.recent_list.setObjectName("startRecent")
        self.recent_list.setFixedWidth(250)
        self.recent_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.setSpacing(3)
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)
        self.recent_list.setAccessibleName(self.tr("Recent maps"))
        self.recent_list.itemClicked.connect(self._recent_clicked)
        self.recent_list.itemActivated.connect(self._recent_clicked)
        column.addWidget(self.recent_list, 1)
        self.no_recent_label = QLabel(self.tr(
            "No recent maps yet. Maps you open or save are listed here."), parent)
        self.no_recent_label.setObjectName("startNoRecent")
        self.no_recent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_recent_label.setWordWrap(True)
        self.no_recent_label.setFixedWidth(250)
        self.no_recent_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(self.no_recent_label)
        column.addStretch(1)
        return column

    def _fill_samples(self) -> None:
        tip = self.tr("Opens as a new, unsaved copy; the sample stays as it is.")
        for path in sample_paths():
            try:
                journey = load_path(path)
            except InputError:
                continue  # a damaged sample is left out rather than blocking the start
            self._samples[str(path)] = journey
            self.sample_grid.add_card(str(path), journey.title or path.stem,
                                      f"{journey.title}\n{path.name}\n{tip}",
                                      partial(compute_layout, journey))

    def _fill_templates(self) -> None:
        language = self.map_language()
        self.template_grid.clear()
        for info in list_templates():
            self.template_grid.add_card(info.id, info.title(language), info.description(language),
                                        partial(_template_layout, info.id, language))

    # -- choices ----------------------------------------------------------------------------

    def _once(self, kind: str, key: str) -> bool:
        """False for a repeat of the same choice within a double-click (a double-click, or a
        platform that activates on single click, must not open a file twice)."""
        repeat = (self._last_choice == (kind, key) and self._choice_clock.isValid()
                  and self._choice_clock.elapsed() < QApplication.doubleClickInterval())
        self._last_choice = (kind, key)
        self._choice_clock.restart()
        return not repeat

    def _recent_clicked(self, item: QListWidgetItem) -> None:
        path = str(item.data(PATH_ROLE))
        if self._once("recent", path):
            self.recent_chosen.emit(Path(path))

    def _sample_clicked(self, key: str) -> None:
        if self._once("sample", key):
            self.sample_chosen.emit(Path(key))

    def _template_clicked(self, template_id: str) -> None:
        if self._once("template", template_id):
            self.template_chosen.emit(template_map(template_id, self.map_language()))

    def sample_map(self, path: Path) -> Optional[JourneyMap]:
        """The sample at `path` as loaded for its card."""
        return self._samples.get(str(path))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
