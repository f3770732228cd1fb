"""The `.journey` codec: bytes -> JSON -> format tag -> version -> migrations -> validation -> map.

Saving writes a stable, indented UTF-8 JSON envelope `{"format", "version", "map"}`, so that
load -> save is byte-identical and a small edit gives a small diff. Every refusal is a
FileFormatError carrying one line that names the problem and where it is.

Importing this module does not import pydantic (nor the records): `read_map_file` and the codec's
constants serve the start-up draft (fileio/draft_load.py) before the first paint; pydantic is
imported when a map is first validated or written.
"""

from __future__ import annotations

import gc
import json
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from canvas_app.fileio import migrations
from canvas_app.fileio.errors import FileFormatError, NewerVersionError, read_failure
from canvas_app.fileio.image_header import check_photos
from canvas_app.model import limits
from canvas_app.model.messages import N_, ExplainedValueError, Message, literal, msg
from canvas_app.model.text import clean_text
from canvas_app.model.validation_messages import describe_validation_error, one_line

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap

FORMAT_TAG = "journey-canvas"
FILE_SUFFIX = ".journey"
_BOM = b"\xef\xbb\xbf"

# The version `CurrentEnvelope` (fileio/envelope.py) describes. It must equal
# `migrations.CURRENT_VERSION` (a test checks); when the two differ (a test pretending a newer
# format exists) the fast path is skipped.
ENVELOPE_VERSION = 2


def __getattr__(name: str) -> Any:
    # `codec.CurrentEnvelope`, built (with pydantic) on first use.
    if name == "CurrentEnvelope":
        from canvas_app.fileio.envelope import CurrentEnvelope

        return CurrentEnvelope
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Validating thousands of records allocates many small objects; the cyclic collector would
    # otherwise run dozens of times during a load for no benefit (the records hold no cycles).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_path(path: str | os.PathLike[str]) -> JourneyMap:
    """Read a `.journey` file; FileFormatError for anything that is not a valid map."""
    return load_bytes(read_map_file(path), source=str(Path(path)))


def read_map_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a would-be map file, refusing what is not a regular file or is too large."""
    file = Path(path)
    try:
        status = file.stat()
    except FileNotFoundError:
        raise FileFormatError(msg("{file}: no such file", file=str(file))) from None
    except OSError as error:
        raise FileFormatError(msg("{file}: cannot be read ({reason})", file=str(file),
                                  reason=read_failure(error))) from None
    if stat.S_ISDIR(status.st_mode):
        raise FileFormatError(msg("{file}: is a folder, not a map file", file=str(file)))
    if not stat.S_ISREG(status.st_mode):
        # A pipe would block forever and a device like /dev/zero never ends.
        raise FileFormatError(msg("{file}: is not a regular file", file=str(file)))
    if status.st_size > limits.MAX_FILE_BYTES:
        raise FileFormatError(msg(
            "{file}: the file is {size:.1f} MB, larger than the {limit} MB a map file may be",
            file=str(file), size=status.st_size / 1_048_576,
            limit=limits.MAX_FILE_BYTES // 1_048_576))
    try:
        with file.open("rb") as handle:
            # Read one byte past the limit so a file that grew after stat() is still refused.
            data = handle.read(limits.MAX_FILE_BYTES + 1)
    except OSError as error:
        raise FileFormatError(msg("{file}: cannot be read ({reason})", file=str(file),
                                  reason=read_failure(error))) from None
    return data


def load_bytes(data: bytes, source: str | Message = "input") -> JourneyMap:
    """Parse and validate `.journey` bytes. `source` names the input in error messages."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise FileFormatError(msg(
            "{file}: the data is {size:.1f} MB, larger than the {limit} MB a map file may be",
            file=source, size=len(data) / 1_048_576, limit=limits.MAX_FILE_BYTES // 1_048_576))
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    journey = _decode(data, source)
    # Limits the model cannot see: the image size a photo's header declares.
    check_photos(journey, source)
    return journey


def _decode(data: bytes, source: str | Message) -> JourneyMap:
    from pydantic import ValidationError

    from canvas_app.fileio.envelope import CurrentEnvelope

    with _gc_paused():
        if ENVELOPE_VERSION == migrations.CURRENT_VERSION:
            try:
                # Fast path: a valid file of the current version is parsed and validated in Rust.
                return CurrentEnvelope.model_validate_json(data).map
            except (ValidationError, RecursionError):
                pass
        # Slow path: find out exactly what is wrong (or migrate an older version).
        envelope = _parse_json(data, source)
        return _validate_envelope(envelope, source)


def _parse_json(data: bytes, source: str | Message) -> dict[str, Any]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FileFormatError(msg(
            "{file}: not a Journey Canvas file (not UTF-8 text: byte 0x{byte:02x} at offset "
            "{offset:d})", file=source, byte=data[error.start], offset=error.start)) from None
    if not text.strip():
        raise FileFormatError(msg("{file}: the file is empty", file=source))
    try:
        parsed = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise FileFormatError(msg(
            "{file}: not valid JSON at line {line:d}, column {column:d} ({reason}); the file "
            "may be truncated or damaged", file=source, line=error.lineno, column=error.colno,
            reason=_json_reason(error.msg))) from None
    except RecursionError:
        raise FileFormatError(msg("{file}: not a valid map file (nested too deeply)",
                                  file=source)) from None
    except ValueError as error:
        # _refuse_constant, or an integer too long for Python to convert.
        reason = error.core_message if isinstance(error, _NotJsonError) else msg(
            "a number is far too long")
        raise FileFormatError(msg("{file}: not valid JSON ({reason})", file=source,
                                  reason=reason)) from None
    if not isinstance(parsed, dict):
        raise FileFormatError(msg(
            "{file}: not a Journey Canvas file (the JSON is {kind}, not an object)",
            file=source, kind=_json_kind(parsed)))
    return parsed


# Python's JSON parser explains in English; the usual reasons, by how they begin.
_JSON_REASONS = (
    ("Expecting value", N_("a value was expected")),
    ("Expecting property name enclosed in double quotes",
     N_("a member name in double quotes was expected")),
    ("Expecting ',' delimiter", N_("a comma was expected")),
    ("Expecting ':' delimiter", N_("a colon was expected")),
    ("Unterminated string", N_("a text in quotes is never closed")),
    ("Invalid control character", N_("a control character inside a text")),
    ("Invalid \\uXXXX escape", N_("a broken \\u escape")),
    ("Invalid \\escape", N_("a broken backslash escape")),
    ("Extra data", N_("more data after the end")),
)


def _json_reason(reason: str) -> Message:
    for start, template in _JSON_REASONS:
        if reason.startswith(start):
            return msg(template)
    return literal(reason)


class _NotJsonError(ExplainedValueError):
    """A literal Python's json module accepts but JSON does not."""


def _refuse_constant(name: str) -> Any:
    raise _NotJsonError(msg("{name} is not a JSON number", name=name))


def _json_kind(value: Any) -> Message:
    if isinstance(value, list):
        return msg("an array")
    if isinstance(value, str):
        return msg("a string")
    if isinstance(value, bool) or value is None:
        return msg("true, false or null")
    return msg("a number")


def _scrub_surrogates(value: Any) -> Any:
    """Drop lone surrogates (legal in JSON escapes, illegal in UTF-8) from every string."""
    if isinstance(value, str):
        return clean_text(value) if _has_surrogate(value) else value
    if isinstance(value, list):
        return [_scrub_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_scrub_surrogates(key): _scrub_surrogates(item) for key, item in value.items()}
    return value


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _validate_envelope(envelope: dict[str, Any], source: str | Message) -> JourneyMap:
    from pydantic import ValidationError

    from canvas_app.model.journey_map import JourneyMap

    tag = envelope.get("format")
    if tag != FORMAT_TAG:
        raise FileFormatError(msg(
            '{file}: not a Journey Canvas file (expected "format": "{tag}")', file=source,
            tag=FORMAT_TAG))
    version = envelope.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileFormatError(msg('{file}: "version" must be a positive whole number',
                                  file=source))
    current = migrations.CURRENT_VERSION
    if version > current:
        shown: int | Message = version if version < 10**12 else msg("greater than 10^12")
        raise NewerVersionError(
            msg("{file}: the file is format version {version:d}, written by a newer Journey "
                "Canvas; this program reads versions up to {current:d}. Please update Journey "
                "Canvas.", file=source, version=shown, current=current),
            file_version=version,
            supported_version=current,
        )
    if version < migrations.OLDEST_VERSION:
        raise FileFormatError(msg("{file}: format version {version:d} is no longer supported",
                                  file=source, version=version))
    if version < current:
        try:
            envelope = migrations.migrate(envelope, version)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise FileFormatError(msg(
                "{file}: cannot upgrade this version-{version:d} file ({reason})", file=source,
                version=version, reason=str(error))) from None
    if "map" not in envelope:
        raise FileFormatError(msg('{file}: the file has no "map"', file=source))
    unknown = sorted(set(envelope) - {"format", "version", "map"})
    if unknown:
        raise FileFormatError(msg("{file}: unknown top-level field '{field}'", file=source,
                                  field=one_line(unknown[0])))
    try:
        return JourneyMap.model_validate(_scrub_surrogates(envelope["map"]))
    except ValidationError as error:
        raise FileFormatError(msg("{file}: {problem}", file=source, problem=describe_validation_error(
            error, prefix="map"))) from None
    except RecursionError:
        raise FileFormatError(msg("{file}: not a valid map file (nested too deeply)",
                                  file=source)) from None


def dump_bytes(journey: JourneyMap) -> bytes:
    """The canonical bytes of `journey`: stable key order, indent 2, UTF-8, final newline."""
    from canvas_app.fileio.envelope import CurrentEnvelope

    envelope = CurrentEnvelope.model_construct(
        # The current version, which a test may pretend is newer than ENVELOPE_VERSION.
        format="journey-canvas",
        version=migrations.CURRENT_VERSION,  # type: ignore[arg-type]
        map=journey,
    )
    return envelope.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_path(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write `journey` to `path` atomically."""
    from canvas_app.fileio.atomic import write_atomic  # (its imports: not needed to read)

    write_atomic(path, dump_bytes(journey))
