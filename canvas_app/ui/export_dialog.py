"""The Export dialog: PDF (layout, paper, cover, with the resulting page count) or CSV, and where.

It only asks: `choose_export` returns an ExportRequest and the caller writes the file. The file
picker and the overwrite question are module-level seams that tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from canvas_app.fileio.pdf_export import LAYOUTS, PdfOptions
from canvas_app.model.journey_map import JourneyMap
from canvas_app.ui.export_pages import PageCounter, pdf_option_names

Format = Literal["pdf", "csv"]
SUFFIXES: dict[str, str] = {"pdf": ".pdf", "csv": ".csv"}


@dataclass(frozen=True)
class ExportRequest:
    """Where and how to export: `pdf_options` is set for a PDF, None for a CSV."""

    path: Path
    format: str  # "pdf" | "csv"
    pdf_options: PdfOptions | None


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def ask_save_path(parent: QWidget | None, title: str, path: Path, file_filter: str) -> Path | None:
    """The save-file picker (it asks before replacing a file); None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(path), file_filter)
    return Path(chosen) if chosen else None


def confirm_overwrite(parent: QWidget | None, path: Path) -> bool:
    """Ask before replacing a file the user typed rather than picked."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Replace File"),
                      _tr("“%1” already exists. Replace it?").replace("%1", path.name),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the user's text
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


class ExportDialog(QDialog):
    """Modal export options; `request()` is the answer once it is accepted."""

    def __init__(self, journey: JourneyMap, suggested: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        title = journey.title.strip()
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", title) if title
                            else self.tr("Export"))
        self._counter = PageCounter(journey)
        self._suggested = suggested
        self._picked: Path | None = None  # chosen in the file picker, which confirmed replacing
        self._request: ExportRequest | None = None
        self._build()
        initial: Format = "csv" if suggested.suffix.lower() == ".csv" else "pdf"
        self.path_edit.setText(str(suggested.with_suffix(SUFFIXES[initial])))
        (self.csv_radio if initial == "csv" else self.pdf_radio).setChecked(True)
        self._update()

    # -- public API ---------------------------------------------------------------------------

    def export_format(self) -> Format:
        return "csv" if self.csv_radio.isChecked() else "pdf"

    def pdf_options(self) -> PdfOptions:
        layout = self._layout_name()
        fields: dict[str, object] = {
            "layout": layout,
            "paper": self.paper_combo.currentData(),
            "cover": self.cover_check.isChecked() or layout == "report",
        }
        if "orientation" in pdf_option_names():
            fields["orientation"] = self.orientation_combo.currentData()
        return PdfOptions(**fields)  # type: ignore[arg-type]

    def path(self) -> Path | None:
        """The target path: relative to the suggested folder, with the format's suffix added."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._suggested.parent / path
        suffix = SUFFIXES[self.export_format()]
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def page_count(self) -> int:
        """How many pages the PDF will have with the current options (renders it if needed)."""
        return self._counter.count(self.pdf_options())

    def request(self) -> ExportRequest | None:
        """The accepted request; None before acceptance or after Cancel."""
        return self._request

    def accept(self) -> None:
        path = self.path()
        if path is None:
            return
        if path.exists() and path != self._picked and not confirm_overwrite(self, path):
            return
        pdf = self.export_format() == "pdf"
        self._request = ExportRequest(path, self.export_format(),
                                      self.pdf_options() if pdf else None)
        super().accept()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 12)
        outer.setSpacing(12)

        format_row = QHBoxLayout()
        format_row.setSpacing(18)
        format_label = QLabel(self.tr("Format:"), self)
        self.pdf_radio = QRadioButton(self.tr("&PDF document"), self)
        self.pdf_radio.setObjectName("exportPdf")
        self.csv_radio = QRadioButton(self.tr("C&SV spreadsheet"), self)
        self.csv_radio.setObjectName("exportCsv")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_radio)
        self.format_group.addButton(self.csv_radio)
        format_row.addWidget(format_label)
        format_row.addWidget(self.pdf_radio)
        format_row.addWidget(self.csv_radio)
        format_row.addStretch(1)
        outer.addLayout(format_row)

        outer.addWidget(self._build_pdf_box())
        self.csv_box = QLabel(self.tr(
            "One row per sticky note, with its stage, lane, kind, colour, emotion, votes, tags, "
            "persona and evidence. Opens in Excel, LibreOffice or Google Sheets, and can be "
            "imported again."), self)
        self.csv_box.setObjectName("exportCsvHelp")
        self.csv_box.setTextFormat(Qt.TextFormat.PlainText)
        self.csv_box.setWordWrap(True)
        outer.addWidget(self.csv_box)

        path_row = QHBoxLayout()
        path_label = QLabel(self.tr("&File:"), self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(360)
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("exportBrowse")
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        outer.addLayout(path_row)
        outer.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Export"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.format_group.buttonToggled.connect(
            lambda _button, checked: self._format_changed() if checked else None)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(self._update)
        self.setMinimumWidth(560)

    def _build_pdf_box(self) -> QGroupBox:
        self.pdf_box = QGroupBox(self.tr("PDF options"), self)
        self.pdf_box.setObjectName("exportPdfOptions")
        box = QVBoxLayout(self.pdf_box)
        box.setSpacing(4)
        self.layout_group = QButtonGroup(self)
        self.layout_buttons: dict[str, QRadioButton] = {}
        known = self._layout_texts()
        for name in LAYOUTS:  # every layout the PDF export offers, in its order
            title, explanation = known.get(name, (name.capitalize(), ""))
            button = QRadioButton(title, self.pdf_box)
            button.setObjectName(f"exportLayout_{name}")
            button.setProperty("layoutName", name)
            self.layout_group.addButton(button)
            self.layout_buttons[name] = button
            box.addWidget(button)
            if explanation:
                help_label = QLabel(explanation, self.pdf_box)
                help_label.setTextFormat(Qt.TextFormat.PlainText)
                help_label.setWordWrap(True)
                help_label.setContentsMargins(24, 0, 0, 6)  # under the radio's text
                help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                box.addWidget(help_label)
        self.layout_buttons[LAYOUTS[0]].setChecked(True)

        form = QFormLayout()
        form.setContentsMargins(0, 6, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.paper_combo = QComboBox(self.pdf_box)
        self.paper_combo.setObjectName("exportPaper")
        for paper, label in (("a4", self.tr("A4")), ("a3", self.tr("A3")),
                             ("letter", self.tr("US Letter"))):
            self.paper_combo.addItem(label, paper)
        form.addRow(self.tr("P&aper:"), self.paper_combo)
        self.orientation_combo = QComboBox(self.pdf_box)
        self.orientation_combo.setObjectName("exportOrientation")
        self.orientation_combo.addItem(self.tr("Landscape"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait"), "portrait")
        if "orientation" in pdf_option_names():
            form.addRow(self.tr("Orie&ntation:"), self.orientation_combo)
        else:
            self.orientation_combo.hide()  # this PDF export has landscape sheets only
        self.cover_check = QCheckBox(self.tr("Add a &cover page (title, persona, date)"),
                                     self.pdf_box)
        self.cover_check.setObjectName("exportCover")
        form.addRow("", self.cover_check)
        box.addLayout(form)

        pages_row = QHBoxLayout()
        pages_row.setContentsMargins(0, 6, 0, 0)
        self.pages_label = QLabel(self.pdf_box)
        self.pages_label.setObjectName("exportPages")
        self.pages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_button = QPushButton(self.tr("Co&unt pages"), self.pdf_box)
        self.count_button.setObjectName("exportCountPages")
        self.count_button.setToolTip(self.tr("Makes the PDF in memory to count its pages."))
        pages_row.addWidget(self.pages_label, 1)
        pages_row.addWidget(self.count_button)
        box.addLayout(pages_row)

        self.layout_group.buttonToggled.connect(
            lambda _button, checked: self._update() if checked else None)
        self.paper_combo.currentIndexChanged.connect(self._update)
        self.orientation_combo.currentIndexChanged.connect(self._update)
        self.cover_check.toggled.connect(self._update)
        self.count_button.clicked.connect(self._count_now)
        return self.pdf_box

    def _layout_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "poster": (self.tr("P&oster"), self.tr(
                "The whole board on one page of its own size, at 100 %. For large-format "
                "printing and reading on screen.")),
            "fit": (self.tr("F&it to one sheet"), self.tr(
                "The whole board scaled down onto one sheet of the chosen paper: a quick "
                "overview or a slide appendix.")),
            "tiled": (self.tr("&Tiled"), self.tr(
                "The board at 100 % over as many sheets as it needs, overlapping so they can be "
                "trimmed and taped together; each repeats the stage and lane headers.")),
            "report": (self.tr("&Report"), self.tr(
                "A paginated document to hand to a client: a cover, the personas, a legend and "
                "the board section by section.")),
        }

    # -- behaviour ----------------------------------------------------------------------------

    def _format_changed(self) -> None:
        path = self.path()
        if path is not None:
            # Follow the format with the suffix, unless the name was typed with another one.
            base = path.with_suffix("") if path.suffix.lower() in SUFFIXES.values() else path
            self.path_edit.setText(str(base.with_suffix(SUFFIXES[self.export_format()])))
        self._update()
        self.adjustSize()  # the PDF options come and go

    def _browse(self) -> None:
        pdf = self.export_format() == "pdf"
        file_filter = self.tr("PDF documents (*.pdf)") if pdf else self.tr("CSV files (*.csv)")
        start = self.path() or self._suggested
        chosen = ask_save_path(self, self.tr("Export As"), start, file_filter)
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self._picked = self.path()

    def _update(self) -> None:
        pdf = self.export_format() == "pdf"
        self.pdf_box.setVisible(pdf)
        self.csv_box.setVisible(not pdf)
        self.ok_button.setEnabled(self.path() is not None)
        if not pdf:
            return
        layout = self._layout_name()
        # A report always has a cover; a poster page is the board's own size, so paper and
        # orientation only matter for its cover.
        self.cover_check.setEnabled(layout != "report")
        sheet = layout != "poster" or self.cover_check.isChecked() or layout == "report"
        self.paper_combo.setEnabled(sheet)
        self.orientation_combo.setEnabled(sheet)
        self._show_pages()
        if self._counter.automatic and self._counter.known(self.pdf_options()) is None:
            # Count after this change has been drawn, so clicking an option never feels stuck.
            QTimer.singleShot(0, self._count_if_automatic)

    def _layout_name(self) -> str:
        button = self.layout_group.checkedButton()
        return str(button.property("layoutName")) if button is not None else LAYOUTS[0]

    def _count_if_automatic(self) -> None:
        if self.export_format() == "pdf" and self._counter.automatic:
            self._count_now()

    def _count_now(self) -> None:
        options = self.pdf_options()
        try:
            self._counter.count(options)
        except Exception as error:  # noqa: BLE001 - the count is advisory; Export reports errors
            self.pages_label.setText(self.tr("Pages: cannot be counted (%1)").replace(
                "%1", str(error)))
            self.count_button.hide()
            return
        self._show_pages()

    def _show_pages(self) -> None:
        count = self._counter.known(self.pdf_options())
        self.count_button.setVisible(count is None and not self._counter.automatic)
        if count is None:
            text = self.tr("Pages: counting…") if self._counter.automatic else self.tr(
                "Pages: not counted yet")
        elif count == 1:
            text = self.tr("Pages: 1")
        else:
            text = self.tr("Pages: %1").replace("%1", str(count))
        self.pages_label.setText(text)


def choose_export(parent: QWidget | None, journey: JourneyMap,
                  suggested: Path) -> ExportRequest | None:
    """Ask how and where to export `journey` (modal); None if cancelled. Writes nothing."""
    dialog = ExportDialog(journey, suggested, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.request()
        return None
    finally:
        dialog.deleteLater()
