"""Record ids: random, opaque strings that a record keeps for life (through undo, save, reload)."""

from __future__ import annotations

import uuid

ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"


def new_id() -> str:
    """A fresh id for a new record."""
    return uuid.uuid4().hex
