"""The start-up window (app.py, ui/main_window.py): it paints the map's start-up draft first, then
completes itself and opens the file as always; input never reaches the draft; a file that
changed or broke in between, a window closed early, and files the draft reader declines all end
as they would have without the draft."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QToolBar
from pytestqt.qtbot import QtBot

from canvas_app import app as app_module
from canvas_app.fileio.codec import dump_bytes, load_path
from canvas_app.fileio.side_files import lock_path_for
from canvas_app.model.draft_map import as_journey, is_draft
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Lane, Note, Stage
from canvas_app.scene.layout_painter import qrect
from canvas_app.ui.main_window import MainWindow
from test_ui_window import quiet_prompts  # noqa: F401 (autouse: no modal box blocks a test)
from test_ui_window import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
OLD_VERSION = Path(__file__).resolve().parent / "data" / "versions"


def two_cell_map(text: str = "First note") -> JourneyMap:
    return JourneyMap(title="Start-up", stages=(Stage(id="s1", title="Stage"),),
                      lanes=(Lane(id="l1", title="Full"), Lane(id="l2", title="Empty")),
                      notes=(Note(id="n1", stage="s1", lane="l1", text=text),))


def map_file(tmp_path: Path, journey: JourneyMap | None = None) -> Path:
    path = tmp_path / "map.journey"
    path.write_bytes(dump_bytes(journey if journey is not None else two_cell_map()))
    return path


def settings_in(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def start_window(qtbot: QtBot, tmp_path: Path, path: Path) -> MainWindow:
    """A start-up window on `path`'s draft, shown but not completed."""
    draft = app_module.startup_draft(path)
    assert draft is not None
    window = MainWindow(as_journey(draft), settings_in(tmp_path), opening=path,
                        new_map=app_module.new_default_map)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_draft_is_painted_then_the_validated_map_takes_its_place(qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, path)
    window = start_window(qtbot, tmp_path, path)
    assert not window.completed and is_draft(window.document.journey)
    assert path.name in window.windowTitle()
    scene = window.view.board_scene
    expected = load_path(path)
    assert set(scene.notes) == {note.id for note in expected.notes}
    drawn = dict(scene.notes)
    assert not lock_path_for(path).exists()  # nothing claimed before the file is really opened

    window.complete()
    assert window.completed and not is_draft(window.document.journey)
    assert window.document.journey == expected and window.document.path == path
    assert window.document.disk_digest is not None and not window.isWindowModified()
    # The validated map equals the draft: the board kept what it had drawn.
    assert all(scene.notes[note_id] is item for note_id, item in drawn.items())
    assert lock_path_for(path).exists() and window.recent.paths()[0] == path
    assert window.panels.inspector is window.panels.docks["inspector"].widget()
    window.close()
    assert not lock_path_for(path).exists()


def _cell_point(window: MainWindow, stage: str, lane: str) -> QPoint:
    rect = window.view.board_scene.index.cell_rects[(stage, lane)]
    return window.view.mapFromScene(qrect(rect).center())


def test_input_waits_until_the_window_is_complete(qtbot: QtBot, tmp_path: Path) -> None:
    """A double-click on an empty cell adds a note, but not to the draft: before completion the
    board holds input back (no edit, no error); after it the same click edits the real map."""
    window = start_window(qtbot, tmp_path, map_file(tmp_path))
    viewport = window.view.viewport()
    point = _cell_point(window, "s1", "l2")
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    # No shortcut or menu item yet either: the window's actions come with complete().
    assert window.actions() == [] and not window.findChildren(QAction, "action_save")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.document.undo_stack.count() == 0 and len(window.document.journey.notes) == 1
    window.complete()
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      _cell_point(window, "s1", "l2"))
    qtbot.waitUntil(lambda: window.document.undo_stack.count() == 1)
    assert len(window.document.journey.notes) == 2
    window.close()


def test_a_file_changed_before_completion_opens_as_it_is_now(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    path = map_file(tmp_path)
    window = start_window(qtbot, tmp_path, path)
    path.write_bytes(dump_bytes(two_cell_map("Saved meanwhile")))
    window.complete()
    journey = window.document.journey
    assert not is_draft(journey) and journey.notes[0].text == "Saved meanwhile"
    box = window.view.board_scene.index.note_boxes["n1"]
    assert box.text.lines == ("Saved meanwhile",)
    window.close()


def test_a_file_broken_before_completion_is_explained_and_a_new_map_shown(
        qtbot: QtBot, tmp_path: Path, quiet_prompts: list[str]) -> None:
    path = map_file(tmp_path)
    window = start_window(qtbot, tmp_path, path)
    path.write_bytes(b'{"format": "journey-canvas", "version": 2, "map": {"notes": 3}}')
    window.complete()
    assert quiet_prompts and path.name in quiet_prompts[0]
    journey = window.document.journey
    assert not is_draft(journey) and journey.stages and window.document.path is None
    assert not lock_path_for(path).exists()
    window.close()


def _menu_tree(menu: QMenu | QMenuBar) -> list[object]:
    """A menu's entries, in order: each action's name (a separator's is empty), each submenu's
    name with its own entries."""
    entries: list[object] = []
    for action in menu.actions():
        submenu = action.menu()
        if submenu is not None:
            entries.append((submenu.objectName(), submenu.title(), _menu_tree(submenu)))
        else:
            entries.append(action.objectName())
    return entries


def test_the_start_up_window_shows_menu_titles_then_the_whole_menus(qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    """The first picture has the menu bar's titles and an empty toolbar of the right height (the
    actions are made after it); once complete, the menus, toolbar and window actions are those
    of an ordinary window, in the same menu objects, and the board has not moved."""
    path = map_file(tmp_path)
    window = start_window(qtbot, tmp_path, path)
    bar = window.menuBar()
    first_menus = [action.menu() for action in bar.actions()]
    titles = [action.text() for action in bar.actions()]
    assert all(menu is not None and not menu.actions() for menu in first_menus)
    toolbar = window.findChild(QToolBar, "toolbar_main")
    assert toolbar is window.toolbar and toolbar.isVisible()
    board = (window.view.mapTo(window, QPoint(0, 0)), window.view.size(), toolbar.height())
    window.complete()
    qtbot.wait(10)
    assert [action.menu() for action in bar.actions()] == first_menus
    assert (window.view.mapTo(window, QPoint(0, 0)), window.view.size(),
            toolbar.height()) == board

    ordinary = MainWindow(load_path(path), settings_in(tmp_path))
    qtbot.addWidget(ordinary)
    assert [action.text() for action in ordinary.menuBar().actions()] == titles
    assert _menu_tree(bar) == _menu_tree(ordinary.menuBar())
    assert len(_menu_tree(bar)) == 6 and all(entry[2] for entry in _menu_tree(bar))
    assert ([action.objectName() for action in toolbar.actions()]
            == [action.objectName() for action in ordinary.toolbar.actions()])
    assert ([action.objectName() for action in window.actions()]
            == [action.objectName() for action in ordinary.actions()])
    assert window.findChild(QAction, "action_save").shortcuts()  # Ctrl+S, as ever
    window.close()


def test_shortcuts_work_once_the_start_up_window_completes(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    """Right after the first paint the window completes itself; its shortcuts then act on the
    validated map at once: select all, delete, undo, redo."""
    path = map_file(tmp_path)
    window: Any = app_module.open_window(str(path), settings_in(tmp_path), draft_first=True)
    try:
        assert not window.completed and window.actions() == []
        qtbot.waitUntil(lambda: window.completed, timeout=10_000)
        view = window.view
        QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert view.selected_note_ids() == ["n1"]
        QTest.keyClick(view, Qt.Key.Key_Delete)
        assert window.document.journey.notes == ()
        QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [note.id for note in window.document.journey.notes] == ["n1"]
        QTest.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert window.document.journey.notes == ()
        assert window.isWindowModified()
    finally:
        window.document.undo_stack.setClean()
        window.close()


def _tall_map() -> JourneyMap:
    """A map whose board is far taller than any screen: fitted, it is one overview picture."""
    notes = tuple(Note(id=f"n{i}", stage="s1", lane="l1", text=f"Note {i}", votes=i % 4)
                  for i in range(400))
    return JourneyMap(title="Tall", stages=(Stage(id="s1", title="Stage"),),
                      lanes=(Lane(id="l1", title="Full"), Lane(id="l2", title="Empty")),
                      notes=notes)


def test_a_large_map_is_previewed_then_the_board_takes_its_place(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    """A map so large that the fitted board is its overview picture: the first picture is the
    preview's (no board view, items or editing yet) and takes no input; the board made in
    complete() shows the very same pixels, at the same zoom, and edits the validated map."""
    from canvas_app.scene.board_preview import BoardPreview
    from canvas_app.scene.check_badges import BadgeItem

    window = start_window(qtbot, tmp_path, map_file(tmp_path, _tall_map()))
    preview = window.preview
    assert isinstance(preview, BoardPreview) and not hasattr(window, "view")
    assert window.pages.currentWidget() is preview
    qtbot.wait(50)  # settled (the window's first fits)
    zoom = preview.transform().m11()
    scroll = (preview.horizontalScrollBar().value(), preview.verticalScrollBar().value())
    area = preview.geometry().translated(window.pages.mapTo(window, QPoint(0, 0)))
    first = window.grab(area).toImage()
    assert zoom < 0.5 and preview.overview.picture_scale > 0
    wheel_event = QWheelEvent(preview.viewport().rect().center().toPointF(),
                              preview.viewport().mapToGlobal(QPoint(10, 10)).toPointF(),
                              QPoint(0, -120), QPoint(0, -120), Qt.MouseButton.NoButton,
                              Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                              False)
    QApplication.sendEvent(preview.viewport(), wheel_event)
    QTest.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.transform().m11() == zoom
    assert (preview.horizontalScrollBar().value(), preview.verticalScrollBar().value()) == scroll

    window.complete()
    assert window.preview is None and window.pages.currentWidget() is window.view
    assert window.pages.indexOf(preview) == -1
    assert window.view.zoom() == zoom and window.view.board_scene.overview_mode
    QApplication.processEvents()
    assert window.grab(area).toImage() == first
    qtbot.wait(300)  # the board's own settling: still the same picture
    assert window.view.zoom() == zoom
    # (but for the guide's finding badges, which come with the complete window, as ever)
    for item in window.view.board_scene.items():
        if isinstance(item, BadgeItem):
            item.hide()
    assert window.grab(area).toImage() == first
    assert not is_draft(window.document.journey) and len(window.document.journey.notes) == 400
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.view.selected_note_ids()) == 400
    window.close()


def test_a_small_map_paints_its_board_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    """A map whose fitted board shows its notes is painted by the board itself (a preview only
    stands in for the overview picture)."""
    window = start_window(qtbot, tmp_path, map_file(tmp_path))
    assert window.preview is None and window.pages.currentWidget() is window.view
    window.close()


def test_a_window_closed_before_completion_just_closes(qtbot: QtBot, tmp_path: Path) -> None:
    path = map_file(tmp_path)
    window = start_window(qtbot, tmp_path, path)
    assert window.close()
    assert not window.completed and not lock_path_for(path).exists()


def test_the_start_up_window_completes_itself_after_its_first_paint(qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    path = map_file(tmp_path)
    window: Any = app_module.open_window(str(path), settings_in(tmp_path), draft_first=True)
    try:
        assert not window.completed
        qtbot.waitUntil(lambda: window.completed, timeout=10_000)
        assert window.document.journey == load_path(path)
    finally:
        window.close()


@pytest.mark.parametrize("case", ["locked", "old version", "missing", "not sure"])
def test_files_the_draft_declines_open_the_usual_way(qtbot: QtBot, tmp_path: Path,
                                                     case: str) -> None:
    """Someone's lock (the usual way asks first), an older version (upgraded by the loader), a
    missing file (explained), a value the draft reader leaves to pydantic: no draft, and the
    window opens complete, exactly as without the draft."""
    path = map_file(tmp_path)
    if case == "locked":
        lock_path_for(path).write_text("{}", encoding="utf-8")
    elif case == "old version":
        path.write_bytes(next(OLD_VERSION.glob("*.journey")).read_bytes())
    elif case == "missing":
        path.unlink()
    else:
        envelope = json.loads(path.read_bytes())
        envelope["map"]["notes"][0]["votes"] = 2.0  # pydantic makes it 2; the draft declines
        path.write_text(json.dumps(envelope), encoding="utf-8")
    assert app_module.startup_draft(path) is None
    window: Any = app_module.open_window(str(path), settings_in(tmp_path), draft_first=True)
    try:
        assert window.completed and not is_draft(window.document.journey)
    finally:
        window.close()


def test_the_command_paints_the_draft_without_pydantic(tmp_path: Path) -> None:
    """`journey-canvas FILE`: the first paint shows the file's board from its draft, before
    pydantic is imported; the window then opens the file and the program quits cleanly."""
    path = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, path)
    env = dict(os.environ, JOURNEY_CANVAS_SMOKE_QUIT_MS="200", QT_QPA_PLATFORM="offscreen")
    for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    result = subprocess.run([sys.executable, "-m", "canvas_app", str(path)], env=env,
                            cwd=str(ROOT), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[0])
    assert report["draft"] is True and report["pydantic"] is False
    assert report["page"] == "board" and report["notes"] == len(load_path(path).notes)
    assert not lock_path_for(path).exists()


def test_a_start_up_window_that_never_paints_still_completes(qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """A window started minimised (or never exposed) does not stay on its draft."""
    monkeypatch.setattr(app_module, "_COMPLETE_AT_LATEST_MS", 50)
    path = map_file(tmp_path)
    draft = app_module.startup_draft(path)
    assert draft is not None
    window = MainWindow(as_journey(draft), settings_in(tmp_path), opening=path)
    qtbot.addWidget(window)
    app_module._CompleteAfterFirstPaint(window)  # never shown, so never painted
    qtbot.waitUntil(lambda: window.completed, timeout=5_000)
    assert window.document.journey == load_path(path)
    window.close()
