"""The Start Timer dialog: a preset (1, 3, 5 or 10 minutes) or a custom minutes-and-seconds
duration."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canvas_app.ui.labels import fill
from canvas_app.ui.workshop_timer import MAX_SECONDS, PRESET_MINUTES


class TimerDialog(QDialog):
    """Asks for a countdown's length; `seconds()` is the answer once accepted."""

    def __init__(self, initial_seconds: int = 300, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("timer_dialog")
        self.setWindowTitle(self.tr("Start Timer"))
        self.presets: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        locale = QLocale()
        for minutes in PRESET_MINUTES:
            button = QPushButton(fill(self.tr("%1 min"), locale.toString(minutes)), self)
            button.setObjectName(f"timer_preset_{minutes}")
            button.setAccessibleName(fill(self.tr("Start a %1-minute countdown"),
                                          locale.toString(minutes)))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=minutes: self._choose(m * 60))
            row.addWidget(button)
            self.presets[minutes] = button
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("timer_minutes")
        self.minutes.setRange(0, MAX_SECONDS // 60)
        self.seconds_spin = QSpinBox(self)
        self.seconds_spin.setObjectName("timer_seconds")
        self.seconds_spin.setRange(0, 59)
        initial = max(1, min(MAX_SECONDS, int(initial_seconds)))
        self.minutes.setValue(initial // 60)
        self.seconds_spin.setValue(initial % 60)
        form = QFormLayout()
        form.addRow(self.tr("&Minutes:"), self.minutes)
        form.addRow(self.tr("S&econds:"), self.seconds_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self._accept_custom)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.minutes.setFocus()
        self.minutes.selectAll()
        self._chosen = 0

    def _choose(self, seconds: int) -> None:
        self._chosen = seconds
        self.accept()

    def _accept_custom(self) -> None:
        total = self.minutes.value() * 60 + self.seconds_spin.value()
        self._chosen = max(1, total)  # a zero duration starts a one-second countdown
        self.accept()

    def seconds(self) -> int:
        """The chosen duration in seconds (at least 1)."""
        return self._chosen
