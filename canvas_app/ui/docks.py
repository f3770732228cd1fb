"""The dock panels around the board: note palette, legend, inspector, personas, the guide, search
and undo history."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QUndoView, QWidget

from canvas_app.document.document import Document
from canvas_app.document.editor import Editor
from canvas_app.ui import i18n
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


def _dock(window: QMainWindow, name: str, title: str, widget: QWidget,
          area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock_{name}")  # saveState() finds docks by name
    dock.setWidget(widget)
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


def build_docks(window: QMainWindow, document: Document, editor: Editor) -> Panels:
    """Create the panels and dock them: palette and legend on the left, inspector (tabbed with
    personas) on the right above search and history (tabbed)."""
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    right = Qt.DockWidgetArea.RightDockWidgetArea
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
    titles = dock_titles()
    docks = {
        "palette": _dock(window, "palette", titles["palette"], palette, left),
        "legend": _dock(window, "legend", titles["legend"], legend, left),
        "inspector": _dock(window, "inspector", titles["inspector"], inspector, right),
        "personas": _dock(window, "personas", titles["personas"], personas, right),
        "guide": _dock(window, "guide", titles["guide"], guide, right),
        "stage_details": _dock(window, "stage_details", titles["stage_details"], stage_details,
                               right),
        "search": _dock(window, "search", titles["search"], search, right),
        "history": _dock(window, "history", titles["history"], history, right),
    }
    _DockTitles(window, docks, history)
    docks["guide"].visibilityChanged.connect(guide.set_shown)
    window.tabifyDockWidget(docks["search"], docks["history"])
    window.tabifyDockWidget(docks["inspector"], docks["personas"])
    window.tabifyDockWidget(docks["personas"], docks["guide"])
    # With search and history below, so bringing it forward (a stage header clicked, or the
    # guide going to a stage) never hides the inspector or the guide above.
    window.tabifyDockWidget(docks["history"], docks["stage_details"])
    docks["search"].raise_()
    docks["inspector"].raise_()

    def show_only_persona(persona_id: str) -> None:
        # The filter lives in Find and Filter, where it shows and can be cleared.
        search.set_journey(document.journey)
        search.show_only_persona(persona_id)
        docks["search"].show()
        docks["search"].raise_()

    personas.filter_requested.connect(show_only_persona)
    # Narrow side columns leave the board most of the window (a saved layout overrides this).
    window.resizeDocks([docks["palette"], docks["inspector"]], [LEFT_WIDTH, RIGHT_WIDTH],
                       Qt.Orientation.Horizontal)
    return Panels(palette, legend, inspector, search, history, personas, docks,
                  stage_details=stage_details, guide=guide)
