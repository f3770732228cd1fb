"""Screenshots of the workshop tools for the docs: dot voting with the timer running on the
English grocery sample, and the Vietnamese interface at "Time's up" on the coffee-chain sample.

Run like make_screenshots.py, on a real display (or Xvfb with a window manager):
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_workshop_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import ROOT, SAMPLES, WINDOW_SIZE, _settle, capture  # noqa: E402


def main(argv: list[str]) -> int:
    from canvas_app.app import create_application
    from canvas_app.fileio.codec import load_path
    from canvas_app.ui import i18n
    from canvas_app.ui.main_window import MainWindow

    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    app = create_application(["journey-canvas"])
    scratch = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)

    # Voting in English, three participants in, the timer running.
    i18n.install_language("en")
    sample = SAMPLES / "future-state-online-grocery-en.journey"
    window = MainWindow(load_path(sample), settings, path=sample)
    window.resize(*WINDOW_SIZE)
    window.move(40, 30)
    window.show()
    window.activateWindow()
    _settle(app, 600)
    workshop = window.workshop
    voting = workshop.voting
    voting.start(3, ["Lan", "Minh", "Hoa", "Tuấn"], clear_votes=True)
    workshop.show_votes_panel()
    notes = {note.text: note.id for note in window.document.journey.notes}
    picks = [
        ["Show the full basket price, fees included, before sign-up",
         "Show the full basket price, fees included, before sign-up",
         "Proactive message and a small credit when a delivery runs late"],
        ["Show the full basket price, fees included, before sign-up",
         "Guest checkout for the first order",
         "Proactive message and a small credit when a delivery runs late"],
        ["Proactive message and a small credit when a delivery runs late"],
    ]
    for voter_picks in picks:
        for text in voter_picks:
            voting.place(notes[text])
        voting.next_voter()
    workshop.timer.start(4 * 60 + 12)
    window.view.zoom_to_fit()
    window.view.clear_selection()
    capture(app, window, out / "workshop-voting-future-state-en.png")
    window.document.undo_stack.setClean()
    window.close()

    # Time's up, in Vietnamese.
    i18n.install_language("vi")
    sample = SAMPLES / "value-journey-coffee-chain-vi.journey"
    window = MainWindow(load_path(sample), settings, path=sample)
    window.resize(*WINDOW_SIZE)
    window.move(40, 30)
    window.show()
    window.activateWindow()
    _settle(app, 600)
    window.workshop.timer.start(1)
    _settle(app, 1600)
    capture(app, window, out / "workshop-timer-up-value-journey-vi.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
