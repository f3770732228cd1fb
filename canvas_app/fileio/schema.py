"""The JSON Schema of `.journey` files, generated from the codec's envelope model.

`python -m canvas_app.fileio.schema` prints it; `--write` refreshes `resources/journey.schema.json`
(a test fails when the committed file and the model drift apart).
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema

from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.codec import ENVELOPE_VERSION
from canvas_app.fileio.envelope import CurrentEnvelope

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# `.invalid` is reserved (RFC 2606): the id names the schema without pointing at any real host.
SCHEMA_ID = f"https://journey-canvas.invalid/schema/journey-v{ENVELOPE_VERSION}.json"
SCHEMA_FILE_NAME = "journey.schema.json"
SCHEMA_TITLE = "Journey Canvas map file (.journey)"
SCHEMA_DESCRIPTION = (
    "A customer journey map saved by Journey Canvas: UTF-8 JSON holding the format tag, the "
    "format version and the map. The schema checks shapes, types and bounds; the program also "
    "checks what JSON Schema cannot express: ids are unique across all records, every reference "
    "(stage, lane, persona, phase, after_lane, connector ends) names an existing record, the "
    "stages of a phase are consecutive, and a connector joins two different notes. See "
    "docs/file-format.md."
)


class _WithoutFieldTitles(GenerateJsonSchema):
    """Pydantic's generator without the per-field "title" it derives from each field name."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def journey_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a current-version `.journey` file."""
    generated = CurrentEnvelope.model_json_schema(schema_generator=_WithoutFieldTitles)
    generated.update(
        {
            "$schema": SCHEMA_DIALECT,
            "$id": SCHEMA_ID,
            "title": SCHEMA_TITLE,
            "description": SCHEMA_DESCRIPTION,
        }
    )
    return generated


def schema_text() -> str:
    """The schema as committed: sorted keys, indent 2, UTF-8 characters kept, final newline."""
    return json.dumps(journey_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def schema_path() -> Path:
    """Where the schema file lives: the `resources/` folder (installed as canvas_app.resources)."""
    return Path(str(resources.files("canvas_app.resources"))) / SCHEMA_FILE_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m canvas_app.fileio.schema",
        description="Print the JSON Schema of .journey files.",
    )
    parser.add_argument(
        "--write", action="store_true", help=f"write it to resources/{SCHEMA_FILE_NAME} instead"
    )
    args = parser.parse_args(argv)
    text = schema_text()
    if args.write:
        path = schema_path()
        write_atomic(path, text.encode("utf-8"))
        print(f"wrote {path}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
