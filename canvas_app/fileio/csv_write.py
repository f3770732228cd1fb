"""CSV export: one row per note in the shape Excel opens correctly (UTF-8 with BOM, CRLF, comma).

Also owns the spreadsheet formula-injection guard, which the reader undoes on import so that
export -> import gives back exactly the text that was exported.
"""

from __future__ import annotations

import csv
import io

from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.text import fold

HEADER: tuple[str, ...] = (
    "stage",
    "lane",
    "text",
    "kind",
    "color",
    "emotion",
    "votes",
    "tags",
    "persona",
)

# A cell starting with one of these is run as a formula by Excel (and some by LibreOffice and
# Google Sheets); tab and CR are in OWASP's list too. The full-width forms are included because
# East Asian input methods turn them into formulas on entry.
FORMULA_STARTERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
FORMULA_GUARD = "'"

TAG_SEPARATOR = ", "


def guard_formula(cell: str) -> str:
    """`cell` with an apostrophe in front if a spreadsheet would run it as a formula.

    Cells that already start with apostrophes before a formula starter get one more, so that
    `unguard_formula` (which removes exactly one) gives back the original in every case.
    """
    unquoted = cell.lstrip(FORMULA_GUARD)
    if unquoted and unquoted[0] in FORMULA_STARTERS:
        return FORMULA_GUARD + cell
    return cell


def unguard_formula(cell: str) -> str:
    """Undo `guard_formula`: drop one apostrophe in front of (apostrophes and) a formula starter."""
    if cell.startswith(FORMULA_GUARD):
        unquoted = cell.lstrip(FORMULA_GUARD)
        if unquoted and unquoted[0] in FORMULA_STARTERS:
            return cell[1:]
    return cell


def export_csv(journey: JourneyMap) -> bytes:
    """The notes of `journey` as CSV bytes, stage by stage, lane by lane, in display order.

    Import orders stages and lanes by first appearance; where the notes alone would not give the
    map's order (a lane first used in a later stage, a stage or lane without notes), rows with
    only a stage and a lane declare them first.
    """
    stage_titles = unique_titles([stage.title for stage in journey.stages], "Stage")
    lane_titles = unique_titles([lane.title for lane in journey.lanes], "Lane")
    persona_names = {persona.id: persona.name for persona in journey.personas}
    filled = [
        (stage_index, lane_index)
        for stage_index, stage in enumerate(journey.stages)
        for lane_index, lane in enumerate(journey.lanes)
        if journey.notes_in(stage.id, lane.id)
    ]
    lane_order = list(dict.fromkeys(lane_index for _, lane_index in filled))
    filled_stages = {stage_index for stage_index, _ in filled}
    declare = lane_order != list(range(len(journey.lanes))) or len(filled_stages) < len(
        journey.stages
    )
    # Stage columns only for maps with stage details, so other exports keep the plain header.
    from canvas_app.fileio.csv_stage_columns import (  # (that module builds on this one)
        STAGE_COLUMNS,
        has_stage_columns,
        stage_cells,
    )

    with_stages = has_stage_columns(journey.stages)
    header = HEADER + STAGE_COLUMNS if with_stages else HEADER
    pending = set(range(len(journey.stages))) if with_stages else set()

    def stage_part(stage_index: int) -> tuple[str, ...]:
        """The stage columns: filled on the stage's first row, empty on the others."""
        if not with_stages:
            return ()
        if stage_index in pending:
            pending.discard(stage_index)
            return stage_cells(journey.stages[stage_index])
        return ("",) * len(STAGE_COLUMNS)

    buffer = io.StringIO(newline="")
    # Minimal quoting keeps the file readable; line breaks inside a cell stay LF, which is what
    # Excel itself writes for Alt+Enter breaks (CR there shows as a box).
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    if declare and journey.stages:
        for lane_title in lane_titles:
            writer.writerow(_declaration(stage_titles[0], lane_title) + stage_part(0))
    for stage_index, stage in enumerate(journey.stages):
        if declare and stage_index and stage_index not in filled_stages and lane_titles:
            writer.writerow(_declaration(stage_titles[stage_index], lane_titles[0])
                            + stage_part(stage_index))
        for lane, lane_title in zip(journey.lanes, lane_titles):
            for note in journey.notes_in(stage.id, lane.id):
                persona = persona_names.get(note.persona, "") if note.persona else ""
                writer.writerow(
                    (
                        guard_formula(stage_titles[stage_index]),
                        guard_formula(lane_title),
                        guard_formula(note.text),
                        note.kind.value,
                        note.color.upper() if note.color else "",
                        "" if note.emotion is None else str(note.emotion),
                        str(note.votes),
                        guard_formula(TAG_SEPARATOR.join(note.tags)),
                        guard_formula(persona),
                    )
                    + stage_part(stage_index)
                )
    # The BOM is what makes Excel read the file as UTF-8 (Vietnamese letters) rather than ANSI.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _declaration(stage_title: str, lane_title: str) -> tuple[str, ...]:
    """A row naming a stage and a lane with every note column empty: import creates no note."""
    return (guard_formula(stage_title), guard_formula(lane_title)) + ("",) * (len(HEADER) - 2)


def unique_titles(titles: list[str], fallback: str) -> list[str]:
    """Titles that import can tell apart: empty ones named "Stage 3", repeats suffixed " (2)".

    Import identifies stages and lanes by title (case- and accent-insensitively), so two stages
    titled alike would merge into one and an empty title would be refused.
    """
    seen: set[str] = set()
    result: list[str] = []
    for position, title in enumerate(titles, start=1):
        base = title or f"{fallback} {position}"
        candidate = base
        copy = 2
        while fold(candidate) in seen:
            suffix = f" ({copy})"
            candidate = base[: limits.MAX_TITLE - len(suffix)] + suffix
            copy += 1
        seen.add(fold(candidate))
        result.append(candidate)
    return result
