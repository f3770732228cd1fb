"""The guide panel: the eight steps of the journey-mapping method as a checklist whose ticks are
computed from the map (model/method_steps.py), each with a one-line explanation and a "Show me"
button, and below them the live list of completeness findings (model/checks.py) — click one to go
to its note or stage, dismiss it, or show and restore the dismissed ones.

Cheap to make: the window makes this shell at start-up; the findings are attached once the
window has painted (`attach`, ui/guide_start.py), and the widgets (guide_panel_parts.py) are made
the first time the dock's tab is shown (`set_shown`, from the dock's `visibilityChanged`). It
refreshes only while shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from canvas_app.document.check_monitor import CheckMonitor
    from canvas_app.document.editor import Editor
    from canvas_app.model.checks import Finding
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QPushButton

    from canvas_app.ui.guide_panel_parts import FindingsModel, StepRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidePanel", text)


class GuidePanel(QWidget):
    """Signals: `step_requested(str)` (Show me), `finding_chosen(object)` (a Finding clicked)."""

    step_requested = Signal(str)
    finding_chosen = Signal(object)

    def __init__(self, editor: "Editor", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_panel")
        self.monitor: Optional["CheckMonitor"] = None
        self._editor = editor
        self._built = False
        self._dirty = True
        self.shown = False
        self.rows: dict[str, "StepRow"] = {}
        # Made by guide_panel_parts.build on first show.
        self.model: "FindingsModel"
        self.list: "QListView"
        self.progress: "QLabel"
        self.hint: "QLabel"
        self.findings_title: "QLabel"
        self.dismiss_button: "QPushButton"
        self.show_dismissed: "QCheckBox"
        self.setAccessibleName(_tr("Guide"))

    def attach(self, monitor: "CheckMonitor") -> None:
        """Show the findings (and step states) `monitor` keeps."""
        self.monitor = monitor
        monitor.updated.connect(self._on_updated)
        self._dirty = True
        if self.shown:
            self.set_shown(True)

    # -- building (on first show) -----------------------------------------------------------

    def ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        from canvas_app.ui import guide_panel_parts

        guide_panel_parts.build(self)
        self.refresh()

    # -- refreshing --------------------------------------------------------------------------

    def set_shown(self, shown: bool) -> None:
        """The dock's tab became visible (or not): build on first show, catch up if stale."""
        self.shown = shown
        if shown and self.monitor is not None:
            self.ensure_built()
            if self._dirty:
                self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(_tr("Guide"))
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange) \
                and self._built:
            self.refresh()
        super().changeEvent(event)

    def _on_updated(self, _changed: bool) -> None:
        # Steps read the whole map (descriptions, personas), so any change may tick one.
        if self._built and self.shown:
            self.refresh()
        else:
            self._dirty = True

    def refresh(self) -> None:
        """Steps, findings and texts from the map, in the interface language."""
        if not self._built or self.monitor is None:
            return
        self._dirty = False
        from canvas_app.ui import guide_panel_parts

        guide_panel_parts.refresh(self)

    def show_hint(self, text: str) -> None:
        """A line under the steps saying what Show me could not select (empty: hide it)."""
        self.ensure_built()
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # -- findings ----------------------------------------------------------------------------

    def current_finding(self) -> Optional[tuple["Finding", bool]]:
        if not self._built:
            return None
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return self.model.finding(index.row())

    def select_key(self, key: tuple[str, str]) -> bool:
        """Make the finding (check, target) current in the list; False if it is not listed."""
        self.ensure_built()
        row = self.model.row_of(key)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def select_target(self, target: str) -> Optional["Finding"]:
        """Make the first open finding about `target` current; returns it."""
        self.ensure_built()
        if self._dirty:
            self.refresh()
        assert self.monitor is not None
        for finding in self.monitor.findings:
            if finding.target == target:
                self.select_key(finding.key)
                return finding
        return None

    def _on_clicked(self, index: "QModelIndex") -> None:
        if index.isValid():
            self.finding_chosen.emit(self.model.finding(index.row())[0])

    def _update_buttons(self) -> None:
        current = self.current_finding()
        dismissed = current is not None and current[1]
        self.dismiss_button.setText(_tr("&Restore") if dismissed else _tr("D&ismiss"))
        self.dismiss_button.setToolTip(
            _tr("Show this finding again") if dismissed
            else _tr("Hide this finding for this note or stage (saved in the map)"))
        self.dismiss_button.setEnabled(current is not None)

    def dismiss_or_restore_current(self) -> None:
        current = self.current_finding()
        if current is None:
            return
        finding, dismissed = current
        row = self.list.currentIndex().row()
        if dismissed:
            self._editor.restore_check(finding.check, finding.target)
            self.select_key(finding.key)
        else:
            self._editor.dismiss_check(finding.check, finding.target)
            # The next finding takes the dismissed one's place, so several go quickly.
            if self.model.rowCount() and not self.select_key(finding.key):
                self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._update_buttons()
