"""The start-up draft reader: `.journey` bytes of the current version to a DraftMap, without
pydantic, so the first window can draw its board before pydantic is imported
(model/draft_map.py says how the draft is used and replaced).

It accepts only what it is sure the full loader (codec.py) accepts *and* reads to the very same
values: the current format version, exactly the records' fields, values in their plain JSON types
(a whole number where a number is whole, `true`/`false` for flags), the same text cleaning and
bounds, the same id and colour patterns, the integrity rules and the photo header checks. For
anything else — an older version, a value pydantic would coerce, any doubt — it answers None and
the caller uses the full loader, whose message names the problem. It never raises.

`tests/test_draft_load.py` checks, on the samples, every template and on mutated and random files,
that whatever the draft accepts the full loader accepts as an equal map.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Optional

from canvas_app.fileio import codec, migrations
from canvas_app.fileio.errors import FileFormatError
from canvas_app.fileio.image_header import check_photos
from canvas_app.model import limits
from canvas_app.model.draft_map import DraftMap, DraftRecord
from canvas_app.model.ids import ID_PATTERN
from canvas_app.model.kinds import Evidence, Language, LaneKind, LineKind, MapType, NoteKind
from canvas_app.model.map_shape import IntegrityError, check_integrity
from canvas_app.model.text import clean_line, clean_text


class _Unsure(Exception):
    """The draft reader is not sure: the full loader decides."""


def read_draft(data: bytes) -> Optional[DraftMap]:
    """The map in `data` as a draft, or None when the full loader must decide."""
    if (codec.ENVELOPE_VERSION != migrations.CURRENT_VERSION
            or len(data) > limits.MAX_FILE_BYTES):
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        envelope = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
        return _envelope(envelope)
    except (_Unsure, ValueError, TypeError, RecursionError, MemoryError):
        # ValueError covers bad UTF-8, bad JSON and integers too long to convert.
        return None


def _refuse_constant(name: str) -> Any:
    raise _Unsure(name)


def _envelope(envelope: Any) -> DraftMap:
    if type(envelope) is not dict or envelope.keys() != {"format", "version", "map"}:
        raise _Unsure
    version = envelope["version"]
    if (envelope["format"] != codec.FORMAT_TAG or type(version) is not int
            or version != migrations.CURRENT_VERSION):
        raise _Unsure
    draft = DraftMap(_fields(envelope["map"], _MAP))
    try:
        check_integrity(draft)
        check_photos(draft, "draft")  # type: ignore[arg-type]  # (reads the photos and logo only)
    except (IntegrityError, FileFormatError):
        raise _Unsure from None
    return draft


# -- values -----------------------------------------------------------------------------------
# A checker returns the value the validated record holds, or raises _Unsure.

Checker = Callable[[Any], Any]
_REQUIRED = object()


def _pattern(pattern: str) -> Checker:
    # Python's `$` also matches before a final newline; pydantic's (Rust) regex does not.
    body = pattern.removeprefix("^").removesuffix("$")
    match = re.compile(body).fullmatch

    def check(value: Any) -> str:
        if type(value) is not str or match(value) is None:
            raise _Unsure
        return value

    return check


def _text(clean: Callable[[str], str], longest: int, shortest: int = 0) -> Checker:
    def check(value: Any) -> str:
        if type(value) is not str:
            raise _Unsure
        cleaned = clean(value)
        if not shortest <= len(cleaned) <= longest:
            raise _Unsure
        return cleaned

    return check


def _whole(lowest: int, highest: int) -> Checker:
    def check(value: Any) -> int:
        if type(value) is not int or not lowest <= value <= highest:
            raise _Unsure
        return value

    return check


def _real(lowest: float, highest: float) -> Checker:
    def check(value: Any) -> float:
        if type(value) is not int and type(value) is not float:
            raise _Unsure
        if not lowest <= value <= highest:
            raise _Unsure
        return float(value)

    return check


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise _Unsure
    return value


def _choice(enum: Any) -> Checker:
    members = {member.value: member for member in enum}

    def check(value: Any) -> Any:
        if type(value) is not str:
            raise _Unsure
        member = members.get(value)
        if member is None:
            raise _Unsure
        return member

    return check


def _optional(checker: Checker) -> Checker:
    def check(value: Any) -> Any:
        return None if value is None else checker(value)

    return check


def _many(checker: Checker, longest: int) -> Checker:
    def check(value: Any) -> tuple[Any, ...]:
        if type(value) is not list or len(value) > longest:
            raise _Unsure
        return tuple(checker(item) for item in value)

    return check


def _record(spec: dict[str, tuple[Checker, Any]],
            after: Optional[Callable[[DraftRecord], None]] = None) -> Checker:
    def check(value: Any) -> DraftRecord:
        record = DraftRecord(**_fields(value, spec))
        if after is not None:
            after(record)
        return record

    return check


def _fields(value: Any, spec: dict[str, tuple[Checker, Any]]) -> dict[str, Any]:
    """The fields of a record (or of the map) from a JSON object, in the spec's order."""
    if type(value) is not dict or not value.keys() <= spec.keys():
        raise _Unsure
    fields = {}
    for name, (check, default) in spec.items():
        raw = value.get(name, _REQUIRED)
        if raw is _REQUIRED:
            if default is _REQUIRED:
                raise _Unsure
            fields[name] = default
        else:
            fields[name] = check(raw)
    return fields


def _check_budget(session: DraftRecord) -> None:
    # VotingSession's own rule: nobody has used more dots than each participant has.
    if any(voter.dots_used > session.dots_per_participant for voter in session.voters):
        raise _Unsure


# -- the records (model/records.py and model/journey_map.py: same fields, same defaults) -------

_ID = _pattern(ID_PATTERN)
_TITLE = _text(clean_line, limits.MAX_TITLE)
_LABEL = _text(clean_line, limits.MAX_LABEL)
_TEXT = _text(clean_text, limits.MAX_TEXT)
_TAG = _text(clean_line, limits.MAX_TAG, shortest=1)
_COLOR = _pattern(r"^#[0-9A-Fa-f]{6}$")
_TAGS = _many(_TAG, limits.MAX_TAGS)
# Base64 with the white space some encoders add; a subset of what the record's pattern allows.
_PHOTO_DATA = re.compile(r"[A-Za-z0-9+/=\t\n\r ]*").fullmatch


def _photo_data(value: Any) -> str:
    if type(value) is not str or len(value) > limits.MAX_PHOTO_BASE64 or not _PHOTO_DATA(value):
        raise _Unsure
    return value


_PHOTO = _record({
    "media_type": (_pattern(r"^image/(png|jpeg)$"), _REQUIRED),
    "data": (_photo_data, _REQUIRED),
})
_PERSONA = _record({
    "id": (_ID, _REQUIRED),
    "name": (_TITLE, _REQUIRED),
    "photo": (_optional(_PHOTO), None),
    **{name: (_TEXT, "") for name in (
        "quote", "demographics", "bio", "lifestyle", "personality", "shopping_preferences",
        "information_sources", "goals_motivations", "pain_points")},
})
_PHASE = _record({"id": (_ID, _REQUIRED), "title": (_TITLE, _REQUIRED)})
_CAMPAIGN = _record({name: (_TEXT, "") for name in (
    "goal", "audience", "content", "channel", "call_to_action")})
_KPI = _record({"name": (_LABEL, _REQUIRED), "target": (_LABEL, ""), "actual": (_LABEL, "")})
_FUNNEL = _record({
    "count": (_whole(0, limits.MAX_FUNNEL_COUNT), _REQUIRED),
    "unit": (_LABEL, ""),
})
_STAGE = _record({
    "id": (_ID, _REQUIRED),
    "title": (_TITLE, _REQUIRED),
    "phase": (_optional(_ID), None),
    "time_of_day": (_optional(_pattern(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")), None),
    "description": (_TEXT, ""),
    "campaign": (_optional(_CAMPAIGN), None),
    "kpis": (_many(_KPI, limits.MAX_KPIS), ()),
    "funnel": (_optional(_FUNNEL), None),
    "width": (_optional(_real(80, 2000)), None),
})
_LANE = _record({
    "id": (_ID, _REQUIRED),
    "title": (_TITLE, _REQUIRED),
    "kind": (_choice(LaneKind), LaneKind.NOTES),
    "height": (_optional(_real(40, 4000)), None),
    "hidden": (_flag, False),
})
_LINE = _record({
    "id": (_ID, _REQUIRED),
    "kind": (_choice(LineKind), _REQUIRED),
    "after_lane": (_ID, _REQUIRED),
    "label": (_LABEL, ""),
})
_NOTE_SPEC = {
    "id": (_ID, _REQUIRED),
    "stage": (_ID, _REQUIRED),
    "lane": (_ID, _REQUIRED),
    "order": (_whole(0, limits.MAX_NOTES), 0),
    "kind": (_choice(NoteKind), NoteKind.NOTE),
    "text": (_TEXT, ""),
    "color": (_optional(_COLOR), None),
    "emotion": (_optional(_whole(limits.EMOTION_MIN, limits.EMOTION_MAX)), None),
    "votes": (_whole(0, limits.MAX_VOTES), 0),
    "tags": (_TAGS, ()),
    "persona": (_optional(_ID), None),
    "evidence": (_optional(_choice(Evidence)), None),
    "hidden": (_flag, False),
}
_NOTE_KEYS = frozenset(_NOTE_SPEC)
_ID_MATCH = re.compile(ID_PATTERN.removeprefix("^").removesuffix("$")).fullmatch
_KINDS = {kind.value: kind for kind in NoteKind}
_EVIDENCE = {evidence.value: evidence for evidence in Evidence}
_MISSING = object()


def _note(value: Any) -> DraftRecord:
    """A note: `_record(_NOTE_SPEC)` written out, for speed (maps hold thousands of notes; the
    tests check the two agree)."""
    if type(value) is not dict or not value.keys() <= _NOTE_KEYS:
        raise _Unsure
    get = value.get
    note_id, stage, lane = get("id"), get("stage"), get("lane")
    if (type(note_id) is not str or type(stage) is not str or type(lane) is not str
            or not _ID_MATCH(note_id) or not _ID_MATCH(stage) or not _ID_MATCH(lane)):
        raise _Unsure
    order, votes = get("order", 0), get("votes", 0)
    if (type(order) is not int or not 0 <= order <= limits.MAX_NOTES
            or type(votes) is not int or not 0 <= votes <= limits.MAX_VOTES):
        raise _Unsure
    kind = get("kind", _MISSING)
    kind = NoteKind.NOTE if kind is _MISSING else _KINDS.get(kind) if type(kind) is str else None
    text = get("text", "")
    if kind is None or type(text) is not str:
        raise _Unsure
    text = clean_text(text)
    if len(text) > limits.MAX_TEXT:
        raise _Unsure
    color, emotion, persona = get("color"), get("emotion"), get("persona")
    if color is not None:
        color = _COLOR(color)
    if emotion is not None and (type(emotion) is not int
                                or not limits.EMOTION_MIN <= emotion <= limits.EMOTION_MAX):
        raise _Unsure
    if persona is not None and (type(persona) is not str or not _ID_MATCH(persona)):
        raise _Unsure
    tags = get("tags", _MISSING)
    tags = () if tags is _MISSING else _TAGS(tags)
    evidence = get("evidence")
    if evidence is not None:
        evidence = _EVIDENCE.get(evidence) if type(evidence) is str else None
        if evidence is None:
            raise _Unsure
    hidden = get("hidden", False)
    if type(hidden) is not bool:
        raise _Unsure
    return DraftRecord(id=note_id, stage=stage, lane=lane, order=order, kind=kind, text=text,
                       color=color, emotion=emotion, votes=votes, tags=tags, persona=persona,
                       evidence=evidence, hidden=hidden)


_CONNECTOR = _record({
    "id": (_ID, _REQUIRED),
    "source": (_ID, _REQUIRED),
    "target": (_ID, _REQUIRED),
    "label": (_LABEL, ""),
})
_VOTER = _record({"name": (_LABEL, _REQUIRED), "dots_used": (_whole(0, limits.MAX_DOTS), 0)})
_VOTING = _record({
    "dots_per_participant": (_whole(1, limits.MAX_DOTS), 3),
    "voters": (_many(_VOTER, limits.MAX_VOTERS), ()),
}, after=_check_budget)
_DISMISSAL = _record({
    "check": (_pattern(r"^[a-z0-9-]{1,40}$"), _REQUIRED),
    "target": (_ID, _REQUIRED),
})
_MAP: dict[str, tuple[Checker, Any]] = {
    "title": (_TITLE, ""),
    "description": (_TEXT, ""),
    "map_type": (_choice(MapType), MapType.CURRENT_STATE),
    "framework": (_optional(_pattern(r"^[a-z0-9-]{1,40}$")), None),
    "language": (_choice(Language), Language.EN),
    "personas": (_many(_PERSONA, limits.MAX_PERSONAS), ()),
    "phases": (_many(_PHASE, limits.MAX_PHASES), ()),
    "stages": (_many(_STAGE, limits.MAX_STAGES), ()),
    "lanes": (_many(_LANE, limits.MAX_LANES), ()),
    "lines": (_many(_LINE, limits.MAX_LINES), ()),
    "notes": (_many(_note, limits.MAX_NOTES), ()),
    "connectors": (_many(_CONNECTOR, limits.MAX_CONNECTORS), ()),
    "logo": (_optional(_PHOTO), None),
    "voting": (_optional(_VOTING), None),
    "dismissals": (_many(_DISMISSAL, limits.MAX_DISMISSALS), ()),
}
