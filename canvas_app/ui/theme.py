"""The high-contrast theme: a black-on-white palette for the window, and on the board black text,
black note borders and a darker grid (scene/screen_style.py; exports keep the map's colours).

Switched in the preferences and stored in the settings; `apply_theme` takes effect at once in
every open window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from canvas_app.scene import screen_style

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView

SETTINGS_KEY = "interface/high_contrast"

_normal_palette: list[QPalette] = []  # the palette before high contrast was first applied

_ROLES = QPalette.ColorRole
# Black on white; the grey for disabled and placeholder text still reads at 7:1 on white.
_ACTIVE = {
    _ROLES.Window: "#FFFFFF", _ROLES.WindowText: "#000000", _ROLES.Base: "#FFFFFF",
    _ROLES.AlternateBase: "#EDEDED", _ROLES.Text: "#000000", _ROLES.Button: "#FFFFFF",
    _ROLES.ButtonText: "#000000", _ROLES.BrightText: "#FFFFFF", _ROLES.Highlight: "#0A3D91",
    _ROLES.HighlightedText: "#FFFFFF", _ROLES.ToolTipBase: "#FFFFFF",
    _ROLES.ToolTipText: "#000000", _ROLES.Link: "#0033CC", _ROLES.LinkVisited: "#5B1A8B",
    _ROLES.PlaceholderText: "#4D4D4D", _ROLES.Light: "#FFFFFF", _ROLES.Midlight: "#D0D0D0",
    _ROLES.Mid: "#000000", _ROLES.Dark: "#000000", _ROLES.Shadow: "#000000",
}
_DISABLED = {_ROLES.WindowText: "#595959", _ROLES.Text: "#595959",
             _ROLES.ButtonText: "#595959", _ROLES.Highlight: "#595959"}


def stored_high_contrast(settings: QSettings) -> bool:
    value = settings.value(SETTINGS_KEY, False)
    return value is True or (isinstance(value, str) and value.lower() == "true")


def store_high_contrast(settings: QSettings, on: bool) -> None:
    settings.setValue(SETTINGS_KEY, bool(on))


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        for role, color in _ACTIVE.items():
            palette.setColor(group, role, QColor(color))
    for role, color in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def is_high_contrast() -> bool:
    return screen_style.high_contrast()


def apply_theme(high_contrast: bool, app: Optional[QApplication] = None) -> None:
    """Switch the high-contrast theme on or off for the whole application, repainting every
    open board."""
    application = app if app is not None else QApplication.instance()
    if not isinstance(application, QApplication):
        raise RuntimeError("apply_theme needs a QApplication")
    if high_contrast == screen_style.high_contrast() and (
            high_contrast or not _normal_palette):
        return
    if high_contrast:
        if not _normal_palette:
            _normal_palette.append(QPalette(application.palette()))
        application.setPalette(high_contrast_palette())
    elif _normal_palette:
        application.setPalette(_normal_palette.pop())
    screen_style.set_high_contrast(high_contrast)
    widgets = application.topLevelWidgets()
    if not widgets:
        return  # (at start-up: the board's modules are not needed yet)
    from canvas_app.scene.board_view import BoardView

    for widget in widgets:
        for view in widget.findChildren(BoardView):
            repaint_board(view)


def apply_stored_theme(settings: QSettings, app: Optional[QApplication] = None) -> bool:
    """At start-up: the theme the preferences ask for."""
    on = stored_high_contrast(settings)
    apply_theme(on, app)
    return on


def repaint_board(view: BoardView) -> None:
    """Redraw a board whose on-screen style changed (its items cache their pictures)."""
    scene = view.board_scene
    for item in scene.board_items():
        item.update()
    scene.set_highlight(scene.highlight)  # also redraws the overview picture
    view.viewport().update()
