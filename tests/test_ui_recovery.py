"""Autosave and crash recovery in the window: a window's edits are copied to the recovery folder
and removed on save or close; after a real SIGKILL the start-up dialog restores the map into a
window (modified, on its original file), discards it, or keeps it for later; and a short run of
the kill -9 benchmark against the real program."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from canvas_app import app as app_module
from canvas_app.fileio.codec import dump_bytes, load_path
from canvas_app.fileio.lockfile import lock_path_for, read_lock
from canvas_app.fileio.process_owner import pid_alive
from canvas_app.fileio.recovery import RecoveryStore
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.templates import build_map
from canvas_app.ui import recovery_dialog, session_prompts
from canvas_app.ui.recovery_dialog import RecoveryChoice, RecoveryDialog
from canvas_app.ui.session_prompts import OverwriteChoice
from session_helpers import SessionAnswers, add_note, answers, click_in_next_box  # noqa: F401
from session_helpers import state_folder  # noqa: F401
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import make_window

TESTS = Path(__file__).resolve().parent
CHILD = TESTS / "autosave_child.py"


def _killed_child(map_path: Path) -> str:
    """Run tests/autosave_child.py (3 edits, autosave on) in the real recovery folder, wait for
    the snapshot of its last edit, SIGKILL it; returns the SHA-256 of the map it had."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(RecoveryStore.default().directory), str(map_path),
         "once"], cwd=TESTS, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    edits: list[str] = []
    while True:
        line = child.stdout.readline()
        assert line, "the child ended before its snapshot"
        kind, digest = line.split()
        if kind == "edit":
            edits.append(digest)
        elif len(edits) == 3 and digest == edits[-1]:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    return edits[-1]


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dead_pid() -> int:
    """The pid of a process that has exited (reused within the test: practically never)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def _snapshot_of_a_dead_process(store: RecoveryStore, journey: JourneyMap,
                                original: Path | None) -> str:
    """A snapshot as a process that has since exited left it (its sidecar names that pid)."""
    key = store.new_key()
    store.write(key, journey, original)
    sidecar = store.sidecar_path(key)
    pid = _dead_pid()
    assert not pid_alive(pid)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    data["pid"], data["start_token"] = pid, None
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    return key


def _close_all(windows: list[Any]) -> None:
    for window in windows:
        window.close()


def test_a_killed_program_is_restored_into_a_window(qtbot: QtBot, tmp_path: Path,
                                                    state_folder: Path,
                                                    answers: SessionAnswers) -> None:
    """After a real SIGKILL the dialog lists the map; Restore All opens it in a window on its
    original file, modified, autosaved under the adopted snapshot until it is saved (which
    removes every recovery file, a torn temporary one too)."""
    map_path = tmp_path / "crash.journey"
    digest = _killed_child(map_path)
    store = RecoveryStore.default()
    # A later snapshot write the kill tore in half leaves its temporary file behind.
    torn = store.directory / f".{store.list()[0].key}.journey.0badc0de.tmp"
    torn.write_bytes(b'{"format": "journey-ca')
    seen: list[dict[str, Any]] = []
    click_in_next_box("restore_all_button", seen)
    windows = app_module.restore_crashed_maps(_settings(tmp_path))
    try:
        assert seen == [{"widget": "RecoveryDialog"}] and len(windows) == 1
        window: Any = windows[0]
        assert hashlib.sha256(dump_bytes(window.document.journey)).hexdigest() == digest
        assert window.document.path == map_path and window.isWindowModified()
        assert window.windowTitle() == "crash.journey[*] — Journey Canvas"
        # Adopted: this (running) process owns it now, so it is not offered again.
        assert store.list() == [] and len(store.entries()) == 1
        owner = read_lock(map_path)
        assert owner is not None and not window.files.session.read_only
        assert window.files.save()
        assert hashlib.sha256(dump_bytes(load_path(map_path))).hexdigest() == digest
        assert store.entries() == [] and list(store.directory.iterdir()) == []
    finally:
        _close_all(windows)
    assert not lock_path_for(map_path).exists()


def test_decide_later_keeps_the_recovery_files(qtbot: QtBot, tmp_path: Path,
                                               state_folder: Path) -> None:
    """Closing the dialog with Decide Later opens nothing and deletes nothing."""
    _killed_child(tmp_path / "later.journey")
    click_in_next_box("later_button", [])
    assert app_module.restore_crashed_maps(_settings(tmp_path)) == []
    assert len(RecoveryStore.default().list()) == 1


def test_choices_per_map_restore_one_and_discard_another(qtbot: QtBot, tmp_path: Path,
                                                         state_folder: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Each row names the map, its file or "unsaved map", and its note count; one restored, one
    discarded (after confirming), and a third kept for later."""
    store = RecoveryStore.default()
    saved = build_map().model_copy(update={"title": "Bản đồ đã lưu"})
    fresh = build_map().model_copy(update={"title": "Bản đồ mới"})
    kept = build_map().model_copy(update={"title": "Để sau"})
    saved_key = _snapshot_of_a_dead_process(store, saved, tmp_path / "saved.journey")
    fresh_key = _snapshot_of_a_dead_process(store, fresh, None)
    kept_key = _snapshot_of_a_dead_process(store, kept, tmp_path / "kept.journey")
    rows: list[list[str]] = []
    confirmations: list[int] = []

    def choose(parent: Any, entries: Any) -> dict[str, RecoveryChoice]:
        dialog = RecoveryDialog(entries)
        for index in range(dialog.table.topLevelItemCount()):
            item = dialog.table.topLevelItem(index)
            rows.append([item.text(column) for column in range(4)])
        dialog.set_choice(saved_key, RecoveryChoice.RESTORE)
        dialog.set_choice(fresh_key, RecoveryChoice.DISCARD)
        dialog.set_choice(kept_key, RecoveryChoice.LATER)
        dialog.apply_button.click()
        return dialog.choices()

    monkeypatch.setattr(recovery_dialog, "choose_recoveries", choose)
    monkeypatch.setattr(session_prompts, "confirm_discard_recovered",
                        lambda parent, count: confirmations.append(count) or True)
    windows = app_module.restore_crashed_maps(_settings(tmp_path))
    try:
        assert sorted(row[0] for row in rows) == ["Bản đồ mới", "Bản đồ đã lưu", "Để sau"]
        files = {row[0]: row[1] for row in rows}
        assert files["Bản đồ đã lưu"] == "saved.journey" and files["Bản đồ mới"] == "unsaved map"
        assert all(row[3] == "0" for row in rows)
        assert confirmations == [1] and len(windows) == 1
        assert windows[0].document.journey == saved  # type: ignore[attr-defined]
        assert [entry.key for entry in store.list()] == [kept_key]
        assert {entry.key for entry in store.entries()} == {saved_key, kept_key}
    finally:
        _close_all(windows)


def test_declining_to_discard_keeps_the_snapshot(qtbot: QtBot, tmp_path: Path,
                                                 state_folder: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Discard All followed by No in the confirmation keeps the recovery files."""
    store = RecoveryStore.default()
    _snapshot_of_a_dead_process(store, build_map(), None)
    monkeypatch.setattr(session_prompts, "confirm_discard_recovered", lambda parent, count: False)
    click_in_next_box("discard_all_button", [])
    assert app_module.restore_crashed_maps(_settings(tmp_path)) == []
    assert len(store.list()) == 1


def test_a_damaged_snapshot_is_explained_and_kept(qtbot: QtBot, tmp_path: Path,
                                                  state_folder: Path,
                                                  answers: SessionAnswers) -> None:
    """A snapshot that cannot be read gives a message saying where the files stay."""
    store = RecoveryStore.default()
    key = _snapshot_of_a_dead_process(store, build_map(), tmp_path / "broken.journey")
    store.snapshot_path(key).write_bytes(b"{ not a map")
    click_in_next_box("restore_all_button", [])
    assert app_module.restore_crashed_maps(_settings(tmp_path)) == []
    assert "broken.journey" in answers.errors[0] and str(store.directory) in answers.errors[0]
    assert len(store.list()) == 1


def test_a_window_autosaves_and_removes_the_snapshot(qtbot: QtBot, tmp_path: Path,
                                                     state_folder: Path,
                                                     answers: SessionAnswers) -> None:
    """An edit in a new, never-saved map is copied to the recovery folder within the autosave
    delay; saving removes the copy, and so does closing after a later edit."""
    store = RecoveryStore.default()
    window = make_window(qtbot, tmp_path, build_map())
    add_note(window, "tự động lưu")
    qtbot.waitUntil(lambda: len(store.entries()) == 1, timeout=5000)
    entry = store.entries()[0]
    assert entry.original_path is None and store.load(entry) == window.document.journey
    answers.save_path = tmp_path / "autosaved.journey"
    assert window.files.save()
    assert store.entries() == []
    add_note(window, "lần nữa")
    window.files.session.autosaver.flush()
    assert store.entries()[0].original_path == tmp_path / "autosaved.journey"
    window.close()  # the test's prompts discard the change
    assert store.entries() == []


def test_the_dialog_text_is_plain_and_closing_means_later(qtbot: QtBot, tmp_path: Path,
                                                          state_folder: Path) -> None:
    """The rows show titles as typed (markup stays text); closing the dialog decides later."""
    store = RecoveryStore.default()
    key = _snapshot_of_a_dead_process(
        store, build_map().model_copy(update={"title": "<img src=x> plan"}), None)
    dialog = RecoveryDialog(store.list())
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItem(0).text(0) == "<img src=x> plan"
    dialog.set_choice(key, RecoveryChoice.DISCARD)
    dialog.reject()
    assert dialog.choices() == {key: RecoveryChoice.LATER}


def _benchmark() -> Any:
    path = TESTS.parent / "benchmarks" / "kill_recover_window.py"
    spec = importlib.util.spec_from_file_location("kill_recover_window", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_the_real_program_and_recover(tmp_path: Path) -> None:
    """Three runs of the benchmark: the real program edited by its test script, killed with
    SIGKILL at a random moment, restarted, restored and saved, holds every edit it had to."""
    benchmark = _benchmark()
    results = benchmark.run_many(runs=3, seed=3, jobs=3, kill_from=4.0, kill_within=6.0,
                                 folder=tmp_path)
    assert [result.problem for result in results] == ["", "", ""]
    # Killed after the first pause: each run had edits the snapshot had to hold, and has them.
    assert all(result.recovered >= result.due > 0 for result in results)


def _restore_one(qtbot: QtBot, tmp_path: Path) -> Any:
    seen: list[dict[str, Any]] = []
    click_in_next_box("restore_all_button", seen)
    windows = app_module.restore_crashed_maps(_settings(tmp_path))
    assert len(windows) == 1
    return windows[0]


@pytest.mark.parametrize("colleague_saved", [True, False])
def test_saving_a_restored_map_asks_before_replacing_a_colleagues_newer_save(
        qtbot: QtBot, tmp_path: Path, state_folder: Path, answers: SessionAnswers,
        colleague_saved: bool) -> None:
    """The snapshot records what the file held when the crashed session last read it: if a
    colleague saved the file after the crash, saving the restored map asks first (and Cancel
    keeps their version); if nobody did, it saves without asking."""
    original = build_map("current-state", language="en")
    map_path = tmp_path / "shared.journey"
    map_path.write_bytes(dump_bytes(original))
    read_digest = hashlib.sha256(map_path.read_bytes()).hexdigest()
    edited = original.model_copy(update={"title": "My unsaved edits"})
    store = RecoveryStore.default()
    key = _snapshot_of_a_dead_process(store, edited, map_path)
    store.write(key, edited, map_path, read_digest)  # the digest a real autosave records
    sidecar = store.sidecar_path(key)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    assert data["disk_digest"] == read_digest
    data["pid"], data["start_token"] = _dead_pid(), None
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    theirs = dump_bytes(original.model_copy(update={"title": "Colleague's version"}))
    if colleague_saved:
        map_path.write_bytes(theirs)
    window = _restore_one(qtbot, tmp_path)
    try:
        assert window.document.journey.title == "My unsaved edits"
        assert window.document.disk_digest == read_digest
        answers.overwrite_choice = OverwriteChoice.CANCEL
        saved = window.files.save()
        if colleague_saved:
            assert answers.overwrite == ["shared.journey"] and not saved
            assert map_path.read_bytes() == theirs and window.isWindowModified()
        else:
            assert answers.overwrite == [] and saved
            assert load_path(map_path).title == "My unsaved edits"
    finally:
        answers.overwrite_choice = OverwriteChoice.CANCEL
        window.document.undo_stack.setClean()
        _close_all([window])


def test_the_autosave_records_the_digest_of_the_file_it_was_based_on(
        qtbot: QtBot, tmp_path: Path, state_folder: Path) -> None:
    map_path = tmp_path / "based-on.journey"
    map_path.write_bytes(dump_bytes(build_map("current-state", language="en")))
    window = make_window(qtbot, tmp_path, path=map_path)
    window.files.open_path(map_path)
    saver = window.files.session.autosaver
    with qtbot.waitSignal(saver.snapshot_written, timeout=5000):
        add_note(window, "an edit to protect")
    entry = RecoveryStore.default().entry(saver.key)
    assert entry is not None
    assert entry.disk_digest == hashlib.sha256(map_path.read_bytes()).hexdigest()
    window.document.undo_stack.setClean()


def test_an_imported_csv_is_autosaved_before_any_edit(qtbot: QtBot, tmp_path: Path,
                                                      state_folder: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows of an imported CSV are work to keep: the new, unsaved map is snapshotted
    without waiting for an edit."""
    from canvas_app.ui import prompts

    source = tmp_path / "notes.csv"
    source.write_text("stage,lane,text\nTìm hiểu,Hành động,Đọc đánh giá\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(prompts, "open_file_path", lambda *args: source)
    saver = window.files.session.autosaver
    with qtbot.waitSignal(saver.snapshot_written, timeout=5000):
        window.findChild(QAction, "action_import_csv").trigger()
    snapshot = RecoveryStore.default().load(RecoveryStore.default().entry(saver.key))
    assert [note.text for note in snapshot.notes] == ["Đọc đánh giá"]
    window.document.undo_stack.setClean()
