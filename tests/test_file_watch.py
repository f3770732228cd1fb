"""External change detection with real file writes: a colleague's save (atomic or in place) is
announced once, the document's own saves and mere touches are not, and the watch follows the
file through replacements, Save As and deletion."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from strategies import small_map

from canvas_app.document import Document, Editor
from canvas_app.document.file_watch import FileWatcher
from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.codec import dump_bytes
from canvas_app.model.journey_map import JourneyMap

QUIET_MS = 250  # long enough for the watcher's debounce to have run


@pytest.fixture
def document(qapp: object, tmp_path: Path) -> Document:
    doc = Document()
    (tmp_path / "map.journey").write_bytes(dump_bytes(small_map()))
    doc.open(tmp_path / "map.journey")
    return doc


@pytest.fixture
def watcher(document: Document) -> Any:
    watch = FileWatcher(document, debounce_ms=20, missing_confirm_ms=200)
    yield watch
    watch.stop()


def colleague_saves(path: Path, title: str) -> None:
    """Another program saving the map the safe way (temporary file, then rename over it)."""
    write_atomic(path, dump_bytes(JourneyMap(title=title)))


def test_a_colleagues_atomic_save_is_announced(document: Document, watcher: FileWatcher,
                                               qtbot: Any) -> None:
    """A replace by another program emits `changed_on_disk(path)`."""
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000) as changed:
        colleague_saves(document.path, "theirs")  # type: ignore[arg-type]
    assert changed.args == [document.path]


def test_every_new_version_is_announced_after_a_replace(document: Document,
                                                        watcher: FileWatcher,
                                                        qtbot: Any) -> None:
    """After a replace the watcher lost the old file: it re-adds the path, so a second
    different save is announced too."""
    path = document.path
    assert path is not None
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000):
        colleague_saves(path, "first")
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000):
        colleague_saves(path, "second")
    assert str(path) in watcher.watched_paths()


def test_an_in_place_write_is_announced(document: Document, watcher: FileWatcher,
                                        qtbot: Any) -> None:
    """A program that rewrites the file in place (no rename) is noticed as well."""
    assert document.path is not None
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000):
        with open(document.path, "r+b") as handle:
            handle.seek(0, os.SEEK_END)
            handle.write(b"\n")


def test_our_own_saves_are_not_announced(document: Document, watcher: FileWatcher,
                                         qtbot: Any) -> None:
    """Saving from the document (several times) never looks like someone else's change."""
    editor = Editor(document)
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=QUIET_MS):
        for title in ("one", "two", "three"):
            editor.set_map_title(title)
            document.save()


def test_same_content_with_a_new_time_is_not_announced(document: Document,
                                                       watcher: FileWatcher,
                                                       qtbot: Any) -> None:
    """A touch, or a sync client rewriting identical bytes, changes nothing that matters."""
    path = document.path
    assert path is not None
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=QUIET_MS):
        later = time.time() + 5
        os.utime(path, (later, later))
        write_atomic(path, path.read_bytes())


def test_one_change_is_announced_once(document: Document, watcher: FileWatcher,
                                      qtbot: Any) -> None:
    """The same new content is reported once, however many events and polls follow."""
    path = document.path
    assert path is not None
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000):
        colleague_saves(path, "theirs")
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=QUIET_MS):
        later = time.time() + 5
        os.utime(path, (later, later))
        assert watcher.check_now() is False


def test_save_as_moves_the_watch_to_the_new_file(document: Document, watcher: FileWatcher,
                                                 tmp_path: Path, qtbot: Any) -> None:
    """After Save As, changes to the old file are ignored and the new file is watched."""
    old = document.path
    assert old is not None
    new = tmp_path / "copy.journey"
    document.save_as(new)
    assert watcher.path == new
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=QUIET_MS):
        colleague_saves(old, "old file changed")
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000) as changed:
        colleague_saves(new, "new file changed")
    assert changed.args == [new]


def test_a_deleted_file_is_announced_as_removed(document: Document, watcher: FileWatcher,
                                                qtbot: Any) -> None:
    """A file deleted (or moved away) and still missing when checked again is reported removed."""
    assert document.path is not None
    with qtbot.waitSignal(watcher.removed_from_disk, timeout=4000) as removed:
        document.path.unlink()
    assert removed.args == [document.path]


def test_a_quick_delete_and_recreate_is_just_a_change(document: Document,
                                                      watcher: FileWatcher,
                                                      qtbot: Any) -> None:
    """A sync client that deletes then writes the file anew is seen as a change, not a removal."""
    path = document.path
    assert path is not None
    with qtbot.assertNotEmitted(watcher.removed_from_disk, wait=500):
        with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000):
            path.unlink()
            qtbot.wait(50)
            path.write_bytes(dump_bytes(JourneyMap(title="re-created")))


def test_the_poll_catches_changes_without_events(document: Document, qtbot: Any) -> None:
    """Where the file system sends no events (network drives), the periodic check notices."""
    watch = FileWatcher(document, poll_ms=50, events=False)
    assert watch.watched_paths() == []
    try:
        with qtbot.waitSignal(watch.changed_on_disk, timeout=3000):
            colleague_saves(document.path, "theirs")  # type: ignore[arg-type]
    finally:
        watch.stop()


def test_a_document_without_a_file_watches_nothing(qapp: object) -> None:
    """A new, never-saved map has nothing to watch and checking is harmless."""
    watch = FileWatcher(Document())
    assert watch.path is None and watch.check_now() is False
    watch.stop()
