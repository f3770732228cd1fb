"""Sample canvases: every shipped sample loads, is saved canonically, and is a complete, realistic
map (notes in every stage, scored emotions, a filled persona), covering every map type."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from canvas_app.fileio.codec import dump_bytes, load_path
from canvas_app.model import JourneyMap, Language, LaneKind, MapType
from canvas_app.model.templates import FRAMEWORK_IDS

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "sample_canvases"
SAMPLE_PATHS = sorted(SAMPLES_DIR.glob("*.journey"))
PERSONA_FIELDS = ("quote", "demographics", "bio", "lifestyle", "personality",
                  "shopping_preferences", "information_sources", "goals_motivations",
                  "pain_points")
VIETNAMESE_MARKS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")

_loaded: dict[Path, JourneyMap] = {}


def load(path: Path) -> JourneyMap:
    if path not in _loaded:
        _loaded[path] = load_path(path)
    return _loaded[path]


def sample_id(path: Path) -> str:
    return path.stem


def test_there_are_samples() -> None:
    """The folder holds at least six samples with kebab-case names."""
    assert len(SAMPLE_PATHS) >= 6
    for path in SAMPLE_PATHS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.journey", path.name), path.name


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=sample_id)
def test_sample_loads_and_is_canonical(path: Path) -> None:
    """A sample loads and saving it again gives the very same bytes."""
    assert dump_bytes(load(path)) == path.read_bytes()


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=sample_id)
def test_every_stage_has_six_to_twelve_notes(path: Path) -> None:
    """Every stage holds 6–12 notes spread over at least three lanes."""
    journey = load(path)
    for stage in journey.stages:
        notes = [note for note in journey.notes if note.stage == stage.id]
        assert 6 <= len(notes) <= 12, (stage.title, len(notes))
        assert len({note.lane for note in notes}) >= 3, stage.title


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=sample_id)
def test_every_emotion_note_has_a_score(path: Path) -> None:
    """Notes in emotion lanes all carry an emotion score, and emotion lanes are not empty."""
    journey = load(path)
    emotion_lanes = {lane.id for lane in journey.emotion_lanes()}
    emotion_notes = [note for note in journey.notes if note.lane in emotion_lanes]
    assert all(note.emotion is not None for note in emotion_notes)
    if emotion_lanes:
        assert {note.stage for note in emotion_notes} == {stage.id for stage in journey.stages}
        assert len({note.emotion for note in emotion_notes}) >= 3  # the curve goes up and down


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=sample_id)
def test_sample_is_fully_dressed(path: Path) -> None:
    """A sample has a title, a description, a persona with most fields filled, votes, tags,
    evidence statuses and a few connectors."""
    journey = load(path)
    assert journey.title and journey.description
    assert len(journey.personas) >= 1
    persona = journey.personas[0]
    assert persona.name
    assert sum(bool(getattr(persona, field)) for field in PERSONA_FIELDS) >= 7
    assert sum(note.votes > 0 for note in journey.notes) >= 5
    assert sum(bool(note.tags) for note in journey.notes) >= 5
    assert sum(note.evidence is not None for note in journey.notes) >= 5
    assert len(journey.connectors) >= 3
    assert all(note.text.strip() for note in journey.notes)


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=sample_id)
def test_sample_follows_its_template_rules(path: Path) -> None:
    """Each sample keeps its map type's rules: blueprint lines, increasing times, campaign cards,
    phases, and a known framework."""
    journey = load(path)
    assert journey.framework is None or journey.framework in FRAMEWORK_IDS
    if journey.map_type is MapType.SERVICE_BLUEPRINT:
        assert len(journey.lines) == 3
    if journey.map_type is MapType.DAY_IN_THE_LIFE:
        times = [stage.time_of_day or "" for stage in journey.stages]
        assert all(times) and times == sorted(set(times))
    if journey.framework == "value-journey":
        assert len(journey.stages) == 8
        for stage in journey.stages:
            assert stage.campaign is not None
            assert all(stage.campaign.model_dump().values()), stage.title
    if journey.framework == "lifecycle-marketing":
        assert [(first, last) for _, first, last in journey.phase_spans()] == [
            (0, 2), (3, 5), (6, 8)]


def test_every_map_type_and_key_framework_is_represented() -> None:
    """Together the samples cover every map type, the value journey and lifecycle marketing."""
    journeys = [load(path) for path in SAMPLE_PATHS]
    assert {journey.map_type for journey in journeys} == set(MapType)
    frameworks = {journey.framework for journey in journeys}
    assert {"value-journey", "lifecycle-marketing"} <= frameworks


def test_at_least_half_are_vietnamese_with_full_diacritics() -> None:
    """At least half the samples are Vietnamese, written in NFC with diacritics throughout."""
    vietnamese = [load(path) for path in SAMPLE_PATHS if load(path).language is Language.VI]
    assert len(vietnamese) * 2 >= len(SAMPLE_PATHS)
    for journey in vietnamese:
        texts = [journey.title, *(note.text for note in journey.notes)]
        assert all(unicodedata.is_normalized("NFC", text) for text in texts)
        accented = sum(bool(VIETNAMESE_MARKS & set(text.casefold())) for text in texts)
        assert accented >= 0.9 * len(texts)


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=sample_id)
def test_file_name_says_map_type_and_language(path: Path) -> None:
    """A sample's file name starts with its framework or map type and ends with its language."""
    journey = load(path)
    assert path.stem.startswith(journey.framework or journey.map_type.value)
    assert path.stem.endswith(f"-{journey.language.value}")


def test_lane_kinds_are_template_kinds() -> None:
    """Sample lanes keep the kinds their templates gave them (emotion curves are drawn)."""
    for path in SAMPLE_PATHS:
        journey = load(path)
        if journey.framework != "value-journey":
            assert any(lane.kind is LaneKind.EMOTIONS for lane in journey.lanes) or (
                journey.map_type is MapType.SERVICE_BLUEPRINT)
