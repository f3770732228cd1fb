"""Step-by-step upgrades of older `.journey` payloads to the current version.

`MIGRATIONS[n]` turns a version-n envelope (a plain dict, as parsed) into a version n+1 one. Each
step is small, named, and has a test with a real old file (tests/data/versions/).

Version history:
1. The first released format.
2. Adds optional members only: the map's `logo`, `voting` and `dismissals`; a stage's `kpis` and
   `funnel`; `hidden` on lanes and notes. A version-1 map is a valid version-2 map as it stands,
   so the step only renames the version; the version still had to change because a version-1
   program refuses the new members (unknown fields are refused) and must say "newer version".
"""

from __future__ import annotations

from typing import Any, Callable

CURRENT_VERSION = 2
OLDEST_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def version_1_to_2(envelope: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds optional members; a version-1 map needs no rewriting (whatever is
    wrong with the map is reported by the validation that follows, naming its place)."""
    return dict(envelope)


MIGRATIONS: dict[int, Migration] = {1: version_1_to_2}


def migrate(envelope: dict[str, Any], version: int) -> dict[str, Any]:
    """Apply each step from `version` up to CURRENT_VERSION; KeyError if a step is missing."""
    while version < CURRENT_VERSION:
        envelope = MIGRATIONS[version](envelope)
        version += 1
        envelope["version"] = version
    return envelope
