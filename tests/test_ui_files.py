"""File handling in the window: new, open, save, save as, export, import, recent files, the
close prompt, broken files and dropped files — through real files, with dialogs answered via
the prompts seam."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path, save_path
from canvas_app.fileio.pdf_export import PdfOptions
from canvas_app.model.templates import build_map
from canvas_app.ui import export_dialog, prompts, template_dialog
from canvas_app.ui.export_dialog import ExportRequest
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.prompts import SaveChoice
from test_edits import small_map
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import SAMPLE, action, make_window


class Answers:
    """Records the questions asked through the prompts seam and gives scripted answers."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[tuple[str, str]] = []
        self.asked_save: list[str] = []
        self.save_choice = SaveChoice.DISCARD
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        monkeypatch.setattr(prompts, "show_error", self._error)
        monkeypatch.setattr(prompts, "ask_save_changes", self._ask_save)
        monkeypatch.setattr(prompts, "open_file_path", lambda *args: self.open_path)
        monkeypatch.setattr(prompts, "save_file_path", lambda *args: self.save_path)

    def _error(self, parent: Any, title: str, message: str, details: str = "") -> None:
        self.errors.append((title, message))

    def _ask_save(self, parent: Any, name: str) -> SaveChoice:
        self.asked_save.append(name)
        return self.save_choice


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def test_save_as_then_open_gives_the_same_map(qtbot: QtBot, tmp_path: Path,
                                             answers: Answers) -> None:
    """Ctrl+S on an untitled map asks for a file (adding .journey); reopening gives the map."""
    window = make_window(qtbot, tmp_path)
    window.editor.add_note("s4", "l-pain", text="Đánh giá chậm")
    answers.save_path = tmp_path / "my map"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "my map.journey"
    assert saved.is_file() and window.document.path == saved
    assert load_path(saved) == window.document.journey
    assert not window.isWindowModified()
    other = make_window(qtbot, tmp_path, build_map())
    answers.open_path = saved
    action(other, "action_open").trigger()
    assert other.document.journey == window.document.journey
    assert other.windowTitle() == "my map.journey[*] — Journey Canvas"


def test_save_writes_to_the_opened_file(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """Save on an opened map rewrites that file without asking where."""
    path = tmp_path / "map.journey"
    save_path(small_map(), path)
    window = make_window(qtbot, tmp_path, load_path(path), path)
    window.editor.rename_stage("s1", "Khám phá")
    answers.save_path = None  # a Save As dialog would cancel
    action(window, "action_save").trigger()
    assert load_path(path).stage("s1").title == "Khám phá"
    assert window.status.file_state.text() == "Saved"


def test_recent_files_menu_lists_opened_and_saved_maps(qtbot: QtBot, tmp_path: Path,
                                                       answers: Answers) -> None:
    """Opening and saving put files at the top of File ▸ Open Recent, which reopens them."""
    first, second = tmp_path / "first.journey", tmp_path / "second.journey"
    save_path(small_map(), first)
    window = make_window(qtbot, tmp_path, build_map())
    assert window.files.open_path(first)
    answers.save_path = second
    action(window, "action_save_as").trigger()
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if a.objectName().startswith("action_recent")]
    assert texts == ["&1 second.journey", "&2 first.journey"]
    window.editor.rename_stage("s1", "changed")
    answers.save_choice = SaveChoice.DISCARD
    [a for a in window.recent_menu.actions() if a.objectName() == "action_recent_2"][0].trigger()
    assert window.document.path == first and answers.asked_save == ["second.journey"]
    assert window.document.journey == load_path(first)


@pytest.mark.parametrize("choice", [SaveChoice.SAVE, SaveChoice.DISCARD, SaveChoice.CANCEL])
def test_close_prompt(qtbot: QtBot, tmp_path: Path, answers: Answers,
                      choice: SaveChoice) -> None:
    """Closing unsaved work asks: Save writes then closes, Discard closes, Cancel stays open."""
    path = tmp_path / "map.journey"
    save_path(small_map(), path)
    window = make_window(qtbot, tmp_path, load_path(path), path)
    window.editor.rename_lane("l-act", "Làm")
    answers.save_choice = choice
    closed = window.close()
    assert answers.asked_save == ["map.journey"]
    assert closed is (choice is not SaveChoice.CANCEL)
    assert window.isVisible() is (choice is SaveChoice.CANCEL)
    saved_title = load_path(path).lane("l-act").title
    assert saved_title == ("Làm" if choice is SaveChoice.SAVE else "Actions")
    window.document.undo_stack.setClean()


def test_a_clean_map_closes_without_asking(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """No prompt when nothing is unsaved."""
    window = make_window(qtbot, tmp_path)
    assert window.close()
    assert answers.asked_save == []


def test_a_broken_file_is_explained_and_the_map_kept(qtbot: QtBot, tmp_path: Path,
                                                     answers: Answers) -> None:
    """Opening a damaged file shows the codec's message; the current map and history stay."""
    broken = tmp_path / "broken.journey"
    broken.write_text('{"format": "journey-canvas", "version": 1, "map": {"notes": 5}}',
                      encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    window.editor.rename_stage("s1", "Kept")
    before = window.document.journey
    answers.open_path = broken
    answers.save_choice = SaveChoice.DISCARD
    action(window, "action_open").trigger()
    assert len(answers.errors) == 1
    title, message = answers.errors[0]
    assert title == "Cannot open the map" and "broken.journey" in message
    assert window.document.journey is before
    assert window.document.undo_stack.count() == 1 and window.isWindowModified()
    window.document.undo_stack.setClean()


def test_error_boxes_show_plain_text(qtbot: QtBot) -> None:
    """The message box behind show_error never interprets a message as rich text."""
    box = prompts._plain_box(None, prompts.QMessageBox.Icon.Critical, "t", "<img src='x'>")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText


def _drop(widget: Any, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(QPoint(int(where.x()), int(where.y())), Qt.DropAction.CopyAction,
                            mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_dropping_a_map_file_opens_it(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """A .journey file dropped on the window, or on the board, opens in that window."""
    window = make_window(qtbot, tmp_path, build_map())
    drop = _drop(window, SAMPLE)
    assert drop.isAccepted()
    assert window.document.path == SAMPLE
    assert window.document.journey == load_path(SAMPLE)
    second = tmp_path / "second.journey"
    save_path(small_map(), second)
    _drop(window.view.viewport(), second)
    assert window.document.path == second


def test_new_from_template_replaces_an_untouched_map(qtbot: QtBot, tmp_path: Path,
                                                     answers: Answers,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """New asks for a template and shows the map it builds, untitled and unmodified."""
    window = make_window(qtbot, tmp_path)
    chosen = build_map("service-blueprint", "aida", "vi")
    monkeypatch.setattr(template_dialog, "choose_template", lambda parent: chosen)
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey is chosen and window.document.path is None
    assert not window.isWindowModified() and answers.asked_save == []
    assert window.status.file_state.text() == "Not saved yet"


def test_import_csv_makes_an_unsaved_map(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """Import CSV builds a new map from the rows; closing it then asks to save it."""
    source = tmp_path / "notes.csv"
    source.write_text("stage,lane,text\nDiscover,Actions,Search online\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    answers.open_path = source
    action(window, "action_import_csv").trigger()
    assert [note.text for note in window.document.journey.notes] == ["Search online"]
    assert window.isWindowModified()
    answers.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert answers.asked_save == ["notes"]
    answers.save_choice = SaveChoice.DISCARD


def test_a_bad_csv_is_explained(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """A CSV that cannot be imported is reported; the map stays."""
    source = tmp_path / "bad.csv"
    source.write_bytes(b"\xff\xfe\x00garbage")
    window = make_window(qtbot, tmp_path)
    answers.open_path = source
    action(window, "action_import_csv").trigger()
    assert answers.errors and answers.errors[0][0] == "Cannot import the CSV file"
    assert window.document.journey == small_map()


@pytest.mark.parametrize("kind", ["pdf", "csv"])
def test_export_writes_the_chosen_format(qtbot: QtBot, tmp_path: Path, answers: Answers,
                                         monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """Export writes the file the export dialog asked for, in its format."""
    target = tmp_path / f"out.{kind}"
    request = ExportRequest(target, kind, PdfOptions() if kind == "pdf" else None)
    monkeypatch.setattr(export_dialog, "choose_export", lambda *args: request)
    window = make_window(qtbot, tmp_path)
    action(window, "action_export").trigger()
    data = target.read_bytes()
    assert data.startswith(b"%PDF") if kind == "pdf" else b"Compare prices" in data
    assert answers.errors == []


def test_export_failure_is_reported(qtbot: QtBot, tmp_path: Path, answers: Answers,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """An export to a folder that does not exist is reported, not raised."""
    request = ExportRequest(tmp_path / "missing" / "out.pdf", "pdf", PdfOptions())
    monkeypatch.setattr(export_dialog, "choose_export", lambda *args: request)
    window = make_window(qtbot, tmp_path)
    action(window, "action_export").trigger()
    assert answers.errors and answers.errors[0][0] == "Cannot export the map"


def test_window_opened_from_a_path_knows_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    """A window made on a file (as the command line does) has its name in the title."""
    window: MainWindow = make_window(qtbot, tmp_path, load_path(SAMPLE), SAMPLE)
    assert window.windowTitle().startswith(SAMPLE.name)
    assert window.recent.paths() == [SAMPLE]


def test_dropping_a_csv_file_imports_it(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """A .csv file dropped on the window becomes a new, unsaved map of its rows."""
    source = tmp_path / "rows.csv"
    source.write_text("stage,lane,text\nĐặt hàng,Hành động,Gọi điện\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    _drop(window, source)
    assert [note.text for note in window.document.journey.notes] == ["Gọi điện"]
    assert window.document.path is None and window.isWindowModified()
