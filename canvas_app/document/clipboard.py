"""Copy, cut, paste and duplicate of notes through the system clipboard (QtCore/QtGui only).

Copy puts two flavours on the clipboard: our private MIME type (JSON of the note records, so a
paste keeps kind, colour, votes, tags…) and plain text for other programs, one note per line.
A note whose text spans lines (or starts with a double quote) is written spreadsheet-style:
wrapped in double quotes with inner quotes doubled, so a spreadsheet keeps it in one cell and a
paste back here keeps it one note. Pasting plain text makes one note per non-empty line (a quoted
block as above is one note; a leading list bullet "- ", "* ", "• " is dropped).
"""

from __future__ import annotations

import json
from typing import Optional, Sequence

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication
from pydantic import ValidationError

from canvas_app.document.editor import Editor
from canvas_app.model import limits
from canvas_app.model.ids import new_id
from canvas_app.model.kinds import DEFAULT_NOTE_KIND
from canvas_app.model.records import Note

NOTES_MIME = "application/x-journey-canvas-notes"
_FORMAT = "journey-canvas-notes"
_VERSION = 1
_BULLETS = ("- ", "* ", "• ", "– ", "· ")


# -- the two clipboard flavours ------------------------------------------------------------


def notes_mime_data(notes: Sequence[Note]) -> QMimeData:
    """Clipboard data holding `notes` as our MIME type and as plain text."""
    payload = {
        "format": _FORMAT,
        "version": _VERSION,
        "notes": [note.model_dump(mode="json") for note in notes],
    }
    mime = QMimeData()
    mime.setData(NOTES_MIME, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    mime.setText(notes_as_text(notes))
    return mime


def notes_from_mime(mime: QMimeData) -> Optional[list[Note]]:
    """The notes in our MIME flavour, or None when it is absent or not a valid payload."""
    if not mime.hasFormat(NOTES_MIME):
        return None
    raw = bytes(mime.data(NOTES_MIME).data())
    if len(raw) > limits.MAX_FILE_BYTES:
        return None
    try:
        payload = json.loads(raw.decode("utf-8"))
        if not isinstance(payload, dict) or payload.get("format") != _FORMAT:
            return None
        records = payload.get("notes")
        if not isinstance(records, list) or len(records) > limits.MAX_NOTES:
            return None
        return [Note.model_validate(record) for record in records]
    except (UnicodeDecodeError, ValueError, ValidationError):
        return None


def notes_as_text(notes: Sequence[Note]) -> str:
    """The notes' texts, one per line (quoted when a text spans lines); empty notes left out."""
    lines = []
    for note in notes:
        text = note.text
        if not text.strip():
            continue
        if "\n" in text or text.startswith('"'):
            text = '"' + text.replace('"', '""') + '"'
        lines.append(text)
    return "\n".join(lines)


def texts_from_plain_text(text: str) -> list[str]:
    """One note text per non-empty line; a well-formed quoted block is one (multi-line) text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found: list[str] = []
    position = 0
    while position < len(text):
        quoted = _quoted_block(text, position) if text.startswith('"', position) else None
        if quoted is not None:
            value, position = quoted
        else:
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            value, position = _unbulleted(text[position:end].strip()), end + 1
        if value.strip():
            found.append(value.strip()[: limits.MAX_TEXT])
    return found


def _quoted_block(text: str, start: int) -> Optional[tuple[str, int]]:
    """("the text", position after its line) when a quoted block starts at `start`, else None."""
    parts: list[str] = []
    position = start + 1
    while True:
        quote = text.find('"', position)
        if quote < 0:
            return None
        parts.append(text[position:quote])
        if text.startswith('"', quote + 1):  # a doubled quote stands for one quote
            parts.append('"')
            position = quote + 2
            continue
        line_end = text.find("\n", quote + 1)
        line_end = len(text) if line_end < 0 else line_end
        if text[quote + 1:line_end].strip():
            return None  # text after the closing quote: an ordinary line that starts with a quote
        return "".join(parts), line_end + 1


def _unbulleted(line: str) -> str:
    for bullet in _BULLETS:
        if line.startswith(bullet):
            return line[len(bullet):].strip()
    return line


# -- the operations ------------------------------------------------------------------------


class NoteClipboard:
    """Copy, cut, paste and duplicate notes of the editor's document."""

    def __init__(self, editor: Editor, clipboard: Optional[QClipboard] = None) -> None:
        self._editor = editor
        self._clipboard = clipboard

    @property
    def clipboard(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def _notes(self, note_ids: Sequence[str]) -> list[Note]:
        by_id = self._editor.document.journey.note_by_id
        return [by_id[note_id] for note_id in dict.fromkeys(note_ids) if note_id in by_id]

    def copy(self, note_ids: Sequence[str]) -> int:
        """Put the notes on the clipboard (both flavours); returns how many were copied."""
        notes = self._notes(note_ids)
        if notes:
            self.clipboard.setMimeData(notes_mime_data(notes))
        return len(notes)

    def cut(self, note_ids: Sequence[str]) -> int:
        """Copy the notes, then delete them (a single undo step: the deletion)."""
        count = self.copy(note_ids)
        if count:
            self._editor.delete_notes([note.id for note in self._notes(note_ids)])
        return count

    def can_paste(self) -> bool:
        mime = self.clipboard.mimeData()
        return mime is not None and (mime.hasFormat(NOTES_MIME) or bool(mime.text().strip()))

    def paste(self, stage_id: str, lane_id: str, index: Optional[int] = None) -> list[str]:
        """Paste into the cell: our notes (new ids) or one note per line of text; the new ids."""
        mime = self.clipboard.mimeData()
        if mime is None:
            return []
        notes = notes_from_mime(mime)
        if notes is None:
            notes = self._notes_from_text(mime.text(), stage_id, lane_id)
        if not notes:
            return []
        return self._editor.paste_notes(notes, stage_id, lane_id, index)

    def duplicate(self, note_ids: Sequence[str]) -> list[str]:
        """Copies of the notes right after their originals (one undo step); the copies' ids."""
        notes = self._notes(note_ids)
        return self._editor.duplicate_notes([note.id for note in notes]) if notes else []

    def _notes_from_text(self, text: str, stage_id: str, lane_id: str) -> list[Note]:
        lane = self._editor.document.journey.lane(lane_id)
        kind = DEFAULT_NOTE_KIND[lane.kind]
        return [Note(id=new_id(), stage=stage_id, lane=lane_id, kind=kind, text=line)
                for line in texts_from_plain_text(text)]
