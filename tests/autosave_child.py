"""A child process for crash tests: opens a map, edits it with an autosaver running, and waits to
be killed with SIGKILL. Prints `edit <sha256>` for every map state (before it can be autosaved)
and `written <sha256>` after each snapshot, so the parent knows what a recovery may contain.

    python autosave_child.py STATE_DIR MAP_PATH once|continuous
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from canvas_app.document import Document, Editor
from canvas_app.document.autosave import Autosaver
from canvas_app.fileio.codec import dump_bytes
from canvas_app.fileio.recovery import RecoveryStore
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Lane, Stage


def digest(journey: JourneyMap) -> str:
    return hashlib.sha256(dump_bytes(journey)).hexdigest()


def main() -> None:
    state, map_path, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = QCoreApplication([])
    document = Document(JourneyMap(
        title="Crash test",
        stages=(Stage(id="s1", title="Order"),), lanes=(Lane(id="l1", title="Actions"),),
    ))
    document.save_as(map_path)
    editor = Editor(document)
    autosaver = Autosaver(document, RecoveryStore(state), delay_ms=20, interval_ms=200)
    autosaver.snapshot_written.connect(
        lambda _: print(f"written {digest(document.journey)}", flush=True)
    )
    counter = [0]

    def edit() -> None:
        counter[0] += 1
        if counter[0] % 7 == 0 and document.journey.notes:
            editor.delete_notes([document.journey.notes[0].id])
        else:
            editor.add_note("s1", "l1", text=f"note {counter[0]} — ghi chú {os.getpid()}")
        # Printed before control returns to the event loop, hence before any snapshot of it.
        print(f"edit {digest(document.journey)}", flush=True)

    if mode == "once":
        for _ in range(3):
            edit()
    else:
        timer = QTimer()
        timer.timeout.connect(edit)
        timer.start(3)
    app.exec()


if __name__ == "__main__":
    main()
