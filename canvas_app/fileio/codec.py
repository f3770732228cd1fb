"""The `.journey` codec: bytes -> JSON -> format tag -> version -> migrations -> validation -> map.

Saving writes a stable, indented UTF-8 JSON envelope `{"format", "version", "map"}`, so that
load -> save is byte-identical and a small edit gives a small diff. Every refusal is a
FileFormatError carrying one line that names the problem and where it is.
"""

from __future__ import annotations

import gc
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from canvas_app.fileio import migrations
from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.errors import FileFormatError, NewerVersionError
from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.text import clean_text

FORMAT_TAG = "journey-canvas"
FILE_SUFFIX = ".journey"


class _CurrentEnvelope(BaseModel):
    """The on-disk envelope of the current version (the fast path validates it in one go)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal["journey-canvas"]
    version: Literal[1]
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
    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise FileFormatError(f"{file}: no such file") from None
    except OSError as error:
        raise FileFormatError(f"{file}: cannot be read ({error.strerror})") from None
    if file.is_dir():
        raise FileFormatError(f"{file}: is a folder, not a map file")
    if size > limits.MAX_FILE_BYTES:
        raise FileFormatError(
            f"{file}: the file is {size / 1_048_576:.1f} MB, larger than the "
            f"{limits.MAX_FILE_BYTES // 1_048_576} MB a map file may be"
        )
    try:
        data = file.read_bytes()
    except OSError as error:
        raise FileFormatError(f"{file}: cannot be read ({error.strerror})") from None
    return load_bytes(data, source=str(file))


def load_bytes(data: bytes, source: str = "input") -> JourneyMap:
    """Parse and validate `.journey` bytes. `source` names the input in error messages."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise FileFormatError(
            f"{source}: the data is {len(data) / 1_048_576:.1f} MB, larger than the "
            f"{limits.MAX_FILE_BYTES // 1_048_576} MB a map file may be"
        )
    with _gc_paused():
        try:
            # Fast path: a valid file of the current version is parsed and validated in Rust.
            return _CurrentEnvelope.model_validate_json(data).map
        except (ValidationError, RecursionError):
            pass
        # Slow path: find out exactly what is wrong (or migrate an older version).
        envelope = _parse_json(data, source)
        return _validate_envelope(envelope, source)


def _parse_json(data: bytes, source: str) -> dict[str, Any]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
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
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        raise FileFormatError(
            f"{source}: not valid JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg}); the file may be truncated or damaged"
        ) from None
    except RecursionError:
        raise FileFormatError(f"{source}: not a valid map file (nested too deeply)") from None
    if not isinstance(parsed, dict):
        raise FileFormatError(
            f"{source}: not a Journey Canvas file (the JSON is a {type(parsed).__name__}, "
            "not an object)"
        )
    return parsed


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
        raise NewerVersionError(
            f"{source}: the file is format version {version}, written by a newer Journey Canvas; "
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
        raise FileFormatError(f"{source}: unknown top-level field '{unknown[0]}'")
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
            where += f".{part}" if where else str(part)
    message = str(first["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
        # Integrity errors name their own place inside the map ("notes[3]: …").
        where = prefix
    extra = len(problems) - 1
    suffix = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
    return f"{where}: {message}{suffix}" if where else f"{message}{suffix}"


def dump_bytes(journey: JourneyMap) -> bytes:
    """The canonical bytes of `journey`: stable key order, indent 2, UTF-8, final newline."""
    envelope = _CurrentEnvelope.model_construct(
        format=FORMAT_TAG, version=migrations.CURRENT_VERSION, map=journey
    )
    return envelope.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_path(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write `journey` to `path` atomically."""
    write_atomic(path, dump_bytes(journey))
