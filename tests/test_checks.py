"""Completeness checks and the method's steps: each check appears and clears through real edits
(the Editor's commands on a Document), dismissals are undoable and saved, the incremental cache
matches a full pass, and the sample maps' states are what their content says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from canvas_app.document import Document, Editor
from canvas_app.fileio.codec import load_path
from canvas_app.model import CampaignCard, JourneyMap, Lane, LaneKind, NoteKind, Stage
from canvas_app.model import checks
from canvas_app.model.checks import FindingCache, compute_findings
from canvas_app.model.edits import EditError
from canvas_app.model.kinds import Evidence
from canvas_app.model.method_steps import STEPS, step_states
from canvas_app.model.templates import build_map

SAMPLES = Path(__file__).resolve().parent.parent / "sample_canvases"
TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"


def bare_map() -> JourneyMap:
    """Three stages; lanes for actions, emotions, touchpoints, pain points and opportunities."""
    return JourneyMap(
        title="Checks",
        stages=tuple(Stage(id=f"s{i}", title=title) for i, title in
                     enumerate(("Discover", "Buy", "Use"), start=1)),
        lanes=(
            Lane(id="l-act", title="Actions", kind=LaneKind.ACTIONS),
            Lane(id="l-emo", title="Emotions", kind=LaneKind.EMOTIONS),
            Lane(id="l-tp", title="Touchpoints", kind=LaneKind.TOUCHPOINTS),
            Lane(id="l-pain", title="Pain points", kind=LaneKind.PAIN_POINTS),
            Lane(id="l-opp", title="Opportunities", kind=LaneKind.OPPORTUNITIES),
            Lane(id="l-back", title="Backstage", kind=LaneKind.BACKSTAGE),
        ),
    )


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(bare_map())


@pytest.fixture
def editor(document: Document) -> Editor:
    return Editor(document)


def keys(journey: JourneyMap) -> set[tuple[str, str]]:
    return {finding.key for finding in compute_findings(journey)}


def test_stage_without_touchpoint_clears_and_returns(editor: Editor, document: Document) -> None:
    check = checks.STAGE_WITHOUT_TOUCHPOINT
    assert {(check, s) for s in ("s1", "s2", "s3")} <= keys(document.journey)
    note = editor.add_note("s2", "l-tp", 0, text="Shop counter")
    assert (check, "s2") not in keys(document.journey)
    assert (check, "s1") in keys(document.journey)
    editor.delete_notes([note])
    assert (check, "s2") in keys(document.journey)
    document.undo_stack.undo()  # the note comes back, the finding goes again
    assert (check, "s2") not in keys(document.journey)
    # A note of kind Touchpoint counts in any lane; so does a note of a Channels lane.
    editor.add_note("s1", "l-act", 0, kind=NoteKind.TOUCHPOINT, text="Website")
    assert (check, "s1") not in keys(document.journey)
    lane = editor.add_lane(0, "Channels", LaneKind.CHANNELS)
    editor.add_note("s3", lane, 0, text="Zalo")
    assert not any(f.check == check for f in compute_findings(document.journey))


def test_pain_point_without_opportunity(editor: Editor, document: Document) -> None:
    check = checks.PAIN_WITHOUT_OPPORTUNITY
    pain = editor.add_note("s1", "l-pain", 0, text="Queue is long")
    finding = next(f for f in compute_findings(document.journey) if f.check == check)
    assert (finding.target, finding.stage, finding.on_stage) == (pain, "s1", False)
    assert finding.params == ("Discover", "Queue is long")
    # An opportunity in another stage does not help; one in the same stage does.
    editor.add_note("s2", "l-opp", 0, text="Online booking")
    assert (check, pain) in keys(document.journey)
    idea = editor.add_note("s1", "l-opp", 0, text="Take a number")
    assert (check, pain) not in keys(document.journey)
    editor.delete_notes([idea])
    assert (check, pain) in keys(document.journey)
    # A note of kind Pain point outside the lane is a pain point too.
    other = editor.add_note("s3", "l-act", 0, kind=NoteKind.PAIN_POINT, text="Broken")
    assert (check, other) in keys(document.journey)


def test_note_without_persona_only_on_multi_persona_maps(editor: Editor,
                                                         document: Document) -> None:
    check = checks.NOTE_WITHOUT_PERSONA
    note = editor.add_note("s1", "l-act", 0, text="Browse")
    backstage = editor.add_note("s1", "l-back", 0, text="Stock check")
    first = editor.add_persona("Lan")
    assert (check, note) not in keys(document.journey)  # one persona: nothing to tell apart
    editor.add_persona("Minh")
    assert (check, note) in keys(document.journey)
    assert (check, backstage) not in keys(document.journey)  # the organisation's side
    editor.set_note_fields([note], persona=first)
    assert (check, note) not in keys(document.journey)
    editor.delete_persona(first)  # the note loses its persona, and one persona is left
    assert (check, note) not in keys(document.journey)
    document.undo_stack.undo()
    assert (check, note) not in keys(document.journey)
    editor.set_note_fields([note], persona=None)
    assert (check, note) in keys(document.journey)


def test_emotion_checks(editor: Editor, document: Document) -> None:
    assert {(checks.STAGE_WITHOUT_EMOTION, s) for s in ("s1", "s2", "s3")} <= keys(
        document.journey)
    feeling = editor.add_note("s1", "l-emo", 0, text="Curious")
    found = keys(document.journey)
    assert (checks.STAGE_WITHOUT_EMOTION, "s1") not in found
    assert (checks.EMOTION_WITHOUT_SCORE, feeling) in found
    editor.set_note_fields([feeling], emotion=2)
    assert (checks.EMOTION_WITHOUT_SCORE, feeling) not in keys(document.journey)
    # Without an emotions lane, no emotion check at all.
    editor.delete_lane("l-emo")
    assert not any(f.check in (checks.STAGE_WITHOUT_EMOTION, checks.EMOTION_WITHOUT_SCORE)
                   for f in compute_findings(document.journey))


def test_campaign_goal_only_on_value_journey_maps(editor: Editor, document: Document) -> None:
    check = checks.STAGE_WITHOUT_GOAL
    assert not any(f.check == check for f in compute_findings(document.journey))
    editor.set_map_properties(framework="value-journey")
    assert {(check, s) for s in ("s1", "s2", "s3")} <= keys(document.journey)
    editor.set_campaign_card("s2", CampaignCard(goal="Get a first order"))
    assert (check, "s2") not in keys(document.journey)
    editor.set_campaign_card("s2", CampaignCard(goal="  ", channel="Email"))
    assert (check, "s2") in keys(document.journey)


def test_campaign_frameworks_match_the_templates() -> None:
    with_cards = set()
    for path in TEMPLATES.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("campaign_cards"):
            with_cards.add(data["id"])
    assert with_cards == set(checks.CAMPAIGN_FRAMEWORKS)


def test_assumed_evidence(editor: Editor, document: Document) -> None:
    check = checks.ASSUMED_EVIDENCE
    note = editor.add_note("s1", "l-act", 0, text="They compare prices")
    assert (check, note) not in keys(document.journey)
    editor.set_note_fields([note], evidence=Evidence.ASSUMED)
    assert (check, note) in keys(document.journey)
    editor.set_note_fields([note], evidence=Evidence.OBSERVED)
    assert (check, note) not in keys(document.journey)


def test_dismissal_is_undoable_and_saved(editor: Editor, document: Document,
                                         tmp_path: Path) -> None:
    key = (checks.STAGE_WITHOUT_TOUCHPOINT, "s1")
    editor.dismiss_check(*key)
    assert key not in keys(document.journey)
    assert key in {f.key for f in compute_findings(document.journey, include_dismissed=True)}
    assert document.undo_stack.undoText() == "Dismiss check “no touchpoint”"
    editor.dismiss_check(*key)  # again: nothing to do, no step
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert key in keys(document.journey)
    document.undo_stack.redo()
    assert key not in keys(document.journey)
    path = tmp_path / "dismissed.journey"
    document.save_as(path)
    reopened = load_path(path)
    assert [(d.check, d.target) for d in reopened.dismissals] == [key]
    assert key not in keys(reopened)
    editor.restore_check(*key)
    assert document.undo_stack.undoText() == "Restore check “no touchpoint”"
    assert key in keys(document.journey)
    with pytest.raises(EditError):
        editor.restore_check(*key)
    with pytest.raises(EditError):
        editor.dismiss_check("Not A Check", "s1")


def test_dismissal_of_a_deleted_record_matches_nothing(editor: Editor,
                                                       document: Document) -> None:
    note = editor.add_note("s1", "l-act", 0, text="x", evidence=Evidence.ASSUMED)
    editor.dismiss_check(checks.ASSUMED_EVIDENCE, note)
    editor.delete_notes([note])
    assert document.journey.dismissals  # kept, dangling
    assert not any(f.target == note for f in compute_findings(document.journey,
                                                              include_dismissed=True))


def test_incremental_cache_matches_the_full_pass(editor: Editor, document: Document) -> None:
    cache = FindingCache()
    cache.update(document.journey)
    editor.add_persona("A")
    editor.add_persona("B")
    cache.update(document.journey)  # personas changed: a full update
    pain = editor.add_note("s2", "l-pain", 0, text="Slow")
    cache.update(document.journey, ["s2"])
    assert cache.findings == compute_findings(document.journey)
    editor.move_notes([pain], "s3", "l-pain")
    cache.update(document.journey, ["s2", "s3"])
    assert cache.findings == compute_findings(document.journey)
    editor.dismiss_check(checks.PAIN_WITHOUT_OPPORTUNITY, pain)
    cache.refilter(document.journey)
    assert cache.findings == compute_findings(document.journey)
    assert [f.key for f in cache.dismissed] == [(checks.PAIN_WITHOUT_OPPORTUNITY, pain)]


def test_steps_on_a_template_map_and_after_edits(editor: Editor, document: Document) -> None:
    journey = build_map("current-state", language="en")
    states = {s.step: s.done for s in step_states(journey, compute_findings(journey))}
    assert list(states) == list(STEPS)
    assert not states["personas"] or journey.personas
    assert not states["revise"]
    # The bare map: three titled stages, nothing else.
    def done() -> dict[str, bool]:
        j = document.journey
        return {s.step: s.done for s in step_states(j, compute_findings(j))}
    assert done() == {"goals": False, "personas": False, "motivations": False,
                      "pain-points": False, "stages": True, "touchpoints": False,
                      "tools": False, "revise": False}
    editor.rename_stage("s3", "")
    assert not done()["stages"]
    editor.rename_stage("s3", "Use")
    editor.set_map_properties(description="Win first-time buyers")
    assert done()["goals"]
    person = editor.add_persona("Lan")
    assert done()["personas"] and not done()["motivations"]
    editor.set_persona_fields(person, goals_motivations="A camera that survives the sea")
    assert done()["motivations"]
    editor.add_note("s1", "l-pain", 0, text="Too many models")
    assert done()["pain-points"]
    for stage in ("s1", "s2", "s3"):
        editor.add_note(stage, "l-tp", 0, text="Store")
    assert done()["touchpoints"]
    lane = editor.add_lane(None, "KPIs", LaneKind.KPIS)
    assert not done()["tools"]
    editor.add_note("s1", lane, 0, text="Visits")
    editor.set_stage_fields("s2", campaign=CampaignCard(channel="Facebook"))
    assert done()["tools"]
    # Revise: every open finding dealt with (here: opportunities, emotions).
    journey = document.journey
    for finding in compute_findings(journey):
        editor.dismiss_check(finding.check, finding.target)
    assert all(done().values())


def test_sample_maps_steps_and_findings() -> None:
    for path in sorted(SAMPLES.glob("*.journey")):
        journey = load_path(path)
        findings = compute_findings(journey)
        states = {s.step: s.done for s in step_states(journey, findings)}
        # Every sample has personas, titled stages and some assumptions still to observe.
        assert states["personas"] and states["stages"] and states["goals"], path.name
        assert not states["revise"], path.name
        assert any(f.check == checks.ASSUMED_EVIDENCE for f in findings), path.name
        assumed = {n.id for n in journey.notes if n.evidence is Evidence.ASSUMED}
        assert {f.target for f in findings if f.check == checks.ASSUMED_EVIDENCE} == assumed
        touchless = [f.target for f in findings if f.check == checks.STAGE_WITHOUT_TOUCHPOINT]
        assert states["touchpoints"] == (not touchless), path.name
    grocery = load_path(SAMPLES / "future-state-online-grocery-en.journey")
    assert {f.target for f in compute_findings(grocery)
            if f.check == checks.STAGE_WITHOUT_TOUCHPOINT} == {s.id for s in grocery.stages}


def test_messages_quote_stage_and_note_on_one_short_line() -> None:
    journey = bare_map()
    finding = next(f for f in compute_findings(journey) if f.on_stage)
    assert finding.params[0] == "Discover"
    assert "%1" in finding.message and finding.message == checks.MESSAGES[finding.check]
    long_text = "word\n" * 30
    assert checks.quoted(long_text).endswith("…") and len(checks.quoted(long_text)) == 40
    assert "\n" not in checks.quoted(long_text)
