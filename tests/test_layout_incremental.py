"""The incremental layout (`compute_layout(..., memo=LayoutMemo())`): after any sequence of edits,
undos and redos it is exactly the layout computed from scratch, and an edit of one note lays out
only its cell again (the cells below only move when its lane's height changed)."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import journey_maps, small_map
from test_undo_property import EDITS, Draw, pick

from canvas_app.document import Document, Editor
from canvas_app.model.edit_checks import EditError
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Language
from canvas_app.model.layout import LayoutMemo, compute_layout
from canvas_app.model.layout_style import DEFAULT_STYLE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import synthetic_map  # noqa: E402


def cell_count(journey: JourneyMap) -> int:
    return len(journey.stages) * len(journey.lanes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), start=st.one_of(st.just(small_map()), journey_maps()))
def test_random_sessions_lay_out_exactly_as_from_scratch(qapp: object, data: Draw,
                                                         start: JourneyMap) -> None:
    """Random edits, undos and redos (the undo property test's edits, language changes too):
    after each step the memo's layout equals a fresh one."""
    document = Document(start)
    editor = Editor(document)
    stack = document.undo_stack
    memo = LayoutMemo()
    assert compute_layout(document.journey, memo=memo) == compute_layout(document.journey)
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        step = data.draw(st.sampled_from(["edit"] * 6 + ["undo", "redo", "language"]))
        if step == "undo" and stack.canUndo():
            stack.undo()
        elif step == "redo" and stack.canRedo():
            stack.redo()
        elif step == "language":
            editor.set_map_properties(language=pick(data, list(Language)))
        else:
            try:
                pick(data, EDITS)(editor, document.journey, data)
            except EditError:
                pass
        assert compute_layout(document.journey, memo=memo) == compute_layout(document.journey)


def test_an_edit_lays_out_only_the_cells_it_touches(qapp: object) -> None:
    journey = synthetic_map(2_000)
    document = Document(journey)
    editor = Editor(document)
    memo = LayoutMemo()
    compute_layout(document.journey, memo=memo)
    cells = cell_count(journey)
    # A note in the last lane: whatever its lane's height does, only its cell is laid out again.
    last_lane = journey.lanes[-1].id
    note = next(n for n in journey.notes if n.lane == last_lane)
    editor.edit_note_text(note.id, "A much longer text that takes more lines than before " * 4)
    assert compute_layout(document.journey, memo=memo) == compute_layout(document.journey)
    assert memo.reused == cells - 1
    # Same length, same lines: one cell again.
    editor.edit_note_text(note.id, "Short")
    editor.edit_note_text(note.id, "Shirt")
    compute_layout(document.journey, memo=memo)
    assert memo.reused == cells - 1
    # A note in the first lane growing its lane moves every lane below: those cells are laid
    # out again, the first lane's other cells are not.
    first_lane = journey.lanes[0].id
    first = next(n for n in journey.notes if n.lane == first_lane)
    before = compute_layout(document.journey).lanes[0].rect.height
    editor.edit_note_text(first.id, "word " * 1_990)
    layout = compute_layout(document.journey, memo=memo)
    assert layout == compute_layout(document.journey) and layout.lanes[0].rect.height > before
    # (moved, not laid out again: only their places change)
    assert memo.reused == len(journey.stages) - 1
    assert memo.moved == len(journey.stages) * (len(journey.lanes) - 1)


def test_a_new_style_or_language_starts_afresh(qapp: object) -> None:
    journey = small_map()
    memo = LayoutMemo()
    compute_layout(journey, memo=memo)
    compute_layout(journey, memo=memo)
    assert memo.reused == cell_count(journey)
    style = DEFAULT_STYLE._replace(note_font_size=14.0)
    assert compute_layout(journey, style, memo=memo) == compute_layout(journey, style)
    assert memo.reused == 0
    other = journey.model_copy(update={"language": Language.VI})
    assert compute_layout(other, memo=memo) == compute_layout(other)
    assert memo.reused == 0
