"""The report's own words in English and Vietnamese: section names, page numbers, legend labels.

The Vietnamese words follow the interface's glossary (docs/i18n.md): a stage is a "giai đoạn",
a phase a "chặng", lane and note kinds carry the names the UI gives them. A client reading the
PDF and a facilitator pointing at the screen must be talking about the same thing;
tests/test_glossary.py holds the two together.
"""

from __future__ import annotations

from canvas_app.model.kinds import LaneKind

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "cover": "Cover",
        "page": "Page {page} of {pages}",
        "map": "Journey map",
        "phase": "Phase {index} of {count}",
        "stage": "Stage {first} of {count}",
        "stages": "Stages {first}\u2013{last} of {count}",
        "part": "part {part} of {parts}",
        "continued": "continued",
        "overview": "The journey at a glance",
        "emotions": "Emotion curve",
        "emotions_hint": "Mean score of each stage's emotion notes, from +2 (delighted) to "
                         "\u22122 (frustrated); stages without a score are skipped.",
        "legend": "Legend",
        "note_kinds": "Note kinds",
        "custom_colors": "Other colours chosen by the team",
        "lanes": "Lanes",
        "lines": "Service blueprint lines",
        "marks": "Other marks",
        "curve_mark": "Emotion curve of an emotions lane",
        "connector_mark": "Connector: one step leads to another",
        "footer_mark": "Below a note: votes, #tags and evidence",
        "personas": "Personas",
        "persona": "Persona {index} of {count}",
        "quote": "Quote",
        "notes_count": "{count} notes on the map are about this persona",
    },
    "vi": {
        "cover": "Trang bìa",
        "page": "Trang {page}/{pages}",
        "map": "Bản đồ hành trình",
        "phase": "Chặng {index}/{count}",
        "stage": "Giai đoạn {first}/{count}",
        "stages": "Giai đoạn {first}\u2013{last}/{count}",
        "part": "phần {part}/{parts}",
        "continued": "tiếp theo",
        "overview": "Tổng quan hành trình",
        "emotions": "Đường cảm xúc",
        "emotions_hint": "Điểm trung bình của các ghi chú cảm xúc trong mỗi giai đoạn, từ +2 (rất "
                         "hài lòng) đến \u22122 (rất khó chịu); giai đoạn chưa có điểm được bỏ "
                         "qua.",
        "legend": "Chú giải",
        "note_kinds": "Loại ghi chú",
        "custom_colors": "Màu khác do nhóm chọn",
        "lanes": "Các làn",
        "lines": "Các đường của bản thiết kế dịch vụ",
        "marks": "Ký hiệu khác",
        "curve_mark": "Đường cảm xúc của làn cảm xúc",
        "connector_mark": "Mũi tên nối: việc này dẫn tới việc kia",
        "footer_mark": "Dưới ghi chú: số phiếu bầu, #thẻ và bằng chứng",
        "personas": "Chân dung khách hàng",
        "persona": "Chân dung {index}/{count}",
        "quote": "Câu nói",
        "notes_count": "{count} ghi chú trên bản đồ nói về chân dung này",
    },
}

# Persona card sections in reading order, after the quote: (field, English, Vietnamese).
PERSONA_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("demographics", "Demographics", "Nhân khẩu học"),
    ("goals_motivations", "Goals and motivations", "Mục tiêu và động lực"),
    ("pain_points", "Pain points", "Điểm đau"),
    ("bio", "Background", "Tiểu sử"),
    ("lifestyle", "Lifestyle", "Lối sống"),
    ("personality", "Personality", "Tính cách"),
    ("shopping_preferences", "Shopping preferences", "Thói quen mua sắm"),
    ("information_sources", "Information sources", "Nguồn thông tin"),
)

_LANE_KINDS: dict[LaneKind, tuple[str, str]] = {
    LaneKind.ACTIONS: ("Actions", "Hành động"),
    LaneKind.THOUGHTS: ("Thoughts", "Suy nghĩ"),
    LaneKind.EMOTIONS: ("Emotions", "Cảm xúc"),
    LaneKind.TOUCHPOINTS: ("Touchpoints", "Điểm chạm"),
    LaneKind.CHANNELS: ("Channels", "Kênh"),
    LaneKind.PAIN_POINTS: ("Pain points", "Điểm đau"),
    LaneKind.OPPORTUNITIES: ("Opportunities", "Cơ hội"),
    LaneKind.GOALS: ("Goals", "Mục tiêu"),
    LaneKind.KPIS: ("KPIs", "KPI"),
    LaneKind.PHYSICAL_EVIDENCE: ("Physical evidence", "Bằng chứng hữu hình"),
    LaneKind.FRONTSTAGE: ("Frontstage", "Tiền sảnh"),
    LaneKind.BACKSTAGE: ("Backstage", "Hậu trường"),
    LaneKind.SUPPORT_PROCESSES: ("Support processes", "Quy trình hỗ trợ"),
    LaneKind.NOTES: ("Notes", "Ghi chú"),
}


def report_words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def lane_kind_label(kind: LaneKind, language: str) -> str:
    english, vietnamese = _LANE_KINDS[kind]
    return vietnamese if language == "vi" else english
