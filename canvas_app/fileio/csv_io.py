"""CSV import and export of a map's notes (the API the CLI and the UI call).

Reading bytes into checked rows lives in `csv_read` and `csv_cells`, writing in `csv_write`; this
module places rows on stages, lanes and personas (new or a base map's) and builds the map.
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.csv_cells import CsvRow, lane_kind_from_notes, lane_kind_from_title
from canvas_app.fileio.csv_read import read_rows
from canvas_app.fileio.csv_stage_columns import apply_stage_cells
from canvas_app.fileio.csv_write import export_csv
from canvas_app.fileio.errors import CsvFormatError, read_failure
from canvas_app.model import limits
from canvas_app.model.ids import new_id
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import DEFAULT_NOTE_KIND, Language, LaneKind, MapType, NoteKind
from canvas_app.model.messages import Message, msg
from canvas_app.model.records import Lane, Note, Persona, Stage
from canvas_app.model.text import fold
from canvas_app.model.validation_messages import describe_validation_error

__all__ = ["export_csv", "export_csv_path", "import_csv", "import_csv_path"]


def import_csv(
    data: bytes,
    *,
    base: JourneyMap | None = None,
    source: str = "input",
    title: str | None = None,
    language: Language | str | None = None,
) -> JourneyMap:
    """A map holding one note per CSV row; `base` (e.g. a template) supplies stages and lanes.

    `source` names the input in error messages and gives the default title (its file stem).
    Raises CsvFormatError with one line naming the file, row and column of the first problem.
    """
    chosen_language = _language(language, base)
    with _gc_paused():
        try:
            return _build(data, base, source, title, chosen_language)
        except ValidationError as error:
            # Cells are checked one by one before records are built, so this is a safety net.
            raise CsvFormatError(msg("{file}: {problem}", file=source,
                                     problem=describe_validation_error(error))) from None


def _build(
    data: bytes, base: JourneyMap | None, source: str, title: str | None, language: Language
) -> JourneyMap:
    builder = _Builder(base, source)
    for row in read_rows(data, source):
        builder.place(row)
    lanes = builder.lanes()
    return JourneyMap(
        title=title if title is not None else Path(source).stem,
        description=base.description if base else "",
        map_type=base.map_type if base else MapType.CURRENT_STATE,
        framework=base.framework if base else None,
        language=language,
        personas=tuple(builder.personas),
        phases=base.phases if base else (),
        stages=builder.finished_stages(),
        lanes=lanes,
        lines=base.lines if base else (),
        notes=(base.notes if base else ()) + builder.notes(lanes),
        connectors=base.connectors if base else (),
    )


def import_csv_path(
    path: str | os.PathLike[str],
    *,
    base: JourneyMap | None = None,
    title: str | None = None,
    language: Language | str | None = None,
) -> JourneyMap:
    """Read the CSV file at `path` (see `import_csv`); CsvFormatError if it cannot be read."""
    file = Path(path)
    if file.is_dir():
        raise CsvFormatError(msg("{file}: is a folder, not a CSV file", file=str(file)))
    if file.exists() and not file.is_file():
        # A named pipe would block forever and a device like /dev/zero never ends.
        raise CsvFormatError(msg("{file}: is not a regular file", file=str(file)))
    try:
        with open(file, "rb") as handle:
            # One byte over the limit is enough to refuse; never read a huge file whole.
            data = handle.read(limits.MAX_CSV_BYTES + 1)
    except FileNotFoundError:
        raise CsvFormatError(msg("{file}: no such file", file=str(file))) from None
    except OSError as error:
        raise CsvFormatError(msg("{file}: cannot be read ({reason})", file=str(file),
                                 reason=read_failure(error))) from None
    if len(data) > limits.MAX_CSV_BYTES:
        raise CsvFormatError(msg(
            "{file}: the file is larger than the {limit} MB a CSV file may be", file=str(file),
            limit=limits.MAX_CSV_BYTES // 1_048_576))
    return import_csv(data, base=base, source=str(file), title=title, language=language)


def export_csv_path(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write the notes of `journey` as CSV to `path`, atomically (see `export_csv`)."""
    write_atomic(path, export_csv(journey))


def _language(language: Language | str | None, base: JourneyMap | None) -> Language:
    if language is None:
        return base.language if base else Language.EN
    try:
        return Language(language)
    except ValueError:
        raise ValueError(f"unknown language {language!r} (use en or vi)") from None


@lru_cache(maxsize=4096)
def _fold(title: str) -> str:
    # Every row names a stage, a lane and maybe a persona; the same few titles repeat.
    return fold(title)


@contextmanager
def _gc_paused() -> Iterator[None]:
    # A big import allocates hundreds of thousands of small records without cycles; the cyclic
    # collector would scan them again and again for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Builder:
    """Finds or creates the stage, lane and persona of each row, in order of first appearance."""

    def __init__(self, base: JourneyMap | None, source: str) -> None:
        self._source = source
        self.stages: list[Stage] = list(base.stages) if base else []
        self.personas: list[Persona] = list(base.personas) if base else []
        self._base_lanes: list[Lane] = list(base.lanes) if base else []
        self._new_lanes: dict[str, str] = {}  # id -> title, in order of appearance
        self._new_lane_kinds: dict[str, list[NoteKind]] = defaultdict(list)
        # First record wins when a base has two titles that fold alike.
        self._stage_ids: dict[str, str] = {}  # folded title -> id
        for stage in self.stages:
            self._stage_ids.setdefault(fold(stage.title), stage.id)
        self._lane_ids: dict[str, str] = {}
        for lane in self._base_lanes:
            self._lane_ids.setdefault(fold(lane.title), lane.id)
        self._persona_ids: dict[str, str] = {}
        for persona in self.personas:
            self._persona_ids.setdefault(fold(persona.name), persona.id)
        self._next_order: dict[tuple[str, str], int] = {}
        if base:
            for cell, notes in base.cells.items():
                self._next_order[cell] = max(note.order for note in notes) + 1
        self._base_note_count = len(base.notes) if base else 0
        # Each note row with its stage, lane and persona ids.
        self._placed: list[tuple[CsvRow, str, str, str | None]] = []
        # Stage columns by stage id: column -> (value, the row that gave it).
        self._stage_values: dict[str, dict[str, tuple[object, int]]] = {}

    def _refuse(self, row: CsvRow, column: str, problem: Message) -> CsvFormatError:
        return CsvFormatError(msg("{file}: row {row:d}, column '{column}': {problem}",
                                  file=self._source, row=row.row, column=column,
                                  problem=problem))

    def place(self, row: CsvRow) -> None:
        """Resolve (creating where needed) the stage, lane and persona of `row`."""
        if row.is_note and self._base_note_count + len(self._placed) >= limits.MAX_NOTES:
            raise CsvFormatError(msg(
                "{file}: row {row:d}: a map holds at most {limit} notes", file=self._source,
                row=row.row, limit=limits.MAX_NOTES))
        stage_id = self._stage_ids.get(_fold(row.stage))
        if stage_id is None:
            if len(self.stages) >= limits.MAX_STAGES:
                raise self._refuse(row, "stage", msg("more than {limit} stages",
                                                         limit=limits.MAX_STAGES))
            stage_id = new_id()
            self.stages.append(Stage(id=stage_id, title=row.stage))
            self._stage_ids[_fold(row.stage)] = stage_id
        lane_id = self._lane_ids.get(_fold(row.lane))
        if lane_id is None:
            if len(self._base_lanes) + len(self._new_lanes) >= limits.MAX_LANES:
                raise self._refuse(row, "lane", msg("more than {limit} lanes",
                                                        limit=limits.MAX_LANES))
            lane_id = new_id()
            self._new_lanes[lane_id] = row.lane
            self._lane_ids[_fold(row.lane)] = lane_id
        if row.stage_details is not None:
            self._take_stage_values(row, stage_id)
        if not row.is_note:
            return
        if lane_id in self._new_lanes and row.kind is not None:
            self._new_lane_kinds[lane_id].append(row.kind)
        self._placed.append((row, stage_id, lane_id, self._persona_id(row)))

    def _take_stage_values(self, row: CsvRow, stage_id: str) -> None:
        """Remember the stage columns of `row`; another row of the stage must agree."""
        assert row.stage_details is not None
        known = self._stage_values.setdefault(stage_id, {})
        for column, value in row.stage_details.values.items():
            earlier = known.get(column)
            if earlier is None:
                known[column] = (value, row.row)
            elif earlier[0] != value:
                raise self._refuse(row, column, msg(
                    "differs from row {row:d} of the same stage; give a stage's value once (or "
                    "the same)", row=earlier[1]))

    def finished_stages(self) -> tuple[Stage, ...]:
        """The stages with the values of their stage columns."""
        stages = []
        for stage in self.stages:
            known = self._stage_values.get(stage.id)
            if known:
                if "funnel_unit" in known and "funnel_count" not in known and stage.funnel is None:
                    row = known["funnel_unit"][1]
                    raise CsvFormatError(msg(
                        "{file}: row {row:d}, column 'funnel_unit': a unit needs a count in "
                        "column 'funnel_count'", file=self._source, row=row))
                stage = apply_stage_cells(stage, {c: v for c, (v, _) in known.items()})
            stages.append(stage)
        return tuple(stages)

    def _persona_id(self, row: CsvRow) -> str | None:
        if row.persona is None:
            return None
        persona_id = self._persona_ids.get(_fold(row.persona))
        if persona_id is None:
            if len(self.personas) >= limits.MAX_PERSONAS:
                raise self._refuse(row, "persona", msg("more than {limit} personas",
                                                           limit=limits.MAX_PERSONAS))
            persona_id = new_id()
            self.personas.append(Persona(id=persona_id, name=row.persona))
            self._persona_ids[_fold(row.persona)] = persona_id
        return persona_id

    def lanes(self) -> tuple[Lane, ...]:
        """The base's lanes, then the new ones with a kind from their title or their notes."""
        new = tuple(
            Lane(id=lane_id, title=title, kind=self._new_lane_kind(lane_id, title))
            for lane_id, title in self._new_lanes.items()
        )
        return tuple(self._base_lanes) + new

    def _new_lane_kind(self, lane_id: str, title: str) -> LaneKind:
        return (
            lane_kind_from_title(title)
            or lane_kind_from_notes(self._new_lane_kinds.get(lane_id, []))
            or LaneKind.NOTES
        )

    def notes(self, lanes: tuple[Lane, ...]) -> tuple[Note, ...]:
        """One note per placed row, numbered 0.. within its cell (after any base notes)."""
        lane_kinds = {lane.id: lane.kind for lane in lanes}
        notes = []
        for row, stage_id, lane_id, persona_id in self._placed:
            cell = (stage_id, lane_id)
            order = self._next_order.get(cell, 0)
            self._next_order[cell] = order + 1
            notes.append(
                Note(
                    id=new_id(),
                    stage=stage_id,
                    lane=lane_id,
                    order=order,
                    kind=row.kind or DEFAULT_NOTE_KIND[lane_kinds[lane_id]],
                    text=row.text,
                    color=row.color,
                    emotion=row.emotion,
                    votes=row.votes,
                    tags=row.tags,
                    persona=persona_id,
                )
            )
        return tuple(notes)
