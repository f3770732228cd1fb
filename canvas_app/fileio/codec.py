"""The `.journey` codec: bytes -> JSON -> format tag -> version -> migrations -> validation -> map.

Saving writes a stable, indented UTF-8 JSON envelope `{"format", "version", "map"}`, so that
load -> save is byte-identical and a small edit gives a small diff. Every refusal is a
FileFormatError carrying one line that names the problem and where it is.
"""

from __future__ import annotations

import gc
import json
import os
import re
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from canvas_app.fileio import migrations
from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.errors import FileFormatError, NewerVersionError
from canvas_app.fileio.image_header import check_photos
from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.text import clean_text

FORMAT_TAG = "journey-canvas"
FILE_SUFFIX = ".journey"
_BOM = b"\xef\xbb\xbf"

# The version `CurrentEnvelope` describes. It must equal `migrations.CURRENT_VERSION` (a test
# checks); when the two differ (a test pretending a newer format exists) the fast path is skipped.
ENVELOPE_VERSION: Literal[2] = 2


class CurrentEnvelope(BaseModel):
    """A Journey Canvas map file: the format tag, the format version and the map itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal["journey-canvas"]
    version: Literal[2]
    map: JourneyMap


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
        raise FileFormatError(f"{file}: no such file") from None
    except OSError as error:
        raise FileFormatError(f"{file}: cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(status.st_mode):
        raise FileFormatError(f"{file}: is a folder, not a map file")
    if not stat.S_ISREG(status.st_mode):
        # A pipe would block forever and a device like /dev/zero never ends.
        raise FileFormatError(f"{file}: is not a regular file")
    if status.st_size > limits.MAX_FILE_BYTES:
        raise FileFormatError(
            f"{file}: the file is {status.st_size / 1_048_576:.1f} MB, larger than the "
            f"{limits.MAX_FILE_BYTES // 1_048_576} MB a map file may be"
        )
    try:
        with file.open("rb") as handle:
            # Read one byte past the limit so a file that grew after stat() is still refused.
            data = handle.read(limits.MAX_FILE_BYTES + 1)
    except OSError as error:
        raise FileFormatError(f"{file}: cannot be read ({error.strerror})") from None
    return data


def load_bytes(data: bytes, source: str = "input") -> JourneyMap:
    """Parse and validate `.journey` bytes. `source` names the input in error messages."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise FileFormatError(
            f"{source}: the data is {len(data) / 1_048_576:.1f} MB, larger than the "
            f"{limits.MAX_FILE_BYTES // 1_048_576} MB a map file may be"
        )
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    journey = _decode(data, source)
    # Limits the model cannot see: the image size a photo's header declares.
    check_photos(journey, source)
    return journey


def _decode(data: bytes, source: str) -> JourneyMap:
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


def _parse_json(data: bytes, source: str) -> dict[str, Any]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FileFormatError(
            f"{source}: not a Journey Canvas file (not UTF-8 text: byte 0x{data[error.start]:02x} "
            f"at offset {error.start})"
        ) from None
    if not text.strip():
        raise FileFormatError(f"{source}: the file is empty")
    try:
        parsed = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise FileFormatError(
            f"{source}: not valid JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg}); the file may be truncated or damaged"
        ) from None
    except RecursionError:
        raise FileFormatError(f"{source}: not a valid map file (nested too deeply)") from None
    except ValueError as error:
        # _refuse_constant, or an integer too long for Python to convert.
        reason = str(error) if isinstance(error, _NotJsonError) else "a number is far too long"
        raise FileFormatError(f"{source}: not valid JSON ({reason})") from None
    if not isinstance(parsed, dict):
        raise FileFormatError(
            f"{source}: not a Journey Canvas file (the JSON is {_json_kind(parsed)}, "
            "not an object)"
        )
    return parsed


class _NotJsonError(ValueError):
    """A literal Python's json module accepts but JSON does not."""


def _refuse_constant(name: str) -> Any:
    raise _NotJsonError(f"{name} is not a JSON number")


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool) or value is None:
        return "true, false or null"
    return "a number"


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


def _validate_envelope(envelope: dict[str, Any], source: str) -> JourneyMap:
    tag = envelope.get("format")
    if tag != FORMAT_TAG:
        raise FileFormatError(
            f'{source}: not a Journey Canvas file (expected "format": "{FORMAT_TAG}")'
        )
    version = envelope.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileFormatError(f'{source}: "version" must be a positive whole number')
    current = migrations.CURRENT_VERSION
    if version > current:
        shown = str(version) if version < 10**12 else "greater than 10^12"
        raise NewerVersionError(
            f"{source}: the file is format version {shown}, written by a newer Journey Canvas; "
            f"this program reads versions up to {current}. Please update Journey Canvas.",
            file_version=version,
            supported_version=current,
        )
    if version < migrations.OLDEST_VERSION:
        raise FileFormatError(f"{source}: format version {version} is no longer supported")
    if version < current:
        try:
            envelope = migrations.migrate(envelope, version)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise FileFormatError(
                f"{source}: cannot upgrade this version-{version} file ({error})"
            ) from None
    if "map" not in envelope:
        raise FileFormatError(f'{source}: the file has no "map"')
    unknown = sorted(set(envelope) - {"format", "version", "map"})
    if unknown:
        raise FileFormatError(f"{source}: unknown top-level field '{_one_line(unknown[0])}'")
    try:
        return JourneyMap.model_validate(_scrub_surrogates(envelope["map"]))
    except ValidationError as error:
        raise FileFormatError(f"{source}: {describe_validation_error(error, prefix='map')}") from None
    except RecursionError:
        raise FileFormatError(f"{source}: not a valid map file (nested too deeply)") from None


def describe_validation_error(error: ValidationError, prefix: str = "") -> str:
    """One line for the first problem pydantic found, naming its place (`map.notes[3].emotion`)."""
    problems = error.errors(include_url=False, include_input=False)
    first = problems[0]
    where = prefix
    for part in first["loc"]:
        if isinstance(part, int):
            where += f"[{part}]"
        else:
            # Keys come from the file: keep them short and on one line.
            key = _one_line(str(part))
            where += f".{key}" if where else key
    message = str(first["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
        # Integrity errors name their own place inside the map ("notes[3]: …").
        place = _INTEGRITY_PLACE.match(message)
        if place and not first["loc"]:
            where = f"{prefix}.{place.group(1)}" if prefix else place.group(1)
            message = message[place.end() :]
    message = _one_line(message, limit=1000)
    extra = len(problems) - 1
    suffix = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
    return f"{where}: {message}{suffix}" if where else f"{message}{suffix}"


_INTEGRITY_PLACE = re.compile(r"^([a-z_]+\[\d+\]): ")


def _one_line(text: str, limit: int = 60) -> str:
    """`text` made safe for a one-line message: control characters escaped, length capped."""
    shown = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text[: limit + 1])
    return shown if len(text) <= limit else shown[:limit] + "…"


def dump_bytes(journey: JourneyMap) -> bytes:
    """The canonical bytes of `journey`: stable key order, indent 2, UTF-8, final newline."""
    envelope = CurrentEnvelope.model_construct(
        # The current version, which a test may pretend is newer than ENVELOPE_VERSION.
        format="journey-canvas",
        version=migrations.CURRENT_VERSION,  # type: ignore[arg-type]
        map=journey,
    )
    return envelope.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_path(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write `journey` to `path` atomically."""
    write_atomic(path, dump_bytes(journey))
