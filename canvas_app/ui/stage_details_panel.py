"""The Stage Details panel: the campaign card, funnel figure and KPIs of the stage whose header
was last clicked on the board.

Every change goes through the Editor as an undoable command. Typing is committed as it goes
(after a short pause, and when the field is left), so Save never misses a word; the commits of one
visit to one field share an edit session and merge into one undo step. KPI cells are committed
when their edit is finished. A funnel count that is not a whole number is refused with one
message under the field, and nothing else changes. Every text is plain text.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.document.editor import Editor
from canvas_app.model import limits
from canvas_app.model.edits import EditError
from canvas_app.model.funnel import format_count, parse_count
from canvas_app.model.records import CampaignCard, FunnelFigure, Kpi, Stage
from canvas_app.model.text import clean_line, clean_text
from canvas_app.ui.core_messages import error_text

COMMIT_DELAY_MS = 400
CAMPAIGN_FIELDS = ("goal", "audience", "content", "channel", "call_to_action")
KPI_COLUMNS = ("name", "target", "actual")
# A new KPI's name is map text, so in the map's language; the user renames it at once.
NEW_KPI_NAMES = {"en": "New KPI", "vi": "KPI mới"}
class StageDetailsPanel(QWidget):
    """Edits the details of one stage (`show_stage`); with none, a hint says how to pick one."""

    def __init__(self, document: Document, editor: Editor,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageDetailsPanel")
        self._document = document
        self._editor = editor
        self._stage_id: Optional[str] = None
        self._loading = False
        self._pending: Optional[str] = None  # the field typed in and not yet committed
        self._session: object = object()
        self._session_field: Optional[str] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self._build()
        document.changed.connect(self._on_changed)
        self.show_stage(None)

    # -- public API ---------------------------------------------------------------------------

    def stage_id(self) -> Optional[str]:
        return self._stage_id

    def show_stages(self, stage_ids: list[str]) -> None:
        """The stages marked on the board: the last one clicked is shown (none: the hint)."""
        self.show_stage(stage_ids[-1] if stage_ids else self._stage_id_if_present())

    def show_stage(self, stage_id: Optional[str]) -> None:
        """Show the details of `stage_id` (None: nothing to edit)."""
        if stage_id != self._stage_id:
            self.commit()
            self._new_session(None)
        self._stage_id = stage_id if stage_id in self._document.journey.stage_index else None
        self._load()

    def commit(self) -> None:
        """Put what is being typed into the map now (as an undoable edit)."""
        self._timer.stop()
        field = self._pending
        self._pending = None
        stage = self._stage()
        if field is None or stage is None:
            return
        if field.startswith("campaign."):
            self._commit_campaign(stage, field.split(".", 1)[1])
        elif field.startswith("funnel."):
            self._commit_funnel(stage)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("stageDetailsScroll")
        # The fields inside take the focus (the area scrolls to them); the area itself would be
        # a nameless stop for Tab and screen readers.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)

        self.title_label = QLabel(body)
        self.title_label.setObjectName("stageDetailsTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)

        self.campaign_box = QGroupBox(body)
        self.campaign_box.setObjectName("stageCampaignBox")
        form = QFormLayout(self.campaign_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow dock
        self.campaign_labels: dict[str, QLabel] = {}
        self.campaign_fields: dict[str, QLineEdit] = {}
        for name in CAMPAIGN_FIELDS:
            field = QLineEdit(self.campaign_box)
            field.setObjectName(f"campaign_{name}")
            field.setMaxLength(limits.MAX_TEXT)
            label = QLabel(self.campaign_box)
            label.setBuddy(field)
            self.campaign_labels[name] = label
            self.campaign_fields[name] = field
            form.addRow(label, field)
            field.textEdited.connect(lambda _text, key=f"campaign.{name}": self._typed(key))
            field.editingFinished.connect(self._field_left)
        layout.addWidget(self.campaign_box)

        self.funnel_box = QGroupBox(body)
        self.funnel_box.setObjectName("stageFunnelBox")
        funnel_form = QFormLayout(self.funnel_box)
        funnel_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.count_field = QLineEdit(self.funnel_box)
        self.count_field.setObjectName("funnel_count")
        self.count_label = QLabel(self.funnel_box)
        self.count_label.setBuddy(self.count_field)
        self.unit_field = QLineEdit(self.funnel_box)
        self.unit_field.setObjectName("funnel_unit")
        self.unit_field.setMaxLength(limits.MAX_LABEL)
        self.unit_label = QLabel(self.funnel_box)
        self.unit_label.setBuddy(self.unit_field)
        funnel_form.addRow(self.count_label, self.count_field)
        funnel_form.addRow(self.unit_label, self.unit_field)
        self.funnel_error = QLabel(self.funnel_box)
        self.funnel_error.setObjectName("funnel_error")
        self.funnel_error.setTextFormat(Qt.TextFormat.PlainText)
        self.funnel_error.setWordWrap(True)
        self.funnel_error.setStyleSheet("color: #A32A38;")
        self.funnel_error.hide()
        funnel_form.addRow(self.funnel_error)
        for field, key in ((self.count_field, "funnel.count"), (self.unit_field, "funnel.unit")):
            field.textEdited.connect(lambda _text, key=key: self._typed(key))
            field.editingFinished.connect(self._field_left)
        layout.addWidget(self.funnel_box)

        self.kpi_box = QGroupBox(body)
        self.kpi_box.setObjectName("stageKpiBox")
        kpi_layout = QVBoxLayout(self.kpi_box)
        self.kpi_table = QTableWidget(0, len(KPI_COLUMNS), self.kpi_box)
        self.kpi_table.setObjectName("kpi_table")
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kpi_table.verticalHeader().setVisible(False)
        header = self.kpi_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.kpi_table.setMinimumHeight(130)
        self.kpi_table.itemChanged.connect(self._kpi_cell_changed)
        self.kpi_table.itemSelectionChanged.connect(self._update_kpi_buttons)
        kpi_layout.addWidget(self.kpi_table)
        # Two by two: four buttons in a row made the panel wider than its dock, so the scroll
        # area (horizontal bar off) cut every field's right edge.
        buttons = QGridLayout()
        self.kpi_add = QPushButton(self.kpi_box)
        self.kpi_add.setObjectName("kpi_add")
        self.kpi_add.clicked.connect(self.add_kpi)
        self.kpi_remove = QPushButton(self.kpi_box)
        self.kpi_remove.setObjectName("kpi_remove")
        self.kpi_remove.clicked.connect(self.remove_kpi)
        self.kpi_up = QPushButton(self.kpi_box)
        self.kpi_up.setObjectName("kpi_up")
        self.kpi_up.clicked.connect(lambda: self.move_kpi(-1))
        self.kpi_down = QPushButton(self.kpi_box)
        self.kpi_down.setObjectName("kpi_down")
        self.kpi_down.clicked.connect(lambda: self.move_kpi(1))
        for index, button in enumerate((self.kpi_add, self.kpi_remove, self.kpi_up,
                                        self.kpi_down)):
            buttons.addWidget(button, index // 2, index % 2)
        kpi_layout.addLayout(buttons)
        layout.addWidget(self.kpi_box)
        layout.addStretch(1)
        self._set_texts()

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Stage details"))
        self.campaign_box.setTitle(self.tr("Campaign card"))
        words = {
            "goal": self.tr("&Goal:"),
            "audience": self.tr("&Audience:"),
            "content": self.tr("C&ontent:"),
            "channel": self.tr("Cha&nnel:"),
            "call_to_action": self.tr("Ca&ll to action:"),
        }
        for name, text in words.items():
            self.campaign_labels[name].setText(text)
            self.campaign_fields[name].setAccessibleName(_spoken(text))
        self.funnel_box.setTitle(self.tr("Funnel figure"))
        self.count_label.setText(self.tr("&Count:"))
        self.count_field.setAccessibleName(_spoken(self.count_label.text()))
        self.count_field.setPlaceholderText(self.tr("e.g. 12000 (empty: no figure)"))
        self.count_field.setToolTip(self.tr(
            "How many people reached this stage; conversion and drop-off to the next counted "
            "stage are computed"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.unit_field.setAccessibleName(_spoken(self.unit_label.text()))
        self.unit_field.setPlaceholderText(self.tr("visitors, leads, buyers…"))
        self.kpi_box.setTitle(self.tr("KPIs"))
        self.kpi_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Target"), self.tr("Actual")])
        self.kpi_table.setAccessibleName(self.tr("KPIs"))
        self.kpi_add.setText(self.tr("Add"))
        self.kpi_add.setAccessibleName(self.tr("Add KPI"))
        self.kpi_remove.setText(self.tr("Remove"))
        self.kpi_remove.setAccessibleName(self.tr("Remove KPI"))
        self.kpi_up.setText(self.tr("Up"))
        self.kpi_up.setAccessibleName(self.tr("Move KPI up"))
        self.kpi_down.setText(self.tr("Down"))
        self.kpi_down.setAccessibleName(self.tr("Move KPI down"))
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------

    def _stage(self) -> Optional[Stage]:
        if self._stage_id is None:
            return None
        index = self._document.journey.stage_index.get(self._stage_id)
        return None if index is None else self._document.journey.stages[index]

    def _stage_id_if_present(self) -> Optional[str]:
        return self._stage_id if self._stage() is not None else None

    def _show_title(self) -> None:
        stage = self._stage()
        if stage is None:
            self.title_label.setText(self.tr(
                "Click a stage header on the board to edit its campaign card, funnel figure "
                "and KPIs."))
        else:
            self.title_label.setText(self.tr("Stage: %1").replace("%1", stage.title))

    def _load(self) -> None:
        """Show the current stage's values (a field being typed in keeps its text)."""
        stage = self._stage()
        self._loading = True
        try:
            self._show_title()
            for box in (self.campaign_box, self.funnel_box, self.kpi_box):
                box.setEnabled(stage is not None)
            card = stage.campaign if stage is not None else None
            for name, field in self.campaign_fields.items():
                if self._pending == f"campaign.{name}":
                    continue
                value = getattr(card, name) if card is not None else ""
                if field.text() != value:
                    field.setText(value)
            funnel = stage.funnel if stage is not None else None
            if self._pending not in ("funnel.count", "funnel.unit"):
                count = "" if funnel is None else format_count(
                    funnel.count, self._document.journey.language.value)
                if _count_or_none(self.count_field.text()) != (funnel.count if funnel else None):
                    self.count_field.setText(count)
                self.unit_field.setText(funnel.unit if funnel is not None else "")
                self.funnel_error.hide()
            self._load_kpis(stage.kpis if stage is not None else ())
        finally:
            self._loading = False

    def _load_kpis(self, kpis: tuple[Kpi, ...]) -> None:
        if self._table_kpis() == kpis and self.kpi_table.rowCount() == len(kpis):
            return
        selected = self._selected_row()
        self.kpi_table.setRowCount(len(kpis))
        for row, kpi in enumerate(kpis):
            for column, name in enumerate(KPI_COLUMNS):
                item = self.kpi_table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.kpi_table.setItem(row, column, item)
                item.setText(getattr(kpi, name))
        if selected is not None and kpis:
            self.kpi_table.selectRow(min(selected, len(kpis) - 1))
        self._update_kpi_buttons()

    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset:
            self._pending = None
            self._timer.stop()
            self.show_stage(None)
        elif self._stage_id is not None and self._stage_id in change.stages:
            if self._stage() is None:
                self.show_stage(None)
            else:
                self._load()

    # -- typing in the card and the funnel ----------------------------------------------------

    def _new_session(self, field: Optional[str]) -> None:
        self._session = object()
        self._session_field = field

    def _typed(self, field: str) -> None:
        if self._loading:
            return
        if self._pending is not None and self._pending != field:
            self.commit()
        if self._session_field != field:
            self._new_session(field)
        self._pending = field
        self._timer.start()

    def _field_left(self) -> None:
        """Editing of a field finished (Enter, focus left): commit, and end its session."""
        self.commit()
        self._new_session(None)

    def _commit_campaign(self, stage: Stage, name: str) -> None:
        old = stage.campaign or CampaignCard()
        text = self.campaign_fields[name].text()
        value = clean_text(text)
        if getattr(old, name) == value:
            return
        card = CampaignCard(**{**old.model_dump(), name: value})
        empty = not any(getattr(card, key) for key in CAMPAIGN_FIELDS)
        self._edit(stage, campaign=None if empty else card)

    def _commit_funnel(self, stage: Stage) -> None:
        try:
            count = parse_count(self.count_field.text())
        except ValueError:
            self.funnel_error.setText(self.tr(
                "The count must be a whole number from 0 to %1, like 12000 or 12.000.").replace(
                    "%1", format_count(limits.MAX_FUNNEL_COUNT,
                                       self._document.journey.language.value)))
            self.funnel_error.show()
            return
        self.funnel_error.hide()
        unit = clean_line(self.unit_field.text())
        figure = None if count is None else FunnelFigure(count=count, unit=unit)
        if figure != stage.funnel:
            self._edit(stage, funnel=figure)

    def _edit(self, stage: Stage, **fields: object) -> None:
        try:
            self._editor.set_stage_details(stage.id, self._session, **fields)
        except (EditError, ValueError) as error:
            self.funnel_error.setText(error_text(error))
            self.funnel_error.show()

    # -- KPIs ---------------------------------------------------------------------------------

    def _table_kpis(self) -> tuple[Kpi, ...]:
        kpis = []
        for row in range(self.kpi_table.rowCount()):
            values = {}
            for column, name in enumerate(KPI_COLUMNS):
                item = self.kpi_table.item(row, column)
                values[name] = clean_line(item.text()) if item is not None else ""
            kpis.append(Kpi(**values))
        return tuple(kpis)

    def _selected_row(self) -> Optional[int]:
        rows = self.kpi_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_kpi_buttons(self) -> None:
        stage = self._stage()
        row = self._selected_row()
        count = len(stage.kpis) if stage is not None else 0
        self.kpi_add.setEnabled(stage is not None and count < limits.MAX_KPIS)
        self.kpi_remove.setEnabled(row is not None)
        self.kpi_up.setEnabled(row is not None and row > 0)
        self.kpi_down.setEnabled(row is not None and row < count - 1)

    def _kpi_cell_changed(self, _item: QTableWidgetItem) -> None:
        stage = self._stage()
        if self._loading or stage is None:
            return
        kpis = self._table_kpis()
        if kpis != stage.kpis:
            self._editor.set_stage_details(stage.id, kpis=kpis)

    def add_kpi(self) -> None:
        """Append a KPI and put the keyboard in its name."""
        stage = self._stage()
        if stage is None or len(stage.kpis) >= limits.MAX_KPIS:
            return
        self.commit()
        language = self._document.journey.language.value
        name = NEW_KPI_NAMES.get(language, NEW_KPI_NAMES["en"])
        self._editor.set_stage_details(stage.id, kpis=(*stage.kpis, Kpi(name=name)))
        row = len(stage.kpis)
        self.kpi_table.selectRow(row)
        self.kpi_table.setCurrentCell(row, 0)
        item = self.kpi_table.item(row, 0)
        if item is not None:
            self.kpi_table.editItem(item)

    def remove_kpi(self) -> None:
        stage, row = self._stage(), self._selected_row()
        if stage is None or row is None or row >= len(stage.kpis):
            return
        self._editor.set_stage_details(stage.id, kpis=stage.kpis[:row] + stage.kpis[row + 1:])

    def move_kpi(self, step: int) -> None:
        stage, row = self._stage(), self._selected_row()
        if stage is None or row is None or not 0 <= row + step < len(stage.kpis):
            return
        kpis = list(stage.kpis)
        kpis[row], kpis[row + step] = kpis[row + step], kpis[row]
        self._editor.set_stage_details(stage.id, kpis=tuple(kpis))
        self.kpi_table.selectRow(row + step)


def _count_or_none(text: str) -> Optional[int]:
    try:
        return parse_count(text)
    except ValueError:
        return -1


def _spoken(label: str) -> str:
    """A form label as a screen reader should say it: "&Goal:" → "Goal"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":： ")
