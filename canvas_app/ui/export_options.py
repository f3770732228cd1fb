"""The option boxes of the export dialog: PDF (layout, paper, orientation, cover, page count) and
image (PNG resolution with the resulting pixel size, and "selected notes only" for PNG and SVG).

They only hold choices and say when they change (`changed`); the dialog decides what to do.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from canvas_app.fileio.errors import ExportError
from canvas_app.fileio.pdf_export import LAYOUTS, PdfOptions
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.ui.core_messages import error_text
from canvas_app.ui.export_pages import pdf_option_names
from canvas_app.ui.image_export import (
    DEFAULT_SCALE,
    POINTS_PER_INCH,
    PngOptions,
    board_for,
    chosen_scale,
    pixel_size,
)

# PNG resolutions offered: pixels per point (1 = 72 dpi).
PNG_SCALES = (1.0, 2.0, 3.0, 4.0, 300 / POINTS_PER_INCH)


class PdfOptionsBox(QGroupBox):
    """Layout (every one the PDF export offers, explained), paper, orientation, cover, and the
    page count line with its Count button."""

    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(self.tr("PDF options"), parent)
        self.setObjectName("exportPdfOptions")
        box = QVBoxLayout(self)
        box.setSpacing(4)
        self.layout_group = QButtonGroup(self)
        self.layout_buttons: dict[str, QRadioButton] = {}
        known = self._layout_texts()
        for name in LAYOUTS:  # every layout the PDF export offers, in its order
            title, explanation = known.get(name, (name.capitalize(), ""))
            button = QRadioButton(title, self)
            button.setObjectName(f"exportLayout_{name}")
            button.setProperty("layoutName", name)
            self.layout_group.addButton(button)
            self.layout_buttons[name] = button
            box.addWidget(button)
            if explanation:
                help_label = QLabel(explanation, self)
                help_label.setTextFormat(Qt.TextFormat.PlainText)
                help_label.setWordWrap(True)
                help_label.setContentsMargins(24, 0, 0, 6)  # under the radio's text
                help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                box.addWidget(help_label)
        self.layout_buttons[LAYOUTS[0]].setChecked(True)

        form = QFormLayout()
        form.setContentsMargins(0, 6, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("exportPaper")
        for paper, label in (("a4", self.tr("A4")), ("a3", self.tr("A3")),
                             ("letter", self.tr("US Letter"))):
            self.paper_combo.addItem(label, paper)
        form.addRow(self.tr("P&aper:"), self.paper_combo)
        self.orientation_combo = QComboBox(self)
        self.orientation_combo.setObjectName("exportOrientation")
        self.orientation_combo.addItem(self.tr("Landscape"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait"), "portrait")
        if "orientation" in pdf_option_names():
            form.addRow(self.tr("Orie&ntation:"), self.orientation_combo)
        else:
            self.orientation_combo.hide()  # this PDF export has landscape sheets only
        self.cover_check = QCheckBox(self.tr("Add a &cover page (title, persona, date)"), self)
        self.cover_check.setObjectName("exportCover")
        form.addRow("", self.cover_check)
        box.addLayout(form)

        pages_row = QHBoxLayout()
        pages_row.setContentsMargins(0, 6, 0, 0)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("exportPages")
        self.pages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_button = QPushButton(self.tr("Co&unt pages"), self)
        self.count_button.setObjectName("exportCountPages")
        self.count_button.setToolTip(self.tr(
            "Makes the PDF in memory to count its pages and show them."))
        pages_row.addWidget(self.pages_label, 1)
        pages_row.addWidget(self.count_button)
        box.addLayout(pages_row)

        self.layout_group.buttonToggled.connect(
            lambda _button, checked: self.changed.emit() if checked else None)
        self.paper_combo.currentIndexChanged.connect(self.changed)
        self.orientation_combo.currentIndexChanged.connect(self.changed)
        self.cover_check.toggled.connect(self.changed)

    def layout_name(self) -> str:
        button = self.layout_group.checkedButton()
        return str(button.property("layoutName")) if button is not None else LAYOUTS[0]

    def options(self) -> PdfOptions:
        layout = self.layout_name()
        fields: dict[str, object] = {
            "layout": layout,
            "paper": self.paper_combo.currentData(),
            "cover": self.cover_check.isChecked() or layout == "report",
        }
        if "orientation" in pdf_option_names():
            fields["orientation"] = self.orientation_combo.currentData()
        return PdfOptions(**fields)  # type: ignore[arg-type]

    def update_enabled(self) -> None:
        """A report always has a cover; a poster page is the board's own size, so paper and
        orientation only matter for its cover."""
        layout = self.layout_name()
        self.cover_check.setEnabled(layout != "report")
        sheet = layout != "poster" or self.cover_check.isChecked() or layout == "report"
        self.paper_combo.setEnabled(sheet)
        self.orientation_combo.setEnabled(sheet)

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


class ImageOptionsBox(QGroupBox):
    """PNG resolution (with the image's size in pixels) and, for PNG and SVG, whether to export
    only the selected notes."""

    changed = Signal()

    def __init__(self, journey: JourneyMap, selection: Sequence[str],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(self.tr("Image options"), parent)
        self.setObjectName("exportImageOptions")
        self._journey = journey
        self._selection = tuple(selection)
        self._format = "png"
        self._layouts: dict[tuple[str, ...], BoardLayout] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.resolution_combo = QComboBox(self)
        self.resolution_combo.setObjectName("exportResolution")
        for scale in PNG_SCALES:
            dpi = round(scale * POINTS_PER_INCH)
            if scale.is_integer():
                label = self.tr("%1× (%2 dpi)").replace("%1", f"{scale:g}").replace(
                    "%2", str(dpi))
            else:
                label = self.tr("%1 dpi (print)").replace("%1", str(dpi))
            self.resolution_combo.addItem(label, scale)
        self.resolution_combo.setCurrentIndex(PNG_SCALES.index(DEFAULT_SCALE))
        self.resolution_label = QLabel(self.tr("&Resolution:"), self)
        self.resolution_label.setBuddy(self.resolution_combo)
        form.addRow(self.resolution_label, self.resolution_combo)
        self.size_label = QLabel(self)
        self.size_label.setObjectName("exportImageSize")
        self.size_label.setTextFormat(Qt.TextFormat.PlainText)
        self.size_label.setWordWrap(True)
        form.addRow("", self.size_label)
        count = len(self._selection)
        text = (self.tr("Only the selected note, with its stage and lane") if count == 1 else
                self.tr("Only the %1 selected notes, with their stages and lanes").replace(
                    "%1", QLocale().toString(count)))
        self.selection_check = QCheckBox(text if count else self.tr(
            "Only the selected notes (select notes on the board first)"), self)
        self.selection_check.setObjectName("exportSelectionOnly")
        self.selection_check.setEnabled(count > 0)
        form.addRow("", self.selection_check)
        self.resolution_combo.currentIndexChanged.connect(self._changed)
        self.selection_check.toggled.connect(self._changed)
        self._changed()

    def set_format(self, kind: str) -> None:
        """Show the choices of "png" or "svg" (an SVG has no resolution)."""
        self._format = kind
        png = kind == "png"
        self.setTitle(self.tr("PNG options") if png else self.tr("SVG options"))
        for widget in (self.resolution_label, self.resolution_combo, self.size_label):
            widget.setVisible(png)

    def note_ids(self) -> tuple[str, ...]:
        return self._selection if self.selection_check.isChecked() else ()

    def board(self) -> BoardLayout:
        """The board the image shows (the whole map, or the excerpt of the selection)."""
        key = self.note_ids()
        if key not in self._layouts:
            self._layouts[key] = board_for(self._journey, key)
        return self._layouts[key]

    def png_options(self) -> PngOptions:
        return PngOptions(float(self.resolution_combo.currentData()), self.note_ids())

    def is_valid(self) -> bool:
        """False when the PNG would be larger than an export may make."""
        return self._problem is None

    def _changed(self) -> None:
        layout = self.board()
        scale = float(self.resolution_combo.currentData())
        width, height = pixel_size(layout, scale)
        locale = QLocale()
        size = self.tr("%1 × %2 pixels").replace("%1", locale.toString(width)).replace(
            "%2", locale.toString(height))
        self._problem: Optional[str] = None
        try:
            chosen_scale(layout, scale)
        except ExportError as error:
            self._problem = error_text(error)
        if self._problem is None:
            self.size_label.setText(size)
            self.size_label.setStyleSheet("")
        else:
            self.size_label.setText(self.tr("%1: too large to export; choose a lower "
                                            "resolution.").replace("%1", size))
            self.size_label.setStyleSheet("color: #B00020;")
        self.changed.emit()
