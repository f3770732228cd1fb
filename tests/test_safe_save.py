"""Safe saving: backups of the replaced version, retried replaces, and real failures reported as
one-line SaveErrors while the document stays open, modified and on its old file."""

from __future__ import annotations

import errno
import hashlib
import os
import resource
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Callable

import pytest
from fs_helpers import IS_ROOT, chattr, read_only_folder  # noqa: F401  (a fixture)
from strategies import small_map

from canvas_app.document import Document, Editor
from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.backup import BackupStore
from canvas_app.fileio.codec import dump_bytes, load_path
from canvas_app.fileio.errors import InputError, SaveError
from canvas_app.fileio.saving import save_bytes, save_map
from canvas_app.model.journey_map import JourneyMap

FAST = (0.001, 0.001, 0.001, 0.001)


def leftovers(folder: Path) -> list[str]:
    """Temporary files a save left behind in `folder`."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def flaky_replace(failures: int, calls: list[int]) -> Callable[[str, Path], None]:
    """A replace step refused `failures` times the way a busy network drive refuses it (EACCES
    naming both files), then done by the real os.replace."""

    def replace(source: str, target: Path) -> None:
        calls.append(1)
        if len(calls) <= failures:
            refused = os.strerror(errno.EACCES)
            raise PermissionError(errno.EACCES, refused, source, None, str(target))
        os.replace(source, target)

    return replace


@pytest.fixture
def document(qapp: object, tmp_path: Path) -> Document:
    """A saved document with one unsaved edit and a backup store in the test's folder."""
    doc = Document(small_map(), backups=BackupStore(tmp_path / "state" / "backups"))
    doc.save_as(tmp_path / "map.journey")
    Editor(doc).set_map_title("edited")
    doc.retry_delays = FAST
    return doc


def assert_refused_and_kept(doc: Document, caught: pytest.ExceptionInfo[SaveError], path: Path,
                            *needles: str) -> None:
    """The save failed with a one-line message, and the document is unchanged and modified."""
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path)), message
    for needle in needles:
        assert needle in message, message
    assert isinstance(caught.value, InputError)
    assert doc.modified and doc.journey.title == "edited"


def test_the_first_save_keeps_the_opened_version_as_a_backup(tmp_path: Path, qapp: object) -> None:
    """Saving over a file keeps its previous content in the state folder, not beside the map."""
    target = tmp_path / "shared" / "plan.journey"
    target.parent.mkdir()
    target.write_bytes(dump_bytes(JourneyMap(title="colleague's version")))
    store = BackupStore(tmp_path / "state" / "backups")
    doc = Document(backups=store)
    doc.open(target)
    Editor(doc).set_map_title("mine")
    outcome = doc.save()
    assert outcome.backup.backup == store.backup_path(target)
    assert load_path(store.backup_path(target)).title == "colleague's version"
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.journey"]
    assert load_path(target).title == "mine"


def test_our_own_saves_do_not_overwrite_the_backup(document: Document, tmp_path: Path) -> None:
    """A second save replaces only content this document wrote, so the backup is left alone;
    once a colleague changes the file, the next save backs up their version."""
    path = tmp_path / "map.journey"
    store = document.backups
    assert store is not None
    document.save()  # the first save_as created the file: nothing older to keep
    assert store.latest(path) is None
    Editor(document).set_map_title("third")
    assert document.save().backup.skipped == "unchanged since our save"
    write_atomic(path, dump_bytes(JourneyMap(title="colleague")))
    Editor(document).set_map_title("fourth")
    outcome = document.save()
    assert outcome.backup.backup is not None
    assert load_path(outcome.backup.backup).title == "colleague"


def test_backups_of_same_named_maps_do_not_collide(tmp_path: Path) -> None:
    """Two `plan.journey` files in different folders get different backup files."""
    store = BackupStore(tmp_path / "backups")
    first, second = store.backup_path(tmp_path / "a" / "plan.journey"), store.backup_path(
        tmp_path / "b" / "plan.journey")
    assert first != second and first.name.startswith("plan.") and first.suffix == ".journey"


def test_old_backups_are_pruned(tmp_path: Path) -> None:
    """Backups older than the maximum age are removed, recent ones kept."""
    store = BackupStore(tmp_path / "backups", max_age_days=10)
    store.directory.mkdir()
    old, new = store.directory / "old.0.journey", store.directory / "new.1.journey"
    old.write_bytes(b"x")
    new.write_bytes(b"y")
    eleven_days = time.time() - 11 * 86_400
    os.utime(old, (eleven_days, eleven_days))
    assert store.prune() == 1
    assert not old.exists() and new.exists()


def test_a_backup_that_cannot_be_written_does_not_stop_the_save(tmp_path: Path) -> None:
    """When the state folder is unusable (its path is a file), the save still happens."""
    blocker = tmp_path / "state"
    blocker.write_text("not a folder")
    target = tmp_path / "map.journey"
    target.write_bytes(dump_bytes(JourneyMap(title="old")))
    outcome = save_map(JourneyMap(title="new"), target, backups=BackupStore(blocker / "backups"))
    assert outcome.backup.error is not None and "backup" in outcome.backup.error
    assert load_path(target).title == "new"


def test_a_transiently_refused_replace_is_retried(tmp_path: Path) -> None:
    """A rename refused twice (busy network drive, antivirus) succeeds on the third attempt."""
    target = tmp_path / "map.journey"
    target.write_bytes(dump_bytes(JourneyMap(title="old")))
    calls: list[int] = []
    outcome = save_map(small_map(), target, replace=flaky_replace(2, calls), retry_delays=FAST)
    assert len(calls) == 3
    assert target.read_bytes() == dump_bytes(small_map())
    assert outcome.digest == hashlib.sha256(target.read_bytes()).hexdigest()
    assert leftovers(tmp_path) == []


def test_a_replace_refused_for_good_says_the_file_is_locked(document: Document,
                                                             tmp_path: Path) -> None:
    """After five refused attempts the save fails as "locked", the old file intact, no temp."""
    path = tmp_path / "map.journey"
    before = path.read_bytes()
    calls: list[int] = []
    document.replace_function = flaky_replace(1000, calls)
    with pytest.raises(SaveError) as caught:
        document.save()
    assert_refused_and_kept(document, caught, path, "locked by another program", "tried 5 times",
                            "Save As")
    assert len(calls) == 5
    assert path.read_bytes() == before and leftovers(tmp_path) == []


@pytest.mark.skipif(not IS_ROOT, reason="setting the immutable attribute needs root")
def test_a_really_locked_file_is_saved_once_released(tmp_path: Path) -> None:
    """An immutable target (a real EPERM from the kernel) released 0.15 s later is saved by the
    default retries."""
    target = tmp_path / "map.journey"
    target.write_bytes(dump_bytes(JourneyMap(title="old")))
    if not chattr("+i", target):
        pytest.skip("cannot make a file immutable here")
    release = threading.Timer(0.15, chattr, args=("-i", target))
    release.start()
    try:
        save_map(small_map(), target)
    finally:
        release.join()
        chattr("-i", target)
    assert load_path(target) == small_map()
    assert leftovers(tmp_path) == []


def test_a_read_only_folder_is_reported(read_only_folder: Path, qapp: object) -> None:
    """Saving into a folder where nothing can be created says it is read-only; nothing changes."""
    doc = Document(small_map())
    Editor(doc).set_map_title("edited")
    with pytest.raises(SaveError) as caught:
        doc.save_as(read_only_folder / "map.journey")
    assert_refused_and_kept(doc, caught, read_only_folder / "map.journey", "read-only")
    assert doc.path is None and list(read_only_folder.iterdir()) == []


def test_a_path_through_a_file_is_reported(document: Document, tmp_path: Path) -> None:
    """Save As into "a folder" that is really a file names that problem and keeps the old path."""
    (tmp_path / "notes.txt").write_text("x")
    target = tmp_path / "notes.txt" / "map.journey"
    with pytest.raises(SaveError) as caught:
        document.save_as(target)
    assert_refused_and_kept(document, caught, target, "is a file, not a folder")
    assert document.path == tmp_path / "map.journey"


def test_a_folder_in_the_way_is_reported(document: Document, tmp_path: Path) -> None:
    """Save As onto a folder's name says a folder has that name; the folder is untouched."""
    folder = tmp_path / "taken.journey"
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    with pytest.raises(SaveError) as caught:
        document.save_as(folder)
    assert_refused_and_kept(document, caught, folder, "folder with that name")
    assert (folder / "keep.txt").read_text() == "x" and leftovers(tmp_path) == []


def test_a_missing_folder_is_reported(document: Document, tmp_path: Path) -> None:
    """Save As into a folder that no longer exists says so."""
    target = tmp_path / "gone" / "map.journey"
    with pytest.raises(SaveError) as caught:
        document.save_as(target)
    assert_refused_and_kept(document, caught, target, "folder does not exist")


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_full_disk_is_reported(document: Document, tmp_path: Path) -> None:
    """When the disk takes no more bytes (a real file size limit), the save says the disk is
    full, the old file is intact, no temporary file remains and the document stays modified."""
    path = tmp_path / "map.journey"
    before = path.read_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, hard))
    try:
        with pytest.raises(SaveError) as caught:
            document.save()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert_refused_and_kept(document, caught, path, "disk is full")
    assert caught.value.errno == errno.EFBIG
    assert path.read_bytes() == before and leftovers(tmp_path) == []
    document.save()  # space is back: the same document saves normally
    assert not document.modified and load_path(path).title == "edited"


def test_a_failed_save_then_save_as_elsewhere_works(document: Document, tmp_path: Path) -> None:
    """After a refused save, Save As to another folder saves the edits and makes it the file."""
    document.replace_function = flaky_replace(1000, [])
    with pytest.raises(SaveError):
        document.save()
    document.replace_function = None
    elsewhere = tmp_path / "elsewhere.journey"
    document.save_as(elsewhere)
    assert document.path == elsewhere and not document.modified
    assert load_path(elsewhere).title == "edited"


def test_the_saved_signal_carries_the_digest_of_the_file(document: Document, tmp_path: Path,
                                                         qtbot: object) -> None:
    """`saved` reports the SHA-256 of what is now on disk; `disk_digest` follows it."""
    received: list[object] = []
    document.saved.connect(received.append)
    outcome = document.save()
    digest = hashlib.sha256((tmp_path / "map.journey").read_bytes()).hexdigest()
    assert received == [outcome] and outcome.digest == digest == document.disk_digest


def test_a_recovered_map_stays_modified_until_saved(qapp: object, tmp_path: Path) -> None:
    """`restore_recovered` shows the map as modified; undo cannot make it clean; saving does."""
    doc = Document()
    doc.restore_recovered(small_map(), tmp_path / "map.journey")
    assert doc.modified and doc.path == tmp_path / "map.journey"
    Editor(doc).set_map_title("x")
    doc.undo_stack.undo()
    assert doc.modified
    doc.save()
    assert not doc.modified and load_path(tmp_path / "map.journey") == small_map()


def test_save_bytes_reports_size_and_digest(tmp_path: Path) -> None:
    """The outcome of a plain byte save names the path, size and SHA-256 written."""
    outcome = save_bytes(b"abc", tmp_path / "x.journey")
    assert (outcome.size, outcome.digest) == (3, hashlib.sha256(b"abc").hexdigest())
