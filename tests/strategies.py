"""Hypothesis strategies for valid records and whole JourneyMaps, plus one fixed sample map.

Shared by the model, codec and round-trip tests (and anyone else's): every strategy yields only
valid values, small enough that a hundred maps take a second or two. Text mixes Vietnamese,
arbitrary Unicode (lone surrogates, controls, CRLF, decomposed accents) so cleaning is exercised.
"""

from __future__ import annotations

import base64
import functools
from typing import Optional, Sequence

from hypothesis import strategies as st

from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Evidence, Language, LaneKind, LineKind, MapType, NoteKind
from canvas_app.model.records import (
    BlueprintLine,
    CampaignCard,
    Connector,
    Lane,
    Note,
    Persona,
    Phase,
    Photo,
    Stage,
)
from canvas_app.model.text import clean_line, clean_text

ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-"

_VIETNAMESE = (
    "Trà sữa", "khách hàng", "Đánh giá", "thanh toán", "ưu đãi", "Nguyễn Thị Hương", "phở bò",
    "đặt hàng", "giao nhận", "chăm sóc", "trải nghiệm", "Điểm đau", "Cơ hội", "Hành động",
    "ứng dụng", "cửa hàng", "nhân viên", "phàn nàn", "hài lòng", "Mục tiêu",
)
# Fragments that cleaning must handle: decomposed accents, CRLF, tabs, controls, lone surrogates.
_TRICKY = (
    "Tra\u0300 su\u031b\u0303a", "\r\n", "\r", "\n", "\t", "\x00", "\x1b[31m", "\x7f", "\x85",
    "\ud800", "\udfff", "\u200b", "\u2028", "\ufeff", " ", "  ", "<b>bold</b>", "&amp;", "😀",
    "ﬁ", "\u0344", "\ufb2c",
)


# Strategies are built once and reused: constructing a strategy per draw is what makes
# Hypothesis slow. Sequences passed in must therefore be tuples (hashable).
_cached = functools.lru_cache(maxsize=None)
_PLACEHOLDER = ("placeholder",)
_PLACEHOLDER_PAIR = ("placeholder-a", "placeholder-b")


@_cached
def record_ids() -> st.SearchStrategy[str]:
    """Ids matching `ids.ID_PATTERN` (short, so collisions are easy to provoke when wanted)."""
    return st.text(ID_ALPHABET, min_size=1, max_size=12)


@_cached
def raw_texts(max_fragments: int = 8) -> st.SearchStrategy[str]:
    """Uncleaned text: Vietnamese words, tricky fragments and arbitrary code points, joined."""
    fragment = st.one_of(
        st.sampled_from(_VIETNAMESE),
        st.sampled_from(_TRICKY),
        st.text(st.characters(), max_size=6),
    )
    return st.lists(fragment, max_size=max_fragments).map("".join)


@_cached
def texts(max_length: int = limits.MAX_TEXT) -> st.SearchStrategy[str]:
    """Multi-line text that fits `max_length` once cleaned (what Text fields accept)."""
    return raw_texts().filter(lambda value: len(clean_text(value)) <= max_length)


@_cached
def brief_texts() -> st.SearchStrategy[str]:
    """Short or empty multi-line text, for the many secondary fields (cheaper to generate)."""
    return st.just("") | raw_texts(max_fragments=2).map(clean_text)


@_cached
def lines(max_length: int = limits.MAX_TITLE) -> st.SearchStrategy[str]:
    """Single-line text (titles, labels) that fits `max_length` once cleaned."""
    return raw_texts(max_fragments=6).filter(lambda value: len(clean_line(value)) <= max_length)


@_cached
def tags() -> st.SearchStrategy[str]:
    """A tag: non-empty and within MAX_TAG once cleaned."""
    return raw_texts(max_fragments=3).filter(
        lambda value: 0 < len(clean_line(value)) <= limits.MAX_TAG
    )


@_cached
def colors() -> st.SearchStrategy[str]:
    """"#RRGGBB" colours, in upper or lower case."""
    return st.builds(
        lambda rgb, lower: f"#{rgb:06x}" if lower else f"#{rgb:06X}",
        st.integers(0, 0xFFFFFF),
        st.booleans(),
    )


@_cached
def times_of_day() -> st.SearchStrategy[str]:
    return st.builds(
        lambda hour, minute: f"{hour:02d}:{minute:02d}",
        st.integers(0, 23),
        st.integers(0, 59),
    )


_FRAMEWORKS = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=40)


@_cached
def photos() -> st.SearchStrategy[Photo]:
    return st.builds(
        Photo,
        media_type=st.sampled_from(("image/png", "image/jpeg")),
        data=st.binary(max_size=48).map(lambda raw: base64.b64encode(raw).decode("ascii")),
    )


@_cached
def campaign_cards() -> st.SearchStrategy[CampaignCard]:
    return st.builds(
        CampaignCard,
        goal=brief_texts(),
        audience=brief_texts(),
        content=brief_texts(),
        channel=brief_texts(),
        call_to_action=brief_texts(),
    )


@_cached
def personas() -> st.SearchStrategy[Persona]:
    return st.builds(
        Persona,
        id=record_ids(),
        name=lines(),
        photo=st.none() | photos(),
        quote=brief_texts(),
        demographics=brief_texts(),
        bio=brief_texts(),
        lifestyle=brief_texts(),
        personality=brief_texts(),
        shopping_preferences=brief_texts(),
        information_sources=brief_texts(),
        goals_motivations=brief_texts(),
        pain_points=brief_texts(),
    )


@_cached
def phases() -> st.SearchStrategy[Phase]:
    return st.builds(Phase, id=record_ids(), title=lines())


@_cached
def stages(phase_ids: tuple[str, ...] = ()) -> st.SearchStrategy[Stage]:
    """Stages in one of `phase_ids` or in none (a single stage cannot break consecutiveness)."""
    return st.builds(
        Stage,
        id=record_ids(),
        title=lines(),
        phase=(st.none() | st.sampled_from(phase_ids)) if phase_ids else st.none(),
        time_of_day=st.none() | times_of_day(),
        description=texts(),
        campaign=st.none() | campaign_cards(),
        width=st.none() | st.floats(80, 2000),
    )


@_cached
def lanes() -> st.SearchStrategy[Lane]:
    return st.builds(
        Lane,
        id=record_ids(),
        title=lines(),
        kind=st.sampled_from(LaneKind),
        height=st.none() | st.floats(40, 4000),
    )


@_cached
def blueprint_lines(lane_ids: tuple[str, ...]) -> st.SearchStrategy[BlueprintLine]:
    return st.builds(
        BlueprintLine,
        id=record_ids(),
        kind=st.sampled_from(LineKind),
        after_lane=st.sampled_from(lane_ids),
        label=lines(limits.MAX_LABEL),
    )


@_cached
def notes(
    stage_ids: tuple[str, ...],
    lane_ids: tuple[str, ...],
    persona_ids: tuple[str, ...] = (),
) -> st.SearchStrategy[Note]:
    """Notes placed in cells of the given stages and lanes, every optional field exercised."""
    return st.builds(
        Note,
        id=record_ids(),
        stage=st.sampled_from(stage_ids),
        lane=st.sampled_from(lane_ids),
        order=st.integers(0, 50),
        kind=st.sampled_from(NoteKind),
        text=texts(),
        color=st.none() | colors(),
        emotion=st.none() | st.integers(limits.EMOTION_MIN, limits.EMOTION_MAX),
        votes=st.integers(0, limits.MAX_VOTES),
        tags=st.lists(tags(), max_size=3).map(tuple),
        persona=(st.none() | st.sampled_from(persona_ids)) if persona_ids else st.none(),
        evidence=st.none() | st.sampled_from(Evidence),
    )


@_cached
def connectors(note_ids: tuple[str, ...]) -> st.SearchStrategy[Connector]:
    """Connectors between two different notes of `note_ids` (needs at least two)."""
    ends = st.lists(st.sampled_from(note_ids), min_size=2, max_size=2, unique=True)
    return st.builds(
        lambda record_id, pair, label: Connector(
            id=record_id, source=pair[0], target=pair[1], label=label
        ),
        record_ids(),
        ends,
        lines(limits.MAX_LABEL),
    )


@st.composite
def _phase_assignment(
    draw: st.DrawFn, stage_count: int, phase_ids: Sequence[str]
) -> list[Optional[str]]:
    """The phase of each stage: each phase used at most once as one run, runs of None between."""
    used = draw(st.permutations(phase_ids))[: draw(st.integers(0, len(phase_ids)))]
    runs: list[Optional[str]] = []
    for phase_id in used:
        if draw(st.booleans()):
            runs.append(None)
        runs.append(phase_id)
    runs.append(None)
    assignment: list[Optional[str]] = []
    for run in runs:
        remaining = stage_count - len(assignment)
        if remaining <= 0:
            break
        assignment.extend([run] * draw(st.integers(1 if run else 0, min(2, remaining))))
    assignment = assignment[:stage_count]
    return assignment + [None] * (stage_count - len(assignment))


@st.composite
def journey_maps(
    draw: st.DrawFn,
    max_personas: int = 2,
    max_phases: int = 3,
    max_stages: int = 5,
    max_lanes: int = 4,
    max_lines: int = 2,
    max_notes: int = 12,
    max_connectors: int = 4,
) -> JourneyMap:
    """A valid map: unique ids across records, resolvable references, consecutive phases."""
    # sampled_from spreads counts evenly (integers() favours the bounds, giving many empty maps).
    def count(maximum: int) -> int:
        return draw(st.sampled_from(range(maximum + 1)))

    persona_count = count(max_personas)
    phase_count = count(max_phases)
    stage_count = count(max_stages)
    lane_count = count(max_lanes)
    line_count = count(max_lines) if lane_count else 0
    note_count = count(max_notes) if stage_count and lane_count else 0
    connector_count = count(max_connectors) if note_count >= 2 else 0
    total = (
        persona_count + phase_count + stage_count + lane_count + line_count + note_count
        + connector_count
    )
    pool = iter(draw(st.lists(record_ids(), min_size=total, max_size=total, unique=True)))

    def pick(choices: Sequence[str]) -> str:
        return choices[draw(st.integers(0, len(choices) - 1))]

    # Records are drawn from fixed strategies (building strategies per draw is what makes
    # Hypothesis slow) and then given their id and references with model_copy.
    persona_list = [draw(personas()).model_copy(update={"id": next(pool)})
                    for _ in range(persona_count)]
    phase_list = [draw(phases()).model_copy(update={"id": next(pool)})
                  for _ in range(phase_count)]
    assignment = draw(_phase_assignment(stage_count, [phase.id for phase in phase_list]))
    stage_list = [
        draw(stages()).model_copy(update={"id": next(pool), "phase": phase})
        for phase in assignment
    ]
    lane_list = [draw(lanes()).model_copy(update={"id": next(pool)}) for _ in range(lane_count)]
    stage_ids = [stage.id for stage in stage_list]
    lane_ids = [lane.id for lane in lane_list]
    persona_ids = [persona.id for persona in persona_list]
    line_list = [
        draw(blueprint_lines(_PLACEHOLDER)).model_copy(
            update={"id": next(pool), "after_lane": pick(lane_ids)}
        )
        for _ in range(line_count)
    ]
    note_list: list[Note] = []
    for _ in range(note_count):
        note = draw(notes(_PLACEHOLDER, _PLACEHOLDER, _PLACEHOLDER))
        persona = pick(persona_ids) if persona_ids and note.persona is not None else None
        note_list.append(
            note.model_copy(
                update={
                    "id": next(pool),
                    "stage": pick(stage_ids),
                    "lane": pick(lane_ids),
                    "persona": persona,
                }
            )
        )
    note_ids = [note.id for note in note_list]
    connector_list: list[Connector] = []
    for _ in range(connector_count):
        source = draw(st.integers(0, len(note_ids) - 1))
        # Any other note: an offset in 1..n-1 can never land back on the source.
        target = (source + draw(st.integers(1, len(note_ids) - 1))) % len(note_ids)
        connector_list.append(
            draw(connectors(_PLACEHOLDER_PAIR)).model_copy(
                update={
                    "id": next(pool),
                    "source": note_ids[source],
                    "target": note_ids[target],
                }
            )
        )
    return JourneyMap(
        title=draw(lines()),
        description=draw(texts()),
        map_type=draw(st.sampled_from(MapType)),
        framework=draw(st.none() | _FRAMEWORKS),
        language=draw(st.sampled_from(Language)),
        personas=tuple(persona_list),
        phases=tuple(phase_list),
        stages=tuple(stage_list),
        lanes=tuple(lane_list),
        lines=tuple(line_list),
        notes=tuple(note_list),
        connectors=tuple(connector_list),
    )


def small_map() -> JourneyMap:
    """A fixed, hand-made map touching every record type, with Vietnamese text."""
    return JourneyMap(
        title="Mua trà sữa qua ứng dụng",
        description="Hành trình của khách hàng đặt trà sữa.\nBản nháp đầu tiên.",
        map_type=MapType.CURRENT_STATE,
        framework="aida",
        language=Language.VI,
        personas=(
            Persona(
                id="p-huong",
                name="Nguyễn Thị Hương",
                quote="Tôi muốn đặt nhanh, giao đúng giờ.",
                demographics="28 tuổi, nhân viên văn phòng, Hà Nội",
                goals_motivations="Tiết kiệm thời gian buổi trưa",
                pain_points="Phí giao hàng khó đoán",
            ),
        ),
        phases=(Phase(id="ph-attract", title="Thu hút"), Phase(id="ph-buy", title="Mua")),
        stages=(
            Stage(id="s-aware", title="Biết đến", phase="ph-attract", time_of_day="11:30"),
            Stage(
                id="s-order",
                title="Đặt hàng",
                phase="ph-buy",
                description="Chọn món, thanh toán",
                campaign=CampaignCard(goal="Chốt đơn", channel="Ứng dụng"),
                width=260.0,
            ),
            Stage(id="s-wait", title="Chờ giao", phase="ph-buy"),
        ),
        lanes=(
            Lane(id="l-actions", title="Hành động", kind=LaneKind.ACTIONS),
            Lane(id="l-feel", title="Cảm xúc", kind=LaneKind.EMOTIONS, height=140.0),
            Lane(id="l-back", title="Hậu trường", kind=LaneKind.BACKSTAGE),
        ),
        lines=(
            BlueprintLine(
                id="ln-vis", kind=LineKind.VISIBILITY, after_lane="l-feel", label="Khách thấy"
            ),
        ),
        notes=(
            Note(id="n1", stage="s-aware", lane="l-actions", kind=NoteKind.ACTION,
                 text="Thấy quảng cáo trên mạng xã hội", persona="p-huong",
                 evidence=Evidence.OBSERVED),
            Note(id="n2", stage="s-order", lane="l-actions", kind=NoteKind.ACTION,
                 text="Chọn trà sữa trân châu", votes=3, tags=("ưu tiên",)),
            Note(id="n3", stage="s-order", lane="l-feel", kind=NoteKind.EMOTION,
                 text="Hơi lo về phí giao hàng", emotion=-1, color="#FFCDD2"),
            Note(id="n4", stage="s-wait", lane="l-back", order=1, kind=NoteKind.BACKSTAGE,
                 text="Quán nhận đơn, pha chế"),
            Note(id="n5", stage="s-wait", lane="l-back", order=0, kind=NoteKind.IDEA,
                 text="Báo thời gian chờ\nngay trên ứng dụng", evidence=Evidence.PROPOSED),
        ),
        connectors=(Connector(id="c1", source="n2", target="n3", label="gây ra"),),
    )
