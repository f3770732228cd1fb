"""The palette, inspector and legend panels, driven through their real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas_app.document import Document, Editor
from canvas_app.model.kinds import Evidence, NoteKind
from canvas_app.ui import prompts
from canvas_app.ui.inspector_panel import InspectorPanel, parse_tags
from canvas_app.ui.legend_panel import LegendPanel
from canvas_app.ui.palette_panel import NOTE_KIND_MIME, PalettePanel
from test_edits import small_map


@pytest.fixture
def editor(qapp: object) -> Editor:
    return Editor(Document(small_map()))


def test_palette_lists_every_kind_with_label_and_swatch(qtbot: QtBot) -> None:
    """Each note kind has an entry with a text label and a colour icon (never colour alone)."""
    palette = PalettePanel()
    qtbot.addWidget(palette)
    assert palette.count() == len(NoteKind)
    for row in range(palette.count()):
        item = palette.item(row)
        assert item.text() and not item.icon().isNull()
    assert palette.item(palette.row_of(NoteKind.PAIN_POINT)).text() == "Pain point"


def test_palette_click_and_enter_choose_a_kind(qtbot: QtBot) -> None:
    """Clicking an entry or pressing Enter on it reports that kind."""
    palette = PalettePanel()
    qtbot.addWidget(palette)
    palette.show()
    chosen: list[NoteKind] = []
    palette.kind_chosen.connect(chosen.append)
    row = palette.row_of(NoteKind.IDEA)
    rect = palette.visualItemRect(palette.item(row))
    QTest.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    palette.setCurrentRow(palette.row_of(NoteKind.QUESTION))
    qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert chosen == [NoteKind.IDEA, NoteKind.QUESTION]


def test_palette_drag_payload_is_the_kind_value(qtbot: QtBot) -> None:
    """The drag data carries the kind's value under the board's MIME type."""
    palette = PalettePanel()
    qtbot.addWidget(palette)
    mime = palette.mimeData([palette.item(palette.row_of(NoteKind.PAIN_POINT))])
    assert bytes(mime.data(NOTE_KIND_MIME).data()) == b"pain-point"


def test_inspector_shows_and_edits_one_note_with_undo(qtbot: QtBot, editor: Editor) -> None:
    """Choosing a kind, votes, tags and evidence changes the note; undo restores each."""
    inspector = InspectorPanel(editor.document, editor)
    qtbot.addWidget(inspector)
    inspector.set_selection(["n6"])
    assert inspector.describe() == "1 note selected"
    assert inspector.persona_combo.currentData() == "p1"
    inspector.kind_combo.activated.emit(inspector.kind_combo.findData(NoteKind.IDEA.value))
    inspector.votes_spin.setValue(3)
    inspector.tags_edit.setText("price, slow ,price,")
    inspector.tags_edit.setModified(True)
    inspector.tags_edit.editingFinished.emit()
    index = inspector.evidence_combo.findData(Evidence.OBSERVED.value)
    inspector.evidence_combo.activated.emit(index)
    note = editor.document.journey.note_by_id["n6"]
    assert (note.kind, note.votes, note.tags, note.evidence) == (
        NoteKind.IDEA, 3, ("price", "slow"), Evidence.OBSERVED)
    assert inspector.tags_edit.text() == "price, slow"
    stack = editor.document.undo_stack
    assert stack.count() == 4
    for _ in range(4):
        stack.undo()
    assert editor.document.journey == small_map()


def test_inspector_edits_a_multi_selection_in_one_step(qtbot: QtBot, editor: Editor,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A colour picked for three notes applies to all three as one undo step; reset clears it."""
    inspector = InspectorPanel(editor.document, editor)
    qtbot.addWidget(inspector)
    inspector.set_selection(["n1", "n2", "n6"])
    assert inspector.describe() == "3 notes selected"
    assert inspector.persona_combo.currentIndex() == -1  # personas differ: shown as mixed
    monkeypatch.setattr(prompts, "choose_color", lambda *args: QColor("#123abc"))
    qtbot.mouseClick(inspector.color_button, Qt.MouseButton.LeftButton)
    notes = editor.document.journey.note_by_id
    assert {notes[i].color for i in ("n1", "n2", "n6")} == {"#123ABC"}
    assert editor.document.undo_stack.count() == 1
    assert inspector.color_reset.isEnabled()
    qtbot.mouseClick(inspector.color_reset, Qt.MouseButton.LeftButton)
    assert {editor.document.journey.note_by_id[i].color for i in ("n1", "n6")} == {None}
    editor.document.undo_stack.undo()
    editor.document.undo_stack.undo()
    assert editor.document.journey == small_map()


def test_emotion_score_is_enabled_only_where_it_applies(qtbot: QtBot, editor: Editor) -> None:
    """The score is editable for notes in an emotions lane (or of the emotion kind) only."""
    inspector = InspectorPanel(editor.document, editor)
    qtbot.addWidget(inspector)
    inspector.set_selection(["n1"])
    assert not inspector.emotion_combo.isEnabled()
    inspector.set_selection(["n5"])
    assert inspector.emotion_combo.isEnabled()
    assert inspector.emotion_combo.currentData() == 1
    inspector.emotion_combo.activated.emit(inspector.emotion_combo.findData(-2))
    assert editor.document.journey.note_by_id["n5"].emotion == -2
    inspector.set_selection([])
    assert inspector.describe() == "No note selected"
    assert not inspector.kind_combo.isEnabled()


def test_inspector_shows_model_refusals_as_plain_text(qtbot: QtBot, editor: Editor) -> None:
    """A tag the model refuses (too long) is reported in the panel and changes nothing."""
    inspector = InspectorPanel(editor.document, editor)
    qtbot.addWidget(inspector)
    inspector.set_selection(["n1"])
    inspector.tags_edit.setText("<b>" + "x" * 100)
    inspector.tags_edit.setModified(True)
    inspector.tags_edit.editingFinished.emit()
    assert not inspector.error_label.isHidden()
    assert inspector.error_label.textFormat() == Qt.TextFormat.PlainText
    assert editor.document.undo_stack.count() == 0


def test_parse_tags_trims_and_drops_repeats() -> None:
    """Comma-separated tags are trimmed, blanks and repeats dropped, order kept."""
    assert parse_tags(" b, a,, b ,c ") == ("b", "a", "c")
    assert parse_tags("") == ()


def test_legend_counts_notes_per_kind_and_follows_edits(qtbot: QtBot, editor: Editor) -> None:
    """The legend names each kind with its count, updated as notes change kind."""
    legend = LegendPanel(editor.document)
    qtbot.addWidget(legend)
    assert legend.entry_text(NoteKind.NOTE) == "Note · 6"
    assert legend.entry_text(NoteKind.IDEA) == "Idea"
    editor.set_note_fields(["n1"], kind=NoteKind.IDEA)
    assert legend.entry_text(NoteKind.IDEA) == "Idea · 1"
    assert legend.entry_text(NoteKind.NOTE) == "Note · 5"


def test_inspector_votes_read_as_numbers_or_mixed(qtbot: QtBot, editor: Editor) -> None:
    """Zero votes shows "0"; notes with different votes show "(mixed)"; none selected is blank."""
    editor.set_note_fields(["n2"], votes=4)
    inspector = InspectorPanel(editor.document, editor)
    qtbot.addWidget(inspector)
    inspector.set_selection(["n1"])
    assert inspector.votes_spin.text() == "0"
    inspector.set_selection(["n1", "n2"])
    assert inspector.votes_spin.text() == "(mixed)"
    inspector.set_selection([])
    assert inspector.votes_spin.text().strip() == ""
    assert inspector.persona_combo.currentText() == ""
