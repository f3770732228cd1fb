"""Pure map edits: each result is a valid map, its summary is right, and the input map is untouched."""

from __future__ import annotations

import time
import unicodedata

import pytest

from canvas_app.model import (
    BlueprintLine,
    CampaignCard,
    Connector,
    JourneyMap,
    Lane,
    LaneKind,
    LineKind,
    Note,
    NoteKind,
    Persona,
    Phase,
    Stage,
    check_integrity,
)
from canvas_app.model import edits
from canvas_app.model.edits import EditError, apply_delta, check_derived_state


def small_map() -> JourneyMap:
    """Four stages (two phases), three lanes, two blueprint lines, six notes, two connectors."""
    return JourneyMap(
        title="Sample",
        personas=(Persona(id="p1", name="Lan"),),
        phases=(Phase(id="ph-a", title="Attract"), Phase(id="ph-b", title="Buy")),
        stages=(
            Stage(id="s1", title="Discover", phase="ph-a"),
            Stage(id="s2", title="Compare", phase="ph-a"),
            Stage(id="s3", title="Order", phase="ph-b"),
            Stage(id="s4", title="Use"),
        ),
        lanes=(
            Lane(id="l-act", title="Actions", kind=LaneKind.ACTIONS),
            Lane(id="l-emo", title="Emotions", kind=LaneKind.EMOTIONS),
            Lane(id="l-pain", title="Pain points", kind=LaneKind.PAIN_POINTS),
        ),
        lines=(
            BlueprintLine(id="line-1", kind=LineKind.INTERACTION, after_lane="l-act"),
            BlueprintLine(id="line-2", kind=LineKind.VISIBILITY, after_lane="l-emo"),
        ),
        notes=(
            Note(id="n1", stage="s1", lane="l-act", order=0, text="Search"),
            Note(id="n2", stage="s1", lane="l-act", order=1, text="Ask a friend"),
            Note(id="n3", stage="s1", lane="l-act", order=2, text="Read reviews"),
            Note(id="n4", stage="s2", lane="l-act", order=0, text="Compare prices"),
            Note(id="n5", stage="s1", lane="l-emo", order=0, text="Curious", emotion=1),
            Note(id="n6", stage="s3", lane="l-pain", order=0, text="Slow", persona="p1"),
        ),
        connectors=(
            Connector(id="c1", source="n1", target="n4"),
            Connector(id="c2", source="n4", target="n6"),
        ),
    )


def assert_consistent(journey: JourneyMap) -> None:
    """Full integrity check plus the edit caches carried over from the previous map."""
    check_integrity(journey)
    check_derived_state(journey)


def cell_ids(journey: JourneyMap, stage: str, lane: str) -> list[str]:
    notes = journey.notes_in(stage, lane)
    assert [note.order for note in notes] == list(range(len(notes)))
    return [note.id for note in notes]


@pytest.fixture
def journey() -> JourneyMap:
    journey = small_map()
    # Warm the caches so the edits exercise carrying them over.
    journey.cells, journey.note_by_id  # noqa: B018
    return journey


def test_add_notes_inserts_into_a_cell_and_reports_them(journey: JourneyMap) -> None:
    """Added notes go before the note at `index`, the cell renumbers, and text arrives as NFC."""
    original = small_map()
    decomposed = unicodedata.normalize("NFD", "Đặt hàng")
    result, summary = edits.add_notes(
        journey, [{"id": "new1", "text": decomposed}, {"id": "new2"}], "s1", "l-act", 1
    )
    assert_consistent(result)
    assert cell_ids(result, "s1", "l-act") == ["n1", "new1", "new2", "n2", "n3"]
    assert result.note_by_id["new1"].text == "Đặt hàng"
    assert summary.notes.added == {"new1", "new2"}
    assert summary.notes.updated == {"n2", "n3"}
    assert not summary.notes.removed and not summary.structure
    assert journey == original


def test_add_notes_refuses_bad_input(journey: JourneyMap) -> None:
    """Unknown cells, out-of-range indices, used ids and out-of-bounds values raise EditError."""
    with pytest.raises(EditError, match="no stage"):
        edits.add_notes(journey, [{}], "nope", "l-act")
    with pytest.raises(EditError, match="index 9"):
        edits.add_notes(journey, [{}], "s1", "l-act", 9)
    with pytest.raises(EditError, match="already used"):
        edits.add_notes(journey, [{"id": "s1"}], "s1", "l-act")
    with pytest.raises(ValueError, match="emotion"):
        edits.add_notes(journey, [{"emotion": 5}], "s1", "l-emo")
    with pytest.raises(EditError, match="persona"):
        edits.add_notes(journey, [{"persona": "ghost"}], "s1", "l-act")
    assert journey == small_map()


def test_remove_notes_takes_their_connectors_and_closes_the_cell(journey: JourneyMap) -> None:
    """Removing notes removes the connectors touching them and renumbers what is left."""
    result, summary = edits.remove_notes(journey, ["n1", "n4"])
    assert_consistent(result)
    assert cell_ids(result, "s1", "l-act") == ["n2", "n3"]
    assert result.connectors == ()
    assert summary.notes.removed == {"n1", "n4"}
    assert summary.connectors.removed == {"c1", "c2"}
    assert summary.notes.updated == {"n2", "n3"}
    with pytest.raises(EditError, match="no note"):
        edits.remove_notes(journey, ["ghost"])


def test_move_notes_reorders_within_a_cell(journey: JourneyMap) -> None:
    """`index` counts the cell as it is before the move, as a drop indicator shows it."""
    result, summary = edits.move_notes(journey, ["n1"], "s1", "l-act", 3)
    assert_consistent(result)
    assert cell_ids(result, "s1", "l-act") == ["n2", "n3", "n1"]
    assert summary.notes.updated == {"n1", "n2", "n3"} and not summary.notes.added
    result, _ = edits.move_notes(journey, ["n3"], "s1", "l-act", 0)
    assert cell_ids(result, "s1", "l-act") == ["n3", "n1", "n2"]


def test_move_notes_across_cells_renumbers_both(journey: JourneyMap) -> None:
    """Moved notes land in board order in the target cell; the source cell closes up."""
    result, summary = edits.move_notes(journey, ["n3", "n1", "n5"], "s2", "l-act", 0)
    assert_consistent(result)
    assert cell_ids(result, "s2", "l-act") == ["n1", "n3", "n5", "n4"]
    assert cell_ids(result, "s1", "l-act") == ["n2"]
    assert result.notes_in("s1", "l-emo") == ()
    assert summary.notes.updated == {"n1", "n2", "n3", "n4", "n5"}
    assert [c.id for c in result.connectors] == ["c1", "c2"]


def test_move_notes_to_where_they_are_changes_nothing(journey: JourneyMap) -> None:
    """A drop back on the same place gives the same map and an empty summary."""
    result, summary = edits.move_notes(journey, ["n2"], "s1", "l-act", 1)
    assert result is journey
    assert summary.is_empty and not summary.notes


def test_update_notes_validates_and_cleans_values(journey: JourneyMap) -> None:
    """Fields are validated per note: text is cleaned, bounds and unknown fields are refused."""
    result, summary = edits.update_notes(
        journey, ["n1", "n2"], text="Cafe\u0301\r\nline", tags=["a", "b"], kind="idea"
    )
    assert_consistent(result)
    note = result.note_by_id["n1"]
    assert note.text == "Café\nline" and note.tags == ("a", "b") and note.kind is NoteKind.IDEA
    assert summary.notes.updated == {"n1", "n2"}
    with pytest.raises(EditError, match="emotion"):
        edits.update_notes(journey, ["n5"], emotion=5)
    with pytest.raises(EditError, match="stage"):
        edits.update_notes(journey, ["n5"], stage="s2")
    with pytest.raises(EditError, match="persona"):
        edits.update_notes(journey, ["n5"], persona="ghost")
    same, empty = edits.update_notes(journey, ["n5"], emotion=1)
    assert same is journey and empty.is_empty


def test_duplicate_notes_places_copies_after_originals(journey: JourneyMap) -> None:
    """Each copy follows its original; a connector between two copied notes is copied too."""
    result, summary = edits.duplicate_notes(journey, ["n1", "n4"], new_ids=["d1", "d4"])
    assert_consistent(result)
    assert cell_ids(result, "s1", "l-act") == ["n1", "d1", "n2", "n3"]
    assert cell_ids(result, "s2", "l-act") == ["n4", "d4"]
    assert result.note_by_id["d1"].text == "Search"
    copied = [c for c in result.connectors if c.source == "d1"]
    assert len(copied) == 1 and copied[0].target == "d4"
    assert summary.notes.added == {"d1", "d4"} and len(summary.connectors.added) == 1


def test_connectors_are_added_relabelled_and_removed(journey: JourneyMap) -> None:
    """Connectors join two existing, different notes once; removal and labels work by id."""
    result, summary = edits.add_connector(journey, "n2", "n5", "then", connector_id="c3")
    assert_consistent(result)
    assert summary.connectors.added == {"c3"}
    for source, target in (("n2", "n2"), ("n1", "n4"), ("n1", "ghost")):
        with pytest.raises(EditError):
            edits.add_connector(journey, source, target)
    relabelled, summary = edits.update_connector(result, "c3", "  and then ")
    assert relabelled.connectors[-1].label == "and then"
    assert summary.connectors.updated == {"c3"}
    removed, summary = edits.remove_connectors(relabelled, ["c1", "c3"])
    assert [c.id for c in removed.connectors] == ["c2"]
    assert summary.connectors.removed == {"c1", "c3"}
    with pytest.raises(EditError):
        edits.remove_connectors(journey, ["ghost"])


def test_add_stage_follows_the_phase_rule(journey: JourneyMap) -> None:
    """A stage inside a phase's run joins it; elsewhere it joins only a phase it touches."""
    inside, summary = edits.add_stage(journey, 1, "Between", stage_id="x")
    assert_consistent(inside)
    assert inside.stage("x").phase == "ph-a" and summary.structure
    assert summary.stages.added == {"x"}
    boundary, _ = edits.add_stage(journey, 2, "Edge", stage_id="x")
    assert boundary.stage("x").phase is None
    joined, _ = edits.add_stage(journey, 2, "Edge", phase="ph-b", stage_id="x")
    assert joined.stage("x").phase == "ph-b"
    with pytest.raises(EditError, match="together"):
        edits.add_stage(journey, 4, "Far", phase="ph-a")
    with pytest.raises(EditError, match="time_of_day"):
        edits.add_stage(journey, 0, "Bad", time_of_day="25:00")


def test_stage_fields_change_and_are_validated(journey: JourneyMap) -> None:
    """Rename cleans the title to one line; width and campaign cards are validated."""
    result, summary = edits.rename_stage(journey, "s1", " Find\nout ")
    assert result.stage("s1").title == "Find out"
    assert summary.stages.updated == {"s1"} and not summary.structure
    wide, summary = edits.set_stage_width(journey, "s1", 300)
    assert wide.stage("s1").width == 300 and summary.structure
    with pytest.raises(EditError, match="width"):
        edits.set_stage_width(journey, "s1", 10)
    carded, _ = edits.set_campaign_card(journey, "s2", {"goal": "Awareness"})
    assert carded.stage("s2").campaign == CampaignCard(goal="Awareness")
    cleared, _ = edits.set_campaign_card(carded, "s2", None)
    assert cleared == journey


def test_remove_stage_takes_its_notes_and_connectors(journey: JourneyMap) -> None:
    """Removing a stage removes every note in its column and their connectors."""
    result, summary = edits.remove_stage(journey, "s1")
    assert_consistent(result)
    assert [s.id for s in result.stages] == ["s2", "s3", "s4"]
    assert summary.notes.removed == {"n1", "n2", "n3", "n5"}
    assert summary.connectors.removed == {"c1"}
    assert summary.structure and summary.stages.removed == {"s1"}


def test_move_stage_keeps_phases_consecutive(journey: JourneyMap) -> None:
    """A moved stage joins a run it lands in, keeps a phase it stays next to, else leaves it."""
    into_run, summary = edits.move_stage(journey, "s4", 1)
    assert_consistent(into_run)
    assert [s.id for s in into_run.stages] == ["s1", "s4", "s2", "s3"]
    assert into_run.stage("s4").phase == "ph-a" and summary.stages.updated == {"s4"}
    kept, _ = edits.move_stage(journey, "s3", 3)
    assert kept.stage("s3").phase == "ph-b"
    left, _ = edits.move_stage(journey, "s1", 3)
    assert_consistent(left)
    assert left.stage("s1").phase is None
    same, empty = edits.move_stage(journey, "s2", 1)
    assert same is journey and empty.is_empty
    with pytest.raises(EditError):
        edits.move_stage(journey, "s2", 4)


def test_lane_edits(journey: JourneyMap) -> None:
    """Lanes are added, renamed, resized, re-kinded and moved; lines move with their lane."""
    added, summary = edits.add_lane(journey, 1, "Thoughts", LaneKind.THOUGHTS, lane_id="l-th")
    assert_consistent(added)
    assert [lane.id for lane in added.lanes][:2] == ["l-act", "l-th"] and summary.structure
    renamed, summary = edits.rename_lane(journey, "l-emo", "Feelings")
    assert renamed.lane("l-emo").title == "Feelings" and not summary.structure
    tall, summary = edits.set_lane_height(journey, "l-emo", 200)
    assert tall.lane("l-emo").height == 200 and summary.structure
    with pytest.raises(EditError, match="height"):
        edits.set_lane_height(journey, "l-emo", 5)
    kinded, _ = edits.set_lane_kind(journey, "l-pain", "opportunities")
    assert kinded.lane("l-pain").kind is LaneKind.OPPORTUNITIES
    with pytest.raises(EditError):
        edits.set_lane_kind(journey, "l-pain", "nonsense")
    moved, summary = edits.move_lane(journey, "l-act", 2)
    assert_consistent(moved)
    assert [lane.id for lane in moved.lanes] == ["l-emo", "l-pain", "l-act"]
    assert moved.lines == journey.lines and summary.lanes.updated == {"l-act"}


def test_remove_lane_takes_notes_and_reanchors_lines(journey: JourneyMap) -> None:
    """A removed lane's lines move to the lane above; the first lane's lines go with it."""
    result, summary = edits.remove_lane(journey, "l-emo")
    assert_consistent(result)
    assert summary.notes.removed == {"n5"}
    assert [(line.id, line.after_lane) for line in result.lines] == [
        ("line-1", "l-act"), ("line-2", "l-act")
    ]
    assert summary.lines.updated == {"line-2"}
    first, summary = edits.remove_lane(journey, "l-act")
    assert_consistent(first)
    assert [line.id for line in first.lines] == ["line-2"]
    assert summary.notes.removed == {"n1", "n2", "n3", "n4"}
    assert summary.connectors.removed == {"c1", "c2"}


def test_phase_edits(journey: JourneyMap) -> None:
    """A phase groups side-by-side stages without splitting another; removal frees its stages."""
    result, summary = edits.add_phase(journey, ["s3", "s4"], "Keep", phase_id="ph-c")
    assert_consistent(result)
    assert [s.phase for s in result.stages] == ["ph-a", "ph-a", "ph-c", "ph-c"]
    assert summary.phases.added == {"ph-c"} and summary.structure
    with pytest.raises(EditError, match="side by side"):
        edits.add_phase(journey, ["s1", "s3"], "Gap")
    three = edits.add_stage(journey, 1, "Mid", stage_id="mid")[0]
    with pytest.raises(EditError, match="split"):
        edits.add_phase(three, ["mid"], "Middle")
    renamed, summary = edits.rename_phase(journey, "ph-a", "Find")
    assert renamed.phases[0].title == "Find" and not summary.structure
    removed, summary = edits.remove_phase(journey, "ph-a")
    assert_consistent(removed)
    assert [s.phase for s in removed.stages] == [None, None, "ph-b", None]
    assert summary.stages.updated == {"s1", "s2"}


def test_map_properties_and_personas(journey: JourneyMap) -> None:
    """Map fields are validated alone; removing a persona clears the notes that named it."""
    titled, summary = edits.set_map_title(journey, "  Journey\n2 ")
    assert titled.title == "Journey 2" and summary.properties == {"title"}
    with pytest.raises(EditError, match="map_type"):
        edits.set_map_properties(journey, map_type="nonsense")
    same, empty = edits.set_map_title(journey, "Sample")
    assert same is journey and empty.is_empty
    added, summary = edits.add_persona(journey, "Minh", persona_id="p2", quote="Fast please")
    assert added.persona("p2").quote == "Fast please" and summary.personas.added == {"p2"}
    updated, _ = edits.update_persona(added, "p2", name="Minh Anh")
    assert updated.persona("p2").name == "Minh Anh"
    removed, summary = edits.remove_persona(journey, "p1")
    assert_consistent(removed)
    assert removed.note_by_id["n6"].persona is None
    assert summary.notes.updated == {"n6"} and summary.personas.removed == {"p1"}


def _sample_edits(journey: JourneyMap) -> list[edits.EditResult]:
    return [
        edits.add_notes(journey, [{"text": "x"}], "s2", "l-emo", 0),
        edits.remove_notes(journey, ["n2", "n6"]),
        edits.move_notes(journey, ["n1", "n6"], "s4", "l-pain"),
        edits.update_notes(journey, ["n3"], text="changed"),
        edits.duplicate_notes(journey, ["n1", "n4"]),
        edits.remove_stage(journey, "s1"),
        edits.move_stage(journey, "s1", 3),
        edits.remove_lane(journey, "l-emo"),
        edits.add_phase(journey, ["s4"], "Keep"),
        edits.remove_phase(journey, "ph-b"),
        edits.remove_persona(journey, "p1"),
        edits.set_map_properties(journey, title="T", description="D"),
    ]


def test_deltas_replay_both_ways(journey: JourneyMap) -> None:
    """Applying an edit's delta forward gives its result; backward gives the original back."""
    for result, summary in _sample_edits(journey):
        forward = apply_delta(journey, summary.delta)
        assert forward == result
        backward = apply_delta(result, summary.delta, backward=True)
        assert backward == journey
        assert_consistent(forward)
        assert_consistent(backward)
    # The input map, and the caches it had computed, were left as they were.
    assert journey == small_map()
    assert_consistent(journey)


def test_a_delta_refuses_a_map_it_was_not_made_for(journey: JourneyMap) -> None:
    """Replaying a delta on the wrong map fails loudly instead of corrupting it."""
    _, summary = edits.update_notes(journey, ["n1"], text="changed")
    other, _ = edits.update_notes(journey, ["n1"], text="different")
    with pytest.raises(edits.DeltaMismatchError):
        apply_delta(other, summary.delta)


def test_edits_on_a_large_map_cost_about_a_millisecond() -> None:
    """On a 20 000-note map every kind of note edit takes a few milliseconds at most."""
    stages = tuple(Stage(id=f"s{i}", title=f"S{i}") for i in range(100))
    lanes = tuple(Lane(id=f"l{i}", title=f"L{i}") for i in range(20))
    notes = tuple(
        Note(id=f"n{i}", stage=f"s{i % 100}", lane=f"l{i // 100 % 20}", order=i // 2000)
        for i in range(20_000)
    )
    journey = JourneyMap(stages=stages, lanes=lanes, notes=notes)
    journey.cells, journey.note_by_id  # noqa: B018  (a loaded, displayed map has both)
    steps = [
        lambda m, i: edits.update_notes(m, ["n5"], text=f"typing {i}"),
        lambda m, i: edits.move_notes(m, [f"n{i}"], "s7", "l3", 0),
        lambda m, i: edits.add_notes(m, [{"text": "new"}], "s1", "l1", 0),
        lambda m, i: edits.remove_notes(m, [f"n{100 + i}"]),
    ]
    started = time.perf_counter()
    for i in range(25):
        for step in steps:
            journey = step(journey, i)[0]
    per_edit = (time.perf_counter() - started) / (25 * len(steps))
    assert_consistent(journey)
    assert len(journey.notes) == 20_000
    assert per_edit < 0.005, f"{per_edit * 1000:.2f} ms per edit"


def test_cells_with_tied_orders_from_a_file_stay_in_display_order() -> None:
    """A loaded cell with tied or gapped orders keeps its display order through edit and undo."""
    journey = JourneyMap(
        stages=(Stage(id="s1", title="A"), Stage(id="s2", title="B")),
        lanes=(Lane(id="l1", title="L"),),
        notes=(
            Note(id="b", stage="s1", lane="l1", order=3),
            Note(id="a", stage="s1", lane="l1", order=3),
            Note(id="c", stage="s1", lane="l1", order=7),
        ),
    )
    shown = [note.id for note in journey.notes_in("s1", "l1")]
    assert shown == ["b", "a", "c"]
    typed, _ = edits.update_notes(journey, ["a"], text="typed")
    assert_consistent(typed)
    assert [note.id for note in typed.notes_in("s1", "l1")] == shown
    moved, summary = edits.move_notes(typed, ["b"], "s2", "l1")
    assert_consistent(moved)
    assert cell_ids(moved, "s1", "l1") == ["a", "c"]
    back = apply_delta(moved, summary.delta, backward=True)
    assert_consistent(back)
    assert back == typed and [note.id for note in back.notes_in("s1", "l1")] == shown
