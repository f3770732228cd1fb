"""The recently used map files, kept in QSettings (newest first, at most ten, missing ones pruned),
and the "Open Recent" menu built from them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

MAX_RECENT = 10
_KEY = "recent_files"


class RecentFiles(QObject):
    """The recent-file list in `settings`; `changed` fires when it changes."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def paths(self) -> list[Path]:
        """The recent files that still exist, newest first (missing ones are forgotten)."""
        stored = self._stored()
        existing = [path for path in stored if path.is_file()]
        if existing != stored:
            self._store(existing)
        return existing

    def add(self, path: str | os.PathLike[str]) -> None:
        """Put `path` first (once), keeping at most MAX_RECENT entries."""
        target = Path(path).absolute()
        paths = [target] + [p for p in self._stored() if p != target]
        self._store(paths[:MAX_RECENT])

    def remove(self, path: str | os.PathLike[str]) -> None:
        target = Path(path).absolute()
        self._store([p for p in self._stored() if p != target])

    def clear(self) -> None:
        self._store([])

    def _stored(self) -> list[Path]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(item) for item in value if isinstance(item, str) and item]

    def _store(self, paths: list[Path]) -> None:
        if paths == self._stored():
            return
        self._settings.setValue(_KEY, [str(path) for path in paths])
        self._settings.sync()
        self.changed.emit()


def fill_recent_menu(menu: QMenu, recent: RecentFiles,
                     open_path: Callable[[Path], object]) -> None:
    """Rebuild `menu`: one entry per recent file (numbered, with its folder as tip), then Clear."""
    menu.clear()
    paths = recent.paths()
    for number, path in enumerate(paths, start=1):
        # "&1" gives keyboard access; a file name containing "&" must not become a mnemonic.
        name = path.name.replace("&", "&&")
        label = f"&{number} {name}" if number < 10 else f"1&0 {name}"
        action = QAction(label, menu)
        action.setObjectName(f"action_recent_{number}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setData(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        menu.addAction(action)
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("RecentFiles", "No recent files"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("RecentFiles", "Clear Recent Files"))
    clear.setObjectName("action_clear_recent")
    clear.setEnabled(bool(paths))
    clear.triggered.connect(recent.clear)
