"""The pydantic model of a whole `.journey` file of the current version: the format tag, the
version and the map. Kept apart from codec.py so that importing the codec (to read a file's bytes,
or for the start-up draft of fileio/draft_load.py) does not import pydantic."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from canvas_app.model.journey_map import JourneyMap


class CurrentEnvelope(BaseModel):
    """A Journey Canvas map file: the format tag, the format version and the map itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # codec.ENVELOPE_VERSION names the same number (a test checks it, and that it is the current
    # version of fileio/migrations.py).
    format: Literal["journey-canvas"]
    version: Literal[2]
    map: JourneyMap
