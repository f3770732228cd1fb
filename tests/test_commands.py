"""Every editor intent is one undoable command: do, undo and redo restore exact maps, one signal each."""

from __future__ import annotations

from typing import Callable

import pytest

from canvas_app.document import ChangeSet, Document, Editor
from canvas_app.document.commands_notes import EditNoteTextCommand, MoveNotesCommand
from canvas_app.model import CampaignCard, JourneyMap, LaneKind, Note
from canvas_app.model.edits import EditError
from test_edits import assert_consistent, small_map


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(small_map())


@pytest.fixture
def editor(document: Document) -> Editor:
    return Editor(document)


@pytest.fixture
def signals(document: Document) -> list[ChangeSet]:
    received: list[ChangeSet] = []
    document.changed.connect(received.append)
    return received


Intent = Callable[[Editor], object]

INTENTS: list[tuple[str, Intent, str]] = [
    ("add note", lambda e: e.add_note("s1", "l-act", 1, text="New"), "Add note"),
    ("paste", lambda e: e.paste_notes(
        [Note(id="x", stage="s4", lane="l-emo", text="Pasted", persona="p1")], "s4", "l-act"
    ), "Paste note"),
    ("duplicate", lambda e: e.duplicate_notes(["n1", "n4"]), "Duplicate 2 notes"),
    ("delete notes", lambda e: e.delete_notes(["n1", "n4"]), "Delete 2 notes"),
    ("move notes", lambda e: e.move_notes(["n1", "n2", "n5"], "s4", "l-pain", 0), "Move 3 notes"),
    ("move one note", lambda e: e.move_notes(["n3"], "s1", "l-act", 0), "Move note"),
    ("edit text", lambda e: e.edit_note_text("n1", "Look it up"), "Edit note text"),
    ("note colour", lambda e: e.set_note_fields(["n1", "n2"], color="#FF0000"),
     "Change colour of 2 notes"),
    ("note fields", lambda e: e.set_note_fields(["n5"], emotion=-2, votes=3), "Change note"),
    ("connect", lambda e: e.add_connector("n2", "n5", "then"), "Connect notes"),
    ("label connector", lambda e: e.set_connector_label("c1", "next"), "Label connector"),
    ("delete connectors", lambda e: e.delete_connectors(["c1", "c2"]), "Delete 2 connectors"),
    ("add stage", lambda e: e.add_stage(1, "Visit"), "Add stage “Visit”"),
    ("rename stage", lambda e: e.rename_stage("s1", "Find"), "Rename stage “Discover”"),
    ("stage fields", lambda e: e.set_stage_fields("s4", time_of_day="07:30"), "Edit stage “Use”"),
    ("stage width", lambda e: e.set_stage_width("s2", 320), "Resize stage “Compare”"),
    ("campaign card", lambda e: e.set_campaign_card("s3", CampaignCard(goal="Convert")),
     "Edit campaign card of “Order”"),
    ("delete stage", lambda e: e.delete_stage("s1"), "Delete stage “Discover”"),
    ("move stage", lambda e: e.move_stage("s4", 0), "Move stage “Use”"),
    ("add lane", lambda e: e.add_lane(0, "Goals", LaneKind.GOALS), "Add lane “Goals”"),
    ("rename lane", lambda e: e.rename_lane("l-emo", "Feelings"), "Rename lane “Emotions”"),
    ("lane height", lambda e: e.set_lane_height("l-emo", 180), "Resize lane “Emotions”"),
    ("lane kind", lambda e: e.set_lane_kind("l-pain", "opportunities"),
     "Change the kind of lane “Pain points”"),
    ("delete lane", lambda e: e.delete_lane("l-emo"), "Delete lane “Emotions”"),
    ("move lane", lambda e: e.move_lane("l-pain", 0), "Move lane “Pain points”"),
    ("add phase", lambda e: e.add_phase(["s4"], "Keep"), "Add phase “Keep”"),
    ("rename phase", lambda e: e.rename_phase("ph-b", "Purchase"), "Rename phase “Buy”"),
    ("delete phase", lambda e: e.delete_phase("ph-a"), "Delete phase “Attract”"),
    ("map title", lambda e: e.set_map_title("Renamed"), "Rename map"),
    ("map properties", lambda e: e.set_map_properties(description="About", language="vi"),
     "Edit map properties"),
    ("add persona", lambda e: e.add_persona("Minh", quote="Hi"), "Add persona “Minh”"),
    ("persona fields", lambda e: e.set_persona_fields("p1", bio="Student"), "Edit persona “Lan”"),
    ("delete persona", lambda e: e.delete_persona("p1"), "Delete persona “Lan”"),
]


@pytest.mark.parametrize(("intent", "text"), [(i, t) for _, i, t in INTENTS],
                         ids=[name for name, _, _ in INTENTS])
def test_intent_is_one_symmetric_undo_step(
    document: Document, editor: Editor, signals: list[ChangeSet], intent: Intent, text: str
) -> None:
    """Do, undo, redo: one stack entry, exact maps back and forth, exactly one signal each."""
    stack = document.undo_stack
    original = document.journey
    intent(editor)
    done = document.journey
    assert stack.count() == 1 and stack.undoText() == text
    assert done != original and len(signals) == 1
    assert_consistent(done)
    stack.undo()
    assert document.journey == original and len(signals) == 2
    assert_consistent(document.journey)
    stack.redo()
    assert document.journey == done and len(signals) == 3
    assert_consistent(document.journey)
    assert signals[0] == signals[2]


def test_change_sets_describe_do_and_undo(
    document: Document, editor: Editor, signals: list[ChangeSet]
) -> None:
    """Deleting a lane reports its notes removed, undoing it reports them added back."""
    editor.delete_lane("l-emo")
    document.undo_stack.undo()
    done, undone = signals
    assert done.notes_removed == {"n5"} and done.structure and done.lanes == {"l-emo"}
    assert done.lines == {"line-2"}
    assert undone.notes_added == {"n5"} and not undone.notes_removed and undone.structure
    assert not done.reset


def test_delete_lane_is_one_step_that_restores_everything(
    document: Document, editor: Editor
) -> None:
    """One undo brings back the lane, its notes, their connectors and the lines below it."""
    editor.delete_lane("l-act")
    assert document.journey.connectors == () and len(document.journey.lines) == 1
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.journey == small_map()


def test_typing_merges_into_one_step(document: Document, editor: Editor,
                                     signals: list[ChangeSet]) -> None:
    """Several text edits of one note are one undo step that restores the original text."""
    for text in ("L", "Lo", "Loo", "Look"):
        editor.edit_note_text("n1", text)
    stack = document.undo_stack
    assert stack.count() == 1 and len(signals) == 4
    assert document.journey.note_by_id["n1"].text == "Look"
    stack.undo()
    assert document.journey == small_map()
    stack.redo()
    assert document.journey.note_by_id["n1"].text == "Look"


def test_typing_back_to_the_original_leaves_no_step(
    document: Document, editor: Editor, signals: list[ChangeSet]
) -> None:
    """Text typed back to what it was makes the merged step obsolete: the stack is unchanged."""
    editor.move_notes(["n4"], "s3", "l-act")
    stack = document.undo_stack
    before = document.journey
    index = stack.index()
    editor.edit_note_text("n1", "Searc")
    editor.edit_note_text("n1", "Search")
    assert stack.index() == index and stack.count() == index
    assert document.journey == before and len(signals) == 3
    assert not isinstance(stack.command(stack.count() - 1), EditNoteTextCommand)


def test_typing_does_not_merge_across_notes_or_a_save(document: Document, editor: Editor) -> None:
    """Edits of another note, or edits after saving, start a new undo step."""
    editor.edit_note_text("n1", "A")
    editor.edit_note_text("n2", "B")
    assert document.undo_stack.count() == 2
    document.undo_stack.setClean()
    editor.edit_note_text("n2", "BC")
    assert document.undo_stack.count() == 3


def test_no_op_intents_push_nothing(
    document: Document, editor: Editor, signals: list[ChangeSet]
) -> None:
    """Edits that change nothing leave the stack and the signals alone."""
    editor.move_notes(["n2"], "s1", "l-act", 1)
    editor.edit_note_text("n1", "Search")
    editor.set_note_fields(["n5"], emotion=1)
    editor.rename_stage("s1", "Discover")
    editor.move_lane("l-act", 0)
    editor.delete_notes([])
    assert document.undo_stack.count() == 0 and signals == []
    assert not document.modified


def test_invalid_values_raise_and_push_nothing(
    document: Document, editor: Editor, signals: list[ChangeSet]
) -> None:
    """A value out of bounds raises a ValueError naming the field; nothing is pushed."""
    with pytest.raises(ValueError, match="emotion"):
        editor.set_note_fields(["n5"], emotion=5)
    with pytest.raises(EditError, match="no note"):
        editor.edit_note_text("ghost", "x")
    with pytest.raises(EditError):
        editor.add_note("s1", "nowhere")
    with pytest.raises(EditError, match="side by side"):
        editor.add_phase(["s1", "s4"], "Gap")
    assert document.undo_stack.count() == 0 and signals == []
    assert document.journey == small_map()


def test_a_drag_commits_one_move_command(document: Document, editor: Editor) -> None:
    """Moving a selection across cells is a single MoveNotesCommand, undone in one step."""
    editor.move_notes(["n1", "n2", "n3"], "s2", "l-act", 1)
    stack = document.undo_stack
    assert stack.count() == 1 and isinstance(stack.command(0), MoveNotesCommand)
    assert [n.id for n in document.journey.notes_in("s2", "l-act")] == ["n4", "n1", "n2", "n3"]
    stack.undo()
    assert document.journey == small_map()


def test_created_ids_are_returned_and_kept_through_undo(
    document: Document, editor: Editor
) -> None:
    """New records get the id the editor returned, and keep it through undo and redo."""
    note_id = editor.add_note("s2", "l-emo")
    note = document.journey.note_by_id[note_id]
    assert note.kind.value == "emotion"
    pasted = editor.paste_notes([note, note], "s4", "l-act")
    assert len(set(pasted)) == 2 and note_id not in pasted
    stack = document.undo_stack
    stack.undo()
    stack.undo()
    stack.redo()
    stack.redo()
    assert {note_id, *pasted} <= set(document.journey.note_by_id)


def test_commands_keep_only_the_change(document: Document, editor: Editor) -> None:
    """A command holds its delta, not the maps before and after it."""
    editor.edit_note_text("n3", "changed")
    command = document.undo_stack.command(0)
    assert not any(isinstance(value, JourneyMap) for value in vars(command).values())
