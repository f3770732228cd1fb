"""Test-only hook: with `JOURNEY_CANVAS_TEST_SCRIPT=FILE` set, the running application performs
the commands in FILE one after another, as a user would through the editor, and appends one line
per command done to `FILE.log` ("<number> <command> <monotonic seconds>"). The crash-recovery
benchmark (benchmarks/kill_recover_window.py) edits the real program this way and kills it.

Commands, one per line (`#` starts a comment):
    recover              click Restore All in the start-up recovery dialog (none: go on)
    add STAGE LANE TEXT  add a note with TEXT to a cell of the first window's map
    wait MS              do nothing for MS milliseconds
    save                 trigger the first window's Save action
    quit                 close all windows
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import IO, Optional

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

TEST_SCRIPT_ENV = "JOURNEY_CANVAS_TEST_SCRIPT"
_TICK_MS = 10

_running: list["EditScript"] = []  # kept alive while the application runs


def start_from_environment() -> Optional["EditScript"]:
    """Start the script named by the environment, if any (normal runs: nothing happens)."""
    path = os.environ.get(TEST_SCRIPT_ENV)
    if not path:
        return None
    script = EditScript(Path(path))
    _running.append(script)
    QTimer.singleShot(0, script.step)
    return script


class EditScript(QObject):
    """Runs the commands of one script file on a timer."""

    def __init__(self, path: Path) -> None:
        super().__init__(QApplication.instance())
        lines = path.read_text(encoding="utf-8").splitlines()
        self._commands = [line.split(maxsplit=1) for line in lines
                          if line.strip() and not line.lstrip().startswith("#")]
        self._index = 0
        self._log: IO[str] = open(f"{path}.log", "a", encoding="utf-8")

    def step(self) -> None:
        if self._index >= len(self._commands):
            return
        words = self._commands[self._index]
        delay = self._run(words[0], words[1] if len(words) > 1 else "")
        if delay is None:
            QTimer.singleShot(_TICK_MS, self.step)  # not ready yet (no window): try again
            return
        self._index += 1
        # Written (not synced) after the command: a kill -9 does not lose it.
        self._log.write(f"{self._index} {words[0]} {time.monotonic():.6f}\n")
        self._log.flush()
        QTimer.singleShot(delay, self.step)

    def _run(self, command: str, argument: str) -> Optional[int]:
        """Perform one command; the delay before the next, or None to retry this one."""
        from canvas_app.ui.main_window import MainWindow
        from canvas_app.ui.recovery_dialog import RecoveryDialog

        widgets = QApplication.topLevelWidgets()
        # A start-up window still on its draft (main_window.py) is not ready for edits.
        window = next((w for w in widgets if isinstance(w, MainWindow) and w.isVisible()
                       and w.completed), None)
        if command == "recover":
            dialog = next((w for w in widgets if isinstance(w, RecoveryDialog) and w.isVisible()),
                          None)
            if dialog is not None:
                dialog.restore_all_button.click()
                return _TICK_MS
            return _TICK_MS if window is not None else None
        if command == "wait":
            return int(argument)
        if command == "quit":
            QApplication.closeAllWindows()
            return _TICK_MS
        if window is None:
            return None
        if command == "add":
            stage, lane, text = argument.split(maxsplit=2)
            window.editor.add_note(stage, lane, text=text)
        elif command == "save":
            window.window_actions.save.trigger()
        else:
            raise ValueError(f"unknown test script command: {command}")
        return _TICK_MS
