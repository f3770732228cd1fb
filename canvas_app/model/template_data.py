"""The map templates as data: the JSON files under `canvas_app.resources/templates`, their schema,
validation on load, and the catalogue (ids, titles, descriptions).

Each template is one file named `<id>.json`; a file is read only when its template is first asked
for, then cached. A malformed file is a programming error and raises TemplateDataError.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Annotated, Literal, Mapping, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError
from pydantic import model_validator

from canvas_app.model.kinds import Language, LaneKind, LineKind, MapType

# The order here is the order the catalogue lists them in (the CLI and the UI rely on the ids).
MAP_TYPE_IDS: tuple[str, ...] = tuple(map_type.value for map_type in MapType)
FRAMEWORK_IDS: tuple[str, ...] = (
    "aida",
    "acc",
    "accsr",
    "accra",
    "acpra",
    "value-journey",
    "customer-states",
    "lifecycle-marketing",
    "customer-lifecycle",
    "buyer-persona",
)
# Presets are listed among the frameworks (they are chosen the same way) but only add a persona.
PRESET_IDS: tuple[str, ...] = ("buyer-persona",)
TEMPLATE_IDS: tuple[str, ...] = MAP_TYPE_IDS + FRAMEWORK_IDS
LANGUAGE_CODES: tuple[str, ...] = tuple(language.value for language in Language)

Category = Literal["map-type", "framework", "preset"]


class TemplateError(ValueError):
    """A request for a template, map type, framework or language that does not exist."""


class UnknownTemplateError(TemplateError):
    """An id that names no template (or a template of the wrong category)."""


class UnknownLanguageError(TemplateError):
    """A language the templates are not written in."""


class TemplateDataError(RuntimeError):
    """A template file that is missing or malformed: a bug in the shipped data, not user input."""


def expected_category(template_id: str) -> Category:
    if template_id in MAP_TYPE_IDS:
        return "map-type"
    return "preset" if template_id in PRESET_IDS else "framework"


def parse_language(language: Language | str) -> Language:
    """`language` as a Language; UnknownLanguageError naming the supported codes otherwise."""
    if isinstance(language, Language):
        return language
    try:
        return Language(language)
    except ValueError:
        raise UnknownLanguageError(
            f"unknown language '{language}'; templates are available in "
            + ", ".join(LANGUAGE_CODES)
        ) from None


# -- the schema of a template file -----------------------------------------------------------


def _check_template_text(value: str) -> str:
    # Template text goes straight into maps: it must already be what the records would store.
    if not value.strip():
        raise ValueError("text must not be empty")
    if value != value.strip():
        raise ValueError(f"text has leading or trailing spaces: {value!r}")
    if not unicodedata.is_normalized("NFC", value):
        raise ValueError(f"text is not NFC-normalised: {value!r}")
    return value


TemplateText = Annotated[str, AfterValidator(_check_template_text)]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,40}$")]
TimeOfDay = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Localized(_Spec):
    """One text in every language the templates support."""

    en: TemplateText
    vi: TemplateText

    def get(self, language: Language) -> str:
        text: str = getattr(self, language.value)
        return text


class PhaseSpec(_Spec):
    key: Key
    title: Localized


class StageSpec(_Spec):
    title: Localized
    description: Optional[Localized] = None
    time: Optional[TimeOfDay] = None
    phase: Optional[Key] = None


class LaneSpec(_Spec):
    key: Key
    kind: LaneKind
    title: Localized


class LineSpec(_Spec):
    kind: LineKind
    after_lane: Key


class PersonaSpec(_Spec):
    """A persona's name and, for presets, a guiding prompt in each field."""

    name: Localized
    quote: Optional[Localized] = None
    demographics: Optional[Localized] = None
    bio: Optional[Localized] = None
    lifestyle: Optional[Localized] = None
    personality: Optional[Localized] = None
    shopping_preferences: Optional[Localized] = None
    information_sources: Optional[Localized] = None
    goals_motivations: Optional[Localized] = None
    pain_points: Optional[Localized] = None


class TemplateSpec(_Spec):
    """One template file. Map types give lanes and rules; frameworks give stages; presets a persona."""

    id: Key
    category: Category
    title: Localized
    description: Localized
    map_title: Localized
    timed: bool = False
    campaign_cards: bool = False
    phases: tuple[PhaseSpec, ...] = ()
    stages: tuple[StageSpec, ...] = ()
    lanes: tuple[LaneSpec, ...] = ()
    lines: tuple[LineSpec, ...] = ()
    persona: Optional[PersonaSpec] = None

    @model_validator(mode="after")
    def _check_rules(self) -> "TemplateSpec":
        self._check_category_parts()
        _check_unique_titles("stage", [stage.title for stage in self.stages])
        _check_unique_titles("lane", [lane.title for lane in self.lanes])
        lane_keys = [lane.key for lane in self.lanes]
        if len(set(lane_keys)) != len(lane_keys):
            raise ValueError("lane keys must be unique")
        line_kinds = [line.kind for line in self.lines]
        if len(set(line_kinds)) != len(line_kinds):
            raise ValueError("each kind of blueprint line may appear only once")
        for line in self.lines:
            if line.after_lane not in lane_keys:
                raise ValueError(f"line '{line.kind.value}' follows unknown lane '{line.after_lane}'")
        self._check_times()
        self._check_phases()
        return self

    def _check_category_parts(self) -> None:
        if self.category == "map-type":
            if not self.stages or not self.lanes or self.persona is None:
                raise ValueError("a map type needs stages, lanes and a persona")
            if self.phases or self.campaign_cards:
                raise ValueError("phases and campaign cards belong to frameworks")
        elif self.category == "framework":
            if not self.stages:
                raise ValueError("a framework needs stages")
            if self.lines or self.timed:
                raise ValueError("blueprint lines and times of day belong to map types")
        else:
            if self.persona is None:
                raise ValueError("a preset needs a persona")
            if self.stages or self.lanes or self.lines or self.phases or self.timed:
                raise ValueError("a preset only adds a persona to its map type")

    def _check_times(self) -> None:
        times = [stage.time for stage in self.stages]
        if not self.timed:
            if any(time is not None for time in times):
                raise ValueError("only a timed map type gives its stages times of day")
            return
        clock = [time for time in times if time is not None]
        if len(clock) != len(times):
            raise ValueError("every stage of a timed map type needs a time of day")
        # "HH:MM" strings compare like the times they write.
        if any(later <= earlier for earlier, later in zip(clock, clock[1:])):
            raise ValueError("times of day must strictly increase from stage to stage")

    def _check_phases(self) -> None:
        keys = [phase.key for phase in self.phases]
        if len(set(keys)) != len(keys):
            raise ValueError("phase keys must be unique")
        used = [stage.phase for stage in self.stages]
        if not keys:
            if any(key is not None for key in used):
                raise ValueError("a stage names a phase but the template has no phases")
            return
        if any(key is None for key in used):
            raise ValueError("when a template has phases, every stage belongs to one")
        # Phases cover consecutive stages in the order the phases are listed.
        order = [key for i, key in enumerate(used) if i == 0 or used[i - 1] != key]
        if order != keys:
            raise ValueError(
                f"phases must each cover consecutive stages, in order {keys}; found {order}"
            )


def _check_unique_titles(what: str, titles: list[Localized]) -> None:
    for language in Language:
        texts = [title.get(language) for title in titles]
        if len(set(texts)) != len(texts):
            raise ValueError(f"{what} titles must be unique ({language.value})")


# -- loading and the catalogue ---------------------------------------------------------------


@lru_cache(maxsize=None)
def load_template(template_id: str) -> TemplateSpec:
    """The validated template `template_id` (read once, then cached)."""
    if template_id not in TEMPLATE_IDS:
        raise UnknownTemplateError(
            f"unknown template '{template_id}'; valid templates: " + ", ".join(TEMPLATE_IDS)
        )
    file_name = f"{template_id}.json"
    resource = resources.files("canvas_app.resources") / "templates" / file_name
    try:
        data = json.loads(resource.read_bytes())
    except (OSError, ValueError) as error:
        raise TemplateDataError(f"template file {file_name} cannot be read: {error}") from error
    try:
        spec = TemplateSpec.model_validate(data)
    except ValidationError as error:
        raise TemplateDataError(f"template file {file_name} is malformed: {error}") from error
    if spec.id != template_id:
        raise TemplateDataError(f"template file {file_name} declares the id '{spec.id}'")
    if spec.category != expected_category(template_id):
        raise TemplateDataError(
            f"template file {file_name} is a {spec.category}, expected a "
            f"{expected_category(template_id)}"
        )
    return spec


@dataclass(frozen=True)
class TemplateInfo:
    """What a template is called and what it is for, in every language."""

    id: str
    category: str  # "map-type" | "framework" | "preset"
    titles: Mapping[str, str]
    descriptions: Mapping[str, str]

    def title(self, language: Language | str = "en") -> str:
        return self.titles[parse_language(language).value]

    def description(self, language: Language | str = "en") -> str:
        return self.descriptions[parse_language(language).value]


def _info(spec: TemplateSpec) -> TemplateInfo:
    return TemplateInfo(
        id=spec.id,
        category=spec.category,
        titles={language.value: spec.title.get(language) for language in Language},
        descriptions={language.value: spec.description.get(language) for language in Language},
    )


def get_template(template_id: str) -> TemplateInfo:
    """The template `template_id`; UnknownTemplateError (a ValueError) listing the valid ids."""
    return _info(load_template(template_id))


def list_templates() -> list[TemplateInfo]:
    """Every template: map types first, then frameworks, then presets."""
    order = {"map-type": 0, "framework": 1, "preset": 2}
    infos = [get_template(template_id) for template_id in TEMPLATE_IDS]
    return sorted(infos, key=lambda info: order[info.category])  # stable: keeps the id order
