"""Synthetic maps of a given size for the benchmarks: realistic text lengths, Vietnamese included."""

from __future__ import annotations

import random

from canvas_app.model import JourneyMap, Lane, LaneKind, Note, NoteKind, Stage
from canvas_app.model.kinds import DEFAULT_NOTE_KIND

_WORDS = (
    "khách hàng tìm hiểu sản phẩm trên mạng xã hội so sánh giá đánh giá đặt hàng giao nhận "
    "customer compares prices reads reviews orders delivery support warranty app store call "
    "thanh toán ưu đãi chăm sóc hài lòng phàn nàn trải nghiệm loyalty referral onboarding"
).split()

_LANE_KINDS = (
    LaneKind.ACTIONS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
)


def synthetic_map(note_count: int, seed: int = 7) -> JourneyMap:
    """A valid map with `note_count` notes spread over 8–40 stages and six lanes."""
    rng = random.Random(seed)
    stage_count = max(8, min(40, note_count // 120))
    stages = [Stage(id=f"s{i}", title=f"Giai đoạn {i + 1}") for i in range(stage_count)]
    lanes = [Lane(id=f"l{i}", title=kind.value.title(), kind=kind) for i, kind in
             enumerate(_LANE_KINDS)]
    notes = []
    per_cell: dict[tuple[int, int], int] = {}
    for i in range(note_count):
        stage_index = rng.randrange(stage_count)
        lane_index = rng.randrange(len(lanes))
        order = per_cell.get((stage_index, lane_index), 0)
        per_cell[(stage_index, lane_index)] = order + 1
        lane = lanes[lane_index]
        kind = DEFAULT_NOTE_KIND[lane.kind] if rng.random() < 0.9 else NoteKind.IDEA
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 22)))
        notes.append(
            Note(
                id=f"n{i}",
                stage=stages[stage_index].id,
                lane=lane.id,
                order=order,
                kind=kind,
                text=text,
                emotion=rng.randint(-2, 2) if lane.kind is LaneKind.EMOTIONS else None,
                votes=rng.randint(0, 5),
                tags=("ưu tiên",) if rng.random() < 0.2 else (),
            )
        )
    return JourneyMap(
        title=f"Benchmark map — {note_count} notes",
        stages=tuple(stages),
        lanes=tuple(lanes),
        notes=tuple(notes),
    )
