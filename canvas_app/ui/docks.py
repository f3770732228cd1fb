"""The dock panels around the board: note palette, legend, inspector, personas, the guide, search
and undo history.

Made in two steps, so a window can paint its first picture before the panels exist: `make_docks`
places the empty docks (titles, areas, tabs, sizes: the board gets its final size at once), then
`fill_docks` makes the panels and puts them in (the start-up window does that right after its
first paint; the panels' modules are imported only then).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from canvas_app.ui import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QUndoView  # (its item-view enums: not before the first paint)

    from canvas_app.document.document import Document
    from canvas_app.document.editor import Editor
    from canvas_app.ui.guide_panel import GuidePanel
    from canvas_app.ui.inspector_panel import InspectorPanel
    from canvas_app.ui.legend_panel import LegendPanel
    from canvas_app.ui.palette_panel import PalettePanel
    from canvas_app.ui.persona_panel import PersonaPanel
    from canvas_app.ui.search_panel import SearchPanel
    from canvas_app.ui.stage_details_panel import StageDetailsPanel


LEFT_WIDTH = 170
RIGHT_WIDTH = 290


@dataclass
class Panels:
    palette: PalettePanel
    legend: LegendPanel
    inspector: InspectorPanel
    search: SearchPanel
    history: QUndoView
    personas: PersonaPanel
    docks: dict[str, QDockWidget]
    stage_details: StageDetailsPanel
    guide: GuidePanel


def _dock(window: QMainWindow, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock_{name}")  # saveState() finds docks by name
    placeholder = QWidget(dock)
    placeholder.setObjectName(f"placeholder_{name}")
    dock.setWidget(placeholder)  # the panel replaces it (fill_docks)
    dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                         | Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(area, dock)
    dock.toggleViewAction().setObjectName(f"action_show_{name}")
    return dock


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def dock_titles() -> dict[str, str]:
    """The docks' titles by name, in the interface language."""
    return {
        "palette": _tr("Note Palette"),
        "legend": _tr("Legend"),
        "inspector": _tr("Inspector"),
        "personas": _tr("Personas"),
        "guide": _tr("Guide"),
        "stage_details": _tr("Stage Details"),
        "search": _tr("Find and Filter"),
        "history": _tr("History"),
    }


class _DockTitles(QObject):
    """Re-titles the docks (and the history's first line) when the language changes."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget],
                 history: QUndoView) -> None:
        super().__init__(window)
        self._window = window
        self._docks = docks
        self._history = history
        # Panels without a name of their own are named after their dock (for screen readers).
        self._unnamed = {name for name, dock in docks.items() if not dock.widget().accessibleName()}
        self.apply()

    def apply(self) -> None:
        for name, title in dock_titles().items():
            dock = self._docks.get(name)
            if dock is not None:
                dock.setWindowTitle(title)
                if name in self._unnamed:
                    dock.widget().setAccessibleName(title)
        self._history.setEmptyLabel(_tr("Map opened"))
        self._history.viewport().update()  # command names are read afresh (see Actions)
        i18n.retranslate_qt_chrome(self._window)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.apply()
        return super().event(event)


class _FocusBringsTabForward(QObject):
    """Brings a tabbed dock forward when the keyboard focus goes into it from behind.

    Qt keeps the panels of a dock's background tabs "visible" (moved off screen), so Tab, or a
    label's Alt+letter, can give the focus to a field nobody sees; the dock holding the focus is
    raised instead, so the keyboard never works in a hidden panel."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
        super().__init__(window)
        self._docks = list(docks.values())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        for dock in self._docks:
            if dock.isAncestorOf(new) and dock.visibleRegion().isEmpty() and not dock.isFloating():
                dock.raise_()
                return


DOCK_NAMES = ("palette", "legend", "inspector", "personas", "guide", "stage_details", "search",
              "history")


def make_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    """Dock empty panels: palette and legend on the left, inspector (tabbed with personas and the
    guide) on the right above search and history (tabbed with stage details)."""
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    right = Qt.DockWidgetArea.RightDockWidgetArea
    titles = dock_titles()
    docks = {name: _dock(window, name, titles[name], left if name in ("palette", "legend") else right)
             for name in DOCK_NAMES}
    window.tabifyDockWidget(docks["search"], docks["history"])
    window.tabifyDockWidget(docks["inspector"], docks["personas"])
    window.tabifyDockWidget(docks["personas"], docks["guide"])
    # With search and history below, so bringing it forward (a stage header clicked, or the
    # guide going to a stage) never hides the inspector or the guide above.
    window.tabifyDockWidget(docks["history"], docks["stage_details"])
    docks["search"].raise_()
    docks["inspector"].raise_()
    # Narrow side columns leave the board most of the window (a saved layout overrides this).
    window.resizeDocks([docks["palette"], docks["inspector"]], [LEFT_WIDTH, RIGHT_WIDTH],
                       Qt.Orientation.Horizontal)
    return docks


def fill_docks(window: QMainWindow, docks: dict[str, QDockWidget], document: Document,
               editor: Editor) -> Panels:
    """Make the panels and put each in its dock (made by `make_docks`)."""
    from PySide6.QtWidgets import QUndoView

    from canvas_app.ui.guide_panel import GuidePanel
    from canvas_app.ui.inspector_panel import InspectorPanel
    from canvas_app.ui.legend_panel import LegendPanel
    from canvas_app.ui.palette_panel import PalettePanel
    from canvas_app.ui.persona_panel import PersonaPanel
    from canvas_app.ui.search_panel import SearchPanel
    from canvas_app.ui.stage_details_panel import StageDetailsPanel

    palette = PalettePanel(window)
    legend = LegendPanel(document, window)
    inspector = InspectorPanel(document, editor, window)
    search = SearchPanel(window)
    history = QUndoView(document.undo_stack, window)
    history.setObjectName("undo_view")
    personas = PersonaPanel(document, editor, window)
    # A cheap shell: its findings come once the window has painted (ui/guide_start.py), its
    # widgets when its tab is first shown.
    guide = GuidePanel(editor, window)
    stage_details = StageDetailsPanel(document, editor, window)
    widgets: dict[str, QWidget] = {
        "palette": palette, "legend": legend, "inspector": inspector, "personas": personas,
        "guide": guide, "stage_details": stage_details, "search": search, "history": history,
    }
    for name, widget in widgets.items():
        placeholder = docks[name].widget()
        docks[name].setWidget(widget)
        if placeholder is not None:
            placeholder.deleteLater()
    _DockTitles(window, docks, history)
    _FocusBringsTabForward(window, docks)
    docks["guide"].visibilityChanged.connect(guide.set_shown)
    if docks["guide"].isVisible():  # filled after the window was shown: no signal comes
        guide.set_shown(True)

    def show_only_persona(persona_id: str) -> None:
        # The filter lives in Find and Filter, where it shows and can be cleared.
        search.set_journey(document.journey)
        search.show_only_persona(persona_id)
        docks["search"].show()
        docks["search"].raise_()

    personas.filter_requested.connect(show_only_persona)
    return Panels(palette, legend, inspector, search, history, personas, docks,
                  stage_details=stage_details, guide=guide)


def build_docks(window: QMainWindow, document: Document, editor: Editor) -> Panels:
    """`make_docks` and `fill_docks` at once."""
    return fill_docks(window, make_docks(window), document, editor)
