"""Format version 2: a real version-1 file upgrades, and the members version 2 added (logo,
voting, dismissals, stage KPIs and funnel figures, hidden lanes and notes) round-trip and are
bounded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from canvas_app.fileio import migrations
from canvas_app.fileio.codec import dump_bytes, load_bytes, load_path
from canvas_app.fileio.errors import FileFormatError
from canvas_app.model import edits, limits

DATA = Path(__file__).resolve().parent / "data" / "versions"
SAMPLES = Path(__file__).resolve().parent.parent / "sample_canvases"
V1_FILE = DATA / "v1-value-journey-coffee-chain-vi.journey"


def test_the_version_1_file_is_really_version_1() -> None:
    assert json.loads(V1_FILE.read_bytes())["version"] == 1
    assert migrations.CURRENT_VERSION == 2


def test_a_real_version_1_file_opens_as_the_same_map_with_the_new_members_empty() -> None:
    journey = load_path(V1_FILE)
    raw = json.loads(V1_FILE.read_bytes())["map"]
    assert journey.title == raw["title"]
    assert [stage.id for stage in journey.stages] == [stage["id"] for stage in raw["stages"]]
    assert [note.text for note in journey.notes] == [note["text"] for note in raw["notes"]]
    assert journey.logo is None and journey.voting is None and journey.dismissals == ()
    assert all(stage.kpis == () and stage.funnel is None for stage in journey.stages)
    assert not any(note.hidden for note in journey.notes)
    assert not any(lane.hidden for lane in journey.lanes)
    # Saving writes version 2, and the upgraded file reads back to the same map.
    saved = dump_bytes(journey)
    assert json.loads(saved)["version"] == 2
    assert load_bytes(saved) == journey


def test_the_sample_the_version_1_file_was_taken_from_is_the_same_map_today() -> None:
    """The migration only renamed the version: the shipped sample (re-saved as version 2) and
    its version-1 original hold the same map, once the sample's stage KPIs and funnel figures
    (version 2 fields it gained later, to show the feature) are set aside."""
    sample = load_path(SAMPLES / "value-journey-coffee-chain-vi.journey")
    for stage in sample.stages:
        sample, _ = edits.update_stage(sample, stage.id, kpis=(), funnel=None)
    assert load_path(V1_FILE) == sample


def test_a_version_1_file_with_a_version_2_member_is_refused_by_name() -> None:
    envelope = json.loads(V1_FILE.read_bytes())
    envelope["map"]["notes"][0]["hidden"] = "perhaps"
    with pytest.raises(FileFormatError, match=r"map\.notes\[0\]\.hidden"):
        load_bytes(json.dumps(envelope).encode())


def test_a_version_1_envelope_without_a_map_is_refused_clearly() -> None:
    with pytest.raises(FileFormatError, match="no \"map\""):
        load_bytes(b'{"format": "journey-canvas", "version": 1}')


def _with(update: dict[str, object], target: str = "map") -> bytes:
    envelope = json.loads(V1_FILE.read_bytes())
    envelope["version"] = 2
    if target == "map":
        envelope["map"].update(update)
    elif target == "stage":
        envelope["map"]["stages"][0].update(update)
    elif target == "lane":
        envelope["map"]["lanes"][0].update(update)
    else:
        envelope["map"]["notes"][0].update(update)
    return json.dumps(envelope, ensure_ascii=False).encode()


def test_the_version_2_members_round_trip() -> None:
    data = _with({"voting": {"dots_per_participant": 5,
                             "voters": [{"name": "Lan", "dots_used": 5}, {"name": "Minh"}]},
                  "dismissals": [{"check": "pain-without-opportunity", "target": "gone-note"}]})
    journey = load_bytes(data)
    assert journey.voting is not None and journey.voting.voters[1].dots_used == 0
    assert journey.dismissals[0].target == "gone-note"  # a dangling target is allowed
    staged = load_bytes(_with({"kpis": [{"name": "Tỷ lệ chuyển đổi", "target": "3 %"}],
                               "funnel": {"count": 12000, "unit": "khách ghé thăm"}}, "stage"))
    assert staged.stages[0].kpis[0].actual == ""
    assert staged.stages[0].funnel is not None and staged.stages[0].funnel.count == 12000
    hidden = load_bytes(_with({"hidden": True}, "lane"))
    assert hidden.lanes[0].hidden
    for journey in (load_bytes(data), staged, hidden):
        assert load_bytes(dump_bytes(journey)) == journey


@pytest.mark.parametrize(
    ("update", "target", "place"),
    [
        ({"voting": {"dots_per_participant": 2, "voters": [{"name": "A", "dots_used": 3}]}},
         "map", "voters[0]: 3 dots used"),
        ({"voting": {"dots_per_participant": 0}}, "map", "dots_per_participant"),
        ({"dismissals": [{"check": "Bad Check", "target": "x"}]}, "map", "check"),
        ({"kpis": [{"name": "k"}] * (limits.MAX_KPIS + 1)}, "stage", "kpis"),
        ({"funnel": {"count": -1}}, "stage", "funnel.count"),
        ({"funnel": {"count": limits.MAX_FUNNEL_COUNT + 1}}, "stage", "funnel.count"),
        ({"hidden": 3}, "note", "hidden"),
    ],
)
def test_out_of_bounds_version_2_members_are_refused_naming_the_place(
        update: dict[str, object], target: str, place: str) -> None:
    with pytest.raises(FileFormatError) as caught:
        load_bytes(_with(update, target))
    assert place in str(caught.value)
