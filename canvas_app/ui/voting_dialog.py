"""The Start Dot Voting dialog: dots per participant, and the participants — by name (one per
line) or an anonymous count — and whether earlier votes are cleared."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canvas_app.model import limits
from canvas_app.ui.labels import fill

DEFAULT_DOTS = 3
DEFAULT_COUNT = 8


class VotingDialog(QDialog):
    """Asks how a session is run; read `dots()`, `names()` and `clear_votes()` once accepted."""

    def __init__(self, has_votes: bool, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting_dialog")
        self.setWindowTitle(self.tr("Start Dot Voting"))
        self.dots_spin = QSpinBox(self)
        self.dots_spin.setObjectName("voting_dots_per_participant")
        self.dots_spin.setRange(1, limits.MAX_DOTS)
        self.dots_spin.setValue(DEFAULT_DOTS)
        self.named = QRadioButton(self.tr("&Named participants, one per line:"), self)
        self.named.setObjectName("voting_named")
        self.names_edit = QPlainTextEdit(self)
        self.names_edit.setObjectName("voting_names")
        self.names_edit.setAccessibleName(self.tr("Participant names, one per line"))
        self.names_edit.setTabChangesFocus(True)
        self.anonymous = QRadioButton(self.tr("&Anonymous participants:"), self)
        self.anonymous.setObjectName("voting_anonymous")
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("voting_count")
        self.count_spin.setRange(1, limits.MAX_VOTERS)
        self.count_spin.setValue(DEFAULT_COUNT)
        self.count_spin.setAccessibleName(self.tr("Number of participants"))
        self.clear_box = QCheckBox(self.tr("&Clear the votes the notes already have"), self)
        self.clear_box.setObjectName("voting_clear")
        self.clear_box.setChecked(True)
        self.clear_box.setVisible(has_votes)
        self.problem = QLabel(self)
        self.problem.setObjectName("voting_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #B71C1C;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Dots per participant:"), self.dots_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Start Voting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.named)
        layout.addWidget(self.names_edit)
        layout.addWidget(self.anonymous)
        layout.addWidget(self.count_spin)
        layout.addWidget(self.clear_box)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.anonymous.setChecked(True)
        self.named.toggled.connect(self._check)
        self.names_edit.textChanged.connect(self._named_typed)
        self._check()
        self.resize(460, 420)

    def _named_typed(self) -> None:
        if self.names_edit.toPlainText().strip() and not self.named.isChecked():
            self.named.setChecked(True)
        self._check()

    def _typed_names(self) -> list[str]:
        return [line.strip() for line in self.names_edit.toPlainText().splitlines()
                if line.strip()]

    def _check(self) -> None:
        """One clear message for a list that cannot be used, and no Start until it can."""
        problem = ""
        if self.named.isChecked():
            names = self._typed_names()
            long_line = next((i for i, name in enumerate(names) if len(name) > limits.MAX_LABEL),
                             None)
            if not names:
                problem = self.tr("Type at least one name, or choose anonymous participants.")
            elif len(names) > limits.MAX_VOTERS:
                problem = fill(self.tr("At most %1 participants can vote."),
                               QLocale().toString(limits.MAX_VOTERS))
            elif long_line is not None:
                problem = fill(self.tr("Name %1 is longer than %2 characters."),
                               QLocale().toString(long_line + 1),
                               QLocale().toString(limits.MAX_LABEL))
        self.count_spin.setEnabled(self.anonymous.isChecked())
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def dots(self) -> int:
        return self.dots_spin.value()

    def names(self) -> list[str]:
        """The participants' names (anonymous ones numbered: "Participant 1", …)."""
        if self.named.isChecked():
            return self._typed_names()
        locale = QLocale()
        return [fill(self.tr("Participant %1"), locale.toString(n))
                for n in range(1, self.count_spin.value() + 1)]

    def clear_votes(self) -> bool:
        """Whether earlier votes go back to zero (shown only when a note has votes)."""
        return self.clear_box.isChecked()
