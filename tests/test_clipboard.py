"""Copy, cut, paste and duplicate of notes through the real system clipboard (offscreen)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from canvas_app.document import Document, Editor
from canvas_app.document.clipboard import (
    NOTES_MIME,
    NoteClipboard,
    notes_as_text,
    notes_from_mime,
    notes_mime_data,
    texts_from_plain_text,
)
from canvas_app.model.kinds import NoteKind
from canvas_app.model.records import Note
from test_edits import small_map


@pytest.fixture
def editor(qapp: object) -> Editor:
    QGuiApplication.clipboard().clear()
    return Editor(Document(small_map()))


def test_copy_puts_notes_and_plain_text_on_the_clipboard(editor: Editor) -> None:
    """Copy offers both our MIME type (full records) and the texts, one note per line."""
    count = NoteClipboard(editor).copy(["n1", "n5"])
    mime = QGuiApplication.clipboard().mimeData()
    assert count == 2
    assert mime.hasFormat(NOTES_MIME)
    assert mime.text() == "Search\nCurious"
    payload = json.loads(bytes(mime.data(NOTES_MIME).data()).decode("utf-8"))
    assert [record["id"] for record in payload["notes"]] == ["n1", "n5"]
    assert payload["notes"][1]["emotion"] == 1


def test_paste_of_copied_notes_gives_new_ids_and_keeps_fields(editor: Editor) -> None:
    """Pasting our MIME type adds copies with fresh ids at the end of the target cell."""
    board = NoteClipboard(editor)
    board.copy(["n5", "n6"])
    new_ids = board.paste("s4", "l-pain")
    journey = editor.document.journey
    assert len(new_ids) == 2 and not set(new_ids) & {"n5", "n6"}
    pasted = [journey.note_by_id[note_id] for note_id in new_ids]
    assert [note.text for note in pasted] == ["Curious", "Slow"]
    assert pasted[0].emotion == 1 and pasted[1].persona == "p1"
    assert [note.id for note in journey.notes_in("s4", "l-pain")] == new_ids
    editor.document.undo_stack.undo()
    assert not set(new_ids) & set(editor.document.journey.note_by_id)


def test_paste_of_text_lines_makes_one_note_per_line(editor: Editor) -> None:
    """Plain text from another program becomes one note per non-empty line, of the lane's kind."""
    QGuiApplication.clipboard().setText("Waits for the bus\n\n  - Reads the news \r\nĐánh giá")
    new_ids = NoteClipboard(editor).paste("s2", "l-pain")
    notes = [editor.document.journey.note_by_id[note_id] for note_id in new_ids]
    assert [note.text for note in notes] == ["Waits for the bus", "Reads the news", "Đánh giá"]
    assert {note.kind for note in notes} == {NoteKind.PAIN_POINT}
    assert editor.document.undo_stack.count() == 1  # one paste, one undo step


def test_cut_deletes_in_one_step_that_undo_restores(editor: Editor) -> None:
    """Cut copies then deletes; a single undo brings the notes back where they were."""
    before = editor.document.journey
    assert NoteClipboard(editor).cut(["n2", "n3"]) == 2
    assert "n2" not in editor.document.journey.note_by_id
    assert QGuiApplication.clipboard().mimeData().text() == "Ask a friend\nRead reviews"
    assert editor.document.undo_stack.count() == 1
    editor.document.undo_stack.undo()
    assert editor.document.journey == before


def test_duplicate_places_copies_after_the_originals(editor: Editor) -> None:
    """Duplicate makes one copy per note, right after it, in one undo step."""
    new_ids = NoteClipboard(editor).duplicate(["n1"])
    cell = [note.id for note in editor.document.journey.notes_in("s1", "l-act")]
    assert cell == ["n1", new_ids[0], "n2", "n3"]


def test_multi_line_notes_are_quoted_and_read_back_as_one_text() -> None:
    """A multi-line note is written spreadsheet-style and parsed back into one note text."""
    notes = [Note(id="a", stage="s", lane="l", text='Line one\nsays "hi"'),
             Note(id="b", stage="s", lane="l", text="Plain")]
    text = notes_as_text(notes)
    assert text == '"Line one\nsays ""hi"""\nPlain'
    assert texts_from_plain_text(text) == ['Line one\nsays "hi"', "Plain"]
    assert texts_from_plain_text('"Quoted" he said\n"unclosed') == ['"Quoted" he said',
                                                                    '"unclosed']


def test_a_broken_payload_is_ignored_and_the_text_used(qapp: object) -> None:
    """A foreign or damaged MIME payload is not trusted; the plain text flavour is used."""
    mime = QMimeData()
    mime.setData(NOTES_MIME, b'{"format": "journey-canvas-notes", "notes": [{"id": 5}]}')
    mime.setText("fallback")
    assert notes_from_mime(mime) is None
    good = notes_mime_data([Note(id="a", stage="s", lane="l", text="x")])
    assert [note.id for note in notes_from_mime(good) or []] == ["a"]
