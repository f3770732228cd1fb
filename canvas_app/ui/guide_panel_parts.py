"""The guide panel's parts, imported when the panel is first shown (guide_panel.py): the
findings model, a step's row, the steps' texts and the building of the panel's widgets.

The guide panel: the eight steps of the journey-mapping method as a checklist whose ticks are
computed from the map (model/method_steps.py), each with a one-line explanation and a "Show me"
button, and below them the live list of completeness findings (model/checks.py) — click one to go
to its note or stage, dismiss it, or show and restore the dismissed ones.

The panel's widgets are made the first time its dock tab is shown (`set_shown`, from the dock's
`visibilityChanged`: a panel behind another tab costs nothing at start-up), and it refreshes
only while shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canvas_app.model.checks import Finding
from canvas_app.model.method_steps import STEPS, step_states

if TYPE_CHECKING:
    from canvas_app.ui.guide_panel import GuidePanel
from canvas_app.scene.check_badges import finding_text, paint_badge_glyph
from canvas_app.ui.labels import fill

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidePanel", text)


def step_texts() -> dict[str, tuple[str, str]]:
    """Each step's title and one-line explanation, in the interface language."""
    return {
        "goals": (_tr("Set goals"),
                  _tr("What should the map help you decide? Write it in the map's description "
                      "or a Goals lane.")),
        "personas": (_tr("Create personas"),
                     _tr("Who is the journey about? Add at least one persona.")),
        "motivations": (_tr("Find motivations"),
                        _tr("Why do they act? Fill in a persona's goals and motivations, or a "
                            "Thoughts lane.")),
        "pain-points": (_tr("Find pain points"),
                        _tr("Where does it hurt? Add notes to a Pain points lane.")),
        "stages": (_tr("Lay out the buyer's stages"),
                   _tr("At least three named stages, from first contact to loyalty.")),
        "touchpoints": (_tr("Map the touchpoints"),
                        _tr("Every stage needs a touchpoint: where the customer meets you.")),
        "tools": (_tr("Equip the tools"),
                  _tr("Name the channels that reach the customer and the KPIs you measure.")),
        "revise": (_tr("Revise"),
                   _tr("Deal with every finding below: fix it, or dismiss it if it does not "
                       "apply.")),
    }


def warning_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    paint_badge_glyph(painter, QRectF(1.0, 1.5, 14.0, 13.0), QColor("#B23C00"))
    painter.end()
    return QIcon(pixmap)


class FindingsModel(QAbstractListModel):
    """The open findings, then (when shown) the dismissed ones, one row each."""

    FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
    DISMISSED_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Finding, bool]] = []
        self._icon = warning_icon()
        self._dim = QColor("#6B7280")

    def set_rows(self, open_: list[Finding], dismissed: list[Finding], dim: QColor) -> None:
        self.beginResetModel()
        self._rows = [(f, False) for f in open_] + [(f, True) for f in dismissed]
        self._dim = dim
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def finding(self, row: int) -> tuple[Finding, bool]:
        return self._rows[row]

    def row_of(self, key: tuple[str, str]) -> int:
        for row, (finding, _) in enumerate(self._rows):
            if finding.key == key:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        finding, dismissed = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            text = finding_text(finding)
            return fill(_tr("Dismissed: %1"), text) if dismissed else text
        if role == Qt.ItemDataRole.DecorationRole:
            return None if dismissed else self._icon
        if role == Qt.ItemDataRole.ForegroundRole and dismissed:
            return self._dim
        if role == Qt.ItemDataRole.FontRole and dismissed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.FINDING_ROLE:
            return finding
        if role == self.DISMISSED_ROLE:
            return dismissed
        return None


class StepRow:
    """The widgets of one step: state mark, title and Show me on one line, the explanation
    below (a column of its own widgets: word-wrapped labels in a grid get squeezed)."""

    def __init__(self, column: QVBoxLayout, step: str, parent: QWidget) -> None:
        self.step = step
        self.box = QWidget(parent)
        self.box.setObjectName(f"guide_step_{step}")
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        line = QHBoxLayout()
        line.setSpacing(6)
        self.mark = QLabel(self.box)
        self.mark.setObjectName(f"guide_state_{step}")
        self.mark.setTextFormat(Qt.TextFormat.PlainText)
        self.mark.setFixedWidth(16)
        self.title = QLabel(self.box)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.button = QToolButton(self.box)
        self.button.setObjectName(f"guide_show_{step}")
        line.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.title, 1)
        line.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(line)
        self.explanation = QLabel(self.box)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setContentsMargins(22, 0, 0, 0)
        small = self.explanation.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.92))
        self.explanation.setFont(small)
        layout.addWidget(self.explanation)
        column.addWidget(self.box)
        self.done = False

    def apply(self, number: int, title: str, explanation: str, done: bool) -> None:
        self.done = done
        self.mark.setText("✓" if done else "○")
        state = _tr("done") if done else _tr("to do")
        self.mark.setAccessibleName(state)
        color = "#2E7D32" if done else "#6B7280"
        self.mark.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.title.setText(fill(_tr("%1. %2"), number, title))
        self.title.setAccessibleName(fill(_tr("Step %1: %2, %3"), number, title, state))
        self.explanation.setText(explanation)
        self.button.setText(_tr("Show me"))
        self.button.setAccessibleName(fill(_tr("Show me: %1"), title))
        self.button.setToolTip(fill(_tr("Show me: %1"), title))


def build(panel: "GuidePanel") -> None:
    """Make the panel's widgets: the steps (in a scroll area) above the findings list."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(6, 6, 6, 6)
    splitter = QSplitter(Qt.Orientation.Vertical, panel)
    splitter.setObjectName("guide_splitter")
    splitter.setChildrenCollapsible(False)
    layout.addWidget(splitter)

    steps = QWidget()
    steps_layout = QVBoxLayout(steps)
    steps_layout.setContentsMargins(0, 0, 0, 0)
    panel.progress = QLabel(steps)
    panel.progress.setObjectName("guide_progress")
    panel.progress.setTextFormat(Qt.TextFormat.PlainText)
    panel.progress.setWordWrap(True)
    steps_layout.addWidget(panel.progress)
    steps_layout.setSpacing(8)
    for step in STEPS:
        panel.rows[step] = StepRow(steps_layout, step, steps)
        panel.rows[step].button.clicked.connect(
            lambda _checked=False, s=step: panel.step_requested.emit(s))
    panel.hint = QLabel(steps)
    panel.hint.setObjectName("guide_hint")
    panel.hint.setTextFormat(Qt.TextFormat.PlainText)
    panel.hint.setWordWrap(True)
    panel.hint.hide()
    steps_layout.addWidget(panel.hint)
    steps_layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setObjectName("guide_steps")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its "Show me" buttons take the focus
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(steps)
    splitter.addWidget(scroll)

    findings = QWidget()
    findings_layout = QVBoxLayout(findings)
    findings_layout.setContentsMargins(0, 4, 0, 0)
    panel.findings_title = QLabel(findings)
    panel.findings_title.setObjectName("guide_findings_title")
    panel.findings_title.setTextFormat(Qt.TextFormat.PlainText)
    bold = panel.findings_title.font()
    bold.setBold(True)
    panel.findings_title.setFont(bold)
    findings_layout.addWidget(panel.findings_title)
    panel.model = FindingsModel(panel)
    panel.list = QListView(findings)
    panel.list.setObjectName("guide_findings")
    panel.list.setModel(panel.model)
    panel.list.setWordWrap(True)
    panel.list.setResizeMode(QListView.ResizeMode.Adjust)
    panel.list.setUniformItemSizes(False)
    panel.list.setIconSize(QSize(16, 16))
    panel.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    panel.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    panel.list.setSpacing(2)
    panel.list.clicked.connect(panel._on_clicked)
    panel.list.activated.connect(panel._on_clicked)
    panel.list.selectionModel().selectionChanged.connect(lambda *_: panel._update_buttons())
    panel.findings_title.setBuddy(panel.list)
    findings_layout.addWidget(panel.list, 1)
    buttons = QHBoxLayout()
    panel.dismiss_button = QPushButton(findings)
    panel.dismiss_button.setObjectName("guide_dismiss")
    panel.dismiss_button.clicked.connect(panel.dismiss_or_restore_current)
    panel.show_dismissed = QCheckBox(findings)
    panel.show_dismissed.setObjectName("guide_show_dismissed")
    panel.show_dismissed.toggled.connect(lambda _on: panel.refresh())
    buttons.addWidget(panel.dismiss_button)
    buttons.addStretch(1)
    buttons.addWidget(panel.show_dismissed)
    findings_layout.addLayout(buttons)
    splitter.addWidget(findings)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)


def refresh(panel: "GuidePanel") -> None:
    """Steps, findings and texts from the map, in the interface language."""
    panel.setAccessibleName(_tr("Guide"))
    monitor = panel.monitor
    assert monitor is not None
    findings, dismissed = monitor.findings, monitor.dismissed
    states = step_states(monitor.journey, findings)
    texts = step_texts()
    for number, state in enumerate(states, start=1):
        title, explanation = texts[state.step]
        panel.rows[state.step].apply(number, title, explanation, state.done)
    done = sum(1 for state in states if state.done)
    panel.progress.setText(fill(_tr("The method: %1 of %2 steps done"), done, len(states)))
    panel.findings_title.setText(fill(_tr("&Findings: %1 open"), len(findings)))
    panel.list.setAccessibleName(_tr("Findings"))
    panel.show_dismissed.setText(fill(_tr("Show &dismissed (%1)"), len(dismissed)))
    current = panel.current_finding()
    dim = panel.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    panel.model.set_rows(findings, dismissed if panel.show_dismissed.isChecked() else [], dim)
    if current is not None:
        panel.select_key(current[0].key)
    panel._update_buttons()

