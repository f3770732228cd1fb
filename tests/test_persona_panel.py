"""The Personas panel: collated list, add / edit every field / delete through the Editor with one
undo step per field visit, photos checked before decoding and embedded as base64, and "show only
this persona's notes" through the search panel."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path
from typing import Optional

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from canvas_app.document import Document, Editor
from canvas_app.model import JourneyMap, Language, Note, Persona, limits
from canvas_app.ui import prompts
from canvas_app.ui.persona_form import COMMIT_DELAY_MS, TEXT_FIELDS
from canvas_app.ui.persona_panel import PersonaPanel
from canvas_app.ui.persona_photo import (
    MAX_STORED_SIDE,
    PhotoError,
    decode_image,
    photo_from_file,
    photo_image,
)
from scene_helpers import type_text
from test_edits import small_map

MARKUP = '<b>x</b> <img src="/etc/passwd">'


def persona_map(language: Language = Language.VI) -> JourneyMap:
    """The small test map with four personas named to test collation, and a note of one."""
    base = small_map()
    names = ["Đức", "Bình", "Ánh", "Anh"]
    personas = tuple(Persona(id=f"p{i}", name=name) for i, name in enumerate(names))
    notes = [note.model_copy(update={"persona": "p1" if index == 0 else None})
             for index, note in enumerate(base.notes)]
    return base.model_copy(update={"language": language, "personas": personas,
                                   "notes": tuple(notes)})


@pytest.fixture
def panel(qtbot: QtBot) -> PersonaPanel:
    document = Document(persona_map())
    widget = PersonaPanel(document, Editor(document))
    qtbot.addWidget(widget)
    widget.resize(320, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error boxes are collected instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, message, details="":
                        shown.append(message))
    return shown


def _journey(panel: PersonaPanel) -> JourneyMap:
    return panel._document.journey


def _persona(panel: PersonaPanel, persona_id: str) -> Persona:
    return _journey(panel).persona(persona_id)


def _leave(qtbot: QtBot, panel: PersonaPanel) -> None:
    """Move the keyboard out of the form (as clicking the board would)."""
    panel.list.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(panel.list.hasFocus)


def _field(panel: PersonaPanel, name: str) -> QWidget:
    found = panel.findChild(QWidget, f"persona_{name}")
    assert found is not None, name
    return found


# -- list -----------------------------------------------------------------------------------------


def test_list_is_collated_in_the_map_language(panel: PersonaPanel) -> None:
    """Vietnamese order: Anh, Ánh, Bình, Đức (never code-point order)."""
    names = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert names == ["Anh", "Ánh", "Bình", "Đức"]
    assert panel.current_id() == "p3"  # the first listed is shown


def test_markup_in_a_name_is_listed_and_edited_as_typed(qtbot: QtBot) -> None:
    """A persona named with markup appears as those characters, in the list and the editor."""
    document = Document(small_map().model_copy(update={
        "personas": (Persona(id="px", name=MARKUP, quote=MARKUP),)}))
    widget = PersonaPanel(document, Editor(document))
    qtbot.addWidget(widget)
    assert widget.list.item(0).text() == MARKUP
    name = _field(widget, "name")
    quote = _field(widget, "quote")
    assert isinstance(name, QLineEdit) and name.text() == MARKUP
    assert isinstance(quote, QPlainTextEdit) and quote.toPlainText() == MARKUP


# -- editing ----------------------------------------------------------------------------------------


def test_add_types_a_name_and_undo_removes_it(qtbot: QtBot, panel: PersonaPanel) -> None:
    """Add makes a persona in the map's language, selected with its name ready to type over;
    the typed name is in the map, then undo takes back the name and then the persona."""
    stack = panel._document.undo_stack
    panel.add_button.click()
    new_id = panel.current_id()
    assert new_id is not None and _persona(panel, new_id).name == "Chân dung mới"
    name = _field(panel, "name")
    qtbot.waitUntil(name.hasFocus)
    type_text(name, "Hoa – kế toán")
    _leave(qtbot, panel)
    assert _persona(panel, new_id).name == "Hoa – kế toán"
    assert "Hoa – kế toán" in [panel.list.item(r).text() for r in range(panel.list.count())]
    assert stack.count() == 2
    stack.undo()
    assert _persona(panel, new_id).name == "Chân dung mới"
    assert name.text() == "Chân dung mới"
    stack.undo()
    assert all(p.id != new_id for p in _journey(panel).personas)


def test_every_text_field_is_edited_as_plain_text(qtbot: QtBot, panel: PersonaPanel) -> None:
    """Each field of the persona record has a plain-text editor whose typing reaches the map."""
    persona_id = panel.current_id()
    assert persona_id is not None
    for name in TEXT_FIELDS:
        widget = _field(panel, name)
        assert isinstance(widget, QPlainTextEdit)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        type_text(widget, f"{name} ấn tượng")
    _leave(qtbot, panel)
    persona = _persona(panel, persona_id)
    for name in TEXT_FIELDS:
        assert getattr(persona, name) == f"{name} ấn tượng"
    assert panel._document.undo_stack.count() == len(TEXT_FIELDS)


def test_typing_is_committed_without_leaving_the_field_as_one_step(
        qtbot: QtBot, panel: PersonaPanel) -> None:
    """Typing reaches the map after a short pause (so Save never misses it); further typing in
    the same visit merges into the same undo step; a later visit is a new step."""
    persona_id = panel.current_id()
    assert persona_id is not None
    stack = panel._document.undo_stack
    quote = _field(panel, "quote")
    quote.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(quote.hasFocus)
    type_text(quote, "Nhanh")
    qtbot.waitUntil(lambda: _persona(panel, persona_id).quote == "Nhanh",
                    timeout=COMMIT_DELAY_MS * 5)
    assert quote.hasFocus() and panel._document.modified
    type_text(quote, " là được")
    qtbot.waitUntil(lambda: _persona(panel, persona_id).quote == "Nhanh là được",
                    timeout=COMMIT_DELAY_MS * 5)
    assert quote.toPlainText() == "Nhanh là được"  # never rewritten under the cursor
    assert stack.count() == 1
    _leave(qtbot, panel)
    quote.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(quote.hasFocus)
    type_text(quote, "!")
    _leave(qtbot, panel)
    assert stack.count() == 2
    stack.undo()
    assert _persona(panel, persona_id).quote == "Nhanh là được"
    stack.undo()
    assert _persona(panel, persona_id).quote == ""


def test_undo_from_the_toolbar_updates_the_form(qtbot: QtBot, panel: PersonaPanel) -> None:
    """An undo while the form shows the persona puts the old text back in the field."""
    persona_id = panel.current_id()
    assert persona_id is not None
    bio = _field(panel, "bio")
    assert isinstance(bio, QPlainTextEdit)
    bio.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bio.hasFocus)
    type_text(bio, "Sống ở Hà Nội")
    _leave(qtbot, panel)
    panel._document.undo_stack.undo()
    assert bio.toPlainText() == ""
    panel._document.undo_stack.redo()
    assert bio.toPlainText() == "Sống ở Hà Nội"


def test_delete_detaches_notes_and_undo_restores(panel: PersonaPanel) -> None:
    """Deleting a persona keeps its notes without the reference; undo brings both back."""
    panel.select("p1")
    assert "1 note" in panel.form.notes_label.text()
    panel.delete_button.click()
    journey = _journey(panel)
    assert all(p.id != "p1" for p in journey.personas)
    assert all(note.persona is None for note in journey.notes)
    assert panel.list.count() == 3
    panel._document.undo_stack.undo()
    assert _journey(panel).notes[0].persona == "p1"
    assert "p1" in panel.persona_ids()


def test_new_and_open_refill_the_list(panel: PersonaPanel) -> None:
    """A reset map shows its own personas, and an empty map an empty, disabled form."""
    panel._document.reset(small_map())
    assert panel.persona_ids() == ["p1"] and panel.form.persona_id() == "p1"
    assert _field(panel, "name").isEnabled()
    panel._document.reset(small_map().model_copy(update={"personas": (), "notes": ()}))
    assert panel.list.count() == 0 and panel.current_id() is None
    assert not _field(panel, "name").isEnabled()
    assert not panel.delete_button.isEnabled()


# -- photos ---------------------------------------------------------------------------------------


def _image_file(tmp_path: Path, name: str, width: int, height: int, alpha: bool = False) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(30, 120, 200, 128 if alpha else 255))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def _bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares a huge image (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def _choose(monkeypatch: pytest.MonkeyPatch, path: Optional[Path]) -> None:
    monkeypatch.setattr(prompts, "open_file_path", lambda *args: path)


def test_photo_is_scaled_embedded_and_shown(qtbot: QtBot, panel: PersonaPanel, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A large JPEG becomes a base64 JPEG of at most 512 px (no path kept), shown in the panel
    and undoable; removing it is a step too."""
    persona_id = panel.current_id()
    assert persona_id is not None
    source = _image_file(tmp_path, "big.jpg", 1600, 900)
    _choose(monkeypatch, source)
    panel.form.choose_photo_button.click()
    photo = _persona(panel, persona_id).photo
    assert photo is not None and photo.media_type == "image/jpeg"
    assert str(tmp_path) not in photo.data and "big.jpg" not in photo.data
    data = base64.b64decode(photo.data)
    assert data.startswith(b"\xff\xd8") and len(data) <= limits.MAX_PHOTO_BYTES
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (MAX_STORED_SIDE, 288)
    shown = panel.form.photo_label.pixmap()
    assert not shown.isNull() and max(shown.width(), shown.height()) <= 112
    assert not panel.list.currentItem().icon().isNull()
    panel.form.remove_photo_button.click()
    assert _persona(panel, persona_id).photo is None
    panel._document.undo_stack.undo()
    assert _persona(panel, persona_id).photo == photo


def test_transparent_photo_stays_png(tmp_path: Path, qapp: object) -> None:
    """An image with transparency is stored as PNG, small ones at their own size."""
    photo = photo_from_file(_image_file(tmp_path, "logo.png", 300, 200, alpha=True))
    assert photo.media_type == "image/png"
    image = photo_image(photo)
    assert image is not None and (image.width(), image.height()) == (300, 200)


def test_bomb_and_junk_are_refused_before_decoding(
        qtbot: QtBot, panel: PersonaPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        errors: list[str]) -> None:
    """A PNG declaring 30000 × 30000 pixels, a text file and an SVG are refused with a plain
    message, and the persona is left unchanged."""
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_bomb_png(30_000, 30_000))
    junk = tmp_path / "notes.png"
    junk.write_text("not an image")
    svg = tmp_path / "vector.png"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    before = _journey(panel)
    for path in (bomb, junk, svg):
        _choose(monkeypatch, path)
        panel.form.choose_photo_button.click()
    assert len(errors) == 3
    assert "30000 × 30000" in errors[0]
    assert _journey(panel) is before
    with pytest.raises(PhotoError):
        decode_image(_bomb_png(20_000, 2_000), 512)


def test_embedded_bomb_in_a_map_shows_no_photo(qapp: object) -> None:
    """A shared map whose photo declares a huge image decodes to nothing rather than hanging."""
    from canvas_app.model.records import Photo

    photo = Photo(media_type="image/png", data=base64.b64encode(_bomb_png(16_000, 16_000))
                  .decode("ascii"))
    assert photo_image(photo) is None


# -- attaching and filtering ------------------------------------------------------------------


def test_inspector_attaches_a_new_persona_and_the_panel_filters_the_board(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the window: a persona added in the panel is offered by the inspector, attaching it
    to a note counts in the panel, and "show only" checks it in Find and Filter, which
    highlights exactly its notes on the board."""
    from canvas_app.ui.main_window import MainWindow

    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: prompts.SaveChoice.DISCARD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(persona_map(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.panels.personas
    new_id = panel.add_persona()
    note_id = window.document.journey.notes[1].id
    window.view.select_notes([note_id])
    inspector = window.panels.inspector
    combo = inspector.persona_combo
    index = combo.findData(new_id)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.document.journey.note_by_id[note_id].persona == new_id
    assert "1 note" in panel.form.notes_label.text()
    highlights: list[object] = []
    window.panels.search.highlight_changed.connect(highlights.append)
    panel.show_notes_button.click()
    assert highlights[-1] == {note_id}
    assert window.panels.search.query().persona_ids == frozenset({new_id})
    assert window.panels.docks["search"].isVisible()
    window.close()


def test_a_note_of_the_persona_keeps_its_reference_through_the_file(tmp_path: Path) -> None:
    """Persona edits and note references round-trip through a saved file."""
    from canvas_app.fileio.codec import load_path, save_path

    journey = persona_map()
    edited = journey.model_copy(update={"personas": tuple(
        p.model_copy(update={"quote": "“Nhanh”", "pain_points": "Chờ lâu"})
        for p in journey.personas)})
    path = tmp_path / "p.journey"
    save_path(edited, path)
    loaded = load_path(path)
    assert loaded.personas == edited.personas
    assert loaded.notes[0].persona == "p1"
    assert isinstance(Note.model_validate(loaded.notes[0].model_dump()), Note)


def test_language_change_reapplies_the_texts(panel: PersonaPanel) -> None:
    """A language change sets every interface text again (labels, buttons, hints)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    panel.add_button.setText("stale")
    quote = _field(panel, "quote")
    assert isinstance(quote, QPlainTextEdit)
    quote.setPlaceholderText("stale")
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendEvent(panel.form, QEvent(QEvent.Type.LanguageChange))
    assert panel.add_button.text() == "&Add"
    assert quote.placeholderText() == "Something they would say, in their words"
