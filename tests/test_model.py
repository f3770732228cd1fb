"""The model's rules: record bounds, map invariants, text cleaning, cell order and phase spans."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from pydantic import ValidationError
from strategies import raw_texts, small_map

from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import LaneKind, LineKind
from canvas_app.model.records import (
    BlueprintLine,
    Connector,
    Lane,
    Note,
    Persona,
    Phase,
    Stage,
)
from canvas_app.model.text import clean_line, clean_text, fold


def board(**changes: Any) -> dict[str, Any]:
    """Keyword arguments of a small valid map (two stages, two lanes, two notes), with changes."""
    fields: dict[str, Any] = {
        "personas": (Persona(id="p1", name="Hương"),),
        "phases": (Phase(id="ph1", title="Thu hút"),),
        "stages": (Stage(id="s1", title="Biết đến", phase="ph1"), Stage(id="s2", title="Mua")),
        "lanes": (Lane(id="l1", title="Hành động"), Lane(id="l2", title="Cảm xúc")),
        "lines": (BlueprintLine(id="b1", kind=LineKind.VISIBILITY, after_lane="l1"),),
        "notes": (
            Note(id="n1", stage="s1", lane="l1", persona="p1"),
            Note(id="n2", stage="s2", lane="l2"),
        ),
        "connectors": (Connector(id="c1", source="n1", target="n2"),),
    }
    fields.update(changes)
    return fields


def refused(message: str, **changes: Any) -> None:
    """Assert that the map built from `board(**changes)` is refused with `message`."""
    with pytest.raises(ValidationError, match=message):
        JourneyMap(**board(**changes))


def test_the_base_board_is_valid() -> None:
    """The board the other tests break is itself valid (so each refusal has one cause)."""
    journey = JourneyMap(**board())
    assert [note.id for note in journey.notes] == ["n1", "n2"]


# -- invariants ------------------------------------------------------------------------------


def test_duplicate_ids_within_one_record_type_are_refused() -> None:
    """Two stages with one id are refused, naming the second one's place."""
    refused(r"stages\[1\]: id 's1' is used more than once",
            stages=(Stage(id="s1", title="A"), Stage(id="s1", title="B")))


@pytest.mark.parametrize(
    "changes",
    [
        {"lanes": (Lane(id="s1", title="A lane named like a stage"),)},
        {"phases": (Phase(id="p1", title="A phase named like a persona"),)},
        {"connectors": (Connector(id="n1", source="n1", target="n2"),)},
        {"lines": (BlueprintLine(id="l1", kind=LineKind.INTERACTION, after_lane="l1"),)},
    ],
)
def test_duplicate_ids_across_record_types_are_refused(changes: dict[str, Any]) -> None:
    """Ids are unique across all records, whatever their types."""
    refused("is used more than once", **changes)


def test_a_note_reusing_a_lane_id_is_refused() -> None:
    """A note whose id is already a lane's id is refused."""
    notes = (Note(id="l1", stage="s1", lane="l1"),)
    refused(r"notes\[0\]: id 'l1' is used more than once", notes=notes, connectors=())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"stages": (Stage(id="s1", title="A", phase="nope"),)},
         r"stages\[0\]: phase 'nope' does not exist"),
        ({"notes": (Note(id="n1", stage="nope", lane="l1"), Note(id="n2", stage="s2", lane="l2"))},
         r"notes\[0\]: stage 'nope' does not exist"),
        ({"notes": (Note(id="n1", stage="s1", lane="l1"), Note(id="n2", stage="s2", lane="nope"))},
         r"notes\[1\]: lane 'nope' does not exist"),
        ({"notes": (Note(id="n1", stage="s1", lane="l1", persona="nope"),
                    Note(id="n2", stage="s2", lane="l2"))},
         r"notes\[0\]: persona 'nope' does not exist"),
        ({"lines": (BlueprintLine(id="b1", kind=LineKind.VISIBILITY, after_lane="nope"),)},
         r"lines\[0\]: lane 'nope' does not exist"),
        ({"connectors": (Connector(id="c1", source="nope", target="n2"),)},
         r"connectors\[0\]: note 'nope' does not exist"),
        ({"connectors": (Connector(id="c1", source="n1", target="nope"),)},
         r"connectors\[0\]: note 'nope' does not exist"),
    ],
)
def test_dangling_references_are_refused(changes: dict[str, Any], message: str) -> None:
    """Every reference (phase, stage, lane, persona, after_lane, connector ends) must resolve."""
    refused(message, **changes)


def test_a_connector_from_a_note_to_itself_is_refused() -> None:
    """A connector must join two different notes."""
    refused("two different notes", connectors=(Connector(id="c1", source="n1", target="n1"),))


@pytest.mark.parametrize(
    "phase_of_stages",
    [("a", "b", "a"), ("a", None, "a"), ("a", "a", "b", "b", "a")],
)
def test_stages_of_a_phase_must_be_consecutive(phase_of_stages: tuple[str | None, ...]) -> None:
    """A phase whose stages are split by other stages (or by phaseless ones) is refused."""
    stages = tuple(
        Stage(id=f"s{i}", title=f"Stage {i}", phase=phase) for i, phase in enumerate(phase_of_stages)
    )
    refused("must be consecutive", phases=(Phase(id="a", title="A"), Phase(id="b", title="B")),
            stages=stages, notes=(), connectors=())


def test_consecutive_phases_with_phaseless_stages_around_them_are_valid() -> None:
    """Phaseless stages before, between and after phases are fine; an unused phase too."""
    phases = (Phase(id="a", title="A"), Phase(id="b", title="B"), Phase(id="c", title="C"))
    stages = tuple(
        Stage(id=f"s{i}", title=f"Stage {i}", phase=phase)
        for i, phase in enumerate((None, "a", "a", None, "b", None))
    )
    journey = JourneyMap(phases=phases, stages=stages)
    assert [(phase.id, first, last) for phase, first, last in journey.phase_spans()] == [
        ("a", 1, 2), ("b", 4, 4)]


# -- record bounds ---------------------------------------------------------------------------


@pytest.mark.parametrize("emotion", [limits.EMOTION_MIN - 1, limits.EMOTION_MAX + 1, 100])
def test_emotion_out_of_range_is_refused(emotion: int) -> None:
    """Emotion is a score from −2 to +2."""
    with pytest.raises(ValidationError, match="emotion"):
        Note(id="n", stage="s", lane="l", emotion=emotion)


def test_emotion_bounds_are_inclusive() -> None:
    """−2 and +2 themselves are valid emotions."""
    low = Note(id="n", stage="s", lane="l", emotion=limits.EMOTION_MIN)
    high = Note(id="n", stage="s", lane="l", emotion=limits.EMOTION_MAX)
    assert (low.emotion, high.emotion) == (-2, 2)


@pytest.mark.parametrize("votes", [-1, limits.MAX_VOTES + 1])
def test_votes_out_of_range_are_refused(votes: int) -> None:
    """Votes are a count from 0 to MAX_VOTES."""
    with pytest.raises(ValidationError, match="votes"):
        Note(id="n", stage="s", lane="l", votes=votes)


@pytest.mark.parametrize(
    "color", ["red", "#FFF", "#GGGGGG", "FFFFFF", "#FFFFFFF", "#FFFFF ", "", "#ff00ff\n"]
)
def test_bad_colours_are_refused(color: str) -> None:
    """A colour is exactly "#RRGGBB"."""
    with pytest.raises(ValidationError, match="color"):
        Note(id="n", stage="s", lane="l", color=color)


def test_colours_in_either_case_are_accepted() -> None:
    """Hex digits may be upper or lower case."""
    assert Note(id="n", stage="s", lane="l", color="#a1B2c3").color == "#a1B2c3"


@pytest.mark.parametrize("time", ["24:00", "7:30", "07:60", "0730", "07:30 ", "07:30:00", "ab:cd"])
def test_bad_times_of_day_are_refused(time: str) -> None:
    """A time of day is "HH:MM" from 00:00 to 23:59."""
    with pytest.raises(ValidationError, match="time_of_day"):
        Stage(id="s", title="S", time_of_day=time)


@pytest.mark.parametrize("time", ["00:00", "07:30", "23:59"])
def test_valid_times_of_day_are_accepted(time: str) -> None:
    """The whole day from 00:00 to 23:59 is accepted."""
    assert Stage(id="s", title="S", time_of_day=time).time_of_day == time


@pytest.mark.parametrize("record_id", ["", "a b", "é", "x" * 65, "a/b", "a\n"])
def test_bad_ids_are_refused(record_id: str) -> None:
    """Ids are 1–64 characters from a small ASCII alphabet."""
    with pytest.raises(ValidationError, match="id"):
        Lane(id=record_id, title="L")


def test_text_over_the_limits_is_refused() -> None:
    """Text, titles, labels and tags each have a maximum length; the maximum itself is fine."""
    assert len(Note(id="n", stage="s", lane="l", text="x" * limits.MAX_TEXT).text) == limits.MAX_TEXT
    with pytest.raises(ValidationError, match="text"):
        Note(id="n", stage="s", lane="l", text="x" * (limits.MAX_TEXT + 1))
    with pytest.raises(ValidationError, match="title"):
        Stage(id="s", title="x" * (limits.MAX_TITLE + 1))
    with pytest.raises(ValidationError, match="label"):
        Connector(id="c", source="a", target="b", label="x" * (limits.MAX_LABEL + 1))
    with pytest.raises(ValidationError, match="tags"):
        Note(id="n", stage="s", lane="l", tags=("x" * (limits.MAX_TAG + 1),))


def test_lengths_are_counted_after_cleaning() -> None:
    """A text NFC lengthens past the limit is refused; one that cleaning shortens is accepted."""
    expanding = "\ufb2c" * (limits.MAX_TEXT // 3 + 1)  # each becomes three code points in NFC
    with pytest.raises(ValidationError, match="at most"):
        Note(id="n", stage="s", lane="l", text=expanding)
    shrinking = "x" * limits.MAX_TEXT + "\x00" * 10
    assert len(Note(id="n", stage="s", lane="l", text=shrinking).text) == limits.MAX_TEXT


def test_too_many_tags_are_refused() -> None:
    """A note holds at most MAX_TAGS tags."""
    many = tuple(f"tag{i}" for i in range(limits.MAX_TAGS + 1))
    with pytest.raises(ValidationError, match="tags"):
        Note(id="n", stage="s", lane="l", tags=many)
    assert len(Note(id="n", stage="s", lane="l", tags=many[:-1]).tags) == limits.MAX_TAGS


@pytest.mark.parametrize("tag", ["", " ", "\n", "\x00"])
def test_tags_empty_once_cleaned_are_refused(tag: str) -> None:
    """A tag must keep at least one character after cleaning (or it would not load back)."""
    with pytest.raises(ValidationError, match="tags"):
        Note(id="n", stage="s", lane="l", tags=(tag,))


def test_too_many_records_are_refused() -> None:
    """Collection sizes are bounded (checked here on lanes, the cheapest to build)."""
    lanes = tuple(Lane(id=f"l{i}", title="L") for i in range(limits.MAX_LANES + 1))
    with pytest.raises(ValidationError, match="lanes"):
        JourneyMap(lanes=lanes)


@pytest.mark.parametrize(
    ("record", "fields"),
    [
        (Note, {"id": "n", "stage": "s", "lane": "l", "colour": "#FFFFFF"}),
        (Stage, {"id": "s", "title": "S", "column": 3}),
        (Persona, {"id": "p", "name": "P", "age": 30}),
        (JourneyMap, {"title": "T", "author": "me"}),
    ],
)
def test_unknown_fields_are_refused(record: type, fields: dict[str, Any]) -> None:
    """A misspelt or unknown field is an error, never silently dropped."""
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        record(**fields)


def test_records_are_immutable() -> None:
    """Records cannot be changed in place: an edit builds a new record."""
    note = Note(id="n", stage="s", lane="l")
    with pytest.raises(ValidationError):
        note.text = "changed"  # type: ignore[misc]


# -- text cleaning ---------------------------------------------------------------------------


def test_decomposed_input_is_stored_composed() -> None:
    """NFD text (as pasted from macOS) is stored NFC: "Trà sữa" whichever way it was typed."""
    decomposed = unicodedata.normalize("NFD", "Trà sữa")
    assert decomposed == "Tra\u0300 su\u031b\u0303a"
    note = Note(id="n", stage="s", lane="l", text=decomposed)
    assert note.text == "Trà sữa"
    assert Stage(id="s", title=decomposed).title == "Trà sữa"


def test_lone_surrogates_are_removed() -> None:
    """A lone surrogate (which UTF-8 cannot encode) is dropped instead of breaking saving."""
    note = Note(id="n", stage="s", lane="l", text="a\ud800b\udfffc", tags=("x\udc00",))
    assert note.text == "abc"
    assert note.tags == ("x",)


def test_line_endings_become_lf() -> None:
    """CRLF and lone CR become LF in multi-line text."""
    assert Note(id="n", stage="s", lane="l", text="a\r\nb\rc\nd").text == "a\nb\nc\nd"


def test_control_characters_are_dropped_but_tab_and_newline_kept() -> None:
    """C0/C1 controls and DEL disappear; tab and newline stay in multi-line text."""
    text = "a\x00b\x07c\x1b[0md\x7fe\x85f\x9fg\th\ni"
    assert Note(id="n", stage="s", lane="l", text=text).text == "abc[0mdefg\th\ni"


def test_titles_are_single_line() -> None:
    """Titles, labels and tags lose line breaks and tabs (runs of space collapse) and are stripped."""
    assert Stage(id="s", title="  Line one\r\nline  two\tend  ").title == "Line one line two end"
    assert Connector(id="c", source="a", target="b", label="x\ny").label == "x y"
    assert Note(id="n", stage="s", lane="l", tags=(" ưu\ntiên ",)).tags == ("ưu tiên",)


def test_markup_is_kept_as_plain_text() -> None:
    """Text that looks like markup is stored as typed, never interpreted."""
    text = "<b>bold</b> &amp; <font name='x'>"
    assert Note(id="n", stage="s", lane="l", text=text).text == text


def test_fold_ignores_case_and_vietnamese_accents() -> None:
    """fold() is an accent- and case-insensitive key, including Vietnamese đ."""
    assert fold("Đánh giá") == "danh gia"
    assert fold("TRÀ SỮA") == "tra sua"
    assert fold(unicodedata.normalize("NFD", "Điểm đau")) == "diem dau"


@settings(max_examples=100, deadline=None)
@given(raw_texts())
def test_cleaning_is_idempotent_and_leaves_only_clean_text(value: str) -> None:
    """Cleaned text is NFC, has no unwanted code points, and cleaning it again changes nothing."""
    text = clean_text(value)
    line = clean_line(value)
    assert clean_text(text) == text and clean_line(line) == line
    for cleaned in (text, line):
        assert unicodedata.is_normalized("NFC", cleaned)
        assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in cleaned)
        assert not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n" for ch in cleaned)
        cleaned.encode("utf-8")
    assert "\n" not in line and "\t" not in line and line == line.strip()


# -- cells and phases ------------------------------------------------------------------------


def test_cells_are_ordered_by_order_then_file_order() -> None:
    """notes_in() lists a cell's notes by `order`, ties in file order; other cells are separate."""
    notes = (
        Note(id="a", stage="s1", lane="l1", order=2),
        Note(id="b", stage="s1", lane="l1", order=0),
        Note(id="c", stage="s2", lane="l1", order=0),
        Note(id="d", stage="s1", lane="l1", order=2),
        Note(id="e", stage="s1", lane="l1", order=1),
    )
    journey = JourneyMap(**board(notes=notes, connectors=()))
    assert [note.id for note in journey.notes_in("s1", "l1")] == ["b", "e", "a", "d"]
    assert [note.id for note in journey.notes_in("s2", "l1")] == ["c"]
    assert journey.notes_in("s2", "l2") == ()


def test_phase_spans_follow_stage_order_and_skip_empty_phases() -> None:
    """phase_spans() gives each used phase's first and last stage index, left to right."""
    phases = (Phase(id="late", title="Late"), Phase(id="unused", title="U"),
              Phase(id="early", title="Early"))
    stages = (
        Stage(id="s0", title="0", phase="early"),
        Stage(id="s1", title="1", phase="early"),
        Stage(id="s2", title="2"),
        Stage(id="s3", title="3", phase="late"),
    )
    spans = JourneyMap(phases=phases, stages=stages).phase_spans()
    assert [(phase.id, first, last) for phase, first, last in spans] == [
        ("early", 0, 1), ("late", 3, 3)]


def test_lookups_find_records_by_id() -> None:
    """stage(), lane(), persona() and note_by_id find records; unknown ids raise KeyError."""
    journey = small_map()
    assert journey.stage("s-order").title == "Đặt hàng"
    assert journey.lane("l-feel").kind is LaneKind.EMOTIONS
    assert journey.persona("p-huong").name == "Nguyễn Thị Hương"
    assert journey.note_by_id["n3"].emotion == -1
    assert [lane.id for lane in journey.emotion_lanes()] == ["l-feel"]
    for lookup in (journey.stage, journey.lane, journey.persona):
        with pytest.raises(KeyError):
            lookup("missing")
