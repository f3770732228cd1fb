"""Random edit sessions through the real QUndoStack: undo and redo walk back and forth exactly."""

from __future__ import annotations

from typing import Any, Callable, Sequence, TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvas_app.document import Document, Editor
from canvas_app.fileio.codec import dump_bytes, load_bytes
from canvas_app.model import Evidence, JourneyMap, LaneKind, NoteKind
from canvas_app.model.edits import EditError
from test_edits import assert_consistent as assert_integrity
from test_edits import small_map

T = TypeVar("T")
Draw = st.DataObject


def assert_consistent(journey: JourneyMap) -> None:
    """Integrity, plus full validation: the state saves and loads back equal through the codec
    (edits build records without re-validating them; a file must never hold what cannot load)."""
    assert_integrity(journey)
    assert load_bytes(dump_bytes(journey)) == journey


def pick(data: Draw, options: Sequence[T]) -> T:
    return data.draw(st.sampled_from(list(options)))


def some(data: Draw, options: Sequence[T]) -> list[T]:
    return data.draw(st.lists(st.sampled_from(list(options)), min_size=1, max_size=3))


def slot(data: Draw, size: int) -> int | None:
    return data.draw(st.one_of(st.none(), st.integers(0, size)))


def ids(records: Sequence[Any]) -> list[str]:
    return [record.id for record in records]


# Each operation reads the current map and performs one editor call (or nothing if it cannot).


def add_note(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.stages and m.lanes:
        stage, lane = pick(data, ids(m.stages)), pick(data, ids(m.lanes))
        text = data.draw(st.text(max_size=6))
        e.add_note(stage, lane, slot(data, len(m.notes_in(stage, lane))), text=text)


def type_text(e: Editor, m: JourneyMap, data: Draw) -> None:
    # A burst of keystrokes in one note, often ending on the original text (an obsolete step).
    if m.notes:
        note = m.notes[0] if data.draw(st.booleans()) else pick(data, m.notes)
        texts = data.draw(st.lists(st.sampled_from(["a", "ab", note.text]), min_size=1, max_size=4))
        for text in texts:
            e.edit_note_text(note.id, text)


def set_fields(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.notes:
        choices: dict[str, Any] = {
            "emotion": st.one_of(st.none(), st.integers(-2, 2)),
            "votes": st.integers(0, 3),
            "color": st.sampled_from([None, "#FF8800", "#00aa00"]),
            "tags": st.lists(st.sampled_from(["a", "b", "c"]), max_size=2),
            "kind": st.sampled_from(list(NoteKind)),
            "evidence": st.sampled_from([None, *Evidence]),
            "persona": st.sampled_from([None, *ids(m.personas)]),
        }
        names = some(data, list(choices))
        e.set_note_fields(some(data, ids(m.notes)), **{n: data.draw(choices[n]) for n in names})


def delete_notes(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.notes:
        e.delete_notes(some(data, ids(m.notes)))


def move_notes(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.notes:
        stage, lane = pick(data, ids(m.stages)), pick(data, ids(m.lanes))
        index = slot(data, len(m.notes_in(stage, lane)))
        e.move_notes(some(data, ids(m.notes)), stage, lane, index)


def duplicate_notes(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.notes:
        e.duplicate_notes(some(data, ids(m.notes)))


def connect(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.notes:
        e.add_connector(pick(data, ids(m.notes)), pick(data, ids(m.notes)), "x")


def edit_connectors(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.connectors:
        if data.draw(st.booleans()):
            e.delete_connectors(some(data, ids(m.connectors)))
        else:
            e.set_connector_label(pick(data, ids(m.connectors)), pick(data, ["", "then"]))


def add_stage(e: Editor, m: JourneyMap, data: Draw) -> None:
    phase = pick(data, [None, *ids(m.phases)])
    e.add_stage(slot(data, len(m.stages)), pick(data, ["New", ""]), phase=phase)


def edit_stage(e: Editor, m: JourneyMap, data: Draw) -> None:
    if m.stages:
        stage = pick(data, ids(m.stages))
        action = pick(data, ["rename", "width", "card", "time"])
        if action == "rename":
            e.rename_stage(stage, pick(data, ["Renamed", "Discover"]))
        elif action == "width":
            e.set_stage_width(stage, pick(data, [None, 120.0, 300.0]))
        elif action == "card":
            e.set_campaign_card(stage, pick(data, [None, {"goal": "Grow"}]))
        else:
            e.set_stage_fields(stage, time_of_day=pick(data, [None, "07:30"]))


def delete_or_move_stage(e: Editor, m: JourneyMap, data: Draw) -> None:
    if len(m.stages) > 1:
        stage = pick(data, ids(m.stages))
        if data.draw(st.booleans()):
            e.delete_stage(stage)
        else:
            e.move_stage(stage, data.draw(st.integers(0, len(m.stages) - 1)))


def edit_lanes(e: Editor, m: JourneyMap, data: Draw) -> None:
    action = pick(data, ["add", "rename", "height", "kind", "delete", "move"])
    if action == "add" or not m.lanes:
        e.add_lane(slot(data, len(m.lanes)), "Lane", pick(data, list(LaneKind)))
        return
    lane = pick(data, ids(m.lanes))
    if action == "rename":
        e.rename_lane(lane, pick(data, ["Renamed", "Actions"]))
    elif action == "height":
        e.set_lane_height(lane, pick(data, [None, 90.0]))
    elif action == "kind":
        e.set_lane_kind(lane, pick(data, list(LaneKind)))
    elif action == "delete" and len(m.lanes) > 1:
        e.delete_lane(lane)
    elif action == "move":
        e.move_lane(lane, data.draw(st.integers(0, len(m.lanes) - 1)))


def edit_phases(e: Editor, m: JourneyMap, data: Draw) -> None:
    action = pick(data, ["add", "rename", "delete"])
    if action == "add" and m.stages:
        start = data.draw(st.integers(0, len(m.stages) - 1))
        end = data.draw(st.integers(start, len(m.stages) - 1))
        e.add_phase(ids(m.stages[start : end + 1]), "Phase")
    elif m.phases:
        phase = pick(data, ids(m.phases))
        if action == "rename":
            e.rename_phase(phase, pick(data, ["Renamed", "Buy"]))
        else:
            e.delete_phase(phase)


def edit_map(e: Editor, m: JourneyMap, data: Draw) -> None:
    action = pick(data, ["title", "add persona", "delete persona"])
    if action == "title":
        e.set_map_title(pick(data, ["Sample", "Other"]))
    elif action == "add persona":
        e.add_persona(pick(data, ["Minh", "An"]))
    elif m.personas:
        e.delete_persona(pick(data, ids(m.personas)))


EDITS: list[Callable[[Editor, JourneyMap, Draw], None]] = [
    add_note, type_text, type_text, set_fields, delete_notes, move_notes, move_notes,
    duplicate_notes, connect, edit_connectors, add_stage, edit_stage, delete_or_move_stage,
    edit_lanes, edit_phases, edit_map,
]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_sessions_undo_and_redo_exactly(qapp: object, data: Draw) -> None:
    """After up to 40 random edits and undos, every stack index shows the map it had, each one
    valid and surviving a save and reload unchanged."""
    document = Document(small_map())
    editor = Editor(document)
    stack = document.undo_stack
    history = [document.journey]  # history[i]: the map when the stack index is i
    for _ in range(data.draw(st.integers(1, 40), label="steps")):
        before, index = document.journey, stack.index()
        step = data.draw(st.sampled_from(["edit"] * 6 + ["undo", "redo"]))
        if step == "undo" and stack.canUndo():
            stack.undo()
        elif step == "redo" and stack.canRedo():
            stack.redo()
        elif step == "edit":
            try:
                pick(data, EDITS)(editor, document.journey, data)
            except EditError:
                assert document.journey is before and stack.index() == index
            if stack.index() == index + 1:  # pushed: the redo branch is gone
                history = history[: index + 1] + [document.journey]
            elif stack.index() == index - 1:  # typed back to the original: the step is obsolete
                assert document.journey == history[stack.index()]
                history = history[: index]
            elif document.journey is not before:  # merged into the step on top
                # (or pushed and made obsolete in one burst): either way the redo branch is gone.
                assert stack.index() == stack.count()
                history = history[:index] + [document.journey]
        assert_consistent(document.journey)
        assert document.journey == history[stack.index()]
    final_index, final = stack.index(), document.journey
    while stack.canUndo():
        stack.undo()
        assert_consistent(document.journey)
        assert document.journey == history[stack.index()]
    assert document.journey == small_map()
    while stack.canRedo():
        stack.redo()
        assert_consistent(document.journey)
        assert document.journey == history[stack.index()]
    assert document.journey == history[-1]
    stack.setIndex(final_index)
    assert document.journey == final
