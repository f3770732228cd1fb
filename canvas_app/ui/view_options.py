"""View ▸ Freeze Headers: whether the board pins its stage header rows and lane titles while
they are scrolled out of view (scene/frozen_headers.py). On by default, remembered in QSettings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView

FREEZE_HEADERS_KEY = "view/freeze_headers"


def stored_freeze_headers(settings: QSettings) -> bool:
    """The stored choice (True when never chosen)."""
    value = settings.value(FREEZE_HEADERS_KEY, True)
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off")
    return bool(value)


def connect_freeze_headers(action: QAction, view: "BoardView", settings: QSettings) -> None:
    """Apply the stored choice to `view` and the checkable `action`; toggling the action
    switches the view and stores the choice."""
    on = stored_freeze_headers(settings)
    action.setChecked(on)
    view.set_frozen_headers(on)

    def toggled(checked: bool) -> None:
        view.set_frozen_headers(checked)
        settings.setValue(FREEZE_HEADERS_KEY, bool(checked))

    action.toggled.connect(toggled)
