"""Child process of test_presentation_screens.py: a laptop screen and a 1920×1080 projector
(the offscreen platform's multi-screen config), the real main window, F5 with real key events.
Prints one JSON object of findings on stdout."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(10)


def main() -> None:
    app = QApplication(sys.argv[:1])
    from canvas_app.fileio.codec import load_path
    from canvas_app.scene import presentation_steps as steps
    from canvas_app.ui.main_window import MainWindow

    settings_dir = Path(sys.argv[1])
    samples = [Path(p) for p in sys.argv[2:]]
    found: dict[str, object] = {"screens": [s.name() for s in app.screens()], "samples": {}}
    for number, sample in enumerate(samples):
        settings = QSettings(str(settings_dir / f"s{number}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(load_path(sample), settings)
        window.setScreen(app.screens()[0])
        window.move(40, 40)
        window.show()
        window.activateWindow()
        settle(app)
        journey = window.document.journey
        hidden_id = journey.notes[0].id
        window.editor.set_notes_hidden([hidden_id], True)
        QTest.keyClick(window.view, Qt.Key.Key_F5)
        settle(app)
        audience = window.presentation.audience_window()
        view = window.presentation.audience_view()
        assert audience is not None and view is not None
        QTest.qWaitForWindowExposed(audience)
        settle(app)
        record: dict[str, object] = {
            "audience_screen": audience.screen().name(),
            "audience_full_screen": audience.isFullScreen(),
            "audience_geometry": list(audience.geometry().getRect()),
            "viewport": [view.viewport().width(), view.viewport().height()],
            "editor_screen": window.screen().name(),
            "editor_full_screen": window.isFullScreen(),
            "editor_menu_bar": window.menuBar().isVisible(),
            "presenting_is_audience": window.presentation.presenting_view() is view,
            "hidden_in_audience": hidden_id in view.board_scene.notes,
            "hidden_in_editor": hidden_id in window.view.board_scene.notes,
            "audience_selection_drawn": False,
        }
        # Every step, stepped with real keys on the audience window: text height / screen height.
        layout = view.board_scene.layout
        size = steps.note_text_size(layout)
        fractions = []
        QTest.keyClick(view, Qt.Key.Key_Home)
        settle(app, 2)
        record["whole_map_fraction"] = size * view.transform().m11() / view.viewport().height()
        QTest.keyClick(view, Qt.Key.Key_Right)  # from the whole map: the first stage
        for stage in range(len(layout.stages)):
            settle(app, 1)
            fractions.append(size * view.transform().m11() / view.viewport().height())
            for _lane in range(len(layout.lanes)):
                QTest.keyClick(view, Qt.Key.Key_Down)
                fractions.append(size * view.transform().m11() / view.viewport().height())
            for _lane in range(len(layout.lanes)):
                QTest.keyClick(view, Qt.Key.Key_Up)
            QTest.keyClick(view, Qt.Key.Key_Right)
        record["steps"] = len(fractions)
        record["min_fraction"] = min(fractions)
        record["last_step"] = [window.presentation.step.stage, window.presentation.step.lane]
        QTest.keyClick(view, Qt.Key.Key_PageUp)  # a clicker, on the audience window
        record["page_up_step"] = [window.presentation.step.stage, window.presentation.step.lane]
        # Edits on the laptop reach the audience at once; a selection on the laptop does not.
        stage_id, lane_id = journey.stages[0].id, journey.lanes[0].id
        new_id = window.editor.add_note(stage_id, lane_id, text="Typed on the laptop")
        window.view.select_notes([new_id])
        settle(app, 2)
        record["edit_reaches_audience"] = new_id in view.board_scene.notes
        record["audience_selection"] = view.board_scene.selected_ids()
        window.editor.set_notes_hidden([new_id], True)
        record["hide_reaches_audience"] = new_id not in view.board_scene.notes
        if number == 0:
            audience.grab().save(str(settings_dir / "audience.png"))
        QTest.keyClick(view, Qt.Key.Key_Escape)
        settle(app)
        record["closed_after_escape"] = window.presentation.audience_window() is None
        record["active_after_escape"] = window.presentation.active
        found["samples"][sample.stem] = record  # type: ignore[index]
        window.document.undo_stack.setClean()
        window.close()
        settle(app)
    print(json.dumps(found))


if __name__ == "__main__":
    main()
