"""Step-by-step upgrades of older `.journey` payloads to the current version.

`MIGRATIONS[n]` turns a version-n envelope (a plain dict, as parsed) into a version n+1 one. Each
step is small, named, and has a test with a real old file. Version 1 is the first released format,
so the chain is empty today; the machinery is exercised by the tests.
"""

from __future__ import annotations

from typing import Any, Callable

CURRENT_VERSION = 1
OLDEST_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migrate(envelope: dict[str, Any], version: int) -> dict[str, Any]:
    """Apply each step from `version` up to CURRENT_VERSION; KeyError if a step is missing."""
    while version < CURRENT_VERSION:
        envelope = MIGRATIONS[version](envelope)
        version += 1
        envelope["version"] = version
    return envelope
