"""CSV import: what one row's cells mean (text, kind, colour, emotion, votes, tags, persona).

Also the kind vocabulary: note kinds and lane kinds by value or English/Vietnamese name, matched
case- and accent-insensitively.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from canvas_app.fileio.csv_write import unguard_formula
from canvas_app.model import limits
from canvas_app.model.messages import N_, Message, msg
from canvas_app.model.kinds import (
    DEFAULT_NOTE_KIND,
    KIND_LABELS,
    Language,
    LaneKind,
    NoteKind,
)
from canvas_app.model.text import clean_line, clean_text, fold

if TYPE_CHECKING:  # (that module builds on this one)
    from canvas_app.fileio.csv_stage_columns import StageCells


class CellError(Exception):
    """A cell that cannot be read; the reader adds the file name and row."""

    def __init__(self, column: str, problem: Message) -> None:
        super().__init__(f"{column}: {problem}")
        self.column = column
        self.problem = problem


@dataclass(frozen=True)
class CsvRow:
    """One row read from the file, every cell checked and normalised.

    A row with a stage and a lane but every note column blank only declares that stage and lane
    (so their order survives export -> import even where they hold no notes): `is_note` is False.
    """

    row: int
    is_note: bool
    stage: str
    lane: str
    text: str
    kind: NoteKind | None
    color: str | None
    emotion: int | None
    votes: int
    tags: tuple[str, ...]
    persona: str | None
    # The row's stage columns (funnel, campaign card, KPIs of its stage), if it fills any.
    stage_details: Optional["StageCells"] = None


# Lane titles that say what kind of lane it is (besides the kind's own value, "pain-points").
LANE_KIND_NAMES: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.ACTIONS: ("Actions", "Hành động"),
    LaneKind.THOUGHTS: ("Thoughts", "Suy nghĩ"),
    LaneKind.EMOTIONS: ("Emotions", "Feelings", "Cảm xúc"),
    LaneKind.TOUCHPOINTS: ("Touchpoints", "Touch points", "Điểm chạm"),
    LaneKind.CHANNELS: ("Channels", "Kênh"),
    LaneKind.PAIN_POINTS: ("Pain points", "Pains", "Điểm đau", "Nỗi đau"),
    LaneKind.OPPORTUNITIES: ("Opportunities", "Cơ hội"),
    LaneKind.GOALS: ("Goals", "Mục tiêu"),
    LaneKind.KPIS: ("KPIs", "Metrics", "Chỉ số"),
    LaneKind.PHYSICAL_EVIDENCE: ("Physical evidence", "Bằng chứng hữu hình"),
    LaneKind.FRONTSTAGE: ("Frontstage", "Front stage", "Frontstage actions", "Tiền sảnh"),
    LaneKind.BACKSTAGE: ("Backstage", "Back stage", "Backstage actions", "Hậu trường"),
    LaneKind.SUPPORT_PROCESSES: ("Support processes", "Quy trình hỗ trợ"),
    LaneKind.NOTES: ("Notes", "Ghi chú"),
}

_LANE_KIND_OF_NOTE_KIND = {note: lane for lane, note in DEFAULT_NOTE_KIND.items()}


def _key(value: str) -> str:
    """Matching key: accents, case and punctuation ignored ("Pain-points" == "pain points")."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(value)).split())


def _lane_kind_keys() -> dict[str, LaneKind]:
    keys: dict[str, LaneKind] = {}
    for lane_kind, names in LANE_KIND_NAMES.items():
        note_kind = DEFAULT_NOTE_KIND[lane_kind]
        spellings = (lane_kind.value, *names, note_kind.value, *KIND_LABELS[note_kind].values())
        for spelling in spellings:
            keys.setdefault(_key(spelling), lane_kind)
    return keys


def _note_kind_keys() -> dict[str, NoteKind]:
    keys: dict[str, NoteKind] = {}
    for kind in NoteKind:
        for spelling in (kind.value, *KIND_LABELS[kind].values()):
            keys.setdefault(_key(spelling), kind)
    # Plural lane names ("Pain points") are accepted as the kind of note such a lane holds.
    for spelling, lane_kind in _lane_kind_keys().items():
        keys.setdefault(spelling, DEFAULT_NOTE_KIND[lane_kind])
    return keys


_LANE_KINDS_BY_KEY = _lane_kind_keys()
_NAMES_LONGEST_FIRST = sorted(_LANE_KINDS_BY_KEY, key=len, reverse=True)
_NOTE_KINDS_BY_KEY = _note_kind_keys()


@lru_cache(maxsize=1)
def _template_lane_kinds() -> dict[str, LaneKind]:
    """Lane titles of the templates in both languages ("Hành động hậu trường", "Kịch bản")."""
    from canvas_app.model.template_data import (
        TEMPLATE_IDS,
        TemplateDataError,
        TemplateError,
        load_template,
    )

    keys: dict[str, LaneKind] = {}
    for template_id in TEMPLATE_IDS:
        try:
            spec = load_template(template_id)
        except (TemplateError, TemplateDataError):
            continue  # a broken template is reported by its own tests; titles still work
        for lane in spec.lanes:
            for language in Language:
                keys.setdefault(_key(lane.title.get(language)), lane.kind)
    return keys


def lane_kind_from_title(title: str) -> LaneKind | None:
    """The lane kind a title names, if any.

    Tried in turn: a kind's name or label in either language ("Emotions", "Cảm xúc",
    "pain-points"); a template's lane title; a title ending (English, "Customer emotions") or
    starting (Vietnamese, "Cảm xúc mong đợi") with such a name, as whole words, longest name first.
    """
    key = _key(title)
    exact = _LANE_KINDS_BY_KEY.get(key) or _template_lane_kinds().get(key)
    if exact is not None:
        return exact
    for name in _NAMES_LONGEST_FIRST:
        if key.endswith(" " + name) or key.startswith(name + " "):
            return _LANE_KINDS_BY_KEY[name]
    return None


def lane_kind_from_notes(kinds: list[NoteKind]) -> LaneKind | None:
    """The lane kind for the most common of these note kinds (first seen wins a tie), if any."""
    for kind, _ in Counter(kinds).most_common():
        if kind in _LANE_KIND_OF_NOTE_KIND:
            return _LANE_KIND_OF_NOTE_KIND[kind]
    return None


NOTE_COLUMNS = ("text", "kind", "color", "emotion", "votes", "tags", "persona")


def parse_cells(row: int, cells: dict[str, str]) -> CsvRow:
    """Check and normalise the cells of one non-empty row; CellError names the bad column."""
    return CsvRow(
        row=row,
        is_note=any(cells.get(column, "").strip() for column in NOTE_COLUMNS),
        stage=_title(cells, "stage"),
        lane=_title(cells, "lane"),
        text=_text(cells.get("text", "")),
        kind=_kind(cells.get("kind", "")),
        color=_color(cells.get("color", "")),
        emotion=_emotion(cells.get("emotion", "")),
        votes=_votes(cells.get("votes", "")),
        tags=_tags(cells.get("tags", "")),
        persona=_persona(cells.get("persona", "")),
    )


def _show(raw: str) -> str:
    shown = clean_line(raw)
    return f"'{shown[:40]}…'" if len(shown) > 40 else f"'{shown}'"


# Titles, tags and persona names repeat on most rows of a big file; cleaning each once is faster.
@lru_cache(maxsize=4096)
def _clean_line_cell(raw: str) -> str:
    return unguard_formula(clean_line(raw))


# Every note needs a stage and a lane (the column names are the file's, never translated).
_EMPTY = {
    "stage": N_("the cell is empty; every note needs a stage"),
    "lane": N_("the cell is empty; every note needs a lane"),
}


def _title(cells: dict[str, str], column: str) -> str:
    title = _clean_line_cell(cells.get(column, ""))
    if not title:
        raise CellError(column, msg(_EMPTY[column]))
    if len(title) > limits.MAX_TITLE:
        raise CellError(column, msg("the title is {length} characters, longer than {limit}",
                                    length=len(title), limit=limits.MAX_TITLE))
    return title


def _text(raw: str) -> str:
    text = unguard_formula(clean_text(raw))
    if len(text) > limits.MAX_TEXT:
        raise CellError("text", msg(
            "the text is {length} characters, longer than the {limit} a note may hold",
            length=len(text), limit=limits.MAX_TEXT))
    return text


def _kind(raw: str) -> NoteKind | None:
    if not raw.strip():
        return None
    kind = _NOTE_KINDS_BY_KEY.get(_key(raw))
    if kind is None:
        choices = ", ".join(kind.value for kind in NoteKind)
        raise CellError("kind", msg("{value} is not a note kind (use one of: {choices})",
                                    value=_show(raw), choices=choices))
    return kind


_HEX_COLOR = re.compile(r"#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})")


def _color(raw: str) -> str | None:
    value = raw.strip()
    if not value:
        return None
    match = _HEX_COLOR.fullmatch(value)
    if match is None:
        raise CellError("color", msg("{value} is not a colour like #FFCDD2 (#RRGGBB)",
                                     value=_show(raw)))
    digits = match.group(1).upper()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return "#" + digits


_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def _whole_number(raw: str) -> int | None:
    # U+2212 is the minus sign some spreadsheets and word processors put in numbers.
    value = raw.strip().replace("\u2212", "-")
    return int(value) if _WHOLE_NUMBER.fullmatch(value) else None


def _emotion(raw: str) -> int | None:
    if not raw.strip():
        return None
    value = _whole_number(raw)
    if value is None or not limits.EMOTION_MIN <= value <= limits.EMOTION_MAX:
        raise CellError("emotion", msg(
            "{value} is not a whole number from {low:d} to {high:d}", value=_show(raw),
            low=limits.EMOTION_MIN, high=limits.EMOTION_MAX))
    return value


def _votes(raw: str) -> int:
    if not raw.strip():
        return 0
    value = _whole_number(raw)
    if value is None or not 0 <= value <= limits.MAX_VOTES:
        raise CellError("votes", msg("{value} is not a whole number from 0 to {high}",
                                     value=_show(raw), high=limits.MAX_VOTES))
    return value


@lru_cache(maxsize=4096)
def _tags(raw: str) -> tuple[str, ...]:
    tags: list[str] = []
    for part in re.split(r"[,;]", _clean_line_cell(raw)):
        tag = clean_line(part)
        if not tag or tag in tags:
            continue
        if len(tag) > limits.MAX_TAG:
            raise CellError("tags", msg("the tag {value} is longer than {limit} characters",
                                        value=_show(tag), limit=limits.MAX_TAG))
        tags.append(tag)
    if len(tags) > limits.MAX_TAGS:
        raise CellError("tags", msg("{count} tags, more than the {limit} a note may have",
                                    count=len(tags), limit=limits.MAX_TAGS))
    return tuple(tags)


def _persona(raw: str) -> str | None:
    name = _clean_line_cell(raw)
    if len(name) > limits.MAX_TITLE:
        raise CellError("persona", msg(
            "the name is {length} characters, longer than {limit}", length=len(name),
            limit=limits.MAX_TITLE))
    return name or None
