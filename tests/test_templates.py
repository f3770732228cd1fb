"""Templates: every map type and framework builds a valid map in English and Vietnamese, with the
right stages, lanes, lines, phases, times and campaign cards; bad ids are refused clearly."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest

from canvas_app.fileio.codec import dump_bytes, load_bytes
from canvas_app.model import JourneyMap, Language, LaneKind, LineKind, MapType
from canvas_app.model.template_data import (
    TemplateDataError,
    TemplateSpec,
    UnknownLanguageError,
    load_template,
)
from canvas_app.model.templates import (
    FRAMEWORK_IDS,
    MAP_TYPE_IDS,
    UnknownTemplateError,
    build_map,
    get_template,
    list_templates,
    spread_times,
)

LANGUAGES = ("en", "vi")
VIETNAMESE_MARKS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")

FRAMEWORK_STAGES: dict[str, dict[str, list[str]]] = {
    "aida": {
        "en": ["Awareness", "Interest", "Desire", "Action"],
        "vi": ["Nhận thức", "Thích thú", "Khao khát", "Hành động"],
    },
    "acc": {
        "en": ["Awareness", "Consideration", "Conversion"],
        "vi": ["Nhận thức", "Cân nhắc", "Chuyển đổi"],
    },
    "accsr": {
        "en": ["Awareness", "Consideration", "Conversion", "Service", "Retention"],
        "vi": ["Nhận thức", "Cân nhắc", "Chuyển đổi", "Dịch vụ", "Mua lại"],
    },
    "accra": {
        "en": ["Awareness", "Consideration", "Conversion", "Retention", "Advocacy"],
        "vi": ["Nhận thức", "Cân nhắc", "Chuyển đổi", "Mua lại", "Giới thiệu"],
    },
    "acpra": {
        "en": ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"],
        "vi": ["Nhận thức", "Cân nhắc", "Mua hàng", "Mua lại", "Giới thiệu"],
    },
    "value-journey": {
        "en": ["Aware", "Engage", "Subscribe", "Convert", "Excite", "Ascend", "Advocate",
               "Promote"],
        "vi": ["Nhận Biết", "Giáo Dục", "Theo Dõi", "Đánh Giá", "Chuyển Đổi", "Mở Rộng", "WOW",
               "Quảng Bá"],
    },
    "customer-states": {
        "en": ["Niche", "Leads", "Buyer", "Customer", "Member", "Fan", "Referral"],
        "vi": ["Thị trường", "Khách hàng tiềm năng", "Người mua", "Khách hàng", "Thành viên",
               "Khách hàng trung thành", "Người giới thiệu"],
    },
    "lifecycle-marketing": {
        "en": ["Target", "Attract interest", "Collect leads", "Educate", "Offer", "Close",
               "Deliver & wow", "Offer more", "Get referrals"],
        "vi": ["Xác định mục tiêu", "Thu hút sự quan tâm", "Thu thập khách hàng tiềm năng",
               "Giáo dục", "Chào hàng", "Chốt sale", "Giao hàng & tạo WOW", "Bán thêm",
               "Nhận giới thiệu"],
    },
    "customer-lifecycle": {
        "en": ["Awareness", "Engagement & Evaluation", "Purchase",
               "Post-purchase experience & support", "Retention", "Advocacy"],
        "vi": ["Nhận thức", "Tiếp thị & cung cấp kiến thức", "Chuyển đổi bán hàng",
               "Trải nghiệm & hỗ trợ sản phẩm", "Giữ chân khách hàng", "Ủng hộ thương hiệu"],
    },
}

MAP_TYPE_LANES: dict[str, list[LaneKind]] = {
    "current-state": [LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS,
                      LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES],
    "day-in-the-life": [LaneKind.ACTIONS, LaneKind.CHANNELS, LaneKind.GOALS, LaneKind.THOUGHTS,
                        LaneKind.EMOTIONS],
    "future-state": [LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS,
                     LaneKind.OPPORTUNITIES, LaneKind.NOTES],
    "service-blueprint": [LaneKind.PHYSICAL_EVIDENCE, LaneKind.ACTIONS, LaneKind.FRONTSTAGE,
                          LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES],
}

ALL_COMBINATIONS = [
    (map_type, framework, language)
    for map_type in MAP_TYPE_IDS
    for framework in (None, *FRAMEWORK_IDS)
    for language in LANGUAGES
]


def titles(items: tuple[object, ...]) -> list[str]:
    return [getattr(item, "title") for item in items]


def has_diacritics(text: str) -> bool:
    return bool(VIETNAMESE_MARKS & set(text.casefold()))


@pytest.mark.parametrize(("map_type", "framework", "language"), ALL_COMBINATIONS)
def test_every_combination_builds_a_map_that_round_trips(
    map_type: str, framework: str | None, language: str
) -> None:
    """Each map type × framework × language builds a valid map that survives save and load."""
    journey = build_map(map_type, framework, language)
    assert journey.map_type is MapType(map_type)
    assert journey.framework == framework
    assert journey.language is Language(language)
    assert journey.title and journey.stages and journey.lanes
    assert len(journey.personas) == 1
    assert load_bytes(dump_bytes(journey)) == journey
    JourneyMap.model_validate(journey.model_dump())


def test_catalogue_order_and_ids() -> None:
    """The catalogue lists the four map types, then the frameworks, then the buyer-persona preset."""
    infos = list_templates()
    assert [info.id for info in infos] == [*MAP_TYPE_IDS, *FRAMEWORK_IDS]
    assert MAP_TYPE_IDS == ("current-state", "day-in-the-life", "future-state",
                            "service-blueprint")
    assert FRAMEWORK_IDS[-1] == "buyer-persona"
    assert [info.category for info in infos] == ["map-type"] * 4 + ["framework"] * 9 + ["preset"]


def test_template_files_match_the_catalogue() -> None:
    """The shipped JSON files are exactly the catalogued templates, each declaring its own id."""
    folder = resources.files("canvas_app.resources") / "templates"
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".json"))
    assert names == sorted(f"{template_id}.json" for template_id in (*MAP_TYPE_IDS,
                                                                      *FRAMEWORK_IDS))
    for name in names:
        data = json.loads((folder / name).read_bytes())
        assert data["id"] == name.removesuffix(".json")


@pytest.mark.parametrize("template_id", [*MAP_TYPE_IDS, *FRAMEWORK_IDS])
def test_titles_in_both_languages(template_id: str) -> None:
    """Every template has an English and a Vietnamese title and description, the Vietnamese NFC
    and accented."""
    info = get_template(template_id)
    assert set(info.titles) == set(info.descriptions) == set(LANGUAGES)
    for language in LANGUAGES:
        assert info.title(language).strip() and info.descriptions[language].strip()
    assert info.title("vi") != info.title("en")
    for text in (info.title("vi"), info.descriptions["vi"]):
        assert unicodedata.is_normalized("NFC", text)
        assert has_diacritics(text), text
    assert info.title(Language.VI) == info.title("vi")


@pytest.mark.parametrize(("map_type", "framework", "language"), ALL_COMBINATIONS)
def test_vietnamese_text_is_nfc_with_diacritics(
    map_type: str, framework: str | None, language: str
) -> None:
    """All template text is NFC; Vietnamese map and lane titles carry diacritics."""
    journey = build_map(map_type, framework, language)
    texts = [journey.title, *titles(journey.stages), *titles(journey.lanes),
             *titles(journey.phases), *(stage.description for stage in journey.stages),
             *(line.label for line in journey.lines), journey.personas[0].name]
    assert all(unicodedata.is_normalized("NFC", text) for text in texts)
    if language == "vi":
        assert has_diacritics(journey.title)
        assert all(has_diacritics(lane.title) for lane in journey.lanes)
        accented = sum(has_diacritics(stage.title) for stage in journey.stages)
        assert accented >= len(journey.stages) - 1  # "WOW" is the one stage kept in English


@pytest.mark.parametrize("framework", sorted(FRAMEWORK_STAGES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_framework_stage_lists(framework: str, language: str) -> None:
    """Each framework gives exactly its own stages, in order, in each language and on any type."""
    expected = FRAMEWORK_STAGES[framework][language]
    for map_type in MAP_TYPE_IDS:
        assert titles(build_map(map_type, framework, language).stages) == expected


def test_map_type_stage_lists() -> None:
    """The map types' own stages: the five current-state stages and the blueprint's steps."""
    assert titles(build_map("current-state").stages) == [
        "Awareness", "Consideration & Comparison", "Decision", "Delivery & Use",
        "Loyalty & Advocacy"]
    assert titles(build_map("current-state", language="vi").stages) == [
        "Nhận biết", "Quan tâm & So sánh", "Quyết định", "Giao hàng & Sử dụng",
        "Trung thành & Ủng hộ"]
    assert titles(build_map("future-state").stages) == titles(build_map("current-state").stages)
    assert len(build_map("service-blueprint").stages) == 5


@pytest.mark.parametrize("map_type", MAP_TYPE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_lane_kinds_of_each_map_type(map_type: str, language: str) -> None:
    """Each map type's lanes have the right kinds, whatever framework gives the stages."""
    for framework in (None, "aida", "lifecycle-marketing", "buyer-persona"):
        journey = build_map(map_type, framework, language)
        assert [lane.kind for lane in journey.lanes] == MAP_TYPE_LANES[map_type]


def test_lane_titles_match_their_kinds() -> None:
    """Lane titles name what the lanes hold (emotion lanes are emotion-kind, so curves draw)."""
    current = {lane.title: lane.kind for lane in build_map("current-state").lanes}
    assert current == {"Actions": LaneKind.ACTIONS, "Thoughts": LaneKind.THOUGHTS,
                       "Emotions": LaneKind.EMOTIONS, "Touchpoints": LaneKind.TOUCHPOINTS,
                       "Pain points": LaneKind.PAIN_POINTS,
                       "Opportunities": LaneKind.OPPORTUNITIES}
    day = {lane.title: lane.kind for lane in build_map("day-in-the-life").lanes}
    assert day["Activities"] is LaneKind.ACTIONS
    assert day["Devices & channels"] is LaneKind.CHANNELS
    assert day["Motivations"] is LaneKind.GOALS
    assert day["Emotions"] is LaneKind.EMOTIONS
    future = {lane.title: lane.kind for lane in build_map("future-state").lanes}
    assert future["Envisioned emotions"] is LaneKind.EMOTIONS
    assert future["Ideas"] is LaneKind.NOTES
    vi = {lane.title: lane.kind for lane in build_map("current-state", language="vi").lanes}
    assert vi["Cảm xúc"] is LaneKind.EMOTIONS and vi["Điểm đau"] is LaneKind.PAIN_POINTS


@pytest.mark.parametrize("language", LANGUAGES)
def test_blueprint_lines_follow_the_right_lanes(language: str) -> None:
    """Interaction follows customer actions, visibility frontstage, internal interaction
    backstage; other map types have no lines."""
    for framework in (None, "value-journey", "acc"):
        journey = build_map("service-blueprint", framework, language)
        after = {line.kind: journey.lane(line.after_lane).kind for line in journey.lines}
        assert after == {LineKind.INTERACTION: LaneKind.ACTIONS,
                         LineKind.VISIBILITY: LaneKind.FRONTSTAGE,
                         LineKind.INTERNAL_INTERACTION: LaneKind.BACKSTAGE}
        assert all(line.label for line in journey.lines)
    for map_type in ("current-state", "day-in-the-life", "future-state"):
        assert build_map(map_type, "value-journey", language).lines == ()


@pytest.mark.parametrize("map_type", MAP_TYPE_IDS)
def test_lifecycle_marketing_phases(map_type: str) -> None:
    """Lifecycle marketing has three phases (Attract, Sell, Wow) covering 9 consecutive stages."""
    for language, names in (("en", ["Attract", "Sell", "Wow"]),
                            ("vi", ["Thu hút", "Bán hàng", "WOW"])):
        journey = build_map(map_type, "lifecycle-marketing", language)
        spans = journey.phase_spans()
        assert [phase.title for phase, _, _ in spans] == names
        assert [(first, last) for _, first, last in spans] == [(0, 2), (3, 5), (6, 8)]
        assert len(journey.stages) == 9
        assert all(stage.phase is not None for stage in journey.stages)


def test_only_lifecycle_marketing_has_phases() -> None:
    """Other templates build maps without phases."""
    for framework in (None, *FRAMEWORK_IDS):
        if framework != "lifecycle-marketing":
            journey = build_map("current-state", framework)
            assert journey.phases == ()
            assert all(stage.phase is None for stage in journey.stages)


@pytest.mark.parametrize("map_type", MAP_TYPE_IDS)
def test_value_journey_campaign_cards_and_lanes(map_type: str) -> None:
    """The value journey puts a campaign card on all 8 stages and brings its own five lanes
    (except on a service blueprint, which keeps the lanes its lines separate)."""
    journey = build_map(map_type, "value-journey", "vi")
    assert len(journey.stages) == 8
    assert all(stage.campaign is not None for stage in journey.stages)
    if map_type == "service-blueprint":
        assert [lane.kind for lane in journey.lanes] == MAP_TYPE_LANES[map_type]
    else:
        assert titles(journey.lanes) == ["Kịch bản", "Mục tiêu", "Nhiệm vụ", "Kênh & công cụ",
                                         "Chú ý"]
        assert [lane.kind for lane in journey.lanes] == [
            LaneKind.THOUGHTS, LaneKind.GOALS, LaneKind.ACTIONS, LaneKind.CHANNELS,
            LaneKind.NOTES]
    other = build_map(map_type, "aida")
    assert all(stage.campaign is None for stage in other.stages)


@pytest.mark.parametrize("framework", [None, *FRAMEWORK_IDS])
def test_day_in_the_life_times_strictly_increase(framework: str | None) -> None:
    """Day-in-the-life stages all carry times of day that strictly increase; others carry none."""
    journey = build_map("day-in-the-life", framework, "vi")
    times = [stage.time_of_day for stage in journey.stages]
    assert all(time is not None for time in times)
    assert times == sorted(times)  # type: ignore[type-var]
    assert len(set(times)) == len(times)
    assert all(stage.time_of_day is None for stage in build_map("current-state", framework).stages)


def test_day_in_the_life_own_times_and_spread() -> None:
    """The day's own stages start at 06:30; framework stages spread from 07:00 to 21:00."""
    own = build_map("day-in-the-life")
    assert own.stages[0].time_of_day == "06:30"
    assert own.stages[-1].time_of_day == "22:30"
    assert spread_times(3) == ["07:00", "14:00", "21:00"]
    assert spread_times(1) == ["07:00"]
    assert spread_times(0) == []
    many = spread_times(200)
    assert len(set(many)) == 200 and many == sorted(many)


def test_buyer_persona_preset() -> None:
    """The buyer-persona preset is a current-state board whose persona fields carry prompts."""
    for language in LANGUAGES:
        journey = build_map("current-state", "buyer-persona", language)
        assert journey.framework == "buyer-persona"
        assert titles(journey.stages) == titles(build_map("current-state",
                                                          language=language).stages)
        persona = journey.personas[0]
        fields = ("quote", "demographics", "bio", "lifestyle", "personality",
                  "shopping_preferences", "information_sources", "goals_motivations",
                  "pain_points")
        assert all(getattr(persona, field) for field in fields)
    vi = build_map(framework="buyer-persona", language="vi").personas[0]
    assert vi.demographics.startswith("Nhân khẩu học")
    assert vi.shopping_preferences.startswith("Sở thích mua sắm")
    assert vi.information_sources.startswith("Nguồn thông tin")
    assert "Tại sao họ cần mua?" in vi.goals_motivations
    plain = build_map("current-state").personas[0]
    assert plain.name == "Customer persona" and plain.demographics == ""


def test_titles_and_defaults() -> None:
    """The default title comes from the framework (or map type) in the map's language; an explicit
    title wins; enums and strings are both accepted."""
    assert build_map().title == "Customer journey map: current state"
    assert build_map(framework="aida", language="vi").title == (
        "Hành trình khách hàng theo mô hình AIDA")
    assert build_map("day-in-the-life", language=Language.VI).title == "Một ngày của khách hàng"
    assert build_map(MapType.SERVICE_BLUEPRINT, title="Mở tài khoản").title == "Mở tài khoản"
    assert build_map(framework="buyer-persona").title == "Buyer persona and journey"


def test_every_record_gets_a_fresh_id() -> None:
    """Two maps from the same template share no ids, and ids within a map are unique."""
    first = build_map("service-blueprint", "lifecycle-marketing", "vi")
    second = build_map("service-blueprint", "lifecycle-marketing", "vi")

    def ids(journey: JourneyMap) -> list[str]:
        records = (*journey.personas, *journey.phases, *journey.stages, *journey.lanes,
                   *journey.lines)
        return [record.id for record in records]

    assert len(set(ids(first))) == len(ids(first))
    assert not set(ids(first)) & set(ids(second))


def test_unknown_ids_are_refused_with_the_valid_ones() -> None:
    """Unknown templates, map types, frameworks and languages raise ValueErrors listing the
    valid choices."""
    with pytest.raises(UnknownTemplateError) as template_error:
        get_template("nope")
    assert isinstance(template_error.value, ValueError)
    assert all(template_id in str(template_error.value)
               for template_id in (*MAP_TYPE_IDS, *FRAMEWORK_IDS))
    with pytest.raises(UnknownTemplateError, match="current-state, day-in-the-life"):
        build_map("journey")
    with pytest.raises(UnknownTemplateError, match="it is a framework"):
        build_map("aida")
    with pytest.raises(UnknownTemplateError, match="aida, acc, accsr"):
        build_map("current-state", "aidaa")
    with pytest.raises(UnknownTemplateError, match="it is a map type"):
        build_map("current-state", "future-state")
    with pytest.raises(UnknownLanguageError, match="en, vi") as language_error:
        build_map("current-state", None, "fr")
    assert isinstance(language_error.value, ValueError)
    with pytest.raises(UnknownLanguageError):
        get_template("aida").title("de")


def test_template_loading_is_cached() -> None:
    """A template file is parsed once: later requests return the same object."""
    assert load_template("aida") is load_template("aida")


def spec_data(template_id: str) -> dict[str, object]:
    folder = resources.files("canvas_app.resources") / "templates"
    data: dict[str, object] = json.loads((folder / f"{template_id}.json").read_bytes())
    return data


@pytest.mark.parametrize(
    ("template_id", "change", "problem"),
    [
        ("aida", {"stages": []}, "needs stages"),
        ("aida", {"title": {"en": "AIDA"}}, "vi"),
        ("aida", {"title": {"en": "AIDA", "vi": "Mo\u0302 hình"}}, "NFC"),
        ("aida", {"title": {"en": " AIDA", "vi": "Mô hình"}}, "spaces"),
        ("aida", {"colour": "red"}, "colour"),
        ("current-state", {"lanes": []}, "needs stages, lanes"),
        ("service-blueprint", {"lines": [{"kind": "visibility", "after_lane": "nowhere"}]},
         "unknown lane"),
        ("day-in-the-life", {"timed": False}, "only a timed map type"),
        ("lifecycle-marketing", {"phases": []}, "no phases"),
        ("buyer-persona", {"persona": None}, "needs a persona"),
    ],
)
def test_malformed_template_data_is_refused(
    template_id: str, change: dict[str, object], problem: str
) -> None:
    """The schema refuses broken template data (missing language, non-NFC text, dangling keys)."""
    data = spec_data(template_id) | change
    with pytest.raises(ValueError, match=problem):
        TemplateSpec.model_validate(data)


def test_time_and_phase_order_rules() -> None:
    """Times must strictly increase and phases must cover consecutive stages."""
    day = spec_data("day-in-the-life")
    stages = list(day["stages"])  # type: ignore[call-overload]
    stages[1] = stages[1] | {"time": "06:00"}
    with pytest.raises(ValueError, match="strictly increase"):
        TemplateSpec.model_validate(day | {"stages": stages})
    lifecycle = spec_data("lifecycle-marketing")
    shuffled = list(lifecycle["stages"])  # type: ignore[call-overload]
    shuffled[0], shuffled[4] = shuffled[4], shuffled[0]
    with pytest.raises(ValueError, match="consecutive"):
        TemplateSpec.model_validate(lifecycle | {"stages": shuffled})


def test_template_data_error_is_not_a_value_error() -> None:
    """A broken shipped file is a programming error, distinct from a user's bad id."""
    assert not issubclass(TemplateDataError, ValueError)
