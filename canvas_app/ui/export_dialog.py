"""The Export dialog: PDF (layout, paper, cover, with the page count and a preview of the pages),
PNG (resolution) or SVG (whole map or the selected notes), or CSV, and where.

It only asks: `choose_export` returns an ExportRequest and the caller writes the file. The file
picker and the overwrite question are module-level seams that tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from canvas_app.fileio.pdf_export import PdfOptions
from canvas_app.model.journey_map import JourneyMap
from canvas_app.ui.core_messages import error_text
from canvas_app.ui.export_options import ImageOptionsBox, PdfOptionsBox
from canvas_app.ui.export_pages import PageCounter
from canvas_app.ui.export_preview import SINGLE, PagePreview
from canvas_app.ui.image_export import PngOptions, render_image

Format = Literal["pdf", "png", "svg", "csv"]
SUFFIXES: dict[str, str] = {"pdf": ".pdf", "png": ".png", "svg": ".svg", "csv": ".csv"}
# Options settle for this long before the preview is redrawn (typing, arrowing through a list).
PREVIEW_DELAY_MS = 250
OPTIONS_WIDTH = 540


@dataclass(frozen=True)
class ExportRequest:
    """Where and how to export: `pdf_options` is set for a PDF, `png_options` for a PNG;
    `note_ids` (PNG, SVG) limits the export to those notes, empty for the whole map."""

    path: Path
    format: str  # "pdf" | "png" | "svg" | "csv"
    pdf_options: PdfOptions | None
    png_options: PngOptions | None = None
    note_ids: tuple[str, ...] = ()


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

    def __init__(self, journey: JourneyMap, suggested: Path, parent: QWidget | None = None,
                 selection: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        title = journey.title.strip()
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", title) if title
                            else self.tr("Export"))
        self._journey = journey
        self._selection = tuple(selection)
        self._counter = PageCounter(journey)
        self._suggested = suggested
        self._picked: Path | None = None  # chosen in the file picker, which confirmed replacing
        self._request: ExportRequest | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build()
        initial = _format_of(suggested)
        self.path_edit.setText(str(suggested.with_suffix(SUFFIXES[initial])))
        self.format_buttons[initial].setChecked(True)
        self._update()

    # -- public API ---------------------------------------------------------------------------

    def export_format(self) -> Format:
        for kind, button in self.format_buttons.items():
            if button.isChecked():
                return kind
        return "pdf"

    def pdf_options(self) -> PdfOptions:
        return self.pdf_box.options()

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
        if path is None or not self.ok_button.isEnabled():
            return
        if path.exists() and path != self._picked and not confirm_overwrite(self, path):
            return
        kind = self.export_format()
        self._request = ExportRequest(
            path, kind,
            self.pdf_options() if kind == "pdf" else None,
            self.image_box.png_options() if kind == "png" else None,
            self.image_box.note_ids() if kind in ("png", "svg") else (),
        )
        super().accept()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        columns = QHBoxLayout(self)
        columns.setContentsMargins(18, 16, 18, 12)
        columns.setSpacing(18)
        options = QWidget(self)
        options.setMinimumWidth(OPTIONS_WIDTH)
        outer = QVBoxLayout(options)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        columns.addWidget(options, 1)

        format_row = QHBoxLayout()
        format_row.setSpacing(14)
        format_row.addWidget(QLabel(self.tr("Format:"), self))
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[Format, QRadioButton] = {}
        for kind, text, name in (("pdf", self.tr("&PDF document"), "exportPdf"),
                                 ("png", self.tr("PN&G image"), "exportPng"),
                                 ("svg", self.tr("S&VG drawing"), "exportSvg"),
                                 ("csv", self.tr("C&SV spreadsheet"), "exportCsv")):
            button = QRadioButton(text, self)
            button.setObjectName(name)
            self.format_group.addButton(button)
            self.format_buttons[kind] = button  # type: ignore[index]
            format_row.addWidget(button)
        format_row.addStretch(1)
        outer.addLayout(format_row)
        self.pdf_radio, self.csv_radio = self.format_buttons["pdf"], self.format_buttons["csv"]

        self.pdf_box = PdfOptionsBox(self)
        outer.addWidget(self.pdf_box)
        # The PDF box's controls, by the names the dialog has always had.
        self.layout_group = self.pdf_box.layout_group
        self.layout_buttons = self.pdf_box.layout_buttons
        self.paper_combo = self.pdf_box.paper_combo
        self.orientation_combo = self.pdf_box.orientation_combo
        self.cover_check = self.pdf_box.cover_check
        self.pages_label = self.pdf_box.pages_label
        self.count_button = self.pdf_box.count_button
        self.image_box = ImageOptionsBox(self._journey, self._selection, self)
        outer.addWidget(self.image_box)
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

        self.preview_box = QGroupBox(self.tr("Preview"), self)
        self.preview_box.setObjectName("exportPreviewBox")
        preview_layout = QVBoxLayout(self.preview_box)
        self.preview = PagePreview(self.preview_box)
        preview_layout.addWidget(self.preview)
        columns.addWidget(self.preview_box)

        self.format_group.buttonToggled.connect(
            lambda _button, checked: self._format_changed() if checked else None)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(self._update)
        self.pdf_box.changed.connect(self._update)
        self.image_box.changed.connect(self._update)
        self.count_button.clicked.connect(self._count_now)

    # -- behaviour ----------------------------------------------------------------------------

    def _format_changed(self) -> None:
        path = self.path()
        if path is not None:
            # Follow the format with the suffix, unless the name was typed with another one.
            base = path.with_suffix("") if path.suffix.lower() in SUFFIXES.values() else path
            self.path_edit.setText(str(base.with_suffix(SUFFIXES[self.export_format()])))
        self._update()
        self.adjustSize()  # the option boxes come and go

    def _browse(self) -> None:
        kind = self.export_format()
        file_filter = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "png": self.tr("PNG images (*.png)"),
            "svg": self.tr("SVG drawings (*.svg)"),
            "csv": self.tr("CSV files (*.csv)"),
        }[kind]
        start = self.path() or self._suggested
        chosen = ask_save_path(self, self.tr("Export As"), start, file_filter)
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self._picked = self.path()

    def _update(self) -> None:
        kind = self.export_format()
        self.pdf_box.setVisible(kind == "pdf")
        self.image_box.setVisible(kind in ("png", "svg"))
        self.image_box.set_format(kind)
        self.csv_box.setVisible(kind == "csv")
        self.preview_box.setVisible(kind != "csv")
        valid = kind != "png" or self.image_box.is_valid()
        self.ok_button.setEnabled(self.path() is not None and valid)
        self._preview_timer.start()  # restarts: the preview follows once the options settle
        if kind != "pdf":
            return
        self.pdf_box.update_enabled()
        self._show_pages()
        if self._counter.automatic and self._counter.known(self.pdf_options()) is None:
            # Count after this change has been drawn, so clicking an option never feels stuck.
            QTimer.singleShot(0, self._count_if_automatic)

    def _layout_name(self) -> str:
        return self.pdf_box.layout_name()

    def _count_if_automatic(self) -> None:
        if self.export_format() == "pdf" and self._counter.automatic:
            self._count_now()

    def _count_now(self) -> None:
        options = self.pdf_options()
        try:
            self._counter.count(options)
        except Exception as error:  # noqa: BLE001 - the count is advisory; Export reports errors
            self.pages_label.setText(self.tr("Pages: cannot be counted (%1)").replace(
                "%1", error_text(error)))
            self.count_button.hide()
            return
        self._show_pages()
        self._preview_timer.start()

    def _show_pages(self) -> None:
        count = self._counter.known(self.pdf_options())
        self.count_button.setVisible(count is None and not self._counter.automatic)
        if count is None:
            text = self.tr("Pages: counting…") if self._counter.automatic else self.tr(
                "Pages: not counted yet")
        elif count == 1:
            text = self.tr("Pages: 1")
        else:
            text = self.tr("Pages: %1").replace("%1", QLocale().toString(count))
        self.pages_label.setText(text)

    def refresh_preview(self) -> None:
        """Redraw the preview for the current options (called once they have settled)."""
        self._preview_timer.stop()
        kind = self.export_format()
        if kind == "pdf":
            options = self.pdf_options()
            pdf = self._counter.known_pdf(options)
            if pdf is None and self._counter.automatic:
                try:
                    pdf = self._counter.pdf(options)
                except Exception:  # noqa: BLE001 - the page line already says it failed
                    pdf = None
            count = self._counter.known(options)
            if pdf is None or count is None:
                self.preview.show_message(self.tr(
                    "This map is large: press Count pages to make the PDF and see its pages."))
            else:
                self.preview.show_pdf(pdf, count)
        elif kind in ("png", "svg"):
            layout = self.image_box.board()
            scale = min(SINGLE / max(layout.width, 1.0), SINGLE / max(layout.height, 1.0), 1.0)
            ratio = max(1.0, self.devicePixelRatioF())
            image = render_image(layout, scale * ratio)
            image.setDevicePixelRatio(ratio)
            self.preview.show_image(image, self.tr("The whole map") if not
                                    self.image_box.note_ids() else self.tr("The selected notes"))


def _format_of(path: Path) -> Format:
    suffix = path.suffix.lower()
    for kind, known in SUFFIXES.items():
        if suffix == known and kind != "pdf":
            return kind  # type: ignore[return-value]
    return "pdf"


def choose_export(parent: QWidget | None, journey: JourneyMap, suggested: Path,
                  selection: Sequence[str] = ()) -> ExportRequest | None:
    """Ask how and where to export `journey` (modal), offering `selection` (note ids) for PNG
    and SVG; None if cancelled. Writes nothing."""
    dialog = ExportDialog(journey, suggested, parent, selection)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.request()
        return None
    finally:
        dialog.deleteLater()
