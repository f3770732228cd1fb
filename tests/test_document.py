"""The document: one writer of the map, its modified state, and opening and saving real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from canvas_app.document import ChangeSet, Document, Editor
from canvas_app.document.commands import MapEditCommand
from canvas_app.fileio import codec
from canvas_app.fileio.errors import FileFormatError
from canvas_app.model import JourneyMap
from canvas_app.model.edits import update_notes
from test_edits import small_map


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(small_map())


def collect(signal: object) -> list[object]:
    received: list[object] = []
    signal.connect(received.append)  # type: ignore[attr-defined]
    return received


def test_a_new_document_is_empty_clean_and_unnamed(qapp: object) -> None:
    """A document made without a map holds an empty map, no path, and no history."""
    document = Document()
    assert document.journey == JourneyMap()
    assert document.path is None and not document.modified
    assert document.undo_stack.count() == 0


def test_modified_follows_the_clean_state(document: Document, tmp_path: Path) -> None:
    """Editing marks the document modified, undoing back to the save point clears it."""
    modified = collect(document.modified_changed)
    editor = Editor(document)
    editor.rename_lane("l-act", "Doing")
    assert document.modified and modified == [True]
    document.undo_stack.undo()
    assert not document.modified and modified == [True, False]
    document.undo_stack.redo()
    document.save_as(tmp_path / "map.journey")
    assert not document.modified and modified == [True, False, True, False]
    document.undo_stack.undo()
    assert document.modified


def test_save_then_open_gives_the_same_map(document: Document, tmp_path: Path) -> None:
    """What is saved to a real file opens as an equal map, with the path and a fresh history."""
    editor = Editor(document)
    editor.add_note("s4", "l-pain", text="Tiếng Việt")
    editor.delete_lane("l-emo")
    edited = document.journey
    paths = collect(document.path_changed)
    target = tmp_path / "edited.journey"
    document.save_as(target)
    assert paths == [target] and document.path == target
    assert codec.load_path(target) == edited
    other = Document()
    changes = collect(other.changed)
    other.open(target)
    assert other.journey == edited and other.path == target
    assert changes == [ChangeSet.full_reset()] and other.undo_stack.count() == 0
    editor.set_map_title("Again")
    document.save()
    assert codec.load_path(target).title == "Again" and not document.modified


def test_save_without_a_file_is_refused(document: Document) -> None:
    """save() on a map that has never been saved asks for save_as instead."""
    with pytest.raises(ValueError, match="save_as"):
        document.save()


def test_opening_a_broken_file_leaves_the_document_as_it_was(
    document: Document, tmp_path: Path
) -> None:
    """A file that is not a map raises FileFormatError; map, path, history and signals stay."""
    editor = Editor(document)
    editor.set_map_title("Work in progress")
    before = document.journey
    broken = tmp_path / "broken.journey"
    broken.write_text('{"format": "journey-canvas", "version": 1, "map": {"notes": [', "utf-8")
    changes = collect(document.changed)
    paths = collect(document.path_changed)
    with pytest.raises(FileFormatError, match="broken.journey"):
        document.open(broken)
    with pytest.raises(FileFormatError):
        document.open(tmp_path / "missing.journey")
    assert document.journey is before and document.path is None
    assert document.undo_stack.count() == 1 and document.modified
    assert changes == [] and paths == []


def test_reset_replaces_the_map_and_clears_history(document: Document, qtbot: QtBot) -> None:
    """Reset emits one reset change set, forgets the history and is not modified."""
    Editor(document).delete_stage("s1")
    with qtbot.waitSignal(document.changed) as blocker:
        document.reset(JourneyMap(title="New"))
    assert blocker.args == [ChangeSet.full_reset()]
    assert document.journey.title == "New"
    assert document.undo_stack.count() == 0 and not document.modified


def test_applying_an_unchanged_map_emits_nothing(document: Document) -> None:
    """A command whose edit changes nothing is a no-op for the document: no signal."""
    changes = collect(document.changed)
    noop = MapEditCommand(document, update_notes(document.journey, ["n1"], text="Search"), "noop")
    assert noop.is_noop
    document.undo_stack.push(noop)
    document.undo_stack.undo()
    assert changes == [] and document.journey == small_map()


def test_undo_and_redo_each_emit_exactly_one_change(document: Document, qtbot: QtBot) -> None:
    """Undo and redo emit one changed(ChangeSet) each, naming the notes touched."""
    Editor(document).move_notes(["n1"], "s4", "l-act")
    with qtbot.waitSignal(document.changed) as undone:
        document.undo_stack.undo()
    with qtbot.waitSignal(document.changed) as redone:
        document.undo_stack.redo()
    assert undone.args[0].notes_updated == {"n1", "n2", "n3"}
    assert redone.args[0].notes_updated == {"n1", "n2", "n3"}
    changes = collect(document.changed)
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert len(changes) == 2


GC_SCRIPT = r"""
import gc, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from canvas_app.document import Document, Editor
from canvas_app.model import JourneyMap, Lane, Stage
journey = JourneyMap(stages=(Stage(id="s", title="S"),), lanes=(Lane(id="l", title="L"),))
def session():
    document = Document(journey)
    editor = Editor(document)
    for i in range(5):
        editor.add_note("s", "l", text=str(i))
    editor.edit_note_text(document.journey.notes[0].id, "x")
    document.undo_stack.undo()
for _ in range(50):
    session()
gc.collect()
print("collected")
"""


def test_documents_with_history_are_garbage_collected_safely() -> None:
    """Dropping documents whose undo stacks hold commands never crashes the collector or exit."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", GC_SCRIPT], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "collected" in result.stdout
