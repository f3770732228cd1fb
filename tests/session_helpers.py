"""Shared pieces of the window-level robustness tests (issue 7): a private state folder per test,
scripted answers to the session questions, clicking a button of the next real message box, and
real child processes that hold a lock or die."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from canvas_app.ui import prompts, session_prompts
from canvas_app.ui.session_prompts import DiskChoice, LockChoice, OverwriteChoice

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own state folder (recovery snapshots, backups), so nothing leaks between
    tests or into the application started by another test."""
    folder = tmp_path / "state"
    monkeypatch.setenv("JOURNEY_CANVAS_STATE_DIR", str(folder))
    return folder


class SessionAnswers:
    """Scripted answers to the questions of `session_prompts` (and the file pickers of
    `prompts`), each question recorded with what it said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.lock_held: list[tuple[str, str]] = []
        self.disk_changed: list[tuple[str, bool]] = []
        self.overwrite: list[str] = []
        self.reload_discard: list[str] = []
        self.save_failed: list[str] = []
        self.errors: list[str] = []
        self.save_suggestions: list[str] = []
        self.lock_choice = LockChoice.READ_ONLY
        self.disk_choice = DiskChoice.KEEP_MINE
        self.overwrite_choice = OverwriteChoice.CANCEL
        self.reload_discard_answer = False
        self.save_failed_answer = False
        self.save_path: Optional[Path] = None
        self.save_paths: list[Optional[Path]] = []  # answered first, one per file dialog
        monkeypatch.setattr(session_prompts, "ask_lock_held", self._lock_held)
        monkeypatch.setattr(session_prompts, "ask_disk_changed", self._disk_changed)
        monkeypatch.setattr(session_prompts, "confirm_overwrite_changed", self._overwrite)
        monkeypatch.setattr(session_prompts, "confirm_reload_discarding", self._reload_discard)
        monkeypatch.setattr(session_prompts, "ask_save_failed", self._save_failed)
        monkeypatch.setattr(prompts, "show_error", self._error)
        monkeypatch.setattr(prompts, "save_file_path", self._save_file_path)

    def _lock_held(self, parent: Any, name: str, holder: str) -> LockChoice:
        self.lock_held.append((name, holder))
        return self.lock_choice

    def _disk_changed(self, parent: Any, name: str, modified: bool) -> DiskChoice:
        self.disk_changed.append((name, modified))
        return self.disk_choice

    def _overwrite(self, parent: Any, name: str) -> OverwriteChoice:
        self.overwrite.append(name)
        return self.overwrite_choice

    def _reload_discard(self, parent: Any, name: str) -> bool:
        self.reload_discard.append(name)
        return self.reload_discard_answer

    def _save_failed(self, parent: Any, message: str) -> bool:
        self.save_failed.append(message)
        answer, self.save_failed_answer = self.save_failed_answer, False  # Save As only once
        return answer

    def _error(self, parent: Any, title: str, message: str, details: str = "") -> None:
        self.errors.append(message)

    def _save_file_path(self, parent: Any, title: str, suggested: str,
                        *args: Any) -> Optional[Path]:
        self.save_suggestions.append(suggested)
        return self.save_paths.pop(0) if self.save_paths else self.save_path


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> SessionAnswers:
    return SessionAnswers(monkeypatch)


# The real questions, taken before any test replaces them.
_REAL_PROMPTS = {name: getattr(session_prompts, name) for name in (
    "ask_lock_held", "ask_disk_changed", "confirm_overwrite_changed", "confirm_reload_discarding",
    "ask_save_failed", "confirm_discard_recovered")}


@pytest.fixture
def real_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real message boxes of `session_prompts` (the window tests' autouse fixture answers
    them without a box); the test clicks them with `click_in_next_box`."""
    for name, function in _REAL_PROMPTS.items():
        monkeypatch.setattr(session_prompts, name, function)


def click_in_next_box(button_name: str, seen: list[dict[str, Any]]) -> None:
    """When the next modal box or dialog shows, record what it says in `seen`, then click its
    button named `button_name` (a real click on the real widget)."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, attempt)
            return
        record: dict[str, Any] = {"widget": type(widget).__name__}
        if isinstance(widget, QMessageBox):
            record.update(text=widget.text(), informative=widget.informativeText(),
                          format=widget.textFormat(),
                          buttons=[button.text() for button in widget.buttons()])
        seen.append(record)
        button = widget.findChild(QAbstractButton, button_name)
        assert button is not None, button_name
        button.click()

    QTimer.singleShot(0, attempt)


def run_child(code: str, *args: str) -> subprocess.Popen[str]:
    """A real Python process running `code` (dedented) with the project importable; it talks
    through its stdin/stdout."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)


LOCK_HOLDER = """
    import sys
    from canvas_app.fileio import lockfile
    result = lockfile.acquire(sys.argv[1])
    print(result.state.value, flush=True)
    sys.stdin.read()  # hold the lock until the parent closes our input
    if result.lock is not None:
        result.lock.release()
"""


@pytest.fixture
def lock_holder() -> Iterator[Callable[[Path], subprocess.Popen[str]]]:
    """Start another process that locks a map (as another copy of the program would) and holds
    it until the test ends."""
    children: list[subprocess.Popen[str]] = []

    def start(path: Path) -> subprocess.Popen[str]:
        child = run_child(LOCK_HOLDER, str(path))
        children.append(child)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "acquired"
        return child

    yield start
    for child in children:
        if child.poll() is None:
            child.communicate("", timeout=10)


def add_note(window: Any, text: str) -> str:
    """Add a note to the first cell of the window's map through its editor; returns its id."""
    journey = window.document.journey
    return str(window.editor.add_note(journey.stages[0].id, journey.lanes[0].id, text=text))


def status_message(window: QWidget) -> str:
    return window.statusBar().currentMessage()  # type: ignore[attr-defined,no-any-return]
