"""Record ids: random, opaque strings that a record keeps for life (through undo, save, reload)."""

from __future__ import annotations

ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"


def new_id() -> str:
    """A fresh id for a new record."""
    import uuid  # here: uuid imports platform, which start-up need not load before its first paint

    return uuid.uuid4().hex
