"""Pure edits of a journey map: each takes a map and ids, returns (new map, ChangeSummary).

The input map is never changed. Only the touched records are validated and only the references
an edit introduces are checked, so an edit costs O(change) Python work even on a 20 000-note map;
`check_integrity` stays the full check (tests run it after every edit). Each summary carries the
`MapDelta` that undo and redo replay with `apply_delta`.
"""

from __future__ import annotations

from canvas_app.model.edit_caches import (
    check_derived_state,
)
from canvas_app.model.edit_checks import (
    EditError,
)
from canvas_app.model.edit_delta import (
    ChangeSummary,
    DeltaMismatchError,
    EditResult,
    IdChanges,
    MapDelta,
    RecordDelta,
    apply_delta,
)
from canvas_app.model.edit_map import (
    MAP_FIELDS,
    PERSONA_FIELDS,
    add_persona,
    get_persona,
    remove_persona,
    set_map_properties,
    set_map_title,
    update_persona,
)
from canvas_app.model.edit_notes import (
    NOTE_FIELDS,
    add_connector,
    add_notes,
    board_order,
    get_note,
    duplicate_notes,
    move_notes,
    remove_connectors,
    remove_notes,
    update_connector,
    update_notes,
)
from canvas_app.model.edit_structure import (
    LANE_FIELDS,
    STAGE_FIELDS,
    add_lane,
    add_phase,
    add_stage,
    get_lane,
    get_phase,
    get_stage,
    move_lane,
    move_stage,
    remove_lane,
    remove_phase,
    remove_stage,
    rename_lane,
    rename_phase,
    rename_stage,
    set_campaign_card,
    set_lane_height,
    set_lane_kind,
    set_stage_width,
    update_lane,
    update_stage,
)

__all__ = [
    "LANE_FIELDS",
    "MAP_FIELDS",
    "NOTE_FIELDS",
    "PERSONA_FIELDS",
    "STAGE_FIELDS",
    "ChangeSummary",
    "DeltaMismatchError",
    "EditError",
    "EditResult",
    "IdChanges",
    "MapDelta",
    "RecordDelta",
    "add_connector",
    "add_lane",
    "add_notes",
    "add_persona",
    "add_phase",
    "add_stage",
    "apply_delta",
    "board_order",
    "check_derived_state",
    "duplicate_notes",
    "get_lane",
    "get_note",
    "get_persona",
    "get_phase",
    "get_stage",
    "move_lane",
    "move_notes",
    "move_stage",
    "remove_connectors",
    "remove_lane",
    "remove_notes",
    "remove_persona",
    "remove_phase",
    "remove_stage",
    "rename_lane",
    "rename_phase",
    "rename_stage",
    "set_campaign_card",
    "set_lane_height",
    "set_lane_kind",
    "set_map_properties",
    "set_map_title",
    "set_stage_width",
    "update_connector",
    "update_lane",
    "update_notes",
    "update_persona",
    "update_stage",
]
