"""Help ▸ About Journey Canvas: version, licence, the font's credit, and the Qt, PySide6 and Python
versions (copyable for bug reports); and the application icon every window shows."""

from __future__ import annotations

import json
import platform

import PySide6
from PySide6.QtCore import QSysInfo, Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from canvas_app import APP_NAME, __version__
from canvas_app.model.fonts import FAMILY, FontWeight, font_path
from canvas_app.ui.icons import ICON_NAME, ICON_SIZES, application_icon, icon_png_name
from canvas_app.ui.labels import fill

__all__ = ["AboutDialog", "ICON_NAME", "ICON_SIZES", "application_icon", "icon_png_name",
           "show_about"]

# The licence declared in pyproject.toml (tests/test_about.py keeps the two equal).
LICENSE = "MIT"
_FONT_CREDIT_FALLBACK = "Copyright 2021 The Be Vietnam Pro Project Authors"


def font_copyright() -> str:
    """The canvas font's copyright line, as its package states it."""
    try:
        # The font package keeps its metadata beside the files/ folder of the TTFs.
        package_root = font_path(FontWeight.REGULAR).parent.parent
        metadata = json.loads((package_root / "metadata.json").read_text(encoding="utf-8"))
        text = metadata.get("copyright")
        return text if isinstance(text, str) and text else _FONT_CREDIT_FALLBACK
    except (OSError, ValueError):
        return _FONT_CREDIT_FALLBACK


def version_report() -> str:
    """One line per component: what a bug report needs (plain text)."""
    return "\n".join((
        f"{APP_NAME} {__version__}",
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
        f"Python {platform.python_version()}",
        f"{QSysInfo.prettyProductName()} ({QGuiApplication.platformName()})",
    ))


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """The About box; `version_label`, `licence_label`, `font_label` and `versions_label` hold the
    texts (plain text, selectable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(fill(self.tr("About %1"), APP_NAME))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.setSpacing(20)

        icon_label = QLabel(self)
        icon_label.setObjectName("aboutIcon")
        icon_label.setPixmap(application_icon().pixmap(96, 96))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(icon_label)

        column = QVBoxLayout()
        column.setSpacing(8)
        outer.addLayout(column, 1)
        name = _plain_label(APP_NAME, self)
        name_font = QFont(name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setWeight(QFont.Weight.DemiBold)
        name.setFont(name_font)
        column.addWidget(name)
        self.version_label = _plain_label(fill(self.tr("Version %1"), __version__), self)
        self.version_label.setObjectName("aboutVersion")
        column.addWidget(self.version_label)
        column.addWidget(_plain_label(self.tr(
            "An offline editor for customer journey maps and service blueprints: stages, lanes "
            "and sticky notes, with PDF, SVG and CSV export."), self))
        self.licence_label = _plain_label(fill(self.tr(
            "Free software under the %1 licence."), LICENSE), self)
        self.licence_label.setObjectName("aboutLicence")
        column.addWidget(self.licence_label)
        self.font_label = _plain_label(fill(self.tr(
            "Board and interface font: %1 (%2), under the SIL Open Font License 1.1."),
            FAMILY, font_copyright()), self)
        self.font_label.setObjectName("aboutFont")
        column.addWidget(self.font_label)
        self.versions_label = _plain_label(version_report(), self)
        self.versions_label.setObjectName("aboutVersions")
        column.addSpacing(4)
        column.addWidget(self.versions_label)
        column.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy Version Details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setMinimumWidth(520)

    def copy_versions(self) -> None:
        """Put the version lines on the clipboard (for a bug report)."""
        QGuiApplication.clipboard().setText(version_report())


def show_about(parent: QWidget | None) -> None:
    """Show the About box (modal) until closed."""
    dialog = AboutDialog(parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
