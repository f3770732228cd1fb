"""New maps from templates: `build_map` combines a map type (lanes, blueprint lines, times of day,
persona) with an optional framework (stages, phases, campaign cards, its own lanes) or preset.

The template data and catalogue live in `template_data`; this module re-exports their public API.
"""

from __future__ import annotations

from typing import Optional

from canvas_app.model.ids import new_id
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import LINE_LABELS, Language, MapType
from canvas_app.model.records import BlueprintLine, CampaignCard, Lane, Persona, Phase, Stage
from canvas_app.model.template_data import (
    FRAMEWORK_IDS,
    MAP_TYPE_IDS,
    TEMPLATE_IDS,
    PersonaSpec,
    StageSpec,
    TemplateDataError,
    TemplateError,
    TemplateInfo,
    TemplateSpec,
    UnknownLanguageError,
    UnknownTemplateError,
    get_template,
    list_templates,
    load_template,
    parse_language,
)

__all__ = [
    "FRAMEWORK_IDS",
    "MAP_TYPE_IDS",
    "TEMPLATE_IDS",
    "TemplateDataError",
    "TemplateError",
    "TemplateInfo",
    "UnknownLanguageError",
    "UnknownTemplateError",
    "build_map",
    "get_template",
    "list_templates",
    "spread_times",
]

# Framework stages on a day-in-the-life board are spread over the waking day.
DAY_START_MINUTES = 7 * 60
DAY_END_MINUTES = 21 * 60
TIME_STEP_MINUTES = 15

_PERSONA_FIELDS = (
    "quote",
    "demographics",
    "bio",
    "lifestyle",
    "personality",
    "shopping_preferences",
    "information_sources",
    "goals_motivations",
    "pain_points",
)


def build_map(
    map_type: MapType | str = MapType.CURRENT_STATE,
    framework: Optional[str] = None,
    language: Language | str = Language.EN,
    title: Optional[str] = None,
) -> JourneyMap:
    """A new, empty map of `map_type`, on `framework`'s stages if given, titled in `language`.

    Raises UnknownTemplateError or UnknownLanguageError (both ValueError) for an unknown type,
    framework or language. Every record gets a fresh id, so two calls never share ids.
    """
    kind = _parse_map_type(map_type)
    lang = parse_language(language)
    base = load_template(kind.value)
    extra = _load_framework(framework) if framework else None

    stage_source = extra if extra is not None and extra.stages else base
    phases, phase_ids = _build_phases(stage_source, lang)
    stages = _build_stages(
        stage_source.stages,
        lang,
        phase_ids,
        timed=base.timed,
        own_times=stage_source is base,
        campaign_cards=extra is not None and extra.campaign_cards,
    )
    # A framework's own lanes replace the map type's, except on a service blueprint: its lanes
    # are what the blueprint lines separate.
    lane_source = base
    if extra is not None and extra.lanes and kind is not MapType.SERVICE_BLUEPRINT:
        lane_source = extra
    lane_ids = {spec.key: new_id() for spec in lane_source.lanes}
    lanes = tuple(
        Lane(id=lane_ids[spec.key], title=spec.title.get(lang), kind=spec.kind)
        for spec in lane_source.lanes
    )
    lines = tuple(
        BlueprintLine(
            id=new_id(),
            kind=spec.kind,
            after_lane=lane_ids[spec.after_lane],
            label=LINE_LABELS[spec.kind][lang.value],
        )
        for spec in lane_source.lines
    )
    persona_spec = extra.persona if extra is not None and extra.persona else base.persona
    personas = (_build_persona(persona_spec, lang),) if persona_spec is not None else ()
    default_title = (extra or base).map_title.get(lang)
    return JourneyMap(
        title=default_title if title is None else title,
        map_type=kind,
        framework=framework or None,
        language=lang,
        personas=personas,
        phases=phases,
        stages=stages,
        lanes=lanes,
        lines=lines,
    )


def spread_times(count: int) -> list[str]:
    """`count` strictly increasing "HH:MM" times spread from 07:00 to 21:00."""
    if count <= 0:
        return []
    if count == 1:
        return [_clock(DAY_START_MINUTES)]
    span = DAY_END_MINUTES - DAY_START_MINUTES
    step = span / (count - 1)
    # Round to quarter hours while that keeps the times apart; beyond that, to whole minutes.
    grain = TIME_STEP_MINUTES if step >= TIME_STEP_MINUTES else 1
    if step < 1:
        raise ValueError(f"cannot spread {count} distinct times over a day")
    minutes = [DAY_START_MINUTES + round(i * step / grain) * grain for i in range(count)]
    return [_clock(value) for value in minutes]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _parse_map_type(map_type: MapType | str) -> MapType:
    if isinstance(map_type, MapType):
        return map_type
    try:
        return MapType(map_type)
    except ValueError:
        hint = " (it is a framework: pass it as framework=)" if map_type in FRAMEWORK_IDS else ""
        raise UnknownTemplateError(
            f"unknown map type '{map_type}'{hint}; valid map types: " + ", ".join(MAP_TYPE_IDS)
        ) from None


def _load_framework(framework: str) -> TemplateSpec:
    if framework not in FRAMEWORK_IDS:
        hint = " (it is a map type: pass it as map_type=)" if framework in MAP_TYPE_IDS else ""
        raise UnknownTemplateError(
            f"unknown framework '{framework}'{hint}; valid frameworks: " + ", ".join(FRAMEWORK_IDS)
        )
    return load_template(framework)


def _build_phases(
    spec: TemplateSpec, lang: Language
) -> tuple[tuple[Phase, ...], dict[str, str]]:
    ids = {phase.key: new_id() for phase in spec.phases}
    phases = tuple(Phase(id=ids[phase.key], title=phase.title.get(lang)) for phase in spec.phases)
    return phases, ids


def _build_stages(
    specs: tuple[StageSpec, ...],
    lang: Language,
    phase_ids: dict[str, str],
    *,
    timed: bool,
    own_times: bool,
    campaign_cards: bool,
) -> tuple[Stage, ...]:
    if not timed:
        times: list[Optional[str]] = [None] * len(specs)
    elif own_times:
        times = [spec.time for spec in specs]
    else:
        times = list(spread_times(len(specs)))
    return tuple(
        Stage(
            id=new_id(),
            title=spec.title.get(lang),
            phase=phase_ids[spec.phase] if spec.phase is not None else None,
            time_of_day=time,
            description=spec.description.get(lang) if spec.description is not None else "",
            campaign=CampaignCard() if campaign_cards else None,
        )
        for spec, time in zip(specs, times)
    )


def _build_persona(spec: PersonaSpec, lang: Language) -> Persona:
    fields: dict[str, str] = {}
    for name in _PERSONA_FIELDS:
        text = getattr(spec, name)
        if text is not None:
            fields[name] = text.get(lang)
    return Persona(id=new_id(), name=spec.name.get(lang), **fields)
