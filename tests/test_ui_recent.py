"""The recent-files list in QSettings and the Open Recent menu built from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from canvas_app.ui.recent_files import MAX_RECENT, RecentFiles, fill_recent_menu


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_newest_first_without_repeats_capped_at_ten(qapp: object, tmp_path: Path) -> None:
    """Adding puts a file first once; the list keeps at most ten and survives a new QSettings."""
    files = []
    for number in range(12):
        path = tmp_path / f"map{number}.journey"
        path.write_text("x", encoding="utf-8")
        files.append(path)
    recent = RecentFiles(_settings(tmp_path))
    for path in files:
        recent.add(path)
    recent.add(files[5])
    reloaded = RecentFiles(_settings(tmp_path)).paths()
    assert len(reloaded) == MAX_RECENT
    assert reloaded[0] == files[5] and reloaded[1] == files[11]
    assert len(set(reloaded)) == MAX_RECENT


def test_missing_files_are_pruned(qapp: object, tmp_path: Path) -> None:
    """A recent file that was deleted disappears from the list."""
    kept, gone = tmp_path / "kept.journey", tmp_path / "gone.journey"
    for path in (kept, gone):
        path.write_text("x", encoding="utf-8")
    recent = RecentFiles(_settings(tmp_path))
    recent.add(kept)
    recent.add(gone)
    gone.unlink()
    assert recent.paths() == [kept]


def test_menu_lists_files_and_opens_the_chosen_one(qtbot: QtBot, tmp_path: Path) -> None:
    """The menu has one numbered entry per file (an & kept literal) that opens it, then Clear."""
    first, second = tmp_path / "A & B.journey", tmp_path / "second.journey"
    for path in (first, second):
        path.write_text("x", encoding="utf-8")
    recent = RecentFiles(_settings(tmp_path))
    recent.add(first)
    recent.add(second)
    menu = QMenu()
    qtbot.addWidget(menu)
    opened: list[Path] = []
    fill_recent_menu(menu, recent, opened.append)
    entries = [action for action in menu.actions() if action.objectName().startswith("action_recent")]
    assert [action.text() for action in entries] == ["&1 second.journey", "&2 A && B.journey"]
    entries[1].trigger()
    assert opened == [first]
    clear = menu.findChild(type(entries[0]), "action_clear_recent")
    clear.trigger()
    assert recent.paths() == []
