"""The start-up draft reader (fileio/draft_load.py): whatever it accepts, the full loader accepts
as the very same map (same fields, values and types), on real files, every template, maps
with every member of the format, generated maps and mutated files; whatever it is not sure about
it leaves to the full loader (None); it never raises, and it never imports pydantic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from random import Random
from typing import Any

import pytest
from fuzz_mutations import JOURNEY_MUTATIONS, journey_seeds, mutate, with_photos
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import journey_maps, small_map

from canvas_app.fileio import draft_load
from canvas_app.fileio.codec import dump_bytes, load_bytes
from canvas_app.fileio.errors import InputError
from canvas_app.model import limits
from canvas_app.model.draft_map import DraftMap, as_journey, is_draft, same_map
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout import compute_layout
from canvas_app.model.templates import build_map, list_templates

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sample_canvases").glob("*.journey"))


def full_map() -> JourneyMap:
    """A map using every member of the current format, version 2's included."""
    envelope = json.loads(dump_bytes(with_photos(small_map())))
    data = envelope["map"]
    data["logo"] = data["personas"][0]["photo"]
    data["voting"] = {"dots_per_participant": 5,
                      "voters": [{"name": "Lan", "dots_used": 2}, {"name": "Minh"}]}
    data["dismissals"] = [{"check": "pain-without-opportunity", "target": "gone"}]
    stage = data["stages"][0]
    stage.update(kpis=[{"name": "Tỷ lệ chuyển đổi", "target": "3 %", "actual": "2,5 %"}],
                 funnel={"count": 12000, "unit": "khách"}, width=300)
    data["lanes"][0].update(hidden=True, height=120.5)
    data["notes"][0].update(hidden=True, emotion=-2, votes=3, tags=["a", "b"],
                            evidence="observed", color="#AbCdEf")
    return load_bytes(json.dumps(envelope).encode("utf-8"))


def agrees(data: bytes) -> DraftMap | None:
    """The draft of `data`, checked against the full loader: a draft only for a valid file, and
    then the same map. Returns the draft (None when the draft reader left it to the loader)."""
    draft = draft_load.read_draft(data)
    try:
        journey = load_bytes(data)
    except InputError:
        assert draft is None, "the draft accepted a file the loader refuses"
        return None
    if draft is not None:
        assert same_map(draft, journey)
    return draft


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_every_sample_reads_as_a_draft_equal_to_the_validated_map(path: Path) -> None:
    assert agrees(path.read_bytes()) is not None


def test_every_template_and_a_map_with_every_member_read_as_equal_drafts() -> None:
    maps = [build_map(info.id) if info.category == "map-type" else build_map(framework=info.id)
            for info in list_templates()]
    maps += [build_map(language="vi"), full_map(), JourneyMap()]
    for journey in maps:
        assert agrees(dump_bytes(journey)) is not None


def test_the_draft_lays_out_exactly_like_the_validated_map() -> None:
    """The board's first picture is drawn from the draft: its layout is the validated map's."""
    data = dump_bytes(full_map())
    draft = draft_load.read_draft(data)
    assert draft is not None
    assert compute_layout(as_journey(draft)) == compute_layout(load_bytes(data))


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(journey=journey_maps())
def test_generated_maps_read_as_equal_drafts(journey: JourneyMap) -> None:
    assert agrees(dump_bytes(journey)) is not None


SEEDS = journey_seeds([small_map(), with_photos(small_map()), full_map()])


@settings(max_examples=400, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False), seed=st.sampled_from(SEEDS))
def test_mutated_files_give_an_equal_draft_or_none(rng: Random, seed: bytes) -> None:
    """Mutated files (bytes and JSON structure, as in the fuzz test): the draft reader never
    raises, and a draft it makes is always the map the loader makes."""
    _, data = mutate(seed, rng, SEEDS, JOURNEY_MUTATIONS)
    agrees(data)


def _envelope_with(change: Any) -> bytes:
    envelope = json.loads(dump_bytes(full_map()))
    change(envelope)
    return json.dumps(envelope).encode("utf-8")  # ASCII: a lone surrogate stays an escape


def _set(path: str, value: Any) -> Any:
    def change(envelope: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = envelope
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value
    return change


@pytest.mark.parametrize("path, value", [
    ("version", 1),  # an older version: the loader upgrades it
    ("version", 3),  # newer: the loader says so
    ("version", True),
    ("format", "journey-canva"),
    ("map.notes.0.votes", 3.0),  # pydantic would take a whole float; the draft leaves it
    ("map.notes.0.votes", "3"),
    ("map.notes.0.hidden", 1),
    ("map.notes.0.emotion", 3),
    ("map.notes.0.color", "#12345"),
    ("map.notes.0.id", "bad id"),
    ("map.notes.0.id", "trailing-newline\n"),  # Python's `$` would let it through
    ("map.notes.0.stage", "no-such-stage"),  # integrity
    ("map.notes.0.tags", ["ok", "  "]),  # a tag empty once cleaned
    ("map.notes.0.text", "x" * (limits.MAX_TEXT + 1)),
    ("map.notes.0.unknown", 1),
    ("map.stages.0.width", 79.5),
    ("map.stages.0.funnel", {"count": -1}),
    ("map.voting", {"dots_per_participant": 2, "voters": [{"name": "A", "dots_used": 3}]}),
    ("map.dismissals", [{"check": "Bad", "target": "x"}]),
    ("map.logo", {"media_type": "image/gif", "data": ""}),
])
def test_what_the_draft_is_not_sure_of_is_left_to_the_loader(path: str, value: Any) -> None:
    data = _envelope_with(_set(path, value))
    assert draft_load.read_draft(data) is None
    agrees(data)


@pytest.mark.parametrize("data", [
    b"", b"\xff\xfe", b"[]", b"null", b'{"format": "journey-canvas"}', b"{" * 100_000,
    b'{"format": "journey-canvas", "version": 2, "map": {"title": NaN}}',
    b'{"format": "journey-canvas", "version": 2, "map": {"title": 1e999}}',
    b'{"format": "journey-canvas", "version": 2, "map": {"notes": [{"votes": ' + b"9" * 5000
    + b"}]}}",
])
def test_broken_input_never_raises(data: bytes) -> None:
    assert draft_load.read_draft(data) is None
    agrees(data)


def test_cleaning_and_plain_json_forms_read_the_same() -> None:
    """Text is cleaned as the records clean it (NFD, CRLF, controls, a lone surrogate escape,
    a byte-order mark), numbers and flags in their JSON forms give the records' types."""
    def change(envelope: dict[str, Any]) -> None:
        envelope["map"]["title"] = "Tra\u0300 su\u031b\u0303a\r\n\tx\x07"
        envelope["map"]["notes"][0]["text"] = "a\r\nb\ud800c"
        envelope["map"]["stages"][0]["width"] = 240
        envelope["map"]["lanes"][0]["height"] = 100
    data = b"\xef\xbb\xbf" + _envelope_with(change)
    draft = agrees(data)
    assert draft is not None and is_draft(draft)
    assert type(draft.stages[0].width) is float and draft.notes[0].text == "a\nbc"


def test_the_reader_does_not_import_pydantic() -> None:
    script = ("import sys\n"
              "from canvas_app.fileio import draft_load\n"
              "from canvas_app.model.layout import compute_layout\n"
              "from canvas_app.model.draft_map import as_journey\n"
              f"draft = draft_load.read_draft(open({str(SAMPLES[0])!r}, 'rb').read())\n"
              "compute_layout(as_journey(draft))\n"
              "print(draft is not None, 'pydantic' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=str(ROOT), check=True, timeout=60)
    assert result.stdout.split() == ["True", "False"]


def _outcome(check: Any, raw: Any) -> Any:
    try:
        return ("ok", vars(check(raw)))
    except draft_load._Unsure:
        return ("unsure", None)


def test_the_written_out_note_reader_agrees_with_the_note_spec() -> None:
    """`_note` (written out for speed) reads every note exactly as `_record(_NOTE_SPEC)` would:
    each field of real notes replaced by odd values, removed, or joined by an unknown one."""
    from fuzz_mutations import ODD_VALUES

    by_spec = draft_load._record(draft_load._NOTE_SPEC)
    notes = json.loads(dump_bytes(full_map()))["map"]["notes"]
    cases: list[Any] = [*notes, None, [], "note", {}]
    for note in notes:
        for field in draft_load._NOTE_SPEC:
            cases.append({key: value for key, value in note.items() if key != field})
            cases.extend({**note, field: value} for value in ODD_VALUES + [
                "n1", "observed", "idea", ["tag"], ["x" * 65], 2, -2, 10_000, 10_001, False])
        cases.append({**note, "unknown": 1})
    for raw in cases:
        assert _outcome(draft_load._note, raw) == _outcome(by_spec, raw), raw
