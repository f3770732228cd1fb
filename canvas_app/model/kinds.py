"""The closed vocabularies of a map: map types, lane kinds, note kinds, evidence, blueprint lines.

Values are kebab-case strings: they appear verbatim in `.journey` files and on the command line.
"""

from __future__ import annotations

from enum import Enum


class MapType(str, Enum):
    CURRENT_STATE = "current-state"
    DAY_IN_THE_LIFE = "day-in-the-life"
    FUTURE_STATE = "future-state"
    SERVICE_BLUEPRINT = "service-blueprint"


class LaneKind(str, Enum):
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    PAIN_POINTS = "pain-points"
    OPPORTUNITIES = "opportunities"
    GOALS = "goals"
    KPIS = "kpis"
    PHYSICAL_EVIDENCE = "physical-evidence"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT_PROCESSES = "support-processes"
    NOTES = "notes"


class NoteKind(str, Enum):
    """What a sticky note says; decides its default colour. Mostly mirrors the lane kinds."""

    NOTE = "note"
    ACTION = "action"
    THOUGHT = "thought"
    EMOTION = "emotion"
    TOUCHPOINT = "touchpoint"
    CHANNEL = "channel"
    PAIN_POINT = "pain-point"
    OPPORTUNITY = "opportunity"
    IDEA = "idea"
    GOAL = "goal"
    KPI = "kpi"
    EVIDENCE = "evidence"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"
    QUESTION = "question"


class Evidence(str, Enum):
    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class LineKind(str, Enum):
    """The service-blueprint lines drawn between lanes."""

    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL_INTERACTION = "internal-interaction"


class Language(str, Enum):
    EN = "en"
    VI = "vi"


# The note kind a note gets by default when created in a lane of this kind.
DEFAULT_NOTE_KIND: dict[LaneKind, NoteKind] = {
    LaneKind.ACTIONS: NoteKind.ACTION,
    LaneKind.THOUGHTS: NoteKind.THOUGHT,
    LaneKind.EMOTIONS: NoteKind.EMOTION,
    LaneKind.TOUCHPOINTS: NoteKind.TOUCHPOINT,
    LaneKind.CHANNELS: NoteKind.CHANNEL,
    LaneKind.PAIN_POINTS: NoteKind.PAIN_POINT,
    LaneKind.OPPORTUNITIES: NoteKind.OPPORTUNITY,
    LaneKind.GOALS: NoteKind.GOAL,
    LaneKind.KPIS: NoteKind.KPI,
    LaneKind.PHYSICAL_EVIDENCE: NoteKind.EVIDENCE,
    LaneKind.FRONTSTAGE: NoteKind.FRONTSTAGE,
    LaneKind.BACKSTAGE: NoteKind.BACKSTAGE,
    LaneKind.SUPPORT_PROCESSES: NoteKind.SUPPORT,
    LaneKind.NOTES: NoteKind.NOTE,
}

# Sticky-note colours by kind: pale enough for dark text on a projector, distinct in print.
KIND_COLORS: dict[NoteKind, str] = {
    NoteKind.NOTE: "#FFF59D",
    NoteKind.ACTION: "#BBDEFB",
    NoteKind.THOUGHT: "#E1BEE7",
    NoteKind.EMOTION: "#FFE0B2",
    NoteKind.TOUCHPOINT: "#B2EBF2",
    NoteKind.CHANNEL: "#B2DFDB",
    NoteKind.PAIN_POINT: "#FFCDD2",
    NoteKind.OPPORTUNITY: "#C8E6C9",
    NoteKind.IDEA: "#DCEDC8",
    NoteKind.GOAL: "#FFF9C4",
    NoteKind.KPI: "#D7CCC8",
    NoteKind.EVIDENCE: "#CFD8DC",
    NoteKind.FRONTSTAGE: "#C5CAE9",
    NoteKind.BACKSTAGE: "#D1C4E9",
    NoteKind.SUPPORT: "#F0F4C3",
    NoteKind.QUESTION: "#FFECB3",
}

# Human labels (English; the UI translates them, the templates carry Vietnamese for maps).
KIND_LABELS: dict[NoteKind, dict[str, str]] = {
    NoteKind.NOTE: {"en": "Note", "vi": "Ghi chú"},
    NoteKind.ACTION: {"en": "Action", "vi": "Hành động"},
    NoteKind.THOUGHT: {"en": "Thought", "vi": "Suy nghĩ"},
    NoteKind.EMOTION: {"en": "Emotion", "vi": "Cảm xúc"},
    NoteKind.TOUCHPOINT: {"en": "Touchpoint", "vi": "Điểm chạm"},
    NoteKind.CHANNEL: {"en": "Channel", "vi": "Kênh"},
    NoteKind.PAIN_POINT: {"en": "Pain point", "vi": "Điểm đau"},
    NoteKind.OPPORTUNITY: {"en": "Opportunity", "vi": "Cơ hội"},
    NoteKind.IDEA: {"en": "Idea", "vi": "Ý tưởng"},
    NoteKind.GOAL: {"en": "Goal", "vi": "Mục tiêu"},
    NoteKind.KPI: {"en": "KPI", "vi": "KPI"},
    NoteKind.EVIDENCE: {"en": "Evidence", "vi": "Bằng chứng"},
    NoteKind.FRONTSTAGE: {"en": "Frontstage", "vi": "Tiền sảnh"},
    NoteKind.BACKSTAGE: {"en": "Backstage", "vi": "Hậu trường"},
    NoteKind.SUPPORT: {"en": "Support", "vi": "Hỗ trợ"},
    NoteKind.QUESTION: {"en": "Question", "vi": "Câu hỏi"},
}

LINE_LABELS: dict[LineKind, dict[str, str]] = {
    LineKind.INTERACTION: {"en": "Line of interaction", "vi": "Đường tương tác"},
    LineKind.VISIBILITY: {"en": "Line of visibility", "vi": "Đường hiển thị"},
    LineKind.INTERNAL_INTERACTION: {
        "en": "Line of internal interaction",
        "vi": "Đường tương tác nội bộ",
    },
}

EVIDENCE_LABELS: dict[Evidence, dict[str, str]] = {
    Evidence.OBSERVED: {"en": "observed", "vi": "đã quan sát"},
    Evidence.ASSUMED: {"en": "assumed", "vi": "giả định"},
    Evidence.PROPOSED: {"en": "proposed", "vi": "đề xuất"},
}
