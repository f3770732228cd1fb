"""Test-wide settings: Qt runs offscreen, so the suite needs no display, and every per-user
folder (settings, state, data, cache) points into a private temporary folder, so tests never read
or write the real user's settings, recent files or recovery snapshots (subprocesses inherit it)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_USER_HOME = tempfile.mkdtemp(prefix="journey-canvas-tests-")
atexit.register(shutil.rmtree, _USER_HOME, ignore_errors=True)
for _variable, _folder in (("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                           ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
    os.environ[_variable] = os.path.join(_USER_HOME, _folder)
    os.makedirs(os.environ[_variable], exist_ok=True)


@pytest.fixture(params=("en", "vi"))
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The interface in English, then in Vietnamese (English again afterwards); a test or module
    may parametrize "language" to choose."""
    from canvas_app.ui import i18n

    i18n.install_language(request.param)
    try:
        yield request.param
    finally:
        i18n.install_language(i18n.ENGLISH)
