"""Preferences: the interface language (the system's, English or Vietnamese) and the
high-contrast display. Both take effect at once, in every window, without closing any map.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from canvas_app.ui import i18n, theme
from canvas_app.ui.labels import fill

# Each language is named in itself, whatever the interface language (how people find theirs).
LANGUAGE_NAMES = {i18n.ENGLISH: "English", i18n.VIETNAMESE: "Tiếng Việt"}


class PreferencesDialog(QDialog):
    """The choices as stored in `settings`; `language_choice()` and `high_contrast()` read
    the dialog."""

    def __init__(self, settings: QSettings, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("preferences_language")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        system_name = LANGUAGE_NAMES[i18n.system_language()]
        self.language_combo.addItem(fill(self.tr("System setting (%1)"), system_name), i18n.SYSTEM)
        for code in (i18n.ENGLISH, i18n.VIETNAMESE):
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(i18n.stored_choice(settings)))
        language_label = QLabel(self.tr("Interface &language:"), self)
        language_label.setBuddy(self.language_combo)
        note = QLabel(self.tr("Menus, panels and messages. A map keeps its own language, "
                              "chosen when it is made, whatever the interface shows."), self)
        note.setObjectName("preferences_language_note")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        self.language_combo.setAccessibleDescription(note.text())

        self.contrast_check = QCheckBox(self.tr("&High contrast"), self)
        self.contrast_check.setObjectName("preferences_high_contrast")
        self.contrast_check.setChecked(theme.stored_high_contrast(settings))
        contrast_note = QLabel(self.tr("Black text on white in the window; on the board, black "
                                       "text, black note borders and a darker grid. Exported "
                                       "files keep the map's own colours."), self)
        contrast_note.setTextFormat(Qt.TextFormat.PlainText)
        contrast_note.setWordWrap(True)
        self.contrast_check.setAccessibleDescription(contrast_note.text())

        form = QFormLayout()
        form.addRow(language_label, self.language_combo)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.contrast_check)
        layout.addWidget(contrast_note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.buttons = buttons

    def language_choice(self) -> str:
        return str(self.language_combo.currentData())

    def high_contrast(self) -> bool:
        return self.contrast_check.isChecked()


def apply_preferences(settings: QSettings, language_choice: str, high_contrast: bool) -> None:
    """Store the choices and put them into effect in every window (a language change makes Qt
    send each widget a LanguageChange event; open maps, undo history and selection stay)."""
    i18n.store_choice(settings, language_choice)
    theme.store_high_contrast(settings, high_contrast)
    language = i18n.resolve(language_choice)
    if language != i18n.current_language():
        i18n.install_language(language)
    theme.apply_theme(high_contrast)


def show_preferences(parent: Optional[QWidget], settings: QSettings) -> bool:
    """Ask (modal) and apply; False when cancelled."""
    dialog = PreferencesDialog(settings, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        apply_preferences(settings, dialog.language_choice(), dialog.high_contrast())
        return True
    finally:
        dialog.deleteLater()
